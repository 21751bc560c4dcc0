//! Tasks before each visit, read from a run (see `compose.rs`): a form or
//! a questionnaire to fill in, a tablet to take, so long before the visit.

use super::clauses::Run;
use super::compose::{add, clock, moment_of, negated, own_dir, Context, Words};
use super::found::Found;
use super::lexicon::{source_of, Topic};
use super::values::{Amount, Day, Dir, Timed, When};
use super::{Ask, Proposed, Subject};
use crate::facts::rules::{Moment, VisitTask};

pub(super) fn task(run: &Run, cx: &Context<'_>, found: &mut Found) {
    if !run.has(Topic::Task) || negated(run) || the_clinics_own(cx) {
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
        // "On the day after the injection you will be asked to fill in a
        // form", "keep filling in the mood form every day": a task, but
        // not before a visit.
        let elsewhen = run
            .times
            .iter()
            .any(|t| matches!(t.when, When::Daily | When::NextMorning) || own_dir(&t.when) == Some(Dir::After));
        if elsewhen {
            found.ask(Ask::NotBeforeVisit, Subject::VisitTask, vec![note()], source_of(entry));
            return;
        }
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
        // A count the words here did not hold ("phone at least 5 days
        // ahead to confirm") is `counted_tasks.rs`'s to propose.
        _ if super::counted_tasks::counts(&cx.text.to_lowercase()) => {}
        _ => found.ask(Ask::NoTime, Subject::VisitTask, vec![note()], w),
    }
}

/// "We will call the day before to confirm your surgery time": what the
/// clinic will do, not a task of the patient's ("we will ask you to
/// complete ..." still is one).
fn the_clinics_own(cx: &Context<'_>) -> bool {
    let word = |k: usize| cx.toks.get(k).map_or("", |x| x.text.as_str());
    word(0) == "we" && word(1) == "will" && !cx.toks.windows(2).any(|w| w[0].is("you") && w[1].is("to"))
}
