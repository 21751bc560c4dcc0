//! Someone with the patient after the session, read from a run (see
//! `compose.rs`): "someone should stay with you for 12 hours", "you should
//! not be left alone for 24 hours", and company for a span Steady does not
//! count in hours ("through the night").

use super::clauses::Run;
use super::compose::{add, own_dir, source, span_of, Context, Words};
use super::found::Found;
use super::lexicon::{Cue, Topic};
use super::values::{Amount, Dir, Length, When};
use super::{Ask, Proposed, Subject};

pub(super) fn someone_stays(run: &Run, cx: &Context<'_>, found: &mut Found) {
    let escort_present = run.has(Topic::Escort) || run.has(Topic::EscortNeeded);
    let during = run.times.iter().any(|t| t.when == When::During);
    // "You will be watched in the recovery room for an hour": watched at
    // the clinic's own place is the stay there, not company at home.
    let at_the_clinic = run.topics.iter().any(|(t, _, _, end)| {
        *t == Topic::SomeoneStays
            && run
                .topics
                .iter()
                .any(|(u, _, a, _)| *u == Topic::StayAfter && *a >= *end && *a <= *end + CLINIC_WINDOW)
    });
    // "Stay in our office during your operation, take you home and look
    // after you at home": the company said for home is not the escort's
    // wait during the session.
    let at_home = run.topics.iter().any(|(t, _, a, b)| {
        *t == Topic::SomeoneStays
            && cx.toks[(*a).min(cx.toks.len())..(*b + HOME_WINDOW).min(cx.toks.len())]
                .iter()
                .any(|x| x.is("home"))
    });
    if run.has(Topic::SomeoneStays) && !(escort_present && during && !at_home) && !at_the_clinic {
        let alone = run.topics.iter().any(|(t, _, a, b)| {
            *t == Topic::SomeoneStays && cx.toks[*a..*b].iter().any(|x| x.is("alone") || x.is("own"))
        });
        if alone == (run.cue(Cue::Not) && !denied_only_after(run, cx)) {
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
                        let option = |l: Length| l.whole_hours().map(|hours| Proposed::SomeoneStays { hours });
                        found.ask_range((a, b), Subject::SomeoneStays, option, w);
                        break;
                    }
                    When::Amount {
                        amount: Amount::UpTo(l),
                        ..
                    } => {
                        found.ask(Ask::UpTo { minutes: l.minutes }, Subject::SomeoneStays, vec![], w);
                        break;
                    }
                    When::Amount {
                        amount: Amount::Vague, ..
                    } => {
                        found.ask(Ask::Vague, Subject::SomeoneStays, vec![], w);
                        break;
                    }
                    // "Until you are fully awake": no length either.
                    When::NextMorning | When::RestOfDay | When::UntilWornOff => {
                        if let Some(span) = span_of(&timed.when) {
                            found.ask(Ask::NotInHours { span }, Subject::SomeoneStays, vec![], w);
                        }
                        break;
                    }
                    _ => {}
                }
            }
            // "A friend must take you home and stay with you.", "someone
            // should stay with you once you are home": company asked for,
            // and nothing said after it of how long (no other rule, no
            // number, not the trip home: "with you when you go home" is
            // the ride); asked, not chosen.
            let said_last = run.topics.iter().any(|(t, _, _, end)| {
                *t == Topic::SomeoneStays
                    && !run.topics.iter().any(|(u, _, a, _)| !COMPANY.contains(u) && *a >= *end)
                    && !cx.toks[(*end).min(cx.toks.len())..]
                        .iter()
                        .any(|x| matches!(x.kind, super::tokens::Kind::Number(_)) || DEPARTING.iter().any(|w| x.is(w)))
            });
            let has_length = run.times.iter().any(|t| {
                matches!(
                    t.when,
                    When::Amount { .. } | When::NextMorning | When::RestOfDay | When::UntilWornOff
                )
            });
            // "When you are discharged you will need someone to look after
            // you": a "when" of time, not a condition ("if you live alone").
            let conditional = run.cue(Cue::If) && cx.toks.iter().any(|x| x.is("if") || x.is("unless"));
            if !has_length && said_last && !conditional && (run.cue(Cue::Must) || escort_present) {
                found.ask(Ask::NoTime, Subject::SomeoneStays, vec![], w);
            }
        }
    }
}

/// "Someone must stay with them overnight, or you cannot have the
/// procedure": every "not" of the sentence stands after the company's
/// words, in what follows if it is missing, so the company itself is asked
/// for, not denied.
fn denied_only_after(run: &Run, cx: &Context<'_>) -> bool {
    let Some(end) = run
        .topics
        .iter()
        .filter(|(t, ..)| *t == Topic::SomeoneStays)
        .map(|(_, _, _, end)| *end)
        .min()
    else {
        return false;
    };
    let denial = |x: &super::tokens::Tok| super::cues::one_word_denials().any(|w| x.is(w));
    let before = end.min(cx.toks.len());
    !cx.toks[..before].iter().any(denial) && cx.toks[before..].iter().any(denial)
}

/// How far after "be watched" the clinic's place may stand ("be watched in
/// the hospital recovery area").
// Not a care number: a reading window.
const CLINIC_WINDOW: usize = 4;

/// How many words after the company's own words "home" may stand ("look
/// after you at home").
// Not a care number: a reading window.
const HOME_WINDOW: usize = 2;

/// Who keeps the patient company: named after the company's words ("to be
/// looked after by another responsible adult"), they add no other rule.
const COMPANY: &[Topic] = &[Topic::SomeoneStays, Topic::Escort, Topic::EscortNeeded];

/// Words of leaving: company "when you go home" is for the trip, the ride's
/// rule, not company at home.
const DEPARTING: &[&str] = &[
    "go",
    "goes",
    "going",
    "leave",
    "leaves",
    "leaving",
    "travel",
    "travelling",
    "traveling",
];

/// "Do have a responsible adult with you", under "for up to 24 hours,
/// while the drugs are in your body, you should:": an adult with the
/// patient for a time after, with no word of a ride, is company; the run
/// is read with the adult as someone who stays.
pub(super) fn adult_as_company(run: &Run, cx: &Context<'_>) -> Option<Run> {
    let lower = cx.text.to_lowercase();
    let rides = [
        "home",
        "drive",
        "driv",
        "take you",
        "collect",
        "pick",
        "ride",
        "escort",
        "accompan",
        "transport",
        // "Someone to come with you to your appointment": the escort at
        // the visit, not company after it.
        "come",
        "arriv",
        "appointment",
        "clinic",
        "office",
        "hospital",
        "visit",
        "treatment",
        "procedure",
    ];
    let for_a_time = run.times.iter().any(|t| matches!(t.when, When::Amount { .. }));
    let after = cx.section == super::Section::After;
    let company = (run.has(Topic::Escort) || run.has(Topic::EscortNeeded))
        && !run.has(Topic::Ride)
        && !run.has(Topic::Rideshare)
        && !run.has(Topic::SomeoneStays)
        && lower.contains("with you")
        && (for_a_time || after)
        && !rides.iter().any(|w| lower.contains(w));
    company.then(|| Run {
        topics: run
            .topics
            .iter()
            .map(|&(t, e, a, b)| match t {
                Topic::Escort | Topic::EscortNeeded => (Topic::SomeoneStays, e, a, b),
                _ => (t, e, a, b),
            })
            .collect(),
        ..run.clone()
    })
}
