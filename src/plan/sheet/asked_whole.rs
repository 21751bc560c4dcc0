//! Runs that are asked whole rather than proposed: a ban counted over a
//! course of treatments rather than from one visit. Whatever the run says,
//! a careful reader asks about it. Rules for some patients or some bookings
//! only are told in `some_patients.rs`; here, one rule said alike for two
//! kinds of booking is every patient's.

use super::compose::Context;
use super::some_patients::for_some_bookings;
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
