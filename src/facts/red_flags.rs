//! When to call whom after an infusion: the typical table, from
//! shared/care-facts.md ("Red flags after an infusion: when to call whom",
//! a ketamine clinic's published discharge sheet, Nervana Medical). A
//! clinic's own list replaces it (`ClinicRules::red_flags`). The typical
//! situations are the catalogue's words (`care.ftl`), in the current
//! language; a clinic's own are kept as the clinic wrote them.

use crate::facts::care::Source;
use crate::facts::rules::{ClinicRules, RedFlagRule, WhoToCall};

pub const SOURCE: Source = Source::new(
    "Red flags after an infusion: when to call whom",
    "Nervana Medical discharge sheet; 001, 002",
);

/// The typical table, row by row as care-facts has it: each situation by
/// a key (its words: [`situation_words`]), and whom to call.
pub const TYPICAL: &[(&str, WhoToCall)] = &[
    // "Thoughts of suicide, or any medical emergency".
    ("emergency", WhoToCall::Emergency),
    // "Shortness of breath, a feeling of the airway closing, difficulty
    // swallowing, chest pain, or a change in how awake you are".
    ("breathing", WhoToCall::Emergency),
    // "A new rash or itching".
    ("rash", WhoToCall::PrimaryCare),
    // "An effect lasting well past its usual time".
    ("outlasting", WhoToCall::Clinic),
    // "Signs of mania, or psychosis getting worse".
    ("mania", WhoToCall::Clinic),
];

/// A typical situation in the current language's words.
pub fn situation_words(key: &str) -> String {
    match key {
        "emergency" => crate::t!("red-flag-emergency"),
        "breathing" => crate::t!("red-flag-breathing"),
        "rash" => crate::t!("red-flag-rash"),
        "outlasting" => crate::t!("red-flag-outlasting"),
        "mania" => crate::t!("red-flag-mania"),
        other => other.to_string(),
    }
}

/// The red flags that apply: the clinic's list, or the typical table.
pub fn red_flags(rules: &ClinicRules) -> Vec<RedFlagRule> {
    if !rules.red_flags.is_empty() {
        return rules.red_flags.clone();
    }
    TYPICAL
        .iter()
        .map(|(situation, call)| RedFlagRule {
            situation: situation_words(situation),
            call: *call,
        })
        .collect()
}

#[cfg(test)]
mod source_tests {
    use super::SOURCE;
    use crate::basics::i18n::{with_language, Messages};

    /// The red flags' source label comes from the catalogue too (care.rs
    /// checks the others; this one lives here, below care in no loop).
    #[test]
    fn the_source_label_comes_from_the_catalogue() {
        with_language(&Messages::of("en-XA"), || {
            let label = SOURCE.label();
            let plain = label.split(|c: char| !c.is_ascii_alphabetic()).find(|w| w.len() >= 3);
            assert_eq!(plain, None, "{label}");
        });
    }
}
