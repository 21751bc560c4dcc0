//! "Blood-sugar-lowering drugs (do not take them for three days after the
//! operation)": "drugs" here are medicines, and their stop is a medicine
//! rule, not a ban on alcohol or recreational drugs after the visit. A
//! no-alcohol line read from a sentence that names no alcohol and no
//! recreational, street or illegal drug has only medicines to go on, so
//! it is not read (branch tune-auv, half av). Weighed once every sentence
//! is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// Alcohol, or drugs that are not medicines.
static NOT_MEDICINES: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:alcohol\w*|beer|wine|liquor|spirits|booze|drinks?|recreational|street|illicit|illegal|cannabis|marijuana|weed|thc|cbd|narcotics?|substances?|intoxicants?|non-prescribed|unprescribed)\b").ok()
});

/// Drops the no-alcohol line of a sentence that names only medicines.
pub(super) fn drugs_as_medicines(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        if !matches!(p.rule, Proposed::NoAlcohol { .. }) {
            return true;
        }
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        is(&NOT_MEDICINES, &s.text.to_lowercase())
    });
}
