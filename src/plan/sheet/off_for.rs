//! "Please tell us if you take any of these medicines: A, B, C. The test
//! will not be done until you have been off these medicines for seven
//! days": being "off" them for a number of days is a stop that many days
//! before, for the medicines the sentence before named. Weighed once every
//! sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineBefore;

/// "been off these medications for 7 days", "stay off them for 5 days":
/// the medicines pointed back to, off for a number of days.
static OFF_FOR: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:been|be|stay|stayed|remain|remained|come|go|gone) off (?:these|those|the|them|all these|all those|such)(?: \w+)? (?:medications|medicines|drugs|tablets|pills)?\s*for (?:at least )?(\d{1,2}) days?\b",
    )
    .ok()
});

/// Hours in a day, for a stop counted in days.
// Not a care number: a unit.
const HOURS_A_DAY: u32 = 24;

/// Adds the stop to each medicine the sentence before named.
pub(super) fn off_for(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let mut added = Vec::new();
    for (at, sentence) in sentences.iter().enumerate().skip(1) {
        let normal = super::normalise(&sentence.text);
        let Some(days) = OFF_FOR
            .as_ref()
            .and_then(|re| re.captures(&normal))
            .and_then(|c| c.get(1)?.as_str().parse::<u32>().ok())
        else {
            continue;
        };
        let before = MedicineBefore::HoursBefore {
            hours: days * HOURS_A_DAY,
        };
        for p in proposals.iter().filter(|p| p.sentence + 1 == at) {
            let Proposed::Medicine { rule } = &p.rule else {
                continue;
            };
            let stopped = proposals.iter().chain(added.iter()).any(
                |q| matches!(&q.rule, Proposed::Medicine { rule: r } if r.name == rule.name && r.before == before),
            );
            if stopped {
                continue;
            }
            let mut rule = rule.clone();
            rule.before = before.clone();
            let rule = Proposed::Medicine { rule };
            added.push(Proposal::over(rule, at, (sentence.start, sentence.end), WRITTEN_FOR));
        }
    }
    proposals.extend(added);
}

/// What the proposals were written for.
const WRITTEN_FOR: &str =
    "corpus half ak: \"The exam will not be done until you have been off these medications for seven days\"";
