//! "The medicines" narrowed by the words after them (branch tune-bd, half
//! bd): "talk to us in advance about the medicines you take on the day".
//! The sheet says which medicines it means, and a name is written as the
//! sheet says it (corpus README, vocabulary), so the line is named with
//! those words, not the bare "medicines" that could be any. Only the
//! name is changed; no rule is added or lent. A bare "medicines" to bring
//! is named so too ("if there are medicines you always take ... bring them
//! with you": branch tune-bf, half bf), with or without "the". Weighed once every sentence
//! is read (from `across_sheet.rs`).

use super::{Proposal, Proposed, Sentence};

/// The bare words for medicines.
const BARE: &[&str] = &["medicines", "medications", "medicine", "medication"];

/// The most words of the narrowing clause kept in the name.
// Not a care number: a count of words in a name.
const LONGEST_CLAUSE: usize = 5;

/// "medicines you take on the day" from the sentence, if it says so.
fn narrowed(lower: &str) -> Option<String> {
    narrowed_after(lower, true)
}

/// The same, with "the" before the medicines needed or not.
fn narrowed_after(lower: &str, needs_the: bool) -> Option<String> {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let at = words
        .windows(3)
        .position(|w| (!needs_the || w[0] == "the") && BARE.contains(&w[1]) && w[2] == "you")?;
    let mut name = vec![words[at + 1], "you"];
    for w in words.iter().skip(at + 3).take(LONGEST_CLAUSE) {
        let end = w.ends_with(['.', ',', ';', ':', ')']);
        name.push(w.trim_end_matches(['.', ',', ';', ':', ')']));
        if end {
            break;
        }
    }
    // "the medicines you" and a verb at least.
    (name.len() > 2).then(|| name.join(" "))
}

/// Names a bare "medicines" line by the clause that narrows it.
pub(super) fn medicines_you_take(proposals: &mut [Proposal], sentences: &[Sentence]) {
    for p in proposals.iter_mut() {
        if let Proposed::Bring { items } = &mut p.rule {
            let lower = sentences
                .get(p.sentence)
                .map_or(String::new(), |s| s.text.to_lowercase());
            // The clause told before "bring them", which points back to it;
            // one after "bring your medicines" ("or a list of the medicines
            // you use") narrows another thing.
            let lower = lower.split("bring").next().unwrap_or("").to_string();
            for item in items.iter_mut() {
                if BARE.contains(&item.to_lowercase().trim()) {
                    if let Some(name) = narrowed_after(&lower, false) {
                        *item = name;
                    }
                }
            }
            continue;
        }
        let Proposed::Medicine { rule } = &mut p.rule else {
            continue;
        };
        if !BARE.contains(&rule.name.to_lowercase().trim()) {
            continue;
        }
        if let Some(name) = sentences.get(p.sentence).and_then(|s| narrowed(&s.text.to_lowercase())) {
            rule.name = name;
        }
    }
}
