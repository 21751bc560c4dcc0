//! Words that should leave the reader unsure (issue 25, branch
//! `tune-ast`): halves as and at, read while tuning from this round. Each
//! family beside a case that still must propose: a ban on kinds of food
//! (asked, not a fast), a dose missed (a thing to report), a halved dose
//! (fewer on the day), sips that carry the tablets (no drinks time), the
//! child as the patient (not dependants), staying with the patient at
//! home (not on site), coming days before (a visit of its own), and a
//! bare "medications" heading names in brackets. Then two families of
//! misses: a stop that names its medicines after a colon or names one
//! unknown ("Stop Zorbix 7 days before"), and the escort as someone the
//! patient comes with or is collected by, and what happens if the fast is
//! broken said as the rules not kept or food taken all the same, and
//! what counts as clear said by a bracket of what it must not hold, and a
//! unit shortened with a point after a count ("8 hrs. no more food").

use steady_core::facts::rules::MedicineBefore;
use steady_core::plan::sheet::{read_sheet, Proposed, Subject};

use super::sheet_st::rules_of as proposals;

fn asked(text: &str) -> Vec<Subject> {
    read_sheet(text).unwrap().questions.iter().map(|q| q.about).collect()
}

fn solid(rules: &[Proposed]) -> usize {
    rules.iter().filter(|r| matches!(r, Proposed::SolidFood { .. })).count()
}

fn drinks(rules: &[Proposed]) -> usize {
    rules
        .iter()
        .filter(|r| matches!(r, Proposed::ClearLiquids { .. }))
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

/// "No foods with small pips for five days": a diet, asked about; a plain
/// food ban still is a fast.
#[test]
fn a_kind_of_food_is_asked_not_a_fast() {
    let text = "For 5 days before the test do not take iron tablets or food that contains pips (kiwi, figs).";
    let rules = proposals(text);
    assert_eq!(solid(&rules), 0, "{rules:?}");
    assert_eq!(medicines(&rules).len(), 1, "{rules:?}");
    assert!(asked(text).contains(&Subject::SolidFood), "{:?}", asked(text));
    let text = "Foods that contain a lot of fibre should be avoided for 3 days before your colonoscopy.";
    assert_eq!(solid(&proposals(text)), 0, "{:?}", proposals(text));
    let rules = proposals("Do not eat any food for 6 hours before your procedure.");
    assert_eq!(solid(&rules), 1, "{rules:?}");
}

/// "If you forget a dose, ring us": no medicine line; a plain stop still
/// is one.
#[test]
fn a_missed_dose_is_no_medicine_rule() {
    let rules = proposals("If you forget to take your warfarin, please ring the ward and tell us.");
    assert!(medicines(&rules).is_empty(), "{rules:?}");
    let rules = proposals("Stop your warfarin 5 days before your procedure.");
    assert!(!medicines(&rules).is_empty(), "{rules:?}");
}

/// "Take half your usual insulin that morning": fewer on the day; the
/// whole dose that morning stays taken on the day.
#[test]
fn a_halved_dose_is_fewer_on_the_day() {
    let rules = proposals("If you take insulin, take half of your dose the morning of the scan.");
    assert!(
        medicines(&rules)
            .iter()
            .any(|(_, b)| *b == MedicineBefore::FewerOnTheDay),
        "{rules:?}"
    );
    assert!(
        !medicines(&rules)
            .iter()
            .any(|(_, b)| *b == MedicineBefore::TakeOnTheDay),
        "{rules:?}"
    );
    let rules = proposals("Please take your blood pressure tablets on the morning of your procedure.");
    assert!(
        medicines(&rules)
            .iter()
            .any(|(_, b)| *b == MedicineBefore::TakeOnTheDay),
        "{rules:?}"
    );
}

/// "Your tablets with a mouthful of water up to four hours before": the
/// sips carry the tablets, no drinks time; a drinks time said as such
/// stays.
#[test]
fn sips_for_tablets_set_no_drinks_time() {
    let rules =
        proposals("On the morning of the scan you can take your regular tablets with small sips of water or clear fluid up to four hours before.");
    assert_eq!(drinks(&rules), 0, "{rules:?}");
    let rules = proposals("You may drink clear fluids until 2 hours before your scan.");
    assert_eq!(drinks(&rules), 1, "{rules:?}");
}

/// "Your child must be watched by an adult until tomorrow": the child is
/// the patient, no ban on caring for dependants; the ban said for the
/// patient still is one.
#[test]
fn the_child_as_patient_is_no_dependants_rule() {
    let rules = proposals("Children should be kept under adult supervision until the next day and must not climb.");
    assert!(!rules.contains(&Proposed::NoDependents), "{rules:?}");
    let rules = proposals("Do not look after young children until the next morning.");
    assert!(rules.contains(&Proposed::NoDependents), "{rules:?}");
}

/// "Someone to stay with you for the first 24 hours": at home, not on
/// site; waiting in the building during the treatment still is.
#[test]
fn staying_with_the_patient_afterwards_is_not_on_site() {
    let rules = proposals("This has to be an adult who will drive the patient home and will stay with her for the next 24 hours after the test.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::EscortPresence { .. })),
        "{rules:?}"
    );
    let rules = proposals("Your escort must stay in the waiting room during your procedure.");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::EscortPresence { .. })),
        "{rules:?}"
    );
}

