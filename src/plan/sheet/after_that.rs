//! A meal allowed up to a time, and the fast in the sentence after it:
//! "Until 6 hours before you may still have a light meal. After that, no
//! more eating." The first sentence alone is asked (a small meal is not
//! said to be the last food); the next says it is, so the food's cutoff is
//! the first one's time. And in one sentence: "finish your evening meal
//! by 9 p.m., and after that do not eat or drink" gives the drinks the
//! meal's time too, where the sheet gives drinks no time of their own
//! (branch tune-bh, half bh). Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Question, Sentence, Subject};
use crate::facts::rules::Cutoff;

/// "Until 6 hours before", "up to 6 hours before": the time a meal is
/// allowed to.
static UNTIL: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:until|up to|up until) (\d{1,2}) hours? before\b").ok());

/// "After that, no more eating", "after this nothing more to eat".
static THEN_NONE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*(?:after that|after this|thereafter|from then on)\b,?[^.;]{0,20}\b(?:no (?:more )?(?:eating|food|meals?)|nothing (?:more )?to eat|do not eat|don't eat)\b").ok()
});

/// "After that, do not eat or drink": both barred from the time before.
static THEN_NEITHER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:after that|after this|from then on|thereafter)\b,?[^.;]{0,20}\b(?:(?:do not|don't|not|no|nothing to) (?:eat or drink|eat and drink|eating or drinking|eating and drinking|food or drinks?|food and drinks?)|nothing (?:to eat or drink|by mouth))\b").ok()
});

/// What the drinks' proposal was written for.
const WRITTEN_FOR_DRINKS: &str =
    "branch tune-bh, half bh: \"finish your evening meal by around 9 p.m., and after that do not eat or drink\"";

/// What the proposal was written for.
const WRITTEN_FOR: &str =
    "corpus half aj: \"Until 6 hours before ... may still have a small meal. After that, no more eating\"";

/// The food's cutoff from a meal allowed and the fast said next; the
/// question on the meal goes.
pub(super) fn after_that(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &mut Vec<Question>) {
    if proposals.iter().any(|p| matches!(p.rule, Proposed::SolidFood { .. })) {
        return;
    }
    let (Some(until), Some(then_none)) = (UNTIL.as_ref(), THEN_NONE.as_ref()) else {
        return;
    };
    let mut answered = None;
    for (i, q) in questions
        .iter()
        .enumerate()
        .filter(|(_, q)| q.about == Subject::SolidFood)
    {
        let (Some(meal), Some(next)) = (sentences.get(q.sentence), sentences.get(q.sentence + 1)) else {
            continue;
        };
        let lower = meal.text.to_lowercase();
        if !lower.contains("meal") || !then_none.is_match(&next.text.to_lowercase()) {
            continue;
        }
        let Some(hours) = until.captures(&lower).and_then(|c| c.get(1)?.as_str().parse().ok()) else {
            continue;
        };
        let rule = Proposed::SolidFood {
            cutoff: Cutoff::HoursBefore { hours },
        };
        proposals.push(Proposal::over(rule, q.sentence, (meal.start, meal.end), WRITTEN_FOR));
        answered = Some(i);
        break;
    }
    if let Some(i) = answered {
        questions.remove(i);
    }
}

/// The drinks' cutoff from a food cutoff whose sentence bars eating and
/// drinking "after that", where no sentence gives drinks a time.
pub(super) fn then_neither(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    if proposals
        .iter()
        .any(|p| matches!(p.rule, Proposed::ClearLiquids { .. }))
    {
        return;
    }
    let Some(re) = THEN_NEITHER.as_ref() else {
        return;
    };
    let found = proposals.iter().find_map(|p| {
        let Proposed::SolidFood { cutoff } = &p.rule else {
            return None;
        };
        let s = sentences.get(p.sentence)?;
        re.is_match(&s.text.to_lowercase()).then(|| {
            let rule = Proposed::ClearLiquids { cutoff: cutoff.clone() };
            Proposal::over(rule, p.sentence, (p.start, p.end), WRITTEN_FOR_DRINKS)
        })
    });
    proposals.extend(found);
}
