//! The day-case and office-sedation halves (issue 25, branch `tune-ab`):
//! halves aa and ab, read while tuning from this round. First what must
//! not become a rule: the sip the pills are taken with, a list that breaks
//! off at "your", a caution about stopping any medicine, the whole stay
//! said as one length, a half dose the night before with none on the day;
//! then what was read wrongly: a ride allowed only with company.

use steady_core::facts::rules::{MedicineBefore, Rideshare};
use steady_core::plan::sheet::Proposed;

use super::sheet_look::medicines;
use super::sheet_st::rules_of as proposals;

fn clear_liquids(rules: &[Proposed]) -> bool {
    rules.iter().any(|r| matches!(r, Proposed::ClearLiquids { .. }))
}

fn observation(rules: &[Proposed]) -> bool {
    rules.iter().any(|r| matches!(r, Proposed::Observation { .. }))
}

fn rideshare(rules: &[Proposed]) -> Option<Rideshare> {
    rules.iter().find_map(|r| match r {
        Proposed::Rideshare { rideshare } => Some(*rideshare),
        _ => None,
    })
}

/// The sip of water pills go down with, up to some time before, is the
/// pills' allowance: it says nothing of when drinks stop.
#[test]
fn the_sip_for_the_pills_is_no_drinks_cutoff() {
    let rules =
        proposals("Your other tablets can be carried on and taken with a sip of water up to three hours beforehand.");
    assert!(!clear_liquids(&rules), "{rules:?}");
    // Drinks with their own time still stop then.
    let rules = proposals("You may drink sips of water up to 2 hours before your scan.");
    assert!(clear_liquids(&rules), "{rules:?}");
}

/// A list that breaks off at a determiner, its things on the lines below,
/// brings no thing called "your".
#[test]
fn a_bring_list_broken_off_at_your_brings_nothing_called_your() {
    let rules = proposals("When you come in, kindly bring your");
    assert!(!rules.iter().any(|r| matches!(r, Proposed::Bring { .. })), "{rules:?}");
    let rules = proposals("When you come in, kindly bring your glasses.");
    assert!(rules.iter().any(|r| matches!(r, Proposed::Bring { .. })), "{rules:?}");
}

/// Checking before stopping any medicine is the rule behind the sheet's
/// named stops, not a medicine of its own.
#[test]
fn a_caution_about_stopping_any_medicine_names_none() {
    let rules = proposals("If you stop taking any medication, talk to your specialist first to be sure that is safe.");
    assert!(medicines(&rules).is_empty(), "{rules:?}");
    // A named medicine to ask about is still one.
    let rules = proposals("Please ask your specialist before you stop clopidogrel.");
    assert!(!medicines(&rules).is_empty(), "{rules:?}");
}

/// A length for the whole stay, the getting ready with the recovery, is
/// not the watching after the treatment.
#[test]
fn the_whole_stay_is_no_observation() {
    let rules = proposals(
        "Altogether you will spend about 4 hours with us, which includes the preparation and the recovery time.",
    );
    assert!(!observation(&rules), "{rules:?}");
    let rules = proposals("You will stay in recovery for 1 hour after the test.");
    assert!(observation(&rules), "{rules:?}");
}

/// Half a dose the night before and none on the day: not fewer doses on
/// the day.
#[test]
fn a_half_dose_at_night_and_none_on_the_day_is_no_fewer_on_the_day() {
    let rules = proposals(
        "If you use insulin, inject half of your usual dose the night before and none on the day of the test.",
    );
    assert!(
        !medicines(&rules)
            .iter()
            .any(|(_, b)| *b == MedicineBefore::FewerOnTheDay),
        "{rules:?}"
    );
    let rules = proposals("Take fewer insulin doses on the day of the test.");
    assert!(
        medicines(&rules)
            .iter()
            .any(|(_, b)| *b == MedicineBefore::FewerOnTheDay),
        "{rules:?}"
    );
}

/// A ride allowed with company named right after the permission is
/// allowed only with that company.
#[test]
fn a_ride_allowed_with_an_escort_is_only_with_escort() {
    let rules = proposals("A taxi is permitted with a responsible adult.");
    assert_eq!(rideshare(&rules), Some(Rideshare::OnlyWithEscort), "{rules:?}");
    let rules = proposals("A taxi home is permitted.");
    assert_ne!(rideshare(&rules), Some(Rideshare::OnlyWithEscort), "{rules:?}");
}

