//! A taxi named as the alternative to being collected (branch tune-awx):
//! "someone must always collect you in person ... As an alternative, we
//! are happy to call a taxi for you", "Alternatively, you may go home by
//! taxi". The page offers the taxi instead of the companion, so the
//! collection is no escort the patient must have, and the taxi is
//! allowed. The escort read from the sentences of the same paragraph
//! before it is dropped, and the taxi allowed. Weighed once every
//! sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::Rideshare;

/// "As an alternative ... taxi", "alternatively ... cab".
static ALTERNATIVE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*(?:as an alternative|alternatively|otherwise|instead)\b[^.]{0,60}\b(?:taxi|cab)\b")
        .ok()
});

/// A taxi still tied to company or refused.
static TIED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:not|never|only|with (?:an?|your) (?:adult|escort|companion|friend|relative)|accompanied|alone)\b",
    )
    .ok()
});

// Not a care number: how many sentences before the taxi the collection may stand.
const REACH: usize = 4;

/// What the proposal was written for.
const WRITTEN_FOR: &str = "corpus half ax: \"someone must always collect you in person ... As an alternative, we are happy to call a taxi for you\"";

/// Drops the escort the taxi replaces, and allows the taxi.
pub(super) fn taxi_alternative(proposals: &mut Vec<Proposal>, sentences: &[Sentence], text: &str) {
    for (index, s) in sentences.iter().enumerate() {
        let lower = s.text.to_lowercase();
        if !is(&ALTERNATIVE, &lower) || is(&TIED, &lower) {
            continue;
        }
        // The paragraph: the sentences before it on the same line.
        let mut first = index;
        while first > 0 && index - first < REACH {
            let gap = text
                .get(sentences[first - 1].end..sentences[first].start)
                .unwrap_or("\n");
            if gap.contains('\n') {
                break;
            }
            first -= 1;
        }
        let escort = proposals
            .iter()
            .any(|p| (first..index).contains(&p.sentence) && matches!(p.rule, Proposed::EscortRequired));
        if !escort {
            continue;
        }
        proposals.retain(|p| !((first..index).contains(&p.sentence) && matches!(p.rule, Proposed::EscortRequired)));
        let allowed = Proposed::Rideshare {
            rideshare: Rideshare::Allowed,
        };
        if !proposals.iter().any(|p| matches!(p.rule, Proposed::Rideshare { .. })) {
            proposals.push(Proposal::over(allowed, index, (s.start, s.end), WRITTEN_FOR));
        }
    }
}
