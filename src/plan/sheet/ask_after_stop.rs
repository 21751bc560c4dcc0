//! "Pradaxa or Xarelto – stop taking these two days before. Get in touch
//! with your treating doctor for advice on stopping and starting again":
//! the advice asked of the doctor right after a stop, naming no medicine,
//! is about the medicines the stop named (branch tune-mn; how clinics
//! list blood thinners, each line a stop and a word with the
//! prescriber). Each such medicine also gets its ask-prescriber line.
//! Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::compose::ask_prescriber;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineBefore;

/// Advice asked of the prescriber: "get in touch with your doctor for
/// advice on stopping", "ask your doctor how to restart".
static ADVICE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:get in touch with|contact|ask|talk to|speak to|speak with|consult|check with)\b[^.;]{0,30}\b(?:doctor|prescriber|gp|physician|specialist|cardiologist)\b[^.;]{0,30}\b(?:advice|guidance|instructions?|how to|when to)\b").ok()
});

/// What the proposal was written for.
const WRITTEN_FOR: &str = "corpus half an: \"Pradaxa, Xarelto or Eliquis – stop taking these two days before. Get in touch with your treating doctor for advice on stopping, dosing and starting again.\"";

/// Adds an ask-prescriber line for each medicine a stop right before the
/// advice named.
pub(super) fn ask_after_stop(proposals: &mut Vec<Proposal>, sentences: &[Sentence], text: &str) {
    let mut added = Vec::new();
    for (index, s) in sentences.iter().enumerate().skip(1) {
        if !ADVICE.as_ref().is_some_and(|re| re.is_match(&s.text.to_lowercase())) {
            continue;
        }
        let own = proposals
            .iter()
            .any(|p| p.sentence == index && matches!(p.rule, Proposed::Medicine { .. }));
        let before = &sentences[index - 1];
        let same_line = text.get(before.end..s.start).is_some_and(|gap| !gap.contains('\n'));
        if own || !same_line {
            continue;
        }
        for p in proposals.iter().filter(|p| p.sentence == index - 1) {
            let Proposed::Medicine { rule } = &p.rule else { continue };
            if !matches!(rule.before, MedicineBefore::HoursBefore { .. }) {
                continue;
            }
            let ask = ask_prescriber(rule.name.clone());
            added.push(Proposal::over(ask, index, (s.start, s.end), WRITTEN_FOR));
        }
    }
    proposals.extend(added);
}
