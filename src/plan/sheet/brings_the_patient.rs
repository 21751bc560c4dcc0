//! "A parent must bring the child to the appointment", "your carer
//! should bring you": the one brought is the patient, carried by someone
//! else, not a thing the patient packs (branch tune-auv, half au). No
//! bring line is read for the patient themself; whatever else the
//! sentence asks to bring stays. Weighed once every sentence is read
//! (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed};

/// The patient named as the thing brought.
static THE_PATIENT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*(?:the |your |a |their )?(?:child|children|kids?|son|daughter|baby|infant|toddler|patient|yourself|you|him|her|them|him or her|loved one|family member)\W*$").ok()
});

/// Drops the patient from the things to bring, and a bring line that
/// named nobody else.
pub(super) fn brings_the_patient(proposals: &mut Vec<Proposal>) {
    proposals.retain_mut(|p| {
        let Proposed::Bring { items } = &mut p.rule else {
            return true;
        };
        let before = items.len();
        items.retain(|item| !is(&THE_PATIENT, &item.to_lowercase()));
        if items.is_empty() {
            return false;
        }
        if items.len() != before {
            p.words = super::write::describe(&p.rule);
        }
        true
    });
}
