//! The course of treatment: planning a series of sessions, cancelling one,
//! the course overview with a typical booster hint, and the clinic protocol
//! that sets every session's numbers (import with preview, apply, undo).

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::{NewSession, Session, SessionId};
use crate::protocol::{Problem, Protocol};
use crate::store::{
    delete_setting, get_setting, insert_session, load_session, protocol_label, put_setting, refresh_session, Store,
};
use crate::time::to_db;

/// "Every Monday and Thursday for 3 weeks, at 09:00".
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct NewSeries {
    /// The first day the series may start on: "2026-12-07".
    pub first_date: String,
    /// Start time on each day: "09:00".
    pub time: String,
    /// Days of the week: "mon", "tue", ... "sun".
    pub weekdays: Vec<String>,
    pub weeks: u32,
    #[ts(optional)]
    pub tz: Option<String>,
    #[ts(optional)]
    pub clinic_name: Option<String>,
    #[ts(optional)]
    pub driver_name: Option<String>,
}

/// An induction is "six infusions over 2-4 weeks" (care-facts, 003), so a
/// series longer than this is almost certainly a mistake.
const SERIES_MAX_SESSIONS: usize = 24;

fn weekday(text: &str) -> Option<Weekday> {
    match text.trim().to_ascii_lowercase().get(..3)? {
        "mon" => Some(Weekday::Mon),
        "tue" => Some(Weekday::Tue),
        "wed" => Some(Weekday::Wed),
        "thu" => Some(Weekday::Thu),
        "fri" => Some(Weekday::Fri),
        "sat" => Some(Weekday::Sat),
        "sun" => Some(Weekday::Sun),
        _ => None,
    }
}

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
pub const COURSE_EARLIER_SHOWN: usize = 12;

/// "5-6 sessions is the usual initial plan" (care-facts, 002).
const INDUCTION_SESSIONS: usize = 5;

