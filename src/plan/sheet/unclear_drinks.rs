//! What a fasting time is not for: drinks a sheet names that are never
//! clear ones (a time for them is not the clear drinks' cutoff), gum or
//! sweets alone (a time for them is not the food's), a limit on fasting
//! too long, and clear drinks a ban leaves out.

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

/// "Do not go more than 12 hours without food", "fasting longer than 12
/// hours is not needed": a limit on fasting too long, the opposite of a
/// fast. Its number is no cutoff.
pub(super) fn limits_going_without(run: &Run, cx: &Context<'_>) -> bool {
    let t = cx.toks;
    let needless = ["needed", "necessary", "required", "unnecessary"];
    let no_need = t.windows(2).any(|w| w[0].is("no") && w[1].is("need"));
    let without = no_need || t.iter().any(|x| x.is("without") || needless.iter().any(|w| x.is(w)));
    let more_than = |k: usize| {
        let w = |d: usize| k.checked_sub(d).and_then(|j| t.get(j)).map_or("", |x| x.text.as_str());
        // The moment may start at its number or at "more than".
        let at = |d: usize| t.get(k + d).map_or("", |x| x.text.as_str());
        ["longer", "more", "over", "beyond"].contains(&at(0))
            || (at(0) == "for" && ["longer", "more", "over"].contains(&at(1)))
            || (w(1) == "than" && ["longer", "more"].contains(&w(2)))
            || ["over", "beyond", "exceed", "exceeding"].contains(&w(1))
    };
    without && run.times.iter().any(|timed| more_than(timed.first))
}

/// "No drinks for 6 hours, except a few sips of water, or clear liquids":
/// clear drinks named among what the ban leaves out.
pub(super) fn clear_drinks_excepted(run: &Run, cx: &Context<'_>) -> bool {
    // The list the exception opens runs on past its first item ("sips of
    // water, or clear liquids"), to the end of the sentence.
    run.except
        .iter()
        .any(|&(t, from, _)| t == Topic::Liquids && cx.toks[from.min(cx.toks.len())..].iter().any(|x| x.is("clear")))
}
