//! General rules learnt from set a of the written bank
//! (`fixtures/written/a`, branch `tune-bank`), each in other words than
//! the sheet that showed it: the rule, and a near miss it must not read.

use steady_core::facts::rules::{Cutoff, MedicineBefore, MedicineRule, NoDriving, RedFlagRule, Rideshare, WhoToCall};
use steady_core::plan::sheet::Proposed;

use crate::sheet::assert_read_as;

/// A medicine kept in a "keep taking ... but stop X" sentence is kept:
/// the stop belongs to the medicine after the "but" only.
#[test]
fn a_medicine_kept_beside_one_stopped_gets_no_stop() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Continue your regular medicines, including aspirin, but stop ibuprofen 3 days before your visit.",
            vec![
                Proposed::KeepTakingUsual,
                Proposed::Medicine {
                    rule: MedicineRule {
                        name: "Ibuprofen".into(),
                        before: MedicineBefore::HoursBefore { hours: 72 },
                        restart_hours_after: None,
                        note: None,
                    },
                },
            ],
            0,
        ),
        (
            "Stop aspirin and ibuprofen 3 days before your visit.",
            vec![
                Proposed::Medicine {
                    rule: MedicineRule {
                        name: "Aspirin".into(),
                        before: MedicineBefore::HoursBefore { hours: 72 },
                        restart_hours_after: None,
                        note: None,
                    },
                },
                Proposed::Medicine {
                    rule: MedicineRule {
                        name: "Ibuprofen".into(),
                        before: MedicineBefore::HoursBefore { hours: 72 },
                        restart_hours_after: None,
                        note: None,
                    },
                },
            ],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A fast that is said to be too long ("no need to fast more than 10
/// hours") is a limit on fasting, not a cutoff.
#[test]
fn a_fast_said_to_be_longer_than_needed_is_no_cutoff() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "There is no need to fast for more than 10 hours; going without food longer than that can make you faint.",
            vec![],
            0,
        ),
        ("Fasting longer than 9 hours isn't necessary.", vec![], 0),
        (
            "Please do not eat for 10 hours before your appointment.",
            vec![Proposed::SolidFood {
                cutoff: Cutoff::HoursBefore { hours: 10 },
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Only a big meal limited ("no heavy meal in the 6 hours before") is no
/// fasting time: a light snack stays allowed, so it is asked.
#[test]
fn only_a_big_meal_limited_is_asked() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        ("Avoid a heavy meal in the six hours before your session.", vec![], 1),
        ("No large meals for 5 hours before the treatment.", vec![], 1),
        (
            "Please skip a full meal in the three hours before your visit.",
            vec![],
            1,
        ),
        (
            "No meals for 5 hours before the treatment.",
            vec![Proposed::SolidFood {
                cutoff: Cutoff::HoursBefore { hours: 5 },
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A ban that lasts until the doctor has seen you leaves its end to the
/// doctor: asked, not a fixed time, even when the check is the next day.
#[test]
fn a_ban_until_the_doctor_has_checked_you_is_asked() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "You must not drive until the surgeon has examined your eye at the check-up the next day.",
            vec![],
            1,
        ),
        (
            "Do not drive until the next morning.",
            vec![Proposed::NoDriving {
                rule: NoDriving::NextMorning,
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// How long the whole session lasts ("our appointments run for about two
/// hours") is not the time kept for observation afterwards.
#[test]
fn the_length_of_the_sessions_is_no_observation() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "The dosing sessions themselves, which are held in our quiet room, last about two hours.",
            vec![],
            0,
        ),
        (
            "Each treatment takes place in our clinic and lasts roughly two hours in all.",
            vec![],
            // The whole visit's length, asked as the infusion and the stay.
            2,
        ),
        (
            "After the treatment you will stay in our clinic for 45 minutes.",
            vec![Proposed::Observation {
                min_minutes: 45,
                max_minutes: 45,
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A sheet pasted from a PDF breaks its lines mid-sentence: a long line
/// with no end mark and a next line going on in lower case are one
/// sentence. A short line (a heading) is not joined to the next.
#[test]
fn a_line_broken_mid_sentence_is_read_whole() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "On the day of your treatment, please do not have anything to eat for\nsix hours before your appointment time.",
            vec![Proposed::SolidFood {
                cutoff: Cutoff::HoursBefore { hours: 6 },
            }],
            0,
        ),
        (
            "When you go home from the clinic you will need a friend or relative\nto take you home, and you must not drive for 24 hours.",
            vec![
                Proposed::EscortRequired,
                Proposed::NoDriving {
                    rule: NoDriving::Hours { hours: 24 },
                },
            ],
            0,
        ),
        ("Eating and drinking\nwe will tell you when to stop.", vec![], 0),
    ];
    assert_read_as(cases);
}

/// "... and not to drive": a second instruction with its own verb, so
/// its "not" is no part of the first ("have someone take you home").
#[test]
fn and_not_to_starts_its_own_instruction() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![(
        "Remember to have a responsible adult collect you and not to drive for the rest of the day.",
        vec![
            Proposed::EscortRequired,
            Proposed::NoDriving {
                rule: NoDriving::RestOfDay,
            },
        ],
        0,
    )];
    assert_read_as(cases);
}

/// A spaced dash before a new subject and its verb ends a sentence; a
/// dash inside a range does not.
#[test]
fn a_dash_before_a_new_subject_ends_the_sentence() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "A family member must drive you home – you may not go home by taxi on your own.",
            vec![
                Proposed::EscortRequired,
                Proposed::Rideshare {
                    rideshare: Rideshare::OnlyWithEscort,
                },
            ],
            0,
        ),
        (
            "Nothing to eat for 6 hours before – water is fine until 2 hours before.",
            vec![
                Proposed::SolidFood {
                    cutoff: Cutoff::HoursBefore { hours: 6 },
                },
                Proposed::ClearLiquids {
                    cutoff: Cutoff::HoursBefore { hours: 2 },
                },
            ],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Rides by other names in other Englishes (a metro, a minibus taxi, an
/// auto-rickshaw) are rideshares; the station named as a place is none.
#[test]
fn rides_by_other_names_are_rideshares() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Please do not take the metro home alone after your session.",
            vec![Proposed::Rideshare {
                rideshare: Rideshare::OnlyWithEscort,
            }],
            0,
        ),
        (
            "Do not go home alone in an auto-rickshaw.",
            vec![Proposed::Rideshare {
                rideshare: Rideshare::OnlyWithEscort,
            }],
            0,
        ),
        ("Our rooms are a short walk from the subway station.", vec![], 0),
    ];
    assert_read_as(cases);
}

/// A sleep as the end of a ban ("until after a good night's sleep") is the
/// next morning; a day named in a message about one visit ("the rest of
/// Friday") is the rest of that day. A sleep said of the drug is no span.
#[test]
fn a_nights_sleep_and_a_named_day_are_spans() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Please don't drive until after a good night's sleep.",
            vec![Proposed::NoDriving {
                rule: NoDriving::NextMorning,
            }],
            0,
        ),
        (
            "For the rest of Friday, please don't drive.",
            vec![Proposed::NoDriving {
                rule: NoDriving::RestOfDay,
            }],
            0,
        ),
        (
            "Many people have a long sleep on the evening after a session.",
            vec![],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// The usual medicines by other names ("chronic medication", "everything
/// you normally take") are kept; a chronic illness is no medicine.
#[test]
fn the_usual_medicines_by_other_names_are_kept() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Please keep taking your chronic medication on the day.",
            vec![Proposed::KeepTakingUsual],
            0,
        ),
        (
            "Carry on with everything you normally take.",
            vec![Proposed::KeepTakingUsual],
            0,
        ),
        ("Tell us about any chronic illness when you book.", vec![], 0),
    ];
    assert_read_as(cases);
}

/// Emergency numbers of other countries, dialled or rung, are the
/// emergency services; "call 999 or go to A&E" names one service twice,
/// not two places to choose from. A doctor or A&E is still asked.
#[test]
fn other_countries_emergency_numbers_are_the_emergency_services() {
    let flag = |situation: &str| Proposed::RedFlag {
        rule: RedFlagRule {
            situation: situation.into(),
            call: WhoToCall::Emergency,
        },
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        ("If you collapse, dial 10177 straight away.", vec![flag("Collapse")], 0),
        (
            "If you have a fit, ring 995 or go to your nearest emergency unit.",
            vec![flag("A fit")],
            0,
        ),
        (
            "Ring 10177 to book an ambulance transfer for your first visit.",
            vec![],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// What happens if the fast is broken, said with the clinic as the one
/// who moves the visit ("we will need to rebook you"); a visit moved for
/// another reason than eating is none.
#[test]
fn the_clinic_moving_the_visit_after_eating_is_what_happens() {
    let words = "If you have eaten during the fasting time, we may need to rebook your treatment.";
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (words, vec![Proposed::IfFastBroken { words: words.into() }], 0),
        ("If you have a cold we may need to rebook your procedure.", vec![], 0),
    ];
    assert_read_as(cases);
}

/// A clock written with a dot ("5.45am"), as in Britain, Ireland or
/// Singapore, is a clock when it has its am or pm; a decimal length is not.
#[test]
fn a_clock_with_a_dot_is_a_clock() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Nothing to eat after 5.45am on the day of your treatment.",
            vec![Proposed::SolidFood {
                cutoff: Cutoff::Clock {
                    days_before: 0,
                    time: steady_core::facts::day::ClockTime::hm(5, 45),
                },
            }],
            0,
        ),
        (
            "Please stay for 1.25 hours after your infusion.",
            vec![Proposed::Observation {
                min_minutes: 75,
                max_minutes: 75,
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A heading or label that names a day ("The evening before", "The day
/// before:") gives its day to a clock time under or after it that says
/// none; another heading ends it.
#[test]
fn a_day_heading_gives_its_day_to_a_clock() {
    let clock = |days_before: u32, hour: u32| Cutoff::Clock {
        days_before,
        time: steady_core::facts::day::ClockTime::hm(hour, 0),
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "The evening before\nStop eating by 9 pm.",
            vec![Proposed::SolidFood { cutoff: clock(1, 21) }],
            0,
        ),
        (
            "The day before: stop eating by 8 pm.",
            vec![Proposed::SolidFood { cutoff: clock(1, 20) }],
            0,
        ),
        (
            "The evening before\nRest well.\nParking\nStop eating by 9 pm.",
            vec![],
            1,
        ),
    ];
    assert_read_as(cases);
}

/// The stay after, told as the clinic not letting the patient go ("we
/// won't let you leave until an hour after"), or counted from an
/// injection; a patient told not to leave a child alone is no stay.
#[test]
fn the_clinic_keeping_you_is_the_stay_after() {
    let stay = |minutes: u32| Proposed::Observation {
        min_minutes: minutes,
        max_minutes: minutes,
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "We won't let you leave until 60 minutes after your session.",
            vec![stay(60)],
            0,
        ),
        (
            "Expect to stay with us for 45 minutes after the injection.",
            vec![stay(45)],
            0,
        ),
        ("Do not leave your child alone for an hour after the visit.", vec![], 0),
    ];
    assert_read_as(cases);
}

/// "Fetch", as South African English says "collect": the escort, and an
/// age said of them; fetching things is no escort.
#[test]
fn an_escort_who_fetches_you_is_the_escort() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "An adult over 21 must fetch you after the session.",
            vec![Proposed::EscortRequired, Proposed::EscortMinAge { age: 21 }],
            0,
        ),
        ("Please fetch your results from reception.", vec![], 0),
    ];
    assert_read_as(cases);
}

/// A dose skipped in other words ("leave out", "miss the morning dose",
/// a text's "AM dose") is skipped on the morning; missing an appointment
/// names no medicine.
#[test]
fn a_dose_left_out_or_missed_is_skipped() {
    let skip = |name: &str| Proposed::Medicine {
        rule: MedicineRule {
            name: name.into(),
            before: MedicineBefore::SkipMorningOf,
            restart_hours_after: None,
            note: None,
        },
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "On the morning of the visit, leave out your metformin.",
            vec![skip("Metformin")],
            0,
        ),
        ("Pls skip ur AM dose of Vyvanse.", vec![skip("Stimulants (Vyvanse)")], 0),
        ("Please try not to miss your appointment.", vec![], 0),
    ];
    assert_read_as(cases);
}

/// "A full day", "a whole day": one day; "important papers" are
/// decisions. Help with papers at the desk is no ban.
#[test]
fn a_full_day_is_one_and_important_papers_are_decisions() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Avoid sleeping tablets for a whole day after the session.",
            vec![Proposed::NoSedatives { hours: 24 }],
            0,
        ),
        (
            "You must not sign important papers for 12 hours after the procedure.",
            vec![Proposed::NoDecisions {
                until: Some(steady_core::facts::rules::Until::Hours { hours: 12 }),
            }],
            0,
        ),
        (
            "Our reception staff can help you fill in any important papers.",
            vec![],
            0,
        ),
    ];
    assert_read_as(cases);
}
