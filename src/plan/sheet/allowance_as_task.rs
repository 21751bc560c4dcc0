//! "Some medicines can be taken up to 3 days before your test", "you may
//! use the spray until the morning of the visit": what the patient may do
//! up to a time is an allowance whose time is the last one, not a task to
//! do at that time. A "take"/"use" task read from a sentence that allows
//! up to a time ("can be taken up to", "may use until") is dropped ("you
//! may take 2 tablets 2 hours before" is a task, and kept); the reader stays silent (branch tune-be, half be). Weighed
//! once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// An allowance: "can be taken", "may take", "are allowed to use".
static ALLOWED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:can|may|could|are allowed to|is allowed to|is fine to|are fine to)\s+(?:still\s+|also\s+)?(?:be\s+)?(?:taken|take|used|use|continued|continue)\b").ok()
});

/// A last time: "up to 3 days before", "until the morning".
static UP_TO: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:up to|until|up until|no later than)\b").ok());

/// A task the sentence orders all the same.
static ORDERED: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:must|need to|needs to|have to|has to|should|please)\b").ok());

/// Drops "take"/"use" tasks read from an allowance.
pub(super) fn allowance_as_task(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        let Proposed::VisitTask { task } = &p.rule else {
            return true;
        };
        let title = task.title.to_lowercase();
        if !(title.starts_with("take") || title.starts_with("use") || title.starts_with("continue")) {
            return true;
        }
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let lower = s.text.to_lowercase();
        !(is(&ALLOWED, &lower) && is(&UP_TO, &lower)) || is(&ORDERED, &lower)
    });
}
