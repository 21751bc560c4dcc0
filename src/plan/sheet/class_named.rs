//! "Tell the surgeon about the medications you take, above all
//! anticoagulants (Aspirin, Sintrom, Plavix...)": the bare word
//! "medications" heads the list, and the medicines the clinic means are
//! the ones it names in brackets, one line each, not "Medications"
//! (branch tune-ast, half as). Weighed once every sentence is read.

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineBefore;

/// Names that say no medicine.
const BARE: [&str; 6] = ["medications", "medication", "medicines", "medicine", "drugs", "tablets"];

/// "(Aspirin, Sintrom, Plavix...)": names in brackets.
static BRACKETED: LazyLock<Option<Regex>> = LazyLock::new(|| super::pattern::compile(r"\(([^()]{3,120})\)").ok());

/// A medicine's name: one or two capitalised words.
static NAME: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"^[A-Z][A-Za-z-]{2,}(?: [A-Z][A-Za-z-]+)?$").ok());

/// The names in the sentence's brackets, if there are at least two and
/// every item is a name.
fn names(text: &str) -> Vec<String> {
    let (Some(bracketed), Some(name)) = (BRACKETED.as_ref(), NAME.as_ref()) else {
        return Vec::new();
    };
    for caps in bracketed.captures_iter(text) {
        let Some(inside) = caps.get(1) else {
            continue;
        };
        let items: Vec<String> = inside
            .as_str()
            .split([',', '/', ';'])
            .flat_map(|i| i.split(" or ").map(str::to_string).collect::<Vec<_>>())
            .map(|i| i.trim().trim_end_matches(['.', '…']).trim().to_string())
            .filter(|i| !i.is_empty() && i.to_lowercase() != "etc")
            .collect();
        if items.len() >= 2 && items.iter().all(|i| name.is_match(i)) {
            return items;
        }
    }
    Vec::new()
}

/// A bare "medications" asked about with the prescriber becomes one line
/// per name in the sentence's brackets.
pub(super) fn class_named(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let mut out = Vec::new();
    for p in proposals.drain(..) {
        let bare = matches!(&p.rule, Proposed::Medicine { rule }
            if BARE.contains(&rule.name.to_lowercase().as_str())
                && matches!(rule.before, MedicineBefore::AskPrescriber { .. }));
        let listed = if bare {
            sentences.get(p.sentence).map_or(Vec::new(), |s| names(&s.text))
        } else {
            Vec::new()
        };
        if listed.is_empty() {
            out.push(p);
            continue;
        }
        for name in listed {
            let mut q = p.clone();
            if let Proposed::Medicine { rule } = &mut q.rule {
                rule.name = name;
            }
            q.words = super::write::describe(&q.rule);
            let same = out
                .iter()
                .any(|o: &Proposal| o.sentence == q.sentence && o.rule == q.rule);
            if !same {
                out.push(q);
            }
        }
    }
    *proposals = out;
}
