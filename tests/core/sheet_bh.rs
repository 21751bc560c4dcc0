//! Families read from half bh (branch `tune-bh`), each tried on sentences
//! in other words than the half's pages, beside a case that must still be
//! read as before: a range written with a wave dash, a fast from food
//! alone, a fast restated in the clause of its breaking, water ordered
//! inside a plain fast, drinks allowed up to bedtime, the medicine "you
//! took" told, the patient's own medicines timed, a list of kinds after
//! "medicines for", the test that cannot be done, a clock's part of the
//! day in words, a loose clock, drinks barred "after that" with the food,
//! a table's header naming two days, and a usual medicine taken at an
//! hour of the morning.

use steady_core::facts::rules::{Cutoff, MedicineBefore};
use steady_core::plan::sheet::{Proposed, Subject};

use super::sheet_look::{asked, fast, has, medicine, task};
use super::sheet_st::rules_of as proposals;

fn drinks(rules: &[Proposed]) -> Option<Cutoff> {
    rules.iter().find_map(|r| match r {
        Proposed::ClearLiquids { cutoff } => Some(cutoff.clone()),
        _ => None,
    })
}

fn food(rules: &[Proposed]) -> Option<Cutoff> {
    rules.iter().find_map(|r| match r {
        Proposed::SolidFood { cutoff } => Some(cutoff.clone()),
        _ => None,
    })
}

fn broken(rules: &[Proposed]) -> bool {
    has(rules, |r| matches!(r, Proposed::IfFastBroken { .. }))
}

#[test]
fn a_range_with_a_wave_dash_is_asked() {
    for text in [
        "Pause clopidogrel 5~7 days before the endoscopy.",
        "Pause clopidogrel 5 〜 7 days before the endoscopy.",
    ] {
        let rules = proposals(text);
        assert_eq!(medicine(&rules, "clopidogrel"), None, "{rules:?}");
        assert!(asked(text).contains(&Subject::Medicine));
    }
    // A wave dash before one number is "about", not a range.
    let rules = proposals("Please be here ~20 minutes early.");
    assert!(
        has(&rules, |r| matches!(r, Proposed::ArriveEarly { minutes: 20 })),
        "{rules:?}"
    );
}

#[test]
fn a_fast_from_food_alone_gives_drinks_no_time() {
    let rules = proposals("You should go without food for 8 hours before the blood test.");
    assert!(food(&rules).is_some() && drinks(&rules).is_none(), "{rules:?}");
    let rules = proposals("You should go without food or drink for 8 hours before the blood test.");
    assert!(drinks(&rules).is_some(), "{rules:?}");
}

#[test]
fn a_fast_restated_where_it_is_broken_is_no_fast_of_its_own() {
    let text = "Have nothing to eat for 8 hours before the test.\nIf the fast of 8 hours was not kept, we may have to book another day.";
    let rules = proposals(text);
    assert!(drinks(&rules).is_none(), "{rules:?}");
    assert!(food(&rules).is_some(), "{rules:?}");
}

#[test]
fn water_ordered_inside_a_plain_fast_leaves_drinks_untimed() {
    let text = "Please come fasting for at least 6 hours.\nDrink 4 glasses of water 1 hour before the scan and do not empty your bladder.";
    let rules = proposals(text);
    assert_eq!(food(&rules), Some(Cutoff::HoursBefore { hours: 6 }), "{rules:?}");
    assert!(drinks(&rules).is_none(), "{rules:?}");
    // A fast that names drinks keeps them.
    let text = "Nothing to eat or drink for 6 hours before.\nDrink 4 glasses of water 1 hour before the scan.";
    assert!(drinks(&proposals(text)).is_some());
}

#[test]
fn drinks_allowed_up_to_bedtime_are_no_clear_list() {
    let rules = proposals("Water and plain tea are fine until bedtime the night before.");
    assert!(
        !has(&rules, |r| matches!(r, Proposed::ClearLiquidsAre { .. })),
        "{rules:?}"
    );
    let rules = proposals("Clear liquids include water, plain tea and apple juice.");
    assert!(
        has(&rules, |r| matches!(r, Proposed::ClearLiquidsAre { .. })),
        "{rules:?}"
    );
}

#[test]
fn the_medicine_you_took_told_is_no_medicine() {
    let rules = proposals("If you have taken any medicine this morning, please let us know.");
    assert!(!has(&rules, |r| matches!(r, Proposed::Medicine { .. })), "{rules:?}");
}

#[test]
fn the_patients_own_medicines_timed_are_no_task() {
    let rules = proposals("If you do take your tablets, please take them by 3 hours before you arrive.");
    assert!(!task(&rules), "{rules:?}");
    let rules = proposals("If you take medicine, please do so by 2 hours before your scan.");
    assert!(!task(&rules), "{rules:?}");
    let rules = proposals("Take the antibiotic 1 hour before the appointment.");
    assert!(task(&rules), "{rules:?}");
}

