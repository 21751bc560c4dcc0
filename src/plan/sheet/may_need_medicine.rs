//! "Patients with heart murmurs may need to take antibiotics – check with
//! the doctor": a medicine the patient may have to start, for some
//! patients only, not a usual medicine to talk over before stopping. A
//! hedge ("may need to", "might have to") on taking a medicine makes the
//! medicine a possible new task whose time nobody gave, so no medicine
//! rule is read for it (branch tune-auv, half au; ai read "may have to
//! take antibiotics" as a question for the office). Weighed once every
//! sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Sentence};

/// A hedged start of a medicine: the words after it name the medicine.
static MAY_NEED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:may|might|could) (?:need|have|be required|be asked) to (?:take|start|use|have|receive)\b(?:\s+(?:an?|some|the))?\s+([a-z][a-z -]{1,40})").ok()
});

/// Drops the medicine rules for a medicine the patient may have to start.
pub(super) fn may_need_medicine(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let Some(re) = MAY_NEED.as_ref() else { return };
    super::keep_where::keep_medicines_where(proposals, sentences, |rule, lower| {
        let name = rule.name.to_lowercase();
        let name = name.trim();
        !re.captures_iter(lower)
            .any(|c| !name.is_empty() && c[1].starts_with(name))
    });
}
