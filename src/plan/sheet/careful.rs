//! The last, careful look at what a sheet's sentences proposed: numbers a
//! careful reader would not take as they stand. A length of stay hedged
//! with a longer "up to", two bookings' lengths in one sentence, an escort's
//! stay asked for some appointments only:
//! the reader proposes nothing from them, and the sentence stays a note
//! from the clinic.

use super::{Proposal, Proposed, Sentence};

/// The proposals a careful reader keeps.
pub(super) fn careful(proposals: Vec<Proposal>, sentences: &[Sentence]) -> Vec<Proposal> {
    let words = |p: &Proposal| {
        sentences
            .get(p.sentence)
            .map_or(String::new(), |s| s.text.to_lowercase())
    };
    // "At least 20 minutes after a 1-hour infusion, and about 2 hours for
    // 4-hour infusions": lengths of bookings, and a stay that depends on
    // which was booked.
    let two_bookings: Vec<usize> = proposals
        .iter()
        .filter_map(|p| match p.rule {
            Proposed::InfusionMinutes { minutes } => Some((p.sentence, minutes)),
            _ => None,
        })
        .filter(|(s, m)| {
            proposals
                .iter()
                .any(|q| q.sentence == *s && matches!(q.rule, Proposed::InfusionMinutes { minutes } if minutes != *m))
        })
        .map(|(s, _)| s)
        .collect();
    proposals
        .into_iter()
        .filter(|p| {
            let text = words(p);
            match &p.rule {
                Proposed::InfusionMinutes { .. } | Proposed::Observation { .. }
                    if two_bookings.contains(&p.sentence) =>
                {
                    false
                }
                // "About 30 minutes in recovery; ... up to an hour": two
                // figures for one stay, so not the first alone.
                Proposed::Observation {
                    min_minutes,
                    max_minutes,
                } if min_minutes == max_minutes => !HEDGED_LONGER.iter().any(|w| text.contains(w)),
                // "For afternoon appointments, we ask your ride to stay":
                // for some appointments only.
                Proposed::EscortPresence { .. } => !SOME_APPOINTMENTS.iter().any(|w| text.trim_start().starts_with(w)),
                // "You may have a light breakfast by 6:00 am ... and fluids
                // until 4 hours before": a light meal allowed is a schedule
                // for late lists, not the fast for every patient.
                Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. } => {
                    !["light breakfast", "light meal", "light snack"]
                        .iter()
                        .any(|w| text.contains(w))
                        || !text.contains("you may have")
                }
                // "A nurse will tell you which medicines to take": a call
                // before the visit, not the prescriber deciding.
                Proposed::Medicine { .. } => !["a nurse will", "the nurse will", "our nurses will", "a nurse may"]
                    .iter()
                    .any(|w| text.contains(w)),
                _ => true,
            }
        })
        .collect()
}

/// Words that give a longer figure after a first one.
const HEDGED_LONGER: &[&str] = &[
    "up to an hour",
    "up to 1 hour",
    "up to one hour",
    "up to two hours",
    "up to 2 hours",
    "or longer",
    "or more",
];

/// How a sentence for some appointments only begins.
const SOME_APPOINTMENTS: &[&str] = &[
    "for afternoon",
    "for morning",
    "for evening",
    "if your appointment is in the",
    "if your procedure is in the",
    "if you are booked in the",
    "for patients booked",
];
