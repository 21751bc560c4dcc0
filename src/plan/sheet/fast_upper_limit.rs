//! "It is better not to fast for longer than 12 hours", "do not fast
//! more than 14 hours": an upper limit on the fast is no time to stop
//! eating from; it bounds the fast from the other side. A fasting line
//! read from a sentence that sets a most ("longer than", "more than",
//! "at most", "no longer") is dropped; the reader stays silent (branch
//! tune-be, half be: the invented number). Weighed once every sentence
//! is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// A most for the fast.
static AT_MOST: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:longer than|more than|at most|no longer|not exceed|maximum of|a maximum|too long)\b")
        .ok()
});

/// Fasting words a most can bound.
static FAST: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:fast|fasting|fasted|without (?:food|eating))\b").ok());

/// Drops fasting lines whose number is the fast's most.
pub(super) fn fast_upper_limit(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        if !matches!(p.rule, Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. }) {
            return true;
        }
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let lower = s.text.to_lowercase();
        !(is(&AT_MOST, &lower) && is(&FAST, &lower))
    });
}
