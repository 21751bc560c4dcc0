//! General rules learnt from half n of the corpus (branch `tune-n`), each in
//! other words than the page that showed it: the rule, and what it must not
//! read.

use steady_core::facts::day::ClockTime;
use steady_core::facts::rules::{Cutoff, EscortPresence, MedicineBefore, MedicineRule, Rideshare};
use steady_core::plan::sheet::Proposed;

use crate::sheet::assert_read_as;

fn medicine(name: &str, before: MedicineBefore) -> Proposed {
    Proposed::Medicine {
        rule: MedicineRule {
            name: name.into(),
            before,
            restart_hours_after: None,
            note: None,
        },
    }
}

fn midnight() -> Cutoff {
    Cutoff::Clock {
        days_before: 0,
        time: ClockTime::parse("t", "00:00").unwrap(),
    }
}

/// A fast counted back from arriving or being admitted is not counted
/// from the session, as Steady counts it: asked, never proposed. Counted
/// from the session, it is proposed as before.
#[test]
fn half_ns_fast_counted_from_arrival_is_asked() {
    let broken = "Please keep to these instructions, or your procedure will be cancelled.";
    let fast_then_broken = format!("Nothing to eat for 6 hours before your arrival time. {broken}");
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        // Counted from arriving: asked, once per rule.
        ("Do not eat anything for 6 hours before your arrival time.", vec![], 1),
        ("No food or drink in the 4 hours prior to admission.", vec![], 2),
        ("Clear fluids are fine until 2 hours before you arrive.", vec![], 1),
        // Counted from the session: proposed.
        (
            "Do not eat anything for 6 hours before your appointment time.",
            vec![Proposed::SolidFood {
                cutoff: Cutoff::HoursBefore { hours: 6 },
            }],
            0,
        ),
        // "These instructions" after a fast that was asked about still
        // point back to it.
        (
            &fast_then_broken,
            vec![Proposed::IfFastBroken { words: broken.into() }],
            1,
        ),
        // The sheet's own words for water, though asked, overrule the
        // general "fast" elsewhere: the food's midnight stands alone.
        (
            "Please fast from midnight.\n\nYou may keep drinking water up to 2 hours before admission.",
            vec![Proposed::SolidFood { cutoff: midnight() }],
            1,
        ),
    ];
    assert_read_as(cases);
}

