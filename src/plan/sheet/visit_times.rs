//! The visit's own times, read from a run (see `compose.rs`): arriving,
//! the infusion, a session, the stay after. What not to do after the
//! session is in `visit.rs`; lengths the visit adds up from parts in
//! `visit_lengths.rs`.

use super::clauses::Run;
use super::compose::{add, add_general, negated, own_dir, source, Context, Words};
use super::found::Found;
use super::lexicon::Topic;
use super::ride::escort_before;
use super::tokens::Tok;
use super::values::{split_range_high, Amount, Dir, Timed, Unit, When};
use super::visit_lengths::{added_on, counted_sessions, spent_at_a_place};
use super::{Ask, Proposed, Subject};

/// A run's moments, the nearest to the topic's words first: in "around 2
/// hours with us, including the 40-minute infusion and a recovery period
/// of 30 minutes" the infusion's is "40-minute" and the recovery's "30
/// minutes".
fn nearest_first(run: &Run, toks: &[Tok], topic: Topic) -> Vec<Timed> {
    let mut times: Vec<Timed> = run
        .times
        .iter()
        .filter(|t| !not_the_sessions(run, topic, t) && !spent_at_a_place(toks, t))
        .copied()
        .collect();
    times.sort_by_key(|t| distance(run, |x| x == topic, t));
    times
}

/// How far a moment stands from a topic's words (in tokens).
fn distance(run: &Run, topic: impl Fn(Topic) -> bool, t: &Timed) -> usize {
    run.topics
        .iter()
        .filter(|(x, ..)| topic(*x))
        .map(|&(_, _, a, b)| {
            if t.end <= a {
                a - t.end
            } else {
                t.first.saturating_sub(b)
            }
        })
        .min()
        .unwrap_or(usize::MAX)
}

/// A length that is not a session's part: a course in days or weeks
/// ("6 infusions over 3 weeks"), or the whole visit's, nearer the words
/// for the visit than `topic`'s ("the whole visit takes 1 1/2 hours").
fn not_the_sessions(run: &Run, topic: Topic, timed: &Timed) -> bool {
    let course = match timed.when {
        When::Amount {
            amount: Amount::Exact(l) | Amount::UpTo(l) | Amount::Range(l, _),
            ..
        } => matches!(l.unit, Unit::Days | Unit::Weeks),
        _ => false,
    };
    course || distance(run, |t| t == Topic::Visit, timed) < distance(run, |t| t == topic, timed)
}

