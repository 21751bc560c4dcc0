//! What the patient logs after a session: effects, daily check-ins and the
//! PHQ-9. Check-ins are the most sensitive data Steady holds: they stay in
//! the local database and leave it only through an export the user starts.

use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::Serialize;
use ts_rs::TS;

use crate::basics::error::{Error, Result};
use crate::basics::time::{from_db, to_db};
use crate::facts::check_in::{score_phq9, CheckIn, EffectLog, NewCheckIn, Phq9Result};
use crate::facts::effects::effect;
use crate::facts::model::SessionId;
use crate::storage::store::Store;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TrendView {
    pub check_ins: Vec<CheckIn>,
    pub phq9: Vec<Phq9Result>,
    /// Session starts, to mark on the chart.
    pub sessions: Vec<DateTime<Utc>>,
    /// Whether a PHQ-9 is due: none yet, or the day has come that is the
    /// setting's number of days (`phq9_every_days`) after the last one's.
    pub phq9_due: bool,
}

fn scale(field: &'static str, value: u8) -> Result<u8> {
    if value > 10 {
        return Err(Error::invalid(field, crate::t!("error-scale-range", value = value)));
    }
    Ok(value)
}

impl Store {
    pub fn log_effect(
        &mut self,
        session_id: SessionId,
        effect_key: &str,
        strength: u8,
        now: DateTime<Utc>,
    ) -> Result<EffectLog> {
        let effect = effect(effect_key)
            .ok_or_else(|| Error::invalid("effect", crate::t!("error-unknown-effect", effect = effect_key)))?;
        let strength = scale("strength", strength)?;
        self.session(session_id)?;
        self.conn.execute(
            "INSERT INTO effect_logs (session_id, effect, strength, at) VALUES (?1, ?2, ?3, ?4)",
            params![session_id, effect.key, strength, to_db(now)],
        )?;
        Ok(EffectLog {
            id: self.conn.last_insert_rowid(),
            session_id,
            effect: effect.key.into(),
            strength,
            at: now,
        })
    }

    pub(crate) fn effect_logs(&self, session_id: SessionId) -> Result<Vec<EffectLog>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, session_id, effect, strength, at FROM effect_logs WHERE session_id = ?1 ORDER BY at, id",
        )?;
        let rows = stmt.query_map([session_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get::<_, String>(4)?))
        })?;
        rows.map(|row| {
            let (id, session_id, effect, strength, at) = row?;
            Ok(EffectLog {
                id,
                session_id,
                effect,
                strength,
                at: from_db(&at)?,
            })
        })
        .collect()
    }

    pub fn add_check_in(&mut self, input: &NewCheckIn, now: DateTime<Utc>) -> Result<CheckIn> {
        let (mood, energy, clarity, anxiety) = (
            scale("mood", input.mood)?,
            scale("energy", input.energy)?,
            scale("clarity", input.clarity)?,
            scale("anxiety", input.anxiety)?,
        );
        let note = match input.note.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
            Some(n) if n.chars().count() > 2000 => {
                return Err(Error::invalid("note", crate::t!("error-note-too-long", max = 2000)))
            }
            other => other.map(str::to_string),
        };
        self.conn.execute(
            "INSERT INTO check_ins (at, mood, energy, clarity, anxiety, self_harm, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![to_db(now), mood, energy, clarity, anxiety, input.self_harm_thoughts, note],
        )?;
        Ok(CheckIn {
            id: self.conn.last_insert_rowid(),
            at: now,
            mood,
            energy,
            clarity,
            anxiety,
            self_harm_thoughts: input.self_harm_thoughts,
            note,
        })
    }

    pub fn add_phq9(&mut self, answers: &[u8], now: DateTime<Utc>) -> Result<Phq9Result> {
        let (total, band, item_nine_positive) = score_phq9(answers)?;
        let text = answers.iter().map(u8::to_string).collect::<Vec<_>>().join(",");
        self.conn.execute(
            "INSERT INTO phq9 (at, answers, total, item_nine) VALUES (?1, ?2, ?3, ?4)",
            params![to_db(now), text, total, answers[8]],
        )?;
        Ok(Phq9Result {
            id: self.conn.last_insert_rowid(),
            at: now,
            answers: answers.to_vec(),
            total,
            band,
            item_nine_positive,
        })
    }

    pub fn trend(&self, now: DateTime<Utc>) -> Result<TrendView> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, at, mood, energy, clarity, anxiety, self_harm, note FROM check_ins ORDER BY at, id")?;
        let check_ins = stmt
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get::<_, String>(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ))
            })?
            .map(|row| {
                let (id, at, mood, energy, clarity, anxiety, self_harm_thoughts, note) = row?;
                Ok(CheckIn {
                    id,
                    at: from_db(&at)?,
                    mood,
                    energy,
                    clarity,
                    anxiety,
                    self_harm_thoughts,
                    note,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let mut stmt = self.conn.prepare("SELECT id, at, answers FROM phq9 ORDER BY at, id")?;
        let phq9 = stmt
            .query_map([], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
            })?
            .map(|row| {
                let (id, at, text) = row?;
                let answers: Vec<u8> = text.split(',').filter_map(|a| a.parse().ok()).collect();
                let (total, band, item_nine_positive) = score_phq9(&answers)?;
                Ok(Phq9Result {
                    id,
                    at: from_db(&at)?,
                    answers,
                    total,
                    band,
                    item_nine_positive,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let sessions: Vec<_> = self
            .all_sessions()?
            .into_iter()
            .filter(|s| s.cancelled_at.is_none())
            .collect();
        // Days as the patient lives them: in the zone of their latest session
        // that has begun (else the first ahead), as the check-in reminders.
        let zone = sessions
            .iter()
            .filter(|s| s.start_at <= now)
            .max_by_key(|s| s.start_at)
            .or_else(|| sessions.iter().min_by_key(|s| s.start_at))
            .map_or(Ok(chrono_tz::UTC), |s| crate::basics::time::parse_zone(&s.tz))?;
        let every = i64::from(self.check_in_settings()?.phq9_every_days);
        let phq9_due = phq9.last().is_none_or(|last| phq9_due_on(last.at, every, now, zone));
        Ok(TrendView {
            check_ins,
            phq9,
            sessions: sessions.iter().map(|s| s.start_at).collect(),
            phq9_due,
        })
    }
}

/// Due on the day `every_days` after the day of the last answer, by the
/// calendar in `tz`, whatever the hour: asked for at the usual evening time
/// that day. Counting from the answer's minute instead put each one later
/// by however long answering took, until one slipped to the next day.
fn phq9_due_on(last: DateTime<Utc>, every_days: i64, now: DateTime<Utc>, tz: chrono_tz::Tz) -> bool {
    let (last, today) = (
        crate::basics::time::local_date(last, tz),
        crate::basics::time::local_date(now, tz),
    );
    (today - last).num_days() >= every_days
}
