//! "The patient should stay in the company of a responsible adult for at
//! least 24 hours", "under the supervision of an adult for 24 hours",
//! "in the first 24 hours a person of full age is with you at all times",
//! "not alone at home for the first 24 hours": the patient kept in
//! someone's company for a length is someone staying, however the sheet
//! says the company. Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// Words of the patient kept in someone's company.
static COMPANY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:in the company of|under the supervision of|supervised by|(?:is|be|are|stays?|remains?) with you at all times|not (?:be )?(?:left )?alone)\b",
    )
    .ok()
});

/// The length: "for (at least) 24 hours", "in the first 24 hours", "for
/// the first 24-hour day".
static LENGTH: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:for (?:at least |about |around )?(?:the first )?|in the first )(\d{1,2})\s?(?:-\s?)?(?:h|hours?|hrs?)\b",
    )
    .ok()
});

/// What the proposals were written for.
const WRITTEN_FOR: &str = "corpus half al: \"stay in the company of a responsible adult for at least 24 hours\"; corpus half ak: \"under the supervision of an accompanying adult for 24 hours\"";

/// Adds the stay for each sentence that keeps the patient in company for
/// a length and proposed no stay of its own.
pub(super) fn company_for(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    for (at, sentence) in sentences.iter().enumerate() {
        let normal = super::normalise(&sentence.text);
        // "Not left alone with babies": about the dependants, not company
        // for the patient.
        if !COMPANY.as_ref().is_some_and(|re| re.is_match(&normal)) || normal.contains("alone with") {
            continue;
        }
        let Some(hours) = LENGTH
            .as_ref()
            .and_then(|re| re.captures(&normal))
            .and_then(|c| c.get(1)?.as_str().parse::<u32>().ok())
        else {
            continue;
        };
        if proposals
            .iter()
            .any(|p| p.sentence == at && matches!(p.rule, Proposed::SomeoneStays { .. }))
        {
            continue;
        }
        let rule = Proposed::SomeoneStays { hours };
        proposals.push(Proposal::over(rule, at, (sentence.start, sentence.end), WRITTEN_FOR));
    }
}
