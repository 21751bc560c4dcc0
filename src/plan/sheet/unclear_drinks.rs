//! What a fasting time is not for: drinks a sheet names that are never
//! clear ones (a time for them is not the clear drinks' cutoff), and gum
//! or sweets alone (a time for them is not the food's).

use super::clauses::Run;
use super::compose::Context;
use super::lexicon::Topic;

/// Drinks that are never clear, named as the object of "drink".
const UNCLEAR_DRINKS: &[&str] = &["milk", "cream", "creamer", "dairy", "smoothies", "milkshakes"];

/// "Drink no milk or cream for 8 hours": the drinks the verb is limited to
/// are named, and none is clear, so the time is not the clear drinks'.
/// Only this run's drink: "water may be drunk up to 2 hours before" in
/// the next clause keeps its own time.
pub(super) fn drinks_named_unclear(run: &Run, cx: &Context<'_>) -> bool {
    let toks = cx.toks;
    run.topics.iter().any(|&(t, _, a, _)| {
        t == Topic::Liquids
            && toks.get(a).is_some_and(|x| x.is("drink") || x.is("drinks"))
            && toks[a + 1..]
                .iter()
                .find(|y| !["no", "not", "any"].iter().any(|w| y.is(w)))
                .is_some_and(|y| UNCLEAR_DRINKS.iter().any(|w| y.is(w)))
    })
}

/// Gum, mints and sweets: food words, but not a meal.
const SWEETS: &[&str] = &["gum", "mints", "candy", "sweets", "lollies", "chew", "chewing"];

/// "No gum or mints 2 hours before": a time for sweets alone, when the
/// sentence names no food, drink or fast besides, is a rule about sweets
/// (which Steady does not keep), not the fast from food.
pub(super) fn sweets_only(run: &Run, cx: &Context<'_>) -> bool {
    let mut food = run
        .topics
        .iter()
        .filter(|(t, ..)| {
            matches!(
                t,
                Topic::SolidFood | Topic::Meal | Topic::Fast | Topic::NothingByMouth | Topic::Liquids
            )
        })
        .peekable();
    food.peek().is_some()
        && food.all(|&(t, _, a, b)| {
            t == Topic::SolidFood
                && cx.toks[a..b.min(cx.toks.len())]
                    .iter()
                    .all(|x| SWEETS.iter().any(|w| x.is(w)))
        })
}
