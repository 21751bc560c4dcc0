//! Sessions: planning, moving, ending and cancelling them, and the numbers
//! and details stored with each. Plan items' times and texts are re-derived
//! from their session inside the same transaction as any change to the
//! session, so a stored `due_at` always matches its session.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Transaction};

use crate::basics::error::{Error, Result};
use crate::basics::time::{self, to_db};
use crate::facts::model::{NewSession, RideDetails, Session, SessionId};
use crate::facts::rules::ClinicRules;
use crate::plan::series::{series_dates, NewSeries};
use crate::storage::rows::{
    day_times, load_session, local_in_session, refresh_session, rules_json, session_reader, SESSION_COLUMNS,
};
use crate::storage::store::{clean_optional, Store, ADDRESS_MAX, NAME_MAX, PHONE_MAX, TITLE_MAX};

/// Sessions are planned weeks ahead, not years; a date further out is almost
/// certainly a typo in the year.
// Not a care number: a guard against a typo in the year.
const FURTHEST_AHEAD_DAYS: i64 = 2 * 366;

impl Store {
    /// Plans one session. Rules and clinic details not given come from the
    /// rules in use (the clinic's, once entered; else Steady's typical ones).
    pub fn create_session(&mut self, input: &NewSession, now: DateTime<Utc>) -> Result<Session> {
        let current = self.current_rules()?;
        let tx = self.conn.transaction()?;
        let session = insert_session(&tx, input, &current, now)?;
        tx.commit()?;
        Ok(session)
    }

    /// Moves a session to a new local start. Plan items move with it; items
    /// whose time the user set by hand stay where they are.
    pub fn move_session(&mut self, id: SessionId, start_local: &str, now: DateTime<Utc>) -> Result<Session> {
        let tx = self.conn.transaction()?;
        let session = load_session(&tx, id)?;
        let tz = time::parse_zone(&session.tz)?;
        let start_at = future_start(start_local, tz, now)?;
        // A moved session has not happened yet: forget any recorded end.
        tx.execute(
            "UPDATE sessions SET start_at = ?1, ended_at = NULL WHERE id = ?2",
            params![to_db(start_at), id],
        )?;
        let session = refresh_session(&tx, id, now)?;
        tx.commit()?;
        Ok(session)
    }

    /// Saves the ride-home details of a session. Empty fields clear.
    pub fn set_ride_details(&mut self, id: SessionId, ride: &RideDetails, now: DateTime<Utc>) -> Result<Session> {
        let text =
            |field: &'static str, value: &Option<String>, max: usize| clean_optional(field, value.as_deref(), max);
        let driver_name = text("driver_name", &ride.driver_name, NAME_MAX)?;
        let driver_phone = text("driver_phone", &ride.driver_phone, PHONE_MAX)?;
        let driver_relation = text("driver_relation", &ride.driver_relation, NAME_MAX)?;
        let driver_contact = text("driver_contact", &ride.driver_contact, NAME_MAX)?;
        let driver_email = text("driver_email", &ride.driver_email, NAME_MAX)?;
        if let Some(email) = &driver_email {
            let (user, host) = email.split_once('@').unwrap_or_default();
            if user.is_empty() || !host.contains('.') || email.contains(char::is_whitespace) {
                return Err(crate::Error::invalid(
                    "driver_email",
                    crate::t!("error-not-an-email-address"),
                ));
            }
        }
        let driver_note = text("driver_note", &ride.driver_note, ADDRESS_MAX)?;
        let clinic_name = text("clinic_name", &ride.clinic_name, TITLE_MAX)?;
        let clinic_phone = text("clinic_phone", &ride.clinic_phone, PHONE_MAX)?;
        let clinic_address = text("clinic_address", &ride.clinic_address, ADDRESS_MAX)?;
        let tx = self.conn.transaction()?;
        load_session(&tx, id)?;
        tx.execute(
            "UPDATE sessions SET driver_name = ?1, driver_phone = ?2, driver_relation = ?3, driver_contact = ?4,
                clinic_name = ?5, clinic_phone = ?6, clinic_address = ?7, driver_email = ?8, driver_note = ?9
                WHERE id = ?10",
            params![
                driver_name,
                driver_phone,
                driver_relation,
                driver_contact,
                clinic_name,
                clinic_phone,
                clinic_address,
                driver_email,
                driver_note,
                id
            ],
        )?;
        let session = refresh_session(&tx, id, now)?;
        tx.commit()?;
        Ok(session)
    }

