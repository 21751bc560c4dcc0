//! A length told as what is usual, with another plan set against it, not
//! as the rule (branch tune-bc): "the average is 5-7 hours, but plan to
//! spend the day", "typically patients stay two hours; allow the whole
//! afternoon". The number describes other patients' visits; how long this
//! patient stays is not set by it. A stay so told is asked as the whole visit's length (`Ask::Session`,
//! as `unsure_frame.rs` asks the whole hospital stay); an arrival or an
//! infusion time so told is left out. Weighed once every sentence is read
//! (from `across_sheet.rs`).

use super::{Ask, Proposal, Proposed, Question, Sentence, Subject};

/// Words that make a length a description of what is usual.
const USUAL: &[&str] = &["average", "typically", "typical"];

/// Words that set the patient's own plan against the usual length.
const AGAINST: &[&str] = &["but", "however", "although", "plan", "allow"];

/// Whether the sentence tells a length as what is usual and then sets
/// another plan against it ("the average is 5-7 hours, but plan on the
/// whole day").
fn told_as_usual(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
    // The plan comes after the usual length; "this differs, but on
    // average you will be in recovery 1-2 hours" sets the average last.
    let usual = words.iter().position(|w| USUAL.contains(w));
    usual.is_some_and(|u| words[u..].iter().any(|w| AGAINST.contains(w)))
}

/// Asks or drops the lengths a sentence tells as usual.
pub(super) fn average_length(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &mut Vec<Question>) {
    proposals.retain(|p| {
        let Some(s) = sentences.get(p.sentence).filter(|s| told_as_usual(&s.text)) else {
            return true;
        };
        match p.rule {
            Proposed::Observation {
                min_minutes,
                max_minutes,
            } => {
                let ask = Ask::Session {
                    low: min_minutes,
                    high: max_minutes,
                };
                questions.push(Question::on(&ask, Subject::Observation, (p.sentence, &s.text), vec![]));
                false
            }
            Proposed::ArriveEarly { .. } | Proposed::InfusionMinutes { .. } => false,
            _ => true,
        }
    });
}
