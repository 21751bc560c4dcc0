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
use crate::facts::ride_home::{WayHome, ON_THE_WAY_HOME};
use crate::facts::rules::{NoDriving, RedFlagRule};
use crate::reminders::decide::words_for;
use crate::storage::store::Store;
use crate::views::ics::Event;
pub use crate::views::pdf::Paper;
use crate::views::qr::{QrMatrix, RideQr};

/// "20 min", "3 h", or a range "1 h–3 h".
fn span(low: u32, high: u32) -> String {
    let words = |m: u32| words_for(Duration::minutes(i64::from(m)));
    if low == high {
        words(low)
    } else {
        crate::t!("ride-span-range", from = words(low), to = words(high))
    }
}

/// The session day from its own rules: what the calendar and card say.
pub fn timeline_words(rules: &crate::facts::rules::ClinicRules) -> String {
    let t = &rules.timeline;
    crate::t!(
        "ride-timeline",
        intake = words_for(Duration::minutes(i64::from(t.intake_minutes))),
        infusion = words_for(Duration::minutes(i64::from(t.infusion_minutes))),
        recovery = span(t.observation_min_minutes, t.observation_max_minutes)
    )
}

/// One part of the driver's checklist: "The day before" and its steps.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DriverSteps {
    pub when: String,
    pub steps: Vec<String>,
}

/// Every heading, label and sentence of the card that is not already a
/// field of [`RideCard`], in the card's language: the PDF prints these, the
/// calendar events say them, and the Ride screen can show the card as the
/// driver will read it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RideCardWords {
    /// The PDF's title in its properties: "Ride home card".
    pub document_title: String,
    /// "RIDE HOME CARD", above the title.
    pub kicker: String,
    /// "Pick up Alex at Lakeside Clinic".
    pub title: String,
    /// "The session starts at 09:00. Keep your phone on from then: …".
    pub start_line: String,
    /// "WHO".
    pub who_heading: String,
    /// "Patient: Alex".
    pub patient_line: String,
    /// "Driver: Sam, +49 30 1234567".
    pub driver_line: String,
    /// "Note from Alex: …", when the patient wrote one.
    pub note_line: Option<String>,
    /// "WHERE".
    pub where_heading: String,
    /// The clinic's name, or "the clinic".
    pub clinic_line: String,
    /// "Clinic phone: +49 30 7654321".
    pub clinic_phone_line: String,
    /// "The clinic asks the driver".
    pub escort_heading: String,
    /// "Driving again".
    pub drive_again_heading: String,
    /// "Not before Fri 4 Dec, 13:00".
    pub not_before: String,
    /// "Your checklist".
    pub checklist_heading: String,
    /// "On the way home Alex may feel".
    pub way_home_heading: String,
    /// Each of [`RideCard::on_the_way_home`] in a line: "Tired. At home: rest, …".
    pub way_home: Vec<String>,
    /// "When to call whom", and whether it is the clinic's list.
    pub call_whom_heading: String,
    /// "Call 112 if:".
    pub call_emergency: String,
    /// "Call Lakeside Clinic (+49 30 7654321) if:".
    pub call_clinic: String,
    /// "Tell their primary care provider if:".
    pub call_primary_care: String,
    /// "Numbers for Germany".
    pub numbers_heading: String,
    /// "Crisis line: … (24/7, free)".
    pub crisis_line: String,
    /// "Emergency: 112".
    pub emergency_line: String,
    /// Where the card's values come from, and "Not medical advice".
    pub footer: String,
    /// The QR codes' captions under them on paper.
    pub qr_calendar_caption: String,
    pub qr_text_caption: String,
    /// The e-mail's subject line: "Ride home on Thursday 3 December: 11:00–13:00".
    pub mail_subject: String,
    /// The calendar events' words.
    pub session_summary: String,
    pub session_description: String,
    pub pickup_description: String,
    pub drive_again_summary: String,
    /// The pickup as the QR code's calendar event says it.
    pub pickup_event_summary: String,
    pub pickup_event_description: String,
    /// The pickup in a few lines, for the QR code read as text.
    pub pickup_text: String,
    /// The QR codes' accessible names and titles.
    pub qr_calendar_label: String,
    pub qr_calendar_title: String,
    pub qr_text_label: String,
    pub qr_text_title: String,
}

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

