//! The usual medicines taken "as you were told when you booked" (branch
//! tune-bd, half bd): the sheet says to take them, but how is another's
//! word it does not give, so neither keeping them nor stopping them is the
//! sheet's rule. `medicines_as_told.rs` drops such a line; the lines that
//! keep the medicines going are read again after it (`usual_kept_going`),
//! so this is weighed once every line is in. It is asked (the sheet names
//! the medicines but not their time), not proposed: a question beats a
//! guess. Weighed once every sentence is read (from `across_sheet.rs`).

use super::medicines_as_told::as_told;
use super::{Ask, Proposal, Proposed, Question, Sentence, Subject};

/// The usual medicines named: "your usual / daily medicines".
const USUAL: &[&str] = &["usual", "regular", "daily", "normal", "everyday", "routine"];

/// The words for medicines.
const MEDICINES: &[&str] = &["medicines", "medications", "medication", "tablets", "pills"];

/// Whether the sentence names the usual medicines.
fn names_usual(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .any(|w| USUAL.contains(&w[0]) && MEDICINES.contains(&w[1]))
}

/// Turns keep-taking-usual read from an "as told" sentence into a
/// question, and asks of every "as told" sentence on the usual medicines
/// (`medicines_as_told.rs` may have dropped its line already).
pub(super) fn usual_as_told(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &mut Vec<Question>) {
    let told = |i: usize| sentences.get(i).is_some_and(|s| as_told(&s.text.to_lowercase()));
    let mut asked: Vec<usize> = proposals
        .iter()
        .filter(|p| matches!(p.rule, Proposed::KeepTakingUsual) && told(p.sentence))
        .map(|p| p.sentence)
        .collect();
    proposals.retain(|p| !(matches!(p.rule, Proposed::KeepTakingUsual) && told(p.sentence)));
    for (i, s) in sentences.iter().enumerate() {
        let lower = s.text.to_lowercase();
        if !asked.contains(&i) && as_told(&lower) && names_usual(&lower) {
            asked.push(i);
        }
    }
    for i in asked {
        if let Some(s) = sentences.get(i) {
            if !questions
                .iter()
                .any(|q| q.sentence == i && q.about == Subject::Medicine)
            {
                questions.push(Question::on(&Ask::NoTime, Subject::Medicine, (i, &s.text), vec![]));
            }
        }
    }
}
