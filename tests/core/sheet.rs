//! Reading a clinic's sheet (issues 20, 25): the real phrasings quoted in
//! care-facts, sheets written in other words for the same rules, and the
//! phrasings issue 25 found missed. Recall, wrong numbers and proposals
//! nobody expected are printed; a wrong number fails, and so does a
//! proposal nobody expected (issue 26: an invented rule must not pass).

use std::collections::BTreeMap;

use steady_core::facts::checklist::Checklist;
use steady_core::facts::day::ClockTime;
use steady_core::facts::rules::{
    ClinicRules, Cutoff, EscortPresence, MedicineBefore, MedicineRule, Moment, NoDriving, RedFlagRule, Rideshare,
    Until, VisitTask, WhoToCall,
};
use steady_core::plan::sheet::{read_sheet, write, Proposed, SheetReading};

fn hours(h: u32) -> Cutoff {
    Cutoff::HoursBefore { hours: h }
}

fn medicine(name: &str, before: MedicineBefore, restart: Option<u32>) -> Proposed {
    Proposed::Medicine {
        rule: MedicineRule {
            name: name.into(),
            before,
            restart_hours_after: restart,
            note: None,
        },
    }
}

fn flag(situation: &str, call: WhoToCall) -> Proposed {
    Proposed::RedFlag {
        rule: RedFlagRule {
            situation: situation.into(),
            call,
        },
    }
}

/// The field a proposal sets: two proposals for one key with different
/// values mean one of them has a wrong number.
fn key(p: &Proposed) -> String {
    match p {
        Proposed::Medicine { rule } => format!("medicine {}", rule.name.split(' ').next().unwrap_or_default()),
        Proposed::RedFlag { rule } => format!("red flag {:?} {}", rule.call, rule.situation.to_lowercase()),
        Proposed::Bring { .. } => "bring".into(),
        Proposed::VisitTask { task } => format!("task {}", task.title),
        Proposed::Note { note } => format!("note {}", note.text),
        other => serde_json::to_value(other).unwrap()["kind"]
            .as_str()
            .unwrap()
            .to_string(),
    }
}

/// Found, missed and wrong, for one sheet against what it says.
struct Score {
    expected: usize,
    found: usize,
    /// The same field with another number: the one thing that must never happen.
    wrong: Vec<String>,
    /// The same field read another way, its numbers right ("no taxi" for
    /// "no taxi alone").
    other_reading: Vec<String>,
    /// Proposals that are not one of the expected rules: these fail.
    extra: Vec<String>,
}

/// The numbers in a proposal, in order.
fn numbers(p: &Proposed) -> Vec<String> {
    format!("{p:?}")
        .split(|c: char| !c.is_ascii_digit())
        .filter(|d| !d.is_empty())
        .map(str::to_string)
        .collect()
}

fn score(reading: &SheetReading, expected: &[Proposed]) -> Score {
    let got: Vec<&Proposed> = reading.proposals.iter().map(|p| &p.rule).collect();
    let mut found = 0;
    let mut wrong = Vec::new();
    let mut other_reading = Vec::new();
    for want in expected {
        if got.contains(&want) {
            found += 1;
        } else if let Some(other) = got.iter().find(|g| key(g) == key(want)) {
            let line = format!("{}: expected {want:?}, read {other:?}", key(want));
            match numbers(want) == numbers(other) {
                true => other_reading.push(line),
                false => wrong.push(line),
            }
        }
    }
    let extra = got
        .iter()
        .filter(|g| !expected.contains(g))
        .map(|g| format!("{g:?}"))
        .collect();
    Score {
        expected: expected.len(),
        found,
        wrong,
        other_reading,
        extra,
    }
}

fn clock(days_before: u32, time: &str) -> Cutoff {
    Cutoff::Clock {
        days_before,
        time: ClockTime::parse("t", time).unwrap(),
    }
}

/// care-facts, with its lines joined: a quote may wrap.
fn care_facts() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/care-facts.md");
    std::fs::read_to_string(path)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// (the quote as care-facts has it, a sheet's sentence using it, what it says)
fn care_facts_phrasings() -> Vec<(&'static str, &'static str, Vec<Proposed>)> {
    use MedicineBefore::{AskPrescriber, FewerOnTheDay, HoursBefore, SkipMorningOf};
    vec![
        ("\"nothing to eat for 6 hours\"", "Nothing to eat for 6 hours before your appointment.", vec![Proposed::SolidFood { cutoff: hours(6) }]),
        ("\"clear liquids up until 2 hours\"", "You may have clear liquids up until 2 hours before.", vec![Proposed::ClearLiquids { cutoff: hours(2) }]),
        ("\"any liquid you are able to see clearly through a glass\"", "A clear liquid is any liquid you are able to see clearly through a glass.", vec![Proposed::ClearLiquidsAre { words: "A clear liquid is any liquid you are able to see clearly through a glass.".into() }]),
        ("\"your procedure will be cancelled\"", "If you eat after this time, your procedure will be cancelled.", vec![Proposed::IfFastBroken { words: "If you eat after this time, your procedure will be cancelled.".into() }]),
        (
            "\"do not take on the morning of your treatment: stimulants (adderall), sedative-hypnotics (ambien), or narcotics (oxycodone)\"",
            "Do not take on the morning of your treatment: stimulants (adderall), sedative-hypnotics (ambien), or narcotics (oxycodone).",
            vec![medicine("Stimulants (Adderall)", SkipMorningOf, None), medicine("Sedative-hypnotics (Ambien)", SkipMorningOf, None), medicine("Opioids (Oxycodone)", SkipMorningOf, None)],
        ),
        ("\"attempt to take fewer prn doses on the day\"", "Benzodiazepines: attempt to take fewer prn doses on the day.", vec![medicine("Benzodiazepines", FewerOnTheDay, None)]),
        (
            "\"if you are on Lamictal (lamotrigine) or a high dose of benzodiazepines, please discuss\"",
            "If you are on Lamictal (lamotrigine) or a high dose of benzodiazepines, please discuss this with us.",
            vec![medicine("Benzodiazepines", AskPrescriber { days_before: 7 }, None), medicine("Lamotrigine (Lamictal)", AskPrescriber { days_before: 7 }, None)],
        ),
        (
            "\"allow 6 hours between taking Lamictal and the start ... wait 6 hours after before resuming\"",
            "Allow 6 hours between taking Lamictal and the start of your infusion, and wait 6 hours after before resuming it.",
            vec![medicine("Lamotrigine (Lamictal)", HoursBefore { hours: 6 }, Some(6))],
        ),
        (
            "\"alcohol, recreational drugs, opioids, stimulants, sedatives ... for 72 hrs BEFORE AND FOLLOWING\"",
            "Avoid alcohol, recreational drugs, opioids, stimulants, sedatives for 72 hrs BEFORE AND FOLLOWING your treatment.",
            // The after of sedating classes is the rule on sedatives after
            // the session ("avoid ... sedatives for 72 hrs following"), as
            // "no opioids for 4 hours after" is; the corpus reads Jirah so.
            vec![
                medicine("Stimulants", HoursBefore { hours: 72 }, Some(72)),
                medicine("Opioids", HoursBefore { hours: 72 }, None),
                medicine("Sedatives", HoursBefore { hours: 72 }, None),
                Proposed::NoSedatives { hours: 72 },
                Proposed::NoAlcohol { hours: 72 },
            ],
        ),
        ("\"arrive 10 minutes prior\"", "Please arrive 10 minutes prior to your appointment.", vec![Proposed::ArriveEarly { minutes: 10 }]),
        ("\"arrive 15 minutes before\"", "Please arrive 15 minutes before your appointment.", vec![Proposed::ArriveEarly { minutes: 15 }]),
        ("photo ID and a form of payment", "Please bring a photo ID and a form of payment.", vec![Proposed::Bring { items: vec!["Photo ID".into(), "Form of payment".into()] }]),
        ("a blanket or pillow, a CPAP machine if you use one", "Please bring a blanket or pillow, a CPAP machine if you use one.", vec![Proposed::Bring { items: vec!["Blanket".into(), "Pillow".into(), "CPAP machine if you use one".into()] }]),
        ("headphones, eye mask, journal", "Remember to bring headphones, eye mask, journal.", vec![Proposed::Bring { items: vec!["Headphones".into(), "Eye mask".into(), "Journal".into()] }]),
        ("\"a responsible adult to escort you out from the clinic\"", "You need a responsible adult to escort you out from the clinic.", vec![Proposed::EscortRequired]),
        (
            "\"a trusted person (18 years or older) to drive you to and from\"",
            "Please arrange a trusted person (18 years or older) to drive you to and from the clinic.",
            vec![Proposed::EscortRequired, Proposed::EscortMinAge { age: 18 }],
        ),
        (
            "\"legal decision\" for 24 hours",
            "No driving, machinery or \"legal decision\" for 24 hours.",
            vec![Proposed::NoDriving { rule: NoDriving::Hours { hours: 24 } }, Proposed::NoDecisions { until: Some(Until::Hours { hours: 24 }) }],
        ),
        ("no recreational drugs or alcohol 24 hours", "No recreational drugs or alcohol 24 hours.", vec![Proposed::NoAlcohol { hours: 24 }]),
        ("\"someone to stay with you throughout the next 24 hours\"", "You need someone to stay with you throughout the next 24 hours.", vec![Proposed::SomeoneStays { hours: 24 }]),
        ("\"about 40 minutes\" infusion", "The infusion takes about 40 minutes.", vec![Proposed::InfusionMinutes { minutes: 40 }]),
        ("recovery \"approximately 20 minutes\"", "Recovery is approximately 20 minutes.", vec![Proposed::Observation { min_minutes: 20, max_minutes: 20 }]),
        (
            "no driving or big decisions 24 h; no alcohol or cannabis 24 h; no opioids or benzodiazepines 4 h",
            "After your infusion: no driving or big decisions 24 h; no alcohol or cannabis 24 h; no opioids or benzodiazepines 4 h.",
            vec![
                Proposed::NoDriving { rule: NoDriving::Hours { hours: 24 } },
                Proposed::NoDecisions { until: Some(Until::Hours { hours: 24 }) },
                Proposed::NoAlcohol { hours: 24 },
                Proposed::NoSedatives { hours: 4 },
            ],
        ),
        (
            "no solid food 6 h before; clear liquids until 2 h before",
            "No solid food 6 h before; clear liquids until 2 h before.",
            vec![Proposed::SolidFood { cutoff: hours(6) }, Proposed::ClearLiquids { cutoff: hours(2) }],
        ),
        ("not until the next day, after a restful sleep", "Driving: not until the next day, after a restful sleep.", vec![Proposed::NoDriving { rule: NoDriving::NextMorning }]),
        (
            "| thoughts of suicide, or any medical emergency | call the emergency number (911 in the US) |",
            "| thoughts of suicide, or any medical emergency | call the emergency number (911 in the US) |",
            vec![flag("Thoughts of suicide, or any medical emergency", WhoToCall::Emergency)],
        ),
        (
            "| a new rash or itching | tell your primary care provider |",
            "| a new rash or itching | tell your primary care provider |",
            vec![flag("A new rash or itching", WhoToCall::PrimaryCare)],
        ),
        (
            "| mania, or psychosis getting worse | call the clinic now (002: rare but serious) |",
            "| mania, or psychosis getting worse | call the clinic now |",
            vec![flag("Mania, or psychosis getting worse", WhoToCall::Clinic)],
        ),
    ]
}

