//! Medicines to take on the day (issue 25, branch `tune-take`): a class
//! the sheet tells the patient to take as usual on the day, most often the
//! one exception to the fast or to skipping the morning's medicines; with
//! the near misses that must not become one: the usual medicines kept, a
//! medicine only told about, a taking the prescriber decides. Then the
//! commonest misses the same round read: the prescriber who "will tell you
//! when to stop" a named class, the usual medicines kept "unless your
//! doctor tells you not to", and dependents in sole charge for the day.

use steady_core::facts::rules::MedicineBefore;
use steady_core::plan::sheet::Proposed;

use super::sheet_st::rules_of as proposals;

/// The names of the medicines proposed to be taken on the day.
fn taken(rules: &[Proposed]) -> Vec<String> {
    rules
        .iter()
        .filter_map(|r| match r {
            Proposed::Medicine { rule } if rule.before == MedicineBefore::TakeOnTheDay => {
                Some(rule.name.to_lowercase())
            }
            _ => None,
        })
        .collect()
}

fn keeps_usual(rules: &[Proposed]) -> bool {
    rules.contains(&Proposed::KeepTakingUsual)
}

/// A class said to be taken with the sip of water the fast allows, or on
/// the morning of the visit: taken on the day, named as the sheet says it.
#[test]
fn a_class_taken_with_a_sip_is_taken_on_the_day() {
    let rules = proposals("Take your heart tablets with a little sip of water on the morning of the scan.");
    assert!(taken(&rules).iter().any(|n| n.contains("heart")), "{rules:?}");
    let rules = proposals("Please continue your thyroid medication as usual on the day of the scan.");
    assert!(taken(&rules).iter().any(|n| n.contains("thyroid")), "{rules:?}");
}

/// "Do not stop" is a taking: the medicine is kept on the day.
#[test]
fn do_not_stop_with_as_usual_is_taken_on_the_day() {
    let rules = proposals("Do not stop your warfarin, and take it as usual on the day of the test.");
    assert!(taken(&rules).iter().any(|n| n.contains("warfarin")), "{rules:?}");
}

/// Medicines named by what they are for are a class, not the usual ones.
#[test]
fn medicines_named_by_their_use_are_a_class() {
    let rules =
        proposals("If you take medicine for high blood pressure, take it at the usual time with a sip of water.");
    assert!(taken(&rules).iter().any(|n| n.contains("blood pressure")), "{rules:?}");
    assert!(!keeps_usual(&rules), "{rules:?}");
    // Medicines in general, with the sip: the usual ones kept, no class.
    let rules = proposals("Take your medicines with a sip of water on the morning of the scan.");
    assert!(taken(&rules).is_empty(), "{rules:?}");
}

/// The one exception to skipping the morning's pills, or to the fast, is
/// taken on the day; the ban may stand in a clause of its own, and must be
/// the day's.
#[test]
fn the_class_a_ban_leaves_out_is_taken_on_the_day() {
    let rules =
        proposals("If you are on regular medication, leave out all of it on the morning EXCEPT your heart pills.");
    assert_eq!(taken(&rules), ["heart pills"], "{rules:?}");
    let rules = proposals("Nothing by mouth after midnight (except heart medicines with a sip of water).");
    assert!(taken(&rules).iter().any(|n| n.contains("heart")), "{rules:?}");
    // A ban with no day said: neither it nor its exception is known to be
    // the visit's.
    let rules = proposals("Do not take your usual pills, except thyroid tablets.");
    assert!(taken(&rules).is_empty(), "{rules:?}");
    // A ban after the visit: its exception is allowed then, not taken on
    // the day.
    let rules = proposals("Do not take any tablets for 24 hours after the procedure, except your thyroid tablets.");
    assert!(taken(&rules).is_empty(), "{rules:?}");
}

/// Water left out of the fast for the pills names no medicine: the usual
/// ones, or none.
#[test]
fn water_for_the_pills_left_out_is_no_take_line() {
    let rules = proposals("No food or drink for 6 hours, except water taken with your pills.");
    assert!(taken(&rules).is_empty(), "{rules:?}");
    let rules =
        proposals("Nothing to eat or drink after midnight, apart from small sips of water to swallow your tablets.");
    assert!(taken(&rules).is_empty(), "{rules:?}");
}

/// A class named inside the keep-taking sentence is kept with the usual
/// medicines, not a take line of its own.
#[test]
fn a_class_inside_the_keep_taking_sentence_is_kept_with_the_usual_ones() {
    let rules = proposals("Keep taking all your usual medicines, including heart pills, with a sip of water.");
    assert!(taken(&rules).is_empty(), "{rules:?}");
    assert!(keeps_usual(&rules), "{rules:?}");
}

