//! Questions for rules the vocabulary cannot keep exactly (issue 25, branch
//! `tune-ask`): a span such as "overnight", a rule for some patients only,
//! a time left to the clinic. Each in words of our own, with a near miss.

use steady_core::facts::rules::Cutoff;
use steady_core::plan::sheet::{read_sheet, Proposed, Subject};

use crate::sheet::assert_read_as;

fn questions_about(text: &str) -> Vec<Subject> {
    read_sheet(text).unwrap().questions.iter().map(|q| q.about).collect()
}

/// Company for a span Steady does not count in hours ("through the
/// night", "the whole rest of the day") is asked with the span; a "not"
/// that only says what happens without the company does not deny it; a
/// "day procedure" is a kind of booking, not a day's length.
#[test]
fn company_for_a_span_is_asked() {
    assert_read_as(vec![
        (
            "Someone should stay with you through the night after your treatment.",
            vec![],
            1,
        ),
        ("An adult must look after you for the whole rest of the day.", vec![], 1),
        (
            "Your companion must stay with you overnight, or we cannot treat you.",
            vec![],
            1,
        ),
        (
            "This is a day procedure and you must not be left alone for 12 hours.",
            vec![Proposed::SomeoneStays { hours: 12 }],
            0,
        ),
    ]);
    for text in [
        "An adult should stay with you for the first night.",
        "Your companion must stay with you overnight, or we cannot treat you.",
    ] {
        assert_eq!(questions_about(text), vec![Subject::SomeoneStays], "{text}");
    }
}

/// Company asked for with no length, however the sentence goes on ("once
/// you are home", "by another adult"), is asked; a "when" of time is not a
/// condition, an "if" is.
#[test]
fn company_without_a_length_is_asked() {
    for text in [
        "When you get home, someone should stay with you.",
        "Someone should stay with you once you are back home.",
        "You are advised to be looked after by another responsible adult.",
    ] {
        assert_eq!(questions_about(text), vec![Subject::SomeoneStays], "{text}");
    }
    // Near misses: company for some patients only, and company denied.
    assert_read_as(vec![
        ("If you live alone, someone should stay with you.", vec![], 0),
        (
            "Friends and relatives cannot stay overnight with patients on the ward.",
            vec![],
            0,
        ),
    ]);
}

/// Fasting whose time is left to the clinic ("as our nurses have
/// instructed", "for a set period", a letter "explaining what you can eat
/// or drink") is asked for food, and for drinks when the words name them,
/// once each; a time said beside it is read, and "as instructed" beside
/// something else asks nothing about food.
#[test]
fn fasting_left_to_the_clinic_is_asked() {
    assert_eq!(
        questions_about("Your nurse will give you instructions about eating and drinking."),
        vec![Subject::SolidFood, Subject::ClearLiquids]
    );
    assert_eq!(
        questions_about("Nothing to eat for a specified period before your operation, as the ward has instructed."),
        vec![Subject::SolidFood]
    );
    assert_read_as(vec![
        (
            "Nothing to eat for 6 hours before, as our nurses have instructed.",
            vec![Proposed::SolidFood {
                cutoff: Cutoff::HoursBefore { hours: 6 },
            }],
            0,
        ),
        ("Keep the dressing dry, as our staff have instructed.", vec![], 0),
    ]);
}

/// A rule for some bookings or some patients only ("if your surgery is
/// booked for the morning", "if you are diabetic") is asked, each rule
/// once, never proposed for everyone; the same rule said alike for morning
/// and afternoon bookings is everyone's; an "if" that names no group ("if
/// you have questions") changes nothing.
#[test]
fn a_rule_for_some_patients_is_asked() {
    assert_eq!(
        questions_about("If your surgery is booked for the morning, take nothing by mouth after midnight."),
        vec![Subject::SolidFood, Subject::ClearLiquids]
    );
    assert_eq!(
        questions_about("If you are diabetic, do not eat for 6 hours before your procedure."),
        vec![Subject::SolidFood]
    );
    let six_hours = Proposed::SolidFood {
        cutoff: Cutoff::HoursBefore { hours: 6 },
    };
    assert_read_as(vec![
        (
            "If you have any questions, do not eat for 6 hours before your procedure.",
            vec![six_hours.clone()],
            0,
        ),
        (
            "For morning appointments: nothing to eat for 6 hours before.\n\nFor afternoon appointments: nothing to eat for 6 hours before.\n",
            vec![six_hours],
            0,
        ),
    ]);
}

/// A drink allowed in an amount with no time of its own ("small amounts
/// of water are fine") is asked, beside the cutoff, which stands; a sip to take
/// tablets with, or drinks allowed until a time, ask nothing.
#[test]
fn a_drink_allowed_in_an_amount_is_asked() {
    let two_hours = Proposed::ClearLiquids {
        cutoff: Cutoff::HoursBefore { hours: 2 },
    };
    assert_read_as(vec![
        (
            "No drinks for 2 hours before your visit. (Small amounts of water are fine.)",
            vec![two_hours.clone()],
            1,
        ),
        ("A small sip of water is fine.", vec![], 0),
        (
            "You may drink water until 2 hours before your visit.",
            vec![two_hours],
            0,
        ),
    ]);
}
