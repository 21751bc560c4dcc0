//! The system's locale: which country the user is in (for the crisis
//! numbers) and how their system writes times and dates (24-hour or 12-hour,
//! day before month or after), read once at start-up and passed down.
//!
//! On Linux the region comes from the locale name (`de_DE.UTF-8` → DE) and
//! the clock and date order from glibc's own data for that locale
//! (`nl_langinfo_l(T_FMT)` and `D_FMT`), so Steady shows times as `date`
//! does. A locale that is not installed (minimal systems generate only
//! C.UTF-8) gets its region's usual style; with no region, C's. The
//! webview's `navigator.language` is not used: WebKitGTK reports en-US
//! whatever the system says.
//!
//! macOS and Windows GUI apps rarely see `LANG`; there the region is unknown
//! (so Steady asks, from the time zone) and the clock is 24-hour unless the
//! environment says otherwise. Their equivalents (CFLocale, GetLocaleInfoEx)
//! are noted in README as not used yet.

use chrono::{DateTime, Datelike, Timelike, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// 24-hour or 12-hour clock, as the user's system shows times.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ClockStyle {
    #[default]
    H24,
    H12,
}

/// Which comes first in a date the system writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DateOrder {
    /// 03.12.2026, "Thursday 3 December" (most of the world).
    #[default]
    DayMonth,
    /// 12/03/2026, "Thursday, December 3" (the US).
    MonthDay,
    /// 2026-12-03 (Sweden, China, Japan, Korea...); in words as day-month.
    YearMonthDay,
}

/// How times and dates are written, on both sides of IPC: the UI gets this
/// value and formats with it; Rust formats notifications, PDFs, the calendar
/// file and the driver's message with [`TimeStyle::clock`] and [`TimeStyle::day`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TimeStyle {
    pub clock: ClockStyle,
    pub dates: DateOrder,
}

impl TimeStyle {
    /// "18:00" or "6:00 PM" on the clock of `tz`.
    pub fn clock(self, at: DateTime<Utc>, tz: Tz) -> String {
        let local = at.with_timezone(&tz);
        match self.clock {
            ClockStyle::H24 => local.format("%H:%M").to_string(),
            ClockStyle::H12 => {
                let (pm, hour) = local.hour12();
                crate::t!(
                    "clock-12h",
                    period = if pm { "pm" } else { "am" },
                    hour = hour.to_string(),
                    minute = format!("{:02}", local.minute())
                )
            }
        }
    }

    /// The catalogue's name for the date order: day and month, or month first.
    fn order(self) -> &'static str {
        match self.dates {
            DateOrder::MonthDay => "month_day",
            _ => "day_month",
        }
    }

    /// "Thursday 3 December" or "Thursday, December 3" (in the current
    /// language: `basics::i18n`).
    pub fn day(self, at: DateTime<Utc>, tz: Tz) -> String {
        let local = at.with_timezone(&tz);
        crate::t!(
            "date-long",
            order = self.order(),
            weekday = crate::t!("weekday", day = local.weekday().number_from_monday()),
            day = local.day().to_string(),
            month = crate::t!("month", month = local.month())
        )
    }

    /// "Thu 3 Dec" or "Thu, Dec 3".
    pub fn short_day(self, at: DateTime<Utc>, tz: Tz) -> String {
        let local = at.with_timezone(&tz);
        crate::t!(
            "date-short",
            order = self.order(),
            weekday = crate::t!("weekday-short", day = local.weekday().number_from_monday()),
            day = local.day().to_string(),
            month = crate::t!("month-short", month = local.month())
        )
    }

    /// "Thu 3 Dec 2026" or "Thu, Dec 3, 2026".
    pub fn short_day_year(self, at: DateTime<Utc>, tz: Tz) -> String {
        let local = at.with_timezone(&tz);
        crate::t!(
            "date-short-year",
            order = self.order(),
            weekday = crate::t!("weekday-short", day = local.weekday().number_from_monday()),
            day = local.day().to_string(),
            month = crate::t!("month-short", month = local.month()),
            year = local.year().to_string()
        )
    }

    /// "Thu 3 Dec, 18:00".
    pub fn short_day_clock(self, at: DateTime<Utc>, tz: Tz) -> String {
        crate::t!("date-time", date = self.short_day(at, tz), time = self.clock(at, tz))
    }
}

/// What the system's locale says, read once at start-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SystemLocale {
    /// The locale's name as set ("de_DE.UTF-8"), None when nothing is set.
    pub name: Option<String>,
    /// ISO 3166 alpha-2 region ("DE"), None for C, POSIX or a bare language.
    pub region: Option<String>,
    pub style: TimeStyle,
}

impl SystemLocale {
    /// Reads the locale from the process environment.
    pub fn detect() -> SystemLocale {
        SystemLocale::from_env(|key| std::env::var(key).ok(), glibc_formats)
    }

