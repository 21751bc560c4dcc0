//! A task before the visit that the sheet gives with a count: "book a
//! visit with your family doctor at least 3 weeks before your surgery",
//! "read it again five days before your appointment", "take it one hour
//! before your procedure", "you will need a test within 7 days of your
//! surgery". The sentence says what to do, and the count is counted to the
//! visit, so the task is proposed at that count. What the Task topic of
//! `tasks.rs` reads (forms to fill in) stays there; this reads the other
//! verbs, and only as an instruction to the patient.
//!
//! Not proposed: a task for some patients only, or at a named moment
//! (`asked_tasks.rs` asks those), what the clinic does itself ("we will
//! call you 2 days before"), a fast or a medicine rule (the sentence's
//! other readers set those, and a sentence that set anything is left
//! alone), a red flag (never read here).

use std::sync::LazyLock;

use regex::Regex;

use super::found::Found;
use super::Proposed;
use crate::facts::rules::{Moment, VisitTask};

const WHERE: &str = "issue 25, branch tune-task: \"see your family doctor at least 3 weeks before\", \"read it again 5 days before\", \"take it one hour before your procedure\", \"a test within 7 days of your surgery\" (corpus halves aa, ad, k, m, n, p, w)";

/// The verbs a task opens on, as an instruction ("please book ...").
const VERBS: &[&str] = &[
    "book", "see", "read", "start", "attend", "visit", "schedule", "take", "have", "get", "put", "call", "phone",
    "ring", "confirm", "talk",
];

/// Words before the verb that keep it an instruction.
const LEADS: &[&str] = &[
    "please",
    "kindly",
    "also",
    "then",
    "you must",
    "you should",
    "be sure to",
    "remember to",
    "you will",
];

/// Words that make the sentence something other than a task of the
/// patient's own before the visit: a fast or a drink, a medicine stopped
/// or kept, a thing the patient must not do, a group of patients, a
/// length after the visit, a usual figure the staff will set.
const NOT_A_TASK: &[&str] = &[
    "do not",
    "don't",
    "not to",
    "never",
    "stop",
    "hold",
    "discontinue",
    "eat",
    "food",
    "drink",
    "fluid",
    "liquid",
    "water",
    "fast",
    "nothing by mouth",
    "alcohol",
    "smok",
    "if you",
    "if your",
    "if the",
    "usually",
    "after",
    "aspirin",
    "blood thinner",
    "anticoagul",
    "warfarin",
    "insulin",
    "diabet",
    "bedtime",
    "night before",
    "morning of",
    "day before",
    "pregnan",
    "usual",
    "regular",
    "daily",
    "each day",
    "every day",
    "admitted",
    "arrive at",
    "arrive by",
    "arrive early",
    "arrive no",
    "to arrive",
    "arrival",
    "report to",
    "check in",
    "if for",
    "cannot",
    "unable",
    "cancel",
    "reschedul",
];

/// A count counted to the visit: "at least 3 weeks before your surgery",
/// "five (5) days before your appointment", "one hour before your
/// scheduled procedure", "within 7 days of your surgery".
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    super::pattern::compile(
        r"(?x)
        (?:at\ least\ |no\ less\ than\ |no\ later\ than\ |not\ more\ than\ |within\ )?
        \b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty[-\ ]four|thirty|forty[-\ ]eight|seventy[-\ ]two)
        (?:\ \(\d{1,3}\))?
        \ (?P<unit>minutes?|mins?|hours?|hrs?|days?|weeks?)
        \ (?:
            (?:before|prior\ to)\ (?:your|the)\ (?:scheduled\ |planned\ )?(?:surgery|procedure|appointment|operation|visit|treatment|session|test|exam|examination|scan)
          | of\ (?:your|the)\ (?:surgery|procedure|appointment|operation|visit|treatment)
          | in\ advance
          | ahead
          | beforehand
        )",
    )
    .expect("a valid pattern")
});

/// Whether the sentence says one of `words`, each at the start of a word
/// ("eat", not the "eat" of "treatment"). "Stop the spread" of an
/// infection stops no medicine.
pub(super) fn says_any(light: &str, words: &[&str]) -> bool {
    let light = light.replace("stop the spread", "");
    words.iter().any(|w| {
        light
            .match_indices(w)
            .any(|(i, _)| !light[..i].ends_with(|c: char| c.is_alphabetic()))
    })
}

/// A number said in digits or in words ("twenty-four": the words added).
fn number(said: &str) -> Option<u32> {
    said.parse().ok().or_else(|| {
        said.split(['-', ' '])
            .map(|w| {
                super::tables::NUMBER_WORDS
                    .iter()
                    .find(|(n, _)| *n == w)
                    .map(|(_, v)| *v)
            })
            .sum()
    })
}

