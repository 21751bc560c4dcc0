//! Your clinic's instructions: each shape real clinics use (care-facts,
//! "What real clinics ask") becomes items at the right times, the night
//! stays quiet, and the rules reach the ride card and Recovery.

use chrono::{DateTime, Duration, Utc};
use steady_core::facts::day::{ClockTime, DayTimes};
use steady_core::facts::model::{Checklist, Item, NewItem, NewSession, Session};
use steady_core::facts::rules::{
    ClinicNote, ClinicRules, Cutoff, EscortPresence, MedicineBefore, MedicineRule, Moment, NoDriving, RedFlagRule,
    Rideshare, Until, VisitTask, WhoToCall,
};
use steady_core::reminders::decide::notice_text;
use steady_core::reminders::notifier::RecordingNotifier;
use steady_core::reminders::scheduler::run_due;
use steady_core::{ErrorCode, Store};

use crate::{at, in_memory_store, new_session, rules, session_items};

const PLANNED: &str = "2026-11-25T12:00:00Z";

fn planned(store: &mut Store, start: &str, tz: &str, clinic: ClinicRules) -> Session {
    let input = NewSession {
        rules: Some(clinic),
        ..new_session(start, tz)
    };
    store.create_session(&input, at(PLANNED)).unwrap()
}

fn by_key<'a>(items: &'a [Item], key: &str) -> &'a Item {
    items.iter().find(|i| i.key.as_deref() == Some(key)).unwrap_or_else(|| {
        panic!(
            "no item {key:?} in {:?}",
            items.iter().map(|i| &i.key).collect::<Vec<_>>()
        )
    })
}

fn has_key(items: &[Item], key: &str) -> bool {
    items.iter().any(|i| i.key.as_deref() == Some(key))
}

fn midnight() -> Cutoff {
    Cutoff::Clock {
        days_before: 0,
        time: ClockTime::hm(0, 0),
    }
}

fn medicine(name: &str, before: MedicineBefore, restart: Option<u32>) -> MedicineRule {
    MedicineRule {
        name: name.into(),
        before,
        restart_hours_after: restart,
        note: None,
    }
}

/// Issue 25: "no liquids in the last 30 minutes" is a cutoff in minutes,
/// and a task can be due minutes before the visit.
#[test]
fn a_cutoff_in_minutes_is_due_that_many_minutes_before() {
    let mut store = in_memory_store();
    let clinic = rules(|r| {
        r.food.clear_liquids = Cutoff::MinutesBefore { minutes: 30 };
        r.before_each_visit.push(steady_core::facts::rules::VisitTask {
            title: "Fill in the PHQ-9".into(),
            when: steady_core::facts::rules::Moment::MinutesBefore { minutes: 45 },
            note: None,
        });
    });
    let session = planned(&mut store, "2026-12-03T09:00", "Europe/Berlin", clinic);
    let items = session_items(&store, &session);
    let drinks = by_key(&items, "stop_drinks");
    assert_eq!(drinks.due_local, "2026-12-03T08:30:00+01:00");
    assert!(
        drinks.detail.contains("30 minutes before your session"),
        "{}",
        drinks.detail
    );
    let task = items.iter().find(|i| i.title.contains("PHQ-9")).expect("the task");
    assert_eq!(task.due_local, "2026-12-03T08:15:00+01:00");
}

#[test]
fn nothing_after_midnight_is_a_clock_cutoff_said_at_bedtime_with_its_time() {
    let mut store = in_memory_store();
    let clinic = rules(|r| {
        r.food.solid_food = midnight();
        r.food.solid_food_words = Some("nothing to eat after midnight".into());
    });
    let session = planned(&mut store, "2026-12-03T09:00", "Europe/Berlin", clinic);
    let items = session_items(&store, &session);
    let stop = by_key(&items, "stop_food");
    assert_eq!(
        stop.due_local, "2026-12-03T00:00:00+01:00",
        "on the checklist at its real time"
    );
    assert!(
        stop.detail.contains("\u{201c}nothing to eat after midnight\u{201d}"),
        "{}",
        stop.detail
    );
    let reminder = store.reminder(stop.id, at(PLANNED)).unwrap();
    assert_eq!(
        reminder.remind_at,
        at("2026-12-02T21:30:00Z"),
        "bedtime, 22:30 the evening before"
    );
    assert!(reminder.at_bedtime);
    let text = notice_text(&reminder, Duration::zero(), crate::H24);
    assert_eq!(text.title, "Have your last snack before bed");
    assert!(text.body.starts_with("Stop eating at 00:00."), "{}", text.body);
}

