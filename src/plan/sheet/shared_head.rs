//! Kinds of medicine that share one head word: "take your heart,
//! breathing, seizure or high blood pressure medicine with a sip of
//! water". Each kind before the "or" is a medicine of its own with the
//! rule the last one got ("heart medicine", "breathing medicine"), as a
//! list of names is read one line per medicine (branch tune-aqr). Weighed
//! once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

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
            let mut each = rule.clone();
            each.name = format!("{kind} {head}");
            let known = |q: &Proposal| matches!(&q.rule, Proposed::Medicine { rule } if rule.name.eq_ignore_ascii_case(&each.name));
            if !proposals.iter().any(known) && !added.iter().any(known) {
                added.push(Proposal::over(
                    Proposed::Medicine { rule: each },
                    p.sentence,
                    (p.start, p.end),
                    WRITTEN_FOR,
                ));
            }
        }
    }
    proposals.extend(added);
}
