//! Data written by earlier releases' own code (tests/core/fixtures/releases,
//! see its README): each database opens with today's code, migrates, and
//! keeps what that Steady stored; each `steady export data` file imports
//! and keeps the same.
//!
//! Every fixture tells one story, as far as its version could: a session at
//! Lakeside Clinic on 2026-11-23 09:00 in Berlin with Sam driving, a second
//! in March 2027; a note, three ticks, an item of the patient's own, a
//! medicine held; from schema 2 a reminder lead, reminders fired and the
//! stale-after setting; from 3 the ride details and the session's end; from
//! 4 the clinic's protocol, a series and a cancelled session; from 5 two
//! effects, three check-ins, a PHQ-9 and typed crisis numbers; from 7 the
//! bag (Willow Creek's bring list) with two of its four things packed; in 8
//! the country chosen and the check-in settings changed.

use std::path::{Path, PathBuf};

use chrono::Duration;
use steady_core::facts::rules::{Cutoff, NoDriving};
use steady_core::storage::migrations::SCHEMA_VERSION;
use steady_core::Store;

use crate::at;
use crate::transfer::{assert_same_tables, read_tables};

/// The releases' commits and the schema each wrote, oldest first.
const RELEASES: &[(&str, i64)] = &[
    ("32e1b88", 1),
    ("c0af8d4", 2),
    ("c00231b", 3),
    ("698ea9c", 4),
    ("422fe8a", 5),
    ("db9c7aa", 5),
    ("5264c2a", 6),
    ("4230a66", 7),
    ("d390c0d", 8),
];

/// The releases that had `steady export data`.
const EXPORTS: &[&str] = &["db9c7aa", "5264c2a", "4230a66", "d390c0d"];

fn fixture(commit: &str, file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/core/fixtures/releases")
        .join(commit)
        .join(file)
}

fn schema_of(commit: &str) -> i64 {
    RELEASES.iter().find(|(c, _)| *c == commit).unwrap().1
}

/// A copy of a release's database in a folder of its own, opened with
/// today's code (the committed file stays as that release wrote it).
fn open_copy(commit: &str, dir: &Path) -> Store {
    let path = dir.join("steady.sqlite3");
    std::fs::copy(fixture(commit, "steady.sqlite3"), &path).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(
        version,
        schema_of(commit),
        "{commit}: the fixture is as that release left it"
    );
    drop(conn);
    Store::open(&path).unwrap_or_else(|e| panic!("{commit}: today's Steady opens it: {e}"))
}

