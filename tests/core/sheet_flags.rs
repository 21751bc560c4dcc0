//! Red flags to report before the visit (issue 25, branch `tune-flags`):
//! a change in the patient's health told to the clinic, said in the call's
//! own sentence or named with its examples just before it; the calls that
//! name the sheet's own clinic ("this office", a doctor by name, "let the
//! doctor know", "must be reported before"); a lead before the call that
//! says when, not what. Then what must not become a red flag.

use steady_core::facts::rules::WhoToCall;
use steady_core::plan::sheet::Proposed;

use super::sheet_st::rules_of as proposals;

/// The red flags proposed: situation (lower-cased) and whom to call.
fn flags(text: &str) -> Vec<(String, WhoToCall)> {
    proposals(text)
        .into_iter()
        .filter_map(|r| match r {
            Proposed::RedFlag { rule } => Some((rule.situation.to_lowercase(), rule.call)),
            _ => None,
        })
        .collect()
}

fn one_to_clinic(text: &str, word: &str) {
    let got = flags(text);
    assert_eq!(got.len(), 1, "{text}: {got:?}");
    assert_eq!(got[0].1, WhoToCall::Clinic, "{text}: {got:?}");
    assert!(got[0].0.contains(word), "{text}: {got:?}");
}

/// A change in health told to the clinic is a red flag even where the
/// same words name medicines or the medical condition, which alone are
/// only told for planning.
#[test]
fn a_change_in_health_told_to_the_clinic_is_a_red_flag() {
    one_to_clinic(
        "Let our team know about any change in your health or your tablets since you booked.",
        "health",
    );
    one_to_clinic(
        "Any change in your medical condition should be reported to the office before your visit.",
        "medical condition",
    );
    one_to_clinic(
        "Any change in your medical status must be reported before the day of your treatment.",
        "status",
    );
    one_to_clinic(
        "If your medical condition changes before your procedure (say a chest infection or anything else), please call your doctor.",
        "condition",
    );
}

/// How long before it must be told is a number the vocabulary has no key
/// for: the change is the red flag, and the number stays out of its words.
#[test]
fn the_hours_before_a_change_must_be_told_stay_out() {
    one_to_clinic(
        "Any change in your health history must be reported to the office at least 48 hours beforehand.",
        "health history",
    );
    assert!(
        !flags("Any change in your health history must be reported to the office at least 48 hours beforehand.")[0]
            .0
            .contains("48")
    );
}

/// Clinics name the change with its examples first and whom to tell in a
/// sentence of its own; the examples are the situation.
#[test]
fn a_change_named_just_before_the_call_is_its_situation() {
    one_to_clinic(
        "A change in your health, such as a chest infection or the flu, matters to us. Please phone the office straight away.",
        "chest infection",
    );
    one_to_clinic(
        "Any change in your child's health, including a rash or a temperature, is important. The visit may be moved. Tell this office about changes in health before you come.",
        "rash",
    );
}

/// The sheet's own clinic, called in other words.
#[test]
fn calls_that_name_the_sheets_own_clinic() {
    one_to_clinic(
        "Please let the doctor know if you develop a temperature or a bad cough.",
        "temperature",
    );
    one_to_clinic(
        "Tell Dr. Okafor about any infection you pick up beforehand.",
        "infection",
    );
    one_to_clinic("Tell this clinic about any illness in the week before.", "illness");
}

/// "On admission, tell us about ...": the lead says when to tell, and
/// what follows "about" is the situation.
#[test]
fn a_lead_that_names_no_sign_is_not_the_situation() {
    one_to_clinic(
        "At check-in, tell us about any symptom that has started since you booked.",
        "symptom",
    );
}

#[test]
fn what_is_not_a_red_flag_before_the_visit() {
    for text in [
        // Paperwork, not health.
        "Tell this office about any changes to your insurance.",
        // An errand after the change: the call is to book, not about it.
        "A change in your health, such as a cold, matters. Please call our office to book your next visit.",
        // Another paragraph: another matter.
        "A change in your health, such as a fever, matters.\n\nPlease call our office as soon as you can.",
        // The change named with no examples before a bare call: nothing to show.
        "Changes in your health are important. Please call our office as soon as you can.",
        // What the doctor should know for planning.
        "Let the doctor know if you take aspirin.",
    ] {
        assert!(flags(text).is_empty(), "{text}: {:?}", flags(text));
    }
}

