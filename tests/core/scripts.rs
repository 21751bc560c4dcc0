//! Any script, everywhere (issue 16): names, clinics, addresses and notes in
//! Latin with accents, Greek, Cyrillic, Hebrew, Arabic, Chinese, Japanese,
//! Korean and emoji come out intact in the ride card and check-in PDFs (read
//! back by poppler's pdftotext), the calendar file (read by the icalendar
//! crate's parser, every line at most 75 octets and valid UTF-8 on its own),
//! the CSV and the driver's message.

use icalendar::parser::{read_calendar, unfold};
use steady_core::facts::check_in::NewCheckIn;
use steady_core::facts::model::RideDetails;
use steady_core::views::ride::calendar_file as ics;
use steady_core::views::ride::Paper;
use steady_core::views::ride_card_pdf::card_pdf;
use unicode_bidi::{BidiInfo, Level};

use crate::{at, in_memory_store, new_session};

/// (script, patient, driver, clinic, address, note)
const SAMPLES: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "Latin with accents",
        "Zoë Ångström",
        "François Müller",
        "Klinik am Nordpark Łódź",
        "ul. Żeromskiego 3, Łódź",
        "Proszę czekać przy wejściu — merci, señor",
    ),
    (
        "Greek",
        "Ελένη",
        "Γιώργος Παπαδόπουλος",
        "Κλινική Αθηνών",
        "Οδός Σταδίου 5, Αθήνα",
        "Θα περιμένω στην είσοδο",
    ),
    (
        "Cyrillic",
        "Анна",
        "Дмитрий Иванов",
        "Клиника Здоровье",
        "ул. Ленина 7, Москва",
        "Подожди меня у входа",
    ),
    (
        "Hebrew",
        "שרה",
        "דוד כהן",
        "מרפאת השרון",
        "רחוב הרצל 12, תל אביב",
        "אחכה ליד הכניסה",
    ),
    (
        "Arabic",
        "ليلى",
        "أحمد علي",
        "مستشفى النور",
        "شارع الملك فهد 5، الرياض",
        "سأنتظرك عند الباب",
    ),
    (
        "Chinese",
        "李娜",
        "王伟",
        "北京协和医院",
        "北京市东城区帅府园1号",
        "请在门口等我",
    ),
    (
        "Japanese",
        "さくら",
        "山田太郎",
        "東京クリニック",
        "東京都千代田区1-1",
        "入口で待っています",
    ),
    (
        "Korean",
        "지민",
        "김민준",
        "서울 클리닉",
        "서울특별시 종로구 1",
        "입구에서 기다릴게요",
    ),
    (
        "Emoji",
        "Alex 🙂",
        "Sam 👍🏽",
        "Sunny Clinic ☀️",
        "1 Main St 🏥",
        "Call me when ready 📞❤️",
    ),
];

/// Characters pdftotext adds around right-to-left text (embeddings and
/// isolates): formatting marks, not content.
fn without_bidi_marks(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}'))
        .collect()
}

