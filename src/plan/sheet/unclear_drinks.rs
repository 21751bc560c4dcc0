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
    let unclear = |y: &super::tokens::Tok| UNCLEAR_DRINKS.iter().any(|w| y.is(w));
    // A clear drink the run names besides keeps its own time.
    let clear_too = run.topics.iter().any(|&(t, _, a, b)| {
        t == Topic::Liquids
            && toks[a..b.min(toks.len())]
                .iter()
                .any(|x| x.is("clear") || x.is("water"))
    });
    run.topics.iter().any(|&(t, _, a, b)| {
        // "Eat no food or drink milk": the "drink" of "food or drink" is
        // the verb here, and milk its object.
        let verb = if t == Topic::NothingByMouth {
            b.checked_sub(1)
        } else {
            Some(a)
        };
        let Some(v) = verb.filter(|_| t == Topic::Liquids || t == Topic::NothingByMouth) else {
            return false;
        };
        if !toks.get(v).is_some_and(|x| x.is("drink") || x.is("drinks")) {
            return false;
        }
        let mut after = toks[v + 1..]
            .iter()
            .skip_while(|y| ["no", "not", "any"].iter().any(|w| y.is(w)));
        match after.next() {
            Some(y) if unclear(y) => true,
            // "Any drink with milk in it", "drinks containing cream": the
            // drink is a milky one.
            Some(y) if t == Topic::Liquids && ["with", "containing", "contains"].iter().any(|w| y.is(w)) => {
                !clear_too && after.take(2).any(unclear)
            }
            _ => false,
        }
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
