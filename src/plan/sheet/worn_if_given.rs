//! A thing worn or used after the visit, if the team gives it (branch
//! tune-bab, half ba): "if prescribed, wear your post-op shoe whenever you
//! walk", "if you were given a sling, wear it when you are up". It is
//! after-care for some patients, at moments the sentence names, not a
//! thing to bring to the visit; no bring line is read from it (silent:
//! the team that gives it says when). Weighed once every sentence is read
//! (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// Given by the team, or worn at moments after the visit.
static IF_GIVEN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\bif (?:prescribed|provided|issued|supplied|given)\b|\bif you (?:were|have been|are) (?:prescribed|given|provided|issued|supplied)\b|\bwhenever you (?:stand|walk|are up|get up|move)\b").ok()
});

/// Drops the bring lines read from such a sentence.
pub(super) fn worn_if_given(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        if !matches!(p.rule, Proposed::Bring { .. }) {
            return true;
        }
        !sentences
            .get(p.sentence)
            .is_some_and(|s| is(&IF_GIVEN, &s.text.to_lowercase()))
    });
}
