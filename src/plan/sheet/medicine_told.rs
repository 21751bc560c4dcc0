//! A telling that the stop after it takes in: "Tell us which herbal
//! remedies you use. We ask for some of them to be stopped a week before":
//! the stop picks its medicines from those told about ("some of them"),
//! so the telling is how they are found, part of the stop's line, not a
//! rule of its own. "Tell us if you take X. Do not take it for 12 hours"
//! keeps both: the stop is not picked from the telling.

use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineBefore;

/// How many sentences after the telling its stop may stand.
// Not a care number: a reading window.
const STOP_WITHIN: usize = 2;

/// Words by which a later sentence picks some of the medicines told about.
const SOME_OF: &[&str] = &["of them", "of these", "of those"];

/// Drops an ask-the-prescriber medicine rule when, within a sentence or
/// two, a timed stop for "some of them" follows: the stop says what the
/// telling is for.
pub(super) fn told_then_stopped(proposals: Vec<Proposal>, sentences: &[Sentence]) -> Vec<Proposal> {
    let timed_stop = |p: &Proposal| {
        matches!(&p.rule, Proposed::Medicine { rule }
            if !matches!(rule.before, MedicineBefore::AskPrescriber { .. } | MedicineBefore::None))
    };
    let points_back = |i: usize| {
        sentences.get(i).is_some_and(|s| {
            let lower = s.text.to_lowercase();
            SOME_OF.iter().any(|w| lower.contains(w))
        })
    };
    let stops: Vec<usize> = proposals.iter().filter(|p| timed_stop(p)).map(|p| p.sentence).collect();
    proposals
        .into_iter()
        .filter(|p| {
            let asked = matches!(&p.rule, Proposed::Medicine { rule }
                if matches!(rule.before, MedicineBefore::AskPrescriber { .. }));
            let told = sentences.get(p.sentence).is_some_and(|s| {
                let lower = s.text.to_lowercase();
                ["tell us", "let us know", "inform us"]
                    .iter()
                    .any(|w| lower.contains(w))
            });
            let stopped_after = stops
                .iter()
                .any(|&j| j > p.sentence && j - p.sentence <= STOP_WITHIN && (p.sentence + 1..=j).any(points_back));
            !(asked && told && stopped_after)
        })
        .collect()
}
