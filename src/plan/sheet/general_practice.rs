//! A stop told as what doctors in general do (branch tune-bc): "most
//! doctors will tell you to stop it, sometimes a week before", "many
//! surgeons ask patients to stop it", "some clinics stop it three days
//! before". The sentence reports a custom, not this clinic's rule, and its
//! time is the custom's: no timed stop is read from it (silent rather
//! than asked: the page's own rule for the medicine, if any, is said
//! elsewhere). Weighed once every sentence is read (from
//! `across_sheet.rs`).

use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineBefore;

/// Words that make the stop other doctors' custom.
const OTHERS: &[&str] = &["most", "many", "some", "other"];

/// Who keeps the custom.
const WHO: &[&str] = &[
    "doctors",
    "surgeons",
    "physicians",
    "clinicians",
    "clinics",
    "anaesthetists",
    "anesthesiologists",
];

/// Whether the sentence tells a custom of doctors in general.
fn custom(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|w| OTHERS.contains(&w[0]) && WHO.contains(&w[1]))
}

/// Drops the timed stops of a sentence that tells doctors' custom.
pub(super) fn general_practice(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        let timed =
            matches!(&p.rule, Proposed::Medicine { rule } if matches!(rule.before, MedicineBefore::HoursBefore { .. }));
        !(timed && sentences.get(p.sentence).is_some_and(|s| custom(&s.text)))
    });
}