#[test]
fn care_facts_phrasings_give_their_rules_with_the_right_numbers() {
    let facts = care_facts();
    let (mut expected, mut found, mut wrong, mut extra) = (0, 0, Vec::new(), Vec::new());
    for (quote, sentence, want) in care_facts_phrasings() {
        let quote_words = quote.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(facts.contains(&quote_words), "care-facts quotes {quote}");
        let reading = read_sheet(sentence).unwrap();
        let s = score(&reading, &want);
        if s.found < s.expected {
            println!(
                "  missed in {sentence:?}: got {:?}",
                reading.proposals.iter().map(|p| &p.rule).collect::<Vec<_>>()
            );
        }
        expected += s.expected;
        found += s.found;
        wrong.extend(s.wrong);
        extra.extend(s.extra.into_iter().map(|e| format!("{sentence:?}: {e}")));
    }
    // Words that do not say when: asked, never chosen.
    for (quote, sentence) in [
        ("\"no heavy meals 3 hours prior\"", "No heavy meals 3 hours prior."),
        ("pain infusions \"up to 4 hours\"", "Pain infusions take up to 4 hours."),
    ] {
        let quote_words = quote.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(facts.contains(&quote_words), "care-facts quotes {quote}");
        let reading = read_sheet(sentence).unwrap();
        assert!(
            reading.proposals.is_empty(),
            "{sentence}: nothing chosen: {:?}",
            reading.proposals
        );
        assert_eq!(reading.questions.len(), 1, "{sentence}: asked");
    }
    println!(
        "care-facts phrasings: recall {found}/{expected}, wrong numbers {}, not expected {}",
        wrong.len(),
        extra.len()
    );
    assert!(wrong.is_empty(), "wrong numbers: {wrong:#?}");
    assert!(extra.is_empty(), "proposals nobody expected: {extra:#?}");
    assert_eq!(found, expected, "every care-facts phrasing is read");
}

fn other_words_sheets() -> Vec<(&'static str, Vec<Proposed>, usize)> {
    use MedicineBefore::{AskPrescriber, HoursBefore, SkipMorningOf};
    vec![
        (
            "harbour-view-email.txt",
            vec![
                Proposed::SolidFood { cutoff: hours(8) },
                Proposed::ClearLiquids { cutoff: hours(3) },
                Proposed::ClearLiquidsAre {
                    words: "Water, apple juice and black tea are fine.".into(),
                },
                Proposed::KeepTakingUsual,
                medicine("Stimulants (Adderall)", HoursBefore { hours: 24 }, None),
                medicine("Lamotrigine (Lamictal)", AskPrescriber { days_before: 7 }, None),
                Proposed::ArriveEarly { minutes: 15 },
                Proposed::Bring {
                    items: vec![
                        "Insurance card".into(),
                        "List of your medications".into(),
                        "Headphones".into(),
                    ],
                },
                Proposed::EscortRequired,
                Proposed::EscortMinAge { age: 21 },
                Proposed::EscortPresence {
                    presence: EscortPresence::StaysOnSite,
                },
                Proposed::Rideshare {
                    rideshare: Rideshare::OnlyWithEscort,
                },
                Proposed::NoDriving {
                    rule: NoDriving::Hours { hours: 24 },
                },
                Proposed::NoAlcohol { hours: 48 },
                Proposed::NoDecisions { until: None },
                Proposed::InfusionMinutes { minutes: 45 },
                Proposed::Observation {
                    min_minutes: 30,
                    max_minutes: 60,
                },
                flag("Chest pain or trouble breathing", WhoToCall::Emergency),
                flag("Confused for more than a day", WhoToCall::Clinic),
            ],
            0,
        ),
        (
            "northside-web-page.txt",
            vec![
                Proposed::SolidFood {
                    cutoff: clock(0, "00:00"),
                },
                Proposed::ClearLiquids { cutoff: hours(2) },
                // "comfortable, loose clothing" is one thing to wear, its
                // describing words kept with it (branch tune-bring).
                Proposed::Bring {
                    items: vec!["Comfortable, loose clothing".into()],
                },
                medicine("Benzodiazepines (Xanax)", SkipMorningOf, None),
                Proposed::VisitTask {
                    task: VisitTask {
                        title: "Fill in mood questionnaire".into(),
                        when: Moment::HoursBefore { hours: 24 },
                        note: Some("Please complete the mood questionnaire 24 hours before each visit.".into()),
                    },
                },
                Proposed::NoDriving {
                    rule: NoDriving::NextMorning,
                },
                Proposed::SomeoneStays { hours: 12 },
                Proposed::NoDependents,
                Proposed::NoSedatives { hours: 6 },
                flag("Thoughts of harming yourself", WhoToCall::Emergency),
                flag("A rash appears", WhoToCall::PrimaryCare),
            ],
            0,
        ),
        (
            "calm-waters-letter.txt",
            vec![
                Proposed::SolidFood {
                    cutoff: clock(1, "22:00"),
                },
                Proposed::ClearLiquids { cutoff: hours(4) },
                // The one medicine the clinic wants taken that morning, in the
                // sheet's own name for it (issue 25's take line).
                medicine("Blood pressure tablets", MedicineBefore::TakeOnTheDay, None),
                Proposed::ArriveEarly { minutes: 20 },
                Proposed::EscortRequired,
                Proposed::EscortMinAge { age: 18 },
                Proposed::EscortPresence {
                    presence: EscortPresence::MayLeaveAndReturn,
                },
                Proposed::Rideshare {
                    rideshare: Rideshare::OnlyWithEscort,
                },
                Proposed::InfusionMinutes { minutes: 40 },
                Proposed::Observation {
                    min_minutes: 60,
                    max_minutes: 120,
                },
                Proposed::NoDriving {
                    rule: NoDriving::Hours { hours: 72 },
                },
                Proposed::NoAlcohol { hours: 72 },
            ],
            1, // "Avoid heavy meals on the day": asked
        ),
        (
            "riverbend-faq.txt",
            vec![
                Proposed::SolidFood { cutoff: hours(6) },
                Proposed::ClearLiquids { cutoff: hours(2) },
                Proposed::KeepTakingUsual,
                medicine("Stimulants (Vyvanse)", SkipMorningOf, None),
                medicine("Benzodiazepines (Clonazepam)", AskPrescriber { days_before: 7 }, None),
                Proposed::ArriveEarly { minutes: 30 },
                Proposed::Bring {
                    items: vec![
                        "Driving licence".into(),
                        "Insurance details".into(),
                        "Something warm to wear".into(),
                    ],
                },
                Proposed::EscortRequired,
                Proposed::EscortMinAge { age: 18 },
                Proposed::Rideshare {
                    rideshare: Rideshare::NotAllowed,
                },
                Proposed::NoDriving {
                    rule: NoDriving::Hours { hours: 24 },
                },
                Proposed::NoAlcohol { hours: 24 },
                flag("Very unwell", WhoToCall::Emergency),
            ],
            0,
        ),
    ]
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/core/fixtures/sheets/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn sheets_in_other_words_are_read_and_no_number_is_wrong() {
    let mut totals = (0, 0);
    let mut wrong_all = Vec::new();
    let mut extra_all = Vec::new();
    for (name, want, questions) in other_words_sheets() {
        let reading = read_sheet(&fixture(name)).unwrap();
        let s = score(&reading, &want);
        println!(
            "{name}: recall {}/{}, wrong numbers {}, not expected {} {:?}",
            s.found,
            s.expected,
            s.wrong.len(),
            s.extra.len(),
            s.extra
        );
        for w in &want {
            if !reading.proposals.iter().any(|p| &p.rule == w) {
                println!("  missed {w:?}");
            }
        }
        assert_eq!(
            reading.questions.len(),
            questions,
            "{name}: questions {:?}",
            reading.questions
        );
        totals.0 += s.found;
        totals.1 += s.expected;
        wrong_all.extend(s.wrong);
        extra_all.extend(s.extra.into_iter().map(|e| format!("{name}: {e}")));
    }
    println!(
        "sheets in other words: recall {}/{}, wrong numbers {}",
        totals.0,
        totals.1,
        wrong_all.len()
    );
    assert!(wrong_all.is_empty(), "wrong numbers: {wrong_all:#?}");
    assert!(extra_all.is_empty(), "proposals nobody expected: {extra_all:#?}");
    assert!(
        totals.0 * 10 >= totals.1 * 9,
        "recall at least 90%: {}/{}",
        totals.0,
        totals.1
    );
}

#[test]
fn every_proposal_points_at_the_sentence_it_came_from() {
    let text = fixture("harbour-view-email.txt");
    let reading = read_sheet(&text).unwrap();
    for p in &reading.proposals {
        let s = &reading.sentences[p.sentence];
        assert_eq!(&text[s.start..s.end], s.text);
        assert!(!p.written_for.is_empty() && !p.words.is_empty());
    }
    let unused: Vec<&str> = reading
        .unused
        .iter()
        .map(|&i| reading.sentences[i].text.as_str())
        .collect();
    assert!(
        unused.contains(&"See you Thursday,"),
        "sentences not used are kept: {unused:?}"
    );
}

#[test]
fn the_partial_protocol_holds_only_what_the_sheet_says_and_imports() {
    let reading = read_sheet(&fixture("calm-waters-letter.txt")).unwrap();
    let toml = write::to_partial_toml(&reading);
    let rules = steady_core::plan::protocol::parse(toml.as_bytes()).unwrap_or_else(|p| panic!("{p:?}\n{toml}"));
    assert_eq!(rules.food.solid_food, clock(1, "22:00"));
    assert_eq!(rules.after.no_driving, NoDriving::Hours { hours: 72 });
    // What the sheet does not say is not in the file: the intake stays typical.
    assert!(!toml.contains("intake_minutes"), "{toml}");
    assert_eq!(
        rules.timeline.intake_minutes,
        ClinicRules::default().timeline.intake_minutes
    );
    assert!(toml.contains("# Not used\n# Dear patient,"), "{toml}");
    assert!(toml.contains("# Questions"), "{toml}");
}

#[test]
fn accepted_proposals_merge_into_the_form_and_the_rest_stays() {
    let reading = read_sheet(&fixture("harbour-view-email.txt")).unwrap();
    let base = ClinicRules::default();
    let only_food: Vec<Proposed> = reading
        .proposals
        .iter()
        .map(|p| p.rule.clone())
        .filter(|r| matches!(r, Proposed::SolidFood { .. } | Proposed::RedFlag { .. }))
        .collect();
    let merged = write::merge(&base, &only_food);
    assert_eq!(merged.food.solid_food, hours(8));
    assert_eq!(
        merged.food.clear_liquids, base.food.clear_liquids,
        "not accepted: unchanged"
    );
    assert_eq!(
        merged.red_flags.len(),
        2,
        "the clinic's own list replaces the typical one"
    );
    let note = Proposed::Note {
        note: steady_core::facts::rules::ClinicNote {
            checklist: Checklist::SessionDay,
            text: "See you Thursday,".into(),
        },
    };
    assert_eq!(write::merge(&merged, &[note.clone(), note]).notes.len(), 1);
}

/// Random and hostile text: a clear result or a clear refusal, never a
/// panic or a hang (each read runs on a thread the test waits for).
#[test]
fn random_and_hostile_text_gets_an_answer_never_a_panic_or_a_hang() {
    let hostile = vec![
        "nothing to eat for 6 hours. ".repeat(3000),
        "a".repeat(100_000),
        "(".repeat(50_000) + &")".repeat(50_000),
        "- \n".repeat(30_000),
        "call 911 if ".repeat(8000),
        "1.".repeat(40_000),
        "\u{202e}\u{200d}\u{fe0f}🙂".repeat(5000),
        String::from_utf8_lossy(&(0..=255u8).cycle().take(90_000).collect::<Vec<u8>>()).into_owned(),
        "x".repeat(200_000),
    ];
    for text in hostile {
        let (tx, rx) = std::sync::mpsc::channel();
        let len = text.len();
        std::thread::spawn(move || {
            let outcome = std::panic::catch_unwind(|| read_sheet(&text).map(|r| r.sentences.len()));
            let _ = tx.send(outcome.is_ok());
        });
        let no_panic = rx
            .recv_timeout(std::time::Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("no answer within 20 s for {len} bytes"));
        assert!(no_panic, "a panic on {len} bytes");
    }
    // And whatever the bytes of a file, a text or a refusal.
    for bytes in [b"%PDF-1.4\n%%EOF".to_vec(), vec![0xff; 1000], vec![0; 100]] {
        let _ = steady_core::storage::sheet_file::sheet_text_from(&bytes);
    }
}

mod random {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn any_text_reads_without_a_panic(text in "\\PC{0,400}") {
            let _ = steady_core::plan::sheet::read_sheet(&text);
        }

        #[test]
        fn sheet_like_text_reads_without_a_panic(parts in prop::collection::vec(prop::sample::select(vec![
            "nothing to eat for ", "6", " hours", ". ", "\n", "clear liquids until ", "call 911 if ", "chest pain",
            "arrive ", "minutes prior", "bring ", "a, b and c", "no driving for ", "twenty-four", "p.m.", "midnight",
            "lamictal", "do not take on the morning of", "•", "|", "before and following", "stimulants",
        ]), 0..60)) {
            let text: String = parts.concat();
            let _ = steady_core::plan::sheet::read_sheet(&text);
        }
    }
}

