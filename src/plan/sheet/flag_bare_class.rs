//! A red flag line that names only a kind of health matter (branch
//! tune-bc): under "Let us know about:" or "Call us right away if you
//! have:", a line "Illnesses", "Allergies" or "Medical conditions" names
//! no sign to watch for, only the heading of one. It is no red flag; the
//! lines that name a sign ("a cold", "heavy bleeding") stay. Weighed once
//! every sentence is read (from `across_sheet.rs`).

use super::{Proposal, Proposed};

/// Kinds of health matter, named without a sign.
const KINDS: &[&str] = &[
    "illnesses",
    "allergies",
    "conditions",
    "medical conditions",
    "health conditions",
    "medical problems",
    "health problems",
    "diseases",
];

/// Whether a situation is only a kind of health matter.
fn bare_kind(situation: &str) -> bool {
    let lower = situation.trim().trim_end_matches(['.', ',', ';']).to_lowercase();
    // "Any illness" said of the time before the visit is a change to
    // tell (half d); only the bare plural of a list line is a heading.
    KINDS.contains(&lower.as_str())
}

/// Drops the red flags that name only a kind of health matter.
pub(super) fn flag_bare_class(proposals: &mut Vec<Proposal>) {
    proposals.retain(|p| !matches!(&p.rule, Proposed::RedFlag { rule } if bare_kind(&rule.situation)));
}
