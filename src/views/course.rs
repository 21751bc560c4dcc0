//! The course of treatment: past and upcoming sessions, and the typical
//! booster hint once the induction series is done.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use ts_rs::TS;

use crate::basics::error::Result;
use crate::facts::model::SessionId;
use crate::storage::store::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SessionStatus {
    Upcoming,
    /// Started, and its no-driving time not yet over.
    Current,
    Past,
    Cancelled,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CourseEntry {
    /// What the list shows of a session: not the whole `Session`, whose
    /// timeline and ride details would make ten years of history half a
    /// megabyte on every visit to the Course screen.
    #[ts(type = "number")]
    pub session_id: SessionId,
    pub start_at: DateTime<Utc>,
    /// Local start on the session's clock: "2026-12-03T09:00".
    pub start_local: String,
    pub tz: String,
    pub clinic_name: Option<String>,
    pub status: SessionStatus,
    pub done_count: u32,
    pub item_count: u32,
}

/// When a booster typically comes, once the induction series is done.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct BoosterHint {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub tz: String,
    pub text: String,
    pub source: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CourseView {
    /// Oldest first. Unless everything was asked for, only the newest
    /// `COURSE_EARLIER_SHOWN` sessions that are done or cancelled come, with
    /// every one still ahead.
    pub sessions: Vec<CourseEntry>,
    /// How many older sessions were left out (the Course screen offers
    /// "Show all"); 0 when all are in `sessions`.
    pub earlier_count: u32,
    pub booster_hint: Option<BoosterHint>,
}

/// Done or cancelled sessions the Course screen shows before "Show all": a
/// course's recent history, and a bounded answer however many years of
/// sessions the file holds (issue 8: ten years took 9 ms through IPC).
// Not a care number: how much history the Course screen shows before "Show all".
pub const COURSE_EARLIER_SHOWN: usize = 12;

/// care-facts: "5-6 sessions is the usual initial plan" (002).
const INDUCTION_SESSIONS: usize = 5;

/// Boosters when symptoms return, weeks after the series' last session.
// care-facts: "Maintenance "boosters" when symptoms return, commonly every 3-6 weeks (003)"
const BOOSTER_WEEKS: (i64, i64) = (3, 6);

impl Store {
    /// The course: every session when `all`, else the recent ones (see
    /// `CourseView::sessions`).
    pub fn course_view(&self, now: DateTime<Utc>, all: bool) -> Result<CourseView> {
        let mut counts = std::collections::HashMap::new();
        {
            let mut stmt = self
                .conn
                .prepare("SELECT session_id, COUNT(*), COUNT(done_at) FROM items GROUP BY session_id")?;
            let rows = stmt.query_map([], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, u32>(1)?, r.get::<_, u32>(2)?))
            })?;
            for row in rows {
                let (id, total, done) = row?;
                counts.insert(id, (total, done));
            }
        }
        let mut last_past_end: Option<(DateTime<Utc>, String)> = None;
        let mut past_count = 0;
        let mut any_ahead = false;
        let sessions: Vec<CourseEntry> = self
            .all_sessions()?
            .into_iter()
            .map(|session| {
                let status = if session.cancelled_at.is_some() {
                    SessionStatus::Cancelled
                } else if session.timeline.drive_again_at <= now {
                    SessionStatus::Past
                } else if session.start_at <= now {
                    SessionStatus::Current
                } else {
                    SessionStatus::Upcoming
                };
                match status {
                    SessionStatus::Past => {
                        past_count += 1;
                        last_past_end = Some((session.timeline.end_at, session.tz.clone()));
                    }
                    SessionStatus::Upcoming | SessionStatus::Current => any_ahead = true,
                    SessionStatus::Cancelled => {}
                }
                let (item_count, done_count) = counts.get(&session.id).copied().unwrap_or((0, 0));
                CourseEntry {
                    session_id: session.id,
                    start_at: session.start_at,
                    start_local: session.start_local,
                    tz: session.tz,
                    clinic_name: session.clinic_name,
                    status,
                    done_count,
                    item_count,
                }
            })
            .collect();
        let booster_hint = match last_past_end {
            Some((end, tz)) if past_count >= INDUCTION_SESSIONS && !any_ahead => Some(BoosterHint {
                from: end + Duration::weeks(BOOSTER_WEEKS.0),
                to: end + Duration::weeks(BOOSTER_WEEKS.1),
                tz,
                text: crate::t!("course-booster-hint", from = BOOSTER_WEEKS.0, to = BOOSTER_WEEKS.1),
                source: crate::facts::care::BOOSTER.label(),
            }),
            _ => None,
        };
        let mut sessions = sessions;
        let mut earlier_count = 0;
        if !all {
            let behind = |e: &CourseEntry| matches!(e.status, SessionStatus::Past | SessionStatus::Cancelled);
            let total_behind = sessions.iter().filter(|e| behind(e)).count();
            let mut to_skip = total_behind.saturating_sub(COURSE_EARLIER_SHOWN);
            earlier_count = u32::try_from(to_skip).unwrap_or(u32::MAX);
            // Drop the oldest done/cancelled ones; sessions ahead always stay.
            sessions.retain(|e| {
                if to_skip > 0 && behind(e) {
                    to_skip -= 1;
                    false
                } else {
                    true
                }
            });
        }
        Ok(CourseView {
            sessions,
            earlier_count,
            booster_hint,
        })
    }
}
