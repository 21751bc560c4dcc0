//! The ride home: the pickup window in the driver's words, the message to
//! send them, the driver's own checklist, the QR codes for their phone, and
//! the printable ride card (views/ride_card_pdf.rs).
//!
//! All of them are rendered from one [`RideCard`], built from the session's
//! timeline, so the screen, the message, the PDF and the .ics can never
//! disagree about a time. Care sentences on the card trace to
//! shared/care-facts.md (section and guide noted beside each).
//!
//! A card has its own language, picked when sending (a Spanish-speaking
//! driver for a German patient is common): [`RideCard::new`] writes every
//! word and date of it inside [`i18n::with_language`], and the PDF, the
//! message and the calendar file only lay out what it wrote. The crisis
//! numbers keep following the patient's country, not the language.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use ts_rs::TS;

use crate::basics::error::{Error, Result};
use crate::basics::i18n::{self, Messages, TextDirection};
use crate::basics::locale::TimeStyle;
use crate::basics::time;
use crate::facts::crisis::CrisisNumbers;
use crate::facts::model::Session;
use crate::facts::ride_home::WayHome;
use crate::facts::rules::RedFlagRule;
use crate::storage::store::Store;
use crate::views::ics::Event;
pub use crate::views::pdf::Paper;
use crate::views::qr::{QrMatrix, RideQr};
pub use crate::views::ride_words::{isolate, timeline_words, DriverSteps, RideCardWords};

/// Everything the card, the message and the calendar say about one session's ride.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RideCard {
    #[ts(type = "number")]
    pub session_id: i64,
    /// The language every word of this card is in (a catalogue tag: "es"),
    /// the driver's when one was chosen, else the patient's.
    pub language: String,
    /// Its direction, for showing the card and the message as written.
    pub dir: TextDirection,
    pub tz: String,
    pub patient_name: Option<String>,
    pub clinic_name: Option<String>,
    pub clinic_phone: Option<String>,
    pub clinic_address: Option<String>,
    pub driver_name: Option<String>,
    pub driver_phone: Option<String>,
    pub driver_email: Option<String>,
    /// The patient's note to the driver.
    pub driver_note: Option<String>,
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
    /// "18:00" on the session's clock, in the system's style.
    pub start_words: String,
    /// "19:40–21:40": the pickup window, for large type.
    pub window_words: String,
    /// "Thursday 3 December", the pickup's day.
    pub day_words: String,
    /// "Pick up Alex at Lakeside Clinic, 11:00–13:00, Thursday 3 December".
    pub pickup_words: String,
    /// "Alex may drive again from Friday 4 December, 13:00 (24 hours after the session)."
    pub drive_again_words: String,
    /// "Fri 4 Dec, 13:00".
    pub drive_again_short: String,
    /// What the patient may feel on the way home, and how to help (care-facts).
    pub on_the_way_home: Vec<WayHome>,
    /// When to call whom: the clinic's list, or care-facts' red flags.
    pub call_whom: Vec<RedFlagRule>,
    pub call_whom_from_clinic: bool,
    /// The crisis and emergency numbers for the patient's country (the
    /// country's, whatever the card's language).
    pub crisis: CrisisNumbers,
    /// The driver's own checklist: the day before, on the day, after.
    pub driver_steps: Vec<DriverSteps>,
    /// The plain-text message for the driver.
    pub message: String,
    /// The card's other words: headings, labels, the calendar's events.
    pub words: RideCardWords,
    /// The calendar event for the driver's phone (a VEVENT) and the pickup
    /// in words, each as a QR code.
    pub qr: Vec<RideQr>,
}

