//! The core rules a patient most needs (the fasting cutoffs, driving,
//! decisions, company at home, the escort, the stay after) read by
//! mechanism (issue 25, branch `tune-core`): each in words of our own, the
//! shape it must read and a near miss it must not.

use steady_core::facts::rules::{Cutoff, MedicineBefore, MedicineRule, NoDriving, Until};
use steady_core::plan::sheet::Proposed;

use crate::sheet::assert_read_as;

fn no_driving(hours: u32) -> Proposed {
    Proposed::NoDriving {
        rule: NoDriving::Hours { hours },
    }
}

fn no_decisions(hours: u32) -> Proposed {
    Proposed::NoDecisions {
        until: Some(Until::Hours { hours }),
    }
}

/// A bullet under a heading that is a moment is an item of its list
/// however long it runs; a second sentence in the same bullet explains it
/// and takes nothing from the heading.
#[test]
fn a_long_bullet_stays_an_item_of_its_heading() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "For the first 12 hours you must not:\n\n  • Get behind the wheel of any car, van or motorbike, or work with saws and other power tools.\n",
            vec![no_driving(12)],
            0,
        ),
        (
            "For the first 12 hours you should:\n\n  • Rest at home. If you cannot keep fluids down, ring the ward\n  • Take things slowly\n",
            vec![],
            0,
        ),
        // Without a bullet, a long sentence of its own ends the list.
        (
            "For the first 12 hours you must not:\n\nNever get behind the wheel of any car, van or motorbike, or work with saws and other power tools.\n",
            vec![],
            1,
        ),
    ];
    assert_read_as(cases);
}

/// "Do" and "Don't" subheadings under one moment keep the moment and
/// change what is asked of the lines under them; an ordinary verb in a
/// line ("take") does not shut out the heading's "not".
#[test]
fn dos_and_donts_under_one_moment_keep_it() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "For 12 hours after treatment, we advise:\nDo\nRest at home\nDon'ts\nDrive any vehicle\nSign contracts or make big decisions\nTake sleeping pills or drink beer\n",
            vec![
                no_driving(12),
                no_decisions(12),
                Proposed::NoAlcohol { hours: 12 },
                Proposed::NoSedatives { hours: 12 },
            ],
            0,
        ),
        // Under a "Do" subheading the same lines are not forbidden.
        (
            "For 12 hours after treatment, we advise:\nDo\nDrink water\nRest at home\n",
            vec![],
            0,
        ),
    ];
    assert_read_as(cases);
}

fn food(hours: u32) -> Proposed {
    Proposed::SolidFood {
        cutoff: Cutoff::HoursBefore { hours },
    }
}

fn liquids(hours: u32) -> Proposed {
    Proposed::ClearLiquids {
        cutoff: Cutoff::HoursBefore { hours },
    }
}

/// "N hours for X": the length is how long to go without what "for"
/// names next, with a determiner between or a list in between; a topic in
/// brackets that says it is included adds to the rule, not a rule of its
/// own that takes the length.
#[test]
fn a_length_for_a_food_or_drink_is_its_own() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        ("Seven hours for any solid food", vec![food(7)], 0),
        (
            "Our fasting times are 4 hours for food, including yoghurt and cheese, and 1 hour for clear drinks.",
            vec![food(4), liquids(1)],
            0,
        ),
        (
            "Have nothing to eat or drink 5 hours before your visit (sweets included)",
            vec![food(5), liquids(5)],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A sip of water allowed for taking pills is no exception to the fast,
/// in brackets or not; the bracket's end closes what "except" leaves out,
/// so the length after it is the fast's.
#[test]
fn water_for_pills_does_not_lift_the_fast() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![(
        "Take no food or drink (apart from a sip of water with your tablets) for 7 hours before the procedure.",
        vec![food(7), liquids(7)],
        0,
    )];
    assert_read_as(cases);
}

/// A clause that opens with its day ("On the morning of your visit")
/// gives only that opening moment forward; a length said later stays with
/// the rule before it, not with a remark in brackets after it.
#[test]
fn a_length_after_an_opening_day_stays_with_its_rule() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![(
        "On the morning of your visit, do not eat or drink for 5 hours before your procedure (talk to your doctor about diabetes medicines).",
        vec![
            food(5),
            liquids(5),
            Proposed::Medicine {
                rule: MedicineRule {
                    name: "Diabetes medicines".into(),
                    before: MedicineBefore::AskPrescriber { days_before: 7 },
                    restart_hours_after: None,
                    note: None,
                },
            },
        ],
        0,
    )];
    assert_read_as(cases);
}

/// A reason that is only a noun ("because of the anaesthetic") ends where
/// the sentence's own subject starts, comma or not; a reason that is a
/// whole clause still runs to its comma.
#[test]
fn a_noun_reason_ends_at_the_subject() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Because of the anaesthetic you must have an adult take you home and must not drive for 12 hours.",
            vec![Proposed::EscortRequired, no_driving(12)],
            0,
        ),
        (
            "Because you will be drowsy for 12 hours, the nurse will explain more.",
            vec![],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// The clinic's polite requirement ("we ask that", "we request that") and
/// the verb's other forms ("drives you home") ask for an escort.
#[test]
fn a_polite_request_for_a_driver_is_the_escort() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "We ask that a family member drives you home.",
            vec![Proposed::EscortRequired],
            0,
        ),
        (
            "We request that you have somebody drive you home.",
            vec![Proposed::EscortRequired],
            0,
        ),
    ];
    assert_read_as(cases);
}
