//! Wall-clock time: parsing what people type, and turning local clock times
//! into instants.
//!
//! Instants are stored in UTC together with the session's IANA zone. A local
//! time can fall into a DST gap (02:30 on a spring-forward night does not
//! exist) or an overlap (01:30 on a fall-back night happens twice); chrono
//! reports both, and [`resolve_local`] decides them in one documented way.
//! Nothing here reads the clock: callers pass `now` in, so every rule is
//! testable at any date.

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::basics::error::{Error, Result};

/// Where the current time comes from. The app and CLI use [`SystemClock`];
/// tests use a fixed instant.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// The laptop's IANA zone, or "UTC" when the system does not say.
pub fn system_time_zone() -> String {
    match std::env::var("TZ") {
        // A TZ variable naming a zone (as tests and some users set) wins.
        Ok(name) if name.parse::<Tz>().is_ok() => name,
        _ => iana_time_zone::get_timezone()
            .ok()
            .filter(|name| name.parse::<Tz>().is_ok())
            .unwrap_or_else(|| "UTC".to_string()),
    }
}

/// [`system_time_zone`] as a zone.
pub fn system_zone() -> Tz {
    system_time_zone().parse().unwrap_or(chrono_tz::UTC)
}

pub fn parse_zone(name: &str) -> Result<Tz> {
    name.trim()
        .parse::<Tz>()
        .map_err(|_| Error::invalid("tz", crate::t!("error-unknown-time-zone", name = name)))
}

/// Parses a local date and time as typed or sent by the UI:
/// `2026-12-03T09:00`, `2026-12-03 09:00` or with seconds.
pub fn parse_local_date_time(field: &'static str, text: &str) -> Result<NaiveDateTime> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::invalid(field, crate::t!("error-date-time-empty")));
    }
    for format in [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
    ] {
        if let Ok(parsed) = NaiveDateTime::parse_from_str(text, format) {
            return Ok(parsed);
        }
    }
    Err(Error::invalid(field, crate::t!("error-not-a-date-time", text = text)))
}

/// Turns a local clock time in `tz` into an instant.
///
/// - A time that happens twice (DST overlap) means its first occurrence:
///   reminders then come early rather than an hour late.
/// - A time that does not exist (DST gap) is read with the offset in force
///   before the gap, which lands the same distance past the gap's start:
///   02:30 on a spring-forward night in Berlin becomes 03:30 CEST.
pub fn resolve_local(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(at) => at.with_timezone(&Utc),
        LocalResult::Ambiguous(earlier, _later) => earlier.with_timezone(&Utc),
        LocalResult::None => {
            // Gaps last at most a day (Samoa 2011); the offset a day and a half
            // earlier, read as UTC, is the one in force before this gap.
            // Not a care number: time zone arithmetic.
            let before_gap = local - Duration::hours(36);
            let offset = tz.offset_from_utc_datetime(&before_gap);
            let seconds = chrono::Offset::fix(&offset).local_minus_utc();
            (local - Duration::seconds(i64::from(seconds))).and_utc()
        }
    }
}

/// The local date of an instant in `tz`.
pub fn local_date(at: DateTime<Utc>, tz: Tz) -> NaiveDate {
    at.with_timezone(&tz).date_naive()
}

/// `2026-12-03T09:00:00+01:00`: the instant as the clock on the clinic's wall shows it.
pub fn local_rfc3339(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// `2026-12-03T09:00`: the form the UI's date and time inputs use.
pub fn local_input_value(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format("%Y-%m-%dT%H:%M").to_string()
}

/// The instant at `minute_of_day` local time on the date `day_offset` days from
/// `anchor`'s local date: "the evening before at 22:00".
pub fn at_local_clock(anchor: DateTime<Utc>, tz: Tz, day_offset: i32, minute_of_day: u32) -> DateTime<Utc> {
    let date = local_date(anchor, tz) + Duration::days(i64::from(day_offset));
    let time =
        NaiveTime::from_num_seconds_from_midnight_opt(minute_of_day.min(24 * 60 - 1) * 60, 0).unwrap_or(NaiveTime::MIN);
    resolve_local(tz, date.and_time(time))
}

/// Stored form of an instant: fixed width, UTC, so text order is time order.
pub fn to_db(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Stored form of a moment measured rather than planned (when a reminder
/// fired), to the millisecond: whole seconds understated lateness by up to
/// a second and let a reminder a second early pass for on time. Fixed width
/// too; `from_db` reads both forms.
pub fn to_db_ms(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

pub fn from_db(text: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|at| at.with_timezone(&Utc))
        .map_err(|e| {
            Error::Storage(rusqlite::Error::FromSqlConversionFailure(
                0,
                rusqlite::types::Type::Text,
                Box::new(e),
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(text: &str) -> NaiveDateTime {
        parse_local_date_time("t", text).unwrap()
    }

    #[test]
    fn spring_forward_gap_moves_past_the_gap() {
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        // 2026-03-29 02:30 does not exist in Berlin; 01:30 UTC is 03:30 CEST.
        let at = resolve_local(berlin, naive("2026-03-29T02:30"));
        assert_eq!(to_db(at), "2026-03-29T01:30:00Z");
    }

    #[test]
    fn fall_back_overlap_takes_the_first_occurrence() {
        let new_york: Tz = "America/New_York".parse().unwrap();
        // 2026-11-01 01:30 happens at 05:30 UTC (EDT) and 06:30 UTC (EST).
        let at = resolve_local(new_york, naive("2026-11-01T01:30"));
        assert_eq!(to_db(at), "2026-11-01T05:30:00Z");
    }

    #[test]
    fn evening_before_stays_at_22_local_across_dst_change() {
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        // Session Monday 30 March 09:00 CEST; the evening before is Sunday 29
        // March, the day clocks went forward: 22:00 CEST = 20:00 UTC.
        let start = resolve_local(berlin, naive("2026-03-30T09:00"));
        let evening = at_local_clock(start, berlin, -1, 22 * 60);
        assert_eq!(local_rfc3339(evening, berlin), "2026-03-29T22:00:00+02:00");
    }

    #[test]
    fn unreadable_input_names_the_expected_form() {
        let err = parse_local_date_time("start", "next tuesday").unwrap_err();
        assert!(err.to_string().contains("2026-12-03T09:00"), "{err}");
        assert!(parse_local_date_time("start", "  ").is_err());
        assert!(
            parse_local_date_time("start", "2026-02-30T09:00").is_err(),
            "30 February is not a date"
        );
    }
}
