//! Medicines taken "only after the examination": not before it on the
//! day, so that morning's dose waits ("Please take your necessary
//! medicines only after the examination"). Said so by clinics in many
//! countries instead of "skip your morning dose"; without "only", taking
//! them after says nothing of the morning. The same wait said otherwise:
//! "wait with thyroid medicines until after the blood tests", and "on the
//! day, take your medicines after the tests are over", the day itself
//! named (branch tune-bh, half bh). The medicines named after "apart
//! from" there are left to `unsure.rs`, as after "except".

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

/// "Wait with (your) thyroid medicines until after the blood tests",
/// "on the day, take your medicines after the tests are over".
static WAIT_UNTIL_AFTER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(concat!(
        r"(?:\b(?:wait with|hold back|hold off|hold off on) |\bon the day\b[^.;]{0,20}\btake )(?:your |any |the |all )?",
        r"(?P<name>(?:[a-z-]+ ){0,3}(?:medicines|medications|medicine|medication|tablets|pills)) (?:until )?after (?:the|your) ",
        r"(?:[a-z]+ )?(?:examinations?|procedure|tests?|scope|checkup)\b",
    ))
    .ok()
});

/// What the waits said otherwise were written for.
const WRITTEN_FOR_WAIT: &str = "branch tune-bh, half bh: \"wait with thyroid medicines until after the blood tests\", \"on the day, take your medicines after the tests are over\"";

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

/// A medicine rule for `name`, unless the sentence has one for it.
fn add(proposals: &mut Vec<Proposal>, sentence: &Sentence, index: usize, name: &str, before: MedicineBefore) {
    let name = name.trim();
    // "Take your pills after the checkup" read as a dose on the day: the
    // wait is what the words say of the morning.
    for p in proposals.iter_mut().filter(|p| p.sentence == index) {
        if let Proposed::Medicine { rule } = &mut p.rule {
            if rule.name.eq_ignore_ascii_case(name) && rule.before == MedicineBefore::TakeOnTheDay {
                rule.before = before.clone();
                p.words = super::write::describe(&p.rule);
            }
        }
    }
    let said = proposals.iter().any(|p| {
        p.sentence == index && matches!(&p.rule, Proposed::Medicine { rule } if rule.name.eq_ignore_ascii_case(name))
    });
    if name.is_empty() || said {
        return;
    }
    let rule = Proposed::Medicine {
        rule: MedicineRule {
            name: super::compose::title_case(name),
            before,
            restart_hours_after: None,
            note: None,
        },
    };
    proposals.push(Proposal::over(
        rule,
        index,
        (sentence.start, sentence.end),
        WRITTEN_FOR_WAIT,
    ));
}

/// Adds a skipped morning dose for medicines held until after the tests.
pub(super) fn wait_until_after(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    for (index, sentence) in sentences.iter().enumerate() {
        let lower = sentence.text.to_lowercase();
        // The pattern only where its words are (compiled on first use).
        let lead = ["wait with", "hold back", "hold off", "on the day"]
            .iter()
            .any(|w| lower.contains(w));
        if !lead || !lower.contains(" after ") {
            continue;
        }
        let Some(c) = WAIT_UNTIL_AFTER.as_ref().and_then(|re| re.captures(&lower)) else {
            continue;
        };
        let name = c.name("name").map_or("", |m| m.as_str()).to_string();
        add(proposals, sentence, index, &name, MedicineBefore::SkipMorningOf);
    }
}
