//! Writing iCalendar (RFC 5545): events with alarms, text escaped, lines
//! folded at 75 octets on character boundaries. What the events say is the
//! ride card's (views/ride.rs).

use chrono::{DateTime, Utc};

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

/// One calendar event, with an alarm.
pub struct Event<'a> {
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub location: Option<&'a str>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// Minutes before the start to alert.
    pub alarm_minutes_before: i64,
}

/// Writes one VEVENT (with its VALARM), folded, to `out`.
pub fn write_event(event: &Event<'_>, now: DateTime<Utc>, out: &mut String) {
    fold("BEGIN:VEVENT", out);
    fold(&format!("UID:{}", event.uid), out);
    fold(&format!("DTSTAMP:{}", ics_time(now)), out);
    fold(&format!("DTSTART:{}", ics_time(event.start)), out);
    fold(&format!("DTEND:{}", ics_time(event.end)), out);
    fold(&format!("SUMMARY:{}", ics_text(&event.summary)), out);
    if !event.description.is_empty() {
        fold(&format!("DESCRIPTION:{}", ics_text(&event.description)), out);
    }
    if let Some(location) = event.location {
        fold(&format!("LOCATION:{}", ics_text(location)), out);
    }
    fold("BEGIN:VALARM", out);
    fold("ACTION:DISPLAY", out);
    fold(&format!("DESCRIPTION:{}", ics_text(&event.summary)), out);
    fold(&format!("TRIGGER:-PT{}M", event.alarm_minutes_before), out);
    fold("END:VALARM", out);
    fold("END:VEVENT", out);
}

/// An iCalendar file (VCALENDAR) with `events`. Times are written in UTC,
/// which every calendar shows in its own zone, so no VTIMEZONE is needed.
pub fn calendar(events: &[Event<'_>], now: DateTime<Utc>) -> String {
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
    for event in events {
        write_event(event, now, &mut out);
    }
    fold("END:VCALENDAR", &mut out);
    out
}
