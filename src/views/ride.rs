//! The ride home: the pickup window in the driver's words, the message to
//! send them, the driver's own checklist, the QR codes for their phone, and
//! the printable ride card (views/ride_card_pdf.rs).
//!
//! All of them are rendered from one [`RideCard`], built from the session's
//! timeline, so the screen, the message, the PDF and the .ics can never
//! disagree about a time. Care sentences on the card trace to
//! shared/care-facts.md (section and guide noted beside each).

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use ts_rs::TS;

use crate::basics::error::Result;
use crate::basics::locale::TimeStyle;
use crate::basics::time;
use crate::facts::crisis::CrisisNumbers;
use crate::facts::model::Session;
use crate::facts::ride_home::{on_the_way_home, WayHome};
use crate::facts::rules::{NoDriving, RedFlagRule};
use crate::storage::store::Store;
use crate::views::ics::Event;
pub use crate::views::pdf::Paper;
use crate::views::qr::{QrMatrix, RideQr};

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

/// One part of the driver's checklist: "The day before" and its steps.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DriverSteps {
    pub when: String,
    pub steps: Vec<String>,
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
    /// The crisis and emergency numbers for the patient's country.
    pub crisis: CrisisNumbers,
    /// The driver's own checklist: the day before, on the day, after.
    pub driver_steps: Vec<DriverSteps>,
    /// The plain-text message for the driver.
    pub message: String,
    /// The calendar event for the driver's phone (a VEVENT) and the pickup
    /// in words, each as a QR code.
    pub qr: Vec<RideQr>,
}

