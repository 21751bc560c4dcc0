//! The reminder log: each item's reminder as it stands, and what became of
//! each firing.
//!
//! Every item has one reminder, due `remind_lead_minutes` before the item.
//! Its state is derived from the item and `reminder_log`:
//! - **done** when the item is ticked;
//! - **shown** / **missed** when the log holds a record for the item's current
//!   remind-at instant (so a reminder fires once per instant: a restart, a
//!   second process or a clock set back finds the record and does nothing);
//! - **snoozed** when that record carries a snooze time;
//! - **pending** otherwise, which includes an item whose time changed after its
//!   reminder fired: the old record no longer matches, so it is owed again.
//!
//! A reminder whose moment had already passed when the item got its time (a
//! plan made the evening before a "10:00 the day before" item) was never owed
//! and counts as missed without a pop-up; Today still lists the item.
//!
//! What to fire when is decided above this layer (`reminders::decide`); this
//! module only reads and records, and claims each firing once.

use chrono::{DateTime, Duration, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::basics::error::{Error, Result};
use crate::basics::time::{from_db, to_db, to_db_ms};
use crate::facts::day::DayTimes;
use crate::facts::model::{ItemId, SessionId};
use crate::plan::night;
use crate::storage::rows::{day_times, load_item, CURRENT_ITEMS_FROM};
use crate::storage::settings::{delete_setting, get_setting, put_setting};
use crate::storage::store::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ReminderState {
    /// Owed, at `remind_at`.
    Pending,
    /// Shown, and asked to come back at `snoozed_until`.
    Snoozed,
    /// Fired (as a desktop notification, or inside the app where there is none).
    Shown,
    /// Not popped up: its time was long past when Steady could act, or had
    /// already passed when the item got its time.
    Missed,
    /// The item is ticked; nothing more to remind.
    Done,
}

impl ReminderState {
    pub fn as_str(self) -> &'static str {
        match self {
            ReminderState::Pending => "pending",
            ReminderState::Snoozed => "snoozed",
            ReminderState::Shown => "shown",
            ReminderState::Missed => "missed",
            ReminderState::Done => "done",
        }
    }
}

/// One item's reminder as it stands.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Reminder {
    #[ts(type = "number")]
    pub item_id: ItemId,
    #[ts(type = "number")]
    pub session_id: SessionId,
    pub title: String,
    pub detail: String,
    pub tz: String,
    pub due_at: DateTime<Utc>,
    pub remind_lead_minutes: u32,
    /// When it pops up: `due_at` less the lead time, unless that falls in
    /// the night (then bedtime or wake time; see `plan::night`).
    pub remind_at: DateTime<Utc>,
    /// The night moved it to bedtime: it pops up with `bedtime_title` and
    /// names the item's own time.
    pub at_bedtime: bool,
    pub bedtime_title: Option<String>,
    pub state: ReminderState,
    pub fired_at: Option<DateTime<Utc>>,
    /// How late it fired, when it fired late (after a suspend, a pause, or with the app closed).
    #[ts(type = "number | null")]
    pub late_by_seconds: Option<i64>,
    pub snoozed_until: Option<DateTime<Utc>>,
    /// The desktop's notification server accepted it; when false after
    /// firing, the app shows it in its window instead.
    pub delivered: bool,
}

impl Reminder {
    /// When this reminder next wants to fire, if it does.
    pub fn fire_at(&self) -> Option<DateTime<Utc>> {
        match self.state {
            ReminderState::Pending => Some(self.remind_at),
            ReminderState::Snoozed => self.snoozed_until,
            _ => None,
        }
    }
}

