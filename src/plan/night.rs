//! The quiet night, from bedtime to wake: no reminder pops up inside it.
//!
//! A reminder whose moment falls in the night comes at bedtime when its item
//! is due before the night ends (a fasting cutoff at 03:00 is said at 22:30,
//! naming 03:00), and at wake time when the item is due after it (a lead
//! time that reached back into the night). Items keep their real times on
//! the checklist; only the pop-up moves. A reminder that is late (the
//! laptop slept through its time) and would pop up in the middle of the
//! night waits for the morning instead.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::basics::time::{at_local_clock, local_date, resolve_local};
use crate::facts::day::{ClockTime, DayTimes};

/// A night: the patient goes to bed at `bed` and wakes at `wake`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Night {
    pub bed: DateTime<Utc>,
    pub wake: DateTime<Utc>,
}

impl Night {
    pub fn contains(&self, at: DateTime<Utc>) -> bool {
        self.bed <= at && at < self.wake
    }
}

/// Late reminders (the laptop slept through their time): one owed since
/// bedtime or before still pops up in the night's first hour, when the
/// patient is most likely still up (a laptop that just woke was most likely
/// opened by them); later in the night it waits for the morning. Steady's
/// choice.
// Not a care number: how the reminder engine treats lateness at night (reminders, not care).
pub const BEDTIME_GRACE: Duration = Duration::minutes(60);

/// The night whose bedtime falls on the local `date`.
fn night_from(day: &DayTimes, date: NaiveDate, tz: Tz) -> Night {
    let noon = resolve_local(tz, date.and_hms_opt(12, 0, 0).unwrap_or_default());
    let bed = at_local_clock(noon, tz, 0, day.bedtime.minute_of_day());
    // Waking is the next time the clock shows `wake` after bedtime: the
    // same date when bedtime is after midnight (01:00 to 09:00).
    let wake_day = if day.wake > day.bedtime { 0 } else { 1 };
    let wake = at_local_clock(noon, tz, wake_day, day.wake.minute_of_day());
    Night { bed, wake }
}

/// The night `at` falls in, if it falls in one.
pub fn night_containing(day: &DayTimes, at: DateTime<Utc>, tz: Tz) -> Option<Night> {
    let date = local_date(at, tz);
    // Not a care number: the night that began the evening before.
    [date - Duration::days(1), date]
        .into_iter()
        .map(|d| night_from(day, d, tz))
        .find(|night| night.contains(at))
}

/// When a reminder wanted at `remind_at` for an item due at `due_at` pops
/// up: outside the night as it is; in the night at bedtime when the item is
/// due before waking, else at wake time.
pub fn reminder_at(day: &DayTimes, remind_at: DateTime<Utc>, due_at: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
    match night_containing(day, remind_at, tz) {
        None => remind_at,
        Some(night) if due_at < night.wake => night.bed,
        Some(night) => night.wake,
    }
}

/// For a reminder owed since `fire_at` and still owed at `now`: the wake
/// time to wait for, when popping it up now would wake the patient.
pub fn quiet_until(day: &DayTimes, fire_at: DateTime<Utc>, now: DateTime<Utc>, tz: Tz) -> Option<DateTime<Utc>> {
    let night = night_containing(day, now, tz)?;
    let since = fire_at.max(night.bed);
    (now - since > BEDTIME_GRACE).then_some(night.wake)
}

/// The wake time on the local date `day_offset` days from `anchor`'s.
pub fn wake_on(day: &DayTimes, anchor: DateTime<Utc>, tz: Tz, day_offset: i32) -> DateTime<Utc> {
    at(anchor, tz, day_offset, day.wake)
}

/// `time` on the local date `day_offset` days from `anchor`'s.
pub fn at(anchor: DateTime<Utc>, tz: Tz, day_offset: i32, time: ClockTime) -> DateTime<Utc> {
    at_local_clock(anchor, tz, day_offset, time.minute_of_day())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::day::ClockTime;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn a_fasting_cutoff_at_three_is_reminded_at_bedtime() {
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        let day = DayTimes::default();
        // 03:00 CET = 02:00 UTC; bedtime the evening before, 22:30 CET.
        let due = at("2026-12-03T02:00:00Z");
        assert_eq!(reminder_at(&day, due, due, berlin), at("2026-12-02T21:30:00Z"));
        // Due at 08:00, reminded 90 min early (06:30, in the night): at 07:00.
        let due = at("2026-12-03T07:00:00Z");
        assert_eq!(
            reminder_at(&day, due - Duration::minutes(90), due, berlin),
            at("2026-12-03T06:00:00Z")
        );
        // 21:00 is outside the night.
        let evening = at("2026-12-02T20:00:00Z");
        assert_eq!(reminder_at(&day, evening, evening, berlin), evening);
    }

    #[test]
    fn a_night_after_midnight_and_one_across_a_dst_change() {
        let new_york: Tz = "America/New_York".parse().unwrap();
        let day = DayTimes {
            bedtime: ClockTime::hm(1, 0),
            wake: ClockTime::hm(9, 0),
            ..DayTimes::default()
        };
        day.validate().unwrap();
        // 2026-11-01 is the fall-back night in New York: 01:00 happens twice;
        // the night starts at the first, 05:00 UTC, and ends 09:00 EST.
        let night = night_containing(&day, at("2026-11-01T08:00:00Z"), new_york).unwrap();
        assert_eq!(night.bed, at("2026-11-01T05:00:00Z"));
        assert_eq!(night.wake, at("2026-11-01T14:00:00Z"));
    }

    #[test]
    fn a_late_reminder_waits_for_the_morning_after_the_first_hour_of_the_night() {
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        let day = DayTimes::default();
        let bed = at("2026-12-02T21:30:00Z");
        assert_eq!(quiet_until(&day, bed, bed + Duration::seconds(2), berlin), None);
        assert_eq!(quiet_until(&day, bed, bed + Duration::minutes(59), berlin), None);
        assert_eq!(
            quiet_until(&day, at("2026-12-02T18:00:00Z"), at("2026-12-03T01:00:00Z"), berlin),
            Some(at("2026-12-03T06:00:00Z"))
        );
    }
}
