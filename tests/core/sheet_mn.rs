//! Words that should leave the reader unsure (issue 25, branch
//! `tune-mn`): halves am and an, read while tuning from this round. Each
//! check is for a family of sentences, beside a case that still must
//! propose: bringing denied or only a condition, a bring "item" that is a
//! limit or an action, a medicine class named by what it does, "take" and
//! "keep" in other senses, "which to continue and which to stop", a
//! medicine named after "except", a time bound to asking the doctor, two
//! places to tell, an illness before the operation told to "your
//! doctors", drinks that are not clear, usual medicines taken by a time,
//! "patients who take X", "the medicine" with no name, a parent until the
//! child is asleep, some medicines kept and some not, "nil by mouth"
//! from the time the clear drinks end, the sedative given; and the escort
//! as the person the patient is accompanied by, with the sheet's own
//! sedation naming no group.

use steady_core::facts::rules::{Cutoff, EscortPresence, MedicineBefore, WhoToCall};
use steady_core::plan::sheet::Proposed;

use super::sheet_look::{medicines, things_lower as brought};
use super::sheet_st::rules_of as proposals;

fn keeps_usual(rules: &[Proposed]) -> bool {
    rules.contains(&Proposed::KeepTakingUsual)
}

fn drink_cutoffs(rules: &[Proposed]) -> Vec<Cutoff> {
    rules
        .iter()
        .filter_map(|r| match r {
            Proposed::ClearLiquids { cutoff } => Some(cutoff.clone()),
            _ => None,
        })
        .collect()
}

/// Things one need not bring, or brings only in some case, are no things
/// to bring; things to bring are.
#[test]
fn things_not_needed_are_not_brought() {
    for text in [
        "You do not need to bring snacks or towels to the clinic.",
        "If you have to bring your toddler along, a second adult must come to mind them.",
    ] {
        let rules = proposals(text);
        assert!(brought(&rules).is_empty(), "{text}: {rules:?}");
    }
    let rules = proposals("Please bring your glasses and a warm jumper.");
    assert!(brought(&rules).iter().any(|i| i.contains("glasses")), "{rules:?}");
}

/// "Only the basics" is a limit, not a thing.
#[test]
fn a_limit_is_not_a_thing_to_bring() {
    let rules = proposals("Please bring only the basics with you on the day.");
    assert!(brought(&rules).is_empty(), "{rules:?}");
}

/// Medicines "that lower blood pressure" are named by what they do; their
/// dose is not lowered.
#[test]
fn what_a_medicine_does_is_no_smaller_dose() {
    let rules = proposals(
        "Anyone on tablets that lower blood pressure (for example ramipril or amlodipine) should tell the nurse.",
    );
    assert!(
        !medicines(&rules)
            .iter()
            .any(|(_, b)| *b == MedicineBefore::FewerOnTheDay),
        "{rules:?}"
    );
}

/// "Taken into account" and "keep them in a drawer" say nothing of
/// keeping on with one's medicines; "keep taking" does.
#[test]
fn other_senses_of_take_and_keep_keep_no_medicines() {
    for text in [
        "Your long-term tablets will be taken into account when the team plans your stay.",
        "Collect your new prescriptions and keep them in a drawer near your bed.",
        "Some tablets have to carry on as normal while others are paused; the list is on our website.",
    ] {
        let rules = proposals(text);
        assert!(!keeps_usual(&rules), "{text}: {rules:?}");
    }
    let rules = proposals("Keep taking your usual medicines as normal.");
    assert!(keeps_usual(&rules), "{rules:?}");
}

/// "Ask which ones to go on with and which to stop" is an ask.
#[test]
fn which_to_continue_is_asked_of_the_prescriber() {
    let rules =
        proposals("If you are on regular tablets, ask the anaesthetist which ones to continue and which to stop.");
    assert!(!keeps_usual(&rules), "{rules:?}");
    assert!(
        medicines(&rules)
            .iter()
            .any(|(_, b)| matches!(b, MedicineBefore::AskPrescriber { .. })),
        "{rules:?}"
    );
}

/// A medicine left out of "take your medicines" is not taken; one left
/// out of "skip your tablets" is.
#[test]
fn a_medicine_excepted_from_taking_is_not_taken() {
    let rules = proposals(
        "Take all your normal medicines on the day, except sleeping pills, which must be stopped at least 8 hours before the anaesthetic.",
    );
    assert!(
        !medicines(&rules)
            .iter()
            .any(|(_, b)| *b == MedicineBefore::TakeOnTheDay),
        "{rules:?}"
    );
    let rules = proposals("Do not take any of your tablets on the morning of the procedure except your blood pressure pills, with a sip of water.");
    assert!(
        medicines(&rules)
            .iter()
            .any(|(_, b)| *b == MedicineBefore::TakeOnTheDay),
        "{rules:?}"
    );
}

