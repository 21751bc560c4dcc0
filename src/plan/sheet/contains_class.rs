//! "Astelin and Astepro, nose sprays that contain antihistamines, must
//! be stopped 2 days before": the class after "that contain" says what
//! the named medicines hold; the rule is for those named, not for every
//! medicine of the class. A medicine line whose name is read only from
//! words after "contain(s/ing)" is dropped; the reader stays silent
//! rather than widen the rule (branch tune-be, half be). Weighed once
//! every sentence is read (from `across_sheet.rs`).

use super::{Proposal, Proposed, Sentence};

/// Words for any product, whose contents are the rule's class.
const GENERAL: [&str; 9] = [
    "product",
    "anything",
    "medicine",
    "medication",
    "drug",
    "supplement",
    "remed",
    "item",
    "any ",
];

/// Whether every place the name stands in the sentence follows a
/// "contain" word.
fn only_as_contents(name: &str, lower: &str) -> bool {
    let name = name.to_lowercase();
    if name.is_empty() {
        return false;
    }
    let mut seen = false;
    for (at, _) in lower.match_indices(name.as_str()) {
        seen = true;
        let before = lower[..at].trim_end();
        let last = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        if !matches!(last, "contain" | "contains" | "containing" | "contained") {
            return false;
        }
        // "Products that contain aspirin", "anything containing it": the
        // class is the rule's own. Only an aside after a comma ("X and Y,
        // nose sprays that contain ...") describes medicines named before.
        let aside = before.rsplit(',').next().unwrap_or("");
        if !before.contains(',') || GENERAL.iter().any(|g| aside.contains(g)) {
            return false;
        }
    }
    seen
}

/// Drops medicine lines named for what other medicines contain.
pub(super) fn contains_class(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        let Proposed::Medicine { rule } = &p.rule else {
            return true;
        };
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        !only_as_contents(&rule.name, &s.text.to_lowercase())
    });
}
