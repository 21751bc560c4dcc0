//! Things to bring and to wear read by mechanism (issue 25, branch
//! `tune-bring`): each in words of our own, the shape it must read and a
//! near miss it must not.

use steady_core::facts::rules::{MedicineBefore, MedicineRule};
use steady_core::plan::sheet::Proposed;

use crate::sheet::assert_read_as;

fn bring(items: &[&str]) -> Proposed {
    Proposed::Bring {
        items: items.iter().map(|i| i.to_string()).collect(),
    }
}

/// A long list of things to wear is read to its end: a clause saying what
/// a garment must allow is cut off, not the garments after it, and words
/// that only describe ("roomy, soft") stay with what they describe.
#[test]
fn a_long_list_of_things_to_wear_keeps_every_garment() {
    assert_read_as(vec![
        (
            "Please wear roomy, soft trousers with legs that can be pushed well above the knee, and trainers with flat soles.",
            vec![bring(&["Roomy, soft trousers with legs", "Trainers with flat soles"])],
            0,
        ),
        // A short clause names the garment and stays with it; the reason
        // after the comma is not a thing.
        (
            "Wear a cardigan that zips up the front, as the nurse will place stickers on your chest.",
            vec![bring(&["Cardigan that zips up the front"])],
            0,
        ),
    ]);
}

/// What a clinic asks to leave off or keep light inside a list of things
/// to wear (make-up, polish, heels with "no") is never a thing to bring.
#[test]
fn make_up_and_polish_in_a_wear_list_are_not_things_to_bring() {
    assert_read_as(vec![
        (
            "Wear a loose jumper, jogging bottoms and a vest top, minimal make-up, no heels and no gel nail polish.",
            vec![bring(&["Loose jumper", "Jogging bottoms", "Vest top"])],
            0,
        ),
        ("Please wear no make-up and no nail varnish.", vec![], 0),
        // A "no" that opens the list denies each thing in it, the last as
        // much as the first.
        ("Wear NO contact lenses, rings, or tall boots to your visit.", vec![], 0),
    ]);
}

/// A question heading about what to wear or bring opens a list, however
/// it is asked ("What should I wear?", "What do you bring?") and behind a
/// trail of headings ("Your visit > What to bring").
#[test]
fn a_question_heading_opens_a_list_of_things() {
    assert_read_as(vec![
        (
            "What should I wear?\nA vest with wide arms, and soft slippers.",
            vec![bring(&["Vest with wide arms", "Soft slippers"])],
            0,
        ),
        (
            "Your visit > What to bring with you\n- your passport\n- a puzzle book",
            vec![bring(&["Passport"]), bring(&["Puzzle book"])],
            0,
        ),
        // A question that is no heading of a list: nothing to bring.
        ("What should I expect?\nA quiet room and a nurse.", vec![], 0),
    ]);
}

/// "Bring the following with you:" is a heading too; the escort said in
/// one of its lines is no thing, the document beside it is.
#[test]
fn bring_the_following_heading_lists_things_beside_the_escort() {
    assert_read_as(vec![(
        "Bring the following with you:\n- Your pension card.\n- A driving licence, and an adult who must drive you home.",
        vec![
            bring(&["Pension card"]),
            bring(&["Driving licence"]),
            Proposed::EscortRequired,
        ],
        0,
    )]);
}

/// "Have your card with you" asks for the card; a plan someone will have
/// and talk over with you is not a thing to bring.
#[test]
fn having_a_thing_with_you_is_bringing_it() {
    assert_read_as(vec![
        (
            "Please have your pension card and your clinic letter with you when you check in.",
            vec![bring(&["Pension card", "Clinic letter"])],
            0,
        ),
        (
            "Each patient on steroids will have a plan for food, steroids and fluids, which the doctor will go over with you.",
            vec![],
            0,
        ),
    ]);
}

/// "Take your usual tablets and bring them with you": "them" are the
/// medicines just named; with nothing medicinal named, nothing is read.
#[test]
fn them_after_taking_medicines_are_the_medicines() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Use your regular inhalers at breakfast and bring them along to the unit.",
            vec![bring(&["Regular inhalers"])],
            0,
        ),
        (
            "Take a few deep breaths and bring them back to a slow rhythm.",
            vec![],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Clothing said with another verb: "is advised", "should be worn",
/// "dress warmly and choose"; clothing for the weeks after is not for the
/// visit.
#[test]
fn clothing_advised_or_chosen_is_worn() {
    assert_read_as(vec![
        (
            "Practical footwear is advised on the day.",
            vec![bring(&["Practical footwear"])],
            0,
        ),
        (
            "It can be cold, so dress warmly and choose a fleece or a hoodie.",
            vec![bring(&["Fleece", "Hoodie"])],
            0,
        ),
        ("Support socks should be worn for 2 weeks afterwards.", vec![], 0),
    ]);
}

/// "Check with your doctor whether this is safe" after a medicine's rule:
/// "this" is that rule, so the medicine is also one to ask about; a "this"
/// with nobody to ask adds nothing.
#[test]
fn asking_whether_this_is_safe_asks_about_the_medicine_before() {
    let rule = |before: MedicineBefore| Proposed::Medicine {
        rule: MedicineRule {
            name: "Ibuprofen".into(),
            before,
            restart_hours_after: None,
            note: None,
        },
    };
    let stopped = rule(MedicineBefore::HoursBefore { hours: 120 });
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Stop taking ibuprofen 5 days before your visit. Please check with your own doctor that this is safe for you.",
            vec![stopped.clone(), rule(MedicineBefore::AskPrescriber { days_before: 7 })],
            0,
        ),
        (
            "Stop taking ibuprofen 5 days before your visit. This is important for your safety.",
            vec![stopped.clone()],
            0,
        ),
        // "these" after whom to ask is the medicine before, never a name
        // of its own ("Whether these").
        (
            "Stop taking ibuprofen 5 days before your visit. Ask your surgeon whether these should be stopped for longer.",
            vec![stopped.clone(), rule(MedicineBefore::AskPrescriber { days_before: 7 })],
            0,
        ),
        // A "this" before whom to ask is what the condition is about, not
        // the medicine: "if this has not helped, talk to us".
        (
            "Stop taking ibuprofen 5 days before your visit. If this has not helped within a week, talk to our nurse.",
            vec![stopped],
            0,
        ),
    ];
    assert_read_as(cases);
}