/// A sheet as a PDF: its text is read (pdf-extract); a PDF without text,
/// as a scanned page, is refused in plain words.
#[test]
fn a_pdf_sheet_is_read_and_a_picture_of_one_is_refused() {
    use steady_core::views::pdf::{Flow, Layout, Paper, Role, Style, INK};
    let mut doc = Flow::new("Northside instructions", Paper::A4, 48.0);
    for line in fixture("northside-web-page.txt").lines() {
        doc.add(line, Style::new(11.0, false, INK), Role::Text, 4.0);
    }
    let pdf = doc.finish().unwrap();
    let text = steady_core::storage::sheet_file::sheet_text_from(&pdf).unwrap();
    let reading = read_sheet(&text).unwrap();
    assert!(
        reading
            .proposals
            .iter()
            .any(|p| p.rule == Proposed::SomeoneStays { hours: 12 }),
        "{:?}",
        reading.proposals
    );
    let mut picture = Layout::new("scan", Paper::A4);
    picture.rect(0, (40.0, 40.0, 400.0, 600.0), Some(INK), None);
    let err = steady_core::storage::sheet_file::sheet_text_from(&picture.finish().unwrap()).unwrap_err();
    assert!(err.to_string().contains("no text in it"), "{err}");
}

/// Proposals are shown in the order of the sheet, so the patient reads down it.
#[test]
fn proposals_follow_the_sheet() {
    let reading = read_sheet(&fixture("northside-web-page.txt")).unwrap();
    let order: Vec<usize> = reading.proposals.iter().map(|p| p.sentence).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
    let by_checklist: BTreeMap<usize, Checklist> = reading
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| (i, s.checklist))
        .collect();
    let driving = reading
        .proposals
        .iter()
        .find(|p| matches!(p.rule, Proposed::NoDriving { .. }))
        .unwrap();
    assert_eq!(
        by_checklist[&driving.sentence],
        Checklist::SessionDay,
        "under the AFTER heading"
    );
}

/// A sheet written after the patterns, run once before any tuning: recall
/// 11/14, no wrong number, one rule read more strictly (the closing note of
/// issue 20 has it). Its two missed phrasings were then added as general
/// patterns. The composing reader (issue 25) reads all 14; the test fails
/// if that drops, or if anything is proposed that the sheet does not say
/// (issue 26: it used to pass when nothing was proposed).
#[test]
fn a_sheet_the_patterns_were_not_written_for() {
    use MedicineBefore::{AskPrescriber, SkipMorningOf};
    let want = vec![
        Proposed::SolidFood { cutoff: hours(6) },
        Proposed::ClearLiquids { cutoff: hours(2) },
        medicine("Stimulants (Ritalin)", SkipMorningOf, None),
        medicine("Benzodiazepines (Diazepam)", AskPrescriber { days_before: 7 }, None),
        Proposed::ArriveEarly { minutes: 15 },
        Proposed::Bring {
            items: vec!["List of your current medications".into()],
        },
        Proposed::EscortRequired,
        Proposed::EscortMinAge { age: 18 },
        Proposed::Rideshare {
            rideshare: Rideshare::OnlyWithEscort,
        },
        Proposed::NoDriving {
            rule: NoDriving::Hours { hours: 24 },
        },
        Proposed::NoAlcohol { hours: 24 },
        Proposed::SomeoneStays { hours: 12 },
        flag("Chest pain or difficulty breathing", WhoToCall::Emergency),
        flag("A rash", WhoToCall::PrimaryCare),
    ];
    let reading = read_sheet(&fixture("blind-eastgate-leaflet.txt")).unwrap();
    let s = score(&reading, &want);
    println!(
        "blind-eastgate-leaflet.txt: recall {}/{}, wrong numbers {}, read another way {:?}, not expected {:?}",
        s.found,
        s.expected,
        s.wrong.len(),
        s.other_reading,
        s.extra
    );
    for w in &want {
        if !reading.proposals.iter().any(|p| &p.rule == w) {
            println!("  missed {w:?}");
        }
    }
    assert!(s.wrong.is_empty(), "wrong numbers: {:#?}", s.wrong);
    assert!(s.extra.is_empty(), "proposals nobody expected: {:#?}", s.extra);
    assert_eq!(
        s.found, s.expected,
        "recall on the sheet no pattern was written for stays 14/14"
    );
}

