//! How recent a test result must be, not a medicine's stop (branch
//! tune-bab, half bb): "if you take warfarin, bring your INR, no older
//! than 3 days", "a blood test taken within the last week". The number is
//! the result's age, a time of another clause; no timed medicine rule is
//! read from such a sentence (silent: the medicine's own rule, if any, is
//! told elsewhere). Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineBefore;

/// The age of a result.
static AGE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:not|no)(?: be)? older than\b|\bless than \w+ (?:days?|weeks?|months?) old\b|\b(?:taken|done|dated) (?:within|in) the (?:last|past)\b").ok()
});

/// Drops the timed medicine rules read from such a sentence.
pub(super) fn result_age(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        let Proposed::Medicine { rule } = &p.rule else {
            return true;
        };
        let timed = matches!(rule.before, MedicineBefore::HoursBefore { .. }) || rule.restart_hours_after.is_some();
        if !timed {
            return true;
        }
        !sentences
            .get(p.sentence)
            .is_some_and(|s| is(&AGE, &s.text.to_lowercase()))
    });
}
