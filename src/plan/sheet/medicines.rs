//! Medicines, read from a run (see `compose.rs`), each named as
//! `medicine_names.rs` finds it, and each one's rule: skip the morning of,
//! last dose the night before, hours before, restart after, fewer on the
//! day, talk to the prescriber; "no opioids for 4 hours after" is the rule
//! on sedatives; "take your anti-nausea medicine 30 minutes before" a task
//! before the visit. Medicines said in general (the usual ones kept) are
//! read in `usual_medicines.rs`.

use super::clauses::Run;
use super::compose::{add, ask_before, moment_of, negated, own_dir, source, span_of, Context, Words};
use super::found::Found;
use super::lexicon::{Cue, Topic};
use super::medicine_names::{medicine_names, refers_back};
use super::medicine_words::{
    asks_first, bracket_of_medicines, but_after_usual, negation_after_except, no_medicine_rule, not_only_unless_told,
    only_informs, prescriber_will_say, usual_before_but,
};
use super::tables::MEDICINES;
use super::usual_medicines::keep_taking;
use super::values::{Amount, Dir, Timed, When};
use super::{Ask, Proposed, Subject};
use crate::facts::rules::{MedicineBefore, MedicineRule};

/// Words that open what to do when sick after the visit.
pub(super) const WHEN_SICK: &[&str] = &[
    "if you vomit",
    "if you feel sick",
    "if you are sick",
    "if you feel nauseous",
    "if you are vomiting",
    "after vomiting",
];