impl RideCard {
    pub fn new(
        session: &Session,
        patient_name: Option<&str>,
        driver_confirmed: bool,
        style: TimeStyle,
        crisis: CrisisNumbers,
    ) -> Result<Self> {
        let tz = time::parse_zone(&session.tz)?;
        let t = &session.timeline;
        let who_raw = patient_name.map(str::trim).filter(|n| !n.is_empty());
        // Names go into sentences isolated, so a Hebrew or Arabic name does
        // not pull the words or numbers beside it into its direction.
        let who_isolated = who_raw.map(isolate);
        let who = who_isolated.as_deref();
        let clinic_isolated = isolate(session.clinic_name.as_deref().unwrap_or("the clinic"));
        let clinic = clinic_isolated.as_str();
        let window_words = format!(
            "{}–{}",
            style.clock(t.release_earliest_at, tz),
            style.clock(t.release_latest_at, tz)
        );
        let day_words = style.day(t.release_earliest_at, tz);
        let pickup_words = format!(
            "Pick up {} at {}, {}, {}",
            who.unwrap_or("the patient"),
            clinic,
            window_words,
            day_words,
        );
        let rule = match session.rules.after.no_driving {
            NoDriving::Hours { hours } => format!("{hours} hours after the session"),
            NoDriving::RestOfDay => "not for the rest of the session's day".to_string(),
            NoDriving::NextMorning => "the next morning, after a night's sleep".to_string(),
        };
        let escort_rules = session.rules.escort_words();
        let drive_again_short = style.short_day_clock(t.drive_again_at, tz);
        let drive_again_words = format!(
            "{} may drive again from {}, {} ({}), if they feel fully alert and the clinic agrees.",
            who.unwrap_or("The patient"),
            style.day(t.drive_again_at, tz),
            style.clock(t.drive_again_at, tz),
            rule,
        );
        let start_words = style.clock(t.start_at, tz);
        let them = who.unwrap_or("the patient");
        let mut after = Vec::new();
        if let Some(hours) = session.rules.after.someone_stays_hours {
            after.push(format!(
                "The clinic asks that someone stays with {them} for {hours} hours after the session."
            ));
        }
        after.push(format!(
            "{} must not drive until {drive_again_short}.",
            capitalise(them)
        ));
        let driver_steps = vec![
            DriverSteps {
                when: "The day before".into(),
                steps: vec![
                    format!("Confirm with {them} that you are driving."),
                    format!("Plan the route to {clinic}, and where to park."),
                ],
            },
            DriverSteps {
                when: format!("On the day ({})", style.short_day(t.start_at, tz)),
                steps: vec![
                    format!("Keep your phone on from {start_words}: the clinic may call when {them} is ready."),
                    format!("Come to the clinic between {window_words}."),
                    format!("Walk {them} to the car: they may be unsteady when they stand."),
                ],
            },
            DriverSteps {
                when: "After".into(),
                steps: after,
            },
        ];
        let driver_isolated = session.driver_name.as_deref().map(isolate);
        let mut message = format!(
            "Hi{}! {}. The session starts at {start_words}; the clinic usually lets patients go in that window, so please be ready to come in when they call.",
            driver_isolated.as_deref().map(|n| format!(" {n}")).unwrap_or_default(),
            pickup_words,
        );
        if let Some(address) = &session.clinic_address {
            message.push_str(&format!(" Address: {}.", isolate(address)));
        }
        if let Some(phone) = &session.clinic_phone {
            message.push_str(&format!(" Clinic phone: {phone}."));
        }
        for rule in &escort_rules {
            message.push_str(&format!(" {rule}"));
        }
        message.push_str(&format!(
            " After the infusion {} will be groggy and must not drive: no driving until {}, {}.",
            if who.is_some() { "I" } else { "the patient" },
            style.day(t.drive_again_at, tz),
            style.clock(t.drive_again_at, tz),
        ));
        if let Some(note) = &session.driver_note {
            message.push_str(&format!("\n\nNote: {}", isolate(note)));
        }
        message.push_str("\n\nYour checklist:");
        for part in &driver_steps {
            message.push_str(&format!("\n{}:", part.when));
            for step in &part.steps {
                message.push_str(&format!("\n- {step}"));
            }
        }
        message.push_str("\n\nThank you!");
        let mut card = RideCard {
            session_id: session.id,
            tz: session.tz.clone(),
            patient_name: who_raw.map(str::to_string),
            clinic_name: session.clinic_name.clone(),
            clinic_phone: session.clinic_phone.clone(),
            clinic_address: session.clinic_address.clone(),
            driver_name: session.driver_name.clone(),
            driver_phone: session.driver_phone.clone(),
            driver_email: session.driver_email.clone(),
            driver_note: session.driver_note.clone(),
            driver_confirmed,
            escort_rules,
            timeline_words: timeline_words(&session.rules),
            typical: session.protocol_name.is_none(),
            start_at: t.start_at,
            pickup_from: t.release_earliest_at,
            pickup_until: t.release_latest_at,
            drive_again_at: t.drive_again_at,
            ended: session.ended_at.is_some(),
            start_words,
            window_words,
            day_words,
            pickup_words,
            drive_again_words,
            drive_again_short,
            on_the_way_home: on_the_way_home(),
            call_whom: crate::facts::red_flags::red_flags(&session.rules),
            call_whom_from_clinic: !session.rules.red_flags.is_empty(),
            crisis,
            driver_steps,
            message,
            qr: Vec::new(),
        };
        card.qr = ride_qr_codes(&card)?;
        Ok(card)
    }

    /// The pickup in a few lines, for a phone without calendar support.
    pub fn pickup_text(&self) -> String {
        let mut text = format!("{}.", self.pickup_words);
        if let Some(address) = &self.clinic_address {
            text.push_str(&format!("\n{address}"));
        }
        if let Some(phone) = &self.clinic_phone {
            text.push_str(&format!("\nClinic: {phone}"));
        }
        text.push_str(&format!(
            "\nNo driving for the patient until {}.",
            self.drive_again_short
        ));
        text
    }
}

