//! A taxi barred only "without a responsible adult going with you", "on
//! your own", "unaccompanied": the ban is of the taxi alone, so a taxi
//! with the escort in it is allowed (branch tune-aqr; half c read "a taxi
//! (alone)" the same way). Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::Rideshare;

/// The taxi's ban bound to the patient being without company.
static WITHOUT_ADULT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:taxi|cab|uber|lyft|rideshare|ride-share|bus|public transport\w*)\b[^.;]{0,40}\b(?:without (?:an? |your |the )?(?:responsible |accompanying )?(?:adult|escort|companion|person|someone|somebody|driver)|unaccompanied|on your own|by yourself|unless accompanied|unless (?:an? |your )?(?:responsible )?adult)\b").ok()
});

/// What the proposal was written for.
const WRITTEN_FOR: &str =
    "corpus half aq: \"you will not be allowed ... to take a taxi without a responsible adult going with you\"";

/// Reads a taxi barred without company as a taxi only with the escort.
pub(super) fn taxi_without_adult(proposals: &mut [Proposal], sentences: &[Sentence]) {
    for p in proposals.iter_mut() {
        if !matches!(
            p.rule,
            Proposed::Rideshare {
                rideshare: Rideshare::NotAllowed
            }
        ) {
            continue;
        }
        let Some(s) = sentences.get(p.sentence) else {
            continue;
        };
        if WITHOUT_ADULT
            .as_ref()
            .is_some_and(|re| re.is_match(&s.text.to_lowercase()))
        {
            let rule = Proposed::Rideshare {
                rideshare: Rideshare::OnlyWithEscort,
            };
            *p = Proposal::over(rule, p.sentence, (p.start, p.end), WRITTEN_FOR);
        }
    }
}
