//! The day-case halves from outside the US and the US outpatient pages
//! (issue 25, branch `tune-cd`): halves ac and ad, read while tuning from
//! this round. First what must not become a rule: drinking that goes back
//! to alcohol, fizzy drinks listed with the food, a medicine listed inside
//! the keep-taking sentence, drugs named beside alcohol; then what was
//! read wrongly.

use steady_core::facts::rules::{MedicineBefore, WhoToCall};
use steady_core::plan::sheet::{read_sheet, Proposed, Subject};

use super::sheet_look::medicines;
use super::sheet_st::rules_of as proposals;

fn clear_liquids(rules: &[Proposed]) -> bool {
    rules.iter().any(|r| matches!(r, Proposed::ClearLiquids { .. }))
}

fn keeps_usual(rules: &[Proposed]) -> bool {
    rules.iter().any(|r| matches!(r, Proposed::KeepTakingUsual))
}

/// "Drinking" said after alcohol, with nothing to drink after it, is the
/// alcohol's verb: no drinks cutoff. Drinking beside eating is the fast's.
#[test]
fn drinking_that_goes_back_to_alcohol_is_no_drinks_cutoff() {
    let rules = proposals("If you take alcohol, please reduce or give up drinking for ten days before the operation.");
    assert!(!clear_liquids(&rules), "{rules:?}");
    let rules = proposals("Avoid alcohol the week before, and stop eating and drinking 6 hours before the operation.");
    assert!(clear_liquids(&rules), "{rules:?}");
    let rules = proposals("Please stop drinking water 2 hours before the operation.");
    assert!(clear_liquids(&rules), "{rules:?}");
}

/// Fizzy drinks listed with food share the food's time; they say nothing
/// of when clear fluids stop.
#[test]
fn fizzy_drinks_with_the_food_are_no_clear_fluids_cutoff() {
    let rules = proposals("No meals, mints or fizzy drinks for 8 hours before your operation.");
    assert!(!clear_liquids(&rules), "{rules:?}");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::SolidFood { .. })),
        "{rules:?}"
    );
}

/// A medicine listed inside the one keep-taking sentence is kept with
/// the usual ones, not a take line of its own.
#[test]
fn a_medicine_listed_in_the_keep_taking_sentence_is_kept_with_the_usual() {
    let rules = proposals("Please take all your medicines, pills and puffers as usual unless we say otherwise.");
    assert!(keeps_usual(&rules), "{rules:?}");
    assert!(medicines(&rules).is_empty(), "{rules:?}");
    // A separate sentence about one medicine that morning stays its own.
    let rules = proposals(
        "If you take medicine for high blood pressure, take it on the morning of the operation with a sip of water.",
    );
    assert!(!medicines(&rules).is_empty(), "{rules:?}");
}

/// The essential morning medication a fasting patient may still take is
/// the usual medicines, not a medicine called "morning medication".
#[test]
fn an_essential_morning_medication_is_the_usual_ones() {
    let rules = proposals("On the day of your test you may take any essential morning medication with a little water.");
    assert!(keeps_usual(&rules), "{rules:?}");
    assert!(medicines(&rules).is_empty(), "{rules:?}");
}

/// Narcotic drugs banned beside alcohol are the street kind, read with
/// the alcohol, not the sedatives after.
#[test]
fn narcotic_drugs_beside_alcohol_are_read_with_it() {
    let rules = proposals("Do not drink alcohol or use any narcotic drugs for 24 hours after the procedure.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::NoSedatives { .. })),
        "{rules:?}"
    );
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::NoAlcohol { .. })),
        "{rules:?}"
    );
    // Narcotic pain medicines stay sedatives.
    let rules = proposals("Do not take narcotic pain medicines for 24 hours after the procedure.");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::NoSedatives { .. })),
        "{rules:?}"
    );
}

/// A lead that announces the steps below ("like this:") keeps no usual
/// medicines; the steps say which and when.
#[test]
fn a_lead_to_the_steps_below_keeps_no_usual_medicines() {
    let rules = proposals("Take the prescribed medicines as follows:");
    assert!(!keeps_usual(&rules), "{rules:?}");
    let rules = proposals("Take your prescribed medicines on the day as usual.");
    assert!(keeps_usual(&rules), "{rules:?}");
}

