//! From a run of topics, its moments and its cues to proposals: what each
//! topic's rule is in Steady's model, given what is asked ("must not",
//! "may ... until", "discuss") and when. A number is only ever taken from
//! a moment read from the words; a moment the model cannot keep for the
//! rule (a range, "a few hours", "until the next morning" for a rule in
//! hours, a length without "before" or "after") becomes a question.

use super::asked_whole::{for_some_patients, for_the_young, over_the_course};
use super::clauses::Run;
use super::cues::sized_meal;
use super::found::Found;
use super::lexicon::{source_of, Cue, Topic};
use super::medicines;
use super::moments::{from_arrival, from_then};
pub(super) use super::tokens::title_case;
use super::tokens::Tok;
use super::two_values::{either_cutoff, two_cutoffs_or};
use super::values::{Amount, Day, Dir, Length, Timed, Unit, When};
use super::{tasks, visit};
use super::{Ask, Proposed, Section, Span, Subject};
use crate::facts::day::ClockTime;
use crate::facts::rules::{Cutoff, Moment};

/// A reminder a week ahead to ask the prescriber, when a sheet says
/// "please discuss" and not when.
// Not a care number: a reminder's lead time (a week to reach the prescriber),
// shown with the proposal and changed per medicine in the form.
pub const ASK_DAYS_BEFORE: u32 = 7;

/// What a run is read against: the sentence's tokens and text, and the
/// direction the sentence or its section gives a length that has none.
pub(super) struct Context<'a> {
    pub toks: &'a [Tok],
    pub text: &'a str,
    /// The one direction the sentence's moments say, if they say one.
    pub sentence_dir: Option<Dir>,
    pub section: Section,
    /// Medicines named in the lines before, in the same part of the
    /// sheet, with no rule of their own: what "these medicines" means.
    pub carried: &'a [(Option<usize>, String)],
    /// The sentence names liquids of its own: "fast" is then food only.
    pub liquids_named: bool,
    /// The sheet's own name for medicines in general in the sentence
    /// before, in the same paragraph ("Some usual medicines need to be
    /// paused"): what a bare "which medicines to stop" means next.
    pub general_before: Option<&'a str>,
}

impl Context<'_> {
    /// The direction of a moment: its own, else another's in the run, else
    /// the sentence's, else its section's.
    pub(super) fn dir(&self, timed: &Timed, run: &Run) -> Option<Dir> {
        own_dir(&timed.when)
            .or_else(|| run.times.iter().find_map(|t| own_dir(&t.when)))
            .or(self.sentence_dir)
            .or(match self.section {
                Section::After => Some(Dir::After),
                Section::Before => Some(Dir::Before),
                Section::Unknown => None,
            })
    }

    /// The byte range of tokens `first..end` in the sentence.
    pub(super) fn bytes(&self, first: usize, end: usize) -> (usize, usize) {
        let start = self.toks.get(first).map_or(0, |t| t.start);
        let stop = end
            .checked_sub(1)
            .and_then(|e| self.toks.get(e))
            .map_or(self.text.len(), |t| t.end);
        (start, stop.max(start))
    }
}

pub(super) fn clock(minute_of_day: u32) -> Option<ClockTime> {
    (minute_of_day < 24 * 60).then(|| ClockTime::hm(minute_of_day / 60, minute_of_day % 60))
}

/// The direction a moment says itself.
pub(super) fn own_dir(when: &When) -> Option<Dir> {
    match when {
        When::Amount { dir, .. } => *dir,
        When::Anchor { dir, .. } => Some(*dir),
        _ => None,
    }
}

pub(super) fn span_of(when: &When) -> Option<Span> {
    Some(match when {
        When::NextMorning => Span::NextMorning,
        When::RestOfDay => Span::RestOfDay,
        When::UntilWornOff => Span::UntilWornOff,
        When::MorningOf => Span::MorningOf,
        When::NightBefore | When::DayBefore => Span::NightBefore,
        When::DayOf => Span::DayOf,
        When::NightOrDay => Span::NightOrDay,
        _ => return None,
    })
}

/// A cutoff in the unit it was said in: "30 minutes" stays minutes, "1 1/2
/// hours" is 90 minutes, "6 hours" is 6 hours.
pub(super) fn cutoff_of(length: Length) -> Cutoff {
    match (length.unit, length.whole_hours()) {
        (Unit::Hours | Unit::Days | Unit::Weeks, Some(hours)) => Cutoff::HoursBefore { hours },
        _ => Cutoff::MinutesBefore {
            minutes: length.minutes,
        },
    }
}

