//! A way home only recommended, not required (branch tune-aop): "we
//! recommend that someone drives you home, or goes with you by taxi". The
//! sentence says what is best, a hedge; the patient who comes alone may
//! be allowed a taxi in another sentence ("if you are on your own, take a
//! taxi home"). A taxi "only with an escort" is a requirement, which a
//! recommendation the sheet then relaxes does not set, so no rideshare
//! rule is read from it. A hedged rule the sheet does not relax is kept
//! (half d). Weighed once every sentence is read
//! (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::Rideshare;

/// Words of a recommendation, not a requirement.
static RECOMMENDED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:we|i) (?:\w+ )?(?:recommend|suggest|advise)\b|\b(?:it is|it's) (?:recommended|suggested|advisable|best)\b|\bideally\b|\bpreferably\b").ok()
});

/// Words of a requirement, which make the recommendation a rule after all.
static REQUIRED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:must|required|requires?|have to|has to|will need|needs? to|cannot|can't|may not|not allowed|not permitted|unless|against)\b").ok()
});

/// A taxi for the patient alone, in another sentence.
static TAXI_ALONE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:on your own|alone|by yourself|without (?:an? )?(?:escort|adult|companion|someone))\b[^.]*\b(?:taxi|cab)\b").ok()
});

/// Words that deny the taxi alone.
static DENIED: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:not|no|never|against|cannot|can't|may not|must not)\b").ok());

/// Drops a taxi "only with an escort" read from a recommendation.
pub(super) fn ride_recommended(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        if !matches!(
            p.rule,
            Proposed::Rideshare {
                rideshare: Rideshare::OnlyWithEscort
            }
        ) {
            return true;
        }
        let text = sentences
            .get(p.sentence)
            .map_or(String::new(), |s| s.text.to_lowercase());
        let relaxed = sentences.iter().enumerate().any(|(i, s)| {
            let other = s.text.to_lowercase();
            i != p.sentence && is(&TAXI_ALONE, &other) && !is(&DENIED, &other)
        });
        !relaxed || !is(&RECOMMENDED, &text) || is(&REQUIRED, &text)
    });
}
