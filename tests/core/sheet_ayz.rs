//! Families of words that should leave the reader silent, or read another
//! rule (issue 25, branch `tune-ayz`): halves ay and az, read while tuning
//! from this round. Each family beside a case that still must propose:
//! the clinic told of medicines in general, a medicine urged to be taken
//! read as a stop, a prescriber's clause read as a medicine's name, a
//! task timed by a range, "complete" that describes a fast, the examples
//! of a thing to bring, a class whose members follow a colon in its
//! bracket, the patient's own leaving and return, guidance on medicines
//! still to come, and the words of a bring item that are no thing.

use steady_core::facts::rules::{EscortPresence, MedicineBefore};
use steady_core::plan::sheet::{read_sheet, Proposed, Subject};

use super::sheet_look::{has, medicine, task, things_lower as things};
use super::sheet_st::rules_of as proposals;

fn any_medicine(rules: &[Proposed]) -> bool {
    has(rules, |r| matches!(r, Proposed::Medicine { .. }))
}

fn leave_and_return(rules: &[Proposed]) -> bool {
    has(rules, |r| {
        matches!(
            r,
            Proposed::EscortPresence {
                presence: EscortPresence::MayLeaveAndReturn
            }
        )
    })
}

#[test]
fn medicines_in_general_told_to_the_clinic_are_no_rule() {
    let rules = proposals(
        "If you take prescribed medicines that were not talked about at your first visit, tell us before the operation.",
    );
    assert!(!any_medicine(&rules), "{rules:?}");
    let rules = proposals(
        "Please tell us about any health worries, any medicines, any need for antibiotics to protect a heart valve, or whether you could be pregnant.",
    );
    assert!(!any_medicine(&rules), "{rules:?}");
    // A named class told of is still a talk with the prescriber.
    let rules = proposals("Please tell the nurse if you are taking blood thinners.");
    assert!(medicine(&rules, "blood thinners").is_some(), "{rules:?}");
}

#[test]
fn a_medicine_urged_to_be_taken_is_no_stop() {
    let rules = proposals(
        "Unless it upsets your stomach, we recommend taking paracetamol, 2 tablets (no more than 8 in a day), during the 12 hours before the treatment.",
    );
    assert!(
        !has(&rules, |r| matches!(
            r,
            Proposed::Medicine { rule } if matches!(rule.before, MedicineBefore::HoursBefore { .. })
        )),
        "{rules:?}"
    );
    let rules = proposals("Stop taking ibuprofen 48 hours before the treatment.");
    assert!(
        matches!(
            medicine(&rules, "ibuprofen"),
            Some(MedicineBefore::HoursBefore { hours: 48 })
        ),
        "{rules:?}"
    );
}

#[test]
fn a_prescribers_clause_names_no_medicine() {
    let rules = proposals(
        "If your dentist has prescribed medication to take before the treatment, follow the directions for taking it closely.",
    );
    assert!(
        !has(
            &rules,
            |r| matches!(r, Proposed::Medicine { rule } if rule.name.to_lowercase().contains("dentist has"))
        ),
        "{rules:?}"
    );
}

#[test]
fn a_task_timed_by_a_range_is_asked() {
    let text = "You will need a blood test 3-6 weeks before the operation.";
    let read = read_sheet(text).unwrap();
    assert!(
        !read
            .proposals
            .iter()
            .any(|p| matches!(p.rule, Proposed::VisitTask { .. })),
        "{:?}",
        read.proposals
    );
    assert!(
        read.questions.iter().any(|q| q.about == Subject::VisitTask),
        "{:?}",
        read.questions
    );
    let rules = proposals("Complete the health form 2 days before your visit.");
    assert!(task(&rules), "{rules:?}");
}

#[test]
fn complete_before_a_fast_is_no_form() {
    let rules = proposals("Complete fast (juice included) 4 hours before the scan;");
    assert!(!task(&rules), "{rules:?}");
    let rules = proposals("Complete the consent form 3 days before the scan.");
    assert!(task(&rules), "{rules:?}");
}

#[test]
fn the_examples_of_a_thing_to_bring_are_not_things() {
    let rules = proposals(
        "We suggest you bring slippers and something that soothes the baby, such as a rattle, a blanket, a teddy, etc.",
    );
    let items = things(&rules);
    assert!(
        !items
            .iter()
            .any(|i| i.contains("rattle") || i.contains("teddy") || i == "etc"),
        "{items:?}"
    );
    let rules = proposals("Please bring items such as your glasses and your hearing aid.");
    assert!(things(&rules).iter().any(|i| i.contains("glasses")), "{rules:?}");
}