impl RideCard {
    /// The card of `session`, every word in `language` (the driver's; the
    /// patient's is [`i18n::current`]). Dates and times too: the month and
    /// day names come from the same catalogue.
    pub fn new(
        session: &Session,
        patient_name: Option<&str>,
        driver_confirmed: bool,
        style: TimeStyle,
        crisis: CrisisNumbers,
        language: &Messages,
    ) -> Result<Self> {
        // Whatever can fail does so outside the language's scope: the error
        // is for the patient, in theirs.
        let tz = time::parse_zone(&session.tz)?;
        let written = i18n::with_language(language, || {
            crate::views::ride_words::write(session, patient_name, style, &crisis, tz)
        });
        let t = &session.timeline;
        let mut card = RideCard {
            session_id: session.id,
            language: language.tag().to_string(),
            dir: language.dir(),
            tz: session.tz.clone(),
            patient_name: patient_name
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_string),
            clinic_name: session.clinic_name.clone(),
            clinic_phone: session.clinic_phone.clone(),
            clinic_address: session.clinic_address.clone(),
            driver_name: session.driver_name.clone(),
            driver_phone: session.driver_phone.clone(),
            driver_email: session.driver_email.clone(),
            driver_note: session.driver_note.clone(),
            driver_confirmed,
            escort_rules: written.escort_rules,
            timeline_words: written.timeline_words,
            typical: session.protocol_name.is_none(),
            start_at: t.start_at,
            pickup_from: t.release_earliest_at,
            pickup_until: t.release_latest_at,
            drive_again_at: t.drive_again_at,
            ended: session.ended_at.is_some(),
            start_words: written.start_words,
            window_words: written.window_words,
            day_words: written.day_words,
            pickup_words: written.pickup_words,
            drive_again_words: written.drive_again_words,
            drive_again_short: written.drive_again_short,
            on_the_way_home: written.on_the_way_home,
            call_whom: written.call_whom,
            call_whom_from_clinic: written.call_whom_from_clinic,
            crisis,
            driver_steps: written.driver_steps,
            message: written.message,
            words: written.words,
            qr: Vec::new(),
        };
        card.qr = ride_qr_codes(&card)?;
        Ok(card)
    }

    /// The pickup in a few lines, for a phone without calendar support.
    pub fn pickup_text(&self) -> String {
        self.words.pickup_text.clone()
    }
}

/// The events of one ride card: the session, the pickup window, and the end
/// of the no-driving time, each with an alarm so they remind even where
/// Steady is not running. Times are written in UTC, which every calendar
/// shows in its own zone, so no VTIMEZONE is needed.
pub fn events(card: &RideCard) -> Vec<Event<'_>> {
    let id = card.session_id;
    vec![
        Event {
            uid: format!("steady-session-{id}@steady.local"),
            summary: card.words.session_summary.clone(),
            description: card.words.session_description.clone(),
            location: card.clinic_address.as_deref().or(card.clinic_name.as_deref()),
            start: card.start_at,
            end: card.pickup_until,
            alarm_minutes_before: 60,
        },
        Event {
            uid: format!("steady-pickup-{id}@steady.local"),
            summary: card.pickup_words.clone(),
            description: card.words.pickup_description.clone(),
            location: card.clinic_address.as_deref().or(card.clinic_name.as_deref()),
            start: card.pickup_from,
            end: card.pickup_until,
            alarm_minutes_before: 30,
        },
        Event {
            uid: format!("steady-drive-again-{id}@steady.local"),
            summary: card.words.drive_again_summary.clone(),
            description: card.drive_again_words.clone(),
            location: None,
            start: card.drive_again_at,
            // Not a care number: the calendar event's length, a moment.
            end: card.drive_again_at + Duration::minutes(15),
            alarm_minutes_before: 0,
        },
    ]
}

/// The calendar file for these cards: each card's three events.
pub fn calendar_file(cards: &[RideCard], now: DateTime<Utc>) -> String {
    let all: Vec<Event<'_>> = cards.iter().flat_map(events).collect();
    crate::views::ics::calendar(&all, now)
}

/// One calendar file for a driver: the pickup of every session they drive
/// (the same driver's name, ignoring case and spaces around it), for a
/// course of sessions. None when they drive none of `cards`.
pub fn driver_calendar(cards: &[RideCard], driver: &str, now: DateTime<Utc>) -> Option<String> {
    let same = |name: &Option<String>| {
        name.as_deref()
            .is_some_and(|n| n.trim().eq_ignore_ascii_case(driver.trim()))
    };
    let pickups: Vec<Event<'_>> = cards
        .iter()
        .filter(|card| same(&card.driver_name))
        .map(|card| events(card).swap_remove(1))
        .collect();
    (!pickups.is_empty()).then(|| crate::views::ics::calendar(&pickups, now))
}

