//! "A responsible adult who will take the patient home and stay with him
//! for the next 24 hours": the stay is at home after the treatment (a
//! length someone stays), not the companion waiting on site during it
//! (branch tune-ast, half at). Weighed once every sentence is read.

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// Staying with the patient for a length or after.
static STAY_AFTER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\bstay(?:s|ing)? with (?:him|her|them|you|the patient|your child|the child)\b.{0,30}\b(?:for (?:the )?(?:next|first|following|at least|\d|one|two|twenty)|overnight|after|at home|until)\b",
    )
    .ok()
});

/// Words of waiting at the clinic during the treatment.
static ON_SITE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:on site|on the premises|in the (?:building|waiting room|hospital|clinic|unit)|during (?:the|your) (?:procedure|operation|treatment))\b").ok()
});

/// Escort-presence proposals from a sentence about staying with the
/// patient at home afterwards go.
pub(super) fn stay_after_home(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let (Some(stay), Some(site)) = (STAY_AFTER.as_ref(), ON_SITE.as_ref()) else {
        return;
    };
    proposals.retain(|p| {
        if !matches!(p.rule, Proposed::EscortPresence { .. }) {
            return true;
        }
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let text = s.text.to_lowercase();
        !stay.is_match(&text) || site.is_match(&text)
    });
}
