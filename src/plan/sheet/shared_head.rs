//! Kinds of medicine that share one head word: "take your heart,
//! breathing, seizure or high blood pressure medicine with a sip of
//! water". Each kind before the "or" is a medicine of its own with the
//! rule the last one got ("heart medicine", "breathing medicine"), as a
//! list of names is read one line per medicine (branch tune-aqr). And the
//! head said first, its kinds after "for": "you may take medicines for
//! high blood pressure, heart disease, epilepsy and the thyroid" gives
//! "medicines for heart disease" and the rest, each with the rule of the
//! first (branch tune-bh, half bh). Weighed once every sentence is read
//! (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineRule;

/// "heart, breathing, seizure or " just before the medicine named: kinds
/// of one or two words, comma-separated, the last joined by "or"/"and"
/// (a word may stand between it and the name read: "or high blood
/// pressure medicine" read as "blood pressure medicine").
static KINDS_BEFORE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"((?:[a-z]+(?: [a-z]+)?, )+[a-z]+(?: [a-z]+)?,? )(?:or|and) (?:[a-z]+ )?$").ok()
});

/// The head words a kind shares.
static HEAD: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r" (medicines?|medications?|tablets|pills|drugs)$").ok());

/// A name whose head comes first: "medicines for high blood pressure".
static HEAD_FOR: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"^(medicines?|medications?|tablets|pills|drugs) for (?:the |your )?[a-z]+(?: [a-z]+){0,2}$",
    )
    .ok()
});

/// The kinds listed after such a name: ", heart disease, epilepsy and the
/// thyroid".
static KINDS_AFTER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^((?:, (?:the )?[a-z]+(?: [a-z]+){0,2})*),? (?:and|or) (?:the )?([a-z]+(?: [a-z]+){0,2})")
        .ok()
});

/// Words that end a kind: what follows the list, not part of it.
const AFTER_KIND: [&str; 16] = [
    "on", "in", "at", "before", "after", "with", "by", "from", "until", "as", "to", "if", "when", "and", "or", "the",
];

/// The kinds named after a head-first name in `after` (the sentence past
/// the name), each cut at the first word that ends it; none when a middle
/// kind holds such a word (then it is no list of kinds).
fn kinds_after(after: &str) -> Vec<String> {
    let Some(c) = KINDS_AFTER.as_ref().and_then(|re| re.captures(after)) else {
        return Vec::new();
    };
    let mut kinds = Vec::new();
    for middle in c[1].split(',').map(str::trim).filter(|k| !k.is_empty()) {
        let middle = middle.strip_prefix("the ").unwrap_or(middle);
        if middle.split(' ').any(|w| AFTER_KIND.contains(&w)) {
            return Vec::new();
        }
        kinds.push(middle.to_string());
    }
    let last: Vec<&str> = c[2].split(' ').take_while(|w| !AFTER_KIND.contains(w)).collect();
    if !last.is_empty() {
        kinds.push(last.join(" "));
    }
    kinds
}

/// Words before a kind that are not part of it.
const DETERMINERS: [&str; 5] = ["your ", "the ", "any ", "all ", "usual "];

/// What the proposals were written for.
const WRITTEN_FOR: &str =
    "corpus half aq: \"take your heart, breathing, seizure or high blood pressure medicine with a small sip of water\"";

/// Adds a medicine for each kind that shares the named one's head word.
pub(super) fn shared_head(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let mut added = Vec::new();
    for p in proposals.iter() {
        let Proposed::Medicine { rule } = &p.rule else {
            continue;
        };
        let name = rule.name.to_lowercase();
        if HEAD_FOR.as_ref().is_some_and(|re| re.is_match(&name)) {
            let Some(s) = sentences.get(p.sentence) else {
                continue;
            };
            let lower = s.text.to_lowercase();
            let Some(at) = lower.find(&name) else {
                continue;
            };
            let head = rule.name.split(' ').next().unwrap_or("medicines");
            for kind in kinds_after(&lower[at + name.len()..]) {
                add_named(proposals, &mut added, p, rule, format!("{head} for {kind}"));
            }
            continue;
        }
        let Some(head) = HEAD
            .as_ref()
            .and_then(|re| re.captures(&name))
            .map(|c| c[1].to_string())
        else {
            continue;
        };
        let Some(s) = sentences.get(p.sentence) else {
            continue;
        };
        let lower = s.text.to_lowercase();
        let Some(at) = lower.find(&name) else {
            continue;
        };
        let Some(kinds) = KINDS_BEFORE.as_ref().and_then(|re| re.captures(&lower[..at])) else {
            continue;
        };
        for kind in kinds[1].split(',') {
            let mut kind = kind.trim();
            for d in DETERMINERS {
                kind = kind.strip_prefix(d).unwrap_or(kind);
            }
            if kind.is_empty() {
                continue;
            }
            add_named(proposals, &mut added, p, rule, format!("{kind} {head}"));
        }
    }
    proposals.extend(added);
}

/// Adds `rule` under `name`, over `p`'s words, unless a medicine of that
/// name is proposed already (by the sheet, or by an earlier kind).
fn add_named(proposals: &[Proposal], added: &mut Vec<Proposal>, p: &Proposal, rule: &MedicineRule, name: String) {
    let known = |q: &Proposal| matches!(&q.rule, Proposed::Medicine { rule } if rule.name.eq_ignore_ascii_case(&name));
    if proposals.iter().any(known) || added.iter().any(known) {
        return;
    }
    let mut each = rule.clone();
    each.name = name;
    added.push(Proposal::over(
        Proposed::Medicine { rule: each },
        p.sentence,
        (p.start, p.end),
        WRITTEN_FOR,
    ));
}
