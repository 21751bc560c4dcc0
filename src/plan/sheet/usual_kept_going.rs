//! The usual medicines kept going, said without "continue" or "usual":
//! "take your other medicines regularly and on time", "take any of your
//! regular medicines unless the doctor has told you not to", "if you take
//! medicines every day, they have to be taken on the day of the operation
//! as well". Each is "keep taking your usual medicines" (branch tune-auv,
//! halves au and av); "take your regular therapy", "other medicines you
//! usually take must be taken all the same" (branch tune-bab, half bb).
//! Proposed once per sheet, when nothing else said it.
//! Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Sentence};

/// "Take your other / regular medicines", opening the sentence, or
/// medicines taken every day to be taken on the day as well.
static KEPT_GOING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(concat!(
        r"^\W*(?:please )?take (?:all |any )?(?:of )?(?:your |the )?(?:other |regular |usual |daily |routine |normal |everyday )+(?:medications?|medicines?|tablets|pills|therapy|treatment)\b",
        r"|\bif you take (?:any )?(?:medications?|medicines?|tablets|pills) (?:every day|daily|regularly)\b[^.;]{0,30}\b(?:have to|must|should|need to|are to) be taken\b[^.;]{0,40}\bon the day\b",
        r"|\b(?:medications?|medicines?|tablets|pills) (?:that |which )?you (?:usually|normally|regularly) take\b[^.;]{0,100}\b(?:have to|must|should|need to|are to) be taken\b",
    ))
    .ok()
});

/// Bringing them, or a ban: not keeping them going.
static NOT_KEPT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:with you|along|to the (?:clinic|hospital|office|appointment)|in (?:their|the) (?:original )?(?:packs?|containers?|boxes)|stop|skip|hold|omit|except|apart from|but not)\b").ok()
});

/// What the proposal was written for.
const WRITTEN_FOR: &str = "corpus halves au and av: \"take your other medicines regularly and on time\", \"if you take medicines every day, they have to be taken on the day of the operation as well\"";

/// Adds keep-taking-usual from the words that keep the medicines going.
pub(super) fn usual_kept_going(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    super::keep_where::add_usual_where(proposals, sentences, WRITTEN_FOR, |lower| {
        // "Unless the doctor asked you to stop them" is the usual
        // exception, not a ban of the sentence's own.
        let own = lower.split(" unless ").next().unwrap_or(lower);
        is(&KEPT_GOING, lower) && !is(&NOT_KEPT, own)
    });
}
