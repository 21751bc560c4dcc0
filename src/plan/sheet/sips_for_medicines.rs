//! "Take your usual medications with sips of water or clear liquid up to
//! six hours before": the sips carry the tablets, and their time is the
//! medicines' last, not a time for drinks (the half s judge; branch
//! tune-ast, half as). Weighed once every sentence is read.

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// Medicines taken with a little to drink.
static SIPS_FOR_MEDICINES: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:take|taking|swallow|swallowing)\b.{0,60}\b(?:medications?|medicines?|tablets?|pills?|drugs?)\b.{0,20}\bwith (?:a |small )?(?:sips?|mouthful|little|small (?:amount|sip)s?)\b",
    )
    .ok()
});

/// Medicines "taken with water or apple juice up to 3 hours before": the
/// drinks named after the medicines' own "taken" carry them too (branch
/// tune-auv, half au).
static TAKEN_WITH: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:medications?|medicines?|tablets?|pills?|drugs?)\b[^.;]{0,40}\b(?:be |are |is )?taken\b[^.;]{0,30}\bwith (?:a little |some )?(?:water|juice|clear (?:liquids?|fluids?)|apple juice)\b",
    )
    .ok()
});

/// A drink limit that clause the sentence gives elsewhere: the rule's own.
static OWN_DRINKS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:you (?:may|can) drink|drink(?:ing)? (?:clear|water)|stop drinking|nothing to drink|no (?:fluids|liquids|drinks))\b").ok()
});

/// Clear-liquid proposals from a sentence whose only drink carries the
/// medicines go.
pub(super) fn sips_for_medicines(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let (Some(sips), Some(own)) = (SIPS_FOR_MEDICINES.as_ref(), OWN_DRINKS.as_ref()) else {
        return;
    };
    proposals.retain(|p| {
        if !matches!(p.rule, Proposed::ClearLiquids { .. }) {
            return true;
        }
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let text = s.text.to_lowercase();
        let carried = sips.is_match(&text) || super::pattern::is(&TAKEN_WITH, &text);
        !carried || own.is_match(&text)
    });
}
