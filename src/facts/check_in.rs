//! What the patient records after a session: an effect they feel, a daily
//! check-in, a PHQ-9 and its score (Kroenke, Spitzer & Williams 2001;
//! care-facts "From other public sources"). The questions' words are in the
//! catalogue (`care.ftl`: `check-in-*`, `phq9-*`), which the check-in
//! screen reads.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::basics::error::{Error, Result};
use crate::facts::model::SessionId;

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

    /// The band in the current language's words: "moderately severe".
    pub fn words(self) -> String {
        match self {
            Phq9Band::Minimal => crate::t!("phq9-band", band = "minimal"),
            Phq9Band::Mild => crate::t!("phq9-band", band = "mild"),
            Phq9Band::Moderate => crate::t!("phq9-band", band = "moderate"),
            Phq9Band::ModeratelySevere => crate::t!("phq9-band", band = "moderately_severe"),
            Phq9Band::Severe => crate::t!("phq9-band", band = "severe"),
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
            crate::t!("error-phq9-answer-count", count = answers.len()),
        ));
    }
    if let Some(bad) = answers.iter().find(|&&a| a > 3) {
        return Err(Error::invalid(
            "answers",
            crate::t!("error-phq9-answer-range", answer = *bad),
        ));
    }
    let total: u8 = answers.iter().sum();
    Ok((total, Phq9Band::of(total), answers[8] > 0))
}