/// How `text` looks on screen, left to right, under the Unicode
/// bidirectional algorithm (`level` None: from its first strong letter).
fn visual(text: &str, level: Option<Level>) -> String {
    let info = BidiInfo::new(text, level);
    let Some(para) = info.paragraphs.first() else {
        return String::new();
    };
    let shown = info.reorder_line(para, para.range.clone()).to_string();
    without_bidi_marks(&shown)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn has_rtl(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{0590}'..='\u{08ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}'))
}

/// A line of pdftotext's output in the order its characters stand on the
/// page, left to right. For a page mostly left to right, poppler gives the
/// pieces of a line in page order but each right-to-left piece (between
/// RLE and PDF, U+202B and U+202C) in reading order; reversing those pieces
/// gives the page order back.
fn page_order(line: &str) -> String {
    fn walk(chars: &mut std::iter::Peekable<std::str::Chars<'_>>, rtl: bool) -> Vec<char> {
        let mut out = Vec::new();
        while let Some(c) = chars.next() {
            match c {
                '\u{202b}' | '\u{202e}' => out.extend(walk(chars, true)),
                '\u{202a}' | '\u{202d}' => out.extend(walk(chars, false)),
                '\u{202c}' => break,
                c => out.push(c),
            }
        }
        if rtl {
            out.reverse();
        }
        out
    }
    walk(&mut line.chars().peekable(), false).into_iter().collect()
}

/// `value` was read back from the PDF: as typed, or, for right-to-left text
/// with digits or punctuation between its words (an address), with the
/// same characters standing on the page in the order the Unicode bidi
/// algorithm gives the value. (pdftotext puts the pieces of such a line in
/// page order, not reading order; plain right-to-left names come back
/// exactly as typed.)
fn read_back(extracted: &str, value: &str) -> bool {
    let text = flat(&without_bidi_marks(extracted));
    if text.contains(value) {
        return true;
    }
    if !has_rtl(value) {
        return false;
    }
    let want = visual(value, None);
    extracted.lines().any(|line| flat(&page_order(line)).contains(&want))
}

#[test]
fn every_script_reads_back_from_the_ride_card_and_the_message() {
    for (script, patient, driver, clinic, address, note) in SAMPLES {
        let mut store = in_memory_store();
        store.choose_country("PL").unwrap();
        store.set_patient_name(Some(patient)).unwrap();
        let session = store
            .create_session(
                &new_session("2026-12-03T18:00", "Europe/Warsaw"),
                at("2026-11-25T12:00:00Z"),
            )
            .unwrap();
        store
            .set_ride_details(
                session.id,
                &RideDetails {
                    driver_name: Some(driver.to_string()),
                    driver_phone: Some("+48 42 123 45 67".into()),
                    driver_note: Some(note.to_string()),
                    clinic_name: Some(clinic.to_string()),
                    clinic_phone: Some("+48 42 765 43 21".into()),
                    clinic_address: Some(address.to_string()),
                    ..Default::default()
                },
                at("2026-11-25T12:00:00Z"),
            )
            .unwrap();
        let card = store.ride_card(session.id, crate::H24).unwrap();
        for paper in [Paper::A4, Paper::Letter] {
            let pdf = card_pdf(&card, paper).unwrap();
            let text = crate::pdf_text(&pdf);
            for value in [patient, driver, clinic, address, note] {
                assert!(
                    read_back(&text, value),
                    "{script} on {paper:?}: {value:?} did not come back from\n{text}"
                );
            }
            assert!(
                text.contains("Centrum Wsparcia 800 70 2222"),
                "{script}: Poland's numbers"
            );
        }
        for value in [patient, driver, clinic, address, note] {
            assert!(
                card.message.contains(value),
                "{script}: the driver's message keeps {value:?}"
            );
        }
    }
}

#[test]
fn every_script_reads_back_from_the_calendar_file_folded_on_character_boundaries() {
    let mut store = in_memory_store();
    let mut cards = Vec::new();
    for (_, patient, _, clinic, address, _) in SAMPLES {
        store.set_patient_name(Some(patient)).unwrap();
        let session = store
            .create_session(
                &new_session("2026-12-03T18:00", "Asia/Tokyo"),
                at("2026-11-25T12:00:00Z"),
            )
            .unwrap();
        store
            .set_ride_details(
                session.id,
                &RideDetails {
                    clinic_name: Some(format!("{clinic} {clinic} {clinic}")),
                    clinic_address: Some(address.to_string()),
                    ..Default::default()
                },
                at("2026-11-25T12:00:00Z"),
            )
            .unwrap();
        cards.push(store.ride_card(session.id, crate::H24).unwrap());
    }
    let text = ics(&cards, at("2026-11-26T10:00:00Z"));
    for line in text.as_bytes().split(|b| *b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        assert!(
            line.len() <= 75,
            "{} octets: {:?}",
            line.len(),
            String::from_utf8_lossy(line)
        );
        assert!(
            std::str::from_utf8(line).is_ok(),
            "a character split across lines: {line:?}"
        );
    }
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).expect("the icalendar crate reads it");
    let locations: Vec<&str> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .filter_map(|c| c.find_prop("LOCATION").map(|p| p.val.as_str()))
        .collect();
    let summaries: Vec<String> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .filter_map(|c| c.find_prop("SUMMARY").map(|p| p.val.to_string().replace("\\,", ",")))
        .collect();
    for (script, patient, _, clinic, address, _) in SAMPLES {
        assert!(
            locations.iter().any(|l| l == address),
            "{script}: {address} in {locations:?}"
        );
        let long_clinic = format!("{clinic} {clinic} {clinic}");
        assert!(
            summaries
                .iter()
                .any(|s| s.contains(patient) && s.contains(&long_clinic)),
            "{script}: {patient} at {long_clinic}"
        );
    }
}