/// "If you take ..., talk with us 2 weeks before": the "take" says whom
/// the task is for; the task is the talk, not taking the medicine.
#[test]
fn a_talk_for_those_who_take_a_medicine_is_no_taking() {
    let rules =
        proposals("If you take warfarin you should talk it over with the surgeon 10 days before your operation.");
    let titles: Vec<String> = rules
        .iter()
        .filter_map(|r| match r {
            Proposed::VisitTask { task } => Some(task.title.to_lowercase()),
            _ => None,
        })
        .collect();
    assert!(!titles.iter().any(|t| t.starts_with("take")), "{rules:?}");
    // Taking it before the visit is still a taking.
    let rules = proposals("Take your anti-nausea tablet 30 minutes before the appointment.");
    assert!(
        rules
            .iter()
            .any(|r| matches!(r, Proposed::VisitTask { task } if task.title.to_lowercase().starts_with("take"))),
        "{rules:?}"
    );
}

/// An example worked out for one booking time is no rule of its own.
#[test]
fn an_example_for_one_booking_time_is_no_food_rule() {
    let rules = proposals("For example, if your appointment is at 9:30 a.m., stop eating at 1:30 a.m.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::SolidFood { .. })),
        "{rules:?}"
    );
    let rules = proposals("Do not eat after midnight.");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::SolidFood { .. })),
        "{rules:?}"
    );
}

/// Medicines named before ("these medicines"), or whichever the doctor
/// directs, are not the usual ones kept.
#[test]
fn medicines_named_before_or_as_directed_are_not_the_usual_ones_kept() {
    let rules = proposals("Those medications are usually taken with a sip of water on the morning of the visit.");
    assert!(!rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
    let rules = proposals("Please take any medications as the surgeon has instructed, with a little sip of water.");
    assert!(!rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
    let rules = proposals("Take your usual medicines with a sip of water on the morning of the visit.");
    assert!(rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
}

/// Medicines said only in a condition, the time in another clause after
/// a semicolon, take no time.
#[test]
fn medicines_said_in_a_condition_take_no_time_from_another_clause() {
    let rules = proposals(
        "If you suffer from asthma and take medicine for it, inform the nurse; avoid a beta-blocker for three days before the visit.",
    );
    assert!(medicines(&rules).is_empty(), "{rules:?}");
}

/// A name Steady does not know, listed between medicines it knows, is one
/// more medicine of the list; brands in brackets after a medicine are not.
#[test]
fn an_unknown_name_listed_with_known_medicines_is_a_medicine() {
    let rules = proposals("If you use drugs that thin the blood (Warfarin, Zentrola, Plavix), please ask your doctor.");
    let names: Vec<String> = medicines(&rules).into_iter().map(|(n, _)| n).collect();
    assert!(names.iter().any(|n| n.contains("zentrola")), "{rules:?}");
    let rules = proposals("Please ask your doctor about warfarin (Marevan, Coumadin).");
    let names: Vec<String> = medicines(&rules).into_iter().map(|(n, _)| n).collect();
    assert!(!names.iter().any(|n| n == "marevan"), "{rules:?}");
}

fn asked(rules: &[Proposed], name: &str) -> bool {
    medicines(rules)
        .iter()
        .any(|(n, b)| n.contains(name) && matches!(b, MedicineBefore::AskPrescriber { .. }))
}

/// The prescriber who "will have told you" when to stop a medicine has the
/// word on it, as one who "will tell you": the patient asks.
#[test]
fn a_stop_the_prescriber_has_already_said_is_asked() {
    let rules = proposals("Your consultant will have told you when to stop your clopidogrel.");
    assert!(asked(&rules, "clopidogrel"), "{rules:?}");
    let rules = proposals("Stop your clopidogrel 5 days before the procedure.");
    assert!(!asked(&rules, "clopidogrel"), "{rules:?}");
}

/// "Call us if you have not been given instructions" about a medicine:
/// the instructions are the clinic's to give, so the patient asks.
#[test]
fn instructions_not_yet_given_are_asked_for() {
    let rules = proposals("If you are on warfarin, ring the unit if you have not been given instructions.");
    assert!(asked(&rules, "warfarin"), "{rules:?}");
}

/// Someone who watches the patient at home is company at home; someone
/// who takes the patient to and from the clinic is an escort.
#[test]
fn watching_at_home_and_taking_to_and_from_are_company_and_escort() {
    let rules = proposals("An adult should watch you at home for at least 8 hours after the treatment.");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::SomeoneStays { .. })),
        "{rules:?}"
    );
    let rules = proposals("Please arrange for a friend to take you to and from the surgery.");
    assert!(rules.contains(&Proposed::EscortRequired), "{rules:?}");
    // Not someone the patient watches.
    let rules = proposals("Watch your diet at home for 2 days.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::SomeoneStays { .. })),
        "{rules:?}"
    );
}

