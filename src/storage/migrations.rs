//! The schema, one migration a version, applied in order inside one
//! transaction. Append only: a shipped migration is never edited, since
//! users' databases already ran it. Every table of every module of this
//! layer is created here, so the order is in one place.

use rusqlite::Connection;

use crate::basics::error::{Error, Result};

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
    // 7: the clinic's rules (issue 15). Each session's numbers move into one
    // JSON column holding the whole rules model (facts::rules::ClinicRules),
    // converted here from the columns they had; what those columns could
    // not say keeps the typical value when read, except the arrival item,
    // which sessions planned before it did not have (0 minutes: none).
    // Items get the words a reminder moved to bedtime uses, and things to
    // tick inside them (the bag to pack).
    r#"
    ALTER TABLE sessions ADD COLUMN rules TEXT NOT NULL DEFAULT '{}';
    UPDATE sessions SET rules = json_object(
        'timeline', json_object(
            'arrive_early_minutes', 0,
            'intake_minutes', intake_minutes,
            'infusion_minutes', infusion_minutes,
            'observation_min_minutes', recovery_min_minutes,
            'observation_max_minutes', recovery_max_minutes),
        'food', json_object(
            'solid_food', CASE WHEN fasting_food_hours > 0
                THEN json_object('kind', 'hours_before', 'hours', fasting_food_hours)
                ELSE json_object('kind', 'none') END,
            'clear_liquids', CASE WHEN fasting_liquids_hours > 0
                THEN json_object('kind', 'hours_before', 'hours', fasting_liquids_hours)
                ELSE json_object('kind', 'none') END),
        'after', json_object(
            'no_driving', CASE WHEN no_driving_until_next_morning
                THEN json_object('kind', 'next_morning')
                ELSE json_object('kind', 'hours', 'hours', no_driving_hours) END,
            'no_alcohol_hours', no_alcohol_hours,
            'no_sedatives_hours', no_sedatives_hours));
    ALTER TABLE sessions DROP COLUMN intake_minutes;
    ALTER TABLE sessions DROP COLUMN infusion_minutes;
    ALTER TABLE sessions DROP COLUMN recovery_min_minutes;
    ALTER TABLE sessions DROP COLUMN recovery_max_minutes;
    ALTER TABLE sessions DROP COLUMN fasting_food_hours;
    ALTER TABLE sessions DROP COLUMN fasting_liquids_hours;
    ALTER TABLE sessions DROP COLUMN no_driving_hours;
    ALTER TABLE sessions DROP COLUMN no_driving_until_next_morning;
    ALTER TABLE sessions DROP COLUMN no_alcohol_hours;
    ALTER TABLE sessions DROP COLUMN no_sedatives_hours;

    ALTER TABLE items ADD COLUMN bedtime_title TEXT;

    CREATE TABLE item_parts (
        item_id  INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        label    TEXT    NOT NULL,
        done_at  TEXT,
        PRIMARY KEY (item_id, position)
    );
    "#,
    // 8: crisis numbers by country (issue 16). Until now the US numbers were
    // copied into the user's own settings on first start; they now come from
    // care-facts' table for the chosen country at the moment they are shown,
    // so a copy that was never edited goes, and one the user changed stays.
    r#"
    DELETE FROM settings WHERE key = 'crisis_line'
        AND value = '988 (call or text, Suicide & Crisis Lifeline)'
        AND EXISTS (SELECT 1 FROM settings WHERE key = 'crisis_numbers_seeded');
    DELETE FROM settings WHERE key = 'emergency_number'
        AND value = '911'
        AND EXISTS (SELECT 1 FROM settings WHERE key = 'crisis_numbers_seeded');
    DELETE FROM settings WHERE key = 'crisis_numbers_seeded';

    -- The driver's side (issue 17): an address to send the card to, and a
    -- note from the patient that the card and the message carry.
    ALTER TABLE sessions ADD COLUMN driver_email TEXT;
    ALTER TABLE sessions ADD COLUMN driver_note TEXT;
    "#,
    // 9: a reminder's `fired_at` to the millisecond (issue 26): in whole
    // seconds, lateness was understated by up to a second and a reminder a
    // second early passed for on time. Rows written before keep their second,
    // in the new width (".000"), so text order stays time order.
    r#"
    UPDATE reminder_log SET fired_at = substr(fired_at, 1, 19) || '.000Z'
        WHERE fired_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
    "#,
    // 10: the patient's checklist on their phone (issue 27). What was last
    // sent, one row per calendar event, so that sending again updates the
    // phone's copy (same UID, higher SEQUENCE) instead of adding one, an
    // event no longer in the plan goes out cancelled, and Today can say when
    // the phone's copy is out of date. No foreign keys: the events of a
    // removed item or session still have to be cancelled on the phone.
    r#"
    CREATE TABLE phone_events (
        uid         TEXT    PRIMARY KEY,
        session_id  INTEGER NOT NULL,
        -- None for the session, pickup and no-driving events.
        item_id     INTEGER,
        sequence    INTEGER NOT NULL DEFAULT 0,
        start_at    TEXT    NOT NULL,
        end_at      TEXT    NOT NULL,
        summary     TEXT    NOT NULL,
        -- The event as last sent, without DTSTAMP and SEQUENCE: a change in
        -- any of its words or times shows as a different text.
        content     TEXT    NOT NULL,
        cancelled   INTEGER NOT NULL DEFAULT 0,
        sent_at     TEXT    NOT NULL
    );
    CREATE INDEX phone_events_session ON phone_events(session_id);
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

pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    migrate_to(conn, SCHEMA_VERSION)
}

/// Brings the schema up to `version` (at most [`SCHEMA_VERSION`]) in one
/// transaction: an import builds a file's rows in the schema it was written
/// with, then migrates them like a database from that version.
pub(crate) fn migrate_to(conn: &mut Connection, version: i64) -> Result<()> {
    // The window, the tray's reminder loop and the CLI can open the same file
    // at the same moment. Take the write lock first and read the version
    // under it: a version read before the lock may be one another process
    // has already migrated past, and its migrations would then run twice
    // ("index … already exists"). The busy timeout makes the second opener
    // wait for the first one's commit, then find nothing left to do.
    let upto = version.min(SCHEMA_VERSION);
    let read_version = |conn: &Connection| -> Result<i64> {
        let found: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        if found > SCHEMA_VERSION {
            return Err(Error::NewerSchema {
                found,
                known: SCHEMA_VERSION,
            });
        }
        Ok(found)
    };
    // An up-to-date file (every open but the first after an update) needs
    // no write lock, so a read-only copy still opens.
    if read_version(conn)? >= upto {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let found = read_version(&tx)?;
    let upto = usize::try_from(upto).unwrap_or(0);
    for (index, sql) in MIGRATIONS
        .iter()
        .enumerate()
        .take(upto)
        .skip(usize::try_from(found).unwrap_or(0))
    {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
    }
    tx.commit()?;
    Ok(())
}
