//! A list whose items carry their own brackets: "Aspirin (stop 1 week
//! before), Marcumar (talk to the surgeon), insulin, and drugs that
//! contain metformin (do not take them for three days before)". Each
//! bracket is its item's; the last one's time is not the list's, so an
//! item with no bracket of its own does not take it (branch tune-auv,
//! half av: a list read past its end). When a sentence has two brackets
//! or more that say what to do, a timed medicine line whose medicine is
//! separated from the next timed bracket by another item is not read.
//! Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineBefore;

/// A bracket and its words.
static BRACKET: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\(([^()]*)\)").ok());

/// A bracket that says what to do.
static INSTRUCTS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"\b(?:stop|take|do not|don't|talk|ask|speak|continue|avoid|no|until|before|after)\b").ok()
});

/// A length of time.
static TIME: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen)\s*(?:hours?|days?|weeks?)\b").ok()
});

/// Another item between a medicine and a bracket: a comma or "and"/"or".
static ANOTHER_ITEM: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r",|\band\b|\bor\b").ok());

/// Whether a medicine line carries a time of its own.
fn timed(p: &Proposal) -> bool {
    let Proposed::Medicine { rule } = &p.rule else {
        return false;
    };
    matches!(rule.before, MedicineBefore::HoursBefore { .. }) || rule.restart_hours_after.is_some()
}

/// Drops timed medicine lines that took a later item's bracket.
pub(super) fn own_bracket_items(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let Some(brackets) = BRACKET.as_ref() else { return };
    proposals.retain(|p| {
        if !timed(p) {
            return true;
        }
        let Proposed::Medicine { rule } = &p.rule else {
            return true;
        };
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let lower = s.text.to_lowercase();
        let found: Vec<_> = brackets
            .captures_iter(&lower)
            .filter_map(|c| c.get(0).zip(c.get(1)))
            .collect();
        if found.iter().filter(|(_, inner)| is(&INSTRUCTS, inner.as_str())).count() < 2 {
            return true;
        }
        let name = rule.name.to_lowercase();
        let Some(at) = lower.find(name.trim()).map(|i| i + name.trim().len()) else {
            return true;
        };
        let Some((whole, inner)) = found.iter().find(|(whole, _)| whole.start() >= at) else {
            return true;
        };
        let between = lower.get(at..whole.start()).unwrap_or("");
        !(is(&TIME, inner.as_str()) && is(&ANOTHER_ITEM, between))
    });
}
