//! The shapes of the ride and what comes after, read from a run (see
//! `compose.rs`): the escort and the ride home, what not to do after the
//! session and for how long, someone staying with the patient, the visit's
//! own times (arriving, the infusion, the stay after), and tasks before
//! each visit.

use super::clauses::Run;
use super::compose::{add, clock, moment_of, negated, own_dir, source, span_of, Context, Words};
use super::lexicon::{source_of, Cue, Topic};
use super::propose::Found;
use super::values::{age_at, Amount, Day, Dir, Timed, When};
use super::{Ask, Proposed, Span, Subject};
use crate::facts::rules::{EscortPresence, Moment, NoDriving, Rideshare, Until, VisitTask};

// ---- the escort and the ride ----

pub(super) fn escort(run: &Run, cx: &Context<'_>, found: &mut Found) {
    let is_escort = |t: Topic| matches!(t, Topic::Escort | Topic::EscortNeeded);
    let escort = run.topics.iter().any(|(t, ..)| is_escort(*t));
    let not = run.cue(Cue::Not);
    let leave = run.cue(Cue::Leave);
    // "A family member, a friend, or a rideshare": a taxi is one of the
    // rides allowed, so no adult is required.
    let rideshare_allowed = run.has(Topic::Rideshare)
        && !not
        && !run.cue(Cue::Stop)
        && !run.cue(Cue::Alone)
        && !run.cue(Cue::If)
        && (run.cue(Cue::May) || run.cue(Cue::Must));
    // "Arrange a ride home": who may give it is not said.
    if run.has(Topic::Ride) && !escort && !run.has(Topic::Rideshare) && run.cue(Cue::Must) && !not {
        found.ask(
            Ask::WhoDrives,
            Subject::EscortRequired,
            vec![Proposed::EscortRequired],
            source(run, |t| t == Topic::Ride),
        );
    }
    if escort {
        let w = source(run, is_escort);
        // "Your escort may not leave": the "not" is the leaving's.
        let escort_denied = not && !leave;
        let needed = run.has(Topic::EscortNeeded) || run.cue(Cue::Must);
        if needed && !escort_denied && !rideshare_allowed {
            add(found, cx, Words::of(run, is_escort, None), Proposed::EscortRequired, w);
        }
        // "over the age of 21", "18 years or older", "who should be 18 or
        // over": an age anywhere in a sentence about the escort.
        if let Some((age, i, e)) = (0..cx.toks.len()).find_map(|i| age_at(cx.toks, i).map(|(a, e)| (a, i, e))) {
            found.add(Proposed::EscortMinAge { age }, w, Some(cx.bytes(i, e)));
        }
        let during = run.times.iter().any(|t| t.when == When::During);
        let presence = if run.cue(Cue::Leave) {
            Some(match not {
                true => EscortPresence::StaysOnSite,
                false => EscortPresence::MayLeaveAndReturn,
            })
        } else if (run.has(Topic::StayAfter) || (run.has(Topic::SomeoneStays) && during)) && !not {
            Some(EscortPresence::StaysOnSite)
        } else if run.cue(Cue::ComeIn) && !not {
            Some(EscortPresence::ComesToDoor)
        } else {
            None
        };
        if let Some(presence) = presence {
            add(
                found,
                cx,
                Words::of(run, is_escort, None),
                Proposed::EscortPresence { presence },
                w,
            );
        }
    }
    if run.has(Topic::Rideshare) {
        let is_ride = |t: Topic| t == Topic::Rideshare;
        let w = source(run, is_ride);
        let rideshare = if run.cue(Cue::Alone) || (not && escort && run.cue(Cue::If)) {
            Some(Rideshare::OnlyWithEscort)
        } else if not || run.cue(Cue::Stop) {
            Some(Rideshare::NotAllowed)
        } else if run.cue(Cue::May) && escort && run.cue(Cue::If) {
            // "A taxi is fine if your escort rides with you."
            Some(Rideshare::OnlyWithEscort)
        } else if rideshare_allowed {
            Some(Rideshare::Allowed)
        } else {
            None
        };
        if let Some(rideshare) = rideshare {
            add(
                found,
                cx,
                Words::of(run, is_ride, None),
                Proposed::Rideshare { rideshare },
                w,
            );
        }
    }
}