pub(super) fn timeline(run: &Run, cx: &Context<'_>, found: &mut Found) {
    let neg = negated(run);
    // "Your ride must arrive 30 minutes before the end": not the patient's arrival.
    if run.has(Topic::Arrive) && !neg && !escort_before(run, cx, Topic::Arrive) {
        let is = |t: Topic| t == Topic::Arrive;
        let w = source(run, is);
        // "Arrive early", no number: asked.
        let early = run
            .topics
            .iter()
            .any(|(t, _, _, b)| *t == Topic::Arrive && arrives_early(cx.toks, *b));
        if early && !run.times.iter().any(|t| matches!(t.when, When::Amount { .. })) {
            found.ask(Ask::NoTime, Subject::ArriveEarly, vec![], w);
        }
        // "In the 24 hours before you arrive": the arrival is what the
        // length is counted back from, not how early to come.
        let counted_from_arrival = |timed: &Timed| {
            let you = |k: usize| cx.toks.get(k).is_some_and(|x| x.is("you") || x.is("we"));
            run.topics.iter().any(|&(t, _, a, _)| {
                t == Topic::Arrive
                    && cx.toks.get(timed.end.wrapping_sub(1)).is_some_and(|x| x.is("before"))
                    && (a == timed.end || (a == timed.end + 1 && you(timed.end)))
            })
        };
        for timed in run.times.iter().filter(|t| !counted_from_arrival(t)) {
            // "Arrive 15 minutes early": the length says its direction.
            let When::Amount {
                amount,
                dir: Some(Dir::Before),
                ..
            } = timed.when
            else {
                continue;
            };
            match amount {
                Amount::Exact(l) => add(
                    found,
                    cx,
                    Words::of(run, is, Some(timed)),
                    Proposed::ArriveEarly { minutes: l.minutes },
                    w,
                ),
                Amount::Range(a, b) => found.ask_range(
                    (a, b),
                    Subject::ArriveEarly,
                    |l| Some(Proposed::ArriveEarly { minutes: l.minutes }),
                    w,
                ),
                _ => found.ask(Ask::Vague, Subject::ArriveEarly, vec![], w),
            }
            break;
        }
    }
    if run.has(Topic::Infusion) && !neg {
        let is = |t: Topic| t == Topic::Infusion;
        let w = source(run, is);
        // The length written nearest the word is the infusion's own; each
        // other moment may still ask ("usually lasts about 45 minutes,
        // while for pain disorders it can take several hours").
        let mut exact = false;
        for timed in &nearest_first(run, cx.toks, Topic::Infusion) {
            // "The infusion takes about 40 minutes": a length of its own,
            // not counted from anything.
            let When::Amount { amount, dir: None, .. } = timed.when else {
                continue;
            };
            match amount {
                Amount::Exact(_) if exact => {}
                Amount::Exact(l) if counted_sessions(cx.toks, timed) => {
                    exact = true;
                    add_general(
                        found,
                        cx,
                        Words::of(run, is, Some(timed)),
                        Proposed::InfusionMinutes { minutes: l.minutes },
                        w,
                    );
                }
                Amount::Exact(l) => {
                    exact = true;
                    add(
                        found,
                        cx,
                        Words::of(run, is, Some(timed)),
                        Proposed::InfusionMinutes { minutes: l.minutes },
                        w,
                    )
                }
                Amount::UpTo(l) => found.ask(
                    Ask::UpTo { minutes: l.minutes },
                    Subject::InfusionMinutes,
                    vec![Proposed::InfusionMinutes { minutes: l.minutes }],
                    w,
                ),
                Amount::Range(a, b) => found.ask_range(
                    (a, b),
                    Subject::InfusionMinutes,
                    |l| Some(Proposed::InfusionMinutes { minutes: l.minutes }),
                    w,
                ),
                Amount::Vague => found.ask(Ask::Vague, Subject::InfusionMinutes, vec![], w),
            }
        }
    }
    // "A session lasts around 120 minutes", "90-120 minutes per
    // treatment": the infusion and the stay after together; both asked.
    if run.has(Topic::Session) && !neg && !run.has(Topic::Visit) {
        let w = source(run, |t| t == Topic::Session);
        let said = nearest_first(run, cx.toks, Topic::Session)
            .into_iter()
            .find_map(|t| match t.when {
                When::Amount {
                    amount: Amount::Exact(l),
                    dir: None,
                    ..
                } => Some((l.minutes, l.minutes)),
                When::Amount {
                    amount: Amount::UpTo(l),
                    dir: None,
                    ..
                } => Some((0, l.minutes)),
                When::Amount {
                    amount: Amount::Range(a, b),
                    dir: None,
                    ..
                } => Some((a.minutes, b.minutes)),
                _ => None,
            });
        if let Some((low, high)) = said {
            for about in [Subject::InfusionMinutes, Subject::Observation] {
                found.ask(Ask::Session { low, high }, about, vec![], w);
            }
        }
    }
    // "Your driver must stay in the waiting room": the escort's stay, not
    // the patient's, unless it is counted from the treatment.
    let escort_stays = escort_before(run, cx, Topic::StayAfter);
    // "Staff watch you closely during the infusion, which lasts 40 to 60
    // minutes": the watching is the infusion's, and so is the length.
    let during_infusion = run.topics.iter().any(|&(t, _, _, b)| {
        t == Topic::StayAfter
            && cx.toks[b.min(cx.toks.len())..(b + DURING_WINDOW).min(cx.toks.len())]
                .iter()
                .take_while(|x| x.text.chars().all(char::is_alphabetic))
                .any(|x| x.is("during"))
    });
    // "Be ready to stay 4 hours for your child's procedure": a stay for
    // the treatment is the whole visit, not the watching after it.
    let for_the_visit = !cx.toks.iter().any(|x| x.is("after") || x.is("afterwards"))
        && cx.toks.windows(2).enumerate().any(|(k, w)| {
            w[0].is("for")
                && cx.toks[k + 1..(k + 1 + FOR_WINDOW).min(cx.toks.len())]
                    .iter()
                    .take_while(|x| {
                        ["your", "the", "his", "her", "their", "child", "child's", "'s", "s"].contains(&x.text.as_str())
                            || is_visit_word(x)
                    })
                    .any(is_visit_word)
        });
    // "A three hour stay is an estimate": a length before "stay" as a noun,
    // with nothing after the treatment, is the stay from arriving to leaving.
    let a_stay = !cx.toks.iter().any(|x| x.is("after") || x.is("afterwards"))
        && run.topics.iter().any(|&(t, _, a, b)| {
            t == Topic::StayAfter && b == a + 1 && cx.toks[a].is("stay") && run.times.iter().any(|m| m.end == a)
        });
    // "Please stay with the patient for the rest of the day": a sheet
    // written to the escort asks for company at home, not the stay at
    // the clinic.
    let with_the_patient = run.topics.iter().any(|&(t, _, _, b)| {
        let word = |k: usize| cx.toks.get(k).map_or("", |x| x.text.as_str());
        let mut k = b + 1;
        while ["the", "this", "your", "our"].contains(&word(k)) {
            k += 1;
        }
        t == Topic::StayAfter && word(b) == "with" && ["patient", "him", "her", "them", "child"].contains(&word(k))
    });
    let wearing_off = super::visit_lengths::recovery_from_the_drug(run, cx.toks);
    if run.has(Topic::StayAfter)
        && !neg
        && !super::visit_lengths::whole_stay(cx.text)
        && !during_infusion
        && !for_the_visit
        && !a_stay
        && !with_the_patient
        && !wearing_off
    {
        let is = |t: Topic| t == Topic::StayAfter;
        let w = source(run, is);
        // "The infusion runs 40 minutes, and you are watched for a further
        // 60": added on to the treatment, the length is the stay after it.
        let after_treatment = cx.toks.iter().any(is_visit_word) || cx.toks.iter().any(|x| x.is("infusion"));
        let added = run
            .times
            .iter()
            .filter(|_| !after_treatment)
            .find_map(|t| match t.when {
                When::Amount {
                    amount: Amount::Exact(l),
                    ..
                } if added_on(cx.toks, t) => Some(l.minutes),
                _ => None,
            });
        if let Some(minutes) = added {
            found.ask(Ask::Added { minutes }, Subject::Observation, vec![], w);
        }
        for timed in nearest_first(run, cx.toks, Topic::StayAfter)
            .iter()
            .filter(|_| added.is_none())
        {
            let When::Amount { amount, .. } = timed.when else {
                continue;
            };
            if cx.dir(timed, run) == Some(Dir::Before) && own_dir(&timed.when).is_some() {
                continue;
            }
            if escort_stays && own_dir(&timed.when) != Some(Dir::After) {
                continue;
            }
            // "Simple tasks may need 48 hours of recovery": a day or more
            // is getting better at home, not the stay in the clinic.
            let longest = match amount {
                Amount::Exact(l) | Amount::UpTo(l) | Amount::Range(_, l) => l.minutes,
                Amount::Vague => 0,
            };
            if longest >= A_DAY_MINUTES {
                break;
            }
            // "How long you stay varies; an hour is typical": a usual
            // length, not one to plan on.
            if cx
                .toks
                .iter()
                .any(|x| ["varies", "vary", "variable"].contains(&x.text.as_str()))
            {
                found.ask(Ask::Vague, Subject::Observation, vec![], w);
                break;
            }
            let (low, high) = match amount {
                // "From one hour ... to six hours": the low end of a range.
                Amount::Exact(l) => match split_range_high(cx.toks, timed.first, timed.end) {
                    Some(h) if h.minutes > l.minutes => (l.minutes, h.minutes),
                    _ => (l.minutes, l.minutes),
                },
                Amount::Range(a, b) => (a.minutes, b.minutes),
                Amount::UpTo(l) => {
                    found.ask(Ask::UpTo { minutes: l.minutes }, Subject::Observation, vec![], w);
                    break;
                }
                Amount::Vague => {
                    found.ask(Ask::Vague, Subject::Observation, vec![], w);
                    break;
                }
            };
            add(
                found,
                cx,
                Words::of(run, is, Some(timed)),
                Proposed::Observation {
                    min_minutes: low,
                    max_minutes: high,
                },
                w,
            );
            break;
        }
    }
}

