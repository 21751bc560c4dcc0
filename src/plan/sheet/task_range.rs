//! A task whose time is a range: "you will need a blood test 2-4 weeks
//! before your surgery", "an ECG between 3 and 7 days before". Both ends
//! are said and neither is the rule; read as one end, the reminder comes
//! at a time the sheet never chose. Asked (Ask::Range), as every other
//! range outside observation is (branch tune-ayz, half ay). Weighed once
//! every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Ask, Proposal, Proposed, Question, Sentence, Subject};

/// "2-4 weeks", "3 to 7 days", "between 1 and 2 hours".
static RANGE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:between\s+)?(\d{1,3})\s*(?:-|–|to|and)\s*(\d{1,3})\s*(minutes?|mins?|hours?|hrs?|days?|weeks?)\b",
    )
    .ok()
});

/// Minutes in one of the unit.
fn unit_minutes(unit: &str) -> u32 {
    match unit.chars().next() {
        Some('m') => 1,
        Some('h') => 60,
        Some('d') => 1440,
        _ => 10080,
    }
}

/// Turns a visit task timed by a range into a question.
pub(super) fn task_range(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &mut Vec<Question>) {
    let Some(re) = RANGE.as_ref() else { return };
    proposals.retain(|p| {
        if !matches!(p.rule, Proposed::VisitTask { .. }) {
            return true;
        }
        let written = sentences.get(p.sentence).map_or("", |s| s.text.as_str());
        let lower = written.to_lowercase();
        let Some(c) = re.captures(&lower) else {
            return true;
        };
        let number = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let (Some(low), Some(high)) = (number(1), number(2)) else {
            return true;
        };
        let unit = unit_minutes(c.get(3).map_or("", |m| m.as_str()));
        // "Between 30 and 3 days before": counted back from the visit, the
        // far end first (branch tune-bf); still both ends of one range.
        let between = c.get(0).is_some_and(|m| m.as_str().starts_with("between"));
        let (low, high) = if between {
            (low.min(high), low.max(high))
        } else {
            (low, high)
        };
        if low >= high {
            return true;
        }
        if !questions
            .iter()
            .any(|q| q.sentence == p.sentence && q.about == Subject::VisitTask)
        {
            questions.push(Question::on(
                &Ask::Range {
                    low: low * unit,
                    high: high * unit,
                },
                Subject::VisitTask,
                (p.sentence, written),
                vec![],
            ));
        }
        false
    });
}
