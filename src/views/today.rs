//! The Today view: what is due now and next, for one moment `now`, and
//! whether the simplified groggy screen shows.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use ts_rs::TS;

use crate::basics::error::Result;
use crate::basics::time;
use crate::facts::effects::GROGGY_HOURS_AFTER_END;
use crate::facts::model::{Item, Session};
use crate::storage::store::Store;

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
// Not a care number: how long Today lists a passed item as overdue before it counts as missed.
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

impl Store {
    /// Whether Today should switch to the simplified groggy screen at `now`.
    pub fn groggy_now(&self, session: &Session, now: DateTime<Utc>) -> Result<bool> {
        if !self.groggy_mode_enabled()? {
            return Ok(false);
        }
        let from = session.timeline.infusion_start_at;
        let until = session.timeline.end_at + Duration::hours(GROGGY_HOURS_AFTER_END);
        Ok(from <= now && now < until)
    }
}
