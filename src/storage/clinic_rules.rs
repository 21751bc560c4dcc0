//! The clinic's rules in use, and changing them: from the "Your clinic's
//! instructions" form or from a protocol file. A change is previewed (what
//! changes, and the checklist it makes), applied to the sessions the patient
//! picks and to sessions planned later, all or nothing, and can be undone.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::basics::error::{Error, Result};
use crate::basics::time::{self, to_db};
use crate::facts::model::{Checklist, Session, SessionId, Timeline};
use crate::facts::rules::ClinicRules;
use crate::plan::protocol::{self, Problem};
use crate::plan::template::{self, PlanContext};
use crate::storage::rows::{day_times, load_medications, load_session, refresh_session, write_rules};
use crate::storage::sessions::protocol_label;
use crate::storage::settings::{delete_setting, get_setting, put_setting};
use crate::storage::store::Store;

/// The rules new sessions get, as JSON (`facts::rules::ClinicRules`).
const RULES_KEY: &str = "clinic_rules";
/// Where Steady before version 2 of the rules kept a protocol file's text.
const OLD_PROTOCOL_KEY: &str = "protocol";

/// One rule a change would set differently.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct FieldChange {
    pub label: String,
    pub from: String,
    pub to: String,
}

/// An item of the checklist the rules would make, for the live preview.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PreviewItem {
    pub key: String,
    pub checklist: Checklist,
    pub title: String,
    pub detail: String,
    pub due_at: DateTime<Utc>,
    /// When its reminder pops up, when the night moves it (to bedtime or
    /// wake time); none when it comes at its time.
    pub reminder_at: Option<DateTime<Utc>>,
    pub typical: bool,
    pub parts: Vec<String>,
}

/// How one item of the previewed session changes.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PlanChange {
    pub title: String,
    /// None: a new item.
    pub before: Option<DateTime<Utc>>,
    /// None: the item goes.
    pub after: Option<DateTime<Utc>>,
}

/// What applying rules would do, without doing it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RulesPreview {
    /// Empty when the rules (or the file) are fine; each names its field
    /// (and its line, for a file).
    pub problems: Vec<Problem>,
    pub rules: Option<ClinicRules>,
    /// What changes against the rules in use.
    pub changes: Vec<FieldChange>,
    /// Sessions they can apply to: current and upcoming ones.
    pub sessions: Vec<Session>,
    /// The session the checklist below is for: the first one chosen.
    pub preview_session: Option<Session>,
    /// The checklist the rules make for it.
    pub items: Vec<PreviewItem>,
    /// How that checklist differs from the one it has now.
    pub plan_changes: Vec<PlanChange>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportReceipt {
    #[ts(type = "number")]
    pub import_id: i64,
    #[ts(type = "number[]")]
    pub session_ids: Vec<SessionId>,
}

/// What a session looked like before a change of rules, to put it back.
#[derive(Debug, Serialize, Deserialize)]
struct SessionBefore {
    id: SessionId,
    /// Steady before rules version 2 saved `care` (the numbers) instead.
    #[serde(default)]
    rules: Option<ClinicRules>,
    #[serde(default)]
    care: Option<serde_json::Value>,
    clinic_name: Option<String>,
    clinic_phone: Option<String>,
    clinic_address: Option<String>,
    protocol_name: Option<String>,
}

/// Rules from a stored setting's text: JSON (this Steady), or a protocol
/// file's TOML (Steady before rules version 2).
fn rules_from_stored(text: &str) -> Option<ClinicRules> {
    serde_json::from_str(text)
        .ok()
        .or_else(|| protocol::parse(text.as_bytes()).ok())
}

impl Store {
    /// The rules new sessions get: the clinic's, once entered or imported;
    /// else Steady's typical ones.
    pub fn current_rules(&self) -> Result<ClinicRules> {
        // Rules stored by a newer Steady that this one cannot read fall back
        // to the typical ones rather than stop the app.
        let stored = get_setting(&self.conn, RULES_KEY)?.or(get_setting(&self.conn, OLD_PROTOCOL_KEY)?);
        Ok(stored.as_deref().and_then(rules_from_stored).unwrap_or_default())
    }

