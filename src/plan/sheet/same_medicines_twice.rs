//! One rule said with two nouns for the same medicines (branch tune-bab,
//! half bb): "do not take your morning dose of medicines; bring your
//! medicines with you instead". The sentence has one medicine rule; a
//! second line for the bare word "medicines", with the same rule beside a
//! line whose name already holds that word, writes the rule twice. The
//! bare line is dropped (silent; the named one stands). Weighed once
//! every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed};

/// Medicines in general, naming none.
static BARE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*(?:any |all |your |the )?(?:medications?|medicines?|drugs|pills|tablets)\W*$").ok()
});

/// Drops a bare medicines line that repeats a fuller one's rule.
pub(super) fn same_medicines_twice(proposals: &mut Vec<Proposal>) {
    let fuller: Vec<(usize, String, String)> = proposals
        .iter()
        .filter_map(|p| match &p.rule {
            Proposed::Medicine { rule } if !is(&BARE, &rule.name.to_lowercase()) => {
                Some((p.sentence, rule.name.to_lowercase(), format!("{:?}", rule.before)))
            }
            _ => None,
        })
        .collect();
    proposals.retain(|p| {
        let Proposed::Medicine { rule } = &p.rule else {
            return true;
        };
        let name = rule.name.to_lowercase();
        if !is(&BARE, &name) {
            return true;
        }
        let word = name
            .trim()
            .trim_start_matches("your ")
            .trim_start_matches("the ")
            .to_string();
        let before = format!("{:?}", rule.before);
        !fuller
            .iter()
            .any(|(s, n, b)| *s == p.sentence && *b == before && n.contains(word.as_str()))
    });
}
