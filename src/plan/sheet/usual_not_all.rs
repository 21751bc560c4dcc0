//! A "keep taking" that is not every usual medicine kept (branch tune-bg,
//! half bg). Three shapes read a line for the usual medicines where the
//! sheet says something else:
//!
//! * a ban that waits on someone's word, beside a stop: "do not take
//!   metoclopramide for 48 hours before. Do not stop any medicine without
//!   first asking your doctor" is a caution on the stop, not a rule to
//!   keep every medicine going (`without_agreeing.rs` turns a named
//!   medicine's rule into its asking; with no medicine named there is
//!   nothing to ask about);
//! * a way out left to the patient's need: "if you cannot manage without
//!   your medicines, you may keep taking them" lets the stops around it
//!   go, it does not keep the medicines as a rule;
//! * one kind of medicine kept: "keep using your breathing medicines as
//!   usual", "continue your heart tablets" keep that kind only, a
//!   medicine line for it taken on the day, not every usual medicine.
//!
//! The usual medicines kept, read as a medicine of that name ("take any
//! scheduled medication with a sip of water"), are the usual medicines
//! kept, said once.
//!
//! And one asking that is no medicine's: "speak to your doctor before
//! stopping any prescribed medicine" (stopping, not taking) names no medicine but the medicines
//! in general, with "any": a caution on the stops the sheet gives, not a
//! medicine to talk over.
//!
//! Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Question, Sentence, Subject};
use crate::facts::rules::{MedicineBefore, MedicineRule};

/// "Without first asking", "without checking with", "without the advice
/// of": the stop waits on someone's word.
static WAITS_ON_WORD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\bwithout (?:first |prior |previously )?(?:agreeing|asking|checking|consulting|talking|speaking|discussing|clearing|the (?:agreement|approval|consent|advice|permission|ok) of|(?:the |their |your )?(?:agreement|approval|permission|advice|ok))\b").ok()
});

/// "If you cannot manage without them": the patient's need decides.
static NEED_DECIDES: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\bif\b[^,;]*\b(?:manage|cope|do|go|get by) without\b").ok());

/// "Before stopping any medicine", "before you stop any": a caution on
/// stopping, told of the medicines in general.
static BEFORE_STOPPING_ANY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:before|prior to|without) (?:you )?(?:stop|stopping|discontinue|discontinuing) any\b")
        .ok()
});

/// "Keep using your breathing medicines", "continue your heart tablets":
/// the word or two before the medicines' noun.
static KIND_KEPT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:keep|continue)(?: (?:using|taking|on))? (?:with )?your (?P<kind>(?:[a-z-]+ ){1,2})(?P<noun>medicines|medications|tablets|pills|inhalers)\b").ok()
});

/// Words before the noun that name no kind: the usual medicines said in
/// other words.
const NOT_A_KIND: &[&str] = &[
    "usual",
    "regular",
    "regularly",
    "daily",
    "normal",
    "everyday",
    "routine",
    "other",
    "scheduled",
    "prescribed",
    "prescription",
    "current",
    "own",
    "present",
    "ordinary",
    "home",
    "morning",
    "evening",
    "night",
    "all",
    "the",
    "of",
    "any",
    "medical",
    "long-term",
];

/// What the usual medicines kept were written for.
const KEPT_FOR: &str =
    "corpus half ak: \"You may take any scheduled medication (heart or blood pressure) with a sip of water\"";

/// What a kind kept was written for.
const WRITTEN_FOR: &str = "corpus half bg: \"Keep using your breathing medicines as usual\"";

