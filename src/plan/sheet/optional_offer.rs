//! An offer left to the patient's liking (branch tune-bab, half ba):
//! "fill the forms in ahead of time if you like, or come a few minutes
//! early", "do the breathing exercises at home if you prefer". A task the
//! patient may do or leave is no task the clinic holds them to, so no
//! task is read from such a sentence (silent: the choice is the
//! patient's, there is nothing to ask). The other branch of the choice
//! ("or come early") is for the patients who take it and is read as
//! usual; "if you wish" and "if you want" mostly open a rule for some
//! patients ("if you want to wear make-up, bring the remover") and are
//! left to it. Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// The choice left to the patient.
static WORDS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\bif you (?:like|prefer)\b|\bif you would (?:like|prefer)\b|\bif it suits you\b").ok()
});

/// Drops the proposals of this family read from such a sentence.
pub(super) fn optional_offer(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        if !matches!(p.rule, Proposed::VisitTask { .. }) {
            return true;
        }
        !sentences
            .get(p.sentence)
            .is_some_and(|s| is(&WORDS, &s.text.to_lowercase()))
    });
}
