//! What the screens show, assembled from storage for one moment `now`:
//! the Today view (what is due now and next) and the Session view (both
//! checklists on the session's timeline).

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use ts_rs::TS;

use crate::error::Result;
use crate::model::{Checklist, Item, Session, SessionId};
use crate::store::Store;
use crate::time;

/// An item as Today shows it: with how far away it is.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TodayEntry {
    pub item: Item,
    /// 0 today, 1 tomorrow, -1 yesterday, on the item's session's calendar.
    pub days_from_today: i32,
    /// Negative when the time has passed.
    #[ts(type = "number")]
    pub minutes_until: i64,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TodayView {
    pub now: DateTime<Utc>,
    /// The session whose plan is running or comes next.
    pub session: Option<Session>,
    /// The one thing to do next: the earliest item not yet done.
    pub next: Option<TodayEntry>,
    /// Other items whose time has passed in the last day and are not done.
    pub overdue: Vec<TodayEntry>,
    /// The rest of today, done ones included, in time order.
    pub today: Vec<TodayEntry>,
    pub tomorrow: Vec<TodayEntry>,
    /// Not-done items after tomorrow.
    pub later_count: u32,
    /// Not-done items more than a day overdue (shown on the Session view).
    pub missed_count: u32,
    /// From the session's start until the no-driving time ends: the time it
    /// ends, so Today keeps "no driving, no machinery, no big decisions" up.
    pub no_driving_until: Option<DateTime<Utc>>,
    /// The session has started but the patient has not said it ended.
    pub can_mark_ended: bool,
    /// The first hours after a session: Today shows the simplified groggy screen.
    pub groggy: bool,
}

/// How long a passed, unticked item still counts as "due now" before it is
/// only counted as missed.
const OVERDUE_WINDOW_HOURS: i64 = 24;

pub fn today_view(store: &Store, now: DateTime<Utc>) -> Result<TodayView> {
    let sessions = store.current_and_upcoming_sessions(now)?;
    let items = store.items_of_current_sessions(now)?;
    let entry = |item: &Item| -> Result<TodayEntry> {
        let tz = time::parse_zone(&item.tz)?;
        let days = (time::local_date(item.due_at, tz) - time::local_date(now, tz)).num_days();
        Ok(TodayEntry {
            item: item.clone(),
            days_from_today: i32::try_from(days).unwrap_or(i32::MAX),
            minutes_until: (item.due_at - now).num_minutes(),
        })
    };
    let overdue_since = now - Duration::hours(OVERDUE_WINDOW_HOURS);
    let next_id = items
        .iter()
        .find(|item| !item.is_done() && item.due_at > overdue_since)
        .map(|item| item.id);

    let current = sessions.first();
    let no_driving_until = current
        .filter(|s| s.start_at <= now && now < s.timeline.drive_again_at)
        .map(|s| s.timeline.drive_again_at);
    let can_mark_ended = current.is_some_and(|s| s.timeline.infusion_start_at <= now && s.ended_at.is_none());
    let groggy = match current {
        Some(session) => store.groggy_now(session, now)?,
        None => false,
    };
    let mut view = TodayView {
        now,
        no_driving_until,
        can_mark_ended,
        groggy,
        session: sessions.into_iter().next(),
        next: None,
        overdue: vec![],
        today: vec![],
        tomorrow: vec![],
        later_count: 0,
        missed_count: 0,
    };
    for item in &items {
        let e = entry(item)?;
        if Some(item.id) == next_id {
            view.next = Some(e);
        } else if !item.is_done() && item.due_at <= overdue_since {
            view.missed_count += 1;
        } else if !item.is_done() && item.due_at <= now {
            view.overdue.push(e);
        } else if e.days_from_today == 0 {
            view.today.push(e);
        } else if e.days_from_today == 1 {
            view.tomorrow.push(e);
        } else if e.days_from_today > 1 && !item.is_done() {
            view.later_count += 1;
        }
    }
    Ok(view)
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SessionView {
    pub session: Session,
    pub day_before: Vec<Item>,
    pub session_day: Vec<Item>,
    /// How many medicines the user added to hold; 0 is shown as "none added".
    pub medication_count: u32,
    pub medications: Vec<crate::model::Medication>,
}

pub fn session_view(store: &Store, id: SessionId) -> Result<SessionView> {
    let session = store.session(id)?;
    let (day_before, session_day): (Vec<Item>, Vec<Item>) = store
        .items_of_session(id)?
        .into_iter()
        .partition(|item| item.checklist == Checklist::DayBefore);
    let medications = store.medications_of_session(id)?;
    Ok(SessionView {
        session,
        day_before,
        session_day,
        medication_count: u32::try_from(medications.len()).unwrap_or(u32::MAX),
        medications,
    })
}

/// The session running now or next, if any.
pub fn next_session_view(store: &Store, now: DateTime<Utc>) -> Result<Option<SessionView>> {
    match store.current_and_upcoming_sessions(now)?.first() {
        Some(session) => session_view(store, session.id).map(Some),
        None => Ok(None),
    }
}

/// About the running app, for the start-up check and the About box.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AppInfo {
    pub version: String,
    pub data_dir: String,
    /// The laptop's IANA zone, used for a new session unless the user picks another.
    pub system_tz: String,
    /// Set when the data could not be opened; the UI explains it.
    pub startup_error: Option<crate::ErrorPayload>,
    /// Set when start-up found the data file damaged and recovered.
    pub recovery_notice: Option<crate::backup::RecoveryNotice>,
    /// Set when the data can be read but not written (a read-only or full
    /// disk): the plan shows, and the UI says why changes will not stick.
    pub cannot_save: Option<String>,
    /// The app lock is on (a passphrase is set).
    pub lock_on: bool,
    /// The lock is on and the passphrase not yet entered: the UI asks for it.
    pub locked: bool,
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
    pub contacts: Option<crate::recovery::Contacts>,
    /// A screen the tray or a notification asked for before the window existed.
    pub open_screen: Option<String>,
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
    pub settings: crate::reminders::ReminderSettings,
    /// The next reminder to pop up.
    pub next: Option<crate::reminders::Reminder>,
    /// "Next reminder: today 22:00 · Go to bed in good time", for the tray.
    pub next_label: String,
    /// Reminders that fired without reaching the desktop and are not done:
    /// the window shows them instead.
    pub in_app: Vec<crate::reminders::Reminder>,
    /// Reminders still to come today; quitting asks first when there are any.
    pub pending_today: u32,
}

pub fn reminders_status(
    store: &Store,
    now: DateTime<Utc>,
    notifications: NotificationHealth,
) -> Result<RemindersStatus> {
    use crate::reminders::ReminderState;
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
        Some(r) => format!("Next reminder: {} · {}", crate::reminders::when_words(r, now), r.title),
        None => "No reminders to come".to_string(),
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
