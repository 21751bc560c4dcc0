//! Medicine rules read by mechanism (issue 25, branch `tune-med`): each
//! in words of our own, the shape it must read and a near miss it must not.

use steady_core::facts::rules::{Cutoff, MedicineBefore, MedicineRule};
use steady_core::plan::sheet::Proposed;

use crate::sheet::assert_read_as;

/// A medicine rule asking the prescriber, in one made of its name.
fn ask(name: &str) -> Proposed {
    Proposed::Medicine {
        rule: MedicineRule {
            name: name.into(),
            before: MedicineBefore::AskPrescriber { days_before: 7 },
            restart_hours_after: None,
            note: None,
        },
    }
}

/// Whom to ask about a medicine, in the words clinics use besides "talk
/// to": "get specific advice from", "contact your doctor", "will tell you
/// whether". Not a sentence that only tells the clinic that some medicines
/// are taken.
#[test]
fn a_medicine_the_doctor_advises_on_is_asked_of_the_prescriber() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "If you are on warfarin, get specific advice from your GP.",
            vec![ask("Warfarin")],
            0,
        ),
        (
            "Your nurse will tell you whether to pause clopidogrel.",
            vec![ask("Clopidogrel")],
            0,
        ),
        ("If you take medicines regularly, please tell our office.", vec![], 0),
        ("If you take medications every day, let us know.", vec![], 0),
    ];
    assert_read_as(cases);
}

/// A trade mark sign after each example ("Eliquis®") keeps the examples
/// in the class's bracket, one rule named as the sheet names it.
#[test]
fn trade_mark_signs_keep_examples_with_their_class() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "If you take a blood thinner (Eliquis®, Xarelto®), talk to your doctor.",
            vec![ask("Blood thinner (Eliquis, Xarelto)")],
            0,
        ),
        ("Take Tylenol® for pain after the session.", vec![], 0),
    ];
    assert_read_as(cases);
}

/// "Last meal", "final meal", "last snack" a length before the visit is
/// when eating stops; the same words after the visit are no cutoff.
#[test]
fn the_last_meal_a_length_before_is_the_food_cutoff() {
    let food = |hours| Proposed::SolidFood {
        cutoff: Cutoff::HoursBefore { hours },
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        ("Have your final meal 6 hours before the treatment.", vec![food(6)], 0),
        ("Last snack at least 7 hrs before the session.", vec![food(7)], 0),
        ("Have your last meal 6 hours after the treatment.", vec![], 0),
    ];
    assert_read_as(cases);
}

/// Medicines said to be taken with a sip of water are the usual ones kept,
/// whatever "not" the sentence says of others; not sips merely allowed
/// beside medicines, nor a sip the doctor must first allow.
#[test]
fn medicines_taken_with_a_sip_are_kept() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Pills you are not told to stop may be taken with a small sip of water.",
            vec![Proposed::KeepTakingUsual],
            0,
        ),
        (
            "Your tablets should be taken at the normal time, with a mouthful of water.",
            vec![Proposed::KeepTakingUsual],
            0,
        ),
        (
            "A few sips of water are fine with your tablets if they are safe to take.",
            vec![],
            0,
        ),
        (
            "Tablets may be taken with a sip of water if your doctor has advised so.",
            vec![],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Unsure whether to take a medicine, or told the clinic will advise about
/// taking it: the prescriber is asked, and "not sure" is no "not" of a
/// rule. Not advice about anything else, nor the verb before "medicines"
/// as their name.
#[test]
fn a_medicine_the_patient_is_unsure_about_is_asked() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "If you take tablets and are not sure whether to take them that morning, please contact your admitting doctor.",
            vec![ask("Tablets")],
            0,
        ),
        (
            "Patients on insulin: the diabetes nurse will advise them about taking it.",
            vec![ask("Insulin")],
            0,
        ),
        ("Their nurse will advise them about parking.", vec![], 0),
        (
            "If you use medicines and are not sure whether to take them, phone the ward.",
            vec![ask("Medicines")],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// "Medicines for 12 hours" is a time, so a bare "medicines" keeps its
/// rule, as "medications for your heart" is named by what they are for;
/// medications said to work for a time are no rule.
#[test]
fn medicines_for_a_length_of_time_keep_their_rule() {
    let hours = |hours| Proposed::Medicine {
        rule: MedicineRule {
            name: "Medications".into(),
            before: MedicineBefore::HoursBefore { hours },
            restart_hours_after: None,
            note: None,
        },
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Please take no medications for 10 hours before your session.",
            vec![hours(10)],
            0,
        ),
        (
            "Take no medications for at least eight hours before your session.",
            vec![hours(8)],
            0,
        ),
        (
            "Do not take any medications for your heart for 10 hours before your session.",
            vec![Proposed::Medicine {
                rule: MedicineRule {
                    name: "Medications for your heart".into(),
                    before: MedicineBefore::HoursBefore { hours: 10 },
                    restart_hours_after: None,
                    note: None,
                },
            }],
            0,
        ),
        ("Your medications may work for 10 hours or so.", vec![], 0),
    ];
    assert_read_as(cases);
}