#[test]
fn a_midnight_cutoff_on_the_nights_the_clocks_change() {
    // (zone, session start, the midnight before it in UTC)
    for (zone, start, cutoff_utc, bedtime_utc) in [
        // Berlin springs forward at 02:00 on 29 March: midnight is still CET.
        (
            "Europe/Berlin",
            "2026-03-29T09:00",
            "2026-03-28T23:00:00Z",
            "2026-03-28T21:30:00Z",
        ),
        // ...and falls back at 03:00 on 25 October: midnight is CEST.
        (
            "Europe/Berlin",
            "2026-10-25T09:00",
            "2026-10-24T22:00:00Z",
            "2026-10-24T20:30:00Z",
        ),
        (
            "America/New_York",
            "2026-03-08T09:00",
            "2026-03-08T05:00:00Z",
            "2026-03-08T03:30:00Z",
        ),
        (
            "America/New_York",
            "2026-11-01T09:00",
            "2026-11-01T04:00:00Z",
            "2026-11-01T02:30:00Z",
        ),
        // Chile moves its clocks at midnight: 00:00 on 6 September 2026
        // does not exist, so the cutoff lands just after the gap, 01:00
        // (UTC-3); bedtime the evening before is still UTC-4.
        (
            "America/Santiago",
            "2026-09-06T09:00",
            "2026-09-06T04:00:00Z",
            "2026-09-06T02:30:00Z",
        ),
    ] {
        let mut store = in_memory_store();
        let input = NewSession {
            rules: Some(rules(|r| r.food.solid_food = midnight())),
            ..new_session(start, zone)
        };
        let a_week_before = at(&format!("{}:00Z", start)) - Duration::days(7);
        let session = store.create_session(&input, a_week_before).unwrap();
        let stop = by_key(&session_items(&store, &session), "stop_food").clone();
        assert_eq!(stop.due_at, at(cutoff_utc), "{zone} {start}: the cutoff");
        let reminder = store.reminder(stop.id, a_week_before).unwrap();
        assert_eq!(reminder.remind_at, at(bedtime_utc), "{zone} {start}: said at bedtime");
    }
}

#[test]
fn the_morning_of_is_wake_time_and_never_after_leaving_home() {
    let mut store = in_memory_store();
    let clinic = rules(|r| {
        r.medicines.rules = vec![medicine("stimulants (Adderall)", MedicineBefore::SkipMorningOf, None)];
        r.medicines.keep_taking_usual = true;
    });
    let session = planned(&mut store, "2026-12-03T09:00", "Europe/Berlin", clinic.clone());
    let items = session_items(&store, &session);
    let skip = by_key(&items, "rule:0:skip");
    assert_eq!(skip.title, "Skip stimulants (Adderall) this morning");
    assert_eq!(skip.due_local, "2026-12-03T07:00:00+01:00", "the patient's wake time");
    assert_eq!(
        store.reminder(skip.id, at(PLANNED)).unwrap().remind_at,
        skip.due_at,
        "at wake time itself"
    );
    assert_eq!(by_key(&items, "usual_medicines").due_at, skip.due_at);
    assert!(
        !has_key(&items, "check_medicines"),
        "named medicines replace the generic check"
    );

    // An early session: 06:30, arrive 15 min early, 30 min to travel.
    let early = planned(
        &mut store,
        "2026-12-10T06:30",
        "Europe/Berlin",
        ClinicRules {
            timeline: steady_core::facts::rules::TimelineRules {
                travel_minutes: Some(30),
                ..clinic.timeline.clone()
            },
            ..clinic
        },
    );
    let items = session_items(&store, &early);
    assert_eq!(by_key(&items, "leave_home").due_local, "2026-12-10T05:45:00+01:00");
    assert_eq!(by_key(&items, "arrive").due_local, "2026-12-10T06:15:00+01:00");
    let skip = by_key(&items, "rule:0:skip");
    assert_eq!(
        skip.due_local, "2026-12-10T05:45:00+01:00",
        "before leaving, not at 07:00"
    );
    assert_eq!(
        store.reminder(skip.id, at(PLANNED)).unwrap().remind_at,
        at("2026-12-09T21:30:00Z"),
        "in the night: said at bedtime"
    );
}

