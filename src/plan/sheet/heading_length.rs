//! A heading that gives the length of the rules under it ("For up to 24
//! hours after the anaesthesia:" over a list of "no driving", "no
//! alcohol", "an adult with you"): a rule under it asked only for its
//! time takes the heading's length. Weighed once every sentence is read
//! (from `across_sheet.rs`), as the heading and its lines are sentences
//! of their own.

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Question, Sentence, Subject};
use crate::facts::rules::{NoDriving, Until};

/// "For up to 24 hours after the anaesthesia:", "The first 24 hours after
/// your treatment:": a length after the session, as a heading.
static HEADING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"^(?:for )?(?:up to |the first |during the first )?(\d{1,2}) hours? after (?:the |your )?[a-z ]{3,30}:$",
    )
    .ok()
});

/// Words of a time a line gives of its own.
static OWN_TIME: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\d|\b(?:overnight|night|morning|evening|day|days|until|till|hours?|minutes?|week|weeks)\b",
    )
    .ok()
});

// Not a care number: how many sentences under a heading its length reaches
// (a short paragraph and a list of a few lines).
const REACH: usize = 8;

/// Where the sheet read "Proposal::written_for" for these rules.
const WRITTEN_FOR: &str = "a heading's length over a list: \"For up to 24 hours after the anaesthesia:\"";

/// The rules asked only for a time under a heading that gives it, turned
/// into proposals; their questions go.
pub(super) fn heading_length(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &mut Vec<Question>) {
    let Some(re) = HEADING.as_ref() else {
        return;
    };
    let mut answered = Vec::new();
    for (i, q) in questions.iter().enumerate() {
        // "Someone should stay with you overnight" under the list: a time
        // of its own, which stays asked.
        let own_time = sentences
            .get(q.sentence)
            .is_some_and(|s| OWN_TIME.as_ref().is_some_and(|t| t.is_match(&s.text.to_lowercase())));
        if own_time {
            continue;
        }
        let Some(hours) = heading_over(re, sentences, q.sentence) else {
            continue;
        };
        let rule = match q.about {
            Subject::SomeoneStays => Proposed::SomeoneStays { hours },
            Subject::NoAlcohol => Proposed::NoAlcohol { hours },
            Subject::NoDriving => Proposed::NoDriving {
                rule: NoDriving::Hours { hours },
            },
            Subject::NoDecisions => Proposed::NoDecisions {
                until: Some(Until::Hours { hours }),
            },
            _ => continue,
        };
        let same_kind = |p: &Proposal| std::mem::discriminant(&p.rule) == std::mem::discriminant(&rule);
        answered.push(i);
        if proposals.iter().any(same_kind) {
            continue;
        }
        let Some(s) = sentences.get(q.sentence) else {
            continue;
        };
        proposals.push(Proposal::over(rule, q.sentence, (s.start, s.end), WRITTEN_FOR));
    }
    let mut index = 0;
    questions.retain(|_| {
        index += 1;
        !answered.contains(&(index - 1))
    });
}

/// The hours of the nearest heading above `at`, if no other heading lies
/// between.
fn heading_over(re: &Regex, sentences: &[Sentence], at: usize) -> Option<u32> {
    for back in 1..=REACH.min(at) {
        let text = sentences.get(at - back)?.text.trim().to_lowercase();
        if let Some(caps) = re.captures(&text) {
            return caps.get(1)?.as_str().parse().ok();
        }
        if text.ends_with(':') {
            return None;
        }
    }
    None
}
