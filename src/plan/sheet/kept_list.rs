//! Medicines named inside the keep-taking sentence (branch tune-cd):
//! "take all your medicines, tablets and inhalers as usual" keeps the
//! usual ones, and the inhalers are among them. The corpus's convention
//! (the take round's judge) reads a medicine inside or beside the one
//! keep-taking sentence as keep_taking_usual alone; a separate sentence
//! that says to take one named medicine that morning is a take line, read
//! by `take.rs`.

use super::clauses::Run;
use super::compose::{negated, Context};
use super::lexicon::{Cue, Topic};

/// Words that say the medicines go on as they always do.
const AS_ALWAYS: &[&str] = &[
    "as usual",
    "as normal",
    "as you normally",
    "as you usually",
    "as you always",
];

/// Whether the run keeps medicines in general "as usual" and lists named
/// ones with them: then the named ones are among the usual, not a rule of
/// their own.
pub(super) fn named_among_the_usual(run: &Run, cx: &Context<'_>) -> bool {
    let general = run.has(Topic::Medications) || run.has(Topic::UsualMedicines);
    let named = run
        .topics
        .iter()
        .any(|(t, ..)| matches!(t, Topic::Medicine(_) | Topic::OtherMedicine));
    let lower = cx.text.to_lowercase();
    general
        && named
        && (run.cue(Cue::Take) || run.cue(Cue::Keep))
        && !negated(run)
        && !run.cue(Cue::Ask)
        && run.times.is_empty()
        && run.except.is_empty()
        && !lower.contains(" but ")
        && AS_ALWAYS.iter().any(|w| lower.contains(w))
}

/// "Take the prescribed medicines like this:": a lead that announces the
/// steps on the lines below says nothing itself; each step says which
/// medicine and when, so the lead keeps no usual medicines.
pub(super) fn announces_steps(text: &str) -> bool {
    const LEADS: &[&str] = &[
        "like this",
        "as follows",
        "this way",
        "the following way",
        "in this order",
    ];
    let lower = text.trim_end().to_lowercase();
    let lead = lower.trim_end_matches(':').trim_end();
    lower.ends_with(':') && LEADS.iter().any(|w| lead.ends_with(w))
}