#[test]
fn each_medicine_shape_makes_its_items() {
    let mut store = in_memory_store();
    let clinic = rules(|r| {
        r.medicines.rules = vec![
            medicine("Lamotrigine", MedicineBefore::HoursBefore { hours: 6 }, Some(6)),
            medicine("Zolpidem", MedicineBefore::NightBefore, None),
            medicine("Lorazepam as needed", MedicineBefore::FewerOnTheDay, None),
            medicine(
                "a high dose of benzodiazepines",
                MedicineBefore::AskPrescriber { days_before: 7 },
                None,
            ),
            medicine("Naltrexone", MedicineBefore::None, Some(24)),
            medicine("blood pressure tablets", MedicineBefore::TakeOnTheDay, None),
        ];
    });
    let session = planned(&mut store, "2026-12-10T13:00", "Europe/Berlin", clinic);
    let items = session_items(&store, &session);
    let last = by_key(&items, "rule:0:last");
    assert_eq!(last.title, "Last dose of Lamotrigine");
    assert_eq!(last.due_local, "2026-12-10T07:00:00+01:00", "6 h before 13:00");
    let restart = by_key(&items, "rule:0:restart");
    assert_eq!(restart.checklist, Checklist::SessionDay);
    // End: 13:00 + 20 intake + 40 infusion + 180 observation = 17:00, + 6 h.
    assert_eq!(restart.due_local, "2026-12-10T23:00:00+01:00");
    assert_eq!(
        by_key(&items, "rule:1:night").due_local,
        "2026-12-09T22:30:00+01:00",
        "bedtime"
    );
    assert_eq!(
        by_key(&items, "rule:2:fewer").due_local,
        "2026-12-10T07:00:00+01:00",
        "the morning of"
    );
    let ask = by_key(&items, "rule:3:ask");
    assert_eq!(
        ask.due_local, "2026-12-03T10:00:00+01:00",
        "a week ahead, in the morning"
    );
    assert_eq!(ask.title, "Ask your prescriber about a high dose of benzodiazepines");
    assert!(!has_key(&items, "rule:4:last"), "nothing before, only a restart");
    assert_eq!(by_key(&items, "rule:4:restart").due_local, "2026-12-11T17:00:00+01:00");
    // A medicine to take on the day, the exception to the fast: one item,
    // the morning of, in the clinic's name for it, nothing after.
    let take = by_key(&items, "rule:5:take");
    assert_eq!(
        take.title,
        "Take blood pressure tablets this morning, as your clinic said"
    );
    assert_eq!(take.due_local, "2026-12-10T07:00:00+01:00", "the morning of");
    assert!(!has_key(&items, "rule:5:restart"));
}

#[test]
fn without_named_medicines_the_day_before_asks_which_to_pause() {
    let mut store = in_memory_store();
    let session = store
        .create_session(&new_session("2026-12-03T09:00", "Europe/Berlin"), at(PLANNED))
        .unwrap();
    let check = by_key(&session_items(&store, &session), "check_medicines").clone();
    assert_eq!(check.checklist, Checklist::DayBefore);
    assert_eq!(check.source.as_deref(), Some("The day before · 002"));
    // A medicine the prescriber named for this session replaces it.
    store
        .add_medication_hold(
            &steady_core::facts::model::NewMedicationHold {
                session_id: session.id,
                name: "Lamotrigine".into(),
                dose: None,
                hold_hours_before: 24,
                restart_hours_after: None,
            },
            at(PLANNED),
        )
        .unwrap();
    assert!(!has_key(&session_items(&store, &session), "check_medicines"));
}

#[test]
fn what_to_bring_is_one_item_with_each_thing_to_tick() {
    let mut store = in_memory_store();
    let clinic = rules(|r| r.bring = vec!["Photo ID".into(), "A blanket".into(), "Your CPAP".into()]);
    let session = planned(&mut store, "2026-12-03T09:00", "Europe/Berlin", clinic.clone());
    let bag = by_key(&session_items(&store, &session), "pack_bag").clone();
    assert_eq!(bag.due_local, "2026-12-02T18:00:00+01:00", "the evening before");
    let labels: Vec<&str> = bag.parts.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["Photo ID", "A blanket", "Your CPAP"]);
    let now = at("2026-12-02T17:10:00Z");
    let item = store.set_item_part_done(bag.id, 0, true, now).unwrap();
    assert!(
        item.parts[0].done && !item.is_done(),
        "one thing packed, the bag is not done"
    );
    store.set_item_part_done(bag.id, 1, true, now).unwrap();
    let item = store.set_item_part_done(bag.id, 2, true, now).unwrap();
    assert!(item.is_done(), "everything packed: done");
    let item = store.set_item_part_done(bag.id, 1, false, now).unwrap();
    assert!(!item.is_done(), "a thing taken out again");
    assert!(store.set_item_part_done(bag.id, 9, true, now).is_err());
    // The clinic changes the list: what stays keeps its tick.
    let changed = ClinicRules {
        bring: vec!["Your CPAP".into(), "Photo ID".into(), "Headphones".into()],
        ..clinic
    };
    store.apply_rules(&changed, &[session.id], now).unwrap();
    let bag = by_key(&session_items(&store, &session), "pack_bag").clone();
    let ticks: Vec<(&str, bool)> = bag.parts.iter().map(|p| (p.label.as_str(), p.done)).collect();
    assert_eq!(ticks, [("Your CPAP", true), ("Photo ID", true), ("Headphones", false)]);
}

