//! What comes after, read from a run (see `compose.rs`): what not to do
//! after the session and for how long, someone staying with the patient.
//! The visit's own times (arriving, the infusion, a session, the stay
//! after) are in `visit_times.rs`, tasks before each visit in `tasks.rs`,
//! the escort and the ride home in `ride.rs`.

use super::clauses::Run;
use super::compose::{add, negated, own_dir, source, span_of, Context, Words};
use super::found::Found;
use super::lexicon::{Cue, Topic};
use super::values::{Amount, Dir, Length, When};
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
                                // "Do not look after children for 48 hours":
                                // longer than the rule, which ends the next
                                // morning; asked, so the longer time is seen.
                                _ if hours > A_DAY_IN_HOURS => {
                                    found.ask(Ask::LongerThanNextMorning { minutes: l.minutes }, subject, vec![], w);
                                    break;
                                }
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
                            let option = |l: Length| {
                                l.whole_hours().and_then(|hours| match topic {
                                    Topic::Driving => Some(Proposed::NoDriving {
                                        rule: NoDriving::Hours { hours },
                                    }),
                                    Topic::Decisions => Some(Proposed::NoDecisions {
                                        until: Some(Until::Hours { hours }),
                                    }),
                                    Topic::AlcoholDrugs => Some(Proposed::NoAlcohol { hours }),
                                    _ => None,
                                })
                            };
                            found.ask_range((a, b), subject, option, w);
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

/// The longest care of dependents Steady's rule covers: it lasts to the
/// next morning, so "for 24 hours" is the rule and "for 48 hours" more.
// Not a care number: a day, what a rule that ends the next morning covers.
const A_DAY_IN_HOURS: u32 = 24;
