//! Crisis numbers by country (issue 16): shipped exactly as care-facts has
//! them, picked from the system's region or time zone, and the patient's own
//! numbers never overwritten.

use steady_core::facts::crisis::{CountryFrom, CRISIS_NUMBERS};
use steady_core::Store;

use crate::in_memory_store;

/// Every row of care-facts' "Crisis and emergency numbers by country" table,
/// as (country, crisis line, hours, emergency).
fn care_facts_rows() -> Vec<[String; 4]> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/care-facts.md");
    let text = std::fs::read_to_string(path).expect("shared/care-facts.md beside the repository");
    let section = text
        .split("## Crisis and emergency numbers by country")
        .nth(1)
        .expect("the section")
        .split("\n## ")
        .next()
        .unwrap();
    section
        .lines()
        .filter(|l| l.starts_with('|') && !l.starts_with("| country") && !l.starts_with("|---"))
        .map(|l| {
            let cells: Vec<String> = l.trim_matches('|').split(" | ").map(|c| c.trim().to_string()).collect();
            assert_eq!(cells.len(), 4, "{l}");
            [cells[0].clone(), cells[1].clone(), cells[2].clone(), cells[3].clone()]
        })
        .collect()
}

#[test]
fn every_country_in_care_facts_is_shipped_exactly_as_written_there() {
    let rows = care_facts_rows();
    assert_eq!(rows.len(), 24, "care-facts lists 24 countries");
    assert_eq!(rows.len(), CRISIS_NUMBERS.len(), "one shipped row a country, no more");
    for [country, line, hours, emergency] in &rows {
        let shipped = CRISIS_NUMBERS
            .iter()
            .find(|r| r.country == country)
            .unwrap_or_else(|| panic!("{country} is not shipped"));
        assert_eq!(
            (shipped.crisis_line, shipped.hours, shipped.emergency),
            (line.as_str(), hours.as_str(), emergency.as_str()),
            "{country}"
        );
    }
}

#[test]
fn the_country_comes_from_the_region_else_the_time_zone_to_confirm() {
    let mut store = in_memory_store();
    let n = store.pick_country(Some("de"), "America/New_York").unwrap();
    assert_eq!(
        (n.country.as_deref(), n.country_from),
        (Some("DE"), Some(CountryFrom::SystemRegion))
    );
    assert!(!n.needs_confirming);
    assert_eq!(n.emergency_number.as_deref(), Some("112"));

    // C or POSIX: no region. Berlin's zone says Germany, to confirm.
    let mut store = in_memory_store();
    let n = store.pick_country(None, "Europe/Berlin").unwrap();
    assert_eq!(
        (n.country_name.as_deref(), n.country_from),
        (Some("Germany"), Some(CountryFrom::TimeZone))
    );
    assert!(n.needs_confirming && n.needs_attention());
    assert_ne!(
        n.crisis_line.as_deref().map(|l| l.contains("988")),
        Some(true),
        "never the US line for Berlin"
    );
    let n = store.confirm_country().unwrap();
    assert!(!n.needs_confirming && !n.needs_attention());
    // Picking again (the next start) keeps what is there.
    let n = store.pick_country(Some("US"), "America/New_York").unwrap();
    assert_eq!(n.country.as_deref(), Some("DE"));

    // A guess from the zone nobody confirmed gives way to a region a system
    // names later (the CLI ran first from a shell without a locale).
    let mut store = in_memory_store();
    store.pick_country(None, "Europe/Berlin").unwrap();
    let n = store.pick_country(Some("GB"), "Europe/Berlin").unwrap();
    assert_eq!(
        (n.country.as_deref(), n.country_from, n.needs_confirming),
        (Some("GB"), Some(CountryFrom::SystemRegion), false)
    );
    let n = store.pick_country(Some("DE"), "Europe/Berlin").unwrap();
    assert_eq!(n.country.as_deref(), Some("GB"), "a region's pick is kept");

    // UTC names no country: nothing is guessed, and Steady has to ask.
    let mut store = in_memory_store();
    let n = store.pick_country(None, "UTC").unwrap();
    assert_eq!((n.country.as_deref(), n.crisis_line.as_deref()), (None, None));
    assert!(n.needs_attention());
    assert_eq!(n.whose(), "your country");
}

#[test]
fn a_country_without_numbers_is_said_honestly_and_typed_numbers_fill_it() {
    let mut store = in_memory_store();
    let n = store.pick_country(Some("DK"), "Europe/Copenhagen").unwrap();
    assert_eq!(
        (n.country_name.as_deref(), n.country_in_table),
        (Some("Denmark"), false)
    );
    assert_eq!((n.crisis_line, n.emergency_number), (None, None));
    let n = store
        .set_crisis_numbers(Some("Livslinien 70 201 201"), Some("112"))
        .unwrap();
    assert_eq!(n.crisis_line.as_deref(), Some("Livslinien 70 201 201"));
    assert!(n.crisis_line_typed && n.emergency_typed && !n.needs_attention());
}

#[test]
fn numbers_the_patient_typed_are_never_overwritten() {
    let mut store = in_memory_store();
    store.pick_country(Some("GB"), "Europe/London").unwrap();
    let n = store
        .set_crisis_numbers(Some("My GP's out-of-hours line 0300 000 000"), None)
        .unwrap();
    assert_eq!(
        n.emergency_number.as_deref(),
        Some("999 (112 works)"),
        "the other one still follows the table"
    );
    // A new country (or a newer table) changes what was not typed only.
    let n = store.choose_country("IE").unwrap();
    assert_eq!(n.crisis_line.as_deref(), Some("My GP's out-of-hours line 0300 000 000"));
    assert_eq!(n.crisis_hours, None, "no table hours for a typed line");
    assert_eq!(n.emergency_number.as_deref(), Some("112 or 999"));
    // Clearing the typed line brings the country's back.
    let n = store.set_crisis_numbers(None, None).unwrap();
    assert!(n.crisis_line.unwrap().starts_with("Samaritans 116 123; Pieta"));
    assert!(store.choose_country("XX").is_err(), "an unknown code is refused");
    assert_eq!(
        store.crisis_numbers().unwrap().country.as_deref(),
        Some("IE"),
        "and changes nothing"
    );
}

/// Migration 8: the US numbers an earlier Steady copied into the settings on
/// first start go, unless the patient had changed them.
#[test]
fn seeded_us_numbers_go_and_edited_ones_stay() {
    for (line, kept) in [
        ("988 (call or text, Suicide & Crisis Lifeline)", false),
        ("My own line 123", true),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("steady.sqlite3");
        {
            let conn = rusqlite::Connection::open(&path).unwrap();
            for v in 1..=7 {
                conn.execute_batch(steady_core::storage::migrations::migration_sql(v).unwrap())
                    .unwrap();
            }
            conn.pragma_update(None, "user_version", 7).unwrap();
            conn.execute(
                "INSERT INTO settings (key, value) VALUES ('crisis_line', ?1), ('emergency_number', '911'), ('crisis_numbers_seeded', 'US')",
                [line],
            )
            .unwrap();
        }
        let mut store = Store::open(&path).unwrap();
        let n = store.pick_country(None, "Europe/Berlin").unwrap();
        assert_eq!(n.crisis_line_typed, kept, "{line}");
        assert!(!n.emergency_typed, "911 was the seeded value");
        assert_eq!(
            n.emergency_number.as_deref(),
            Some("112"),
            "Berlin's, no longer the US's"
        );
        if kept {
            assert_eq!(n.crisis_line.as_deref(), Some(line));
        }
    }
}
