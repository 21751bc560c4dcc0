//! "Until the next morning you may not drive. In that time you should
//! also make no important decisions": "that time" is the span the
//! sentence just before gave its ban, so the decisions end when the
//! driving ban ends. The sentence alone names no time and was asked; the
//! span it points back to answers the question.

use super::{Proposal, Proposed, Question, Sentence, Subject};
use crate::facts::rules::{NoDriving, Until};

/// How a sentence that points back to the span before it begins.
const THAT_TIME: &[&str] = &[
    "in that time",
    "in this time",
    "during that time",
    "during this time",
    "during that period",
    "during this period",
    "for that time",
    "for this time",
];

/// Turns a question about decisions whose sentence points back to the
/// span of the driving ban just before into that rule.
pub(super) fn that_time(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &mut Vec<Question>) {
    let mut answered = Vec::new();
    for (k, q) in questions.iter().enumerate() {
        if q.about != Subject::NoDecisions || q.sentence == 0 {
            continue;
        }
        let Some(here) = sentences.get(q.sentence) else {
            continue;
        };
        let lower = here.text.to_lowercase();
        if !THAT_TIME.iter().any(|w| lower.trim_start().starts_with(w)) {
            continue;
        }
        let span = proposals.iter().find_map(|p| match &p.rule {
            Proposed::NoDriving { rule } if p.sentence + 1 == q.sentence => match rule {
                NoDriving::Hours { hours } => Some(Until::Hours { hours: *hours }),
                NoDriving::NextMorning => Some(Until::NextMorning),
                NoDriving::RestOfDay => None,
            },
            _ => None,
        });
        if let Some(until) = span {
            let rule = Proposed::NoDecisions { until: Some(until) };
            answered.push((k, Proposal::over(rule, q.sentence, (here.start, here.end), WRITTEN_FOR)));
        }
    }
    for (k, p) in answered.into_iter().rev() {
        questions.remove(k);
        if !proposals.iter().any(|x| x.rule == p.rule) {
            proposals.push(p);
        }
    }
}

/// What the proposals were written for.
const WRITTEN_FOR: &str = "corpus half ae: \"until the next morning you may not drive ... In that time you should also make no important decisions\"";
