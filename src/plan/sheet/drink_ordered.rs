//! "Drink 32 oz of water 1 hour before your scan and do not empty your
//! bladder": an amount to drink at a time before the visit is a task the
//! scan needs (a full bladder), not the end of drinking. A drinks cutoff
//! read from a sentence that orders an amount to drink, and bans no
//! drink nor sets a last time for drinks ("until", "may drink"), is no rule for drinks (branch tune-be, half be; the reader
//! stays silent and the task is left to the task reader). Weighed once
//! every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// An amount to drink begins: "drink 24", "drink at least 3", "drink
/// a".
static AMOUNT_LEAD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:drink|finish|consume)\s+(?:at least\s+|about\s+|approximately\s+)?(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|a\b|an\b)").ok()
});

/// The measure of the amount: "ounces", "32oz", "glasses", "cups".
static MEASURE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"(?:oz|ounces?|glass|glasses|cups?|litres?|liters?|ml|bottles?|pints?|quarts?)\b").ok()
});

/// How far after the lead the measure may stand ("4 to 6 eight ounce
/// glasses"), in characters.
// Not a care number: a span of text, not a time or dose.
const MEASURE_WITHIN: usize = 40;

/// An amount to drink: "drink 24 ounces", "drink 32oz", "drink 4 glasses
/// of water", "drink at least 3 extra glasses". The measure is looked for
/// in the few words after the lead, in Rust, so that no pattern holds a
/// wide bounded repeat.
fn orders_an_amount(lower: &str) -> bool {
    let (Some(lead), Some(measure)) = (AMOUNT_LEAD.as_ref(), MEASURE.as_ref()) else {
        return false;
    };
    lead.find_iter(lower).any(|m| {
        let after = &lower[m.end()..];
        let end = after.char_indices().nth(MEASURE_WITHIN).map_or(after.len(), |(i, _)| i);
        measure.is_match(&after[..end])
    })
}

/// A drink banned: the sentence's own cutoff.
static BAN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:do not|don't|not to|must not|should not|no|nothing|stop|avoid|without)\s+(?:\w+\s+)?(?:drink\w*|fluids?|liquids?|beverages?|water)\b").ok()
});

/// A last time for drinks, or an allowance: "until 2 hours before",
/// "you may drink 1 glass", "and then nothing after that".
static LAST_TIME: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:until|up to|till|no later than|may|can|nothing|after that|thirsty|while you)\b").ok()
});

/// Drops drinks cutoffs read from an amount the patient is told to drink.
pub(super) fn drink_ordered(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    super::keep_where::keep_where_sentence(
        proposals,
        sentences,
        |rule| matches!(rule, Proposed::ClearLiquids { .. }),
        |lower| !orders_an_amount(lower) || is(&BAN, lower) || is(&LAST_TIME, lower),
    );
}
