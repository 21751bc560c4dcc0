//! A morning meal's cutoff is on the session day (branch tune-bd, half
//! bd): "for an afternoon examination, finish a light breakfast by 8 a.m."
//! read the 8 a.m. as the day before, as a food cutoff's clock time is
//! when no day is said. Breakfast is eaten on the morning it names, and a
//! morning hour given for it, with no other day said, is that morning's:
//! the session day. Only the day is changed, from the sentence's own
//! words; no time is lent from elsewhere. Weighed once every sentence is
//! read (from `across_sheet.rs`).

use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::Cutoff;

/// The meal of the morning.
const MORNING_MEAL: &[&str] = &["breakfast"];

/// Words that put the time on another day.
const OTHER_DAY: &[&str] = &[
    "day before",
    "night before",
    "evening before",
    "previous",
    "yesterday",
    "the eve",
];

/// Noon, in minutes of the day: a breakfast time is before it.
// Not a care number: the minute of noon.
const NOON: u32 = 12 * 60;

/// Moves a breakfast's morning cutoff read for the day before to the
/// session day.
pub(super) fn breakfast_day(proposals: &mut [Proposal], sentences: &[Sentence]) {
    for p in proposals.iter_mut() {
        let Proposed::SolidFood {
            cutoff: Cutoff::Clock { days_before, time },
        } = &mut p.rule
        else {
            continue;
        };
        if *days_before != 1 || time.minute_of_day() >= NOON {
            continue;
        }
        let Some(s) = sentences.get(p.sentence) else {
            continue;
        };
        let lower = s.text.to_lowercase();
        if MORNING_MEAL.iter().any(|w| lower.contains(w)) && !OTHER_DAY.iter().any(|w| lower.contains(w)) {
            *days_before = 0;
        }
    }
}
