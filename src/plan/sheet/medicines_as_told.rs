//! Medicines taken only as someone tells: "sips of water may be taken
//! with medicine as you are told", "if you were told to take pills, you
//! may take a sip of water", "keep to the doctor's instructions on taking
//! or stopping them", "follow your physician's instructions about using
//! medication" (branch tune-aqr, halves aq and ar). "Taken as directed"
//! or "as prescribed" is how one takes them anyway, and still keeps them. Which medicines go on
//! and which stop is left to another's word the sheet does not give, so
//! neither leave to keep the usual medicines nor a rule for "medication"
//! in general is read from such a sentence. Weighed once every sentence
//! is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// Taking bound to another's word: "as you are told", "if you were told
/// to take", "follow / keep to the doctor's instructions on ...".
static AS_TOLD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(concat!(
        r"\bas (?:you (?:are|were|have been|will be) )?told\b|\bas you (?:are|were|have been|will be) (?:instructed|advised)\b",
        r"|\bif you (?:were|are|have been) (?:told|instructed|asked|advised) to (?:take|continue|keep)\b",
        r"|\b(?:follow|keep to|stick to|comply with|respect)\b[^.;]{0,40}\binstructions? (?:on|about|for|regarding|concerning)\b[^.;]{0,30}\b(?:medic\w*|tablets?|pills?|drugs?|taking|using|stopping)\b",
        // Guidance on the medicines still to come from someone ("the
        // guidance on taking daily medicines will be given by the
        // anaesthetist"): branch tune-ayz, half az.
        // "For the medicines you always take, follow your own doctor's
        // instructions" (branch tune-bf, half bf): the prescriber's word,
        // not given.
        r"|\bfollow (?:your |the )?(?:own )?(?:doctor|physician|gp|prescriber)'?s? (?:instructions|advice|directions)\b",
        r"|\b(?:guidance|instructions?|advice|directions)\b[^.;]{0,30}\b(?:taking|using|stopping|medic\w*)\b[^.;]{0,100}\bwill be (?:given|provided|explained|discussed)\b",
    ))
    .ok()
});

/// A medicine named only by the generic word, not a named one.
static GENERIC: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"^\W*(?:your |any |all |the )?(?:regular |usual )?(?:medications?|medicines?|pills|tablets|drugs)\W*$",
    )
    .ok()
});

/// "If your doctor prescribed medicines, follow the directions for them"
/// (branch tune-bab, half ba): the directions are the prescriber's
/// everyday ones, and name no moment of the visit (a sentence that does,
/// "follow your doctor's instructions about taking them on the day of
/// surgery", asks the prescriber and is read so).
static FOLLOW_PRESCRIBED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\bprescribed\b[^.;]{0,60}\bfollow\b[^.;]{0,30}\b(?:directions?|instructions?)\b").ok()
});

/// A moment of the visit named.
static VISIT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:surgery|procedure|operation|examination|appointment|visit|day|morning|night|before|after)\b",
    )
    .ok()
});

/// "Prescribed medicines" in general.
static PRESCRIBED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"^\W*(?:your |any |all |the )?prescribed (?:medications?|medicines?|pills|tablets|drugs)\W*$",
    )
    .ok()
});

/// Whether a sentence leaves the taking to another's word ("as you were
/// told"): read again once every line is in (`usual_as_told.rs`).
pub(super) fn as_told(lower: &str) -> bool {
    is(&AS_TOLD, lower)
}

/// Drops the usual medicines kept, and "medication" in general, read
/// from a sentence that leaves them to another's word.
pub(super) fn medicines_as_told(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let lower = s.text.to_lowercase();
        if !is(&AS_TOLD, &lower) {
            return true;
        }
        match &p.rule {
            Proposed::KeepTakingUsual => false,
            Proposed::Medicine { rule } => !is(&GENERIC, &rule.name.to_lowercase()),
            _ => true,
        }
    });
}

/// Drops "medicines" or "prescribed medicines" in general read from a
/// sentence that leaves them to the prescriber's everyday directions.
/// Called at the end, once every medicine line is read.
pub(super) fn follow_prescribed(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        let Proposed::Medicine { rule } = &p.rule else {
            return true;
        };
        let name = rule.name.to_lowercase();
        if !is(&GENERIC, &name) && !is(&PRESCRIBED, &name) {
            return true;
        }
        !sentences.get(p.sentence).is_some_and(|s| {
            let lower = s.text.to_lowercase();
            is(&FOLLOW_PRESCRIBED, &lower) && !is(&VISIT, &lower)
        })
    });
}
