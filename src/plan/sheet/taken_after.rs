//! Medicines taken "only after the examination": not before it on the
//! day, so that morning's dose waits ("Please take your necessary
//! medicines only after the examination"). Said so by clinics in many
//! countries instead of "skip your morning dose"; without "only", taking
//! them after says nothing of the morning.

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::{MedicineBefore, MedicineRule};

/// "Take (your) necessary medicines only after the examination".
static ONLY_AFTER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(concat!(
        r"\btake (?:your |any |the |all )?(?P<name>(?:[a-z-]+ ){0,3}(?:medicines|medications|medicine|medication|tablets|pills))",
        r" only after (?:the|your) (?:examination|procedure|test|scope|operation|treatment)\b",
    ))
    .ok()
});

/// What the proposals were written for.
const WRITTEN_FOR: &str =
    "corpus half ah: \"take necessary medicines only after the examination\" (the morning's dose waits)";

/// Adds a skipped morning dose for medicines the sheet says to take only
/// after the examination, unless a rule for that name is there already.
pub(super) fn only_after(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    for (index, sentence) in sentences.iter().enumerate() {
        let lower = sentence.text.to_lowercase();
        let Some(name) = ONLY_AFTER
            .as_ref()
            .and_then(|re| re.captures(&lower))
            .and_then(|c| c.name("name").map(|m| m.as_str().to_string()))
        else {
            continue;
        };
        let said = proposals.iter().any(|p| {
            p.sentence == index && matches!(&p.rule, Proposed::Medicine { rule } if rule.name.to_lowercase() == name)
        });
        if said {
            continue;
        }
        let rule = Proposed::Medicine {
            rule: MedicineRule {
                name: super::compose::title_case(&name),
                before: MedicineBefore::SkipMorningOf,
                restart_hours_after: None,
                note: None,
            },
        };
        proposals.push(Proposal::over(rule, index, (sentence.start, sentence.end), WRITTEN_FOR));
    }
}
