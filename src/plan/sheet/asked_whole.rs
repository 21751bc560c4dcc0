//! Runs that are asked whole rather than proposed: a rule for the young
//! only ("patients under 18"), or a ban counted over a course of
//! treatments rather than from one visit. Whatever the run says, a careful
//! reader asks about it.

use super::compose::Context;

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
