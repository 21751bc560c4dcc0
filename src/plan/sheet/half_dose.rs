//! "Take half of your dose the morning of the procedure", "a reduced
//! dose on the day": a medicine taken on the day but less of it, which is
//! fewer on the day, not taken as usual (branch tune-ast, half as).
//! Weighed once every sentence is read.

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineBefore;

/// Words of a smaller dose.
static LESS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:half|halve)\b(?:\s+(?:of\s+)?(?:your|the|its|their|his|her)\s+(?:usual\s+|normal\s+|regular\s+)?(?:dose|doses|dosage|amount|units?))?|\b(?:reduced|lower|smaller)\s+(?:dose|dosage|amount)\b",
    )
    .ok()
});

/// A medicine "taken on the day" from a sentence that halves or lowers
/// its dose becomes fewer on the day.
pub(super) fn half_dose(proposals: &mut [Proposal], sentences: &[Sentence]) {
    let Some(re) = LESS.as_ref() else {
        return;
    };
    for p in proposals.iter_mut() {
        let less = sentences
            .get(p.sentence)
            .is_some_and(|s| re.is_match(&s.text.to_lowercase()));
        let mut changed = false;
        if let Proposed::Medicine { rule } = &mut p.rule {
            if less && rule.before == MedicineBefore::TakeOnTheDay {
                rule.before = MedicineBefore::FewerOnTheDay;
                changed = true;
            }
        }
        if changed {
            p.words = super::write::describe(&p.rule);
        }
    }
}