fn count(path: &Path, table: &str) -> i64 {
    rusqlite::Connection::open(path)
        .unwrap()
        .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

/// What the release at `commit` stored, read back through today's code.
/// `parts_ticked`: whether the ticks of single things in the bag are there
/// (a database has them; the exports of that time did not carry them).
fn assert_kept(commit: &str, store: &Store, path: &Path, parts_ticked: bool) {
    let schema = schema_of(commit);
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION, "{commit}: migrated");
    let session = store.session(1).unwrap();
    assert_eq!(
        (session.start_local.as_str(), session.tz.as_str()),
        ("2026-11-23T09:00", "Europe/Berlin"),
        "{commit}"
    );
    assert_eq!(session.clinic_name.as_deref(), Some("Lakeside Clinic"), "{commit}");
    assert_eq!(session.driver_name.as_deref(), Some("Sam"), "{commit}");
    let ahead = store.session(2).unwrap();
    assert_eq!(ahead.start_local, "2027-03-02T10:30", "{commit}");
    assert_eq!(ahead.driver_name.as_deref(), Some("Alex"), "{commit}");

    let items = store.items_of_session(1).unwrap();
    let find = |title: &str| {
        items
            .iter()
            .find(|i| i.title == title)
            .unwrap_or_else(|| panic!("{commit}: an item {title:?}"))
    };
    let own = find("Pack headphones");
    assert_eq!(own.note.as_deref(), Some("The noise-cancelling ones"), "{commit}");
    assert_eq!(own.due_local, "2026-11-22T20:00:00+01:00", "{commit}");
    assert_eq!(
        own.done_at,
        Some(own.due_at + Duration::minutes(5)),
        "{commit}: the tick"
    );
    let sleep = find("Go to bed in good time");
    assert_eq!(sleep.note.as_deref(), Some("Earplugs: the neighbours"), "{commit}");
    assert_eq!(sleep.done_at, Some(sleep.due_at + Duration::minutes(5)), "{commit}");
    let calm = items.iter().find(|i| i.title.starts_with("Keep")).unwrap();
    assert!(calm.is_done(), "{commit}: {} ticked", calm.title);
    assert_eq!(items.iter().filter(|i| i.is_done()).count(), 3, "{commit}: three ticks");

    if schema < 4 {
        // Medicines were items of their own before the medications table.
        let held = find("Last dose of Lamotrigine 50 mg");
        assert_eq!(held.due_local, "2026-11-22T08:00:00+01:00", "{commit}");
    } else {
        let medicines = store.medications_of_session(1).unwrap();
        assert_eq!(medicines.len(), 1, "{commit}");
        let m = &medicines[0];
        assert_eq!(
            (
                m.name.as_str(),
                m.dose.as_deref(),
                m.hold_hours_before,
                m.restart_hours_after
            ),
            ("Sertraline", Some("50 mg"), 12, Some(6)),
            "{commit}"
        );
        assert!(
            items.iter().any(|i| i.title == "Last dose of Sertraline (50 mg)"),
            "{commit}"
        );
    }
    if schema >= 2 {
        assert_eq!(store.reminder_settings().unwrap().stale_after_hours, 12, "{commit}");
        assert!(count(path, "reminder_log") >= 2, "{commit}: the reminders that fired");
        assert_eq!(find("Last clear drinks").remind_lead_minutes, 30, "{commit}");
    }
    if schema >= 3 {
        assert_eq!(session.driver_phone.as_deref(), Some("+49 151 2345678"), "{commit}");
        assert_eq!(
            session.clinic_address.as_deref(),
            Some("Seestraße 1, Berlin"),
            "{commit}"
        );
        assert_eq!(session.ended_at, Some(at("2026-11-23T10:40:00Z")), "{commit}");
        assert_eq!(store.patient_name().unwrap().as_deref(), Some("Alex"), "{commit}");
    }
    if schema >= 4 {
        let all = store.all_sessions().unwrap();
        let expected = if commit == "5264c2a" { 5 } else { 4 };
        assert_eq!(all.len(), expected, "{commit}: the series planned");
        let cancelled: Vec<i64> = all.iter().filter(|s| s.cancelled_at.is_some()).map(|s| s.id).collect();
        assert_eq!(cancelled, vec![4], "{commit}: the cancelled session stays");
        assert_eq!(count(path, "protocol_imports"), 1, "{commit}: the import, to undo");
        assert!(session.protocol_name.is_some(), "{commit}: the clinic's rules");
    }
    if schema >= 5 {
        let trend = store.trend(at("2026-11-28T09:00:00Z")).unwrap();
        let notes: Vec<_> = trend
            .check_ins
            .iter()
            .map(|c| c.note.clone().unwrap_or_default())
            .collect();
        assert_eq!(notes, ["Day 1: calm", "Day 2: calm", "Day 3: calm"], "{commit}");
        assert_eq!(
            trend.check_ins.iter().map(|c| c.mood).collect::<Vec<_>>(),
            [5, 6, 7],
            "{commit}"
        );
        assert_eq!(trend.phq9.len(), 1, "{commit}");
        assert_eq!(trend.phq9[0].answers, [1, 1, 0, 1, 0, 0, 1, 0, 0], "{commit}");
        assert_eq!(trend.phq9[0].total, 4, "{commit}");
        assert_eq!(count(path, "effect_logs"), 2, "{commit}");
    }
    if (5..8).contains(&schema) {
        // Typed by the patient over the seeded US numbers: migration 8 keeps them.
        let crisis = store.crisis_numbers().unwrap();
        assert_eq!(
            crisis.crisis_line.as_deref(),
            Some("+49 800 1110111 (TelefonSeelsorge)"),
            "{commit}"
        );
        assert_eq!(crisis.emergency_number.as_deref(), Some("112"), "{commit}");
        assert!(crisis.crisis_line_typed, "{commit}");
    }
    if commit == "5264c2a" {
        // A session's own numbers from before the rules model (migration 7).
        let rules = store.session(5).unwrap().rules;
        assert_eq!(
            (rules.timeline.intake_minutes, rules.timeline.infusion_minutes),
            (30, 55)
        );
        assert_eq!(
            (
                rules.timeline.observation_min_minutes,
                rules.timeline.observation_max_minutes
            ),
            (45, 90)
        );
        assert_eq!(
            rules.timeline.arrive_early_minutes, 0,
            "no arrival item on an old session"
        );
        assert_eq!(rules.food.solid_food, Cutoff::None, "0 hours was 'no rule'");
        assert_eq!(rules.food.clear_liquids, Cutoff::HoursBefore { hours: 3 });
        assert_eq!(rules.after.no_driving, NoDriving::NextMorning);
        assert_eq!((rules.after.no_alcohol_hours, rules.after.no_sedatives_hours), (0, 4));
    }
    if schema >= 7 {
        let bag = items.iter().find(|i| i.key.as_deref() == Some("pack_bag")).unwrap();
        let parts: Vec<(&str, bool)> = bag.parts.iter().map(|p| (p.label.as_str(), p.done)).collect();
        assert_eq!(
            parts,
            [
                ("Comfortable clothing", parts_ticked),
                ("A blanket or pillow", false),
                ("Your CPAP machine, if you use one", false),
                ("Headphones and an eye mask", parts_ticked),
            ],
            "{commit}: the bag and what was packed"
        );
        assert_eq!(store.day_times().unwrap().bedtime.to_string(), "23:00", "{commit}");
    }
    if schema >= 8 {
        let crisis = store.crisis_numbers().unwrap();
        assert_eq!(crisis.country.as_deref(), Some("DE"), "{commit}");
        assert!(!crisis.needs_confirming, "{commit}: chosen, not guessed");
        let settings = store.check_in_settings().unwrap();
        assert_eq!(
            (settings.crisis_panel_hours, settings.phq9_every_days),
            (48, 21),
            "{commit}"
        );
        assert_eq!(
            session.driver_note.as_deref(),
            Some("Park at the back, door B"),
            "{commit}"
        );
    }
}

