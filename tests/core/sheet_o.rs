//! General rules learnt from halves o and p of the corpus (branch
//! `tune-op`), each in other words than the page that showed it: the rule,
//! and a near miss it must not read.

use steady_core::facts::rules::{
    Cutoff, EscortPresence, MedicineBefore, MedicineRule, RedFlagRule, Rideshare, WhoToCall,
};
use steady_core::plan::sheet::Proposed;

use crate::sheet::assert_read_as;

/// A limit on going too long WITHOUT food is the opposite of a fast: its
/// number is no cutoff. A plain "for 10 hours" fast still is one.
#[test]
fn a_limit_on_going_without_food_is_no_fast() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Please do not go more than 12 hours without food before your appointment.",
            vec![],
            0,
        ),
        (
            "Try not to go longer than 14 hours before the procedure without eating.",
            vec![],
            0,
        ),
        (
            "Do not eat anything for 10 hours before the procedure.",
            vec![Proposed::SolidFood {
                cutoff: steady_core::facts::rules::Cutoff::HoursBefore { hours: 10 },
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Drinks that carry the thing banned ("sugar in your drinks") are not the
/// topic: no drinks cutoff from them. Drinks named for themselves still
/// get one.
#[test]
fn drinks_that_carry_a_thing_are_not_all_drinks() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "No cream, not even in hot drinks, for the four hours before your scan.",
            vec![],
            0,
        ),
        ("Avoid sugar in your drinks for 3 hours before the test.", vec![], 0),
        (
            "No drinks for 3 hours before the test.",
            vec![Proposed::ClearLiquids {
                cutoff: steady_core::facts::rules::Cutoff::HoursBefore { hours: 3 },
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A ban counted over a course of treatments, not from one visit, is
/// asked: Steady's rules hold after each visit. A ban after one visit is
/// proposed.
#[test]
fn a_ban_over_the_whole_course_is_asked() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Do not drive at all during your course of treatment and for 10 days after the last session.",
            vec![],
            1,
        ),
        ("Avoid alcohol throughout the course of your treatment.", vec![], 1),
        (
            "Do not drive for 24 hours after each treatment.",
            vec![Proposed::NoDriving {
                rule: steady_core::facts::rules::NoDriving::Hours { hours: 24 },
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Someone who takes the patient home "and stays with them" stays at
/// home, not at the clinic. An escort who waits in the building does.
#[test]
fn staying_with_them_after_the_ride_home_is_at_home() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Each patient must have a relative who will take them home and stay with them.",
            vec![Proposed::EscortRequired],
            1,
        ),
        (
            "Your driver must stay in the building during the whole treatment.",
            vec![
                Proposed::EscortRequired,
                Proposed::EscortPresence {
                    presence: EscortPresence::StaysOnSite,
                },
            ],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A taxi allowed for the way to the clinic says nothing of the way home;
/// a taxi there and back, or home, is allowed. "Not unless someone rides
/// with you" is a taxi only with company.
#[test]
fn a_taxi_to_the_clinic_is_not_a_taxi_home() {
    let allowed = Proposed::Rideshare {
        rideshare: Rideshare::Allowed,
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        ("You may come to your appointment by taxi.", vec![], 0),
        (
            "You may travel to and from the clinic by taxi.",
            vec![allowed.clone()],
            0,
        ),
        ("You may go home by Uber.", vec![allowed], 0),
        (
            "A taxi is not allowed for the journey home unless a friend rides with you.",
            vec![Proposed::Rideshare {
                rideshare: Rideshare::OnlyWithEscort,
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A companion who must leave the treatment room has not left the
/// building; one who may leave the clinic and come back has.
#[test]
fn leaving_the_room_is_not_leaving_the_clinic() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "An adult may come with you to your visit, but once you are sedated they must leave the procedure room.",
            vec![Proposed::EscortRequired],
            0,
        ),
        (
            "Your escort may leave the clinic and come back when you are ready.",
            vec![
                Proposed::EscortRequired,
                Proposed::EscortPresence {
                    presence: EscortPresence::MayLeaveAndReturn,
                },
            ],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// "Sleeping medicine" is a sedative: a ban after the session. Another
/// medicine after the session stays a medicine line.
#[test]
fn sleeping_medicine_is_a_sedative() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![(
        "Please avoid sleeping medication for 12 hours after your sedation.",
        vec![Proposed::NoSedatives { hours: 12 }],
        0,
    )];
    assert_read_as(cases);
}

/// Clothing worn for days after the procedure is after-care, not a thing
/// to bring; clothing to wear on the day still is.
#[test]
fn clothing_worn_for_days_after_is_not_brought() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Wear a firm sports bra day and night for 2 weeks after surgery.",
            vec![],
            0,
        ),
        (
            "Please wear a loose top on the day.",
            vec![Proposed::Bring {
                items: vec!["Loose top".into()],
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// "You may wish to bring" allows, it does not ask; "please bring" asks.
#[test]
fn a_wish_to_bring_is_an_allowance() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        ("You may wish to bring a crossword or some music.", vec![], 0),
        (
            "Please bring a crossword.",
            vec![Proposed::Bring {
                items: vec!["Crossword".into()],
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A sentence that opens with a concession ("Although the scan takes 15
/// minutes, ...") says what is so in that clause; its length is no stay
/// after. A tube that "stays in place" is no patient staying.
#[test]
fn a_concession_and_a_thing_that_stays_are_no_stay() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Although the scan takes only 15 minutes, plan to spend the afternoon in the recovery area.",
            vec![],
            0,
        ),
        ("The small tube stays in place for about 10 minutes.", vec![], 0),
        (
            "You will stay in the recovery area for 45 minutes after the procedure.",
            vec![Proposed::Observation {
                min_minutes: 45,
                max_minutes: 45,
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Telling the clinic about a standing condition is planning, not a red
/// flag; a sign that comes up after is one.
#[test]
fn a_standing_condition_is_no_red_flag() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![(
        "Please tell us if you have any liver or thyroid conditions so we can prepare.",
        vec![],
        0,
    )];
    assert_read_as(cases);
}

/// A verb's word with a capital in mid-sentence is part of a name ("Tyne
/// and Wear"), not what to wear; the verb in lower case still asks.
#[test]
fn a_capitalised_word_in_a_name_is_not_the_verb() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Written with nurses from the Stoke and Wear Valley Health Board.",
            vec![],
            0,
        ),
        (
            "Written with our nurses: please wear flat shoes.",
            vec![Proposed::Bring {
                items: vec!["Flat shoes".into()],
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A taxi offered in place of the friend who takes the patient home is
/// allowed, even beside a "not" said of buses; a taxi the friend takes
/// the patient home in is a ride with the escort.
#[test]
fn a_taxi_offered_instead_of_a_friend_is_allowed() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Ask a family member to collect you, or take a taxi (please do not travel by bus or train).",
            vec![Proposed::Rideshare {
                rideshare: Rideshare::Allowed,
            }],
            0,
        ),
        (
            "A responsible adult must take you home in a car or a taxi.",
            vec![
                Proposed::EscortRequired,
                Proposed::Rideshare {
                    rideshare: Rideshare::OnlyWithEscort,
                },
            ],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Falling ill is told before the visit: "your doctor" is then the one
/// doing the procedure. A sign after it, "your doctor", stays the
/// patient's own.
#[test]
fn falling_ill_before_the_visit_is_told_to_the_clinic() {
    let flag = |situation: &str, call| Proposed::RedFlag {
        rule: RedFlagRule {
            situation: situation.into(),
            call,
        },
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Please call your doctor if you become ill or if your health changes.",
            vec![flag("Become ill or if your health changes", WhoToCall::Clinic)],
            0,
        ),
        (
            "Please call your doctor if you have a rash or if your wound changes.",
            vec![flag("A rash or if your wound changes", WhoToCall::PrimaryCare)],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// "It" or "these instructions" may point back past one sentence in the
/// same line to the fast; past a line break they do not.
#[test]
fn breaking_the_fast_points_back_within_its_line() {
    let broken = "If you do not follow it, your procedure will have to be cancelled.";
    let same_line = format!("No food for 5 hours before your scan. This keeps you safe. {broken}");
    let next_line = format!("No food for 5 hours before your scan. This keeps you safe.\n\nWelcome. {broken}");
    let fast = Proposed::SolidFood {
        cutoff: Cutoff::HoursBefore { hours: 5 },
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            &same_line,
            vec![fast.clone(), Proposed::IfFastBroken { words: broken.into() }],
            0,
        ),
        (&next_line, vec![fast], 0),
    ];
    assert_read_as(cases);
}

/// Other words for the same rules: "tell the nurse" about a medicine is
/// asking the prescriber; "on schedule" is keeping taking; "contact the
/// hospital" or "your specialist" is the clinic that treats. Telling the
/// nurse about being unwell names no medicine and is no medicine line.
#[test]
fn other_words_for_asking_keeping_and_calling() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Tell the nurse if you are on any insulin.",
            vec![Proposed::Medicine {
                rule: MedicineRule {
                    name: "Insulin".into(),
                    before: MedicineBefore::AskPrescriber { days_before: 7 },
                    restart_hours_after: None,
                    note: None,
                },
            }],
            0,
        ),
        ("Tell the nurse if you have been unwell.", vec![], 0),
        (
            "Please carry on with your usual medicines, on schedule.",
            vec![Proposed::KeepTakingUsual],
            0,
        ),
        (
            "If the stitches bleed a lot, please contact the hospital for advice.",
            vec![Proposed::RedFlag {
                rule: RedFlagRule {
                    situation: "The stitches bleed a lot".into(),
                    call: WhoToCall::Clinic,
                },
            }],
            0,
        ),
        (
            "If your eye becomes painful, please contact your specialist straight away.",
            vec![Proposed::RedFlag {
                rule: RedFlagRule {
                    situation: "Your eye becomes painful".into(),
                    call: WhoToCall::Clinic,
                },
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// An opening that only says before what ("Before each session, ...")
/// leaves each length to the rule it follows; a limit on how much to drink
/// is asked, not a cutoff. An opening with its length still gives it to
/// the rule after it.
#[test]
fn an_opening_direction_leaves_each_length_to_its_rule() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Before each session, please avoid food for four hours and reduce how much you drink for one hour.",
            vec![Proposed::SolidFood {
                cutoff: Cutoff::HoursBefore { hours: 4 },
            }],
            1,
        ),
        (
            "Before each session, no food for 4 hours and no drinks for 1 hour.",
            vec![
                Proposed::SolidFood {
                    cutoff: Cutoff::HoursBefore { hours: 4 },
                },
                Proposed::ClearLiquids {
                    cutoff: Cutoff::HoursBefore { hours: 1 },
                },
            ],
            0,
        ),
        (
            "For 5 hours before your session, nothing solid.",
            vec![Proposed::SolidFood {
                cutoff: Cutoff::HoursBefore { hours: 5 },
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Two clock times for one cutoff, by kind of list, are asked; they do
/// not overrule the sheet's general fast for everyone, which stands. One
/// clock time for everyone still overrules it.
#[test]
fn clock_times_by_list_leave_the_general_fast_standing() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "You must not eat or drink for 8 hours before your operation. For morning lists, this means fasting from \
             midnight. For afternoon lists, nothing to eat from 7am. You may drink water until 2 hours before your \
             operation.",
            vec![
                Proposed::SolidFood {
                    cutoff: Cutoff::HoursBefore { hours: 8 },
                },
                Proposed::ClearLiquids {
                    cutoff: Cutoff::HoursBefore { hours: 2 },
                },
            ],
            // Each list's own rule is asked as a rule for some patients
            // (branch tune-ask): food from midnight and "fasting" drinks
            // for morning lists, food from 7am for afternoon ones.
            3,
        ),
        (
            "You must not eat or drink for 8 hours before your operation. Nothing to eat from 7am. You may drink \
             water until 2 hours before your operation.",
            vec![
                Proposed::SolidFood {
                    cutoff: Cutoff::Clock {
                        days_before: 0,
                        time: steady_core::facts::day::ClockTime::parse("t", "07:00").unwrap(),
                    },
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

/// A medicine named as one of the usual ones ("including") is kept with
/// them; a medicine named with no usual ones is no rule to keep taking.
#[test]
fn a_medicine_named_among_the_usual_ones_is_kept_with_them() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Carry on taking your regular medicines, including your inhalers.",
            vec![Proposed::KeepTakingUsual],
            0,
        ),
        ("Carry on taking your inhalers.", vec![], 0),
    ];
    assert_read_as(cases);
}

/// "Documents to bring" opens a list as "What to bring" does; a list of
/// documents under another heading is not brought.
#[test]
fn documents_to_bring_opens_a_list() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Papers to bring:\n- Your referral letter\n- Your insurance card",
            vec![
                Proposed::Bring {
                    items: vec!["Referral letter".into()],
                },
                Proposed::Bring {
                    items: vec!["Insurance card".into()],
                },
            ],
            0,
        ),
        (
            "Papers we send you:\n- Your referral letter\n- Your insurance card",
            vec![],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// "You will be watched for 45 minutes" after the procedure is the stay at
/// the clinic; "an adult must supervise you for 2-3 hours" is company
/// afterwards, a range, asked.
#[test]
fn watched_by_the_clinic_and_supervised_by_an_adult() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "After the scan, you will be watched for 45 minutes or for as long as you need to feel steady.",
            vec![Proposed::Observation {
                min_minutes: 45,
                max_minutes: 45,
            }],
            0,
        ),
        (
            "After each session, a named adult must supervise you for at least 2-3 hours.",
            vec![],
            1,
        ),
    ];
    assert_read_as(cases);
}

/// "Only clear fluids" from a moment allows clear drinks then, so no food
/// from then: a clock time is the food's cutoff, the day before is asked.
/// "Clear fluids only until 2 hours before" is the drinks' own cutoff.
#[test]
fn only_clear_drinks_from_a_moment_is_no_food_from_then() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "From 6am on the day of your scan, drink only clear fluids.",
            vec![Proposed::SolidFood {
                cutoff: Cutoff::Clock {
                    days_before: 0,
                    time: steady_core::facts::day::ClockTime::parse("t", "06:00").unwrap(),
                },
            }],
            0,
        ),
        ("Keep to a clear fluid diet on the day before your scan.", vec![], 1),
        (
            "You may have clear fluids only until 3 hours before your scan.",
            vec![Proposed::ClearLiquids {
                cutoff: Cutoff::HoursBefore { hours: 3 },
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Eaten things listed with food ("fruit or supplements") take the food's
/// rule, not a medicine's; a medicine to stop taking beside food keeps its
/// own.
#[test]
fn things_eaten_with_food_are_no_medicine() {
    let hours_48 = Proposed::SolidFood {
        cutoff: Cutoff::HoursBefore { hours: 48 },
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Avoid eating seeds, nuts or supplements 2 days before the test.",
            vec![hours_48.clone()],
            0,
        ),
        (
            "Do not eat, and stop taking aspirin, 2 days before the test.",
            vec![
                hours_48,
                Proposed::Medicine {
                    rule: MedicineRule {
                        name: "Aspirin".into(),
                        before: MedicineBefore::HoursBefore { hours: 48 },
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

/// What a bare medicine to bring is for says which one ("medicine for
/// asthma"); a thing's purpose after "for" is still cut ("a snack for
/// later").
#[test]
fn a_medicine_to_bring_keeps_what_it_is_for() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Please bring your medication for epilepsy.",
            vec![Proposed::Bring {
                items: vec!["Medication for epilepsy".into()],
            }],
            0,
        ),
        (
            "Please bring a snack for the journey home.",
            vec![Proposed::Bring {
                items: vec!["Snack".into()],
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// "When you go home, have a support person with you overnight": going
/// home is when, the night how long; company, asked, no escort. A support
/// person with you when you go home, or someone who goes home with you, is
/// the ride.
#[test]
fn a_support_person_overnight_is_company_not_the_ride() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "When you are ready to go home, please have a support person with you for overnight.",
            vec![],
            1,
        ),
        (
            "You must have a support person with you when you go home.",
            vec![Proposed::EscortRequired],
            0,
        ),
        (
            "Someone must go home with you and stay with you overnight.",
            vec![Proposed::EscortRequired],
            1,
        ),
    ];
    assert_read_as(cases);
}

/// A clock in four digits ("0630 hrs", "0700am", "from 0700") is a clock
/// time; four digits with no mark and no leading zero ("1500 ml") are no
/// time.
#[test]
fn a_clock_in_four_digits_is_read() {
    let clock = |hh_mm: &str| Proposed::SolidFood {
        cutoff: Cutoff::Clock {
            days_before: 0,
            time: steady_core::facts::day::ClockTime::parse("t", hh_mm).unwrap(),
        },
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "No food after 0630 hrs on the day of your scan.",
            vec![clock("06:30")],
            0,
        ),
        (
            "From 0800am on the day of your scan, only clear fluids.",
            vec![clock("08:00")],
            0,
        ),
        ("Drink 1500 ml of the preparation on the day of your scan.", vec![], 0),
    ];
    assert_read_as(cases);
}

/// Drinks a fast "includes" are part of it, not named apart: the fast
/// holds for them too. Drinks given their own time stay apart.
#[test]
fn drinks_a_fast_includes_are_fasted_too() {
    let midnight = |drink: bool| {
        let cutoff = Cutoff::Clock {
            days_before: 0,
            time: steady_core::facts::day::ClockTime::parse("t", "00:00").unwrap(),
        };
        match drink {
            true => Proposed::ClearLiquids { cutoff },
            false => Proposed::SolidFood { cutoff },
        }
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Please fast from midnight; this includes water and black coffee.",
            vec![midnight(false), midnight(true)],
            0,
        ),
        (
            "Please fast from midnight, but water is fine until 2 hours before.",
            vec![
                midnight(false),
                Proposed::ClearLiquids {
                    cutoff: Cutoff::HoursBefore { hours: 2 },
                },
            ],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// "For the night" is until the next morning, asked as "overnight" is; a
/// length in hours is proposed.
#[test]
fn company_for_the_night_is_asked() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "A relative should stay with you for the night after your test.",
            vec![],
            1,
        ),
        (
            "A relative should stay with you for 12 hours after your test.",
            vec![Proposed::SomeoneStays { hours: 12 }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A fast for some bookings only ("if your appointment is in the
/// morning") does not overrule the fast for everyone; the sheet's own
/// words for everyone still do.
#[test]
fn a_fast_for_some_bookings_leaves_the_general_one() {
    let midnight = Cutoff::Clock {
        days_before: 0,
        time: steady_core::facts::day::ClockTime::parse("t", "00:00").unwrap(),
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Nothing to eat or drink for 5 hours before your scan.\n\nIf your appointment is early in the morning, \
             please fast from midnight.",
            vec![
                Proposed::SolidFood {
                    cutoff: Cutoff::HoursBefore { hours: 5 },
                },
                Proposed::ClearLiquids {
                    cutoff: Cutoff::HoursBefore { hours: 5 },
                },
                Proposed::SolidFood {
                    cutoff: midnight.clone(),
                },
                Proposed::ClearLiquids {
                    cutoff: midnight.clone(),
                },
            ],
            0,
        ),
        (
            "Nothing to eat or drink for 5 hours before your scan.\n\nPlease do not eat after midnight.",
            vec![
                Proposed::ClearLiquids {
                    cutoff: Cutoff::HoursBefore { hours: 5 },
                },
                Proposed::SolidFood { cutoff: midnight },
            ],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// An illness "before your appointment" is how the patient is, with the
/// appointment saying when: a red flag to the clinic. Changing the
/// appointment is no red flag.
#[test]
fn the_appointment_as_a_time_leaves_the_red_flag() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "If you catch a chest infection close to your appointment, please call our office.",
            vec![Proposed::RedFlag {
                rule: RedFlagRule {
                    situation: "Catch a chest infection close to your appointment".into(),
                    call: WhoToCall::Clinic,
                },
            }],
            0,
        ),
        (
            "If you need to move your appointment, please call our office.",
            vec![],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// "The doctor will advise you about" a medicine: the clinic decides, the
/// patient asks. "We advise you not to take" it is the clinic's own rule.
#[test]
fn a_medicine_the_doctor_will_advise_on_is_asked_about() {
    let medicine = |name: &str, before| Proposed::Medicine {
        rule: MedicineRule {
            name: name.into(),
            before,
            restart_hours_after: None,
            note: None,
        },
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Your surgeon will advise you about your insulin.",
            vec![medicine("Insulin", MedicineBefore::AskPrescriber { days_before: 7 })],
            0,
        ),
        (
            "We advise you not to take aspirin for 3 days before.",
            vec![medicine("Aspirin", MedicineBefore::HoursBefore { hours: 72 })],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// "Be ready to stay for 2 hours after the infusion": a stay counted from
/// the end of the session is the stay after. A visit counted from arriving
/// is the whole visit, and is not proposed.
#[test]
fn a_stay_counted_from_the_session_is_the_stay_after() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Please be ready to stay for 90 minutes after your treatment.",
            vec![Proposed::Observation {
                min_minutes: 90,
                max_minutes: 90,
            }],
            0,
        ),
        ("Please be ready to stay for 3 hours after you arrive.", vec![], 0),
    ];
    assert_read_as(cases);
}
