//! "If you miss any doses, tell us", "if you forget to take your
//! tablets": a dose missed is a thing to report, not the clinic's rule
//! for the medicine, so the sentence proposes no medicine line (branch
//! tune-ast, half as). Weighed once every sentence is read.

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// A condition on a dose missed or forgotten.
static MISSED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:if|when|should|in case)\s+(?:you|your child|the patient|he|she|they)\s+(?:have\s+|has\s+)?(?:miss(?:es|ed)?|forg(?:et|ot|otten)|skip(?:s|ped)?)\b|\bmissed (?:any )?doses?\b",
    )
    .ok()
});

/// Medicine proposals from a sentence about a missed dose go.
pub(super) fn missed_doses(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let Some(re) = MISSED.as_ref() else {
        return;
    };
    proposals.retain(|p| {
        !matches!(p.rule, Proposed::Medicine { .. })
            || !sentences
                .get(p.sentence)
                .is_some_and(|s| re.is_match(&s.text.to_lowercase()))
    });
}
