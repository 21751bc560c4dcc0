//! The last drink said of the drink itself: "apart from water, which you
//! may have until two (2) hours before", "a glass of water or tea may be
//! drunk 2 hours before the anaesthetic". The drink allowed up to a time
//! is the clear-liquid cutoff (water-only cutoffs read as clear liquids,
//! as earlier halves did), said with the drink first and the allowance
//! after it (branch tune-auv, halves au and av). Proposed once per sheet,
//! when nothing else set the drinks' time or asked about it. Weighed once
//! every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Question, Sentence, Subject};
use crate::facts::rules::Cutoff;

/// The drink, then that it may be had up to a number of hours before.
static DRINK_ALLOWED_UNTIL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:water|tea|clear (?:fluids|liquids|drinks))\b[^.;]{0,30}?\b(?:may|can)\b (?:still )?(?:be drunk|be taken|be had|have|drink)\b[^.;0-9]{0,12}?\b(?:until |up to |up until )?(\d{1,2}|one|two|three|four|six)(?: \(\d{1,2}\))? hours? (?:before|prior)\b").ok()
});

/// A condition or a second drink that makes the time not everyone's.
static NOT_EVERYONES: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:if|unless|only|children|child|infants?|babies|breast|formula)\b").ok()
});

/// What the proposal was written for.
const WRITTEN_FOR: &str = "corpus halves au and av: \"apart from water, which you may have until two (2) hours before\", \"a glass of water or tea may be drunk 2 hours before the start of the anaesthetic\"";

/// Hours from a figure or a spelled number.
fn hours(word: &str) -> Option<u32> {
    match word {
        "one" => Some(1),
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "six" => Some(6),
        _ => word.parse().ok(),
    }
}

/// Adds the drinks' cutoff from a drink allowed up to a time.
pub(super) fn water_until(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &[Question]) {
    if proposals
        .iter()
        .any(|p| matches!(p.rule, Proposed::ClearLiquids { .. }))
    {
        return;
    }
    let Some(re) = DRINK_ALLOWED_UNTIL.as_ref() else { return };
    for (index, s) in sentences.iter().enumerate() {
        let lower = s.text.to_lowercase();
        let asked = questions
            .iter()
            .any(|q| q.sentence == index && q.about == Subject::ClearLiquids);
        if asked || super::pattern::is(&NOT_EVERYONES, &lower) {
            continue;
        }
        let Some(h) = re
            .captures(&lower)
            .and_then(|c| c.get(1))
            .and_then(|m| hours(m.as_str()))
        else {
            continue;
        };
        let drinks = Proposed::ClearLiquids {
            cutoff: Cutoff::HoursBefore { hours: h },
        };
        proposals.push(Proposal::over(drinks, index, (s.start, s.end), WRITTEN_FOR));
        return;
    }
}
