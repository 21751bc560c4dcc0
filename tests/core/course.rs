//! The course: series, cancelling, medicines held, the booster hint, and
//! (clinic protocol files are in protocol.rs).

use steady_core::facts::model::NewMedicationHold;
use steady_core::plan::series::NewSeries;
use steady_core::reminders::decide::ReminderState;
use steady_core::reminders::notifier::RecordingNotifier;
use steady_core::reminders::scheduler::run_due;
use steady_core::views::course::SessionStatus;
use steady_core::ErrorCode;

use crate::{at, in_memory_store, item, new_session, session_items};

const NOW: &str = "2026-11-25T12:00:00Z";

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
            14,
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
    let pass = run_due(&mut store, &notifier, at("2026-12-02T21:30:00Z")).unwrap();
    assert!(pass.fired.is_empty(), "a cancelled session reminds nothing");
    assert!(store.reminders(at(NOW)).unwrap().iter().all(|r| r.item_id != sleep));
    assert_eq!(session_items(&store, &session).len(), 14, "its items stay as history");
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
