//! Moving to another computer: export all data, import it, nothing lost.

use steady_core::facts::check_in::NewCheckIn;
use steady_core::{ErrorCode, Store};

use crate::{at, item, new_session, session_items};

fn filled(path: &std::path::Path) -> Store {
    let mut store = Store::open(path).unwrap();
    let session = store
        .create_session(
            &new_session("2026-12-03T09:00", "Europe/Berlin"),
            at("2026-11-25T12:00:00Z"),
        )
        .unwrap();
    let sleep = item(&session_items(&store, &session), "Go to bed in good time").id;
    store.set_item_done(sleep, true, at("2026-12-02T21:05:00Z")).unwrap();
    store
        .set_item_note(sleep, Some("<script>kept as text</script> ✓"))
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
fn export_then_import_on_another_computer_keeps_everything() {
    let old = tempfile::tempdir().unwrap();
    let source = filled(&old.path().join("steady.sqlite3"));
    let file = source.export_data(at("2026-12-05T10:00:00Z")).unwrap();

    let new = tempfile::tempdir().unwrap();
    let mut target = Store::open(&new.path().join("steady.sqlite3")).unwrap();
    target
        .create_session(&new_session("2026-12-20T09:00", "UTC"), at("2026-11-25T12:00:00Z"))
        .unwrap();
    let backup = target
        .import_data(file.as_bytes(), &new.path().join("backups"), at("2026-12-05T11:00:00Z"))
        .unwrap();
    assert!(backup.exists(), "what was there before is backed up");
    assert_eq!(
        target.export_data(at("2026-12-05T10:00:00Z")).unwrap(),
        file,
        "the imported data exports to the very same file"
    );
    assert_eq!(target.patient_name().unwrap().as_deref(), Some("Alex"));
    assert_eq!(
        target.trend(at("2026-12-05T10:00:00Z")).unwrap().check_ins[0]
            .note
            .as_deref(),
        Some("good day")
    );
}

#[test]
fn a_bad_file_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = filled(&dir.path().join("steady.sqlite3"));
    let before = store.export_data(at("2026-12-05T10:00:00Z")).unwrap();
    let backups = dir.path().join("backups");
    let refuse = |store: &mut Store, text: &str, words: &str| {
        let err = store
            .import_data(text.as_bytes(), &backups, at("2026-12-05T11:00:00Z"))
            .unwrap_err();
        assert!(err.to_string().contains(words), "{err}");
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
    // An item that points at a session the file does not have.
    let orphan = before.replacen("\"session_id\": 1", "\"session_id\": 99", 1);
    refuse(&mut store, &orphan, "items row 1");
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
    assert_eq!(
        store.export_data(at("2026-12-05T10:00:00Z")).unwrap(),
        before,
        "nothing changed"
    );
}
