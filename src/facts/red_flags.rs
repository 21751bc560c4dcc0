//! When to call whom after an infusion: the typical table, from
//! shared/care-facts.md ("Red flags after an infusion: when to call whom",
//! a ketamine clinic's published discharge sheet, Nervana Medical). A
//! clinic's own list replaces it (`ClinicRules::red_flags`).

use crate::facts::care::Source;
use crate::facts::rules::{ClinicRules, RedFlagRule, WhoToCall};

pub const SOURCE: Source = Source::new(
    "Red flags after an infusion: when to call whom",
    "Nervana Medical discharge sheet; 001, 002",
);

/// The typical table, row by row as care-facts has it.
pub const TYPICAL: &[(&str, WhoToCall)] = &[
    ("Thoughts of suicide, or any medical emergency", WhoToCall::Emergency),
    (
        "Shortness of breath, a feeling of the airway closing, difficulty swallowing, chest pain, or a change in how awake you are",
        WhoToCall::Emergency,
    ),
    ("A new rash or itching", WhoToCall::PrimaryCare),
    (
        "An effect lasting well past its usual time (listed above)",
        WhoToCall::Clinic,
    ),
    ("Signs of mania, or psychosis getting worse", WhoToCall::Clinic),
];

/// The red flags that apply: the clinic's list, or the typical table.
pub fn red_flags(rules: &ClinicRules) -> Vec<RedFlagRule> {
    if !rules.red_flags.is_empty() {
        return rules.red_flags.clone();
    }
    TYPICAL
        .iter()
        .map(|(situation, call)| RedFlagRule {
            situation: (*situation).to_string(),
            call: *call,
        })
        .collect()
}
