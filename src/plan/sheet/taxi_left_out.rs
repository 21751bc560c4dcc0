//! A taxi named only as left out of something else: "other driver
//! services (not taxis or buses) can be arranged", "any transport except
//! a taxi". The sentence says what is arranged or allowed; the taxi is
//! the exception to it, not a rule of its own for or against taxis
//! (branch tune-aqr). No rideshare rule is read from it. Left out of a
//! person required ("someone to drive you home (not a taxi)") it is a ban. Weighed once
//! every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// The taxi inside "(not taxis ...)", "except taxis", "other than a taxi".
static LEFT_OUT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\((?:but )?not (?:an? )?(?:taxis?|cabs?|buses|rideshares?)\b[^)]*\)|\b(?:except|other than|apart from|excluding) (?:an? |by )?(?:taxis?|cabs?|buses|rideshares?)\b").ok()
});

/// A ban said of the taxi outside the exception.
static BANNED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:no|not|never|cannot|can't|may not|must not)\b[^.;()]{0,30}\b(?:taxis?|cabs?|rideshares?|uber|lyft)\b",
    )
    .ok()
});

/// An allowance or offer, which the taxi is left out of.
static OFFERED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:can|could|may) be (?:arranged|booked|used|provided)|\b(?:is|are) (?:available|acceptable|allowed|permitted|fine)\b").ok()
});

/// A person or ride required, the taxi left out of it: "you will need
/// someone to drive you home (not a taxi)", a ban of the taxi.
static REQUIRED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:must|need|needs|required|have to|has to|someone|somebody|a responsible|an adult)\b")
        .ok()
});

/// Drops the rideshare rule read from a taxi only left out of an offer.
pub(super) fn taxi_left_out(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    super::keep_where::keep_where_sentence(
        proposals,
        sentences,
        |rule| matches!(rule, Proposed::Rideshare { .. }),
        |lower| {
            let Some(out) = LEFT_OUT.as_ref().and_then(|re| re.find(lower)) else {
                return true;
            };
            let has = |re: &LazyLock<Option<Regex>>| re.as_ref().is_some_and(|re| re.is_match(lower));
            if !has(&OFFERED) || has(&REQUIRED) {
                return true;
            }
            let rest = format!("{} {}", &lower[..out.start()], &lower[out.end()..]);
            BANNED.as_ref().is_some_and(|re| re.is_match(&rest))
        },
    );
}
