//! Medicines in general allowed or not to be stopped before a test:
//! "medications are fine", "you may take any medications you need",
//! "medications may be taken before you arrive", "do not stop your
//! inhalers or any other medications". Each keeps the usual medicines
//! going (branch tune-be, half be: tests and scans, whose fasts leave the
//! tablets alone). Proposed once per sheet, when nothing else said it; a
//! sentence with a condition, a time, a ban or a talk with the doctor of
//! its own is left alone. Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Sentence};

/// Medicines in general allowed, opening the sentence.
static ALLOWED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(concat!(
        r"^\W*(?:your |all |any )?(?:medications?|medicines?) (?:are (?:fine|ok|okay|allowed)|may be taken|can be taken)\b",
        r"|^\W*you (?:may|can) (?:still )?take (?:any |all )?(?:of )?(?:your )?(?:medications?|medicines?)\b",
    ))
    .ok()
});

/// "Do not stop ... any medications": medicines in general not stopped.
static NOT_STOPPED: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"^\W*(?:please )?(?:do not|don't) stop\b").ok());

/// Medicines in general, as the last of a list not stopped.
const IN_GENERAL: [&str; 4] = [
    "any medications",
    "any other medications",
    "your medications",
    "any medicines",
];

/// A condition, a time, a ban, a talk or an agreement: not a plain
/// allowance.
static NOT_PLAIN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:if|when|until|up to|hours?|days?|apart from|but|stop|skip|hold|avoid|ask|check|discuss|consult|call|bring|with you|list|agree\w*|approv\w*|permission|beforehand|after)\b").ok()
});

/// What the proposal was written for.
const WRITTEN_FOR: &str =
    "corpus half be: \"medications may be taken before you arrive\", \"you may take any medications you need\"";

/// Adds keep-taking-usual from medicines in general allowed.
pub(super) fn medicines_allowed(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    super::keep_where::add_usual_where(proposals, sentences, WRITTEN_FOR, |lower| {
        // "Unless you are told otherwise" and "except X" are the usual
        // exceptions (the excepted medicines get lines of their own), not
        // a condition on the rest.
        let own = lower.split(" unless ").next().unwrap_or(lower);
        let own = own.split(" except").next().unwrap_or(own);
        let allowed = is(&ALLOWED, own) && !is(&NOT_PLAIN, own);
        let not_stopped = is(&NOT_STOPPED, own)
            && IN_GENERAL.iter().any(|g| own.contains(g))
            && !is(
                &NOT_PLAIN,
                own.trim_start_matches(|c: char| !c.is_alphabetic())
                    .get(11..)
                    .unwrap_or(""),
            );
        allowed || not_stopped
    });
}
