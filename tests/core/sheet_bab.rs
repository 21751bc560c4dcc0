//! Families of words that should leave the reader silent (issue 25,
//! branch `tune-bab`): halves ba and bb, read while tuning from this
//! round. Each family beside a case that still must propose: a task left
//! to the patient's liking, water to wash in, drinks for the time home,
//! a thing worn if the team gives it, the age of a test result, a
//! medicine that only measures another rule's length, the team's own
//! anaesthetic, a liquid diet's drinks, the team told of every medicine,
//! a regimen's examples, the prescriber's everyday directions, one
//! medicine rule said with two nouns, and a medicine narrowed by "by
//! mouth".

use steady_core::facts::rules::MedicineBefore;
use steady_core::plan::sheet::Proposed;

use super::sheet_look::{has, medicine, medicines, task};
use super::sheet_st::rules_of as proposals;

fn drinks(rules: &[Proposed]) -> bool {
    has(rules, |r| {
        matches!(r, Proposed::ClearLiquids { .. } | Proposed::ClearLiquidsAre { .. })
    })
}

fn bring(rules: &[Proposed]) -> bool {
    has(rules, |r| matches!(r, Proposed::Bring { .. }))
}

#[test]
fn a_task_left_to_the_patients_liking_is_no_task() {
    let rules = proposals(
        "Our forms are online; complete them ahead of time if you like, or arrive ten minutes early to complete them at the desk.",
    );
    assert!(!task(&rules), "{rules:?}");
    let rules = proposals("Complete the health questionnaire at home 2 days before the visit.");
    assert!(task(&rules), "{rules:?}");
}

#[test]
fn water_to_wash_in_is_no_drink() {
    let rules = proposals("Bathe your hands in warm water with soap for 5 minutes before you leave home.");
    assert!(!drinks(&rules), "{rules:?}");
    let rules = proposals("You may drink water until 2 hours before your appointment.");
    assert!(drinks(&rules), "{rules:?}");
}

#[test]
fn drinks_for_the_time_home_are_no_clear_list() {
    let rules = proposals("Clear fluids such as water are good when you first get home.");
    assert!(!drinks(&rules), "{rules:?}");
}

#[test]
fn a_thing_worn_if_the_team_gives_it_is_no_bring_line() {
    let rules = proposals("If prescribed, wear your splint or sling whenever you are up and about.");
    assert!(!bring(&rules), "{rules:?}");
    let rules = proposals("Please bring your support boot with you.");
    assert!(bring(&rules), "{rules:?}");
}

#[test]
fn the_age_of_a_test_result_is_no_stop() {
    let rules = proposals("If you take Warfarin, bring your latest INR result, which must be no older than 5 days.");
    assert!(
        !matches!(medicine(&rules, "warfarin"), Some(MedicineBefore::HoursBefore { .. })),
        "{rules:?}"
    );
    let rules = proposals("Stop Warfarin 5 days before the procedure.");
    assert!(
        matches!(medicine(&rules, "warfarin"), Some(MedicineBefore::HoursBefore { .. })),
        "{rules:?}"
    );
}

#[test]
fn a_medicine_that_measures_another_rule_is_no_rule() {
    let rules = proposals(
        "Please use a barrier method of contraception for at least 5 days before and after the treatment and for as long as you may be taking antibiotics.",
    );
    assert_eq!(medicine(&rules, "antibiotics"), None, "{rules:?}");
    let rules = proposals("Stop taking antibiotics 5 days before the treatment.");
    assert!(medicine(&rules, "antibiotics").is_some(), "{rules:?}");
}

#[test]
fn the_teams_own_anaesthetic_is_no_medicine_of_the_patient() {
    let rules = proposals(
        "Alcohol and cannabis can interfere with the anesthesia medicines we use. Please stop using them for at least 48 hours before your procedure.",
    );
    assert_eq!(medicine(&rules, "anesthesia"), None, "{rules:?}");
}

#[test]
fn a_liquid_diets_drinks_are_no_clear_list() {
    let rules =
        proposals("The day before the test keep to a liquid diet, that is, water, soup, milk and tea are allowed.");
    assert!(
        !has(&rules, |r| matches!(r, Proposed::ClearLiquidsAre { .. })),
        "{rules:?}"
    );
}

#[test]
fn the_team_told_of_every_medicine_is_no_rule() {
    let rules = proposals("If you use any regular medicine, please phone us and tell us about it.");
    assert_eq!(medicine(&rules, "medicine"), None, "{rules:?}");
}

