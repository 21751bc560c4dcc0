//! Storage: persistence, moving sessions, edits, bad input, migrations.

use steady_core::facts::model::{Checklist, NewItem};
use steady_core::storage::migrations::SCHEMA_VERSION;
use steady_core::{ErrorCode, Store};

use crate::{at, in_memory_store, item, new_session, session_items};

const NOW: &str = "2026-11-25T12:00:00Z";

#[test]
fn empty_database_migrates_to_the_current_schema() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("nested/steady.sqlite3")).expect("creates folders and schema");
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert!(store.all_sessions().unwrap().is_empty());
}

#[test]
fn database_from_a_newer_steady_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("steady.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 5).unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("a newer schema is refused");
    assert_eq!(err.code(), ErrorCode::NewerSchema);
    assert!(err.to_string().contains("newer Steady"), "{err}");
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, SCHEMA_VERSION + 5, "the newer data's version is not rewritten");
    assert!(std::fs::read(&path).unwrap() == before, "not a byte changed");
}

/// The window and the tray's reminder loop open the file at the same moment
/// after an update; each must find the schema migrated once, not run the
/// same migration again ("index … already exists" on the second).
#[test]
fn openers_racing_after_an_update_migrate_the_data_once() {
    use steady_core::storage::migrations::migration_sql;
    for round in 0..20 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("steady.sqlite3");
        {
            // Data as an older Steady left it: every migration but the last few.
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.pragma_update(None, "journal_mode", "WAL").unwrap();
            let older = SCHEMA_VERSION - 3;
            for version in 1..=older {
                conn.execute_batch(migration_sql(version).unwrap()).unwrap();
            }
            conn.pragma_update(None, "user_version", older).unwrap();
        }
        let start = std::sync::Arc::new(std::sync::Barrier::new(6));
        let openers: Vec<_> = (0..6)
            .map(|_| {
                let (path, start) = (path.clone(), start.clone());
                std::thread::spawn(move || {
                    start.wait();
                    Store::open(&path).map(|store| store.schema_version().unwrap())
                })
            })
            .collect();
        for opener in openers {
            let version = opener.join().unwrap();
            assert!(
                matches!(version, Ok(v) if v == SCHEMA_VERSION),
                "round {round}: {version:?}"
            );
        }
    }
}

#[test]
fn ticks_and_edits_survive_closing_and_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("steady.sqlite3");
    let (session_id, sleep_id, custom_id) = {
        let mut store = Store::open(&path).unwrap();
        let session = store
            .create_session(&new_session("2026-12-03T09:00", "Europe/Berlin"), at(NOW))
            .unwrap();
        let items = session_items(&store, &session);
        let sleep = item(&items, "Go to bed in good time").id;
        store.set_item_done(sleep, true, at("2026-12-02T21:05:00Z")).unwrap();
        let custom = store
            .add_custom_item(
                &NewItem {
                    session_id: session.id,
                    checklist: Checklist::DayBefore,
                    title: "Pack headphones 🎧".into(),
                    due_local: "2026-12-02T19:00".into(),
                    note: Some("<script>alert(1)</script>".into()),
                },
                at(NOW),
            )
            .unwrap();
        (session.id, sleep, custom.id)
    };
    let store = Store::open(&path).unwrap();
    let sleep = store.item(sleep_id).unwrap();
    assert_eq!(
        sleep.done_at,
        Some(at("2026-12-02T21:05:00Z")),
        "the tick and its time persist"
    );
    let custom = store.item(custom_id).unwrap();
    assert_eq!(custom.title, "Pack headphones 🎧");
    assert_eq!(
        custom.note.as_deref(),
        Some("<script>alert(1)</script>"),
        "stored as the text typed"
    );
    assert_eq!(custom.due_local, "2026-12-02T19:00:00+01:00");
    assert_eq!(store.items_of_session(session_id).unwrap().len(), 15);
}

