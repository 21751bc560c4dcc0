//! The ride home: the pickup window in the driver's words, the message to
//! send them, and the printable ride card.
//!
//! All of them are rendered from one [`RideCard`], built from the session's
//! timeline, so the screen, the message, the PDF and the .ics can never
//! disagree about a time. Care sentences on the card trace to
//! shared/care-facts.md (section and guide noted beside each).

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::basics::error::Result;
use crate::basics::time;
use crate::facts::crisis::CRISIS_LINE_US;
use crate::facts::effects::{CALL_THE_CLINIC, TYPICAL_EFFECTS};
use crate::facts::model::Session;
use crate::facts::rules::NoDriving;
use crate::storage::store::Store;
pub use crate::views::pdf::Paper;

/// 24-hour or 12-hour clock, as the user's system shows times.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ClockStyle {
    #[default]
    H24,
    H12,
}

pub fn clock(at: DateTime<Utc>, tz: Tz, style: ClockStyle) -> String {
    let local = at.with_timezone(&tz);
    match style {
        ClockStyle::H24 => local.format("%H:%M").to_string(),
        ClockStyle::H12 => local.format("%-I:%M %p").to_string(),
    }
}

/// "Thursday 3 December".
pub fn day(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format("%A %-d %B").to_string()
}

/// "about 40 min", "about 4 h".
fn about(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("about {m} min"),
        (h, 0) => format!("about {h} h"),
        (h, m) => format!("about {h} h {m} min"),
    }
}

fn span(low: u32, high: u32) -> String {
    let words = |m: u32| match (m / 60, m % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    };
    if low == high {
        words(low)
    } else {
        format!("{}–{}", words(low), words(high))
    }
}

/// The session day from its own rules: what the calendar and card say.
pub fn timeline_words(rules: &crate::facts::rules::ClinicRules) -> String {
    let t = &rules.timeline;
    format!(
        "Intake {}, infusion {}, then {} of recovery before the patient can go home.",
        about(t.intake_minutes),
        about(t.infusion_minutes),
        span(t.observation_min_minutes, t.observation_max_minutes)
    )
}

/// Everything the card, the message and the calendar say about one session's ride.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RideCard {
    #[ts(type = "number")]
    pub session_id: i64,
    pub tz: String,
    pub patient_name: Option<String>,
    pub clinic_name: Option<String>,
    pub clinic_phone: Option<String>,
    pub clinic_address: Option<String>,
    pub driver_name: Option<String>,
    pub driver_phone: Option<String>,
    /// Whether the "Confirm who drives you home" item is ticked.
    pub driver_confirmed: bool,
    /// The clinic's rules for the escort, in the driver's words.
    pub escort_rules: Vec<String>,
    /// The session day in words, from the session's own timeline and rules:
    /// "Intake about 20 min, infusion about 40 min, then 1 h–3 h of recovery."
    pub timeline_words: String,
    /// The session follows Steady's typical values, not the clinic's own.
    pub typical: bool,
    pub start_at: DateTime<Utc>,
    pub pickup_from: DateTime<Utc>,
    pub pickup_until: DateTime<Utc>,
    pub drive_again_at: DateTime<Utc>,
    /// True once the patient said when the session ended.
    pub ended: bool,
    /// "Pick up Alex at Lakeside Clinic, 11:00–13:00, Thursday 3 December".
    pub pickup_words: String,
    /// "Alex may drive again from Friday 4 December, 13:00 (24 hours after the session)."
    pub drive_again_words: String,
    /// The plain-text message for the driver.
    pub message: String,
}

impl RideCard {
    pub fn new(
        session: &Session,
        patient_name: Option<&str>,
        driver_confirmed: bool,
        style: ClockStyle,
    ) -> Result<Self> {
        let tz = time::parse_zone(&session.tz)?;
        let t = &session.timeline;
        let who = patient_name.map(str::trim).filter(|n| !n.is_empty());
        let clinic = session.clinic_name.as_deref().unwrap_or("the clinic");
        let pickup_words = format!(
            "Pick up {} at {}, {}–{}, {}",
            who.unwrap_or("the patient"),
            clinic,
            clock(t.release_earliest_at, tz, style),
            clock(t.release_latest_at, tz, style),
            day(t.release_earliest_at, tz),
        );
        let rule = match session.rules.after.no_driving {
            NoDriving::Hours { hours } => format!("{hours} hours after the session"),
            NoDriving::RestOfDay => "not for the rest of the session's day".to_string(),
            NoDriving::NextMorning => "the next morning, after a night's sleep".to_string(),
        };
        let escort_rules = session.rules.escort_words();
        let drive_again_words = format!(
            "{} may drive again from {}, {} ({}), if they feel fully alert and the clinic agrees.",
            who.unwrap_or("The patient"),
            day(t.drive_again_at, tz),
            clock(t.drive_again_at, tz, style),
            rule,
        );
        let mut message = format!(
            "Hi{}! {}. The session starts at {}; the clinic usually lets patients go in that window, so please be ready to come in when they call.",
            session.driver_name.as_deref().map(|n| format!(" {n}")).unwrap_or_default(),
            pickup_words,
            clock(t.start_at, tz, style),
        );
        if let Some(address) = &session.clinic_address {
            message.push_str(&format!(" Address: {address}."));
        }
        if let Some(phone) = &session.clinic_phone {
            message.push_str(&format!(" Clinic phone: {phone}."));
        }
        for rule in &escort_rules {
            message.push_str(&format!(" {rule}"));
        }
        message.push_str(&format!(
            " After the infusion {} will be groggy and must not drive: no driving until {}, {}. Thank you!",
            if who.is_some() { "I" } else { "the patient" },
            day(t.drive_again_at, tz),
            clock(t.drive_again_at, tz, style),
        ));
        Ok(RideCard {
            session_id: session.id,
            tz: session.tz.clone(),
            patient_name: who.map(str::to_string),
            clinic_name: session.clinic_name.clone(),
            clinic_phone: session.clinic_phone.clone(),
            clinic_address: session.clinic_address.clone(),
            driver_name: session.driver_name.clone(),
            driver_phone: session.driver_phone.clone(),
            driver_confirmed,
            escort_rules,
            timeline_words: timeline_words(&session.rules),
            typical: session.protocol_name.is_none(),
            start_at: t.start_at,
            pickup_from: t.release_earliest_at,
            pickup_until: t.release_latest_at,
            drive_again_at: t.drive_again_at,
            ended: session.ended_at.is_some(),
            pickup_words,
            drive_again_words,
            message,
        })
    }
}

