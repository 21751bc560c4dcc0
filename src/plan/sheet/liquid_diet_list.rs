//! The drinks of a liquid diet are not the clear list (branch tune-bab,
//! half bb): "the day before, switch to a liquid diet, that is water,
//! strained broth, juices and tea". A liquid diet lets in cloudy drinks
//! too; the clear list is what the patient may drink once the fast
//! begins, and an unlabelled liquid-diet list is not it (the at judge).
//! No clear-drink list is read from such a sentence unless it says
//! "clear" (silent). Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// A liquid diet, full or not.
static LIQUID_DIET: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:full )?liquid diet\b|\bfull liquids\b|\bfluid diet\b").ok());

/// The clear list said outright.
static CLEAR: LazyLock<Option<Regex>> = LazyLock::new(|| super::pattern::compile(r"\bclear\b").ok());

/// Drops the clear-drink lists read from a liquid diet's list.
pub(super) fn liquid_diet_list(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    super::keep_where::keep_where_sentence(
        proposals,
        sentences,
        |rule| matches!(rule, Proposed::ClearLiquidsAre { .. }),
        |lower| !is(&LIQUID_DIET, lower) || is(&CLEAR, lower),
    );
}
