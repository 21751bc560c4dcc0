//! A fast told as a hedge or a moderation (branch tune-bf, half bf): "for
//! the evening meal, avoid eating and drinking too much, and finish it by
//! 9 p.m. if you can", "have a light supper, by about 8 if possible".
//! "If you can" leaves the time to the patient, and "too much" limits how
//! much, not whether: neither is a time after which nothing is eaten or
//! drunk. Read as one, the fast starts at a time the clinic never set, so
//! the food or drinks time is asked (`Ask::Maybe`), not proposed.
//! `hedged_stop.rs` holds the same family for a medicine's stop. Weighed
//! once every sentence is read (from `across_sheet.rs`).

use super::compose::subject_of;
use super::{Ask, Proposal, Proposed, Question, Sentence};

/// The words that leave a fast's time to the patient, or limit only how
/// much is taken.
const HEDGES: &[&str] = &[
    "if you can",
    "if possible",
    "if at all possible",
    "where possible",
    "whenever possible",
    "as far as possible",
    "eating too much",
    "drinking too much",
    "eat too much",
    "drink too much",
];

/// Turns a hedged fast into a question.
pub(super) fn hedged_fast(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &mut Vec<Question>) {
    proposals.retain(|p| {
        if !matches!(p.rule, Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. }) {
            return true;
        }
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let lower = s.text.to_lowercase();
        if !HEDGES.iter().any(|w| lower.contains(w)) {
            return true;
        }
        let about = subject_of(&p.rule);
        if !questions.iter().any(|q| q.sentence == p.sentence && q.about == about) {
            questions.push(Question::on(&Ask::Maybe, about, (p.sentence, &s.text), vec![]));
        }
        false
    });
}
