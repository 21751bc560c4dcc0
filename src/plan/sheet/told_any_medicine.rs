//! "If you take any daily medicine, call us and tell us about it": the
//! team is to be told of every medicine, which is no rule for any one of
//! them (branch tune-bab, half ba; the half n judge's unrecorded
//! telling). The medicines the sentence names get their lines; the bare
//! class gets none (silent). Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// The team told of the medicines.
static TELL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:tell|inform|notify|advise|let)\b[^.;]{0,30}\b(?:us|staff|team|office|doctor|nurse)\b[^.;]{0,20}\babout (?:it|them)\b|\b(?:tell|inform|advise|notify) us of (?:it|them)\b").ok()
});

/// Medicines in general, naming none.
static BARE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*(?:any |all |your |other )?(?:daily |regular |usual |new |current )?(?:medications?|medicines?|drugs|pills|tablets)\W*$").ok()
});

/// Drops the lines for medicines in general read from a telling.
pub(super) fn told_any_medicine(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        let Proposed::Medicine { rule } = &p.rule else {
            return true;
        };
        if !is(&BARE, &rule.name.to_lowercase()) {
            return true;
        }
        !sentences
            .get(p.sentence)
            .is_some_and(|s| is(&TELL, &s.text.to_lowercase()))
    });
}
