//! What the tray menu says: the next reminder (or those waiting, or the end
//! of the no-driving time first), the pause item's words, and how many
//! reminders are still to come today (Quit says so). The same words for the
//! resident tray on Linux and the window's own tray elsewhere, in the
//! patient's language (worked out each time the tray is refreshed, so a
//! change of language re-words the menu).

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
    pub pause: String,
    pub pending_today: u32,
}

/// While locked: nothing of the plan is readable.
pub fn locked_words() -> String {
    crate::t!("tray-locked")
}

pub fn tray_words(store: &Store, now: DateTime<Utc>, health: NotificationHealth) -> Result<TrayWords> {
    let status = reminders_status(store, now, health)?;
    // Reminders that could not pop up wait in the window; the tray says so first.
    let mut next = match status.in_app.len() {
        0 => status.next_label.clone(),
        n => crate::t!("tray-waiting", count = n),
    };
    // After a session, the end of the no-driving time leads.
    if let Ok(today) = today_view(store, now) {
        if let (Some(until), Some(session)) = (today.no_driving_until, today.session.as_ref()) {
            if let Ok(tz) = time::parse_zone(&session.tz) {
                next = crate::t!(
                    "tray-no-driving",
                    date = store.time_style().short_day_clock(until, tz),
                    next = next
                );
            }
        }
    }
    let paused = status.settings.paused_until.is_some_and(|until| until > now);
    Ok(TrayWords {
        next,
        pause: pause_words(paused),
        pending_today: status.pending_today,
    })
}

/// "Pause reminders for 1 hour", or "Resume reminders" when `paused`.
pub fn pause_words(paused: bool) -> String {
    crate::t!("tray-pause", paused = if paused { "yes" } else { "no" })
}

/// Pauses reminders for an hour, or resumes them when paused.
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
    crate::t!("tray-quit", pending = pending_today)
}

/// "Open Steady", the tray's first item.
pub fn open_words() -> String {
    crate::t!("tray-open")
}

/// "How I feel after the session": opens the Recovery screen.
pub fn recovery_words() -> String {
    crate::t!("tray-recovery")
}

/// "Lock Steady" (offered while the app lock is on and Steady is open).
pub fn lock_words() -> String {
    crate::t!("tray-lock")
}

/// The tray's next line before the data is read, or with nothing to come.
pub fn nothing_next_words() -> String {
    crate::t!("tray-nothing-next")
}

/// The tray's tooltip: "Steady — " and the next line.
pub fn tooltip_words(next: &str) -> String {
    crate::t!("tray-tooltip", next = next)
}
