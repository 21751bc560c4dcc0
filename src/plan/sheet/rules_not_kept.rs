//! What happens if the fast is broken, said as the page's rules not kept
//! or as food taken all the same and told to the staff, where
//! `fast_broken.rs` wants a pointer to a list below: "if the instructions
//! are not kept to, the sedation will have to be delayed or put off", "if
//! any of the points below is not kept, the doctor may have to call off
//! the treatment", "has your child eaten or drunk something all the same?
//! Tell a member of the nursing staff" (branch tune-ast, halves as and
//! at). Only on a page with a fast, once, and not for alcohol or smoking
//! rules. Weighed once every sentence is read.

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// The rules not kept.
static NOT_KEPT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:instructions|rules|points|guidelines|directions|these)\b[^.;]{0,40}\bnot (?:be )?(?:kept|followed|respected|observed|complied)\b|\bnot (?:keeping|following|respecting) (?:to )?(?:these|the|this|our)\b",
    )
    .ok()
});

/// The visit lost or moved.
static LOST: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:cancel(?:led|ed)?|call(?:ed)? off|put off|postponed?|delayed?|rescheduled?)\b").ok()
});

/// Food or drink taken all the same in the forbidden time.
static TAKEN_ANYWAY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:has|have|had)\b[^.?;]{0,30}\b(?:eaten|drunk)(?: or (?:eaten|drunk))? (?:something|anything)\b",
    )
    .ok()
});

/// Telling the staff.
static TELL: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:tell|inform|let (?:us|the \w+) know|report)\b").ok());

/// What the proposal was written for.
const WRITTEN_FOR: &str = "branch tune-ast: \"if the instructions are not kept to, the sedation will have to be delayed\", \"has your child eaten or drunk something all the same? Tell the nursing staff\"";

/// Adds the broken fast's rule from the rules not kept or food taken all
/// the same, when the page has a fast and no such rule yet.
pub(super) fn rules_not_kept(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let has_fast = proposals
        .iter()
        .any(|p| matches!(p.rule, Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. }));
    let told = proposals
        .iter()
        .any(|p| matches!(p.rule, Proposed::IfFastBroken { .. }));
    if !has_fast || told {
        return;
    }
    let found = sentences.iter().enumerate().find(|(i, s)| {
        let lower = s.text.to_lowercase();
        if ["alcohol", "smok", "cannabis", "drunk counts"]
            .iter()
            .any(|w| lower.contains(w))
        {
            return false;
        }
        let next = sentences.get(i + 1).map_or(String::new(), |n| n.text.to_lowercase());
        (is(&NOT_KEPT, &lower) && is(&LOST, &lower))
            || (is(&TAKEN_ANYWAY, &lower) && (is(&TELL, &lower) || is(&TELL, &next)))
    });
    if let Some((i, s)) = found {
        let rule = Proposed::IfFastBroken { words: s.text.clone() };
        proposals.push(Proposal::over(rule, i, (s.start, s.end), WRITTEN_FOR));
    }
}
