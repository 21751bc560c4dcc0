//! Half y read while tuning (issue 25, branch `tune-y`): the mechanisms
//! behind the proposals nobody expected there and the rules missed, each
//! in words of our own, with a near miss the fix must not swallow.

use steady_core::facts::rules::{Cutoff, MedicineBefore, NoDriving};
use steady_core::plan::sheet::{read_sheet, Proposed};

fn proposals(text: &str) -> Vec<Proposed> {
    read_sheet(text)
        .unwrap()
        .proposals
        .into_iter()
        .map(|p| p.rule)
        .collect()
}

fn clear_cutoff(rules: &[Proposed]) -> bool {
    rules.iter().any(|r| matches!(r, Proposed::ClearLiquids { .. }))
}

/// "Eat nothing or drink cream for 5 hours": the "drink" of "eat or
/// drink" takes a milky drink as its object, so the time is the food's,
/// not the clear drinks'; "nothing to eat or drink for 5 hours" still
/// stops every drink.
#[test]
fn drink_with_a_milky_object_is_no_clear_cutoff() {
    let rules = proposals("Do not eat any food or drink cream for 5 hours before the operation.");
    assert!(!clear_cutoff(&rules), "{rules:?}");
    assert!(
        rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::HoursBefore { hours: 5 }
        }),
        "{rules:?}"
    );
    let rules = proposals("Have nothing to eat or drink for 5 hours before the operation.");
    assert!(clear_cutoff(&rules), "{rules:?}");
}

/// "Any drink containing cream": a drink the words after it make milky.
/// A clear drink named beside it keeps the time its own.
#[test]
fn drink_containing_milk_is_no_clear_drink() {
    let rules = proposals("No cream, no drinks with cream in them and no cocoa 5 hours before the operation.");
    assert!(!clear_cutoff(&rules), "{rules:?}");
    let rules = proposals("Drink clear fluids, and no drinks with cream, until 3 hours before the operation.");
    assert!(clear_cutoff(&rules), "{rules:?}");
}

/// "That day case patients should not drive": the "day" names the kind of
/// care, and "that" is the conjunction, so no moment is read there; "do
/// not drive that day" still is one.
#[test]
fn day_naming_the_kind_of_care_is_no_moment() {
    let rules = proposals("We advise that day case patients do not drive until the following day.");
    assert!(
        rules.contains(&Proposed::NoDriving {
            rule: NoDriving::NextMorning
        }),
        "{rules:?}"
    );
    let rules = proposals("Patients must not drive that day.");
    assert!(
        rules.contains(&Proposed::NoDriving {
            rule: NoDriving::RestOfDay
        }),
        "{rules:?}"
    );
}

/// "You may take them with water if your surgeon agrees": a permission
/// waiting on the doctor's word, so the prescriber is asked and nothing
/// is kept; without the condition the medicines are kept.
#[test]
fn permission_waiting_on_the_doctor_asks_the_prescriber() {
    let rules = proposals("Your usual tablets can be taken with a little water if your surgeon approves.");
    assert!(!rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
    assert!(
        rules.iter().any(
            |r| matches!(r, Proposed::Medicine { rule } if matches!(rule.before, MedicineBefore::AskPrescriber { .. }))
        ),
        "{rules:?}"
    );
    let rules = proposals("Your usual tablets can be taken with a little water.");
    assert!(rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
}
