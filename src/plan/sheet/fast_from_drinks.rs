//! A fast said of drinks alone: "fast from water, teas and other liquids:
//! 2 hours", "no kind of food or liquid 2 hours before" after food ended
//! 6 hours before. The time is the drinks' end, not food's (branch
//! tune-aqr): a solid-food time is not read from a fast that names only
//! drinks, nor a later one from "food or liquid" where the page gave food
//! its own earlier time. Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::look_alikes::food_minutes;
use super::pattern::is;
use super::{Proposal, Sentence};

/// "Fast from water/teas and other liquids", "fasting from fluids".
static FROM_DRINKS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\bfast\w* (?:from|of|for) (?:water|teas?|liquids?|fluids?|drinks?|clear)\b").ok()
});

/// Words of food, which a fast from drinks alone lacks.
static FOOD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:food|foods|solids?|eat\w*|meals?|milk|formula|breakfast|snack\w*)\b").ok()
});

/// Food and drink ended together.
static FOOD_AND_DRINK: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:food|eat\w*|solids?)\b[^.;]{0,25}\b(?:or|and|nor)\b[^.;]{0,12}\b(?:liquids?|fluids?|drinks?|drink\w*)\b|\bnothing (?:at all )?(?:by mouth|to eat or drink)\b").ok()
});

/// Drops the food times that are the drinks' end.
pub(super) fn fast_from_drinks(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let lower = |i: usize| sentences.get(i).map_or(String::new(), |s| s.text.to_lowercase());
    let food_elsewhere = |p: &Proposal| {
        food_minutes(&p.rule).is_some_and(|m| {
            proposals.iter().any(|q| {
                q.sentence != p.sentence
                    && food_minutes(&q.rule).is_some_and(|n| n > m)
                    && !is(&FOOD_AND_DRINK, &lower(q.sentence))
            })
        })
    };
    let drop: Vec<bool> = proposals
        .iter()
        .map(|p| {
            if food_minutes(&p.rule).is_none() {
                return false;
            }
            let text = lower(p.sentence);
            (is(&FROM_DRINKS, &text) && !is(&FOOD, &text)) || (is(&FOOD_AND_DRINK, &text) && food_elsewhere(p))
        })
        .collect();
    let mut drop = drop.into_iter();
    proposals.retain(|_| !drop.next().unwrap_or(false));
}
