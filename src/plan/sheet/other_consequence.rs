//! "If you do not, your surgery may be put off": what follows from not
//! doing what the sentence before asked. It is the fast's consequence
//! only when that sentence, or this one, is about eating and drinking;
//! after a wound to report or a form to sign it is another rule's
//! (branch tune-aqr). And "the tests may not be possible", a weaker sign
//! than a visit cancelled (a test is also impossible in pregnancy), is
//! the fast's consequence only on a sheet where a fast from food was read (branch
//! tune-bh). Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// Words of a fast.
static FASTING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:eat\w*|drink\w*|food|fast\w*|fluids?|liquids?|meals?|nothing by mouth|nil by mouth|npo|stomach|chew\w*|swallow\w*)\b").ok()
});

/// A consequence that points back: "if you do not", "otherwise".
static POINTS_BACK: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*(?:if (?:you|they|this|these|the patient) (?:do|does|did|are|is)(?: not|n't)\b(?: (?:do so|follow them|followed))?\W|otherwise\b|failure to do so\b|if not\b)").ok()
});

/// Instructions in general, which the fast is among ("if you do not
/// follow them", "if they are not kept").
static INSTRUCTIONS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:follow\w*|instructions?|kept|keep|rules?|preparation|prep)\b").ok()
});

/// The phrase of a test that cannot be done (`tables.rs`), by what it was
/// written for.
const TEST_NOT_DONE: &str = "branch tune-bh, half bh: \"the tests may not be possible\"";

/// Drops a fast's consequence that points back to a rule about something
/// else, and a test that cannot be done on a sheet with no fast read.
pub(super) fn other_consequence(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let food_read = proposals.iter().any(|p| matches!(p.rule, Proposed::SolidFood { .. }));
    proposals.retain(|p| {
        if !matches!(p.rule, Proposed::IfFastBroken { .. }) {
            return true;
        }
        if p.written_for.starts_with(TEST_NOT_DONE) && !food_read {
            return false;
        }
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let lower = s.text.to_lowercase();
        if !is(&POINTS_BACK, &lower) || is(&FASTING, &lower) || is(&INSTRUCTIONS, &lower) {
            return true;
        }
        // The rule it points back to, or the list it heads.
        // "Follow your doctor's instructions. If you do not, ...": the
        // instructions, which hold the fast.
        let before = p.sentence.checked_sub(1).and_then(|i| sentences.get(i));
        if before.is_some_and(|b| is(&INSTRUCTIONS, &b.text.to_lowercase())) {
            return true;
        }
        let near = p.sentence.saturating_sub(2)..=p.sentence + 1;
        near.filter_map(|i| sentences.get(i))
            .any(|b| is(&FASTING, &b.text.to_lowercase()))
    });
}
