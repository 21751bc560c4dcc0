//! "Complete" that describes a state, not a form to fill in: "complete
//! fast (water included) 6 hours before", "complete rest for the day".
//! The task words read "complete" as "fill in", but before a fast or a
//! rest it says how whole the fast or rest is; a task "Fill in fast"
//! would remind the patient of nothing they can do (branch tune-ayz,
//! half az). The fasting readers weigh the fast. Weighed once every
//! sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// "Complete" before a state: a fast, a rest, abstinence.
static STATE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:complete|completely)\s+(?:\w+\s+)?(?:fast\w*|rest|bed rest|abstinence|absten\w*|stop|silence|nil by mouth|empty)\b").ok()
});

/// Drops the "fill in" tasks read from a "complete" that describes a state.
pub(super) fn complete_state(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        let Proposed::VisitTask { task } = &p.rule else {
            return true;
        };
        if !task.title.to_lowercase().starts_with("fill in") {
            return true;
        }
        let lower = sentences
            .get(p.sentence)
            .map_or(String::new(), |s| s.text.to_lowercase());
        !is(&STATE, &lower)
    });
}
