//! Families of words that should leave the reader unsure or silent
//! (issue 25, branch `tune-bf`): half bf, read while tuning from this
//! round. Each family beside a case that still must propose: rules under
//! a heading for one group of bookings or patients, a fast hedged ("if
//! you can") or only moderated ("too much"), a sample collected, a length
//! counted from arrival, a dose taken on an earlier day, a name cut inside
//! a bracket, a rule for the sedated where sedation is one of two ways,
//! "the medicine" of patients treated for named illnesses, arriving
//! fasting, water allowed during the fast, a task range told far end
//! first, a medicine named by what it does in the room, the usual
//! medicines left to the doctor's instructions, and medicines to bring
//! named by the clause before "bring them".

use steady_core::facts::rules::MedicineBefore;
use steady_core::plan::sheet::{Proposed, Subject};

use super::sheet_look::{asked, fast, has, medicine, medicines, task, things};
use super::sheet_st::rules_of as proposals;

fn escort(rules: &[Proposed]) -> bool {
    has(rules, |r| matches!(r, Proposed::EscortRequired))
}

fn drinks(rules: &[Proposed]) -> bool {
    has(rules, |r| matches!(r, Proposed::ClearLiquids { .. }))
}

#[test]
fn rules_under_a_heading_for_one_group_are_asked() {
    let text = "Eating\n\nAfternoon appointments\n* Nothing to eat after 08:00 on the day.\n* Do not drink anything from 11:00.\n";
    let rules = proposals(text);
    assert!(!fast(&rules), "{rules:?}");
    assert!(asked(text).contains(&Subject::SolidFood));
    let text = "Eating\n\nFor those having the heart scan\n* Do not eat for 4 hours before the scan.\n";
    assert!(!fast(&proposals(text)));
    // A heading that is a moment, not a group, gives its lines as usual.
    let rules = proposals("Eating\n\nMorning of the scan\n* Do not eat for 4 hours before the scan.\n");
    assert!(fast(&rules), "{rules:?}");
}

#[test]
fn a_hedged_or_moderated_fast_is_asked() {
    let text = "The night before, keep supper light and be done eating by 8 p.m. if you can.";
    let rules = proposals(text);
    assert!(!fast(&rules), "{rules:?}");
    assert!(asked(text).contains(&Subject::SolidFood));
    let rules = proposals("Do not eat anything after 8 p.m. the night before your scan.");
    assert!(fast(&rules), "{rules:?}");
}

#[test]
fn a_sample_collected_is_no_escort() {
    let rules = proposals("Please hand in the stool sample you collected at home on the day of your test.");
    assert!(!escort(&rules), "{rules:?}");
    let rules = proposals("An adult must collect you after the test.");
    assert!(escort(&rules), "{rules:?}");
}

#[test]
fn a_length_from_arrival_is_no_stay() {
    let rules = proposals("Go home with a friend roughly 4 hours after you arrive at the unit.");
    assert!(
        !has(&rules, |r| matches!(r, Proposed::SomeoneStays { .. })),
        "{rules:?}"
    );
    let rules = proposals("Someone must stay with you for 24 hours after the procedure.");
    assert!(has(&rules, |r| matches!(r, Proposed::SomeoneStays { .. })), "{rules:?}");
}

#[test]
fn a_dose_on_an_earlier_day_is_not_taken_on_the_day() {
    let rules = proposals("Three days before the test, take the Senna tablets in the evening.");
    assert_ne!(
        medicine(&rules, "senna"),
        Some(MedicineBefore::TakeOnTheDay),
        "{rules:?}"
    );
    let rules = proposals("Take your blood pressure medicine on the morning of the test with a sip of water.");
    assert_eq!(
        medicine(&rules, "blood pressure"),
        Some(MedicineBefore::TakeOnTheDay),
        "{rules:?}"
    );
}

#[test]
fn a_name_cut_inside_a_bracket_is_no_medicine() {
    let rules =
        proposals("Some tablets such as water pills (e.g. furosemide, ...) must be paused for 2 days before the scan.");
    assert!(
        medicines(&rules)
            .iter()
            .all(|(n, _)| n.matches('(').count() <= n.matches(')').count()),
        "{rules:?}"
    );
}