/// One field a protocol import would change on the next session.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct FieldChange {
    pub label: String,
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ProtocolPreview {
    /// Empty when the file is fine.
    pub problems: Vec<Problem>,
    pub protocol: Option<Protocol>,
    /// What changes against the current protocol.
    pub changes: Vec<FieldChange>,
    /// Sessions it can apply to: current and upcoming ones.
    pub sessions: Vec<Session>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportReceipt {
    #[ts(type = "number")]
    pub import_id: i64,
    #[ts(type = "number[]")]
    pub session_ids: Vec<SessionId>,
}

/// What a session looked like before an import, to put it back.
#[derive(Debug, Serialize, Deserialize)]
struct SessionBefore {
    id: SessionId,
    care: crate::care::CareTimes,
    clinic_name: Option<String>,
    clinic_phone: Option<String>,
    clinic_address: Option<String>,
    protocol_name: Option<String>,
}

fn describe(care: &crate::care::CareTimes) -> Vec<(&'static str, String)> {
    vec![
        ("No solid food before", format!("{} h", care.fasting_food_hours)),
        (
            "Clear liquids until",
            format!("{} h before", care.fasting_liquids_hours),
        ),
        ("Intake", format!("{} min", care.intake_minutes)),
        ("Infusion", format!("{} min", care.infusion_minutes)),
        (
            "Observation",
            format!("{}-{} min", care.recovery_min_minutes, care.recovery_max_minutes),
        ),
        (
            "No driving",
            if care.no_driving_until_next_morning {
                "until the next morning".to_string()
            } else {
                format!("{} h", care.no_driving_hours)
            },
        ),
        ("No alcohol", format!("{} h", care.no_alcohol_hours)),
        (
            "No opioids or benzodiazepines",
            format!("{} h", care.no_sedatives_hours),
        ),
    ]
}

impl Store {
    /// Plans every session of a series at once, or none.
    pub fn plan_series(&mut self, input: &NewSeries, now: DateTime<Utc>) -> Result<Vec<Session>> {
        let first = NaiveDate::parse_from_str(input.first_date.trim(), "%Y-%m-%d")
            .map_err(|_| Error::invalid("first_date", "Enter the first date as 2026-12-07."))?;
        let days: Vec<Weekday> = input
            .weekdays
            .iter()
            .map(|d| weekday(d).ok_or_else(|| Error::invalid("weekdays", format!("\"{d}\" is not a day of the week."))))
            .collect::<Result<_>>()?;
        if days.is_empty() {
            return Err(Error::invalid("weekdays", "Choose at least one day of the week."));
        }
        if !(1..=12).contains(&input.weeks) {
            return Err(Error::invalid("weeks", "A series lasts from 1 to 12 weeks."));
        }
        let dates: Vec<NaiveDate> = (0..i64::from(input.weeks) * 7)
            .map(|offset| first + Duration::days(offset))
            .filter(|date| days.contains(&date.weekday()))
            .collect();
        if dates.len() > SERIES_MAX_SESSIONS {
            return Err(Error::invalid(
                "weeks",
                format!(
                    "That makes {} sessions; a series has at most {SERIES_MAX_SESSIONS}.",
                    dates.len()
                ),
            ));
        }
        let protocol = self.current_protocol()?;
        let tx = self.conn.transaction()?;
        let mut sessions = Vec::new();
        for date in dates {
            let input = NewSession {
                start_local: format!("{}T{}", date.format("%Y-%m-%d"), input.time.trim()),
                tz: input.tz.clone(),
                clinic_name: input.clinic_name.clone(),
                driver_name: input.driver_name.clone(),
                care: None,
            };
            sessions.push(insert_session(&tx, &input, &protocol, now)?);
        }
        tx.commit()?;
        Ok(sessions)
    }

    /// Cancels a session: its reminders stop, its items stay as history.
    pub fn cancel_session(&mut self, id: SessionId, now: DateTime<Utc>) -> Result<Session> {
        let tx = self.conn.transaction()?;
        load_session(&tx, id)?;
        tx.execute(
            "UPDATE sessions SET cancelled_at = COALESCE(cancelled_at, ?1) WHERE id = ?2",
            params![to_db(now), id],
        )?;
        let session = load_session(&tx, id)?;
        tx.commit()?;
        Ok(session)
    }

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
                from: end + Duration::weeks(3),
                to: end + Duration::weeks(6),
                tz,
                text: "After the first series, booster sessions commonly follow every 3 to 6 weeks, when symptoms return. This is typical; your clinic decides.".into(),
                source: "The course of treatment · 003".into(),
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

    // ---- the clinic protocol ----

    /// The protocol new sessions get: the last one imported, else Steady's default.
    pub fn current_protocol(&self) -> Result<Protocol> {
        let text = get_setting(&self.conn, "protocol")?;
        match text {
            // A stored protocol was checked when imported; if a newer Steady
            // wrote one this Steady cannot read, fall back to the default.
            Some(text) => Ok(Protocol::parse(text.as_bytes()).unwrap_or_default()),
            None => Ok(Protocol::default()),
        }
    }

    /// What importing `bytes` would do, without doing it.
    pub fn preview_protocol(&self, bytes: &[u8], now: DateTime<Utc>) -> Result<ProtocolPreview> {
        let sessions = self.current_and_upcoming_sessions(now)?;
        let protocol = match Protocol::parse(bytes) {
            Ok(protocol) => protocol,
            Err(problems) => {
                return Ok(ProtocolPreview {
                    problems,
                    protocol: None,
                    changes: vec![],
                    sessions,
                })
            }
        };
        let current = self.current_protocol()?;
        let mut changes: Vec<FieldChange> = describe(&current.care)
            .into_iter()
            .zip(describe(&protocol.care))
            .filter(|(a, b)| a.1 != b.1)
            .map(|((label, from), (_, to))| FieldChange {
                label: label.into(),
                from,
                to,
            })
            .collect();
        for (label, from, to) in [
            ("Clinic", &current.clinic_name, &protocol.clinic_name),
            ("Clinic phone", &current.clinic_phone, &protocol.clinic_phone),
            ("Clinic address", &current.clinic_address, &protocol.clinic_address),
        ] {
            if from != to {
                let show = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".into());
                changes.push(FieldChange {
                    label: label.into(),
                    from: show(from),
                    to: show(to),
                });
            }
        }
        Ok(ProtocolPreview {
            problems: vec![],
            protocol: Some(protocol),
            changes,
            sessions,
        })
    }

    /// Applies a protocol file to the chosen sessions (and to sessions planned
    /// from now on), all or nothing. Returns what `undo_protocol_import` needs.
    pub fn import_protocol(
        &mut self,
        bytes: &[u8],
        session_ids: &[SessionId],
        now: DateTime<Utc>,
    ) -> Result<ImportReceipt> {
        let protocol = Protocol::parse(bytes).map_err(|problems| {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            Error::invalid(
                "protocol",
                format!(
                    "The protocol file has problems; nothing was changed.\n{}",
                    list.join("\n")
                ),
            )
        })?;
        let label = protocol_label(&protocol);
        let previous_protocol = get_setting(&self.conn, "protocol")?;
        let tx = self.conn.transaction()?;
        let mut before = Vec::new();
        for &id in session_ids {
            let session = load_session(&tx, id)?;
            if session.cancelled_at.is_some() || session.timeline.drive_again_at <= now {
                return Err(Error::invalid(
                    "session_ids",
                    format!("Session {id} is over or cancelled; a protocol applies to sessions still to come."),
                ));
            }
            before.push(SessionBefore {
                id,
                care: session.care,
                clinic_name: session.clinic_name.clone(),
                clinic_phone: session.clinic_phone.clone(),
                clinic_address: session.clinic_address.clone(),
                protocol_name: session.protocol_name.clone(),
            });
            write_care(
                &tx,
                false,
                id,
                &protocol.care,
                &protocol.clinic_name,
                &protocol.clinic_phone,
                &protocol.clinic_address,
                &label,
            )?;
            refresh_session(&tx, id, now)?;
        }
        let text = protocol.to_toml();
        put_setting(&tx, "protocol", &text)?;
        let previous = serde_json::to_string(&before).map_err(|e| Error::invalid("protocol", e.to_string()))?;
        tx.execute(
            "INSERT INTO protocol_imports (applied_at, protocol, previous, previous_protocol) VALUES (?1, ?2, ?3, ?4)",
            params![to_db(now), text, previous, previous_protocol],
        )?;
        let import_id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(ImportReceipt {
            import_id,
            session_ids: session_ids.to_vec(),
        })
    }

    /// Puts back what an import changed: the sessions' numbers and the protocol.
    pub fn undo_protocol_import(&mut self, import_id: i64, now: DateTime<Utc>) -> Result<()> {
        let tx = self.conn.transaction()?;
        let row: Option<(String, Option<String>, Option<String>)> = tx
            .query_row(
                "SELECT previous, previous_protocol, undone_at FROM protocol_imports WHERE id = ?1",
                [import_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((previous, previous_protocol, undone_at)) = row else {
            return Err(Error::NotFound {
                what: "Protocol import",
                id: import_id,
            });
        };
        if undone_at.is_some() {
            return Err(Error::invalid("import_id", "This import was already undone."));
        }
        let before: Vec<SessionBefore> = serde_json::from_str(&previous)
            .map_err(|e| Error::invalid("import_id", format!("The saved state is unreadable: {e}")))?;
        for session in &before {
            write_care(
                &tx,
                true,
                session.id,
                &session.care,
                &session.clinic_name,
                &session.clinic_phone,
                &session.clinic_address,
                &session.protocol_name,
            )?;
            refresh_session(&tx, session.id, now)?;
        }
        match previous_protocol {
            Some(text) => put_setting(&tx, "protocol", &text)?,
            None => delete_setting(&tx, "protocol")?,
        }
        tx.execute(
            "UPDATE protocol_imports SET undone_at = ?1 WHERE id = ?2",
            params![to_db(now), import_id],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The protocol in use, as a file to share or keep.
    pub fn export_protocol(&self) -> Result<String> {
        Ok(self.current_protocol()?.to_toml())
    }
}

/// Writes a session's numbers and clinic details. `exact`: clinic fields are
/// set as given (undo); otherwise a missing one keeps the session's own
/// (an import does not erase a phone number the user typed).
#[allow(clippy::too_many_arguments)]
fn write_care(
    tx: &rusqlite::Transaction<'_>,
    exact: bool,
    id: SessionId,
    care: &crate::care::CareTimes,
    clinic_name: &Option<String>,
    clinic_phone: &Option<String>,
    clinic_address: &Option<String>,
    protocol_name: &Option<String>,
) -> Result<()> {
    crate::store::write_care_times(tx, id, care)?;
    tx.execute(
        "UPDATE sessions SET
            clinic_name = CASE WHEN ?5 THEN ?1 ELSE COALESCE(?1, clinic_name) END,
            clinic_phone = CASE WHEN ?5 THEN ?2 ELSE COALESCE(?2, clinic_phone) END,
            clinic_address = CASE WHEN ?5 THEN ?3 ELSE COALESCE(?3, clinic_address) END,
            protocol_name = ?4
         WHERE id = ?6",
        params![clinic_name, clinic_phone, clinic_address, protocol_name, exact, id],
    )?;
    Ok(())
}
