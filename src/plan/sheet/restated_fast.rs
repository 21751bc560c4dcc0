//! "Remember, you only need to go six hours with nothing to eat or
//! drink": a reminder that sums up a fast the page set out elsewhere,
//! often leaving out its exceptions (water until two hours before). When
//! another sentence of the page already read a fast, the summary's own
//! fasting lines are not rules of their own; kept, they would set the
//! drinks' time from the food's (branch tune-auv, half au). Weighed once
//! every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// A sentence that restates: "remember", "as a reminder", "again", "you
/// only need to", and the fast named in the clause of its breaking ("if
/// the fast of 10 hours has not been kept", branch tune-bh).
static RESTATES: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*(?:remember|as a reminder|reminder|again|once again|to recap|in short|in summary)\b|\byou only (?:need|have) to\b|\bif (?:the|your|this) (?:fast|fasting)\b[^.;]*\b(?:not|broken)\b").ok()
});

/// Whether a proposal is a fasting line.
fn fast(p: &Proposal) -> bool {
    matches!(p.rule, Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. })
}

/// Drops a restating sentence's fasting lines when another sentence
/// read a fast.
pub(super) fn restated_fast(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let restating = |i: usize| sentences.get(i).is_some_and(|s| is(&RESTATES, &s.text.to_lowercase()));
    let elsewhere: Vec<usize> = proposals
        .iter()
        .filter(|p| fast(p) && !restating(p.sentence))
        .map(|p| p.sentence)
        .collect();
    proposals.retain(|p| !fast(p) || !restating(p.sentence) || elsewhere.iter().all(|i| *i == p.sentence));
}
