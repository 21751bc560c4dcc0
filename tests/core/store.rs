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

/// Issue 24: an error crossing IPC speaks the patient's language when its
/// payload is made, whether its words were written when it was made (a
/// refusal) or are written when it is shown (not found); code and field stay.
#[test]
fn an_error_payload_is_in_the_current_language() {
    use steady_core::basics::i18n::{self, Messages};
    let mut store = in_memory_store();
    let now = at(NOW);
    let payloads = i18n::with_language(&Messages::of("en-XA"), || {
        let past = store
            .create_session(&new_session("2020-01-01T09:00", "Europe/Berlin"), now)
            .unwrap_err()
            .payload();
        let missing = store.session(999).unwrap_err().payload();
        let locked = steady_core::Error::Locked.payload();
        [past, missing, locked]
    });
    assert_eq!(payloads[0].code, ErrorCode::InvalidInput);
    assert_eq!(payloads[0].field.as_deref(), Some("start_local"));
    assert_eq!(payloads[1].code, ErrorCode::NotFound);
    for payload in &payloads {
        let plain: Vec<char> = payload.message.chars().filter(char::is_ascii_alphabetic).collect();
        assert!(plain.is_empty(), "every letter accented: {:?}", payload.message);
        assert!(
            payload.message.chars().any(char::is_alphabetic),
            "{:?}",
            payload.message
        );
    }
    assert!(payloads[1].message.contains("999"), "{:?}", payloads[1].message);
    let english = store.session(999).unwrap_err().payload().message;
    assert_eq!(english, "Session 999 was not found. It may have been removed.");
}

/// A database as each earlier Steady left it (schema 1..current-1, with a
/// session and a ticked item written in that version's shape) opens, migrates
/// in one go, and keeps its data.
#[test]
fn database_from_each_earlier_version_migrates_and_keeps_its_data() {
    for version in 1..SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("steady.sqlite3");
        {
            let conn = rusqlite::Connection::open(&path).unwrap();
            for v in 1..=version {
                conn.execute_batch(steady_core::storage::migrations::migration_sql(v).unwrap())
                    .unwrap();
            }
            conn.pragma_update(None, "user_version", version).unwrap();
            // Version 1's session columns exist up to version 6; version 7
            // moved the numbers into the rules column.
            let session = if version < 7 {
                "INSERT INTO sessions (id, start_at, tz, clinic_name, driver_name, intake_minutes, infusion_minutes,
                    recovery_min_minutes, recovery_max_minutes, fasting_food_hours, fasting_liquids_hours,
                    no_driving_hours, relevant_until, created_at)
                 VALUES (1, '2026-12-03T08:00:00Z', 'Europe/Berlin', 'Lakeside', 'Sam', 20, 40, 60, 180, 6, 2, 24,
                    '2026-12-04T12:00:00Z', '2026-11-25T12:00:00Z');"
            } else {
                "INSERT INTO sessions (id, start_at, tz, clinic_name, driver_name, rules, relevant_until, created_at)
                 VALUES (1, '2026-12-03T08:00:00Z', 'Europe/Berlin', 'Lakeside', 'Sam', '{}',
                    '2026-12-04T12:00:00Z', '2026-11-25T12:00:00Z');"
            };
            conn.execute_batch(session).unwrap();
            conn.execute_batch(
                "INSERT INTO items (session_id, checklist, kind, template_key, title, detail, due_at, done_at)
                 VALUES (1, 'day_before', 'plan', 'sleep', 'Go to bed in good time', '', '2026-12-02T21:00:00Z',
                    '2026-12-02T21:05:00Z');",
            )
            .unwrap();
        }
        let store = Store::open(&path).unwrap_or_else(|e| panic!("schema {version} migrates: {e}"));
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        let session = store.session(1).unwrap();
        assert_eq!(
            (session.clinic_name.as_deref(), session.driver_name.as_deref()),
            (Some("Lakeside"), Some("Sam"))
        );
        let items = store.items_of_session(1).unwrap();
        assert_eq!(
            items[0].done_at,
            Some(at("2026-12-02T21:05:00Z")),
            "schema {version}: the tick is kept"
        );
    }
}

/// Migration 7 (issue 15): a session's numbers, kept in columns before the
/// rules model, become its rules, number for number; what the columns could
/// not say keeps the typical value, except an arrival item it never had.
#[test]
fn a_sessions_numbers_from_before_the_rules_model_become_its_rules() {
    use steady_core::facts::rules::{ClinicRules, Cutoff, NoDriving};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("steady.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for v in 1..=6 {
            conn.execute_batch(steady_core::storage::migrations::migration_sql(v).unwrap())
                .unwrap();
        }
        conn.pragma_update(None, "user_version", 6).unwrap();
        conn.execute_batch(
            "INSERT INTO sessions (id, start_at, tz, intake_minutes, infusion_minutes, recovery_min_minutes,
                recovery_max_minutes, fasting_food_hours, fasting_liquids_hours, no_driving_hours,
                no_driving_until_next_morning, no_alcohol_hours, no_sedatives_hours, protocol_name,
                relevant_until, created_at)
             VALUES (1, '2026-12-03T08:00:00Z', 'Europe/Berlin', 30, 55, 45, 90, 0, 3, 24, 1, 0, 4, 'Lakeside',
                '2026-12-04T12:00:00Z', '2026-11-25T12:00:00Z');",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let rules = store.session(1).unwrap().rules;
    let typical = ClinicRules::default();
    assert_eq!(rules.timeline.intake_minutes, 30);
    assert_eq!(rules.timeline.infusion_minutes, 55);
    assert_eq!(
        (
            rules.timeline.observation_min_minutes,
            rules.timeline.observation_max_minutes
        ),
        (45, 90)
    );
    assert_eq!(
        rules.timeline.arrive_early_minutes, 0,
        "no arrival item appears on an old session"
    );
    assert_eq!(rules.food.solid_food, Cutoff::None, "0 hours was 'no rule'");
    assert_eq!(rules.food.clear_liquids, Cutoff::HoursBefore { hours: 3 });
    assert_eq!(rules.after.no_driving, NoDriving::NextMorning);
    assert_eq!((rules.after.no_alcohol_hours, rules.after.no_sedatives_hours), (0, 4));
    assert_eq!(rules.escort, typical.escort);
    let columns: Vec<String> = rusqlite::Connection::open(&path)
        .unwrap()
        .prepare("SELECT name FROM pragma_table_info('sessions')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        !columns.iter().any(|c| c == "fasting_food_hours"),
        "the old columns are gone: one copy of each rule"
    );
}
