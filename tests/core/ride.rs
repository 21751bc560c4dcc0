//! The ride home: pickup window, "safe to drive", the calendar file, the card.

use icalendar::parser::{read_calendar, unfold, Component};
use steady_core::facts::model::{NewSession, RideDetails};
use steady_core::facts::rules::{ClinicRules, NoDriving};
use steady_core::views::ride::calendar_file as ics;
use steady_core::views::ride::Paper;
use steady_core::views::ride_card_pdf::card_pdf;
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
                driver_email: Some("sam@example.org".into()),
                driver_note: None,
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
    let card = store.ride_card(session.id, crate::H24).unwrap();
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
    let card = other.ride_card(session.id, crate::US).unwrap();
    assert_eq!(
        card.pickup_words,
        "Pick up Alex at Lakeside Clinic, 12:20 PM–12:20 PM, Thursday, December 3"
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
    let card = store.ride_card(session.id, crate::H24).unwrap();
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
    let card = store.ride_card(session.id, crate::H24).unwrap();
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
    let card = store.ride_card(session.id, crate::H24).unwrap();
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
fn ride_card_pdf_is_one_page_on_a4_and_letter_with_everything_a_driver_needs() {
    let mut store = in_memory_store();
    store.choose_country("DE").unwrap();
    let session = lakeside(&mut store, ClinicRules::default());
    let card = store.ride_card(session.id, crate::H24).unwrap();
    for (paper, size) in [
        (Paper::A4, "595.28 x 841.89 pts (A4)"),
        (Paper::Letter, "612 x 792 pts (letter)"),
    ] {
        let pdf = card_pdf(&card, paper).unwrap();
        crate::keep(&format!("ride-card-{paper:?}.pdf"), &pdf);
        assert!(pdf.starts_with(b"%PDF-"));
        assert_eq!(crate::pdf_pages(&pdf), (1, size.to_string()), "one page of {paper:?}");
        let text = crate::pdf_text(&pdf);
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for expected in [
            "Pick up Alex at Lakeside Clinic",
            "11:00–13:00",
            "Thursday 3 December",
            "The session starts at 09:00",
            "Patient: Alex",
            "Driver: Sam, +49 30 1234567",
            "Seestraße 1, Berlin",
            "Clinic phone: +49 30 7654321",
            "Not before Fri 4 Dec, 13:00",
            "Unsteady on their feet when they stand",
            "Confirm with Alex that you are driving.",
            "Come to the clinic between 11:00–13:00.",
            "Alex must not drive until Fri 4 Dec, 13:00.",
            "Numbers for Germany",
            "TelefonSeelsorge 0800 111 0 111 or 0800 111 0 222 or 116 123 (24/7, free)",
            "Emergency: 112",
            "Call 112 if:",
            "Call Lakeside Clinic (+49 30 7654321) if:",
        ] {
            assert!(flat.contains(expected), "{paper:?}: {expected:?} not in\n{text}");
        }
        assert!(!flat.contains("988"), "no US line on a card for Germany");
    }
}

/// Issue 21: the calendar's words come from the session's own timeline and
/// rules; a clinic's 60-minute infusion must not say "about 40 min", and its
/// own rules are not "typical".
#[test]
fn calendar_text_follows_the_sessions_own_rules() {
    let mut store = in_memory_store();
    let typical = lakeside(&mut store, ClinicRules::default());
    let card = store.ride_card(typical.id, crate::H24).unwrap();
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
    let card = other.ride_card(session.id, crate::H24).unwrap();
    let text = unfold(&ics(&[card], at(PLANNED))).replace("\\,", ",");
    assert!(text.contains("infusion about 1 h, then 30 min of recovery"), "{text}");
    assert!(!text.contains("about 40 min") && !text.contains("typical"), "{text}");
}

/// The codes on the card, as an independent reader sees them: the PDF
/// rendered to PNG by poppler's pdftoppm, decoded by zbar's zbarimg.
fn decoded_codes(pdf: &[u8]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("card.pdf");
    std::fs::write(&path, pdf).unwrap();
    let png = dir.path().join("card");
    let status = std::process::Command::new("pdftoppm")
        .args(["-r", "150", "-png", "-singlefile"])
        .arg(&path)
        .arg(&png)
        .status()
        .expect("pdftoppm (poppler-utils)");
    assert!(status.success());
    let out = std::process::Command::new("zbarimg")
        .args(["--raw", "-q"])
        .arg(png.with_extension("png"))
        .output()
        .expect("zbarimg (zbar-tools) is installed: make deps-test");
    let text = String::from_utf8(out.stdout).expect("zbar gives UTF-8 (the codes say so, ECI 26)");
    // Each code's text ends with a newline; the event's own lines end in CRLF.
    let (event, rest) = match text.find("BEGIN:VEVENT") {
        Some(start) => {
            let end = text[start..].find("END:VEVENT\r\n").expect("a whole event") + start + "END:VEVENT\r\n".len();
            (
                text[start..end].to_string(),
                format!("{}{}", &text[..start], &text[end..]),
            )
        }
        None => (String::new(), text.clone()),
    };
    vec![event, rest.trim().to_string()]
}

#[test]
fn the_cards_qr_codes_give_a_phone_the_pickup_event_and_the_pickup_in_words() {
    let mut store = in_memory_store();
    store.choose_country("PL").unwrap();
    store.set_patient_name(Some("Zoë")).unwrap();
    let session = store
        .create_session(&new_session("2026-12-03T18:00", "Europe/Warsaw"), at(PLANNED))
        .unwrap();
    store
        .set_ride_details(
            session.id,
            &RideDetails {
                driver_name: Some("Γιώργος".into()),
                clinic_name: Some("Klinik am Nordpark Łódź".into()),
                clinic_phone: Some("+48 42 765 43 21".into()),
                clinic_address: Some("ul. Żeromskiego 3, 90-001 Łódź".into()),
                driver_note: Some("请在门口等我".into()),
                ..Default::default()
            },
            at(PLANNED),
        )
        .unwrap();
    let card = store.ride_card(session.id, crate::H24).unwrap();
    for paper in [Paper::A4, Paper::Letter] {
        let pdf = card_pdf(&card, paper).unwrap();
        crate::keep(&format!("ride-card-polish-greek-chinese-{paper:?}.pdf"), &pdf);
        let codes = decoded_codes(&pdf);
        let [event, words] = [&codes[0], &codes[1]];
        assert!(
            event.starts_with("BEGIN:VEVENT"),
            "{paper:?}: the calendar code was read: {codes:?}"
        );
        let unfolded = unfold(event);
        let calendar = read_calendar(&unfolded).expect("the icalendar crate reads the code's event");
        let vevent = calendar
            .components
            .iter()
            .find(|c| c.name == "VEVENT")
            .expect("a VEVENT");
        // 18:00 Warsaw + 20 min intake + 40 min infusion + 1-3 h: 20:00-22:00 local, 19:00-21:00 UTC.
        assert_eq!(prop(vevent, "DTSTART"), "20261203T190000Z");
        assert_eq!(prop(vevent, "DTEND"), "20261203T210000Z");
        assert_eq!(prop(vevent, "LOCATION"), "ul. Żeromskiego 3, 90-001 Łódź");
        assert_eq!(prop(vevent, "SUMMARY"), "Pick up Zoë at Klinik am Nordpark Łódź");
        let alarm = vevent.components.iter().find(|c| c.name == "VALARM").expect("an alarm");
        assert_eq!(prop(alarm, "TRIGGER"), "-PT30M");
        assert_eq!(words, &card.pickup_text(), "{paper:?}");
        assert!(words.contains("20:00–22:00") && words.contains("Łódź"), "{words}");
    }
}

/// Issue 17: a course of sessions gives one card each, and one calendar file
/// with every pickup a driver makes (not the other driver's).
#[test]
fn a_drivers_calendar_holds_their_pickups_over_a_series() {
    let mut store = in_memory_store();
    let mut ids = Vec::new();
    for (day, driver) in [("2026-12-03", "Sam"), ("2026-12-05", "Kim"), ("2026-12-08", " sam ")] {
        let session = store
            .create_session(&new_session(&format!("{day}T09:00"), "Europe/Berlin"), at(PLANNED))
            .unwrap();
        store
            .set_ride_details(
                session.id,
                &RideDetails {
                    driver_name: Some(driver.into()),
                    ..Default::default()
                },
                at(PLANNED),
            )
            .unwrap();
        ids.push(session.id);
    }
    let cards = store.all_ride_cards(crate::H24).unwrap();
    assert_eq!(cards.len(), 3, "one card per session");
    let text = steady_core::views::ride::driver_calendar(&cards, "Sam", at(PLANNED)).expect("Sam drives two");
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();
    let starts: Vec<&str> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .map(|c| prop(c, "DTSTART"))
        .collect();
    assert_eq!(
        starts,
        ["20261203T100000Z", "20261208T100000Z"],
        "Sam's two pickups, not Kim's"
    );
    assert!(steady_core::views::ride::driver_calendar(&cards, "Alex", at(PLANNED)).is_none());
}

// ---- the driver's language (issue 24) ----

use steady_core::basics::i18n::{self, Messages};
use steady_core::views::ride::RideCard;

/// Words of three or more ASCII letters left in `text` once `allowed` (user
/// data, proper names) is taken out: a word the catalogue did not write,
/// since the en-XA pseudo-language accents every letter it writes.
fn plain_words(text: &str, allowed: &[String]) -> Vec<String> {
    let mut flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut allowed: Vec<String> = allowed
        .iter()
        .map(|a| a.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|a| !a.is_empty())
        .collect();
    // Longest first, so "Lakeside Clinic" goes before "Lakeside".
    allowed.sort_by_key(|a| std::cmp::Reverse(a.len()));
    for value in &allowed {
        flat = flat.replace(value.as_str(), " ");
    }
    flat.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| word.len() >= 3)
        .map(str::to_string)
        .collect()
}

