//! General rules learnt from half m of the corpus (branch `tune-m`), each in
//! other words than the page that showed it: the rule, and what it must not
//! read.

use steady_core::facts::day::ClockTime;
use steady_core::facts::rules::{Cutoff, MedicineBefore, MedicineRule, NoDriving};
use steady_core::plan::sheet::{read_sheet, Proposed};

use crate::sheet::assert_read_as;

fn bring(items: &[&str]) -> Proposed {
    Proposed::Bring {
        items: items.iter().map(|i| i.to_string()).collect(),
    }
}

fn midnight() -> Cutoff {
    Cutoff::Clock {
        days_before: 0,
        time: ClockTime::parse("t", "00:00").unwrap(),
    }
}

fn medicine(name: &str, before: MedicineBefore) -> Proposed {
    Proposed::Medicine {
        rule: MedicineRule {
            name: name.into(),
            before,
            restart_hours_after: None,
            note: None,
        },
    }
}

/// Things to bring: "asked not to bring" is no thing to bring, and a thing
/// only "where needed" is for the patients who need it.
#[test]
fn half_ms_things_to_bring_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        // "not to bring": the "not" before the "to".
        ("We ask you not to bring valuables or jewellery.", vec![], 0),
        // Asked to bring, with no "not": brought.
        ("We ask you to bring your glasses.", vec![bring(&["Glasses"])], 0),
        // The one item "if required" is left out; the others stay.
        (
            "Please bring your Medicare card, your referral letter and a walking frame if required.",
            vec![bring(&["Medicare card", "Referral letter"])],
            0,
        ),
        // With no "if required", every item.
        (
            "Please bring your Medicare card, your referral letter and a walking frame.",
            vec![bring(&["Medicare card", "Referral letter", "Walking frame"])],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Drinks only limited ("restrict your fluids", "reduce how much you
/// drink") have no cutoff; the food's cutoff beside them stands.
#[test]
fn half_ms_limited_drinks_read_other_words() {
    let food = Proposed::SolidFood { cutoff: midnight() };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Stop eating at midnight and restrict your fluids from then on.",
            vec![food.clone()],
            0,
        ),
        (
            "No food after midnight, and please reduce how much you drink after midnight.",
            vec![food.clone()],
            0,
        ),
        // Not limited: a cutoff for both.
        (
            "No food or drink after midnight.",
            vec![food, Proposed::ClearLiquids { cutoff: midnight() }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A medicine that "may be held" before is held for some patients only, as
/// the doctor decides: no time is proposed.
#[test]
fn half_ms_medicines_that_may_be_held_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        ("Iron tablets may be held for 5 days before your scan.", vec![], 0),
        // "Must be held": the time.
        (
            "Iron tablets must be held for 5 days before your scan.",
            vec![medicine("Iron tablets", MedicineBefore::HoursBefore { hours: 120 })],
            0,
        ),
        // "All medicines" keeps its "all": which medicines.
        (
            "Skip all medicines on the morning of your scan.",
            vec![medicine("All medicines", MedicineBefore::SkipMorningOf)],
            0,
        ),
        (
            "Skip your medicines on the morning of your scan.",
            vec![medicine("Medicines", MedicineBefore::SkipMorningOf)],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// The time to plan for the whole visit ("be prepared to stay at the
/// centre for 3 hours") is not the stay after.
#[test]
fn half_ms_whole_visit_reads_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        ("Be prepared to stay at the centre for around 3 hours.", vec![], 0),
        ("Expect to be here for about 3 hours in all.", vec![], 0),
        // The stay after the infusion is the stay after.
        (
            "You will stay at the clinic for 1 hour after the infusion.",
            vec![Proposed::Observation {
                min_minutes: 60,
                max_minutes: 60,
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// The escort: "it is essential to have someone", an order that opens with
/// "Have someone ...", and company "when you leave" the hospital, which is
/// the way home as well as the stay.
#[test]
fn half_ms_escorts_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "It is essential that a friend comes with you to take you home.",
            vec![Proposed::EscortRequired],
            0,
        ),
        (
            "Have a relative collect you afterwards.",
            vec![Proposed::EscortRequired],
            0,
        ),
        // A question, not an order.
        ("Have you got a friend to collect you afterwards?", vec![], 0),
        (
            "A responsible adult needs to be with you on leaving the clinic and for 24 hours after.",
            vec![Proposed::EscortRequired, Proposed::SomeoneStays { hours: 24 }],
            0,
        ),
        // Company at home, no way home: someone staying only.
        (
            "A responsible adult needs to stay with you for 24 hours after.",
            vec![Proposed::SomeoneStays { hours: 24 }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Sedatives "until the next morning" after the visit are the rule on
/// sedatives after, asked (Steady counts it in hours).
#[test]
fn half_ms_sedatives_until_morning_read_other_words() {
    let reading = read_sheet("Do not take sleeping pills or sedatives until the next morning.").unwrap();
    let about: Vec<String> = reading.questions.iter().map(|q| format!("{:?}", q.about)).collect();
    assert_eq!(about, vec!["NoSedatives".to_string()], "{:?}", reading.proposals);
    // Before the visit, a medicine's own rule.
    let reading = read_sheet("Do not take sleeping pills or sedatives the night before.").unwrap();
    assert!(
        reading
            .questions
            .iter()
            .all(|q| format!("{:?}", q.about) != "NoSedatives"),
        "{:?}",
        reading.questions
    );
}

/// Things to bring: someone's licence is a thing, a list under "Bring to
/// the hospital:" is one, and a thing "if needed" is for some only.
#[test]
fn half_ms_more_things_to_bring_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Please bring your Medicare card and your driver's licence.",
            vec![bring(&["Medicare card", "Driver's licence"])],
            0,
        ),
        // A driver is a person, not a thing: the escort.
        ("Please bring a driver with you.", vec![Proposed::EscortRequired], 0),
        (
            "Bring to the hospital:\n\n- Your Medicare card\n- A dressing gown\n- Crutches if needed\n",
            vec![bring(&["Medicare card"]), bring(&["Dressing gown"])],
            // The crutches, for some patients, asked on bring (branch tune-task).
            1,
        ),
    ];
    assert_read_as(cases);
}

/// The stay after told by how soon patients go home ("can go home within
/// an hour"), arriving told as registering, and things to wear that end
/// where a bracket starts.
#[test]
fn half_ms_stays_arrivals_and_wear_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "You can usually go home within 90 minutes of the biopsy.",
            vec![Proposed::Observation {
                min_minutes: 90,
                max_minutes: 90,
            }],
            0,
        ),
        // Going home with no length: no stay.
        ("Your companion will go home with you.", vec![Proposed::EscortRequired], 0),
        (
            "Please register at the front desk 20 minutes before your appointment.",
            vec![Proposed::ArriveEarly { minutes: 20 }],
            0,
        ),
        (
            "Please wear a warm jumper and soft trousers (tracksuit pants are ideal) which are easy to take off and put back on after the scan is over.",
            vec![bring(&["Warm jumper", "Soft trousers"])],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A list opened by how long the effects may last ("up to 12 hours; do
/// not:") gives that length to each limit under it; a limit with no
/// opening of its own is asked.
#[test]
fn half_ms_effects_openings_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "The effects of the anaesthetic can last up to 12 hours; during that time you must not:\n- drive\n- drink alcohol\n",
            vec![
                Proposed::NoDriving {
                    rule: NoDriving::Hours { hours: 12 },
                },
                Proposed::NoAlcohol { hours: 12 },
            ],
            0,
        ),
        // The length in a sentence of its own, a long one after it: no
        // opening, so the limit is asked (and so is the light meal).
        (
            "The effects of the anaesthetic can last up to 12 hours. Please rest at home for the remainder of the day and eat light meals only.\n- Do not drive a car\n",
            vec![],
            2,
        ),
    ];
    assert_read_as(cases);
}