/// "Tell us if you take" informs the clinic; whether to take them left to
/// the doctor is no take line either.
#[test]
fn told_of_or_left_to_the_prescriber_is_no_take_line() {
    let rules = proposals("Tell us if you take blood thinners or heart tablets on the morning of the scan.");
    assert!(taken(&rules).is_empty(), "{rules:?}");
    let rules =
        proposals("Your doctor will tell you whether to take your diabetes tablets on the morning of the procedure.");
    assert!(taken(&rules).is_empty(), "{rules:?}");
    let rules =
        proposals("If you have been asked to take your heart tablets on the day, take them with a sip of water.");
    assert!(taken(&rules).is_empty(), "{rules:?}");
}

/// A medicine taken at a time before the visit is a pre-medication (a
/// task), one begun on the day is no usual dose, and one brought along is
/// not taken.
#[test]
fn pre_medication_starting_and_bringing_are_no_take_line() {
    let rules = proposals("Take your anti-nausea tablet 1 hour before the procedure with a sip of water.");
    assert!(taken(&rules).is_empty(), "{rules:?}");
    let rules = proposals("Start your antibiotic tablets on the morning of the procedure.");
    assert!(taken(&rules).is_empty(), "{rules:?}");
    let rules = proposals("Pills may be swallowed with a sip of water, and please bring any asthma inhaler with you.");
    assert!(taken(&rules).is_empty(), "{rules:?}");
    let rules = proposals("Take your asthma inhaler with you on the morning of the procedure.");
    assert!(taken(&rules).is_empty(), "{rules:?}");
    let rules = proposals("Take the sedative tablet we gave you on the morning of the procedure with a sip of water.");
    assert!(taken(&rules).is_empty(), "{rules:?}");
}

/// The names of the medicines the prescriber is to be asked about (other
/// rounds' tests read them too).
pub(crate) fn asked(rules: &[Proposed]) -> Vec<String> {
    rules
        .iter()
        .filter_map(|r| match r {
            Proposed::Medicine { rule } if matches!(rule.before, MedicineBefore::AskPrescriber { .. }) => {
                Some(rule.name.to_lowercase())
            }
            _ => None,
        })
        .collect()
}

/// "Your doctor will instruct you on when to stop them": the stop waits on
/// the prescriber's word, asked, for a class the sheet names or medicines
/// named by their use; medicines in general name nothing to ask about.
#[test]
fn the_prescriber_saying_when_is_asked_of_a_named_class() {
    let rules = proposals("If you use blood thinners, your specialist will tell you when to stop them.");
    assert!(asked(&rules).iter().any(|n| n.contains("thinner")), "{rules:?}");
    let rules = proposals(
        "If you take medication for your thyroid, your doctor will advise you whether to take it that morning.",
    );
    assert!(asked(&rules).iter().any(|n| n.contains("thyroid")), "{rules:?}");
    assert!(taken(&rules).is_empty(), "{rules:?}");
    let rules = proposals("If you must stop any medicine, your surgeon will tell you when to stop it.");
    assert!(asked(&rules).is_empty(), "{rules:?}");
}

/// "Unless your doctor tells you not to": the only "not" is the doctor's
/// word later, so the medicines are kept; a "not" of the sheet's own still
/// stops them.
#[test]
fn unless_the_doctor_says_not_to_keeps_the_usual_ones() {
    let rules = proposals("You can take your tablets with a sip of water unless your surgeon tells you not to.");
    assert!(keeps_usual(&rules), "{rules:?}");
    let rules = proposals("Do not take your tablets on the morning unless your surgeon tells you to.");
    assert!(!keeps_usual(&rules), "{rules:?}");
}

/// Looking after dependents banned for the rest of the day, or said as
/// being "in sole charge of" or "the only carer for" them: Steady's rule
/// on dependents, which has no length of its own; children named with no
/// caring ("do not bring children") are no such rule.
#[test]
fn sole_charge_of_children_for_the_day_is_no_dependents() {
    let rules = proposals("For the rest of the day you must not be in sole charge of small children.");
    assert!(rules.contains(&Proposed::NoDependents), "{rules:?}");
    let rules = proposals("You should not be the only carer for young children until the next morning.");
    assert!(rules.contains(&Proposed::NoDependents), "{rules:?}");
    let rules = proposals("Please do not bring children to the clinic for the rest of the day.");
    assert!(!rules.contains(&Proposed::NoDependents), "{rules:?}");
}