#[test]
fn every_script_reads_back_from_the_check_in_summary_and_the_csv() {
    let mut store = in_memory_store();
    store.choose_country("JP").unwrap();
    store
        .create_session(&new_session("2026-12-03T09:00", "UTC"), at("2026-11-25T12:00:00Z"))
        .unwrap();
    for (i, (_, _, _, _, _, note)) in SAMPLES.iter().enumerate() {
        store
            .add_check_in(
                &NewCheckIn {
                    mood: 5,
                    energy: 5,
                    clarity: 5,
                    anxiety: 5,
                    self_harm_thoughts: false,
                    note: Some(note.to_string()),
                },
                at("2026-12-04T08:00:00Z") + chrono::Duration::hours(i as i64),
            )
            .unwrap();
    }
    let trend = store.trend(at("2026-12-05T18:00:00Z")).unwrap();
    let pdf = steady_core::views::check_in_summary::summary_pdf(
        &trend,
        chrono_tz::UTC,
        Paper::A4,
        crate::H24,
        &store.crisis_numbers().unwrap(),
    )
    .unwrap();
    let text = crate::pdf_text(&pdf);
    for (script, _, _, _, _, note) in SAMPLES {
        assert!(read_back(&text, note), "{script}: {note:?} not in\n{text}");
    }
    assert!(text.contains("Yorisoi Hotline 0120-279-338"), "{text}");
    let csv = store.check_ins_csv(at("2026-12-05T18:00:00Z")).unwrap();
    assert!(csv.starts_with('\u{feff}'));
    for (script, _, _, _, _, note) in SAMPLES {
        assert!(csv.contains(note), "{script}: {note} in the CSV");
    }
}

#[test]
fn the_read_back_check_can_fail() {
    // The comparison above is not a tautology: a reversed or missing word fails it.
    assert!(!read_back("דוד", "דוד כהן"));
    assert!(
        !read_back("\u{202b}ןהכ דוד\u{202c}", "דוד כהן"),
        "drawn left to right in reading order"
    );
    assert!(!read_back("Lodz", "Łódź"));
    assert!(read_back("\u{202b}דוד כהן\u{202c}", "דוד כהן"));
    // An address as poppler gives it: pieces in page order.
    assert!(read_back(
        "\u{202b} תל אביב\u{202c},12 \u{202b}רחוב הרצל\u{202c}",
        "רחוב הרצל 12, תל אביב"
    ));
    assert!(!read_back(
        "\u{202b} תל אביב\u{202c},21 \u{202b}רחוב הרצל\u{202c}",
        "רחוב הרצל 12, תל אביב"
    ));
    assert!(!read_back(
        "\u{202b}תל אביב \u{202c},12 \u{202b}רחוב הרצל\u{202c}",
        "רחוב הרצל 12, תל אביב"
    ));
}
