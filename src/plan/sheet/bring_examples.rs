//! The examples of a thing to bring, read as things of their own: "bring
//! something that comforts the child, such as books, toys, a bottle,
//! etc.". The thing is the one named before "such as"; what follows only
//! shows what it may be, and a line each would make every example a thing
//! the patient must bring (branch tune-ayz, half az). When a thing is
//! named before the examples, the items found after "such as", "e.g." or
//! "for example" are dropped. A list that starts at "such as" ("bring
//! items such as a book and a snack") names its things there and is left
//! alone. Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// Where the examples start, after a thing already named.
static EXAMPLES: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:bring|take|pack)\s+(?:[\w'-]+\s+){2,12}?[\w'-]+,?\s+(?:such as|e\.g\.|for example|like)\s",
    )
    .ok()
});

/// Drops the items named after the examples' lead.
pub(super) fn bring_examples(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let Some(re) = EXAMPLES.as_ref() else { return };
    for p in proposals.iter_mut() {
        let Proposed::Bring { items } = &mut p.rule else {
            continue;
        };
        let Some(s) = sentences.get(p.sentence) else {
            continue;
        };
        let lower = s.text.to_lowercase();
        let Some(m) = re.find(&lower) else { continue };
        // The examples run to the end of their clause.
        let rest = &lower[m.end()..];
        let stop = rest.find(['.', ';']).map_or(lower.len(), |at| m.end() + at);
        let examples = &lower[m.end()..stop];
        items.retain(|item| !examples.contains(&item.to_lowercase()));
    }
    proposals.retain(|p| !matches!(&p.rule, Proposed::Bring { items } if items.is_empty()));
}
