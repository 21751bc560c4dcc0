//! The patient's own medicines, timed for those who take them: "if you
//! do take medicine, please do so by 2 hours before the check-in time".
//! The clause of condition makes the medicine the patient's own, taken
//! anyway, and the time how to take it: no task of the clinic's, like a
//! pre-medication to take at a time before the visit, is read from it
//! (silent; the medicines the sheet names are read by the medicine
//! reader). A named medicine to take ("take the antibiotic 1 hour
//! before") is still a task (branch tune-bh, half bh). Weighed once
//! every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// The condition that the patient takes medicines of their own.
static IF_TAKING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\bif you (?:do |still |must |have to |need to )?(?:take|are taking|use)\b").ok()
});

/// A task that is taking medicines in general: "Take medicine", "Take
/// your medications", "Take tablets".
static TAKE_GENERAL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"^take (?:any |your |the |all )?(?:usual |regular |own )?(?:medicines?|medications?|tablets|pills|drugs)$",
    )
    .ok()
});

/// Drops a task of taking medicines in general read from a sentence for
/// those who take them.
pub(super) fn own_medicine_task(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        let Proposed::VisitTask { task } = &p.rule else {
            return true;
        };
        if !is(&TAKE_GENERAL, task.title.trim().to_lowercase().as_str()) {
            return true;
        }
        !sentences
            .get(p.sentence)
            .is_some_and(|s| is(&IF_TAKING, &s.text.to_lowercase()))
    });
}
