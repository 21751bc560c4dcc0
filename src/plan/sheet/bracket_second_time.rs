//! A second time for one rule, in brackets beside the first (branch
//! tune-aop): "drink until 6 in the morning (in truth up to 2 hours before
//! you are put to sleep)", "nothing after midnight (a four-hour fast)".
//! The sentence is asked about as two times for one rule (asked here if
//! nothing asked it yet); a proposal of the bracket's hours beside that
//! question would settle the doubt the question leaves open, so it is
//! left out. Weighed once every sentence
//! is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Ask, Proposal, Proposed, Question, Sentence, Subject};
use crate::facts::rules::Cutoff;

/// An hour count inside brackets.
static BRACKET_HOURS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\([^)]*\b(?:\d+|one|two|three|four|five|six|eight)[\s-]*hours?\b[^)]*\)").ok()
});

/// A time of day outside the brackets.
static CLOCK: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock|in the morning|in the evening)|midnight|until \d{1,2}\b)").ok()
});

/// Drops an hour count read from the bracket of a sentence asked about.
pub(super) fn bracket_second_time(
    proposals: &mut Vec<Proposal>,
    sentences: &[Sentence],
    questions: &mut Vec<Question>,
) {
    proposals.retain(|p| {
        let about = match p.rule {
            Proposed::SolidFood {
                cutoff: Cutoff::HoursBefore { .. } | Cutoff::MinutesBefore { .. },
            } => Subject::SolidFood,
            Proposed::ClearLiquids {
                cutoff: Cutoff::HoursBefore { .. } | Cutoff::MinutesBefore { .. },
            } => Subject::ClearLiquids,
            _ => return true,
        };
        let written = sentences.get(p.sentence).map_or("", |s| s.text.as_str());
        let text = written.to_lowercase();
        let outside = BRACKET_HOURS
            .as_ref()
            .map_or(text.clone(), |re| re.replace_all(&text, " ").into_owned());
        if !(is(&BRACKET_HOURS, &text) && is(&CLOCK, &outside)) {
            return true;
        }
        if !questions
            .iter()
            .any(|q| q.about == about && q.sentence.abs_diff(p.sentence) <= 1)
        {
            questions.push(Question::on(&Ask::TwoValues, about, (p.sentence, written), vec![]));
        }
        false
    });
}