#[test]
fn a_thing_to_bring_is_no_pronoun_and_no_along() {
    let rules = proposals("Wear something that leaves your upper arm free.");
    assert!(!things(&rules).iter().any(|i| i == "something"), "{rules:?}");
    let rules = proposals("Bring your inhaler along as well, so the nurse can check it.");
    assert!(things(&rules).iter().any(|i| i == "inhaler"), "{rules:?}");
}

#[test]
fn a_class_whose_members_follow_a_colon_is_one_stop_each() {
    let rules = proposals(
        "You must stop, once your doctor agrees, the blood-thinning medicines (for the 5 days before the test: Warfarin, Apixaban and Dabigatran.",
    );
    for name in ["warfarin", "apixaban", "dabigatran"] {
        assert!(medicine(&rules, name).is_some(), "{name}: {rules:?}");
    }
}

#[test]
fn the_patients_own_leaving_or_return_is_not_the_escorts() {
    let rules = proposals("Once recovered, the patient must leave the ward with a responsible adult.");
    assert!(!leave_and_return(&rules), "{rules:?}");
    let rules =
        proposals("Have someone drive you home after the procedure, and plan to come back in two weeks to have the dressing changed.");
    assert!(!leave_and_return(&rules), "{rules:?}");
    let rules = proposals("Your driver may leave and return when you are ready.");
    assert!(leave_and_return(&rules), "{rules:?}");
}

#[test]
fn guidance_on_medicines_still_to_come_keeps_none() {
    let rules = proposals("Advice on taking your regular medicines will be given by the nurse at the pre-assessment.");
    assert!(!has(&rules, |r| matches!(r, Proposed::KeepTakingUsual)), "{rules:?}");
}

fn escort(rules: &[Proposed]) -> bool {
    has(rules, |r| matches!(r, Proposed::EscortRequired))
}

#[test]
fn an_adult_along_said_of_the_patient_is_the_escort() {
    for text in [
        "On the day of the scan, it is advised that the patient comes with an adult.",
        "The patient must bring a companion to the clinic on the day of the test.",
        "Please have an adult with you when you arrive and when you leave the unit.",
        "The scan can only be performed with an adult companion present in the waiting room.",
        "You will be allowed to go home after about an hour, in the company of an adult.",
        "Arrange for someone to drive you to the unit and collect you afterwards.",
    ] {
        assert!(escort(&proposals(text)), "{text}");
    }
    // A condition or a denial is no requirement.
    let rules = proposals("If you wish, the patient may come with an adult, but it is not needed.");
    assert!(!escort(&rules), "{rules:?}");
}

fn fast_broken(rules: &[Proposed]) -> bool {
    has(rules, |r| matches!(r, Proposed::IfFastBroken { .. }))
}

#[test]
fn the_visit_lost_said_surely_or_as_a_noun_follows_a_broken_fast() {
    for text in [
        "If you eat anything before the procedure, it is the procedure that will most likely be cancelled.",
        "Eating on the morning of the test may result in the cancellation of your test.",
        "Eating after midnight may compel the doctor to cancel your treatment.",
    ] {
        assert!(fast_broken(&proposals(text)), "{text}");
    }
    // The visit lost for another reason is no broken fast.
    let rules = proposals("Arriving late will most likely result in the cancellation of your test.");
    assert!(!fast_broken(&rules), "{rules:?}");
}

fn stays_on_site(rules: &[Proposed]) -> bool {
    has(rules, |r| {
        matches!(
            r,
            Proposed::EscortPresence {
                presence: EscortPresence::StaysOnSite
            }
        )
    })
}

#[test]
fn an_escort_present_through_the_visit_stays_on_site() {
    for text in [
        "Your companion must be present during your entire stay at the unit.",
        "An adult escort must be present from the moment you arrive until the end of the procedure.",
    ] {
        assert!(stays_on_site(&proposals(text)), "{text}");
    }
    // Only a wish, or for some patients: no rule.
    let rules = proposals("If possible, a relative may be present for the whole visit.");
    assert!(!stays_on_site(&rules), "{rules:?}");
}

#[test]
fn keeping_or_stopping_left_to_a_doctor_is_a_talk_per_medicine() {
    let text = "Carrying on or briefly pausing nasal sprays, skin creams and other medicines must be agreed with the heart doctor.";
    let rules = proposals(text);
    for name in ["nasal sprays", "skin creams", "other medicines"] {
        assert!(
            matches!(medicine(&rules, name), Some(MedicineBefore::AskPrescriber { .. })),
            "{name}: {rules:?}"
        );
    }
    // Keeping them, told plainly, is no talk.
    let rules = proposals("Keep taking your inhalers and metformin as usual.");
    assert!(
        medicine(&rules, "metformin").is_none_or(|b| !matches!(b, MedicineBefore::AskPrescriber { .. })),
        "{rules:?}"
    );
}
