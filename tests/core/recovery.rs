//! After the infusion: usual durations, red flags, check-ins, PHQ-9.

use steady_core::facts::check_in::{score_phq9, NewCheckIn, Phq9Band};
use steady_core::facts::effects::EFFECTS;
use steady_core::views::recovery::RedFlag;

use crate::{at, in_memory_store, new_session};

#[test]
fn phq9_is_scored_and_banded_as_published() {
    assert_eq!(score_phq9(&[0; 9]).unwrap(), (0, Phq9Band::Minimal, false));
    assert_eq!(
        score_phq9(&[1, 1, 1, 1, 1, 0, 0, 0, 0]).unwrap(),
        (5, Phq9Band::Mild, false)
    );
    assert_eq!(
        score_phq9(&[1, 1, 1, 1, 1, 1, 1, 1, 1]).unwrap(),
        (9, Phq9Band::Mild, true)
    );
    assert_eq!(score_phq9(&[2, 2, 2, 2, 2, 0, 0, 0, 0]).unwrap().1, Phq9Band::Moderate);
    assert_eq!(
        score_phq9(&[2, 2, 2, 2, 2, 2, 2, 1, 0]).unwrap().1,
        Phq9Band::ModeratelySevere
    );
    assert_eq!(score_phq9(&[3; 9]).unwrap(), (27, Phq9Band::Severe, true));
    for (total, band) in [
        (4, Phq9Band::Minimal),
        (10, Phq9Band::Moderate),
        (14, Phq9Band::Moderate),
        (15, Phq9Band::ModeratelySevere),
        (19, Phq9Band::ModeratelySevere),
        (20, Phq9Band::Severe),
    ] {
        assert_eq!(Phq9Band::of(total), band, "band edge at {total}");
    }
    assert!(score_phq9(&[0; 8]).is_err(), "nine answers");
    assert!(score_phq9(&[0, 0, 0, 0, 0, 0, 0, 0, 4]).is_err(), "0-3 each");
}

#[test]
fn each_effect_eases_by_its_usual_time_after_the_infusion_ends() {
    let mut store = in_memory_store();
    let session = store
        .create_session(&new_session("2026-12-03T09:00", "UTC"), at("2026-11-25T12:00:00Z"))
        .unwrap();
    store
        .set_session_ended(session.id, Some("2026-12-03T11:30"), at("2026-12-03T11:30:00Z"))
        .unwrap();
    let view = store.recovery_view(session.id, at("2026-12-03T11:35:00Z")).unwrap();
    let eases = |key: &str| view.effects.iter().find(|e| e.effect.key == key).unwrap().eases_by;
    // The sources time effects from the end of the infusion (care-facts,
    // 001): 09:00 + 20 min intake + 40 min infusion = 10:00, whatever time
    // the patient got home ("I'm home" at 11:30 moves only the no-driving time).
    assert_eq!(eases("dizziness"), at("2026-12-03T12:00:00Z"), "1-2 h");
    assert_eq!(eases("blood_pressure"), at("2026-12-03T11:00:00Z"), "30-60 min");
    assert_eq!(eases("nausea"), at("2026-12-03T14:00:00Z"), "a few hours, read as 4");
    assert_eq!(eases("mood_swings"), at("2026-12-05T10:00:00Z"), "a day or two");
    assert_eq!(
        view.session.timeline.drive_again_at,
        at("2026-12-04T11:30:00Z"),
        "24 h after 'I'm home'"
    );
    assert_eq!(view.effects.len(), EFFECTS.len());
    assert!(view.red_flags.is_empty());
}

#[test]
fn an_effect_felt_after_it_usually_eases_is_a_red_flag() {
    let mut store = in_memory_store();
    let session = store
        .create_session(&new_session("2026-12-03T09:00", "UTC"), at("2026-11-25T12:00:00Z"))
        .unwrap();
    store
        .set_session_ended(session.id, Some("2026-12-03T11:30"), at("2026-12-03T11:30:00Z"))
        .unwrap();
    store
        .log_effect(session.id, "dizziness", 6, at("2026-12-03T12:00:00Z"))
        .unwrap();
    assert!(
        store
            .recovery_view(session.id, at("2026-12-03T12:00:00Z"))
            .unwrap()
            .red_flags
            .is_empty(),
        "within 1-2 h: usual"
    );
    store
        .log_effect(session.id, "dizziness", 0, at("2026-12-03T14:00:00Z"))
        .unwrap();
    assert!(
        store
            .recovery_view(session.id, at("2026-12-03T14:00:00Z"))
            .unwrap()
            .red_flags
            .is_empty(),
        "strength 0 is 'gone'"
    );
    store
        .log_effect(session.id, "dizziness", 5, at("2026-12-03T14:00:00Z"))
        .unwrap();
    let flags = store
        .recovery_view(session.id, at("2026-12-03T14:00:00Z"))
        .unwrap()
        .red_flags;
    assert_eq!(
        flags,
        vec![RedFlag::Outlasting {
            effect: "Dizziness or disorientation".into(),
            eases_by: at("2026-12-03T12:00:00Z")
        }]
    );
    assert!(store
        .log_effect(session.id, "dizziness", 11, at("2026-12-03T14:00:00Z"))
        .is_err());
    assert!(store
        .log_effect(session.id, "unicorns", 1, at("2026-12-03T14:00:00Z"))
        .is_err());
}

