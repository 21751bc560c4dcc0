//! The patient's checklist on their phone (issue 27), read back by readers
//! Steady did not write: python-icalendar (Debian's python3-icalendar) for
//! every field, khal (Debian) for what a calendar program makes of a file
//! imported twice, and zbar for the QR codes.

use std::collections::BTreeMap;
use std::process::Command;

use chrono::{DateTime, Duration, Utc};
use serde_json::Value;
use steady_core::facts::model::{NewSession, Session};
use steady_core::facts::rules::{ClinicRules, MedicineBefore, MedicineRule};
use steady_core::storage::phone_events::PhoneTitles;
use steady_core::storage::reminder_log::ReminderState;
use steady_core::views::phone::PhoneCalendar;
use steady_core::Store;

use crate::{at, in_memory_store, H24};

/// A clinic's rules with a named medicine skipped on the morning of the
/// session and a fasting cutoff in the night.
fn clinic_rules() -> ClinicRules {
    let mut rules = ClinicRules::default();
    rules.clinic.name = Some("Lakeside Clinic".into());
    rules.medicines.rules.push(MedicineRule {
        name: "Lamictal".into(),
        before: MedicineBefore::SkipMorningOf,
        restart_hours_after: Some(6),
        note: None,
    });
    rules.bring = vec!["Photo ID".into()];
    rules
}

fn session_at(store: &mut Store, start_local: &str, tz: &str, now: DateTime<Utc>) -> Session {
    store
        .create_session(
            &NewSession {
                start_local: start_local.into(),
                tz: Some(tz.into()),
                clinic_name: Some("Lakeside Clinic".into()),
                driver_name: Some("Zoë Quist".into()),
                rules: Some(clinic_rules()),
            },
            now,
        )
        .expect("the session is planned")
}

