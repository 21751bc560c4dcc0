//! Families of words that should leave the reader silent, ask, or read
//! otherwise (issue 25, branch `tune-bd`): half bd, read while tuning from
//! this round. Each family beside a case that still must propose: the
//! sedation the team gives, a bus ban beside a taxi allowed alone, a
//! clause read as a medicine's name, the usual medicines taken "as you
//! were told", "the medicines" narrowed by the words after them, a kind of
//! medicines with its examples, a breakfast's morning hour, drinks
//! allowed that are not all clear; then for its misses, an evening hour
//! said "at night", a rest after the session, "neither ... nor" and
//! taking part in traffic, a card to remember or hand in, and a person
//! "who can" come along, and a bare "afterwards" before a span.

use steady_core::facts::rules::{Cutoff, NoDriving, Rideshare};
use steady_core::plan::sheet::{read_sheet, Proposed, Subject};

use super::sheet_look::{fast, has, medicine, medicines, things};
use super::sheet_st::rules_of as proposals;

#[test]
fn the_sedation_the_team_gives_is_no_medicine_of_the_patients() {
    let rules = proposals(
        "Now and then we decide together that you will receive a sedative for the scope. We talk this through with you at the clinic beforehand.",
    );
    assert!(medicines(&rules).is_empty(), "{rules:?}");
    let rules = proposals("Do not take sedatives for 24 hours before the procedure.");
    assert!(!medicines(&rules).is_empty(), "{rules:?}");
}

#[test]
fn a_transit_ban_beside_a_taxi_allowed_alone_is_no_escort_rule() {
    let escort_only = |rules: &[Proposed]| {
        has(rules, |r| {
            matches!(
                r,
                Proposed::Rideshare {
                    rideshare: Rideshare::OnlyWithEscort
                }
            )
        })
    };
    let text = "After the sedation you may not go home on your own:\n* no cycling;\n* not travelling alone by tram or train.\n\nIf nobody can fetch you, you can take a taxi home.";
    let rules = proposals(text);
    assert!(!escort_only(&rules), "{rules:?}");
}

#[test]
fn a_clause_is_no_medicines_name() {
    let rules = proposals("You can drink until 3 hours before the scan.");
    assert!(
        !medicines(&rules).iter().any(|(n, _)| n.starts_with("you ")),
        "{rules:?}"
    );
}

#[test]
fn usual_medicines_as_you_were_told_are_asked() {
    let text = "- Keep taking your usual medicines as you were told at the pre-assessment.";
    let read = read_sheet(text).unwrap();
    assert!(
        !read
            .proposals
            .iter()
            .any(|p| matches!(p.rule, Proposed::KeepTakingUsual)),
        "{:?}",
        read.proposals
    );
    assert!(
        read.questions.iter().any(|q| q.about == Subject::Medicine),
        "{:?}",
        read.questions
    );
    let rules = proposals("Keep taking your usual medicines on the day of the scan.");
    assert!(has(&rules, |r| matches!(r, Proposed::KeepTakingUsual)), "{rules:?}");
}

#[test]
fn the_medicines_are_named_by_the_words_that_narrow_them() {
    let rules = proposals("Please talk to us beforehand about the medicines you use every morning.");
    assert!(medicines(&rules).iter().all(|(n, _)| n != "medicines"), "{rules:?}");
}

#[test]
fn a_kind_of_medicines_with_examples_is_one_line_each() {
    let rules = proposals(
        "Pain-relieving medicines (for example naproxen, diclofenac) must be stopped 3 days before the scope.",
    );
    assert!(medicine(&rules, "naproxen").is_some(), "{rules:?}");
    assert!(medicine(&rules, "diclofenac").is_some(), "{rules:?}");
    assert_eq!(medicine(&rules, "pain-relieving"), None, "{rules:?}");
}