/// "Come to the pre-admission desk 2 days before": a visit of its own,
/// not arriving early; half an hour early still is.
#[test]
fn coming_days_before_is_not_arriving_early() {
    let rules = proposals("Please come to the pre-admission desk 72 hours before your surgery date with your forms.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::ArriveEarly { .. })),
        "{rules:?}"
    );
    let rules = proposals("Please arrive 30 minutes before your appointment time.");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::ArriveEarly { .. })),
        "{rules:?}"
    );
}

/// "Tell us about your medicines, above all blood thinners (Warfarin,
/// Rivaroxaban)": one line per name, not "Medicines".
#[test]
fn bracketed_names_replace_a_bare_medications() {
    let rules = proposals(
        "Tell the nurse about the medicines you take each day, above all blood thinners (Warfarin, Clexane, Xarelto...), so that the time to stop them can be set.",
    );
    let names: Vec<String> = medicines(&rules).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["Warfarin", "Clexane", "Xarelto"], "{rules:?}");
    // Brackets that hold no names leave the class as it was.
    let rules = proposals(
        "Tell the nurse about the medicines you take each day (even the ones you buy yourself), so that the time to stop them can be set.",
    );
    assert!(
        !medicines(&rules)
            .iter()
            .any(|(n, _)| n == "Even the ones you buy yourself"),
        "{rules:?}"
    );
}

/// "Stop these medicines 3 days before: Zorbix, Quellan or Mirtol": a
/// stop each, even of names the reader does not know; a list with things
/// that are not names, or a stop of eating, proposes no medicine.
#[test]
fn a_stop_names_its_medicines_after_a_colon() {
    let rules = proposals("Stop the following medications 3 days before your test: Zorbix, Quellan or Mirtol.");
    let stops: Vec<(String, MedicineBefore)> = medicines(&rules);
    assert_eq!(
        stops,
        [
            ("Zorbix".to_string(), MedicineBefore::HoursBefore { hours: 72 }),
            ("Quellan".to_string(), MedicineBefore::HoursBefore { hours: 72 }),
            ("Mirtol".to_string(), MedicineBefore::HoursBefore { hours: 72 }),
        ],
        "{rules:?}"
    );
    let rules = proposals("Stop Zorbix 7 days before your procedure.");
    assert_eq!(
        medicines(&rules),
        [("Zorbix".to_string(), MedicineBefore::HoursBefore { hours: 168 })],
        "{rules:?}"
    );
    let rules = proposals("Stop the following medications 3 days before your test: the ones your doctor listed.");
    assert!(medicines(&rules).is_empty(), "{rules:?}");
    let rules = proposals("Stop Eating 6 hours before your procedure.");
    assert!(medicines(&rules).is_empty(), "{rules:?}");
}

