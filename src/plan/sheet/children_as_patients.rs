//! Children as the patients: "this document covers the care of children
//! and adults who ...", "we treat children from 2 years". A sentence
//! that names children without any word of looking after them is about
//! whom the clinic treats, not a ban on caring for dependants (branch
//! tune-aqr). Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// Words of looking after someone, which a ban on dependants needs.
static LOOKING_AFTER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"\b(?:look\w* after|care for|caring for|take care of|taking care of|responsib\w*|in charge|alone with|supervis\w*|mind(?:ing)?|babysit\w*|lift\w*|carry\w*|dependa\w*|childcare|child care|sole|carer|charge of)\b").ok()
});

/// Drops the ban on dependants read from a sentence with no looking after.
pub(super) fn children_as_patients(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        if !matches!(p.rule, Proposed::NoDependents) {
            return true;
        }
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        LOOKING_AFTER
            .as_ref()
            .is_none_or(|re| re.is_match(&s.text.to_lowercase()))
    });
}
