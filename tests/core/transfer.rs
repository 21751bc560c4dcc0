//! Moving to another computer: export all data, import it, nothing lost.
//!
//! The database is compared with itself, not the export with the export:
//! every table is read with SQL before the export and after the import,
//! and compared table by table, row by row, column by column.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::Duration;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use rusqlite::types::Value;
use steady_core::facts::check_in::NewCheckIn;
use steady_core::facts::day::{ClockTime, DayTimes};
use steady_core::facts::model::{Checklist, NewItem, NewMedicationHold, NewSession, RideDetails};
use steady_core::facts::rules::ClinicRules;
use steady_core::reminders::notifier::RecordingNotifier;
use steady_core::reminders::scheduler;
use steady_core::storage::settings::CheckInSettings;
use steady_core::storage::transfer::NOT_TRANSFERRED;
use steady_core::{ErrorCode, Store};

use crate::{at, item, new_session, session_items};

/// One table as SQL reads it: its columns, and its rows sorted by every
/// column (ids are data too, but a table without one has no order of its own).
#[derive(Debug, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// Every table of the database at `path` but those the transfer leaves out
/// on purpose (`NOT_TRANSFERRED`, each with its reason), read with SQL.
pub fn read_tables(path: &Path) -> BTreeMap<String, Table> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    names
        .into_iter()
        .filter(|name| !NOT_TRANSFERRED.iter().any(|(excluded, _)| excluded == name))
        .map(|name| {
            let columns: Vec<String> = conn
                .prepare(&format!("SELECT name FROM pragma_table_info('{name}') ORDER BY cid"))
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            let order = (1..=columns.len())
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join(", ");
            let mut stmt = conn
                .prepare(&format!("SELECT * FROM \"{name}\" ORDER BY {order}"))
                .unwrap();
            let rows = stmt
                .query_map([], |r| (0..columns.len()).map(|i| r.get::<_, Value>(i)).collect())
                .unwrap()
                .collect::<Result<Vec<Vec<Value>>, _>>()
                .unwrap();
            (name, Table { columns, rows })
        })
        .collect()
}

/// Fails naming the first table, row and column that differ.
pub fn assert_same_tables(before: &BTreeMap<String, Table>, after: &BTreeMap<String, Table>) {
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>(),
        "the same tables"
    );
    for (name, old) in before {
        let new = &after[name];
        assert_eq!(old.columns, new.columns, "{name}: the same columns");
        assert_eq!(
            old.rows.len(),
            new.rows.len(),
            "{name}: {} rows before the move, {} after",
            old.rows.len(),
            new.rows.len()
        );
        for (n, (a, b)) in old.rows.iter().zip(&new.rows).enumerate() {
            for (column, (x, y)) in old.columns.iter().zip(a.iter().zip(b)) {
                assert_eq!(x, y, "{name} row {} column {column}: before the move, after it", n + 1);
            }
        }
    }
}

/// The tables a test's data left empty: a round trip says nothing about
/// them. A table added to the schema lands here until the data below fills
/// it, or until `NOT_TRANSFERRED` names it with a reason.
fn empty_tables(tables: &BTreeMap<String, Table>) -> Vec<String> {
    tables
        .iter()
        .filter(|(_, t)| t.rows.is_empty())
        .map(|(name, _)| name.clone())
        .collect()
}

const ZONES: &[&str] = &[
    "Europe/Berlin",
    "America/New_York",
    "Australia/Sydney",
    "Asia/Kolkata",
    "UTC",
];
const COUNTRIES: &[&str] = &["DE", "GB", "AU", "US", "FR"];

/// One session of the year, and what the patient did around it.
#[derive(Debug, Clone)]
struct SessionUse {
    day: i64,
    hour: u32,
    zone: usize,
    bring: Vec<String>,
    ticks: u32,
    part_ticks: u32,
    note: Option<String>,
    own_item: Option<String>,
    medication: (String, u32, Option<u32>),
    lead_minutes: u32,
    effect: (usize, u8),
    ended: bool,
    cancelled: bool,
}

#[derive(Debug, Clone)]
struct YearOfUse {
    sessions: Vec<SessionUse>,
    check_ins: Vec<(u8, u8, u8, u8, bool, Option<String>)>,
    phq9: Vec<[u8; 9]>,
    patient_name: String,
    crisis: Option<(String, String)>,
    country: usize,
    bedtime: (u32, u32),
    check_in_settings: (u32, u32),
    groggy: bool,
}