    /// Records when the session actually ended ("I'm home"): now, or the
    /// local time given. The no-driving time and the after-session items then
    /// count from it.
    pub fn set_session_ended(
        &mut self,
        id: SessionId,
        ended_local: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Session> {
        let tx = self.conn.transaction()?;
        let session = load_session(&tx, id)?;
        let ended_at = match ended_local.map(str::trim).filter(|t| !t.is_empty()) {
            Some(text) => local_in_session("ended_local", text, &session)?,
            None => now,
        };
        if ended_at < session.timeline.infusion_start_at {
            return Err(Error::invalid(
                "ended_local",
                crate::t!("error-session-end-before-infusion"),
            ));
        }
        // Not a care number: leeway for a clock a few minutes off.
        if ended_at > now + Duration::minutes(5) {
            return Err(Error::invalid("ended_local", crate::t!("error-session-end-in-future")));
        }
        tx.execute(
            "UPDATE sessions SET ended_at = ?1 WHERE id = ?2",
            params![to_db(ended_at), id],
        )?;
        let session = refresh_session(&tx, id, now)?;
        tx.commit()?;
        Ok(session)
    }

    pub fn session(&self, id: SessionId) -> Result<Session> {
        load_session(&self.conn, id)
    }

    /// Sessions whose plan still matters at `now` (not yet past the end of
    /// their no-driving time), soonest first.
    pub fn current_and_upcoming_sessions(&self, now: DateTime<Utc>) -> Result<Vec<Session>> {
        // `+start_at`: sort the few current rows rather than walk every
        // session in start order (which SQLite prefers without statistics;
        // years of history made Today slow). See CURRENT_ITEMS_FROM.
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {SESSION_COLUMNS} FROM sessions WHERE relevant_until > ?1 AND cancelled_at IS NULL
             ORDER BY +start_at, id"
        ))?;
        let rows = stmt.query_map([to_db(now)], session_reader(day_times(&self.conn)?))?;
        rows.map(|row| row.map_err(Error::from).and_then(|s| s)).collect()
    }

    pub fn all_sessions(&self) -> Result<Vec<Session>> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {SESSION_COLUMNS} FROM sessions ORDER BY start_at, id"))?;
        let rows = stmt.query_map([], session_reader(day_times(&self.conn)?))?;
        rows.map(|row| row.map_err(Error::from).and_then(|s| s)).collect()
    }
}

