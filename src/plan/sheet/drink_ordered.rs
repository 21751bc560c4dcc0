//! "Drink 32 oz of water 1 hour before your scan and do not empty your
//! bladder": an amount to drink at a time before the visit is a task the
//! scan needs (a full bladder), not the end of drinking. A drinks cutoff
//! read from a sentence that orders an amount to drink, and bans no
//! drink nor sets a last time for drinks ("until", "may drink"), is no rule for drinks (branch tune-be, half be; the reader
//! stays silent and the task is left to the task reader). And a plain
//! fast ("fasting for at least 6 hours") on a sheet that orders water
//! drunk inside it ("drink 1 litre of water 1 hour before") is a fast
//! from food: the water it asks for would break a fast from drinks
//! (branch tune-bh, half bh: the corpus reads "digiuno" and "jejum" so).
//! Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::Cutoff;

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

/// The length before the visit an amount is ordered drunk at ("1 hours
/// before", as normalised), in minutes.
static ORDERED_AT: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(\d{1,3}) (hours|minutes) before\b").ok());

/// Words of drinking: a fast that names them is not a plain fast.
static DRINK_WORD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:drink\w*|fluids?|liquids?|beverages?|water|thirst\w*|by mouth)\b").ok()
});

/// The latest length before the visit at which the sheet orders an
/// amount drunk, in minutes, if one does.
fn water_ordered_within(sentences: &[Sentence]) -> Option<u32> {
    // Only the few sentences that order an amount are normalised, and the
    // pattern compiled only for them (a sheet's first read is timed).
    sentences
        .iter()
        .filter(|s| {
            let lower = s.text.to_lowercase();
            orders_an_amount(&lower) && !is(&BAN, &lower)
        })
        .map(|s| super::normalise(&s.text))
        .filter_map(|lower| {
            let c = ORDERED_AT.as_ref()?.captures(&lower)?;
            let n: u32 = c[1].parse().ok()?;
            Some(if &c[2] == "hours" { n * 60 } else { n })
        })
        .max()
}

/// Drops drinks cutoffs read from an amount the patient is told to drink,
/// and a plain fast's drinks cutoff that water ordered inside it breaks.
pub(super) fn drink_ordered(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    if let Some(within) = water_ordered_within(sentences) {
        proposals.retain(|p| {
            let minutes = match p.rule {
                Proposed::ClearLiquids {
                    cutoff: Cutoff::HoursBefore { hours },
                } => hours * 60,
                Proposed::ClearLiquids {
                    cutoff: Cutoff::MinutesBefore { minutes },
                } => minutes,
                _ => return true,
            };
            let lower = sentences
                .get(p.sentence)
                .map_or(String::new(), |s| s.text.to_lowercase());
            minutes <= within || is(&DRINK_WORD, &lower)
        });
    }
    super::keep_where::keep_where_sentence(
        proposals,
        sentences,
        |rule| matches!(rule, Proposed::ClearLiquids { .. }),
        |lower| !orders_an_amount(lower) || is(&BAN, lower) || is(&LAST_TIME, lower),
    );
}