#[test]
fn a_regimens_examples_make_one_line() {
    let rules = proposals(
        "If you are on anticoagulant therapy (for example warfarin, clopidogrel, ticlopidine), ask your cardiologist about stopping it.",
    );
    assert_eq!(medicine(&rules, "clopidogrel"), None, "{rules:?}");
    assert_eq!(medicine(&rules, "ticlopidine"), None, "{rules:?}");
}

#[test]
fn the_prescribers_everyday_directions_are_no_rule() {
    let rules = proposals("If your physician prescribed medicines for you, follow the directions for them carefully.");
    assert!(medicines(&rules).is_empty(), "{rules:?}");
}

#[test]
fn one_medicine_rule_said_with_two_nouns_is_one_line() {
    let rules = proposals(
        "Do not take your morning dose of tablets; instead bring your tablets with you so you can take them after the test.",
    );
    assert!(medicines(&rules).len() <= 1, "{rules:?}");
}

#[test]
fn a_medicine_by_mouth_keeps_its_words() {
    let rules = proposals("If you take medicine by mouth, please ask Dr. Lane before your surgery for instructions.");
    assert!(medicine(&rules, "by mouth").is_some(), "{rules:?}");
}

#[test]
fn a_bare_medicine_line_beside_its_question_is_dropped() {
    let text = "If you have type 1 diabetes treated with tablets, check your sugar on waking. Do not take your morning dose of medicines; bring your medicines along to take after the test.";
    let read = steady_core::plan::sheet::read_sheet(text).unwrap();
    let rules: Vec<Proposed> = read.proposals.iter().map(|p| p.rule.clone()).collect();
    assert!(
        read.questions
            .iter()
            .any(|q| q.about == steady_core::plan::sheet::Subject::Medicine),
        "{:?}",
        read.questions
    );
    assert_eq!(medicine(&rules, "medicines"), None, "{rules:?}");
    let rules = proposals("Do not take your morning dose of medicines.");
    assert!(medicine(&rules, "medicines").is_some(), "{rules:?}");
}

#[test]
fn the_escorts_duties_as_a_list_keep_the_waiting() {
    let rules = proposals(
        "A responsible adult has to travel to the clinic with you, be able to remain in the office through the whole visit, and drive you home.",
    );
    assert!(
        has(&rules, |r| matches!(
            r,
            Proposed::EscortPresence {
                presence: steady_core::facts::rules::EscortPresence::StaysOnSite
            }
        )),
        "{rules:?}"
    );
    let rules = proposals("A responsible adult has to drive you home; they may wait in the office if they wish.");
    assert!(
        !has(&rules, |r| matches!(r, Proposed::EscortPresence { .. })),
        "{rules:?}"
    );
}

#[test]
fn a_companion_advised_is_the_escort() {
    for text in [
        "It is recommended that someone comes to collect you after the scan.",
        "Because of the sedation, it is advisable to have someone with you when you leave the clinic.",
        "It is advisable for the patient to come with another person to the clinic.",
    ] {
        let rules = proposals(text);
        assert!(
            has(&rules, |r| matches!(r, Proposed::EscortRequired)),
            "{text}: {rules:?}"
        );
    }
    let rules = proposals("It is not necessary to have someone with you when you leave the clinic.");
    assert!(!has(&rules, |r| matches!(r, Proposed::EscortRequired)), "{rules:?}");
}

#[test]
fn the_usual_medicines_kept_in_other_words() {
    for text in [
        "Take your regular therapy with a sip of water on the morning of the test.",
        "The medicines you usually take (for the heart or the thyroid) must be taken as normal before and after the test.",
    ] {
        let rules = proposals(text);
        assert!(has(&rules, |r| matches!(r, Proposed::KeepTakingUsual)), "{text}: {rules:?}");
    }
    let rules = proposals("The medicines you usually take must not be taken on the morning of the test.");
    assert!(!has(&rules, |r| matches!(r, Proposed::KeepTakingUsual)), "{rules:?}");
}

#[test]
fn footwear_after_the_clothes_is_brought_too() {
    let rules =
        proposals("Please wear loose trousers whose legs roll up above the knee, with shoes that have a flat sole.");
    let items: Vec<String> = rules
        .iter()
        .filter_map(|r| match r {
            Proposed::Bring { items } => Some(items.clone()),
            _ => None,
        })
        .flatten()
        .collect();
    assert!(items.iter().any(|i| i.to_lowercase().contains("shoes")), "{rules:?}");
    let rules = proposals("Please wear loose trousers, and do not wear shoes with high heels.");
    let shoes = rules
        .iter()
        .any(|r| matches!(r, Proposed::Bring { items } if items.iter().any(|i| i.to_lowercase().contains("shoes"))));
    assert!(!shoes, "{rules:?}");
}
