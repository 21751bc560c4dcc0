//! A task whose verb is denied: "take no milk for four hours before",
//! "a complete fast (take in neither solids nor liquids)". The verb is a
//! task's ("take", "fill in"), but "no", "neither" or "nothing" after it
//! makes it a ban, which the fasting and medicine readers weigh; read as
//! a visit task it would remind the patient to do what they must not
//! (branch tune-auv, half av). Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed};

/// A denial inside the task's own words.
static DENIED: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:no|neither|nor|nothing|none|not|never|without)\b").ok());

/// Drops the visit tasks whose words deny their own verb.
pub(super) fn negated_task(proposals: &mut Vec<Proposal>) {
    proposals.retain(|p| match &p.rule {
        Proposed::VisitTask { task } => !is(&DENIED, &task.title.to_lowercase()),
        _ => true,
    });
}
