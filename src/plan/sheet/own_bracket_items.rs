//! A list whose items carry their own brackets: "Aspirin (stop 1 week
//! before), Marcumar (talk to the surgeon), insulin, and drugs that
//! contain metformin (do not take them for three days before)". Each
//! bracket is its item's; the last one's time is not the list's, so an
//! item with no bracket of its own does not take it (branch tune-auv,
//! half av: a list read past its end). When a sentence has two brackets
//! or more that say what to do, a timed medicine line whose medicine is
//! separated from the next timed bracket by another item is not read;
//! and an item whose own bracket stops it ("(stop 1 week before)") or
//! sends the patient to the surgeon ("(please talk to the surgeon)") gets
//! that rule under its own name.
//! Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineBefore;

/// A bracket and its words.
static BRACKET: LazyLock<Option<Regex>> = LazyLock::new(|| super::pattern::compile(r"\(([^()]*)\)").ok());

/// A bracket that says what to do.
static INSTRUCTS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:stop|take|do not|don't|talk|ask|speak|continue|avoid|no|until|before|after)\b").ok()
});

/// A length of time.
static TIME: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen)\s*(?:hours?|days?|weeks?)\b",
    )
    .ok()
});

/// Another item between a medicine and a bracket: a comma or "and"/"or".
static ANOTHER_ITEM: LazyLock<Option<Regex>> = LazyLock::new(|| super::pattern::compile(r",|\band\b|\bor\b").ok());

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
        let later_items_time = is(&TIME, inner.as_str()) && is(&ANOTHER_ITEM, between);
        // The medicine's own bracket says another thing to do with no
        // time: the time came from some other item's bracket.
        let own_untimed = between.trim().is_empty() && is(&INSTRUCTS, inner.as_str()) && !is(&TIME, inner.as_str());
        !(later_items_time || own_untimed)
    });
}

/// A bracket's own stop: "(stop 1 week before the operation)".
static OWN_STOP: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\s*(?:stop|stop taking|do not take|don't take)(?: it| them)? (\d{1,2}|one|two|three|four|five|seven|ten|fourteen) (days?|weeks?) before\b").ok()
});

/// A bracket's own asking: "(please talk to the surgeon in good time)".
static OWN_ASK: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\s*(?:please )?(?:talk|speak|ask|check|consult)\b[^()]{0,30}\b(?:surgeon|doctor|anaesthetist|anesthetist|anesthesiologist|prescriber|gp|physician)\b").ok()
});

/// Where an item of the list starts, looking back from its bracket.
static ITEM_START: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"(?:,|;|:|\bsuch as|\bexcept|\bor|\band|\bincluding)\s+").ok());

/// What the proposals were written for.
const OWN_WRITTEN_FOR: &str = "corpus half av: \"except blood-thinning medicines such as Aspirin (ASS) (stop 1 week before the operation) or Marcumar (please talk to the surgeon or the anaesthetist in good time)\"";

/// A count of days or weeks in hours.
fn count_hours(n: &str, unit: &str) -> Option<u32> {
    let n = match n {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "seven" => 7,
        "ten" => 10,
        "fourteen" => 14,
        _ => n.parse().ok()?,
    };
    Some(if unit.starts_with("week") { n * 7 * 24 } else { n * 24 })
}

/// Adds each item's own rule from its own bracket, when the list's
/// items carry brackets of their own and nothing read the item yet.
pub(super) fn own_bracket_rules(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let (Some(brackets), Some(starts)) = (BRACKET.as_ref(), ITEM_START.as_ref()) else {
        return;
    };
    let mut added = Vec::new();
    for (index, s) in sentences.iter().enumerate() {
        let lower = s.text.to_lowercase();
        if lower.len() != s.text.len() {
            continue;
        }
        let found: Vec<_> = brackets
            .captures_iter(&lower)
            .filter_map(|c| c.get(0).zip(c.get(1)))
            .collect();
        if found.iter().filter(|(_, inner)| is(&INSTRUCTS, inner.as_str())).count() < 2 {
            continue;
        }
        for (whole, inner) in &found {
            let before = if let Some(c) = OWN_STOP.as_ref().and_then(|re| re.captures(inner.as_str())) {
                let Some(h) = count_hours(&c[1], &c[2]) else { continue };
                MedicineBefore::HoursBefore { hours: h }
            } else if is(&OWN_ASK, inner.as_str()) {
                super::compose::ask_before()
            } else {
                continue;
            };
            let head = &lower[..whole.start()];
            let from = starts.find_iter(head).last().map_or(0, |m| m.end());
            let name = s.text[from..whole.start()].trim();
            if name.is_empty() || name.len() > 40 || (name.contains('(') && !name.contains(')')) {
                continue;
            }
            let first = name.split([' ', '(']).next().unwrap_or(name).to_lowercase();
            let known = proposals.iter().any(|p| {
                p.sentence == index
                    && matches!(&p.rule, Proposed::Medicine { rule } if rule.name.to_lowercase().contains(&first))
            });
            if known {
                continue;
            }
            let rule = Proposed::Medicine {
                rule: crate::facts::rules::MedicineRule {
                    name: name.to_string(),
                    before,
                    restart_hours_after: None,
                    note: None,
                },
            };
            added.push(Proposal::over(rule, index, (s.start, s.end), OWN_WRITTEN_FOR));
        }
    }
    proposals.extend(added);
}
