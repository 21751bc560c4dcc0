//! A ban that waits on someone's word: "do not take your medicines on
//! the morning without agreeing it with our anaesthetists", "do not stop
//! it without checking with your doctor". The ban holds only until the
//! patient has asked, so the rule is the asking, not the skip or the stop
//! (branch tune-auv, half av). Every medicine rule read from such a
//! sentence becomes its ask-prescriber line. Weighed once every sentence
//! is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::compose::ask_before;
use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineBefore;

/// "Without agreeing this with", "without first asking", "without the
/// agreement of".
static WITHOUT_WORD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\bwithout (?:first |prior |previously )?(?:agreeing|asking|checking|consulting|talking|speaking|discussing|clearing|the (?:agreement|approval|consent|advice|permission) of|(?:the |their |your )?(?:agreement|approval|permission|advice))\b").ok()
});

/// What the proposals were written for.
const WRITTEN_FOR: &str =
    "corpus half av: \"do not take your prescribed medicines on the morning of the operation without agreeing this with our team\"";

/// Turns each medicine rule of such a sentence into its asking.
pub(super) fn without_agreeing(proposals: &mut [Proposal], sentences: &[Sentence]) {
    for p in proposals.iter_mut() {
        let Proposed::Medicine { rule } = &p.rule else { continue };
        if matches!(rule.before, MedicineBefore::AskPrescriber { .. }) {
            continue;
        }
        let Some(s) = sentences.get(p.sentence) else { continue };
        if !is(&WITHOUT_WORD, &s.text.to_lowercase()) {
            continue;
        }
        let mut ask = rule.clone();
        ask.before = ask_before();
        ask.restart_hours_after = None;
        *p = Proposal::over(
            Proposed::Medicine { rule: ask },
            p.sentence,
            (p.start, p.end),
            WRITTEN_FOR,
        );
    }
}
