//! Time set aside before the procedure for what is done on arrival
//! (branch tune-awx): "please allow a minimum of one hour before the
//! procedure for filling out forms, change of clothes", "allow 30 minutes
//! before your appointment for registration". Time the patient must be
//! there before the procedure starts is arriving early, said by what the
//! time is for rather than by "arrive". Proposed once per sheet, when
//! nothing else said when to arrive. Weighed once every sentence is read
//! (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// "allow (a minimum of / at least) N hour(s)/minutes before the
/// procedure for forms ...".
static ALLOW_BEFORE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\ballow (?:a minimum of |at least |an extra |an additional )?(\d{1,3}|one|two|an?) (hours?|minutes|mins)\b (?:before|prior to) (?:the|your) (?:procedure|appointment|treatment|surgery|examination|operation|scheduled time)\b[^.]{0,10}\bfor (?:filling|completing|paperwork|forms|registration|registering|admission|check(?:ing)?[- ]in|changing|change of)\b").ok()
});

/// A condition or a denial that makes the time not every patient's.
static NOT: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:if|unless|not|no need|only)\b").ok());

/// What the proposal was written for.
const WRITTEN_FOR: &str = "corpus half aw: \"Please allow a minimum of one hour before the procedure for filling out forms, change of clothes, etc.\"";

fn minutes(count: &str, unit: &str) -> Option<u32> {
    let n: u32 = match count {
        "one" | "a" | "an" => 1,
        "two" => 2,
        digits => digits.parse().ok()?,
    };
    Some(if unit.starts_with("hour") { n * 60 } else { n })
}

/// Adds arriving early from the time set aside before the procedure.
pub(super) fn time_before_for_forms(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    if proposals.iter().any(|p| matches!(p.rule, Proposed::ArriveEarly { .. })) {
        return;
    }
    for (k, s) in sentences.iter().enumerate() {
        let lower = s.text.to_lowercase();
        let Some(c) = ALLOW_BEFORE.as_ref().and_then(|re| re.captures(&lower)) else {
            continue;
        };
        let before = &lower[..c.get(0).map_or(0, |m| m.start())];
        if NOT.as_ref().is_some_and(|re| re.is_match(before)) {
            continue;
        }
        let Some(minutes) = minutes(&c[1], &c[2]) else { continue };
        proposals.push(Proposal::over(
            Proposed::ArriveEarly { minutes },
            k,
            (s.start, s.end),
            WRITTEN_FOR,
        ));
        return;
    }
}
