//! "Children should stay under adult supervision until the next day": on
//! a children's sheet the child is the patient, and a rule with the
//! child as its subject is about watching the patient, not about the
//! patient caring for dependants (branch tune-ast, half as). Weighed once
//! every sentence is read.

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// A sentence whose subject is the child.
static CHILD_SUBJECT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"^\W*(?:children|child|kids|your (?:child|son|daughter|baby|little one)|the (?:child|children|baby|young patient)s?)\s+(?:should|must|will|need|needs|has to|have to|is to|are to|may|can|cannot|can't|shall)\b",
    )
    .ok()
});

/// "No care of dependants" from a sentence about the child as patient
/// goes.
pub(super) fn child_patient(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let Some(re) = CHILD_SUBJECT.as_ref() else {
        return;
    };
    proposals.retain(|p| {
        p.rule != Proposed::NoDependents
            || !sentences
                .get(p.sentence)
                .is_some_and(|s| re.is_match(&s.text.to_lowercase()))
    });
}
