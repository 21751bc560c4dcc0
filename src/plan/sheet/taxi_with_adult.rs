//! A taxi allowed in the sentence that sends an adult with the patient:
//! "a responsible adult must come with you, and you may travel by car or
//! taxi", "you must be accompanied; a taxi is fine". The ride is the
//! adult's and the patient's together, so the taxi is allowed only with
//! the escort, never alone (branch tune-auv, half au; half c read the
//! pair so). The reverse of `taxi_without_adult.rs`. Weighed once every
//! sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::Rideshare;

/// An adult who must come along, in the same sentence.
static ADULT_COMES: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:adult|escort|companion|driver|someone|somebody|person|carer|relative|friend)\b[^.;]{0,40}\b(?:must|should|will need to|needs to|has to|is required to)\b[^.;]{0,20}\b(?:come|go|travel|ride|be) (?:along )?with you\b|\b(?:must|should|need to|have to|will need to) be accompanied\b").ok()
});

/// What the proposals were written for.
const WRITTEN_FOR: &str =
    "corpus half au: \"A responsible adult must come with you, and you may travel in a private vehicle or by taxi.\"";

/// Narrows a taxi allowed beside an adult who must come to one with the
/// escort.
pub(super) fn taxi_with_adult(proposals: &mut [Proposal], sentences: &[Sentence]) {
    for p in proposals.iter_mut() {
        if !matches!(
            p.rule,
            Proposed::Rideshare {
                rideshare: Rideshare::Allowed
            }
        ) {
            continue;
        }
        let Some(s) = sentences.get(p.sentence) else { continue };
        if is(&ADULT_COMES, &s.text.to_lowercase()) {
            let rule = Proposed::Rideshare {
                rideshare: Rideshare::OnlyWithEscort,
            };
            *p = Proposal::over(rule, p.sentence, (p.start, p.end), WRITTEN_FOR);
        }
    }
}
