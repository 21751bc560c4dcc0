//! Drinks called not clear by the words after them (branch tune-awx):
//! "stop drinks that are not clear, and food, 6 hours before", "drinks
//! which aren't clear", "liquids other than clear ones". The time is for
//! the cloudy drinks, which go with food, not the clear-liquid time (the
//! qualifier before the noun, "non-clear drinks", is `food.rs`'s). A
//! clear-liquid time read from a sentence whose only drinks are so
//! qualified is dropped. "Avoid all other drinks after midnight", after a
//! list of the clear ones, is the same family (branch tune-bab, half ba). Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// Drinks qualified as not clear after the noun.
static NOT_CLEAR_AFTER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:drinks?|liquids?|fluids?|beverages?)\s+(?:that|which)\s+(?:are|is)\s*(?:not|n't)\s+(?:clear|see-through|transparent)\b|\b(?:drinks?|liquids?|fluids?|beverages?)\s+(?:that|which)\s+(?:aren't|isn't)\s+(?:clear|see-through|transparent)\b|\b(?:drinks?|liquids?|fluids?|beverages?)\s+other than clear\b|\b(?:all|any) other (?:drinks?|liquids?|fluids?|beverages?)\b").ok()
});

/// Drink words that are the clear drinks themselves.
static CLEAR: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\bclear (?:drinks?|liquids?|fluids?|beverages?)\b|\bwater\b").ok());

/// Drops the clear-liquid times read from drinks that are not clear.
pub(super) fn not_clear_after(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    super::keep_where::keep_where_sentence(
        proposals,
        sentences,
        |rule| matches!(rule, Proposed::ClearLiquids { .. }),
        |lower| !is(&NOT_CLEAR_AFTER, lower) || is(&CLEAR, lower),
    );
}
