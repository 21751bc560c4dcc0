//! The reminder engine with an injected clock: due, early, late after a
//! suspend, stale, DST, clock jumps, restarts, snooze, pause, no server.

use chrono::{DateTime, Duration, Utc};
use steady_core::facts::day::{ClockTime, DayTimes};
use steady_core::facts::model::{Checklist, NewItem};
use steady_core::reminders::decide::ReminderState;
use steady_core::reminders::notifier::RecordingNotifier;
use steady_core::reminders::scheduler::run_due;
use steady_core::Store;

use crate::{at, in_memory_store, item, new_session, session_items};

const PLANNED: &str = "2026-11-25T12:00:00Z";

/// A Berlin session on 3 December 09:00 (08:00 UTC), planned on 25 November.
fn berlin_session(store: &mut Store) -> steady_core::facts::model::Session {
    store
        .create_session(&new_session("2026-12-03T09:00", "Europe/Berlin"), at(PLANNED))
        .unwrap()
}

fn shown_titles(notifier: &RecordingNotifier) -> Vec<String> {
    notifier
        .shown
        .lock()
        .unwrap()
        .iter()
        .map(|(text, _)| text.title.clone())
        .collect()
}

/// Fires everything due by `now` and forgets what was shown, so a test sees
/// only what its own moment brings.
fn fire_earlier(store: &mut Store, notifier: &RecordingNotifier, now: DateTime<Utc>) {
    run_due(store, notifier, now).unwrap();
    notifier.shown.lock().unwrap().clear();
}

fn state_of(store: &Store, item_id: i64, now: DateTime<Utc>) -> ReminderState {
    store.reminder(item_id, now).unwrap().state
}

#[test]
fn reminder_fires_at_its_time_and_only_once() {
    let mut store = in_memory_store();
    let session = berlin_session(&mut store);
    let confirm = item(&session_items(&store, &session), "Confirm who drives you home").id;
    let notifier = RecordingNotifier::default();
    let due = at("2026-12-02T17:00:00Z"); // 18:00 Berlin
    fire_earlier(&mut store, &notifier, at("2026-12-02T16:00:00Z"));

    let early = run_due(&mut store, &notifier, due - Duration::seconds(1)).unwrap();
    assert!(early.fired.iter().all(|(id, _)| *id != confirm), "not a second early");
    assert_eq!(
        early.next_wake,
        Some(due),
        "the scheduler wakes exactly at the due time"
    );

    let pass = run_due(&mut store, &notifier, due).unwrap();
    assert_eq!(pass.fired, vec![(confirm, true)]);
    let again = run_due(&mut store, &notifier, due + Duration::seconds(30)).unwrap();
    assert!(again.fired.is_empty(), "a second pass does not repeat it");
    assert_eq!(shown_titles(&notifier), ["Confirm who drives you home"]);
    let reminder = store.reminder(confirm, due).unwrap();
    assert_eq!(reminder.state, ReminderState::Shown);
    assert_eq!(reminder.fired_at, Some(due));
    assert_eq!(reminder.late_by_seconds, Some(0));
    assert!(reminder.delivered);
}

/// Issue 26: the firing moment is kept to the millisecond, so a lateness
/// measured from it is not understated by up to a second.
#[test]
fn a_reminder_firing_is_recorded_to_the_millisecond() {
    let mut store = in_memory_store();
    let session = berlin_session(&mut store);
    let confirm = item(&session_items(&store, &session), "Confirm who drives you home").id;
    let notifier = RecordingNotifier::default();
    let due = at("2026-12-02T17:00:00Z");
    fire_earlier(&mut store, &notifier, at("2026-12-02T16:00:00Z"));
    let fired = due + Duration::milliseconds(870);
    run_due(&mut store, &notifier, fired).unwrap();
    let reminder = store.reminder(confirm, fired).unwrap();
    assert_eq!(reminder.fired_at, Some(fired), "870 ms late, not 0 s");
}

