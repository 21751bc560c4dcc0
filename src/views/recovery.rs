//! After the infusion: the usual after-effects and when each usually eases,
//! what the patient logs, the red-flag rules, daily check-ins, the PHQ-9,
//! and the trend over the course.
//!
//! Durations come from shared/care-facts.md ("Side effects and how long they
//! usually last", guide 001 unless noted). Where the guide says "a few hours"
//! Steady reads 4 hours, and "several hours" 6 hours, so "usually eases by"
//! can show a time; both readings are marked typical on screen.
//!
//! Check-ins are the most sensitive data Steady holds: they stay in the local
//! database and leave it only through an export the user starts.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::{Session, SessionId};
use crate::store::{delete_setting, get_setting, put_setting, Store};
use crate::time::{from_db, to_db};

/// A usual after-effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Effect {
    pub key: &'static str,
    pub name: &'static str,
    /// How long it usually lasts, in the guide's words.
    pub usually: &'static str,
    /// The upper end of that, in minutes after the session's end.
    pub usual_minutes: u32,
    pub source: &'static str,
    /// Rare, and lasting longer (a day or two).
    pub rare: bool,
}

pub const EFFECTS: &[Effect] = &[
    Effect {
        key: "dizziness",
        name: "Dizziness or disorientation",
        usually: "1–2 hours",
        usual_minutes: 120,
        source: "Side effects · 001",
        rare: false,
    },
    Effect {
        key: "dissociation",
        name: "Feeling detached, things look or sound different",
        usually: "1–2 hours",
        usual_minutes: 120,
        source: "Side effects · 001",
        rare: false,
    },
    Effect {
        key: "blood_pressure",
        name: "Racing heart or raised blood pressure",
        usually: "30–60 minutes",
        usual_minutes: 60,
        source: "Side effects · 001",
        rare: false,
    },
    Effect {
        key: "nausea",
        name: "Nausea",
        usually: "a few hours",
        usual_minutes: 240,
        source: "Side effects · 001",
        rare: false,
    },
    Effect {
        key: "headache_fatigue",
        name: "Headache or tiredness",
        usually: "a few hours",
        usual_minutes: 240,
        source: "Side effects · 000",
        rare: false,
    },
    Effect {
        key: "grogginess",
        name: "Groggy, unsteady when standing",
        usually: "several hours",
        usual_minutes: 360,
        source: "After the session · 000, 002",
        rare: false,
    },
    Effect {
        key: "mood_swings",
        name: "Mild headache or mood swings (rare)",
        usually: "a day or two",
        usual_minutes: 48 * 60,
        source: "Side effects · 001",
        rare: true,
    },
];

pub fn effect(key: &str) -> Option<&'static Effect> {
    EFFECTS.iter().find(|e| e.key == key)
}

/// Groggy mode runs from the infusion's start until this long after the
/// session's end: "grogginess or disorientation for several hours" (000, 002).
pub const GROGGY_HOURS_AFTER_END: i64 = 6;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct EffectLog {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub session_id: SessionId,
    pub effect: String,
    pub strength: u8,
    pub at: DateTime<Utc>,
}

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

/// Whom to call. The crisis line and emergency number are the user's
/// setting; the default comes from the region where care-facts names them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Contacts {
    pub clinic_name: Option<String>,
    pub clinic_phone: Option<String>,
    pub crisis_line: Option<String>,
    pub emergency_number: Option<String>,
}

