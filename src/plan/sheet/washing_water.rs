//! Water to wash in, not to drink (branch tune-bab, half ba): "soak your
//! feet in warm soapy water for 10 minutes", "scrub the area with soap
//! and water", "shower with the antiseptic wash". Water that touches the
//! skin is no drink, and the minutes are the washing's, so no drink time
//! or clear-drink list is read from a sentence about washing unless it
//! also speaks of drinking. Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// Washing words: water on the skin.
static WORDS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:soak|scrub|wash|bathe|shower)(?:s|ed|ing)?\b|\brinse your (?:skin|feet|foot|hands?|body|legs?|arms?)\b",
    )
    .ok()
});

/// Drinking said outright: the sentence is about drinks after all.
static DRINK: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:drink|drinks|drinking|sip|sips|swallow|fluids?|liquids?)\b").ok());

/// Drops the drink times and lists read from a sentence about washing.
pub(super) fn washing_water(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    super::keep_where::keep_where_sentence(
        proposals,
        sentences,
        |rule| matches!(rule, Proposed::ClearLiquids { .. } | Proposed::ClearLiquidsAre { .. }),
        |lower| !is(&WORDS, lower) || is(&DRINK, lower),
    );
}