/// "Come to the clinic with someone", "ask a relative to fetch you": the
/// escort; not when denied in its clause, hedged, or offered beside
/// another way home.
#[test]
fn coming_with_someone_is_the_escort() {
    let rules = proposals("You must come to the clinic with someone.");
    assert!(rules.contains(&Proposed::EscortRequired), "{rules:?}");
    let rules =
        proposals("You may not drive afterwards, and you should come to the scan with someone who can take you home.");
    assert!(rules.contains(&Proposed::EscortRequired), "{rules:?}");
    let rules = proposals("Ask a relative or friend to fetch you by car after the scan.");
    assert!(rules.contains(&Proposed::EscortRequired), "{rules:?}");
    let rules = proposals("You do not need to come with someone for this scan.");
    assert!(!rules.contains(&Proposed::EscortRequired), "{rules:?}");
    let rules = proposals("It can be useful to ask someone to take you home, or to use public transport.");
    assert!(!rules.contains(&Proposed::EscortRequired), "{rules:?}");
}

fn fast_broken(rules: &[Proposed]) -> bool {
    rules.iter().any(|r| matches!(r, Proposed::IfFastBroken { .. }))
}

/// "Should the rules not be followed, the test will be postponed", "has
/// he drunk something anyway? Tell the nurse": the broken fast's rule on
/// a page with a fast; not on a page without one, nor for smoking rules.
#[test]
fn the_rules_not_kept_are_the_broken_fast() {
    let fast = "Nothing to eat for 6 hours before the scan.";
    let rules = proposals(&format!(
        "{fast} When the instructions are not followed, the scan will be postponed."
    ));
    assert!(fast_broken(&rules), "{rules:?}");
    let rules = proposals(&format!(
        "{fast} Has your son drunk something anyway? Tell the nurse on arrival."
    ));
    assert!(fast_broken(&rules), "{rules:?}");
    let rules = proposals("Bring your letter. When the instructions are not followed, the scan will be postponed.");
    assert!(!fast_broken(&rules), "{rules:?}");
    let rules = proposals(&format!(
        "{fast} If the smoking rules are not followed, the scan will be postponed."
    ));
    assert!(!fast_broken(&rules), "{rules:?}");
}

fn clear_said(rules: &[Proposed]) -> bool {
    rules.iter().any(|r| matches!(r, Proposed::ClearLiquidsAre { .. }))
}

/// "Clear drinks up to 3 hours before (nothing with milk or bits)": what
/// counts as clear; a bracket that rules out nothing about the drink, or
/// drinks not called clear, says nothing.
#[test]
fn a_bracket_of_what_clear_drinks_must_not_hold_says_what_counts() {
    let rules = proposals("You can have clear drinks up to 3 hours before your scan (nothing with milk or bits).");
    assert!(clear_said(&rules), "{rules:?}");
    let rules = proposals("You can have clear drinks up to 3 hours before your scan (no need to ring us first).");
    assert!(!clear_said(&rules), "{rules:?}");
    let rules = proposals("You can have drinks up to 3 hours before your scan (no milk).");
    assert!(!clear_said(&rules), "{rules:?}");
}

/// "6 hrs. nothing more to eat": the point is the unit's; the count still
/// needs its unit (a bare "6. nothing more to eat" is a numbered line).
#[test]
fn a_shortened_unit_keeps_its_count() {
    let rules = proposals("6 hrs. nothing more to eat");
    assert_eq!(solid(&rules), 1, "{rules:?}");
    let rules = proposals("3 hrs. no more water or squash");
    assert_eq!(drinks(&rules), 1, "{rules:?}");
    let rules = proposals("6. Bring your letter.");
    assert_eq!(solid(&rules) + drinks(&rules), 0, "{rules:?}");
}
