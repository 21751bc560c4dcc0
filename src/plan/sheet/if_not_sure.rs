//! "Ask your pharmacist or call us if you are not sure about your
//! medicines": where to turn when in doubt is no rule for a medicine, and
//! names none. An ask-the-prescriber line for medicines in general, read
//! from a sentence that offers help "if you are not sure", is dropped;
//! the reader stays silent (branch tune-be, half be). Weighed once every
//! sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineBefore;

/// Help offered in doubt.
static IN_DOUBT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\bif (?:you are |you're |you aren't |you are not |you feel )?(?:not sure|unsure|uncertain|in doubt|have (?:any )?questions)\b").ok()
});

/// Medicines in general, no one named.
static BARE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*(?:any |all |your |other )?(?:medications?|medicines?|drugs|pills|tablets)\W*$").ok()
});

/// Drops the general ask line read from help offered in doubt.
pub(super) fn if_not_sure(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        let Proposed::Medicine { rule } = &p.rule else {
            return true;
        };
        if !matches!(rule.before, MedicineBefore::AskPrescriber { .. }) || !is(&BARE, &rule.name.to_lowercase()) {
            return true;
        }
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        !is(&IN_DOUBT, &s.text.to_lowercase())
    });
}
