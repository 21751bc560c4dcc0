//! A stop told as a hedge (branch tune-awx): "it may be best to stop
//! Aspirin a week before, but this depends on why you take it", "you
//! might need to stop it", "whether to stop depends on your doctor". The
//! clinic does not hold the patient to the stop or its time; whether and
//! when is for the prescriber. Every timed stop read from such a sentence
//! becomes an ask-prescriber line for the same medicine, with no time of
//! its own (a number the hedge weighs is no rule). Weighed once every
//! sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::compose::ask_prescriber;
use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineBefore;

/// Words that weigh the stop rather than set it: a guess at what is best,
/// or a stop made to depend on the patient's reasons or the doctor.
static HEDGE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:it )?(?:may|might|could) be (?:best|better|wise|advisable|sensible)\b|\b(?:depends|depending|dependent|will depend) (?:up)?on\b|\bmight (?:need|have) to\b|\b(?:may|might) wish to\b|\bpossibly\b").ok()
});

/// What the proposal was written for.
const WRITTEN_FOR: &str = "corpus half aw: \"it may be best to stop Aspirin and anti-inflammatory medications a week before surgery, but this depends on why you take them\"";

/// Turns the timed stops of a hedged sentence into ask-prescriber lines.
pub(super) fn hedged_stop(proposals: &mut [Proposal], sentences: &[Sentence]) {
    for p in proposals.iter_mut() {
        let Proposed::Medicine { rule } = &p.rule else { continue };
        if !matches!(rule.before, MedicineBefore::HoursBefore { .. }) {
            continue;
        }
        let hedged = sentences
            .get(p.sentence)
            .is_some_and(|s| is(&HEDGE, &s.text.to_lowercase()));
        if !hedged {
            continue;
        }
        let ask = ask_prescriber(rule.name.clone());
        *p = Proposal::over(ask, p.sentence, (p.start, p.end), WRITTEN_FOR);
    }
}
