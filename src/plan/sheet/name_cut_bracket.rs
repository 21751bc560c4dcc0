//! A name cut inside a bracket (branch tune-bf, half bf): "such as
//! beta-blockers (e.g. metoprolol, bisoprolol, ...)" read as the name
//! "Medicines (beta-blockers (e": the reader stopped at the "e.g." inside
//! the bracket. A name that opens a bracket it never closes is a piece of
//! the sentence, not a medicine the patient can recognise, and its rule's
//! time may belong to the bracket's members, so no line is read for it
//! (silent), whatever the sentence or the medicine. Weighed once every
//! sentence is read (from `across_sheet.rs`).

use super::{Proposal, Proposed};

/// Whether a name opens more brackets than it closes.
fn cut_inside(name: &str) -> bool {
    name.matches('(').count() > name.matches(')').count()
}

/// Drops the medicine lines whose name was cut inside a bracket.
pub(super) fn name_cut_bracket(proposals: &mut Vec<Proposal>) {
    proposals.retain(|p| match &p.rule {
        Proposed::Medicine { rule } => !cut_inside(&rule.name),
        _ => true,
    });
}
