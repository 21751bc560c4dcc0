//! A clause read as a medicine's name (branch tune-bd, half bd): "you may
//! drink until 1 hour before" gave a medicine called "You may drink
//! until". A medicine is named by a noun, never by a person doing
//! something: a name that opens on a pronoun, or holds a modal verb, is a
//! clause the reader mistook for one, whatever the clause says. Dropped
//! (silent; the sentence's other rules, here the drinks, are read as
//! usual). Weighed once every sentence is read (from `across_sheet.rs`).

use super::{Proposal, Proposed};

/// Words that open a clause, not a medicine's name.
const PRONOUNS: &[&str] = &["you", "we", "they", "i", "he", "she", "it", "this", "that"];

/// Verbs no medicine's name holds.
const MODALS: &[&str] = &["may", "can", "must", "should", "will", "shall", "might"];

/// Whether a medicine's name is a clause.
pub(super) fn is_clause(name: &str) -> bool {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.first().is_some_and(|w| PRONOUNS.contains(w)) && words.iter().skip(1).any(|w| MODALS.contains(w))
}

/// Drops the medicine rules whose name is a clause.
pub(super) fn name_is_clause(proposals: &mut Vec<Proposal>) {
    proposals.retain(|p| match &p.rule {
        Proposed::Medicine { rule } => !is_clause(&rule.name),
        _ => true,
    });
}
