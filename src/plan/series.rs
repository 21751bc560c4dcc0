//! A series of sessions ("every Monday and Thursday for 3 weeks"): which
//! dates it makes, as a pure function of what the user asked.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Deserialize;
use ts_rs::TS;

use crate::basics::error::{Error, Result};

/// "Every Monday and Thursday for 3 weeks, at 09:00".
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct NewSeries {
    /// The first day the series may start on: "2026-12-07".
    pub first_date: String,
    /// Start time on each day: "09:00".
    pub time: String,
    /// Days of the week: "mon", "tue", ... "sun".
    pub weekdays: Vec<String>,
    pub weeks: u32,
    #[ts(optional)]
    pub tz: Option<String>,
    #[ts(optional)]
    pub clinic_name: Option<String>,
    #[ts(optional)]
    pub driver_name: Option<String>,
}

/// An induction is "six infusions over 2-4 weeks" (003), so a series longer
/// than this is almost certainly a mistake.
// Not a care number: a limit against typing mistakes (a year of weekly
// sessions would be 52), not a number of sessions anyone advises.
const SERIES_MAX_SESSIONS: usize = 24;

fn weekday(text: &str) -> Option<Weekday> {
    match text.trim().to_ascii_lowercase().get(..3)? {
        "mon" => Some(Weekday::Mon),
        "tue" => Some(Weekday::Tue),
        "wed" => Some(Weekday::Wed),
        "thu" => Some(Weekday::Thu),
        "fri" => Some(Weekday::Fri),
        "sat" => Some(Weekday::Sat),
        "sun" => Some(Weekday::Sun),
        _ => None,
    }
}

/// The dates of the series `input` asks for, or why it cannot be planned.
pub fn series_dates(input: &NewSeries) -> Result<Vec<NaiveDate>> {
    let first = NaiveDate::parse_from_str(input.first_date.trim(), "%Y-%m-%d")
        .map_err(|_| Error::invalid("first_date", crate::t!("error-series-first-date")))?;
    let days: Vec<Weekday> = input
        .weekdays
        .iter()
        .map(|d| {
            weekday(d).ok_or_else(|| Error::invalid("weekdays", crate::t!("error-series-weekday", day = d.as_str())))
        })
        .collect::<Result<_>>()?;
    if days.is_empty() {
        return Err(Error::invalid("weekdays", crate::t!("error-series-no-weekday")));
    }
    if !(1..=12).contains(&input.weeks) {
        return Err(Error::invalid("weeks", crate::t!("error-series-weeks-range")));
    }
    let dates: Vec<NaiveDate> = (0..i64::from(input.weeks) * 7)
        .map(|offset| first + Duration::days(offset))
        .filter(|date| days.contains(&date.weekday()))
        .collect();
    if dates.len() > SERIES_MAX_SESSIONS {
        return Err(Error::invalid(
            "weeks",
            crate::t!("error-series-too-many", count = dates.len(), max = SERIES_MAX_SESSIONS),
        ));
    }
    Ok(dates)
}