#[test]
fn kinds_after_medicines_for_are_each_a_medicine() {
    let rules = proposals("Please take your medicines for angina, gout and the thyroid on the morning of the test.");
    for kind in ["angina", "gout", "thyroid"] {
        assert_eq!(
            medicine(&rules, kind),
            Some(MedicineBefore::TakeOnTheDay),
            "{kind}: {rules:?}"
        );
    }
    let rules = proposals("Stop medicines for arthritis 2 days before, and bring a list of them with you.");
    assert_eq!(
        rules.iter().filter(|r| matches!(r, Proposed::Medicine { .. })).count(),
        1,
        "{rules:?}"
    );
}

#[test]
fn a_test_that_cannot_be_done_is_the_broken_fast() {
    let fast = "Do not eat for 6 hours before the scan.\n";
    assert!(broken(&proposals(&format!(
        "{fast}If you have eaten, the scan may not be possible."
    ))));
    assert!(broken(&proposals(&format!(
        "{fast}If you eat, the examination cannot be done."
    ))));
    // No eating named: the test's own limits are no broken fast.
    assert!(!broken(&proposals(&format!(
        "{fast}The scan cannot be done during pregnancy."
    ))));
    // On a sheet with no fast from food read, a test said impossible is
    // too weak a sign.
    assert!(!broken(&proposals("If you have eaten, the scan may not be possible.")));
}

#[test]
fn a_part_of_the_day_in_words_is_a_clock() {
    let rules = proposals("Stop eating after 8 in the evening on the day before your test.");
    assert!(
        matches!(food(&rules), Some(Cutoff::Clock { days_before: 1, .. })),
        "{rules:?}"
    );
    // A count before "in the morning" is a dose, no clock.
    let rules = proposals("Take 2 in the morning and 2 at bedtime.");
    assert!(!fast(&rules), "{rules:?}");
}

#[test]
fn a_loose_clock_is_the_clock() {
    let rules = proposals("Eat nothing after about 10 p.m. the night before.");
    assert!(
        matches!(food(&rules), Some(Cutoff::Clock { days_before: 1, .. })),
        "{rules:?}"
    );
}

#[test]
fn eating_and_drinking_barred_after_a_meal_take_its_time() {
    let rules = proposals("The evening before, finish your supper by 8 p.m., and after this do not eat or drink.");
    let (Some(f), Some(d)) = (food(&rules), drinks(&rules)) else {
        panic!("{rules:?}");
    };
    assert_eq!(f, d);
    // Drinks named with their own time keep it.
    let rules =
        proposals("Finish dinner by 8 p.m., and after that do not eat or drink.\nWater is fine until 2 hours before.");
    assert_eq!(drinks(&rules), Some(Cutoff::HoursBefore { hours: 2 }), "{rules:?}");
}

#[test]
fn a_table_header_naming_two_days_gives_no_day() {
    let text = "| | The day before | The day of the test |\n|---|---|---|\n| Drinks | Anything | Water only, until 6 in the morning |\n";
    let rules = proposals(text);
    assert!(
        matches!(drinks(&rules), Some(Cutoff::Clock { days_before: 0, .. }) | None),
        "{rules:?}"
    );
}

#[test]
fn a_usual_medicine_at_an_hour_of_the_morning_is_taken_on_the_day() {
    let rules = proposals("Please take your heart medicine at 7 in the morning with a little water.");
    assert_eq!(
        medicine(&rules, "heart"),
        Some(MedicineBefore::TakeOnTheDay),
        "{rules:?}"
    );
    // The taking's own end is a limit, no take line.
    let rules = proposals("You may take your heart medicine up to 6 in the morning on the day.");
    assert_eq!(medicine(&rules, "heart"), None, "{rules:?}");
}

#[test]
fn a_mask_or_glasses_remembered_are_brought() {
    let rules = proposals("Please remember your reading glasses.");
    assert!(
        super::sheet_look::things_lower(&rules)
            .iter()
            .any(|t| t.contains("glasses")),
        "{rules:?}"
    );
    let rules = proposals("Remember your appointment time.");
    assert!(super::sheet_look::things(&rules).is_empty(), "{rules:?}");
}

#[test]
fn medicines_held_until_after_the_tests_skip_the_morning() {
    let rules = proposals("Please wait with your iron tablets until after the examination.");
    assert_eq!(
        medicine(&rules, "iron"),
        Some(MedicineBefore::SkipMorningOf),
        "{rules:?}"
    );
    let rules = proposals("On the day of the scan, take your usual tablets after the scan.");
    assert_eq!(medicine(&rules, "usual tablets"), None, "{rules:?}");
    let rules = proposals("On the day, take your blood pressure pills after the checkup.");
    assert_eq!(
        medicine(&rules, "blood pressure"),
        Some(MedicineBefore::SkipMorningOf),
        "{rules:?}"
    );
}

#[test]
fn fruit_or_vegetables_with_seeds_are_a_kind_of_food() {
    let text = "From 2 days before, do not eat fruit with pips or vegetables with skins.";
    let rules = proposals(text);
    assert!(!fast(&rules), "{rules:?}");
    assert!(asked(text).contains(&Subject::SolidFood));
}
