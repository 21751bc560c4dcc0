//! A ban on buses and trains alone beside a taxi the sheet allows alone
//! (branch tune-bd, half bd): "not travelling alone by bus or train" and,
//! elsewhere, "if nobody can collect you, you can take a taxi home". The
//! ban is on public transport; the sheet's own words on taxis say a taxi
//! alone is fine, so "only with an escort" read from the transit ban is
//! not the taxi's rule. Dropped (silent; the taxi's own line stays), as
//! `across_sheet.rs` drops an outright transit ban beside an allowed taxi.
//! Weighed once every sentence is read (from `across_sheet.rs`).

use super::propose::TAXI_WORDS;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::Rideshare;

/// Drops "only with escort" from sentences that name no taxi, when a
/// sentence that does allows one.
pub(super) fn transit_beside_taxi(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let names_taxi = |p: &Proposal| {
        sentences.get(p.sentence).is_some_and(|s| {
            let lower = s.text.to_lowercase();
            TAXI_WORDS.iter().any(|w| lower.contains(w))
        })
    };
    let taxi_alone = proposals.iter().any(|p| {
        matches!(
            p.rule,
            Proposed::Rideshare {
                rideshare: Rideshare::Allowed
            }
        ) && names_taxi(p)
    });
    if !taxi_alone {
        return;
    }
    proposals.retain(|p| {
        !matches!(
            p.rule,
            Proposed::Rideshare {
                rideshare: Rideshare::OnlyWithEscort
            }
        ) || names_taxi(p)
    });
}
