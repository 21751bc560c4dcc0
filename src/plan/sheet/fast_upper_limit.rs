//! "It is better not to fast for longer than 12 hours", "do not fast
//! more than 14 hours": an upper limit on the fast is no time to stop
//! eating from; it bounds the fast from the other side. A fasting line
//! read from a sentence that sets a most ("longer than", "more than",
//! "at most", "no longer") is dropped; the reader stays silent (branch
//! tune-be, half be: the invented number, and the fast's own time asked
//! beside it). Weighed once every sentence is read, first of all (from
//! `across_sheet.rs`).

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

/// Whether a fasting line's number is the fast's most. Weighed before
/// the fasts are set against each other, so that a most never makes the
/// fast's own time a second value to ask about.
pub(super) fn bounds_the_fast(p: &Proposal, sentences: &[Sentence]) -> bool {
    if !matches!(p.rule, Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. }) {
        return false;
    }
    let Some(s) = sentences.get(p.sentence) else {
        return false;
    };
    let lower = s.text.to_lowercase();
    is(&AT_MOST, &lower) && is(&FAST, &lower)
}
