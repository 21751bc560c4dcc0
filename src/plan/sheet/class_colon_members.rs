//! A class whose members follow a colon inside its bracket: "stop the
//! anticoagulant medicines (during the 7 days before: Marevan, Coumadin
//! and Clopidogrel)". The bracket first says when, then which; the names
//! after the colon are what the stop is for, so it is proposed once per
//! name, as ban lists are read (branch tune-ayz, half az). A bracket the
//! sentence's end cuts open still counts. `class_with_examples.rs` holds
//! the bracket of bare names after a class word alone. Weighed once every
//! sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// A bracket whose words after a colon are a list: its members.
static MEMBERS: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\([^():]{3,80}:\s*([^():]{3,160}?)\s*(?:\)|\.?\s*$)").ok());

/// Up to three words each, as names are.
fn short_name(name: &str) -> bool {
    let words = name.split_whitespace().count();
    (1..=3).contains(&words) && name.chars().next().is_some_and(char::is_alphabetic)
}

/// What the proposals were written for.
const WRITTEN_FOR: &str = "corpus half az: \"the use of anticoagulant medicines (during the 7 days before the examination: Marevan, Coumadin and Clopidogrel\"";

/// Replaces a class's rule by one rule per member its bracket names.
pub(super) fn class_colon_members(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let mut out = Vec::with_capacity(proposals.len());
    for p in proposals.drain(..) {
        let Proposed::Medicine { rule } = &p.rule else {
            out.push(p);
            continue;
        };
        let names: Vec<String> = sentences
            .get(p.sentence)
            .and_then(|s| MEMBERS.as_ref().and_then(|re| re.captures(&s.text)))
            .map(|c| {
                c[1].split([',', ';'])
                    .flat_map(|n| n.split(" and "))
                    .map(|n| n.trim().trim_start_matches("or ").trim())
                    .filter(|n| !n.is_empty() && !n.to_lowercase().starts_with("etc"))
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let named = names.iter().any(|n| rule.name.to_lowercase() == n.to_lowercase());
        if named || names.len() < 2 || !names.iter().all(|n| short_name(n)) {
            out.push(p);
            continue;
        }
        for name in names {
            let mut each = rule.clone();
            each.name = name;
            out.push(Proposal::over(
                Proposed::Medicine { rule: each },
                p.sentence,
                (p.start, p.end),
                WRITTEN_FOR,
            ));
        }
    }
    *proposals = out;
}
