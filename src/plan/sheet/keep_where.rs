//! The shape many of the reader's checks share: a proposal of one kind
//! stays only where the words of its own sentence allow it ("drinks that
//! are not clear", "(NPO)", "water included" ...). Written once so that
//! each check says only which kind it weighs and what it looks for.

use super::{Proposal, Proposed, Sentence};

/// Keeps every proposal `of_kind` does not pick, and each one it picks
/// only where `keeps` says so of its sentence in lower case; a proposal
/// whose sentence is missing stays.
pub(super) fn keep_where_sentence(
    proposals: &mut Vec<Proposal>,
    sentences: &[Sentence],
    of_kind: impl Fn(&Proposed) -> bool,
    keeps: impl Fn(&str) -> bool,
) {
    proposals.retain(|p| {
        if !of_kind(&p.rule) {
            return true;
        }
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        keeps(&s.text.to_lowercase())
    });
}