/// One drink alone in brackets after clear fluids says which drink, not
/// what counts as clear; a list in brackets still does.
#[test]
fn one_drink_in_brackets_is_no_list_of_what_counts() {
    let are = |rules: &[Proposed]| rules.iter().any(|r| matches!(r, Proposed::ClearLiquidsAre { .. }));
    let rules = proposals("You may have clear fluids (tea) until 3 hours before the operation.");
    assert!(!are(&rules), "{rules:?}");
    let rules = proposals("You may have clear fluids (tea, apple juice, water) until 3 hours before the operation.");
    assert!(are(&rules), "{rules:?}");
}

/// Something worn through the days after ("during this time", "change it
/// often") is not brought to the visit.
#[test]
fn worn_through_the_days_after_is_not_brought() {
    let bring = |rules: &[Proposed]| rules.iter().any(|r| matches!(r, Proposed::Bring { .. }));
    let rules =
        proposals("Some bleeding is normal for a week. Wear a panty liner during that time and change it regularly.");
    assert!(!bring(&rules), "{rules:?}");
    let rules = proposals("Please wear loose trousers on the day of the procedure.");
    assert!(bring(&rules), "{rules:?}");
}

/// "Your doctor's office" is the practice that treats, so the clinic;
/// "your doctor" alone stays the family doctor.
#[test]
fn your_doctors_office_is_the_clinic() {
    let call = |rules: &[Proposed]| {
        rules.iter().find_map(|r| match r {
            Proposed::RedFlag { rule } => Some(rule.call),
            _ => None,
        })
    };
    let rules = proposals("If you run a temperature over 38 degrees, phone your doctor's office.");
    assert_eq!(call(&rules), Some(WhoToCall::Clinic), "{rules:?}");
    let rules = proposals("If you run a temperature over 38 degrees, call your doctor.");
    assert_eq!(call(&rules), Some(WhoToCall::PrimaryCare), "{rules:?}");
}

/// Medicines the clinic gives ("you will be given medicine to calm you")
/// are no rule on the patient's own, and "be given" is no medicine's name.
#[test]
fn medicine_the_clinic_gives_is_no_rule_of_the_patients() {
    let rules = proposals("You will be given a medicine to calm you and reduce any pain.");
    assert!(medicines(&rules).is_empty(), "{rules:?}");
    assert!(!keeps_usual(&rules), "{rules:?}");
    let rules = proposals(
        "You might be given tablets for sickness to take before the operation. Bring them along, and the nurse will say when to take them.",
    );
    assert!(!medicines(&rules).iter().any(|(n, _)| n.contains("given")), "{rules:?}");
}

/// An adult who watches over the recovery for days is company at home,
/// not an escort who stays at the clinic.
#[test]
fn watching_over_the_recovery_for_days_is_company_at_home() {
    let rules =
        proposals("Bring a responsible adult with you, who should watch over your recovery for the next 36 hours.");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::SomeoneStays { hours: 36 })),
        "{rules:?}"
    );
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::EscortPresence { .. })),
        "{rules:?}"
    );
}

/// No care of dependants for longer than a day is more than Steady's rule,
/// which ends the next morning: asked, not proposed as the shorter rule.
#[test]
fn no_care_of_dependants_for_two_days_is_asked() {
    let reading = read_sheet("Please do not look after small children for 72 hours after the anaesthetic.").unwrap();
    assert!(
        !reading
            .proposals
            .iter()
            .any(|p| matches!(p.rule, Proposed::NoDependents)),
        "{reading:?}"
    );
    assert!(
        reading.questions.iter().any(|q| q.about == Subject::NoDependents),
        "{reading:?}"
    );
    let rules = proposals("Please do not look after small children for 24 hours after the anaesthetic.");
    assert!(rules.iter().any(|r| matches!(r, Proposed::NoDependents)), "{rules:?}");
}

