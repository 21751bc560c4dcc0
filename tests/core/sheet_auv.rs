//! Families of words that should leave the reader silent, or read another
//! rule (issue 25, branch `tune-auv`): halves au and av, read while tuning
//! from this round. Each family beside a case that still must propose: a
//! task whose verb is denied, a ban that waits on someone's agreement, a
//! taxi beside an adult who must come, the patient as the thing brought,
//! an example of the usual medicines, a medicine the patient may have to
//! start, a summary of a fast told elsewhere, a time from another clause,
//! water included in a ban, a class narrowed by the words after it,
//! "drugs" that are medicines, a list whose items carry their own
//! brackets, the patient kept until the escort comes, and drinks that
//! carry the tablets.

use steady_core::facts::rules::{EscortPresence, MedicineBefore, Rideshare};
use steady_core::plan::sheet::Proposed;

use super::sheet_look::{fast, has, medicine, task};
use super::sheet_st::rules_of as proposals;

#[test]
fn a_denied_verb_is_no_task() {
    let rules = proposals("Take no cheese or yoghurt for at least six hours before your scan.");
    assert!(!task(&rules), "{rules:?}");
    let rules = proposals("Complete the health form 2 days before your visit.");
    assert!(task(&rules), "{rules:?}");
}

#[test]
fn a_ban_that_waits_on_agreement_is_asked() {
    let rules =
        proposals("Do not take your water tablets on the morning of the scan without first checking with our nurses.");
    assert!(
        matches!(
            medicine(&rules, "water tablets"),
            None | Some(MedicineBefore::AskPrescriber { .. })
        ),
        "{rules:?}"
    );
    let rules = proposals("Do not take your water tablets on the morning of the scan.");
    assert_eq!(
        medicine(&rules, "water tablets"),
        Some(MedicineBefore::SkipMorningOf),
        "{rules:?}"
    );
}

#[test]
fn a_taxi_beside_an_adult_who_must_come_is_with_the_adult() {
    let rules = proposals("A grown-up friend must come with you, and you may go home by car or by taxi.");
    assert!(
        !has(&rules, |r| matches!(
            r,
            Proposed::Rideshare {
                rideshare: Rideshare::Allowed
            }
        )),
        "{rules:?}"
    );
    let rules = proposals("You may go home by taxi.");
    assert!(
        !has(&rules, |r| matches!(
            r,
            Proposed::Rideshare {
                rideshare: Rideshare::OnlyWithEscort
            }
        )),
        "{rules:?}"
    );
}

#[test]
fn the_patient_is_not_a_thing_to_bring() {
    let rules = proposals("A guardian must bring the patient to the surgery.");
    assert!(!has(&rules, |r| matches!(r, Proposed::Bring { .. })), "{rules:?}");
    let rules = proposals("Please bring your insurance card to the surgery.");
    assert!(has(&rules, |r| matches!(r, Proposed::Bring { .. })), "{rules:?}");
}

#[test]
fn an_example_of_the_usual_medicines_has_no_rule_of_its_own() {
    let rules = proposals(
        "If you normally take medicines (e.g. thyroid tablets) in the morning, take them with a little water on the day.",
    );
    assert_ne!(
        medicine(&rules, "thyroid"),
        Some(MedicineBefore::TakeOnTheDay),
        "{rules:?}"
    );
}

#[test]
fn a_medicine_the_patient_may_have_to_start_is_no_medicine_rule() {
    let rules = proposals("Patients with a replaced hip may need to take antibiotics – ask your surgeon!");
    assert_eq!(medicine(&rules, "antibiotic"), None, "{rules:?}");
    let rules = proposals("If you take antibiotics, ask your surgeon before the visit.");
    assert!(medicine(&rules, "antibiotic").is_some(), "{rules:?}");
}

#[test]
fn a_summary_of_a_fast_adds_no_fast() {
    let text = "No food or drink for 6 hours before your visit, apart from water, which you may have until 2 hours before your visit.\n\nIf you come in the afternoon, eat breakfast. Remember, you only need to go six hours with nothing to eat or drink.";
    let rules = proposals(text);
    assert!(
        !has(
            &rules,
            |r| matches!(r, Proposed::ClearLiquids { cutoff } if format!("{cutoff:?}").contains("hours: 6"))
        ),
        "{rules:?}"
    );
    let rules = proposals("Do not eat or drink for 8 hours before your procedure.");
    assert!(fast(&rules), "{rules:?}");
}

