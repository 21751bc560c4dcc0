//! Drinks for the time back home, not before the visit (branch tune-bab,
//! half ba): "cool clear liquids are good when you first get home", "once
//! you are home, start with clear fluids". What to drink after the visit
//! is after-care; the clear list before the visit and the drink cutoff
//! are not read from it (silent: after-care has no line). Weighed once
//! every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// Back home after the visit.
static AT_HOME: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:when|once|after) you (?:first )?(?:get|arrive|are|return|go|come) (?:back )?home\b|\bon (?:your )?(?:return|arrival|getting) home\b").ok()
});

/// Drops the clear-drink lines read from a sentence about the time home.
pub(super) fn drinks_at_home(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        if !matches!(p.rule, Proposed::ClearLiquids { .. } | Proposed::ClearLiquidsAre { .. }) {
            return true;
        }
        !sentences
            .get(p.sentence)
            .is_some_and(|s| is(&AT_HOME, &s.text.to_lowercase()))
    });
}
