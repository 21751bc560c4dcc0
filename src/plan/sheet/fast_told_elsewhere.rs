//! An empty stomach whose times are given elsewhere: "For a sedation your
//! stomach must be empty. You will be given instructions about this
//! beforehand." The sheet says there is a fast and leaves its times to
//! another paper, so a careful reader asks for the food's time and the
//! drinks' time, as for "fast as instructed". Read only where the sheet
//! gives no fast of its own.

use std::sync::LazyLock;

use regex::Regex;

use super::{Ask, Proposal, Proposed, Question, Sentence, Subject};

/// Instructions about "this" that the patient gets before the visit.
static GIVEN_BEFOREHAND: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:given|receive|get|sent)\b[^.;]{0,30}\binstructions\b[^.;]{0,20}\babout (?:this|it)\b",
    )
    .ok()
});

/// Words of the fast in the sentence before.
const FAST_WORDS: &[&str] = &[
    "empty stomach",
    "stomach is empty",
    "stomach must be empty",
    "fasting",
    "nil by mouth",
];

/// Asks the fast's times when the sheet leaves them to instructions given
/// elsewhere and gives none of its own.
pub(super) fn fast_told_elsewhere(proposals: &[Proposal], sentences: &[Sentence], questions: &mut Vec<Question>) {
    let own_fast = proposals
        .iter()
        .any(|p| matches!(p.rule, Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. }))
        || questions
            .iter()
            .any(|q| matches!(q.about, Subject::SolidFood | Subject::ClearLiquids));
    if own_fast {
        return;
    }
    let told = sentences.iter().enumerate().find(|(i, s)| {
        let lower = s.text.to_lowercase();
        let before = i
            .checked_sub(1)
            .and_then(|k| sentences.get(k))
            .map_or(String::new(), |b| b.text.to_lowercase());
        GIVEN_BEFOREHAND.as_ref().is_some_and(|re| re.is_match(&lower)) && FAST_WORDS.iter().any(|w| before.contains(w))
    });
    if let Some((i, s)) = told {
        for about in [Subject::SolidFood, Subject::ClearLiquids] {
            questions.push(Question::on(&Ask::NoTime, about, (i, &s.text), vec![]));
        }
    }
}