pub(super) fn medicines(run: &Run, cx: &Context<'_>, found: &mut Found) {
    // "Try not to eat fibre, fruit or supplements 2 days before": things
    // eaten, listed with food; the food's rule, no medicine's.
    let eaten = run.has(Topic::SolidFood)
        && cx.toks.iter().any(|x| x.is("eat") || x.is("eating"))
        && !cx.toks.iter().any(|x| {
            [
                "take",
                "taking",
                "stop",
                "medicine",
                "medicines",
                "medication",
                "medications",
            ]
            .iter()
            .any(|w| x.is(w))
        });
    if eaten || no_medicine_rule(run, cx) {
        return;
    }
    // "No food for 8 hours (ask your doctor about your insulin)": medicines
    // named only inside a bracket take no time from outside it.
    let inner;
    let run = match bracket_of_medicines(run, cx) {
        Some((open, close)) => {
            inner = Run {
                times: run
                    .times
                    .iter()
                    .filter(|t| t.first > open && t.end <= close)
                    .copied()
                    .collect(),
                ..run.clone()
            };
            &inner
        }
        None => run,
    };
    // "Keep taking your usual medicines, including aspirin, but stop
    // ibuprofen 2 days before": the ones named before the "but" are kept
    // with the usual ones; the rule after it is for the others only.
    let after_but;
    let run = match but_after_usual(run, cx) {
        Some(but) => {
            keep_taking(run, cx, found, |t| t == Topic::UsualMedicines);
            // "Take your usual morning medicines, but not your Ritalin": the
            // ones left out are not taken that morning, when the words give
            // no other time.
            let morning = run
                .topics
                .iter()
                .find(|(t, ..)| *t == Topic::UsualMedicines)
                .filter(|&&(_, _, a, b)| cx.toks[a..b.min(cx.toks.len())].iter().any(|x| x.is("morning")))
                .map(|&(_, _, a, b)| Timed {
                    when: When::MorningOf,
                    first: a,
                    end: b,
                });
            let times = match (run.times.is_empty(), morning) {
                (true, Some(timed)) => vec![timed],
                _ => run.times.clone(),
            };
            after_but = Run {
                topics: run.topics.iter().filter(|(_, _, a, _)| *a > but).copied().collect(),
                times,
                ..run.clone()
            };
            &after_but
        }
        None => run,
    };
    // "Take all your medicines, tablets and inhalers as usual": the
    // inhalers are among the usual ones kept, not taken apart.
    if super::kept_list::named_among_the_usual(run, cx) {
        keep_taking(run, cx, found, |t| {
            matches!(
                t,
                Topic::Medications | Topic::UsualMedicines | Topic::Medicine(_) | Topic::OtherMedicine
            )
        });
        return;
    }
    let mut names = medicine_names(run, cx);
    // "Please talk to your anaesthetist about these medicines": the ones
    // named in the lines before.
    if names.is_empty() && refers_back(run, cx) {
        names = cx.carried.to_vec();
    }
    // "Take your usual medicines, except diabetes medicines, which you
    // should hold": the "not" is said of the ones left out only.
    let neg = negated(run) && !negation_after_except(run, cx) && !not_only_unless_told(cx.text);
    let general = names.is_empty();
    let lower = cx.text.to_lowercase();
    let asked_first =
        asks_first(cx.text) || (prescriber_will_say(cx.text) && super::take::names_some(run, cx, general));
    // "Adjust your insulin to suit": the patient's own dose changed, but
    // neither which way nor how much; asked, unless the sheet says whom to
    // ask or how. Not "we adjust the dose": the clinic's.
    let adjust_own = ["adjust your", "adjust their", "adjust his", "adjust her"]
        .iter()
        .any(|w| lower.contains(w));
    if adjust_own && !general && run.times.is_empty() && ![Cue::Ask, Cue::Fewer, Cue::Not].iter().any(|c| run.cue(*c)) {
        let w = source(run, |t| {
            matches!(t, Topic::Medicine(_) | Topic::Medications | Topic::OtherMedicine)
        });
        found.ask(Ask::Adjust, Subject::Medicine, vec![], w);
        return;
    }
    // "Take your medicines as you normally do, but do not take any new
    // medicines": the usual ones are kept before the "but" that names others.
    // "Take your usual medications/inhalers on the morning", "your routine
    // medicines (inhalers included)": other medicines listed with the usual
    // ones are taken too; the usual ones are kept.
    // "Carry on taking your normal medicines (including warfarin)": a
    // medicine named as one of the usual ones is kept with them.
    let kept = run.cue(Cue::Take) || (run.cue(Cue::Keep) && lower.contains("including"));
    let with_usual = run.has(Topic::UsualMedicines) && kept && !negated(run) && !run.cue(Cue::Ask);
    if !general && (usual_before_but(run, cx) || (with_usual && !run.cue(Cue::May) && run.except.is_empty())) {
        keep_taking(run, cx, found, |t| t == Topic::UsualMedicines);
    }
    if general && super::usual_medicines::in_general(run, cx, found, &lower, neg, asked_first, &mut names) {
        return;
    }
    // "If you take medicine for it, tell your doctor; do not use a
    // beta-blocker for a week before": the medicines said in general are
    // whom the first clause is for, and the time is another clause's, said
    // of a medicine of its own.
    if general && super::medicine_words::take_only_in_condition(cx.toks) && time_past_semicolon(run, cx) {
        return;
    }
    let is_medicine = |t: Topic| {
        matches!(t, Topic::Medicine(_) | Topic::Medications | Topic::OtherMedicine)
            || (general && t == Topic::UsualMedicines)
    };
    let written_for = source(run, is_medicine);
    let mut before: Option<(MedicineBefore, Option<&Timed>)> = None;
    let mut after: Option<(u32, &Timed)> = None;
    for timed in &run.times {
        match timed.when {
            When::Amount { amount, at_least, .. } => {
                let dir = cx.dir(timed, run);
                // "Take your anti-nausea medication 30 minutes before": a
                // task before the visit, not a last dose.
                let premedication =
                    run.cue(Cue::Take) && !neg && !at_least && own_dir(&timed.when) == Some(Dir::Before);
                if premedication {
                    if let Some((_, name)) = names.iter().find(|(class, _)| class.is_none()) {
                        // "If you take aspirin, discuss it with us 2 weeks
                        // before": the "take" says whom the task is for, and
                        // the task is the talk.
                        let title = match super::medicine_words::talk_after_condition(cx.toks) {
                            true => super::write::discuss_title(name),
                            false => super::write::take_title(name),
                        };
                        match amount {
                            Amount::Exact(l) => add(
                                found,
                                cx,
                                Words::of(run, is_medicine, Some(timed)),
                                Proposed::VisitTask {
                                    task: crate::facts::rules::VisitTask {
                                        title,
                                        when: moment_of(l),
                                        note: Some(cx.text.to_string()),
                                    },
                                },
                                written_for,
                            ),
                            Amount::Range(a, b) => found.ask_range((a, b), Subject::VisitTask, |_| None, written_for),
                            _ => {}
                        }
                        continue;
                    }
                }
                let length = match amount {
                    Amount::Exact(l) => l,
                    Amount::Range(a, b) if neg => {
                        found.ask_range((a, b), Subject::Medicine, |_| None, written_for);
                        continue;
                    }
                    // "may need to be held for a few days before the infusion".
                    Amount::Vague | Amount::UpTo(_) if neg => {
                        found.ask(Ask::Vague, Subject::Medicine, vec![], written_for);
                        continue;
                    }
                    _ => continue,
                };
                // "Take it at least one hour before": its last dose then.
                // Not "take a travel tablet an hour before to prevent
                // sickness": a pre-medication for the visit, not a last dose.
                let premedication = ["to prevent", "to avoid", "to help with", "to ease"]
                    .iter()
                    .any(|w| cx.text.to_lowercase().contains(w));
                let least =
                    matches!(timed.when, When::Amount { at_least: true, .. }) && run.cue(Cue::Take) && !premedication;
                if !(neg || run.cue(Cue::Last) || run.cue(Cue::Resume) || least) {
                    continue;
                }
                let Some(hours) = length.whole_hours() else {
                    found.ask(
                        Ask::NotWholeHours {
                            minutes: length.minutes,
                        },
                        Subject::Medicine,
                        vec![],
                        written_for,
                    );
                    continue;
                };
                match dir {
                    Some(Dir::Before) if before.is_none() => {
                        before = Some((MedicineBefore::HoursBefore { hours }, Some(timed)))
                    }
                    Some(Dir::After) if after.is_none() => after = Some((hours, timed)),
                    Some(Dir::Both) => {
                        before.get_or_insert((MedicineBefore::HoursBefore { hours }, Some(timed)));
                        after.get_or_insert((hours, timed));
                    }
                    None if neg => found.ask(
                        Ask::Direction {
                            minutes: length.minutes,
                        },
                        Subject::Medicine,
                        vec![],
                        written_for,
                    ),
                    _ => {}
                }
            }
            When::MorningOf if neg && before.is_none() => before = Some((MedicineBefore::SkipMorningOf, Some(timed))),
            // "May be taken up until midnight before your surgery": allowed
            // to the night's end and not after, the last dose that night.
            When::Clock { minute_of_day: 0, .. }
                if !neg && before.is_none() && super::medicine_words::allowed_until(&lower) =>
            {
                before = Some((MedicineBefore::NightBefore, Some(timed)))
            }
            When::NightBefore | When::DayBefore if run.cue(Cue::Last) && before.is_none() => {
                before = Some((MedicineBefore::NightBefore, Some(timed)))
            }
            When::DayOf if run.cue(Cue::Fewer) && before.is_none() && !night_then_none(run, cx) => {
                before = Some((MedicineBefore::FewerOnTheDay, Some(timed)))
            }
            When::NightBefore | When::DayOf | When::NightOrDay | When::NextMorning | When::RestOfDay if neg => {
                // "No sedatives until the next morning": after the visit, a
                // sedating class is the rule on sedatives after.
                let after_visit = matches!(timed.when, When::NextMorning | When::RestOfDay);
                let sedating = run
                    .topics
                    .iter()
                    .any(|(t, ..)| matches!(t, Topic::Medicine(c) if MEDICINES.get(*c).is_some_and(|m| m.sedating)));
                let subject = match after_visit && sedating {
                    true => Subject::NoSedatives,
                    false => Subject::Medicine,
                };
                if let Some(span) = span_of(&timed.when) {
                    found.ask(Ask::NotInHours { span }, subject, vec![], written_for);
                }
            }
            _ => {}
        }
    }
    if before.is_none() && run.cue(Cue::Fewer) && !night_then_none(run, cx) {
        before = Some((MedicineBefore::FewerOnTheDay, None));
    }
    // "Do not have large amounts of stimulants": the rule, without when.
    let timed_at_all = run
        .times
        .iter()
        .any(|t| !matches!(t.when, When::Anchor { .. } | When::During));
    if before.is_none() && after.is_none() && neg && !timed_at_all && !run.cue(Cue::Ask) {
        found.ask(Ask::NoTime, Subject::Medicine, vec![], written_for);
    }
    // "Take no other medicines for the rest of the day unless your dentist
    // has approved them": after the visit, a ban with its exception, not a
    // talk with the prescriber to have ("unless you have discussed it
    // before treatment" is one).
    let after_visit = run
        .times
        .iter()
        .any(|t| matches!(t.when, When::RestOfDay | When::NextMorning) || cx.dir(t, run) == Some(Dir::After));
    let ban_unless = neg && after_visit && lower.contains("unless");
    // "Talk to your cardiologist about stopping it 4 days before": the
    // stop is the prescriber's to decide, so the days are when to talk.
    if run.cue(Cue::Ask)
        && ["about stopping", "whether to stop", "when to stop", "about holding"]
            .iter()
            .any(|w| lower.contains(w))
    {
        before = None;
    }
    if before.is_none() && (run.cue(Cue::Ask) || asked_first) && !ban_unless && !only_informs(cx.text, &names) {
        // "Talk to your doctor about it at least 3 days before": that many
        // days; with no time, a week (Steady's choice, below).
        let said = run.times.iter().find_map(|t| match t.when {
            When::Amount {
                amount: Amount::Exact(l),
                dir: Some(Dir::Before),
                ..
            } if l.minutes.is_multiple_of(1440) => Some((l.minutes / 1440, t)),
            _ => None,
        });
        before = Some(match said {
            Some((days_before, t)) => (MedicineBefore::AskPrescriber { days_before }, Some(t)),
            None => (ask_before(), None),
        });
    }
    // "No opioids or benzodiazepines for 4 hours after": the rule on
    // sedatives after the session, also the after of "72 hours before and
    // after" (the before stays each class's own rule); "wait 6 hours after
    // before resuming it" is a restart.
    let sedating_after = after.is_some() && !run.cue(Cue::Resume);
    if sedating_after {
        if let Some((hours, timed)) = after {
            let sedating = |t: Topic| matches!(t, Topic::Medicine(c) if MEDICINES.get(c).is_some_and(|m| m.sedating));
            if run.topics.iter().any(|(t, ..)| sedating(*t)) {
                let w = source(run, sedating);
                add(
                    found,
                    cx,
                    Words::of(run, sedating, Some(timed)),
                    Proposed::NoSedatives { hours },
                    w,
                );
            }
        }
    }
    // "Or have diabetes or another illness that needs medications": the
    // medicines for each illness are asked about as well.
    if matches!(before, Some((MedicineBefore::AskPrescriber { .. }, _))) {
        let per_illness = super::illness_medicines::for_illnesses(cx.text);
        // The bare "medications" they need is theirs, not one more.
        if !per_illness.is_empty() {
            names.retain(|(class, n)| {
                class.is_some()
                    || !["medicine", "medicines", "medication", "medications"].contains(&n.to_lowercase().as_str())
            });
        }
        names.extend(per_illness.into_iter().map(|n| (None, n)));
    }
    for (class, name) in names {
        let sedating = class.and_then(|c| MEDICINES.get(c)).is_some_and(|m| m.sedating);
        let (mut rule_before, timed) = before.clone().unwrap_or((MedicineBefore::None, None));
        let restart = after.map(|(h, _)| h).filter(|_| !(sedating_after && sedating));
        if rule_before == MedicineBefore::None && restart.is_none() {
            // "Take your heart pills with a sip of water": no time, taken.
            match !neg && super::take::taken_on_the_day(run, cx, general, class, &name) {
                true => rule_before = MedicineBefore::TakeOnTheDay,
                false => continue,
            }
        }
        let is = |t: Topic| match class {
            Some(c) => t == Topic::Medicine(c),
            None => matches!(t, Topic::Medications | Topic::OtherMedicine | Topic::UsualMedicines),
        };
        let words = Words::of(run, is, timed.or(after.map(|(_, t)| t)));
        let w = class
            .and_then(|c| MEDICINES.get(c))
            .map_or(written_for, |m| m.written_for);
        add(
            found,
            cx,
            words,
            Proposed::Medicine {
                rule: MedicineRule {
                    name,
                    before: rule_before,
                    restart_hours_after: restart,
                    note: None,
                },
            },
            w,
        );
    }
}

