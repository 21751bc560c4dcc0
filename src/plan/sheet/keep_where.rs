//! The shape many of the reader's checks share: a proposal of one kind
//! stays only where the words of its own sentence allow it ("drinks that
//! are not clear", "(NPO)", "water included" ...). Written once so that
//! each check says only which kind it weighs and what it looks for. And
//! its twin for the usual medicines kept, which three checks add from the
//! first sentence that says so in their own words.

use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineRule;

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

/// The same for medicine rules: each stays only where `keeps` says so of
/// the rule and its sentence in lower case; every other proposal stays.
pub(super) fn keep_medicines_where(
    proposals: &mut Vec<Proposal>,
    sentences: &[Sentence],
    keeps: impl Fn(&MedicineRule, &str) -> bool,
) {
    proposals.retain(|p| {
        let Proposed::Medicine { rule } = &p.rule else {
            return true;
        };
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        keeps(rule, &s.text.to_lowercase())
    });
}

/// Adds the usual medicines kept, over the first sentence `says` picks
/// (given it in lower case), unless a proposal keeps them already.
pub(super) fn add_usual_where(
    proposals: &mut Vec<Proposal>,
    sentences: &[Sentence],
    written_for: &'static str,
    says: impl Fn(&str) -> bool,
) {
    if proposals.iter().any(|p| matches!(p.rule, Proposed::KeepTakingUsual)) {
        return;
    }
    if let Some((index, s)) = sentences.iter().enumerate().find(|(_, s)| says(&s.text.to_lowercase())) {
        proposals.push(Proposal::over(
            Proposed::KeepTakingUsual,
            index,
            (s.start, s.end),
            written_for,
        ));
    }
}
