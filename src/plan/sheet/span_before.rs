//! "Your reactions may be slowed for about 24 hours. For that reason you
//! may not drive in this period. Important decisions are not allowed
//! either." A length said of the patient's impairment, with no rule of
//! its own, and the bans after it that point back to it ("during this
//! time", "in this period", "for that reason", "in addition", "either"):
//! each ban lasts that length. Those sentences alone name no time and were
//! asked; the length they point back to answers them. Weighed once every
//! sentence is read (from `across_sheet.rs`); `that_time.rs` does the same
//! for decisions after a driving ban.

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Question, Sentence, Subject};
use crate::facts::rules::{NoDriving, Until};

/// "The ability to react is impaired for at least 24 h": a length said of
/// the patient, not of a rule. ("Up to" is a longest, not the length.)
static IMPAIRED_FOR: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:ability to react|reactions?|reaction time|perception|judge?ment|concentration|alertness|reflexes|coordination|ability to (?:drive|concentrate|think))\b[^.;]{0,60}\b(?:impaired|limited|reduced|affected|slowed|diminished|decreased|slower)\b[^.;]{0,40}?\bfor (?:at least |about |around |approximately |roughly )?(\d{1,2}) ?(?:h|hours?|hrs?)\b",
    )
    .ok()
});

/// Words of a sentence that points back to the length before it.
static POINTS_BACK: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:during (?:this|that) (?:time|period)|in (?:this|that) (?:time|period)|for (?:this|that) reason|in addition|either|also)\b",
    )
    .ok()
});

/// Words of driving, which the sentence may name beside other bans.
static DRIVING: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\broad traffic\b|\bdriv(?:e|ing)\b|\bbehind the wheel\b").ok());

/// What the proposals were written for.
const WRITTEN_FOR: &str = "corpus half al: \"the ability to react is impaired for at least 24 h ... So during this time you may not take an active part in road traffic ... In addition, you may not drink alcohol\"";

/// The hours an impairment lasts, if the sentence says it and names no
/// ban of its own.
fn impaired_hours(text: &str) -> Option<u32> {
    IMPAIRED_FOR.as_ref()?.captures(text)?.get(1)?.as_str().parse().ok()
}

/// Answers the untimed bans after a length of impairment with it.
pub(super) fn span_before(
    proposals: &mut Vec<Proposal>,
    sentences: &[Sentence],
    questions: &mut Vec<Question>,
    text: &str,
) {
    for (at, sentence) in sentences.iter().enumerate() {
        let Some(hours) = impaired_hours(&sentence.text.to_lowercase()) else {
            continue;
        };
        if proposals.iter().any(|p| p.sentence == at) {
            continue;
        }
        let mut k = at + 1;
        while let Some(next) = sentences.get(k) {
            let gap = text.get(sentences[k - 1].end..next.start).unwrap_or_default();
            let lower = next.text.to_lowercase();
            if gap.matches('\n').count() >= 2 || !is(&POINTS_BACK, &lower) {
                break;
            }
            answer(k, next, hours, &lower, proposals, questions);
            k += 1;
        }
    }
}

/// The bans of sentence `k`, asked for their time, with `hours`; driving
/// named there and not read is one of them.
pub(super) fn answer(
    k: usize,
    sentence: &Sentence,
    hours: u32,
    lower: &str,
    proposals: &mut Vec<Proposal>,
    questions: &mut Vec<Question>,
) {
    let mut rules = Vec::new();
    questions.retain(|q| {
        if q.sentence != k {
            return true;
        }
        let rule = match q.about {
            Subject::NoDecisions => Proposed::NoDecisions {
                until: Some(Until::Hours { hours }),
            },
            Subject::NoAlcohol => Proposed::NoAlcohol { hours },
            Subject::NoSedatives => Proposed::NoSedatives { hours },
            Subject::NoDriving => Proposed::NoDriving {
                rule: NoDriving::Hours { hours },
            },
            _ => return true,
        };
        rules.push(rule);
        false
    });
    let driving_read = rules.iter().any(|r| matches!(r, Proposed::NoDriving { .. }))
        || proposals
            .iter()
            .any(|p| p.sentence == k && matches!(p.rule, Proposed::NoDriving { .. }));
    if is(&DRIVING, lower) && !driving_read {
        rules.push(Proposed::NoDriving {
            rule: NoDriving::Hours { hours },
        });
    }
    for rule in rules {
        if !proposals.iter().any(|p| p.sentence == k && p.rule == rule) {
            proposals.push(Proposal::over(rule, k, (sentence.start, sentence.end), WRITTEN_FOR));
        }
    }
}
