//! A medicine taken on a day before the visit (branch tune-bf, half bf):
//! "two days before the examination, take the 2 laxative tablets in the
//! evening", "the day before, take the capsule at bedtime". Steady's "take
//! on the day" is the session day's dose kept through the fast; a dose
//! taken on an earlier day is a preparation with a time of its own, which
//! that rule would move to the visit's morning. When the sentence's only
//! day is an earlier one, no take-on-the-day line is read (silent; the
//! vocabulary has no dose on an earlier day). Weighed once every sentence
//! is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineBefore;

/// An earlier day named: "2 days before", "the day before", "the evening
/// before".
static EARLIER_DAY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:\d{1,2} days|the day|the evening|the night) before\b|\bthe previous (?:day|evening)\b",
    )
    .ok()
});

/// The session day named: "on the day of", "that morning", "the morning
/// of".
static SESSION_DAY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:on the day of|day of (?:the|your)|morning of|that morning|on the morning)\b").ok()
});

/// Drops a take-on-the-day read from a dose on an earlier day.
pub(super) fn taken_days_before(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        let Proposed::Medicine { rule } = &p.rule else {
            return true;
        };
        if rule.before != MedicineBefore::TakeOnTheDay {
            return true;
        }
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let lower = s.text.to_lowercase();
        !is(&EARLIER_DAY, &lower) || is(&SESSION_DAY, &lower)
    });
}
