//! Rows to domain types and back, shared by the tables' modules: reading a
//! session (its rules are one JSON column), an item or a medicine, the
//! patient's day, and keeping a session's plan items in step with it inside the caller's
//! transaction. Sessions, items and medicines all need these, so they sit
//! below the three and the three never use each other.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use crate::basics::error::{Error, Result};
use crate::basics::time::{self, from_db, to_db};
use crate::facts::day::{ClockTime, DayTimes};
use crate::facts::model::{Checklist, Item, ItemId, ItemKind, ItemPart, Medication, Session, SessionId, Timeline};
use crate::facts::rules::ClinicRules;
use crate::plan::template::{self, PlanContext};
use crate::storage::settings::get_setting;

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

/// Sets a session's rules (the JSON of [`ClinicRules`]).
pub(crate) fn write_rules(tx: &Transaction<'_>, id: SessionId, rules: &ClinicRules) -> Result<()> {
    tx.execute(
        "UPDATE sessions SET rules = ?1 WHERE id = ?2",
        params![rules_json(rules)?, id],
    )?;
    Ok(())
}

pub(crate) fn rules_json(rules: &ClinicRules) -> Result<String> {
    serde_json::to_string(rules).map_err(|e| Error::invalid("rules", e.to_string()))
}

/// The patient's day as Settings holds it (Steady's choice until changed).
pub(crate) fn day_times(conn: &Connection) -> Result<DayTimes> {
    let mut day = DayTimes::default();
    for (key, slot) in [
        ("wake_time", &mut day.wake),
        ("morning_time", &mut day.morning),
        ("evening_time", &mut day.evening),
        ("bedtime", &mut day.bedtime),
        ("check_in_time", &mut day.check_in),
    ] {
        // A stored value this Steady cannot read keeps the default.
        if let Some(text) = get_setting(conn, key)? {
            if let Ok(time) = ClockTime::parse("time", &text) {
                *slot = time;
            }
        }
    }
    Ok(day)
}

/// "Your clinic's instructions" in every language, read once: every
/// session row read is checked against it, and the catalogue is compiled in.
static YOUR_CLINICS_INSTRUCTIONS: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| crate::basics::i18n::in_every_language("rules-name-your-clinic"));

pub(crate) const SESSION_COLUMNS: &str = "id, start_at, tz, clinic_name, driver_name, rules, clinic_phone,
    clinic_address, driver_phone, driver_relation, driver_contact, ended_at, cancelled_at, protocol_name,
    driver_email, driver_note";

/// Reads session rows; the patient's `day` decides "the next morning".
pub(crate) fn session_reader(day: DayTimes) -> impl Fn(&Row<'_>) -> rusqlite::Result<Result<Session>> {
    move |row| {
        let start_at: String = row.get(1)?;
        let tz_name: String = row.get(2)?;
        let id: SessionId = row.get(0)?;
        let clinic_name: Option<String> = row.get(3)?;
        let driver_name: Option<String> = row.get(4)?;
        let rules: String = row.get(5)?;
        let (clinic_phone, clinic_address): (Option<String>, Option<String>) = (row.get(6)?, row.get(7)?);
        let (driver_phone, driver_relation, driver_contact): (Option<String>, Option<String>, Option<String>) =
            (row.get(8)?, row.get(9)?, row.get(10)?);
        let ended_at: Option<String> = row.get(11)?;
        let cancelled_at: Option<String> = row.get(12)?;
        // "Your clinic's instructions" is stored in the language of the day
        // the rules were set; shown, it follows the language spoken now. A
        // clinic's own name is kept as written.
        let protocol_name: Option<String> = row.get::<_, Option<String>>(13)?.map(|name| {
            if YOUR_CLINICS_INSTRUCTIONS.contains(&name) {
                crate::t!("rules-name-your-clinic")
            } else {
                name
            }
        });
        let (driver_email, driver_note): (Option<String>, Option<String>) = (row.get(14)?, row.get(15)?);
        Ok((|| {
            let start_at = from_db(&start_at)?;
            let tz = time::parse_zone(&tz_name)?;
            let ended_at = ended_at.as_deref().map(from_db).transpose()?;
            let cancelled_at = cancelled_at.as_deref().map(from_db).transpose()?;
            let rules: ClinicRules = serde_json::from_str(&rules).map_err(|e| {
                Error::invalid(
                    "database",
                    crate::t!("error-stored-session-rules", id = id, reason = e.to_string()),
                )
            })?;
            let escorted = driver_name.as_deref().is_some_and(|n| !n.trim().is_empty());
            let timeline = Timeline::new(start_at, &rules, tz, ended_at, escorted, &day);
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
                driver_email,
                driver_note,
                ended_at,
                rules,
                timeline,
            })
        })())
    }
}

