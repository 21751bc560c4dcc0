//! Crisis lines and emergency numbers by country: who to call when something
//! feels seriously wrong.
//!
//! The table is care-facts' "Crisis and emergency numbers by country",
//! shipped exactly as written there (a test in tests/core/crisis.rs parses
//! shared/care-facts.md and compares every row). Each row's source is
//! named in care-facts under "Sources by country". A country that is not
//! here has no default: Steady says so and asks the patient at set-up.
//!
//! The table is English, as care-facts writes it; what a screen or a card
//! shows comes through [`table_words`]: the words around the numbers
//! ("call or text", "24/7, free", "ambulance") from the catalogue
//! (`care.ftl`), the services' names and their numbers exactly as here.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One row of care-facts' table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryNumbers {
    /// ISO 3166 alpha-2.
    pub code: &'static str,
    /// The country as care-facts names it.
    pub country: &'static str,
    pub crisis_line: &'static str,
    /// "24/7, free", or "10:00-24:00 daily, not 24/7" where it is not.
    pub hours: &'static str,
    pub emergency: &'static str,
}

const fn row(
    code: &'static str,
    country: &'static str,
    crisis_line: &'static str,
    hours: &'static str,
    emergency: &'static str,
) -> CountryNumbers {
    CountryNumbers {
        code,
        country,
        crisis_line,
        hours,
        emergency,
    }
}

// Care: care-facts "Crisis and emergency numbers by country" (gathered
// 2026-11 from each service's own site; sources by country listed there).
pub const CRISIS_NUMBERS: [CountryNumbers; 24] = [
    row(
        "US",
        "United States",
        "988 Suicide & Crisis Lifeline (call or text)",
        "24/7",
        "911",
    ),
    row(
        "CA",
        "Canada",
        "9-8-8 Suicide Crisis Helpline (call or text, English/French)",
        "24/7",
        "911",
    ),
    row(
        "GB",
        "United Kingdom",
        "Samaritans 116 123; Shout: text 85258",
        "24/7",
        "999 (112 works)",
    ),
    row(
        "IE",
        "Ireland",
        "Samaritans 116 123; Pieta 1800 247 247 (text HELP to 51444)",
        "24/7",
        "112 or 999",
    ),
    row(
        "DE",
        "Germany",
        "TelefonSeelsorge 0800 111 0 111 or 0800 111 0 222 or 116 123",
        "24/7, free",
        "112",
    ),
    row(
        "AT",
        "Austria",
        "TelefonSeelsorge 142",
        "24/7, free",
        "112 (ambulance 144)",
    ),
    row(
        "CH",
        "Switzerland",
        "Die Dargebotene Hand 143",
        "24/7",
        "112 (ambulance 144)",
    ),
    row(
        "FR",
        "France",
        "3114 (national suicide prevention line)",
        "24/7, free",
        "112 (SAMU 15)",
    ),
    row(
        "NL",
        "Netherlands",
        "113 Zelfmoordpreventie: 113 or 0800-0113",
        "24/7",
        "112",
    ),
    row(
        "BE",
        "Belgium",
        "Zelfmoordlijn 1813 (Dutch); Centre de Prévention du Suicide 0800 32 123 (French)",
        "24/7",
        "112",
    ),
    row("ES", "Spain", "024 (national suicide line)", "24/7, free", "112"),
    row(
        "IT",
        "Italy",
        "Telefono Amico Italia 02 2327 2327",
        "10:00-24:00 daily, not 24/7",
        "112",
    ),
    row(
        "PT",
        "Portugal",
        "1411 (national suicide prevention line)",
        "24/7",
        "112",
    ),
    row("SE", "Sweden", "Mind Självmordslinjen 90101", "24/7", "112"),
    row(
        "NO",
        "Norway",
        "Mental Helse 116 123; Kirkens SOS 22 40 00 40",
        "24/7",
        "113 (medical)",
    ),
    row(
        "FI",
        "Finland",
        "MIELI Crisis Helpline 09 2525 0111",
        "24/7 (Finnish)",
        "112",
    ),
    row("PL", "Poland", "Centrum Wsparcia 800 70 2222", "24/7", "112"),
    row(
        "AU",
        "Australia",
        "Lifeline 13 11 14 (text 0477 13 11 14)",
        "24/7",
        "000",
    ),
    row(
        "NZ",
        "New Zealand",
        "1737 \"Need to talk?\" (call or text)",
        "24/7, free",
        "111",
    ),
    row("IN", "India", "Tele-MANAS 14416", "24/7, free", "112"),
    row(
        "JP",
        "Japan",
        "Yorisoi Hotline 0120-279-338",
        "24/7, free",
        "119 (ambulance)",
    ),
    row("BR", "Brazil", "CVV 188", "24/7, free", "192 (SAMU)"),
    row("MX", "Mexico", "Línea de la Vida 800 911 2000", "24/7, free", "911"),
    row(
        "ZA",
        "South Africa",
        "SADAG Suicide Crisis Line 0800 567 567",
        "24 h",
        "10177 (ambulance); 112 from mobiles",
    ),
];

