//! An evening hour said "at night" or tied to the evening meal is the
//! evening before (branch tune-bd, half bd): "finish your evening meal by
//! 21:00 at night", "no supper after 8 pm". A fast's evening clock time
//! with no day is asked (`food.rs`: "is it the evening before the
//! session?"), since a sheet may mean the session's own evening; but no
//! session is held at night, and an evening meal before a session is the
//! one the evening before, so the sheet's own words answer the question:
//! the asked option (the day before) is proposed. The same hour asked of
//! the same rule elsewhere on the sheet ("after 21:00, take no food at
//! all") is that evening too, and is not asked again. No time is lent:
//! the hour is each sentence's own. Weighed once every sentence is read
//! (from `across_sheet.rs`).

use super::{Proposal, Proposed, Question, Sentence};
use crate::facts::rules::Cutoff;

/// Words that put an hour in the evening before.
const NIGHT_WORDS: &[&str] = &[
    "at night",
    "evening meal",
    "dinner",
    "supper",
    "tonight",
    "in the evening",
];

/// The earliest evening hour, in minutes of the day.
// Not a care number: the minute of 18:00, where the evening begins.
const EVENING: u32 = 18 * 60;

/// The evening hour a question offers for the day before, with its option.
fn evening_option(q: &Question) -> Option<&Proposal> {
    let [only] = q.options.as_slice() else {
        return None;
    };
    let cutoff = match &only.rule {
        Proposed::SolidFood { cutoff } | Proposed::ClearLiquids { cutoff } => cutoff,
        _ => return None,
    };
    match cutoff {
        Cutoff::Clock { days_before: 1, time } if time.minute_of_day() >= EVENING => Some(only),
        _ => None,
    }
}

/// Proposes the evening before for a fast's evening hour said at night.
pub(super) fn night_clock(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &mut Vec<Question>) {
    let at_night = |i: usize| {
        sentences.get(i).is_some_and(|s| {
            let lower = s.text.to_lowercase();
            NIGHT_WORDS.iter().any(|w| lower.contains(w))
        })
    };
    let answered: Vec<Proposal> = questions
        .iter()
        .filter(|q| at_night(q.sentence))
        .filter_map(evening_option)
        .cloned()
        .collect();
    if answered.is_empty() {
        return;
    }
    questions.retain(|q| !evening_option(q).is_some_and(|o| answered.iter().any(|a| a.rule == o.rule)));
    for a in answered {
        if !proposals.iter().any(|p| p.rule == a.rule) {
            proposals.push(a);
        }
    }
}
