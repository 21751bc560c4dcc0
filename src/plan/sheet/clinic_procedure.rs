//! "When you arrive, we will draw your blood for a fasting glucose
//! level", "the nurse will take blood at one, two and three hours after
//! the drink": what the staff do at the visit is the test itself, not
//! the patient's rule, and its times are the test's. A fasting line read
//! from a sentence whose doer is the clinic ("we will", "the nurse
//! will"), and that bans nothing, is dropped; the reader stays silent
//! (branch tune-be, half be). Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// The clinic as the doer.
static CLINIC_DOES: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:we|we'll|staff|nurses?|technologists?|technicians?|phlebotomists?|laboratory|lab)\s+(?:will|shall|then|also)\b").ok()
});

/// A ban or fast told to the patient.
static BAN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:do not|don't|must not|should not|you must|you should|nothing|no food|no eating|no drinks?|avoid|stop|fast|fasting for|refrain|nil by mouth)\b").ok()
});

/// A test named for the fast it needs: "a fasting glucose level".
static FASTING_TEST: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\bfasting (?:glucose|blood|lipids?|sugar|sample|level|test)\b").ok());

/// Drops fasting lines read from what the clinic does.
pub(super) fn clinic_procedure(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    super::keep_where::keep_where_sentence(
        proposals,
        sentences,
        |rule| matches!(rule, Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. }),
        |lower| {
            if !is(&CLINIC_DOES, lower) {
                return true;
            }
            // The test's name ("fasting glucose") is not a fast told.
            let told = FASTING_TEST
                .as_ref()
                .map_or(lower.to_string(), |re| re.replace_all(lower, "").into_owned());
            is(&BAN, &told)
        },
    );
}