    /// What applying `rules` would do, for the sessions `session_ids` (the
    /// checklist shown is the first one's; all current ones when empty).
    pub fn preview_rules(
        &self,
        rules: &ClinicRules,
        session_ids: &[SessionId],
        now: DateTime<Utc>,
    ) -> Result<RulesPreview> {
        let sessions = self.current_and_upcoming_sessions(now)?;
        let problems: Vec<Problem> = rules
            .problems()
            .into_iter()
            .map(|p| Problem {
                line: 0,
                message: format!("{}: {}", crate::facts::rules_words::field_words(&p.field), p.message),
                field: p.field,
            })
            .collect();
        let current = self.current_rules()?;
        let mut changes = vec![];
        let before = current.summary();
        let after = rules.summary();
        for (label, to) in &after {
            let from = before
                .iter()
                .find(|(l, _)| l == label)
                .map_or("—".to_string(), |(_, v)| v.clone());
            if from != *to {
                changes.push(FieldChange {
                    label: label.clone(),
                    from,
                    to: to.clone(),
                });
            }
        }
        for (label, from) in &before {
            if !after.iter().any(|(l, _)| l == label) {
                changes.push(FieldChange {
                    label: label.clone(),
                    from: from.clone(),
                    to: "—".into(),
                });
            }
        }
        let preview_session = session_ids
            .first()
            .and_then(|id| sessions.iter().find(|s| s.id == *id))
            .or(sessions.first())
            .cloned();
        let (items, plan_changes) = match (&preview_session, problems.is_empty()) {
            (Some(session), true) => {
                let now_items = self.planned_items(session, &session.rules, session.protocol_name.is_some())?;
                let new_items = self.planned_items(session, rules, protocol_label(rules).is_some())?;
                let changes = plan_changes(&now_items, &new_items);
                (new_items, changes)
            }
            _ => (vec![], vec![]),
        };
        Ok(RulesPreview {
            problems,
            rules: Some(rules.clone()),
            changes,
            sessions,
            preview_session,
            items,
            plan_changes,
        })
    }

    /// The checklist `rules` make for `session`, with each reminder's time.
    fn planned_items(&self, session: &Session, rules: &ClinicRules, clinic_rules: bool) -> Result<Vec<PreviewItem>> {
        let tz = time::parse_zone(&session.tz)?;
        let day = day_times(&self.conn)?;
        let escorted = session.driver_name.as_deref().is_some_and(|n| !n.trim().is_empty());
        let timeline = Timeline::new(session.start_at, rules, tz, session.ended_at, escorted, &day);
        let medications = load_medications(&self.conn, session.id)?;
        let ctx = PlanContext {
            rules,
            timeline: &timeline,
            tz,
            day: &day,
            driver_name: session.driver_name.as_deref(),
            clinic_rules,
            medications: &medications,
        };
        let mut items: Vec<PreviewItem> = template::plan(&ctx)
            .into_iter()
            .map(|p| {
                let moved = crate::plan::night::reminder_at(&day, p.due_at, p.due_at, tz);
                PreviewItem {
                    key: p.key,
                    checklist: p.checklist,
                    title: p.title,
                    detail: p.detail,
                    due_at: p.due_at,
                    reminder_at: (moved != p.due_at).then_some(moved),
                    typical: p.typical,
                    parts: p.parts,
                }
            })
            .collect();
        items.sort_by_key(|i| i.due_at);
        Ok(items)
    }

    /// What importing a protocol file's `bytes` would do, without doing it.
    pub fn preview_protocol(&self, bytes: &[u8], now: DateTime<Utc>) -> Result<RulesPreview> {
        match protocol::parse(bytes) {
            Ok(rules) => self.preview_rules(&rules, &[], now),
            Err(problems) => Ok(RulesPreview {
                problems,
                rules: None,
                changes: vec![],
                sessions: self.current_and_upcoming_sessions(now)?,
                preview_session: None,
                items: vec![],
                plan_changes: vec![],
            }),
        }
    }

    /// Applies a protocol file to the chosen sessions (and to sessions
    /// planned from now on), all or nothing.
    pub fn import_protocol(
        &mut self,
        bytes: &[u8],
        session_ids: &[SessionId],
        now: DateTime<Utc>,
    ) -> Result<ImportReceipt> {
        let rules = protocol::parse(bytes).map_err(|problems| {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            Error::invalid(
                "protocol",
                crate::t!("error-protocol-has-problems", problems = list.join("\n")),
            )
        })?;
        self.apply_rules(&rules, session_ids, now)
    }