#[test]
fn missed_reminder_after_suspend_fires_once_marked_late() {
    let mut store = in_memory_store();
    let session = berlin_session(&mut store);
    let confirm = item(&session_items(&store, &session), "Confirm who drives you home").id;
    let notifier = RecordingNotifier::default();
    fire_earlier(&mut store, &notifier, at("2026-12-02T16:50:00Z"));
    // The laptop slept from 17:50 to 18:25 local; the 18:00 reminder was due meanwhile.
    let resumed = at("2026-12-02T17:25:00Z");
    let pass = run_due(&mut store, &notifier, resumed).unwrap();
    assert_eq!(pass.fired, vec![(confirm, true)]);
    let shown = notifier.shown.lock().unwrap();
    assert!(
        shown[0].0.body.starts_with("Late by 25 min: this was due at 18:00."),
        "{}",
        shown[0].0.body
    );
    assert_eq!(store.reminder(confirm, resumed).unwrap().late_by_seconds, Some(25 * 60));
}

#[test]
fn reminder_more_than_twelve_hours_stale_is_missed_without_a_popup() {
    let mut store = in_memory_store();
    let session = berlin_session(&mut store);
    let items = session_items(&store, &session);
    let calm = item(&items, "Keep the day calm").id; // 2 Dec 10:00 local = 09:00 UTC
    let notifier = RecordingNotifier::default();
    let next_morning = at("2026-12-02T22:00:00Z"); // 13 h later
    let pass = run_due(&mut store, &notifier, next_morning).unwrap();
    assert!(pass.missed.contains(&calm));
    assert!(!shown_titles(&notifier).contains(&"Keep the day calm".to_string()));
    assert_eq!(state_of(&store, calm, next_morning), ReminderState::Missed);

    store.set_stale_after_hours(24).unwrap();
    let mut fresh = in_memory_store();
    let session = berlin_session(&mut fresh);
    fresh.set_stale_after_hours(24).unwrap();
    let calm = item(&session_items(&fresh, &session), "Keep the day calm").id;
    let pass = run_due(&mut fresh, &notifier, next_morning).unwrap();
    assert!(
        pass.fired.iter().any(|(id, _)| *id == calm),
        "with a 24 h window, 13 h late still pops up"
    );
}

#[test]
fn clock_set_back_an_hour_does_not_fire_twice() {
    let mut store = in_memory_store();
    let session = berlin_session(&mut store);
    let notifier = RecordingNotifier::default();
    let due = at("2026-12-02T21:30:00Z"); // bedtime, 22:30 Berlin
    run_due(&mut store, &notifier, due).unwrap();
    let count = notifier.shown.lock().unwrap().len();
    for now in [
        due - Duration::hours(1),
        due - Duration::minutes(1),
        due,
        due + Duration::minutes(5),
    ] {
        let pass = run_due(&mut store, &notifier, now).unwrap();
        assert!(pass.fired.is_empty(), "nothing fires again at {now}");
    }
    assert_eq!(notifier.shown.lock().unwrap().len(), count);
    let _ = session;
}

#[test]
fn clock_set_forward_fires_what_was_skipped_once() {
    let mut store = in_memory_store();
    berlin_session(&mut store);
    let notifier = RecordingNotifier::default();
    // The clock jumps from the morning to 18:30 local (17:30 UTC): the 10:00 and
    // 18:00 local reminders all fire, once each, and bedtime (22:30) is next.
    let pass = run_due(&mut store, &notifier, at("2026-12-02T17:30:00Z")).unwrap();
    assert_eq!(
        shown_titles(&notifier),
        [
            "Keep the day calm",
            "Check which medicines to pause",
            "Confirm who drives you home"
        ]
    );
    assert_eq!(pass.next_wake, Some(at("2026-12-02T21:30:00Z")));
}