/// How long the operation itself takes is no rule, and gives no time to
/// the stay named after it.
#[test]
fn how_long_the_operation_takes_is_no_stay() {
    let rules = proposals("The extraction takes around 45 minutes and you rest in the recovery room for 30 minutes.");
    assert!(
        rules.iter().any(|r| matches!(
            r,
            Proposed::Observation {
                min_minutes: 30,
                max_minutes: 30
            }
        )),
        "{rules:?}"
    );
    assert!(
        !rules
            .iter()
            .any(|r| matches!(r, Proposed::Observation { min_minutes: 45, .. })),
        "{rules:?}"
    );
}

/// "Come with an adult, who should ...": coming with the adult is the
/// escort, and what the adult does after is a rule of its own.
#[test]
fn what_the_adult_does_after_a_comma_and_who_is_a_rule_of_its_own() {
    let rules = proposals("Please attend with a responsible adult, who should stay with you for the next 24 hours.");
    assert!(rules.iter().any(|r| matches!(r, Proposed::EscortRequired)), "{rules:?}");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::SomeoneStays { hours: 24 })),
        "{rules:?}"
    );
}

/// A sentence of examples right after a ban on medicines ("These include:
/// ...") names more medicines under the same ban, each item as the sheet
/// says it; not after a sentence that bans nothing.
#[test]
fn examples_after_a_ban_on_medicines_take_its_time() {
    let rules = proposals(
        "Do not take any product that contains aspirin for 5 days before the operation. These include: Nurofen, Brufen, cold and flu powders and Voltarol.",
    );
    let names = medicines(&rules);
    for name in ["nurofen", "cold and flu powders", "voltarol"] {
        assert!(
            names
                .iter()
                .any(|(n, b)| n.contains(name) && *b == MedicineBefore::HoursBefore { hours: 120 }),
            "{name}: {rules:?}"
        );
    }
    // After advice with no ban, the examples are no rule.
    let rules = proposals("Painkillers can upset the stomach. These include: Nurofen, Brufen and Voltarol.");
    assert!(medicines(&rules).is_empty(), "{rules:?}");
    // Nor a list that does not open with a lead to examples.
    let rules = proposals("Do not take any product that contains aspirin for 5 days before the operation. Bring Nurofen, Brufen and Voltarol to show us.");
    assert!(
        !medicines(&rules).iter().any(|(n, _)| n.contains("brufen")),
        "{rules:?}"
    );
}

/// A medicine allowed "up until midnight" before the day is taken for the
/// last time that night; one banned until midnight is no such dose.
#[test]
fn a_medicine_allowed_until_midnight_has_its_last_dose_that_night() {
    let rules = proposals("Muscle relaxants can be taken up until midnight before your operation.");
    assert!(
        medicines(&rules).iter().any(|(_, b)| *b == MedicineBefore::NightBefore),
        "{rules:?}"
    );
    let rules = proposals("Muscle relaxants can be taken as usual.");
    assert!(
        !medicines(&rules).iter().any(|(_, b)| *b == MedicineBefore::NightBefore),
        "{rules:?}"
    );
}

/// "Contact the doctor who prescribes it for directions": the prescriber
/// asked about each medicine named; a doctor who only prescribed the
/// visit's medicine asks nothing of a medicine the patient takes.
#[test]
fn the_doctor_who_prescribes_it_is_asked() {
    let rules = proposals("If you use Coumadin or Plavix, phone the doctor who prescribes it for directions.");
    let names = medicines(&rules);
    for name in ["coumadin", "plavix"] {
        assert!(
            names
                .iter()
                .any(|(n, b)| n.contains(name) && matches!(b, MedicineBefore::AskPrescriber { .. })),
            "{name}: {rules:?}"
        );
    }
    let rules = proposals("Plavix should be stopped 7 days before the operation.");
    assert!(
        !medicines(&rules)
            .iter()
            .any(|(_, b)| matches!(b, MedicineBefore::AskPrescriber { .. })),
        "{rules:?}"
    );
}