/// "Talk to your doctor about them two weeks before" is when to ask, not
/// a stop.
#[test]
fn a_time_to_ask_is_no_stop() {
    let rules = proposals(
        "If you are on steroid tablets, please talk to your doctor about them at least two weeks before the operation.",
    );
    assert!(
        !medicines(&rules)
            .iter()
            .any(|(_, b)| matches!(b, MedicineBefore::HoursBefore { .. })),
        "{rules:?}"
    );
    let rules = proposals("Stop steroid tablets 2 weeks before the operation.");
    assert!(
        medicines(&rules)
            .iter()
            .any(|(_, b)| matches!(b, MedicineBefore::HoursBefore { .. })),
        "{rules:?}"
    );
}

fn calls(rules: &[Proposed]) -> Vec<WhoToCall> {
    rules
        .iter()
        .filter_map(|r| match r {
            Proposed::RedFlag { rule } => Some(rule.call),
            _ => None,
        })
        .collect()
}

/// A sign told to "the clinic or your GP" names two places; one team
/// named twice is one.
#[test]
fn two_places_to_tell_are_not_chosen() {
    let rules = proposals("Let the clinic or your GP know if you develop a temperature before the operation.");
    assert!(calls(&rules).is_empty(), "{rules:?}");
    let rules = proposals("If you vomit more than twice, call your dentist or surgeon.");
    assert_eq!(calls(&rules), vec![WhoToCall::Clinic], "{rules:?}");
}

/// Drinks that are not clear (formula, drinks with bits) give no clear
/// drink time; an allowance with milk left out still does.
#[test]
fn drinks_that_are_not_clear_give_no_clear_time() {
    for text in [
        "Babies may not have formula in the last 5 hours before the scan.",
        "No drinks with bits in them from 6 hours before the anaesthetic.",
    ] {
        let rules = proposals(text);
        assert!(drink_cutoffs(&rules).is_empty(), "{text}: {rules:?}");
    }
    let rules = proposals("You may drink up to 3 hours before your appointment, but nothing with milk in it.");
    assert!(!drink_cutoffs(&rules).is_empty(), "{rules:?}");
}

/// Usual tablets taken up to a time are the usual medicines kept, not a
/// task.
#[test]
fn usual_medicines_by_a_time_are_kept_not_a_task() {
    let rules = proposals(
        "Your regular medicines should be taken with a sip of water no later than 3 hours before the procedure.",
    );
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::VisitTask { .. })),
        "{rules:?}"
    );
}

/// "Patients who take X must fast longer" is for whom; nobody is told to
/// take X.
#[test]
fn patients_who_take_a_medicine_are_not_told_to_take_it() {
    let rules = proposals("Patients who take insulin pumps must arrive 30 minutes earlier than others.");
    assert!(
        !rules
            .iter()
            .any(|r| matches!(r, Proposed::VisitTask { task } if task.title.to_lowercase().starts_with("take"))),
        "{rules:?}"
    );
}

/// A parent beside the child until asleep is not an escort waiting.
#[test]
fn a_parent_until_the_child_sleeps_is_no_escort_on_site() {
    let rules = proposals("One parent stays with the child in the theatre until the child is asleep.");
    assert!(
        !rules.contains(&Proposed::EscortPresence {
            presence: EscortPresence::StaysOnSite
        }),
        "{rules:?}"
    );
}

/// "Nil by mouth" from the time clear drinks end, where food has a longer
/// time of its own, is no food time; a sheet's only fast is.
#[test]
fn nil_by_mouth_closing_the_drinks_is_no_food_time() {
    let rules = proposals(
        "Have no meals for 8 hours before your surgery. Clear drinks are allowed until 3 hours before your surgery.\n\nFrom 3 hours before, you cannot eat or drink anything at all.",
    );
    assert!(
        !rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::HoursBefore { hours: 3 }
        }),
        "{rules:?}"
    );
    let rules = proposals("You cannot eat or drink anything from 6 hours before your surgery.");
    assert!(
        rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::HoursBefore { hours: 6 }
        }),
        "{rules:?}"
    );
}

/// The patient accompanied, seen home or let go only with a person is
/// the escort; a companion only offered is not.
#[test]
fn a_person_the_patient_leaves_with_is_the_escort() {
    for text in [
        "After the sedation the patient has to be accompanied by a relative or a friend.",
        "You should be seen home by another grown-up.",
        "You can only go home together with an accompanying person.",
        "Bring an adult who can take you home.",
    ] {
        let rules = proposals(text);
        assert!(rules.contains(&Proposed::EscortRequired), "{text}: {rules:?}");
    }
    let rules = proposals("You do not need to be accompanied by anyone after a scan without sedation.");
    assert!(!rules.contains(&Proposed::EscortRequired), "{rules:?}");
}

