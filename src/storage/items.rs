//! Checklist items: the plan's items (kept in step with their session by
//! [`sync_plan_items`]), the user's own, ticks, times set by hand, notes.

use chrono::{DateTime, Utc};
use rusqlite::params;

use crate::basics::error::{Error, Result};
use crate::basics::time::to_db;
use crate::facts::model::{Item, ItemId, ItemKind, NewItem, SessionId};
use crate::storage::rows::{
    attach_parts, item_from_row, load_item, load_session, local_in_session, sync_plan_items, CURRENT_ITEMS_FROM,
    ITEM_COLUMNS,
};
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
        let mut items = rows
            .map(|row| row.map_err(Error::from).and_then(|i| i))
            .collect::<Result<Vec<_>>>()?;
        attach_parts(&self.conn, &mut items)?;
        Ok(items)
    }

    /// Items of every session whose plan still matters at `now`, in time order.
    pub fn items_of_current_sessions(&self, now: DateTime<Utc>) -> Result<Vec<Item>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {ITEM_COLUMNS} {CURRENT_ITEMS_FROM} WHERE s.relevant_until > ?1 AND s.cancelled_at IS NULL
             ORDER BY items.due_at, items.id"
        ))?;
        let rows = stmt.query_map([to_db(now)], item_from_row)?;
        let mut items = rows
            .map(|row| row.map_err(Error::from).and_then(|i| i))
            .collect::<Result<Vec<_>>>()?;
        attach_parts(&self.conn, &mut items)?;
        Ok(items)
    }

    /// Ticks (or unticks) one thing inside an item; the item is done when
    /// every thing in it is, and not done while one is not.
    pub fn set_item_part_done(&mut self, id: ItemId, position: u32, done: bool, now: DateTime<Utc>) -> Result<Item> {
        let tx = self.conn.transaction()?;
        load_item(&tx, id)?;
        let changed = tx.execute(
            "UPDATE item_parts SET done_at = CASE WHEN ?3 THEN COALESCE(done_at, ?4) END
             WHERE item_id = ?1 AND position = ?2",
            params![id, position, done, to_db(now)],
        )?;
        if changed == 0 {
            return Err(Error::invalid("position", crate::t!("error-item-no-such-part")));
        }
        let open: i64 = tx.query_row(
            "SELECT COUNT(*) FROM item_parts WHERE item_id = ?1 AND done_at IS NULL",
            [id],
            |r| r.get(0),
        )?;
        tx.execute(
            "UPDATE items SET done_at = CASE WHEN ?2 = 0 THEN COALESCE(done_at, ?3) END WHERE id = ?1",
            params![id, open, to_db(now)],
        )?;
        let item = load_item(&tx, id)?;
        tx.commit()?;
        Ok(item)
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
        // An item with things inside is done exactly when all of them are.
        tx.execute(
            "UPDATE item_parts SET done_at = CASE WHEN ?2 THEN COALESCE(done_at, ?3) END WHERE item_id = ?1",
            params![id, done, to_db(now)],
        )?;
        let item = load_item(&tx, id)?;
        tx.commit()?;
        Ok(item)
    }

    pub fn add_custom_item(&mut self, input: &NewItem, now: DateTime<Utc>) -> Result<Item> {
        let title = clean_required("title", &input.title, TITLE_MAX)?;
        let note = clean_optional("note", input.note.as_deref(), NOTE_MAX)?;
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
            return Err(Error::invalid("id", crate::t!("error-item-no-plan-time")));
        }
        tx.execute("UPDATE items SET fixed_due_at = NULL WHERE id = ?1", [id])?;
        sync_plan_items(&tx, &load_session(&tx, item.session_id)?, now)?;
        let item = load_item(&tx, id)?;
        tx.commit()?;
        Ok(item)
    }

    pub fn set_item_note(&mut self, id: ItemId, note: Option<&str>) -> Result<Item> {
        let note = clean_optional("note", note, NOTE_MAX)?;
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
            return Err(Error::invalid("id", crate::t!("error-item-plan-not-removable")));
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
