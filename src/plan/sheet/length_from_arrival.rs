//! A length counted from the patient's arrival (branch tune-bf, half bf):
//! "leave with someone about 3 hours after you arrive at the clinic", "you
//! will be with us for about 4 hours from your arrival". The hours are the
//! whole visit, the test and the waiting in it, not how long someone stays
//! with the patient after the session nor the watch after it: read as
//! either, the reminder counts them from the session's end. Neither is
//! read from such a length (silent; the escort the sentence names is read
//! as usual). Weighed once every sentence is read (from `across_sheet.rs`).

use super::{Proposal, Proposed, Sentence};

/// The words that count from arrival.
const FROM_ARRIVAL: &[&str] = &[
    "after you arrive",
    "after your arrival",
    "after arrival",
    "after arriving",
    "from your arrival",
    "from arrival",
    "from the time you arrive",
    "after you check in",
    "after check-in",
];

/// Drops a stay or a watch whose length is counted from arrival.
pub(super) fn length_from_arrival(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        !matches!(p.rule, Proposed::SomeoneStays { .. } | Proposed::Observation { .. })
            || !sentences.get(p.sentence).is_some_and(|s| {
                let lower = s.text.to_lowercase();
                FROM_ARRIVAL.iter().any(|w| lower.contains(w))
            })
    });
}