/// "If you have been given a sedative" on a sedation sheet is every
/// sedated patient: the rules after it are proposed; a premedication
/// still names a group.
#[test]
fn the_sheets_own_sedation_given_names_no_group() {
    let rules = proposals("If you were given a calming injection, you react more slowly, so you must not drive a car for the next 24 hours.");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::NoDriving { .. })),
        "{rules:?}"
    );
    let rules = proposals(
        "If you were given a premedication, you react more slowly, so you must not drive a car for the next 24 hours.",
    );
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::NoDriving { .. })),
        "{rules:?}"
    );
}

/// The sedative given is no sedative banned; one named to avoid is.
#[test]
fn the_sedative_given_is_not_banned() {
    let rules = proposals("If you have been given a sedative you rest on the ward for 2 hours afterwards.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::NoSedatives { .. })),
        "{rules:?}"
    );
    let rules = proposals("Do not take sleeping pills for 24 hours after the procedure.");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::NoSedatives { .. })),
        "{rules:?}"
    );
}

fn stays(rules: &[Proposed]) -> Vec<(u32, u32)> {
    rules
        .iter()
        .filter_map(|r| match r {
            Proposed::Observation {
                min_minutes,
                max_minutes,
            } => Some((*min_minutes, *max_minutes)),
            _ => None,
        })
        .collect()
}

/// The stay after told by the going home: discharge a range after the
/// end, a rest of "about" one figure before leaving; a rest at home is
/// no stay.
#[test]
fn the_stay_is_told_by_the_going_home() {
    let rules = proposals(
        "Patients are usually discharged; discharge mostly follows 2-3 hours after the end of the procedure.",
    );
    assert_eq!(stays(&rules), vec![(120, 180)], "{rules:?}");
    let rules = proposals("We let you rest for about 45 minutes before you go home.");
    assert_eq!(stays(&rules), vec![(45, 45)], "{rules:?}");
    let rules = proposals("At home, rest for about 3 hours and drink plenty.");
    assert!(stays(&rules).is_empty(), "{rules:?}");
}

/// A ban in a later clause denies no company; one before it does.
#[test]
fn a_later_ban_does_not_deny_the_escort() {
    let rules = proposals("You can only go home together with an adult, and you may not drive for 24 hours.");
    assert!(rules.contains(&Proposed::EscortRequired), "{rules:?}");
    let rules = proposals("You do not have to be accompanied by an adult after local anaesthetic.");
    assert!(!rules.contains(&Proposed::EscortRequired), "{rules:?}");
}

fn says_what_counts(rules: &[Proposed]) -> bool {
    rules.iter().any(|r| matches!(r, Proposed::ClearLiquidsAre { .. }))
}

/// Clear drinks named by example after the drink words say what counts;
/// examples of a meal do not.
#[test]
fn clear_drinks_by_example_say_what_counts() {
    for text in [
        "Up to 2 hours before, your child may have see-through drinks, that is water, cordial or apple juice.",
        "Do not have clear fluids in the last 3 hours. Examples include water, black tea and squash.",
    ] {
        let rules = proposals(text);
        assert!(says_what_counts(&rules), "{text}: {rules:?}");
    }
    let rules = proposals("Eat a light meal until 6 hours before. Examples include toast and a boiled egg.");
    assert!(!says_what_counts(&rules), "{rules:?}");
}

/// Advice asked of the doctor right after a stop, naming no medicine, is
/// about the medicines stopped; advice in another paragraph is not.
#[test]
fn advice_after_a_stop_asks_about_the_medicines_stopped() {
    let asks = |rules: &[Proposed]| {
        medicines(rules)
            .into_iter()
            .filter(|(_, b)| matches!(b, MedicineBefore::AskPrescriber { .. }))
            .count()
    };
    let rules = proposals(
        "Apixaban – stop it three days before the test. Contact your heart doctor for advice on when to start it again.",
    );
    assert_eq!(asks(&rules), 1, "{rules:?}");
    let rules = proposals(
        "Apixaban – stop it three days before the test.\n\nContact your heart doctor for advice on when to start it again.",
    );
    assert_eq!(asks(&rules), 0, "{rules:?}");
}

/// Taking one's usual medicines said allowed keeps them; a leave with a
/// limit, or for medicines not one's usual ones, does not.
#[test]
fn usual_medicines_said_allowed_are_kept() {
    let rules = proposals("Taking your regular blood pressure medicines on the morning is fine.");
    assert!(keeps_usual(&rules), "{rules:?}");
    for text in [
        "Taking painkillers after the visit is allowed.",
        "Taking your usual medicines is allowed only if the doctor agrees.",
    ] {
        let rules = proposals(text);
        assert!(!keeps_usual(&rules), "{text}: {rules:?}");
    }
}
