//! What the tray menu says: the next reminder (or those waiting, or the end
//! of the no-driving time first), the pause item's words, and how many
//! reminders are still to come today (Quit says so). The same words for the
//! resident tray on Linux and the window's own tray elsewhere.

use chrono::{DateTime, Duration, Utc};

use crate::basics::error::Result;
use crate::basics::time;
use crate::reminders::locked_schedule::LockedSchedule;
use crate::storage::store::Store;
use crate::views::status::{reminders_status, NotificationHealth};
use crate::views::today::today_view;

/// The tray's words while the data is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrayWords {
    pub next: String,
    pub pause: &'static str,
    pub pending_today: u32,
}

/// While locked: nothing of the plan is readable.
pub const LOCKED_WORDS: &str = "Locked: open Steady to see your reminders";

pub fn tray_words(store: &Store, now: DateTime<Utc>, health: NotificationHealth) -> Result<TrayWords> {
    let status = reminders_status(store, now, health)?;
    // Reminders that could not pop up wait in the window; the tray says so first.
    let mut next = match status.in_app.len() {
        0 => status.next_label.clone(),
        1 => "1 reminder waiting in Steady".to_string(),
        n => format!("{n} reminders waiting in Steady"),
    };
    // After a session, the end of the no-driving time leads.
    if let Ok(today) = today_view(store, now) {
        if let (Some(until), Some(session)) = (today.no_driving_until, today.session.as_ref()) {
            if let Ok(tz) = time::parse_zone(&session.tz) {
                next = format!(
                    "No driving until {} · {next}",
                    store.time_style().short_day_clock(until, tz)
                );
            }
        }
    }
    let paused = status.settings.paused_until.is_some_and(|until| until > now);
    Ok(TrayWords {
        next,
        pause: if paused {
            "Resume reminders"
        } else {
            "Pause reminders for 1 hour"
        },
        pending_today: status.pending_today,
    })
}

/// "Pause reminders for 1 hour", or "Resume reminders" when paused.
pub fn toggle_pause(store: &mut Store, now: DateTime<Utc>) -> Result<()> {
    let paused = store.reminder_settings()?.paused_until.is_some_and(|until| until > now);
    match paused {
        true => store.pause_reminders(None).map(|_| ()),
        // Not a care number: the tray's pause, the hour Settings offers too.
        false => store.pause_reminders(Some(now + Duration::hours(1))).map(|_| ()),
    }
}

/// Reminders still to come today while locked: the reminder times are all
/// a locked Steady can read.
pub fn pending_today_locked(data_dir: &std::path::Path, now: DateTime<Utc>) -> u32 {
    let midnight = time::at_local_clock(now, time::system_zone(), 1, 0);
    LockedSchedule::open(data_dir)
        .and_then(|schedule| schedule.owed())
        .map(|owed| u32::try_from(owed.iter().filter(|o| o.fire_at < midnight).count()).unwrap_or(u32::MAX))
        .unwrap_or(0)
}

/// "Quit Steady", saying what quitting costs when reminders are still to come.
pub fn quit_words(pending_today: u32) -> String {
    match pending_today {
        0 => "Quit Steady".into(),
        1 => "Quit Steady (1 reminder still to come today will not pop up)".into(),
        n => format!("Quit Steady ({n} reminders still to come today will not pop up)"),
    }
}