#[test]
fn restart_mid_day_does_not_repeat_a_reminder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("steady.sqlite3");
    let notifier = RecordingNotifier::default();
    {
        let mut store = Store::open(&path).unwrap();
        berlin_session(&mut store);
        run_due(&mut store, &notifier, at("2026-12-02T09:00:30Z")).unwrap();
    }
    assert_eq!(
        shown_titles(&notifier),
        ["Keep the day calm", "Check which medicines to pause"]
    );
    let mut reopened = Store::open(&path).unwrap();
    let pass = run_due(&mut reopened, &notifier, at("2026-12-02T09:05:00Z")).unwrap();
    assert!(
        pass.fired.is_empty(),
        "the restarted app finds the reminder already shown"
    );
    // A second process on the same file sees the same.
    let mut other = Store::open(&path).unwrap();
    assert!(run_due(&mut other, &notifier, at("2026-12-02T09:06:00Z"))
        .unwrap()
        .fired
        .is_empty());
}

#[test]
fn bedtime_reminder_on_the_spring_forward_night_fires_at_22_30_cest() {
    let mut store = in_memory_store();
    let session = store
        .create_session(
            &new_session("2026-03-30T09:00", "Europe/Berlin"),
            at("2026-03-20T12:00:00Z"),
        )
        .unwrap();
    let notifier = RecordingNotifier::default();
    run_due(&mut store, &notifier, at("2026-03-29T20:00:00Z")).unwrap();
    let pass = run_due(&mut store, &notifier, at("2026-03-29T20:29:59Z")).unwrap();
    assert_eq!(
        pass.next_wake,
        Some(at("2026-03-29T20:30:00Z")),
        "bedtime, 22:30 CEST, is 20:30 UTC"
    );
    let sleep = item(&session_items(&store, &session), "Go to bed in good time").id;
    let pass = run_due(&mut store, &notifier, at("2026-03-29T20:30:00Z")).unwrap();
    assert!(pass.fired.contains(&(sleep, true)), "{:?}", pass.fired);
}

#[test]
fn a_reminder_in_the_hour_that_happens_twice_fires_once() {
    let mut store = in_memory_store();
    // A night owl's day, so the night (02:30-10:00) leaves 01:00 to itself:
    // this test is about the hour that happens twice, not about the night.
    let owl = DayTimes {
        wake: ClockTime::hm(10, 0),
        morning: ClockTime::hm(11, 0),
        evening: ClockTime::hm(18, 0),
        bedtime: ClockTime::hm(2, 30),
        check_in: ClockTime::hm(19, 0),
    };
    store.set_day_times(&owl, at("2026-10-25T12:00:00Z")).unwrap();
    // Clocks fall back at 02:00 on Sunday 1 November 2026.
    let session = store
        .create_session(
            &new_session("2026-11-01T07:00", "America/New_York"),
            at("2026-10-25T12:00:00Z"),
        )
        .unwrap();
    let items = session_items(&store, &session);
    let stop_eating = item(&items, "Stop eating").id; // 01:00 EST, the second 01:00 = 06:00 UTC
    let notifier = RecordingNotifier::default();
    // The first 01:00 (EDT, 05:00 UTC) passes: not yet.
    let pass = run_due(&mut store, &notifier, at("2026-11-01T05:00:00Z")).unwrap();
    assert!(pass.fired.iter().all(|(id, _)| *id != stop_eating));
    assert_eq!(pass.next_wake, Some(at("2026-11-01T06:00:00Z")));
    let pass = run_due(&mut store, &notifier, at("2026-11-01T06:00:00Z")).unwrap();
    assert_eq!(pass.fired, vec![(stop_eating, true)]);
    assert!(run_due(&mut store, &notifier, at("2026-11-01T06:30:00Z"))
        .unwrap()
        .fired
        .is_empty());
}