#[test]
fn the_escorts_rules_reach_the_ride_card_and_the_message() {
    let mut store = in_memory_store();
    let clinic = rules(|r| {
        r.escort.min_age = Some(18);
        r.escort.presence = EscortPresence::StaysOnSite;
        r.escort.rideshare = Rideshare::NotAllowed;
        r.after.someone_stays_hours = Some(24);
    });
    let session = planned(&mut store, "2026-12-03T09:00", "Europe/Berlin", clinic);
    let card = store.ride_card(session.id, crate::H24).unwrap();
    assert_eq!(
        card.escort_rules,
        [
            "The driver must be 18 or older.",
            "The clinic asks the driver to stay at the clinic during the session.",
            "No taxi or rideshare: the patient goes home in the driver's car.",
            "Someone stays with the patient for 24 hours after the session.",
        ]
    );
    for rule in &card.escort_rules {
        assert!(card.message.contains(rule.as_str()), "the message says {rule:?}");
    }
}

#[test]
fn each_after_rule_makes_its_item_at_its_time() {
    let mut store = in_memory_store();
    let clinic = rules(|r| {
        r.after.no_driving = NoDriving::RestOfDay;
        r.after.no_decisions = Some(Until::NextMorning);
        r.after.someone_stays_hours = Some(24);
        r.after.no_dependents_until_next_morning = true;
        r.after.no_sedatives_hours = 4;
    });
    let session = planned(&mut store, "2026-12-03T09:00", "Europe/Berlin", clinic);
    let items = session_items(&store, &session);
    assert_eq!(
        session.timeline.drive_again_at,
        at("2026-12-03T23:00:00Z"),
        "the rest of the day: midnight Berlin"
    );
    let decisions = by_key(&items, "no_decisions");
    assert_eq!(decisions.title, "No legal or important decisions");
    assert!(decisions.detail.contains("next morning"));
    for key in ["someone_stays", "no_dependents", "no_sedatives", "no_alcohol"] {
        assert_eq!(
            by_key(&items, key).due_at,
            session.timeline.end_at,
            "{key} at the session's end"
        );
    }
    let next_morning = planned(
        &mut store,
        "2026-12-10T09:00",
        "Europe/Berlin",
        rules(|r| r.after.no_driving = NoDriving::NextMorning),
    );
    assert_eq!(
        next_morning.timeline.drive_again_at,
        at("2026-12-11T06:00:00Z"),
        "07:00, the patient's wake time, the next day"
    );
}

#[test]
fn the_clinics_red_flags_replace_the_typical_table() {
    let mut store = in_memory_store();
    let typical = store
        .create_session(&new_session("2026-12-03T09:00", "Europe/Berlin"), at(PLANNED))
        .unwrap();
    let view = store.recovery_view(typical.id, at(PLANNED)).unwrap();
    assert!(!view.call_whom_from_clinic);
    assert_eq!(view.call_whom.len(), steady_core::facts::red_flags::TYPICAL.len());
    assert_eq!(view.call_whom[0].call, WhoToCall::Emergency);

    let own = vec![RedFlagRule {
        situation: "Pain much worse than before".into(),
        call: WhoToCall::Clinic,
    }];
    let clinic = rules(|r| r.red_flags = own.clone());
    let session = planned(&mut store, "2026-12-10T09:00", "Europe/Berlin", clinic);
    let view = store.recovery_view(session.id, at(PLANNED)).unwrap();
    assert!(view.call_whom_from_clinic);
    assert_eq!(view.call_whom, own);
}

