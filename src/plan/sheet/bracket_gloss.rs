//! "No food (NPO) 6 hours before": the bracket glosses the words before
//! it; it does not widen a ban on food to drinks. A drinks cutoff read
//! from a sentence whose only words for all intake ("NPO", "nil by
//! mouth", "nothing by mouth") sit in brackets, beside words that name
//! food alone, is dropped; the reader stays silent on drinks (branch
//! tune-be, half be). Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// All intake, as a bracket's gloss.
static GLOSS: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\(\s*(?:npo|nil by mouth|nothing by mouth|nbm)\s*\)").ok());

/// Words of drinking outside the bracket.
static DRINK: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:drink\w*|fluids?|liquids?|water|beverages?|npo|nil by mouth|nothing by mouth|anything)\b",
    )
    .ok()
});

/// Drops the drinks cutoff a bracketed gloss lent.
pub(super) fn bracket_gloss(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let Some(gloss) = GLOSS.as_ref() else { return };
    super::keep_where::keep_where_sentence(
        proposals,
        sentences,
        |rule| matches!(rule, Proposed::ClearLiquids { .. }),
        |lower| {
            if !gloss.is_match(lower) {
                return true;
            }
            is(&DRINK, &gloss.replace_all(lower, " "))
        },
    );
}