#[test]
fn a_time_from_another_clause_is_no_fast() {
    let rules = proposals(
        "Do not dye your hair for at least 2 weeks, and stay away from spicy foods, fizzy drinks and hot baths.",
    );
    assert!(!fast(&rules), "{rules:?}");
    let rules = proposals("Have no food for 6 hours, and these rules matter.");
    assert!(fast(&rules), "{rules:?}");
}

#[test]
fn water_included_in_a_ban_says_nothing_of_clear_drinks() {
    let rules = proposals(
        "If you are asleep for the operation, no eating or drinking (water included) is allowed for 6 hours before it.",
    );
    assert!(
        !has(&rules, |r| matches!(r, Proposed::ClearLiquidsAre { .. })),
        "{rules:?}"
    );
}

#[test]
fn a_class_narrowed_by_its_words_is_named_by_them() {
    let rules = proposals("For 10 days before your operation, do not take any medicines that thin the blood.");
    assert!(
        has(
            &rules,
            |r| matches!(r, Proposed::Medicine { rule } if rule.name.to_lowercase().contains("thin the blood"))
        ),
        "{rules:?}"
    );
}

#[test]
fn drugs_that_are_medicines_are_no_alcohol_ban() {
    let rules = proposals("Blood-pressure-lowering drugs: do not take them for two days after the procedure.");
    assert!(!has(&rules, |r| matches!(r, Proposed::NoAlcohol { .. })), "{rules:?}");
    let rules = proposals("Do not drink alcohol for 24 hours after the procedure.");
    assert!(has(&rules, |r| matches!(r, Proposed::NoAlcohol { .. })), "{rules:?}");
}

#[test]
fn a_bracket_belongs_to_its_own_item() {
    let rules = proposals(
        "Keep taking your tablets, except clopidogrel (stop 5 days before), warfarin (ask the clinic), insulin, and gliclazide (do not take it for two days before the test).",
    );
    assert!(
        !matches!(medicine(&rules, "insulin"), Some(MedicineBefore::HoursBefore { .. })),
        "{rules:?}"
    );
}

#[test]
fn the_patient_kept_until_the_escort_comes_is_no_waiting_escort() {
    let rules =
        proposals("You will not be allowed to leave until your named adult arrives, so ask them to be on time.");
    assert!(
        !has(&rules, |r| matches!(
            r,
            Proposed::EscortPresence {
                presence: EscortPresence::StaysOnSite
            }
        )),
        "{rules:?}"
    );
    let rules = proposals("Your escort must stay in the clinic during the procedure.");
    assert!(
        has(&rules, |r| matches!(
            r,
            Proposed::EscortPresence {
                presence: EscortPresence::StaysOnSite
            }
        )),
        "{rules:?}"
    );
}

#[test]
fn drinks_that_carry_the_tablets_set_no_drinks_time() {
    let rules = proposals("Your regular tablets should be taken as usual with water or apple juice up to 2 hours before the visit, unless told otherwise.");
    assert!(
        !has(&rules, |r| matches!(r, Proposed::ClearLiquids { .. })),
        "{rules:?}"
    );
}

#[test]
fn a_time_that_ends_the_sentence_is_every_clauses() {
    let rules = proposals("Do not eat, and stop taking ibuprofen, 3 days before the test.");
    assert!(fast(&rules), "{rules:?}");
}

#[test]
fn a_medicine_to_tell_the_team_of_is_asked_about() {
    let rules = proposals("Please let the nurses know if you are taking blood thinners (such as warfarin), if you have a pacemaker, and so on.");
    assert!(
        matches!(
            medicine(&rules, "blood thinners"),
            Some(MedicineBefore::AskPrescriber { .. })
        ),
        "{rules:?}"
    );
    let rules = proposals("Please let the nurses know if you are taking any medicines.");
    assert_eq!(medicine(&rules, "medicine"), None, "{rules:?}");
    let rules = proposals("Let the nurses know if you have a pacemaker.");
    assert!(!has(&rules, |r| matches!(r, Proposed::Medicine { .. })), "{rules:?}");
}

#[test]
fn coming_with_someone_advised_is_the_escort() {
    let rules = proposals("It is advisable to come with someone, as you will be drowsy afterwards.");
    assert!(has(&rules, |r| matches!(r, Proposed::EscortRequired)), "{rules:?}");
    let rules = proposals("You do not need to come with someone.");
    assert!(!has(&rules, |r| matches!(r, Proposed::EscortRequired)), "{rules:?}");
}