/// Text as people type it: letters of any script, digits, quotes, markup
/// and emoji, never blank.
fn words() -> impl Strategy<Value = String> {
    "[\\p{L}\\p{N}🎒✓][\\p{L}\\p{N} '\"<>&.,!?🎒✓-]{0,24}"
}

fn session_use() -> impl Strategy<Value = SessionUse> {
    (
        (
            3i64..360,
            7u32..17,
            0..ZONES.len(),
            prop::collection::vec(words(), 1..5),
        ),
        (
            any::<u32>(),
            any::<u32>(),
            prop::option::of(words()),
            prop::option::of(words()),
        ),
        (
            (words(), 0u32..72, prop::option::of(0u32..48)),
            0u32..120,
            (0usize..7, 0u8..=10),
            any::<bool>(),
            prop::bool::weighted(0.2),
        ),
    )
        .prop_map(
            |(
                (day, hour, zone, bring),
                (ticks, part_ticks, note, own_item),
                (medication, lead_minutes, effect, ended, cancelled),
            )| SessionUse {
                day,
                hour,
                zone,
                bring,
                ticks,
                part_ticks,
                note,
                own_item,
                medication,
                lead_minutes,
                effect,
                ended,
                cancelled,
            },
        )
}

fn year_of_use() -> impl Strategy<Value = YearOfUse> {
    (
        prop::collection::vec(session_use(), 1..5),
        prop::collection::vec(
            (
                0u8..=10,
                0u8..=10,
                0u8..=10,
                0u8..=10,
                any::<bool>(),
                prop::option::of(words()),
            ),
            1..12,
        ),
        prop::collection::vec(prop::array::uniform9(0u8..=3), 1..4),
        (
            "[\\p{L}][\\p{L} '-]{0,20}",
            prop::option::of((words(), "[0-9 +]{3,14}")),
        ),
        (
            0..COUNTRIES.len(),
            (20u32..24, 0u32..60),
            (1u32..=168, 7u32..=28),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(sessions, check_ins, phq9, (patient_name, crisis), (country, bedtime, check_in_settings, groggy))| {
                YearOfUse {
                    sessions,
                    check_ins,
                    phq9,
                    patient_name,
                    crisis,
                    country,
                    bedtime,
                    check_in_settings,
                    groggy,
                }
            },
        )
}

/// Writes `year` into `store` through the same calls the app makes: every
/// table gets rows.
fn live(store: &mut Store, year: &YearOfUse) {
    let start_of_year = at("2026-01-01T08:00:00Z");
    let day = DayTimes {
        bedtime: ClockTime::hm(year.bedtime.0, year.bedtime.1),
        ..DayTimes::default()
    };
    store.set_day_times(&day, start_of_year).unwrap();
    let mut upcoming = Vec::new();
    for s in &year.sessions {
        let start = start_of_year + Duration::days(s.day);
        let mut rules = ClinicRules::default();
        rules.bring.clone_from(&s.bring);
        let session = store
            .create_session(
                &NewSession {
                    start_local: format!("{}T{:02}:15", start.format("%Y-%m-%d"), s.hour),
                    tz: Some(ZONES[s.zone].into()),
                    clinic_name: Some("Lakeside Clinic".into()),
                    driver_name: Some("Sam".into()),
                    rules: Some(rules),
                },
                start_of_year,
            )
            .unwrap();
        store
            .set_ride_details(
                session.id,
                &RideDetails {
                    driver_name: Some("Sam".into()),
                    driver_phone: Some("+49 151 2345678".into()),
                    driver_relation: s.note.clone(),
                    driver_contact: None,
                    driver_email: Some("sam@example.org".into()),
                    driver_note: s.own_item.clone(),
                    clinic_name: Some("Lakeside Clinic".into()),
                    clinic_phone: Some("+1 555 0100".into()),
                    clinic_address: s.note.clone(),
                },
                start_of_year,
            )
            .unwrap();
        let (name, hold, restart) = &s.medication;
        store
            .add_medication_hold(
                &NewMedicationHold {
                    session_id: session.id,
                    name: name.clone(),
                    dose: Some("50 mg".into()),
                    hold_hours_before: *hold,
                    restart_hours_after: *restart,
                },
                start_of_year,
            )
            .unwrap();
        if let Some(title) = &s.own_item {
            store
                .add_custom_item(
                    &NewItem {
                        session_id: session.id,
                        checklist: Checklist::SessionDay,
                        title: title.clone(),
                        due_local: format!("{}T20:00", start.format("%Y-%m-%d")),
                        note: s.note.clone(),
                    },
                    start_of_year,
                )
                .unwrap();
        }
        let items = session_items(store, &session);
        let bag = items.iter().find(|i| i.key.as_deref() == Some("pack_bag")).unwrap();
        // The scheduler's passes, as the reminders came: the bag's when it
        // was due, and whatever was due half a day before the session.
        let notifier = RecordingNotifier::default();
        scheduler::run_due(store, &notifier, bag.due_at + Duration::seconds(30)).unwrap();
        for position in 0..bag.parts.len() {
            if s.part_ticks & (1 << position) != 0 {
                let moment = bag.due_at + Duration::minutes(position as i64);
                store.set_item_part_done(bag.id, position as u32, true, moment).unwrap();
            }
        }
        for (n, it) in items.iter().enumerate() {
            if it.key.as_deref() != Some("pack_bag") && s.ticks & (1 << (n % 32)) != 0 {
                store
                    .set_item_done(it.id, true, it.due_at + Duration::minutes(3))
                    .unwrap();
            }
        }
        store.set_item_note(items[0].id, s.note.as_deref()).unwrap();
        store
            .set_remind_lead(items[1].id, s.lead_minutes, start_of_year)
            .unwrap();
        scheduler::run_due(store, &notifier, session.start_at - Duration::hours(12)).unwrap();
        // The checklist sent to the phone the day before (issue 27): what it
        // was sent as moves too, so the new computer updates the same events.
        if store.phone_titles().unwrap().is_none() {
            store
                .set_phone_titles(steady_core::storage::phone_events::PhoneTitles::Full)
                .unwrap();
        }
        store
            .phone_calendar(session.id, session.start_at - Duration::hours(30))
            .unwrap();
        let effect = steady_core::facts::effects::EFFECTS[s.effect.0].key;
        store
            .log_effect(session.id, effect, s.effect.1, session.start_at + Duration::hours(2))
            .unwrap();
        if s.ended {
            store
                .set_session_ended(session.id, None, session.start_at + Duration::hours(3))
                .unwrap();
        }
        if s.cancelled {
            store.cancel_session(session.id, start_of_year).unwrap();
        } else {
            upcoming.push(session.id);
        }
    }
    // The clinic's rules applied to the sessions still to come: an import to undo.
    let mut clinic = ClinicRules::default();
    clinic.clinic.name = Some("Lakeside Ketamine Clinic".into());
    clinic.bring = vec!["Photo ID".into(), "Headphones 🎧".into()];
    store.apply_rules(&clinic, &upcoming, start_of_year).unwrap();
    let last = year.sessions.iter().map(|s| s.day).max().unwrap_or(0);
    for (n, c) in year.check_ins.iter().enumerate() {
        let moment = start_of_year + Duration::days(last + 2 + n as i64) + Duration::hours(10);
        store
            .add_check_in(
                &NewCheckIn {
                    mood: c.0,
                    energy: c.1,
                    clarity: c.2,
                    anxiety: c.3,
                    self_harm_thoughts: c.4,
                    note: c.5.clone(),
                },
                moment,
            )
            .unwrap();
    }
    for (n, answers) in year.phq9.iter().enumerate() {
        let moment = start_of_year + Duration::days(last + 3 + 14 * n as i64) + Duration::hours(11);
        store.add_phq9(answers, moment).unwrap();
    }
    store.set_patient_name(Some(&year.patient_name)).unwrap();
    store.choose_country(COUNTRIES[year.country]).unwrap();
    if let Some((line, emergency)) = &year.crisis {
        store.set_crisis_numbers(Some(line), Some(emergency)).unwrap();
    }
    store
        .set_check_in_settings(&CheckInSettings {
            crisis_panel_hours: year.check_in_settings.0,
            phq9_every_days: year.check_in_settings.1,
        })
        .unwrap();
    store.set_groggy_mode(year.groggy).unwrap();
}

/// Export from one computer, import on another that has data of its own.
fn move_to_another_computer(year: &YearOfUse) {
    let old = tempfile::tempdir().unwrap();
    let old_db = old.path().join("steady.sqlite3");
    let mut source = Store::open(&old_db).unwrap();
    live(&mut source, year);
    let before = read_tables(&old_db);
    assert_eq!(
        empty_tables(&before),
        Vec::<String>::new(),
        "every table has rows to move: fill the new table in `live`, or name it in NOT_TRANSFERRED with its reason"
    );
    let file = source.export_data(at("2027-02-01T10:00:00Z")).unwrap();
    drop(source);

    let new = tempfile::tempdir().unwrap();
    let new_db = new.path().join("steady.sqlite3");
    let mut target = Store::open(&new_db).unwrap();
    let other = target
        .create_session(&new_session("2027-03-20T09:00", "UTC"), at("2027-02-01T09:00:00Z"))
        .unwrap();
    let items = session_items(&target, &other);
    target
        .set_item_done(items[0].id, true, at("2027-02-01T09:30:00Z"))
        .unwrap();
    target
        .import_data(file.as_bytes(), &new.path().join("backups"), at("2027-02-02T10:00:00Z"))
        .unwrap();
    drop(target);
    assert_same_tables(&before, &read_tables(&new_db));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Any year of use survives the move: every table, row and column.
    #[test]
    fn a_year_of_use_moves_to_another_computer_unchanged(year in year_of_use()) {
        move_to_another_computer(&year);
    }
}

/// The story of issue 26: a bring list, one thing packed, export, import:
/// the bag comes back with its things and the tick.
#[test]
fn the_bag_and_its_ticks_survive_the_move() {
    let old = tempfile::tempdir().unwrap();
    let mut source = Store::open(&old.path().join("steady.sqlite3")).unwrap();
    let mut session = new_session("2026-12-03T09:00", "Europe/Berlin");
    session.rules = Some(crate::rules(|r| {
        r.bring = vec!["Photo ID".into(), "A blanket".into(), "Headphones".into()];
    }));
    let session = source.create_session(&session, at("2026-11-25T12:00:00Z")).unwrap();
    let bag = item(&session_items(&source, &session), "Pack your bag").id;
    source
        .set_item_part_done(bag, 1, true, at("2026-12-02T18:10:00Z"))
        .unwrap();
    let file = source.export_data(at("2026-12-02T19:00:00Z")).unwrap();

    let new = tempfile::tempdir().unwrap();
    let mut target = Store::open(&new.path().join("steady.sqlite3")).unwrap();
    target
        .import_data(file.as_bytes(), &new.path().join("backups"), at("2026-12-02T19:05:00Z"))
        .unwrap();
    let parts: Vec<(String, bool)> = target
        .item(bag)
        .unwrap()
        .parts
        .into_iter()
        .map(|p| (p.label, p.done))
        .collect();
    assert_eq!(
        parts,
        vec![
            ("Photo ID".to_string(), false),
            ("A blanket".to_string(), true),
            ("Headphones".to_string(), false)
        ],
        "the bag's things and the one packed"
    );
}

/// The guard on the round trip itself: a table the data leaves empty is
/// named, so a table added to the schema cannot go untested.
#[test]
fn a_table_added_without_data_or_a_reason_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("steady.sqlite3");
    let mut store = Store::open(&path).unwrap();
    let year = year_of_use()
        .new_tree(&mut proptest::test_runner::TestRunner::deterministic())
        .unwrap()
        .current();
    live(&mut store, &year);
    assert_eq!(empty_tables(&read_tables(&path)), Vec::<String>::new());
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE planted_notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);")
        .unwrap();
    assert_eq!(empty_tables(&read_tables(&path)), vec!["planted_notes".to_string()]);
}

