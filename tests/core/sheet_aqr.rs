//! Families of words that should leave the reader silent or read otherwise
//! (issue 25, branch `tune-aqr`): halves aq and ar, read while tuning from
//! this round. Each family beside a case that still must propose: medicines
//! left to another's word, a class named with its members in brackets,
//! clothes weighed against each other, a list's lead with no items, clothes
//! in a list nobody said to bring, a taxi barred only without company, a
//! taxi left out of an offer, a consequence that points back to another
//! rule, the patient's own leaving, children as the patients, a fast from
//! drinks alone, a change in health told to "your physician", and the
//! patient let go only in someone's company (the escort); and a date
//! "moved or cancelled" as the broken fast's warning; and "solid or
//! heavy food" as all solid food; and kinds of medicine that share one
//! head word, a medicine each.

use steady_core::facts::rules::{Cutoff, EscortPresence, Rideshare, WhoToCall};
use steady_core::plan::sheet::Proposed;

use super::sheet_look::things;
use super::sheet_st::rules_of as proposals;

fn medicine_names(rules: &[Proposed]) -> Vec<String> {
    rules
        .iter()
        .filter_map(|r| match r {
            Proposed::Medicine { rule } => Some(rule.name.clone()),
            _ => None,
        })
        .collect()
}

fn food_hours(rules: &[Proposed]) -> Vec<u32> {
    rules
        .iter()
        .filter_map(|r| match r {
            Proposed::SolidFood {
                cutoff: Cutoff::HoursBefore { hours },
            } => Some(*hours),
            _ => None,
        })
        .collect()
}

fn keeps(rules: &[Proposed]) -> bool {
    rules.iter().any(|r| matches!(r, Proposed::KeepTakingUsual))
}

fn rideshare(rules: &[Proposed]) -> Option<Rideshare> {
    rules.iter().find_map(|r| match r {
        Proposed::Rideshare { rideshare } => Some(*rideshare),
        _ => None,
    })
}

/// Tablets taken only as someone tells keep nothing; "as prescribed" is
/// how one takes them anyway.
#[test]
fn medicines_left_to_another_s_word_are_not_kept() {
    let rules = proposals("A little water may be taken with your tablets as you are told.");
    assert!(!keeps(&rules), "{rules:?}");
    let rules = proposals("If you were told to take your tablets that morning, swallow them with a little water.");
    assert!(!keeps(&rules), "{rules:?}");
    let rules = proposals("Stick to your doctor's instructions about taking medicines on the day.");
    assert!(!keeps(&rules) && medicine_names(&rules).is_empty(), "{rules:?}");
    let rules = proposals("Keep taking your usual medicines as prescribed, including on the morning of the visit.");
    assert!(keeps(&rules), "{rules:?}");
}

/// "Any daily medicines (warfarin, metformin, etc.)": a rule per name.
#[test]
fn a_class_with_its_members_in_brackets_gives_a_rule_per_member() {
    let rules = proposals(
        "If you take any medicines every day (warfarin, metformin, insulin, etc.), ask your nurse at the pre-op call whether you should take your medicines the night before.",
    );
    let names = medicine_names(&rules);
    assert!(
        !names.iter().any(|n| n.to_lowercase().contains("medicine")),
        "{rules:?}"
    );
    assert!(
        names.contains(&"warfarin".to_string()) && names.contains(&"insulin".to_string()),
        "{names:?}"
    );
}

/// "Jumpers or cardigans are best" weighs kinds; "a T-shirt is ideal" with
/// "wear" still asks for it.
#[test]
fn clothes_weighed_against_each_other_bring_nothing() {
    let rules = proposals(
        "What should I wear?\n\nPlease wear comfortable clothes. Button-up shirts or cardigans are best, with loose trousers. Wear flat shoes.",
    );
    let items = things(&rules);
    assert!(
        !items.iter().any(|i| i.to_lowercase().contains("cardigan")),
        "{items:?}"
    );
    assert!(
        items.iter().any(|i| i.to_lowercase().contains("comfortable clothes")),
        "{items:?}"
    );
    let rules = proposals("Please wear a loose top on the day.");
    assert!(!things(&rules).is_empty(), "{rules:?}");
}

