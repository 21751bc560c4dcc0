//! The course: series, cancelling, medicines held, the booster hint, and
//! clinic protocol files (every validation rule, import, undo, fuzzing).

use proptest::prelude::*;
use steady_core::facts::model::NewMedicationHold;
use steady_core::plan::protocol::Protocol;
use steady_core::plan::series::NewSeries;
use steady_core::reminders::decide::ReminderState;
use steady_core::reminders::notifier::RecordingNotifier;
use steady_core::reminders::scheduler::run_due;
use steady_core::views::course::SessionStatus;
use steady_core::ErrorCode;

use crate::{at, in_memory_store, item, new_session, session_items};

const NOW: &str = "2026-11-25T12:00:00Z";
const EXAMPLE: &str = include_str!("../../protocol/examples/lakeside-clinic.toml");

#[test]
fn every_monday_and_thursday_for_three_weeks_makes_six_sessions() {
    let mut store = in_memory_store();
    let series = NewSeries {
        first_date: "2026-11-30".into(), // a Monday
        time: "09:00".into(),
        weekdays: vec!["mon".into(), "Thursday".into()],
        weeks: 3,
        tz: Some("Europe/Berlin".into()),
        clinic_name: None,
        driver_name: None,
    };
    let sessions = store.plan_series(&series, at(NOW)).unwrap();
    let starts: Vec<&str> = sessions.iter().map(|s| s.start_local.as_str()).collect();
    assert_eq!(
        starts,
        [
            "2026-11-30T09:00",
            "2026-12-03T09:00",
            "2026-12-07T09:00",
            "2026-12-10T09:00",
            "2026-12-14T09:00",
            "2026-12-17T09:00"
        ]
    );
    for session in &sessions {
        assert_eq!(
            session_items(&store, session).len(),
            12,
            "each session gets its own checklists"
        );
    }
    let bad = NewSeries {
        weekdays: vec!["someday".into()],
        ..series.clone()
    };
    assert_eq!(
        store.plan_series(&bad, at(NOW)).unwrap_err().code(),
        ErrorCode::InvalidInput
    );
    let in_the_past = NewSeries {
        first_date: "2026-11-20".into(),
        ..series
    };
    assert!(
        store.plan_series(&in_the_past, at(NOW)).is_err(),
        "a past date refuses the whole series"
    );
    assert_eq!(store.all_sessions().unwrap().len(), 6, "nothing half-saved");
}

#[test]
fn cancelling_a_session_stops_its_reminders_and_keeps_its_history() {
    let mut store = in_memory_store();
    let session = store
        .create_session(&new_session("2026-12-03T09:00", "Europe/Berlin"), at(NOW))
        .unwrap();
    let sleep = item(&session_items(&store, &session), "Go to bed in good time").id;
    store.cancel_session(session.id, at(NOW)).unwrap();
    let notifier = RecordingNotifier::default();
    let pass = run_due(&mut store, &notifier, at("2026-12-02T21:00:00Z")).unwrap();
    assert!(pass.fired.is_empty(), "a cancelled session reminds nothing");
    assert!(store.reminders(at(NOW)).unwrap().iter().all(|r| r.item_id != sleep));
    assert_eq!(session_items(&store, &session).len(), 12, "its items stay as history");
    let course = store.course_view(at(NOW), false).unwrap();
    assert_eq!(course.sessions[0].status, SessionStatus::Cancelled);
}

