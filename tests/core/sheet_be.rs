//! Families of words that should leave the reader silent (issue 25,
//! branch `tune-be`): half be, tests and scans, read while tuning from
//! this round. Each family beside a case that still must propose: an
//! amount to drink before a scan, what the staff do at the visit, an
//! upper limit on the fast, a bracketed "(NPO)" gloss, a class named
//! medicines contain, an allowance up to a time, help offered in doubt,
//! water taken with tablets, and drinks but water left untimed.

use steady_core::plan::sheet::Proposed;

use super::sheet_look::has;
use super::sheet_st::rules_of as proposals;

fn drinks(rules: &[Proposed]) -> bool {
    has(rules, |r| matches!(r, Proposed::ClearLiquids { .. }))
}

fn food(rules: &[Proposed]) -> bool {
    has(rules, |r| matches!(r, Proposed::SolidFood { .. }))
}

fn keep(rules: &[Proposed]) -> bool {
    has(rules, |r| matches!(r, Proposed::KeepTakingUsual))
}

#[test]
fn an_amount_to_drink_before_a_scan_is_no_drinks_cutoff() {
    let rules = proposals("Please drink three cups of water two hours before the scan so your bladder is full.");
    assert!(!drinks(&rules), "{rules:?}");
    let rules = proposals("You may drink one glass of water until 2 hours before the scan.");
    assert!(drinks(&rules), "{rules:?}");
}

#[test]
fn what_the_staff_do_is_not_the_patients_fast() {
    let rules = proposals("The nurse will take a blood sample two hours after you drink the sugar solution.");
    assert!(!drinks(&rules) && !food(&rules), "{rules:?}");
    let rules = proposals("Do not eat for 10 hours before the blood test.");
    assert!(food(&rules), "{rules:?}");
}

#[test]
fn an_upper_limit_on_the_fast_is_no_cutoff() {
    let rules = proposals("Please do not fast for more than 14 hours.");
    assert!(!food(&rules), "{rules:?}");
    let rules = proposals("Please fast for 10 hours before your test.");
    assert!(food(&rules), "{rules:?}");
    // Beside the fast's own time, the most asks nothing.
    let rules = proposals("Do not eat for 9 hours before the test. Please do not fast for more than 14 hours.");
    assert!(food(&rules), "{rules:?}");
}

#[test]
fn a_bracketed_gloss_does_not_widen_a_food_ban() {
    let rules = proposals("No food (NPO) for 4 hours before the scan.");
    assert!(!drinks(&rules), "{rules:?}");
    assert!(food(&rules), "{rules:?}");
}

#[test]
fn a_class_the_named_medicines_contain_is_not_the_rule() {
    let rules =
        proposals("Zyrtec and Xyzal, tablets that contain antihistamines, must be stopped 4 days before the visit.");
    assert!(
        !has(
            &rules,
            |r| matches!(r, Proposed::Medicine { rule } if rule.name.to_lowercase() == "antihistamines")
        ),
        "{rules:?}"
    );
    let rules = proposals("Do not take any products that contain aspirin for 7 days before the visit.");
    assert!(
        has(
            &rules,
            |r| matches!(r, Proposed::Medicine { rule } if rule.name.to_lowercase().contains("aspirin"))
        ),
        "{rules:?}"
    );
}

#[test]
fn an_allowance_up_to_a_time_is_no_task() {
    let rules = proposals("Cold tablets can be taken up to 2 days before your skin test.");
    assert!(!has(&rules, |r| matches!(r, Proposed::VisitTask { .. })), "{rules:?}");
}

#[test]
fn help_offered_in_doubt_is_no_medicine_rule() {
    let rules = proposals("Call the nurse if you are not sure about your medications.");
    assert!(!has(&rules, |r| matches!(r, Proposed::Medicine { .. })), "{rules:?}");
}

#[test]
fn water_taken_with_tablets_keeps_no_medicines() {
    let rules = proposals("You can drink a little water with your morning tablets.");
    assert!(!keep(&rules), "{rules:?}");
    let rules = proposals("If you need to take medicines, you may take them with a glass of water.");
    assert!(keep(&rules), "{rules:?}");
}

#[test]
fn drinks_but_water_left_untimed_are_no_drinks_cutoff() {
    let rules = proposals("Do not eat or drink anything other than water for 10 hours before the test.");
    assert!(!drinks(&rules), "{rules:?}");
    let rules = proposals("Do not eat or drink after midnight, except water up to 2 hours before.");
    assert!(drinks(&rules), "{rules:?}");
}

#[test]
fn medicines_in_general_allowed_keep_the_usual_ones() {
    let rules = proposals("Your medicines are allowed before the scan.");
    assert!(keep(&rules), "{rules:?}");
    let rules = proposals("You can take all your medicines, except water tablets.");
    assert!(keep(&rules), "{rules:?}");
    // A condition, an agreement or a time is no plain allowance.
    let rules = proposals("Medicines can be taken once the nurse has agreed.");
    assert!(!keep(&rules), "{rules:?}");
    let rules = proposals("Medicines may be taken if your doctor says so.");
    assert!(!keep(&rules), "{rules:?}");
}

#[test]
fn a_timed_ban_on_caffeine_is_a_drinks_line_but_not_beside_food_or_as_a_stimulant() {
    let rules = proposals("Have nothing with caffeine for 10 hours before your scan.");
    assert!(drinks(&rules), "{rules:?}");
    let rules = proposals("Do not eat or have caffeine for 5 hours before your scan.");
    assert!(!drinks(&rules), "{rules:?}");
    let rules = proposals("Stop stimulants (caffeine) 10 hours before your scan.");
    assert!(!drinks(&rules), "{rules:?}");
}
