//! The stay after the examination told as a rest until the sedative wears
//! off: "you can rest and sleep for another fifteen to thirty minutes
//! while the sedative wears off", "rest in bed for 1~2 hours until you are
//! awake". How clinics in many countries say how long the patient stays
//! watched, with no word of watching; proposed as the stay after, once per
//! sheet, when nothing else gave it.

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// A rest for a range of minutes or hours, while the sedative wears off or
/// until the patient is awake.
static REST: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"\brest\b[^.;]{0,60}\bfor (?:another |about |around )?(?P<low>\d{1,3}|[a-z]+) ?(?:to|-|~|–|or) ?(?P<high>\d{1,3}|[a-z]+) (?P<unit>minutes|hours)\b[^.;]{0,10}\b(?:while|until)\b[^.;]{0,30}\b(?:wears? off|awake|wakes? up)\b").ok()
});

/// What the proposal was written for.
const WRITTEN_FOR: &str = "corpus half aj: \"rest and sleep for another fifteen to thirty minutes while the sedative wears off\", \"rest in bed for 1~2 hours until you are awake\"";

/// Adds the stay after from a rest until the sedative wears off.
pub(super) fn rest_after(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    if proposals.iter().any(|p| matches!(p.rule, Proposed::Observation { .. })) {
        return;
    }
    let Some(re) = REST.as_ref() else {
        return;
    };
    for (index, s) in sentences.iter().enumerate() {
        let lower = s.text.to_lowercase();
        let Some(caps) = re.captures(&lower) else {
            continue;
        };
        let (Some(low), Some(high), Some(unit)) = (
            caps.name("low").and_then(|m| count(m.as_str())),
            caps.name("high").and_then(|m| count(m.as_str())),
            caps.name("unit"),
        ) else {
            continue;
        };
        let per = if unit.as_str() == "hours" { 60 } else { 1 };
        if low > high {
            continue;
        }
        let rule = Proposed::Observation {
            min_minutes: low * per,
            max_minutes: high * per,
        };
        proposals.push(Proposal {
            sentence: index,
            start: s.start,
            end: s.end,
            words: super::write::describe(&rule),
            written_for: WRITTEN_FOR.to_string(),
            rule,
        });
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
