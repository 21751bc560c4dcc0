//! The Recovery view: each usual after-effect with when it usually eases,
//! what the patient logged, and the red flags that bring up whom to call.

use chrono::{DateTime, Duration, Utc};
use rusqlite::OptionalExtension;
use serde::Serialize;
use ts_rs::TS;

use crate::basics::error::Result;
use crate::basics::time::to_db;
use crate::facts::check_in::EffectLog;
use crate::facts::effects::{Effect, EFFECTS};
use crate::facts::model::{Contacts, Session, SessionId};
use crate::facts::rules::RedFlagRule;
use crate::storage::store::Store;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct EffectStatus {
    pub effect: Effect,
    pub eases_by: DateTime<Utc>,
    /// The latest log of this effect, if any.
    pub latest: Option<EffectLog>,
    /// Logged (strength above 0) after it usually eases: a red flag.
    pub outlasting: bool,
}

/// Why the crisis panel shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum RedFlag {
    /// An effect felt after it usually eases (care-facts durations, 001).
    Outlasting { effect: String, eases_by: DateTime<Utc> },
    /// A check-in answered yes to thoughts of self-harm.
    SelfHarmAnswer,
    /// PHQ-9 item 9 above 0.
    Phq9ItemNine,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RecoveryView {
    pub session: Session,
    pub end_at: DateTime<Utc>,
    pub effects: Vec<EffectStatus>,
    pub red_flags: Vec<RedFlag>,
    pub contacts: Contacts,
    /// When to call whom: the clinic's list, or the typical table.
    pub call_whom: Vec<RedFlagRule>,
    /// True when `call_whom` is the clinic's own list.
    pub call_whom_from_clinic: bool,
}

/// The red flags among these logs and answers at `now`.
pub fn red_flags(statuses: &[EffectStatus], recent_self_harm: bool, recent_item_nine: bool) -> Vec<RedFlag> {
    let mut flags: Vec<RedFlag> = statuses
        .iter()
        .filter(|s| s.outlasting)
        .map(|s| RedFlag::Outlasting {
            effect: s.effect.name.clone(),
            eases_by: s.eases_by,
        })
        .collect();
    if recent_self_harm {
        flags.push(RedFlag::SelfHarmAnswer);
    }
    if recent_item_nine {
        flags.push(RedFlag::Phq9ItemNine);
    }
    flags
}

impl Store {
    pub fn recovery_view(&self, session_id: SessionId, now: DateTime<Utc>) -> Result<RecoveryView> {
        let session = self.session(session_id)?;
        let end_at = session.timeline.end_at;
        let effects_from = session.timeline.effects_from();
        let logs = self.effect_logs(session_id)?;
        let effects: Vec<EffectStatus> = EFFECTS
            .iter()
            .map(|effect| {
                // Counted from the end of the infusion, as the sources time them.
                let eases_by = effects_from + Duration::minutes(i64::from(effect.usual_minutes));
                let latest = logs.iter().rev().find(|l| l.effect == effect.key).cloned();
                let outlasting = logs
                    .iter()
                    .any(|l| l.effect == effect.key && l.strength > 0 && l.at > eases_by);
                EffectStatus {
                    effect: effect.words(),
                    eases_by,
                    latest,
                    outlasting,
                }
            })
            .collect();
        let since = now - Duration::hours(i64::from(self.check_in_settings()?.crisis_panel_hours));
        let self_harm: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM check_ins WHERE self_harm = 1 AND at > ?1 LIMIT 1",
                [to_db(since)],
                |r| r.get(0),
            )
            .optional()?;
        let item_nine: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM phq9 WHERE item_nine > 0 AND at > ?1 LIMIT 1",
                [to_db(since)],
                |r| r.get(0),
            )
            .optional()?;
        let red_flags = red_flags(&effects, self_harm.is_some(), item_nine.is_some());
        let contacts = self.contacts(&session)?;
        let call_whom = crate::facts::red_flags::red_flags(&session.rules);
        let call_whom_from_clinic = !session.rules.red_flags.is_empty();
        Ok(RecoveryView {
            call_whom,
            call_whom_from_clinic,
            session,
            end_at,
            effects,
            red_flags,
            contacts,
        })
    }
}
