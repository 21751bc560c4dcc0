//! Prose read as a list of things to bring (branch tune-bc): under a "What
//! to bring" heading a paragraph may first say what the day is like ("the
//! operation is done as a day case, but you may be with us all day"), and
//! split at its commas it gives "items" that are clauses or bare joining
//! words. A sentence whose items say something (a verb of being with its
//! own subject, not "medicines that are due") or join clauses ("but", "because") was never a list: all its
//! items are dropped. Weighed once every sentence is read (from
//! `across_sheet.rs`).

use super::{Proposal, Proposed};

/// Words that make an item a clause: it says something, names no thing.
const CLAUSE_WORDS: &[&str] = &["is", "are", "was", "were"];

/// Words that tie a verb to a thing ("medicines that are due", "a list of
/// what you are taking"): the item is still a thing.
const TIED: &[&str] = &["you", "that", "which", "who", "what", "we", "they", "it", "if", "when"];

/// Words that join clauses, alone as an item.
const JOINERS: &[&str] = &["but", "because", "so", "although", "though", "however"];

/// Whether an item is a clause or a joining word, not a thing.
fn statement(item: &str) -> bool {
    let lower = item.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    (words.len() == 1 && JOINERS.contains(&words[0]))
        || words
            .iter()
            .position(|w| CLAUSE_WORDS.contains(w))
            // The verb's subject is the item's first words ("the surgery
            // is ..."), not a clause deep in a long thing ("a list of the
            // medicines your child is taking").
            .is_some_and(|k| (1..=3).contains(&k) && !words[..k].iter().any(|w| TIED.contains(w)))
}

/// Drops the things-to-bring read from prose.
pub(super) fn statement_items(proposals: &mut Vec<Proposal>) {
    proposals.retain(|p| match &p.rule {
        Proposed::Bring { items } => !items.iter().any(|i| statement(i)),
        _ => true,
    });
}
