//! Clinic protocol files: version 2 is the rules model itself; every
//! validation rule names its field and line; version 1 files still import;
//! import, undo, the published schema, and fuzzing.

use proptest::prelude::*;
use steady_core::facts::rules::{ClinicRules, Cutoff, MedicineBefore, NoDriving, Until};
use steady_core::plan::protocol::{self, to_toml};

use crate::{at, in_memory_store, item, new_session, session_items};

const NOW: &str = "2026-11-25T12:00:00Z";
const EXAMPLE: &str = include_str!("../../protocol/examples/lakeside-clinic.toml");
const EXAMPLES: &[(&str, &str)] = &[
    ("lakeside-clinic", EXAMPLE),
    (
        "harbour-view-infusion",
        include_str!("../../protocol/examples/harbour-view-infusion.toml"),
    ),
    (
        "willow-creek-ketamine",
        include_str!("../../protocol/examples/willow-creek-ketamine.toml"),
    ),
    (
        "north-star-pain-center",
        include_str!("../../protocol/examples/north-star-pain-center.toml"),
    ),
];
const V1: &str = include_str!("fixtures/lakeside-clinic-v1.toml");

fn parse(text: &str) -> ClinicRules {
    protocol::parse(text.as_bytes()).unwrap_or_else(|p| panic!("{p:?}"))
}

/// The 1-based line of `text` that holds `needle`.
fn line(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("the needle is in the text")
        + 1
}

