//! What comes after, read from a run (see `compose.rs`): what not to do
//! after the session and for how long, someone staying with the patient,
//! the visit's own times (arriving, the infusion, a session, the stay
//! after). Tasks before each visit are in `tasks.rs`, the escort and the
//! ride home in `ride.rs`.

use super::clauses::Run;
use super::compose::{add, add_general, negated, own_dir, source, span_of, Context, Words};
use super::found::Found;
use super::lexicon::{Cue, Topic};
use super::ride::escort_before;
use super::tokens::Tok;
use super::values::{split_range_high, Amount, Dir, Timed, Unit, When};
use super::visit_lengths::{added_on, counted_sessions, spent_at_a_place};
use super::{Ask, Proposed, Span, Subject};
use crate::facts::rules::{NoDriving, Until};

// ---- after the session ----

pub(super) fn after(run: &Run, cx: &Context<'_>, found: &mut Found) {
    let neg = negated(run);
    // "You may drive again 24 hours after": no driving until then.
    // "You may drive the day after, after a good night's sleep": not before.
    let later = run.times.iter().any(|t| {
        matches!(
            t.when,
            When::NextMorning
                | When::Amount {
                    dir: Some(Dir::After),
                    amount: Amount::Exact(_),
                    ..
                }
        )
    });
    // "You are considered fit to drive after a night's sleep": allowed
    // again then, as "may drive again" is.
    let fit = cx
        .toks
        .windows(2)
        .any(|w| (w[0].is("fit") || w[0].is("safe")) && w[1].is("to"));
    let may_again = (run.cue(Cue::May) || fit) && (run.cue(Cue::Resume) || later);
    for topic in [Topic::Driving, Topic::Decisions, Topic::AlcoholDrugs, Topic::Dependents] {
        if !run.has(topic) || !(neg || may_again) {
            continue;
        }
        // "Paediatric Patients (Children)": a heading that names children
        // is a part of the sheet for them, not a rule about looking after them.
        // "• Care for any dependent adults or children without help", an
        // item of a list with no full stop, still says to look after them, as
        // "be in sole charge of" and "the only carer for" them do.
        let caring = |a: usize| {
            (a.saturating_sub(CARE_WINDOW)..a).any(|k| {
                [
                    "look", "looking", "care", "caring", "mind", "minding", "charge", "carer",
                ]
                .iter()
                .any(|w| cx.toks[k].is(w))
            })
        };
        let cared_for = run
            .topics
            .iter()
            .any(|&(t, _, a, _)| t == Topic::Dependents && caring(a));
        if topic == Topic::Dependents && super::propose::is_heading(cx.text) && !cared_for {
            continue;
        }
        let subject = match topic {
            Topic::Driving => Subject::NoDriving,
            Topic::Decisions => Subject::NoDecisions,
            Topic::AlcoholDrugs => Subject::NoAlcohol,
            _ => Subject::NoDependents,
        };
        let w = source(run, |t| t == topic);
        let said_before = (found.proposals.len(), found.questions_made());
        // "You may not drive yourself home", "do not arrive under the
        // influence of alcohol": the rule, without how long.
        let timed_at_all = run
            .times
            .iter()
            .any(|t| !matches!(t.when, When::During | When::Anchor { .. }));
        if !timed_at_all && neg && matches!(topic, Topic::Driving | Topic::AlcoholDrugs) {
            let ask = match topic {
                Topic::Driving => Ask::NoTime,
                _ => Ask::BeforeNotKept { minutes: None },
            };
            found.ask(ask, subject, vec![], w);
            continue;
        }
        for timed in &run.times {
            if super::scope::anothers_time(run, cx.toks, topic, timed) {
                continue;
            }
            let words = || Words::of(run, |t| t == topic, Some(timed));
            // Alcohol or drugs the night before or on the day: Steady keeps
            // that rule for after the session, so it asks.
            let before_day = matches!(
                timed.when,
                When::NightBefore | When::DayBefore | When::DayOf | When::MorningOf | When::NightOrDay
            );
            if topic == Topic::AlcoholDrugs && before_day {
                if let Some(span) = span_of(&timed.when) {
                    found.ask(Ask::BeforeSpanNotKept { span }, subject, vec![], w);
                }
                continue;
            }
            let rule: Option<Proposed> = match timed.when {
                When::Amount { amount, .. } => {
                    // Driving, decisions and dependents are rules for after
                    // the session unless the words themselves say before;
                    // alcohol also takes the sentence's or heading's word.
                    let dir = match topic {
                        Topic::AlcoholDrugs => cx.dir(timed, run),
                        _ => own_dir(&timed.when).or_else(|| run.times.iter().find_map(|t| own_dir(&t.when))),
                    };
                    // Alcohol before the session: not a rule Steady keeps, so
                    // it asks (the sentence can stay a note). "Before and
                    // after" is both: the rule after, and the question.
                    if topic == Topic::AlcoholDrugs && matches!(dir, Some(Dir::Before | Dir::Both)) {
                        let minutes = match amount {
                            Amount::Exact(l) => Some(l.minutes),
                            _ => None,
                        };
                        found.ask(Ask::BeforeNotKept { minutes }, subject, vec![], w);
                    }
                    if dir == Some(Dir::Before) {
                        continue;
                    }
                    match amount {
                        Amount::Exact(l) => match l.whole_hours() {
                            Some(hours) => match topic {
                                Topic::Driving => Some(Proposed::NoDriving {
                                    rule: NoDriving::Hours { hours },
                                }),
                                Topic::Decisions => Some(Proposed::NoDecisions {
                                    until: Some(Until::Hours { hours }),
                                }),
                                Topic::AlcoholDrugs => Some(Proposed::NoAlcohol { hours }),
                                // "Do not look after dependents for 24 hours":
                                // Steady's rule has no hours of its own.
                                _ => Some(Proposed::NoDependents),
                            },
                            None => {
                                found.ask(Ask::NotWholeHours { minutes: l.minutes }, subject, vec![], w);
                                break;
                            }
                        },
                        Amount::Range(a, b) => {
                            let options = [a, b]
                                .iter()
                                .filter_map(|l| l.whole_hours())
                                .filter_map(|hours| match topic {
                                    Topic::Driving => Some(Proposed::NoDriving {
                                        rule: NoDriving::Hours { hours },
                                    }),
                                    Topic::Decisions => Some(Proposed::NoDecisions {
                                        until: Some(Until::Hours { hours }),
                                    }),
                                    Topic::AlcoholDrugs => Some(Proposed::NoAlcohol { hours }),
                                    _ => None,
                                })
                                .collect();
                            found.ask(
                                Ask::Range {
                                    low: a.minutes,
                                    high: b.minutes,
                                },
                                subject,
                                options,
                                w,
                            );
                            break;
                        }
                        Amount::Vague | Amount::UpTo(_) => {
                            found.ask(Ask::Vague, subject, vec![], w);
                            break;
                        }
                    }
                }
                When::NextMorning => match topic {
                    Topic::Driving => Some(Proposed::NoDriving {
                        rule: NoDriving::NextMorning,
                    }),
                    Topic::Decisions => Some(Proposed::NoDecisions {
                        until: Some(Until::NextMorning),
                    }),
                    Topic::Dependents => Some(Proposed::NoDependents),
                    _ => None,
                },
                // "No sole care of children for the rest of the day": as for
                // hours, Steady's rule on dependents has no length of its own.
                When::RestOfDay if topic == Topic::Dependents && cared_for => Some(Proposed::NoDependents),
                When::RestOfDay | When::DayOf if topic == Topic::Driving => Some(Proposed::NoDriving {
                    rule: NoDriving::RestOfDay,
                }),
                When::UntilWornOff if topic == Topic::Decisions => Some(Proposed::NoDecisions { until: None }),
                _ => None,
            };
            if let Some(rule) = rule {
                add(found, cx, words(), rule, w);
                break;
            }
            if let Some(span) =
                span_of(&timed.when).filter(|s| matches!(s, Span::NextMorning | Span::RestOfDay | Span::UntilWornOff))
            {
                found.ask(Ask::NotInHours { span }, subject, vec![], w);
                break;
            }
        }
        // "Do not drive yourself home after sedation": the rule, but not how
        // long ("do not bring children" is no rule on looking after them).
        let unsaid = said_before == (found.proposals.len(), found.questions_made());
        // "You must not ... cook, or look after children": looking after
        // them is banned, which Steady keeps without a time.
        if neg && unsaid && topic == Topic::Dependents && cared_for {
            add(
                found,
                cx,
                Words::of(run, |t| t == topic, None),
                Proposed::NoDependents,
                w,
            );
        }
        if neg && unsaid && topic != Topic::Dependents {
            found.ask(Ask::NoTime, subject, vec![], w);
        }
    }
    // "You can go back to your normal activities the next morning":
    // driving is not named, so it is asked.
    if run.has(Topic::NormalActivities) && !run.times.is_empty() {
        let w = source(run, |t| t == Topic::NormalActivities);
        let span = run.times.iter().find_map(|t| span_of(&t.when));
        found.ask(Ask::Activities { span }, Subject::NoDriving, vec![], w);
    }
    super::company::someone_stays(run, cx, found);
}

/// How many words before the dependants a verb of looking after them
/// stands ("look after any young children").
// Not a care number: a reading window.
const CARE_WINDOW: usize = 4;

// ---- the visit's own times ----

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
        let early = run.topics.iter().any(|(t, _, _, b)| {
            *t == Topic::Arrive && cx.toks.get(*b).is_some_and(|x| x.is("early") || x.is("earlier"))
        });
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
                Amount::Range(a, b) => found.ask(
                    Ask::Range {
                        low: a.minutes,
                        high: b.minutes,
                    },
                    Subject::ArriveEarly,
                    vec![
                        Proposed::ArriveEarly { minutes: a.minutes },
                        Proposed::ArriveEarly { minutes: b.minutes },
                    ],
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
                Amount::Range(a, b) => found.ask(
                    Ask::Range {
                        low: a.minutes,
                        high: b.minutes,
                    },
                    Subject::InfusionMinutes,
                    vec![
                        Proposed::InfusionMinutes { minutes: a.minutes },
                        Proposed::InfusionMinutes { minutes: b.minutes },
                    ],
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