/// `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE when it
/// holds right-to-left letters: within a sentence it then keeps its own
/// direction and leaves the words and numbers around it in theirs (a Hebrew
/// driver's name before their phone number). Other text is left as typed.
pub fn isolate(text: &str) -> String {
    let rtl = text.chars().any(|c| {
        matches!(c, '\u{0590}'..='\u{08ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{fefc}' | '\u{10800}'..='\u{10fff}' | '\u{1e800}'..='\u{1efff}')
    });
    match rtl {
        true => format!("\u{2068}{text}\u{2069}"),
        false => text.to_string(),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The events of one ride card: the session, the pickup window, and the end
/// of the no-driving time, each with an alarm so they remind even where
/// Steady is not running. Times are written in UTC, which every calendar
/// shows in its own zone, so no VTIMEZONE is needed.
pub fn events(card: &RideCard) -> Vec<Event<'_>> {
    let clinic = card.clinic_name.as_deref().unwrap_or("the clinic");
    let id = card.session_id;
    vec![
        Event {
            uid: format!("steady-session-{id}@steady.local"),
            summary: format!("Infusion session at {clinic}"),
            description: format!(
                "Planned with Steady. {}{}",
                card.timeline_words,
                if card.typical {
                    " These are typical timings; your clinic's instructions come first."
                } else {
                    ""
                }
            ),
            location: card.clinic_address.as_deref().or(card.clinic_name.as_deref()),
            start: card.start_at,
            end: card.pickup_until,
            alarm_minutes_before: 60,
        },
        Event {
            uid: format!("steady-pickup-{id}@steady.local"),
            summary: card.pickup_words.clone(),
            description: format!(
                "{}{}",
                card.clinic_phone
                    .as_deref()
                    .map(|p| format!("Clinic phone: {p}. "))
                    .unwrap_or_default(),
                "The patient must not drive home."
            ),
            location: card.clinic_address.as_deref().or(card.clinic_name.as_deref()),
            start: card.pickup_from,
            end: card.pickup_until,
            alarm_minutes_before: 30,
        },
        Event {
            uid: format!("steady-drive-again-{id}@steady.local"),
            summary: if card.typical {
                "No-driving time ends (typical)".into()
            } else {
                "No-driving time ends".into()
            },
            description: card.drive_again_words.clone(),
            location: None,
            start: card.drive_again_at,
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
    let who = card.patient_name.as_deref().unwrap_or("the patient");
    let clinic = card.clinic_name.as_deref().unwrap_or("the clinic");
    let pickup = Event {
        uid: format!("steady-pickup-{}", card.session_id),
        summary: format!("Pick up {who} at {clinic}"),
        description: card
            .clinic_phone
            .as_deref()
            .map(|p| format!("Clinic {p}"))
            .unwrap_or_default(),
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
    Ok(vec![
        RideQr {
            label: "Scan to add the pickup to a phone's calendar".into(),
            svg: QrMatrix::new(&event)?.svg("QR code: the pickup as a calendar event"),
            content: event,
        },
        RideQr {
            label: "Scan for the pickup as text".into(),
            svg: QrMatrix::new(&text)?.svg("QR code: the pickup as text"),
            content: text,
        },
    ])
}

impl Store {
    pub fn set_driver_confirmed(
        &mut self,
        session_id: i64,
        confirmed: bool,
        now: DateTime<Utc>,
        style: TimeStyle,
    ) -> Result<RideCard> {
        let item = self.confirm_driver_item(session_id)?.ok_or_else(|| {
            crate::Error::invalid(
                "session_id",
                "This session has no \"Confirm who drives you home\" item.",
            )
        })?;
        self.set_item_done(item.id, confirmed, now)?;
        self.ride_card(session_id, style)
    }

    /// The ride card of one session.
    pub fn ride_card(&self, session_id: i64, style: TimeStyle) -> Result<RideCard> {
        let session = self.session(session_id)?;
        let confirmed = self.confirm_driver_item(session_id)?.is_some_and(|item| item.is_done());
        RideCard::new(
            &session,
            self.patient_name()?.as_deref(),
            confirmed,
            style,
            self.crisis_numbers()?,
        )
    }

    /// Ride cards of every session, for the whole course's calendar.
    pub fn all_ride_cards(&self, style: TimeStyle) -> Result<Vec<RideCard>> {
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