#[test]
fn washout_creates_last_dose_and_restart_items_that_move_with_the_session() {
    let mut store = in_memory_store();
    let session = store
        .create_session(&new_session("2026-12-03T09:00", "Europe/Berlin"), at(NOW))
        .unwrap();
    store
        .add_medication_hold(
            &NewMedicationHold {
                session_id: session.id,
                name: "Lamotrigine".into(),
                dose: Some("100 mg".into()),
                hold_hours_before: 24,
                restart_hours_after: Some(2),
            },
            at(NOW),
        )
        .unwrap();
    let items = session_items(&store, &session);
    let last = item(&items, "Last dose of Lamotrigine (100 mg)");
    assert_eq!(last.due_local, "2026-12-02T09:00:00+01:00");
    let restart = item(&items, "Restart Lamotrigine (100 mg)");
    assert_eq!(
        restart.due_local, "2026-12-03T15:00:00+01:00",
        "2 h after the 13:00 end"
    );
    assert!(store
        .reminders(at(NOW))
        .unwrap()
        .iter()
        .any(|r| r.item_id == last.id && r.state == ReminderState::Pending));

    store.move_session(session.id, "2026-12-04T10:00", at(NOW)).unwrap();
    let items = session_items(&store, &session);
    assert_eq!(
        item(&items, "Last dose of Lamotrigine (100 mg)").due_local,
        "2026-12-03T10:00:00+01:00"
    );

    let med = store.medications_of_session(session.id).unwrap()[0].id;
    store.remove_medication(med, at(NOW)).unwrap();
    assert!(session_items(&store, &session)
        .iter()
        .all(|i| !i.title.contains("Lamotrigine")));
    let blank = NewMedicationHold {
        session_id: session.id,
        name: " ".into(),
        dose: None,
        hold_hours_before: 1,
        restart_hours_after: None,
    };
    assert_eq!(
        store.add_medication_hold(&blank, at(NOW)).unwrap_err().code(),
        ErrorCode::InvalidInput
    );
}

#[test]
fn booster_hint_appears_after_the_induction_series() {
    let mut store = in_memory_store();
    let series = NewSeries {
        first_date: "2026-12-01".into(),
        time: "09:00".into(),
        weekdays: vec!["tue".into(), "fri".into()],
        weeks: 3,
        tz: Some("UTC".into()),
        clinic_name: None,
        driver_name: None,
    };
    store.plan_series(&series, at(NOW)).unwrap();
    assert!(
        store
            .course_view(at("2026-12-10T00:00:00Z"), false)
            .unwrap()
            .booster_hint
            .is_none(),
        "not mid-series"
    );
    let after = store.course_view(at("2026-12-30T00:00:00Z"), false).unwrap();
    let hint = after.booster_hint.expect("a hint after six sessions");
    assert!(hint.text.contains("3 to 6 weeks") && hint.text.contains("typical"));
    // The last session, Friday 18 December, ends at 13:00 (09:00 + 20 + 40 + 180 min).
    assert_eq!(hint.from, at("2026-12-18T13:00:00Z") + chrono::Duration::weeks(3));
}

#[test]
fn example_protocol_is_valid_and_round_trips() {
    let protocol = Protocol::parse(EXAMPLE.as_bytes()).expect("the example protocol is valid");
    assert_eq!(protocol.clinic_name.as_deref(), Some("Lakeside Ketamine Clinic"));
    assert_eq!(protocol.care.fasting_food_hours, 8);
    assert_eq!(protocol.care.no_sedatives_hours, 4);
    assert_eq!(protocol.medications[0].name, "Lamotrigine");
    assert_eq!(
        Protocol::parse(protocol.to_toml().as_bytes()).unwrap(),
        protocol,
        "export reads back the same"
    );
    assert_eq!(
        Protocol::parse(Protocol::default().to_toml().as_bytes()).unwrap(),
        Protocol::default()
    );
}

