//! A stop with no time of its own and a list under it that gives each
//! line its time: "If you take blood thinners, you must stop them before
//! the examination." then "• Warfarin 5 days before", "• Xarelto, Eliquis
//! 2 days before". A layout clinics in many countries use; each medicine
//! the lines name is stopped for its line's time. The lead itself stays
//! asked (`compose.rs`), as it names no time.

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Question, Sentence, Subject};
use crate::facts::rules::{MedicineBefore, MedicineRule};

/// A stop said of medicines in the lead: "stop them", "must be paused".
static STOP: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:stop|stopped|pause|paused|hold|held|discontinue|discontinued)\b").ok()
});

/// A line that is names and a time before: "Marevan 3 days before".
static LINE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"^\s*(?P<names>\p{Lu}[^.:;]{0,80}?)\s+(?P<n>\d{1,2})\s+(?P<unit>days?|weeks?|hours?)\s+before\b",
    )
    .ok()
});

/// What the proposals were written for.
const WRITTEN_FOR: &str = "corpus half ah: \"you must stop them before the examination\", then lines such as \"Marevan 3 days before\" (each line's medicines stopped for its time)";

/// How many lines after the lead the list may run, lines that are not
/// names and a time (a note in brackets) included.
// Not a care number: a reading window.
const LIST_LINES: usize = 6;

/// Adds a stop for each medicine a line under a timeless stop names.
pub(super) fn stops_by_line(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &[Question], text: &str) {
    let leads = questions
        .iter()
        .filter(|q| q.about == Subject::Medicine)
        .map(|q| q.sentence);
    let mut added = Vec::new();
    for lead in leads {
        let Some(said) = sentences.get(lead) else {
            continue;
        };
        let lower = said.text.to_lowercase();
        if !STOP.as_ref().is_some_and(|re| re.is_match(&lower)) || lower.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let mut previous = said;
        for (index, line) in sentences.iter().enumerate().skip(lead + 1).take(LIST_LINES) {
            // The list ends at a blank line (one may stand after the lead).
            let gap = text.get(previous.end..line.start).unwrap_or_default();
            if previous.start != said.start && gap.matches('\n').count() > 1 {
                break;
            }
            previous = line;
            let Some(caps) = LINE.as_ref().and_then(|re| re.captures(&line.text)) else {
                continue;
            };
            let (Some(n), Some(unit)) = (caps.name("n"), caps.name("unit")) else {
                continue;
            };
            let n: u32 = n.as_str().parse().unwrap_or(0);
            let per: u32 = match unit.as_str().trim_end_matches('s') {
                "week" => 7 * 24,
                "day" => 24,
                _ => 1,
            };
            let said_names = caps.name("names").map_or("", |m| m.as_str());
            // "FAST for 4 hours before your test": a rule with its own
            // "for", not names and a time.
            let last = said_names.split_whitespace().next_back().unwrap_or_default();
            if ["for", "least", "than", "about", "to"].contains(&last.to_lowercase().as_str()) {
                continue;
            }
            let names = names(said_names);
            added.extend(stopped_on_line(names, n * per, (index, line), WRITTEN_FOR));
        }
    }
    add_new(proposals, added);
}

/// A stop of `hours` before the visit for each of `names`, read from a
/// list line (`index`, `line`): the one shape both list readers give.
pub(super) fn stopped_on_line(
    names: Vec<String>,
    hours: u32,
    (index, line): (usize, &Sentence),
    written_for: &str,
) -> Vec<Proposal> {
    let span = (line.start, line.end);
    names
        .into_iter()
        .map(|name| {
            let rule = Proposed::Medicine {
                rule: MedicineRule {
                    name,
                    before: MedicineBefore::HoursBefore { hours },
                    restart_hours_after: None,
                    note: None,
                },
            };
            Proposal::over(rule, index, span, written_for)
        })
        .collect()
}

/// Adds each of `added` the sheet has not proposed already.
pub(super) fn add_new(proposals: &mut Vec<Proposal>, added: Vec<Proposal>) {
    for p in added {
        if !proposals.iter().any(|q| q.rule == p.rule) {
            proposals.push(p);
        }
    }
}

/// The names of a line, split at commas and "and" or "or" outside
/// brackets: "Acetylsalicylic acid (Albyl-e) and Plavix" is two.
pub(super) fn names(said: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut current = String::new();
    for c in said.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                out.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    out.push(current);
    out.iter()
        .flat_map(|part| {
            let part = part.trim();
            match part.split_once(" and ").or_else(|| part.split_once(" or ")) {
                Some((a, b)) if !a.contains('(') || a.contains(')') => vec![a.trim().to_string(), b.trim().to_string()],
                _ => vec![part.to_string()],
            }
        })
        .filter(|n| n.starts_with(|c: char| c.is_uppercase()) && n.split_whitespace().count() <= 4)
        .collect()
}