/// The moment a count and its unit say, before the visit.
fn moment(n: u32, unit: &str) -> Option<Moment> {
    // Not a care number: a day and a week in hours, to count them before the visit.
    const HOURS_A_DAY: u32 = 24;
    // Not a care number: the days of a week.
    const DAYS_A_WEEK: u32 = 7;
    Some(match unit.chars().next()? {
        'm' => Moment::MinutesBefore { minutes: n },
        'h' => Moment::HoursBefore { hours: n },
        'd' => Moment::HoursBefore { hours: n * HOURS_A_DAY },
        'w' => Moment::HoursBefore {
            hours: n * DAYS_A_WEEK * HOURS_A_DAY,
        },
        _ => return None,
    })
}

/// Where the instruction's verb starts in `clause` (after a bullet, a
/// number, "please"), if it opens on one.
fn verb_at(clause: &str) -> Option<usize> {
    let trimmed = clause.trim_start_matches(|c: char| !c.is_alphabetic());
    let mut at = clause.len() - trimmed.len();
    let mut rest = trimmed;
    while let Some(lead) = LEADS.iter().find(|l| rest.starts_with(&format!("{l} "))) {
        at += lead.len() + 1;
        rest = &rest[lead.len() + 1..];
    }
    let verb = rest.split(|c: char| !c.is_alphabetic()).next()?;
    VERBS.contains(&verb).then_some(at)
}

/// "This form must be completed within 30 days of your surgery", "you
/// will need a test within 7 days": a task said as what must be done,
/// from the clause's first word.
fn needed(clause: &str) -> Option<usize> {
    const SAID: &[&str] = &[
        "must be completed",
        "must be done",
        "you will need a",
        "you will need to",
        "you need a",
    ];
    if !SAID.iter().any(|w| clause.contains(w)) {
        return None;
    }
    let trimmed = clause.trim_start_matches(|c: char| !c.is_alphabetic());
    Some(clause.len() - trimmed.len())
}

/// Whether the sentence gives a count before the visit.
pub(super) fn counts(light: &str) -> bool {
    COUNT.is_match(light)
}

/// Proposes the task a sentence gives with a count before the visit.
pub(super) fn counted(light: &str, found: &mut Found) {
    if found.proposed(|_| true) || found.questions_made() > 0 || says_any(light, NOT_A_TASK) {
        return;
    }
    // One count, so the task's time is not a guess between two.
    let mut counts = COUNT.captures_iter(light);
    let (Some(count), None) = (counts.next(), counts.next()) else {
        return;
    };
    let Some(whole) = count.get(0) else {
        return;
    };
    let (Some(n), Some(unit)) = (count.name("n").and_then(|n| number(n.as_str())), count.name("unit")) else {
        return;
    };
    let Some(when) = moment(n, unit.as_str()) else {
        return;
    };
    // The clause the count is in, or, for "2 days before the procedure,
    // see our doctors", the one right after it.
    let bounds = |from: usize| {
        let start = light[..from].rfind(['.', ';', ':', ',', '\n']).map_or(0, |i| i + 1);
        let end = light[from..]
            .find(['.', ';', ':', '\n'])
            .map_or(light.len(), |i| from + i);
        (start, end)
    };
    let (start, end) = bounds(whole.start());
    let (verb, stop) = match verb_at(&light[start..end]).or_else(|| needed(&light[start..end])) {
        Some(v) => (start + v, whole.start()),
        None => {
            let after = whole.end();
            let Some(comma) = light[after..]
                .find(',')
                .filter(|c| light[after..after + c].trim().is_empty())
            else {
                return;
            };
            let from = after + comma + 1;
            let end = light[from..]
                .find(['.', ';', ':', '\n'])
                .map_or(light.len(), |i| from + i);
            match verb_at(&light[from..end]) {
                Some(v) => (from + v, end),
                None => return,
            }
        }
    };
    let Some(what) = found.text.get(verb..stop) else {
        return;
    };
    // "Phone at least 5 days ahead to confirm your appointment": what
    // follows the count in its clause is the task's too.
    let tail = if stop == whole.start() {
        found.text.get(whole.end()..end).unwrap_or_default()
    } else {
        ""
    };
    let what = format!("{} {}", what.trim(), tail.trim());
    let what = what.trim().trim_end_matches([',', ':', ';', '-']).trim();
    if what.split_whitespace().count() < 2 {
        return;
    }
    // "Valium: take one tablet": the label before the verb names what is
    // taken; "please take it": the sentence says what "it" is.
    let label = found.text.get(..verb).map(str::trim).unwrap_or_default();
    let label_named = label.ends_with(':') && label.split_whitespace().count() <= 2;
    let pronoun = what
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| ["it", "them", "this", "these"].contains(&w));
    let what = if pronoun {
        found.text.trim().trim_end_matches('.').to_string()
    } else if label_named {
        format!("{label} {what}")
    } else {
        what.to_string()
    };
    let mut letters = what.chars();
    let title = letters
        .next()
        .map(|c| c.to_uppercase().chain(letters).collect())
        .unwrap_or_default();
    let task = VisitTask {
        title,
        when,
        note: Some(found.text.to_string()),
    };
    found.add(Proposed::VisitTask { task }, WHERE, Some((verb, whole.end().max(stop))));
}