/// What a driver's document may say in plain ASCII whatever its language:
/// what the patient typed, and proper names (Steady, the country, its crisis
/// line). The texts of areas whose words are not yet in the catalogue on
/// this branch (the care texts on the way home and the red flags, the
/// escort's rules, the crisis table's hours) are taken out too: once they
/// are, they come out accented and this exclusion takes nothing away.
fn allowed_on(card: &RideCard) -> Vec<String> {
    let mut allowed: Vec<String> = [
        "Steady",
        "Alex",
        "Sam",
        "Lakeside Clinic",
        "Seestraße 1, Berlin",
        "sam@example.org",
    ]
    .map(str::to_string)
    .to_vec();
    let crisis = &card.crisis;
    allowed.extend(crisis.country_name.clone());
    allowed.extend(crisis.crisis_line.clone());
    allowed.extend(crisis.crisis_hours.clone());
    allowed.extend(card.escort_rules.iter().cloned());
    allowed.extend(card.call_whom.iter().map(|flag| flag.situation.clone()));
    for way in &card.on_the_way_home {
        allowed.push(way.feel.to_string());
        allowed.push(way.help.to_string());
    }
    allowed
}

fn lakeside_for_a_driver(store: &mut Store) -> steady_core::facts::model::Session {
    store.choose_country("DE").unwrap();
    let session = lakeside(store, ClinicRules::default());
    store
        .set_ride_details(
            session.id,
            &RideDetails {
                driver_name: Some("Sam".into()),
                driver_phone: Some("+49 30 1234567".into()),
                driver_email: Some("sam@example.org".into()),
                driver_note: Some("Sam".into()),
                clinic_name: Some("Lakeside Clinic".into()),
                clinic_phone: Some("+49 30 7654321".into()),
                clinic_address: Some("Seestraße 1, Berlin".into()),
                ..Default::default()
            },
            at(PLANNED),
        )
        .unwrap();
    store.session(session.id).unwrap()
}