/// `steady protocol from-text` on each care-facts clinic's quoted text: its
/// rules with the right numbers, each under the sentence it came from.
#[test]
fn from_text_on_each_care_facts_clinic_gives_its_rules_and_anchors() {
    /// What a clinic's rules must say, checked on the rules read.
    type Expect = Box<dyn Fn(&ClinicRules)>;
    let clinics: Vec<(&str, &str, Expect)> = vec![
        (
            "CIT",
            "Nothing to eat for 6 hours before your treatment. Clear liquids up until 2 hours before.\nDo not take on the morning of your treatment: stimulants (adderall), sedative-hypnotics (ambien), or narcotics (oxycodone).\nPlease arrive 10 minutes prior.\nPlease bring a photo ID and a form of payment.\nYou need a responsible adult to escort you out from the clinic.",
            Box::new(|r: &ClinicRules| {
                assert_eq!((r.food.solid_food.clone(), r.food.clear_liquids.clone()), (hours(6), hours(2)));
                assert_eq!(r.medicines.rules.len(), 3);
                assert_eq!(r.timeline.arrive_early_minutes, 10);
                assert_eq!(r.bring, ["Photo ID", "Form of payment"]);
            }),
        ),
        (
            "AMG",
            "No solid food 6 h before; clear liquids until 2 h before.\nWear comfortable clothing.",
            Box::new(|r: &ClinicRules| {
                assert_eq!((r.food.solid_food.clone(), r.food.clear_liquids.clone()), (hours(6), hours(2)));
                assert_eq!(r.bring, ["Comfortable clothing"]);
            }),
        ),
        (
            "KetWell",
            "Please arrive 15 minutes before your appointment.\nNo driving, machinery or legal decision for 24 hours.\nNo recreational drugs or alcohol for 24 hours.",
            Box::new(|r: &ClinicRules| {
                assert_eq!(r.timeline.arrive_early_minutes, 15);
                assert_eq!(r.after.no_driving, NoDriving::Hours { hours: 24 });
                assert_eq!(r.after.no_decisions, Some(Until::Hours { hours: 24 }));
                assert_eq!(r.after.no_alcohol_hours, 24);
            }),
        ),
        (
            "Jirah",
            "Please arrange a trusted person (18 years or older) to drive you to and from the clinic.\nThe infusion takes about 40 minutes.\nAvoid alcohol, recreational drugs, opioids, stimulants, sedatives for 72 hrs BEFORE AND FOLLOWING your treatment.",
            Box::new(|r: &ClinicRules| {
                assert_eq!(r.escort.min_age, Some(18));
                assert_eq!(r.timeline.infusion_minutes, 40);
                assert!(r.medicines.rules.iter().all(|m| m.before == MedicineBefore::HoursBefore { hours: 72 }));
                let restart: Vec<(&str, Option<u32>)> = r.medicines.rules.iter().map(|m| (m.name.as_str(), m.restart_hours_after)).collect();
                assert_eq!(restart, [("Opioids", None), ("Stimulants", Some(72)), ("Sedatives", None)]);
                assert_eq!(r.after.no_sedatives_hours, 72);
                assert_eq!(r.after.no_alcohol_hours, 72);
            }),
        ),
        (
            "ketamineclinics.com",
            "Allow 6 hours between taking Lamictal and the start of your infusion, and wait 6 hours after before resuming it.",
            Box::new(|r: &ClinicRules| {
                let m = &r.medicines.rules[0];
                assert_eq!((m.before.clone(), m.restart_hours_after), (MedicineBefore::HoursBefore { hours: 6 }, Some(6)));
            }),
        ),
        (
            "Nervana",
            "After your infusion: no driving or big decisions 24 h; no alcohol or cannabis 24 h; no opioids or benzodiazepines 4 h.\nIf you have thoughts of suicide or any medical emergency, call 911.",
            Box::new(|r: &ClinicRules| {
                assert_eq!(r.after.no_sedatives_hours, 4);
                assert_eq!(r.red_flags[0].call, WhoToCall::Emergency);
            }),
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (clinic, text, check) in clinics {
        let path = dir.path().join(format!("{clinic}.txt"));
        std::fs::write(&path, text).unwrap();
        let mut out = Vec::new();
        let mut err = Vec::new();
        let argv = ["steady", "protocol", "from-text", path.to_str().unwrap()];
        let code = steady_core::cli::run_in(dir.path(), argv, crate::at("2026-11-25T12:00:00Z"), &mut out, &mut err);
        let toml = String::from_utf8(out).unwrap();
        assert_eq!(code, 0, "{clinic}: {}", String::from_utf8_lossy(&err));
        let rules =
            steady_core::plan::protocol::parse(toml.as_bytes()).unwrap_or_else(|p| panic!("{clinic}: {p:?}\n{toml}"));
        check(&rules);
        // Every rule line stands under the sentence it came from.
        let lines: Vec<&str> = toml.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let is_rule = !line.starts_with('#')
                && line.contains(" = ")
                && !line.starts_with("version")
                && !line.starts_with("  ");
            if is_rule
                && !line.starts_with("observation_max")
                && !line.starts_with("before")
                && !line.starts_with("restart")
                && !line.starts_with("call")
                && !line.starts_with("situation")
                && !line.starts_with("when")
                && !line.starts_with("title")
                && !line.starts_with("bring")
            {
                let anchor = lines[..i]
                    .iter()
                    .rev()
                    .find(|l| l.starts_with("# \""))
                    .unwrap_or_else(|| panic!("{clinic}: {line} has no sentence"));
                let sentence = anchor.trim_start_matches("# \"").trim_end_matches('"');
                assert!(
                    text.contains(sentence),
                    "{clinic}: the anchor is the sheet's own sentence: {sentence}"
                );
            }
        }
    }
}

fn minutes(m: u32) -> Cutoff {
    Cutoff::MinutesBefore { minutes: m }
}

/// What issue 25 found missed on sheets the tables were not written from,
/// each in a sentence of its own: the number before the topic, one time
/// for several things, plain verbs, the visit's own times, minutes. Each
/// with every rule it says and nothing else, and the questions it asks.
fn issue_25_phrasings() -> Vec<(&'static str, Vec<Proposed>, usize)> {
    vec![
        // The number before the topic.
        ("For 6 hours before your infusion, nothing solid.", vec![Proposed::SolidFood { cutoff: hours(6) }], 0),
        ("Over about 40 minutes, the infusion is given through a small drip.", vec![Proposed::InfusionMinutes { minutes: 40 }], 0),
        // One time for several things; a sentence with two rules.
        (
            "Nothing solid for 6 hours and no liquids for 2 hours before your appointment.",
            vec![Proposed::SolidFood { cutoff: hours(6) }, Proposed::ClearLiquids { cutoff: hours(2) }],
            0,
        ),
        (
            "Nothing to eat or drink after midnight the night before.",
            vec![Proposed::SolidFood { cutoff: clock(0, "00:00") }, Proposed::ClearLiquids { cutoff: clock(0, "00:00") }],
            0,
        ),
        (
            "Until the following morning you must not drive, drink alcohol, sign legal documents or look after dependents.",
            vec![
                Proposed::NoDriving { rule: NoDriving::NextMorning },
                Proposed::NoDecisions { until: Some(Until::NextMorning) },
                Proposed::NoDependents,
            ],
            1, // alcohol "until the next morning": Steady counts it in hours, so it asks
        ),
        (
            "No driving, operating machinery or signing legal documents for 24 hours after your treatment.",
            vec![
                Proposed::NoDriving { rule: NoDriving::Hours { hours: 24 } },
                Proposed::NoDecisions { until: Some(Until::Hours { hours: 24 }) },
            ],
            0,
        ),
        // Plain verbs the tables lacked.
        ("Please come 15 minutes before your appointment time.", vec![Proposed::ArriveEarly { minutes: 15 }], 0),
        (
            "You will stay with us for about an hour after your infusion.",
            vec![Proposed::Observation { min_minutes: 60, max_minutes: 60 }],
            0,
        ),
        ("Abstain from alcohol for 24 hours after your treatment.", vec![Proposed::NoAlcohol { hours: 24 }], 0),
        ("Stay away from alcohol and recreational drugs for 48 hours.", vec![Proposed::NoAlcohol { hours: 48 }], 0),
        ("The medicine is given over 40 minutes.", vec![Proposed::InfusionMinutes { minutes: 40 }], 0),
        ("The infusion takes about 45 min.", vec![Proposed::InfusionMinutes { minutes: 45 }], 0),
        ("Take your routine medications as usual.", vec![Proposed::KeepTakingUsual], 0),
        ("Please fill out the mood survey before your visit.", vec![], 1),
        (
            "Fill out the PHQ-9 30 minutes before each visit.",
            vec![Proposed::VisitTask {
                task: VisitTask {
                    title: "Fill in PHQ-9".into(),
                    when: Moment::MinutesBefore { minutes: 30 },
                    note: Some("Fill out the PHQ-9 30 minutes before each visit.".into()),
                },
            }],
            0,
        ),
        // Durations as clinics write them; minutes where clinics count them.
        ("No liquids in the last 30 minutes before your infusion.", vec![Proposed::ClearLiquids { cutoff: minutes(30) }], 0),
        ("Do not eat for six hrs before your appointment.", vec![Proposed::SolidFood { cutoff: hours(6) }], 0),
        ("Stop drinking clear fluids 1 1/2 hours before.", vec![Proposed::ClearLiquids { cutoff: minutes(90) }], 0),
        ("Clear liquids are fine until an hour before your infusion.", vec![Proposed::ClearLiquids { cutoff: hours(1) }], 0),
        // Counted from the arrival, not the session (corpus README, "How the
        // rules were read"; branch tune-n): asked, as Steady counts from the session.
        ("Clear liquids are fine until an hour before your arrival.", vec![], 1),
        ("No food after 6 pm the night before.", vec![Proposed::SolidFood { cutoff: clock(1, "18:00") }], 0),
        ("No driving for the rest of the day.", vec![Proposed::NoDriving { rule: NoDriving::RestOfDay }], 0),
        // Ranges and unclear words: a question, never a chosen number.
        ("Arrive 15 to 30 minutes early.", vec![], 1),
        ("Avoid alcohol for 2-4 hours after your infusion.", vec![], 1),
        ("No food for a few hours before.", vec![], 1),
        ("No food after 10 pm.", vec![], 1),
        // Things that are not rules.
        ("Q: Can I eat before my infusion?", vec![], 0),
        ("Bring a list of your current medications and your driving licence.", vec![Proposed::Bring { items: vec!["List of your current medications".into(), "Driving licence".into()] }], 0),
        ("Take your medications three times a day as prescribed.", vec![Proposed::KeepTakingUsual], 0),
    ]
}

#[test]
fn what_issue_25_found_missed_is_read_and_nothing_else() {
    let (mut expected, mut found) = (0, 0);
    let mut failures = Vec::new();
    for (sentence, want, questions) in issue_25_phrasings() {
        let reading = read_sheet(sentence).unwrap();
        let s = score(&reading, &want);
        expected += s.expected;
        found += s.found;
        let got: Vec<&Proposed> = reading.proposals.iter().map(|p| &p.rule).collect();
        if s.found < s.expected || !s.extra.is_empty() || !s.wrong.is_empty() {
            failures.push(format!("{sentence:?}: got {got:?}"));
        }
        if reading.questions.len() != questions {
            let asked: Vec<&str> = reading.questions.iter().map(|q| q.ask.as_str()).collect();
            failures.push(format!("{sentence:?}: {questions} questions expected, asked {asked:?}"));
        }
        // Each proposal points at its own words inside its sentence.
        for p in &reading.proposals {
            let s = &reading.sentences[p.sentence];
            assert!(
                s.start <= p.start && p.start < p.end && p.end <= s.end,
                "{p:?} inside {s:?}"
            );
        }
    }
    println!("issue 25 phrasings: recall {found}/{expected}");
    assert!(failures.is_empty(), "{failures:#?}");
}

/// A sentence that says two rules gives two proposals, each pointing at
/// its own words.
#[test]
fn two_rules_in_a_sentence_point_at_their_own_words() {
    let text = "Nothing solid for 6 hours and no liquids for 2 hours before your appointment.";
    let reading = read_sheet(text).unwrap();
    let words: Vec<&str> = reading.proposals.iter().map(|p| &text[p.start..p.end]).collect();
    assert_eq!(
        words,
        ["solid for 6 hours", "liquids for 2 hours before your appointment"]
    );
}

/// General shapes met while tuning on the corpus's half a, each in words
/// of our own: "fast" says no food; a ride without who gives it, driving
/// without how long, alcohol before the session and "we may ask you to"
/// are asked; a rideshare among the rides allowed is allowed and needs no
/// adult; a list of medicines takes the rule said before it, and "these
/// medicines" the ones named before.
#[test]
fn shapes_from_the_tuning_half_in_our_own_words() {
    use MedicineBefore::{AskPrescriber, HoursBefore};
    let cases: Vec<(&str, Vec<Proposed>, Vec<steady_core::plan::sheet::Subject>)> = {
        use steady_core::plan::sheet::Subject as S;
        vec![
            // "Fast" is food and drink (the swap run, corpus half b), unless
            // the sheet says liquids apart.
            (
                "You must fast for 8 hours before the infusion.",
                vec![Proposed::SolidFood { cutoff: hours(8) }, Proposed::ClearLiquids { cutoff: hours(8) }],
                vec![],
            ),
            ("Please arrange transportation home.", vec![], vec![S::EscortRequired]),
            ("You cannot drive yourself home after your infusion.", vec![], vec![S::NoDriving]),
            ("No alcohol in the 24 hours before your infusion.", vec![], vec![S::NoAlcohol]),
            (
                "We may ask you to stop stimulants 12 hours before your infusion.",
                vec![],
                vec![S::Medicine],
            ),
            (
                "Arrange a ride home with a friend, a family member or a rideshare.",
                vec![Proposed::Rideshare { rideshare: Rideshare::Allowed }],
                vec![],
            ),
            (
                "Stop the following medicines 2 days before your procedure:\n- Aspirin\n- Blood thinners such as warfarin",
                vec![
                    medicine("Aspirin", HoursBefore { hours: 48 }, None),
                    // The example beside its class, now that warfarin is a
                    // name the reader knows.
                    medicine("Blood thinners (warfarin)", HoursBefore { hours: 48 }, None),
                ],
                vec![],
            ),
            (
                "Special rules apply to:\n- Anticoagulants\nPlease talk to your doctor about these medicines at least 3 days before.",
                vec![medicine("Anticoagulants", AskPrescriber { days_before: 3 }, None)],
                vec![],
            ),
        ]
    };
    for (text, want, asked) in cases {
        let reading = read_sheet(text).unwrap();
        let got: Vec<&Proposed> = reading.proposals.iter().map(|p| &p.rule).collect();
        assert_eq!(got, want.iter().collect::<Vec<_>>(), "{text:?}");
        let about: Vec<_> = reading.questions.iter().map(|q| q.about).collect();
        assert_eq!(about, asked, "{text:?}: {:?}", reading.questions);
    }
}

/// Plain ASCII words of three letters or more in `text` that `source` does
/// not have: in the accented pseudo-language (`en-XA`) every word Steady
/// writes is accented, so such a word is English the catalogue did not write.
fn words_not_from(text: &str, source: &str) -> Vec<String> {
    let source = source.to_lowercase();
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3 && !source.contains(&w.to_lowercase()))
        .map(String::from)
        .collect()
}