pub(super) fn moment_of(length: Length) -> Moment {
    match cutoff_of(length) {
        Cutoff::HoursBefore { hours } => Moment::HoursBefore { hours },
        _ => Moment::MinutesBefore {
            minutes: length.minutes,
        },
    }
}

/// Where the proposals of a run point: its topics and one of its moments.
pub(super) struct Words {
    first: usize,
    end: usize,
}

impl Words {
    pub(super) fn of(run: &Run, topic: impl Fn(Topic) -> bool, timed: Option<&Timed>) -> Words {
        let mut first = usize::MAX;
        let mut end = 0;
        for (t, _, a, b) in &run.topics {
            if topic(*t) {
                first = first.min(*a);
                end = end.max(*b);
            }
        }
        if let Some(timed) = timed {
            first = first.min(timed.first);
            end = end.max(timed.end);
        }
        if first == usize::MAX {
            (first, end) = (run.first, run.end);
        }
        Words { first, end }
    }
}

/// The first entry of a topic in a run, for where its words come from.
pub(super) fn source(run: &Run, topic: impl Fn(Topic) -> bool) -> &'static str {
    run.topics
        .iter()
        .find(|(t, ..)| topic(*t))
        .map_or("", |(_, entry, ..)| source_of(*entry))
}

/// Everything a run says.
pub(super) fn compose(run: &Run, cx: &Context<'_>, found: &mut Found) {
    // "We may ask you to skip a dose", "patients under 18 must ...": a rule
    // for some patients, asked.
    // "We may ask you to change when you take your doses": whatever the
    // clinic decides, the patient talks to them about these medicines.
    let talk_anyway = run.cue(Cue::Ask)
        && run
            .topics
            .iter()
            .any(|(t, ..)| matches!(t, Topic::Medicine(_) | Topic::OtherMedicine));
    if (run.cue(Cue::Maybe) && !talk_anyway) || for_the_young(cx) || over_the_course(cx) {
        let mut maybe = found.scratch();
        all(run, cx, &mut maybe);
        found.take_as_questions(maybe, subject_of, |_| false);
        return;
    }
    // "If you are diabetic, check your blood sugar that morning": a rule
    // for some patients, asked; a medicine's own rule stays where
    // medicines are read.
    if for_some_patients(cx) {
        let mut maybe = found.scratch();
        all(run, cx, &mut maybe);
        let medicine = |p: &Proposed| {
            matches!(
                p,
                Proposed::Medicine { .. } | Proposed::KeepTakingUsual | Proposed::Bring { .. }
            )
        };
        found.take_as_questions(maybe, subject_of, medicine);
        return;
    }
    all(run, cx, found);
}

/// The rule a proposal sets, for a question about it.
fn subject_of(rule: &Proposed) -> Subject {
    match rule {
        Proposed::SolidFood { .. } | Proposed::IfFastBroken { .. } => Subject::SolidFood,
        Proposed::ClearLiquids { .. } | Proposed::ClearLiquidsAre { .. } => Subject::ClearLiquids,
        Proposed::Medicine { .. } | Proposed::KeepTakingUsual => Subject::Medicine,
        Proposed::ArriveEarly { .. } => Subject::ArriveEarly,
        Proposed::InfusionMinutes { .. } => Subject::InfusionMinutes,
        Proposed::Observation { .. } => Subject::Observation,
        Proposed::NoDriving { .. } => Subject::NoDriving,
        Proposed::NoDecisions { .. } => Subject::NoDecisions,
        Proposed::NoAlcohol { .. } => Subject::NoAlcohol,
        Proposed::NoSedatives { .. } => Subject::NoSedatives,
        Proposed::SomeoneStays { .. } => Subject::SomeoneStays,
        Proposed::NoDependents => Subject::NoDependents,
        Proposed::VisitTask { .. } | Proposed::Note { .. } | Proposed::Bring { .. } | Proposed::RedFlag { .. } => {
            Subject::VisitTask
        }
        Proposed::EscortRequired
        | Proposed::EscortMinAge { .. }
        | Proposed::EscortPresence { .. }
        | Proposed::Rideshare { .. } => Subject::EscortRequired,
    }
}

