//! Whether to keep or stop medicines left to a talk with a doctor, the
//! medicines named: "keeping on or briefly stopping eye drops, insulin and
//! other medicines must be assessed with the eye doctor" (branch tune-ayz,
//! half az). Neither keeping nor stopping is the rule; each medicine named
//! is one to talk over with the prescriber, one line each, as ban lists
//! are read, in place of the one question on medicines in general. Weighed
//! once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::compose::ask_prescriber;
use super::{Proposal, Proposed, Question, Sentence, Subject};

/// Keeping or stopping, then the medicines, then the talk.
static ASSESSED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:keeping on|keeping|continuing|carrying on) or (?:briefly |temporarily )?(?:stopping|pausing|holding)\s+(?:your |the )?([a-z][a-z ,'-]{2,80}?)\s+(?:must|should|needs? to|has to|have to|will) (?:also )?be (?:assessed|discussed|decided|agreed|checked|reviewed|settled) with (?:your |the )?(?:\w+ )?(?:doctor|physician|prescriber|surgeon|specialist|ophthalmologist|cardiologist)\b").ok()
});

/// What the proposals were written for.
const WRITTEN_FOR: &str = "corpus half az: \"Keeping on or briefly stopping eye drops, insulin and other medicines must also be assessed with the eye doctor\"";

/// Adds an ask-prescriber line per medicine whose keeping or stopping is
/// left to a talk with the doctor.
pub(super) fn keep_or_stop_assessed(
    proposals: &mut Vec<Proposal>,
    sentences: &[Sentence],
    questions: &mut Vec<Question>,
) {
    let Some(re) = ASSESSED.as_ref() else { return };
    for (index, s) in sentences.iter().enumerate() {
        let own = proposals
            .iter()
            .any(|p| p.sentence == index && matches!(p.rule, Proposed::Medicine { .. }));
        let lower = s.text.to_lowercase();
        if own || lower.len() != s.text.len() {
            continue;
        }
        let Some(c) = re.captures(&lower) else { continue };
        let names: Vec<&str> = c[1]
            .split(',')
            .flat_map(|n| n.split(" and "))
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .collect();
        if names.len() < 2 || names.iter().any(|n| n.split_whitespace().count() > 3) {
            continue;
        }
        for name in names {
            let name = s.text.get(c.get(1).map_or(0, |m| m.start())..).and_then(|rest| {
                rest.to_lowercase()
                    .find(name)
                    .and_then(|at| rest.get(at..at + name.len()))
            });
            if let Some(name) = name {
                proposals.push(Proposal::over(
                    ask_prescriber(name),
                    index,
                    (s.start, s.end),
                    WRITTEN_FOR,
                ));
            }
        }
        questions.retain(|q| !(q.sentence == index && q.about == Subject::Medicine));
    }
}