#[test]
fn a_yes_to_self_harm_or_phq9_item_nine_shows_the_crisis_panel() {
    let mut store = in_memory_store();
    let session = store
        .create_session(&new_session("2026-12-03T09:00", "UTC"), at("2026-11-25T12:00:00Z"))
        .unwrap();
    let calm = NewCheckIn {
        mood: 6,
        energy: 5,
        clarity: 7,
        anxiety: 3,
        self_harm_thoughts: false,
        note: None,
    };
    store.add_check_in(&calm, at("2026-12-04T18:00:00Z")).unwrap();
    assert!(store
        .recovery_view(session.id, at("2026-12-04T18:00:00Z"))
        .unwrap()
        .red_flags
        .is_empty());
    store
        .add_check_in(
            &NewCheckIn {
                self_harm_thoughts: true,
                ..calm.clone()
            },
            at("2026-12-04T19:00:00Z"),
        )
        .unwrap();
    assert_eq!(
        store
            .recovery_view(session.id, at("2026-12-04T19:00:00Z"))
            .unwrap()
            .red_flags,
        vec![RedFlag::SelfHarmAnswer]
    );
    let result = store
        .add_phq9(&[1, 1, 1, 1, 1, 1, 1, 1, 1], at("2026-12-04T19:05:00Z"))
        .unwrap();
    assert!(result.item_nine_positive);
    assert!(store
        .recovery_view(session.id, at("2026-12-04T19:05:00Z"))
        .unwrap()
        .red_flags
        .contains(&RedFlag::Phq9ItemNine));
    assert!(
        store
            .add_check_in(&NewCheckIn { mood: 12, ..calm }, at("2026-12-04T19:00:00Z"))
            .is_err(),
        "0-10 only"
    );
}

#[test]
fn trend_csv_and_summary_hold_what_was_recorded() {
    let mut store = in_memory_store();
    store
        .create_session(&new_session("2026-12-03T09:00", "UTC"), at("2026-11-25T12:00:00Z"))
        .unwrap();
    store
        .add_check_in(
            &NewCheckIn {
                mood: 4,
                energy: 5,
                clarity: 6,
                anxiety: 7,
                self_harm_thoughts: false,
                note: Some("slept \"badly\", ok".into()),
            },
            at("2026-12-04T18:00:00Z"),
        )
        .unwrap();
    store
        .add_phq9(&[1, 1, 1, 1, 1, 1, 1, 0, 0], at("2026-12-04T18:05:00Z"))
        .unwrap();
    let trend = store.trend(at("2026-12-05T18:00:00Z")).unwrap();
    assert_eq!(
        (trend.check_ins.len(), trend.phq9.len(), trend.sessions.len()),
        (1, 1, 1)
    );
    assert!(!trend.phq9_due, "done within the last two weeks");
    assert!(
        !store.trend(at("2026-12-12T18:00:00Z")).unwrap().phq9_due,
        "8 days on: not yet"
    );
    assert!(
        store.trend(at("2026-12-18T18:05:00Z")).unwrap().phq9_due,
        "14 days on: due (the default)"
    );
    store
        .set_check_in_settings(&steady_core::storage::settings::CheckInSettings {
            phq9_every_days: 7,
            crisis_panel_hours: 24,
        })
        .unwrap();
    assert!(
        store.trend(at("2026-12-12T18:00:00Z")).unwrap().phq9_due,
        "weekly, once the patient chose it"
    );
    let csv = store.check_ins_csv(at("2026-12-05T18:00:00Z")).unwrap();
    assert!(
        csv.contains("check_in,2026-12-04T18:00:00Z,4,5,6,7,no,,,\"slept \"\"badly\"\", ok\""),
        "{csv}"
    );
    assert!(csv.contains("phq9,2026-12-04T18:05:00Z,,,,,,7,mild,"));
    assert!(
        csv.starts_with('\u{feff}'),
        "a byte order mark, so spreadsheets read UTF-8"
    );
    store.choose_country("AU").unwrap();
    let pdf = steady_core::views::check_in_summary::summary_pdf(
        &trend,
        chrono_tz::UTC,
        steady_core::views::pdf::Paper::A4,
        crate::H24,
        &store.crisis_numbers().unwrap(),
    )
    .unwrap();
    let text = crate::pdf_text(&pdf);
    assert!(text.contains("Fri 4 Dec 2026: 7 (mild)"), "{text}");
    assert!(text.contains("slept \"badly\", ok"), "{text}");
    assert!(text.contains("Numbers for Australia"), "{text}");
    assert!(text.contains("Lifeline 13 11 14 (text 0477 13 11 14) (24/7)"), "{text}");
    assert!(text.contains("Emergency: 000"), "{text}");
}