#[test]
fn a_card_in_the_drivers_language_has_every_word_from_the_catalogue() {
    let mut store = in_memory_store();
    let session = lakeside_for_a_driver(&mut store);
    let card = store.ride_card_in(session.id, crate::H24, Some("en-XA")).unwrap();
    assert_eq!(card.language, "en-XA");
    let allowed = allowed_on(&card);
    for paper in [Paper::A4, Paper::Letter] {
        let pdf = card_pdf(&card, paper).unwrap();
        crate::keep(&format!("ride-card-en-XA-{paper:?}.pdf"), &pdf);
        let text = crate::pdf_text(&pdf);
        assert!(text.contains("11:00–13:00"), "{text}");
        assert!(
            text.contains("Lakeside Clinic") && text.contains("+49 30 7654321"),
            "{text}"
        );
        let plain = plain_words(&text, &allowed);
        assert!(
            plain.is_empty(),
            "{paper:?}: not from the catalogue: {plain:?} in\n{text}"
        );
    }
    let message = plain_words(&card.message, &allowed);
    assert!(
        message.is_empty(),
        "the driver's message: {message:?} in\n{}",
        card.message
    );
    let subject = steady_core::views::driver_mail::subject(&card);
    assert!(plain_words(&subject, &allowed).is_empty(), "{subject}");
    for qr in &card.qr {
        let text = format!("{} {}", qr.label, qr.caption);
        assert!(plain_words(&text, &allowed).is_empty(), "{text}");
    }
    assert!(
        plain_words(&card.pickup_text(), &allowed).is_empty(),
        "{}",
        card.pickup_text()
    );
    assert_ne!(
        i18n::current().tag(),
        "en-XA",
        "the patient's language is left as it was"
    );
}