/// The export is derived from the schema: a table no list names is
/// carried all the same.
#[test]
fn the_export_carries_every_table_of_the_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("steady.sqlite3");
    let store = Store::open(&path).unwrap();
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch(
            "CREATE TABLE planted_notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
             INSERT INTO planted_notes (text) VALUES ('kept');",
        )
        .unwrap();
    let file: serde_json::Value =
        serde_json::from_str(&store.export_data(at("2026-12-05T10:00:00Z")).unwrap()).unwrap();
    assert_eq!(file["tables"]["planted_notes"][0]["text"], "kept");
    let schema_tables = read_tables(&path).into_keys().collect::<Vec<_>>();
    let exported = file["tables"].as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(exported, schema_tables, "every table but the ones named with a reason");
}

fn filled(path: &Path) -> Store {
    let mut store = Store::open(path).unwrap();
    let mut session = new_session("2026-12-03T09:00", "Europe/Berlin");
    session.rules = Some(crate::rules(|r| r.bring = vec!["Photo ID".into(), "A blanket".into()]));
    let session = store.create_session(&session, at("2026-11-25T12:00:00Z")).unwrap();
    let items = session_items(&store, &session);
    let sleep = item(&items, "Go to bed in good time").id;
    store.set_item_done(sleep, true, at("2026-12-02T21:05:00Z")).unwrap();
    store
        .set_item_note(sleep, Some("<script>kept as text</script> ✓"))
        .unwrap();
    let bag = item(&items, "Pack your bag").id;
    store
        .set_item_part_done(bag, 0, true, at("2026-12-02T18:10:00Z"))
        .unwrap();
    store
        .add_check_in(
            &NewCheckIn {
                mood: 7,
                energy: 6,
                clarity: 8,
                anxiety: 2,
                self_harm_thoughts: false,
                note: Some("good day".into()),
            },
            at("2026-12-04T18:00:00Z"),
        )
        .unwrap();
    store
        .add_phq9(&[1, 0, 1, 0, 1, 0, 1, 0, 0], at("2026-12-04T18:05:00Z"))
        .unwrap();
    store.set_patient_name(Some("Alex")).unwrap();
    store
}

