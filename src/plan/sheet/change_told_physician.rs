//! A change in the patient's health told to "your physician": "if your
//! physical condition changes (a cold or a fever), tell your physician as
//! soon as you can". On a sheet for a visit the change matters to, the
//! physician to tell is the one who treats, as "tell your doctor before
//! your procedure" is (branch tune-aqr); one's own doctor is read only
//! when the words say so ("family doctor", "primary care", "GP").
//! Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::WhoToCall;

/// A change in the patient's health, said as a change.
static CHANGE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:condition|health|state of health) (?:changes|has changed|changed|should change|gets worse|worsens)\b|\bchanges? in (?:your |the patient's )?(?:physical |general )?(?:condition|health)\b").ok()
});

/// Words that make the doctor one's own.
static OWN_DOCTOR: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:family|own|primary|gp|general practitioner|local|home|regular) ?(?:care )?(?:doctor|physician|provider)?\b|\bgp\b").ok()
});

/// Sends a change in health told to "your physician" to the clinic.
pub(super) fn change_told_physician(proposals: &mut [Proposal], sentences: &[Sentence]) {
    for p in proposals.iter_mut() {
        let Proposed::RedFlag { rule } = &mut p.rule else {
            continue;
        };
        let Some(s) = sentences.get(p.sentence) else {
            continue;
        };
        let text = s.text.to_lowercase();
        if rule.call == WhoToCall::PrimaryCare && is(&CHANGE, &text) && !is(&OWN_DOCTOR, &text) {
            rule.call = WhoToCall::Clinic;
        }
    }
}
