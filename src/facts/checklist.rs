//! The two checklists every session has, and the kinds of item on them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The two checklists every session has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Checklist {
    /// Anchored to the session's start: sleep, fasting, medicines, the ride.
    DayBefore,
    /// Anchored to the session's end: the ride home, no driving, rest.
    SessionDay,
}

impl Checklist {
    pub fn as_str(self) -> &'static str {
        match self {
            Checklist::DayBefore => "day_before",
            Checklist::SessionDay => "session_day",
        }
    }

    pub fn parse(text: &str) -> Option<Checklist> {
        match text {
            "day_before" => Some(Checklist::DayBefore),
            "session_day" => Some(Checklist::SessionDay),
            _ => None,
        }
    }
}

/// Where an item came from, which decides what the user may do with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ItemKind {
    /// From the plan template; its text follows the session's numbers.
    Plan,
    /// Added by the user.
    Custom,
    /// A "last dose before the session" the prescriber named.
    Medication,
}

impl ItemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Plan => "plan",
            ItemKind::Custom => "custom",
            ItemKind::Medication => "medication",
        }
    }

    pub fn parse(text: &str) -> Option<ItemKind> {
        match text {
            "plan" => Some(ItemKind::Plan),
            "custom" => Some(ItemKind::Custom),
            "medication" => Some(ItemKind::Medication),
            _ => None,
        }
    }
}