// ---- after the session ----

pub(super) fn after(run: &Run, cx: &Context<'_>, found: &mut Found) {
    let neg = negated(run);
    // "You may drive again 24 hours after": no driving until then.
    let may_again = run.cue(Cue::May) && run.cue(Cue::Resume);
    for topic in [Topic::Driving, Topic::Decisions, Topic::AlcoholDrugs, Topic::Dependents] {
        if !run.has(topic) || !(neg || may_again) {
            continue;
        }
        let subject = match topic {
            Topic::Driving => Subject::NoDriving,
            Topic::Decisions => Subject::NoDecisions,
            Topic::AlcoholDrugs => Subject::NoAlcohol,
            _ => Subject::NoDependents,
        };
        let w = source(run, |t| t == topic);
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
            let words = || Words::of(run, |t| t == topic, Some(timed));
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
                                _ => {
                                    found.ask(
                                        Ask::NotInHours {
                                            span: Span::NextMorning,
                                        },
                                        subject,
                                        vec![Proposed::NoDependents],
                                        w,
                                    );
                                    break;
                                }
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
    }
    // Someone with the patient: "someone should stay with you for 12
    // hours", "you should not be left alone for 24 hours".
    let escort_present = run.has(Topic::Escort) || run.has(Topic::EscortNeeded);
    let during = run.times.iter().any(|t| t.when == When::During);
    if run.has(Topic::SomeoneStays) && !(escort_present && during) {
        let alone = run.topics.iter().any(|(t, _, a, b)| {
            *t == Topic::SomeoneStays && cx.toks[*a..*b].iter().any(|x| x.is("alone") || x.is("own"))
        });
        if alone == run.cue(Cue::Not) {
            let is = |t: Topic| t == Topic::SomeoneStays;
            let w = source(run, is);
            for timed in &run.times {
                match timed.when {
                    When::Amount {
                        amount: Amount::Exact(l),
                        ..
                    } if own_dir(&timed.when) != Some(Dir::Before) => {
                        match l.whole_hours() {
                            Some(hours) => add(
                                found,
                                cx,
                                Words::of(run, is, Some(timed)),
                                Proposed::SomeoneStays { hours },
                                w,
                            ),
                            None => found.ask(
                                Ask::NotWholeHours { minutes: l.minutes },
                                Subject::SomeoneStays,
                                vec![],
                                w,
                            ),
                        }
                        break;
                    }
                    When::Amount {
                        amount: Amount::Range(a, b),
                        ..
                    } => {
                        let options = [a, b]
                            .iter()
                            .filter_map(|l| l.whole_hours())
                            .map(|hours| Proposed::SomeoneStays { hours })
                            .collect();
                        found.ask(
                            Ask::Range {
                                low: a.minutes,
                                high: b.minutes,
                            },
                            Subject::SomeoneStays,
                            options,
                            w,
                        );
                        break;
                    }
                    When::NextMorning | When::RestOfDay => {
                        if let Some(span) = span_of(&timed.when) {
                            found.ask(Ask::NotInHours { span }, Subject::SomeoneStays, vec![], w);
                        }
                        break;
                    }
                    _ => {}
                }
            }
        }
    }
}

// ---- the visit's own times ----

