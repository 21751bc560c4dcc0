//! Clothes named in a list nobody said to bring: a bare item
//! ("comfortable, loose-fitting clothes that fit over dressings") in a
//! list whose heading was lost says neither bring nor leave (branch
//! tune-aqr; the corpus leaves such lists unread). A thing is brought
//! only when its own words, or a lead or heading shortly before, ask for
//! it by bringing, wearing or packing. Weighed once every sentence is
//! read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// Words that ask for a thing to come with the patient.
static ASKED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:bring\w*|wear\w*|pack\w*|dress(?:ed|ing)?|carry|checklist|belongings|with you|take with|to take|what to|need to have|should have|must have|please have|remember|show|present)\b").ok()
});

/// A sentence that says something of the thing ("is a good choice", "is
/// advised", "arrive with"), not a bare item: it asks for it itself.
static SAYS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:is|are|be|been|arrive\w*|come|advis\w*|recommend\w*|choos\w*|suggest\w*|need\w*|should|must|may|can|please|ideal|good choice)\b").ok()
});

/// How far back a lead or heading is looked for: a list of things is
/// rarely longer.
// Not a care number: a count of sentences to look back over.
const LOOK_BACK: usize = 12;

/// Drops a bare item brought with no word asking for it, in it, before it or in the
/// sentence right after ("street clothes are fine. You may want to bring
/// a blanket too"); showing a card asks for it too.
pub(super) fn clothes_unasked(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let asks = |i: usize| {
        sentences
            .get(i)
            .is_some_and(|s| ASKED.as_ref().is_none_or(|re| re.is_match(&s.text.to_lowercase())))
    };
    let bare = |i: usize| {
        sentences
            .get(i)
            .is_some_and(|s| SAYS.as_ref().is_some_and(|re| !re.is_match(&s.text.to_lowercase())))
    };
    proposals.retain(|p| {
        !matches!(p.rule, Proposed::Bring { .. })
            || !bare(p.sentence)
            || (p.sentence.saturating_sub(LOOK_BACK)..=p.sentence + 1).any(asks)
    });
}
