//! Words that should leave the reader unsure (issue 25, branch `tune-kl`):
//! halves ak and al, read while tuning from this round. Each family beside
//! a case that still must propose: a worked example's clock times, a number
//! in the "if" clause, a report of what was already taken, a pre-visit rule
//! framed after the treatment, medicines taken once agreed, medicines called
//! "drugs", an adult who only watches the patient, the whole hospital stay,
//! a midnight fast after a clear-liquid day, a fallback for doubt, "other"
//! things in a list, a heading's thing named again in full, a bare
//! "medicine" the sentence qualified, a change told before the visit, and
//! bans that point back to a length of impairment said before them, and
//! every name a medicines lead announces, and being "off" the medicines
//! named before for a number of days, and company for a length.

use steady_core::facts::rules::{Cutoff, MedicineBefore, NoDriving, Until, WhoToCall};
use steady_core::plan::sheet::{read_sheet, Proposed, Subject};

use super::sheet_look::things;
use super::sheet_st::rules_of as proposals;

fn asked(text: &str) -> Vec<Subject> {
    read_sheet(text).unwrap().questions.iter().map(|q| q.about).collect()
}

fn fasts(rules: &[Proposed]) -> usize {
    rules
        .iter()
        .filter(|r| matches!(r, Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. }))
        .count()
}

fn medicines(rules: &[Proposed]) -> Vec<(String, MedicineBefore)> {
    rules
        .iter()
        .filter_map(|r| match r {
            Proposed::Medicine { rule } => Some((rule.name.clone(), rule.before.clone())),
            _ => None,
        })
        .collect()
}

/// "Say your session is at 3 pm: then eat by 9 am": the example's times
/// are not the sheet's; a fast said plainly still is.
#[test]
fn a_worked_example_sets_no_time() {
    let rules =
        proposals("If your appointment is at 15 h, you can have breakfast at 9 h, and then only water until 13 h.");
    assert_eq!(fasts(&rules), 0, "{rules:?}");
    let rules = proposals("Do not eat for 6 hours before your appointment.");
    assert_eq!(fasts(&rules), 1, "{rules:?}");
}

/// "If a tablet is due in the last hour, swallow it with a sip": the hour
/// belongs to the condition, and the rule has none.
#[test]
fn a_number_in_the_condition_is_not_the_rules() {
    let rules =
        proposals("If a medicine has to be taken within the 2 hours before the treatment, use just a tiny sip of water (enough to swallow).");
    assert!(
        !rules
            .iter()
            .any(|r| matches!(r, Proposed::VisitTask { .. } | Proposed::ClearLiquids { .. })),
        "{rules:?}"
    );
    let rules = proposals("If you are having sedation, do not eat for 6 hours before your appointment.");
    assert_eq!(fasts(&rules), 1, "{rules:?}");
}

/// "Tell the nurse which tablets you have taken in the past day": a report
/// for the team, no task; "tell your doctor if you take aspirin" still asks.
#[test]
fn a_report_of_what_was_taken_is_no_task() {
    let rules = proposals(
        "Please tell the nurse about every medicine you have taken in the last 12 hours before the treatment.",
    );
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::VisitTask { .. })),
        "{rules:?}"
    );
    // Asking the prescriber about them may stand; taking them may not.
    assert!(
        medicines(&rules)
            .iter()
            .all(|(_, b)| matches!(b, MedicineBefore::AskPrescriber { .. })),
        "{rules:?}"
    );
}

