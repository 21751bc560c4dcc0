//! The halves still below 80 % recall (issue 25, branch `tune-rest`):
//! medicines a prescriber outside the clinic set the patient on ("your
//! prescribed medicines", "the medicines your doctor has ordered") are the
//! usual ones, kept; a warning after the fast that points back to it ("if
//! you do not, we cannot put you to sleep") or loses the sedation says
//! what a broken fast costs; "clear liquid (water, tea)" in the singular
//! names what counts as clear; a heading that is only a length before the
//! visit ("Two weeks before surgery") says when the medicines named and
//! stopped under it stop; "20 or so minutes" is about 20 minutes; a rule
//! for the young "and for anyone having sedation" is everyone's. Then what
//! must not be read so.

use steady_core::facts::rules::MedicineBefore;
use steady_core::plan::sheet::Proposed;

use super::sheet_st::rules_of as proposals;

fn keeps_usual(text: &str) -> bool {
    proposals(text).iter().any(|r| matches!(r, Proposed::KeepTakingUsual))
}

/// The patient's own regimen, named by who prescribed it, goes on.
#[test]
fn medicines_a_prescriber_set_are_the_usual_ones() {
    for text in [
        "On the morning of the visit, take your prescribed medications as your GP has told you, with a little water.",
        "Before you come in, take the medications your family doctor has ordered unless we say otherwise.",
        "On the day, take your medicines as your doctor prescribed them, unless we tell you otherwise.",
    ] {
        assert!(keeps_usual(text), "{text}: {:?}", proposals(text));
    }
}

/// Whichever medicines the doctor says, a medicine not taken, or the
/// surgeon's own prescription for the visit: nothing kept.
#[test]
fn what_is_not_the_usual_medicines_kept() {
    for text in [
        "Take any tablets as your doctor has directed on the day.",
        "Do not take the medications your doctor has prescribed on the morning of the procedure.",
        "Take the pain medicine your surgeon has prescribed when you get home.",
    ] {
        assert!(!keeps_usual(text), "{text}: {:?}", proposals(text));
    }
}

fn fast_broken(text: &str) -> bool {
    proposals(text)
        .iter()
        .any(|r| matches!(r, Proposed::IfFastBroken { .. }))
}

/// A warning just after the fast that points back to it, or that says
/// the treatment goes on without sedation, is what breaking the fast costs.
#[test]
fn a_warning_after_the_fast_says_what_breaking_it_costs() {
    for text in [
        "Have nothing to eat for 6 hours before you come in. If you do not, we will not be able to put you to sleep that day.",
        "Do not eat for 8 hours before your treatment. If you do not follow these rules, the treatment may be done with numbing only, without sedation.",
    ] {
        assert!(fast_broken(text), "{text}: {:?}", proposals(text));
    }
}

/// A warning that points back to something other than the fast, or that
/// stands far from any fast, costs nothing of it.
#[test]
fn a_warning_after_something_else_is_not_the_fast_broken() {
    for text in [
        "Please bring a list of your medicines. If you do not, we will not be able to put you to sleep.",
        "Do not drink alcohol for 24 hours before. If you do not, we will not be able to put you to sleep.",
        "Some patients have their treatment without sedation.",
    ] {
        assert!(!fast_broken(text), "{text}: {:?}", proposals(text));
    }
}

fn clear_named(text: &str) -> bool {
    proposals(text)
        .iter()
        .any(|r| matches!(r, Proposed::ClearLiquidsAre { .. }))
}

/// A clear liquid in the singular, with its examples, says what counts.
#[test]
fn a_clear_liquid_in_the_singular_names_what_counts() {
    for text in [
        "You may have a little clear fluid (water, apple juice) until 2 hours before your visit.",
        "Some clear drink, such as black tea, is fine until 3 hours before.",
    ] {
        assert!(clear_named(text), "{text}: {:?}", proposals(text));
    }
}

/// A clear liquid with no examples, or clear fluids as advice for home,
/// names nothing.
#[test]
fn a_clear_liquid_without_examples_names_nothing() {
    for text in [
        "You may have clear fluid until 2 hours before your visit.",
        "At home, if you feel queasy, sip clear fluid such as water.",
    ] {
        assert!(!clear_named(text), "{text}: {:?}", proposals(text));
    }
}

