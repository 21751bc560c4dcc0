//! The patient's day: when they wake, their morning and evening, when they
//! go to bed, and when the evening check-in comes. Every one of these is
//! "Steady's choice" (no care source sets them; care-facts only says "sleep
//! well the night before", 002), shown as such and settable in Settings.
//! What the night means for reminders is `plan::night`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::basics::error::{Error, Result};

/// A time of day, "HH:MM", as a minute of the day (0..1440).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, TS)]
#[ts(type = "string")]
pub struct ClockTime(u32);

impl ClockTime {
    pub const fn hm(hour: u32, minute: u32) -> ClockTime {
        ClockTime(hour * 60 + minute)
    }

    pub fn minute_of_day(self) -> u32 {
        self.0
    }

    /// "07:00", "7:00" or "7". Anything else says what is expected.
    pub fn parse(field: &'static str, text: &str) -> Result<ClockTime> {
        let text = text.trim();
        let (h, m) = text.split_once(':').unwrap_or((text, "00"));
        let digits = |s: &str, lens: &[usize]| lens.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
        match (
            digits(h, &[1, 2]) && digits(m, &[2]),
            h.parse::<u32>(),
            m.parse::<u32>(),
        ) {
            (true, Ok(h), Ok(m)) if h < 24 && m < 60 => Ok(ClockTime(h * 60 + m)),
            _ => Err(Error::invalid(field, crate::t!("error-not-a-time-of-day", text = text))),
        }
    }
}

impl std::fmt::Display for ClockTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl Serialize for ClockTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        ClockTime::parse("time", &text).map_err(|e| serde::de::Error::custom(e.to_string()))
    }
}

impl JsonSchema for ClockTime {
    fn schema_name() -> String {
        "ClockTime".into()
    }
    fn json_schema(_: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::String.into()),
            string: Some(Box::new(schemars::schema::StringValidation {
                pattern: Some("^([01]?[0-9]|2[0-3]):[0-5][0-9]$".into()),
                ..Default::default()
            })),
            metadata: Some(Box::new(schemars::schema::Metadata {
                description: Some("A time of day, 24-hour: \"07:30\".".into()),
                ..Default::default()
            })),
            ..Default::default()
        }
        .into()
    }
}

/// The patient's day, as Settings → "Your day" sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DayTimes {
    /// The night ends; "morning of" items come then.
    pub wake: ClockTime,
    /// The day-before morning item ("Keep the day calm").
    pub morning: ClockTime,
    /// The day-before evening items (confirm the driver, pack the bag).
    pub evening: ClockTime,
    /// The night starts; the sleep item, and cutoffs that fall in the night.
    pub bedtime: ClockTime,
    /// The evening check-in after a session.
    pub check_in: ClockTime,
}

impl Default for DayTimes {
    /// Steady's choice (settings `wake_time`, `morning_time`, `evening_time`, `bedtime`, `check_in_time`).
    /// The night 22:30-07:00 is the one issue 15 set out;
    /// 10:00 and 18:00 are when the day-before items always came; the
    /// check-in at 19:00 after the evening meal.
    fn default() -> Self {
        DayTimes {
            wake: ClockTime::hm(7, 0),
            morning: ClockTime::hm(10, 0),
            evening: ClockTime::hm(18, 0),
            bedtime: ClockTime::hm(22, 30),
            check_in: ClockTime::hm(19, 0),
        }
    }
}

impl DayTimes {
    /// Minutes from wake time, so the day reads in the order it is lived
    /// even when bedtime is after midnight.
    fn since_wake(&self, t: ClockTime) -> u32 {
        (t.0 + 24 * 60 - self.wake.0) % (24 * 60)
    }
    /// The day's times must follow each other: wake, morning, evening (and
    /// the check-in) before bedtime, with some night left.
    pub fn validate(&self) -> Result<()> {
        let (morning, evening, bed, check_in) = (
            self.since_wake(self.morning),
            self.since_wake(self.evening),
            self.since_wake(self.bedtime),
            self.since_wake(self.check_in),
        );
        if bed == 0 || bed > 22 * 60 {
            return Err(Error::invalid("bedtime", crate::t!("error-day-night-too-short")));
        }
        if bed < 6 * 60 {
            return Err(Error::invalid("bedtime", crate::t!("error-day-too-short")));
        }
        if !(morning < evening && evening < bed) {
            return Err(Error::invalid("evening", crate::t!("error-day-out-of-order")));
        }
        if check_in >= bed {
            return Err(Error::invalid(
                "check_in",
                crate::t!("error-day-check-in-after-bedtime"),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_day_must_read_in_order() {
        assert!(DayTimes::default().validate().is_ok());
        let backwards = DayTimes {
            evening: ClockTime::hm(9, 0),
            ..DayTimes::default()
        };
        assert!(backwards.validate().is_err());
        let short_night = DayTimes {
            bedtime: ClockTime::hm(6, 0),
            ..DayTimes::default()
        };
        assert!(short_night.validate().is_err());
        assert!(ClockTime::parse("t", "25:00").is_err());
        assert!(ClockTime::parse("t", "7:5").is_err());
        assert_eq!(ClockTime::parse("t", "7:05").unwrap().to_string(), "07:05");
        assert_eq!(ClockTime::parse("t", "7").unwrap().to_string(), "07:00");
    }
}