pub(crate) fn load_session(conn: &Connection, id: SessionId) -> Result<Session> {
    conn.query_row(
        &format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?1"),
        [id],
        session_reader(day_times(conn)?),
    )
    .optional()?
    .ok_or(Error::NotFound { what: "session", id })?
}

pub(crate) fn local_in_session(field: &'static str, text: &str, session: &Session) -> Result<DateTime<Utc>> {
    let tz = time::parse_zone(&session.tz)?;
    Ok(time::resolve_local(tz, time::parse_local_date_time(field, text)?))
}

/// Re-derives every plan item of `session` from the template: its text always,
/// its time unless the user fixed one. Adds plan items the session lacks.
pub(crate) fn sync_plan_items(tx: &Transaction<'_>, session: &Session, now: DateTime<Utc>) -> Result<()> {
    let plan = plan_of(tx, session)?;
    for plan_item in &plan {
        let item_id: ItemId = tx.query_row(
            "INSERT INTO items (session_id, checklist, kind, template_key, title, detail, source, typical, due_at,
                                time_set_at, bedtime_title)
             VALUES (?1, ?2, 'plan', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT (session_id, template_key) DO UPDATE SET
                checklist = excluded.checklist, title = excluded.title, detail = excluded.detail,
                source = excluded.source, typical = excluded.typical, bedtime_title = excluded.bedtime_title,
                time_set_at = CASE WHEN COALESCE(items.fixed_due_at, excluded.due_at) <> items.due_at
                                   THEN excluded.time_set_at ELSE items.time_set_at END,
                due_at = COALESCE(items.fixed_due_at, excluded.due_at)
             RETURNING id",
            params![
                session.id,
                plan_item.checklist.as_str(),
                plan_item.key,
                plan_item.title,
                plan_item.detail,
                plan_item.source.label(),
                plan_item.typical,
                to_db(plan_item.due_at),
                to_db(now),
                plan_item.bedtime_title,
            ],
            |r| r.get(0),
        )?;
        sync_parts(tx, item_id, &plan_item.parts)?;
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

/// Writes the words of `session`'s plan items again as the template says
/// them now (in the current language), and nothing else: no time, no tick,
/// no item added or taken away. A database from an earlier release keeps the
/// plan it had, times included, when it is re-worded at its first open.
/// The bag's things are re-worded in place when the plan lists as many.
pub(crate) fn reword_plan_items(tx: &Transaction<'_>, id: SessionId) -> Result<()> {
    let session = load_session(tx, id)?;
    for plan_item in plan_of(tx, &session)? {
        let item_id: Option<ItemId> = tx
            .query_row(
                "UPDATE items SET title = ?3, detail = ?4, source = ?5, bedtime_title = ?6
                 WHERE session_id = ?1 AND template_key = ?2 AND kind = 'plan'
                 RETURNING id",
                params![
                    id,
                    plan_item.key,
                    plan_item.title,
                    plan_item.detail,
                    plan_item.source.label(),
                    plan_item.bedtime_title,
                ],
                |r| r.get(0),
            )
            .optional()?;
        let Some(item_id) = item_id else { continue };
        let positions: Vec<i64> = tx
            .prepare("SELECT position FROM item_parts WHERE item_id = ?1 ORDER BY position")?
            .query_map([item_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if positions.len() == plan_item.parts.len() {
            for (position, label) in positions.iter().zip(&plan_item.parts) {
                tx.execute(
                    "UPDATE item_parts SET label = ?3 WHERE item_id = ?1 AND position = ?2",
                    params![item_id, position, label],
                )?;
            }
        }
    }
    Ok(())
}

/// The template's plan for `session`: its rules, medicines and the patient's day.
fn plan_of(conn: &Connection, session: &Session) -> Result<Vec<template::PlanItem>> {
    let tz = time::parse_zone(&session.tz)?;
    let medications = load_medications(conn, session.id)?;
    let day = day_times(conn)?;
    let ctx = PlanContext {
        rules: &session.rules,
        timeline: &session.timeline,
        tz,
        day: &day,
        driver_name: session.driver_name.as_deref(),
        clinic_rules: session.protocol_name.is_some(),
        medications: &medications,
    };
    Ok(template::plan(&ctx))
}

/// Puts back the things inside plan items (the bag's list) where data
/// has none: exports written before the transfer carried `item_parts`
/// lost them. The list comes from the session's own rules, as when it was
/// planned; a thing is ticked when its whole item was, since a tick of one
/// thing alone was not in the file. Nothing else changes.
pub(crate) fn restore_missing_parts(tx: &Transaction<'_>) -> Result<()> {
    let ids: Vec<SessionId> = tx
        .prepare("SELECT id FROM sessions ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for id in ids {
        let session = load_session(tx, id)?;
        for plan_item in plan_of(tx, &session)?.iter().filter(|p| !p.parts.is_empty()) {
            let bare: Option<(ItemId, Option<String>)> = tx
                .query_row(
                    "SELECT id, done_at FROM items WHERE session_id = ?1 AND template_key = ?2
                        AND NOT EXISTS (SELECT 1 FROM item_parts WHERE item_id = items.id)",
                    params![id, plan_item.key],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let Some((item_id, done_at)) = bare else { continue };
            for (position, label) in plan_item.parts.iter().enumerate() {
                tx.execute(
                    "INSERT INTO item_parts (item_id, position, label, done_at) VALUES (?1, ?2, ?3, ?4)",
                    params![item_id, position as i64, label, done_at],
                )?;
            }
        }
    }
    Ok(())
}

/// Sets the things inside an item to `labels`, keeping the tick of each
/// thing that stays (matched by its words, wherever it moved in the list).
fn sync_parts(tx: &Transaction<'_>, item_id: ItemId, labels: &[String]) -> Result<()> {
    let ticked: Vec<(String, String)> = tx
        .prepare("SELECT label, done_at FROM item_parts WHERE item_id = ?1 AND done_at IS NOT NULL")?
        .query_map([item_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let current: Vec<String> = tx
        .prepare("SELECT label FROM item_parts WHERE item_id = ?1 ORDER BY position")?
        .query_map([item_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if current == labels {
        return Ok(()); // the common case: nothing to write
    }
    tx.execute("DELETE FROM item_parts WHERE item_id = ?1", [item_id])?;
    for (position, label) in labels.iter().enumerate() {
        let done_at = ticked.iter().find(|(l, _)| l == label).map(|(_, at)| at.clone());
        tx.execute(
            "INSERT INTO item_parts (item_id, position, label, done_at) VALUES (?1, ?2, ?3, ?4)",
            params![item_id, position as i64, label, done_at],
        )?;
    }
    Ok(())
}

/// Fills in the things inside `items` (one query for all of them).
pub(crate) fn attach_parts(conn: &Connection, items: &mut [Item]) -> Result<()> {
    // Only plan items with a bag have parts; most lists have one or none.
    let ids: Vec<ItemId> = items
        .iter()
        .filter(|i| i.key.as_deref() == Some("pack_bag"))
        .map(|i| i.id)
        .collect();
    if ids.is_empty() {
        return Ok(());
    }
    let ids_json = serde_json::to_string(&ids).map_err(|e| Error::invalid("items", e.to_string()))?;
    let mut stmt = conn.prepare(
        "SELECT item_id, label, done_at FROM item_parts
         WHERE item_id IN (SELECT value FROM json_each(?1)) ORDER BY item_id, position",
    )?;
    let rows = stmt.query_map([ids_json], |r| {
        Ok((
            r.get::<_, ItemId>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
        ))
    })?;
    for row in rows {
        let (item_id, label, done_at) = row?;
        if let Some(item) = items.iter_mut().find(|i| i.id == item_id) {
            item.parts.push(ItemPart {
                label,
                done: done_at.is_some(),
            });
        }
    }
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
    items.remind_lead_minutes, items.template_key";

pub(crate) fn item_from_row(row: &Row<'_>) -> rusqlite::Result<Result<Item>> {
    let checklist: String = row.get(2)?;
    let kind: String = row.get(3)?;
    let fixed_due_at: Option<String> = row.get(9)?;
    let due_at: String = row.get(10)?;
    let done_at: Option<String> = row.get(11)?;
    let tz_name: String = row.get(12)?;
    let remind_lead_minutes: u32 = row.get(13)?;
    let key: Option<String> = row.get(14)?;
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
        // `what`: "checklist" or "kind", the message's choice.
        let corrupt =
            |what: &str| Error::invalid("database", crate::t!("error-stored-item-unknown", id = id, what = what));
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
            key,
            parts: vec![],
        })
    })())
}

pub(crate) fn load_item(conn: &Connection, id: ItemId) -> Result<Item> {
    let mut item = conn
        .query_row(
            &format!("SELECT {ITEM_COLUMNS} FROM items JOIN sessions s ON s.id = items.session_id WHERE items.id = ?1"),
            [id],
            item_from_row,
        )
        .optional()?
        .ok_or(Error::NotFound { what: "item", id })??;
    attach_parts(conn, std::slice::from_mut(&mut item))?;
    Ok(item)
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