#[test]
fn tasks_before_each_visit_notes_and_a_longer_stay_without_an_escort() {
    let mut store = in_memory_store();
    let clinic = rules(|r| {
        r.before_each_visit = vec![VisitTask {
            title: "Fill in the mood questionnaire".into(),
            when: Moment::HoursBefore { hours: 24 },
            note: None,
        }];
        r.notes = vec![ClinicNote {
            checklist: Checklist::SessionDay,
            text: "Bring your pain diary.".into(),
        }];
        r.timeline.observation_without_escort_minutes = Some(240);
    });
    let session = planned(&mut store, "2026-12-03T09:00", "Europe/Berlin", clinic);
    let items = session_items(&store, &session);
    assert_eq!(by_key(&items, "task:0").due_local, "2026-12-02T09:00:00+01:00");
    let note = by_key(&items, "note:0");
    assert_eq!(
        (note.title.as_str(), note.detail.as_str()),
        ("From your clinic", "Bring your pain diary.")
    );
    assert_eq!(note.checklist, Checklist::SessionDay);
    // No driver named: the clinic keeps the patient 240 min after the infusion.
    assert_eq!(session.timeline.release_latest_at, at("2026-12-03T13:00:00Z"));
    let with_driver = store
        .set_ride_details(
            session.id,
            &steady_core::facts::model::RideDetails {
                driver_name: Some("Sam".into()),
                ..Default::default()
            },
            at(PLANNED),
        )
        .unwrap();
    assert_eq!(
        with_driver.timeline.release_latest_at,
        at("2026-12-03T12:00:00Z"),
        "180 min with an escort"
    );
}

/// The whole night before a session, minute by minute through an injected
/// clock: every reminder of the evening and the morning comes, none between
/// bedtime and wake (one due exactly at bedtime comes at bedtime).
#[test]
fn no_reminder_pops_up_in_the_night() {
    let mut store = in_memory_store();
    let clinic = rules(|r| {
        r.food.solid_food = midnight();
        r.medicines.rules = vec![
            medicine("Lamotrigine", MedicineBefore::HoursBefore { hours: 6 }, None),
            medicine("stimulants", MedicineBefore::SkipMorningOf, None),
        ];
    });
    let session = planned(&mut store, "2026-12-03T09:00", "Europe/Berlin", clinic);
    // The patient's own item at 02:00, and one with a lead time reaching into the night.
    store
        .add_custom_item(
            &NewItem {
                session_id: session.id,
                checklist: Checklist::DayBefore,
                title: "Take the 2 a.m. pill".into(),
                due_local: "2026-12-03T02:00".into(),
                note: None,
            },
            at(PLANNED),
        )
        .unwrap();
    let drinks = by_key(&session_items(&store, &session), "stop_drinks").id; // 07:00
    store.set_remind_lead(drinks, 90, at(PLANNED)).unwrap();

    let notifier = RecordingNotifier::default();
    let bed = at("2026-12-02T21:30:00Z");
    let wake = at("2026-12-03T06:00:00Z");
    let mut now = at("2026-12-02T16:00:00Z");
    let mut fired_at: Vec<(DateTime<Utc>, usize)> = vec![];
    while now <= at("2026-12-03T08:00:00Z") {
        let pass = run_due(&mut store, &notifier, now).unwrap();
        if !pass.fired.is_empty() {
            fired_at.push((now, pass.fired.len()));
        }
        now += Duration::minutes(1);
    }
    for (when, n) in &fired_at {
        assert!(
            *when <= bed || *when >= wake,
            "{n} reminder(s) popped up at {when}, inside the night"
        );
    }
    let at_bed = fired_at.iter().find(|(w, _)| *w == bed).map(|(_, n)| *n);
    // Going to bed, nothing after midnight, the last Lamotrigine (03:00),
    // and the patient's 02:00 pill: all said at bedtime.
    assert_eq!(at_bed, Some(4), "{fired_at:?}");
    let at_wake = fired_at.iter().find(|(w, _)| *w == wake).map(|(_, n)| *n);
    // Skip the stimulant this morning, and the last drinks (07:00, lead 90 min).
    assert_eq!(at_wake, Some(2), "{fired_at:?}");
}

