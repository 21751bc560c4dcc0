//! Families of words that should leave the reader silent or asking (issue
//! 25, branch `tune-aop`): halves ao and ap, read while tuning from this
//! round. Each family beside a case that still must propose: bringing
//! banned outright, an example or an amount read as a thing to bring, an
//! interpreter or the escort's own papers read as the escort, a fast read
//! as a stay, a fast of food alone read as a drinks time, the hours paired
//! with their kind, the ideal fast beside the rules, a taxi fare or
//! voucher, driving to the visit (asked), a bracketed second time (asked),
//! a ride only recommended where the sheet allows a taxi alone, and "expect
//! to stay" as the whole visit.

use steady_core::facts::rules::{Cutoff, Rideshare};
use steady_core::plan::sheet::{read_sheet, Proposed};

use super::sheet_look::{has, things};
use super::sheet_st::rules_of as proposals;

#[test]
fn bringing_banned_outright_brings_nothing() {
    let rules = proposals("Please do not bring or wear jewellery to the unit.");
    assert!(things(&rules).is_empty(), "{rules:?}");
    let rules = proposals("Bring your glasses case.");
    assert!(!things(&rules).is_empty(), "{rules:?}");
}

#[test]
fn an_example_or_an_amount_is_no_thing_to_bring() {
    let rules = proposals("Bring a bank statement, such as one from last month.");
    assert!(
        things(&rules).iter().all(|t| !t.to_lowercase().starts_with("such as")),
        "{rules:?}"
    );
    let rules = proposals("Bring plenty of water for the trip.");
    assert!(!things(&rules).is_empty(), "{rules:?}");
}

#[test]
fn an_interpreter_or_the_escorts_papers_are_no_escort() {
    let rules = proposals("If you need a translator, please arrange for one to come with you.");
    assert!(!has(&rules, |r| matches!(r, Proposed::EscortRequired)), "{rules:?}");
    let rules = proposals("Your driver must show identification at the front desk.");
    assert!(!has(&rules, |r| matches!(r, Proposed::EscortRequired)), "{rules:?}");
    let rules = proposals("An adult must drive you home after the procedure.");
    assert!(has(&rules, |r| matches!(r, Proposed::EscortRequired)), "{rules:?}");
}

#[test]
fn a_fast_is_no_stay_and_food_alone_gives_no_drinks_time() {
    let rules = proposals("You have to remain fasting for 10 hours for all food before the operation.");
    assert!(!has(&rules, |r| matches!(r, Proposed::Observation { .. })), "{rules:?}");
    assert!(
        !has(&rules, |r| matches!(r, Proposed::ClearLiquids { .. })),
        "{rules:?}"
    );
}

#[test]
fn the_hours_go_with_the_kind_they_are_written_beside() {
    let rules = proposals("Fasting of 10 hours for solid foods and 4 hours for liquid foods.");
    assert!(
        !has(
            &rules,
            |r| matches!(r, Proposed::SolidFood { cutoff: Cutoff::HoursBefore { hours } } if *hours != 10)
        ),
        "{rules:?}"
    );
}

#[test]
fn the_ideal_fast_is_not_the_rule() {
    let rules = proposals("Ideally, take nothing to eat or drink for 12 hours before your treatment.");
    assert!(
        !has(&rules, |r| matches!(
            r,
            Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. }
        )),
        "{rules:?}"
    );
    let rules = proposals("Do not eat anything for 6 hours before your treatment.");
    assert!(has(&rules, |r| matches!(r, Proposed::SolidFood { .. })), "{rules:?}");
}

#[test]
fn a_taxi_fare_is_no_ride_rule() {
    let rules = proposals("Taxi fares are not paid back by the hospital.");
    assert!(!has(&rules, |r| matches!(r, Proposed::Rideshare { .. })), "{rules:?}");
}

#[test]
fn driving_to_the_visit_is_asked() {
    let sheet = read_sheet("Because you will be sedated, you should not drive yourself to the clinic.").unwrap();
    assert!(
        !sheet
            .proposals
            .iter()
            .any(|p| matches!(p.rule, Proposed::NoDriving { .. })),
        "{:?}",
        sheet.proposals
    );
    let rules = proposals("Do not drive for 24 hours after your procedure.");
    assert!(has(&rules, |r| matches!(r, Proposed::NoDriving { .. })), "{rules:?}");
}

#[test]
fn a_bracketed_second_time_is_not_proposed() {
    let rules = proposals(
        "You may drink clear fluids until 5 in the morning on the day of surgery (really up to 3 hours before the anaesthetic).",
    );
    assert!(
        !has(&rules, |r| matches!(
            r,
            Proposed::ClearLiquids {
                cutoff: Cutoff::HoursBefore { .. } | Cutoff::MinutesBefore { .. }
            }
        )),
        "{rules:?}"
    );
}

#[test]
fn a_recommended_ride_relaxed_by_the_sheet_sets_no_rule() {
    let rules = proposals(
        "We suggest that a friend takes you home, or travels with you in a taxi. If you come by yourself, you can take a taxi home.",
    );
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
fn nothing_by_mouth_beside_a_whole_day_without_food_is_not_foods_time() {
    let rules = proposals(
        "Do not eat solid food on the day of your treatment. Nothing by mouth, not even water, in the 4 hours before your treatment.",
    );
    assert!(
        !has(&rules, |r| matches!(
            r,
            Proposed::SolidFood {
                cutoff: Cutoff::HoursBefore { .. } | Cutoff::MinutesBefore { .. }
            }
        )),
        "{rules:?}"
    );
    let rules = proposals("Nothing by mouth, not even water, in the 4 hours before your treatment.");
    assert!(has(&rules, |r| matches!(r, Proposed::SolidFood { .. })), "{rules:?}");
}
