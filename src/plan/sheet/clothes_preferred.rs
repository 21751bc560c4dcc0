//! Clothes weighed against each other: "button-down shirts or blouses are
//! best" is a preference between kinds that describes the clothes the
//! sheet already asked for, not a further thing to bring (branch
//! tune-aqr). A sentence that only weighs one kind of clothing against
//! another, with no verb of wearing or bringing, brings nothing. Weighed
//! once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// "X or Y are best", "X or Y is ideal", "X or Y work well", "X are best,
/// and Y are not advised" (branch tune-awx): a choice between kinds ("a T-shirt is a good choice", one kind, still asks for
/// it, as earlier halves read it).
static PREFERRED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b\w+ or \w+[^.;:]{0,30}?\b(?:(?:is|are) (?:best|ideal|preferred|preferable|better|most comfortable|a good choice|good choices)|(?:works?|fits?) (?:best|better|well))\b|\b(?:is|are) (?:best|ideal|preferred)\b.{0,80}?\b(?:is|are) not (?:advised|recommended|ideal|suitable)\b").ok()
});

/// A verb that asks for the thing all the same.
static ASKED: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:bring|wear|pack|put on|dress in|carry|have with you)\b").ok());

/// Drops the things to bring read from a sentence of preference alone.
pub(super) fn clothes_preferred(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let lower = s.text.to_lowercase();
        !(matches!(p.rule, Proposed::Bring { .. }) && is(&PREFERRED, &lower) && !is(&ASKED, &lower))
    });
}
