//! The default plan: which items a new session gets and when each is due.

use steady_core::facts::model::{Checklist, ItemKind, NewSession};

use steady_core::facts::rules::{Cutoff, NoDriving};

use crate::{at, in_memory_store, item, new_session, rules, session_items};

#[test]
fn new_session_gets_both_checklists_from_the_template() {
    let mut store = in_memory_store();
    let session = store
        .create_session(
            &new_session("2026-12-03T09:00", "Europe/Berlin"),
            at("2026-11-25T12:00:00Z"),
        )
        .unwrap();
    let items = session_items(&store, &session);

    let titles = |list: Checklist| -> Vec<&str> {
        items
            .iter()
            .filter(|i| i.checklist == list)
            .map(|i| i.title.as_str())
            .collect()
    };
    for expected in [
        "Keep the day calm",
        "Confirm who drives you home",
        "Go to bed in good time",
        "Stop eating",
        "Last clear drinks",
    ] {
        assert!(
            titles(Checklist::DayBefore).contains(&expected),
            "day before lacks {expected:?}: {:?}",
            titles(Checklist::DayBefore)
        );
    }
    for expected in [
        "Someone else drives you home",
        "What you may feel",
        "No driving or machinery",
        "No important decisions today",
        "Rest and drink fluids",
        "The no-driving time ends",
    ] {
        assert!(
            titles(Checklist::SessionDay).contains(&expected),
            "session day lacks {expected:?}"
        );
    }
    assert!(
        items.iter().all(|i| i.kind == ItemKind::Plan && !i.is_done()),
        "a new plan is all plan items, none done"
    );
    assert!(
        items.iter().all(|i| i.source.is_some()),
        "every plan item names its care-facts source"
    );
    assert!(
        items.windows(2).all(|w| w[0].due_at <= w[1].due_at),
        "items come in time order"
    );
}

#[test]
fn due_times_follow_the_session_timeline() {
    let mut store = in_memory_store();
    // Berlin in December is UTC+1: 09:00 local = 08:00 UTC.
    let session = store
        .create_session(
            &new_session("2026-12-03T09:00", "Europe/Berlin"),
            at("2026-11-25T12:00:00Z"),
        )
        .unwrap();
    let items = session_items(&store, &session);
    let due = |title: &str| steady_core::basics::time::to_db(item(&items, title).due_at);

    assert_eq!(
        due("Go to bed in good time"),
        "2026-12-02T21:30:00Z",
        "bedtime the evening before: 22:30 local, the default (Steady's choice)"
    );
    assert_eq!(
        due("Stop eating"),
        "2026-12-03T02:00:00Z",
        "typical 6 h fast before 09:00"
    );
    assert_eq!(
        due("Last clear drinks"),
        "2026-12-03T06:00:00Z",
        "clear liquids until 2 h before"
    );
    // start + intake 20 + infusion 40 + recovery 60..180 min
    assert_eq!(
        due("Someone else drives you home"),
        "2026-12-03T10:00:00Z",
        "earliest release 11:00 local"
    );
    assert_eq!(
        due("No driving or machinery"),
        "2026-12-03T12:00:00Z",
        "session end = latest release 13:00 local"
    );
    assert_eq!(
        due("The no-driving time ends"),
        "2026-12-04T12:00:00Z",
        "24 h after the session's end"
    );
    assert_eq!(
        item(&items, "Go to bed in good time").due_local,
        "2026-12-02T22:30:00+01:00"
    );
    assert_eq!(
        due("Arrive at the clinic"),
        "2026-12-03T07:45:00Z",
        "typical: 15 minutes early"
    );
}

#[test]
fn clinic_numbers_replace_the_typical_ones() {
    let mut store = in_memory_store();
    let clinic = rules(|r| {
        r.food.solid_food = Cutoff::HoursBefore { hours: 8 };
        r.after.no_driving = NoDriving::Hours { hours: 12 };
        r.timeline.infusion_minutes = 60;
    });
    let input = NewSession {
        rules: Some(clinic),
        ..new_session("2026-12-03T09:00", "UTC")
    };
    let session = store.create_session(&input, at("2026-11-25T12:00:00Z")).unwrap();
    let items = session_items(&store, &session);
    assert_eq!(
        steady_core::basics::time::to_db(item(&items, "Stop eating").due_at),
        "2026-12-03T01:00:00Z"
    );
    assert!(
        item(&items, "Stop eating").detail.contains("8 hours"),
        "the text says the clinic's hours"
    );
    // 09:00 + 20 + 60 + 180 min = 13:20, + 12 h
    assert_eq!(
        steady_core::basics::time::to_db(session.timeline.drive_again_at),
        "2026-12-04T01:20:00Z"
    );
}

#[test]
fn driver_named_at_start_appears_in_the_ride_items() {
    let mut store = in_memory_store();
    let input = NewSession {
        driver_name: Some("Sam".into()),
        ..new_session("2026-12-03T09:00", "UTC")
    };
    let session = store.create_session(&input, at("2026-11-25T12:00:00Z")).unwrap();
    let items = session_items(&store, &session);
    assert!(item(&items, "Confirm who drives you home").detail.contains("Sam"));
    assert!(item(&items, "Someone else drives you home")
        .detail
        .starts_with("Sam picks you up"));
}

#[test]
fn bedtime_stays_at_22_30_local_when_clocks_go_forward_that_night() {
    let mut store = in_memory_store();
    // Clocks go forward in Berlin on Sunday 29 March 2026; the session is Monday.
    let session = store
        .create_session(
            &new_session("2026-03-30T09:00", "Europe/Berlin"),
            at("2026-03-20T12:00:00Z"),
        )
        .unwrap();
    let items = session_items(&store, &session);
    assert_eq!(
        item(&items, "Go to bed in good time").due_local,
        "2026-03-29T22:30:00+02:00"
    );
    // The fast is 6 elapsed hours: 09:00 CEST = 07:00 UTC, minus 6 h.
    assert_eq!(
        steady_core::basics::time::to_db(item(&items, "Stop eating").due_at),
        "2026-03-30T01:00:00Z"
    );
}

#[test]
fn fast_across_the_fall_back_night_in_new_york_is_six_real_hours() {
    let mut store = in_memory_store();
    // Clocks go back at 02:00 on Sunday 1 November 2026 in New York.
    let session = store
        .create_session(
            &new_session("2026-11-01T07:00", "America/New_York"),
            at("2026-10-25T12:00:00Z"),
        )
        .unwrap();
    let items = session_items(&store, &session);
    let stop = item(&items, "Stop eating");
    assert_eq!((session.start_at - stop.due_at).num_hours(), 6);
    // 07:00 EST = 12:00 UTC; six hours earlier is 06:00 UTC, the second 01:00
    // of that night (EST), not the first (EDT) an hour earlier.
    assert_eq!(stop.due_local, "2026-11-01T01:00:00-05:00");
    assert_eq!(
        item(&items, "Go to bed in good time").due_local,
        "2026-10-31T22:30:00-04:00"
    );
}

#[test]
fn session_starting_in_a_dst_gap_lands_just_after_it() {
    let mut store = in_memory_store();
    let session = store
        .create_session(
            &new_session("2026-03-29T02:30", "Europe/Berlin"),
            at("2026-03-20T12:00:00Z"),
        )
        .unwrap();
    assert_eq!(
        session.start_local, "2026-03-29T03:30",
        "02:30 does not exist that night"
    );
}
