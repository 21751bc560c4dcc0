//! The ideal told beside the rules (branch tune-aop): "we always advise
//! that the safest course is nothing to eat or drink for 8 hours", "ideally
//! fast for 12 hours", "I understand that no food for 8 hours is the safest
//! way", "for patients unable to fast for 8 hours, the guidelines below".
//! A best case the page then relaxes, or a statement for the patient
//! to sign, is not the fast the clinic holds the patient to: no fasting
//! time from it. Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// Words of the best case, not the rule.
static IDEAL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:the )?(?:safest|best) (?:and (?:best|safest) )?(?:course|way|option|practice)\b|\bideally\b|^\W*i understand\b|\b(?:unable|not able|cannot|can't) to fast\b").ok()
});

/// Drops the fasting times read from the ideal.
pub(super) fn safest_advice(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        if !matches!(p.rule, Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. }) {
            return true;
        }
        let text = sentences
            .get(p.sentence)
            .map_or(String::new(), |s| s.text.to_lowercase());
        !is(&IDEAL, &text)
    });
}