/// The medicines a text asks the prescriber about.
fn asked_about(text: &str) -> Vec<String> {
    super::sheet_take::asked(&proposals(text))
}

/// "How long to stay off them" is how long the medicines are not taken,
/// not a stay: the sentence points back to the medicines named before,
/// and sending the patient to the prescriber asks about each of them.
#[test]
fn staying_off_the_medicines_named_before_is_asked_about() {
    let got = asked_about(
        "Do not use ibuprofen or clopidogrel before your visit. How long you should stay off them varies, so you must discuss this with your dentist.",
    );
    assert_eq!(got, ["ibuprofen", "clopidogrel"], "{got:?}");
    // Without the prescriber, nothing is asked, and no stay is read.
    let rules =
        proposals("Do not use ibuprofen or clopidogrel before your visit. Stay off them for as long as you can.");
    assert!(
        asked_about("Do not use ibuprofen or clopidogrel before your visit. Stay off them for as long as you can.")
            .is_empty(),
        "{rules:?}"
    );
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::Observation { .. })),
        "{rules:?}"
    );
}

/// Going to the emergency department said with its haste ("go straight
/// to") or as a return ("come back to") is the emergency call; beside
/// another doctor it is still two places with nothing saying which when.
#[test]
fn going_straight_or_back_to_the_emergency_department() {
    let got = flags("If your lips turn blue, go straight to the emergency room.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, WhoToCall::Emergency, "{got:?}");
    let got = flags("If you keep fainting at home, come back to the emergency department.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, WhoToCall::Emergency, "{got:?}");
    let got = flags("If you get a rash, contact your physician, the nurse line, or go straight to the ER.");
    assert!(got.is_empty(), "{got:?}");
}

/// A clinic or a doctor named by its kind ("the day clinic", "the
/// referring doctor") is the one the visit is with; a follow-up visit
/// named as "that appointment" says when, not what.
#[test]
fn the_clinic_or_doctor_named_by_kind_and_the_follow_up_visit() {
    one_to_clinic(
        "If you feel faint on the morning of the visit, ring the day clinic.",
        "faint",
    );
    one_to_clinic(
        "If your child has a high temperature before the visit, call the referring doctor.",
        "temperature",
    );
    one_to_clinic(
        "If any swelling starts before that appointment, please contact your surgeon.",
        "swelling",
    );
    assert!(flags("Call the dental clinic to book your appointment.").is_empty());
    assert!(flags("Please call the referring doctor with any questions.").is_empty());
}

/// A bare call on the clinic's sheet ("but call if ...", "please call so
/// we can talk it over") is a call to the clinic; what follows the "if"
/// is the situation. A call to reschedule for no illness is an errand.
#[test]
fn a_bare_call_on_the_sheet_is_to_the_clinic() {
    one_to_clinic(
        "Some soreness is normal, but call if the arm becomes hot or swollen.",
        "swollen",
    );
    one_to_clinic(
        "If you come down with the flu, please call so we can talk it over before the day.",
        "flu",
    );
    assert!(flags("If you are running late, please call so we can plan.").is_empty());
    assert!(flags("If you cannot come, please call if you can.").is_empty());
}

/// A label before a colon that "either of these" points back to is the
/// situation.
#[test]
fn either_of_these_points_back_to_the_label() {
    one_to_clinic(
        "Sore throats and fevers: please tell the clinic at once if you have either of these.",
        "sore throats",
    );
    assert!(flags("Parking and buses: please tell the clinic if you need either of these.").is_empty());
}

/// Medicines named by the illnesses they treat are one medicine per
/// illness to ask the prescriber about; an illness named with no call to
/// the prescriber asks nothing.
#[test]
fn one_medicine_to_ask_about_per_illness() {
    let got = asked_about(
        "If you have asthma, epilepsy or another condition that needs medicines, ask your anaesthetist what to do.",
    );
    assert_eq!(
        got,
        [
            "medicines for asthma",
            "medicines for epilepsy",
            "medicines for another condition"
        ],
        "{got:?}"
    );
    let got = asked_about("Patients who have asthma or epilepsy that needs medicines are welcome at the clinic.");
    assert!(got.is_empty(), "{got:?}");
}
