//! The ride's calendar file (iCalendar, RFC 5545): the session, the pickup
//! window and the end of the no-driving time, each with an alarm.

use chrono::{DateTime, Duration, Utc};

use crate::views::ride::RideCard;

/// RFC 5545 TEXT escaping.
fn ics_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn ics_time(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

struct Event<'a> {
    uid: String,
    summary: String,
    description: String,
    location: Option<&'a str>,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    /// Minutes before the start to alert.
    alarm_minutes_before: i64,
}

/// The events of one ride card: the session, the pickup window, and the end
/// of the no-driving time, each with an alarm so they remind even where
/// Steady is not running. Times are written in UTC, which every calendar
/// shows in its own zone, so no VTIMEZONE is needed.
fn events(card: &RideCard) -> Vec<Event<'_>> {
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

/// An iCalendar file with the events of every card given.
pub fn ics(cards: &[RideCard], now: DateTime<Utc>) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Steady//Steady//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        fold(line, &mut out);
    }
    for card in cards {
        for event in events(card) {
            fold("BEGIN:VEVENT", &mut out);
            fold(&format!("UID:{}", event.uid), &mut out);
            fold(&format!("DTSTAMP:{}", ics_time(now)), &mut out);
            fold(&format!("DTSTART:{}", ics_time(event.start)), &mut out);
            fold(&format!("DTEND:{}", ics_time(event.end)), &mut out);
            fold(&format!("SUMMARY:{}", ics_text(&event.summary)), &mut out);
            fold(&format!("DESCRIPTION:{}", ics_text(&event.description)), &mut out);
            if let Some(location) = event.location {
                fold(&format!("LOCATION:{}", ics_text(location)), &mut out);
            }
            fold("BEGIN:VALARM", &mut out);
            fold("ACTION:DISPLAY", &mut out);
            fold(&format!("DESCRIPTION:{}", ics_text(&event.summary)), &mut out);
            fold(&format!("TRIGGER:-PT{}M", event.alarm_minutes_before), &mut out);
            fold("END:VALARM", &mut out);
            fold("END:VEVENT", &mut out);
        }
    }
    fold("END:VCALENDAR", &mut out);
    out
}
