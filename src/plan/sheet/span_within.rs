//! A ban that points back to a length said earlier in its own sentence
//! (branch tune-awx): "you should not be alone for 24 hours and may not
//! drive during this time", "someone stays with you for 12 hours; in that
//! period do not sign anything". `span_before.rs` answers the bans of the
//! sentences after a length of impairment; here the length is another
//! rule's, read from the same sentence before the words that point back.
//! The bans the sentence asked about for want of a time take that length.
//! Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::span_before::answer;
use super::{Proposal, Proposed, Question, Sentence};
use crate::facts::rules::NoDriving;

/// Words that point back to a length of time, not to a reason.
static THIS_TIME: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:during|in|for|within) (?:this|that|the same) (?:time|period|time period)\b").ok()
});

/// The length a proposal of the sentence holds, in hours.
fn hours_of(rule: &Proposed) -> Option<u32> {
    match rule {
        Proposed::SomeoneStays { hours } | Proposed::NoAlcohol { hours } | Proposed::NoSedatives { hours } => {
            Some(*hours)
        }
        Proposed::NoDriving {
            rule: NoDriving::Hours { hours },
        } => Some(*hours),
        _ => None,
    }
}

/// Answers the untimed bans of a sentence with the length said before them in it.
pub(super) fn span_within(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &mut Vec<Question>) {
    for (k, sentence) in sentences.iter().enumerate() {
        if !questions.iter().any(|q| q.sentence == k) {
            continue;
        }
        let lower = sentence.text.to_lowercase();
        let Some(back) = THIS_TIME.as_ref().and_then(|re| re.find(&lower)) else {
            continue;
        };
        let lengths: Vec<u32> = proposals
            .iter()
            .filter(|p| p.sentence == k)
            .filter_map(|p| hours_of(&p.rule))
            .collect();
        // One length, said before the words that point back to it.
        let [hours] = lengths.as_slice() else { continue };
        if !lower[..back.start()].contains(&hours.to_string()) {
            continue;
        }
        answer(k, sentence, *hours, &lower, proposals, questions);
    }
}