/// A text of the table (a crisis line, its hours, an emergency number) in
/// the current language: the words around the numbers from the catalogue,
/// each service's name and every number as the table has them. A text
/// with no words of its own ("112", "TelefonSeelsorge 142") is as it is.
pub fn table_words(text: &str) -> String {
    match text {
        // Crisis lines.
        "988 Suicide & Crisis Lifeline (call or text)" => {
            crate::t!("crisis-line-call-or-text", line = "988 Suicide & Crisis Lifeline")
        }
        "1737 \"Need to talk?\" (call or text)" => {
            crate::t!("crisis-line-call-or-text", line = "1737 \"Need to talk?\"")
        }
        "9-8-8 Suicide Crisis Helpline (call or text, English/French)" => crate::t!(
            "crisis-line-call-or-text-english-french",
            line = "9-8-8 Suicide Crisis Helpline"
        ),
        "Samaritans 116 123; Shout: text 85258" => crate::t!(
            "crisis-line-and-text-line",
            line = "Samaritans 116 123",
            name = "Shout",
            number = "85258"
        ),
        "Samaritans 116 123; Pieta 1800 247 247 (text HELP to 51444)" => crate::t!(
            "crisis-line-and-text-word",
            line = "Samaritans 116 123",
            second = "Pieta 1800 247 247",
            word = "HELP",
            number = "51444"
        ),
        "TelefonSeelsorge 0800 111 0 111 or 0800 111 0 222 or 116 123" => crate::t!(
            "crisis-line-three-numbers",
            name = "TelefonSeelsorge",
            first = "0800 111 0 111",
            second = "0800 111 0 222",
            third = "116 123"
        ),
        "113 Zelfmoordpreventie: 113 or 0800-0113" => crate::t!(
            "crisis-line-two-numbers",
            name = "113 Zelfmoordpreventie",
            first = "113",
            second = "0800-0113"
        ),
        "Zelfmoordlijn 1813 (Dutch); Centre de Prévention du Suicide 0800 32 123 (French)" => crate::t!(
            "crisis-line-dutch-french",
            dutch = "Zelfmoordlijn 1813",
            french = "Centre de Prévention du Suicide 0800 32 123"
        ),
        "3114 (national suicide prevention line)" => crate::t!("crisis-line-national-prevention", number = "3114"),
        "1411 (national suicide prevention line)" => crate::t!("crisis-line-national-prevention", number = "1411"),
        "024 (national suicide line)" => crate::t!("crisis-line-national", number = "024"),
        "Lifeline 13 11 14 (text 0477 13 11 14)" => crate::t!(
            "crisis-line-text-number",
            line = "Lifeline 13 11 14",
            number = "0477 13 11 14"
        ),
        // Hours.
        "24/7" => crate::t!("crisis-hours-always"),
        "24/7, free" => crate::t!("crisis-hours-always-free"),
        "24/7 (Finnish)" => crate::t!("crisis-hours-always-finnish"),
        "10:00-24:00 daily, not 24/7" => crate::t!("crisis-hours-daily", hours = "10:00-24:00"),
        "24 h" => crate::t!("crisis-hours-around-the-clock"),
        // Emergency numbers.
        "999 (112 works)" => crate::t!("crisis-emergency-also-works", number = "999", also = "112"),
        "112 or 999" => crate::t!("crisis-emergency-either", first = "112", second = "999"),
        "112 (ambulance 144)" => crate::t!("crisis-emergency-and-ambulance", number = "112", ambulance = "144"),
        "113 (medical)" => crate::t!("crisis-emergency-medical", number = "113"),
        "119 (ambulance)" => crate::t!("crisis-emergency-ambulance", number = "119"),
        "10177 (ambulance); 112 from mobiles" => crate::t!(
            "crisis-emergency-ambulance-and-mobile",
            number = "10177",
            mobile = "112"
        ),
        other => other.to_string(),
    }
}