/// Issue 24: the reader's words come from the catalogue. Read in `en-XA`,
/// a sheet's proposals, questions and options hold no plain English word
/// but the sheet's own (a quoted sentence, a medicine or a task as the
/// sheet names it); and every proposal and question the reader can write
/// says its words the same way.
#[test]
fn the_readers_words_are_the_catalogues_and_only_the_sheets_own_stay_english() {
    use steady_core::basics::i18n::{with_language, Messages};
    use steady_core::plan::sheet::{Ask, Span, Subject};
    let pseudo = Messages::of("en-XA");
    let mut sheets: Vec<(String, String)> = [
        "blind-eastgate-leaflet.txt",
        "calm-waters-letter.txt",
        "harbour-view-email.txt",
        "northside-web-page.txt",
        "riverbend-faq.txt",
    ]
    .iter()
    .map(|name| (name.to_string(), fixture(name)))
    .collect();
    // The halves of the corpus the reader was tuned on (a held-out half,
    // c, stays for measuring the reader).
    let mut pages: Vec<_> = ["a", "b"]
        .iter()
        .flat_map(|half| {
            let tuning = format!("{}/tests/core/fixtures/corpus/{half}", env!("CARGO_MANIFEST_DIR"));
            std::fs::read_dir(&tuning)
                .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.path()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
        .collect();
    pages.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    pages.sort();
    for page in pages {
        sheets.push((page.display().to_string(), std::fs::read_to_string(&page).unwrap()));
    }
    for (text, ..) in issue_25_phrasings() {
        sheets.push(("issue 25".into(), text.to_string()));
    }
    let (mut proposals, mut questions) = (0, 0);
    let mut problems = Vec::new();
    for (name, text) in &sheets {
        let english = read_sheet(text).unwrap();
        let reading = with_language(&pseudo, || read_sheet(text)).unwrap();
        assert_eq!(
            (reading.proposals.len(), reading.questions.len()),
            (english.proposals.len(), english.questions.len()),
            "{name}: the language changes the words, not what is read"
        );
        let options = reading.questions.iter().flat_map(|q| &q.options);
        for p in reading.proposals.iter().chain(options) {
            proposals += 1;
            let stray = words_not_from(&p.words, text);
            if !stray.is_empty() {
                problems.push(format!("{name}: proposal {:?}: {stray:?}", p.words));
            }
        }
        for q in &reading.questions {
            questions += 1;
            let stray = words_not_from(&q.ask, text);
            if !stray.is_empty() {
                problems.push(format!("{name}: question {:?}: {stray:?}", q.ask));
            }
        }
    }
    assert!(
        proposals > 100 && questions > 10,
        "read: {proposals} proposals, {questions} questions"
    );

    // Every proposal and question the reader can write, with the sheet's
    // words in plain lower case ("quoted") and every number 2.
    let quoted = "quoted";
    let task = VisitTask {
        title: with_language(&pseudo, || write::task_title(quoted)),
        when: Moment::HoursBefore { hours: 2 },
        note: None,
    };
    let medicine_rule = MedicineRule {
        name: quoted.into(),
        before: MedicineBefore::HoursBefore { hours: 2 },
        restart_hours_after: Some(2),
        note: None,
    };
    let clock = ClockTime::hm(22, 0);
    let cutoffs = [
        Cutoff::None,
        hours(2),
        minutes(2),
        Cutoff::Clock {
            days_before: 0,
            time: clock,
        },
        Cutoff::Clock {
            days_before: 1,
            time: clock,
        },
        Cutoff::Clock {
            days_before: 2,
            time: clock,
        },
    ];
    let mut rules: Vec<Proposed> = Vec::new();
    for cutoff in &cutoffs {
        rules.push(Proposed::SolidFood { cutoff: cutoff.clone() });
        rules.push(Proposed::ClearLiquids { cutoff: cutoff.clone() });
    }
    rules.extend([
        Proposed::ClearLiquidsAre { words: quoted.into() },
        Proposed::IfFastBroken { words: quoted.into() },
        Proposed::Medicine { rule: medicine_rule },
        Proposed::KeepTakingUsual,
        Proposed::ArriveEarly { minutes: 2 },
        Proposed::Bring {
            items: vec![quoted.into(), quoted.into()],
        },
        Proposed::EscortRequired,
        Proposed::EscortMinAge { age: 2 },
        Proposed::NoDriving {
            rule: NoDriving::Hours { hours: 2 },
        },
        Proposed::NoDriving {
            rule: NoDriving::RestOfDay,
        },
        Proposed::NoDriving {
            rule: NoDriving::NextMorning,
        },
        Proposed::NoDecisions { until: None },
        Proposed::NoDecisions {
            until: Some(Until::Hours { hours: 2 }),
        },
        Proposed::NoDecisions {
            until: Some(Until::NextMorning),
        },
        Proposed::NoAlcohol { hours: 2 },
        Proposed::NoSedatives { hours: 2 },
        Proposed::SomeoneStays { hours: 2 },
        Proposed::NoDependents,
        Proposed::VisitTask { task },
        Proposed::InfusionMinutes { minutes: 2 },
        Proposed::Observation {
            min_minutes: 2,
            max_minutes: 2,
        },
        Proposed::Observation {
            min_minutes: 2,
            max_minutes: 3,
        },
        Proposed::Note {
            note: steady_core::facts::rules::ClinicNote {
                checklist: Checklist::DayBefore,
                text: quoted.into(),
            },
        },
    ]);
    for presence in [
        EscortPresence::Unspecified,
        EscortPresence::StaysOnSite,
        EscortPresence::ComesToDoor,
        EscortPresence::MayLeaveAndReturn,
    ] {
        rules.push(Proposed::EscortPresence { presence });
    }
    for rideshare in [
        Rideshare::Unspecified,
        Rideshare::NotAllowed,
        Rideshare::OnlyWithEscort,
        Rideshare::Allowed,
    ] {
        rules.push(Proposed::Rideshare { rideshare });
    }
    for call in [WhoToCall::Emergency, WhoToCall::Clinic, WhoToCall::PrimaryCare] {
        rules.push(flag(quoted, call));
    }
    let mut asks: Vec<Ask> = cutoffs
        .iter()
        .map(|c| Ask::FoodUnclear {
            cutoff: Some(c.clone()),
        })
        .collect();
    asks.extend([
        Ask::FoodUnclear { cutoff: None },
        Ask::NoTime,
        Ask::Range { low: 2, high: 120 },
        Ask::UpTo { minutes: 60 },
        Ask::Vague,
        Ask::ClockDay { time: clock },
        Ask::Direction { minutes: 2 },
        Ask::NotWholeHours { minutes: 90 },
        Ask::BeforeNotKept { minutes: Some(2) },
        Ask::BeforeNotKept { minutes: None },
        Ask::Maybe,
        Ask::WhoDrives,
        Ask::NotBeforeVisit,
        Ask::Activities { span: None },
        Ask::Session { low: 2, high: 2 },
        Ask::Session { low: 2, high: 120 },
        Ask::Session { low: 0, high: 120 },
    ]);
    for span in [
        Span::NextMorning,
        Span::RestOfDay,
        Span::UntilWornOff,
        Span::MorningOf,
        Span::NightBefore,
        Span::DayOf,
        Span::NightOrDay,
    ] {
        asks.push(Ask::NotInHours { span });
        asks.push(Ask::BeforeSpanNotKept { span });
        asks.push(Ask::Activities { span: Some(span) });
    }
    let subjects = [
        Subject::SolidFood,
        Subject::ClearLiquids,
        Subject::Medicine,
        Subject::ArriveEarly,
        Subject::InfusionMinutes,
        Subject::Observation,
        Subject::NoDriving,
        Subject::NoDecisions,
        Subject::NoAlcohol,
        Subject::NoSedatives,
        Subject::SomeoneStays,
        Subject::NoDependents,
        Subject::VisitTask,
        Subject::EscortRequired,
    ];
    with_language(&pseudo, || {
        for rule in &rules {
            let words = write::describe(rule);
            let stray = words_not_from(&words, quoted);
            if !stray.is_empty() || words.contains('[') {
                problems.push(format!("{rule:?}: {words:?}: {stray:?}"));
            }
        }
        for ask in &asks {
            for about in subjects {
                let words = write::question(ask, about, quoted);
                let stray = words_not_from(&words, quoted);
                if !stray.is_empty() || words.contains('[') {
                    problems.push(format!("{ask:?} about {about:?}: {words:?}: {stray:?}"));
                }
            }
        }
        // Every class of medicines the reader knows has a name in the catalogue.
        for medicine in steady_core::plan::sheet::tables::MEDICINES {
            let name = write::medicine_class(medicine.shown);
            if name.chars().any(|c| c.is_ascii_alphabetic()) {
                problems.push(format!("medicine class {:?}: {name:?}", medicine.shown));
            }
        }
        let take = write::take_title("Quoted");
        let toml =
            write::to_partial_toml(&read_sheet("Nothing to eat for 6 hours before. Dear patient, hello.").unwrap());
        for words in [take, toml.lines().next().unwrap_or_default().to_string()] {
            let stray = words_not_from(&words, quoted);
            if !stray.is_empty() {
                problems.push(format!("{words:?}: {stray:?}"));
            }
        }
    });
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
/// The general rules the swap run of issue 25 added (branch `swap`), read
/// from the corpus's half b only, ported onto the reader tuned on half a,
/// and written here in other words: "fast" is food and
/// drink, a topic in brackets narrows its moment, a number said again in
/// brackets is one number, "except" leaves a topic out, medicines in
/// general take a rule in the sheet's words, limits before the session and
/// driving without a length are asked, a ride without a person is asked, a
/// new subject starts a clause, a reason is not read, a heading that is a
/// moment gives it to its list, "them" goes on with the medicines named
/// before, "bring it" finds what "it" is, and a length written against a
/// word is that word's.
#[test]
fn the_swap_runs_general_rules_read_other_words() {
    use MedicineBefore::{AskPrescriber, HoursBefore, SkipMorningOf, TakeOnTheDay};
    let cases: Vec<(&str, Vec<Proposed>, usize)> =
        vec![
        (
            "You must fast for 8 hours before your visit.",
            vec![Proposed::SolidFood { cutoff: hours(8) }, Proposed::ClearLiquids { cutoff: hours(8) }],
            0,
        ),
        (
            "You must fast for 8 hours before your visit. Clear fluids are fine until 2 hours before.",
            vec![Proposed::SolidFood { cutoff: hours(8) }, Proposed::ClearLiquids { cutoff: hours(2) }],
            0,
        ),
        (
            "Fast for 6 hours (food) and 3 hours (clear fluids) before your appointment.",
            vec![Proposed::SolidFood { cutoff: hours(6) }, Proposed::ClearLiquids { cutoff: hours(3) }],
            0,
        ),
        (
            "Nothing to eat or drink for 6 (six) hours before, except water.",
            vec![Proposed::SolidFood { cutoff: hours(6) }],
            0,
        ),
        (
            "Stop eating 6 hours and drinking 2 hours before your infusion.",
            vec![Proposed::SolidFood { cutoff: hours(6) }, Proposed::ClearLiquids { cutoff: hours(2) }],
            0,
        ),
        (
            "Please skip your tablets, apart from heart medicines, on the morning of your treatment.",
            // The ones left out are taken that morning (since branch tune-take).
            vec![
                medicine("Tablets (apart from heart medicines)", SkipMorningOf, None),
                medicine("Heart medicines", TakeOnTheDay, None),
            ],
            0,
        ),
        ("Avoid alcohol for 12 hours before your infusion.", vec![], 1),
        ("You may not drive yourself home.", vec![], 1),
        ("Arrange transportation home.", vec![], 1),
        (
            "Your escort must stay in the clinic for the whole visit, and you may not drive for the rest of the day.",
            vec![
                Proposed::EscortRequired,
                Proposed::EscortPresence {
                    presence: EscortPresence::StaysOnSite,
                },
                Proposed::NoDriving { rule: NoDriving::RestOfDay },
            ],
            0,
        ),
        (
            "For the next 24 hours:\nDo not drive\nDo not drink alcohol",
            vec![Proposed::NoDriving { rule: NoDriving::Hours { hours: 24 } }, Proposed::NoAlcohol { hours: 24 }],
            0,
        ),
        (
            "Tell us if you take lorazepam or diazepam. Do not take them for 12 hours before your visit.",
            vec![
                medicine("Benzodiazepines (Lorazepam)", AskPrescriber { days_before: 7 }, None),
                medicine("Benzodiazepines (Lorazepam)", HoursBefore { hours: 12 }, None),
            ],
            0,
        ),
        (
            "Because the medicine makes you drowsy, do not drive for 24 hours.",
            vec![Proposed::NoDriving { rule: NoDriving::Hours { hours: 24 } }],
            0,
        ),
        (
            "If you have a favourite pillow, bring it along.",
            vec![Proposed::Bring { items: vec!["Favourite pillow".into()] }],
            0,
        ),
        ("Please bring a driver with you.", vec![Proposed::EscortRequired], 0),
        ("You may bring a friend to sit with you.", vec![], 0),
        ("Do not bring children to your appointment.", vec![], 0),
        (
            "Expect to be with us about 2 hours, including the 40-minute infusion and a recovery period of 30 minutes.",
            vec![
                Proposed::InfusionMinutes { minutes: 40 },
                Proposed::Observation { min_minutes: 30, max_minutes: 30 },
            ],
            0,
        ),
    ];
    let mut failures = Vec::new();
    for (text, want, questions) in cases {
        let reading = read_sheet(text).unwrap();
        let s = score(&reading, &want);
        let got: Vec<&Proposed> = reading.proposals.iter().map(|p| &p.rule).collect();
        if s.found < s.expected || !s.extra.is_empty() || !s.wrong.is_empty() {
            failures.push(format!("{text:?}: got {got:?}"));
        }
        if reading.questions.len() != questions {
            let asked: Vec<&str> = reading.questions.iter().map(|q| q.ask.as_str()).collect();
            failures.push(format!("{text:?}: {questions} questions expected, asked {asked:?}"));
        }
        for p in &reading.proposals {
            let s = &reading.sentences[p.sentence];
            assert!(
                s.start <= p.start && p.start < p.end && p.end <= s.end,
                "{p:?} inside {s:?}"
            );
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The general rules the final reader adds, tuned on both halves of the
/// corpus (issue 25), written here in other words: a session's length is
/// the infusion and the stay after together (asked about both, never
/// chosen), a whole visit's is neither, a course in weeks and a rate
/// ("every 15 minutes") are no length; the after of sedating classes "before
/// and after" is the rule on sedatives; staying with an adult is someone
/// staying; the ride as a person says what the driver does; on a page for
/// the driver "you" is the driver; liquids that "count as food" are food;
/// "may drive the day after" is no driving until then; a rule for patients
/// under an age is asked; a heading's "not" goes only to lines that ask
/// nothing of their own; "if you cannot reach us" and "call us to
/// reschedule" are no red flags; "only water after midnight" is a
/// permission from then, not a cutoff; an antibiotic taken an hour before
/// is a task before the visit.
#[test]
fn the_final_readers_general_rules_read_other_words() {
    use MedicineBefore::{HoursBefore, SkipMorningOf, TakeOnTheDay};
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        ("Each session takes about 2 hours.", vec![], 2),
        (
            "The whole visit lasts about 3 hours, including a 40-minute infusion.",
            vec![Proposed::InfusionMinutes { minutes: 40 }],
            0,
        ),
        ("A course is 6 infusions over 2 weeks.", vec![], 0),
        (
            "The nurse checks your blood pressure every 15 minutes while you are monitored.",
            vec![],
            0,
        ),
        (
            "Avoid opioids and benzodiazepines for 12 hours before and after your infusion.",
            vec![
                Proposed::NoSedatives { hours: 12 },
                medicine("Opioids", HoursBefore { hours: 12 }, None),
                medicine("Benzodiazepines", HoursBefore { hours: 12 }, None),
            ],
            0,
        ),
        (
            "Do not take opioid pain medication for 6 hours after the infusion.",
            vec![Proposed::NoSedatives { hours: 6 }],
            0,
        ),
        (
            "You must stay with a responsible adult for 24 hours after your procedure.",
            vec![Proposed::SomeoneStays { hours: 24 }],
            0,
        ),
        (
            "Your ride must come up to the office to collect you.",
            vec![
                Proposed::EscortRequired,
                Proposed::EscortPresence {
                    presence: EscortPresence::ComesToDoor,
                },
            ],
            0,
        ),
        (
            "Information for Drivers\nWe would rather you did not leave the building.",
            vec![
                Proposed::EscortRequired,
                Proposed::EscortPresence {
                    presence: EscortPresence::MayLeaveAndReturn,
                },
            ],
            0,
        ),
        (
            "We supply blankets, but please bring your own.",
            vec![Proposed::Bring {
                items: vec!["Blankets".into()],
            }],
            0,
        ),
        (
            "Nothing to eat after midnight, except clear liquids until 2 hours before.",
            vec![
                Proposed::SolidFood {
                    cutoff: clock(0, "00:00"),
                },
                Proposed::ClearLiquids { cutoff: hours(2) },
            ],
            0,
        ),
        (
            "Eat no solid food and, apart from heart medicines, skip your tablets on the morning of your treatment.",
            // The ones left out are taken that morning (since branch tune-take).
            vec![
                medicine("Tablets (apart from heart medicines)", SkipMorningOf, None),
                medicine("Heart medicines", TakeOnTheDay, None),
            ],
            1,
        ),
        (
            "Milk and other liquids count as food and must be stopped 6 hours before.",
            vec![Proposed::SolidFood { cutoff: hours(6) }],
            0,
        ),
        (
            "Naltrexone should be stopped 3 days before treatment.",
            vec![medicine("Naltrexone", HoursBefore { hours: 72 }, None)],
            0,
        ),
        (
            "You may drive the day after your infusion.",
            vec![Proposed::NoDriving {
                rule: NoDriving::NextMorning,
            }],
            0,
        ),
        ("Patients under 18 must be accompanied by a parent.", vec![], 1),
        (
            "For 24 hours after sedation you should not:\n- drive\n- drink alcohol\nSomeone should stay with you overnight.",
            vec![
                Proposed::NoDriving {
                    rule: NoDriving::Hours { hours: 24 },
                },
                Proposed::NoAlcohol { hours: 24 },
            ],
            1,
        ),
        ("If you cannot reach us, go to the nearest emergency room.", vec![], 0),
        ("Call us to reschedule if you feel unwell on the day.", vec![], 0),
        (
            "Only water is allowed after midnight.",
            vec![Proposed::ClearLiquidsAre {
                words: "Only water is allowed after midnight.".into(),
            }],
            0,
        ),
        (
            "If prescribed, take your antibiotic 1 hour before the procedure.",
            vec![Proposed::VisitTask {
                task: VisitTask {
                    title: write::take_title("antibiotic"),
                    when: Moment::HoursBefore { hours: 1 },
                    note: Some("If prescribed, take your antibiotic 1 hour before the procedure.".into()),
                },
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Reads each case's text and fails with every case whose proposals are
/// not exactly those wanted, or whose questions are not as many as said.
pub fn assert_read_as(cases: Vec<(&str, Vec<Proposed>, usize)>) {
    let mut failures = Vec::new();
    for (text, want, questions) in cases {
        let reading = read_sheet(text).unwrap();
        let s = score(&reading, &want);
        let got: Vec<&Proposed> = reading.proposals.iter().map(|p| &p.rule).collect();
        if s.found < s.expected || !s.extra.is_empty() || !s.wrong.is_empty() {
            failures.push(format!("{text:?}: got {got:?}"));
        }
        if reading.questions.len() != questions {
            let asked: Vec<&str> = reading.questions.iter().map(|q| q.ask.as_str()).collect();
            failures.push(format!("{text:?}: {questions} questions expected, asked {asked:?}"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// One length said in two units is one length: the hour is never dropped
/// so that the minutes read alone (an arrival 15 minutes early where the
/// sheet said 75), and two lengths for two things stay two.
#[test]
fn a_length_in_hours_and_minutes_is_read_whole() {
    assert_read_as(vec![
        (
            "Please come in 1 hour and 15 minutes before your appointment time.",
            vec![Proposed::ArriveEarly { minutes: 75 }],
            0,
        ),
        (
            "Arrive 1 hr 30 min ahead of your booked time.",
            vec![Proposed::ArriveEarly { minutes: 90 }],
            0,
        ),
        (
            "Nothing to eat for 6 hours and nothing to drink for 2 hours before your treatment.",
            vec![
                Proposed::SolidFood {
                    cutoff: Cutoff::HoursBefore { hours: 6 },
                },
                Proposed::ClearLiquids {
                    cutoff: Cutoff::HoursBefore { hours: 2 },
                },
            ],
            0,
        ),
    ]);
}

/// The general rules added while tuning on half c, each in words of our
/// own: the rule, and what it must not read.
#[test]
fn half_cs_general_rules_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        // Sleeping tablets are sedatives: a ban after the session.
        (
            "Do not take sleeping tablets for 24 hours after your procedure.",
            vec![Proposed::NoSedatives { hours: 24 }],
            0,
        ),
        // "The patient" is the one taken home.
        (
            "A friend must drive the patient home.",
            vec![Proposed::EscortRequired],
            0,
        ),
        // A taxi the adult takes the patient home in is a ride with the escort.
        (
            "A responsible adult must pick you up and take you home by taxi.",
            vec![
                Proposed::EscortRequired,
                Proposed::Rideshare {
                    rideshare: Rideshare::OnlyWithEscort,
                },
            ],
            0,
        ),
        // Recommended items, and things "useful to bring".
        (
            "We recommend bringing a warm scarf. Slippers or a cushion can be useful things to bring.",
            vec![
                Proposed::Bring {
                    items: vec!["Warm scarf".into()],
                },
                Proposed::Bring {
                    items: vec!["Slippers".into(), "Cushion".into()],
                },
            ],
            0,
        ),
        // One-word lines under "What to bring" are things, after a line
        // that says why.
        (
            "What to bring\nThis helps you relax.\nCushion\nEye mask",
            vec![
                Proposed::Bring {
                    items: vec!["Cushion".into()],
                },
                Proposed::Bring {
                    items: vec!["Eye mask".into()],
                },
            ],
            0,
        ),
        // A bracketed aside with its own subject does not negate the rule;
        // a bracket with hours says the span in hours.
        (
            "If you have sedation (you can also go without it), someone must stay with you overnight (a minimum of 8 hours).",
            vec![Proposed::SomeoneStays { hours: 8 }],
            0,
        ),
        // Food and fluids together are general words: the drinks' own
        // cutoff wins.
        (
            "Stop all food and fluids 8 hours before. Water may be taken up to 3 hours before.",
            vec![
                Proposed::SolidFood { cutoff: hours(8) },
                Proposed::ClearLiquids { cutoff: hours(3) },
            ],
            0,
        ),
        // The longer driving ban, said as a least, holds the rest of the
        // day in it (said as two plain lengths, half e's reading asks:
        // `half_es_general_rules_read_other_words`).
        (
            "No driving for at least 24 hours. You must not drive for the rest of the day.",
            vec![Proposed::NoDriving {
                rule: NoDriving::Hours { hours: 24 },
            }],
            0,
        ),
        // A bus ban says nothing of the taxis the page allows.
        (
            "Most people use a taxi to get home. Buses are not recommended.",
            vec![Proposed::Rideshare {
                rideshare: Rideshare::Allowed,
            }],
            0,
        ),
        // The stay before leaving is the stay after the session.
        (
            "After the infusion you will rest for 45 minutes before you go home.",
            vec![Proposed::Observation {
                min_minutes: 45,
                max_minutes: 45,
            }],
            0,
        ),
        // What the clinic should know, or any medicine: no rule.
        (
            "Please tell us about all medications you take. Tell us if you might be pregnant. Keep all check-up appointments while on this medicine.",
            vec![],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// The general rules added while tuning on half d, each in words of our
/// own: the rule, and what it must not read.
#[test]
fn half_ds_general_rules_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        // A call that ends in a colon opens a list: its lines, up to a
        // blank line, are the situations.
        (
            "See your GP:\n- If the rash spreads\n- A cough that does not settle\n\nGo to your nearest accident & emergency unit if you have:\n- Fainting\n\nOther help\nParking is free.",
            vec![
                flag("The rash spreads", WhoToCall::PrimaryCare),
                flag("A cough that does not settle", WhoToCall::PrimaryCare),
                flag("Fainting", WhoToCall::Emergency),
            ],
            0,
        ),
        // "Drink any alcohol" is alcohol, not a drink with a cutoff.
        (
            "For 12 hours you must not drink any alcohol.",
            vec![Proposed::NoAlcohol { hours: 12 }],
            0,
        ),
        // The surgeon who treats is the clinic.
        (
            "If you catch a cold before your operation, please contact your surgeon.",
            vec![flag("Catch a cold before your operation", WhoToCall::Clinic)],
            0,
        ),
        // Going home with the patient is the escort; "this person" goes
        // on with them, and staying in the waiting room is staying on site.
        (
            "Someone must travel home with you. This person must stay in the waiting room until the nurse lets you leave.",
            vec![
                Proposed::EscortRequired,
                Proposed::EscortPresence {
                    presence: EscortPresence::StaysOnSite,
                },
            ],
            0,
        ),
        // Leaving things with the companion (who is taken for granted), or
        // the patient leaving, is not the companion leaving.
        (
            "Please leave your valuables with your companion. Before you leave, the nurse checks your blood pressure.",
            vec![Proposed::EscortRequired],
            0,
        ),
        // A companion the clinic suggests is still asked for.
        (
            "We suggest that a relative comes with you and drives you home.",
            vec![Proposed::EscortRequired],
            0,
        ),
        // A bracket that says who the adult is, for young patients, leaves
        // the rule for everyone.
        (
            "An adult (a guardian if the patient is under 16) must drive the patient home.",
            vec![Proposed::EscortRequired],
            0,
        ),
        // Company at home after getting home is someone staying, not the ride.
        (
            "A responsible adult must be with the patient for 12 hours after getting home. Arrange for someone to stay at home with you overnight.",
            vec![Proposed::SomeoneStays { hours: 12 }],
            1,
        ),
        // A taxi with someone; a bus ban says nothing of it.
        (
            "Buses are not suitable. If you go home by cab you must have someone with you.",
            vec![Proposed::Rideshare {
                rideshare: Rideshare::OnlyWithEscort,
            }],
            0,
        ),
        // Watched on site is the stay after.
        (
            "You are watched on site for at least 90 minutes after the dose.",
            vec![Proposed::Observation {
                min_minutes: 90,
                max_minutes: 90,
            }],
            0,
        ),
        // Recommended things, and things only allowed.
        (
            "Consider bringing a thick jumper. We suggest wearing warm socks. A sweater is a good idea. You are welcome to bring a cushion, but it is optional.",
            vec![
                Proposed::Bring {
                    items: vec!["Thick jumper".into()],
                },
                Proposed::Bring {
                    items: vec!["Warm socks".into()],
                },
                Proposed::Bring {
                    items: vec!["Sweater".into()],
                },
            ],
            0,
        ),
        // A person is not a thing; a plural subject that "brings" is no
        // instruction; kinds joined by "or" are one thing.
        (
            "You must bring a driver who is over 18 and who will wait for you. Longer sessions bring deeper rest. Please bring non-drowsy or herbal travel sickness tablets.",
            vec![
                Proposed::EscortRequired,
                Proposed::EscortMinAge { age: 18 },
                Proposed::Bring {
                    items: vec!["Non-drowsy or herbal travel sickness tablets".into()],
                },
            ],
            0,
        ),
        // The usual medicines before a "but" that names others; medicines
        // taken with a sip of water; new and as-needed medicines are classes.
        (
            "Keep taking your medications as usual, but stop any new medications 6 hours before. Take your tablets with sips of water on the morning of the test.",
            vec![
                Proposed::KeepTakingUsual,
                medicine("New medicines", MedicineBefore::HoursBefore { hours: 6 }, None),
            ],
            0,
        ),
        // A list after "including" says what counts as clear, sips or not,
        // with the soft drinks clinics name.
        (
            "You may sip clear fluids (including lemonade and water) until 3 hours before.",
            vec![
                Proposed::ClearLiquids { cutoff: hours(3) },
                Proposed::ClearLiquidsAre {
                    words: "You may sip clear fluids (including lemonade and water) until 3 hours before.".into(),
                },
            ],
            0,
        ),
        // A heading that ends in a colon takes the moment the sentence right
        // before it said of nothing.
        (
            "For the rest of the day, rest at home. Please do not:\n- Drive a car\n- Drink alcohol",
            vec![Proposed::NoDriving {
                rule: NoDriving::RestOfDay,
            }],
            1,
        ),
        // A smaller dose is fewer on the day; talking about a medicine with
        // the anaesthetist, or the clinic changing when it is taken, is a
        // talk with the prescriber, whatever the clinic decides.
        (
            "If you use insulin, you will need a smaller dose on the day of the procedure. Ring your anaesthetist to talk about your insulin.",
            vec![
                medicine("Insulin", MedicineBefore::FewerOnTheDay, None),
                medicine("Insulin", MedicineBefore::AskPrescriber { days_before: 7 }, None),
            ],
            0,
        ),
        (
            "If you take lorazepam, we may ask you to change when you take it.",
            vec![medicine(
                "Benzodiazepines (Lorazepam)",
                MedicineBefore::AskPrescriber { days_before: 7 },
                None,
            )],
            0,
        ),
        (
            "Do not take as-needed medicines for 4 hours before your visit.",
            vec![medicine("As-needed medicines", MedicineBefore::HoursBefore { hours: 4 }, None)],
            0,
        ),
    ];
    assert_read_as(cases);
}

#[test]
fn half_es_general_rules_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        // What something may do is not a thing to bring; "ideas include
        // bringing" is.
        (
            "A second dose can bring quicker calm. Good ideas include bringing a scarf and slippers with you to the clinic.",
            vec![Proposed::Bring {
                items: vec!["Scarf".into(), "Slippers".into()],
            }],
            0,
        ),
        // What the patient may have is no thing to bring; what to wear instead is.
        (
            "If you wear hearing aids, please wear your spare batteries to the appointment.",
            vec![Proposed::Bring {
                items: vec!["Spare batteries".into()],
            }],
            0,
        ),
        // Two clock times for one cutoff on one sheet: asked, not chosen.
        (
            "Early list: no food after 01:00.\nLate list: no food after 08:00.",
            vec![],
            1,
        ),
        // Two lengths for driving said once each: asked.
        (
            "Please do not drive for the rest of the day.\nNo driving for 12 hours after your visit.",
            vec![],
            1,
        ),
        // Drinking clear fluids when unwell at home is advice, not what counts.
        (
            "If you feel sick at home, sip clear fluids such as water or weak tea to avoid getting dehydrated.",
            vec![],
            0,
        ),
        // A cab driver who is not the escort: a cab only with the escort.
        (
            "Your cab driver does not count as the adult who takes you home.",
            vec![Proposed::Rideshare {
                rideshare: Rideshare::OnlyWithEscort,
            }],
            0,
        ),
        // Medicines "as prescribed" are how to take them; "carried on" keeps them.
        (
            "Use painkillers exactly as directed. Your usual tablets should be carried on.",
            vec![Proposed::KeepTakingUsual],
            0,
        ),
        // A tablet taken an hour before to prevent sickness is a
        // pre-medication, not a last dose.
        (
            "Take one travel sickness tablet at least 1 hour before to prevent feeling sick.",
            vec![],
            0,
        ),
        // Someone caring for the patient's children is not the ride home;
        // staying at home is not the escort staying on site.
        (
            "Please ask someone else to look after them if your children need you.",
            vec![],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// General rules learnt from half f (branch `tune-f`), each in other words
/// than the page that showed it: what a careful reader leaves alone, and
/// what it reads.
#[test]
fn half_fs_general_rules_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        // A call with no situation ("any serious concern") is no red flag.
        ("Phone 911 if there are any major worries.", vec![], 0),
        // The recovery staff are people, not the stay after: the escort
        // coming to collect the patient does not stay on site.
        (
            "When your companion gets here to fetch you, the recovery staff will explain the aftercare to them.",
            vec![Proposed::EscortRequired],
            0,
        ),
        // Watching during the infusion is the infusion: its length is not
        // read as the stay after.
        (
            "A nurse will monitor you carefully during your infusion, which normally takes 30 to 45 minutes.",
            vec![],
            0,
        ),
        // Recovery counted in days is getting better at home, not the stay.
        ("Even light chores may take 72 hours of recovery.", vec![], 0),
        // "If you keep taking ..." says what happens then, not to keep them
        // (the stop with no time is asked).
        (
            "If you continue taking tablets you were told to stop, we may have to postpone.",
            vec![],
            1,
        ),
        // What to do when sick is no timing for a medicine.
        (
            "If you are sick after the procedure, take nothing by mouth for 30 minutes, including your pain tablets.",
            vec![],
            0,
        ),
        // A shorter "nothing to eat or drink, water included" lies inside the
        // longer food fast: it is about the water.
        (
            "No food for 6 hours before your visit. Do not eat or drink anything, including water, for 1 hour before your visit.",
            vec![
                Proposed::SolidFood { cutoff: hours(6) },
                Proposed::ClearLiquids { cutoff: hours(1) },
            ],
            0,
        ),
        // Drinks allowed until a later time are not cut off with the food.
        (
            "Stop eating and drinking at midnight. You can still have water until 6am.",
            vec![
                Proposed::SolidFood { cutoff: clock(0, "00:00") },
                Proposed::ClearLiquids { cutoff: clock(0, "06:00") },
            ],
            0,
        ),
        // A long line that opens a list gives its moment to the list.
        (
            "Please remember that for at least 12 hours after your procedure, if you were sedated:\n• Do not drive.\n• Do not drink alcohol.",
            vec![
                Proposed::NoDriving { rule: NoDriving::Hours { hours: 12 } },
                Proposed::NoAlcohol { hours: 12 },
            ],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// A red flag names how the patient is (a sign, a symptom, a worry about
/// health): a call for anything else is left alone, even when no list of
/// errands knows its words, and signs said in plain words are still read.
#[test]
fn a_red_flag_names_how_the_patient_is() {
    assert_read_as(vec![
        ("Call us if your employer needs a letter.", vec![], 0),
        ("Phone us if you would prefer an afternoon slot.", vec![], 0),
        (
            "Contact the clinic if you have:\n- a new postal address\n- a change of surname",
            vec![],
            0,
        ),
        (
            "Call the office if you feel faint or light-headed at home.",
            vec![flag("Faint or light-headed at home", WhoToCall::Clinic)],
            0,
        ),
        (
            "Contact the clinic if you have:\n- bleeding that does not stop\n- a sore arm where the drip was",
            vec![
                flag("Bleeding that does not stop", WhoToCall::Clinic),
                flag("A sore arm where the drip was", WhoToCall::Clinic),
            ],
            0,
        ),
    ]);
}

fn bring(items: &[&str]) -> Proposed {
    Proposed::Bring {
        items: items.iter().map(|i| i.to_string()).collect(),
    }
}

/// A thing a sheet only allows ("feel free to bring", "if you like", a list
/// under "What to bring (optional)") is no thing to bring, as every half of
/// the corpus now reads it; advice ("you may want to bring") and what to
/// wear, said with any verb, still are. The allowance holds for its own
/// clause only.
#[test]
fn what_a_sheet_only_allows_is_no_thing_to_bring() {
    assert_read_as(vec![
        ("Feel free to bring a cushion from home.", vec![], 0),
        ("Bring a paperback if you would like one.", vec![], 0),
        ("We supply blankets, but you are welcome to bring your own.", vec![], 0),
        (
            "Wear a warm cardigan, and you can bring a book if you like.",
            vec![bring(&["Warm cardigan"])],
            0,
        ),
        ("What to bring (optional)\n\n- Slippers\n- A paperback\n", vec![], 0),
        (
            "What to bring\n\n- Slippers\n- A paperback\n",
            vec![bring(&["Slippers"]), bring(&["Paperback"])],
            0,
        ),
        ("Please dress in loose trousers.", vec![bring(&["Loose trousers"])], 0),
        ("You may want to bring a scarf.", vec![bring(&["Scarf"])], 0),
    ]);
}

/// The medicines sedation sheets name most (blood thinners, diabetes,
/// heart, asthma and hormone medicines, supplements) are read by their
/// names, and a list of examples after a class stays one medicine.
#[test]
fn common_medicines_are_read_by_name_and_examples_stay_together() {
    assert_read_as(vec![
        (
            "Stop Eliquis 2 days before your visit.",
            vec![medicine("Eliquis", MedicineBefore::HoursBefore { hours: 48 }, None)],
            0,
        ),
        (
            "Do not take metformin on the morning of your procedure.",
            vec![medicine("Metformin", MedicineBefore::SkipMorningOf, None)],
            0,
        ),
        (
            "Take only half of your usual insulin dose on the morning of the procedure.",
            vec![medicine("Insulin", MedicineBefore::FewerOnTheDay, None)],
            0,
        ),
        (
            "Stop your diabetes tablets 2 days before.",
            vec![medicine(
                "Diabetes tablets",
                MedicineBefore::HoursBefore { hours: 48 },
                None,
            )],
            0,
        ),
        (
            "Stop blood thinners such as warfarin, Xarelto or Eliquis 3 days before.",
            vec![medicine(
                "Blood thinners (warfarin, Xarelto, Eliquis)",
                MedicineBefore::HoursBefore { hours: 72 },
                None,
            )],
            0,
        ),
    ]);
}
