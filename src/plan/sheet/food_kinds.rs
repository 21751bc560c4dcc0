//! A ban on kinds of food, told by what they hold ("food that contains
//! seeds", "foods high in fibre", "food with small seeds", and "fruit
//! with many seeds" as branch tune-bh read it) for a length:
//! a limited diet, not a fast from all solid food. The reader that took
//! it as "no solid food for a week" asks instead whether all food is
//! meant (branch tune-ast, half at). Weighed once every sentence is read.

use std::sync::LazyLock;

use regex::Regex;

use super::{Ask, Proposal, Proposed, Question, Sentence, Subject};

/// Food qualified by what it holds: a kind of food, not food.
static KIND_OF_FOOD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\bfoods?\s+(?:that|which)\s+(?:contains?|has|have|holds?)\b|\b(?:foods?|fruits?|vegetables?)\s+(?:with|containing|high in|rich in|full of)\b|\b(?:high|low)[- ](?:fib(?:re|er)|residue|fat)\s+(?:food|diet|meal)s?\b",
    )
    .ok()
});

/// Solid-food proposals from a sentence that bans a kind of food become a
/// question about solid food (unless the sentence asked already).
pub(super) fn food_kinds(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &mut Vec<Question>) {
    let Some(re) = KIND_OF_FOOD.as_ref() else {
        return;
    };
    let mut kept = Vec::new();
    for p in proposals.drain(..) {
        let Proposed::SolidFood { cutoff } = &p.rule else {
            kept.push(p);
            continue;
        };
        let Some(s) = sentences.get(p.sentence) else {
            kept.push(p);
            continue;
        };
        if !re.is_match(&s.text.to_lowercase()) {
            kept.push(p);
            continue;
        }
        let asked = questions
            .iter()
            .any(|q| q.sentence == p.sentence && q.about == Subject::SolidFood);
        if !asked {
            let ask = Ask::FoodUnclear {
                cutoff: Some(cutoff.clone()),
            };
            questions.push(Question::on(
                &ask,
                Subject::SolidFood,
                (p.sentence, &s.text),
                vec![p.clone()],
            ));
        }
    }
    *proposals = kept;
}
