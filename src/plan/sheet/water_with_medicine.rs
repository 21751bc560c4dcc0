//! "You may take water with your usual medication": water is what the
//! sentence allows, to swallow tablets with; it says nothing of which
//! medicines to keep taking. The keep-taking line read from a sentence
//! whose thing taken is water is dropped; the reader stays silent
//! (branch tune-be, half be). "You may take your usual medicines with a
//! sip of water", and "if you need to take medicines, you may take them
//! with water" (ah/ckkirurgkliniken), take the medicines, and are kept. Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// Water as what is taken: "take water with", "drink a little water with".
static WATER_TAKEN: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:take|drink)\s+(?:a little |some )?water\s+with\b").ok());

/// Drops the keep-taking line read from water allowed with tablets.
pub(super) fn water_with_medicine(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    super::keep_where::keep_where_sentence(
        proposals,
        sentences,
        |rule| matches!(rule, Proposed::KeepTakingUsual),
        |lower| !is(&WATER_TAKEN, lower),
    );
}