/// The country's name: care-facts' spelling for the countries in its table
/// ("United Kingdom"), the tz database's for the rest.
pub fn country_name(code: &str) -> Option<&'static str> {
    match numbers_for(code) {
        Some(row) => Some(row.country),
        None => crate::facts::countries::tz_country_name(code),
    }
}

/// A country's name in the current language: the catalogue names the
/// countries of care-facts' table (`country-name`); others keep the tz
/// database's English name.
pub fn country_name_in_words(code: &str) -> Option<String> {
    let english = country_name(code)?;
    Some(crate::t!(
        "country-name",
        code = code.to_ascii_uppercase(),
        name = english
    ))
}

/// A country for the chooser.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Country {
    pub code: String,
    pub name: String,
    /// Steady ships this country's crisis numbers (care-facts' table).
    pub has_numbers: bool,
}

/// Every country, by name.
pub fn all_countries() -> Vec<Country> {
    let mut all: Vec<Country> = crate::facts::countries::codes()
        .map(|code| Country {
            code: code.to_string(),
            name: country_name_in_words(code).unwrap_or_else(|| code.to_string()),
            has_numbers: numbers_for(code).is_some(),
        })
        .collect();
    all.sort_by(|a, b| a.name.cmp(&b.name));
    all
}

/// The numbers care-facts lists for `code` (ISO alpha-2, any case).
pub fn numbers_for(code: &str) -> Option<&'static CountryNumbers> {
    CRISIS_NUMBERS.iter().find(|row| row.code.eq_ignore_ascii_case(code))
}

/// How Steady knows the patient's country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum CountryFrom {
    /// The system's locale names it (de_DE → Germany).
    SystemRegion,
    /// The locale names none (C, POSIX); the time zone's country is a guess
    /// to confirm.
    TimeZone,
    /// The patient chose it.
    Chosen,
}

impl CountryFrom {
    pub fn as_str(self) -> &'static str {
        match self {
            CountryFrom::SystemRegion => "system_region",
            CountryFrom::TimeZone => "time_zone",
            CountryFrom::Chosen => "chosen",
        }
    }

    pub fn parse(text: &str) -> Option<CountryFrom> {
        [CountryFrom::SystemRegion, CountryFrom::TimeZone, CountryFrom::Chosen]
            .into_iter()
            .find(|from| from.as_str() == text)
    }
}

/// The numbers every screen and document shows, worked out when shown: what
/// the patient typed wins, field by field; otherwise care-facts' table for
/// their country, so a newer table reaches them unless they typed their own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CrisisNumbers {
    /// ISO alpha-2, None until known.
    pub country: Option<String>,
    pub country_name: Option<String>,
    pub country_from: Option<CountryFrom>,
    /// The country was guessed from the time zone and the patient has not
    /// said yes to it yet.
    pub needs_confirming: bool,
    /// Steady ships this country's numbers (care-facts' table).
    pub country_in_table: bool,
    pub crisis_line: Option<String>,
    /// The line's hours from the table ("24/7, free"); None for a typed line.
    pub crisis_hours: Option<String>,
    pub crisis_line_typed: bool,
    pub emergency_number: Option<String>,
    pub emergency_typed: bool,
    /// Something to settle at set-up rather than in a crisis (see
    /// [`CrisisNumbers::needs_attention`]).
    pub needs_attention: bool,
}

impl CrisisNumbers {
    /// Works out the numbers from the settings as stored.
    pub fn from_settings(
        country: Option<&str>,
        country_from: Option<CountryFrom>,
        confirmed: bool,
        typed_crisis_line: Option<String>,
        typed_emergency: Option<String>,
    ) -> CrisisNumbers {
        let row = country.and_then(numbers_for);
        let crisis_line_typed = typed_crisis_line.is_some();
        let emergency_typed = typed_emergency.is_some();
        let mut numbers = CrisisNumbers {
            country: country.map(str::to_string),
            country_name: country.and_then(country_name_in_words),
            country_from,
            needs_confirming: country_from == Some(CountryFrom::TimeZone) && !confirmed,
            country_in_table: row.is_some(),
            crisis_hours: match crisis_line_typed {
                true => None,
                false => row.map(|r| table_words(r.hours)),
            },
            crisis_line: typed_crisis_line.or_else(|| row.map(|r| table_words(r.crisis_line))),
            crisis_line_typed,
            emergency_number: typed_emergency.or_else(|| row.map(|r| table_words(r.emergency))),
            emergency_typed,
            needs_attention: false,
        };
        numbers.needs_attention = numbers.needs_attention();
        numbers
    }

