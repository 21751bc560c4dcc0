//! A drink allowed in an amount, with no time of its own ("small amounts
//! of water are fine", "you may have up to half a cup of clear liquid"):
//! it limits how much, but does not say whether it holds inside the
//! sheet's time to stop drinking, so it is asked (see `compose.rs`).

use super::clauses::Run;
use super::compose::{negated, Context};
use super::lexicon::{Cue, Topic};
use super::values::When;

/// Words of an amount before a drink ("small amounts of water", "half a
/// cup of", "a small glass of", "250ml of").
const AMOUNT_WORDS: &[&str] = &["small", "amount", "amounts", "cup", "cups", "glass", "ml", "mls"];

/// How many words before the drink an amount may stand ("up to half a cup
/// ( 250ml ) of clear liquid").
// Not a care number: a reading window.
const AMOUNT_WINDOW: usize = 6;

/// The run allows a drink in an amount and says no time for it ("before
/// your appointment" is no time); a sip to
/// take medicines with is not such an allowance.
pub(super) fn drink_amount_allowed(run: &Run, cx: &Context<'_>) -> bool {
    run.cue(Cue::May)
        && !negated(run)
        && run.times.iter().all(|t| matches!(t.when, When::Anchor { .. }))
        && !cx.toks.iter().any(|x| x.is("sip") || x.is("sips"))
        && run.topics.iter().any(|(t, _, a, _)| {
            *t == Topic::Liquids
                && cx.toks[a.saturating_sub(AMOUNT_WINDOW)..(*a).min(cx.toks.len())]
                    .iter()
                    .any(|x| AMOUNT_WORDS.iter().any(|w| x.is(w)))
        })
}
