//! The Today view: the next thing to do, the rest of today and tomorrow.

use steady_core::views::today::today_view;

use crate::{at, in_memory_store, item, new_session, session_items};

#[test]
fn a_week_ahead_the_next_thing_is_the_first_day_before_item() {
    let mut store = in_memory_store();
    store
        .create_session(
            &new_session("2026-12-03T09:00", "Europe/Berlin"),
            at("2026-11-25T12:00:00Z"),
        )
        .unwrap();
    let view = today_view(&store, at("2026-11-26T12:00:00Z")).unwrap();
    let next = view.next.expect("a next item");
    assert_eq!(next.item.title, "Keep the day calm");
    assert_eq!(next.days_from_today, 6);
    assert!(view.today.is_empty() && view.tomorrow.is_empty());
    assert_eq!(view.later_count, 13, "the rest of the plan is after tomorrow");
}

#[test]
fn on_the_day_before_today_and_tomorrow_split_by_local_date() {
    let mut store = in_memory_store();
    let session = store
        .create_session(
            &new_session("2026-12-03T09:00", "Europe/Berlin"),
            at("2026-11-25T12:00:00Z"),
        )
        .unwrap();
    // 12:00 Berlin time on the day before.
    let view = today_view(&store, at("2026-12-02T11:00:00Z")).unwrap();
    assert_eq!(
        view.next.as_ref().unwrap().item.title,
        "Keep the day calm",
        "10:00 passed unticked: it is still next"
    );
    let today: Vec<_> = view.today.iter().map(|e| e.item.title.as_str()).collect();
    assert_eq!(today, ["Confirm who drives you home", "Go to bed in good time"]);
    assert!(view.tomorrow.iter().any(|e| e.item.title == "Stop eating"));
    assert!(view.tomorrow.iter().all(|e| e.days_from_today == 1));

    let items = session_items(&store, &session);
    store
        .set_item_done(item(&items, "Keep the day calm").id, true, at("2026-12-02T11:00:00Z"))
        .unwrap();
    let view = today_view(&store, at("2026-12-02T11:00:00Z")).unwrap();
    assert_eq!(
        view.next.unwrap().item.title,
        "Check which medicines to pause",
        "the other 10:00 item, still not done"
    );
    assert!(
        view.today
            .iter()
            .any(|e| e.item.title == "Keep the day calm" && e.item.done_at.is_some()),
        "done items stay visible, ticked"
    );
}

#[test]
fn an_item_unticked_for_over_a_day_counts_as_missed_not_next() {
    let mut store = in_memory_store();
    store
        .create_session(&new_session("2026-12-03T09:00", "UTC"), at("2026-11-25T12:00:00Z"))
        .unwrap();
    // Two days later: the day-before items from 2 Dec 10:00 and 18:00 are over a day old.
    let view = today_view(&store, at("2026-12-03T19:00:00Z")).unwrap();
    assert!(view.missed_count >= 2, "missed: {}", view.missed_count);
    assert_ne!(view.next.unwrap().item.title, "Keep the day calm");
}

#[test]
fn after_the_no_driving_time_the_session_leaves_today() {
    let mut store = in_memory_store();
    store
        .create_session(&new_session("2026-12-03T09:00", "UTC"), at("2026-11-25T12:00:00Z"))
        .unwrap();
    let view = today_view(&store, at("2026-12-05T09:00:00Z")).unwrap();
    assert!(view.session.is_none() && view.next.is_none());
}