#[test]
fn moving_the_session_rearms_a_fired_reminder_for_its_new_time() {
    let mut store = in_memory_store();
    let session = berlin_session(&mut store);
    let sleep = item(&session_items(&store, &session), "Go to bed in good time").id;
    let notifier = RecordingNotifier::default();
    run_due(&mut store, &notifier, at("2026-12-02T21:30:00Z")).unwrap();
    assert_eq!(
        state_of(&store, sleep, at("2026-12-02T21:30:00Z")),
        ReminderState::Shown
    );

    store
        .move_session(session.id, "2026-12-05T09:00", at("2026-12-02T21:40:00Z"))
        .unwrap();
    assert_eq!(
        state_of(&store, sleep, at("2026-12-02T21:40:00Z")),
        ReminderState::Pending
    );
    let pass = run_due(&mut store, &notifier, at("2026-12-04T21:30:00Z")).unwrap();
    assert!(pass.fired.contains(&(sleep, true)), "fires again for the new evening");
}

#[test]
fn an_item_planned_after_its_time_is_not_popped_up() {
    let mut store = in_memory_store();
    // Planned on the evening before at 20:00 local: the 10:00 and 18:00 items have passed.
    let session = store
        .create_session(
            &new_session("2026-12-03T09:00", "Europe/Berlin"),
            at("2026-12-02T19:00:00Z"),
        )
        .unwrap();
    let notifier = RecordingNotifier::default();
    let pass = run_due(&mut store, &notifier, at("2026-12-02T19:00:01Z")).unwrap();
    assert!(pass.fired.is_empty(), "no burst of stale pop-ups right after planning");
    let calm = item(&session_items(&store, &session), "Keep the day calm").id;
    assert_eq!(
        state_of(&store, calm, at("2026-12-02T19:00:01Z")),
        ReminderState::Missed
    );
    assert_eq!(pass.next_wake, Some(at("2026-12-02T21:30:00Z")), "bedtime");
}

#[test]
fn done_items_are_never_reminded() {
    let mut store = in_memory_store();
    let session = berlin_session(&mut store);
    let sleep = item(&session_items(&store, &session), "Go to bed in good time").id;
    store.set_item_done(sleep, true, at("2026-12-02T20:00:00Z")).unwrap();
    let notifier = RecordingNotifier::default();
    let pass = run_due(&mut store, &notifier, at("2026-12-02T21:30:00Z")).unwrap();
    assert!(pass.fired.iter().all(|(id, _)| *id != sleep));
    assert_eq!(state_of(&store, sleep, at("2026-12-02T21:30:00Z")), ReminderState::Done);
}

#[test]
fn snooze_brings_it_back_once_after_the_chosen_time() {
    let mut store = in_memory_store();
    let session = berlin_session(&mut store);
    let sleep = item(&session_items(&store, &session), "Confirm who drives you home").id;
    let notifier = RecordingNotifier::default();
    let due = at("2026-12-02T17:00:00Z"); // 18:00 Berlin
    fire_earlier(&mut store, &notifier, at("2026-12-02T16:00:00Z"));
    run_due(&mut store, &notifier, due).unwrap();
    let snoozed = store.snooze_reminder(sleep, 10, due + Duration::minutes(1)).unwrap();
    assert_eq!(snoozed.state, ReminderState::Snoozed);
    assert_eq!(snoozed.snoozed_until, Some(due + Duration::minutes(11)));

    assert!(run_due(&mut store, &notifier, due + Duration::minutes(10))
        .unwrap()
        .fired
        .is_empty());
    let pass = run_due(&mut store, &notifier, due + Duration::minutes(11)).unwrap();
    assert_eq!(pass.fired, vec![(sleep, true)]);
    assert!(run_due(&mut store, &notifier, due + Duration::minutes(12))
        .unwrap()
        .fired
        .is_empty());
    assert_eq!(shown_titles(&notifier).len(), 2);
    assert!(
        store.snooze_reminder(sleep, 0, due).is_err(),
        "a zero snooze is refused"
    );
}

