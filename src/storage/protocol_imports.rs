//! The clinic protocol in use, and importing one: preview, apply to chosen
//! sessions (and to sessions planned later), undo.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::basics::error::{Error, Result};
use crate::basics::time::to_db;
use crate::facts::model::{Session, SessionId};
use crate::plan::protocol::{Problem, Protocol};
use crate::storage::rows::{load_session, refresh_session, write_care_times};
use crate::storage::sessions::protocol_label;
use crate::storage::settings::{delete_setting, get_setting, put_setting};
use crate::storage::store::Store;

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
    care: crate::facts::care::CareTimes,
    clinic_name: Option<String>,
    clinic_phone: Option<String>,
    clinic_address: Option<String>,
    protocol_name: Option<String>,
}

fn describe(care: &crate::facts::care::CareTimes) -> Vec<(&'static str, String)> {
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
    care: &crate::facts::care::CareTimes,
    clinic_name: &Option<String>,
    clinic_phone: &Option<String>,
    clinic_address: &Option<String>,
    protocol_name: &Option<String>,
) -> Result<()> {
    write_care_times(tx, id, care)?;
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