/// "Arrive early", "arrive at the hospital early" (the place between),
/// "arrive before the booked appointment time": early, by no number.
fn arrives_early(toks: &[Tok], b: usize) -> bool {
    let is = |k: usize, w: &str| toks.get(k).is_some_and(|x| x.is(w));
    let early = |k: usize| is(k, "early") || is(k, "earlier");
    if early(b) {
        return true;
    }
    // "at the hospital early", "come to the ward early".
    if (is(b, "at") || is(b, "to")) && (is(b + 1, "the") || is(b + 1, "your")) {
        let place_words = (b + 2..b + 2 + PLACE_WORDS)
            .take_while(|&k| {
                toks.get(k)
                    .is_some_and(|x| x.text.chars().all(char::is_alphabetic) && !early(k))
            })
            .count();
        return place_words > 0 && early(b + 2 + place_words);
    }
    // "before the booked appointment time": the time the visit is booked
    // for, which arriving comes before.
    if is(b, "before") && (is(b + 1, "the") || is(b + 1, "your")) {
        let mut k = b + 2;
        if is(k, "booked") || is(k, "scheduled") {
            k += 1;
        }
        return is_visit_word_at(toks, k) && is(k + 1, "time");
    }
    false
}

fn is_visit_word_at(toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(is_visit_word)
}

/// How many words the place may take in "arrive at the hospital early".
// Not a care number: a reading window.
const PLACE_WORDS: usize = 3;

/// How many words after "for" the treatment may be named ("for your
/// child's procedure").
// Not a care number: a reading window.
const FOR_WINDOW: usize = 4;

fn is_visit_word(x: &super::tokens::Tok) -> bool {
    [
        "procedure",
        "appointment",
        "visit",
        "treatment",
        "surgery",
        "scan",
        "test",
    ]
    .iter()
    .any(|w| x.is(w))
}

/// How many words after "watch you" a "during" makes the watching the
/// infusion's ("watch you closely during the infusion").
// Not a care number: a reading window.
const DURING_WINDOW: usize = 3;

/// A stay "after" of a day or more is recovery at home, not the stay in
/// the clinic.
// Not a care number: a day's length, to tell the clinic's stay from home.
const A_DAY_MINUTES: u32 = 24 * 60;
