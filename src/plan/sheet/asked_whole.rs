//! Runs that are asked whole rather than proposed: a rule for the young
//! only ("patients under 18"), for some bookings or some patients only
//! ("for afternoon appointments", "if you are diabetic"), or a ban counted
//! over a course of treatments rather than from one visit. Whatever the run says, a careful
//! reader asks about it.

use super::compose::Context;
use super::{Proposal, Question, Sentence};

/// Words that count a rule over a course of treatments, not from one
/// visit: "during your treatment course", "for a week after the last
/// session". Steady's rules hold after each visit, so such a ban is asked.
const OVER_THE_COURSE: &[&str] = &[
    "treatment course",
    "course of treatment",
    "course of your treatment",
    "during the course",
    "during your course",
    "throughout the course",
    "after the last treatment",
    "after your last treatment",
    "after the last session",
    "after your last session",
    "after the final treatment",
    "after your final treatment",
    "treatments end",
    "treatments are over",
    "treatment series",
    "series of treatments",
];

pub(super) fn over_the_course(cx: &Context<'_>) -> bool {
    let lower = cx.text.to_lowercase();
    OVER_THE_COURSE.iter().any(|w| lower.contains(w))
}

/// "Patients under 18", "if you are younger than 21": a rule for the young
/// only.
pub(super) fn for_the_young(cx: &Context<'_>) -> bool {
    let t = cx.toks;
    // "A responsible adult (a parent if the patient is under 18) must come
    // with you": a bracket that says who the adult is, for the young, leaves
    // the rule for everyone.
    let mut aside = vec![false; t.len()];
    let mut open = None;
    for (i, tok) in t.iter().enumerate() {
        match tok.punct() {
            Some('(') => open = Some(i),
            Some(')') => {
                if let Some(o) = open.take() {
                    if t.get(o + 1).is_some_and(|x| x.is("a") || x.is("an")) {
                        aside[o..i].iter_mut().for_each(|a| *a = true);
                    }
                }
            }
            _ => {}
        }
    }
    (0..t.len()).filter(|&i| !aside[i]).any(|i| {
        let k = super::values::longest(
            t,
            i,
            &["under", "younger than", "below", "under the age of", "below the age of"],
        );
        // "under 18", not "under 60 minutes".
        k.is_some_and(|k| {
            matches!(t.get(k).map(|x| x.kind), Some(super::tokens::Kind::Number(_)))
                && super::values::unit_at(t, k + 1).is_none()
        })
    })
}

/// Words that limit a rule to some bookings ("if your appointment is in
/// the morning", "for afternoon lists"): such a rule does not overrule the
/// sheet's rule for everyone.
pub(super) const SOME_BOOKINGS: &[&str] = &[
    "if your appointment is",
    "if your procedure is",
    "if your test is",
    "if your surgery is",
    "morning list",
    "afternoon list",
    "for morning appointments",
    "for afternoon appointments",
];

/// How a sentence for some bookings only begins: the booking's time
/// ("Afternoon: ...", "if your surgery is booked for the morning").
const SOME_BOOKINGS_OPEN: &[&str] = &[
    "for afternoon",
    "for morning",
    "for evening",
    "morning:",
    "afternoon:",
    "morning list",
    "afternoon list",
    "if your appointment is in the",
    "if your procedure is in the",
    "if your surgery is in the",
    "if your appointment is booked",
    "if your procedure is booked",
    "if your surgery is booked",
    "if you are booked",
    "for patients booked",
];

/// A condition that names a group of patients ("if you are diabetic",
/// "if you may be pregnant",
/// "if you are given a premedication"): a rule for that group, not for
/// every patient. Not any "if": "if you have questions, call us" names
/// no group.
const SOME_PATIENTS: &[&str] = &[
    "if you are diabetic",
    "if you are a diabetic",
    "if you have diabetes",
    "for diabetic patients",
    "you may be pregnant",
    "you could be pregnant",
    "you might be pregnant",
    "if you are given a",
    "if you were given a",
    "if you have been given a",
    // "Some procedures need fasting, but some do not": the kind of visit
    // decides, and the sheet does not say which is the patient's.
    "but some do not",
    "but others do not",
    "but some don't",
    "but others don't",
];

/// A rule for some bookings or some patients only: asked, never proposed
/// as every patient's rule.
pub(super) fn for_some_patients(cx: &Context<'_>) -> bool {
    some_only(&cx.text.to_lowercase())
}

/// The same, of a sentence's lower-case text.
pub(super) fn some_only(lower: &str) -> bool {
    for_some_bookings(lower) || SOME_PATIENTS.iter().any(|w| lower.contains(w)) || some_against_others(lower)
}

/// "Some patients stay an hour; for others it is longer": a sentence that
/// sets some patients against the others says neither group's rule for
/// every patient.
fn some_against_others(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let some = words
        .windows(2)
        .position(|w| w[0] == "some" && ["patients", "people", "children", "adults"].contains(&w[1]));
    some.is_some_and(|i| words[i + 2..].iter().any(|w| ["others", "other"].contains(w)))
}

fn for_some_bookings(lower: &str) -> bool {
    SOME_BOOKINGS_OPEN.iter().any(|w| lower.trim_start().starts_with(w))
}

/// "For morning appointments: nothing to eat after midnight" and "For
/// afternoon appointments: nothing to eat after midnight, but ...": one
/// rule said alike for two kinds of booking is every patient's rule,
/// proposed rather than asked.
pub(super) fn same_for_every_booking(
    mut proposals: Vec<Proposal>,
    sentences: &[Sentence],
    questions: &mut Vec<Question>,
) -> Vec<Proposal> {
    let booking = |q: &Question| {
        sentences
            .get(q.sentence)
            .is_some_and(|s| for_some_bookings(&s.text.to_lowercase()))
    };
    let only = |q: &Question| match q.options.as_slice() {
        [one] if booking(q) => Some(one.clone()),
        _ => None,
    };
    let shared: Vec<usize> = (0..questions.len())
        .filter(|&i| {
            only(&questions[i]).is_some_and(|p| {
                questions
                    .iter()
                    .any(|r| r.sentence != questions[i].sentence && only(r).is_some_and(|o| o.rule == p.rule))
            })
        })
        .collect();
    for &i in &shared {
        let p = questions[i].options[0].clone();
        if !proposals.iter().any(|x| x.rule == p.rule) {
            proposals.push(p);
        }
    }
    let mut at = 0;
    questions.retain(|_| {
        at += 1;
        !shared.contains(&(at - 1))
    });
    proposals
}
