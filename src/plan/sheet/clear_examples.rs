//! What counts as a clear liquid, said by example after the drink words
//! rather than as a list the sentence opens: "clear liquids, that is
//! water, squash, sugar water", "a glass of thin, watery liquid, for
//! example water or apple juice", and "Do not drink clear liquids within
//! 2 hours. Examples include water, tea, ..." (branch tune-mn; how
//! clinics in many languages name the clear drinks). Proposed once per
//! sheet, when nothing else said what counts. Weighed once every sentence
//! is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// Drinks that are clear, first in an example list.
const CLEAR_DRINK: &str = r"(?:plain |still )?(?:water|squash|cordial|black tea|black coffee|tea|coffee|apple juice|clear juice|pulp-free juice|broth|sports drinks?|sugar water)\b";

/// Clear drinks named, then examples in the same sentence.
static NAMED_THEN_EXAMPLES: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(&format!(
        r"\b(?:clear|thin|watery|see-through)\b[^.;]{{0,20}}\b(?:liquids?|fluids?|drinks?)\b,? (?:that is|i\.e\.?|namely|for example|for instance|meaning)[,:]? {CLEAR_DRINK}"
    ))
    .ok()
});

/// A sentence of examples after one that names the clear drinks.
static EXAMPLES_OPEN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(&format!(
        r"^\W*(?:examples? (?:include|are)|for example|these include|this includes)[,:]? {CLEAR_DRINK}"
    ))
    .ok()
});

/// The clear drinks named in the sentence before the examples.
static CLEAR_NAMED: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\bclear (?:liquids?|fluids?|drinks?)\b").ok());

/// What the proposal was written for.
const WRITTEN_FOR: &str = "corpus halves am and an: \"clear liquids, that is water, squash, sugar water\", \"thin, watery liquid, for example water, squash or apple juice\", \"Examples include water, tea, black coffee\" after the clear liquids";

/// Adds what counts as clear from examples given after the drink words.
pub(super) fn clear_examples(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    if proposals
        .iter()
        .any(|p| matches!(p.rule, Proposed::ClearLiquidsAre { .. }))
    {
        return;
    }
    for (index, s) in sentences.iter().enumerate() {
        let lower = s.text.to_lowercase();
        let after_clear = index
            .checked_sub(1)
            .and_then(|i| sentences.get(i))
            .is_some_and(|before| is(&CLEAR_NAMED, &before.text.to_lowercase()));
        if is(&NAMED_THEN_EXAMPLES, &lower) || (after_clear && is(&EXAMPLES_OPEN, &lower)) {
            let rule = Proposed::ClearLiquidsAre { words: s.text.clone() };
            proposals.push(Proposal::over(rule, index, (s.start, s.end), WRITTEN_FOR));
            return;
        }
    }
}
