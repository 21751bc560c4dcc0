//! Families of words that should leave the reader silent or asking (issue
//! 25, branch `tune-awx`): halves aw and ax, read while tuning from this
//! round. Each family beside a case that still must propose: a stop told
//! as a hedge, a drinks allowance's time read as food's, exceptions told
//! elsewhere, a taxi named as the alternative to being collected, drinks
//! called not clear after the noun, a fact about the stomach, a list of
//! what products contain, clothes weighed as best and not advised, a
//! thing to bring read into "when you come"; and for recall: leaving with
//! someone accompanying you, a ban pointing back in its own sentence, a
//! ban in the passive, members after a class and a dash, "their
//! appointment", medicines that "should be given", time set aside for
//! forms, a suggested thing to bring.

use steady_core::facts::rules::{Cutoff, MedicineBefore, NoDriving, Rideshare};
use steady_core::plan::sheet::Proposed;

use super::sheet_look::{has, things};
use super::sheet_st::rules_of as proposals;

fn stop_of<'a>(rules: &'a [Proposed], name: &str) -> Option<&'a MedicineBefore> {
    rules.iter().find_map(|r| match r {
        Proposed::Medicine { rule } if rule.name.to_lowercase().contains(name) => Some(&rule.before),
        _ => None,
    })
}

#[test]
fn a_hedged_stop_is_a_talk_with_the_prescriber() {
    let rules = proposals(
        "It might be wise to stop ibuprofen five days before the operation, depending on what you take it for.",
    );
    assert!(
        matches!(stop_of(&rules, "ibuprofen"), Some(MedicineBefore::AskPrescriber { .. })),
        "{rules:?}"
    );
    let rules = proposals("Stop ibuprofen five days before the operation.");
    assert!(
        matches!(
            stop_of(&rules, "ibuprofen"),
            Some(MedicineBefore::HoursBefore { hours: 120 })
        ),
        "{rules:?}"
    );
}

#[test]
fn a_drinks_allowance_keeps_its_time_for_the_drinks() {
    let solid = |rules: &[Proposed], h: u32| {
        has(
            rules,
            |r| matches!(r, Proposed::SolidFood { cutoff: Cutoff::HoursBefore { hours } } if *hours == h),
        )
    };
    let rules = proposals("Your son may drink water or clear juice up to three hours before the scan, but nothing creamy or with pieces in it.");
    assert!(!solid(&rules, 3), "{rules:?}");
    let rules = proposals(
        "No eating for 6 hours, apart from water and cordial, which can be had until 2 hours before the visit.",
    );
    assert!(!solid(&rules, 2), "{rules:?}");
    // Food in the allowing clause: the time is food's too.
    let rules = proposals("You may eat a light breakfast up to 6 hours before the procedure.");
    assert!(
        !has(&rules, |r| matches!(r, Proposed::ClearLiquids { .. })),
        "{rules:?}"
    );
}

#[test]
fn exceptions_told_elsewhere_keep_the_usual_medicines() {
    let rules = proposals("Take your usual medications on the day of treatment, except as noted above.");
    assert!(
        !has(
            &rules,
            |r| matches!(r, Proposed::Medicine { rule } if matches!(rule.before, MedicineBefore::AskPrescriber { .. }))
        ),
        "{rules:?}"
    );
}

#[test]
fn a_taxi_offered_instead_of_a_collection_is_no_escort() {
    let sheet = "After the sedation a friend must pick you up from the clinic. As an alternative, the front desk can order a taxi for you.";
    let rules = proposals(sheet);
    assert!(!has(&rules, |r| matches!(r, Proposed::EscortRequired)), "{rules:?}");
    assert!(
        has(&rules, |r| matches!(
            r,
            Proposed::Rideshare {
                rideshare: Rideshare::Allowed
            }
        )),
        "{rules:?}"
    );
    // A taxi still tied to a companion replaces nothing.
    let sheet = "After the sedation a friend must pick you up from the clinic. Alternatively, you may take a taxi only with an adult beside you.";
    let rules = proposals(sheet);
    assert!(has(&rules, |r| matches!(r, Proposed::EscortRequired)), "{rules:?}");
}

#[test]
fn drinks_called_not_clear_after_the_noun_are_no_clear_liquid_time() {
    let rules = proposals("Stop food and liquids which are not clear 8 hours before your appointment.");
    assert!(
        !has(&rules, |r| matches!(r, Proposed::ClearLiquids { .. })),
        "{rules:?}"
    );
    let rules = proposals("Stop clear liquids 2 hours before your appointment.");
    assert!(has(&rules, |r| matches!(r, Proposed::ClearLiquids { .. })), "{rules:?}");
}

#[test]
fn a_fact_about_the_stomach_sets_no_rule() {
    let rules = proposals("A glass of milk lingers in the stomach, yet it is digested within 3 hours.");
    assert!(rules.is_empty(), "{rules:?}");
}

