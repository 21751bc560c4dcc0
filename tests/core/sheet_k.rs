//! General rules learnt from half k of the corpus (branch `tune-k`), each in
//! other words than the page that showed it: the rule, and what it must not
//! read.

use steady_core::facts::rules::{Cutoff, EscortPresence, MedicineBefore, MedicineRule};
use steady_core::plan::sheet::Proposed;

use crate::sheet::assert_read_as;

fn hours_before(hours: u32) -> Cutoff {
    Cutoff::HoursBefore { hours }
}

/// Food and drink: drinks given as an example of a meal are that meal,
/// and "a day or two" is a range, not one day.
#[test]
fn half_ks_fasting_rules_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        // The juice is part of the breakfast, not a drink with its own time.
        (
            "No breakfast (such as toast and fluids) for 7 hours before the scan.",
            vec![Proposed::SolidFood {
                cutoff: hours_before(7),
            }],
            0,
        ),
        // A drink of its own keeps its time.
        (
            "No breakfast and no fluids for 7 hours before the scan.",
            vec![
                Proposed::SolidFood {
                    cutoff: hours_before(7),
                },
                Proposed::ClearLiquids {
                    cutoff: hours_before(7),
                },
            ],
            0,
        ),
        // "A day or two": one day or two, asked, not one day.
        ("Eat no solid food for a week or two before the scan.", vec![], 1),
    ];
    assert_read_as(cases);
}

/// Medicines named only inside a bracket take no time from the sentence
/// around it.
#[test]
fn half_ks_medicines_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        // The heart medicines are asked about, not held to the fast's 6
        // hours; the fast keeps its 6 hours before "it", the scan (the
        // opening day only locates it; branch tune-core).
        (
            "On the day of the scan, you should not eat or drink anything for 6 hours before it (talk about medicines, especially heart medicines, with your nurse).",
            vec![
                Proposed::SolidFood { cutoff: hours_before(6) },
                Proposed::ClearLiquids { cutoff: hours_before(6) },
            ],
            1,
        ),
        // Named outside a bracket, it takes the sentence's time.
        (
            "Have no food or insulin for 6 hours before the scan.",
            vec![
                Proposed::SolidFood { cutoff: hours_before(6) },
                Proposed::Medicine {
                    rule: MedicineRule {
                        name: "Insulin".into(),
                        before: MedicineBefore::HoursBefore { hours: 6 },
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

/// The escort and the stay: a "can come in, but" is no place the escort is
/// asked to be; being watched in the clinic's recovery room is no company
/// at home; a second "no" with its own time keeps that time for itself.
#[test]
fn half_ks_escort_stay_and_alcohol_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Your companion can come into the office with you, but will then sit in the lounge.",
            vec![Proposed::EscortRequired],
            0,
        ),
        (
            "Your companion can come into the office with you.",
            vec![
                Proposed::EscortRequired,
                Proposed::EscortPresence {
                    presence: EscortPresence::ComesToDoor,
                },
            ],
            0,
        ),
        (
            "You will be watched in the recovery room for an hour.",
            vec![Proposed::Observation {
                min_minutes: 60,
                max_minutes: 60,
            }],
            0,
        ),
        (
            "A responsible adult should stay with you for 12 hours.",
            vec![Proposed::SomeoneStays { hours: 12 }],
            0,
        ),
        (
            "No alcohol or coffee for 12 hours before, and no coffee for 3 days after.",
            vec![],
            1,
        ),
    ];
    assert_read_as(cases);
}