/// "Sips of water are fine once you are awake": drinking after the
/// treatment is no clear-liquid rule for before it.
#[test]
fn a_rule_framed_after_the_treatment_is_no_fast() {
    let rules = proposals("Headache: Small sips of water are allowed after waking up.");
    assert!(
        !rules
            .iter()
            .any(|r| matches!(r, Proposed::ClearLiquidsAre { .. } | Proposed::ClearLiquids { .. })),
        "{rules:?}"
    );
    // Held until after: a stop said for before.
    let rules = proposals("I will keep taking my usual morning medicines with a sip of water, except water pills, which I will hold until after the test.");
    assert!(rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
}

/// "In the first 12 h take only the medicines the nurse agreed": the
/// nearest key is the limit on calming medicines, for that length.
#[test]
fn only_agreed_medicines_after_is_a_limit_for_its_hours() {
    let rules =
        proposals("In the first 12 h after the treatment, take only medicines that were discussed with the nurse.");
    assert!(rules.contains(&Proposed::NoSedatives { hours: 12 }), "{rules:?}");
    // Asked when to start again: still a question to the prescriber.
    let rules = proposals(
        "If you take regular tablets, ask your dentist when you may start taking them again after the sedation.",
    );
    assert!(
        medicines(&rules)
            .iter()
            .all(|(_, b)| matches!(b, MedicineBefore::AskPrescriber { .. })),
        "{rules:?}"
    );
}

/// "Tablets may be taken once agreed with us": leave that waits on the
/// clinician is a medicine to ask about, not every medicine kept.
#[test]
fn medicines_taken_once_agreed_are_asked_about() {
    let rules = proposals("Your usual medicines can be taken with a sip of water after agreeing this with the doctor.");
    assert!(!rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
    assert!(
        medicines(&rules)
            .iter()
            .any(|(_, b)| matches!(b, MedicineBefore::AskPrescriber { .. })),
        "{rules:?}"
    );
    let rules = proposals("Keep taking all your usual medicines on the day.");
    assert!(rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
}

/// "Drugs that make you drowsy" are medicines, not alcohol; "alcohol or
/// drugs" stays an alcohol ban.
#[test]
fn calming_drugs_are_no_alcohol() {
    let rules = proposals("Do not use any drugs that make you drowsy for 12 hours, such as sleeping tablets.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::NoAlcohol { .. })),
        "{rules:?}"
    );
    let rules = proposals("Do not drink alcohol for 24 hours.");
    assert!(rules.contains(&Proposed::NoAlcohol { hours: 24 }), "{rules:?}");
}

/// An adult who keeps an eye on a child before the visit is no escort
/// home; one who takes the child home is.
#[test]
fn an_adult_who_watches_before_is_no_escort() {
    let rules = proposals("An adult should supervise your son at all times so that he keeps to the fasting rules.");
    assert!(!rules.contains(&Proposed::EscortRequired), "{rules:?}");
    let rules = proposals("A responsible adult must take your child home after the treatment.");
    assert!(rules.contains(&Proposed::EscortRequired), "{rules:?}");
}

/// "Your time in the clinic will be 2-3 hours": the whole visit, asked,
/// not a watched rest after.
#[test]
fn the_whole_stay_is_asked_not_observation() {
    let text = "Your stay in the clinic will be 2-3 hours or maybe longer.";
    let rules = proposals(text);
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::Observation { .. })),
        "{rules:?}"
    );
}

/// A clear-liquid day, then "nothing to eat or drink from midnight": the
/// food stopped with the clear-liquid day; the drinks stop at midnight.
#[test]
fn a_midnight_fast_after_a_clear_liquid_day_stops_drinks() {
    let text = "The day before your test, follow a clear liquid diet all day.\n\nYou may keep drinking clear liquids until midnight. Have nothing to eat or drink after midnight.";
    let rules = proposals(text);
    assert!(
        !rules.iter().any(|r| matches!(
            r,
            Proposed::SolidFood {
                cutoff: Cutoff::Clock { .. }
            }
        )),
        "{rules:?}"
    );
    // Without a clear-liquid day, midnight stops the food.
    let rules = proposals("Have nothing to eat or drink after midnight.");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::SolidFood { .. })),
        "{rules:?}"
    );
}

/// "If in doubt, skip it and bring it along": a fallback, no thing to bring.
#[test]
fn a_fallback_for_doubt_brings_nothing() {
    let rules = proposals("If you are not sure, do not take the tablet, but bring it with you.");
    assert!(things(&rules).is_empty(), "{rules:?}");
}

/// "Both vitamins and other medicine": "other medicine" is the rest of
/// the list, and a short heading says again what its line names in full.
#[test]
fn other_things_and_a_restated_heading_are_not_things() {
    let text =
        "What to bring:\nInhalers\nYour everyday inhalers - both blue ones and other inhalers, and your tablets.";
    let items = things(&proposals(text));
    assert!(
        !items.iter().any(|i| i.to_lowercase().starts_with("other")),
        "{items:?}"
    );
    assert!(!items.iter().any(|i| i.eq_ignore_ascii_case("inhalers")), "{items:?}");
    assert!(items.iter().any(|i| i.to_lowercase().contains("tablet")), "{items:?}");
}

/// "If you take medicines long-term ..., take the last medicine 3 hours
/// before": the medicine is the long-term ones.
#[test]
fn a_bare_medicine_takes_the_sentences_qualifier() {
    let rules = proposals("If you take medicines long-term, take them on the day too; take the last medicine no less than 3 hours before the treatment.");
    let names = medicines(&rules);
    assert!(names.iter().all(|(n, _)| n.to_lowercase() != "medicine"), "{names:?}");
}