/// The pickup alone as one VEVENT, for the QR code a phone camera turns
/// into a calendar entry (the form phone readers look for). Its DTSTAMP is
/// the session's start, so the same card always gives the same code.
/// It says less than the calendar file's pickup (the time is in DTSTART) so
/// the code stays coarse enough for a phone to read from paper.
pub fn pickup_event(card: &RideCard) -> String {
    let pickup = Event {
        uid: format!("steady-pickup-{}", card.session_id),
        summary: card.words.pickup_event_summary.clone(),
        description: card.words.pickup_event_description.clone(),
        location: card.clinic_address.as_deref().or(card.clinic_name.as_deref()),
        start: card.pickup_from,
        end: card.pickup_until,
        alarm_minutes_before: 30,
    };
    let mut out = String::new();
    crate::views::ics::write_event(&pickup, card.start_at, &mut out);
    out
}

/// The two codes: the calendar event, and the pickup in words.
fn ride_qr_codes(card: &RideCard) -> Result<Vec<RideQr>> {
    let event = pickup_event(card);
    let text = card.pickup_text();
    let words = &card.words;
    Ok(vec![
        RideQr {
            label: words.qr_calendar_label.clone(),
            caption: words.qr_calendar_caption.clone(),
            svg: QrMatrix::new(&event)?.svg(&words.qr_calendar_title),
            content: event,
        },
        RideQr {
            label: words.qr_text_label.clone(),
            caption: words.qr_text_caption.clone(),
            svg: QrMatrix::new(&text)?.svg(&words.qr_text_title),
            content: text,
        },
    ])
}

/// The language a driver's document is written in: `tag` ("es", "pt-BR"),
/// or the patient's when None.
pub fn document_language(tag: Option<&str>) -> Result<Messages> {
    match tag.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(i18n::current()),
        Some(tag) => i18n::best_match(tag)
            .map(Messages::of)
            .ok_or_else(|| Error::invalid("language", crate::t!("error-language-unknown", tag = tag))),
    }
}

impl Store {
    pub fn set_driver_confirmed(
        &mut self,
        session_id: i64,
        confirmed: bool,
        now: DateTime<Utc>,
        style: TimeStyle,
    ) -> Result<RideCard> {
        let item = self
            .confirm_driver_item(session_id)?
            .ok_or_else(|| crate::Error::invalid("session_id", crate::t!("error-ride-no-confirm-item")))?;
        self.set_item_done(item.id, confirmed, now)?;
        self.ride_card(session_id, style)
    }

    /// The ride card of one session, in the patient's language.
    pub fn ride_card(&self, session_id: i64, style: TimeStyle) -> Result<RideCard> {
        self.ride_card_in(session_id, style, None)
    }

    /// The ride card of one session in `language` (a catalogue tag, the
    /// driver's: "es"), or the patient's when None. The crisis numbers stay
    /// the patient's country's; only their words change.
    pub fn ride_card_in(&self, session_id: i64, style: TimeStyle, language: Option<&str>) -> Result<RideCard> {
        let language = document_language(language)?;
        let session = self.session(session_id)?;
        let confirmed = self.confirm_driver_item(session_id)?.is_some_and(|item| item.is_done());
        let crisis = i18n::with_language(&language, || self.crisis_numbers())?;
        RideCard::new(
            &session,
            self.patient_name()?.as_deref(),
            confirmed,
            style,
            crisis,
            &language,
        )
    }

    /// Ride cards of every session, for the whole course's calendar.
    pub fn all_ride_cards(&self, style: TimeStyle) -> Result<Vec<RideCard>> {
        self.all_ride_cards_in(style, None)
    }

    /// [`Store::all_ride_cards`] in `language` (see [`Store::ride_card_in`]).
    pub fn all_ride_cards_in(&self, style: TimeStyle, language: Option<&str>) -> Result<Vec<RideCard>> {
        self.all_sessions()?
            .iter()
            .map(|s| self.ride_card_in(s.id, style, language))
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