fn all(run: &Run, cx: &Context<'_>, found: &mut Found) {
    // "Be ready to stay for 2 hours after the infusion": a stay counted
    // from the end of the session is the stay after, not the whole visit.
    let stay_after;
    let after_the_session = |t: &Timed| {
        matches!(
            t.when,
            When::Amount {
                dir: Some(Dir::After),
                ..
            }
        ) && cx.toks[t.first.min(cx.toks.len())..t.end.min(cx.toks.len())]
            .iter()
            .any(|x| {
                ["infusion", "treatment", "procedure", "session", "injection", "dose"]
                    .iter()
                    .any(|w| x.is(w))
            })
    };
    let run = match run.has(Topic::Visit) && run.times.iter().any(after_the_session) {
        true => {
            stay_after = Run {
                topics: run
                    .topics
                    .iter()
                    .map(|&(t, e, a, b)| (if t == Topic::Visit { Topic::StayAfter } else { t }, e, a, b))
                    .collect(),
                ..run.clone()
            };
            &stay_after
        }
        false => run,
    };
    let company = super::company::adult_as_company(run, cx);
    let run = company.as_ref().unwrap_or(run);
    food(run, cx, found);
    super::take::excepted(run, cx, found);
    medicines::medicines(run, cx, found);
    super::ride::escort(run, cx, found);
    visit::after(run, cx, found);
    visit::timeline(run, cx, found);
    tasks::task(run, cx, found);
}

pub(super) fn negated(run: &Run) -> bool {
    run.cue(Cue::Not) || run.cue(Cue::Stop)
}

pub(super) fn add(found: &mut Found, cx: &Context<'_>, words: Words, rule: Proposed, written_for: &str) {
    found.add(rule, written_for, Some(cx.bytes(words.first, words.end)));
}

/// As [`add`], from words the sheet's own words elsewhere overrule.
pub(super) fn add_general(found: &mut Found, cx: &Context<'_>, words: Words, rule: Proposed, written_for: &str) {
    found.add_general(rule, written_for, Some(cx.bytes(words.first, words.end)));
}

// ---- food and drink ----

/// What the usual medicines left out of a fast were written for.
const USUAL_LEFT_OUT: &str =
    "corpus half i: \"nothing to eat or drink after midnight, apart from your morning medications\"";

/// Words that say a drink is not a clear one ("opaque fluids", "milky
/// drinks", "non-clear liquids"): its cutoff is the food's, and says
/// nothing of clear liquids.
const NOT_CLEAR: &[&str] = &["opaque", "milky", "cloudy", "nonclear", "non-clear", "thick", "dairy"];

/// A drink the word just before it calls not clear ("any opaque fluid",
/// "non - clear drinks").
fn not_clear_drink(cx: &Context<'_>) -> bool {
    const DRINKS: &[&str] = &[
        "fluid",
        "fluids",
        "liquid",
        "liquids",
        "drink",
        "drinks",
        "beverage",
        "beverages",
    ];
    let toks = cx.toks;
    toks.windows(2).enumerate().any(|(i, w)| {
        let qualified = NOT_CLEAR.iter().any(|q| w[0].is(q))
            || (w[0].is("clear") && i >= 2 && toks[i - 1].is("-") && toks[i - 2].is("non"));
        qualified && DRINKS.iter().any(|d| w[1].is(d))
    })
}

fn food(run: &Run, cx: &Context<'_>, found: &mut Found) {
    if super::unclear_drinks::limits_going_without(run, cx) || super::unclear_drinks::sweets_only(run, cx) {
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
    let own_drink = run
        .topics
        .iter()
        .any(|(t, _, a, _)| *t == Topic::Liquids && !example_of_meal(*a) && !limited(*a));
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
                        Amount::Range(a, b) => found.ask(
                            Ask::Range {
                                low: a.minutes,
                                high: b.minutes,
                            },
                            subject,
                            vec![make(cutoff_of(a)), make(cutoff_of(b))],
                            written_for,
                        ),
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
        if !done && run.cue(Cue::Told) && !found.questions.iter().any(|q| q.about == subject) {
            match subject {
                Subject::SolidFood => found.ask(Ask::FoodUnclear { cutoff: None }, subject, vec![], written_for),
                _ => found.ask(Ask::NoTime, subject, vec![], written_for),
            }
        }
    }
}
