//! Food and drink, read from a run (see `compose.rs`): the cutoffs for
//! food and for clear liquids, a fast that is both, the usual medicines a
//! fast leaves out, and drinks the words say are not clear ones.

use super::clauses::Run;
use super::compose::{clock, cutoff_of, negated, source, span_of, Context, Words};
use super::cues::sized_meal;
use super::found::Found;
use super::lexicon::{Cue, Topic, DRINK_NOUNS};
use super::moments::{from_arrival, from_then};
use super::two_values::{either_cutoff, two_cutoffs_or};
use super::values::{Amount, Day, Dir, When};
use super::{Ask, Proposed, Subject};
use crate::facts::rules::Cutoff;

/// What the usual medicines left out of a fast were written for.
const USUAL_LEFT_OUT: &str =
    "corpus half i: \"nothing to eat or drink after midnight, apart from your morning medications\"";

/// Words that say a drink is not a clear one ("opaque fluids", "milky
/// drinks", "non-clear liquids"): its cutoff is the food's, and says
/// nothing of clear liquids. "No food, sweets or fizzy drinks for 6
/// hours": British leaflets list fizzy drinks with the food, never among
/// the clear fluids (branch tune-cd).
const NOT_CLEAR: &[&str] = &[
    "opaque",
    "milky",
    "cloudy",
    "nonclear",
    "non-clear",
    "thick",
    "dairy",
    "fizzy",
];

/// A drink the word just before it calls not clear ("any opaque fluid",
/// "non - clear drinks").
fn not_clear_drink(cx: &Context<'_>) -> bool {
    const BEVERAGES: &[&str] = &["beverage", "beverages"];
    let toks = cx.toks;
    toks.windows(2).enumerate().any(|(i, w)| {
        let qualified = NOT_CLEAR.iter().any(|q| w[0].is(q))
            || (w[0].is("clear") && i >= 2 && toks[i - 1].is("-") && toks[i - 2].is("non"));
        qualified && DRINK_NOUNS.iter().chain(BEVERAGES).any(|d| w[1].is(d))
    })
}

