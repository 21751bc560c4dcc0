//! A sample collected is not the patient collected (branch tune-bf, half
//! bf): "bring urine collected on the morning of your checkup", "collect
//! the stool sample within 5 days". "Collect" is also how an escort takes
//! the patient home ("someone must collect you"), so a sentence about a
//! sample read as an escort rule; when the sentence names a sample and no
//! person to be collected, no escort, company or stay is read from it
//! (silent: the sample has no rule of its own in Steady's model). Weighed
//! once every sentence is read (from `across_sheet.rs`).

use super::{Proposal, Proposed, Sentence};

/// Words for what is collected of the body.
const SAMPLE: &[&str] = &[
    "urine",
    "stool",
    "stools",
    "sample",
    "samples",
    "specimen",
    "specimens",
    "faeces",
    "feces",
    "sputum",
];

/// Words that name a person taken home or along.
const PERSON: &[&str] = &[
    "you", "patient", "someone", "somebody", "adult", "escort", "driver", "friend", "relative", "child", "person",
];

/// The rules an escort word gives.
fn escort_rule(rule: &Proposed) -> bool {
    matches!(
        rule,
        Proposed::EscortRequired | Proposed::EscortPresence { .. } | Proposed::SomeoneStays { .. }
    )
}

/// Whether the sentence collects a sample and names nobody collected.
fn sample_only(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let collect = |w: &&str| w.starts_with("collect");
    // "collect you", "collected by someone": a person right after the verb.
    let person_collected = words
        .windows(3)
        .any(|w| collect(&w[0]) && (PERSON.contains(&w[1]) || (w[1] == "by" && PERSON.contains(&w[2]))));
    words.iter().any(collect) && words.iter().any(|w| SAMPLE.contains(w)) && !person_collected
}

/// Drops the escort rules read from a sentence about a sample.
pub(super) fn sample_collected(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        !escort_rule(&p.rule)
            || !sentences
                .get(p.sentence)
                .is_some_and(|s| sample_only(&s.text.to_lowercase()))
    });
}
