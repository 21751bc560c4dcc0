//! SQLite storage: the schema, its migrations, and every read and write of
//! sessions and items.
//!
//! Each write runs in one transaction, so a failure or a crash leaves the data
//! as it was before the write. Plan items' times and texts are re-derived from
//! their session inside the same transaction as any change to the session, so
//! a stored `due_at` always matches its session.

use std::path::Path;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use crate::care::CareTimes;
use crate::error::{Error, Result};
use crate::model::{
    Checklist, Item, ItemId, ItemKind, Medication, NewItem, NewMedicationHold, NewSession, RideDetails, Session,
    SessionId, Timeline,
};
use crate::template::{self, PlanContext};
use crate::time::{self, from_db, to_db};

/// The schema, one entry a version, applied in order. Append only: a shipped
/// entry is never edited, since users' databases already ran it.
const MIGRATIONS: &[&str] = &[
    // 1: sessions and their checklist items.
    r#"
    CREATE TABLE sessions (
        id                    INTEGER PRIMARY KEY,
        start_at              TEXT    NOT NULL,
        tz                    TEXT    NOT NULL,
        clinic_name           TEXT,
        driver_name           TEXT,
        intake_minutes        INTEGER NOT NULL,
        infusion_minutes      INTEGER NOT NULL,
        recovery_min_minutes  INTEGER NOT NULL,
        recovery_max_minutes  INTEGER NOT NULL,
        fasting_food_hours    INTEGER NOT NULL,
        fasting_liquids_hours INTEGER NOT NULL,
        no_driving_hours      INTEGER NOT NULL,
        -- The last moment the session's plan matters (end of no-driving time).
        relevant_until        TEXT    NOT NULL,
        created_at            TEXT    NOT NULL
    );
    CREATE INDEX sessions_relevant_until ON sessions(relevant_until);

    CREATE TABLE items (
        id            INTEGER PRIMARY KEY,
        session_id    INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        checklist     TEXT    NOT NULL CHECK (checklist IN ('day_before', 'session_day')),
        kind          TEXT    NOT NULL CHECK (kind IN ('plan', 'custom', 'medication')),
        -- For plan items: which template item this is (see template.rs).
        template_key  TEXT,
        title         TEXT    NOT NULL,
        detail        TEXT    NOT NULL DEFAULT '',
        note          TEXT,
        source        TEXT,
        typical       INTEGER NOT NULL DEFAULT 0,
        -- A time the user set by hand; plan items without one follow the session.
        fixed_due_at  TEXT,
        due_at        TEXT    NOT NULL,
        done_at       TEXT,
        UNIQUE (session_id, template_key),
        CHECK ((kind = 'plan') = (template_key IS NOT NULL)),
        CHECK (kind = 'plan' OR fixed_due_at IS NOT NULL)
    );
    CREATE INDEX items_session_due ON items(session_id, due_at);
    CREATE INDEX items_due ON items(due_at);
    "#,
    // 2: reminders. An item's reminder is due `remind_lead_minutes` before the
    // item. `time_set_at` is when the item got its current time: a reminder
    // whose moment had already passed then was never owed. `reminder_log`
    // records what happened to a reminder for one remind-at instant; when the
    // item's time changes, the record no longer matches and it is owed again.
    r#"
    ALTER TABLE items ADD COLUMN remind_lead_minutes INTEGER NOT NULL DEFAULT 0
        CHECK (remind_lead_minutes BETWEEN 0 AND 1440);
    ALTER TABLE items ADD COLUMN time_set_at TEXT;

    CREATE TABLE reminder_log (
        item_id         INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        remind_at       TEXT    NOT NULL,
        outcome         TEXT    NOT NULL CHECK (outcome IN ('shown', 'missed')),
        fired_at        TEXT    NOT NULL,
        late_by_seconds INTEGER NOT NULL DEFAULT 0,
        -- 1 once the desktop notification server accepted it; 0 means it is
        -- only shown inside the app.
        delivered       INTEGER NOT NULL DEFAULT 0,
        snoozed_until   TEXT
    );

    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    "#,
    // 3: the ride home: the driver's and clinic's details, the session's
    // actual end, and the "until the next morning" driving rule.
    r#"
    ALTER TABLE sessions ADD COLUMN clinic_phone TEXT;
    ALTER TABLE sessions ADD COLUMN clinic_address TEXT;
    ALTER TABLE sessions ADD COLUMN driver_phone TEXT;
    ALTER TABLE sessions ADD COLUMN driver_relation TEXT;
    ALTER TABLE sessions ADD COLUMN driver_contact TEXT;
    ALTER TABLE sessions ADD COLUMN ended_at TEXT;
    ALTER TABLE sessions ADD COLUMN no_driving_until_next_morning INTEGER NOT NULL DEFAULT 0;
    "#,
    // 4: the course of treatment and the clinic's protocol: cancelled
    // sessions (kept as history), alcohol and sedative rules, medicines held
    // relative to the session, and a record of each protocol import so it can
    // be undone.
    r#"
    ALTER TABLE sessions ADD COLUMN no_alcohol_hours INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE sessions ADD COLUMN no_sedatives_hours INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE sessions ADD COLUMN cancelled_at TEXT;
    -- The clinic whose protocol set this session's numbers; NULL: typical values.
    ALTER TABLE sessions ADD COLUMN protocol_name TEXT;
    CREATE INDEX sessions_start ON sessions(start_at);

    CREATE TABLE medications (
        id                  INTEGER PRIMARY KEY,
        session_id          INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        name                TEXT    NOT NULL,
        dose                TEXT,
        hold_hours_before   INTEGER NOT NULL CHECK (hold_hours_before BETWEEN 0 AND 720),
        restart_hours_after INTEGER CHECK (restart_hours_after BETWEEN 0 AND 720)
    );
    CREATE INDEX medications_session ON medications(session_id);

    CREATE TABLE protocol_imports (
        id          INTEGER PRIMARY KEY,
        applied_at  TEXT NOT NULL,
        protocol    TEXT NOT NULL,
        -- JSON: the sessions' values before the import, to undo it.
        previous    TEXT NOT NULL,
        -- The protocol setting before the import (NULL: Steady's default).
        previous_protocol TEXT,
        undone_at   TEXT
    );
    "#,
    // 5: after the infusion: effects the patient logs, daily check-ins, PHQ-9.
    r#"
    CREATE TABLE effect_logs (
        id         INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        effect     TEXT    NOT NULL,
        strength   INTEGER NOT NULL CHECK (strength BETWEEN 0 AND 10),
        at         TEXT    NOT NULL
    );
    CREATE INDEX effect_logs_session ON effect_logs(session_id, at);

    CREATE TABLE check_ins (
        id        INTEGER PRIMARY KEY,
        at        TEXT    NOT NULL,
        mood      INTEGER NOT NULL CHECK (mood BETWEEN 0 AND 10),
        energy    INTEGER NOT NULL CHECK (energy BETWEEN 0 AND 10),
        clarity   INTEGER NOT NULL CHECK (clarity BETWEEN 0 AND 10),
        anxiety   INTEGER NOT NULL CHECK (anxiety BETWEEN 0 AND 10),
        self_harm INTEGER NOT NULL CHECK (self_harm IN (0, 1)),
        note      TEXT
    );
    CREATE INDEX check_ins_at ON check_ins(at);

    CREATE TABLE phq9 (
        id        INTEGER PRIMARY KEY,
        at        TEXT    NOT NULL,
        answers   TEXT    NOT NULL,
        total     INTEGER NOT NULL CHECK (total BETWEEN 0 AND 27),
        item_nine INTEGER NOT NULL CHECK (item_nine BETWEEN 0 AND 3)
    );
    CREATE INDEX phq9_at ON phq9(at);
    "#,
    // 6: the Course screen counts ticked items of every session; with this
    // index it reads the index alone instead of every item row (issue 8:
    // 5.8 ms → see bench/RESULTS.md at ten years of data).
    r#"
    CREATE INDEX items_session_done ON items(session_id, done_at);
    "#,
];

/// The SQL of schema version `version` (1-based), for tests that build a
/// database as an earlier Steady left it.
pub fn migration_sql(version: i64) -> Option<&'static str> {
    usize::try_from(version - 1)
        .ok()
        .and_then(|i| MIGRATIONS.get(i).copied())
}

