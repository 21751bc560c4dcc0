//! Sessions: planning, moving, ending and cancelling them, and the numbers
//! and details stored with each. Plan items' times and texts are re-derived
//! from their session inside the same transaction as any change to the
//! session, so a stored `due_at` always matches its session.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use rusqlite::types::Value;
use rusqlite::{params, Transaction};

use crate::basics::error::{Error, Result};
use crate::basics::time::{self, to_db};
use crate::facts::model::{NewSession, RideDetails, Session, SessionId};
use crate::plan::protocol::Protocol;
use crate::plan::series::{series_dates, NewSeries};
use crate::storage::rows::{
    care_values, load_session, local_in_session, refresh_session, session_from_row, CARE_COLUMNS, SESSION_COLUMNS,
};
use crate::storage::store::{clean_optional, Store, ADDRESS_MAX, NAME_MAX, PHONE_MAX, TITLE_MAX};

/// Sessions are planned weeks ahead, not years; a date further out is almost
/// certainly a typo in the year.
const FURTHEST_AHEAD_DAYS: i64 = 2 * 366;

impl Store {
    /// Plans one session. Numbers and clinic details not given come from the
    /// current protocol (the clinic's, once imported; else Steady's typical one).
    pub fn create_session(&mut self, input: &NewSession, now: DateTime<Utc>) -> Result<Session> {
        let protocol = self.current_protocol()?;
        let tx = self.conn.transaction()?;
        let session = insert_session(&tx, input, &protocol, now)?;
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
        let text = |field: &'static str, value: &Option<String>, max: usize, what: &str| {
            clean_optional(field, value.as_deref(), max, what)
        };
        let driver_name = text("driver_name", &ride.driver_name, NAME_MAX, "The driver's name")?;
        let driver_phone = text(
            "driver_phone",
            &ride.driver_phone,
            PHONE_MAX,
            "The driver's phone number",
        )?;
        let driver_relation = text("driver_relation", &ride.driver_relation, NAME_MAX, "Who the driver is")?;
        let driver_contact = text(
            "driver_contact",
            &ride.driver_contact,
            NAME_MAX,
            "How the driver gets the details",
        )?;
        let clinic_name = text("clinic_name", &ride.clinic_name, TITLE_MAX, "The clinic's name")?;
        let clinic_phone = text(
            "clinic_phone",
            &ride.clinic_phone,
            PHONE_MAX,
            "The clinic's phone number",
        )?;
        let clinic_address = text(
            "clinic_address",
            &ride.clinic_address,
            ADDRESS_MAX,
            "The clinic's address",
        )?;
        let tx = self.conn.transaction()?;
        load_session(&tx, id)?;
        tx.execute(
            "UPDATE sessions SET driver_name = ?1, driver_phone = ?2, driver_relation = ?3, driver_contact = ?4,
                clinic_name = ?5, clinic_phone = ?6, clinic_address = ?7 WHERE id = ?8",
            params![
                driver_name,
                driver_phone,
                driver_relation,
                driver_contact,
                clinic_name,
                clinic_phone,
                clinic_address,
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
                "A session cannot end before its infusion has started.",
            ));
        }
        if ended_at > now + Duration::minutes(5) {
            return Err(Error::invalid(
                "ended_local",
                "That time has not come yet. Tap \"I'm home\" when the session has ended.",
            ));
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
        let rows = stmt.query_map([to_db(now)], session_from_row)?;
        rows.map(|row| row.map_err(Error::from).and_then(|s| s)).collect()
    }

    pub fn all_sessions(&self) -> Result<Vec<Session>> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {SESSION_COLUMNS} FROM sessions ORDER BY start_at, id"))?;
        let rows = stmt.query_map([], session_from_row)?;
        rows.map(|row| row.map_err(Error::from).and_then(|s| s)).collect()
    }
}

impl Store {
    /// Plans every session of a series at once, or none.
    pub fn plan_series(&mut self, input: &NewSeries, now: DateTime<Utc>) -> Result<Vec<Session>> {
        let dates = series_dates(input)?;
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
}

fn future_start(start_local: &str, tz: Tz, now: DateTime<Utc>) -> Result<DateTime<Utc>> {
    let start_at = time::resolve_local(tz, time::parse_local_date_time("start_local", start_local)?);
    if start_at <= now {
        return Err(Error::invalid(
            "start_local",
            "That time has already passed. Enter the date and time of your next session.",
        ));
    }
    if start_at > now + Duration::days(FURTHEST_AHEAD_DAYS) {
        return Err(Error::invalid(
            "start_local",
            "That date is more than two years away. Please check the year.",
        ));
    }
    Ok(start_at)
}

/// Inserts one session and its plan inside the caller's transaction.
pub(crate) fn insert_session(
    tx: &Transaction<'_>,
    input: &NewSession,
    protocol: &Protocol,
    now: DateTime<Utc>,
) -> Result<Session> {
    let tz_name = match input.tz.as_deref().map(str::trim).filter(|name| !name.is_empty()) {
        Some(name) => name.to_string(),
        None => time::system_time_zone(),
    };
    let tz = time::parse_zone(&tz_name)?;
    let start_at = future_start(&input.start_local, tz, now)?;
    let clinic_name = clean_optional(
        "clinic_name",
        input.clinic_name.as_deref(),
        TITLE_MAX,
        "The clinic's name",
    )?
    .or_else(|| protocol.clinic_name.clone());
    let driver_name = clean_optional(
        "driver_name",
        input.driver_name.as_deref(),
        NAME_MAX,
        "The driver's name",
    )?;
    let care = input.care.unwrap_or(protocol.care);
    care.validate()?;
    // Numbers given with the session are the caller's; otherwise they are the
    // protocol's, and a clinic's protocol makes them the clinic's own.
    let protocol_name = if input.care.is_none() {
        protocol_label(protocol)
    } else {
        None
    };
    let mut values: Vec<Value> = vec![
        to_db(start_at).into(),
        tz.name().to_string().into(),
        clinic_name.into(),
        driver_name.into(),
    ];
    values.extend(care_values(&care));
    values.extend([
        protocol.clinic_phone.clone().into(),
        protocol.clinic_address.clone().into(),
        protocol_name.into(),
        // Set properly by refresh_session below, once the row exists.
        to_db(start_at).into(),
        to_db(now).into(),
    ]);
    let placeholders = (1..=values.len())
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    tx.execute(
        &format!(
            "INSERT INTO sessions (start_at, tz, clinic_name, driver_name, {CARE_COLUMNS},
                clinic_phone, clinic_address, protocol_name, relevant_until, created_at)
             VALUES ({placeholders})"
        ),
        rusqlite::params_from_iter(values),
    )?;
    let id = tx.last_insert_rowid();
    refresh_session(tx, id, now)
}

/// The name a protocol is known by on a session: the clinic's, or "clinic
/// protocol"; `None` for Steady's own typical protocol.
pub(crate) fn protocol_label(protocol: &Protocol) -> Option<String> {
    if *protocol == Protocol::default() {
        None
    } else {
        Some(
            protocol
                .clinic_name
                .clone()
                .unwrap_or_else(|| "Clinic protocol".to_string()),
        )
    }
}
