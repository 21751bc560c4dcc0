//! Check-in reminders: the evening check-in and the PHQ-9 nudge, for
//! some weeks after each session.

use chrono::{DateTime, Duration, Utc};

use crate::basics::error::Result;
use crate::facts::model::Session;
pub use crate::storage::reminder_log::RoutineDue;
use crate::storage::settings::get_setting;
use crate::storage::store::Store;

/// Check-in reminders run from a session's end until this long after it:
/// one infusion's benefit lasts, care-facts: "days to weeks, often 1-4 weeks" (003).
pub const CHECK_IN_WEEKS_AFTER_SESSION: i64 = 4;

impl Store {
    /// The check-in reminders due at `now`, and when the next one comes.
    /// The zone is the latest session's; the window is the course's.
    pub fn routine_reminders(&self, now: DateTime<Utc>) -> Result<(Vec<RoutineDue>, Option<DateTime<Utc>>)> {
        if !self.check_in_reminders_enabled()? {
            return Ok((vec![], None));
        }
        let sessions: Vec<Session> = self
            .all_sessions()?
            .into_iter()
            .filter(|s| s.cancelled_at.is_none())
            .collect();
        let Some(last_ended) = sessions
            .iter()
            .filter(|s| s.timeline.end_at <= now)
            .max_by_key(|s| s.timeline.end_at)
        else {
            // No session has ended yet; the first one's end starts the window.
            let next = sessions.iter().map(|s| s.timeline.end_at).filter(|at| *at > now).min();
            return Ok((vec![], next));
        };
        if now > last_ended.timeline.end_at + Duration::weeks(CHECK_IN_WEEKS_AFTER_SESSION) {
            return Ok((
                vec![],
                sessions.iter().map(|s| s.timeline.end_at).filter(|at| *at > now).min(),
            ));
        }
        let tz = crate::basics::time::parse_zone(&last_ended.tz)?;
        let minute = self.check_in_minute()?;
        let today = crate::basics::time::local_date(now, tz);
        let at_today = crate::basics::time::at_local_clock(now, tz, 0, minute);
        let next_wake = if now < at_today {
            at_today
        } else {
            crate::basics::time::at_local_clock(now, tz, 1, minute)
        };
        if now < at_today {
            return Ok((vec![], Some(next_wake)));
        }
        let mut due = Vec::new();
        let sent_today =
            |key: &str| -> Result<bool> { Ok(get_setting(&self.conn, key)?.as_deref() == Some(&today.to_string())) };
        let trend = self.trend(now)?;
        let checked_in_today = trend
            .check_ins
            .iter()
            .any(|c| crate::basics::time::local_date(c.at, tz) == today);
        if !checked_in_today && !sent_today("check_in_reminder_sent")? {
            due.push(RoutineDue {
                key: "check_in_reminder_sent",
                date: today,
                title: crate::t!("reminders-check-in-title"),
                body: crate::t!("reminders-check-in-body"),
            });
        }
        let last_phq_sent =
            get_setting(&self.conn, "phq9_reminder_sent")?.and_then(|d| d.parse::<chrono::NaiveDate>().ok());
        let every = i64::from(self.check_in_settings()?.phq9_every_days);
        let phq_sent_recently = last_phq_sent.is_some_and(|d| (today - d).num_days() < every);
        if trend.phq9_due && !phq_sent_recently {
            due.push(RoutineDue {
                key: "phq9_reminder_sent",
                date: today,
                title: crate::t!("reminders-phq9-title"),
                body: crate::t!("reminders-phq9-body"),
            });
        }
        Ok((due, Some(next_wake)))
    }

    /// When the daily check-in reminder will come over the next `days` days
    /// (today's included if it is still ahead), by local date: what a locked
    /// Steady needs to know to nudge without reading anything else. The same
    /// window and clock as [`Store::routine_reminders`].
    pub fn check_in_times(&self, now: DateTime<Utc>, days: i64) -> Result<Vec<(chrono::NaiveDate, DateTime<Utc>)>> {
        if !self.check_in_reminders_enabled()? {
            return Ok(vec![]);
        }
        let ends: Vec<(DateTime<Utc>, String)> = self
            .all_sessions()?
            .into_iter()
            .filter(|s| s.cancelled_at.is_none())
            .map(|s| (s.timeline.end_at, s.tz))
            .collect();
        let minute = self.check_in_minute()?;
        let mut times = Vec::new();
        let sent = get_setting(&self.conn, "check_in_reminder_sent")?;
        for offset in 0..=days {
            // The zone of the session the day falls after, as the reminder itself does.
            let Some(tz_name) = ends
                .iter()
                .filter(|(end, _)| *end <= now + Duration::days(offset + 1))
                .max_by_key(|(end, _)| *end)
                .map(|(_, tz)| tz.clone())
            else {
                continue;
            };
            let tz = crate::basics::time::parse_zone(&tz_name)?;
            let at = crate::basics::time::at_local_clock(now, tz, offset as i32, minute);
            let in_window = ends
                .iter()
                .any(|(end, _)| *end <= at && at <= *end + Duration::weeks(CHECK_IN_WEEKS_AFTER_SESSION));
            let date = crate::basics::time::local_date(at, tz);
            if at > now && in_window && sent.as_deref() != Some(&date.to_string()) {
                times.push((date, at));
            }
        }
        Ok(times)
    }

    fn check_in_minute(&self) -> Result<u32> {
        Ok(self.day_times()?.check_in.minute_of_day())
    }
}