#[test]
fn the_escort_who_waits_at_the_office_stays_on_site() {
    let stays = |rules: &[Proposed]| {
        has(rules, |r| {
            matches!(
                r,
                Proposed::EscortPresence {
                    presence: EscortPresence::StaysOnSite
                }
            )
        })
    };
    let rules =
        proposals("An adult must drive you home. We would like your driver to remain at the clinic during the visit.");
    assert!(stays(&rules), "{rules:?}");
    let rules = proposals("An adult must drive you home. Your driver may wait at the clinic if they wish.");
    assert!(!stays(&rules), "{rules:?}");
    let rules = proposals("Your escort must stay at the clinic with you overnight.");
    assert!(!stays(&rules), "{rules:?}");
    let rules = proposals("Patients rest after the session. They stay there until they feel steady.");
    assert!(!stays(&rules), "{rules:?}");
}

#[test]
fn the_usual_medicines_taken_as_ever_are_kept_going() {
    let keeps = |rules: &[Proposed]| has(rules, |r| matches!(r, Proposed::KeepTakingUsual));
    let rules = proposals("Take your other tablets regularly and on time.");
    assert!(keeps(&rules), "{rules:?}");
    let rules = proposals("Take your other tablets regularly, but stop aspirin a week before.");
    assert!(!keeps(&rules), "{rules:?}");
}

#[test]
fn a_fast_that_takes_in_water_sets_the_drinks_time_too() {
    let drinks = |rules: &[Proposed]| has(rules, |r| matches!(r, Proposed::ClearLiquids { .. }));
    let rules = proposals("You must be fasting for 8 hours before the scan, water included.");
    assert!(drinks(&rules), "{rules:?}");
    let rules =
        proposals("You must be fasting for 8 hours before the scan, but you may drink water until 2 hours before.");
    assert!(
        !has(
            &rules,
            |r| matches!(r, Proposed::ClearLiquids { cutoff } if format!("{cutoff:?}").contains("hours: 8"))
        ),
        "{rules:?}"
    );
    // Two times in the sentence: the drinks may have their own, so the
    // food's is not lent to them (stop 39, on merging).
    let rules = proposals("Fast from midnight, water included until 6 am.");
    assert!(
        !has(
            &rules,
            |r| matches!(r, Proposed::ClearLiquids { cutoff } if format!("{cutoff:?}").contains("ClockTime(0)"))
        ),
        "{rules:?}"
    );
}

#[test]
fn the_usual_exception_does_not_undo_keeping_medicines_going() {
    let rules = proposals(
        "If you take tablets every day, they have to be taken on the day of the scan as well, unless your doctor asked you to stop them.",
    );
    assert!(has(&rules, |r| matches!(r, Proposed::KeepTakingUsual)), "{rules:?}");
}

#[test]
fn a_drink_allowed_up_to_a_time_is_the_drinks_cutoff() {
    let drinks = |rules: &[Proposed]| has(rules, |r| matches!(r, Proposed::ClearLiquids { .. }));
    let rules =
        proposals("No food for 6 hours before the scan. A cup of water or tea may be drunk 3 hours before the scan.");
    assert!(drinks(&rules), "{rules:?}");
    let rules = proposals(
        "No food for 6 hours before the scan. If your child is a baby, water may be drunk 1 hour before the scan.",
    );
    assert!(!drinks(&rules), "{rules:?}");
}

#[test]
fn being_driven_home_is_the_escort() {
    let rules = proposals("You will need to be driven home after the biopsy.");
    assert!(has(&rules, |r| matches!(r, Proposed::EscortRequired)), "{rules:?}");
    let rules = proposals("You will not need to be driven home after the biopsy.");
    assert!(!has(&rules, |r| matches!(r, Proposed::EscortRequired)), "{rules:?}");
}

#[test]
fn an_items_own_bracket_gives_its_rule() {
    let rules = proposals(
        "Keep taking your tablets, except clopidogrel (stop 5 days before the scan), warfarin (please talk to your doctor early), insulin, and gliclazide (do not take it for two days before the scan).",
    );
    assert!(
        matches!(
            medicine(&rules, "clopidogrel"),
            Some(MedicineBefore::HoursBefore { hours: 120 })
        ),
        "{rules:?}"
    );
    assert!(
        matches!(medicine(&rules, "warfarin"), Some(MedicineBefore::AskPrescriber { .. })),
        "{rules:?}"
    );
    let rules = proposals("Bring your tablets (all of them) and your glasses (if you wear them).");
    assert!(!has(&rules, |r| matches!(r, Proposed::Medicine { .. })), "{rules:?}");
}
