//! A rule whose need the sheet leaves open (branch tune-bc): "have someone
//! ready to drive you home if needed", "a companion should stay with you
//! if necessary", "arrive an hour early where required". The words say the
//! rule holds only when something the sheet does not name calls for it,
//! so the patient cannot tell whether it is theirs: the rule is asked
//! ("may be asked of you"), not proposed as every patient's. A thing to
//! bring "if needed" is asked by `bring_asked.rs`; a medicine "as needed"
//! is a dose, not a doubt, so neither is weighed here. Weighed once every
//! sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::compose::subject_of;
use super::pattern::is;
use super::{Ask, Proposal, Proposed, Question, Sentence};

/// "If needed", "if necessary", "where required", "should it be needed":
/// a need the sentence does not say.
static OPEN_NEED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:if|where|when) (?:needed|necessary|required|need be)\b|\bshould (?:it|this|one) be (?:needed|necessary|required)\b").ok()
});

/// Words that open a clause of purpose, whose "if needed" is the
/// purpose's ("arrive early so you can use the restroom if needed").
const PURPOSE: &[&str] = &[" so you ", " so that ", " in order to ", " in case "];

/// The sentence up to its first clause of purpose.
fn own_clause(lower: &str) -> &str {
    let end = PURPOSE
        .iter()
        .filter_map(|w| lower.find(w))
        .min()
        .unwrap_or(lower.len());
    &lower[..end]
}

/// The rules an open need leaves in doubt: company home and on site, and
/// a time to arrive. Not a ban (a ban "if needed" is never said) nor a
/// medicine, whose "as needed" is how to take it.
fn weighed(rule: &Proposed) -> bool {
    matches!(
        rule,
        Proposed::EscortRequired
            | Proposed::EscortPresence { .. }
            | Proposed::SomeoneStays { .. }
            | Proposed::ArriveEarly { .. }
    )
}

/// Turns the rules of a sentence with an open need into questions.
pub(super) fn need_left_open(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &mut Vec<Question>) {
    proposals.retain(|p| {
        if !weighed(&p.rule) {
            return true;
        }
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        if !is(&OPEN_NEED, own_clause(&s.text.to_lowercase())) {
            return true;
        }
        let about = subject_of(&p.rule);
        if !questions.iter().any(|q| q.sentence == p.sentence && q.about == about) {
            questions.push(Question::on(&Ask::Maybe, about, (p.sentence, &s.text), vec![]));
        }
        false
    });
}
