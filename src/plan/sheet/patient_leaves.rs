//! "Please leave the department with a companion": the patient's leaving,
//! not the escort's leave to go and come back (branch tune-aqr). When the
//! one who leaves is the patient ("please leave", "you may leave", "you
//! will leave ... with"), no escort presence is read from the word; the
//! escort's own leaving ("your driver may leave and return") still is.
//! The patient's own return for a later visit ("plan to come back in a
//! week") is no escort's return either (branch tune-ayz).
//! Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::EscortPresence;

/// The patient as the one who leaves.
static PATIENT_LEAVES: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(concat!(
        r"^\W*(?:please )?leave\b|\b(?:you|the patient) (?:can|may|will|must|should|are able to|are allowed to|is able to|is allowed to) (?:only )?leave\b|\bbefore you leave\b",
        // The patient's own return for a later visit ("plan to come back
        // in one week to have the stitches out"): no escort's return
        // (branch tune-ayz, half ay).
        r"|\b(?:plan to|you (?:will|must|should|need to)) (?:come back|return)\b|\b(?:come back|return) in (?:\d+|an?|one|two|three|four|five|six|seven|ten) (?:days?|weeks?|months?)\b",
    ))
    .ok()
});

/// The escort as the one who leaves.
static ESCORT_LEAVES: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:escort|companion|driver|adult|person|they|he or she|family|relative|friend)s? (?:\w+ )?(?:may|can|is free to|are free to|is welcome to|are welcome to) leave\b").ok()
});

/// The patient kept until the escort comes: "you will not be allowed to
/// leave until the named adult arrives" (branch tune-auv, half au). The
/// adult arrives to collect; nothing says they wait through the visit.
static PATIENT_KEPT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\byou (?:will not|won't|cannot|can't|may not|must not|will be unable to)(?: be (?:allowed|able|permitted) to)? leave\b[^.;]{0,20}\buntil\b[^.;]{0,40}\b(?:arrives?|comes?|is here|gets here|picks? you up|collects? you)\b").ok()
});

/// Drops the escort's leave to go read from the patient's leaving.
pub(super) fn patient_leaves(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let lower = s.text.to_lowercase();
        if matches!(
            p.rule,
            Proposed::EscortPresence {
                presence: EscortPresence::StaysOnSite
            }
        ) {
            return !is(&PATIENT_KEPT, &lower);
        }
        if !matches!(
            p.rule,
            Proposed::EscortPresence {
                presence: EscortPresence::MayLeaveAndReturn
            }
        ) {
            return true;
        }
        !is(&PATIENT_LEAVES, &lower) || is(&ESCORT_LEAVES, &lower)
    });
}