fn problems(text: &str) -> Vec<String> {
    protocol::parse(text.as_bytes())
        .expect_err("refused")
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn every_example_is_valid_and_round_trips() {
    for (name, text) in EXAMPLES {
        let rules = protocol::parse(text.as_bytes()).unwrap_or_else(|p| panic!("{name}: {p:?}"));
        assert_eq!(
            protocol::parse(to_toml(&rules).as_bytes()).unwrap(),
            rules,
            "{name}: export reads back the same"
        );
    }
    assert_eq!(
        protocol::parse(to_toml(&ClinicRules::default()).as_bytes()).unwrap(),
        ClinicRules::default()
    );
    let lakeside = parse(EXAMPLE);
    assert_eq!(lakeside.clinic.name.as_deref(), Some("Lakeside Ketamine Clinic"));
    assert_eq!(lakeside.food.solid_food, Cutoff::HoursBefore { hours: 8 });
    assert_eq!(lakeside.after.no_sedatives_hours, 4);
    assert_eq!(lakeside.medicines.rules[0].name, "Lamotrigine");
}

#[test]
fn a_version_1_file_still_imports_as_the_same_rules() {
    let rules = parse(V1);
    assert_eq!(rules.clinic.name.as_deref(), Some("Lakeside Ketamine Clinic"));
    assert_eq!(rules.food.solid_food, Cutoff::HoursBefore { hours: 8 });
    assert_eq!(rules.food.clear_liquids, Cutoff::HoursBefore { hours: 3 });
    assert_eq!(rules.timeline.intake_minutes, 30);
    assert_eq!(rules.timeline.observation_max_minutes, 120);
    assert_eq!(rules.after.no_driving, NoDriving::Hours { hours: 24 });
    assert_eq!(rules.after.no_sedatives_hours, 4);
    let lamotrigine = &rules.medicines.rules[0];
    assert_eq!(lamotrigine.before, MedicineBefore::HoursBefore { hours: 24 });
    assert_eq!(lamotrigine.restart_hours_after, Some(0));
    // What version 1 could not say keeps the typical value.
    assert_eq!(rules.escort, ClinicRules::default().escort);
    // The v2 example says the same numbers (plus an arrival time).
    let mut v2 = parse(EXAMPLE);
    v2.timeline.arrive_early_minutes = rules.timeline.arrive_early_minutes;
    assert_eq!(v2, rules, "the v1 file and its v2 rewrite are the same rules");

    // A version 1 file's own checks still name its lines.
    let absurd = V1.replace("solid_food_hours = 8", "solid_food_hours = 300");
    assert_eq!(
        problems(&absurd),
        ["line 12, fasting.solid_food_hours: must be between 0 and 24 hours; it is 300."]
    );
    let next_morning = V1.replace(
        "no_driving_until_next_morning = false",
        "no_driving_until_next_morning = true",
    );
    assert_eq!(parse(&next_morning).after.no_driving, NoDriving::NextMorning);
}

#[test]
fn each_validation_rule_names_the_field_and_line() {
    let absurd = EXAMPLE.replace("hours = 8 }", "hours = 300 }");
    assert_eq!(
        problems(&absurd),
        [format!(
            "line {}, food.solid_food.hours: must be between 0 and 24 hours; it is 300. (Food and drink, solid food, hours)",
            line(EXAMPLE, "solid_food =")
        )]
    );
    let inverted = EXAMPLE.replace("observation_max_minutes = 120", "observation_max_minutes = 30");
    assert!(
        problems(&inverted)[0].starts_with(&format!(
            "line {}, timeline.observation_max_minutes: must be at least",
            line(EXAMPLE, "observation_max_minutes")
        )),
        "{:?}",
        problems(&inverted)
    );
    let zero_infusion = EXAMPLE.replace("infusion_minutes = 45", "infusion_minutes = 0");
    assert!(problems(&zero_infusion)[0].starts_with(&format!(
        "line {}, timeline.infusion_minutes",
        line(EXAMPLE, "infusion_minutes")
    )));
    let unknown = EXAMPLE.replace("[food]", "[food]\nsolid_food_hourz = 8");
    let found = problems(&unknown);
    assert!(
        found[0].starts_with(&format!("line {}", line(&unknown, "solid_food_hourz")))
            && found[0].contains("unknown field `solid_food_hourz`"),
        "{found:?}"
    );
    let negative = EXAMPLE.replace("no_alcohol_hours = 24", "no_alcohol_hours = -2");
    assert!(
        problems(&negative)[0].starts_with(&format!("line {}", line(EXAMPLE, "no_alcohol_hours"))),
        "{:?}",
        problems(&negative)
    );
    let bad_clock = EXAMPLE.replace(
        "solid_food = { kind = \"hours_before\", hours = 8 }",
        "solid_food = { kind = \"clock\", days_before = 0, time = \"25:00\" }",
    );
    assert!(
        problems(&bad_clock)[0].contains("not a time of day"),
        "{:?}",
        problems(&bad_clock)
    );
    let future = EXAMPLE.replace("version = 2", "version = 7");
    assert!(
        problems(&future)[0].starts_with(&format!(
            "line {}, version: This file is protocol version 7",
            line(EXAMPLE, "version = 2")
        )),
        "{:?}",
        problems(&future)
    );
    let no_version = EXAMPLE.replace("version = 2", "");
    assert!(problems(&no_version)[0].contains("add `version = 2`"));
    let truncated = &EXAMPLE[..EXAMPLE.find("[after]").unwrap() + 4];
    assert!(
        problems(truncated)[0].starts_with("line "),
        "a cut-off file names a line"
    );
    let empty_name = EXAMPLE.replace("name = \"Lamotrigine\"", "name = \"  \"");
    assert!(problems(&empty_name)[0].contains("medicines.rules[0].name: must not be empty"));
    let two = absurd.replace("hours = 3 }", "hours = 99 }");
    assert_eq!(problems(&two).len(), 2, "every problem is listed, not just the first");
    // A raw control character is a TOML error; the escaped one decodes and Steady refuses it.
    let control = EXAMPLE.replace("Springfield", "Spring\\u0007field");
    assert!(problems(&control)[0].contains("clinic.address"));

    let mut not_utf8 = EXAMPLE.as_bytes().to_vec();
    not_utf8.splice(0..0, [0xff, 0xfe]);
    assert!(protocol::parse(&not_utf8).unwrap_err()[0].message.contains("not UTF-8"));
    let huge = vec![b'#'; 50 * 1024 * 1024];
    assert!(protocol::parse(&huge).unwrap_err()[0].message.contains("at most 64 KB"));
}

#[test]
fn a_partial_file_keeps_the_typical_value_of_what_it_leaves_out() {
    let rules = parse("version = 2\n[food]\nsolid_food = { kind = \"clock\", days_before = 0, time = \"00:00\" }\n");
    assert_eq!(
        rules.food.solid_food,
        Cutoff::Clock {
            days_before: 0,
            time: steady_core::facts::day::ClockTime::hm(0, 0)
        }
    );
    assert_eq!(rules.food.clear_liquids, ClinicRules::default().food.clear_liquids);
    assert_eq!(rules.timeline, ClinicRules::default().timeline);
    let decisions = parse("version = 2\n[after]\nno_decisions = { kind = \"next_morning\" }\n");
    assert_eq!(decisions.after.no_decisions, Some(Until::NextMorning));
}

/// Issue 25: clinics count some cutoffs and tasks in minutes ("no liquids
/// in the last 30 minutes"); version 2 files say so, and every version 2
/// file written before still reads as it did (the examples, above).
#[test]
fn cutoffs_and_tasks_in_minutes_read_and_are_checked() {
    let rules = parse(
        "version = 2\n[food]\nclear_liquids = { kind = \"minutes_before\", minutes = 30 }\n\n[[before_each_visit]]\ntitle = \"Fill in the PHQ-9\"\nwhen = { kind = \"minutes_before\", minutes = 45 }\n",
    );
    assert_eq!(rules.food.clear_liquids, Cutoff::MinutesBefore { minutes: 30 });
    assert_eq!(
        rules.before_each_visit[0].when,
        steady_core::facts::rules::Moment::MinutesBefore { minutes: 45 }
    );
    assert_eq!(parse(&to_toml(&rules)), rules, "written back the same");
    let too_long = "version = 2\n[food]\nsolid_food = { kind = \"minutes_before\", minutes = 1441 }\n";
    let found = problems(too_long);
    assert!(
        found
            .iter()
            .any(|p| p.contains("food.solid_food.minutes") || p.contains("solid food, minutes")),
        "{found:?}"
    );
}

#[test]
fn importing_a_protocol_moves_the_fasting_item_and_undo_puts_it_back() {
    let mut store = in_memory_store();
    let session = store
        .create_session(&new_session("2026-12-03T09:00", "Europe/Berlin"), at(NOW))
        .unwrap();
    let stop = item(&session_items(&store, &session), "Stop eating").id;
    assert_eq!(store.item(stop).unwrap().due_local, "2026-12-03T03:00:00+01:00");

    let preview = store.preview_protocol(EXAMPLE.as_bytes(), at(NOW)).unwrap();
    assert!(preview.problems.is_empty());
    assert!(preview
        .changes
        .iter()
        .any(|c| c.label == "No solid food" && c.from == "6 h before" && c.to == "8 h before"));
    assert_eq!(preview.sessions.len(), 1);
    assert!(preview
        .plan_changes
        .iter()
        .any(|c| c.title == "Stop eating" && c.after == Some(at("2026-12-03T00:00:00Z"))));
    assert_eq!(
        store.item(stop).unwrap().due_local,
        "2026-12-03T03:00:00+01:00",
        "a preview changes nothing"
    );

    let receipt = store
        .import_protocol(EXAMPLE.as_bytes(), &[session.id], at(NOW))
        .unwrap();
    let moved = store.item(stop).unwrap();
    assert_eq!(moved.due_local, "2026-12-03T01:00:00+01:00", "8 h before 09:00");
    assert!(!moved.typical, "the clinic's own number is no longer 'typical'");
    let after = store.session(session.id).unwrap();
    assert_eq!(after.clinic_phone.as_deref(), Some("+1 555 0100"));
    assert_eq!(after.protocol_name.as_deref(), Some("Lakeside Ketamine Clinic"));
    let items = session_items(&store, &session);
    assert!(items.iter().any(|i| i.title == "No opioids or benzodiazepines"));
    assert!(
        items.iter().any(|i| i.title == "Last dose of Lamotrigine"),
        "the clinic's medicine rule makes items"
    );
    // New sessions follow the imported rules.
    let next = store
        .create_session(&new_session("2026-12-10T09:00", "Europe/Berlin"), at(NOW))
        .unwrap();
    assert_eq!(next.rules.food.solid_food, Cutoff::HoursBefore { hours: 8 });

    store.undo_protocol_import(receipt.import_id, at(NOW)).unwrap();
    let back = store.item(stop).unwrap();
    assert_eq!(back.due_local, "2026-12-03T03:00:00+01:00");
    assert!(back.typical);
    assert_eq!(
        store.session(session.id).unwrap().clinic_phone,
        None,
        "undo restores exactly"
    );
    assert!(session_items(&store, &session)
        .iter()
        .all(|i| i.title != "No opioids or benzodiazepines"));
    assert_eq!(store.current_rules().unwrap(), ClinicRules::default());
    assert!(
        store.undo_protocol_import(receipt.import_id, at(NOW)).is_err(),
        "undone once only"
    );

    let bad = EXAMPLE.replace("hours = 8 }", "hours = 300 }");
    assert!(store.import_protocol(bad.as_bytes(), &[session.id], at(NOW)).is_err());
    assert_eq!(
        store.item(stop).unwrap().due_local,
        "2026-12-03T03:00:00+01:00",
        "a refused import changes nothing"
    );
}

/// The published schema is what the code defines. `make bindings` writes it
/// (STEADY_WRITE_SCHEMA=1); a plain `cargo test` only compares, so it never
/// rewrites a tracked file and fails when the committed copy is stale.
#[test]
fn published_schema_matches_the_format() {
    let schema = protocol::json_schema();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/protocol/steady-protocol.schema.json");
    if std::env::var_os("STEADY_WRITE_SCHEMA").is_some() {
        std::fs::write(path, &schema).unwrap();
    }
    let published = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        published == schema,
        "protocol/steady-protocol.schema.json is not what the code defines: run `make bindings` and commit"
    );
    for field in [
        "solid_food",
        "observation_max_minutes",
        "arrive_early_minutes",
        "skip_morning_of",
        "someone_stays_hours",
        "before_each_visit",
    ] {
        assert!(schema.contains(field), "schema lacks {field}");
    }
}