/// A leading reason that says what the patient must do ("because it is
/// important to fast ...") is an instruction too; a reason that only says
/// why is not read.
#[test]
fn a_reason_that_states_a_need_is_read() {
    let rules = proposals("Because it is essential to fast for eight hours before the scan, insulin users should ask their doctor what to do.");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::SolidFood { .. })),
        "{rules:?}"
    );
    let rules = proposals("Because the sedation lasts for hours, you will be tired.");
    assert!(rules.is_empty(), "{rules:?}");
}

/// "If you have had anything" right after the fast, with the visit lost:
/// what happens if the fast is broken. Not without a fast before it.
#[test]
fn anything_taken_after_the_fast_is_a_broken_fast() {
    let broken = |r: &Proposed| matches!(r, Proposed::IfFastBroken { .. });
    let rules = proposals(
        "Have nothing to eat or drink from midnight. If you have taken anything, the operation may be postponed.",
    );
    assert!(rules.iter().any(broken), "{rules:?}");
    let rules = proposals("Bring your glasses. If you have taken anything, the operation may be postponed.");
    assert!(!rules.iter().any(broken), "{rules:?}");
}

/// Someone who "goes with you" in the taxi is the escort: a taxi only
/// with them.
#[test]
fn a_taxi_with_someone_going_with_you_is_only_with_escort() {
    let rules = proposals("If you plan on taking a cab home, please make sure an adult goes with you.");
    assert_eq!(rideshare(&rules), Some(Rideshare::OnlyWithEscort), "{rules:?}");
}

/// A lead that ends "please bring your", the things on the lines below
/// it, heads a list of things to bring.
#[test]
fn a_lead_ending_bring_your_heads_the_list_below() {
    let rules = proposals("On the day please bring your\n- Health fund card\n- Signed consent form\n");
    let items: Vec<String> = rules
        .iter()
        .filter_map(|r| match r {
            Proposed::Bring { items } => Some(items.join(", ").to_lowercase()),
            _ => None,
        })
        .collect();
    assert!(items.iter().any(|i| i.contains("health fund card")), "{rules:?}");
    assert!(items.iter().any(|i| i.contains("consent form")), "{rules:?}");
}

/// What the patient arrives with, a filled-in form first, is brought; a
/// person arrived with is no thing.
#[test]
fn what_you_arrive_with_is_brought() {
    let rules = proposals("Please arrive 15 minutes early with your signed consent form and your medicine list.");
    assert!(rules.iter().any(|r| matches!(r, Proposed::Bring { .. })), "{rules:?}");
    let rules = proposals("Please arrive 15 minutes early with your driver.");
    assert!(!rules.iter().any(|r| matches!(r, Proposed::Bring { .. })), "{rules:?}");
}

/// "5 o'clock in the morning" is a clock time; an o'clock with no part of
/// the day is not read as one.
#[test]
fn an_hour_o_clock_in_the_morning_is_a_clock_time() {
    let rules = proposals("Have nothing to eat from 4 o'clock in the morning on the day of the test.");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::SolidFood { .. })),
        "{rules:?}"
    );
    let rules = proposals("The unit opens at 7 o'clock.");
    assert!(rules.is_empty(), "{rules:?}");
}
