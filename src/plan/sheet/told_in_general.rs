//! The team told of medicines in general: "tell our office about any
//! oral medications you take", "if you take prescribed medications we
//! have not discussed, tell us", "tell us about any health problems, any
//! medications, any need for antibiotics". A report the clinic asks for
//! names no medicine to talk over and no time: it is no rule, so an
//! ask-prescriber line read from it is dropped. A telling that promises
//! the clinic's word back ("so that we may advise you what to take") is
//! still one (branch tune-ayz, half ay). `told_if_taking.rs` keeps the
//! named class told of ("tell the staff if you take anticoagulants").
//! Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineBefore;

/// The clinic told: "tell us", "tell our office", "let the staff know".
static TELL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:tell|inform|notify)\s+(?:us|our (?:office|staff|team|clinic)|the (?:office|staff|team|clinic))\b|\blet (?:us|our \w+|the \w+) know\b").ok()
});

/// The clinic's word promised back: then the telling is a talk.
static ADVICE_BACK: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:advise|instruct|direct|guide)\b|\bwhat (?:you|to)\b[^.;]{0,30}\b(?:take|stop)\b|\bwhich\b[^.;]{0,30}\b(?:take|stop|continue)\b").ok()
});

/// Medicines in general, however described ("oral", "prescribed"), and
/// as the clause that took them names them ("if you took medicine, tell
/// us": "took medicine", branch tune-bh).
static GENERAL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*(?:(?:took|taken|taking|take)\s+)?(?:any |all |your |other )?(?:(?:oral|prescribed|prescription|current|daily|regular|usual|other)\s+)*(?:medications?|medicines?|drugs|pills|tablets)\W*$").ok()
});

/// A list of things to report, each "any ...": "about any health
/// problems, any medications, any need for antibiotics".
static REPORT_LIST: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\babout any\b[^.;]{0,60},\s*(?:and |or )?any\b|\bany need for\b").ok());

/// Drops ask-prescriber lines read from a report of medicines in general.
pub(super) fn told_in_general(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        let Proposed::Medicine { rule } = &p.rule else {
            return true;
        };
        if !matches!(rule.before, MedicineBefore::AskPrescriber { .. }) {
            return true;
        }
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let lower = s.text.to_lowercase();
        if !is(&TELL, &lower) || is(&ADVICE_BACK, &lower) {
            return true;
        }
        !(is(&GENERAL, &rule.name.to_lowercase()) || is(&REPORT_LIST, &lower))
    });
}
