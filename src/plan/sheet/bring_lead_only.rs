//! A list's lead read as the thing to bring: "here are some of the things
//! we suggest you bring with you:" followed by no items (the list lost,
//! or on another page) names nothing (branch tune-aqr). An "item" that
//! still holds the lead's own words, the verb of bringing or "the things
//! we suggest", is the lead and not a thing. Weighed once every sentence
//! is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// The lead's own words inside an item.
static LEAD_WORDS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*here (?:are|is)\b|\b(?:things|items|what) (?:we |you )?(?:suggest|recommend|ask|need|should|want)\b|\bbring\b|\b(?:the following|as follows)\b").ok()
});

/// Drops a bring whose every item is the lead (a proposal with some real
/// items keeps them; its words were written for all of them).
pub(super) fn bring_lead_only(proposals: &mut Vec<Proposal>, _sentences: &[Sentence]) {
    let is = |text: &str| LEAD_WORDS.as_ref().is_some_and(|re| re.is_match(text));
    proposals.retain(|p| match &p.rule {
        Proposed::Bring { items } => items.is_empty() || !items.iter().all(|item| is(&item.to_lowercase())),
        _ => true,
    });
}