/// Crisis numbers known for a region (care-facts "From other public sources":
/// US 988 and 911). Elsewhere Steady says honestly that the user should set them.
pub fn default_numbers(region: &str) -> (Option<String>, Option<String>) {
    match region.to_ascii_uppercase().as_str() {
        "US" => (
            Some("988 (call or text, Suicide & Crisis Lifeline)".into()),
            Some("911".into()),
        ),
        _ => (None, None),
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RecoveryView {
    pub session: Session,
    pub end_at: DateTime<Utc>,
    pub effects: Vec<EffectStatus>,
    pub red_flags: Vec<RedFlag>,
    pub contacts: Contacts,
}

// ---- check-ins and PHQ-9 ----

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct NewCheckIn {
    pub mood: u8,
    pub energy: u8,
    pub clarity: u8,
    pub anxiety: u8,
    pub self_harm_thoughts: bool,
    #[ts(optional)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CheckIn {
    #[ts(type = "number")]
    pub id: i64,
    pub at: DateTime<Utc>,
    pub mood: u8,
    pub energy: u8,
    pub clarity: u8,
    pub anxiety: u8,
    pub self_harm_thoughts: bool,
    pub note: Option<String>,
}

/// PHQ-9 severity bands (Kroenke, Spitzer & Williams 2001; care-facts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Phq9Band {
    Minimal,
    Mild,
    Moderate,
    ModeratelySevere,
    Severe,
}

impl Phq9Band {
    pub fn of(total: u8) -> Phq9Band {
        match total {
            0..=4 => Phq9Band::Minimal,
            5..=9 => Phq9Band::Mild,
            10..=14 => Phq9Band::Moderate,
            15..=19 => Phq9Band::ModeratelySevere,
            _ => Phq9Band::Severe,
        }
    }

    pub fn words(self) -> &'static str {
        match self {
            Phq9Band::Minimal => "minimal",
            Phq9Band::Mild => "mild",
            Phq9Band::Moderate => "moderate",
            Phq9Band::ModeratelySevere => "moderately severe",
            Phq9Band::Severe => "severe",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Phq9Result {
    #[ts(type = "number")]
    pub id: i64,
    pub at: DateTime<Utc>,
    pub answers: Vec<u8>,
    pub total: u8,
    pub band: Phq9Band,
    /// Item 9 (thoughts of self-harm) above 0: the crisis panel shows at once.
    pub item_nine_positive: bool,
}

/// Scores nine answers of 0-3. Refuses anything else.
pub fn score_phq9(answers: &[u8]) -> Result<(u8, Phq9Band, bool)> {
    if answers.len() != 9 {
        return Err(Error::invalid(
            "answers",
            format!("The PHQ-9 has nine questions; {} answers were given.", answers.len()),
        ));
    }
    if let Some(bad) = answers.iter().find(|&&a| a > 3) {
        return Err(Error::invalid(
            "answers",
            format!("Each answer is 0 to 3; {bad} was given."),
        ));
    }
    let total: u8 = answers.iter().sum();
    Ok((total, Phq9Band::of(total), answers[8] > 0))
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TrendView {
    pub check_ins: Vec<CheckIn>,
    pub phq9: Vec<Phq9Result>,
    /// Session starts, to mark on the chart.
    pub sessions: Vec<DateTime<Utc>>,
    /// Whether a PHQ-9 is due (none in the last 7 days).
    pub phq9_due: bool,
}

/// The red flags among these logs and answers at `now`.
pub fn red_flags(statuses: &[EffectStatus], recent_self_harm: bool, recent_item_nine: bool) -> Vec<RedFlag> {
    let mut flags: Vec<RedFlag> = statuses
        .iter()
        .filter(|s| s.outlasting)
        .map(|s| RedFlag::Outlasting {
            effect: s.effect.name.to_string(),
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

/// How far back a "yes" to self-harm keeps the crisis panel in view.
const SELF_HARM_WINDOW_HOURS: i64 = 24;

fn scale(field: &'static str, value: u8) -> Result<u8> {
    if value > 10 {
        return Err(Error::invalid(
            field,
            format!("Choose from 0 to 10; {value} was given."),
        ));
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
            .ok_or_else(|| Error::invalid("effect", format!("\"{effect_key}\" is not one of the listed effects.")))?;
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

    fn effect_logs(&self, session_id: SessionId) -> Result<Vec<EffectLog>> {
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

    pub fn contacts(&self, session: &Session) -> Result<Contacts> {
        let get = |key: &str| get_setting(&self.conn, key);
        Ok(Contacts {
            clinic_name: session.clinic_name.clone(),
            clinic_phone: session.clinic_phone.clone(),
            crisis_line: get("crisis_line")?,
            emergency_number: get("emergency_number")?,
        })
    }

    /// Sets the crisis line and emergency number; empty clears.
    pub fn set_crisis_numbers(&mut self, crisis_line: Option<&str>, emergency_number: Option<&str>) -> Result<()> {
        let tx = self.conn.transaction()?;
        for (key, value) in [("crisis_line", crisis_line), ("emergency_number", emergency_number)] {
            match value.map(str::trim).filter(|v| !v.is_empty()) {
                Some(v) if v.chars().count() > 80 || v.chars().any(char::is_control) => {
                    return Err(Error::invalid(
                        if key == "crisis_line" {
                            "crisis_line"
                        } else {
                            "emergency_number"
                        },
                        "Please enter a short number or name (at most 80 characters).",
                    ));
                }
                Some(v) => put_setting(&tx, key, v)?,
                None => delete_setting(&tx, key)?,
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Fills in the crisis numbers known for `region` when the user has set none.
    pub fn default_crisis_numbers(&mut self, region: &str) -> Result<()> {
        let has_any: Option<String> = self
            .conn
            .query_row("SELECT value FROM settings WHERE key IN ('crisis_line', 'emergency_number', 'crisis_numbers_seeded') LIMIT 1", [], |r| r.get(0))
            .optional()?;
        if has_any.is_some() {
            return Ok(());
        }
        let (crisis, emergency) = default_numbers(region);
        self.set_crisis_numbers(crisis.as_deref(), emergency.as_deref())?;
        put_setting(&self.conn, "crisis_numbers_seeded", region)
    }

    pub fn recovery_view(&self, session_id: SessionId, now: DateTime<Utc>) -> Result<RecoveryView> {
        let session = self.session(session_id)?;
        let end_at = session.timeline.end_at;
        let logs = self.effect_logs(session_id)?;
        let effects: Vec<EffectStatus> = EFFECTS
            .iter()
            .map(|effect| {
                let eases_by = end_at + Duration::minutes(i64::from(effect.usual_minutes));
                let latest = logs.iter().rev().find(|l| l.effect == effect.key).cloned();
                let outlasting = logs
                    .iter()
                    .any(|l| l.effect == effect.key && l.strength > 0 && l.at > eases_by);
                EffectStatus {
                    effect: *effect,
                    eases_by,
                    latest,
                    outlasting,
                }
            })
            .collect();
        let since = now - Duration::hours(SELF_HARM_WINDOW_HOURS);
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
        Ok(RecoveryView {
            session,
            end_at,
            effects,
            red_flags,
            contacts,
        })
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
                return Err(Error::invalid("note", "A note can be at most 2000 characters."))
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
        let sessions = self
            .all_sessions()?
            .into_iter()
            .filter(|s| s.cancelled_at.is_none())
            .map(|s| s.start_at)
            .collect();
        let phq9_due = phq9.last().is_none_or(|last| now - last.at >= Duration::days(7));
        Ok(TrendView {
            check_ins,
            phq9,
            sessions,
            phq9_due,
        })
    }

    /// Check-ins and PHQ-9 results as CSV, for the user to take to an appointment.
    pub fn check_ins_csv(&self, now: DateTime<Utc>) -> Result<String> {
        let trend = self.trend(now)?;
        let mut csv =
            String::from("kind,date_utc,mood,energy,clarity,anxiety,self_harm_thoughts,phq9_total,phq9_band,note\r\n");
        let quote = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
        for c in &trend.check_ins {
            csv.push_str(&format!(
                "check_in,{},{},{},{},{},{},,,{}\r\n",
                to_db(c.at),
                c.mood,
                c.energy,
                c.clarity,
                c.anxiety,
                if c.self_harm_thoughts { "yes" } else { "no" },
                c.note.as_deref().map(quote).unwrap_or_default()
            ));
        }
        for p in &trend.phq9 {
            csv.push_str(&format!(
                "phq9,{},,,,,,{},{},\r\n",
                to_db(p.at),
                p.total,
                p.band.words()
            ));
        }
        Ok(csv)
    }

    /// Whether Today should switch to the simplified groggy screen at `now`.
    pub fn groggy_now(&self, session: &Session, now: DateTime<Utc>) -> Result<bool> {
        if !self.groggy_mode_enabled()? {
            return Ok(false);
        }
        let from = session.timeline.infusion_start_at;
        let until = session.timeline.end_at + Duration::hours(GROGGY_HOURS_AFTER_END);
        Ok(from <= now && now < until)
    }

    pub fn set_groggy_mode(&mut self, enabled: bool) -> Result<()> {
        set_switch(&self.conn, "groggy_mode_off", enabled)
    }

    pub fn groggy_mode_enabled(&self) -> Result<bool> {
        Ok(get_setting(&self.conn, "groggy_mode_off")?.is_none())
    }
}

/// A one-page summary of check-ins and PHQ-9 results for the next appointment.
pub fn summary_pdf(trend: &TrendView, tz: chrono_tz::Tz, paper: crate::pdf::Paper) -> Vec<u8> {
    let day = |at: DateTime<Utc>| at.with_timezone(&tz).format("%a %-d %b %Y").to_string();
    let mut doc = crate::pdf::OnePage::new("Steady check-in summary");
    doc.line("How I have been: check-ins and PHQ-9", 18.0, true, 0.0);
    doc.line("Self-reports recorded in Steady. Not a diagnosis.", 10.0, false, 4.0);
    doc.line("Sessions", 14.0, true, 14.0);
    let sessions: Vec<String> = trend.sessions.iter().map(|s| day(*s)).collect();
    doc.line(
        if sessions.is_empty() { "None recorded." } else { "" },
        11.0,
        false,
        2.0,
    );
    if !sessions.is_empty() {
        doc.line(&sessions.join(", "), 11.0, false, 2.0);
    }
    doc.line(
        "PHQ-9 (0-27; bands: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe)",
        14.0,
        true,
        14.0,
    );
    if trend.phq9.is_empty() {
        doc.line("No PHQ-9 recorded.", 11.0, false, 2.0);
    }
    for p in trend.phq9.iter().rev().take(8).rev() {
        let nine = if p.item_nine_positive {
            "; item 9 answered above 0"
        } else {
            ""
        };
        doc.line(
            &format!("{}: {} ({}){nine}", day(p.at), p.total, p.band.words()),
            11.0,
            false,
            2.0,
        );
    }
    doc.line("Daily check-ins by week (averages, 0-10)", 14.0, true, 14.0);
    if trend.check_ins.is_empty() {
        doc.line("No check-ins recorded.", 11.0, false, 2.0);
    }
    let mut weeks: Vec<(chrono::NaiveDate, Vec<&CheckIn>)> = Vec::new();
    for c in &trend.check_ins {
        let date = c.at.with_timezone(&tz).date_naive();
        let monday = date - Duration::days(i64::from(chrono::Datelike::weekday(&date).num_days_from_monday()));
        match weeks.last_mut() {
            Some((week, list)) if *week == monday => list.push(c),
            _ => weeks.push((monday, vec![c])),
        }
    }
    for (monday, list) in weeks.iter().rev().take(12).rev() {
        let avg = |f: fn(&CheckIn) -> u8| list.iter().map(|c| f(c) as f32).sum::<f32>() / list.len() as f32;
        let yes = list.iter().filter(|c| c.self_harm_thoughts).count();
        doc.line(
            &format!(
                "Week of {}: mood {:.1}, energy {:.1}, clarity {:.1}, anxiety {:.1} ({} check-ins{})",
                monday.format("%-d %b"),
                avg(|c| c.mood),
                avg(|c| c.energy),
                avg(|c| c.clarity),
                avg(|c| c.anxiety),
                list.len(),
                if yes > 0 {
                    format!("; thoughts of self-harm reported {yes}x")
                } else {
                    String::new()
                }
            ),
            11.0,
            false,
            2.0,
        );
    }
    doc.line(
        "PHQ-9: Kroenke, Spitzer & Williams 2001 (public domain questionnaire).",
        9.0,
        false,
        16.0,
    );
    doc.finish(paper)
}

// ---- check-in reminders ----

/// Check-in reminders run from a session's end until this long after it:
/// "one infusion's benefit lasts days to weeks, often 1-4 weeks" (care-facts, 003).
pub const CHECK_IN_WEEKS_AFTER_SESSION: i64 = 4;
/// The evening check-in comes at this local time unless the user chose another.
pub const CHECK_IN_DEFAULT_TIME: &str = "19:00";

/// A check-in reminder that is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutineDue {
    /// Settings key that records it was sent, and the local date it was for.
    pub key: &'static str,
    pub date: chrono::NaiveDate,
    pub title: &'static str,
    pub body: &'static str,
}

impl Store {
    /// The check-in reminders due at `now`, and when the next one comes.
    /// The zone is the latest session's; the window is the course's.
    pub fn routine_reminders(&self, now: DateTime<Utc>) -> Result<(Vec<RoutineDue>, Option<DateTime<Utc>>)> {
        if !self.check_in_reminders_enabled()? {
            return Ok((vec![], None));
        }
        let sessions: Vec<Session> = self
            .all_sessions()?
            .into_iter()
            .filter(|s| s.cancelled_at.is_none())
            .collect();
        let Some(last_ended) = sessions
            .iter()
            .filter(|s| s.timeline.end_at <= now)
            .max_by_key(|s| s.timeline.end_at)
        else {
            // No session has ended yet; the first one's end starts the window.
            let next = sessions.iter().map(|s| s.timeline.end_at).filter(|at| *at > now).min();
            return Ok((vec![], next));
        };
        if now > last_ended.timeline.end_at + Duration::weeks(CHECK_IN_WEEKS_AFTER_SESSION) {
            return Ok((
                vec![],
                sessions.iter().map(|s| s.timeline.end_at).filter(|at| *at > now).min(),
            ));
        }
        let tz = crate::time::parse_zone(&last_ended.tz)?;
        let minute = self.check_in_minute()?;
        let today = crate::time::local_date(now, tz);
        let at_today = crate::time::at_local_clock(now, tz, 0, minute);
        let next_wake = if now < at_today {
            at_today
        } else {
            crate::time::at_local_clock(now, tz, 1, minute)
        };
        if now < at_today {
            return Ok((vec![], Some(next_wake)));
        }
        let mut due = Vec::new();
        let sent_today =
            |key: &str| -> Result<bool> { Ok(get_setting(&self.conn, key)?.as_deref() == Some(&today.to_string())) };
        let trend = self.trend(now)?;
        let checked_in_today = trend
            .check_ins
            .iter()
            .any(|c| crate::time::local_date(c.at, tz) == today);
        if !checked_in_today && !sent_today("check_in_reminder_sent")? {
            due.push(RoutineDue {
                key: "check_in_reminder_sent",
                date: today,
                title: "How are you today?",
                body: "A one-minute check-in helps you and your clinic see how the treatment is going.",
            });
        }
        let last_phq_sent =
            get_setting(&self.conn, "phq9_reminder_sent")?.and_then(|d| d.parse::<chrono::NaiveDate>().ok());
        let phq_sent_recently = last_phq_sent.is_some_and(|d| (today - d).num_days() < 7);
        if trend.phq9_due && !phq_sent_recently {
            due.push(RoutineDue {
                key: "phq9_reminder_sent",
                date: today,
                title: "Weekly questionnaire",
                body: "The PHQ-9 takes about two minutes. It shows how you have been over the last two weeks.",
            });
        }
        Ok((due, Some(next_wake)))
    }

    /// When the daily check-in reminder will come over the next `days` days
    /// (today's included if it is still ahead), by local date: what a locked
    /// Steady needs to know to nudge without reading anything else. The same
    /// window and clock as [`Store::routine_reminders`].
    pub fn check_in_times(&self, now: DateTime<Utc>, days: i64) -> Result<Vec<(chrono::NaiveDate, DateTime<Utc>)>> {
        if !self.check_in_reminders_enabled()? {
            return Ok(vec![]);
        }
        let ends: Vec<(DateTime<Utc>, String)> = self
            .all_sessions()?
            .into_iter()
            .filter(|s| s.cancelled_at.is_none())
            .map(|s| (s.timeline.end_at, s.tz))
            .collect();
        let minute = self.check_in_minute()?;
        let mut times = Vec::new();
        let sent = get_setting(&self.conn, "check_in_reminder_sent")?;
        for offset in 0..=days {
            // The zone of the session the day falls after, as the reminder itself does.
            let Some(tz_name) = ends
                .iter()
                .filter(|(end, _)| *end <= now + Duration::days(offset + 1))
                .max_by_key(|(end, _)| *end)
                .map(|(_, tz)| tz.clone())
            else {
                continue;
            };
            let tz = crate::time::parse_zone(&tz_name)?;
            let at = crate::time::at_local_clock(now, tz, offset as i32, minute);
            let in_window = ends
                .iter()
                .any(|(end, _)| *end <= at && at <= *end + Duration::weeks(CHECK_IN_WEEKS_AFTER_SESSION));
            let date = crate::time::local_date(at, tz);
            if at > now && in_window && sent.as_deref() != Some(&date.to_string()) {
                times.push((date, at));
            }
        }
        Ok(times)
    }

    fn check_in_minute(&self) -> Result<u32> {
        let clock = get_setting(&self.conn, "check_in_time")?.unwrap_or_else(|| CHECK_IN_DEFAULT_TIME.to_string());
        Ok(chrono::NaiveTime::parse_from_str(&clock, "%H:%M")
            .map(|t| {
                use chrono::Timelike;
                t.hour() * 60 + t.minute()
            })
            .unwrap_or(19 * 60))
    }

    /// A locked Steady sent the check-in reminder of `date`: it is not sent again.
    pub fn record_check_in_reminder_sent(&mut self, date: chrono::NaiveDate) -> Result<()> {
        let newer = get_setting(&self.conn, "check_in_reminder_sent")?
            .and_then(|d| d.parse::<chrono::NaiveDate>().ok())
            .is_some_and(|d| d >= date);
        if !newer {
            put_setting(&self.conn, "check_in_reminder_sent", &date.to_string())?;
        }
        Ok(())
    }

    /// Records that a routine reminder was sent for its date; false when it
    /// already was (another process, or an earlier pass), so it fires once.
    pub fn record_routine(&mut self, due: &RoutineDue) -> Result<bool> {
        let date = due.date.to_string();
        let changed = self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE settings.value <> excluded.value",
            params![due.key, date],
        )?;
        Ok(changed == 1)
    }
}

impl Store {
    pub fn set_check_in_reminders(&mut self, enabled: bool) -> Result<bool> {
        set_switch(&self.conn, "check_in_reminders_off", enabled)?;
        Ok(enabled)
    }

    pub fn check_in_reminders_enabled(&self) -> Result<bool> {
        Ok(get_setting(&self.conn, "check_in_reminders_off")?.is_none())
    }
}

/// A feature that is on unless `off_key` is set: turning it on removes the key.
fn set_switch(conn: &rusqlite::Connection, off_key: &str, enabled: bool) -> Result<()> {
    if enabled {
        delete_setting(conn, off_key)
    } else {
        put_setting(conn, off_key, "1")
    }
}
