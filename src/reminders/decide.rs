//! The pure decision of what to do at a given wall-clock moment, and the
//! words a reminder is shown with.
//!
//! Deciding is separated from doing: [`decide`] takes the reminders and `now`
//! and says which to fire, which are too stale to pop up, and when to look
//! again. The scheduler thread (see `scheduler.rs`) performs that plan; tests
//! call [`decide`] and `Store::record_reminder` with any clock they like.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use ts_rs::TS;

use crate::basics::locale::TimeStyle;
use crate::basics::time;
use crate::plan::night;
pub use crate::storage::reminder_log::{Decision, Reminder, ReminderSettings, ReminderState};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub decisions: Vec<Decision>,
    /// The next moment something becomes due; `None` when nothing is owed.
    pub next_wake: Option<DateTime<Utc>>,
}

/// Decides, at wall-clock `now`, which reminders fire and which are too
/// stale. A reminder that would pop up in the middle of the patient's night
/// (late, after the laptop slept, or snoozed past bedtime) waits for the
/// morning; one due at bedtime still comes then.
pub fn decide(reminders: &[Reminder], settings: &ReminderSettings, now: DateTime<Utc>) -> Plan {
    let stale_after = Duration::hours(i64::from(settings.stale_after_hours));
    let paused_until = settings.paused_until.filter(|until| *until > now);
    let mut plan = Plan::default();
    let mut wake = |at: DateTime<Utc>| {
        plan.next_wake = Some(plan.next_wake.map_or(at, |next: DateTime<Utc>| next.min(at)));
    };
    let mut decisions = Vec::new();
    for reminder in reminders {
        let Some(fire_at) = reminder.fire_at() else { continue };
        if fire_at > now {
            wake(fire_at);
            continue;
        }
        let late_by = now - fire_at;
        if late_by > stale_after {
            decisions.push(Decision::Miss {
                item_id: reminder.item_id,
                fire_at,
                late_by,
            });
        } else if let Some(morning) = quiet_until(settings, reminder, fire_at, now) {
            wake(morning);
        } else if let Some(until) = paused_until {
            wake(until);
        } else {
            decisions.push(Decision::Fire {
                item_id: reminder.item_id,
                fire_at,
                late_by,
            });
        }
    }
    plan.decisions = decisions;
    plan
}

/// The wake time a reminder owed since `fire_at` waits for, when `now` is
/// in the patient's night on its session's clock.
fn quiet_until(
    settings: &ReminderSettings,
    reminder: &Reminder,
    fire_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let tz = time::parse_zone(&reminder.tz).ok()?;
    night::quiet_until(&settings.day, fire_at, now, tz)
}

/// The words of a reminder's notification: the title says the action, the
/// body says why and by when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct NoticeText {
    pub title: String,
    pub body: String,
}

/// Notification text for `reminder`. Times are on the session's clock, in
/// the system's style (24-hour or 12-hour, as the window). A reminder the night moved to
/// bedtime says so in its title and names the item's own time: "Have your
/// last snack before bed" / "Stop eating at 03:00. …".
pub fn notice_text(reminder: &Reminder, late_by: Duration, style: TimeStyle) -> NoticeText {
    let tz = time::parse_zone(&reminder.tz).unwrap_or(chrono_tz::UTC);
    let due = style.clock(reminder.due_at, tz);
    let (title, detail) = (reminder.title.as_str(), reminder.detail.as_str());
    if reminder.at_bedtime {
        return NoticeText {
            title: reminder
                .bedtime_title
                .clone()
                .unwrap_or_else(|| crate::t!("reminders-bedtime-title", title = title)),
            body: crate::t!("reminders-bedtime-body", title = title, time = due, detail = detail)
                .trim()
                .to_string(),
        };
    }
    // Not a care number: lateness under a minute is not worth a sentence.
    let body = if late_by >= Duration::minutes(1) {
        crate::t!(
            "reminders-body-late",
            late = words_for(late_by),
            time = due,
            detail = detail
        )
    } else if reminder.remind_lead_minutes > 0 {
        crate::t!("reminders-body-ahead", time = due, detail = detail)
    } else {
        reminder.detail.clone()
    };
    NoticeText {
        title: reminder.title.clone(),
        body: body.trim().to_string(),
    }
}

/// "25 min", "2 h 5 min".
pub fn words_for(span: Duration) -> String {
    let minutes = span.num_minutes().max(0);
    match (minutes / 60, minutes % 60) {
        (0, m) => crate::t!("span-minutes", minutes = m),
        (h, 0) => crate::t!("span-hours", hours = h),
        (h, m) => crate::t!("span-hours-minutes", hours = h, minutes = m),
    }
}

/// The text of the test notification (Settings → notifications).
pub fn test_notice() -> NoticeText {
    NoticeText {
        title: crate::t!("reminders-test-title"),
        body: crate::t!("reminders-test-body"),
    }
}

/// "today 22:00", "tomorrow 07:00", "Thu 3 Dec, 09:00": when a reminder
/// next fires, on its session's clock, for plain-text places such as the tray.
pub fn when_words(reminder: &Reminder, now: DateTime<Utc>, style: TimeStyle) -> String {
    let tz = time::parse_zone(&reminder.tz).unwrap_or(chrono_tz::UTC);
    let at = reminder.fire_at().unwrap_or(reminder.remind_at);
    let days = (at.with_timezone(&tz).date_naive() - now.with_timezone(&tz).date_naive()).num_days();
    match days {
        0 => crate::t!("reminders-when-today", time = style.clock(at, tz)),
        1 => crate::t!("reminders-when-tomorrow", time = style.clock(at, tz)),
        _ => style.short_day_clock(at, tz),
    }
}
