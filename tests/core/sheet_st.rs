//! Halves s and t read while tuning (issue 25, branch `tune-st`): the
//! mechanisms behind the proposals nobody expected there, each in words
//! of our own, with a near miss the fix must not swallow.

use steady_core::plan::sheet::{read_sheet, Proposed};

fn things_to_bring(text: &str) -> Vec<String> {
    read_sheet(text)
        .unwrap()
        .proposals
        .iter()
        .filter_map(|p| match &p.rule {
            Proposed::Bring { items } => Some(items.clone()),
            _ => None,
        })
        .flatten()
        .map(|i| i.to_lowercase())
        .collect()
}

/// Under a heading of things to wear, a line that says something about a
/// thing ("the cuff needs room", "polish can hide") or asks the patient to
/// get ready ("wash", "think about") is no thing to bring; a line that
/// names one still is.
#[test]
fn a_sentence_under_a_wear_heading_is_no_thing() {
    let sheet = "What to wear:\n\n  • Wear a loose top.\n  • The blood pressure cuff needs room on your upper arm.\n  \
                 • Shower the night before and think about leaving off lipstick.\n  \
                 • Bright nail varnish may hide the finger probe reading.\n  • Flat shoes.\n";
    let items = things_to_bring(sheet);
    assert!(items.iter().any(|i| i.contains("loose top")), "{items:?}");
    assert!(items.iter().any(|i| i.contains("flat shoes")), "{items:?}");
    for wrong in ["cuff", "arm", "shower", "think", "varnish"] {
        assert!(!items.iter().any(|i| i.contains(wrong)), "{wrong}: {items:?}");
    }
    // A thing described by what it can do is still the thing.
    let items = things_to_bring("What to bring:\n\n  • A cardigan that can come off easily.\n");
    assert!(items.iter().any(|i| i.contains("cardigan")), "{items:?}");
}

/// A minor's parent or guardian is a person who comes along, not a thing
/// to bring, and the patient's own age is not the escort's minimum age;
/// an age said of the escort still is.
#[test]
fn a_minors_guardian_is_no_thing_and_no_escort_age() {
    let reading = read_sheet("Patients who are 16 or younger: if you are under 17, please bring a guardian.").unwrap();
    assert!(
        !reading
            .proposals
            .iter()
            .any(|p| matches!(p.rule, Proposed::Bring { .. } | Proposed::EscortMinAge { .. })),
        "{:?}",
        reading.proposals
    );
    let reading = read_sheet("Your driver home must be over the age of 19.").unwrap();
    assert!(
        reading
            .proposals
            .iter()
            .any(|p| p.rule == Proposed::EscortMinAge { age: 19 }),
        "{:?}",
        reading.proposals
    );
}