#[test]
fn paused_reminders_fire_when_the_pause_ends() {
    let mut store = in_memory_store();
    berlin_session(&mut store);
    let notifier = RecordingNotifier::default();
    fire_earlier(&mut store, &notifier, at("2026-12-02T20:00:00Z"));
    store.pause_reminders(Some(at("2026-12-02T22:00:00Z"))).unwrap();
    let pass = run_due(&mut store, &notifier, at("2026-12-02T21:30:00Z")).unwrap();
    assert!(pass.fired.is_empty());
    assert_eq!(pass.next_wake, Some(at("2026-12-02T22:00:00Z")));
    // Bedtime's two reminders (going to bed, and the night's fasting cutoff)
    // come when the pause ends, still within the night's first hour.
    let pass = run_due(&mut store, &notifier, at("2026-12-02T22:00:00Z")).unwrap();
    assert_eq!(pass.fired.len(), 2);
    let shown = notifier.shown.lock().unwrap();
    let sleep = shown.iter().find(|(t, _)| t.title == "Go to bed in good time").unwrap();
    assert!(sleep.0.body.starts_with("Late by 30 min"), "{}", sleep.0.body);
}

#[test]
fn lead_time_reminds_before_the_item() {
    let mut store = in_memory_store();
    let session = berlin_session(&mut store);
    let confirm = item(&session_items(&store, &session), "Confirm who drives you home").id; // 18:00 local
    let reminder = store.set_remind_lead(confirm, 30, at(PLANNED)).unwrap();
    assert_eq!(reminder.remind_at, at("2026-12-02T16:30:00Z"));
    let notifier = RecordingNotifier::default();
    run_due(&mut store, &notifier, at("2026-12-02T16:30:00Z")).unwrap();
    let shown = notifier.shown.lock().unwrap();
    let (text, _) = shown
        .iter()
        .find(|(t, _)| t.title == "Confirm who drives you home")
        .expect("reminded");
    assert!(text.body.starts_with("At 18:00."), "{}", text.body);
}

#[test]
fn without_a_notification_server_reminders_are_kept_for_the_window() {
    let mut store = in_memory_store();
    let session = berlin_session(&mut store);
    let notifier = RecordingNotifier::default();
    *notifier.failing.lock().unwrap() = Some("no notification service is running".into());
    let custom = store
        .add_custom_item(
            &NewItem {
                session_id: session.id,
                checklist: Checklist::DayBefore,
                title: "Charge the phone".into(),
                due_local: "2026-12-02T12:00".into(),
                note: None,
            },
            at(PLANNED),
        )
        .unwrap();
    let pass = run_due(&mut store, &notifier, at("2026-12-02T11:00:00Z")).unwrap();
    assert_eq!(pass.notify_error.as_deref(), Some("no notification service is running"));
    assert!(pass.fired.contains(&(custom.id, false)), "fired, but not delivered");
    let reminder = store.reminder(custom.id, at("2026-12-02T11:00:00Z")).unwrap();
    assert_eq!(reminder.state, ReminderState::Shown);
    assert!(!reminder.delivered, "the app lists it in its window");
}