#[test]
fn a_breakfasts_morning_hour_is_the_session_days() {
    let day = |rules: &[Proposed]| {
        rules.iter().find_map(|r| match r {
            Proposed::SolidFood {
                cutoff: Cutoff::Clock { days_before, .. },
            } => Some(*days_before),
            _ => None,
        })
    };
    let rules = proposals("With an afternoon scan, eat only a light breakfast, finished by 7 a.m.");
    assert_ne!(day(&rules), Some(1), "{rules:?}");
    let rules = proposals("Finish a light breakfast by 7 a.m. the day before the scan.");
    assert_ne!(day(&rules), Some(0), "{rules:?}");
}

#[test]
fn drinks_allowed_that_are_not_all_clear_are_no_clear_list() {
    let clear_list = |rules: &[Proposed]| has(rules, |r| matches!(r, Proposed::ClearLiquidsAre { .. }));
    let rules = proposals("Skip lunch, but protein shakes, tea and water are fine up to 2 hours before.");
    assert!(!clear_list(&rules), "{rules:?}");
    let rules = proposals("Clear drinks such as water and tea are fine up to 2 hours before.");
    assert!(clear_list(&rules), "{rules:?}");
}

#[test]
fn an_evening_hour_said_at_night_is_the_evening_before() {
    let evening_before = |rules: &[Proposed]| {
        has(rules, |r| {
            matches!(
                r,
                Proposed::SolidFood {
                    cutoff: Cutoff::Clock { days_before: 1, .. }
                }
            )
        })
    };
    let rules = proposals("Have dinner before 20:00 at night. Do not eat after 20:00 at night.");
    assert!(evening_before(&rules), "{rules:?}");
    // No word of the evening: asked, not proposed.
    let rules = proposals("Nothing to eat after 21:00.");
    assert!(!evening_before(&rules), "{rules:?}");
}

#[test]
fn a_rest_after_the_session_is_the_stay() {
    let stay = |rules: &[Proposed]| has(rules, |r| matches!(r, Proposed::Observation { .. }));
    let rules = proposals("When the scope is over, you rest for about 45 minutes.");
    assert!(stay(&rules), "{rules:?}");
    let rules = proposals("Get plenty of sleep at home.");
    assert!(!stay(&rules), "{rules:?}");
}

#[test]
fn neither_nor_is_a_ban_on_both() {
    let rules = proposals("Take neither food nor fluids after midnight.");
    assert!(fast(&rules), "{rules:?}");
    let rules = proposals("You will feel neither pain nor cold during the scope.");
    assert!(!fast(&rules), "{rules:?}");
}

#[test]
fn taking_part_in_traffic_is_driving() {
    let rules = proposals("For 12 hours after the scope you may not take part in traffic.");
    assert!(has(&rules, |r| matches!(r, Proposed::NoDriving { .. })), "{rules:?}");
}

#[test]
fn a_card_to_remember_or_hand_in_is_brought() {
    let rules = proposals("Remember your insurance card; it is checked at the desk.");
    assert!(
        things(&rules)
            .iter()
            .any(|t| t.to_lowercase().contains("insurance card")),
        "{rules:?}"
    );
    let rules = proposals("Please hand in your health card and the signed form for the procedure at reception.");
    assert!(
        things(&rules).iter().any(|t| t.to_lowercase().contains("health card")),
        "{rules:?}"
    );
    // A time to remember is nothing to bring.
    let rules = proposals("Remember your appointment time.");
    assert!(things(&rules).is_empty(), "{rules:?}");
}

#[test]
fn a_person_who_can_come_along_is_still_to_be_brought() {
    let escort = |rules: &[Proposed]| has(rules, |r| matches!(r, Proposed::EscortRequired));
    let rules = proposals("You are asked to bring along a person who can take you home.");
    assert!(escort(&rules), "{rules:?}");
    // An allowance stays one.
    let rules = proposals("You may bring a friend who can keep you company.");
    assert!(!escort(&rules), "{rules:?}");
}

#[test]
fn a_bare_afterwards_leaves_the_span_its_own() {
    let rest_of_day = |rules: &[Proposed]| {
        has(rules, |r| {
            matches!(
                r,
                Proposed::NoDriving {
                    rule: NoDriving::RestOfDay
                }
            )
        })
    };
    let rules = proposals("Cycling afterwards is not allowed for the rest of the day.");
    assert!(rest_of_day(&rules), "{rules:?}");
}
