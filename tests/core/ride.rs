//! The ride home: pickup window, "safe to drive", the calendar file, the card.

use icalendar::parser::{read_calendar, unfold, Component};
use steady_core::facts::model::{NewSession, RideDetails};
use steady_core::facts::rules::{ClinicRules, NoDriving};
use steady_core::views::ics::ics;
use steady_core::views::ride::{card_pdf, ClockStyle, Paper};
use steady_core::{ErrorCode, Store};

use crate::{at, in_memory_store, new_session, rules};

const PLANNED: &str = "2026-11-25T12:00:00Z";

fn lakeside(store: &mut Store, clinic: ClinicRules) -> steady_core::facts::model::Session {
    let input = NewSession {
        rules: Some(clinic),
        ..new_session("2026-12-03T09:00", "Europe/Berlin")
    };
    let session = store.create_session(&input, at(PLANNED)).unwrap();
    store
        .set_ride_details(
            session.id,
            &RideDetails {
                driver_name: Some("Sam".into()),
                driver_phone: Some("+49 30 1234567".into()),
                driver_relation: Some("partner".into()),
                driver_contact: Some("text message".into()),
                clinic_name: Some("Lakeside Clinic".into()),
                clinic_phone: Some("+49 30 7654321".into()),
                clinic_address: Some("Seestraße 1, Berlin".into()),
            },
            at(PLANNED),
        )
        .unwrap();
    store.set_patient_name(Some("Alex")).unwrap();
    store.session(session.id).unwrap()
}

#[test]
fn pickup_window_follows_the_clinics_observation_time() {
    let mut store = in_memory_store();
    let session = lakeside(&mut store, ClinicRules::default());
    let card = store.ride_card(session.id, ClockStyle::H24).unwrap();
    // 09:00 + 20 min intake + 40 min infusion + 1-3 h recovery
    assert_eq!(
        card.pickup_words,
        "Pick up Alex at Lakeside Clinic, 11:00–13:00, Thursday 3 December"
    );
    assert!(
        card.message
            .starts_with("Hi Sam! Pick up Alex at Lakeside Clinic, 11:00–13:00"),
        "{}",
        card.message
    );
    assert!(card.message.contains("Clinic phone: +49 30 7654321"));

    let mut other = in_memory_store();
    let clinic = rules(|r| {
        r.timeline.observation_min_minutes = 120;
        r.timeline.observation_max_minutes = 120;
        r.timeline.infusion_minutes = 60;
    });
    let session = lakeside(&mut other, clinic);
    let card = other.ride_card(session.id, ClockStyle::H12).unwrap();
    assert_eq!(
        card.pickup_words,
        "Pick up Alex at Lakeside Clinic, 12:20 PM–12:20 PM, Thursday 3 December"
    );
}

#[test]
fn safe_to_drive_counts_hours_from_the_actual_end() {
    let mut store = in_memory_store();
    let session = lakeside(&mut store, ClinicRules::default());
    assert_eq!(
        session.timeline.drive_again_at,
        at("2026-12-04T12:00:00Z"),
        "planned: 24 h after 13:00 local"
    );
    let ended = store
        .set_session_ended(session.id, Some("2026-12-03T11:40"), at("2026-12-03T11:00:00Z"))
        .unwrap();
    assert_eq!(
        ended.timeline.drive_again_at,
        at("2026-12-04T10:40:00Z"),
        "24 h after 11:40 local"
    );
    let card = store.ride_card(session.id, ClockStyle::H24).unwrap();
    assert!(card
        .drive_again_words
        .starts_with("Alex may drive again from Friday 4 December, 11:40 (24 hours after the session)"));
    let items = store.items_of_session(session.id).unwrap();
    let no_driving = items.iter().find(|i| i.title == "No driving or machinery").unwrap();
    assert_eq!(
        no_driving.due_local, "2026-12-03T11:40:00+01:00",
        "after-session items follow the actual end"
    );
}

