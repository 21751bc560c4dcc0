//! What counts as a clear liquid, said by what it must not hold in a
//! bracket right after the drink words: "clear liquids (no milk or
//! creamer, no juice with pulp)", "clear fluids (no pulp or creamer)",
//! "clear liquids until 2 hours before (no juice with pulp)",
//! "clear drinks (not milk products)" (branch tune-ast, half as; the
//! reading ah and a gave such brackets). Proposed once per sheet, when
//! nothing else said what counts. Weighed once every sentence is read.

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// Clear drinks, then a bracket that rules out what makes a drink not
/// clear.
static EXCLUDED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\bclear (?:liquids?|fluids?|drinks?)\b[^.;()]{0,50}\((?:no|not|without|nothing with|but no)\b[^)]{0,80}?\b(?:milk|cream|creamer|pulp|dairy|bits|particles|colou?r\w*)\b",
    )
    .ok()
});

/// What the proposal was written for.
const WRITTEN_FOR: &str = "branch tune-ast: \"clear liquids (no milk or creamer, no juice with pulp)\", \"clear fluids (no pulp or creamer)\"";

/// Adds what counts as clear from a bracket of what it must not hold.
pub(super) fn clear_exclusions(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    if proposals
        .iter()
        .any(|p| matches!(p.rule, Proposed::ClearLiquidsAre { .. }))
    {
        return;
    }
    let Some(re) = EXCLUDED.as_ref() else {
        return;
    };
    if let Some((index, s)) = sentences
        .iter()
        .enumerate()
        .find(|(_, s)| re.is_match(&s.text.to_lowercase()))
    {
        let rule = Proposed::ClearLiquidsAre { words: s.text.clone() };
        proposals.push(Proposal::over(rule, index, (s.start, s.end), WRITTEN_FOR));
    }
}