#[test]
fn a_bad_file_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("steady.sqlite3");
    let mut store = filled(&path);
    let before = store.export_data(at("2026-12-05T10:00:00Z")).unwrap();
    let tables = read_tables(&path);
    let backups = dir.path().join("backups");
    let refuse = |store: &mut Store, text: &str, words: &str| {
        let err = store
            .import_data(text.as_bytes(), &backups, at("2026-12-05T11:00:00Z"))
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput, "{err}");
        assert!(err.to_string().contains(words), "{err:?} should say {words:?}");
    };
    refuse(&mut store, "{ not json", "not a Steady data file");
    refuse(&mut store, r#"{"format": "something-else"}"#, "not a Steady data file");
    refuse(
        &mut store,
        &before.replace("\"version\": 1", "\"version\": 9"),
        "format version",
    );
    refuse(
        &mut store,
        &before.replacen("\"mood\": 7", "\"mood\": 70", 1),
        "check_ins row 1",
    );
    refuse(
        &mut store,
        &before.replacen("\"mood\": 7", "\"mood\": 7, \"sneaky\": 1", 1),
        "unknown column \"sneaky\"",
    );
    refuse(
        &mut store,
        &before.replacen("\"tables\": {", "\"tables\": {\"planted_notes\": [],", 1),
        "a table Steady does not know: \"planted_notes\"",
    );
    refuse(
        &mut store,
        &before.replacen("\"label\": \"Photo ID\"", "\"label\": [\"Photo ID\"]", 1),
        "item_parts.label: a value must be text, a number or null",
    );
    // A thing in the bag that points at an item the file does not have.
    let orphan = before.replacen("\"item_id\": ", "\"item_id\": 9999", 1);
    refuse(&mut store, &orphan, "item_parts row 1");
    // An item that points at a session the file does not have.
    let orphan = before.replacen("\"session_id\": 1", "\"session_id\": 99", 1);
    refuse(&mut store, &orphan, "items row 1");
    refuse(
        &mut store,
        &before.replace(
            &format!(
                "\"schema_version\": {}",
                steady_core::storage::migrations::SCHEMA_VERSION
            ),
            "\"schema_version\": 0",
        ),
        "data version",
    );
    let newer = before.replace(
        &format!(
            "\"schema_version\": {}",
            steady_core::storage::migrations::SCHEMA_VERSION
        ),
        "\"schema_version\": 99",
    );
    assert_eq!(
        store
            .import_data(newer.as_bytes(), &backups, at("2026-12-05T11:00:00Z"))
            .unwrap_err()
            .code(),
        ErrorCode::NewerSchema
    );
    drop(store);
    assert_same_tables(&tables, &read_tables(&path));
}