/// The kind named before the medicines' noun, if the words name one.
fn kind_kept(lower: &str) -> Option<String> {
    let c = KIND_KEPT.as_ref()?.captures(lower)?;
    let kind = c.name("kind")?.as_str().trim();
    if kind.split(' ').any(|w| NOT_A_KIND.contains(&w)) {
        return None;
    }
    let name = format!("{kind} {}", c.name("noun")?.as_str());
    let mut chars = name.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// Whether an ask-prescriber line names "any" medicine in general: the
/// name's words before its noun name no kind, and the sentence says "any"
/// before them.
fn any_medicine_asked(rule: &MedicineRule, lower: &str) -> bool {
    general_name(&rule.name)
        && lower.contains(&format!("any {}", rule.name.to_lowercase()))
        && is(&BEFORE_STOPPING_ANY, lower)
}

/// Whether a medicine's name says the medicines in general ("scheduled
/// medication", "any medicine"): no kind before its noun.
fn general_name(name: &str) -> bool {
    let name = name.to_lowercase();
    let mut words: Vec<&str> = name.split(' ').collect();
    let Some(noun) = words.pop() else { return false };
    matches!(noun, "medicine" | "medicines" | "medication" | "medications")
        && words.iter().all(|w| NOT_A_KIND.contains(w))
}

/// Drops or narrows the usual medicines' line read from such a sentence.
pub(super) fn usual_not_all(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &[Question]) {
    // The sentences that stop or ask about a medicine: a "without asking"
    // beside one of them is a caution on that stop. Alone, "do not change
    // any medicine without talking to your doctor" keeps the medicines.
    // A question counts when its sentence stops the medicine before the
    // visit ("for 48 to 72 hours before your study"), not when it only
    // talks of stopping ("some patients do better after stopping").
    let before_visit = |i: usize| {
        sentences.get(i).is_some_and(|s| {
            let lower = s.text.to_lowercase();
            lower.contains("before") || lower.contains("prior")
        })
    };
    let stops: Vec<usize> = proposals
        .iter()
        .filter(|p| {
            matches!(&p.rule, Proposed::Medicine { rule }
                if !matches!(rule.before, MedicineBefore::TakeOnTheDay | MedicineBefore::AskPrescriber { .. }))
        })
        .map(|p| p.sentence)
        .chain(
            questions
                .iter()
                .filter(|q| q.about == Subject::Medicine && before_visit(q.sentence))
                .map(|q| q.sentence),
        )
        .collect();
    let beside_stop = |i: usize| stops.iter().any(|&k| k + 1 == i || k == i);
    // "You may take any scheduled medication with a sip of water": the
    // usual medicines kept, said once, not a medicine of that name.
    let mut kept_usual = proposals.iter().any(|p| matches!(p.rule, Proposed::KeepTakingUsual));
    proposals.retain_mut(|p| {
        let general = matches!(&p.rule, Proposed::Medicine { rule }
            if rule.before == MedicineBefore::TakeOnTheDay && general_name(&rule.name));
        if !general {
            return true;
        }
        if kept_usual {
            return false;
        }
        kept_usual = true;
        *p = Proposal::over(Proposed::KeepTakingUsual, p.sentence, (p.start, p.end), KEPT_FOR);
        true
    });
    let mut kinds = Vec::new();
    proposals.retain(|p| {
        if let Proposed::Medicine { rule } = &p.rule {
            let lower = sentences.get(p.sentence).map(|s| s.text.to_lowercase());
            return !(matches!(rule.before, MedicineBefore::AskPrescriber { .. })
                && lower.is_some_and(|l| any_medicine_asked(rule, &l)));
        }
        if !matches!(p.rule, Proposed::KeepTakingUsual) {
            return true;
        }
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let lower = s.text.to_lowercase();
        if is(&NEED_DECIDES, &lower) || (is(&WAITS_ON_WORD, &lower) && beside_stop(p.sentence)) {
            return false;
        }
        if let Some(name) = kind_kept(&lower) {
            kinds.push((name, p.sentence, (p.start, p.end)));
            return false;
        }
        true
    });
    for (name, sentence, span) in kinds {
        let rule = MedicineRule {
            name,
            before: MedicineBefore::TakeOnTheDay,
            restart_hours_after: None,
            note: None,
        };
        proposals.push(Proposal::over(Proposed::Medicine { rule }, sentence, span, WRITTEN_FOR));
    }
}