#[test]
fn a_late_reminder_in_the_middle_of_the_night_waits_for_the_morning() {
    let mut store = in_memory_store();
    let session = store
        .create_session(&new_session("2026-12-03T09:00", "Europe/Berlin"), at(PLANNED))
        .unwrap();
    let lay_out = store
        .add_custom_item(
            &NewItem {
                session_id: session.id,
                checklist: Checklist::DayBefore,
                title: "Lay out tomorrow's clothes".into(),
                due_local: "2026-12-02T21:00".into(),
                note: None,
            },
            at(PLANNED),
        )
        .unwrap()
        .id;
    let notifier = RecordingNotifier::default();
    run_due(&mut store, &notifier, at("2026-12-02T19:00:00Z")).unwrap();
    // The laptop slept from 20:30 to 03:00: the 21:00 reminder is owed, but
    // popping it up at 03:00 would wake the patient.
    let pass = run_due(&mut store, &notifier, at("2026-12-03T02:00:00Z")).unwrap();
    assert!(pass.fired.iter().all(|(id, _)| *id != lay_out), "{pass:?}");
    assert_eq!(pass.next_wake, Some(at("2026-12-03T06:00:00Z")), "it waits for 07:00");
    let pass = run_due(&mut store, &notifier, at("2026-12-03T06:00:00Z")).unwrap();
    assert!(
        pass.fired.contains(&(lay_out, true)),
        "and comes at wake time: {pass:?}"
    );
}

#[test]
fn changing_the_patients_day_moves_the_plan_and_its_reminders() {
    let mut store = in_memory_store();
    let session = planned(
        &mut store,
        "2026-12-03T09:00",
        "Europe/Berlin",
        rules(|r| r.food.solid_food = midnight()),
    );
    let day = DayTimes {
        wake: ClockTime::hm(6, 0),
        morning: ClockTime::hm(9, 0),
        evening: ClockTime::hm(19, 0),
        bedtime: ClockTime::hm(23, 45),
        check_in: ClockTime::hm(20, 0),
    };
    store.set_day_times(&day, at(PLANNED)).unwrap();
    let items = session_items(&store, &session);
    assert_eq!(by_key(&items, "sleep").due_local, "2026-12-02T23:45:00+01:00");
    assert_eq!(by_key(&items, "keep_calm").due_local, "2026-12-02T09:00:00+01:00");
    assert_eq!(by_key(&items, "confirm_driver").due_local, "2026-12-02T19:00:00+01:00");
    let stop = by_key(&items, "stop_food");
    assert_eq!(
        store.reminder(stop.id, at(PLANNED)).unwrap().remind_at,
        at("2026-12-02T22:45:00Z"),
        "the new bedtime"
    );
    let bad = DayTimes {
        bedtime: ClockTime::hm(7, 0),
        ..day
    };
    let err = store.set_day_times(&bad, at(PLANNED)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert_eq!(store.day_times().unwrap(), day, "a refused day changes nothing");
}

#[test]
fn rules_from_the_form_are_checked_whole_and_a_problem_names_its_field() {
    let mut store = in_memory_store();
    let session = store
        .create_session(&new_session("2026-12-03T09:00", "Europe/Berlin"), at(PLANNED))
        .unwrap();
    let before = session_items(&store, &session);
    let bad = rules(|r| {
        r.bring = vec!["Photo ID".into()];
        r.medicines.rules = vec![medicine(
            "Lamotrigine",
            MedicineBefore::HoursBefore { hours: 9000 },
            None,
        )];
    });
    let err = store.apply_rules(&bad, &[session.id], at(PLANNED)).unwrap_err();
    assert_eq!(err.payload().field.as_deref(), Some("medicines.rules[0].before.hours"));
    assert!(
        err.to_string()
            .starts_with("Medicines, rule 1, before, hours: must be between 0 and 720"),
        "{err}"
    );
    assert_eq!(session_items(&store, &session), before, "nothing half-applied");
    assert_eq!(store.current_rules().unwrap(), ClinicRules::default());

    // The preview says the same, and shows the checklist the rules make.
    let preview = store.preview_rules(&bad, &[session.id], at(PLANNED)).unwrap();
    assert_eq!(preview.problems[0].field, "medicines.rules[0].before.hours");
    assert!(preview.items.is_empty(), "no checklist from rules with a problem");
    let good = rules(|r| r.food.solid_food = midnight());
    let preview = store.preview_rules(&good, &[session.id], at(PLANNED)).unwrap();
    let stop = preview.items.iter().find(|i| i.key == "stop_food").unwrap();
    assert_eq!(stop.due_at, at("2026-12-02T23:00:00Z"));
    assert_eq!(
        stop.reminder_at,
        Some(at("2026-12-02T21:30:00Z")),
        "the preview says it comes at bedtime"
    );
    assert!(preview
        .plan_changes
        .iter()
        .any(|c| c.title == "Stop eating" && c.before == Some(at("2026-12-03T02:00:00Z"))));
}
