//! General rules learnt from half g of the corpus (branch `tune-g`), each in
//! other words than the page that showed it. A file of its own: `sheet.rs`
//! is long already.

use steady_core::facts::rules::{Rideshare, WhoToCall};
use steady_core::plan::sheet::{read_sheet, Proposed};

/// What a careful reader leaves alone, and what it reads: each case's text,
/// the proposals it must give (all of them, no other), and how many
/// questions it asks.
#[test]
fn half_gs_general_rules_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        // Things a page only allows are not things to bring.
        (
            "You may wear loose comfy clothes on the day. You might like to bring a quilt.",
            vec![],
            0,
        ),
        // A thing to bring for some patients only, or someone else's.
        ("Pack your inhalers if you are told to.", vec![], 0),
        // Not every patient's thing, so asked on bring (branch tune-task).
        ("If your child uses a dummy, please bring one along.", vec![], 1),
        (
            "Have a friend collect you, or bring their mobile number so we can ring them.",
            vec![Proposed::EscortRequired],
            0,
        ),
        // A taxi on condition that someone rides along: only with an escort.
        (
            "A cab home is fine as long as a friend still travels with you.",
            vec![Proposed::Rideshare {
                rideshare: Rideshare::OnlyWithEscort,
            }],
            0,
        ),
        // An adult who supervises is who stays; who gives the ride home is
        // asked, and so is how long the supervision lasts (branch tune-ask).
        (
            "Every patient must have transport home and adult supervision afterwards.",
            vec![],
            2,
        ),
        // No situation, or the patient's history, is no red flag.
        ("We hope this sheet helps; if it does not, please call us.", vec![], 0),
        (
            "Please tell your doctor if you have ever misused sleeping aids or painkillers.",
            vec![],
            0,
        ),
        // Two places to call with nothing saying which when: not chosen.
        (
            "Contact your doctor or go to an emergency department if you have any bleeding.",
            vec![],
            0,
        ),
        // Before the procedure, "your doctor" is the one who does it.
        (
            "If you cannot finish the bowel prep, please notify your doctor.",
            vec![Proposed::RedFlag {
                rule: steady_core::facts::rules::RedFlagRule {
                    situation: "Cannot finish the bowel prep".into(),
                    call: WhoToCall::Clinic,
                },
            }],
            0,
        ),
        // "Keep still" is not keeping the medicines.
        (
            "The sedative medicine helps you keep still while the scanner runs.",
            vec![],
            0,
        ),
        // A heading naming children is a part of the sheet, no rule.
        ("Kids and Teenagers", vec![], 0),
        // An alcohol ban that may cancel the visit is no broken fast (how long before is asked).
        (
            "Do not smoke or drink alcohol, or your operation may be postponed.",
            vec![],
            1,
        ),
        // Lengths of two bookings, and the stay after each: no single figure.
        (
            "After a 2-hour infusion you stay at least 30 minutes, and about 1 hour after 3-hour infusions.",
            vec![],
            0,
        ),
        // A stay of about 45 minutes, up to an hour: not the first figure alone (the "up to" is asked).
        (
            "Expect about 45 minutes in recovery; some people stay up to an hour.",
            vec![],
            1,
        ),
        // An escort's stay asked for some appointments only.
        (
            "For morning lists, we ask your driver to wait in the lounge.",
            vec![],
            0,
        ),
    ];
    let mut failures = Vec::new();
    for (text, want, questions) in cases {
        let reading = read_sheet(text).unwrap();
        let got: Vec<&Proposed> = reading.proposals.iter().map(|p| &p.rule).collect();
        let same = got.len() == want.len() && want.iter().all(|w| got.contains(&w));
        if !same {
            failures.push(format!("{text:?}: got {got:?}"));
        }
        if reading.questions.len() != questions {
            let asked: Vec<&str> = reading.questions.iter().map(|q| q.ask.as_str()).collect();
            failures.push(format!("{text:?}: {questions} questions expected, asked {asked:?}"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
