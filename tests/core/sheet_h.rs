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

/// The careful last look's other rules (`careful.rs`), each in words of our
/// own: the sentence may give other proposals, but never the kind named.
#[test]
fn the_careful_look_leaves_out_what_a_careful_reader_would() {
    let kind = |p: &Proposed| {
        format!("{p:?}")
            .split([' ', '{', '('])
            .next()
            .unwrap_or_default()
            .to_string()
    };
    let cases: &[(&str, &str)] = &[
        // A wish is no sign of being unwell.
        ("Call the clinic if you would like a nurse to phone you.", "RedFlag"),
        ("Contact us if you want more information about the sedation.", "RedFlag"),
        // Company overnight at home is who stays, not an escort on site.
        (
            "Your escort must stay in the building with you overnight.",
            "EscortPresence",
        ),
        // Who may give the ride is not said.
        (
            "Please arrange a friend to drive, or arrange transport home.",
            "EscortRequired",
        ),
        // A stay that depends on the procedure, or a time asleep.
        (
            "You will stay in recovery for 45 minutes, depending on the treatment you had.",
            "Observation",
        ),
        // A fast for some procedures only.
        (
            "Procedures for which you are sedated need no solid food for 6 hours before.",
            "SolidFood",
        ),
        // A medicine named by a guess, and an allergy asked about.
        (
            "You will probably want pain medicine after the procedure; stop it 6 hours before.",
            "Medicine",
        ),
        (
            "Tell us before the visit if you have reacted badly to any medicine.",
            "Medicine",
        ),
    ];
    let mut failures = Vec::new();
    // A sign of being unwell said with "no" is still one.
    let sign = read_sheet("Call 911 if you have no pulse in the foot.").unwrap();
    if !sign.proposals.iter().any(|p| kind(&p.rule) == "RedFlag") {
        failures.push("\"Call 911 if you have no pulse in the foot.\": no red flag".to_string());
    }
    for (text, never) in cases {
        let reading = read_sheet(text).unwrap();
        let got: Vec<String> = reading.proposals.iter().map(|p| kind(&p.rule)).collect();
        if got.iter().any(|k| k == never) {
            failures.push(format!("{text:?}: proposed {never} ({got:?})"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