#[test]
fn evening_check_in_reminder_comes_once_a_day_during_the_course() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("steady.sqlite3");
    let mut store = Store::open(&path).unwrap();
    let session = berlin_session(&mut store); // ends 3 Dec 13:00 Berlin
    let notifier = RecordingNotifier::default();
    let titles = |n: &RecordingNotifier| {
        shown_titles(n)
            .into_iter()
            .filter(|t| t == "How are you today?")
            .count()
    };
    // Before the first session has ended: no check-in reminders.
    run_due(&mut store, &notifier, at("2026-12-02T18:30:00Z")).unwrap();
    assert_eq!(titles(&notifier), 0);
    // The session's evening, 19:00 Berlin = 18:00 UTC.
    let pass = run_due(&mut store, &notifier, at("2026-12-03T17:59:00Z")).unwrap();
    assert_eq!(pass.next_wake.map(|w| w <= at("2026-12-03T18:00:00Z")), Some(true));
    run_due(&mut store, &notifier, at("2026-12-03T18:00:00Z")).unwrap();
    assert_eq!(titles(&notifier), 1);
    assert!(
        shown_titles(&notifier).contains(&"Time for the PHQ-9 questionnaire".to_string()),
        "no PHQ-9 yet: it is asked for too"
    );
    run_due(&mut store, &notifier, at("2026-12-03T20:00:00Z")).unwrap();
    // A restart: the file closed and opened again, as the app does.
    drop(store);
    let mut reopened = Store::open(&path).unwrap();
    run_due(&mut reopened, &notifier, at("2026-12-03T21:00:00Z")).unwrap();
    assert_eq!(titles(&notifier), 1, "once that evening");
    // Next evening: checked in already, so no reminder.
    reopened
        .add_check_in(
            &steady_core::facts::check_in::NewCheckIn {
                mood: 6,
                energy: 6,
                clarity: 6,
                anxiety: 3,
                self_harm_thoughts: false,
                note: None,
            },
            at("2026-12-04T08:00:00Z"),
        )
        .unwrap();
    run_due(&mut reopened, &notifier, at("2026-12-04T18:00:00Z")).unwrap();
    assert_eq!(titles(&notifier), 1, "not when the day's check-in is done");
    run_due(&mut reopened, &notifier, at("2026-12-05T18:00:00Z")).unwrap();
    assert_eq!(titles(&notifier), 2);
    // Four weeks after the session the course's window has closed.
    run_due(&mut reopened, &notifier, at("2027-01-02T18:00:00Z")).unwrap();
    assert_eq!(titles(&notifier), 2);
    let weekly = shown_titles(&notifier)
        .into_iter()
        .filter(|t| t == "Time for the PHQ-9 questionnaire")
        .count();
    assert_eq!(weekly, 1, "the PHQ-9 reminder comes at most every 14 days");
    let _ = session;
}

/// Six weeks of a course with the clock passed in, hour by hour: sessions
/// on days 0, 14 and 28 (so check-in reminders run throughout), the patient
/// answering the PHQ-9 twenty minutes after each time it is asked. Returns
/// the days (from the first session's) on which it was asked.
fn phq9_asked_on_days(every_days: Option<u32>) -> Vec<i64> {
    use steady_core::storage::settings::CheckInSettings;
    let mut store = in_memory_store();
    for start in ["2026-12-03T09:00", "2026-12-17T09:00", "2026-12-31T09:00"] {
        store
            .create_session(&new_session(start, "Europe/Berlin"), at(PLANNED))
            .unwrap();
    }
    if let Some(days) = every_days {
        let settings = store.check_in_settings().unwrap();
        store
            .set_check_in_settings(&CheckInSettings {
                phq9_every_days: days,
                ..settings
            })
            .unwrap();
    }
    let notifier = RecordingNotifier::default();
    let day_zero = at("2026-12-03T00:00:00Z");
    let mut asked = Vec::new();
    for hour in 0..46 * 24 {
        let now = day_zero + Duration::hours(hour);
        run_due(&mut store, &notifier, now).unwrap();
        let phq9 = shown_titles(&notifier)
            .iter()
            .filter(|t| *t == "Time for the PHQ-9 questionnaire")
            .count();
        notifier.shown.lock().unwrap().clear();
        if phq9 > 0 {
            assert_eq!(phq9, 1, "asked once at {now}");
            asked.push(hour / 24);
            store
                .add_phq9(&[1, 1, 0, 1, 0, 0, 1, 0, 0], now + Duration::minutes(20))
                .unwrap();
        }
    }
    asked
}

/// The PHQ-9 comes exactly on the days it is due, every 14 days by default
/// or as often as the setting says, and never in between.
#[test]
fn phq9_is_asked_for_when_due_and_never_in_between_over_six_weeks() {
    assert_eq!(
        phq9_asked_on_days(None),
        vec![0, 14, 28, 42],
        "every 14 days, Steady's default"
    );
    assert_eq!(
        phq9_asked_on_days(Some(7)),
        vec![0, 7, 14, 21, 28, 35, 42],
        "weekly when set to 7"
    );
    assert_eq!(
        phq9_asked_on_days(Some(21)),
        vec![0, 21, 42],
        "every 21 days when set so"
    );
}