/// Anti-inflammatories are a class of medicine clinics name: a range for
/// them is asked, one length is their rule; anti-inflammatory advice for
/// after the visit is none.
#[test]
fn anti_inflammatories_are_a_medicine_class() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Avoid anti-inflammatory drugs for three to five days before your visit.",
            vec![],
            1,
        ),
        (
            "Stop anti-inflammatory medicines 3 days before your infusion.",
            vec![Proposed::Medicine {
                rule: MedicineRule {
                    name: "Anti-inflammatory medicines".into(),
                    before: MedicineBefore::HoursBefore { hours: 72 },
                    restart_hours_after: None,
                    note: None,
                },
            }],
            0,
        ),
        (
            "Anti-inflammatory creams can help with soreness after the procedure.",
            vec![],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A dose written as a fraction ("1/2 of your usual") is fewer on the day,
/// as "half your usual" is; a fraction of something else is no dose.
#[test]
fn a_fraction_of_the_usual_dose_is_fewer_on_the_day() {
    let fewer = |name: &str| Proposed::Medicine {
        rule: MedicineRule {
            name: name.into(),
            before: MedicineBefore::FewerOnTheDay,
            restart_hours_after: None,
            note: None,
        },
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "On the day, take 1/2 of your usual dose of metformin.",
            vec![fewer("Metformin")],
            0,
        ),
        (
            "Take 1/2 of your usual insulin on the morning of the visit.",
            vec![fewer("Insulin")],
            0,
        ),
        ("Fill 1/2 of your usual cup with water.", vec![], 0),
    ];
    assert_read_as(cases);
}

/// A "hold" said of the medicines left out ("except X, which you should
/// hold") leaves the usual ones kept; a "not" before the exception is said
/// of the usual ones, which are not kept.
#[test]
fn a_hold_after_except_is_said_of_the_ones_left_out() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Take your routine medicines with a little water, except water tablets, which you should hold until after the visit.",
            vec![Proposed::KeepTakingUsual],
            0,
        ),
        ("Do not take your usual medicines, except heart tablets.", vec![], 1),
    ];
    assert_read_as(cases);
}

/// "Your usual morning medicines, but not X": X is not taken that
/// morning, when the words give no other time; said of the usual
/// medicines with no morning, it is asked.
#[test]
fn a_medicine_left_out_of_the_morning_ones_is_skipped_that_morning() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Take your regular morning medications, but not your Adderall.",
            vec![
                Proposed::KeepTakingUsual,
                Proposed::Medicine {
                    rule: MedicineRule {
                        name: "Stimulants (Adderall)".into(),
                        before: MedicineBefore::SkipMorningOf,
                        restart_hours_after: None,
                        note: None,
                    },
                },
            ],
            0,
        ),
        (
            "Take your usual medicines, but not your Adderall.",
            vec![Proposed::KeepTakingUsual],
            1,
        ),
    ];
    assert_read_as(cases);
}
