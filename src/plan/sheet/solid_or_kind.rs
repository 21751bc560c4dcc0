//! Solid food joined to a kind of food: "fast from solid and/or fatty
//! foods: 8 hours", "no solid or heavy food after midnight". A kind word
//! alone ("no heavy meals") leaves unsure whether all food is meant, and
//! is asked; beside "solid" as its alternative the rule covers all solid
//! food, so the food time the question offered is proposed (branch
//! tune-aqr). Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Question, Sentence, Subject};

/// "Solid and/or fatty", "solid or heavy", "fatty or solid".
static SOLID_OR_KIND: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\bsolids?(?: foods?)? (?:and/or|or|and) (?:heavy|fatty|greasy|rich|large|big|spicy)\b|\b(?:heavy|fatty|greasy|rich|large|big|spicy)(?: foods?)? (?:and/or|or|and) solids?\b").ok()
});

/// Proposes the food time a question offered where "solid" stands beside
/// the kind word.
pub(super) fn solid_or_kind(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &mut Vec<Question>) {
    let mut kept = Vec::with_capacity(questions.len());
    for q in questions.drain(..) {
        let solid = q.about == Subject::SolidFood
            && sentences.get(q.sentence).is_some_and(|s| {
                SOLID_OR_KIND
                    .as_ref()
                    .is_some_and(|re| re.is_match(&s.text.to_lowercase()))
            });
        let offered = q.options.iter().find(|o| matches!(o.rule, Proposed::SolidFood { .. }));
        match offered {
            Some(o) if solid && q.options.len() == 1 => proposals.push(o.clone()),
            _ => kept.push(q),
        }
    }
    *questions = kept;
}
