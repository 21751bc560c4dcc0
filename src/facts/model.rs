//! The domain types: a session, its timeline, and the items of its two
//! checklists. These are also the IPC types; ts-rs writes them to the UI.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::basics::time::at_local_clock;
pub use crate::facts::checklist::{Checklist, ItemKind};
use crate::facts::day::DayTimes;
use crate::facts::rules::{ClinicRules, NoDriving};

pub type SessionId = i64;
pub type ItemId = i64;

/// One infusion appointment.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Session {
    #[ts(type = "number")]
    pub id: SessionId,
    /// The appointment: when intake starts (the clinic may ask to arrive earlier).
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
    /// Where "Send to the driver" addresses the e-mail.
    pub driver_email: Option<String>,
    /// A note from the patient to the driver, on the card and in the message
    /// ("I'll wait at the side door").
    pub driver_note: Option<String>,
    /// When the session actually ended ("I'm home"); the plan's end until then.
    pub ended_at: Option<DateTime<Utc>>,
    /// Cancelled sessions stay as history; they remind nothing.
    pub cancelled_at: Option<DateTime<Utc>>,
    /// Whose rules the plan follows ("Lakeside Clinic"); none: Steady's typical ones.
    pub protocol_name: Option<String>,
    /// The clinic's rules this session was planned with.
    pub rules: ClinicRules,
    pub timeline: Timeline,
}

/// The moments of a session day, all derived from its start, its rules and
/// the patient's day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Timeline {
    /// When to be at the clinic: the start, less the clinic's "arrive early".
    pub arrive_at: DateTime<Utc>,
    /// When to leave home, from the patient's travel time, when given.
    pub leave_home_at: Option<DateTime<Utc>>,
    pub start_at: DateTime<Utc>,
    pub infusion_start_at: DateTime<Utc>,
    /// The end of the infusion: the usual after-effects are timed from here
    /// (care-facts "Side effects and how long they usually last", 001).
    pub infusion_end_at: DateTime<Utc>,
    /// The earliest the clinic typically releases the patient: pickup opens.
    pub release_earliest_at: DateTime<Utc>,
    /// The latest typical release.
    pub release_latest_at: DateTime<Utc>,
    /// The session's end: when it actually ended if the patient said so
    /// ("I'm home"), else the latest typical release (the safer guess for
    /// driving). The no-driving time counts from here.
    pub end_at: DateTime<Utc>,
    /// End of the no-driving time, by the clinic's rule.
    pub drive_again_at: DateTime<Utc>,
}

impl Timeline {
    /// `escorted`: a driver is named. A clinic may keep a patient without
    /// an escort longer (`observation_without_escort_minutes`).
    pub fn new(
        start_at: DateTime<Utc>,
        rules: &ClinicRules,
        tz: chrono_tz::Tz,
        ended_at: Option<DateTime<Utc>>,
        escorted: bool,
        day: &DayTimes,
    ) -> Timeline {
        let minutes = |m: u32| Duration::minutes(i64::from(m));
        let t = &rules.timeline;
        let arrive_at = start_at - minutes(t.arrive_early_minutes);
        let infusion_start_at = start_at + minutes(t.intake_minutes);
        let infusion_end_at = infusion_start_at + minutes(t.infusion_minutes);
        let observation_max = match t.observation_without_escort_minutes {
            Some(longer) if !escorted => longer.max(t.observation_min_minutes),
            _ => t.observation_max_minutes,
        };
        let release_latest_at = infusion_end_at + minutes(observation_max);
        let end_at = ended_at.unwrap_or(release_latest_at);
        Timeline {
            arrive_at,
            leave_home_at: t.travel_minutes.map(|travel| arrive_at - minutes(travel)),
            start_at,
            infusion_start_at,
            infusion_end_at,
            release_earliest_at: infusion_end_at + minutes(t.observation_min_minutes),
            release_latest_at,
            end_at,
            drive_again_at: next_allowed(end_at, &rules.after.no_driving, tz, day),
        }
    }

    /// When the usual after-effects are counted from: the end of the
    /// infusion, or the session's recorded end if that came first.
    pub fn effects_from(&self) -> DateTime<Utc> {
        self.infusion_end_at.min(self.end_at)
    }
}

/// The end of a "no driving" rule counted from `end_at`.
pub fn next_allowed(end_at: DateTime<Utc>, rule: &NoDriving, tz: chrono_tz::Tz, day: &DayTimes) -> DateTime<Utc> {
    match rule {
        NoDriving::Hours { hours } => end_at + Duration::hours(i64::from(*hours)),
        // Midnight at the end of the session's day.
        NoDriving::RestOfDay => at_local_clock(end_at, tz, 1, 0),
        NoDriving::NextMorning => next_morning(end_at, tz, day),
    }
}

/// "The next morning, after a night's sleep": the patient's wake time after
/// the night that follows `at` (care-facts, "From other public sources":
/// Spravato REMS, "not until the next day, after a restful sleep").
pub fn next_morning(at: DateTime<Utc>, tz: chrono_tz::Tz, day: &DayTimes) -> DateTime<Utc> {
    let this_morning = at_local_clock(at, tz, 0, day.wake.minute_of_day());
    // Ending after midnight, before waking (a late session): this morning.
    if at < this_morning {
        this_morning
    } else {
        at_local_clock(at, tz, 1, day.wake.minute_of_day())
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
    /// Which plan item this is ("stop_food", "med:0:skip"): the rule's
    /// shape, stable across re-plans. None for the user's own items.
    pub key: Option<String>,
    /// Things to tick inside the item (the bag to pack).
    pub parts: Vec<ItemPart>,
}

/// One thing inside an item, ticked on its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ItemPart {
    pub label: String,
    pub done: bool,
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
    /// The clinic's rules for this session; the rules in use when absent.
    #[ts(optional)]
    pub rules: Option<ClinicRules>,
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
    #[serde(default)]
    pub driver_email: Option<String>,
    #[serde(default)]
    pub driver_note: Option<String>,
    pub clinic_name: Option<String>,
    pub clinic_phone: Option<String>,
    pub clinic_address: Option<String>,
}

/// Whom to call: the session's clinic, and the crisis numbers for the
/// patient's country (or their own).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Contacts {
    pub clinic_name: Option<String>,
    pub clinic_phone: Option<String>,
    pub crisis: crate::facts::crisis::CrisisNumbers,
}