/// The events of a calendar file as python-icalendar reads them: uid,
/// sequence, status, start (UTC, RFC 3339), summary, description, location
/// and the alarm's offset in minutes before the start.
fn read_with_python_icalendar(ics: &str) -> Vec<BTreeMap<String, Value>> {
    const SCRIPT: &str = r#"
import json, sys, icalendar, datetime
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
out = []
for ev in cal.walk("VEVENT"):
    alarms = [a for a in ev.walk("VALARM")]
    trigger = None
    if alarms:
        t = alarms[0].decoded("TRIGGER")
        trigger = -int(t.total_seconds() // 60)
    start = ev.decoded("DTSTART").astimezone(datetime.timezone.utc)
    out.append({
        "uid": str(ev.get("UID")),
        "sequence": int(ev.get("SEQUENCE", 0)),
        "status": str(ev.get("STATUS", "")),
        "start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "summary": str(ev.get("SUMMARY")),
        "description": str(ev.get("DESCRIPTION", "")),
        "location": str(ev.get("LOCATION", "")),
        "alarm_before": trigger,
        "alarm_text": str(alarms[0].get("DESCRIPTION")) if alarms else None,
    })
print(json.dumps(out))
"#;
    use std::io::Write;
    // Debian's Python, where python3-icalendar is (another python3 may come first on PATH).
    let mut child = Command::new("/usr/bin/python3")
        .args(["-c", SCRIPT])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("/usr/bin/python3");
    child.stdin.take().unwrap().write_all(ics.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "python-icalendar (python3-icalendar, make deps-test) reads the file: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON from the reader")
}

fn text(event: &BTreeMap<String, Value>, key: &str) -> String {
    event[key].as_str().unwrap_or_default().to_string()
}

fn export(store: &mut Store, session: &Session, now: DateTime<Utc>) -> (PhoneCalendar, Vec<BTreeMap<String, Value>>) {
    let calendar = store
        .phone_calendar(session.id, now)
        .expect("the phone's calendar is made");
    let events = read_with_python_icalendar(&calendar.ics);
    (calendar, events)
}

/// Every item with a time that is not ticked is in the file once, at its
/// instant, with its alarm at the reminder's time; the ride card's three
/// events too; nothing else. Checked on the Monday after the clocks change.
fn every_item_is_there_once_at_its_instant(start_local: &str, tz: &str, planned_at: &str) {
    let now = at(planned_at);
    let mut store = in_memory_store();
    store.set_time_style(H24);
    store.set_phone_titles(PhoneTitles::Full).unwrap();
    let session = session_at(&mut store, start_local, tz, now);
    // The bag is packed: a ticked item stays off the phone.
    let items = store.items_of_session(session.id).unwrap();
    let bag = items
        .iter()
        .find(|i| i.key.as_deref() == Some("pack_bag"))
        .expect("a bag to pack");
    store.set_item_done(bag.id, true, now).unwrap();
    let (calendar, events) = export(&mut store, &session, now);

    let reminders: Vec<_> = store
        .reminders(now)
        .unwrap()
        .into_iter()
        .filter(|r| r.session_id == session.id && r.state != ReminderState::Done)
        .collect();
    assert!(reminders.len() >= 10, "a real plan: {}", reminders.len());
    for reminder in &reminders {
        let uid = format!("steady-item-{}@steady.local", reminder.item_id);
        let found: Vec<_> = events.iter().filter(|e| text(e, "uid") == uid).collect();
        assert_eq!(found.len(), 1, "{} ({uid}) is in the file once", reminder.title);
        let event = found[0];
        assert_eq!(
            text(event, "start"),
            reminder.due_at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            "{} starts at the moment to act",
            reminder.title
        );
        assert_eq!(text(event, "summary"), reminder.title);
        assert_eq!(
            event["alarm_before"].as_i64(),
            Some((reminder.due_at - reminder.remind_at).num_minutes()),
            "{}: the alarm comes when the app's reminder would",
            reminder.title
        );
        if reminder.at_bedtime {
            let alarm = text(event, "alarm_text");
            let clock = H24.clock(reminder.due_at, tz.parse().unwrap());
            assert!(
                alarm.contains(&clock),
                "a cutoff in the night says its clock time at bedtime: {alarm}"
            );
        }
    }
    assert!(
        reminders.iter().any(|r| r.at_bedtime),
        "the fasting cutoff falls in the night, so one alarm comes at bedtime"
    );
    assert!(
        !events
            .iter()
            .any(|e| text(e, "uid") == format!("steady-item-{}@steady.local", bag.id)),
        "the ticked bag is not on the phone"
    );
    for kind in ["session", "pickup", "drive-again"] {
        let uid = format!("steady-{kind}-{}@steady.local", session.id);
        assert_eq!(events.iter().filter(|e| text(e, "uid") == uid).count(), 1, "{uid}");
    }
    assert_eq!(events.len(), reminders.len() + 3, "nothing else");
    assert_eq!((calendar.events, calendar.cancelled), (events.len(), 0));
    assert!(events
        .iter()
        .all(|e| e["sequence"] == 0 && text(e, "status").is_empty()));
}

#[test]
fn berlin_the_monday_after_the_clocks_go_forward() {
    // Europe's clocks go forward on Sunday 28 March 2027.
    every_item_is_there_once_at_its_instant("2027-03-29T09:00", "Europe/Berlin", "2027-03-20T12:00:00Z");
}

#[test]
fn new_york_the_monday_after_the_clocks_go_forward() {
    // The US's clocks go forward on Sunday 14 March 2027.
    every_item_is_there_once_at_its_instant("2027-03-15T09:00", "America/New_York", "2027-03-06T12:00:00Z");
}

#[test]
fn the_skipped_morning_tablet_is_at_its_local_time_across_the_change() {
    let now = at("2027-03-20T12:00:00Z");
    let mut store = in_memory_store();
    store.set_time_style(H24);
    store.set_phone_titles(PhoneTitles::Full).unwrap();
    let session = session_at(&mut store, "2027-03-29T09:00", "Europe/Berlin", now);
    let (_, events) = export(&mut store, &session, now);
    let skip = events
        .iter()
        .find(|e| text(e, "summary").contains("Lamictal") && text(e, "summary").contains("morning"))
        .expect("the morning-of tablet");
    // Wake time 07:00 in Berlin on the Monday, summer time: 05:00 UTC.
    assert_eq!(text(skip, "start"), "2027-03-29T05:00:00Z");
    let stop_food = events
        .iter()
        .find(|e| text(e, "summary") == "Stop eating")
        .expect("the fasting cutoff");
    // 6 h before 09:00 CEST: 03:00 CEST, 01:00 UTC.
    assert_eq!(text(stop_food, "start"), "2027-03-29T01:00:00Z");
    assert!(text(stop_food, "alarm_text").contains("03:00"), "{stop_food:?}");
}

/// The same UIDs with a higher SEQUENCE after the session moved, the same
/// SEQUENCE when nothing changed, and cancelled events for a cancelled
/// session: a calendar that imports each file keeps one copy that follows.
#[test]
fn moving_the_session_updates_the_phones_copy_and_cancelling_takes_it_away() {
    let now = at("2026-12-01T12:00:00Z");
    let mut store = in_memory_store();
    store.set_time_style(H24);
    store.set_phone_titles(PhoneTitles::Full).unwrap();
    let session = session_at(&mut store, "2026-12-10T09:00", "Europe/Berlin", now);
    let (_, first) = export(&mut store, &session, now);
    let (_, again) = export(&mut store, &session, now + Duration::minutes(5));
    let seqs = |events: &[BTreeMap<String, Value>]| -> BTreeMap<String, i64> {
        events
            .iter()
            .map(|e| (text(e, "uid"), e["sequence"].as_i64().unwrap()))
            .collect()
    };
    assert_eq!(seqs(&first), seqs(&again), "nothing changed: nothing to update");
    assert!(!store.phone_status(now).unwrap().sessions[0].out_of_date);

    store.move_session(session.id, "2026-12-10T11:00", now).unwrap();
    let status = store.phone_status(now).unwrap();
    assert!(status.sessions[0].out_of_date, "the phone has the old times");
    let (_, moved) = export(&mut store, &session, now + Duration::minutes(10));
    assert_eq!(
        seqs(&first).keys().collect::<Vec<_>>(),
        seqs(&moved).keys().collect::<Vec<_>>(),
        "the same UIDs"
    );
    let starts = |events: &[BTreeMap<String, Value>]| -> BTreeMap<String, String> {
        events.iter().map(|e| (text(e, "uid"), text(e, "start"))).collect()
    };
    let mut changed = 0;
    for (uid, sequence) in seqs(&moved) {
        if starts(&moved)[&uid] != starts(&first)[&uid] {
            assert_eq!(sequence, seqs(&first)[&uid] + 1, "{uid} moved: a higher SEQUENCE");
            changed += 1;
        } else {
            // "Keep the day calm" the morning before stays where it was.
            assert_eq!(sequence, seqs(&first)[&uid], "{uid} did not change: the same SEQUENCE");
        }
    }
    assert!(changed >= 8, "the session's own times all moved: {changed}");
    assert!(!store.phone_status(now).unwrap().sessions[0].out_of_date);

    store.cancel_session(session.id, now).unwrap();
    let (calendar, cancelled) = export(&mut store, &session, now + Duration::minutes(15));
    assert_eq!(calendar.events, 0);
    assert_eq!(
        cancelled.len(),
        first.len(),
        "every event sent before goes out cancelled"
    );
    for event in &cancelled {
        assert_eq!(text(event, "status"), "CANCELLED", "{event:?}");
        assert_eq!(
            event["sequence"].as_i64().unwrap(),
            seqs(&moved)[&text(event, "uid")] + 1
        );
    }
}

/// A ticked item sent before goes out cancelled, so the phone stops
/// reminding of it; one ticked before any export is simply not there.
#[test]
fn an_item_ticked_after_sending_is_cancelled_on_the_phone() {
    let now = at("2026-12-01T12:00:00Z");
    let mut store = in_memory_store();
    store.set_phone_titles(PhoneTitles::Full).unwrap();
    let session = session_at(&mut store, "2026-12-10T09:00", "Europe/Berlin", now);
    export(&mut store, &session, now);
    let sleep = store
        .items_of_session(session.id)
        .unwrap()
        .into_iter()
        .find(|i| i.key.as_deref() == Some("sleep"))
        .unwrap();
    store.set_item_done(sleep.id, true, now).unwrap();
    let (calendar, events) = export(&mut store, &session, now);
    let uid = format!("steady-item-{}@steady.local", sleep.id);
    let event = events.iter().find(|e| text(e, "uid") == uid).expect("sent again");
    assert_eq!(
        (text(event, "status").as_str(), event["sequence"].as_i64()),
        ("CANCELLED", Some(1))
    );
    assert_eq!(calendar.cancelled, 1);
}

/// Neutral titles: nothing in the file names the medicine, the clinic, the
/// driver or the care ("infusion", "eat", "driving").
#[test]
fn neutral_titles_carry_no_medicine_clinic_or_care_word() {
    let now = at("2026-12-01T12:00:00Z");
    let mut store = in_memory_store();
    store.set_time_style(H24);
    let session = session_at(&mut store, "2026-12-10T09:00", "Europe/Berlin", now);
    assert!(
        store.phone_calendar(session.id, now).is_err(),
        "the patient chooses the titles before the first export"
    );
    store.set_phone_titles(PhoneTitles::Neutral).unwrap();
    let (calendar, events) = export(&mut store, &session, now);
    // What a person reads: every line but the UIDs (identifiers a calendar
    // keeps to itself, the same whatever the titles, so a phone updates).
    let lower: String = calendar
        .ics
        .lines()
        .filter(|line| !line.starts_with("UID:"))
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase();
    for word in [
        "lamictal",
        "lakeside",
        "zoë",
        "quist",
        "infusion",
        "eat",
        "drink",
        "driv",
        "medicine",
        "session at",
        "clinic",
    ] {
        assert!(
            !lower.contains(word),
            "{word:?} is in the neutral file:\n{}",
            calendar.ics
        );
    }
    assert!(events
        .iter()
        .all(|e| text(e, "summary").starts_with("Steady: ") && text(e, "location").is_empty()));
    assert!(events
        .iter()
        .any(|e| text(e, "summary") == "Steady: one thing to do at 03:00"));
}

/// khal imports the first file, then the file written after the session
/// moved: it lists the new times once each, not both.
#[test]
fn khal_keeps_one_copy_that_follows_the_move() {
    let dir = tempfile::tempdir().unwrap();
    let calendar_dir = dir.path().join("calendar");
    std::fs::create_dir_all(&calendar_dir).unwrap();
    let config = dir.path().join("khal.conf");
    std::fs::write(
        &config,
        format!(
            "[calendars]\n[[phone]]\npath = {}\ntype = calendar\n[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\nlocal_timezone = Europe/Berlin\ndefault_timezone = Europe/Berlin\n[default]\ndefault_calendar = phone\n",
            calendar_dir.display()
        ),
    )
    .unwrap();
    let khal = |args: &[&str]| -> String {
        let out = Command::new("khal")
            .arg("-c")
            .arg(&config)
            .args(args)
            .env("TZ", "Europe/Berlin")
            .output()
            .expect("khal (Debian's khal package, make deps-test)");
        assert!(
            out.status.success(),
            "khal {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let now = at("2026-12-01T12:00:00Z");
    let mut store = in_memory_store();
    store.set_time_style(H24);
    store.set_phone_titles(PhoneTitles::Full).unwrap();
    let session = session_at(&mut store, "2026-12-10T09:00", "Europe/Berlin", now);
    let first = store.phone_calendar(session.id, now).unwrap();
    let file = dir.path().join("first.ics");
    std::fs::write(&file, &first.ics).unwrap();
    khal(&["import", "--batch", file.to_str().unwrap()]);
    let list =
        |khal: &dyn Fn(&[&str]) -> String| khal(&["list", "--format", "{start-time} {title}", "2026-12-09", "3d"]);
    let before = list(&khal);
    assert!(before.contains("03:00 Stop eating"), "{before}");

    store.move_session(session.id, "2026-12-10T11:00", now).unwrap();
    let moved = store.phone_calendar(session.id, now).unwrap();
    std::fs::write(&file, &moved.ics).unwrap();
    khal(&["import", "--batch", file.to_str().unwrap()]);
    let after = list(&khal);
    assert!(after.contains("05:00 Stop eating"), "the new time: {after}");
    assert!(!after.contains("03:00 Stop eating"), "the old time is gone: {after}");
    let lines: Vec<&str> = after.lines().filter(|l| l.contains(':') && l.len() > 6).collect();
    let mut seen = std::collections::BTreeSet::new();
    for line in &lines {
        assert!(seen.insert(*line), "no duplicates: {line}\n{after}");
    }
    assert_eq!(
        lines.len(),
        first.events,
        "one line per event, as many as sent: {after}"
    );
}

/// The QR codes, drawn as an image and decoded by zbar: one a day, each a
/// calendar that parses and holds that day's events.
#[test]
fn the_qr_codes_decode_into_each_days_calendar() {
    let now = at("2026-12-01T12:00:00Z");
    let mut store = in_memory_store();
    store.set_time_style(H24);
    store.set_phone_titles(PhoneTitles::Full).unwrap();
    let session = session_at(&mut store, "2026-12-10T09:00", "Europe/Berlin", now);
    let calendar = store.phone_calendar(session.id, now).unwrap();
    assert!(calendar.qr.len() >= 2, "at least one code a day: {}", calendar.qr.len());
    let all = read_with_python_icalendar(&calendar.ics);
    let mut decoded_uids = Vec::new();
    let dir = tempfile::tempdir().unwrap();
    for (n, code) in calendar.qr.iter().enumerate() {
        assert!(
            code.modules <= 121,
            "{} is small enough to read off a screen: {} modules",
            code.label,
            code.modules
        );
        // Three pixels a module, as the window draws it, with the quiet zone.
        let image = dir.path().join(format!("code-{n}.pgm"));
        std::fs::write(&image, pgm_of(&code.svg, 3)).unwrap();
        let out = Command::new("zbarimg")
            .args(["--raw", "-q"])
            .arg(&image)
            .output()
            .expect("zbarimg (zbar-tools)");
        let decoded = String::from_utf8(out.stdout).expect("UTF-8");
        assert!(
            decoded.contains("BEGIN:VCALENDAR"),
            "{}: decoded {decoded:?}",
            code.label
        );
        let events = read_with_python_icalendar(decoded.trim_end_matches('\n'));
        assert!(!events.is_empty(), "{}", code.label);
        for event in &events {
            let full = all
                .iter()
                .find(|e| e["uid"] == event["uid"])
                .expect("the code's event is the file's");
            assert_eq!(
                (&full["start"], &full["sequence"]),
                (&event["start"], &event["sequence"])
            );
            decoded_uids.push(text(event, "uid"));
        }
    }
    decoded_uids.sort();
    let mut file_uids: Vec<String> = all.iter().map(|e| text(e, "uid")).collect();
    file_uids.sort();
    assert_eq!(decoded_uids, file_uids, "the codes together hold every event once");
}

/// A PGM image of an SVG QR code as `QrMatrix::svg` draws it (unit squares
/// `M{x} {y}h1v1h-1z` on a white field), `scale` pixels a module.
fn pgm_of(svg: &str, scale: usize) -> Vec<u8> {
    let side: usize = svg
        .split("viewBox=\"0 0 ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("a square viewBox");
    let mut dark = vec![false; side * side];
    for square in svg.split('M').skip(1) {
        let mut numbers = square.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty());
        if let (Some(x), Some(y)) = (numbers.next(), numbers.next()) {
            if let (Ok(x), Ok(y)) = (x.parse::<usize>(), y.parse::<usize>()) {
                if x < side && y < side && square.contains("h1v1h-1z") {
                    dark[y * side + x] = true;
                }
            }
        }
    }
    let width = side * scale;
    let mut out = format!("P5\n{width} {width}\n255\n").into_bytes();
    for y in 0..width {
        for x in 0..width {
            out.push(if dark[(y / scale) * side + x / scale] { 0 } else { 255 });
        }
    }
    out
}