fn problems(text: &str) -> Vec<String> {
    Protocol::parse(text.as_bytes())
        .expect_err("refused")
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn each_validation_rule_names_the_field_and_line() {
    let absurd = EXAMPLE.replace("solid_food_hours = 8", "solid_food_hours = 300");
    assert_eq!(
        problems(&absurd),
        ["line 12, fasting.solid_food_hours: must be between 0 and 24 hours; it is 300."]
    );
    let negative = EXAMPLE.replace("clear_liquids_hours = 3", "clear_liquids_hours = -2");
    assert_eq!(
        problems(&negative),
        ["line 13, fasting.clear_liquids_hours: must be between 0 and 24 hours; it is -2."]
    );
    let inverted = EXAMPLE.replace("observation_max_minutes = 120", "observation_max_minutes = 30");
    assert_eq!(
        problems(&inverted),
        ["line 19, session.observation_max_minutes: must be at least session.observation_min_minutes."]
    );
    let zero_infusion = EXAMPLE.replace("infusion_minutes = 45", "infusion_minutes = 0");
    assert!(problems(&zero_infusion)[0].contains("session.infusion_minutes"));
    let unknown = EXAMPLE.replace("[fasting]", "[fasting]\nsolid_food_hourz = 8");
    let found = problems(&unknown);
    assert!(
        found[0].starts_with("line 11") && found[0].contains("unknown field `solid_food_hourz`"),
        "{found:?}"
    );
    let future = EXAMPLE.replace("version = 1", "version = 7");
    assert!(
        problems(&future)[0].starts_with("line 3, version: This file is protocol version 7"),
        "{:?}",
        problems(&future)
    );
    let truncated = &EXAMPLE[..EXAMPLE.find("[after]").unwrap() + 4];
    assert!(
        problems(truncated)[0].starts_with("line "),
        "a cut-off file names a line"
    );
    let missing = EXAMPLE.replace("no_driving_hours = 24\n", "");
    assert!(
        problems(&missing)[0].contains("no_driving_hours"),
        "{:?}",
        problems(&missing)
    );
    let two = absurd.replace("clear_liquids_hours = 3", "clear_liquids_hours = 99");
    assert_eq!(problems(&two).len(), 2, "every problem is listed, not just the first");
    // A raw control character is a TOML error; the escaped one decodes and Steady refuses it.
    let control = EXAMPLE.replace("Springfield", "Spring\\u0007field");
    assert!(problems(&control)[0].contains("clinic.address"));

    let mut not_utf8 = EXAMPLE.as_bytes().to_vec();
    not_utf8.splice(0..0, [0xff, 0xfe]);
    assert!(Protocol::parse(&not_utf8).unwrap_err()[0].message.contains("not UTF-8"));
    let huge = vec![b'#'; 50 * 1024 * 1024];
    assert!(Protocol::parse(&huge).unwrap_err()[0].message.contains("at most 64 KB"));
}

#[test]
fn importing_a_protocol_moves_the_fasting_item_and_undo_puts_it_back() {
    let mut store = in_memory_store();
    let session = store
        .create_session(&new_session("2026-12-03T09:00", "Europe/Berlin"), at(NOW))
        .unwrap();
    let stop = item(&session_items(&store, &session), "Stop eating").id;
    assert_eq!(store.item(stop).unwrap().due_local, "2026-12-03T03:00:00+01:00");

    let preview = store.preview_protocol(EXAMPLE.as_bytes(), at(NOW)).unwrap();
    assert!(preview.problems.is_empty());
    assert!(preview
        .changes
        .iter()
        .any(|c| c.label == "No solid food before" && c.from == "6 h" && c.to == "8 h"));
    assert_eq!(preview.sessions.len(), 1);
    assert_eq!(
        store.item(stop).unwrap().due_local,
        "2026-12-03T03:00:00+01:00",
        "a preview changes nothing"
    );

    let receipt = store
        .import_protocol(EXAMPLE.as_bytes(), &[session.id], at(NOW))
        .unwrap();
    let moved = store.item(stop).unwrap();
    assert_eq!(moved.due_local, "2026-12-03T01:00:00+01:00", "8 h before 09:00");
    assert!(!moved.typical, "the clinic's own number is no longer 'typical'");
    let after = store.session(session.id).unwrap();
    assert_eq!(after.clinic_phone.as_deref(), Some("+1 555 0100"));
    assert_eq!(after.protocol_name.as_deref(), Some("Lakeside Ketamine Clinic"));
    assert!(session_items(&store, &session)
        .iter()
        .any(|i| i.title == "No opioids or benzodiazepines"));
    // New sessions follow the imported protocol.
    let next = store
        .create_session(&new_session("2026-12-10T09:00", "Europe/Berlin"), at(NOW))
        .unwrap();
    assert_eq!(next.care.fasting_food_hours, 8);

    store.undo_protocol_import(receipt.import_id, at(NOW)).unwrap();
    let back = store.item(stop).unwrap();
    assert_eq!(back.due_local, "2026-12-03T03:00:00+01:00");
    assert!(back.typical);
    assert_eq!(
        store.session(session.id).unwrap().clinic_phone,
        None,
        "undo restores exactly"
    );
    assert!(session_items(&store, &session)
        .iter()
        .all(|i| i.title != "No opioids or benzodiazepines"));
    assert_eq!(store.current_protocol().unwrap(), Protocol::default());
    assert!(
        store.undo_protocol_import(receipt.import_id, at(NOW)).is_err(),
        "undone once only"
    );

    let bad = EXAMPLE.replace("solid_food_hours = 8", "solid_food_hours = 300");
    assert!(store.import_protocol(bad.as_bytes(), &[session.id], at(NOW)).is_err());
    assert_eq!(
        store.item(stop).unwrap().due_local,
        "2026-12-03T03:00:00+01:00",
        "a refused import changes nothing"
    );
}

#[test]
fn published_schema_matches_the_format() {
    let schema = steady_core::plan::protocol::json_schema();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/protocol/steady-protocol.schema.json");
    // Written like the TS bindings: `make check-bindings` fails when the
    // committed copy differs from what the code defines.
    std::fs::write(path, &schema).unwrap();
    for field in [
        "solid_food_hours",
        "observation_max_minutes",
        "no_driving_until_next_morning",
        "hold_hours_before",
    ] {
        assert!(schema.contains(field), "schema lacks {field}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Arbitrary bytes never panic the parser.
    #[test]
    fn parser_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = Protocol::parse(&bytes);
    }

    /// Nor does the example with any one line replaced by anything.
    #[test]
    fn parser_never_panics_on_a_mangled_example(line in 0usize..30, junk in ".{0,40}") {
        let mut lines: Vec<&str> = EXAMPLE.lines().collect();
        if line < lines.len() { lines[line] = &junk; }
        let text = lines.join("\n");
        if let Err(problems) = Protocol::parse(text.as_bytes()) {
            prop_assert!(!problems.is_empty());
        }
    }
}

#[test]
fn the_course_screen_gets_recent_history_and_every_session_ahead_unless_all_is_asked() {
    let mut store = in_memory_store();
    // 20 weekly sessions in 2026 (planned a week before each), then 2 ahead.
    for week in 0..20 {
        let start = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + chrono::Duration::weeks(week);
        let planned = (start - chrono::Duration::days(7))
            .format("%Y-%m-%dT08:00:00Z")
            .to_string();
        store
            .create_session(&new_session(&format!("{start}T09:00"), "Europe/Berlin"), at(&planned))
            .unwrap();
    }
    for day in ["2026-12-03", "2026-12-10"] {
        store
            .create_session(&new_session(&format!("{day}T09:00"), "Europe/Berlin"), at(NOW))
            .unwrap();
    }
    let recent = store.course_view(at(NOW), false).unwrap();
    assert_eq!(recent.earlier_count, 8);
    assert_eq!(recent.sessions.len(), 12 + 2);
    assert!(recent.sessions[..12].iter().all(|e| e.status == SessionStatus::Past));
    assert!(recent.sessions[12..]
        .iter()
        .all(|e| e.status == SessionStatus::Upcoming));
    // The oldest shown is the ninth session: the eight before it were left out.
    assert!(recent.sessions[0].start_local.starts_with("2026-03-02"));

    let all = store.course_view(at(NOW), true).unwrap();
    assert_eq!((all.earlier_count, all.sessions.len()), (0, 22));
}