/// A lead with nothing after it names nothing to bring (a guard: this
/// wording read alone proposed nothing before either).
#[test]
fn a_list_lead_with_no_items_brings_nothing() {
    let rules = proposals(
        "Below are the things we recommend you bring along on the day:\n\nAfter the operation\n\nYou will rest.",
    );
    assert!(things(&rules).is_empty(), "{rules:?}");
    let rules = proposals("Please bring your health card and a list of your medicines.");
    assert!(!things(&rules).is_empty(), "{rules:?}");
}

/// A bare list whose heading was lost says neither bring nor leave.
#[test]
fn clothes_in_a_list_nobody_asked_for_are_not_brought() {
    let rules = proposals(
        "Do not chew gum after midnight.\n\n\n  • Insurance details and photo ID.\n  • CPAP machine.\n  • Comfortable, loose-fitting clothes that will fit over a bandage.\n  • Glasses case.",
    );
    assert!(things(&rules).is_empty(), "{rules:?}");
    let rules = proposals("What to bring:\n\n  • Soft, roomy clothes that go over a bandage.");
    assert!(!things(&rules).is_empty(), "{rules:?}");
}

/// A taxi barred only without an adult is a taxi with the escort.
#[test]
fn a_taxi_barred_only_without_company_is_allowed_with_the_escort() {
    let rules = proposals(
        "Arrange for an adult to take you home. For your safety you will not be allowed to drive yourself or to take a cab without a responsible adult going with you.",
    );
    assert_eq!(rideshare(&rules), Some(Rideshare::OnlyWithEscort), "{rules:?}");
    let rules = proposals("You need an adult to take you home. You may not go home in a taxi.");
    assert_eq!(rideshare(&rules), Some(Rideshare::NotAllowed), "{rules:?}");
}

/// A taxi left out of an offer is no rule for taxis; left out of a
/// person required, it is a ban.
#[test]
fn a_taxi_left_out_of_an_offer_is_no_rule() {
    let rules = proposals(
        "Volunteer drivers (not taxis or buses) can be booked if you call the centre at least 24 hours before your visit.",
    );
    assert_eq!(rideshare(&rules), None, "{rules:?}");
    let rules = proposals("You must have someone to drive you home (not a taxi).");
    assert_eq!(rideshare(&rules), Some(Rideshare::NotAllowed), "{rules:?}");
}

/// "If you do not, ..." after a wound to report is not the fast's.
#[test]
fn a_consequence_of_another_rule_is_not_the_fast_s() {
    let rules = proposals(
        "Before your surgery\n\n  • If you have a cut or a rash on the limb to be operated on, please call your surgeon before the day of your operation. If you do not, your operation may be put off until the skin has healed.\n  • Be aware that we may refuse treatment if a bill is unpaid.\n\n  • Do not eat or drink anything for 6 hours before your procedure.",
    );
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::IfFastBroken { .. })),
        "{rules:?}"
    );
    let rules = proposals(
        "Do not eat or drink anything for 6 hours before your procedure. If you do not, your procedure will be cancelled.",
    );
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::IfFastBroken { .. })),
        "{rules:?}"
    );
}

/// The patient leaving with someone is not the escort free to go.
#[test]
fn the_patient_s_leaving_is_not_the_escort_s() {
    let rules = proposals("Please leave the clinic with a friend who can also watch over you in the hours after.");
    assert!(
        !rules.iter().any(|r| matches!(
            r,
            Proposed::EscortPresence {
                presence: EscortPresence::MayLeaveAndReturn
            }
        )),
        "{rules:?}"
    );
}

/// Children named as the patients ban no care of dependants.
#[test]
fn children_as_the_patients_ban_no_care() {
    let rules = proposals(
        "This leaflet covers the care of healthy children (from 3 years) and adults who do not cooperate or who find treatment hard to bear.",
    );
    assert!(!rules.iter().any(|r| matches!(r, Proposed::NoDependents)), "{rules:?}");
    let rules = proposals("For 24 hours, do not be in sole charge of young children.");
    assert!(rules.iter().any(|r| matches!(r, Proposed::NoDependents)), "{rules:?}");
}

