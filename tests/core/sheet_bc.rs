//! Families of words that should leave the reader unsure or silent
//! (issue 25, branch `tune-bc`): half bc, read while tuning from this
//! round. Each family beside a case that still must propose: a need left
//! open ("if needed"), a rule for some unnamed cases ("some procedures
//! may"), drinks named by alcohol, a length told as the usual one with a
//! plan set against it, a list's padding ("among others"), prose read as
//! things to bring, medicines brought for a dose due in the visit, and
//! doctors' custom ("most doctors will tell you to stop"), a restart that
//! points back ("they may be started again"), a red flag list past a
//! blank line and its bare kinds ("Allergies"), one's own things taken
//! "with you"; and the common names the reader now knows as medicines.

use steady_core::plan::sheet::{Proposed, Subject};

use super::sheet_look::{asked, has, medicine, medicines, things};
use super::sheet_st::rules_of as proposals;

fn escort(rules: &[Proposed]) -> bool {
    has(rules, |r| matches!(r, Proposed::EscortRequired))
}

fn arrive(rules: &[Proposed]) -> bool {
    has(rules, |r| matches!(r, Proposed::ArriveEarly { .. }))
}

#[test]
fn a_need_left_open_is_asked() {
    let text = "Please have a friend ready to take you home if needed.";
    let rules = proposals(text);
    assert!(!escort(&rules), "{rules:?}");
    assert!(asked(text).contains(&Subject::EscortRequired));
    let rules = proposals("An adult must take you home after the treatment.");
    assert!(escort(&rules), "{rules:?}");
    // The need of a clause of purpose is not the rule's.
    let rules = proposals("Please arrive 15 minutes early so you can change if needed.");
    assert!(arrive(&rules), "{rules:?}");
}

#[test]
fn a_rule_for_some_unnamed_cases_is_asked() {
    let text = "Some treatments may need you to arrive two hours early.";
    let rules = proposals(text);
    assert!(!arrive(&rules), "{rules:?}");
    assert!(asked(text).contains(&Subject::ArriveEarly));
    let rules = proposals("Please arrive 30 minutes early for your treatment.");
    assert!(arrive(&rules), "{rules:?}");
}

#[test]
fn drinks_named_by_alcohol_are_no_clear_liquids() {
    let rules = proposals("Do not have any alcoholic drinks for 48 hours before your treatment.");
    assert!(
        !has(&rules, |r| matches!(r, Proposed::ClearLiquids { .. })),
        "{rules:?}"
    );
    let rules = proposals("Do not drink any clear drinks for 2 hours before your treatment.");
    assert!(has(&rules, |r| matches!(r, Proposed::ClearLiquids { .. })), "{rules:?}");
}

#[test]
fn a_usual_length_with_a_plan_against_it_is_no_stay() {
    let text = "The typical recovery is 3-4 hours, but plan to be here all afternoon.";
    let rules = proposals(text);
    assert!(!has(&rules, |r| matches!(r, Proposed::Observation { .. })), "{rules:?}");
}

#[test]
fn a_lists_padding_is_no_medicine() {
    let rules = proposals(
        "All herbal supplements are to be stopped 10 days ahead. These include, amongst others, echinacea, ginseng, kava, garlic and vitamins.",
    );
    let names: Vec<String> = medicines(&rules).into_iter().map(|(n, _)| n).collect();
    assert!(!names.iter().any(|n| n.contains("among")), "{names:?}");
    assert!(names.iter().any(|n| n.contains("ginseng")), "{names:?}");
}

#[test]
fn prose_under_a_bring_heading_is_no_thing() {
    let rules = proposals("What to bring:\n\nThe clinic is a day unit, but you may be here for hours.");
    assert!(things(&rules).is_empty(), "{rules:?}");
    let rules = proposals("What to bring:\n\n* A list of the medicines your child is taking\n* Slippers");
    assert_eq!(things(&rules).len(), 2, "{rules:?}");
}

#[test]
fn medicines_for_a_dose_in_the_visit_are_asked() {
    let text = "If you take tablets at lunch, please bring them with you.";
    let rules = proposals(text);
    assert!(things(&rules).is_empty(), "{rules:?}");
    assert!(asked(text).contains(&Subject::Bring));
    let rules = proposals("If you take any medicines, please bring them with you.");
    assert!(!things(&rules).is_empty(), "{rules:?}");
}

#[test]
fn common_over_the_counter_names_are_medicines() {
    let rules = proposals("Do not take Advil or Aleve for 3 days before the biopsy.");
    assert!(medicine(&rules, "advil").is_some(), "{rules:?}");
    let rules = proposals("Please do not take vitamins for 10 days before your operation.");
    assert!(medicine(&rules, "vitamins").is_some(), "{rules:?}");
}

#[test]
fn doctors_custom_is_no_stop() {
    let rules = proposals("Many surgeons ask patients to stop minoxidil, often five days before.");
    assert!(medicine(&rules, "minoxidil").is_none(), "{rules:?}");
    let rules = proposals("Stop minoxidil five days before your operation.");
    assert!(medicine(&rules, "minoxidil").is_some(), "{rules:?}");
}

#[test]
fn a_restart_pointing_back_is_the_stops_before() {
    let rules = proposals(
        "Do not take aspirin within 4 days before the scan. It slows clotting. They can be resumed 3 days after the scan.",
    );
    let restart = rules.iter().find_map(|r| match r {
        Proposed::Medicine { rule } if rule.name.to_lowercase().contains("aspirin") => Some(rule.restart_hours_after),
        _ => None,
    });
    assert_eq!(restart, Some(Some(72)), "{rules:?}");
    // In another paragraph, the restart is not theirs.
    let rules =
        proposals("Do not take aspirin within 4 days before the scan.\n\nThey can be resumed 3 days after the scan.");
    let restart = rules.iter().find_map(|r| match r {
        Proposed::Medicine { rule } => Some(rule.restart_hours_after),
        _ => None,
    });
    assert_eq!(restart, Some(None), "{rules:?}");
}

fn flags(rules: &[Proposed]) -> Vec<String> {
    rules
        .iter()
        .filter_map(|r| match r {
            Proposed::RedFlag { rule } => Some(rule.situation.to_lowercase()),
            _ => None,
        })
        .collect()
}

#[test]
fn an_urgent_call_opens_its_list_past_a_blank_line() {
    let rules =
        proposals("Phone the clinic straight away if you notice:\n\n* A high temperature\n* Swelling of the leg");
    assert_eq!(flags(&rules).len(), 2, "{rules:?}");
    // A blank line after the list's lines still ends it.
    let rules = proposals("Phone the clinic straight away if you notice:\n* A high temperature\n\nParking is free.");
    assert_eq!(flags(&rules).len(), 1, "{rules:?}");
}

#[test]
fn a_bare_kind_of_health_matter_is_no_red_flag() {
    let rules = proposals("Please tell us about:\n\n* A chest infection\n* Allergies");
    let found = flags(&rules);
    assert!(!found.iter().any(|f| f.contains("allergies")), "{found:?}");
}

#[test]
fn things_taken_with_you_are_brought() {
    let rules = proposals("Take your referral letter and your glasses with you.");
    assert!(!things(&rules).is_empty(), "{rules:?}");
    let rules = proposals("Take your tablets with water.");
    assert!(things(&rules).is_empty(), "{rules:?}");
    // Taken along only where the doctor said so: asked.
    let text = "Take along any splints that your surgeon told you to bring.";
    let rules = proposals(text);
    assert!(things(&rules).is_empty(), "{rules:?}");
    assert!(asked(text).contains(&Subject::Bring));
}