/// The newest schema version this build knows.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

const TITLE_MAX: usize = 120;
const NOTE_MAX: usize = 2000;
const NAME_MAX: usize = 80;
const PHONE_MAX: usize = 40;
const ADDRESS_MAX: usize = 200;
/// Sessions are planned weeks ahead, not years; a date further out is almost
/// certainly a typo in the year.
const FURTHEST_AHEAD_DAYS: i64 = 2 * 366;

pub struct Store {
    pub(crate) conn: Connection,
    /// The app lock's key when the file is encrypted: scratch files made
    /// beside it (an import) are encrypted with it too.
    pub(crate) key: Option<crate::lock::DbKey>,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema
    /// up to date.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_keyed(path, None)
    }

    /// Opens the database at `path`, encrypted with `key` when the app lock is
    /// on (see `lock.rs`). A wrong key reads as "not a database".
    pub fn open_keyed(path: &Path, key: Option<&crate::lock::DbKey>) -> Result<Store> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let conn = Connection::open(path)?;
        if let Some(key) = key {
            key.apply(&conn)?;
        }
        Store::prepare(conn, key.cloned())
    }

    pub fn open_in_memory() -> Result<Store> {
        Store::prepare(Connection::open_in_memory()?, None)
    }

    fn prepare(mut conn: Connection, key: Option<crate::lock::DbKey>) -> Result<Store> {
        // Refuse a newer Steady's data before anything below writes to the
        // file (switching to WAL rewrites its header): it stays untouched.
        let found: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        if found > SCHEMA_VERSION {
            return Err(Error::NewerSchema {
                found,
                known: SCHEMA_VERSION,
            });
        }
        // WAL: readers never block the writer, and a crash mid-write leaves the
        // last committed state. synchronous=FULL syncs the WAL on every commit,
        // so a tick the user saw saved survives a power cut too; Steady writes
        // a few rows a day, so the cost is nothing a person notices.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        // macOS's fsync does not reach the disk platter; F_FULLFSYNC does.
        #[cfg(target_os = "macos")]
        conn.pragma_update(None, "fullfsync", "ON")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // The app and the `steady` CLI may share the file.
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrate(&mut conn)?;
        Ok(Store { conn, key })
    }

    /// Whether a write could be made now: takes the write lock and lets it
    /// go, changing nothing. Fails on a read-only folder or file.
    pub fn check_writable(&self) -> Result<()> {
        // SQLite opens a file it cannot write read-only without a word, and
        // then even takes the write lock; ask it directly first.
        if self.conn.is_readonly(rusqlite::MAIN_DB)? {
            let code = rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_READONLY);
            return Err(rusqlite::Error::SqliteFailure(code, None).into());
        }
        self.conn.execute_batch("BEGIN IMMEDIATE; ROLLBACK;")?;
        Ok(())
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
    }

    // ---- sessions ----

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

    // ---- items ----

    pub fn item(&self, id: ItemId) -> Result<Item> {
        load_item(&self.conn, id)
    }

    /// A session's items in time order.
    pub fn items_of_session(&self, session_id: SessionId) -> Result<Vec<Item>> {
        load_session(&self.conn, session_id)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {ITEM_COLUMNS} FROM items JOIN sessions s ON s.id = items.session_id
             WHERE items.session_id = ?1 ORDER BY items.due_at, items.id"
        ))?;
        let rows = stmt.query_map([session_id], item_from_row)?;
        rows.map(|row| row.map_err(Error::from).and_then(|i| i)).collect()
    }

    /// Items of every session whose plan still matters at `now`, in time order.
    pub fn items_of_current_sessions(&self, now: DateTime<Utc>) -> Result<Vec<Item>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {ITEM_COLUMNS} {CURRENT_ITEMS_FROM} WHERE s.relevant_until > ?1 AND s.cancelled_at IS NULL
             ORDER BY items.due_at, items.id"
        ))?;
        let rows = stmt.query_map([to_db(now)], item_from_row)?;
        rows.map(|row| row.map_err(Error::from).and_then(|i| i)).collect()
    }

    pub fn set_item_done(&mut self, id: ItemId, done: bool, now: DateTime<Utc>) -> Result<Item> {
        let tx = self.conn.transaction()?;
        load_item(&tx, id)?;
        // Ticking twice keeps the first tick's time.
        if done {
            tx.execute(
                "UPDATE items SET done_at = COALESCE(done_at, ?1) WHERE id = ?2",
                params![to_db(now), id],
            )?;
        } else {
            tx.execute("UPDATE items SET done_at = NULL WHERE id = ?1", [id])?;
        }
        let item = load_item(&tx, id)?;
        tx.commit()?;
        Ok(item)
    }

    pub fn add_custom_item(&mut self, input: &NewItem, now: DateTime<Utc>) -> Result<Item> {
        let title = clean_required("title", &input.title, TITLE_MAX, "A title")?;
        let note = clean_optional("note", input.note.as_deref(), NOTE_MAX, "A note")?;
        let tx = self.conn.transaction()?;
        let session = load_session(&tx, input.session_id)?;
        let due_at = local_in_session("due_local", &input.due_local, &session)?;
        tx.execute(
            "INSERT INTO items (session_id, checklist, kind, title, detail, note, fixed_due_at, due_at, time_set_at)
             VALUES (?1, ?2, 'custom', ?3, '', ?4, ?5, ?5, ?6)",
            params![
                session.id,
                input.checklist.as_str(),
                title,
                note,
                to_db(due_at),
                to_db(now)
            ],
        )?;
        let item = load_item(&tx, tx.last_insert_rowid())?;
        tx.commit()?;
        Ok(item)
    }

    /// Records a medicine the prescriber said to hold. Its "last dose" and
    /// "restart" items follow the session when it moves.
    pub fn add_medication_hold(&mut self, input: &NewMedicationHold, now: DateTime<Utc>) -> Result<Medication> {
        let name = clean_required("name", &input.name, NAME_MAX, "The medicine's name")?;
        let dose = clean_optional("dose", input.dose.as_deref(), NAME_MAX, "The dose")?;
        if input.hold_hours_before > 720 || input.restart_hours_after.is_some_and(|h| h > 720) {
            return Err(Error::invalid(
                "hold_hours_before",
                "Hours before or after can be at most 720 (30 days).",
            ));
        }
        let tx = self.conn.transaction()?;
        load_session(&tx, input.session_id)?;
        tx.execute(
            "INSERT INTO medications (session_id, name, dose, hold_hours_before, restart_hours_after)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                input.session_id,
                name,
                dose,
                input.hold_hours_before,
                input.restart_hours_after
            ],
        )?;
        let id = tx.last_insert_rowid();
        refresh_session(&tx, input.session_id, now)?;
        let medication = load_medications(&tx, input.session_id)?
            .into_iter()
            .find(|m| m.id == id)
            .ok_or(Error::NotFound { what: "Medicine", id })?;
        tx.commit()?;
        Ok(medication)
    }

    pub fn remove_medication(&mut self, id: i64, now: DateTime<Utc>) -> Result<()> {
        let tx = self.conn.transaction()?;
        let session_id: i64 = tx
            .query_row("SELECT session_id FROM medications WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .ok_or(Error::NotFound { what: "Medicine", id })?;
        tx.execute("DELETE FROM medications WHERE id = ?1", [id])?;
        refresh_session(&tx, session_id, now)?;
        tx.commit()?;
        Ok(())
    }

    pub fn medications_of_session(&self, session_id: SessionId) -> Result<Vec<Medication>> {
        load_medications(&self.conn, session_id)
    }

    /// Sets an item's time by hand, in its session's zone. The item then keeps
    /// this time when the session moves.
    pub fn set_item_due(&mut self, id: ItemId, due_local: &str, now: DateTime<Utc>) -> Result<Item> {
        let tx = self.conn.transaction()?;
        let item = load_item(&tx, id)?;
        let session = load_session(&tx, item.session_id)?;
        let due_at = to_db(local_in_session("due_local", due_local, &session)?);
        tx.execute(
            "UPDATE items SET fixed_due_at = ?1, due_at = ?1, time_set_at = ?2 WHERE id = ?3",
            params![due_at, to_db(now), id],
        )?;
        let item = load_item(&tx, id)?;
        tx.commit()?;
        Ok(item)
    }

    /// Gives a plan item back the time the plan gives it.
    pub fn reset_item_due(&mut self, id: ItemId, now: DateTime<Utc>) -> Result<Item> {
        let tx = self.conn.transaction()?;
        let item = load_item(&tx, id)?;
        if item.kind != ItemKind::Plan {
            return Err(Error::invalid(
                "id",
                "Only items from the plan have a plan time to go back to.",
            ));
        }
        tx.execute("UPDATE items SET fixed_due_at = NULL WHERE id = ?1", [id])?;
        sync_plan_items(&tx, &load_session(&tx, item.session_id)?, now)?;
        let item = load_item(&tx, id)?;
        tx.commit()?;
        Ok(item)
    }

    pub fn set_item_note(&mut self, id: ItemId, note: Option<&str>) -> Result<Item> {
        let note = clean_optional("note", note, NOTE_MAX, "A note")?;
        let tx = self.conn.transaction()?;
        load_item(&tx, id)?;
        tx.execute("UPDATE items SET note = ?1 WHERE id = ?2", params![note, id])?;
        let item = load_item(&tx, id)?;
        tx.commit()?;
        Ok(item)
    }

    /// Removes an item the user added. Plan items stay: they are ticked, not deleted.
    pub fn remove_item(&mut self, id: ItemId) -> Result<()> {
        let tx = self.conn.transaction()?;
        let item = load_item(&tx, id)?;
        if item.kind == ItemKind::Plan {
            return Err(Error::invalid(
                "id",
                "Items from the plan can't be removed. Tick them off instead, or change their time.",
            ));
        }
        tx.execute("DELETE FROM items WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(())
    }
}

fn migrate(conn: &mut Connection) -> Result<()> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(Error::NewerSchema {
            found,
            known: SCHEMA_VERSION,
        });
    }
    let tx = conn.transaction()?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(usize::try_from(found).unwrap_or(0)) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
    }
    tx.commit()?;
    Ok(())
}

