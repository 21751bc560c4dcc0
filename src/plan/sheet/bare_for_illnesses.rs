//! "The medicine" of patients treated for named illnesses (branch
//! tune-bf, half bf): "if you are being treated for heart disease or high
//! blood pressure, you may not be able to stop the medicine, so talk to
//! your doctor". The medicines meant are those for each illness the
//! sentence names, one line each (`illness_medicines.rs`); a line for the
//! bare "medicine" names none of them, and a patient reading it cannot
//! tell which of their medicines to ask about. No such line is read
//! (silent) when the sentence names the illnesses treated. Weighed once
//! every sentence is read (from `across_sheet.rs`).

use super::{Proposal, Proposed, Sentence};

/// The bare words for medicine, with what may stand before them.
const BARE: &[&str] = &[
    "medicine",
    "medicines",
    "medication",
    "medications",
    "the medicine",
    "the medicines",
    "the medication",
    "your medicine",
    "your medication",
];

/// Words that name the illnesses a patient is treated for.
const TREATED: &[&str] = &["treated for", "treatment for", "being treated", "under treatment"];

/// Drops a bare medicine line from a sentence about illnesses treated.
pub(super) fn bare_for_illnesses(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        let Proposed::Medicine { rule } = &p.rule else {
            return true;
        };
        if !BARE.contains(&rule.name.to_lowercase().trim()) {
            return true;
        }
        !sentences.get(p.sentence).is_some_and(|s| {
            let lower = s.text.to_lowercase();
            TREATED.iter().any(|w| lower.contains(w))
        })
    });
}