#[test]
fn a_rule_for_the_sedated_is_asked_where_sedation_is_a_choice() {
    let text = "Scan without sedation\nYou may go home on your own.\n\nScan with sedation\nIf you are having sedation, an adult must take you home.\n";
    let rules = proposals(text);
    assert!(!escort(&rules), "{rules:?}");
    assert!(asked(text).contains(&Subject::EscortRequired));
    let rules = proposals("If you are having sedation, an adult must take you home.");
    assert!(escort(&rules), "{rules:?}");
}

#[test]
fn the_medicine_of_patients_treated_for_illnesses_is_no_line() {
    let rules = proposals(
        "If you are treated for asthma or epilepsy, you may need to keep the medicine, so ask your own doctor.",
    );
    assert!(!medicines(&rules).iter().any(|(n, _)| n == "medicine"), "{rules:?}");
}

#[test]
fn arriving_fasting_is_no_early_arrival() {
    let rules = proposals("Come to the unit fasting from 6 hours before the scan.");
    assert!(!has(&rules, |r| matches!(r, Proposed::ArriveEarly { .. })), "{rules:?}");
    let rules = proposals("Please arrive 30 minutes before your scan.");
    assert!(has(&rules, |r| matches!(r, Proposed::ArriveEarly { .. })), "{rules:?}");
}

#[test]
fn water_allowed_during_the_fast_gives_no_drinks_time() {
    let rules = proposals("You must fast for 5 hours before the scan. You can drink water during the fasting hours.");
    assert!(!drinks(&rules), "{rules:?}");
    let rules = proposals("Do not eat or drink for 5 hours before the scan.");
    assert!(drinks(&rules), "{rules:?}");
}

#[test]
fn a_task_range_told_far_end_first_is_asked() {
    let text = "See the nurse for a check-up between 20 and 5 days before the operation.";
    let rules = proposals(text);
    assert!(!task(&rules), "{rules:?}");
    assert!(asked(text).contains(&Subject::VisitTask));
}

#[test]
fn a_medicine_named_by_what_it_does_in_the_room_is_the_teams() {
    let rules = proposals("You will have the scope with a medicine that helps you relax during the test.");
    assert!(medicines(&rules).is_empty(), "{rules:?}");
}

#[test]
fn usual_medicines_left_to_the_doctors_instructions_are_asked() {
    let text =
        "For your regular medicines, follow your own doctor's instructions and take them early with a little water.";
    let rules = proposals(text);
    assert!(!has(&rules, |r| matches!(r, Proposed::KeepTakingUsual)), "{rules:?}");
    assert!(asked(text).contains(&Subject::Medicine));
}

#[test]
fn medicines_to_bring_are_named_by_the_clause_before() {
    let rules =
        proposals("If you have medicines you take every day, you may take them after the scan, so bring them along.");
    let named = things(&rules);
    assert!(named.iter().all(|t| t.to_lowercase() != "medicines"), "{rules:?}");
}

#[test]
fn clothes_named_by_what_they_are_like_are_worn() {
    let rules = proposals("Please wear simple clothing for the scan.");
    assert!(
        things(&rules).iter().any(|t| t.to_lowercase().contains("clothing")),
        "{rules:?}"
    );
    let rules = proposals("On the day, come in easy clothes.");
    assert!(
        things(&rules).iter().any(|t| t.to_lowercase().contains("clothes")),
        "{rules:?}"
    );
    // What the thing should be like, with no thing named, is still none.
    let rules = proposals("Wear shoes, easy to slip on and off.");
    assert!(
        !things(&rules).iter().any(|t| t.to_lowercase().starts_with("easy")),
        "{rules:?}"
    );
}

#[test]
fn being_there_before_the_start_is_arriving_early() {
    let rules = proposals("Please be there 20 minutes before your scan starts.");
    assert!(
        has(&rules, |r| matches!(r, Proposed::ArriveEarly { minutes: 20 })),
        "{rules:?}"
    );
    // Someone there for the patient after the scan is no arrival.
    let rules = proposals("An adult must be there to take you home after the scan.");
    assert!(!has(&rules, |r| matches!(r, Proposed::ArriveEarly { .. })), "{rules:?}");
}