#[test]
fn a_database_from_each_earlier_release_opens_and_keeps_its_data() {
    for (commit, _) in RELEASES {
        let dir = tempfile::tempdir().unwrap();
        let store = open_copy(commit, dir.path());
        assert_kept(commit, &store, &dir.path().join("steady.sqlite3"), true);
    }
}

#[test]
fn an_export_from_each_earlier_release_imports_and_keeps_its_data() {
    for commit in EXPORTS {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("steady.sqlite3");
        let mut store = Store::open(&path).unwrap();
        let file = std::fs::read(fixture(commit, "steady-data.json")).unwrap();
        store
            .import_data(&file, &dir.path().join("backups"), at("2026-11-28T09:00:00Z"))
            .unwrap_or_else(|e| panic!("{commit}: its export imports: {e}"));
        // The files of that time did not carry the ticks of single things.
        assert_kept(commit, &store, &path, false);
    }
}

/// The same release's database and export, brought to today: the same
/// data, table by table, but for the ticks of single things in the bag,
/// which those exports left out.
#[test]
fn an_earlier_release_export_imports_to_what_its_database_migrates_to() {
    for commit in EXPORTS {
        let opened = tempfile::tempdir().unwrap();
        drop(open_copy(commit, opened.path()));
        let imported = tempfile::tempdir().unwrap();
        let path = imported.path().join("steady.sqlite3");
        let mut store = Store::open(&path).unwrap();
        let file = std::fs::read(fixture(commit, "steady-data.json")).unwrap();
        store
            .import_data(&file, &imported.path().join("backups"), at("2026-11-28T09:00:00Z"))
            .unwrap();
        drop(store);
        let mut from_db = read_tables(&opened.path().join("steady.sqlite3"));
        let done_at = from_db["item_parts"]
            .columns
            .iter()
            .position(|c| c == "done_at")
            .unwrap();
        for row in &mut from_db.get_mut("item_parts").unwrap().rows {
            row[done_at] = rusqlite::types::Value::Null;
        }
        assert_same_tables(&from_db, &read_tables(&path));
    }
}

