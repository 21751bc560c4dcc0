//! The escort present through the visit, said by its bounds rather than
//! by "stay": "an adult companion present from the moment the patient
//! arrives until the end of the examination", "an adult who must be
//! present for the patient's whole stay" (branch tune-ayz, half az's pages
//! from Brazil). Being there from arrival to the end, or for the whole
//! stay, is staying on site. Proposed once per sheet, when nothing else
//! proposed where the escort is, and not when the sentence makes
//! it a condition or a wish. Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::EscortPresence;

/// Someone present through the visit, by its bounds.
static THROUGHOUT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(concat!(
        r"\b(?:companion|escort|adult|relative|who)\b[^.;]{0,80}\bpresent\b[^.;]{0,20}\b(?:for|during|throughout) (?:the |your |the patient's |their )?(?:whole|entire|full) (?:stay|visit|time)\b",
        r"|\b(?:companion|escort|adult|relative)\b[^.;]{0,80}\bpresent\b[^.;]{0,10}\bfrom (?:the moment|the time|when)\b[^.;]{0,60}\barriv\w*\b[^.;]{0,30}\buntil the end\b",
    ))
    .ok()
});

/// A condition or a wish: "if", "for patients who", "it helps if".
static CONDITION: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:if|unless|when possible|where possible|for patients|only for|prefer\w*|welcome)\b")
        .ok()
});

/// What the proposal was written for.
const WRITTEN_FOR: &str = "branch tune-ayz: \"an adult companion present from the moment the patient arrives until the end of the examination\", \"who must be present for the patient's whole stay\"";

/// Adds the escort staying on site from their presence through the visit.
pub(super) fn present_throughout(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let placed = proposals
        .iter()
        .any(|p| matches!(p.rule, Proposed::EscortPresence { .. }));
    if placed {
        return;
    }
    for (index, s) in sentences.iter().enumerate() {
        let lower = s.text.to_lowercase();
        if is(&THROUGHOUT, &lower) && !is(&CONDITION, &lower) {
            proposals.push(Proposal::over(
                Proposed::EscortPresence {
                    presence: EscortPresence::StaysOnSite,
                },
                index,
                (s.start, s.end),
                WRITTEN_FOR,
            ));
            return;
        }
    }
}
