//! A fast read as something else (branch tune-aop): "you must stay
//! fasting for 8 hours" is a fast, not a stay at the clinic after the
//! session; a fast "for every kind of food" names food alone and gives
//! no time for drinks; and "8 hours for solid foods and 6 hours for
//! liquid foods" pairs each number with the kind it is written beside,
//! so the food's time is the number before "for solid foods", not the
//! drinks'. And "nothing by mouth in the 6 hours before, not even water"
//! on a sheet whose other sentence already bars solid food for the whole
//! day or from midnight is the end of all intake, looser than the food's
//! own limit: no second time for food from it. "Come strictly fasting
//! from 6 hours before" is the same state carried to the visit, not a
//! time to arrive early; and "fast for 6 hours ... you may drink water
//! during the 6 hours of fasting" leaves water out of the fast, so no
//! drinks time is read from it (branch tune-bf, half bf). Weighed once
//! every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::Cutoff;

/// "Stay fasting", "remain nil by mouth": a state kept, not a place.
static STAY_FASTING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:stay|remain|keep|be kept)\s+(?:\w+\s+)?(?:fasting|fasted|nil by mouth|npo|without (?:food|eating))\b",
    )
    .ok()
});

/// "Come fasting", "arrive on an empty stomach": the fast's state at
/// arrival, whose time is the fast's and not an early arrival.
static COME_FASTING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:come|arrive|attend|present)\s+(?:(?:to|at) (?:the |your )?\w+\s+)?(?:\w+\s+)?(?:fasting|fasted|nil by mouth|on an empty stomach)\b",
    )
    .ok()
});

/// "You may drink water during the fast": water left out of the fast.
static WATER_DURING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:may|can|are allowed to) (?:still )?(?:drink|have) (?:\w+ )?water (?:during|while|throughout)\b",
    )
    .ok()
});

/// A fast limited to food: "for every kind of food", "from all food",
/// "gone without food" (branch tune-bh).
static FOOD_ONLY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:for|from|of) (?:every|any|all) (?:kinds? of |types? of )?(?:food|solids?)\b|\b(?:go|goes|gone|going|went) without (?:any )?(?:food|eating)\b",
    )
    .ok()
});

/// Words of drinking, which a fast of food alone does not have.
static DRINK: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:drink\w*|liquids?|fluids?|water|beverages?)\b").ok());

/// "8 hours for solid foods": the hours written beside solid food.
static SOLID_HOURS: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(\d{1,2}) hours? (?:for|of) (?:solid|solids|solid foods?)\b").ok());

/// "Nothing by mouth", "not even water": all intake at once.
static NIL_BY_MOUTH: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:nothing by mouth|nil by mouth|not even water)\b").ok());

/// Solid food barred for the whole day or from midnight.
static FOOD_ALL_DAY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:no|not eat|do not eat|don't eat)\b[^.]*\bsolid food\b[^.]*\b(?:on the day|day of|after midnight|from midnight)\b").ok()
});

/// Drops the stay and the drink time read from a fast, and gives solid
/// food the hours written beside it.
pub(super) fn fasting_state(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let lower = |i: usize| sentences.get(i).map_or(String::new(), |s| s.text.to_lowercase());
    let food_all_day: Vec<usize> = sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| is(&FOOD_ALL_DAY, &s.text.to_lowercase()))
        .map(|(i, _)| i)
        .collect();
    proposals.retain_mut(|p| {
        let text = lower(p.sentence);
        let mut changed = false;
        let keep = match &mut p.rule {
            Proposed::Observation { .. } => !is(&STAY_FASTING, &text),
            Proposed::ArriveEarly { .. } => !is(&COME_FASTING, &text),
            Proposed::ClearLiquids { .. } => {
                // The water is often allowed in the sentence after the fast's.
                (!is(&FOOD_ONLY, &text) || is(&DRINK, &text))
                    && !is(&WATER_DURING, &text)
                    && !is(&WATER_DURING, &lower(p.sentence + 1))
            }
            Proposed::SolidFood {
                cutoff: Cutoff::HoursBefore { .. } | Cutoff::MinutesBefore { .. },
            } if is(&NIL_BY_MOUTH, &text) && food_all_day.iter().any(|i| *i != p.sentence) => false,
            Proposed::SolidFood {
                cutoff: Cutoff::HoursBefore { hours },
            } => {
                let paired = SOLID_HOURS
                    .as_ref()
                    .and_then(|re| re.captures(&text))
                    .and_then(|c| c.get(1)?.as_str().parse::<u32>().ok());
                if let Some(paired) = paired.filter(|h| h != hours) {
                    *hours = paired;
                    changed = true;
                }
                true
            }
            _ => true,
        };
        if changed {
            p.words = super::write::describe(&p.rule);
        }
        keep
    });
}