fn arbitrary_cutoff() -> impl Strategy<Value = Cutoff> {
    prop_oneof![
        Just(Cutoff::None),
        (0u32..=24).prop_map(|hours| Cutoff::HoursBefore { hours }),
        (0u32..=1440).prop_map(|minutes| Cutoff::MinutesBefore { minutes }),
        (0u32..=1, 0u32..24, 0u32..60).prop_map(|(days_before, h, m)| Cutoff::Clock {
            days_before,
            time: steady_core::facts::day::ClockTime::hm(h, m)
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Arbitrary bytes never panic the parser.
    #[test]
    fn parser_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = protocol::parse(&bytes);
    }

    /// Nor does any example, of either version, with any one line replaced by anything.
    #[test]
    fn parser_never_panics_on_a_mangled_example(which in 0usize..5, line in 0usize..60, junk in ".{0,40}") {
        let text = if which == 4 { V1 } else { EXAMPLES[which].1 };
        let mut lines: Vec<&str> = text.lines().collect();
        if line < lines.len() { lines[line] = &junk; }
        let text = lines.join("\n");
        if let Err(problems) = protocol::parse(text.as_bytes()) {
            prop_assert!(!problems.is_empty());
        }
    }

    /// Any rules within bounds survive a trip through the file, exactly.
    #[test]
    fn rules_round_trip_through_the_file(
        solid in arbitrary_cutoff(),
        liquids in arbitrary_cutoff(),
        intake in 0u32..=240,
        infusion in 1u32..=720,
        observation in (0u32..=720).prop_flat_map(|min| (Just(min), min..=720)),
        arrive in 0u32..=240,
        driving in prop_oneof![(1u32..=96).prop_map(|hours| NoDriving::Hours { hours }), Just(NoDriving::RestOfDay), Just(NoDriving::NextMorning)],
        stays in proptest::option::of(1u32..=168),
        min_age in proptest::option::of(12u32..=99),
        bring in proptest::collection::vec("[A-Za-zÀ-ž0-9 ,.'\"-]{1,40}", 0..5),
    ) {
        let mut rules = ClinicRules::default();
        rules.food.solid_food = solid;
        rules.food.clear_liquids = liquids;
        rules.timeline.intake_minutes = intake;
        rules.timeline.infusion_minutes = infusion;
        rules.timeline.observation_min_minutes = observation.0;
        rules.timeline.observation_max_minutes = observation.1;
        rules.timeline.arrive_early_minutes = arrive;
        rules.after.no_driving = driving;
        rules.after.someone_stays_hours = stays;
        rules.escort.min_age = min_age;
        rules.bring = bring.into_iter().filter(|b| !b.trim().is_empty()).collect();
        prop_assume!(rules.problems().is_empty());
        prop_assert_eq!(protocol::parse(to_toml(&rules).as_bytes()).unwrap(), rules);
    }
}
