//! Driving to the visit, not after it (branch tune-aop): "driving
//! yourself to the center is not advisable", "do not drive yourself to
//! your appointment". The ban is on the way there; how long the patient
//! may not drive after is not said, so the reader asks (Ask::NoTime)
//! rather than proposing a length the words never gave. Weighed once
//! every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Ask, Proposal, Proposed, Question, Sentence, Subject};

/// "Drive yourself to the center", "driving to your appointment".
static TO_THE_VISIT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\bdriv\w*\s+(?:yourself\s+)?(?:to|in to|into)\s+(?:the|your|our)\s+(?:\w+\s+)?(?:cent(?:er|re)|clinic|appointment|hospital|office|surgery|practice|procedure|visit|unit)\b").ok()
});

/// Words of the time after, which make the ban one on driving home too.
static AFTER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:home|afterwards?|after|for \d+|for (?:the rest|24|twenty)|until|next day)\b").ok()
});

/// Turns a driving ban read from the way to the visit into a question.
pub(super) fn drive_to_visit(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &mut Vec<Question>) {
    proposals.retain(|p| {
        if !matches!(p.rule, Proposed::NoDriving { .. }) {
            return true;
        }
        let written = sentences.get(p.sentence).map_or("", |s| s.text.as_str());
        let text = written.to_lowercase();
        if !is(&TO_THE_VISIT, &text) || is(&AFTER, &text) {
            return true;
        }
        if !questions
            .iter()
            .any(|q| q.sentence == p.sentence && q.about == Subject::NoDriving)
        {
            questions.push(Question::on(
                &Ask::NoTime,
                Subject::NoDriving,
                (p.sentence, written),
                vec![],
            ));
        }
        false
    });
}