/// The escort's car or taxi: "in a private car or taxi" is how the adult
/// takes the patient home, as "in a car or taxi" was; a taxi alone is
/// still allowed where no escort takes it.
#[test]
fn half_ns_escort_in_a_car_or_taxi() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "A responsible adult must take you home in a private car or a taxi.",
            vec![
                Proposed::EscortRequired,
                Proposed::Rideshare {
                    rideshare: Rideshare::OnlyWithEscort,
                },
            ],
            0,
        ),
        (
            "You may go home by taxi or Uber.",
            vec![Proposed::Rideshare {
                rideshare: Rideshare::Allowed,
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// "At leave 12 hours" is a slip for "at least": no one leaves. An escort
/// who may leave and come back still does.
#[test]
fn half_ns_at_leave_is_no_leaving() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "A responsible adult must take you home and stay with you for at leave 24 hours.",
            vec![Proposed::EscortRequired, Proposed::SomeoneStays { hours: 24 }],
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

/// Telling the clinic which medicines the patient takes is no rule for
/// them; discussing a medicine, or a rule for it, still is.
#[test]
fn half_ns_telling_us_your_medicines_is_no_rule() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Please let us know about the medicines you take at the moment.",
            vec![],
            0,
        ),
        (
            "Tell your nurse about your regular medications, for heart or lungs.",
            vec![],
            0,
        ),
        ("Inform us of all your current medications.", vec![], 0),
        (
            "Please check with your prescriber about your blood thinners.",
            vec![medicine(
                "Blood thinners",
                MedicineBefore::AskPrescriber { days_before: 7 },
            )],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Medicines named by what they are for ("your medicine for diabetes",
/// "pills for your heart") keep that in their name; "for" and a time is
/// the rule's time, not the name.
#[test]
fn half_ns_medicines_named_by_what_they_are_for() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Do not take your tablets for high blood pressure on the morning of the procedure.",
            vec![medicine(
                "Tablets for high blood pressure",
                MedicineBefore::SkipMorningOf,
            )],
            0,
        ),
        (
            "Skip your pills for your heart on the morning of the test.",
            vec![medicine("Pills for your heart", MedicineBefore::SkipMorningOf)],
            0,
        ),
        (
            "Do not take medication for pain relief within 4 hours before the session.",
            vec![medicine(
                "Medication for pain relief",
                MedicineBefore::HoursBefore { hours: 4 },
            )],
            0,
        ),
        // No "for": the bare name.
        (
            "Do not take your medicines on the morning of the procedure.",
            vec![medicine("Medicines", MedicineBefore::SkipMorningOf)],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// "A three hour stay": a length before "stay" as a noun, with nothing
/// after the treatment, is the whole visit, not the stay after it.
#[test]
fn half_ns_a_length_of_stay_is_the_visit() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        ("Please plan for a 4-hour stay at the hospital.", vec![], 0),
        ("Delays happen, so a two hour stay is only a guide.", vec![], 0),
        // After the treatment, or "stay" as a verb: the stay after.
        (
            "Expect a 2 hour stay in recovery after the procedure.",
            vec![Proposed::Observation {
                min_minutes: 120,
                max_minutes: 120,
            }],
            0,
        ),
        (
            "You will stay 60 minutes so we can watch you.",
            vec![Proposed::Observation {
                min_minutes: 60,
                max_minutes: 60,
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// The clinic will say later when the patient may drive again: the ban
/// it names has no end a reader could pick, so it is asked. Without
/// that, the ban is proposed.
#[test]
fn half_ns_driving_end_decided_later_is_asked() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Do not drive for 24 hours. Your dentist will tell you at the review when you can drive again.",
            vec![],
            1,
        ),
        ("Do not drive for the rest of the day.\n\nWhen may I drive again?\n\nThe team will let you know at your check-up.", vec![], 1),
        (
            "Do not drive for 24 hours. We will call you the next day.",
            vec![Proposed::NoDriving {
                rule: steady_core::facts::rules::NoDriving::Hours { hours: 24 },
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Tea in brackets after a meal is an example of the meal, not a list of
/// clear drinks; a drink said to be fine on its own still is.
#[test]
fn half_ns_a_meals_examples_are_no_clear_drinks() {
    let fine = "Black coffee is fine before your visit.";
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        // (The meal itself is asked: it gives no time.)
        (
            "A small breakfast (e.g. toast and tea) is fine early in the morning.",
            vec![],
            1,
        ),
        (fine, vec![Proposed::ClearLiquidsAre { words: fine.into() }], 0),
    ];
    assert_read_as(cases);
}

/// An adult "with you for 12 hours" and no way home named is company for
/// those hours, not an escort; with the way home, an escort.
#[test]
fn half_ns_an_adult_with_you_for_hours_is_company() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "You need a responsible adult with you for 12 hours after the sedation.",
            vec![Proposed::SomeoneStays { hours: 12 }],
            0,
        ),
        (
            "Please have a responsible adult with you for the first 24 hours.",
            vec![Proposed::SomeoneStays { hours: 24 }],
            0,
        ),
        (
            "You will need a responsible adult with you, because the sedation keeps working after the surgery.",
            vec![Proposed::EscortRequired],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// "No food or drink from midnight" and, in the next bullet of the same
/// list, water's own time: the drinks' clock cutoff yields to it. Another
/// bullet, or no own time for water, leaves the cutoff for drinks.
#[test]
fn half_ns_waters_own_time_in_the_next_bullet_wins() {
    let midnight_drinks = Proposed::ClearLiquids { cutoff: midnight() };
    let food = Proposed::SolidFood { cutoff: midnight() };
    let cases: Vec<(&str, Vec<Proposed>, usize)> =
        vec![
        (
            "Morning list:\n• no food or drink after midnight\n• you can sip water up to 3 hours before your arrival",
            vec![food.clone()],
            1,
        ),
        (
            "Morning list:\n- nothing to eat or drink from midnight\n- plain water until 2 hours before your procedure",
            vec![food.clone(), Proposed::ClearLiquids { cutoff: Cutoff::HoursBefore { hours: 2 } }],
            0,
        ),
        (
            "• No food or drink after midnight.\n• Bring your glasses.",
            vec![
                food,
                midnight_drinks,
                Proposed::Bring {
                    items: vec!["Glasses".into()],
                },
            ],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A taxi offered as the way home ("private transport, e.g. a taxi") and
/// a ban on public transport: the ban says nothing of the taxi. With no
/// taxi offered, the ban stands.
#[test]
fn half_ns_a_ban_on_buses_leaves_an_offered_taxi() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Transport home has to be arranged in advance (e.g. taxi or private car). Buses and trains cannot be used.",
            vec![],
            1,
        ),
        (
            "Arrange transport home. Public transport cannot be used.",
            vec![Proposed::Rideshare {
                rideshare: Rideshare::NotAllowed,
            }],
            1,
        ),
    ];
    assert_read_as(cases);
}

/// A list opened by "On the day ... please bring:" is a list of things to
/// bring, as "Please bring:" is; a part's heading after it ("After your
/// procedure") ends it and is no thing.
#[test]
fn half_ns_a_bring_list_opened_by_its_day() {
    let bring = |items: &[&str]| Proposed::Bring {
        items: items.iter().map(|i| i.to_string()).collect(),
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "On the day of your procedure, please bring:\n- Photo ID\n- Your glasses\nPost Procedure",
            vec![bring(&["Photo ID"]), bring(&["Glasses"])],
            0,
        ),
        (
            "For the morning of surgery bring with you:\n• Reading glasses\n• Inhaler",
            vec![bring(&["Reading glasses"]), bring(&["Inhaler"])],
            0,
        ),
        // Not a list opener: a day with no "bring".
        ("On the day of your procedure, please arrive:\n- on time", vec![], 0),
    ];
    assert_read_as(cases);
}

/// Other medicines listed with the usual ones ("usual medications /
/// inhalers", "routine medicines (inhalers included)") leave the usual ones
/// kept; "do not take", "may take" or an exception do not.
#[test]
fn half_ns_usual_medicines_listed_with_others_are_kept() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Take your regular medicines and inhalers as normal on the day.",
            vec![Proposed::KeepTakingUsual],
            0,
        ),
        (
            "Please take your normal medications/puffers on the morning of the operation.",
            vec![Proposed::KeepTakingUsual],
            0,
        ),
        // Not taken: nothing kept (the named one's own rule as before).
        (
            "Do not take your usual medications or inhalers on the morning of the operation.",
            vec![medicine("Inhalers", MedicineBefore::SkipMorningOf)],
            0,
        ),
    ];
    assert_read_as(cases);
}
