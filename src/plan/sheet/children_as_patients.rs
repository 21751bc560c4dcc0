//! Children as the patients, not dependants: "this document covers the
//! care of children and adults who ...", "we treat children from 2
//! years", "Children should stay under adult supervision until the next
//! day". A ban on caring for dependants read from a sentence that names
//! children without any word of looking after them, or whose subject is
//! the child, is about whom the clinic treats or about watching the
//! patient (branches tune-aqr and tune-ast, which found this family side
//! by side). Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// A sentence whose subject is the child.
static CHILD_SUBJECT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"^\W*(?:children|child|kids|your (?:child|son|daughter|baby|little one)|the (?:child|children|baby|young patient)s?)\s+(?:should|must|will|need|needs|has to|have to|is to|are to|may|can|cannot|can't|shall)\b",
    )
    .ok()
});

/// Words of looking after someone, which a ban on dependants needs.
static LOOKING_AFTER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:look\w* after|care for|caring for|take care of|taking care of|responsib\w*|in charge|alone with|supervis\w*|mind(?:ing)?|babysit\w*|lift\w*|carry\w*|dependa\w*|childcare|child care|sole|carer|charge of)\b").ok()
});

/// Drops the ban on dependants read from a sentence whose subject is the
/// child, or with no looking after.
pub(super) fn children_as_patients(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    super::keep_where::keep_where_sentence(
        proposals,
        sentences,
        |rule| matches!(rule, Proposed::NoDependents),
        |lower| !is(&CHILD_SUBJECT, lower) && LOOKING_AFTER.as_ref().is_none_or(|re| re.is_match(lower)),
    );
}
