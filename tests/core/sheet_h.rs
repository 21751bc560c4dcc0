//! General rules learnt from half h of the corpus (branch `tune-h`), each in
//! other words than the page that showed it.

use steady_core::plan::sheet::{read_sheet, Proposed};

/// What a careful reader leaves alone: each case's text and the proposals
/// it must give (all of them, no other).
#[test]
fn half_hs_general_rules_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>)> = vec![
        // A question heading is no thing to bring.
        ("What should I pack for the day of my scan?", vec![]),
        // The patient being brought in is no thing to bring.
        (
            "A nurse will then bring you and your family through to the bay.",
            vec![],
        ),
        // A thing the clinic has too, in the same sentence.
        (
            "Rooms run cool, so you might want to bring a cardigan; we also have warm throws.",
            vec![],
        ),
        // Things to bring for patients with questions only.
        (
            "If you have questions about your tablets, bring them along in their boxes.",
            vec![],
        ),
        // A taxi to get to the clinic says nothing of going home.
        ("Many people take a cab to get to the hospital.", vec![]),
    ];
    let mut failures = Vec::new();
    for (text, want) in cases {
        let reading = read_sheet(text).unwrap();
        let got: Vec<&Proposed> = reading.proposals.iter().map(|p| &p.rule).collect();
        let same = got.len() == want.len() && want.iter().all(|w| got.contains(&w));
        if !same {
            failures.push(format!("{text:?}: got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
