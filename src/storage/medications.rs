//! Medicines the prescriber said to hold around a session. Their "last
//! dose" and "restart" items are plan items and follow the session.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

use crate::basics::error::{Error, Result};
use crate::facts::model::{Medication, NewMedicationHold, SessionId};
use crate::storage::rows::{load_medications, load_session, refresh_session};
use crate::storage::store::{clean_optional, clean_required, Store, NAME_MAX};

impl Store {
    /// Records a medicine the prescriber said to hold. Its "last dose" and
    /// "restart" items follow the session when it moves.
    pub fn add_medication_hold(&mut self, input: &NewMedicationHold, now: DateTime<Utc>) -> Result<Medication> {
        let name = clean_required("name", &input.name, NAME_MAX)?;
        let dose = clean_optional("dose", input.dose.as_deref(), NAME_MAX)?;
        if input.hold_hours_before > 720 || input.restart_hours_after.is_some_and(|h| h > 720) {
            return Err(Error::invalid(
                "hold_hours_before",
                crate::t!("error-medicine-hours-range"),
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
            .ok_or(Error::NotFound { what: "medicine", id })?;
        tx.commit()?;
        Ok(medication)
    }

    pub fn remove_medication(&mut self, id: i64, now: DateTime<Utc>) -> Result<()> {
        let tx = self.conn.transaction()?;
        let session_id: i64 = tx
            .query_row("SELECT session_id FROM medications WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .ok_or(Error::NotFound { what: "medicine", id })?;
        tx.execute("DELETE FROM medications WHERE id = ?1", [id])?;
        refresh_session(&tx, session_id, now)?;
        tx.commit()?;
        Ok(())
    }

    pub fn medications_of_session(&self, session_id: SessionId) -> Result<Vec<Medication>> {
        load_medications(&self.conn, session_id)
    }
}
