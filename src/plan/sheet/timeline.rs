//! A page laid out as a timeline ("Two weeks before surgery", then its
//! lines, then "One week before surgery"): a heading that is only a length
//! before the visit says when the medicines under it stop (branch
//! tune-rest). It gives its moment to medicine lines alone; what else
//! stands under it (a task, a word to the doctor) is only done by then, no
//! rule with a start.

use super::clauses::Run;
use super::lexicon::{Cue, Topic};
use super::marks::{Mark, MarkKind};
use super::values::{Amount, Dir, Length, Unit, When};

/// How many words a timeline heading has at most ("One week before your
/// surgery").
// Not a care number: a reading window (a heading, not a sentence).
const TIMELINE_WORDS: usize = 6;

/// The length before the visit a bare heading says ("Two weeks before
/// surgery"), in days or weeks: not a line that ends in a colon (a lead-in
/// with its own ask), nor one that ends a sentence.
pub(super) fn before_heading(marks: &[Mark], text: &str) -> Option<When> {
    let t = text.trim();
    // "AT LEAST 1 Week before your test": "at least" adds no words to the
    // heading's shape.
    let least = t.get(..9).is_some_and(|w| w.eq_ignore_ascii_case("at least "));
    let words = t.split_whitespace().count() - if least { 2 } else { 0 };
    if t.ends_with([':', '.', '!', '?']) || words > TIMELINE_WORDS {
        return None;
    }
    let mut times = marks.iter().filter_map(|m| match m.kind {
        MarkKind::Time(timed) => Some(timed.when),
        _ => None,
    });
    let when = times.next()?;
    if times.next().is_some() {
        return None;
    }
    match when {
        When::Amount {
            amount:
                Amount::Exact(Length {
                    unit: Unit::Days | Unit::Weeks,
                    ..
                }),
            dir: Some(Dir::Before),
            until: false,
            ..
        } => Some(when),
        _ => None,
    }
}

/// Whether a line under a heading takes its moment: every line takes a
/// moment after, only a medicine named ("Plavix", "aspirin") and
/// stopped takes a length before, not the usual medicines kept.
pub(super) fn takes_heading(when: &When, run: &Run) -> bool {
    let before = matches!(
        when,
        When::Amount {
            dir: Some(Dir::Before),
            ..
        }
    );
    // "Pick up the antibiotics at the clinic" under "One day before": a
    // task by then, not a medicine to take; only a medicine stopped takes
    // the heading's length as its stop.
    let stopped = run.cue(Cue::Not) || run.cue(Cue::Stop);
    let named = run
        .topics
        .iter()
        .any(|(t, ..)| matches!(t, Topic::Medicine(_) | Topic::OtherMedicine));
    !before || (stopped && named)
}