/// "named" or "none", as the messages choose by.
fn named<T>(value: Option<T>) -> &'static str {
    match value {
        Some(_) => "named",
        None => "none",
    }
}

/// "yes" or "no", as the messages choose by.
fn yes(value: bool) -> &'static str {
    match value {
        true => "yes",
        false => "no",
    }
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
        let mut card = i18n::with_language(language, || {
            Self::written(session, patient_name, driver_confirmed, style, crisis, tz)
        });
        card.qr = ride_qr_codes(&card)?;
        Ok(card)
    }

    fn written(
        session: &Session,
        patient_name: Option<&str>,
        driver_confirmed: bool,
        style: TimeStyle,
        crisis: CrisisNumbers,
        tz: chrono_tz::Tz,
    ) -> Self {
        let t = &session.timeline;
        let who_raw = patient_name.map(str::trim).filter(|n| !n.is_empty());
        // Names go into sentences isolated, so a Hebrew or Arabic name does
        // not pull the words or numbers beside it into its direction.
        let who_isolated = who_raw.map(isolate);
        let patient = named(who_raw);
        let name = who_isolated.clone().unwrap_or_default();
        let clinic = named(session.clinic_name.as_deref());
        let clinic_name = session.clinic_name.as_deref().map(isolate).unwrap_or_default();
        let window_words = crate::t!(
            "ride-window",
            from = style.clock(t.release_earliest_at, tz),
            to = style.clock(t.release_latest_at, tz)
        );
        let day_words = style.day(t.release_earliest_at, tz);
        let pickup_words = crate::t!(
            "ride-pickup",
            patient = patient,
            name = name.as_str(),
            clinic = clinic,
            clinic_name = clinic_name.as_str(),
            window = window_words.as_str(),
            day = day_words.as_str()
        );
        let (rule, hours) = match session.rules.after.no_driving {
            NoDriving::Hours { hours } => ("hours", crate::t!("hours", hours = hours)),
            NoDriving::RestOfDay => ("rest_of_day", String::new()),
            NoDriving::NextMorning => ("next_morning", String::new()),
        };
        let escort_rules = session.rules.escort_words();
        let drive_again_short = style.short_day_clock(t.drive_again_at, tz);
        let drive_again_day = style.day(t.drive_again_at, tz);
        let drive_again_clock = style.clock(t.drive_again_at, tz);
        let drive_again_words = crate::t!(
            "ride-drive-again",
            patient = patient,
            name = name.as_str(),
            day = drive_again_day.as_str(),
            time = drive_again_clock.as_str(),
            rule = rule,
            hours = hours
        );
        let start_words = style.clock(t.start_at, tz);
        let mut after = Vec::new();
        if let Some(hours) = session.rules.after.someone_stays_hours {
            after.push(crate::t!(
                "ride-step-someone-stays",
                patient = patient,
                name = name.as_str(),
                hours = crate::t!("hours", hours = hours)
            ));
        }
        after.push(crate::t!(
            "ride-step-no-driving",
            patient = patient,
            name = name.as_str(),
            date = drive_again_short.as_str()
        ));
        let driver_steps = vec![
            DriverSteps {
                when: crate::t!("ride-steps-day-before"),
                steps: vec![
                    crate::t!("ride-step-confirm", patient = patient, name = name.as_str()),
                    crate::t!("ride-step-route", clinic = clinic, clinic_name = clinic_name.as_str()),
                ],
            },
            DriverSteps {
                when: crate::t!("ride-steps-on-the-day", date = style.short_day(t.start_at, tz)),
                steps: vec![
                    crate::t!(
                        "ride-step-phone-on",
                        time = start_words.as_str(),
                        patient = patient,
                        name = name.as_str()
                    ),
                    crate::t!("ride-step-come-between", window = window_words.as_str()),
                    crate::t!("ride-step-walk", patient = patient, name = name.as_str()),
                ],
            },
            DriverSteps {
                when: crate::t!("ride-steps-after"),
                steps: after,
            },
        ];
        let driver_isolated = session.driver_name.as_deref().map(isolate);
        let mut message = crate::t!(
            "ride-message-opening",
            driver = named(driver_isolated.as_deref()),
            driver_name = driver_isolated.clone().unwrap_or_default(),
            pickup = pickup_words.as_str(),
            start = start_words.as_str()
        );
        if let Some(address) = &session.clinic_address {
            message.push(' ');
            message.push_str(&crate::t!("ride-message-address", address = isolate(address)));
        }
        if let Some(phone) = &session.clinic_phone {
            message.push(' ');
            message.push_str(&crate::t!("ride-message-clinic-phone", clinic_phone = phone.as_str()));
        }
        for rule in &escort_rules {
            message.push(' ');
            message.push_str(rule);
        }
        message.push(' ');
        message.push_str(&crate::t!(
            "ride-message-no-driving",
            patient = patient,
            day = drive_again_day.as_str(),
            time = drive_again_clock.as_str()
        ));
        if let Some(note) = &session.driver_note {
            message.push_str("\n\n");
            message.push_str(&crate::t!("ride-message-note", note = isolate(note)));
        }
        message.push_str("\n\n");
        message.push_str(&crate::t!("ride-message-checklist"));
        for part in &driver_steps {
            message.push('\n');
            message.push_str(&crate::t!("ride-message-steps-heading", when = part.when.as_str()));
            for step in &part.steps {
                message.push_str(&format!("\n- {step}"));
            }
        }
        message.push_str("\n\n");
        message.push_str(&crate::t!("ride-message-thanks"));

        let call_whom = crate::facts::red_flags::red_flags(&session.rules);
        let call_whom_from_clinic = !session.rules.red_flags.is_empty();
        let typical = session.protocol_name.is_none();
        let timeline = timeline_words(&session.rules);
        let phone_given = |p: &Option<String>| if p.is_some() { "given" } else { "none" };
        let words = RideCardWords {
            document_title: crate::t!("ride-card-document-title"),
            kicker: crate::t!("ride-card-kicker"),
            title: crate::t!(
                "ride-card-title",
                patient = patient,
                name = name.as_str(),
                clinic = clinic,
                clinic_name = clinic_name.as_str()
            ),
            start_line: crate::t!(
                "ride-card-start",
                time = start_words.as_str(),
                patient = patient,
                name = name.as_str()
            ),
            who_heading: crate::t!("ride-card-who"),
            patient_line: crate::t!(
                "ride-card-patient",
                patient = patient,
                name = who_raw.unwrap_or_default()
            ),
            driver_line: crate::t!(
                "ride-card-driver",
                driver = named(driver_isolated.as_deref()),
                driver_name = driver_isolated.clone().unwrap_or_default(),
                phone = phone_given(&session.driver_phone),
                driver_phone = session.driver_phone.clone().unwrap_or_default()
            ),
            note_line: session.driver_note.as_deref().map(|note| {
                crate::t!(
                    "ride-card-note",
                    patient = patient,
                    name = name.as_str(),
                    note = isolate(note)
                )
            }),
            where_heading: crate::t!("ride-card-where"),
            clinic_line: crate::t!(
                "ride-card-clinic",
                clinic = clinic,
                clinic_name = session.clinic_name.clone().unwrap_or_default()
            ),
            clinic_phone_line: crate::t!(
                "ride-card-clinic-phone",
                phone = phone_given(&session.clinic_phone),
                clinic_phone = session.clinic_phone.clone().unwrap_or_default()
            ),
            escort_heading: crate::t!("ride-card-escort-heading"),
            drive_again_heading: crate::t!("ride-card-drive-again-heading"),
            not_before: crate::t!("ride-card-not-before", date = drive_again_short.as_str()),
            checklist_heading: crate::t!("ride-card-checklist-heading"),
            way_home_heading: crate::t!("ride-card-way-home-heading", patient = patient, name = name.as_str()),
            way_home: ON_THE_WAY_HOME
                .iter()
                .map(|way| {
                    crate::t!(
                        "ride-card-way-home-item",
                        feel = way.feel.to_string(),
                        help = way.help.to_string()
                    )
                })
                .collect(),
            call_whom_heading: crate::t!("ride-card-call-heading", from_clinic = yes(call_whom_from_clinic)),
            call_emergency: crate::t!(
                "ride-card-call-emergency",
                emergency = phone_given(&crisis.emergency_number),
                number = crisis.emergency_number.clone().unwrap_or_default()
            ),
            call_clinic: crate::t!(
                "ride-card-call-clinic",
                clinic = clinic,
                clinic_name = clinic_name.as_str(),
                phone = phone_given(&session.clinic_phone),
                clinic_phone = session.clinic_phone.clone().unwrap_or_default()
            ),
            call_primary_care: crate::t!("ride-card-call-primary-care"),
            numbers_heading: crate::t!("ride-card-numbers-heading", whose = crisis.whose()),
            crisis_line: crate::t!(
                "ride-card-crisis-line",
                line = phone_given(&crisis.crisis_line),
                number = crisis.crisis_line.clone().unwrap_or_default(),
                hours = phone_given(&crisis.crisis_hours),
                crisis_hours = crisis.crisis_hours.clone().unwrap_or_default()
            ),
            emergency_line: crate::t!(
                "ride-card-emergency",
                emergency = phone_given(&crisis.emergency_number),
                number = crisis.emergency_number.clone().unwrap_or_default()
            ),
            footer: crate::t!("ride-card-footer", typical = yes(typical)),
            qr_calendar_caption: crate::t!("ride-qr-calendar-caption"),
            qr_text_caption: crate::t!("ride-qr-text-caption"),
            mail_subject: crate::t!(
                "ride-mail-subject",
                day = day_words.as_str(),
                window = window_words.as_str()
            ),
            session_summary: crate::t!(
                "ride-event-session-summary",
                clinic = clinic,
                clinic_name = session.clinic_name.clone().unwrap_or_default()
            ),
            session_description: crate::t!(
                "ride-event-session-description",
                timeline = timeline.as_str(),
                typical = yes(typical)
            ),
            pickup_description: crate::t!(
                "ride-event-pickup-description",
                phone = phone_given(&session.clinic_phone),
                clinic_phone = session.clinic_phone.clone().unwrap_or_default()
            ),
            drive_again_summary: crate::t!("ride-event-drive-again-summary", typical = yes(typical)),
            pickup_event_summary: crate::t!(
                "ride-card-title",
                patient = patient,
                name = who_raw.unwrap_or_default(),
                clinic = clinic,
                clinic_name = session.clinic_name.clone().unwrap_or_default()
            ),
            pickup_event_description: session
                .clinic_phone
                .as_deref()
                .map(|phone| crate::t!("ride-qr-event-clinic", clinic_phone = phone))
                .unwrap_or_default(),
            pickup_text: pickup_text(session, &pickup_words, &drive_again_short),
            qr_calendar_label: crate::t!("ride-qr-calendar-label"),
            qr_calendar_title: crate::t!("ride-qr-calendar-title"),
            qr_text_label: crate::t!("ride-qr-text-label"),
            qr_text_title: crate::t!("ride-qr-text-title"),
        };
        RideCard {
            session_id: session.id,
            language: i18n::current().tag().to_string(),
            dir: i18n::current().dir(),
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
            timeline_words: timeline,
            typical,
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
            on_the_way_home: ON_THE_WAY_HOME.to_vec(),
            call_whom,
            call_whom_from_clinic,
            crisis,
            driver_steps,
            message,
            words,
            qr: Vec::new(),
        }
    }

    /// The pickup in a few lines, for a phone without calendar support.
    pub fn pickup_text(&self) -> String {
        self.words.pickup_text.clone()
    }
}

/// The pickup in a few lines: the pickup, the address, the clinic's phone,
/// and the end of the no-driving time.
fn pickup_text(session: &Session, pickup_words: &str, drive_again_short: &str) -> String {
    let mut text = crate::t!("ride-qr-text-pickup", pickup = pickup_words);
    if let Some(address) = &session.clinic_address {
        text.push_str(&format!("\n{address}"));
    }
    if let Some(phone) = &session.clinic_phone {
        text.push('\n');
        text.push_str(&crate::t!("ride-qr-text-clinic", clinic_phone = phone.as_str()));
    }
    text.push('\n');
    text.push_str(&crate::t!("ride-qr-text-no-driving", date = drive_again_short));
    text
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
