//! The escort said as the company the patient comes or goes with: "the
//! patient must come with an adult", "it is important to go home with a
//! person you trust", "we recommend arranging someone to accompany you",
//! "it is very important that an adult companion takes you home". How
//! clinics in many countries ask for an escort without the word;
//! proposed once per sheet, when nothing else asked for one. Weighed once
//! every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// The patient must come, go or leave with a person; "it is advisable"
/// or "best" to come with someone asks for one too (branch tune-auv: a
/// recommended companion is the escort, half d).
static WITH_PERSON: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:must|should|need to|needs to|has to|have to|important to|advisable (?:for (?:the patient|you|him|her) )?to|best to|better to|recommended to|wise to)\b[^.;]{0,20}\b(?:come|go|go home|leave|travel|return home)\b[^.;]{0,12}\bwith (?:an? |one )?(?:adult|responsible adult|person you trust|someone you trust|companion|escort|someone|somebody|another person)\b").ok()
});

/// Someone arranged to accompany the patient; and, said as advice, someone
/// to collect the patient or to have with them on leaving ("it is
/// recommended that someone comes to collect you", "it is advisable to
/// have someone with you when you leave": branch tune-bab, half bb; a
/// recommended companion is the escort, half d).
static ARRANGE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:recommended|advisable|important|best) that (?:someone|somebody|an adult|a companion) (?:comes? |will come )?to (?:collect|fetch|take|pick up) you\b|\b(?:recommended|advisable|important|best) to have (?:someone|somebody|an adult|a companion|another person) with you when you (?:leave|go home)\b|\b(?:arrang\w*|organi[sz]\w*) (?:for )?(?:someone|somebody|a person|an adult) to (?:accompany|collect|fetch|take) you\b").ok()
});

/// A person who is to take the patient home: "it is very important that
/// an adult companion takes you home".
static TAKES_YOU: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:important|essential|necessary|must|should)\b[^.;]{0,30}\b(?:an? )?(?:adult|responsible adult|adult companion|companion|escort) (?:takes|will take|must take|should take|drives|collects|accompanies) you\b").ok()
});

/// The patient accompanied, seen home or let go only with a person: "must
/// be accompanied by a family member or a friend", "you ought to be seen
/// home by another grown-up", "you may only leave together with an
/// accompanying person", "bring an adult who can take you home" (branch
/// tune-mn: how clinics in many languages ask for an escort as a person
/// the patient goes with); "you will need to be driven home", someone to
/// drive them (branch tune-auv, half au).
static ACCOMPANIED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(concat!(
        r"\b(?:must|should|ought to|has to|have to|needs? to|is to|are to)\b[^.;]{0,20}\bbe (?:accompanied|seen home|taken home|collected|picked up|fetched)\b[^.;]{0,15}\bby (?:an? |one |another )?(?:grown-up|adult|responsible adult|family member|relative|friend|companion|escort|accompanying person)",
        r"|\b(?:may|can) only (?:leave|go home|be discharged)\b[^.;]{0,30}\b(?:together )?with (?:an? )?(?:accompanying person|adult|grown-up|companion|escort|responsible adult)\b",
        r"|\b(?:must|should|will need to|need to|needs to|has to|have to) be driven home\b",
        r"|\bbring (?:an? |a responsible )?(?:adult|grown-up|companion|escort)\b[^.;]{0,10}\b(?:who|that) (?:can|will|is able to) (?:bring|take|drive|see) you home\b",
    ))
    .ok()
});

/// Words that take the company back ("you do not need to come with an
/// adult", "if you are not sedated").
static NOT: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:not|no need|needn't|don't|unless|without)\b").ok());

/// What the proposal was written for.
const WRITTEN_FOR: &str = "corpus halves ai and aj: \"the patient must come with an adult\", \"it is important to go with a person you trust\", \"we recommend arranging someone to accompany you\"; corpus half ae: \"it is very important that an adult companion takes you home\"";

/// Adds the escort from the company the patient is to keep.
pub(super) fn companion(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    if proposals.iter().any(|p| matches!(p.rule, Proposed::EscortRequired)) {
        return;
    }
    for (index, s) in sentences.iter().enumerate() {
        let lower = s.text.to_lowercase();
        let Some(company) = [&WITH_PERSON, &ARRANGE, &TAKES_YOU, &ACCOMPANIED]
            .iter()
            .filter_map(|re| re.as_ref().and_then(|re| re.find(&lower)))
            .min_by_key(|m| m.start())
        else {
            continue;
        };
        // A denial said of the company comes before its words ("you do
        // not need to come with an adult"); one after them is another
        // clause's ("..., and you may not drive for 24 hours"), and "must
        // undertake not to drive" denies no company.
        let denied = NOT.as_ref().is_some_and(|re| {
            re.find_iter(&lower)
                .any(|m| m.start() < company.end() && !lower[m.end()..].trim_start().starts_with("to drive"))
        });
        if denied {
            continue;
        }
        let rule = Proposed::EscortRequired;
        proposals.push(Proposal::over(rule, index, (s.start, s.end), WRITTEN_FOR));
        return;
    }
}
