//! Countries by name and by time zone, for choosing the crisis numbers when
//! the system's locale names no region.
//!
//! The data are the IANA tz database's own tables (public domain), shipped
//! as text: `zones.tab` (every zone and link to its country, from zone.tab
//! with tzdata.zi's links resolved) and `countries.tab` (iso3166.tab). To
//! regenerate them from a newer tzdata, run `python3 tests/tz_tables.py`.

const ZONES: &str = include_str!("zones.tab");
const COUNTRIES: &str = include_str!("countries.tab");

fn rows(table: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    table
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t'))
}

/// The country of an IANA zone ("Europe/Berlin" → "DE"); None for zones
/// of no country (UTC, Etc/GMT+1) or names the tz database does not know.
pub fn country_of_zone(zone: &str) -> Option<&'static str> {
    rows(ZONES).find(|(name, _)| *name == zone).map(|(_, code)| code)
}

/// The country's name as the tz database spells it ("Britain (UK)");
/// see `crisis::country_name` for the name Steady shows.
pub fn tz_country_name(code: &str) -> Option<&'static str> {
    rows(COUNTRIES)
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map(|(_, name)| name)
}

/// Every ISO code the tz database names.
pub fn codes() -> impl Iterator<Item = &'static str> {
    rows(COUNTRIES).map(|(code, _)| code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_and_their_old_names_give_the_country() {
        assert_eq!(country_of_zone("Europe/Berlin"), Some("DE"));
        assert_eq!(country_of_zone("Europe/Kiev"), Some("UA"), "a link, resolved");
        assert_eq!(country_of_zone("Asia/Calcutta"), Some("IN"));
        assert_eq!(country_of_zone("US/Eastern"), Some("US"));
        assert_eq!(country_of_zone("Australia/Sydney"), Some("AU"));
        assert_eq!(country_of_zone("UTC"), None);
        assert_eq!(country_of_zone("Mars/Olympus"), None);
    }

    #[test]
    fn most_zones_chrono_knows_have_a_country() {
        // Zones tz keeps only for history (America/Montreal) or of no
        // country (Etc/GMT+1) have none: Steady asks instead of guessing.
        let named = chrono_tz::TZ_VARIANTS
            .iter()
            .filter(|tz| country_of_zone(tz.name()).is_some())
            .count();
        assert!(named > 400, "{named} zones with a country");
        assert_eq!(country_of_zone("Etc/GMT+1"), None);
    }

    #[test]
    fn names_come_from_the_tz_database() {
        assert_eq!(tz_country_name("dk"), Some("Denmark"));
        assert_eq!(tz_country_name("ZZ"), None);
        assert!(codes().count() > 240);
    }
}
