//! Red flags, the escort and tasks before a visit read by mechanism
//! (issue 25, branch `tune-mech`): each in words of our own, the shape it
//! must read and a near miss it must not.

use steady_core::facts::rules::{EscortPresence, RedFlagRule, Rideshare, WhoToCall};
use steady_core::plan::sheet::Proposed;

use crate::sheet::assert_read_as;

/// An escort "present during" the visit stays on site while it lasts;
/// someone present at home through the night is company afterwards, not
/// the escort waiting at the clinic.
#[test]
fn an_escort_present_during_the_visit_stays_on_site() {
    let stays = Proposed::EscortPresence {
        presence: EscortPresence::StaysOnSite,
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Your companion must be present during the whole infusion.",
            vec![Proposed::EscortRequired, stays],
            0,
        ),
        // Company at home "during the night": no escort on site, and a
        // span asked about (branch tune-ask).
        (
            "An adult should be present at home with you during the night.",
            vec![],
            1,
        ),
    ];
    assert_read_as(cases);
}

/// The clinic's own staff and a dental practice are the clinic: "ring
/// our nurses", "let the practice know"; not a call with no situation.
#[test]
fn the_clinics_nurses_and_practice_are_the_clinic() {
    let clinic = |situation: &str| Proposed::RedFlag {
        rule: RedFlagRule {
            situation: situation.into(),
            call: WhoToCall::Clinic,
        },
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        ("Ring our nurses if you develop a rash.", vec![clinic("A rash")], 0),
        (
            "If you feel dizzy, please let the practice know.",
            vec![clinic("Dizzy")],
            0,
        ),
        ("Ring our nurses to book your next visit.", vec![], 0),
    ];
    assert_read_as(cases);
}

/// A named illness sends the patient to the clinic even when the call is
/// to move the visit: "phone us to rebook if you have the flu"; not a
/// call to rebook when the patient cannot come.
#[test]
fn falling_ill_before_the_visit_is_a_call_to_the_clinic() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Phone us to rebook if you have the flu or a temperature.",
            vec![Proposed::RedFlag {
                rule: RedFlagRule {
                    situation: "The flu or a temperature".into(),
                    call: WhoToCall::Clinic,
                },
            }],
            0,
        ),
        ("Phone us to rebook if you cannot come.", vec![], 0),
    ];
    assert_read_as(cases);
}

/// "Who can" says what the escort must be able to do, so "bring an adult
/// who can wait in the lobby for the whole treatment" asks them to stay;
/// "your adult can wait in the lobby" only allows it.
#[test]
fn an_escort_who_can_wait_through_the_visit_stays_on_site() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Bring a responsible adult who can wait in the lobby for the whole treatment.",
            vec![
                Proposed::EscortRequired,
                Proposed::EscortPresence {
                    presence: EscortPresence::StaysOnSite,
                },
            ],
            0,
        ),
        (
            "Your responsible adult can wait in the lobby for the whole treatment.",
            vec![Proposed::EscortRequired],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A "not" of a ride alone or of the patient's own driving leaves the
/// escort required: "a friend must drive you home (not a cab)"; a "not"
/// of the escort still denies it ("a friend need not drive you home"),
/// and a cab named as the other way home leaves no adult required.
#[test]
fn a_not_of_the_ride_alone_leaves_the_escort_required() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "A friend must drive you home (not a cab).",
            vec![
                Proposed::EscortRequired,
                Proposed::Rideshare {
                    rideshare: Rideshare::NotAllowed,
                },
            ],
            0,
        ),
        ("A friend need not drive you home.", vec![], 0),
        (
            "Have a friend take you home, or use a cab (not the bus).",
            vec![Proposed::Rideshare {
                rideshare: Rideshare::Allowed,
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}
