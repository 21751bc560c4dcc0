//! The escort said as someone the patient comes with or is collected by,
//! where `companion.rs` wants a named adult and a "must": "come to the
//! examination with someone accompanying you", "you must come to the test
//! with someone", "must come with at least one, and better two,
//! responsible adults", "ask a friend or relative to collect you" (branch
//! tune-ast, halves as and at, pages in five languages). Proposed once
//! per sheet, when nothing else asked for one; not when the sentence
//! denies it or makes it a condition. Weighed once every sentence is read.

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence, Subject};

/// Coming, going or leaving with someone, or a number of adults.
static COME_WITH: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"(?:^\W*|\b(?:must|should|need to|needs to|has to|have to|please|always)\s+)(?:come|go|attend|arrive|travel)\b[^.;]{0,30}\bwith (?:someone|somebody|(?:at least )?(?:one|two)\b[^.;]{0,25}\b(?:responsible )?adults?)\b",
    )
    .ok()
});

/// Someone asked to collect or accompany the patient.
static COLLECTED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\bbring (?:someone|somebody|an adult|a companion)(?: along)? to (?:accompany|collect|take) you\b|\b(?:ask|get|have) (?:a friend or (?:a )?relative|a relative or (?:a )?friend|a family member|someone|somebody|an adult|a responsible adult) to (?:collect|fetch|pick up|accompany|take) you\b",
    )
    .ok()
});

/// An adult or companion along, said of the patient in the third person
/// or by when they are there: "the patient comes with an adult", "the
/// patient must bring a companion", "have an adult with you when you come
/// and when you leave", "can only be done with an adult companion
/// present", "let go home ... in the company of an adult", "someone to
/// bring you to the appointment and pick you up" (branch tune-ayz, half
/// az's pages from Brazil and half ay).
static ADULT_ALONG: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(concat!(
        r"\b(?:the patient|you)\s+(?:must |should |will need to |needs? to |has to |have to )?(?:comes?|bring|brings)\s+(?:with\s+)?an?\s+(?:responsible\s+)?(?:adult|companion|escort)\b",
        r"|\bhave an? (?:responsible )?adult with you when you (?:come|arrive|leave|go)\b",
        r"|\bonly be (?:done|performed|carried out)\s+with an? (?:responsible )?(?:adult )?(?:companion|escort|adult)\b",
        r"|\b(?:let go|discharged|released|sent|allowed to go) home\b[^.;]{0,60}\bin the company of an? (?:responsible )?adult\b",
        r"|\bsomeone to (?:bring|take|drive) you to\b[^.;]{0,40}\band (?:pick|collect|fetch) you\b",
    ))
    .ok()
});

/// Words that take the company back or make it a condition.
static NOT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:not|no need|needn't|don't|unless|without|if|only when|in case)\b").ok()
});

/// A hedge or another way home offered: advice, not a requirement ("it
/// is useful to ask someone ..., or to use public transport").
static HEDGED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:useful|helpful|may wish|might wish|may want|might want|you could|if possible|or (?:to )?(?:use|take) (?:public transport|a taxi|a bus|the bus))\b").ok()
});

/// Where the clause that holds the company starts: a denial in an
/// earlier clause ("you must not drive, and you should come with
/// someone") is that clause's.
fn clause_start(lower: &str, at: usize) -> usize {
    [", and ", "; ", ". ", ", so ", ", but "]
        .iter()
        .filter_map(|b| lower[..at].rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0)
}

/// What the proposal was written for.
const WRITTEN_FOR: &str = "branch tune-ast: \"come to the examination with someone accompanying you\", \"must come with at least one responsible adult\", \"ask a friend or relative to collect you\"";

/// Adds the escort from someone the patient comes with or is collected by.
pub(super) fn come_with_someone(proposals: &mut Vec<Proposal>, sentences: &[Sentence], asked: &[Subject]) {
    if proposals.iter().any(|p| matches!(p.rule, Proposed::EscortRequired)) || asked.contains(&Subject::EscortRequired)
    {
        return;
    }
    for (index, s) in sentences.iter().enumerate() {
        let lower = s.text.to_lowercase();
        let Some(company) = [&COME_WITH, &COLLECTED, &ADULT_ALONG]
            .iter()
            .filter_map(|re| re.as_ref().and_then(|re| re.find(&lower)))
            .min_by_key(|m| m.start())
        else {
            continue;
        };
        let from = clause_start(&lower, company.start());
        let denied = NOT.as_ref().is_some_and(|re| {
            re.find_iter(&lower)
                .any(|m| m.start() >= from && m.start() < company.end())
        });
        let hedged = HEDGED.as_ref().is_some_and(|re| re.is_match(&lower));
        if denied || hedged {
            continue;
        }
        proposals.push(Proposal::over(
            Proposed::EscortRequired,
            index,
            (s.start, s.end),
            WRITTEN_FOR,
        ));
        return;
    }
}