/// What the user chose about reminders as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ReminderSettings {
    /// A reminder more than this late is listed as missed instead of popping
    /// up: a notification about breakfast at dinner time only confuses.
    pub stale_after_hours: u32,
    /// No pop-ups before this; reminders due meanwhile fire when it ends.
    pub paused_until: Option<DateTime<Utc>>,
    /// The patient's day: nothing pops up between bedtime and wake.
    pub day: DayTimes,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings {
            stale_after_hours: 12,
            paused_until: None,
            day: DayTimes::default(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Fire {
        item_id: ItemId,
        fire_at: DateTime<Utc>,
        late_by: Duration,
    },
    Miss {
        item_id: ItemId,
        fire_at: DateTime<Utc>,
        late_by: Duration,
    },
}

/// A check-in reminder that is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutineDue {
    /// Settings key that records it was sent, and the local date it was for.
    pub key: &'static str,
    pub date: chrono::NaiveDate,
    /// The notification's words, in the patient's language.
    pub title: String,
    pub body: String,
}

// Not a care number: the bounds of a snooze and a reminder lead the patient picks.
const SNOOZE_MAX_MINUTES: u32 = 24 * 60;

// Not a care number: the bound of a reminder lead the patient picks.
const LEAD_MAX_MINUTES: u32 = 24 * 60;

/// When an item due at `due_at` with `lead` minutes' lead pops up, and
/// whether the night moved it to bedtime. The one place this is worked out:
/// the reminder log matches a firing by this instant.
fn remind_at(day: &DayTimes, due_at: DateTime<Utc>, lead: u32, tz: &str) -> Result<(DateTime<Utc>, bool)> {
    let tz = crate::basics::time::parse_zone(tz)?;
    let wanted = due_at - Duration::minutes(i64::from(lead));
    let at = night::reminder_at(day, wanted, due_at, tz);
    Ok((at, at < wanted))
}