#[test]
fn next_morning_rule_ends_the_no_driving_time_at_wake_time_the_next_day() {
    let mut store = in_memory_store();
    let session = lakeside(&mut store, rules(|r| r.after.no_driving = NoDriving::NextMorning));
    assert_eq!(
        session.timeline.drive_again_at,
        at("2026-12-04T06:00:00Z"),
        "07:00 Berlin on Friday: the patient's wake time"
    );
    let card = store.ride_card(session.id, ClockStyle::H24).unwrap();
    assert!(card
        .drive_again_words
        .contains("the next morning, after a night's sleep"));
    let items = store.items_of_session(session.id).unwrap();
    let ends = items.iter().find(|i| i.title == "The no-driving time ends").unwrap();
    assert_eq!(
        ends.due_at, session.timeline.drive_again_at,
        "the item follows the same rule as the card"
    );
    assert!(ends.detail.starts_with("The next morning"), "{}", ends.detail);
}

#[test]
fn session_end_is_refused_before_the_infusion_or_in_the_future() {
    let mut store = in_memory_store();
    let session = lakeside(&mut store, ClinicRules::default());
    let early = store.set_session_ended(session.id, Some("2026-12-03T09:05"), at("2026-12-03T11:00:00Z"));
    assert_eq!(early.unwrap_err().code(), ErrorCode::InvalidInput);
    let future = store.set_session_ended(session.id, Some("2026-12-03T15:00"), at("2026-12-03T11:00:00Z"));
    assert_eq!(future.unwrap_err().code(), ErrorCode::InvalidInput);
    assert!(
        store.session(session.id).unwrap().ended_at.is_none(),
        "nothing was saved"
    );
}

fn prop<'a>(component: &'a Component<'a>, name: &str) -> &'a str {
    component
        .find_prop(name)
        .map(|p| p.val.as_str())
        .unwrap_or_else(|| panic!("no {name}"))
}

#[test]
fn calendar_file_round_trips_through_an_independent_parser() {
    let mut store = in_memory_store();
    let session = lakeside(&mut store, ClinicRules::default());
    let card = store.ride_card(session.id, ClockStyle::H24).unwrap();
    let text = ics(&[card], at("2026-11-26T10:00:00Z"));
    assert!(
        text.lines().all(|l| l.len() <= 76),
        "lines folded at 75 octets (plus CR)"
    );
    assert!(text.contains("\r\n"), "CRLF line ends");

    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).expect("a valid iCalendar file");
    let events: Vec<_> = calendar.components.iter().filter(|c| c.name == "VEVENT").collect();
    assert_eq!(events.len(), 3);
    let session_event = events
        .iter()
        .find(|e| prop(e, "UID").starts_with("steady-session-"))
        .unwrap();
    assert_eq!(
        prop(session_event, "DTSTART"),
        "20261203T080000Z",
        "09:00 Berlin in UTC"
    );
    let pickup = events
        .iter()
        .find(|e| prop(e, "UID").starts_with("steady-pickup-"))
        .unwrap();
    assert_eq!(prop(pickup, "DTSTART"), "20261203T100000Z");
    assert_eq!(prop(pickup, "DTEND"), "20261203T120000Z");
    assert!(
        text.contains("SUMMARY:Pick up Alex at Lakeside Clinic\\, 11:00–13:00"),
        "commas escaped on the wire"
    );
    assert_eq!(
        prop(pickup, "SUMMARY"),
        "Pick up Alex at Lakeside Clinic, 11:00–13:00, Thursday 3 December"
    );
    assert_eq!(
        prop(pickup, "LOCATION"),
        "Seestraße 1, Berlin",
        "and read back as typed"
    );
    let alarm = pickup.components.iter().find(|c| c.name == "VALARM").expect("an alarm");
    assert_eq!(prop(alarm, "TRIGGER"), "-PT30M");
    assert_eq!(prop(alarm, "ACTION"), "DISPLAY");
    let drive = events
        .iter()
        .find(|e| prop(e, "UID").starts_with("steady-drive-again-"))
        .unwrap();
    assert_eq!(prop(drive, "DTSTART"), "20261204T120000Z");

    // The typed model accepts it too.
    let typed: icalendar::Calendar = calendar.into();
    assert_eq!(typed.components.len(), 3);
}