/// The text values of a calendar file's events and alarms (SUMMARY and
/// DESCRIPTION: what a calendar shows), unescaped.
fn calendar_words(text: &str) -> Vec<String> {
    let unfolded = unfold(text);
    let calendar = read_calendar(&unfolded).expect("the icalendar crate reads it");
    let mut words = Vec::new();
    let mut walk = vec![&calendar.components[..]];
    while let Some(components) = walk.pop() {
        for component in components {
            for property in &component.properties {
                if ["SUMMARY", "DESCRIPTION"].contains(&property.name.as_str()) {
                    words.push(property.val.to_string().replace("\\,", ",").replace("\\;", ";"));
                }
            }
            walk.push(&component.components[..]);
        }
    }
    words
}

#[test]
fn a_drivers_calendar_in_their_language_says_every_word_from_the_catalogue() {
    let mut store = in_memory_store();
    let session = lakeside_for_a_driver(&mut store);
    let cards = store.all_ride_cards_in(crate::H24, Some("en-XA")).unwrap();
    let allowed = allowed_on(&cards[0]);
    let driver = steady_core::views::ride::driver_calendar(&cards, "Sam", at(PLANNED)).expect("Sam drives");
    let whole = ics(&cards, at(PLANNED));
    for text in [driver, whole] {
        let words = calendar_words(&text);
        assert!(words.len() >= 2, "summaries and descriptions: {words:?}");
        for value in &words {
            let plain = plain_words(value, &allowed);
            assert!(plain.is_empty(), "not from the catalogue: {plain:?} in {value:?}");
        }
    }
    let card = store.ride_card_in(session.id, crate::H24, Some("en-XA")).unwrap();
    let event = steady_core::views::ride::pickup_event(&card);
    for value in calendar_words(&format!("BEGIN:VCALENDAR\r\n{event}END:VCALENDAR\r\n")) {
        assert!(
            plain_words(&value, &allowed).is_empty(),
            "the QR code's event: {value:?}"
        );
    }
}

#[test]
fn a_card_asked_for_in_english_is_english_whatever_the_patients_language() {
    let mut store = in_memory_store();
    let session = lakeside_for_a_driver(&mut store);
    let english = store.ride_card_in(session.id, crate::H24, Some("en")).unwrap();
    let card = i18n::with_language(&Messages::of("en-XA"), || {
        assert_eq!(i18n::current().tag(), "en-XA", "the patient reads en-XA");
        store.ride_card_in(session.id, crate::H24, Some("en")).unwrap()
    });
    assert_eq!(card.language, "en");
    assert_eq!(
        card.pickup_words,
        "Pick up Alex at Lakeside Clinic, 11:00–13:00, Thursday 3 December"
    );
    assert_eq!(card.message, english.message, "the same message as in English");
    assert_eq!(card.drive_again_words, english.drive_again_words);
    let text = crate::pdf_text(&card_pdf(&card, Paper::A4).unwrap());
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "RIDE HOME CARD",
        "Driving again",
        "Not before Fri 4 Dec, 13:00",
        "Numbers for Germany",
    ] {
        assert!(flat.contains(expected), "{expected:?} not in\n{text}");
    }
    let accented: Vec<char> = flat
        .replace("Seestraße", "")
        .chars()
        .filter(|c| c.is_alphabetic() && !c.is_ascii())
        .collect();
    assert!(
        accented.is_empty(),
        "no en-XA letter on an English card: {accented:?} in\n{text}"
    );
    let patients = i18n::with_language(&Messages::of("en-XA"), || {
        store.ride_card(session.id, crate::H24).unwrap()
    });
    assert_eq!(patients.language, "en-XA", "without a language, the patient's");
    assert_ne!(patients.message, english.message);
}

#[test]
fn a_language_steady_has_no_words_in_is_refused_for_the_card() {
    let mut store = in_memory_store();
    let session = lakeside_for_a_driver(&mut store);
    let err = store.ride_card_in(session.id, crate::H24, Some("tlh")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert_eq!(err.payload().field.as_deref(), Some("language"));
    assert!(err.to_string().contains("“tlh”"), "{err}");
}