/// Re-derives every plan item of `session` from the template: its text always,
/// its time unless the user fixed one. Adds plan items the session lacks.
fn sync_plan_items(tx: &Transaction<'_>, session: &Session, now: DateTime<Utc>) -> Result<()> {
    let tz = time::parse_zone(&session.tz)?;
    let medications = load_medications(tx, session.id)?;
    let ctx = PlanContext {
        care: &session.care,
        driver_name: session.driver_name.as_deref(),
        clinic_rules: session.protocol_name.is_some(),
        medications: &medications,
    };
    let plan = template::default_plan(&ctx);
    for plan_item in &plan {
        let due_at = to_db(plan_item.rule.resolve(&session.timeline, tz));
        tx.execute(
            "INSERT INTO items (session_id, checklist, kind, template_key, title, detail, source, typical, due_at, time_set_at)
             VALUES (?1, ?2, 'plan', ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT (session_id, template_key) DO UPDATE SET
                title = excluded.title, detail = excluded.detail, source = excluded.source,
                typical = excluded.typical,
                time_set_at = CASE WHEN COALESCE(items.fixed_due_at, excluded.due_at) <> items.due_at
                                   THEN excluded.time_set_at ELSE items.time_set_at END,
                due_at = COALESCE(items.fixed_due_at, excluded.due_at)",
            params![
                session.id,
                plan_item.checklist.as_str(),
                plan_item.key,
                plan_item.title,
                plan_item.detail,
                plan_item.source.label(),
                plan_item.typical,
                due_at,
                to_db(now),
            ],
        )?;
    }
    // Plan items the plan no longer has (a rule set to 0, a medicine removed)
    // go; their reminders go with them.
    let keys = serde_json::to_string(&plan.iter().map(|p| p.key.as_str()).collect::<Vec<_>>())
        .map_err(|e| Error::invalid("plan", e.to_string()))?;
    tx.execute(
        "DELETE FROM items WHERE session_id = ?1 AND kind = 'plan'
            AND template_key NOT IN (SELECT value FROM json_each(?2))",
        params![session.id, keys],
    )?;
    Ok(())
}

fn load_medications(conn: &Connection, session_id: SessionId) -> Result<Vec<Medication>> {
    let mut stmt = conn.prepare(
        "SELECT id, session_id, name, dose, hold_hours_before, restart_hours_after
         FROM medications WHERE session_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([session_id], |r| {
        Ok(Medication {
            id: r.get(0)?,
            session_id: r.get(1)?,
            name: r.get(2)?,
            dose: r.get(3)?,
            hold_hours_before: r.get(4)?,
            restart_hours_after: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A value from the `settings` table (one row per key).
pub(crate) fn get_setting(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0))
        .optional()?)
}

pub(crate) fn put_setting(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

pub(crate) fn delete_setting(conn: &Connection, key: &str) -> Result<()> {
    conn.execute("DELETE FROM settings WHERE key = ?1", [key])?;
    Ok(())
}

/// After any change to a session: keeps `relevant_until` and its plan items
/// in step with it, inside the caller's transaction.
pub(crate) fn refresh_session(tx: &Transaction<'_>, id: SessionId, now: DateTime<Utc>) -> Result<Session> {
    let session = load_session(tx, id)?;
    tx.execute(
        "UPDATE sessions SET relevant_until = ?1 WHERE id = ?2",
        params![to_db(session.timeline.drive_again_at), id],
    )?;
    sync_plan_items(tx, &session, now)?;
    Ok(session)
}

/// The session columns holding its [`CareTimes`], in the order of
/// [`care_values`]: every writer uses these two, so the list lives here once.
pub(crate) const CARE_COLUMNS: &str = "intake_minutes, infusion_minutes, recovery_min_minutes, recovery_max_minutes,
    fasting_food_hours, fasting_liquids_hours, no_driving_hours, no_driving_until_next_morning, no_alcohol_hours,
    no_sedatives_hours";

pub(crate) fn care_values(care: &CareTimes) -> [Value; 10] {
    [
        care.intake_minutes.into(),
        care.infusion_minutes.into(),
        care.recovery_min_minutes.into(),
        care.recovery_max_minutes.into(),
        care.fasting_food_hours.into(),
        care.fasting_liquids_hours.into(),
        care.no_driving_hours.into(),
        care.no_driving_until_next_morning.into(),
        care.no_alcohol_hours.into(),
        care.no_sedatives_hours.into(),
    ]
}

/// Sets a session's care times.
pub(crate) fn write_care_times(tx: &Transaction<'_>, id: SessionId, care: &CareTimes) -> Result<()> {
    let mut values = care_values(care).to_vec();
    values.push(id.into());
    tx.execute(
        &format!("UPDATE sessions SET ({CARE_COLUMNS}) = (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) WHERE id = ?11"),
        rusqlite::params_from_iter(values),
    )?;
    Ok(())
}

const SESSION_COLUMNS: &str = "id, start_at, tz, clinic_name, driver_name, intake_minutes, infusion_minutes,
    recovery_min_minutes, recovery_max_minutes, fasting_food_hours, fasting_liquids_hours, no_driving_hours,
    no_driving_until_next_morning, clinic_phone, clinic_address, driver_phone, driver_relation, driver_contact,
    ended_at, no_alcohol_hours, no_sedatives_hours, cancelled_at, protocol_name";

fn session_from_row(row: &Row<'_>) -> rusqlite::Result<Result<Session>> {
    let start_at: String = row.get(1)?;
    let tz_name: String = row.get(2)?;
    let care = CareTimes {
        intake_minutes: row.get(5)?,
        infusion_minutes: row.get(6)?,
        recovery_min_minutes: row.get(7)?,
        recovery_max_minutes: row.get(8)?,
        fasting_food_hours: row.get(9)?,
        fasting_liquids_hours: row.get(10)?,
        no_driving_hours: row.get(11)?,
        no_driving_until_next_morning: row.get(12)?,
        no_alcohol_hours: row.get(19)?,
        no_sedatives_hours: row.get(20)?,
    };
    let cancelled_at: Option<String> = row.get(21)?;
    let protocol_name: Option<String> = row.get(22)?;
    let id: SessionId = row.get(0)?;
    let clinic_name: Option<String> = row.get(3)?;
    let driver_name: Option<String> = row.get(4)?;
    let (clinic_phone, clinic_address): (Option<String>, Option<String>) = (row.get(13)?, row.get(14)?);
    let (driver_phone, driver_relation, driver_contact): (Option<String>, Option<String>, Option<String>) =
        (row.get(15)?, row.get(16)?, row.get(17)?);
    let ended_at: Option<String> = row.get(18)?;
    Ok((|| {
        let start_at = from_db(&start_at)?;
        let tz = time::parse_zone(&tz_name)?;
        let ended_at = ended_at.as_deref().map(from_db).transpose()?;
        let cancelled_at = cancelled_at.as_deref().map(from_db).transpose()?;
        Ok(Session {
            cancelled_at,
            protocol_name,
            id,
            start_at,
            tz: tz_name,
            start_local: time::local_input_value(start_at, tz),
            clinic_name,
            clinic_phone,
            clinic_address,
            driver_name,
            driver_phone,
            driver_relation,
            driver_contact,
            ended_at,
            care,
            timeline: Timeline::new(start_at, &care, tz, ended_at),
        })
    })())
}

pub(crate) fn load_session(conn: &Connection, id: SessionId) -> Result<Session> {
    conn.query_row(
        &format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?1"),
        [id],
        session_from_row,
    )
    .optional()?
    .ok_or(Error::NotFound { what: "Session", id })?
}

/// Items of the sessions that still matter, found from the sessions side.
/// `CROSS JOIN` fixes the loop order: the few current sessions through
/// `sessions_relevant_until`, then their items through `items_session_due`.
/// Left to itself, SQLite (with no statistics) walked every item ever
/// planned in due order to skip a sort: 5 ms per Today at ten years of data.
pub(crate) const CURRENT_ITEMS_FROM: &str = "FROM sessions s CROSS JOIN items ON items.session_id = s.id";

pub(crate) const ITEM_COLUMNS: &str =
    "items.id, items.session_id, items.checklist, items.kind, items.title, items.detail,
    items.note, items.source, items.typical, items.fixed_due_at, items.due_at, items.done_at, s.tz,
    items.remind_lead_minutes";

pub(crate) fn item_from_row(row: &Row<'_>) -> rusqlite::Result<Result<Item>> {
    let checklist: String = row.get(2)?;
    let kind: String = row.get(3)?;
    let fixed_due_at: Option<String> = row.get(9)?;
    let due_at: String = row.get(10)?;
    let done_at: Option<String> = row.get(11)?;
    let tz_name: String = row.get(12)?;
    let remind_lead_minutes: u32 = row.get(13)?;
    let (id, session_id, title, detail, note, source, typical) = (
        row.get(0)?,
        row.get(1)?,
        row.get(4)?,
        row.get(5)?,
        row.get(6)?,
        row.get(7)?,
        row.get(8)?,
    );
    Ok((|| {
        let tz = time::parse_zone(&tz_name)?;
        let due_at = from_db(&due_at)?;
        let corrupt = |what: &str| Error::invalid("database", format!("Stored item {id} has an unknown {what}."));
        Ok(Item {
            id,
            session_id,
            checklist: Checklist::parse(&checklist).ok_or_else(|| corrupt("checklist"))?,
            kind: ItemKind::parse(&kind).ok_or_else(|| corrupt("kind"))?,
            title,
            detail,
            note,
            source,
            typical,
            due_at,
            due_local: time::local_rfc3339(due_at, tz),
            tz: tz_name,
            due_is_fixed: fixed_due_at.is_some(),
            remind_lead_minutes,
            done_at: done_at.as_deref().map(from_db).transpose()?,
        })
    })())
}

pub(crate) fn load_item(conn: &Connection, id: ItemId) -> Result<Item> {
    conn.query_row(
        &format!("SELECT {ITEM_COLUMNS} FROM items JOIN sessions s ON s.id = items.session_id WHERE items.id = ?1"),
        [id],
        item_from_row,
    )
    .optional()?
    .ok_or(Error::NotFound { what: "Item", id })?
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

fn local_in_session(field: &'static str, text: &str, session: &Session) -> Result<DateTime<Utc>> {
    let tz = time::parse_zone(&session.tz)?;
    Ok(time::resolve_local(tz, time::parse_local_date_time(field, text)?))
}

/// Trims user text and checks its length in characters (an emoji is one).
/// Control characters other than line breaks and tabs are refused: they can't
/// be seen, and only a bad paste or a hostile file sends them.
fn clean_required(field: &'static str, text: &str, max_chars: usize, what: &str) -> Result<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::invalid(field, format!("{what} can't be empty.")));
    }
    let count = text.chars().count();
    if count > max_chars {
        return Err(Error::invalid(
            field,
            format!("{what} can be at most {max_chars} characters; this one has {count}."),
        ));
    }
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        return Err(Error::invalid(
            field,
            format!("{what} contains invisible control characters. Please retype it."),
        ));
    }
    Ok(text.to_string())
}

fn clean_optional(field: &'static str, text: Option<&str>, max_chars: usize, what: &str) -> Result<Option<String>> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(text) => clean_required(field, text, max_chars, what).map(Some),
    }
}

/// Inserts one session and its plan inside the caller's transaction.
pub(crate) fn insert_session(
    tx: &Transaction<'_>,
    input: &NewSession,
    protocol: &crate::protocol::Protocol,
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
pub(crate) fn protocol_label(protocol: &crate::protocol::Protocol) -> Option<String> {
    if *protocol == crate::protocol::Protocol::default() {
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
