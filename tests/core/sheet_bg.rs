//! Families of words read while tuning on half bg (issue 25, branch
//! `tune-bg`), each made up in other words than the half's pages, beside
//! a case that still must propose: a thing one "might bring", a "keep
//! taking" that waits on someone's word or the patient's need or keeps
//! one kind only, and a caution on "any" medicine.

use steady_core::facts::rules::MedicineBefore;
use steady_core::plan::sheet::Proposed;

use super::sheet_look::{has, medicine, things};
use super::sheet_st::rules_of as proposals;

fn keeps_usual(rules: &[Proposed]) -> bool {
    has(rules, |r| matches!(r, Proposed::KeepTakingUsual))
}

#[test]
fn a_thing_one_might_bring_is_not_asked() {
    let rules = proposals("The wait can be long. You might bring a crossword or some knitting.");
    assert!(things(&rules).is_empty(), "{rules:?}");
    let rules = proposals("Please bring your glasses and a list of your medicines.");
    assert!(!things(&rules).is_empty(), "{rules:?}");
}

#[test]
fn a_keep_taking_that_is_not_every_medicine_is_not_kept() {
    let rules = proposals(
        "No iron tablets for 3 days before the scan. Never stop a tablet without checking with your GP first.",
    );
    assert!(!keeps_usual(&rules), "{rules:?}");
    let rules = proposals(
        "Some tablets upset the scan. If you feel you cannot cope without your tablets, you may keep taking them.",
    );
    assert!(!keeps_usual(&rules), "{rules:?}");
    let rules = proposals("Please keep taking your usual medicines on the day of the scan.");
    assert!(keeps_usual(&rules), "{rules:?}");
    // Alone, a change only with the doctor's word keeps the medicines.
    let rules = proposals("Do not change the dose of any prescription medicine without first talking to your doctor.");
    assert!(keeps_usual(&rules), "{rules:?}");
}

#[test]
fn one_kind_kept_is_that_kind_only() {
    let rules = proposals("Continue taking your heart medications as usual.");
    assert!(!keeps_usual(&rules), "{rules:?}");
    assert_eq!(
        medicine(&rules, "heart"),
        Some(MedicineBefore::TakeOnTheDay),
        "{rules:?}"
    );
    let rules = proposals("Continue taking your regular medications as normal.");
    assert!(keeps_usual(&rules), "{rules:?}");
}

#[test]
fn a_caution_on_any_medicine_is_no_asking() {
    let rules = proposals("Talk to your doctor before you stop any regular medication.");
    assert!(!has(&rules, |r| matches!(r, Proposed::Medicine { .. })), "{rules:?}");
}

#[test]
fn any_usual_medicine_taken_is_the_usual_kept() {
    let rules = proposals("You may take any regular medication (for the heart or lungs) with a little water.");
    assert!(keeps_usual(&rules), "{rules:?}");
}

#[test]
fn these_medicines_over_a_list_are_its_lines() {
    let text = "Breathing tests\n\nPlease stop these puffers 12 hours before the test\n  • Seretide\n  • Oxis (eformoterol)\n\nPlease wear loose clothes.\n";
    let rules = proposals(text);
    assert_eq!(
        medicine(&rules, "seretide"),
        Some(MedicineBefore::HoursBefore { hours: 12 }),
        "{rules:?}"
    );
    assert_eq!(
        medicine(&rules, "oxis"),
        Some(MedicineBefore::HoursBefore { hours: 12 }),
        "{rules:?}"
    );
    assert_eq!(medicine(&rules, "puffers"), None, "{rules:?}");
}

#[test]
fn a_fast_with_only_water_sets_no_drinks() {
    let rules = proposals("The last 8 hours before the test are a fast: only plain water is allowed.");
    assert!(
        !has(&rules, |r| matches!(
            r,
            Proposed::ClearLiquids { .. } | Proposed::ClearLiquidsAre { .. }
        )),
        "{rules:?}"
    );
    let rules = proposals("Fast for 8 hours before the test. You may drink water up to 2 hours before.");
    assert!(has(&rules, |r| matches!(r, Proposed::ClearLiquids { .. })), "{rules:?}");
}

#[test]
fn members_included_are_no_more_things() {
    let rules = proposals("Please bring a list of your medicines, eye drops and creams included.");
    let things = things(&rules);
    assert!(
        !things.iter().any(|t| t.to_lowercase().contains("eye drops")),
        "{rules:?}"
    );
    assert!(things.iter().any(|t| t.to_lowercase().contains("list")), "{rules:?}");
}

#[test]
fn medicines_tests_stop_are_medicines() {
    let rules = proposals("Please do not use any laxatives or antifungals for 5 days before your breath test.");
    assert_eq!(
        medicine(&rules, "laxative"),
        Some(MedicineBefore::HoursBefore { hours: 120 }),
        "{rules:?}"
    );
    assert_eq!(
        medicine(&rules, "antifungal"),
        Some(MedicineBefore::HoursBefore { hours: 120 }),
        "{rules:?}"
    );
    let rules = proposals("Salbutamol should not be used 6 hours prior to the breathing test.");
    assert_eq!(
        medicine(&rules, "salbutamol"),
        Some(MedicineBefore::HoursBefore { hours: 6 }),
        "{rules:?}"
    );
}

#[test]
fn a_fast_heading_is_no_medicine_line() {
    let text =
        "One week before\n  • Stop your probiotics\n\nFAST for 6 hours before your test\n  • Nothing to eat or drink\n";
    let rules = proposals(text);
    assert_eq!(medicine(&rules, "fast"), None, "{rules:?}");
}

#[test]
fn a_stop_weeks_before_and_off_them_are_read() {
    let rules = proposals("Please be off laxatives for 8 weeks before the scan.");
    assert_eq!(
        medicine(&rules, "laxative"),
        Some(MedicineBefore::HoursBefore { hours: 8 * 7 * 24 }),
        "{rules:?}"
    );
    let rules = proposals("Do take your other scheduled medicines on the day.");
    assert!(keeps_usual(&rules), "{rules:?}");
}

#[test]
fn a_bullet_takes_its_time_heading() {
    let text = "Getting ready\n\n3 weeks before your scan\n  • No laxatives\n\n  • STOP antifungals and probiotics\n\nAt least 2 days before the scan\n  • Avoid coffee\n";
    let rules = proposals(text);
    let three_weeks = Some(MedicineBefore::HoursBefore { hours: 3 * 7 * 24 });
    assert_eq!(medicine(&rules, "laxative"), three_weeks, "{rules:?}");
    assert_eq!(medicine(&rules, "antifungal"), three_weeks, "{rules:?}");
    assert_eq!(medicine(&rules, "probiotic"), three_weeks, "{rules:?}");
    assert_eq!(medicine(&rules, "coffee"), None, "{rules:?}");
}