pub(super) fn food(run: &Run, cx: &Context<'_>, found: &mut Found) {
    if super::unclear_drinks::limits_going_without(run, cx)
        || super::unclear_drinks::sweets_only(run, cx)
        || example_at_a_clock_time(cx.text)
    {
        return;
    }
    let npo = run
        .topics
        .iter()
        .any(|(t, _, a, _)| *t == Topic::NothingByMouth && cx.toks.get(*a).is_some_and(|x| x.is("npo")));
    let unclear_meal =
        (run.has(Topic::Meal) || run.has(Topic::SolidFood)) && (run.cue(Cue::Unclear) || sized_meal(cx.toks));
    // "Fast" is food and drink, unless the sentence names liquids apart
    // ("fast for 6 hours (food) and 2 hours (clear liquids)"); "except
    // water" leaves the liquids out of "nothing to eat or drink".
    let fast_drinks = run.has(Topic::Fast) && !cx.liquids_named;
    // "Apart from small sips of water with your pills": a sip to take
    // them with is no drink allowed, so the drinks' cutoff stands.
    let sip = |from: usize, end: usize| {
        cx.toks[from.min(cx.toks.len())..end.min(cx.toks.len())]
            .iter()
            .any(|x| x.is("sip") || x.is("sips"))
    };
    // "Except sips of water, or clear liquids": clear drinks left out of
    // the ban, with no time of their own; asked.
    let clear_left_out = super::unclear_drinks::clear_drinks_excepted(run, cx);
    if clear_left_out && !run.times.is_empty() {
        found.ask(
            Ask::NoTime,
            Subject::ClearLiquids,
            vec![],
            source(run, |t| t == Topic::Liquids),
        );
    }
    let left_out = |topics: &[Topic]| {
        run.except
            .iter()
            .any(|&(t, from, end)| topics.contains(&t) && !(t == Topic::Liquids && sip(from, end) && !clear_left_out))
    };
    // "Nothing to eat or drink, apart from your morning medicines", "apart
    // from taking your medication with a sip of water": those are taken.
    let sipped = super::medicine_words::taken_with_a_sip(cx.text);
    let taken = |t: Topic| t == Topic::UsualMedicines || (t == Topic::Medications && sipped);
    if let Some(&(_, from, end)) = run.except.iter().find(|(t, ..)| taken(*t)) {
        found.add(Proposed::KeepTakingUsual, USUAL_LEFT_OUT, Some(cx.bytes(from, end)));
    }
    // "Milk, juice with pulp and other liquids count as food": those
    // liquids are food, and say nothing of clear ones.
    let lower = cx.text.to_lowercase();
    let as_food = [
        "count as food",
        "counts as food",
        "considered food",
        "considered as food",
        "treated as food",
    ]
    .iter()
    .any(|w| lower.contains(w))
        || not_clear_drink(cx)
        || super::unclear_drinks::drinks_named_unclear(run, cx);
    let food_named = run.has(Topic::SolidFood) || run.has(Topic::Meal) || (as_food && run.has(Topic::Liquids));
    // "From 7am take only clear fluids", "a clear liquid diet the day
    // before": clear drinks allowed from then, so no food from then. Not
    // "clear fluids only until 2 hours before", the drinks' own cutoff.
    let lower_text = cx.text.to_lowercase();
    let only_clear = !negated(run)
        && !run.times.iter().any(|t| matches!(t.when, When::Amount { .. }))
        && !["until", "up to", "till"].iter().any(|w| lower_text.contains(w))
        && run.topics.iter().any(|&(t, _, a, b)| {
            let word = |k: Option<usize>| k.and_then(|k| cx.toks.get(k)).map_or("", |x| x.text.as_str());
            t == Topic::Liquids
                && cx.toks[a..b.min(cx.toks.len())].iter().any(|x| x.is("clear"))
                && (word(a.checked_sub(1)) == "only" || ["only", "diet"].contains(&word(Some(b))))
        });
    let solid = only_clear
        || (!unclear_meal
            && (food_named || run.has(Topic::Fast) || run.has(Topic::NothingByMouth))
            && (food_named || !left_out(&[Topic::SolidFood, Topic::Meal])));
    // "A light meal (such as toast and clear fluids)": drinks given as an
    // example of a meal are part of that meal, not drinks of their own.
    let example_of_meal = |at: usize| {
        let toks = cx.toks;
        let Some(open) = (0..at.min(toks.len()))
            .rev()
            .find(|&i| toks[i].is("(") || toks[i].is(")"))
        else {
            return false;
        };
        let for_example = toks
            .get(open + 1)
            .is_some_and(|x| x.is("such") || x.is("e.g") || x.is("like"));
        toks[open].is("(")
            && for_example
            && run
                .topics
                .iter()
                .any(|(t, _, _, end)| matches!(t, Topic::Meal | Topic::SolidFood) && *end <= open && open <= *end + 1)
    };
    // "Limit how much you drink after midnight", "cut down on fluids":
    // less to drink, not a time to stop.
    let limited = |at: usize| {
        cx.toks[at.saturating_sub(4)..at.min(cx.toks.len())].iter().any(|x| {
            ["limit", "restrict", "reduce", "minimise", "minimize"]
                .iter()
                .any(|w| x.is(w))
        })
    };
    // "Other medicines may be taken with a sip of water up to two hours
    // before": the sip goes with the pills the sentence is about, and says
    // nothing of when drinks stop.
    // So is "a glass of water" to take them with: what the pills are
    // swallowed with, a word or two before the water.
    let glass = |a: usize| {
        cx.toks[a.saturating_sub(3)..a.min(cx.toks.len())]
            .iter()
            .any(|x| x.is("glass"))
    };
    // "If you need medicines, you may take them with a sip": "them" is
    // the medicines the clause before named.
    let takes_them = cx.toks.windows(2).any(|w| {
        ["take", "taking", "swallow"].iter().any(|v| w[0].is(v)) && ["them", "these"].iter().any(|p| w[1].is(p))
    });
    let pill_sip = |a: usize, b: usize| {
        (sip(a, b) || glass(a))
            && (run.has(Topic::Medications) || run.has(Topic::UsualMedicines) || takes_them)
            && sipped
    };
    let own_drink = run
        .topics
        .iter()
        .any(|&(t, _, a, b)| t == Topic::Liquids && !example_of_meal(a) && !limited(a) && !pill_sip(a, b));
    // "Limit how much you drink for 30 minutes": a length for less to
    // drink, which says neither a cutoff nor that none is allowed; asked,
    // as is "small amounts of water are fine" with no time of its own.
    let limited_drink = run
        .topics
        .iter()
        .any(|(t, _, a, _)| *t == Topic::Liquids && limited(*a))
        && run.times.iter().any(|t| matches!(t.when, When::Amount { .. }));
    if (limited_drink && !own_drink) || super::allowance::drink_amount_allowed(run, cx) {
        found.ask(
            Ask::DrinksLimited,
            Subject::ClearLiquids,
            vec![],
            source(run, |t| t == Topic::Liquids),
        );
    }
    let liquid = !as_food
        && !only_clear
        && !clear_left_out
        && (own_drink
            || ((run.has(Topic::NothingByMouth) || fast_drinks)
                && !left_out(&[Topic::Liquids, Topic::NothingByMouth])));
    if !(solid || liquid || unclear_meal) {
        return;
    }
    let is_food = |t: Topic| {
        matches!(t, Topic::SolidFood | Topic::Meal | Topic::Fast | Topic::NothingByMouth)
            || (as_food && t == Topic::Liquids)
    };
    let is_liquid = |t: Topic| matches!(t, Topic::Liquids | Topic::NothingByMouth | Topic::Fast);
    // "Fast for 8 hours" says no food without a "no", and so does a topic
    // in brackets that narrows it ("fast for 6 hours (food)").
    let neg = negated(run) || run.cue(Cue::Last) || npo || run.has(Topic::Fast) || run.fasting || only_clear;
    let may = run.cue(Cue::May);
    let written_for = source(run, |t| is_food(t) || is_liquid(t));
    if unclear_meal {
        // "No heavy meals 3 hours prior": a time, but not for all food.
        let before = run.times.iter().find_map(|t| match t.when {
            When::Amount {
                amount: Amount::Exact(l),
                ..
            } if cx.dir(t, run) != Some(Dir::After) => Some((l, t)),
            _ => None,
        });
        let cutoff = before.map(|(l, _)| cutoff_of(l));
        let options = cutoff
            .clone()
            .map(|cutoff| Proposed::SolidFood { cutoff })
            .into_iter()
            .collect();
        found.ask(Ask::FoodUnclear { cutoff }, Subject::SolidFood, options, written_for);
    }
    for (wanted, subject, topic) in [
        (solid, Subject::SolidFood, &is_food as &dyn Fn(Topic) -> bool),
        (liquid, Subject::ClearLiquids, &is_liquid),
    ] {
        if !wanted {
            continue;
        }
        let make = |cutoff: Cutoff| match subject {
            Subject::SolidFood => Proposed::SolidFood { cutoff },
            _ => Proposed::ClearLiquids { cutoff },
        };
        // "Nothing to eat or drink": general words, which the sheet's own
        // words for solid food or clear liquids elsewhere overrule.
        let general = !run.topics.iter().any(|(t, ..)| match subject {
            Subject::SolidFood => matches!(t, Topic::SolidFood | Topic::Meal | Topic::Fast),
            _ => *t == Topic::Liquids,
        });
        let put = |found: &mut Found, words: Words, rule: Proposed| {
            let at = Some(cx.bytes(words.first, words.end));
            match general {
                true => found.add_general(rule, written_for, at),
                false => found.add(rule, written_for, at),
            }
        };
        // "On the day of the visit, no food for 8 hours before": a length
        // or a clock time is more exact than the day it falls on.
        let exact = run
            .times
            .iter()
            .any(|t| matches!(t.when, When::Amount { .. } | When::Clock { .. }));
        let two_or = two_cutoffs_or(run, cx) || either_cutoff(cx);
        let mut done = two_or;
        if two_or {
            found.ask(Ask::TwoValues, subject, vec![], written_for);
        }
        for timed in run.times.iter().filter(|_| !two_or) {
            match timed.when {
                When::Amount { amount, until, .. } => {
                    let dir = cx.dir(timed, run).unwrap_or(Dir::Before);
                    // "Drink plenty of fluids afterwards"; "eat a snack 2
                    // hours before": no cutoff.
                    if dir == Dir::After || !(neg || until) {
                        continue;
                    }
                    match amount {
                        // "4 hours before your arrival time": counted from
                        // arriving, not from the session; asked.
                        Amount::Exact(l) if from_arrival(cx, timed) => {
                            found.ask(Ask::FromArrival { minutes: l.minutes }, subject, vec![], written_for);
                            if !general {
                                found.own_asked.push(subject);
                            }
                        }
                        Amount::Exact(l) => put(found, Words::of(run, topic, Some(timed)), make(cutoff_of(l))),
                        Amount::Range(a, b) => {
                            found.ask_range((a, b), subject, |l| Some(make(cutoff_of(l))), written_for)
                        }
                        Amount::Vague | Amount::UpTo(_) => found.ask(Ask::Vague, subject, vec![], written_for),
                    }
                    done = true;
                }
                // "Only water is allowed after midnight": a permission
                // from then, not a cutoff.
                When::Clock { minute_of_day, day } if neg || (may && !from_then(cx, timed)) => {
                    let Some(time) = clock(minute_of_day) else {
                        continue;
                    };
                    // "After midnight" is the session day's 00:00, even
                    // "midnight the night before"; a morning time without a
                    // day is the session day's; an evening one is asked.
                    let days_before = match (day, minute_of_day) {
                        (_, 0) | (Day::Session, _) => Some(0),
                        (Day::Previous, _) => Some(1),
                        (Day::Unsaid, m) if m < 12 * 60 => Some(0),
                        (Day::Unsaid, _) => None,
                    };
                    match days_before {
                        Some(days_before) => put(
                            found,
                            Words::of(run, topic, Some(timed)),
                            make(Cutoff::Clock { days_before, time }),
                        ),
                        None => found.ask(
                            Ask::ClockDay { time },
                            subject,
                            vec![make(Cutoff::Clock { days_before: 1, time })],
                            written_for,
                        ),
                    }
                    done = true;
                }
                When::MorningOf | When::DayOf | When::NightBefore | When::DayBefore | When::NightOrDay
                    if neg && !exact =>
                {
                    if let Some(span) = span_of(&timed.when) {
                        found.ask(Ask::NotInHours { span }, subject, vec![], written_for);
                        done = true;
                    }
                }
                _ => continue,
            }
            if done {
                break;
            }
        }
        // "Do not eat before your infusion": the rule without its time.
        let before_anchor = run
            .times
            .iter()
            .any(|t| matches!(t.when, When::Anchor { dir: Dir::Before, .. }));
        if !done && neg && before_anchor && !unclear_meal {
            found.ask(Ask::NoTime, subject, vec![], written_for);
        }
        // "You will have had instructions about limits on food": the rule
        // is given elsewhere; ask for it, for drinks too when it names them.
        if !done && run.cue(Cue::Told) && !found.asked_about(&[subject]) {
            match subject {
                Subject::SolidFood => found.ask(Ask::FoodUnclear { cutoff: None }, subject, vec![], written_for),
                _ => found.ask(Ask::NoTime, subject, vec![], written_for),
            }
        }
    }
}

/// "(Example: if your surgery is at 8:00 a.m., do not eat after midnight.)":
/// the rule worked out for one booking time, which the rule it explains
/// already holds; not a rule of its own. Not "e.g. if your surgery is in
/// the morning, fast from midnight": that names a group of bookings.
fn example_at_a_clock_time(text: &str) -> bool {
    let lower = text.to_lowercase();
    let example = ["example", "e.g", "eg:", "for instance"]
        .iter()
        .any(|w| lower.contains(w));
    let at_a_time = [
        "surgery is at ",
        "procedure is at ",
        "appointment is at ",
        "treatment is at ",
        "operation is at ",
        "surgery is scheduled for ",
        "procedure is scheduled for ",
        "appointment is scheduled for ",
    ]
    .iter()
    .any(|w| {
        lower
            .find(w)
            .is_some_and(|i| lower[i + w.len()..].starts_with(|c: char| c.is_ascii_digit()))
    });
    example && at_a_time
}
