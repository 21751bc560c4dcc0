//! The domain types: a session, its timeline, and the items of its two
//! checklists. These are also the IPC types; ts-rs writes them to the UI.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::facts::care::CareTimes;

pub type SessionId = i64;
pub type ItemId = i64;

/// One infusion appointment.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Session {
    #[ts(type = "number")]
    pub id: SessionId,
    /// When the session starts (arrival for intake).
    pub start_at: DateTime<Utc>,
    /// The IANA zone the session happens in; every local time is shown in it.
    pub tz: String,
    /// `start_at` on the clinic's wall clock, for the edit form: "2026-12-03T09:00".
    pub start_local: String,
    pub clinic_name: Option<String>,
    pub clinic_phone: Option<String>,
    pub clinic_address: Option<String>,
    pub driver_name: Option<String>,
    pub driver_phone: Option<String>,
    /// "partner", "friend": how the driver is related, for the card.
    pub driver_relation: Option<String>,
    /// How the driver gets the details: "text message", "e-mail", "in person".
    pub driver_contact: Option<String>,
    /// When the session actually ended ("I'm home"); the plan's end until then.
    pub ended_at: Option<DateTime<Utc>>,
    /// Cancelled sessions stay as history; they remind nothing.
    pub cancelled_at: Option<DateTime<Utc>>,
    /// Whose protocol set the care numbers ("Lakeside Clinic"); none: typical values.
    pub protocol_name: Option<String>,
    pub care: CareTimes,
    pub timeline: Timeline,
}

/// The moments of a session day, all derived from its start and care times.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Timeline {
    pub start_at: DateTime<Utc>,
    pub infusion_start_at: DateTime<Utc>,
    pub infusion_end_at: DateTime<Utc>,
    /// The earliest the clinic typically releases the patient: pickup opens.
    pub release_earliest_at: DateTime<Utc>,
    /// The latest typical release.
    pub release_latest_at: DateTime<Utc>,
    /// The session's end: when it actually ended if the patient said so,
    /// else the latest typical release (the safer guess for driving).
    pub end_at: DateTime<Utc>,
    /// End of the no-driving time, counted from the session's end by the
    /// clinic's rule (hours, or the next morning).
    pub drive_again_at: DateTime<Utc>,
}

impl Timeline {
    pub fn new(
        start_at: DateTime<Utc>,
        care: &CareTimes,
        tz: chrono_tz::Tz,
        ended_at: Option<DateTime<Utc>>,
    ) -> Timeline {
        let minutes = |m: u32| Duration::minutes(i64::from(m));
        let infusion_start_at = start_at + minutes(care.intake_minutes);
        let infusion_end_at = infusion_start_at + minutes(care.infusion_minutes);
        let release_latest_at = infusion_end_at + minutes(care.recovery_max_minutes);
        let end_at = ended_at.unwrap_or(release_latest_at);
        let drive_again_at = if care.no_driving_until_next_morning {
            crate::basics::time::at_local_clock(end_at, tz, 1, crate::facts::care::NEXT_MORNING_HOUR * 60)
        } else {
            end_at + Duration::hours(i64::from(care.no_driving_hours))
        };
        Timeline {
            start_at,
            infusion_start_at,
            infusion_end_at,
            release_earliest_at: infusion_end_at + minutes(care.recovery_min_minutes),
            release_latest_at,
            end_at,
            drive_again_at,
        }
    }

    pub fn at(&self, anchor: Anchor) -> DateTime<Utc> {
        match anchor {
            Anchor::SessionStart => self.start_at,
            Anchor::ReleaseEarliest => self.release_earliest_at,
            Anchor::SessionEnd => self.end_at,
            Anchor::DriveAgain => self.drive_again_at,
        }
    }
}

/// The two checklists every session has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
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

/// A moment of the session an item's time is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Anchor {
    SessionStart,
    ReleaseEarliest,
    SessionEnd,
    /// The end of the no-driving time, by the clinic's rule.
    DriveAgain,
}

/// How a plan item's due time follows its session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum DueRule {
    /// Elapsed time from the anchor: "6 h before the start". Pure UTC
    /// arithmetic, so a DST change in between does not shorten a fast.
    Offset { anchor: Anchor, minutes: i32 },
    /// A wall-clock time on a day relative to the anchor's local date:
    /// "the evening before at 22:00", which stays 22:00 across a DST change.
    LocalClock {
        anchor: Anchor,
        day_offset: i32,
        minute_of_day: u32,
    },
}

