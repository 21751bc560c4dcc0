//! A rule for the patients who have sedation, on a sheet where sedation
//! is one of two ways (branch tune-bf, half bf): "Examination with
//! sedation ... If you have sedation for this examination, someone must
//! collect you" beside "Examination without sedation". Where the sheet
//! tells of the examination without sedation too, "if you have sedation"
//! names a group of its patients, and the sheet does not say the patient
//! is in it, so the sentence's rules are asked (`Ask::Maybe`), never
//! proposed as every patient's. On a sheet where sedation is always
//! given, the same words name every patient and the rules stand.
//! `some_patients.rs` holds the groups named by other words. Weighed once
//! every sentence is read (from `across_sheet.rs`).

use super::compose::subject_of;
use super::{Ask, Proposal, Proposed, Question, Sentence};

/// A sentence's condition on having sedation.
const IF_SEDATION: &[&str] = &[
    "if you have sedation",
    "if you are having sedation",
    "if you get sedation",
    "if you receive sedation",
    "if you choose sedation",
    "if you opt for sedation",
    "if you are sedated",
    "if you have been sedated",
];

/// The sheet's words for the other way, without sedation.
const WITHOUT: &[&str] = &[
    "without sedation",
    "no sedation",
    "sedation is optional",
    "sedation is not always",
    "sedation is sometimes",
];

/// Turns the rules of a sentence for the sedated on such a sheet into
/// questions.
pub(super) fn sedation_chosen(
    proposals: &mut Vec<Proposal>,
    sentences: &[Sentence],
    questions: &mut Vec<Question>,
    text: &str,
) {
    let sheet = text.to_lowercase();
    if !WITHOUT.iter().any(|w| sheet.contains(w)) {
        return;
    }
    proposals.retain(|p| {
        // A medicine's own rule is read where medicines are read.
        if matches!(p.rule, Proposed::Medicine { .. } | Proposed::KeepTakingUsual) {
            return true;
        }
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let lower = s.text.to_lowercase();
        if !IF_SEDATION.iter().any(|w| lower.contains(w)) {
            return true;
        }
        let about = subject_of(&p.rule);
        if !questions.iter().any(|q| q.sentence == p.sentence && q.about == about) {
            questions.push(Question::on(&Ask::Maybe, about, (p.sentence, &s.text), vec![]));
        }
        false
    });
}
