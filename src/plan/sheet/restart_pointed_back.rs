//! A restart that points back to the medicines just stopped (branch
//! tune-bc): "Do not take aspirin within 5 days before. These medicines
//! slow clotting. They may be started again 2 days after the procedure."
//! The restart names no medicine; "they" or "these" are the medicines
//! whose timed stop the same paragraph gave just before, and the restart
//! is theirs. Only a stop in the same paragraph, at most two sentences
//! back, takes it, and only a stop with no restart of its own: a restart
//! two paragraphs on may be another list's. Weighed once every sentence
//! is read (from `across_sheet.rs`).

use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineBefore;

/// How the sentence may open: a pronoun for the medicines before.
const POINTERS: &[&str] = &["they", "these", "both", "all"];

/// Words of taking a medicine again.
const AGAIN: &[&str] = &[
    "started again",
    "resumed",
    "restarted",
    "taken again",
    "restart",
    "resume",
];

/// A count in words, as the pages write small ones.
// Not a care number: the values of number words, no rule's time.
const COUNTS: &[(&str, u32)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
];

/// The restart's hours after, where the sentence is a restart that
/// points back ("they may be started again 2 days after").
fn restart_hours(text: &str) -> Option<u32> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if !words.first().is_some_and(|w| POINTERS.contains(w)) || !AGAIN.iter().any(|a| lower.contains(a)) {
        return None;
    }
    words.windows(3).find_map(|w| {
        let n = w[0]
            .parse::<u32>()
            .ok()
            .or_else(|| COUNTS.iter().find(|(c, _)| *c == w[0]).map(|(_, n)| *n))?;
        // Hours in a day and in an hour, to write the count in hours.
        let per = match w[1] {
            "day" | "days" => 24,
            "hour" | "hours" | "hrs" => 1,
            _ => return None,
        };
        (w[2] == "after").then_some(n * per)
    })
}

/// Gives a restart that points back to the stops just before it.
pub(super) fn restart_pointed_back(proposals: &mut [Proposal], sentences: &[Sentence], text: &str) {
    for (i, s) in sentences.iter().enumerate() {
        let Some(hours) = restart_hours(&s.text) else { continue };
        if proposals
            .iter()
            .any(|p| p.sentence == i && matches!(p.rule, Proposed::Medicine { .. }))
        {
            continue;
        }
        // The nearest sentence before, in the same paragraph, with timed stops.
        let stopped = (i.saturating_sub(2)..i).rev().find(|&k| {
            proposals.iter().any(|p| {
                p.sentence == k
                    && matches!(&p.rule, Proposed::Medicine { rule } if matches!(rule.before, MedicineBefore::HoursBefore { .. }))
            })
        });
        let Some(k) = stopped else { continue };
        let same_paragraph = text
            .get(sentences[k].end..s.start)
            .is_some_and(|gap| !gap.contains("\n\n") && !gap.contains("\n*") && !gap.contains("\n-"));
        if !same_paragraph {
            continue;
        }
        for p in proposals.iter_mut().filter(|p| p.sentence == k) {
            if let Proposed::Medicine { rule } = &mut p.rule {
                if matches!(rule.before, MedicineBefore::HoursBefore { .. }) && rule.restart_hours_after.is_none() {
                    rule.restart_hours_after = Some(hours);
                    p.words = super::write::describe(&p.rule);
                }
            }
        }
    }
}
