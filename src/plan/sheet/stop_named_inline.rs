//! A stop that names its medicines after a colon, or names one the reader
//! does not know, with its own length before: "Stop the following
//! medications 5 days before your procedure: Plavix, Pletal, Ticlid or
//! Pradaxa", "Stop Effient 7 days before your procedure" (branch
//! tune-ast, half as). Each capitalised name is a medicine stopped that
//! long before; a list with anything but names proposes nothing. Weighed
//! once every sentence is read.

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Question, Sentence, Subject};
use crate::facts::rules::{MedicineBefore, MedicineRule};

/// "Stop the following medications 5 days before ...: A, B or C".
static LEAD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"(?i)^\W*(?:please\s+)?(?:stop|hold|discontinue)\s+(?:taking\s+)?(?:the following|these|all of the following)\s+(?:medications?|medicines?|drugs|tablets)\s+(\d{1,2}|one|two|three|four|five|six|seven|ten|fourteen)\s+(hours?|days?|weeks?)\s+(?:before|prior to)\b[^:]{0,40}:\s*(.+)$",
    )
    .ok()
});

/// "Stop Effient 7 days before": one capitalised name and its length.
static ONE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"^\W*(?:(?i)please\s+)?(?:Stop|stop|Hold|hold)\s+(?:taking\s+)?([A-Z][a-z][A-Za-z-]+)\s+(\d{1,2}|one|two|three|four|five|six|seven|ten|fourteen)\s+(hours?|days?|weeks?)\s+(?:before|prior to)\b",
    )
    .ok()
});

/// A medicine's name: one or two capitalised words.
static NAME: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"^[A-Z][A-Za-z-]{2,}(?: [A-Z][A-Za-z-]+)?$").ok());

/// Capitalised words that are not medicines.
const NOT_NAMES: [&str; 14] = [
    "eating",
    "drinking",
    "smoking",
    "food",
    "all",
    "any",
    "taking",
    "your",
    "the",
    "these",
    "those",
    "them",
    "everything",
    "alcohol",
];

/// The hours a count of a unit makes.
fn length_hours(count: &str, unit: &str) -> Option<u32> {
    let n: u32 = match count.to_lowercase().as_str() {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "ten" => 10,
        "fourteen" => 14,
        digits => digits.parse().ok()?,
    };
    // Not a care number: hours in a day and in a week, to count a length.
    let per = match unit.to_lowercase().trim_end_matches('s') {
        "hour" => 1,
        "day" => 24,
        "week" => 168,
        _ => return None,
    };
    Some(n * per)
}

/// The names of an inline list, if every item is one.
fn names(list: &str) -> Vec<String> {
    let Some(name) = NAME.as_ref() else {
        return Vec::new();
    };
    let items: Vec<String> = list
        .split([',', ';'])
        .flat_map(|i| i.split(" or ").map(str::to_string).collect::<Vec<_>>())
        .flat_map(|i| i.split(" and ").map(str::to_string).collect::<Vec<_>>())
        .map(|i| i.trim().trim_end_matches(['.', '…']).trim().to_string())
        .filter(|i| !i.is_empty())
        .collect();
    if items.len() >= 2
        && items
            .iter()
            .all(|i| name.is_match(i) && !NOT_NAMES.contains(&i.to_lowercase().as_str()))
    {
        items
    } else {
        Vec::new()
    }
}

/// What the proposals were written for.
const WRITTEN_FOR: &str = "branch tune-ast: \"Stop the following medications 5 days before your procedure: Plavix, Pletal or Pradaxa\", \"Stop Effient 7 days before\"";

/// Adds a stop for each medicine named so; the sentence's medicine
/// question goes when its names are all proposed.
pub(super) fn stop_named_inline(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &mut Vec<Question>) {
    let (Some(lead), Some(one)) = (LEAD.as_ref(), ONE.as_ref()) else {
        return;
    };
    for (index, s) in sentences.iter().enumerate() {
        let text = s.text.trim();
        let (listed, count, unit) = if let Some(c) = lead.captures(text) {
            (names(&c[3]), c[1].to_string(), c[2].to_string())
        } else if let Some(c) = one.captures(text) {
            let name = c[1].to_string();
            if NOT_NAMES.contains(&name.to_lowercase().as_str()) {
                continue;
            }
            (vec![name], c[2].to_string(), c[3].to_string())
        } else {
            continue;
        };
        let Some(hours) = length_hours(&count, &unit) else {
            continue;
        };
        if listed.is_empty() {
            continue;
        }
        for name in listed {
            // A name the reader already proposed, alone or inside a class
            // ("stimulants (Adderall)"), is read.
            let lower = name.to_lowercase();
            let known = proposals.iter().any(|p| {
                p.sentence == index
                    && matches!(&p.rule, Proposed::Medicine { rule } if rule.name.to_lowercase().contains(&lower))
            });
            if known {
                continue;
            }
            let rule = Proposed::Medicine {
                rule: MedicineRule {
                    name,
                    before: MedicineBefore::HoursBefore { hours },
                    restart_hours_after: None,
                    note: None,
                },
            };
            proposals.push(Proposal::over(rule, index, (s.start, s.end), WRITTEN_FOR));
        }
        questions.retain(|q| !(q.sentence == index && q.about == Subject::Medicine));
    }
}