    /// The locale from `env` (a variable's value by name) and `formats`
    /// (a locale name's time and date format strings, as glibc has them).
    ///
    /// POSIX precedence per category: LC_ALL, then LC_<category>, then LANG.
    /// The region is read from LC_MESSAGES' chain, the time style from LC_TIME's.
    pub fn from_env(
        env: impl Fn(&str) -> Option<String>,
        formats: impl Fn(&str) -> Option<(String, String)>,
    ) -> SystemLocale {
        let category = |name: &str| {
            ["LC_ALL", name, "LANG"]
                .into_iter()
                .filter_map(&env)
                .find(|value| !value.trim().is_empty())
        };
        let messages = category("LC_MESSAGES");
        let time = category("LC_TIME");
        let mut style = match time.as_deref().and_then(&formats) {
            Some((time_format, date_format)) => style_from_formats(&time_format, &date_format),
            // Not installed (minimal systems often generate only C.UTF-8):
            // the region's usual style, 12-hour and month first in the US
            // only among the countries Steady lists, else 24-hour, day first.
            None => match time.as_deref().and_then(region_of).as_deref() {
                Some("US") => TimeStyle {
                    clock: ClockStyle::H12,
                    dates: DateOrder::MonthDay,
                },
                Some(_) => TimeStyle::default(),
                None => formats("C").map_or_else(TimeStyle::default, |(t, d)| style_from_formats(&t, &d)),
            },
        };
        // C and POSIX write US-style dates (%m/%d/%y) for no country's sake;
        // a system without a region gets day before month, as most of the world.
        if time.as_deref().and_then(region_of).is_none() {
            style.dates = DateOrder::DayMonth;
        }
        SystemLocale {
            region: messages.as_deref().and_then(region_of),
            name: messages.or(time),
            style,
        }
    }
}

/// The region of a locale name: `de_DE.UTF-8@euro` → DE; `C`, `POSIX`,
/// `C.UTF-8` and a bare `de` have none.
pub fn region_of(locale: &str) -> Option<String> {
    let base = locale.split(['.', '@']).next().unwrap_or("");
    let (_, region) = base.split_once(['_', '-'])?;
    let region = region.trim();
    (region.len() == 2 && region.chars().all(|c| c.is_ascii_alphabetic())).then(|| region.to_ascii_uppercase())
}

/// The style glibc's `T_FMT` and `D_FMT` describe: `%r`, `%I`, `%l` or `%p`
/// mean a 12-hour clock; the first of day, month or year in the date
/// format is its order (`%D` is month first, `%F` year first).
pub fn style_from_formats(time_format: &str, date_format: &str) -> TimeStyle {
    let twelve = ["%r", "%I", "%l", "%p"].iter().any(|code| time_format.contains(code));
    let date_format = date_format.replace("%D", "%m").replace("%F", "%Y");
    let first = date_format
        .match_indices('%')
        .find_map(|(at, _)| date_format_code(&date_format, at));
    TimeStyle {
        clock: if twelve { ClockStyle::H12 } else { ClockStyle::H24 },
        dates: match first {
            Some('m' | 'b' | 'B') => DateOrder::MonthDay,
            Some('Y' | 'y' | 'G') => DateOrder::YearMonthDay,
            _ => DateOrder::DayMonth,
        },
    }
}

/// The conversion letter after the `%` at `at` (skipping flags like `-` or `E`).
fn date_format_code(format: &str, at: usize) -> Option<char> {
    format[at + 1..]
        .chars()
        .find(|c| !matches!(c, '-' | '_' | '0' | '^' | '#' | 'E' | 'O'))
        .filter(|c| matches!(c, 'd' | 'e' | 'm' | 'b' | 'B' | 'Y' | 'y' | 'G'))
}

/// glibc's `T_FMT` and `D_FMT` for `locale`, without touching the process's
/// own locale (`newlocale` + `nl_langinfo_l` are thread-safe). None when the
/// locale is not installed.
#[cfg(target_os = "linux")]
pub fn glibc_formats(locale: &str) -> Option<(String, String)> {
    use std::ffi::{CStr, CString};
    let name = CString::new(locale).ok()?;
    // SAFETY: newlocale returns null or a locale object we own and free
    // below; nl_langinfo_l returns a string valid while that object lives,
    // which we copy before freeing it.
    unsafe {
        let handle = libc::newlocale(libc::LC_TIME_MASK, name.as_ptr(), std::ptr::null_mut());
        if handle.is_null() {
            return None;
        }
        let read = |item| {
            CStr::from_ptr(libc::nl_langinfo_l(item, handle))
                .to_string_lossy()
                .into_owned()
        };
        let formats = (read(libc::T_FMT), read(libc::D_FMT));
        libc::freelocale(handle);
        Some(formats)
    }
}

