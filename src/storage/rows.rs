//! Rows to domain types and back, shared by the tables' modules: reading a
//! session, an item or a medicine, the columns a session's numbers live in,
//! and keeping a session's plan items in step with it inside the caller's
//! transaction. Sessions, items and medicines all need these, so they sit
//! below the three and the three never use each other.

use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use crate::basics::error::{Error, Result};
use crate::basics::time::{self, from_db, to_db};
use crate::facts::care::CareTimes;
use crate::facts::model::{Checklist, Item, ItemId, ItemKind, Medication, Session, SessionId, Timeline};
use crate::plan::template::{self, PlanContext};

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

pub(crate) const SESSION_COLUMNS: &str = "id, start_at, tz, clinic_name, driver_name, intake_minutes, infusion_minutes,
    recovery_min_minutes, recovery_max_minutes, fasting_food_hours, fasting_liquids_hours, no_driving_hours,
    no_driving_until_next_morning, clinic_phone, clinic_address, driver_phone, driver_relation, driver_contact,
    ended_at, no_alcohol_hours, no_sedatives_hours, cancelled_at, protocol_name";

pub(crate) fn session_from_row(row: &Row<'_>) -> rusqlite::Result<Result<Session>> {
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

pub(crate) fn local_in_session(field: &'static str, text: &str, session: &Session) -> Result<DateTime<Utc>> {
    let tz = time::parse_zone(&session.tz)?;
    Ok(time::resolve_local(tz, time::parse_local_date_time(field, text)?))
}

/// Re-derives every plan item of `session` from the template: its text always,
/// its time unless the user fixed one. Adds plan items the session lacks.
pub(crate) fn sync_plan_items(tx: &Transaction<'_>, session: &Session, now: DateTime<Utc>) -> Result<()> {
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

pub(crate) fn load_medications(conn: &Connection, session_id: SessionId) -> Result<Vec<Medication>> {
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
