//! The moments of `moments.rs`, one phrasing at a time.

use super::super::tokens::tokenize;
use super::super::values::{Amount, Length, Unit};
use super::*;

fn when(s: &str) -> Option<When> {
    let t = tokenize(s);
    time_at(&t, 0)
        .filter(|timed| timed.end == t.len())
        .map(|timed| timed.when)
}

fn exact(minutes: u32, unit: Unit) -> Amount {
    Amount::Exact(Length { minutes, unit })
}

#[test]
fn moments_relative_to_the_visit() {
    let h = |n: u32| exact(n * 60, Unit::Hours);
    assert_eq!(
        when("for 6 hours before your appointment"),
        Some(When::Amount {
            amount: h(6),
            dir: Some(Dir::Before),
            until: false,
            each_visit: false,
            at_least: false
        })
    );
    assert_eq!(when("prior to"), None, "a direction alone is no moment");
    assert_eq!(
        when("until 2 hours beforehand"),
        Some(When::Amount {
            amount: h(2),
            dir: Some(Dir::Before),
            until: true,
            each_visit: false,
            at_least: false
        })
    );
    assert_eq!(
        when("in the last 30 minutes"),
        Some(When::Amount {
            amount: exact(30, Unit::Minutes),
            dir: None,
            until: false,
            each_visit: false,
            at_least: false
        })
    );
    assert_eq!(
        when("for 72 hrs BEFORE AND FOLLOWING your treatment"),
        Some(When::Amount {
            amount: h(72),
            dir: Some(Dir::Both),
            until: false,
            each_visit: false,
            at_least: false
        })
    );
    assert_eq!(
        when("24 hours before each visit"),
        Some(When::Amount {
            amount: h(24),
            dir: Some(Dir::Before),
            until: false,
            each_visit: true,
            at_least: false
        })
    );
    assert_eq!(
        when("for the six hours leading up to your infusion"),
        Some(When::Amount {
            amount: h(6),
            dir: Some(Dir::Before),
            until: false,
            each_visit: false,
            at_least: false
        })
    );
}

#[test]
fn clock_moments_and_spans() {
    assert_eq!(
        when("after midnight"),
        Some(When::Clock {
            minute_of_day: 0,
            day: Day::Unsaid
        })
    );
    assert_eq!(
        when("after 6 pm the night before"),
        Some(When::Clock {
            minute_of_day: 18 * 60,
            day: Day::Previous
        })
    );
    assert_eq!(
        when("after 10 p.m. the evening before"),
        Some(When::Clock {
            minute_of_day: 22 * 60,
            day: Day::Previous
        })
    );
    assert_eq!(when("until the following morning"), Some(When::NextMorning));
    assert_eq!(
        when("until the next day, after a restful sleep"),
        Some(When::NextMorning)
    );
    assert_eq!(when("the rest of the day"), Some(When::RestOfDay));
    assert_eq!(when("until the effects have worn off"), Some(When::UntilWornOff));
    assert_eq!(when("the night before or on the day"), Some(When::NightOrDay));
    assert_eq!(when("on the morning of your treatment"), Some(When::MorningOf));
    assert_eq!(
        when("for the next 24 hours"),
        Some(When::Amount {
            amount: exact(1440, Unit::Hours),
            dir: None,
            until: false,
            each_visit: false,
            at_least: false
        })
    );
}

#[test]
fn ranges_and_longests_are_kept_as_said() {
    let r = |a, b| {
        Amount::Range(
            Length {
                minutes: a,
                unit: Unit::Minutes,
            },
            Length {
                minutes: b,
                unit: Unit::Minutes,
            },
        )
    };
    assert_eq!(
        when("15 to 30 minutes"),
        Some(When::Amount {
            amount: r(15, 30),
            dir: None,
            until: false,
            each_visit: false,
            at_least: false
        })
    );
    let rh = Amount::Range(
        Length {
            minutes: 120,
            unit: Unit::Hours,
        },
        Length {
            minutes: 240,
            unit: Unit::Hours,
        },
    );
    assert_eq!(
        when("2-4 hours"),
        Some(When::Amount {
            amount: rh,
            dir: None,
            until: false,
            each_visit: false,
            at_least: false
        })
    );
    assert_eq!(
        when("up to 4 hours"),
        Some(When::Amount {
            amount: Amount::UpTo(Length {
                minutes: 240,
                unit: Unit::Hours
            }),
            dir: None,
            until: false,
            each_visit: false,
            at_least: false
        })
    );
    assert_eq!(
        when("a few hours"),
        Some(When::Amount {
            amount: Amount::Vague,
            dir: None,
            until: false,
            each_visit: false,
            at_least: false
        })
    );
}
