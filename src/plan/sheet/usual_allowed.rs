//! The usual medicines said allowed: "taking the medicines needed to
//! treat chronic illnesses is allowed", "taking your regular tablets is
//! fine" (branch tune-mn; how clinics in many languages keep the usual
//! medicines by leave rather than by an order). Proposed once per sheet,
//! when nothing else kept them. Weighed once every sentence is read
//! (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Sentence};

/// Taking medicines, said allowed.
static ALLOWED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\btaking (?:the |your |all )?(?:[\w-]+ ){0,4}?(?:medicines?|medications?|tablets|pills|drugs)\b[^.;]{0,60}\b(?:is|are) (?:allowed|permitted|fine|ok|okay|no problem)\b").ok()
});

/// Words that make the medicines one's usual ones.
static USUAL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:usual|regular|routine|daily|chronic|long-term|long term|normal|everyday|prescribed)\b",
    )
    .ok()
});

/// Words that take the leave back or limit it.
static LIMITED: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:not|no|except|unless|only|if|apart from|but)\b").ok());

/// What the proposal was written for.
const WRITTEN_FOR: &str = "corpus half an: \"Taking the medicines needed to treat chronic illnesses is allowed\"";

/// Adds the usual medicines kept from their taking said allowed.
pub(super) fn usual_allowed(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    super::keep_where::add_usual_where(proposals, sentences, WRITTEN_FOR, |lower| {
        is(&ALLOWED, lower) && is(&USUAL, lower) && !is(&LIMITED, lower)
    });
}
