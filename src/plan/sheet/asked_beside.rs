//! A medicine rule the reader both asks about and proposes from one
//! sentence (branch tune-bab, half bb): "do not take your morning dose of
//! medicines; bring them along", in a paragraph for patients with type 2
//! diabetes, is asked about (whose medicines, and which), and a plain line
//! for "medicines" in general beside the question writes as sure what
//! the reader was unsure of. When a sentence before it opens the paragraph
//! for some patients ("if you have ...", "for patients on ..."), the
//! question stays and the bare line is dropped. A line naming a medicine
//! is kept, and so is a bare line whose question is about an exception
//! the sentence itself names ("hold all medicines, unless it is your
//! blood thinner"), which is for every patient. Weighed once every sentence is read
//! (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::propose::is_heading;
use super::{Proposal, Proposed, Question, Sentence, Subject};

/// Medicines in general, naming none.
static BARE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*(?:any |all |your |the |other )?(?:medications?|medicines?|drugs|pills|tablets)\W*$")
        .ok()
});

/// How many sentences back a paragraph's opening for some patients holds.
// Not a care number: a reading window (a short paragraph).
const OPENING_WINDOW: usize = 3;

/// A sentence that opens a paragraph for some patients.
static FOR_SOME: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"^\W*(?:if you (?:have|are|take|use|suffer)|for (?:patients|those|people|anyone) (?:with|who|on|taking))\b",
    )
    .ok()
});

/// Drops a bare medicine line from a sentence that asks about medicines.
pub(super) fn asked_beside(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &[Question]) {
    proposals.retain(|p| {
        let Proposed::Medicine { rule } = &p.rule else {
            return true;
        };
        if !is(&BARE, &rule.name.to_lowercase()) {
            return true;
        }
        // The paragraph's opening: a few sentences back, up to a heading.
        let opened = (p.sentence.saturating_sub(OPENING_WINDOW)..p.sentence)
            .rev()
            .map_while(|i| sentences.get(i).filter(|s| !is_heading(&s.text)))
            .any(|s| is(&FOR_SOME, &s.text.to_lowercase()));
        if !opened {
            return true;
        }
        !questions
            .iter()
            .any(|q| q.about == Subject::Medicine && q.sentence == p.sentence)
    });
}