/// A fast from drinks alone sets no food time; food's own time stays.
#[test]
fn a_fast_from_drinks_alone_sets_no_food_time() {
    let rules = proposals(
        "- Fast from solid and/or fatty foods: 07 hours\n- Fast from water/juices and other liquids: 03 hours",
    );
    assert!(!food_hours(&rules).contains(&3), "{rules:?}");
    let rules = proposals(
        "- 6 hours before the scan: give no food.\n- 1 hour before the scan: give no kind of food or liquid.",
    );
    assert_eq!(food_hours(&rules), [6], "{rules:?}");
}

/// A change in health told to "your physician" goes to the clinic.
#[test]
fn a_change_in_health_told_to_your_physician_goes_to_the_clinic() {
    let rules = proposals(
        "If your physical health changes (a cough or a temperature), tell your physician as soon as you are able.",
    );
    let calls: Vec<WhoToCall> = rules
        .iter()
        .filter_map(|r| match r {
            Proposed::RedFlag { rule } => Some(rule.call),
            _ => None,
        })
        .collect();
    assert_eq!(calls, [WhoToCall::Clinic], "{rules:?}");
}

fn escorted(text: &str) -> bool {
    proposals(text).iter().any(|r| matches!(r, Proposed::EscortRequired))
}

/// Let go only in someone's company, or collected, is the escort; not
/// collected, collected only "if", or collected or the bus, is none.
#[test]
fn let_go_only_in_company_is_the_escort() {
    assert!(escorted(
        "After the treatment you are sent home only in the company of a grown-up."
    ));
    assert!(escorted(
        "You will feel drowsy, but you have to be collected from the practice."
    ));
    assert!(escorted(
        "Please leave the ward with an adult who can stay near you this evening."
    ));
    assert!(!escorted("Without the injection you do not need to be collected."));
    assert!(!escorted("You must be collected or take a bus home."));
}

/// A date "moved or cancelled" if the rules below are not kept is the
/// fast's warning when the fast is among them; a date moved for a bill
/// unpaid is not.
#[test]
fn a_date_moved_is_the_broken_fast_s_warning() {
    let broken = |text: &str| {
        proposals(text)
            .iter()
            .any(|r| matches!(r, Proposed::IfFastBroken { .. }))
    };
    assert!(broken(
        "Please keep to the rules below. If they are not kept, your appointment may be moved or cancelled.\n\nDo not eat for 6 hours before your appointment."
    ));
    assert!(!broken(
        "If your bill is unpaid, your appointment may be moved.\n\nDo not eat for 6 hours before your appointment."
    ));
}

/// "Solid or heavy food" covers all solid food; "heavy meals" alone is
/// still asked.
#[test]
fn solid_food_beside_a_kind_word_is_all_solid_food() {
    let rules = proposals("- Fast from solid or heavy foods: 07 hours");
    assert_eq!(food_hours(&rules), [7], "{rules:?}");
    let rules = proposals("No heavy meals for 3 hours before your visit.");
    assert!(food_hours(&rules).is_empty(), "{rules:?}");
}

/// "Your thyroid, asthma or diabetes tablets" are three medicines, each
/// with the rule; a single kind adds none.
#[test]
fn kinds_sharing_one_head_word_are_a_medicine_each() {
    let rules = proposals(
        "On the morning of the scan take your thyroid, asthma or high blood pressure tablets with a sip of water.",
    );
    let names: Vec<String> = medicine_names(&rules).iter().map(|n| n.to_lowercase()).collect();
    assert!(
        names.contains(&"thyroid tablets".to_string()) && names.contains(&"asthma tablets".to_string()),
        "{names:?}"
    );
    let rules = proposals("On the morning of the scan take your blood pressure tablets with a sip of water.");
    assert_eq!(medicine_names(&rules).len(), 1, "{rules:?}");
}
