//! Halves r, u and v read while tuning (issue 25, branch `tune-uv`): the
//! mechanisms behind the numbers the reader invented or took there, each
//! in words of our own, with a near miss the fix must not swallow.

use steady_core::facts::rules::{Cutoff, NoDriving};
use steady_core::plan::sheet::{read_sheet, Proposed, Subject};

fn proposals(text: &str) -> Vec<Proposed> {
    read_sheet(text)
        .unwrap()
        .proposals
        .into_iter()
        .map(|p| p.rule)
        .collect()
}

fn asked(text: &str, about: Subject) -> bool {
    read_sheet(text).unwrap().questions.iter().any(|q| q.about == about)
}

/// "Three full days": the word that stresses the length does not change
/// it, and never turns it into one day.
#[test]
fn a_full_number_of_days_keeps_its_number() {
    let rules = proposals("You may not drive for two full days after your test.");
    assert!(
        rules.contains(&Proposed::NoDriving {
            rule: NoDriving::Hours { hours: 48 }
        }),
        "{rules:?}"
    );
    // "A whole day" alone is still one day.
    let rules = proposals("You may not drive for a whole day after your test.");
    assert!(
        rules.contains(&Proposed::NoDriving {
            rule: NoDriving::Hours { hours: 24 }
        }),
        "{rules:?}"
    );
}

/// The time a patient spends at the clinic for a treatment is the whole
/// visit, not the length of the treatment itself.
#[test]
fn time_at_the_clinic_is_no_infusion_length() {
    let rules = proposals("Expect to be at our office for roughly 2 hours for every infusion.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::InfusionMinutes { .. })),
        "{rules:?}"
    );
    let rules = proposals("Each infusion lasts about 50 minutes.");
    assert!(rules.contains(&Proposed::InfusionMinutes { minutes: 50 }), "{rules:?}");
}

/// "A series of four 2-hour sessions": a count before a length describes
/// a course of bookings, not the infusion's own length.
#[test]
fn a_counted_course_is_no_infusion_length() {
    let rules = proposals("Most people receive a series of eight 2-hour infusions over a month.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::InfusionMinutes { .. })),
        "{rules:?}"
    );
    let rules = proposals("The infusion takes 2 hours.");
    assert!(rules.contains(&Proposed::InfusionMinutes { minutes: 120 }), "{rules:?}");
}

/// "Drink no milk or cream for 6 hours": those drinks are never clear, so
/// the time is the food's and says nothing of clear drinks; water given
/// its own time in the next clause keeps it.
#[test]
fn milk_named_as_the_drink_is_no_clear_liquid_cutoff() {
    let rules = proposals("For 6 hours before your visit, eat nothing and drink no milk or cream.");
    assert!(
        rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::HoursBefore { hours: 6 }
        }),
        "{rules:?}"
    );
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::ClearLiquids { .. })),
        "{rules:?}"
    );
    let rules =
        proposals("Drink no milk for 6 hours before the visit; plain water is fine up to 1 hour before the visit.");
    assert!(
        rules.contains(&Proposed::ClearLiquids {
            cutoff: Cutoff::HoursBefore { hours: 1 }
        }),
        "{rules:?}"
    );
}

/// "No mints or chewing gum for 1 hour before": a time for sweets alone is
/// not the fast from food; with food named it still is.
#[test]
fn sweets_alone_set_no_food_cutoff() {
    let rules =
        proposals("Nothing to eat for 6 hours before the visit. No mints or chewing gum 1 hour before the visit.");
    assert!(
        !rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::HoursBefore { hours: 1 }
        }),
        "{rules:?}"
    );
    assert!(
        rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::HoursBefore { hours: 6 }
        }),
        "{rules:?}"
    );
    let rules = proposals("No food, sweets or gum for 5 hours before the visit.");
    assert!(
        rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::HoursBefore { hours: 5 }
        }),
        "{rules:?}"
    );
}

/// Two allowances side by side, each up to its own time ("drinks up to 3
/// hours", "sips of water up to 1 hour"), for the same patients: Steady
/// does not choose, it asks. One time and a separate "nothing in the last
/// hour" that agrees is no question.
#[test]
fn two_drink_times_side_by_side_are_asked() {
    let sheet = "Before your visit:\n\nYou may have clear drinks up to 3 hours before your visit.\n\
                 You may have small sips of water up to 1 hour before your visit.\n";
    assert!(asked(sheet, Subject::ClearLiquids));
    assert!(!proposals(sheet)
        .iter()
        .any(|r| matches!(r, Proposed::ClearLiquids { .. })));
    let sheet = "You may have clear drinks up to 3 hours before your visit.\nBring your glasses.\n";
    assert!(proposals(sheet).contains(&Proposed::ClearLiquids {
        cutoff: Cutoff::HoursBefore { hours: 3 }
    }));
}
