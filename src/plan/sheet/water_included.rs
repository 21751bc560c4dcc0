//! "No eating or drinking (water included) for 8 hours": the bracket
//! widens the ban to water; it says nothing of which drinks count as
//! clear. A clear-liquid definition read from a sentence whose only drink
//! word is the ban's "water included", with nothing allowed, is the ban's
//! scope (branch tune-auv, half au). Weighed once every sentence is read
//! (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// Water named as part of what is banned: "(water included)", "(not
/// even water)"; "including water, clear juice" is a list of drinks.
static WATER_TOO: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:water|liquids?|fluids?|drinks?) (?:included|too|as well)\b|\((?:including|incl\.?|not even|even) (?:plain )?water\)").ok()
});

/// Some drink still allowed.
static ALLOWED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:may|can|are allowed to|is allowed to) (?:still )?(?:drink|have|sip)\b|\b(?:except|apart from|other than|but you may|up to|up until|until|keep|continue)\b").ok()
});

/// Drops the clear-liquid definition read from a ban that includes water.
pub(super) fn water_included(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    super::keep_where::keep_where_sentence(
        proposals,
        sentences,
        |rule| matches!(rule, Proposed::ClearLiquidsAre { .. }),
        |lower| !is(&WATER_TOO, lower) || is(&ALLOWED, lower),
    );
}
