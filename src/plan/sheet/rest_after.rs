//! The stay after the examination told as a rest until the sedative wears
//! off: "you can rest and sleep for another fifteen to thirty minutes
//! while the sedative wears off", "rest in bed for 1~2 hours until you are
//! awake", "after sleeping it off for a while (about 30-60 min)", "after
//! roughly 30-90 minutes you are fully awake", "watched for 2-6 hours".
//! How clinics in many countries say how long the patient stays, as a
//! range; proposed as the stay after, once per sheet, when nothing else
//! gave it.

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// A range: "fifteen to thirty", "1~2", "30-60".
const RANGE: &str =
    r"(?P<low>\d{1,3}|[a-z]+) ?(?:to|-|~|–|or) ?(?P<high>\d{1,3}|[a-z]+) (?P<unit>minutes|mins?|hours)\b";

/// The ways a recovery of a range is told: a rest while the sedative
/// wears off or until the patient is awake ("rest in bed for 1~2 hours
/// until you are awake"), sleeping it off ("after sleeping it off for a
/// while (about 30-60 min)"), awake after it ("after roughly 30-90
/// minutes you are fully awake"), or watched for it ("to be watched for
/// 2-6 hours").
static RESTS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        format!(r"\brest\b[^.;]{{0,60}}\bfor (?:another |about |around )?{RANGE}[^.;]{{0,10}}\b(?:while|until)\b[^.;]{{0,30}}\b(?:wears? off|awake|wakes? up)\b"),
        format!(r"\bsleeping it off\b[^.;]{{0,20}}?\(?(?:about |roughly |around )?{RANGE}"),
        format!(r"\bafter (?:roughly |about |around )?{RANGE},? you are (?:fully )?awake\b"),
        format!(r"\b(?:be )?(?:watched|monitored|observed) for (?:about |roughly |around )?{RANGE}"),
        // "Discharge usually takes place 1-2 hours after the end of the
        // operation", "we have you rest for about 1 hour before you go
        // home" (branch tune-mn): the stay told by the going home, one
        // figure "about" N read as N to N.
        format!(r"\bdischarge\b[^.;]{{0,25}}?\b{RANGE} after (?:the end of )?(?:the |your )?(?:operation|procedure|surgery|examination|treatment)\b"),
        r"\brest for (?:about |around |roughly )(?P<low>\d{1,3}|[a-z]+) (?P<unit>minutes|mins?|hours?)\b[^.;]{0,10}\bbefore (?:you )?(?:go home|going home|leave|leaving|are discharged)\b".to_string(),
    ]
    .iter()
    .filter_map(|r| super::pattern::compile(r).ok())
    .collect()
});

// Not a care number: the longest stay after a reading takes for one (a
// day's recovery is no stay at the clinic).
const MOST_MINUTES: u32 = 12 * 60;

/// What the proposal was written for.
const WRITTEN_FOR: &str = "corpus halves aj and ae: \"after sleeping it off for a while (about 30-60 min)\", \"after roughly 30-90 minutes you are fully awake\", \"rest and sleep for another fifteen to thirty minutes while the sedative wears off\", \"rest in bed for 1~2 hours until you are awake\"";

/// Adds the stay after from a recovery told as a range.
pub(super) fn rest_after(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    if proposals.iter().any(|p| matches!(p.rule, Proposed::Observation { .. })) {
        return;
    }
    for (index, s) in sentences.iter().enumerate() {
        let lower = s.text.to_lowercase();
        let Some(caps) = RESTS.iter().find_map(|re| re.captures(&lower)) else {
            continue;
        };
        let low = caps.name("low").and_then(|m| count(m.as_str()));
        let (Some(low), Some(high), Some(unit)) = (
            low,
            caps.name("high").map_or(low, |m| count(m.as_str())),
            caps.name("unit"),
        ) else {
            continue;
        };
        let per = if unit.as_str().starts_with("hour") { 60 } else { 1 };
        if high * per > MOST_MINUTES {
            continue;
        }
        if low > high {
            continue;
        }
        let rule = Proposed::Observation {
            min_minutes: low * per,
            max_minutes: high * per,
        };
        proposals.push(Proposal::over(rule, index, (s.start, s.end), WRITTEN_FOR));
        return;
    }
}

/// A count in figures or a word a stay is said in.
fn count(said: &str) -> Option<u32> {
    let words = [
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("ten", 10),
        ("fifteen", 15),
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("forty-five", 45),
        ("sixty", 60),
    ];
    said.parse()
        .ok()
        .or_else(|| words.iter().find(|(w, _)| *w == said).map(|(_, n)| *n))
}