/// The clinic's own doctors ("our physicians") and its day unit ("the
/// unit") are the clinic to call; asking them for advice about managing a
/// condition before the visit is planning, no red flag.
#[test]
fn our_physicians_and_the_unit_are_the_clinic() {
    let call = |rules: &[Proposed]| {
        rules.iter().find_map(|r| match r {
            Proposed::RedFlag { rule } => Some(rule.call),
            _ => None,
        })
    };
    let rules = proposals("If you come down with a chest infection, please ring our physicians.");
    assert_eq!(call(&rules), Some(WhoToCall::Clinic), "{rules:?}");
    let rules = proposals("If you develop a high temperature, phone the unit.");
    assert_eq!(call(&rules), Some(WhoToCall::Clinic), "{rules:?}");
    let rules = proposals("If you have any worries about your asthma, contact the unit for advice before your test.");
    assert_eq!(call(&rules), None, "{rules:?}");
}

/// Medicines taken "at their regular times" are the usual ones kept.
#[test]
fn medicines_at_their_regular_times_are_kept() {
    let rules = proposals("Please take all your medicines at their regular times on the day.");
    assert!(keeps_usual(&rules), "{rules:?}");
    let rules = proposals("Please take all your medicines at the times the nurse gives you.");
    assert!(!keeps_usual(&rules), "{rules:?}");
}

/// A purpose after a comma (", to avoid a high blood pressure") says why;
/// its "avoid" is no "not" of the rule, so the taking stands.
#[test]
fn a_purpose_after_a_comma_negates_nothing() {
    let rules =
        proposals("Keep taking your heart medication as prescribed on the day of surgery, to avoid a racing heart.");
    assert!(
        medicines(&rules)
            .iter()
            .any(|(_, b)| *b == MedicineBefore::TakeOnTheDay),
        "{rules:?}"
    );
    let rules = proposals("Do not take your heart medication on the day of surgery.");
    assert!(
        !medicines(&rules)
            .iter()
            .any(|(_, b)| *b == MedicineBefore::TakeOnTheDay),
        "{rules:?}"
    );
}

/// "'Clear fluids' means water ...": the quoted term still defines what
/// counts as clear.
#[test]
fn a_quoted_clear_fluids_still_defines_them() {
    let are = |rules: &[Proposed]| rules.iter().any(|r| matches!(r, Proposed::ClearLiquidsAre { .. }));
    let rules = proposals("Please note: 'clear fluids' means water, black tea or squash.");
    assert!(are(&rules), "{rules:?}");
    let rules = proposals("Please note: 'clear fluids' help you recover after the operation.");
    assert!(!are(&rules), "{rules:?}");
}

/// A name in quotes between the commas of a list of known medicines is
/// one more medicine of the list; a quoted word outside such a list is
/// none.
#[test]
fn a_quoted_name_in_a_list_of_medicines_is_one_more() {
    let rules = proposals("Do not take aspirin, \"headache powders\", or ibuprofen for 5 days before the operation.");
    assert!(
        medicines(&rules).iter().any(|(n, _)| n.contains("headache powders")),
        "{rules:?}"
    );
    let rules = proposals("Do not take aspirin for 5 days before your \"day case\" operation.");
    assert!(
        !medicines(&rules).iter().any(|(n, _)| n.contains("day case")),
        "{rules:?}"
    );
}

/// "Keep your stomach empty after 10 pm" is the fast, food and drink, from
/// then; a stomach said to be empty with no time asks for nothing.
#[test]
fn keeping_the_stomach_empty_is_the_fast() {
    let rules = proposals("Please keep your stomach empty after 11 pm the night before the operation.");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::SolidFood { .. })),
        "{rules:?}"
    );
    assert!(clear_liquids(&rules), "{rules:?}");
    let rules = proposals("An empty stomach makes the anaesthetic safer.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::SolidFood { .. })),
        "{rules:?}"
    );
}

/// "Be sure your doctor knows if you take Plavix": the prescriber asked
/// about it; telling the doctor the whole list of medicines names none.
#[test]
fn a_doctor_who_must_know_you_take_it_is_asked() {
    let rules = proposals("Be sure your doctor knows if you take Plavix.");
    assert!(
        medicines(&rules)
            .iter()
            .any(|(n, b)| n.contains("plavix") && matches!(b, MedicineBefore::AskPrescriber { .. })),
        "{rules:?}"
    );
    let rules = proposals("Make sure your doctor knows which medicines you take.");
    assert!(medicines(&rules).is_empty(), "{rules:?}");
}