impl Store {
    /// Plans every session of a series at once, or none.
    pub fn plan_series(&mut self, input: &NewSeries, now: DateTime<Utc>) -> Result<Vec<Session>> {
        let dates = series_dates(input)?;
        let current = self.current_rules()?;
        let tx = self.conn.transaction()?;
        let mut sessions = Vec::new();
        for date in dates {
            let input = NewSession {
                start_local: format!("{}T{}", date.format("%Y-%m-%d"), input.time.trim()),
                tz: input.tz.clone(),
                clinic_name: input.clinic_name.clone(),
                driver_name: input.driver_name.clone(),
                rules: None,
            };
            sessions.push(insert_session(&tx, &input, &current, now)?);
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
}

fn future_start(start_local: &str, tz: Tz, now: DateTime<Utc>) -> Result<DateTime<Utc>> {
    let start_at = time::resolve_local(tz, time::parse_local_date_time("start_local", start_local)?);
    if start_at <= now {
        return Err(Error::invalid("start_local", crate::t!("error-session-start-past")));
    }
    if start_at > now + Duration::days(FURTHEST_AHEAD_DAYS) {
        return Err(Error::invalid("start_local", crate::t!("error-session-start-too-far")));
    }
    Ok(start_at)
}

/// Inserts one session and its plan inside the caller's transaction.
/// `current` are the rules in use (the clinic's, once entered; else
/// Steady's typical ones), taken unless the input brings its own.
pub(crate) fn insert_session(
    tx: &Transaction<'_>,
    input: &NewSession,
    current: &ClinicRules,
    now: DateTime<Utc>,
) -> Result<Session> {
    let tz_name = match input.tz.as_deref().map(str::trim).filter(|name| !name.is_empty()) {
        Some(name) => name.to_string(),
        None => time::system_time_zone(),
    };
    let tz = time::parse_zone(&tz_name)?;
    let start_at = future_start(&input.start_local, tz, now)?;
    let rules = match &input.rules {
        Some(rules) => rules.clone().tidied().checked()?,
        None => current.clone(),
    };
    let clinic_name =
        clean_optional("clinic_name", input.clinic_name.as_deref(), TITLE_MAX)?.or_else(|| rules.clinic.name.clone());
    let driver_name = clean_optional("driver_name", input.driver_name.as_deref(), NAME_MAX)?;
    // Rules given with the session are the caller's; otherwise they are the
    // ones in use, and a clinic's make the session's numbers the clinic's own.
    let protocol_name = if input.rules.is_none() {
        protocol_label(&rules)
    } else {
        None
    };
    tx.execute(
        "INSERT INTO sessions (start_at, tz, clinic_name, driver_name, rules, clinic_phone, clinic_address,
            protocol_name, relevant_until, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            to_db(start_at),
            tz.name(),
            clinic_name,
            driver_name,
            rules_json(&rules)?,
            rules.clinic.phone,
            rules.clinic.address,
            protocol_name,
            // Set properly by refresh_session below, once the row exists.
            to_db(start_at),
            to_db(now),
        ],
    )?;
    let id = tx.last_insert_rowid();
    refresh_session(tx, id, now)
}

/// The name rules are known by on a session: the clinic's, or "Your
/// clinic's instructions" (stored in the language Steady spoke when the
/// rules were set, and re-worded when read: see `rows::session_reader`);
/// `None` for Steady's own typical rules.
pub(crate) fn protocol_label(rules: &ClinicRules) -> Option<String> {
    if *rules == ClinicRules::default() {
        None
    } else {
        Some(
            rules
                .clinic
                .name
                .clone()
                .unwrap_or_else(|| crate::t!("rules-name-your-clinic")),
        )
    }
}

impl Store {
    /// The patient's day (wake, morning, evening, bedtime, check-in).
    pub fn day_times(&self) -> Result<crate::facts::day::DayTimes> {
        day_times(&self.conn)
    }

    /// Sets the patient's day, and re-plans every session still ahead or
    /// running in the same transaction: the night, "the morning of" and
    /// "the next morning" all move with it.
    pub fn set_day_times(
        &mut self,
        day: &crate::facts::day::DayTimes,
        now: DateTime<Utc>,
    ) -> Result<crate::facts::day::DayTimes> {
        day.validate()?;
        let tx = self.conn.transaction()?;
        for (key, value) in [
            ("wake_time", day.wake),
            ("morning_time", day.morning),
            ("evening_time", day.evening),
            ("bedtime", day.bedtime),
            ("check_in_time", day.check_in),
        ] {
            crate::storage::settings::put_setting(&tx, key, &value.to_string())?;
        }
        let ids: Vec<SessionId> = tx
            .prepare("SELECT id FROM sessions WHERE relevant_until > ?1 AND cancelled_at IS NULL")?
            .query_map([to_db(now)], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for id in ids {
            refresh_session(&tx, id, now)?;
        }
        tx.commit()?;
        self.day_times()
    }
}
