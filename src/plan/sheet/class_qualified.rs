//! A class word narrowed by the words after it: "any medicines that can
//! increase bleeding", "a medicine on the list", "the medicines listed
//! below". The rule is for those medicines only, so the line is named by
//! the whole phrase; named "medicines" alone it would read as every
//! medicine the patient takes (branch tune-auv, half au). "Medicine by
//! mouth" is narrowed the same way (branch tune-bab, half ba). Weighed once
//! every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// A class word alone, with no medicine named in it.
static BARE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*(?:any |a |the |all |your )?(?:medications?|medicines?|drugs|pills|tablets)\W*$").ok()
});

/// The class word and what narrows it.
static QUALIFIED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:medications?|medicines?|drugs|pills|tablets) (?:(?:that|which) [^.,;:()]{3,60}|on (?:the|this|that|our|your) list\b|(?:listed|named|shown) (?:below|above|on [^.,;:()]{3,30})|in the (?:attached |enclosed )?list\b|(?:taken )?by mouth\b)").ok()
});

/// Renames a bare class's rule by the words that narrow it.
pub(super) fn class_qualified(proposals: &mut [Proposal], sentences: &[Sentence]) {
    let Some(re) = QUALIFIED.as_ref() else { return };
    for p in proposals.iter_mut() {
        let Proposed::Medicine { rule } = &mut p.rule else {
            continue;
        };
        if !is(&BARE, &rule.name.to_lowercase()) {
            continue;
        }
        let Some(s) = sentences.get(p.sentence) else { continue };
        let lower = s.text.to_lowercase();
        let Some(m) = re.find(&lower) else { continue };
        // The same bytes of the sentence as written (lowercasing ASCII
        // keeps the offsets; other letters may not, so fall back).
        let name = s
            .text
            .get(m.range())
            .filter(|_| s.text.len() == lower.len())
            .unwrap_or(m.as_str());
        rule.name = name.trim().to_string();
        p.words = super::write::describe(&p.rule);
    }
}
