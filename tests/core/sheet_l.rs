//! General rules learnt from half l of the corpus (branch `tune-l`), each in
//! other words than the page that showed it: the rule, and what it must not
//! read.

use steady_core::facts::rules::{Cutoff, MedicineBefore, MedicineRule};
use steady_core::plan::sheet::Proposed;

use crate::sheet::assert_read_as;

fn stay(min_minutes: u32, max_minutes: u32) -> Proposed {
    Proposed::Observation {
        min_minutes,
        max_minutes,
    }
}

/// The stay after: a range split by other words ("from ... to ...") is a
/// range, not its low end.
#[test]
fn half_ls_stay_rules_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        // The low end, then the high end after the kinds of test.
        (
            "Recovery lasts from 30 minutes for a small biopsy to 2 hours for a larger one.",
            vec![stay(30, 120)],
            0,
        ),
        // One length, with no "to" after it: the one length.
        ("Recovery lasts 30 minutes for a small biopsy.", vec![stay(30, 30)], 0),
    ];
    assert_read_as(cases);
}

/// A bracket that works the rule out for one case ("so ... if ...") is an
/// example, not a rule of its own.
#[test]
fn half_ls_worked_examples_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        // The clock in the example is not a second fasting time.
        (
            "Stop eating 8 hours before your scan (so no food after 1am if your scan is at 9am).",
            vec![Proposed::SolidFood {
                cutoff: Cutoff::HoursBefore { hours: 8 },
            }],
            0,
        ),
        // A bracket that is not an example keeps its time.
        (
            "Stop eating before your scan (at least 8 hours).",
            vec![Proposed::SolidFood {
                cutoff: Cutoff::HoursBefore { hours: 8 },
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Telling the clinic what you have had before is history, not a medicine
/// to ask about.
#[test]
fn half_ls_history_reads_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        // A past trouble with a medicine: the clinic should know, no rule.
        (
            "Tell your doctor if you have had a bad reaction to pain medicine.",
            vec![],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A thing to bring is a noun, not a clause ("whether ...") nor the place it
/// is taken to ("... to my appointment").
#[test]
fn half_ls_bring_items_are_things() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        // Where the thing is taken, not a thing of its own.
        ("Fill the script and bring the tablets along to my consultation.", vec![], 0),
        // A clause opened by "whether" is a question, no thing.
        (
            "The nurse will tell you about:\n\n  • what to bring with you into the clinic (see below),\n  • whether you will be kept in after the scan and, if so, for how long.",
            vec![],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Drugs named in a bracket of examples after a class are of that class,
/// not recreational drugs.
#[test]
fn half_ls_drugs_in_examples_are_that_class() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![(
        "No stimulants (cola, energy drinks, some drugs) for 6 hours after your scan.",
        vec![Proposed::Medicine {
            rule: MedicineRule {
                name: "Stimulants".into(),
                before: MedicineBefore::None,
                restart_hours_after: Some(6),
                note: None,
            },
        }],
        0,
    )];
    assert_read_as(cases);
}

/// "Which medicines to stop" after a sentence that said which medicines
/// ("some regular medicines"): the rule is about those, in the sheet's
/// words; a bare "medicines" with no sentence before keeps its own name.
#[test]
fn half_ls_bare_medicines_take_the_name_said_before() {
    let ask = |name: &str| Proposed::Medicine {
        rule: MedicineRule {
            name: name.into(),
            before: MedicineBefore::AskPrescriber { days_before: 7 },
            restart_hours_after: None,
            note: None,
        },
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "A few regular medicines have to be paused before the scan. The admissions team will tell you which medications to stop and when.",
            vec![ask("Regular medicines")],
            // "Paused" with no time: asked, as before.
            1,
        ),
        (
            "The admissions team will tell you which medications to stop and when.",
            vec![ask("Medications")],
            0,
        ),
        // A paragraph apart: the name does not carry.
        (
            "A few regular medicines have to be paused before the scan.\n\nThe admissions team will tell you which medications to stop and when.",
            vec![ask("Medications")],
            1,
        ),
    ];
    assert_read_as(cases);
}
