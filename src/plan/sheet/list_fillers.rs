//! Words that close or pad a list, read as one of its items (branch
//! tune-bc): "these include, among others, ginseng and kava", "aspirin,
//! ibuprofen and others", "gloves, a hat and so on". They name no
//! medicine and no thing to bring, so the item is dropped wherever a list
//! was read (a medicine line named only by them goes). Weighed once every
//! sentence is read (from `across_sheet.rs`).

use super::{Proposal, Proposed};

/// A list's padding: the rest of the list, said without a name.
const FILLERS: &[&str] = &[
    "among others",
    "amongst others",
    "among other things",
    "and others",
    "others",
    "and more",
    "and so on",
    "so on",
    "to name a few",
    "to name but a few",
    "and the like",
    "or similar",
    "and similar",
];

/// Whether an item is only a list's padding.
fn filler(item: &str) -> bool {
    let lower = item.trim().trim_end_matches(['.', ',', ';', ':']).to_lowercase();
    FILLERS.contains(&lower.as_str())
}

/// Drops the padding items of every list read.
pub(super) fn list_fillers(proposals: &mut Vec<Proposal>) {
    proposals.retain_mut(|p| {
        let changed = match &mut p.rule {
            Proposed::Medicine { rule } => return !filler(&rule.name),
            Proposed::Bring { items } => {
                let before = items.len();
                items.retain(|i| !filler(i));
                if items.is_empty() {
                    return false;
                }
                items.len() != before
            }
            _ => false,
        };
        if changed {
            p.words = super::write::describe(&p.rule);
        }
        true
    });
}