/// The medicines stopped, by name, each with the hours before it stops.
fn stopped(text: &str) -> Vec<(String, u32)> {
    proposals(text)
        .into_iter()
        .filter_map(|r| match r {
            Proposed::Medicine { rule } => match rule.before {
                MedicineBefore::HoursBefore { hours } => Some((rule.name.to_lowercase(), hours)),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// A page laid out as a timeline: a heading that is only a length before
/// the visit says when the medicines named under it stop.
#[test]
fn a_timeline_heading_says_when_the_medicines_under_it_stop() {
    let text = "Ten days before your treatment\n- Stop taking aspirin.\n\nThree days before your treatment\n- No warfarin or Plavix.\n";
    let got = stopped(text);
    assert!(got.contains(&("aspirin".to_string(), 240)), "{got:?}");
    assert!(got.contains(&("warfarin".to_string(), 72)), "{got:?}");
    assert!(got.contains(&("plavix".to_string(), 72)), "{got:?}");
}

/// Under such a heading, a medicine fetched or kept, and anything that is
/// no medicine, takes no length from it; nor does a line that ends a
/// sentence of its own or opens a list with a colon.
#[test]
fn a_timeline_heading_gives_nothing_but_the_stop() {
    let text = "Two days before your treatment\n- Collect your antibiotics from the front desk.\n- Keep taking your usual medicines.\n- Buy a soft toothbrush.\n";
    let got = proposals(text);
    assert!(
        !got.iter()
            .any(|r| matches!(r, Proposed::Medicine { .. } | Proposed::VisitTask { .. })),
        "{got:?}"
    );
    let sentence = "We will see you two weeks before surgery.\nDo not take aspirin.\n";
    assert!(stopped(sentence).is_empty(), "{:?}", proposals(sentence));
}

fn observation(text: &str) -> Option<(u32, u32)> {
    proposals(text).into_iter().find_map(|r| match r {
        Proposed::Observation {
            min_minutes,
            max_minutes,
        } => Some((min_minutes, max_minutes)),
        _ => None,
    })
}

/// "20 or so minutes" is about 20 minutes, kept as the number.
#[test]
fn a_number_or_so_is_the_number() {
    let text = "After the treatment you rest with us (normally 25 or so minutes).";
    assert_eq!(observation(text), Some((25, 25)), "{:?}", proposals(text));
}

/// Two numbers joined by "or" stay two, and a stay with no number is none.
#[test]
fn a_number_or_another_is_no_length_of_its_own() {
    let text = "After the treatment you rest with us for 25 or 40 minutes.";
    assert_ne!(observation(text), Some((25, 25)), "{:?}", proposals(text));
    assert_ne!(observation(text), Some((40, 40)), "{:?}", proposals(text));
    let text = "After the treatment you rest with us for a while or so.";
    assert_eq!(observation(text), None, "{:?}", proposals(text));
}

/// "For patients under 16, and for anyone having sedation": the second
/// group holds the sedation sheet's own patient, so the escort is asked of
/// everyone, and the age under which is the patient's, not the escort's.
#[test]
fn a_rule_for_the_young_and_anyone_sedated_is_everyones() {
    let text = "A companion is required for patients under the age of 16 and for anyone receiving sedation.";
    let got = proposals(text);
    assert!(got.iter().any(|r| matches!(r, Proposed::EscortRequired)), "{got:?}");
    assert!(
        !got.iter().any(|r| matches!(r, Proposed::EscortMinAge { .. })),
        "{got:?}"
    );
}

/// A rule for the young alone stays theirs: no escort asked of everyone.
#[test]
fn a_rule_for_the_young_alone_is_not_everyones() {
    let text = "A companion is required for patients under the age of 16.";
    let got = proposals(text);
    assert!(!got.iter().any(|r| matches!(r, Proposed::EscortRequired)), "{got:?}");
    assert!(
        !got.iter().any(|r| matches!(r, Proposed::EscortMinAge { .. })),
        "{got:?}"
    );
}
