//! Checklist items: the plan's items (kept in step with their session by
//! [`sync_plan_items`]), the user's own, ticks, times set by hand, notes.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use crate::basics::error::{Error, Result};
use crate::basics::time::{self, from_db, to_db};
use crate::facts::model::{Checklist, Item, ItemId, ItemKind, NewItem, Session, SessionId};
use crate::plan::template::{self, PlanContext};
use crate::storage::medications::load_medications;
use crate::storage::sessions::{load_session, local_in_session};
use crate::storage::store::{clean_optional, clean_required, Store, NOTE_MAX, TITLE_MAX};

impl Store {
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

impl Store {
    /// The "Confirm who drives you home" item of a session: ticking it is
    /// what "the driver is confirmed" means, so the day-before reminder keeps
    /// coming until it is.
    pub(crate) fn confirm_driver_item(&self, session_id: i64) -> Result<Option<Item>> {
        use rusqlite::OptionalExtension;
        self.session(session_id)?;
        let id: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM items WHERE session_id = ?1 AND template_key = 'confirm_driver'",
                [session_id],
                |r| r.get(0),
            )
            .optional()?;
        id.map(|id| self.item(id)).transpose()
    }
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
