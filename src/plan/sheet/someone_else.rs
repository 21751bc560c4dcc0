//! A rule for someone other than the patient, read as the escort
//! (branch tune-aop): an interpreter who comes along ("if you speak
//! neither language, arrange for an interpreter to come with you"; "this
//! person should stay until you are discharged" after it), or the escort's
//! own papers and things ("your escort needs photo ID", "you and your
//! escort should also bring slippers"). The person is there, but nothing
//! says the patient needs someone to take them home, nor where that
//! someone waits: no escort line. Weighed once every sentence is read
//! (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// Someone who comes for another reason than the ride home.
static NOT_AN_ESCORT: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:interpreters?|translators?|sign language)\b").ok());

/// "This person", "they", "he or she": the person of the sentence before.
static POINTS_BACK: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*(?:this|that|the) (?:person|individual)\b|^\W*(?:they|he or she|she or he)\b").ok()
});

/// The escort as the one who must have, show or bring something: a rule
/// for the escort, said of an escort already asked for elsewhere.
static ESCORTS_OWN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:your|the|you and your) (?:escort|driver|companion|support person)s? (?:needs?|must|should|will need|has to|have to)(?: also)? (?:have|show|bring|carry|present|wear)\b|\b(?:escort|driver|companion)s? (?:needs?|must|should) (?:\w+ )?(?:photo )?(?:id|identification)\b",
    )
    .ok()
});

/// Drops the escort read from a sentence about an interpreter, or about
/// the escort's own papers and things.
pub(super) fn someone_else(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let lower = |i: usize| sentences.get(i).map_or(String::new(), |s| s.text.to_lowercase());
    proposals.retain(|p| {
        if !matches!(p.rule, Proposed::EscortRequired | Proposed::EscortPresence { .. }) {
            return true;
        }
        let text = lower(p.sentence);
        let before = p.sentence.checked_sub(1).map_or(String::new(), lower);
        let interpreter = is(&NOT_AN_ESCORT, &text) || (is(&POINTS_BACK, &text) && is(&NOT_AN_ESCORT, &before));
        let escorts_own = matches!(p.rule, Proposed::EscortRequired) && is(&ESCORTS_OWN, &text);
        !interpreter && !escorts_own
    });
}
