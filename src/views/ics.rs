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
    write(event, None, now, out);
}

/// An event a calendar keeps and Steady updates later: the same UID with a
/// higher SEQUENCE replaces the copy a calendar has (RFC 5545 3.8.7.4), and
/// a cancelled one takes it away.
pub struct Versioned<'a> {
    pub event: &'a Event<'a>,
    pub sequence: u32,
    pub cancelled: bool,
    /// What the alarm says, when not the summary (a cutoff in the night,
    /// said at bedtime with its clock time).
    pub alarm_text: Option<&'a str>,
}

/// Writes a versioned VEVENT, folded, to `out`.
pub fn write_versioned(versioned: &Versioned<'_>, now: DateTime<Utc>, out: &mut String) {
    write(versioned.event, Some(versioned), now, out);
}

/// The event's text without DTSTAMP and SEQUENCE: two sends of an unchanged
/// event give the same text, a change in any word or time another.
pub fn content_of(versioned: &Versioned<'_>) -> String {
    let mut out = String::new();
    write(versioned.event, Some(versioned), DateTime::<Utc>::UNIX_EPOCH, &mut out);
    out.split("\r\n")
        .filter(|line| !line.starts_with("DTSTAMP:") && !line.starts_with("SEQUENCE:"))
        .collect::<Vec<_>>()
        .join("\r\n")
}

fn write(event: &Event<'_>, versioned: Option<&Versioned<'_>>, now: DateTime<Utc>, out: &mut String) {
    fold("BEGIN:VEVENT", out);
    fold(&format!("UID:{}", event.uid), out);
    fold(&format!("DTSTAMP:{}", ics_time(now)), out);
    if let Some(v) = versioned {
        fold(&format!("SEQUENCE:{}", v.sequence), out);
        if v.cancelled {
            fold("STATUS:CANCELLED", out);
        }
    }
    fold(&format!("DTSTART:{}", ics_time(event.start)), out);
    fold(&format!("DTEND:{}", ics_time(event.end)), out);
    fold(&format!("SUMMARY:{}", ics_text(&event.summary)), out);
    if !event.description.is_empty() {
        fold(&format!("DESCRIPTION:{}", ics_text(&event.description)), out);
    }
    if let Some(location) = event.location {
        fold(&format!("LOCATION:{}", ics_text(location)), out);
    }
    // A cancelled event reminds of nothing.
    if versioned.is_some_and(|v| v.cancelled) {
        fold("END:VEVENT", out);
        return;
    }
    let alarm_text = versioned.and_then(|v| v.alarm_text).unwrap_or(&event.summary);
    fold("BEGIN:VALARM", out);
    fold("ACTION:DISPLAY", out);
    fold(&format!("DESCRIPTION:{}", ics_text(alarm_text)), out);
    fold(&format!("TRIGGER:-PT{}M", event.alarm_minutes_before), out);
    fold("END:VALARM", out);
    fold("END:VEVENT", out);
}

/// The lines every calendar file of Steady's starts with.
fn begin_calendar(out: &mut String) {
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Steady//Steady//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        fold(line, out);
    }
}

/// A calendar file of already written VEVENTs (`events_text`), named
/// `name` for calendars that show a file's name (X-WR-CALNAME).
pub fn calendar_of(name: &str, events_text: &str) -> String {
    let mut out = String::new();
    begin_calendar(&mut out);
    fold(&format!("X-WR-CALNAME:{}", ics_text(name)), &mut out);
    out.push_str(events_text);
    fold("END:VCALENDAR", &mut out);
    out
}

/// An iCalendar file (VCALENDAR) with `events`. Times are written in UTC,
/// which every calendar shows in its own zone, so no VTIMEZONE is needed.
pub fn calendar(events: &[Event<'_>], now: DateTime<Utc>) -> String {
    let mut out = String::new();
    begin_calendar(&mut out);
    for event in events {
        write_event(event, now, &mut out);
    }
    fold("END:VCALENDAR", &mut out);
    out
}