#[test]
fn moving_the_session_moves_plan_items_and_keeps_hand_set_times() {
    let mut store = in_memory_store();
    let session = store
        .create_session(&new_session("2026-12-03T09:00", "Europe/Berlin"), at(NOW))
        .unwrap();
    let items = session_items(&store, &session);
    let drinks = item(&items, "Last clear drinks").id;
    let stop_eating = item(&items, "Stop eating").id;
    store.set_item_due(drinks, "2026-12-03T06:30", at(NOW)).unwrap();
    let custom = store
        .add_custom_item(
            &NewItem {
                session_id: session.id,
                checklist: Checklist::SessionDay,
                title: "Call mum".into(),
                due_local: "2026-12-03T18:00".into(),
                note: None,
            },
            at(NOW),
        )
        .unwrap();

    store.move_session(session.id, "2026-12-04T14:00", at(NOW)).unwrap();

    let moved = store.item(stop_eating).unwrap();
    assert_eq!(
        moved.due_local, "2026-12-04T08:00:00+01:00",
        "6 h before the new 14:00 start"
    );
    let kept = store.item(drinks).unwrap();
    assert_eq!(
        kept.due_local, "2026-12-03T06:30:00+01:00",
        "a time the user set stays put"
    );
    assert!(kept.due_is_fixed);
    assert_eq!(store.item(custom.id).unwrap().due_local, "2026-12-03T18:00:00+01:00");

    let reset = store.reset_item_due(drinks, at(NOW)).unwrap();
    assert_eq!(
        reset.due_local, "2026-12-04T12:00:00+01:00",
        "back to the plan: 2 h before the new start"
    );
    assert!(!reset.due_is_fixed);
}

#[test]
fn ticking_twice_keeps_the_first_time_and_unticking_clears_it() {
    let mut store = in_memory_store();
    let session = store
        .create_session(&new_session("2026-12-03T09:00", "UTC"), at(NOW))
        .unwrap();
    let id = session_items(&store, &session)[0].id;
    store.set_item_done(id, true, at("2026-12-01T10:00:00Z")).unwrap();
    let again = store.set_item_done(id, true, at("2026-12-01T11:00:00Z")).unwrap();
    assert_eq!(again.done_at, Some(at("2026-12-01T10:00:00Z")));
    assert_eq!(store.set_item_done(id, false, at(NOW)).unwrap().done_at, None);
}

fn refused<T>(result: steady_core::Result<T>, field: &str, words: &str) {
    let err = result.err().expect("refused");
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert_eq!(err.payload().field.as_deref(), Some(field));
    assert!(
        err.to_string().contains(words),
        "message {:?} should mention {words:?}",
        err.to_string()
    );
}

#[test]
fn bad_input_gets_a_clear_message_and_changes_nothing() {
    let mut store = in_memory_store();
    let now = at(NOW);
    refused(
        store.create_session(&new_session("", "UTC"), now),
        "start_local",
        "enter a date",
    );
    refused(
        store.create_session(&new_session("2026-11-20T09:00", "UTC"), now),
        "start_local",
        "already passed",
    );
    refused(
        store.create_session(&new_session("2031-11-20T09:00", "UTC"), now),
        "start_local",
        "check the year",
    );
    refused(
        store.create_session(&new_session("2026-12-03T09:00", "Mars/Olympus"), now),
        "tz",
        "time zone",
    );
    let mut zero_infusion = new_session("2026-12-03T09:00", "UTC");
    zero_infusion.rules = Some(crate::rules(|r| r.timeline.infusion_minutes = 0));
    refused(
        store.create_session(&zero_infusion, now),
        "timeline.infusion_minutes",
        "between 1 and 720 minutes",
    );
    assert!(store.all_sessions().unwrap().is_empty(), "nothing was half-saved");

    let session = store
        .create_session(&new_session("2026-12-03T09:00", "UTC"), now)
        .unwrap();
    let count = session_items(&store, &session).len();
    let long_title = "x".repeat(300);
    let custom = |title: &str| NewItem {
        session_id: session.id,
        checklist: Checklist::DayBefore,
        title: title.into(),
        due_local: "2026-12-02T10:00".into(),
        note: None,
    };
    refused(
        store.add_custom_item(&custom(&long_title), now),
        "title",
        "at most 120 characters; this one has 300",
    );
    refused(store.add_custom_item(&custom("   "), now), "title", "can't be empty");
    refused(
        store.add_custom_item(&custom("bell\u{7}"), now),
        "title",
        "control characters",
    );
    assert_eq!(
        session_items(&store, &session).len(),
        count,
        "refused items were not stored"
    );
    refused(
        store.move_session(session.id, "2026-11-01T09:00", now),
        "start_local",
        "already passed",
    );
    assert_eq!(
        store.session(session.id).unwrap().start_local,
        "2026-12-03T09:00",
        "a refused move leaves the session"
    );

    let missing = store.set_item_done(999_999, true, now).unwrap_err();
    assert_eq!(missing.code(), ErrorCode::NotFound);
    let plan_item = session_items(&store, &session)[0].id;
    refused(store.remove_item(plan_item), "id", "can't be removed");
}