pub(super) fn timeline(run: &Run, cx: &Context<'_>, found: &mut Found) {
    let neg = negated(run);
    let escort_present = run.has(Topic::Escort) || run.has(Topic::EscortNeeded);
    if run.has(Topic::Arrive) && !neg {
        let is = |t: Topic| t == Topic::Arrive;
        let w = source(run, is);
        for timed in &run.times {
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
        for timed in &run.times {
            // "The infusion takes about 40 minutes": a length of its own,
            // not counted from anything.
            let When::Amount { amount, dir: None, .. } = timed.when else {
                continue;
            };
            match amount {
                Amount::Exact(l) => add(
                    found,
                    cx,
                    Words::of(run, is, Some(timed)),
                    Proposed::InfusionMinutes { minutes: l.minutes },
                    w,
                ),
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
            break;
        }
    }
    if run.has(Topic::StayAfter) && !neg && !escort_present {
        let is = |t: Topic| t == Topic::StayAfter;
        let w = source(run, is);
        for timed in &run.times {
            let When::Amount { amount, .. } = timed.when else {
                continue;
            };
            if cx.dir(timed, run) == Some(Dir::Before) && own_dir(&timed.when).is_some() {
                continue;
            }
            let (low, high) = match amount {
                Amount::Exact(l) => (l.minutes, l.minutes),
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

// ---- tasks before each visit ----

pub(super) fn task(run: &Run, cx: &Context<'_>, found: &mut Found) {
    if !run.has(Topic::Task) || negated(run) {
        return;
    }
    // A task is before a visit: "before each visit", "24 hours before your
    // appointment", "the evening before".
    let before: Vec<&Timed> = run
        .times
        .iter()
        .filter(|t| {
            t.when.each_visit() || own_dir(&t.when) == Some(Dir::Before) || matches!(t.when, When::Clock { .. })
        })
        .collect();
    let Some(&(_, entry, verb_start, verb_end)) = run.topics.iter().find(|(t, ..)| *t == Topic::Task) else {
        return;
    };
    let note = || Proposed::Note {
        note: crate::facts::rules::ClinicNote {
            checklist: crate::facts::checklist::Checklist::DayBefore,
            text: cx.text.to_string(),
        },
    };
    if before.is_empty() {
        // "Fill in your symptom rating scales." as an instruction of its
        // own, with no time: asked. "You fill in a form at each visit"
        // describes and is left alone.
        let colon = cx.toks.iter().take(7).position(|x| x.punct() == Some(':'));
        let mut start = colon.map_or(0, |c| c + 1);
        while cx
            .toks
            .get(start)
            .is_some_and(|x| x.is("please") || x.is("do") || x.is("kindly"))
        {
            start += 1;
        }
        if start == verb_start {
            found.ask(Ask::NoTime, Subject::VisitTask, vec![note()], source_of(entry));
        }
        return;
    }
    // The task's own words: from after the verb to its moment.
    let stop = before
        .iter()
        .map(|t| t.first)
        .filter(|f| *f >= verb_end)
        .min()
        .unwrap_or(run.end);
    let what = if stop > verb_end {
        let (a, b) = cx.bytes(verb_end, stop);
        cx.text.get(a..b).unwrap_or_default().trim()
    } else {
        ""
    };
    let what = ["the ", "your ", "our ", "a ", "an "]
        .iter()
        .fold(what, |w, lead| w.strip_prefix(lead).unwrap_or(w))
        .trim_end_matches([',', ':', ';'])
        .trim();
    let w = source_of(entry);
    let moment = before.iter().find_map(|t| match t.when {
        When::Amount {
            amount: Amount::Exact(l),
            ..
        } => Some((moment_of(l), *t)),
        When::Clock { minute_of_day, day } => {
            let time = clock(minute_of_day)?;
            let days_before = match day {
                Day::Previous => 1,
                Day::Session => 0,
                Day::Unsaid => return None,
            };
            Some((Moment::Clock { days_before, time }, *t))
        }
        _ => None,
    });
    match (moment, what.chars().filter(|c| c.is_alphabetic()).count() >= 3) {
        (Some((when, timed)), true) => add(
            found,
            cx,
            Words::of(run, |t| t == Topic::Task, Some(timed)),
            Proposed::VisitTask {
                task: VisitTask {
                    title: super::write::task_title(what),
                    when,
                    note: Some(cx.text.to_string()),
                },
            },
            w,
        ),
        _ => found.ask(Ask::NoTime, Subject::VisitTask, vec![note()], w),
    }
}
