//! Exceptions told elsewhere (branch tune-awx): "take your regular
//! medicines on the morning, except as discussed above", "keep taking
//! your medicines unless we told you otherwise". The exceptions are
//! another sentence's (or another talk's); this one keeps the usual
//! medicines, and is no talk with the prescriber about them. A line for
//! the usual medicines read from such a sentence is the usual medicines
//! kept. Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineBefore;

/// "except as discussed above", "unless told otherwise", "except where
/// noted": exceptions that point elsewhere.
static ELSEWHERE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:except|unless)(?: as| where| if)? (?:otherwise )?(?:discussed|noted|stated|mentioned|listed|described|instructed|told|advised|directed)(?: otherwise)?\b|\b(?:except|unless)(?: as| where)? (?:above|below|otherwise)\b").ok()
});

/// The usual medicines, named in general.
static USUAL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^(?:your |all |all your |any )?(?:regular|usual|normal|routine|daily|regularly scheduled|current)(?: \w+)? (?:medicines?|medications?|tablets|pills)$").ok()
});

/// What the proposal was written for.
const WRITTEN_FOR: &str =
    "corpus half aw: \"TAKE YOUR REGULAR MEDICINES on the morning of surgery, except as discussed above\"";

/// Turns the usual medicines' ask-prescriber line into the usual medicines kept.
pub(super) fn except_as_discussed(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let mut kept = Vec::new();
    proposals.retain(|p| {
        let Proposed::Medicine { rule } = &p.rule else {
            return true;
        };
        let usual =
            matches!(rule.before, MedicineBefore::AskPrescriber { .. }) && is(&USUAL, &rule.name.to_lowercase());
        let elsewhere = sentences
            .get(p.sentence)
            .is_some_and(|s| is(&ELSEWHERE, &s.text.to_lowercase()));
        if usual && elsewhere {
            kept.push(p.clone());
            return false;
        }
        true
    });
    for p in kept {
        if !proposals.iter().any(|q| matches!(q.rule, Proposed::KeepTakingUsual)) {
            proposals.push(Proposal::over(
                Proposed::KeepTakingUsual,
                p.sentence,
                (p.start, p.end),
                WRITTEN_FOR,
            ));
        }
    }
}