#[test]
fn ride_card_pdf_is_one_well_formed_page_on_a4_and_letter() {
    let mut store = in_memory_store();
    let session = lakeside(&mut store, ClinicRules::default());
    let card = store.ride_card(session.id, ClockStyle::H24).unwrap();
    for (paper, media) in [
        (Paper::A4, "/MediaBox [0 0 595.28 841.89]"),
        (Paper::Letter, "/MediaBox [0 0 612.00 792.00]"),
    ] {
        let pdf = card_pdf(&card, paper, ClockStyle::H24).unwrap();
        // Latin-1 bytes in strings: read the file byte for byte.
        let text: String = pdf.iter().map(|&b| b as char).collect();
        assert!(pdf.starts_with(b"%PDF-1.4"));
        assert!(text.contains(media));
        assert_eq!(text.matches("/Type /Page ").count(), 1, "one page");
        // The big pickup line wraps onto two lines at 20 pt.
        assert!(text.contains("(Pick up Alex at Lakeside Clinic,) Tj"), "{text}");
        assert!(text.contains("(11:00-13:00, Thursday 3 December) Tj"));
        assert!(
            text.contains("(Address: Seestra\\337e 1, Berlin) Tj"),
            "Latin-1 text in WinAnsi"
        );
        assert!(text.contains("Clinic phone: +49 30 7654321"));
        assert!(text.contains("988"), "the crisis line is on the card");
        // Every xref offset (a byte offset) points at its object.
        let xref = find(&pdf, b"\nxref\n").unwrap() + 1;
        let table = String::from_utf8(pdf[xref..].to_vec()).unwrap();
        for (n, line) in table.lines().skip(3).take(7).enumerate() {
            let offset: usize = line[..10].parse().unwrap();
            assert!(
                pdf[offset..].starts_with(format!("{} 0 obj", n + 1).as_bytes()),
                "object {} at {offset}",
                n + 1
            );
        }
        let startxref: usize = table
            .rsplit("startxref\n")
            .next()
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(startxref, xref);
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Issue 21: the calendar's words come from the session's own timeline and
/// rules; a clinic's 60-minute infusion must not say "about 40 min", and its
/// own rules are not "typical".
#[test]
fn calendar_text_follows_the_sessions_own_rules() {
    let mut store = in_memory_store();
    let typical = lakeside(&mut store, ClinicRules::default());
    let card = store.ride_card(typical.id, ClockStyle::H24).unwrap();
    let text = unfold(&ics(&[card], at(PLANNED)));
    assert!(text.contains("infusion about 40 min"), "{text}");
    assert!(text.contains("SUMMARY:No-driving time ends (typical)"));

    let mut other = in_memory_store();
    let clinic = ClinicRules {
        timeline: steady_core::facts::rules::TimelineRules {
            infusion_minutes: 60,
            observation_min_minutes: 30,
            observation_max_minutes: 30,
            ..ClinicRules::default().timeline
        },
        ..ClinicRules::default()
    };
    let input = NewSession {
        rules: Some(clinic),
        ..new_session("2026-12-03T09:00", "Europe/Berlin")
    };
    let session = other.create_session(&input, at(PLANNED)).unwrap();
    let imported = other
        .apply_rules(&other.session(session.id).unwrap().rules, &[session.id], at(PLANNED))
        .unwrap();
    assert_eq!(imported.session_ids, [session.id]);
    let card = other.ride_card(session.id, ClockStyle::H24).unwrap();
    let text = unfold(&ics(&[card], at(PLANNED))).replace("\\,", ",");
    assert!(text.contains("infusion about 1 h, then 30 min of recovery"), "{text}");
    assert!(!text.contains("about 40 min") && !text.contains("typical"), "{text}");
}
