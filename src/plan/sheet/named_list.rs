//! "Tell the doctor if you take any of these medications: Iron, Aspirin,
//! Coumadin, Persantin and others": every name the lead announces is a
//! medicine, whether or not the reader knows it, and takes the rule the
//! sentence gave the names it knew. Weighed once every sentence is read
//! (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// "these medications:", "the following medicines:": a lead whose list
/// after the colon is of medicines.
static LEAD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"(?i)\b(?:these|the following|following|any of these) (?:medications|medicines|drugs|tablets)\s*:",
    )
    .ok()
});

/// The longest name a list item may be, in words.
// Not a care number: a reading window (a medicine's name, not a phrase).
const NAME_WORDS: usize = 3;

/// Adds the names of a medicines list the sentence's rule did not name.
pub(super) fn named_list(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let mut added = Vec::new();
    for (at, sentence) in sentences.iter().enumerate() {
        let Some(lead) = LEAD.as_ref().and_then(|re| re.find(&sentence.text)) else {
            continue;
        };
        let known: Vec<&Proposal> = proposals
            .iter()
            .filter(|p| p.sentence == at && matches!(p.rule, Proposed::Medicine { .. }))
            .collect();
        // The rule of the names the reader knew, when they share one.
        let Some(Proposed::Medicine { rule }) = known.first().map(|p| &p.rule) else {
            continue;
        };
        let same = known
            .iter()
            .all(|p| matches!(&p.rule, Proposed::Medicine { rule: r } if r.before == rule.before));
        if !same {
            continue;
        }
        let named: Vec<String> = known
            .iter()
            .filter_map(|p| match &p.rule {
                Proposed::Medicine { rule } => Some(rule.name.to_lowercase()),
                _ => None,
            })
            .collect();
        let list = sentence.text[lead.end()..].trim_end_matches(['.', ' ']);
        for item in items(list) {
            let lower = item.to_lowercase();
            if named
                .iter()
                .any(|n| lower.contains(n.as_str()) || n.contains(lower.as_str()))
            {
                continue;
            }
            let mut new = rule.clone();
            new.name = item.to_string();
            let rule = Proposed::Medicine { rule: new };
            added.push(Proposal {
                words: super::write::describe(&rule),
                rule,
                ..(*known[0]).clone()
            });
        }
    }
    proposals.extend(added);
}

/// The names of a list: split at commas, "and" and "or"; "and others",
/// "etc." and anything longer than a name or not capitalised left out.
fn items(list: &str) -> Vec<&str> {
    list.split(',')
        .flat_map(|part| part.split(" and "))
        .flat_map(|part| part.split(" or "))
        .map(|item| item.trim().trim_end_matches('.'))
        .filter(|item| {
            let words = item.split_whitespace().count();
            (1..=NAME_WORDS).contains(&words)
                && item.chars().next().is_some_and(char::is_uppercase)
                && !["others", "etc", "other", "more"].contains(&item.to_lowercase().as_str())
        })
        .collect()
}