impl DueRule {
    pub fn resolve(&self, timeline: &Timeline, tz: chrono_tz::Tz) -> DateTime<Utc> {
        match *self {
            DueRule::Offset { anchor, minutes } => timeline.at(anchor) + Duration::minutes(i64::from(minutes)),
            DueRule::LocalClock {
                anchor,
                day_offset,
                minute_of_day,
            } => crate::basics::time::at_local_clock(timeline.at(anchor), tz, day_offset, minute_of_day),
        }
    }
}

/// One thing to do, with its time.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Item {
    #[ts(type = "number")]
    pub id: ItemId,
    #[ts(type = "number")]
    pub session_id: SessionId,
    pub checklist: Checklist,
    pub kind: ItemKind,
    /// What to do, in a few plain words.
    pub title: String,
    /// Why and by when.
    pub detail: String,
    /// The user's own note, shown as plain text.
    pub note: Option<String>,
    /// Where the care content comes from in care-facts.md ("After the session · 001, 003").
    pub source: Option<String>,
    /// Shown with a "typical — your clinic may differ" tag.
    pub typical: bool,
    pub due_at: DateTime<Utc>,
    /// `due_at` on the session's wall clock: "2026-12-02T22:00:00+01:00".
    pub due_local: String,
    /// The session's zone, so the UI formats the time where it happens.
    pub tz: String,
    /// The user set this time by hand; moving the session leaves it alone.
    pub due_is_fixed: bool,
    /// How long before `due_at` the reminder comes (0: at the time itself).
    pub remind_lead_minutes: u32,
    pub done_at: Option<DateTime<Utc>>,
}

impl Item {
    pub fn is_done(&self) -> bool {
        self.done_at.is_some()
    }
}

/// What the first-start form and `steady session add` send.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[ts(export)]
pub struct NewSession {
    /// Local date and time on the clinic's clock: "2026-12-03T09:00".
    pub start_local: String,
    /// IANA zone; the laptop's zone when absent.
    #[ts(optional)]
    pub tz: Option<String>,
    #[ts(optional)]
    pub clinic_name: Option<String>,
    #[ts(optional)]
    pub driver_name: Option<String>,
    /// The clinic's numbers; typical defaults when absent.
    #[ts(optional)]
    pub care: Option<CareTimes>,
}

/// A user's own checklist item.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct NewItem {
    #[ts(type = "number")]
    pub session_id: SessionId,
    pub checklist: Checklist,
    pub title: String,
    /// Local date and time in the session's zone.
    pub due_local: String,
    #[ts(optional)]
    pub note: Option<String>,
}

/// A medicine the prescriber said to hold before the session: its last
/// dose comes `hold_hours_before` the start, and it restarts
/// `restart_hours_after` the end. Both items move with the session.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct NewMedicationHold {
    #[ts(type = "number")]
    pub session_id: SessionId,
    pub name: String,
    #[ts(optional)]
    pub dose: Option<String>,
    pub hold_hours_before: u32,
    #[ts(optional)]
    pub restart_hours_after: Option<u32>,
}

/// A medicine held around a session, as the prescriber said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Medication {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub session_id: SessionId,
    pub name: String,
    pub dose: Option<String>,
    pub hold_hours_before: u32,
    pub restart_hours_after: Option<u32>,
}

/// The ride home as the patient or caregiver fills it in on the Ride screen.
/// Every field replaces the stored one; empty text clears it.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[ts(export)]
pub struct RideDetails {
    pub driver_name: Option<String>,
    pub driver_phone: Option<String>,
    pub driver_relation: Option<String>,
    pub driver_contact: Option<String>,
    pub clinic_name: Option<String>,
    pub clinic_phone: Option<String>,
    pub clinic_address: Option<String>,
}

/// Whom to call. The crisis line and emergency number are the user's
/// setting; the default comes from the region where care-facts names them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Contacts {
    pub clinic_name: Option<String>,
    pub clinic_phone: Option<String>,
    pub crisis_line: Option<String>,
    pub emergency_number: Option<String>,
}