#[cfg(not(target_os = "linux"))]
pub fn glibc_formats(_locale: &str) -> Option<(String, String)> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |key| pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| v.to_string())
    }

    fn glibc_like(locale: &str) -> Option<(String, String)> {
        let (t, d) = match locale.split('.').next()? {
            "de_DE" => ("%T", "%d.%m.%Y"),
            "en_US" => ("%r", "%m/%d/%Y"),
            "en_GB" | "en_AU" => ("%T", "%d/%m/%y"),
            "sv_SE" => ("%T", "%Y-%m-%d"),
            "C" | "POSIX" => ("%H:%M:%S", "%m/%d/%y"),
            _ => return None,
        };
        Some((t.into(), d.into()))
    }

    #[test]
    fn region_comes_from_the_locale_name() {
        assert_eq!(region_of("de_DE.UTF-8").as_deref(), Some("DE"));
        assert_eq!(region_of("de_AT.UTF-8@euro").as_deref(), Some("AT"));
        assert_eq!(region_of("en-gb").as_deref(), Some("GB"));
        for none in ["C", "POSIX", "C.UTF-8", "de", "", "en_150"] {
            assert_eq!(region_of(none), None, "{none}");
        }
    }

    #[test]
    fn lc_all_then_the_category_then_lang() {
        let l = SystemLocale::from_env(
            env(&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "de_DE.UTF-8")]),
            glibc_like,
        );
        assert_eq!(l.region.as_deref(), Some("DE"));
        assert_eq!(l.style.clock, ClockStyle::H12, "LC_TIME falls back to LANG");
        let l = SystemLocale::from_env(env(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "en_GB.UTF-8")]), glibc_like);
        assert_eq!((l.region.as_deref(), l.style.clock), (Some("GB"), ClockStyle::H24));
        let l = SystemLocale::from_env(env(&[("LANG", "C.UTF-8")]), glibc_like);
        assert_eq!(l.region, None);
        assert_eq!(
            l.style,
            TimeStyle {
                clock: ClockStyle::H24,
                dates: DateOrder::DayMonth
            }
        );
        let l = SystemLocale::from_env(env(&[("LANG", ""), ("LC_ALL", "")]), glibc_like);
        assert_eq!((l.name, l.region), (None, None));
    }

    #[test]
    fn a_locale_that_is_not_installed_is_written_in_its_regions_usual_style() {
        let l = SystemLocale::from_env(env(&[("LANG", "xx_YY.UTF-8")]), glibc_like);
        assert_eq!(l.region.as_deref(), Some("YY"));
        assert_eq!(
            l.style,
            TimeStyle {
                clock: ClockStyle::H24,
                dates: DateOrder::DayMonth
            }
        );
        let us = SystemLocale::from_env(env(&[("LANG", "en_US.ISO-8859-1")]), |_| None);
        assert_eq!(
            us.style,
            TimeStyle {
                clock: ClockStyle::H12,
                dates: DateOrder::MonthDay
            }
        );
    }

    #[test]
    fn formats_give_the_style() {
        let s = |t, d| style_from_formats(t, d);
        assert_eq!(
            s("%T", "%d.%m.%Y"),
            TimeStyle {
                clock: ClockStyle::H24,
                dates: DateOrder::DayMonth
            }
        );
        assert_eq!(
            s("%r", "%m/%d/%Y"),
            TimeStyle {
                clock: ClockStyle::H12,
                dates: DateOrder::MonthDay
            }
        );
        assert_eq!(
            s("%l:%M:%S %p", "%D"),
            TimeStyle {
                clock: ClockStyle::H12,
                dates: DateOrder::MonthDay
            }
        );
        assert_eq!(
            s("%H:%M:%S", "%F"),
            TimeStyle {
                clock: ClockStyle::H24,
                dates: DateOrder::YearMonthDay
            }
        );
        assert_eq!(
            s("%H時%M分%S秒", "%Y年%m月%d日"),
            TimeStyle {
                clock: ClockStyle::H24,
                dates: DateOrder::YearMonthDay
            }
        );
        assert_eq!(
            s("%T", "%-d.%-m.%Y"),
            TimeStyle {
                clock: ClockStyle::H24,
                dates: DateOrder::DayMonth
            }
        );
    }

    #[test]
    fn one_formatter_writes_both_styles() {
        let at: DateTime<Utc> = "2026-12-03T17:00:00Z".parse().unwrap();
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        let de = TimeStyle {
            clock: ClockStyle::H24,
            dates: DateOrder::DayMonth,
        };
        let us = TimeStyle {
            clock: ClockStyle::H12,
            dates: DateOrder::MonthDay,
        };
        assert_eq!(de.clock(at, tz), "18:00");
        assert_eq!(us.clock(at, tz), "6:00 PM");
        assert_eq!(de.day(at, tz), "Thursday 3 December");
        assert_eq!(us.day(at, tz), "Thursday, December 3");
        assert_eq!(us.short_day_clock(at, tz), "Thu, Dec 3, 6:00 PM");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn glibc_has_the_c_locale() {
        let (t, d) = glibc_formats("C").expect("C is always there");
        assert_eq!(style_from_formats(&t, &d).clock, ClockStyle::H24);
        assert_eq!(glibc_formats("xx_YY.UTF-8"), None);
    }
}
