//! A medicine the sheet tells the patient to take, read as a stop: "we
//! suggest taking ibuprofen three times during the 24 hours before",
//! "start taking the tablets two days before". The time is when to take
//! it, not how long to go without; a stop from such words would have the
//! patient leave out what the clinic wants taken (branch tune-ayz, half
//! ay). With no word of stopping in the sentence, no medicine stop is
//! read from it; the task readers weigh the taking. Weighed once every
//! sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineBefore;

/// Taking urged or begun: "we suggest taking", "recommend that you
/// take", "start taking", "begin to take".
static URGED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:suggest|recommend|advise|encourage)\w*\s+(?:that\s+)?(?:you\s+)?(?:to\s+)?(?:take|taking|start|starting|begin|beginning)\b|\b(?:start|begin)(?:ning)?\s+(?:to\s+take|taking)\b").ok()
});

/// Any word of leaving a medicine out. A bare "no" or "without" is not
/// one: "no more than 12 tablets", "if you can take it without a bad
/// reaction" limit or qualify the taking.
static STOP: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:stop\w*|discontinu\w*|avoid\w*|hold|withh[oe]ld\w*|refrain\w*|cease|skip\w*|omit\w*)\b|\b(?:do not|don't|must not|should not|never|not to)\s+(?:take|use)\b").ok()
});

/// Drops medicine stops read from a sentence that urges taking.
pub(super) fn taken_not_stopped(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        let Proposed::Medicine { rule } = &p.rule else {
            return true;
        };
        let stop = matches!(
            rule.before,
            MedicineBefore::HoursBefore { .. } | MedicineBefore::NightBefore | MedicineBefore::SkipMorningOf
        );
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let lower = s.text.to_lowercase();
        !(stop && is(&URGED, &lower) && !is(&STOP, &lower))
    });
}
