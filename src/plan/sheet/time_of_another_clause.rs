//! "Do not wear contact lenses for at least 3 weeks, and stay away from
//! pickled foods, alcohol and strong sun": the time belongs to the first
//! clause (the lenses), the foods to the second, which gives none. A
//! fasting line whose only time sits in a clause that names no food or
//! drink, before a clause that names food without a time, takes a number
//! from another rule; no fasting line is read (branch tune-auv, half au).
//! A time that ends the sentence may be every clause's, and is kept.
//! Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// Where one clause ends and the next begins ("and so on" ends a list,
/// not a clause: it is read as "etc" first).
static CLAUSE_BREAK: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r",\s*(?:and|but|while|as well as)\s|;\s*").ok());

/// A length of time.
static TIME: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:\(\d+\)\s*)?(?:hours?|hrs?|h|days?|weeks?|months?|minutes?|mins?)\b|\bmidnight\b").ok()
});

/// Food or drink words, or a pronoun that points back to them ("these
/// may be drunk until 2 hours before").
static FOOD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:eat|eating|ate|food|foods|meals?|breakfast|snacks?|drink|drinking|drinks|fluids?|liquids?|water|fast|fasting|nil by mouth|nothing by mouth|solids?|milk|juice|chew|swallow|drunk|eaten|consumed|sips?|these|those|they|them|it)\b").ok()
});

/// Drops fasting lines whose time is another clause's.
pub(super) fn time_of_another_clause(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let Some(breaks) = CLAUSE_BREAK.as_ref() else { return };
    proposals.retain(|p| {
        if !matches!(p.rule, Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. }) {
            return true;
        }
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let lower = s
            .text
            .to_lowercase()
            .replace(", and so on", " etc")
            .replace(", and so forth", " etc");
        let clauses: Vec<&str> = breaks.split(&lower).collect();
        if clauses.len() < 2 {
            return true;
        }
        let timed: Vec<usize> = (0..clauses.len()).filter(|i| is(&TIME, clauses[*i])).collect();
        let Some(last_timed) = timed.last() else {
            return true;
        };
        let foreign_time = timed.iter().all(|i| !is(&FOOD, clauses[*i]));
        // A time at the end can be every clause's ("do not eat, and stop
        // aspirin, 2 days before"); one before the food clause cannot.
        let untimed_food_after = clauses
            .iter()
            .skip(last_timed + 1)
            .any(|c| !is(&TIME, c) && is(&FOOD, c));
        !(foreign_time && untimed_food_after)
    });
}