/// "Only half your dose the night before and none on the day": the
/// smaller dose is the night's, and the day has none at all, which is not
/// fewer doses on the day (nor a word Steady has for the night).
fn night_then_none(run: &Run, cx: &Context<'_>) -> bool {
    const NONE: &[&str] = &["none", "no", "not", "skip", "omit"];
    run.times.iter().any(|night| {
        matches!(night.when, When::NightBefore | When::DayBefore)
            && run.times.iter().any(|day| {
                day.when == When::DayOf
                    && night.end <= day.first
                    && cx.toks[night.end..day.first.min(cx.toks.len())]
                        .iter()
                        .any(|x| NONE.contains(&x.text.as_str()))
            })
    })
}

/// Every time of the run stands after a semicolon that follows the
/// run's medicines: another clause's time.
fn time_past_semicolon(run: &Run, cx: &Context<'_>) -> bool {
    let Some(said) = run
        .topics
        .iter()
        .filter(|(t, ..)| matches!(t, Topic::Medications | Topic::UsualMedicines | Topic::OtherMedicine))
        .map(|&(_, _, _, b)| b)
        .max()
    else {
        return false;
    };
    !run.times.is_empty()
        && run.times.iter().all(|t| {
            t.first > said
                && cx.toks[said..t.first.min(cx.toks.len())]
                    .iter()
                    .any(|x| x.punct() == Some(';'))
        })
}
