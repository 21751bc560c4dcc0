//! How the body handles food, told as a fact (branch tune-awx): "sports
//! drinks stay a little longer in the stomach, but they too are gone
//! within 90 minutes", "a fatty meal takes 8 hours to digest". A sentence
//! that explains how long things stay in the stomach sets no rule, even
//! with a number in it: the reader stays silent on it (the rules it
//! explains are said elsewhere). Weighed once every sentence is read
//! (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Sentence};

/// Words of what the stomach does with food and drink.
static STOMACH: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:(?:stays?|remains?|sits?|lingers?) (?:\w+ ){0,4}in the stomach|(?:leaves?|leave|pass(?:es)?|empt(?:y|ies)(?: from)?) (?:through |from )?the stomach|(?:are|is) (?:gone|digested|emptied|absorbed|cleared)(?: from the stomach)?|takes? (?:\w+ ){0,3}to (?:digest|empty|leave the stomach))\b").ok()
});

/// Words a rule for the patient would carry.
static RULE: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:you|your|please|must|should|do not|don't|avoid|stop)\b").ok());

/// Drops what was read from a fact about the stomach.
pub(super) fn stomach_facts(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let lower = s.text.to_lowercase();
        !is(&STOMACH, &lower) || is(&RULE, &lower)
    });
}
