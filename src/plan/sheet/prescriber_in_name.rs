//! A medicine "name" that holds its prescriber's clause: "if your doctor
//! has prescribed medication to take before surgery, follow ..." read as
//! a medicine called "Doctor has prescribed medication". The words say
//! who prescribed something, not which medicine; a rule under such a
//! name would name none, so it is dropped (branch tune-ayz, half ay). A
//! name qualified after the medicine ("blood thinners prescribed by your
//! physician") still names one. Weighed once every sentence is read
//! (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed};

/// The prescriber and their verb inside the name.
static PRESCRIBER_CLAUSE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:doctors?|physicians?|surgeons?|dentists?|gp|specialists?|cardiologists?|anaesthetists?|anesthesiologists?|prescribers?|you|we|they)\s+(?:has|have|had|may have|might have)\s+(?:\w+\s+)?(?:prescribed|given|ordered|recommended)\b").ok()
});

/// Drops medicine rules whose name is a prescriber's clause.
pub(super) fn prescriber_in_name(proposals: &mut Vec<Proposal>) {
    proposals.retain(|p| match &p.rule {
        Proposed::Medicine { rule } => !is(&PRESCRIBER_CLAUSE, &rule.name.to_lowercase()),
        _ => true,
    });
}