    /// Something to settle at set-up rather than in a crisis: no crisis line
    /// at all, or a country guessed from the time zone.
    pub fn needs_attention(&self) -> bool {
        self.crisis_line.is_none() || self.emergency_number.is_none() || self.needs_confirming
    }

    /// "Germany", or "your country" when not known.
    pub fn whose(&self) -> String {
        match &self.country_name {
            Some(name) => name.clone(),
            None => crate::t!("crisis-your-country"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_known_countries() {
        for (i, row) in CRISIS_NUMBERS.iter().enumerate() {
            assert!(
                crate::facts::countries::tz_country_name(row.code).is_some(),
                "{}",
                row.code
            );
            assert!(
                CRISIS_NUMBERS[..i].iter().all(|other| other.code != row.code),
                "{}",
                row.code
            );
        }
        assert_eq!(numbers_for("de").map(|r| r.emergency), Some("112"));
        assert_eq!(numbers_for("DK"), None, "not in care-facts' table: no default");
    }

    #[test]
    fn names_prefer_care_facts_spelling() {
        assert_eq!(country_name("GB"), Some("United Kingdom"));
        assert_eq!(country_name("dk"), Some("Denmark"));
        assert_eq!(country_name("ZZ"), None);
        let all = all_countries();
        assert!(all.len() > 240);
        assert_eq!(all.iter().filter(|c| c.has_numbers).count(), 24);
    }

    /// In English the table's texts come out exactly as care-facts has
    /// them; in the accented pseudo-language each English word around the
    /// numbers comes from the catalogue (the services' names stay).
    #[test]
    fn the_words_around_the_numbers_come_from_the_catalogue() {
        use crate::basics::i18n::{with_language, Messages};
        // Words of the table that are not part of a service's name.
        const WORDS: &[&str] = &[
            "call",
            "text",
            "or",
            "national",
            "suicide",
            "prevention",
            "line",
            "Dutch",
            "French",
            "Finnish",
            "free",
            "daily",
            "not",
            "works",
            "ambulance",
            "medical",
            "from",
            "mobiles",
            "h",
        ];
        let fields = || {
            CRISIS_NUMBERS
                .iter()
                .flat_map(|row| [row.crisis_line, row.hours, row.emergency])
        };
        with_language(&Messages::english(), || {
            for text in fields() {
                assert_eq!(table_words(text), text);
            }
        });
        with_language(&Messages::of("en-XA"), || {
            for text in fields() {
                let words = table_words(text);
                if words == text {
                    // Lower-case words outside the names: "(call or text)".
                    let own: Vec<&str> = text
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| WORDS.contains(w))
                        .collect();
                    assert!(own.is_empty(), "{text}: {own:?} not from the catalogue");
                }
            }
        });
    }

    #[test]
    fn typed_numbers_win_field_by_field() {
        let n = CrisisNumbers::from_settings(
            Some("DE"),
            Some(CountryFrom::SystemRegion),
            false,
            None,
            Some("110".into()),
        );
        assert_eq!(
            n.crisis_line.as_deref(),
            Some("TelefonSeelsorge 0800 111 0 111 or 0800 111 0 222 or 116 123")
        );
        assert_eq!(n.crisis_hours.as_deref(), Some("24/7, free"));
        assert_eq!((n.emergency_number.as_deref(), n.emergency_typed), (Some("110"), true));
        assert!(!n.needs_attention());
        let n = CrisisNumbers::from_settings(Some("DK"), Some(CountryFrom::TimeZone), false, None, None);
        assert_eq!(
            (n.country_name.as_deref(), n.country_in_table, n.crisis_line.as_deref()),
            (Some("Denmark"), false, None)
        );
        assert!(n.needs_confirming && n.needs_attention());
        let n = CrisisNumbers::from_settings(Some("IT"), Some(CountryFrom::TimeZone), true, None, None);
        assert_eq!(n.crisis_hours.as_deref(), Some("10:00-24:00 daily, not 24/7"));
        assert!(!n.needs_attention());
    }
}
