//! A taxi named as a thing paid or handed out, not as a way home: "no taxi
//! vouchers are given out", "taxi fares are not refunded", "ask for a taxi
//! number". The sentence's "no" or "not" is said of the voucher or the
//! fare, not of going home by taxi (branch tune-aop): no rideshare rule
//! is read from it. Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// "Taxi vouchers", "cab fare", "taxi numbers": the taxi as a modifier.
static TAXI_THING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:taxi|cab|uber|lyft|rideshare)\s+(?:vouchers?|fares?|receipts?|money|costs?|numbers?|accounts?|chits?|tokens?|rank|companies|company|firms?|expenses?|charges?|coupons?)\b").ok()
});

/// Words of the ride itself, which a sentence about the fare may also hold.
static RIDE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:go|goes|going|travel\w*|ride|home by|take an? (?:taxi|cab)|in an? (?:taxi|cab)|drive|driven|alone)\b",
    )
    .ok()
});

/// Drops the rideshare rule read from a taxi fare or voucher.
pub(super) fn taxi_paid(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        if !matches!(p.rule, Proposed::Rideshare { .. }) {
            return true;
        }
        let text = sentences
            .get(p.sentence)
            .map_or(String::new(), |s| s.text.to_lowercase());
        !is(&TAXI_THING, &text) || is(&RIDE, &text)
    });
}