#[test]
fn what_products_contain_is_one_stop_for_the_products() {
    let sheet = "Avoid supplements containing the following for 5 days before the operation:\n- Turmeric\n- Omega 3\n- Evening primrose\n";
    let rules = proposals(sheet);
    let stops: Vec<&Proposed> = rules
        .iter()
        .filter(|r| matches!(r, Proposed::Medicine { .. }))
        .collect();
    assert_eq!(stops.len(), 1, "{rules:?}");
    assert!(
        matches!(
            stop_of(&rules, "supplement"),
            Some(MedicineBefore::HoursBefore { hours: 120 })
        ),
        "{rules:?}"
    );
}

#[test]
fn clothes_weighed_as_best_and_not_advised_bring_nothing() {
    let rules = proposals("Loose trousers are best, and tight dresses are not recommended.");
    assert!(things(&rules).is_empty(), "{rules:?}");
}

#[test]
fn a_thing_to_bring_ends_before_when_you_come() {
    let rules = proposals("Please bring your glasses when you come for your appointment.");
    assert!(
        things(&rules).iter().all(|t| !t.to_lowercase().contains("when")),
        "{rules:?}"
    );
    assert!(!things(&rules).is_empty(), "{rules:?}");
}

#[test]
fn leaving_only_with_the_person_who_came_along_is_the_escort() {
    let rules = proposals("Once you are awake you may leave the clinic only with somebody accompanying you.");
    assert!(has(&rules, |r| matches!(r, Proposed::EscortRequired)), "{rules:?}");
    let rules = proposals("You do not need to leave with someone accompanying you.");
    assert!(!has(&rules, |r| matches!(r, Proposed::EscortRequired)), "{rules:?}");
}

#[test]
fn a_ban_pointing_back_to_a_length_in_its_own_sentence_takes_it() {
    let rules = proposals("An adult should stay with you for 12 hours, and you must not drive during that time.");
    assert!(
        has(&rules, |r| matches!(
            r,
            Proposed::NoDriving {
                rule: NoDriving::Hours { hours: 12 }
            }
        )),
        "{rules:?}"
    );
    // Pointing back to nothing said before it: no length is borrowed.
    let rules = proposals("You must not drive during this time.");
    assert!(
        !has(&rules, |r| matches!(
            r,
            Proposed::NoDriving {
                rule: NoDriving::Hours { .. }
            }
        )),
        "{rules:?}"
    );
}

#[test]
fn a_ban_said_in_the_passive_is_a_ban() {
    let rules = proposals("The following medicines should be avoided for 3 days before the procedure:\n- Aspirin\n");
    assert!(
        matches!(
            stop_of(&rules, "aspirin"),
            Some(MedicineBefore::HoursBefore { hours: 72 })
        ),
        "{rules:?}"
    );
}

#[test]
fn members_after_a_class_and_a_dash_are_no_rule_each() {
    let sheet = "Stop these medicines 5 days before the procedure:\n- Blood thinners - Warfarin, Apixaban\n- Aspirin\n";
    let rules = proposals(sheet);
    assert!(stop_of(&rules, "blood thinners").is_some(), "{rules:?}");
    assert!(stop_of(&rules, "warfarin").is_none(), "{rules:?}");
    assert!(stop_of(&rules, "aspirin").is_some(), "{rules:?}");
}

#[test]
fn the_patients_own_appointment_said_with_their_is_the_visit() {
    let rules = proposals("Stop drinks as follows:\n- 3 hours before their appointment for clear fluids\n");
    assert!(
        has(&rules, |r| matches!(
            r,
            Proposed::ClearLiquids {
                cutoff: Cutoff::HoursBefore { hours: 3 }
            }
        )),
        "{rules:?}"
    );
}

#[test]
fn usual_medicines_that_should_be_given_are_kept() {
    let rules = proposals("Your child's usual medications should be given unless the team says otherwise.");
    assert!(has(&rules, |r| matches!(r, Proposed::KeepTakingUsual)), "{rules:?}");
    let rules = proposals("A calming medicine should be given by the nurse before the scan.");
    assert!(!has(&rules, |r| matches!(r, Proposed::KeepTakingUsual)), "{rules:?}");
}

#[test]
fn time_set_aside_before_the_procedure_for_forms_is_arriving_early() {
    let early = |rules: &[Proposed]| {
        rules.iter().find_map(|r| match r {
            Proposed::ArriveEarly { minutes } => Some(*minutes),
            _ => None,
        })
    };
    let rules = proposals("Kindly allow at least 45 minutes before your appointment for registration and paperwork.");
    assert_eq!(early(&rules), Some(45), "{rules:?}");
    let rules = proposals("If you are new, allow 45 minutes before your appointment for registration.");
    assert_eq!(early(&rules), None, "{rules:?}");
}

#[test]
fn a_suggested_thing_to_bring_is_brought() {
    let rules = proposals("The wait can be long; maybe bring a book with you.");
    assert!(!things(&rules).is_empty(), "{rules:?}");
    let rules = proposals("Maybe we will bring the results to the ward.");
    assert!(things(&rules).is_empty(), "{rules:?}");
}
