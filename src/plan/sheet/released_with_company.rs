//! The patient let go only in someone's company: "released home only in
//! the company of an adult", "released into the care of the accompanying
//! person", "please leave the department with a companion", "you must
//! arrange to be collected", "we recommend that you are collected by a
//! companion" (branch tune-aqr, half ar: how clinics in German, Czech and
//! Slovak ask for an escort by the leaving, not by the ride; "leave the
//! practice only with someone accompanying you", branch tune-awx). The escort,
//! proposed once per sheet when nothing else asked for one; a denial or a
//! condition in their clause ("you need not be collected", "if you are
//! collected"), or another way home beside them ("collected or take the
//! bus"), asks for none. Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// Let go in the company or care of a person, or collected.
static RELEASED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(concat!(
        r"\b(?:released|discharged|let go|sent home|allowed (?:to go )?home|leave)\b[^.;]{0,40}?\b(?:in(?:to)? the (?:company|care) of|together with|with) (?:an? |the |your |one )?(?:adult|companion|accompanying person|(?:person|someone|somebody) accompanying you|escort|responsible adult|grown-up|family member|relative)\b",
        r"|\b(?:must|should|need to|needs to|have to|has to|recommend that you|ask that you)\b[^.;]{0,25}\b(?:be |are |get |is )collected\b",
    ))
    .ok()
});

/// A denial or a condition before the words.
static NOT: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:not|no need|needn't|don't|unless|without|if|when|whether)\b").ok());

/// Another way home offered beside the company.
static OR_ELSE: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"^[^.;]{0,20}\bor (?:take|go|travel|use|drive|walk|get|ride)\b").ok());

/// What the proposal was written for.
const WRITTEN_FOR: &str = "corpus half ar: \"released home only in the company of an adult\", \"you must arrange to be collected\", \"please leave the endoscopy department with a companion\"";

/// Adds the escort from the patient let go only in someone's company.
pub(super) fn released_with_company(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    if proposals.iter().any(|p| matches!(p.rule, Proposed::EscortRequired)) {
        return;
    }
    for (index, s) in sentences.iter().enumerate() {
        let lower = s.text.to_lowercase();
        let Some(found) = RELEASED.as_ref().and_then(|re| re.find(&lower)) else {
            continue;
        };
        // The denial or condition of this clause ("If you are anxious,
        // ..., but you must arrange to be collected" asks for it), and
        // an alternative after it ("collected or take public transport").
        let clause = lower[..found.start()].rfind([',', ';', ':']).map_or(0, |i| i + 1);
        let clause = lower[clause..found.start()]
            .rfind(" but ")
            .map_or(clause, |i| clause + i);
        if NOT.as_ref().is_some_and(|re| re.is_match(&lower[clause..found.end()]))
            || OR_ELSE.as_ref().is_some_and(|re| re.is_match(&lower[found.end()..]))
        {
            continue;
        }
        proposals.push(Proposal::over(
            Proposed::EscortRequired,
            index,
            (s.start, s.end),
            WRITTEN_FOR,
        ));
        return;
    }
}
