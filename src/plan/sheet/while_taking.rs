//! A medicine named only as the length of another rule (branch tune-bab,
//! half ba): "use a barrier method for 3 days before and after, and for as
//! long as you may be taking antibiotics", "avoid the sun while you are
//! taking doxycycline". The medicine marks how long the other rule lasts;
//! it is not stopped or timed itself, so no medicine rule is read for a
//! name that stands in such a clause (silent). Weighed once every sentence
//! is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Sentence};

/// The clause that makes a medicine a length: the words after it.
static WHILE_TAKING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:as long as|while|whilst|during the time) (?:you|he|she|the patient) (?:may |might )?(?:be |are |is )?(?:taking|on|using)\s+([^.;,]{3,60})").ok()
});

/// Drops the medicine rules whose name stands in such a clause.
pub(super) fn while_taking(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let Some(re) = WHILE_TAKING.as_ref() else { return };
    super::keep_where::keep_medicines_where(proposals, sentences, |rule, lower| {
        let name = rule.name.to_lowercase();
        !re.captures_iter(lower)
            .filter_map(|c| c.get(1))
            .any(|m| !name.is_empty() && m.as_str().contains(name.as_str()))
    });
}
