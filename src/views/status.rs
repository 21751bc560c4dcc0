//! What the reminder banner, the tray, Settings and the first screen show
//! about the app itself: version, data folder, lock, notifications.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use ts_rs::TS;

use crate::basics::error::{ErrorPayload, Result};
use crate::basics::time;
use crate::facts::model::Contacts;
use crate::reminders::decide::{when_words, Reminder, ReminderSettings, ReminderState};
use crate::storage::backup::RecoveryNotice;
use crate::storage::store::Store;
use crate::views::today::TodayView;

/// About the running app, for the start-up check and the About box.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AppInfo {
    pub version: String,
    pub data_dir: String,
    /// The laptop's IANA zone, used for a new session unless the user picks another.
    pub system_tz: String,
    /// Set when the data could not be opened; the UI explains it.
    pub startup_error: Option<ErrorPayload>,
    /// Set when start-up found the data file damaged and recovered.
    pub recovery_notice: Option<RecoveryNotice>,
    /// Set when the data can be read but not written (a read-only or full
    /// disk): the plan shows, and the UI says why changes will not stick.
    pub cannot_save: Option<String>,
    /// The app lock is on (a passphrase is set).
    pub lock_on: bool,
    /// The lock is on and the passphrase not yet entered: the UI asks for it.
    pub locked: bool,
    /// The system's locale: its region, and how it writes times and dates
    /// (the UI formats with this, not the webview's own idea of the locale).
    pub locale: crate::basics::locale::SystemLocale,
    /// The language Steady speaks, the patient's choice, and the choices.
    pub language: crate::storage::language::LanguageSettings,
}

/// Everything the first screen needs, in one IPC call: at start-up each
/// round trip through the webview costs more than the work behind it
/// (issue 8: four calls in a row were a fifth of the start-up time).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct FirstScreen {
    pub info: AppInfo,
    /// None when the data could not be opened (`info.startup_error` says why).
    pub today: Option<TodayView>,
    pub reminders: Option<RemindersStatus>,
    /// For the session Today shows.
    pub contacts: Option<Contacts>,
    /// A screen the tray or a notification asked for before the window existed.
    pub open_screen: Option<String>,
    /// The words the window speaks (`basics::i18n`): one catalogue for both sides.
    pub catalogue: crate::basics::i18n::Catalogue,
}

/// Whether desktop notifications reach the user, as last seen by the app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct NotificationHealth {
    pub ok: bool,
    /// Why not, in plain words, when not.
    pub message: Option<String>,
}

/// What the reminder banner, the tray and Settings show.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RemindersStatus {
    pub notifications: NotificationHealth,
    pub settings: ReminderSettings,
    /// The next reminder to pop up.
    pub next: Option<Reminder>,
    /// "Next reminder: today 22:00 · Go to bed in good time", for the tray.
    pub next_label: String,
    /// Reminders that fired without reaching the desktop and are not done:
    /// the window shows them instead.
    pub in_app: Vec<Reminder>,
    /// Reminders still to come today; quitting asks first when there are any.
    pub pending_today: u32,
}

pub fn reminders_status(
    store: &Store,
    now: DateTime<Utc>,
    notifications: NotificationHealth,
) -> Result<RemindersStatus> {
    use ReminderState;
    let settings = store.reminder_settings()?;
    let all = store.reminders(now)?;
    let stale_since = now - Duration::hours(i64::from(settings.stale_after_hours));
    let next = all
        .iter()
        .filter(|r| r.fire_at().is_some_and(|at| at > now))
        .min_by_key(|r| r.fire_at())
        .cloned();
    let mut pending_today = 0;
    for r in &all {
        if let Some(at) = r.fire_at().filter(|at| *at > now) {
            let tz = time::parse_zone(&r.tz)?;
            if time::local_date(at, tz) == time::local_date(now, tz) {
                pending_today += 1;
            }
        }
    }
    let in_app = all
        .iter()
        .filter(|r| r.state == ReminderState::Shown && !r.delivered && r.fired_at.is_some_and(|at| at > stale_since))
        .cloned()
        .collect();
    let next_label = match &next {
        Some(r) => crate::t!(
            "status-next-reminder",
            when = when_words(r, now, store.time_style()),
            title = r.title.as_str()
        ),
        None => crate::t!("status-no-reminders"),
    };
    Ok(RemindersStatus {
        notifications,
        settings,
        next,
        next_label,
        in_app,
        pending_today,
    })
}