/// "If you have a fever before your appointment, tell your doctor": the
/// clinic's doctor, told before the visit.
#[test]
fn a_change_told_before_the_visit_goes_to_the_clinic() {
    let rules = proposals("If you feel ill or have a fever before your appointment, please tell your doctor.");
    for rule in &rules {
        if let Proposed::RedFlag { rule } = rule {
            assert_eq!(rule.call, WhoToCall::Clinic, "{rules:?}");
        }
    }
}

/// "Your reflexes may be slowed for about 12 hours. For that reason do not
/// drive in this period. Signing contracts is not allowed either": each
/// ban lasts the length said of the patient before it.
#[test]
fn bans_that_point_back_take_the_length_of_the_impairment() {
    let text = "Your reflexes may be slowed for about 12 hours after the sedation. For that reason you must not drive in this period. Making important decisions is not allowed either. In addition, do not drink alcohol.";
    let rules = proposals(text);
    assert!(
        rules.contains(&Proposed::NoDriving {
            rule: NoDriving::Hours { hours: 12 }
        }),
        "{rules:?}"
    );
    assert!(
        rules.contains(&Proposed::NoDecisions {
            until: Some(Until::Hours { hours: 12 })
        }),
        "{rules:?}"
    );
    assert!(rules.contains(&Proposed::NoAlcohol { hours: 12 }), "{rules:?}");
    // A paragraph later, or a sentence that does not point back: no length given.
    let text = "Your reflexes may be slowed for about 12 hours after the sedation.\n\nDo not drink alcohol.";
    let rules = proposals(text);
    assert!(!rules.contains(&Proposed::NoAlcohol { hours: 12 }), "{rules:?}");
    assert!(asked(text).contains(&Subject::NoAlcohol), "{:?}", asked(text));
}

/// "Tell us if you take any of these medicines: Zinc, Aspirin, Brilinta and
/// more": every name the lead announces is a medicine with the rule the
/// known names got; a list with no such lead names none.
#[test]
fn every_name_a_medicines_lead_announces_takes_its_rule() {
    let names = |text: &str| -> Vec<String> { medicines(&proposals(text)).into_iter().map(|(n, _)| n).collect() };
    let got = names("Please tell the doctor if you take any of these medicines: Zinc, Aspirin, Brilinta and more.");
    assert!(got.iter().any(|n| n == "Zinc"), "{got:?}");
    assert!(!got.iter().any(|n| n.eq_ignore_ascii_case("more")), "{got:?}");
    let got = names("Please tell the doctor if you take Aspirin, and bring Slippers and Books.");
    assert!(!got.iter().any(|n| n == "Slippers" || n == "Books"), "{got:?}");
}

/// "... these medicines: Zinc, Brilinta. We cannot treat you until you have
/// been off these medicines for 5 days": a stop 5 days before for each;
/// "off" with no days, or no names before, stops nothing.
#[test]
fn being_off_the_medicines_named_before_for_days_is_a_stop() {
    let stop = MedicineBefore::HoursBefore { hours: 5 * 24 };
    let text = "Please tell the doctor if you take any of these medicines: Zinc, Brilinta and more. We cannot treat you until you have been off these medicines for 5 days.";
    let got = medicines(&proposals(text));
    for name in ["Zinc", "Brilinta"] {
        assert!(got.contains(&(name.to_string(), stop.clone())), "{got:?}");
    }
    let got = medicines(&proposals(
        "Please rest. We cannot treat you until you have been off these medicines for 5 days.",
    ));
    assert!(!got.iter().any(|(_, b)| *b == stop), "{got:?}");
}

/// "Keep the patient under an adult's supervision for 12 hours", "not left
/// alone for the first 12 hours": the company for a length is someone
/// staying; company with no length, or a length with no company, is not.
#[test]
fn company_for_a_length_is_someone_staying() {
    for text in [
        "Your child should remain under the supervision of a grown-up for 12 hours after the sedation.",
        "Please make sure you are not left alone for the first 12 hours after the treatment.",
    ] {
        let rules = proposals(text);
        assert!(
            rules.contains(&Proposed::SomeoneStays { hours: 12 }),
            "{text}: {rules:?}"
        );
    }
    let rules = proposals("You will be in the company of our nurses in the recovery room.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::SomeoneStays { .. })),
        "{rules:?}"
    );
    let rules = proposals("Rest for 12 hours after the treatment.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::SomeoneStays { .. })),
        "{rules:?}"
    );
}
