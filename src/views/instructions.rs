//! The "Your clinic's instructions" screen: the rules in use, Steady's
//! typical ones beside them (a field equal to its typical value shows the
//! "typical" tag), where each typical value comes from, the sessions a
//! change can apply to, and the patient's day.

use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

use crate::basics::error::Result;
use crate::facts::care::{self, Source};
use crate::facts::day::DayTimes;
use crate::facts::model::Session;
use crate::facts::rules::{ClinicRules, RedFlagRule};
use crate::storage::store::Store;

/// A typical value's source, by the form's section.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SectionSource {
    pub section: String,
    pub source: Source,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RulesForm {
    /// The rules in use now.
    pub rules: ClinicRules,
    /// Steady's typical rules.
    pub typical: ClinicRules,
    pub sources: Vec<SectionSource>,
    /// Sessions a change can apply to: current and upcoming ones.
    pub sessions: Vec<Session>,
    pub day: DayTimes,
    /// The typical "when to call whom" table a clinic's own list replaces.
    pub typical_red_flags: Vec<RedFlagRule>,
}

pub fn rules_form(store: &Store, now: DateTime<Utc>) -> Result<RulesForm> {
    let sources = [
        ("timeline", care::TIMELINE),
        ("arrival", care::ARRIVAL),
        ("food", care::FASTING),
        ("medicines", care::MEDICINES),
        ("escort", care::DRIVER),
        ("after", care::NO_DRIVING),
        ("alcohol", care::NO_ALCOHOL),
        ("decisions", care::NO_DECISIONS),
    ]
    .into_iter()
    .map(|(section, source)| SectionSource {
        section: section.into(),
        source,
    })
    .collect();
    Ok(RulesForm {
        rules: store.current_rules()?,
        typical: ClinicRules::default(),
        sources,
        sessions: store.current_and_upcoming_sessions(now)?,
        day: store.day_times()?,
        typical_red_flags: crate::facts::red_flags::red_flags(&ClinicRules::default()),
    })
}