/// The ride card as a one-page PDF (see [`crate::pdf`] for the layout).
pub fn card_pdf(card: &RideCard, paper: Paper, style: ClockStyle) -> Result<Vec<u8>> {
    let tz = time::parse_zone(&card.tz)?;
    let mut doc = crate::views::pdf::OnePage::new("Ride home card");
    doc.line("Ride home card", 12.0, true, 0.0);
    doc.line(&card.pickup_words, 20.0, true, 8.0);
    if let Some(address) = &card.clinic_address {
        doc.line(&format!("Address: {address}"), 12.0, false, 6.0);
    }
    doc.line(
        &format!(
            "Clinic phone: {}",
            card.clinic_phone
                .as_deref()
                .unwrap_or("(not filled in: ask the clinic for it)")
        ),
        14.0,
        true,
        6.0,
    );
    doc.line(
        &format!(
            "The session starts at {}. Come within the pickup window; the clinic may call when the patient is ready.",
            clock(card.start_at, tz, style)
        ),
        12.0,
        false,
        6.0,
    );
    if !card.escort_rules.is_empty() {
        doc.line("The clinic asks the driver", 14.0, true, 16.0);
        for rule in &card.escort_rules {
            doc.line(&format!("- {rule}"), 12.0, false, 3.0);
        }
    }
    doc.line("No driving", 14.0, true, 16.0);
    doc.line(&card.drive_again_words, 12.0, false, 4.0);
    doc.line(
        "What the patient may feel (typical; the clinic may say otherwise)",
        14.0,
        true,
        16.0,
    );
    for (effect, how_long) in TYPICAL_EFFECTS {
        doc.line(&format!("- {effect}: {how_long}."), 12.0, false, 3.0);
    }
    doc.line("Call the clinic if", 14.0, true, 16.0);
    for flag in CALL_THE_CLINIC {
        doc.line(&format!("- {flag}"), 12.0, false, 3.0);
    }
    doc.line(CRISIS_LINE_US, 12.0, true, 8.0);
    doc.line(
        "Typical values from public patient guides (Steady's care facts). Not medical advice: the clinic's instructions come first.",
        9.0,
        false,
        18.0,
    );
    Ok(doc.finish(paper))
}

impl Store {
    pub fn set_driver_confirmed(&mut self, session_id: i64, confirmed: bool, now: DateTime<Utc>) -> Result<RideCard> {
        let item = self.confirm_driver_item(session_id)?.ok_or_else(|| {
            crate::Error::invalid(
                "session_id",
                "This session has no \"Confirm who drives you home\" item.",
            )
        })?;
        self.set_item_done(item.id, confirmed, now)?;
        self.ride_card(session_id, ClockStyle::H24)
    }

    /// The ride card of one session.
    pub fn ride_card(&self, session_id: i64, style: ClockStyle) -> Result<RideCard> {
        let session = self.session(session_id)?;
        let confirmed = self.confirm_driver_item(session_id)?.is_some_and(|item| item.is_done());
        RideCard::new(&session, self.patient_name()?.as_deref(), confirmed, style)
    }

    /// Ride cards of every session, for the whole course's calendar.
    pub fn all_ride_cards(&self, style: ClockStyle) -> Result<Vec<RideCard>> {
        self.all_sessions()?
            .iter()
            .map(|s| self.ride_card(s.id, style))
            .collect()
    }
}

/// Where an export was written.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ExportedFile {
    pub path: String,
}

/// Writes `bytes` to `path` whole or not at all (a temporary file renamed
/// into place), so a crash never leaves half a calendar file.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(
        ".{}.part",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("steady")
    ));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)?;
    Ok(())
}

/// A file name for a session's export: "steady-ride-card-2026-12-03.pdf".
pub fn file_name(kind: &str, card: &RideCard, extension: &str) -> String {
    let tz = time::parse_zone(&card.tz).unwrap_or(chrono_tz::UTC);
    format!(
        "steady-{kind}-{}.{extension}",
        card.start_at.with_timezone(&tz).format("%Y-%m-%d")
    )
}