/// Steady 0.1.0 as first released (commit bedaf12, schema 5): the package
/// test's fixture (tests/package/fixtures), written by that release's core.
#[test]
fn the_first_release_database_opens_and_keeps_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("steady.sqlite3");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/package/fixtures/steady-0.1.0-schema5.sqlite3"),
        &path,
    )
    .unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let sessions = store.all_sessions().unwrap();
    assert_eq!(sessions.len(), 2);
    assert_eq!(sessions[0].start_local, "2026-11-22T09:00");
    assert_eq!(sessions[0].clinic_name.as_deref(), Some("Lakeside Clinic"));
    assert_eq!(sessions[1].driver_name.as_deref(), Some("Alex"));
    let medicine = &store.medications_of_session(sessions[0].id).unwrap()[0];
    assert_eq!(
        (
            medicine.name.as_str(),
            medicine.dose.as_deref(),
            medicine.hold_hours_before
        ),
        ("Lamotrigine", Some("50 mg"), 24)
    );
    let items = store.items_of_session(sessions[0].id).unwrap();
    let own = items.iter().find(|i| i.title == "Pack headphones").unwrap();
    assert_eq!(own.note.as_deref(), Some("The noise-cancelling ones"));
    assert!(items.iter().filter(|i| i.is_done()).count() >= 8, "the ticks");
    let trend = store.trend(at("2026-11-28T09:00:00Z")).unwrap();
    assert_eq!(
        trend
            .check_ins
            .iter()
            .map(|c| c.note.clone().unwrap_or_default())
            .collect::<Vec<_>>(),
        ["Day 0: calm", "Day 1: calm", "Day 2: calm"]
    );
    assert_eq!(trend.phq9[0].total, 4);
}

/// Migration 9 (issue 26): the firings d390c0d recorded in whole seconds
/// keep their moments, written to the millisecond like new ones, so text
/// order stays time order and old rows stay readable.
#[test]
fn firings_recorded_in_whole_seconds_keep_their_moments_in_milliseconds() {
    let dir = tempfile::tempdir().unwrap();
    let before: Vec<(i64, String)> = {
        let conn = rusqlite::Connection::open(fixture("d390c0d", "steady.sqlite3")).unwrap();
        let mut stmt = conn
            .prepare("SELECT item_id, fired_at FROM reminder_log WHERE fired_at IS NOT NULL ORDER BY item_id")
            .unwrap();
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    assert!(!before.is_empty(), "d390c0d fired reminders");
    assert!(
        before.iter().all(|(_, at)| !at.contains('.')),
        "recorded in whole seconds: {before:?}"
    );
    drop(open_copy("d390c0d", dir.path()));
    let conn = rusqlite::Connection::open(dir.path().join("steady.sqlite3")).unwrap();
    for (item, old) in &before {
        let now: String = conn
            .query_row("SELECT fired_at FROM reminder_log WHERE item_id = ?1", [item], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(now, old.replace('Z', ".000Z"), "item {item}");
        assert_eq!(steady_core::basics::time::from_db(&now).unwrap(), at(old));
    }
}

/// Opening an earlier release's data re-words its plan in the patient's
/// language (issue 24), as the window and the CLI do at their first open:
/// words only. Every item keeps its time, its tick and its place, and none
/// is added or taken away, though today's template would plan some
/// differently (the package test of an upgrade from schema 5 found the
/// plan re-made: bedtime and rest moved, an item added).
#[test]
fn rewording_an_earlier_releases_plan_changes_its_words_only() {
    use steady_core::basics::i18n::{with_language, Messages};
    // (id, session, due, done, template key) of every item.
    type ItemRow = (i64, i64, String, Option<String>, Option<String>);
    let rows = |path: &Path| -> Vec<ItemRow> {
        let conn = rusqlite::Connection::open(path).unwrap();
        let mut stmt = conn
            .prepare("SELECT id, session_id, due_at, done_at, template_key FROM items ORDER BY id")
            .unwrap();
        let read = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
            .unwrap()
            .collect::<rusqlite::Result<Vec<_>>>()
            .unwrap();
        read
    };
    let titles = |path: &Path| -> Vec<String> {
        let conn = rusqlite::Connection::open(path).unwrap();
        let mut stmt = conn
            .prepare("SELECT title FROM items WHERE kind = 'plan' ORDER BY id")
            .unwrap();
        let read = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<Vec<_>>>()
            .unwrap();
        read
    };
    for (commit, _) in RELEASES {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("steady.sqlite3");
        let mut store = open_copy(commit, dir.path());
        let before = rows(&path);
        let english = titles(&path);
        assert!(!before.is_empty(), "{commit}: items to keep");
        assert!(
            with_language(&Messages::of("de"), || store.reword_plans()).unwrap(),
            "{commit}: first open in German re-words"
        );
        assert_eq!(rows(&path), before, "{commit}: times, ticks and items as they were");
        let german = titles(&path);
        assert_eq!(german.len(), english.len());
        assert_ne!(german, english, "{commit}: the words are German now");
        assert!(german.iter().any(|t| t == "Nichts mehr essen"), "{commit}: {german:?}");
    }
}