    /// Applies `rules` to the chosen sessions and to sessions planned from
    /// now on, all or nothing; a problem names its field and changes
    /// nothing. Returns what [`Store::undo_protocol_import`] needs.
    pub fn apply_rules(
        &mut self,
        rules: &ClinicRules,
        session_ids: &[SessionId],
        now: DateTime<Utc>,
    ) -> Result<ImportReceipt> {
        let rules = rules.clone().tidied().checked()?;
        let label = protocol_label(&rules);
        let previous_rules = get_setting(&self.conn, RULES_KEY)?.or(get_setting(&self.conn, OLD_PROTOCOL_KEY)?);
        let tx = self.conn.transaction()?;
        let mut before = Vec::new();
        for &id in session_ids {
            let session = load_session(&tx, id)?;
            if session.cancelled_at.is_some() || session.timeline.drive_again_at <= now {
                return Err(Error::invalid(
                    "session_ids",
                    crate::t!("error-rules-session-over", id = id),
                ));
            }
            before.push(SessionBefore {
                id,
                rules: Some(session.rules.clone()),
                care: None,
                clinic_name: session.clinic_name.clone(),
                clinic_phone: session.clinic_phone.clone(),
                clinic_address: session.clinic_address.clone(),
                protocol_name: session.protocol_name.clone(),
            });
            write_session_rules(
                &tx,
                false,
                id,
                &rules,
                &rules.clinic.name,
                &rules.clinic.phone,
                &rules.clinic.address,
                &label,
            )?;
            refresh_session(&tx, id, now)?;
        }
        let json = serde_json::to_string(&rules).map_err(|e| Error::invalid("rules", e.to_string()))?;
        put_setting(&tx, RULES_KEY, &json)?;
        delete_setting(&tx, OLD_PROTOCOL_KEY)?;
        let previous = serde_json::to_string(&before).map_err(|e| Error::invalid("rules", e.to_string()))?;
        tx.execute(
            "INSERT INTO protocol_imports (applied_at, protocol, previous, previous_protocol) VALUES (?1, ?2, ?3, ?4)",
            params![to_db(now), protocol::to_toml(&rules), previous, previous_rules],
        )?;
        let import_id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(ImportReceipt {
            import_id,
            session_ids: session_ids.to_vec(),
        })
    }

    /// Puts back what a change of rules changed: the sessions' rules and
    /// clinic details, and the rules in use.
    pub fn undo_protocol_import(&mut self, import_id: i64, now: DateTime<Utc>) -> Result<()> {
        let tx = self.conn.transaction()?;
        let row: Option<(String, Option<String>, Option<String>)> = tx
            .query_row(
                "SELECT previous, previous_protocol, undone_at FROM protocol_imports WHERE id = ?1",
                [import_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((previous, previous_rules, undone_at)) = row else {
            return Err(Error::NotFound {
                what: "rules_change",
                id: import_id,
            });
        };
        if undone_at.is_some() {
            return Err(Error::invalid("import_id", crate::t!("error-rules-change-undone")));
        }
        let before: Vec<SessionBefore> = serde_json::from_str(&previous).map_err(|e| {
            Error::invalid(
                "import_id",
                crate::t!("error-rules-saved-state", reason = e.to_string()),
            )
        })?;
        for session in &before {
            let rules = match (&session.rules, &session.care) {
                (Some(rules), _) => rules.clone(),
                (None, Some(care)) => crate::plan::protocol::rules_from_saved_care(care),
                (None, None) => ClinicRules::default(),
            };
            write_session_rules(
                &tx,
                true,
                session.id,
                &rules,
                &session.clinic_name,
                &session.clinic_phone,
                &session.clinic_address,
                &session.protocol_name,
            )?;
            refresh_session(&tx, session.id, now)?;
        }
        delete_setting(&tx, OLD_PROTOCOL_KEY)?;
        match previous_rules.as_deref().and_then(rules_from_stored) {
            Some(rules) => put_setting(
                &tx,
                RULES_KEY,
                &serde_json::to_string(&rules).map_err(|e| Error::invalid("rules", e.to_string()))?,
            )?,
            None => delete_setting(&tx, RULES_KEY)?,
        }
        tx.execute(
            "UPDATE protocol_imports SET undone_at = ?1 WHERE id = ?2",
            params![to_db(now), import_id],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The rules in use, as a protocol file to share or keep.
    pub fn export_protocol(&self) -> Result<String> {
        Ok(protocol::to_toml(&self.current_rules()?))
    }
}

/// Items added, removed, or moved, between two checklists of one session.
fn plan_changes(before: &[PreviewItem], after: &[PreviewItem]) -> Vec<PlanChange> {
    let mut changes = vec![];
    for item in after {
        match before.iter().find(|b| b.key == item.key) {
            Some(old) if old.due_at == item.due_at => {}
            found => changes.push(PlanChange {
                title: item.title.clone(),
                before: found.map(|old| old.due_at),
                after: Some(item.due_at),
            }),
        }
    }
    for old in before {
        if !after.iter().any(|i| i.key == old.key) {
            changes.push(PlanChange {
                title: old.title.clone(),
                before: Some(old.due_at),
                after: None,
            });
        }
    }
    changes
}

/// Writes a session's rules and clinic details. `exact`: clinic fields are
/// set as given (undo); otherwise a missing one keeps the session's own (a
/// change of rules does not erase a phone number the user typed).
#[allow(clippy::too_many_arguments)]
fn write_session_rules(
    tx: &rusqlite::Transaction<'_>,
    exact: bool,
    id: SessionId,
    rules: &ClinicRules,
    clinic_name: &Option<String>,
    clinic_phone: &Option<String>,
    clinic_address: &Option<String>,
    protocol_name: &Option<String>,
) -> Result<()> {
    write_rules(tx, id, rules)?;
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
