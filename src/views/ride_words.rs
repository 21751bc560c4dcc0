//! The words of a ride card, written in one pass in the card's language
//! (see [`crate::views::ride::RideCard::new`]): the pickup and the driving
//! rule, the driver's checklist and message, and every heading and line the
//! PDF, the calendar events and the Ride screen show ([`RideCardWords`]). Names and typed
//! details go into the sentences as arguments, isolated when they run right
//! to left; the catalogue's documents.ftl has every sentence.

use chrono::Duration;
use chrono_tz::Tz;
use serde::Serialize;
use ts_rs::TS;

use crate::basics::locale::TimeStyle;
use crate::facts::crisis::CrisisNumbers;
use crate::facts::model::Session;
use crate::facts::ride_home::{on_the_way_home, WayHome};
use crate::facts::rules::{NoDriving, RedFlagRule};
use crate::reminders::decide::words_for;

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

/// Every word of a ride card, as [`write`] gives it.
pub struct Written {
    pub window_words: String,
    pub day_words: String,
    pub pickup_words: String,
    pub drive_again_words: String,
    pub drive_again_short: String,
    pub start_words: String,
    pub escort_rules: Vec<String>,
    pub timeline_words: String,
    pub on_the_way_home: Vec<WayHome>,
    pub call_whom: Vec<RedFlagRule>,
    pub call_whom_from_clinic: bool,
    pub driver_steps: Vec<DriverSteps>,
    pub message: String,
    pub words: RideCardWords,
}

/// Every word of `session`'s card, in the current language (the caller
/// sets the card's with [`crate::basics::i18n::with_language`]). `crisis`: the numbers
/// for the patient's country; `tz`: the session's zone.
pub fn write(
    session: &Session,
    patient_name: Option<&str>,
    style: TimeStyle,
    crisis: &CrisisNumbers,
    tz: Tz,
) -> Written {
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
        way_home: on_the_way_home()
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
    Written {
        window_words,
        day_words,
        pickup_words,
        drive_again_words,
        drive_again_short,
        start_words,
        escort_rules,
        timeline_words: timeline,
        on_the_way_home: on_the_way_home(),
        call_whom,
        call_whom_from_clinic,
        driver_steps,
        message,
        words,
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