impl Store {
    /// Every reminder of the sessions whose plan still matters at `now`, in time order.
    pub fn reminders(&self, now: DateTime<Utc>) -> Result<Vec<Reminder>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT items.id, items.session_id, items.title, items.detail, s.tz, items.due_at,
                    items.remind_lead_minutes, items.time_set_at, items.done_at, items.bedtime_title,
                    log.remind_at, log.outcome, log.fired_at, log.late_by_seconds, log.delivered, log.snoozed_until
             {CURRENT_ITEMS_FROM}
             LEFT JOIN reminder_log log ON log.item_id = items.id
             WHERE s.relevant_until > ?1 AND s.cancelled_at IS NULL
             ORDER BY items.due_at, items.id"
        ))?;
        let rows = stmt.query_map([to_db(now)], |row| {
            Ok((
                (
                    row.get::<_, i64>(0)?,
                    row.get::<_, i64>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                ),
                (
                    row.get::<_, String>(4)?,
                    row.get::<_, String>(5)?,
                    row.get::<_, u32>(6)?,
                ),
                (
                    row.get::<_, Option<String>>(7)?,
                    row.get::<_, Option<String>>(8)?,
                    row.get::<_, Option<String>>(9)?,
                ),
                (
                    row.get::<_, Option<String>>(10)?,
                    row.get::<_, Option<String>>(11)?,
                    row.get::<_, Option<String>>(12)?,
                    row.get::<_, Option<i64>>(13)?,
                    row.get::<_, Option<bool>>(14)?,
                    row.get::<_, Option<String>>(15)?,
                ),
            ))
        })?;
        let day = day_times(&self.conn)?;
        let mut reminders = Vec::new();
        for row in rows {
            let ((item_id, session_id, title, detail), (tz, due_at, lead), (time_set_at, done_at, bedtime_title), log) =
                row?;
            let due_at = from_db(&due_at)?;
            let (remind_at, at_bedtime) = remind_at(&day, due_at, lead, &tz)?;
            let (log_remind_at, outcome, fired_at, late_by_seconds, delivered, snoozed_until) = log;
            let log_matches = log_remind_at.as_deref().map(from_db).transpose()? == Some(remind_at);
            let snoozed_until = if log_matches {
                snoozed_until.as_deref().map(from_db).transpose()?
            } else {
                None
            };
            let passed_when_set = time_set_at
                .as_deref()
                .map(from_db)
                .transpose()?
                .is_some_and(|set| set > remind_at);
            let state = if done_at.is_some() {
                ReminderState::Done
            } else if log_matches && snoozed_until.is_some() {
                ReminderState::Snoozed
            } else if log_matches && outcome.as_deref() == Some("shown") {
                ReminderState::Shown
            } else if log_matches || passed_when_set {
                ReminderState::Missed
            } else {
                ReminderState::Pending
            };
            reminders.push(Reminder {
                item_id,
                session_id,
                title,
                detail,
                tz,
                due_at,
                remind_lead_minutes: lead,
                remind_at,
                at_bedtime,
                bedtime_title,
                state,
                fired_at: if log_matches {
                    fired_at.as_deref().map(from_db).transpose()?
                } else {
                    None
                },
                late_by_seconds: if log_matches { late_by_seconds } else { None },
                snoozed_until,
                delivered: log_matches && delivered.unwrap_or(false),
            });
        }
        Ok(reminders)
    }

    pub fn reminder(&self, item_id: ItemId, now: DateTime<Utc>) -> Result<Reminder> {
        load_item(&self.conn, item_id)?;
        self.reminders(now)?
            .into_iter()
            .find(|r| r.item_id == item_id)
            .ok_or_else(|| Error::invalid("item_id", crate::t!("error-reminder-session-over")))
    }

    /// Records that the reminder of `item_id`, owed at `fire_at`, was shown
    /// or missed at `now`. Returns false, changing nothing, when another
    /// process or an earlier pass already recorded this very firing: that is
    /// what makes each reminder fire once.
    pub fn record_reminder(&mut self, decision: &Decision, now: DateTime<Utc>) -> Result<bool> {
        let (item_id, fire_at, late_by, outcome) = match *decision {
            Decision::Fire {
                item_id,
                fire_at,
                late_by,
            } => (item_id, fire_at, late_by, "shown"),
            Decision::Miss {
                item_id,
                fire_at,
                late_by,
            } => (item_id, fire_at, late_by, "missed"),
        };
        let tx = self.conn.transaction()?;
        let item = load_item(&tx, item_id)?;
        let (remind_at, _) = remind_at(&day_times(&tx)?, item.due_at, item.remind_lead_minutes, &item.tz)?;
        // Claim the firing only if the log does not already hold it: no record,
        // a record for another instant, or a snooze that is now due.
        let changed = tx.execute(
            "INSERT INTO reminder_log (item_id, remind_at, outcome, fired_at, late_by_seconds, delivered, snoozed_until)
             VALUES (?1, ?2, ?3, ?4, ?5, 0, NULL)
             ON CONFLICT (item_id) DO UPDATE SET
                remind_at = excluded.remind_at, outcome = excluded.outcome, fired_at = excluded.fired_at,
                late_by_seconds = excluded.late_by_seconds, delivered = 0, snoozed_until = NULL
             WHERE reminder_log.remind_at <> excluded.remind_at
                OR (reminder_log.snoozed_until IS NOT NULL AND reminder_log.snoozed_until = ?6)",
            params![item_id, to_db(remind_at), outcome, to_db_ms(now), late_by.num_seconds(), to_db(fire_at)],
        )?;
        tx.commit()?;
        Ok(changed == 1)
    }

    /// The notification server accepted the reminder of `item_id`.
    pub fn mark_reminder_delivered(&mut self, item_id: ItemId) -> Result<()> {
        self.conn
            .execute("UPDATE reminder_log SET delivered = 1 WHERE item_id = ?1", [item_id])?;
        Ok(())
    }

    /// Asks for the reminder of `item_id` again in `minutes`.
    pub fn snooze_reminder(&mut self, item_id: ItemId, minutes: u32, now: DateTime<Utc>) -> Result<Reminder> {
        if minutes == 0 || minutes > SNOOZE_MAX_MINUTES {
            return Err(Error::invalid("minutes", crate::t!("error-snooze-range")));
        }
        let tx = self.conn.transaction()?;
        let item = load_item(&tx, item_id)?;
        if item.is_done() {
            return Err(Error::invalid("item_id", crate::t!("error-snooze-done")));
        }
        let (remind_at, _) = remind_at(&day_times(&tx)?, item.due_at, item.remind_lead_minutes, &item.tz)?;
        let until = now + Duration::minutes(i64::from(minutes));
        tx.execute(
            "INSERT INTO reminder_log (item_id, remind_at, outcome, fired_at, late_by_seconds, delivered, snoozed_until)
             VALUES (?1, ?2, 'shown', ?3, 0, 0, ?4)
             ON CONFLICT (item_id) DO UPDATE SET remind_at = excluded.remind_at, snoozed_until = excluded.snoozed_until,
                outcome = 'shown', fired_at = COALESCE(
                    CASE WHEN reminder_log.remind_at = excluded.remind_at THEN reminder_log.fired_at END,
                    excluded.fired_at)",
            params![item_id, to_db(remind_at), to_db_ms(now), to_db(until)],
        )?;
        tx.commit()?;
        self.reminder(item_id, now)
    }

    /// Sets how long before the item its reminder comes.
    pub fn set_remind_lead(&mut self, item_id: ItemId, minutes: u32, now: DateTime<Utc>) -> Result<Reminder> {
        if minutes > LEAD_MAX_MINUTES {
            return Err(Error::invalid("minutes", crate::t!("error-lead-range")));
        }
        let tx = self.conn.transaction()?;
        load_item(&tx, item_id)?;
        tx.execute(
            "UPDATE items SET remind_lead_minutes = ?1, time_set_at = ?2 WHERE id = ?3",
            params![minutes, to_db(now), item_id],
        )?;
        tx.commit()?;
        self.reminder(item_id, now)
    }

    pub fn reminder_settings(&self) -> Result<ReminderSettings> {
        let get = |key: &str| get_setting(&self.conn, key);
        let defaults = ReminderSettings::default();
        Ok(ReminderSettings {
            day: day_times(&self.conn)?,
            stale_after_hours: get("stale_after_hours")?
                .and_then(|v| v.parse().ok())
                .unwrap_or(defaults.stale_after_hours),
            paused_until: get("paused_until")?.as_deref().map(from_db).transpose()?,
        })
    }

    /// Pauses pop-ups until `until`; `None` resumes them.
    pub fn pause_reminders(&mut self, until: Option<DateTime<Utc>>) -> Result<ReminderSettings> {
        match until {
            Some(until) => put_setting(&self.conn, "paused_until", &to_db(until))?,
            None => delete_setting(&self.conn, "paused_until")?,
        }
        self.reminder_settings()
    }

    pub fn set_stale_after_hours(&mut self, hours: u32) -> Result<ReminderSettings> {
        if !(1..=72).contains(&hours) {
            return Err(Error::invalid(
                "stale_after_hours",
                crate::t!("error-stale-after-range"),
            ));
        }
        put_setting(&self.conn, "stale_after_hours", &hours.to_string())?;
        self.reminder_settings()
    }
}

impl Store {
    /// A locked Steady sent the check-in reminder of `date`: it is not sent again.
    pub fn record_check_in_reminder_sent(&mut self, date: chrono::NaiveDate) -> Result<()> {
        let newer = get_setting(&self.conn, "check_in_reminder_sent")?
            .and_then(|d| d.parse::<chrono::NaiveDate>().ok())
            .is_some_and(|d| d >= date);
        if !newer {
            put_setting(&self.conn, "check_in_reminder_sent", &date.to_string())?;
        }
        Ok(())
    }

    /// Records that a routine reminder was sent for its date; false when it
    /// already was (another process, or an earlier pass), so it fires once.
    pub fn record_routine(&mut self, due: &RoutineDue) -> Result<bool> {
        let date = due.date.to_string();
        let changed = self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE settings.value <> excluded.value",
            params![due.key, date],
        )?;
        Ok(changed == 1)
    }
}
