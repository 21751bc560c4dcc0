//! General rules learnt from half j of the corpus (branch `tune-j`), each in
//! other words than the page that showed it: the rule, and what it must not
//! read.

use steady_core::facts::rules::{Cutoff, EscortPresence, NoDriving, RedFlagRule, Rideshare, Until, WhoToCall};
use steady_core::plan::sheet::Proposed;

use crate::sheet::assert_read_as;

fn hours_before(hours: u32) -> Cutoff {
    Cutoff::HoursBefore { hours }
}

fn bring(thing: &str) -> Proposed {
    Proposed::Bring {
        items: vec![thing.into()],
    }
}

/// Food and drink: a drink called not clear is held to the food's time,
/// and what happens if a rule is broken is the fast's only when the words
/// are about eating or drinking.
#[test]
fn half_js_fasting_rules_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        // A milky or cloudy drink is no clear liquid: its time is the food's.
        (
            "No milky drinks for 8 hours before the scan.",
            vec![Proposed::SolidFood { cutoff: hours_before(8) }],
            0,
        ),
        (
            "Avoid non-clear fluids for 5 hours before your test.",
            vec![Proposed::SolidFood { cutoff: hours_before(5) }],
            0,
        ),
        // A plain drink still is.
        (
            "No drinks for 3 hours before the scan.",
            vec![Proposed::ClearLiquids { cutoff: hours_before(3) }],
            0,
        ),
        // "Treatment" has "eat" in it, but a sentence about the rules below
        // says nothing of the fast.
        ("Read the advice below with care, or your treatment could be postponed.", vec![], 0),
        // "If you do not follow this" right after a fast points back to it.
        (
            "Have nothing to eat for 6 hours before your scan. If you ignore or do not follow this, the procedure may be cancelled.",
            vec![
                Proposed::SolidFood { cutoff: hours_before(6) },
                Proposed::IfFastBroken {
                    words: "If you ignore or do not follow this, the procedure may be cancelled.".into(),
                },
            ],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Things to bring: suggested, maybe-asked and "something similar" are not
/// things every patient brings.
#[test]
fn half_js_things_to_bring_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        ("If the wait is long, you could bring a puzzle book.", vec![], 0),
        ("For some scans you may be asked to bring a bathrobe.", vec![], 0),
        (
            "Please bring a flask of tea or something similar.",
            vec![bring("Flask of tea")],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// The escort and the stay: leaving with the patient is no leaving, a
/// stay for the procedure is the whole visit, and a "not" after the
/// escort's taxi is said of another ride.
#[test]
fn half_js_escort_and_stay_rules_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Your companion must wait in the lobby during the operation and leave with you afterwards.",
            vec![
                Proposed::EscortRequired,
                Proposed::EscortPresence {
                    presence: EscortPresence::StaysOnSite,
                },
            ],
            0,
        ),
        // Staying in the building while the treatment lasts is staying on
        // site; company at home through the night is not.
        (
            "Your driver must remain in the clinic throughout the treatment.",
            vec![
                Proposed::EscortRequired,
                Proposed::EscortPresence {
                    presence: EscortPresence::StaysOnSite,
                },
            ],
            0,
        ),
        // Company "throughout the night" is a span Steady does not keep
        // in hours: asked, as the corpus reads "through the night" (branch
        // tune-ask).
        (
            "An adult must drive you home and stay with you throughout the night.",
            vec![Proposed::EscortRequired],
            1,
        ),
        // "Leave and come back" is still leaving.
        (
            "Your companion may leave and come back when you are ready.",
            vec![
                Proposed::EscortRequired,
                Proposed::EscortPresence {
                    presence: EscortPresence::MayLeaveAndReturn,
                },
            ],
            0,
        ),
        ("Be ready to stay with us for about 3 hours for the scan.", vec![], 0),
        (
            "Plan to stay with us for 2 hours after the scan.",
            vec![Proposed::Observation {
                min_minutes: 120,
                max_minutes: 120,
            }],
            0,
        ),
        (
            "Your companion should drive you home by car or taxi, not by bus or train.",
            vec![Proposed::Rideshare {
                rideshare: Rideshare::OnlyWithEscort,
            }],
            0,
        ),
        (
            "Your companion should drive you home by car or taxi and NOT by bus.",
            vec![Proposed::Rideshare {
                rideshare: Rideshare::OnlyWithEscort,
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Medicines and titles: a choice the doctor makes is no keeping, and a
/// title about the escort asks nothing of them.
#[test]
fn half_js_choice_and_title_rules_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        ("Your nurse will explain which medications to keep taking.", vec![], 0),
        (
            "Keep taking your usual medications.",
            vec![Proposed::KeepTakingUsual],
            0,
        ),
        ("Escort Guidance for Recovery Stays", vec![], 0),
        (
            "Your friend should bring you home afterwards in a car or taxi rather than on public transport.",
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

/// A long line that opens a list: its last clause is the lead-in, and its
/// moment with a number is the list's, not a vague one said of feelings.
#[test]
fn half_js_list_lead_in_rules_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![(
        "Feeling a bit dizzy for a few hours after the session is quite common, and so for at least 12 hours the patient should not:\n- Drive.\n- Drink alcohol.",
        vec![
            Proposed::NoDriving {
                rule: NoDriving::Hours { hours: 12 },
            },
            Proposed::NoAlcohol { hours: 12 },
        ],
        0,
    )];
    assert_read_as(cases);
}

/// Being looked after is someone staying; medicines at their usual times
/// are the usual ones kept.
#[test]
fn half_js_care_and_usual_times_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Please make sure you will be looked after at home for 18 hours.",
            vec![Proposed::SomeoneStays { hours: 18 }],
            0,
        ),
        (
            "If you are on tablets, take them at your usual time on the day.",
            vec![Proposed::KeepTakingUsual],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// "Should be reported to us": the passive of "tell us", its subject the
/// situation; a question to report is none.
#[test]
fn half_js_reported_red_flags_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "A high temperature in the days before your visit must be reported to the clinic.",
            vec![Proposed::RedFlag {
                rule: RedFlagRule {
                    situation: "A high temperature".into(),
                    call: WhoToCall::Clinic,
                },
            }],
            0,
        ),
        ("Any questions should be reported to us.", vec![], 0),
    ];
    assert_read_as(cases);
}

/// Other words for the same bans: business matters are decisions, being
/// left on one's own is having no one stay.
#[test]
fn half_js_other_words_for_bans_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Do not attend to business matters for 24 hours after the treatment.",
            vec![Proposed::NoDecisions {
                until: Some(Until::Hours { hours: 24 }),
            }],
            0,
        ),
        (
            "You must not be left on your own for 6 hours after the treatment.",
            vec![Proposed::SomeoneStays { hours: 6 }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A list under "what to bring": a bulleted line is an item however it
/// opens; an item marked optional is only allowed; an "or" within what a
/// thing is of, or a restatement of it, is no second thing.
#[test]
fn half_js_bring_list_rules_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "What to bring\n  • A warm cardigan for the waiting room\n  • An umbrella",
            vec![bring("Warm cardigan"), bring("Umbrella")],
            0,
        ),
        ("What to bring\n- Ear plugs (optional)", vec![], 0),
        (
            "What to bring\n- A note of any reactions to plasters or dressings",
            vec![bring("Note of any reactions to plasters or dressings")],
            0,
        ),
        (
            "What to bring\n- Your inhaler, or the inhaler itself",
            vec![bring("Inhaler")],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Two lengths side by side for one stay, one of them asked about: the
/// other is not chosen over it.
#[test]
fn half_js_two_stays_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "You must not be left alone for the rest of the day. Have someone with you at home for at least the first 10 hours after the visit.",
            vec![],
            1,
        ),
        (
            "Have someone with you at home for 10 hours after the visit.",
            vec![Proposed::SomeoneStays { hours: 10 }],
            0,
        ),
    ];
    assert_read_as(cases);
}
