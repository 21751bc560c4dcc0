//! Typed values read from tokens, in the manner of Duckling: small rules
//! that compose. A number ("6", "six", "twenty-four", "1 1/2", "an"), with
//! a unit, is a length of time ("six hrs", "45 min", "an hour and a half");
//! two of them are a range ("15 to 30 minutes", "2-4 hours"), which stays
//! a range; an age is a number with "or older". `moments.rs` composes these
//! into moments relative to the visit, and holds the types' other half.
//!
//! Every rule looks a bounded number of tokens ahead, so reading a sentence
//! is linear in its length. What a value means for a rule is decided in
//! `compose.rs`.

use super::tables::NUMBER_WORDS;
use super::tokens::{Kind, Tok};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Minutes,
    Hours,
    Days,
    Weeks,
}

/// A length of time as the sheet said it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Length {
    pub minutes: u32,
    /// The unit it was said in: a cutoff said in minutes stays in minutes.
    pub unit: Unit,
}

impl Length {
    /// Whole hours, when it is a whole number of hours.
    pub(super) fn whole_hours(self) -> Option<u32> {
        self.minutes.is_multiple_of(60).then_some(self.minutes / 60)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Amount {
    Exact(Length),
    /// "15 to 30 minutes": both ends said; never one chosen.
    Range(Length, Length),
    /// "up to 4 hours" with nothing it is counted from: a longest, not a length.
    UpTo(Length),
    /// "a few hours", "several hours".
    Vague,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Dir {
    Before,
    After,
    /// "for 72 hours before and following".
    Both,
}

/// Which day a clock time is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Day {
    Session,
    /// The day before the session.
    Previous,
    /// Not said: "after 10 pm".
    Unsaid,
}

/// A moment or span, as the words say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum When {
    Amount {
        amount: Amount,
        dir: Option<Dir>,
        /// "until 2 hours before", "up to", "no later than": a permission's end.
        until: bool,
        /// "before each visit".
        each_visit: bool,
        /// "at least 1 hour before": a least, as in "take it at least one
        /// hour before" (the last dose), not a time to do something.
        at_least: bool,
    },
    Clock {
        minute_of_day: u32,
        day: Day,
    },
    MorningOf,
    NightBefore,
    DayBefore,
    DayOf,
    /// "the night before or on the day".
    NightOrDay,
    NextMorning,
    RestOfDay,
    UntilWornOff,
    During,
    /// "every day": a routine, not a moment of the visit.
    Daily,
    /// "before your appointment", "afterwards": a direction without a length.
    Anchor {
        dir: Dir,
        each_visit: bool,
    },
}

impl When {
    pub(super) fn each_visit(&self) -> bool {
        matches!(
            self,
            When::Amount { each_visit: true, .. } | When::Anchor { each_visit: true, .. }
        )
    }
}

/// A moment found, over tokens `first..end`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Timed {
    pub when: When,
    pub first: usize,
    pub end: usize,
}

// ---- small matching helpers ----

pub(super) fn word(t: &[Tok], i: usize, w: &str) -> bool {
    t.get(i).is_some_and(|tok| tok.text == w)
}

/// The phrase's words (space-separated, punctuation spaced as tokens) at `i`:
/// the index after it.
pub(super) fn phrase(t: &[Tok], i: usize, phrase: &str) -> Option<usize> {
    let mut j = i;
    for w in phrase.split(' ') {
        if !word(t, j, w) {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// The longest of `phrases` at `i`.
pub(super) fn longest(t: &[Tok], i: usize, phrases: &[&str]) -> Option<usize> {
    phrases.iter().filter_map(|p| phrase(t, i, p)).max()
}

// ---- the words ----

const HOURS: &[&str] = &["hours", "hour", "hrs", "hr", "h", "hs"];
const MINUTES: &[&str] = &["minutes", "minute", "mins", "min"];
const DAYS: &[&str] = &["days", "day"];
const WEEKS: &[&str] = &["weeks", "week", "wks", "wk"];
/// Words that say a length is whole ("a full day", "three whole days").
const WHOLE: &[&str] = &["full", "whole", "entire"];

// ---- numbers and lengths ----

fn number_word(w: &str) -> Option<u32> {
    NUMBER_WORDS.iter().find(|(n, _)| *n == w).map(|(_, v)| *v)
}

/// A number at `i`: digits, a fraction, number words ("twenty-four", "one
/// and a half"), and its end.
pub(super) fn number_at(t: &[Tok], i: usize) -> Option<(f64, usize)> {
    // "For (6) hours": a figure alone in brackets is the number; not "2
    // (2)", read below as one number said twice.
    let alone_in_brackets = t.get(i).and_then(Tok::punct) == Some('(')
        && t.get(i + 2).and_then(Tok::punct) == Some(')')
        && !i
            .checked_sub(1)
            .and_then(|k| t.get(k))
            .is_some_and(|x| matches!(x.kind, Kind::Number(_)));
    if alone_in_brackets {
        if let Some(Kind::Number(v)) = t.get(i + 1).map(|x| x.kind) {
            return Some((v, i + 3));
        }
    }
    let tok = t.get(i)?;
    let (mut value, mut j) = match tok.kind {
        Kind::Number(v) => (v, i + 1),
        Kind::Fraction(a, b) => return Some((f64::from(a) / f64::from(b), i + 1)),
        Kind::Word => {
            let first = number_word(&tok.text)?;
            let mut j = i + 1;
            let mut value = first;
            // "twenty-four", "twenty four"; not "one two".
            if first >= 20 && first % 10 == 0 {
                let k = if t.get(j).and_then(Tok::punct) == Some('-') {
                    j + 1
                } else {
                    j
                };
                if let Some(second) = t.get(k).and_then(|w| number_word(&w.text)).filter(|s| *s < 10) {
                    value += second;
                    j = k + 1;
                }
            }
            (f64::from(value), j)
        }
        _ => return None,
    };
    // "1 1/2", "1½", "one and a half".
    match t.get(j).map(|x| x.kind) {
        Some(Kind::Fraction(a, b)) if a < b => {
            value += f64::from(a) / f64::from(b);
            j += 1;
        }
        Some(Kind::Number(h)) if t[j].text == "½" => {
            value += h;
            j += 1;
        }
        _ => {
            if let Some(k) = phrase(t, j, "and a half") {
                value += 0.5;
                j = k;
            }
        }
    }
    // "8 (eight) hours", "two (2) hours": the number said again in brackets.
    if t.get(j).and_then(Tok::punct) == Some('(') && t.get(j + 2).and_then(Tok::punct) == Some(')') {
        let again = t.get(j + 1).and_then(|x| match x.kind {
            Kind::Number(v) => Some(v),
            Kind::Word => number_word(&x.text).map(f64::from),
            _ => None,
        });
        if again == Some(value) {
            j += 3;
        }
    }
    Some((value, j))
}

pub(super) fn unit_at(t: &[Tok], i: usize) -> Option<Unit> {
    let w = t.get(i)?.text.as_str();
    if HOURS.contains(&w) {
        Some(Unit::Hours)
    } else if MINUTES.contains(&w) {
        Some(Unit::Minutes)
    } else if DAYS.contains(&w) {
        Some(Unit::Days)
    } else if WEEKS.contains(&w) {
        Some(Unit::Weeks)
    } else {
        None
    }
}

fn length_of(value: f64, unit: Unit) -> Option<Length> {
    let per = match unit {
        Unit::Minutes => 1.0,
        Unit::Hours => 60.0,
        Unit::Days => 1440.0,
        Unit::Weeks => 10080.0,
    };
    let minutes = value * per;
    // Not a care number: longer than any rule (thirteen weeks, a quarter of
    // a year: thyroid medicines are stopped 6 weeks before a thyroid scan),
    // so not a length meant.
    let sane = minutes > 0.0 && minutes <= 131_040.0 && (minutes - minutes.round()).abs() < 1e-6;
    sane.then(|| Length {
        minutes: minutes.round() as u32,
        unit,
    })
}

/// A length at `i`: "6 hours", "six hrs", "1 1/2 hours", "an hour and a
/// half", "half an hour", "45-minute", and one length said in two units,
/// "1 hour and 15 minutes", "2 hrs 30 min": summed, so that the hour is
/// never dropped and the minutes read alone (75 minutes, not 15).
pub(super) fn length_at(t: &[Tok], i: usize) -> Option<(Length, usize)> {
    let (length, end) = one_unit_length_at(t, i)?;
    let next = if word(t, end, "and") { end + 1 } else { end };
    let smaller = match length.unit {
        Unit::Hours => Some(Unit::Minutes),
        Unit::Days => Some(Unit::Hours),
        Unit::Weeks => Some(Unit::Days),
        Unit::Minutes => None,
    };
    let part = one_unit_length_at(t, next).filter(|(part, _)| {
        // Only the next smaller unit, and less than one of the larger: "6
        // hours and 2 hours" are two lengths, and so are "1 hour and 90
        // minutes".
        Some(part.unit) == smaller && part.minutes < length_of(1.0, length.unit).map_or(0, |one| one.minutes)
    });
    match part {
        Some((part, part_end)) => Some((
            Length {
                minutes: length.minutes + part.minutes,
                unit: part.unit,
            },
            part_end,
        )),
        None => Some((length, end)),
    }
}

/// Nouns after "a day" that make it a kind of booking, not a length.
const DAY_BOOKINGS: &[&str] = &[
    "procedure",
    "procedures",
    "case",
    "surgery",
    "patient",
    "patients",
    "unit",
    "ward",
    "admission",
    "centre",
    "center",
    "hospital",
];

/// A length in one unit at `i` (see [`length_at`]).
fn one_unit_length_at(t: &[Tok], i: usize) -> Option<(Length, usize)> {
    // "times a day", "per hour", "every 15 minutes": a rate, not a length.
    if i > 0 && ["times", "per", "once", "twice"].contains(&t[i - 1].text.as_str()) && word(t, i, "a") {
        return None;
    }
    if i > 0 && t[i - 1].is("every") {
        return None;
    }
    // "1.5 packs a day", "3 cups a day": a count of things in a day is a
    // rate too.
    if i > 1
        && matches!(t[i - 2].kind, super::tokens::Kind::Number(_))
        && matches!(t[i - 1].kind, super::tokens::Kind::Word)
        && unit_at(t, i - 1).is_none()
        && word(t, i, "a")
    {
        return None;
    }
    if let Some(k) = longest(t, i, &["half an", "half a", "a half"]) {
        let unit = unit_at(t, k)?;
        return Some((length_of(0.5, unit)?, k + 1));
    }
    // "For a full day", "a whole day": one, said as a whole ("a full" is a
    // lead, so the unit stands here alone).
    // Not the "days" of "three full days": that length is the number's.
    if i > 0 && WHOLE.contains(&t[i - 1].text.as_str()) && !(i > 1 && number_at(t, i - 2).is_some()) {
        if let Some(unit) = unit_at(t, i) {
            return Some((length_of(1.0, unit)?, i + 1));
        }
    }
    if word(t, i, "a") || word(t, i, "an") {
        let unit = unit_at(t, i + 1)?;
        // "A day procedure", "a day case": the kind of booking (in and out
        // the same day), not a length of one day.
        if word(t, i + 1, "day") && DAY_BOOKINGS.iter().any(|w| word(t, i + 2, w)) {
            return None;
        }
        let (value, end) = match phrase(t, i + 2, "and a half") {
            Some(k) => (1.5, k),
            None => (1.0, i + 2),
        };
        return Some((length_of(value, unit)?, end));
    }
    let (mut value, j) = number_at(t, i)?;
    let j = if t.get(j).and_then(Tok::punct) == Some('-') {
        j + 1
    } else {
        j
    };
    // "Three full days", "two whole weeks": the word stresses the length,
    // it does not change it.
    let j = if t.get(j).is_some_and(|w| WHOLE.contains(&w.text.as_str())) && unit_at(t, j + 1).is_some() {
        j + 1
    } else {
        j
    };
    // "Usually 20 or so minutes": about the number, kept as the number, as
    // "about 20 minutes" is (branch tune-rest).
    let j = match word(t, j, "or") && word(t, j + 1, "so") && unit_at(t, j + 2).is_some() {
        true => j + 2,
        false => j,
    };
    let unit = unit_at(t, j)?;
    let mut end = j + 1;
    if let Some(k) = phrase(t, end, "and a half") {
        value += 0.5;
        end = k;
    }
    Some((length_of(value, unit)?, end))
}

/// A range at `i`: "15 to 30 minutes", "2-4 hours", "between 1 and 2
/// hours", "1 hour to 90 minutes".
fn range_at(t: &[Tok], i: usize) -> Option<(Amount, usize)> {
    let (i, between) = match word(t, i, "between") {
        true => (i + 1, true),
        false => (i, false),
    };
    let joins: &[&str] = if between { &["and"] } else { &["-", "to", "or"] };
    let join_at = |k: usize| joins.iter().any(|j| word(t, k, j)).then_some(k + 1);
    // "15 to 30 minutes": the unit said once.
    if let Some((low, j)) = number_at(t, i) {
        if let Some(k) = join_at(j) {
            if let Some((high, m)) = number_at(t, k) {
                if let Some(unit) = unit_at(t, m) {
                    let (low, high) = (length_of(low, unit)?, length_of(high, unit)?);
                    return (low.minutes < high.minutes).then_some((Amount::Range(low, high), m + 1));
                }
            }
        }
    }
    // "1 hour to 90 minutes".
    let (low, j) = length_at(t, i)?;
    // "A day or two", "an hour or two": the unit said once, before the
    // second number.
    if word(t, j, "or") {
        if let Some((high, m)) = number_at(t, j + 1).filter(|&(_, m)| unit_at(t, m).is_none()) {
            let high = length_of(high, unit_at(t, j - 1)?)?;
            return (low.minutes < high.minutes).then_some((Amount::Range(low, high), m));
        }
    }
    let k = join_at(j)?;
    let (high, m) = length_at(t, k)?;
    (low.minutes < high.minutes).then_some((Amount::Range(low, high), m))
}

/// The high end of a range split by other words: "from one hour for a
/// small test to six hours after a large one". A length after "from"
/// at `first` (ending at `end`) is only the low end when a "to" and a
/// length follow later in the clause.
pub(super) fn split_range_high(t: &[Tok], first: usize, end: usize) -> Option<Length> {
    if first == 0 || !word(t, first - 1, "from") {
        return None;
    }
    (end..t.len())
        .take_while(|&k| !matches!(t[k].punct(), Some('.' | ';' | ':')))
        .find_map(|k| word(t, k, "to").then(|| length_at(t, k + 1)).flatten())
        .map(|(high, _)| high)
}

fn vague_at(t: &[Tok], i: usize) -> Option<(Amount, usize)> {
    let k = longest(
        t,
        i,
        &[
            "a few",
            "few",
            "several",
            "a couple of",
            "a couple",
            "couple of",
            "a number of",
            "many",
        ],
    )?;
    unit_at(t, k)?;
    Some((Amount::Vague, k + 1))
}

pub(super) fn amount_at(t: &[Tok], i: usize) -> Option<(Amount, usize)> {
    range_at(t, i)
        .or_else(|| length_at(t, i).map(|(l, k)| (Amount::Exact(l), k)))
        .or_else(|| vague_at(t, i))
}

/// An age at `i`, for the escort: "18 years or older", "over the age of
/// 21", "aged 18 or over", "18+", "at least 18".
pub(super) fn age_at(t: &[Tok], i: usize) -> Option<(u32, usize)> {
    // Not a care number: the ages a sheet can mean for an escort.
    const AGES: std::ops::RangeInclusive<u32> = 16..=25;
    let whole = |k: usize| {
        number_at(t, k)
            .filter(|(v, _)| v.fract() == 0.0 && AGES.contains(&(*v as u32)))
            .map(|(v, e)| (v as u32, e))
    };
    let years = |k: usize| longest(t, k, &["years of age", "years old", "years", "yrs", "yo"]).unwrap_or(k);
    // "over the age of 21", "at least 18", "aged 18".
    if let Some(k) = longest(
        t,
        i,
        &[
            "over the age of",
            "above the age of",
            "over age",
            "at least",
            "aged",
            "age",
            "minimum age of",
            "older than",
            "over",
            "above",
            "the age of",
        ],
    ) {
        let (age, e) = whole(k)?;
        // "at least 18 hours": a length, not an age.
        if unit_at(t, e).is_some() {
            return None;
        }
        let e = years(e);
        let e = longest(t, e, &["or older", "or over", "or above", "and over", "and older"]).unwrap_or(e);
        return Some((age, e));
    }
    let (age, e) = whole(i)?;
    if word(t, e, "+") {
        return Some((age, e + 1));
    }
    let e = years(e);
    let e = longest(t, e, &["or older", "or over", "or above", "and over", "and older", "+"])?;
    Some((age, e))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn lengths_in_the_ways_clinics_write_them() {
        let length = |s: &str| {
            let t = tokenize(s);
            length_at(&t, 0).filter(|(_, e)| *e == t.len()).map(|(l, _)| l.minutes)
        };
        assert_eq!(length("6 hours"), Some(360));
        assert_eq!(length("six hrs"), Some(360));
        assert_eq!(length("1 1/2 hours"), Some(90));
        assert_eq!(length("1.5 h"), Some(90));
        assert_eq!(length("an hour"), Some(60));
        assert_eq!(length("an hour and a half"), Some(90));
        assert_eq!(length("half an hour"), Some(30));
        assert_eq!(length("45 min"), Some(45));
        assert_eq!(length("twenty-four hours"), Some(1440));
        assert_eq!(length("40-minute"), Some(40));
        assert_eq!(length("2 days"), Some(2880));
        assert_eq!(length("one and a half hours"), Some(90));
        assert_eq!(length("8 (eight) hours"), Some(480));
        assert_eq!(length("1 hour and 15 minutes"), Some(75));
        assert_eq!(length("2 hrs 30 min"), Some(150));
        assert_eq!(length("an hour and 20 minutes"), Some(80));
        assert_eq!(length("1 day and 6 hours"), Some(1800));
        let t = tokenize("6 hours and 2 hours");
        assert_eq!(
            length_at(&t, 0).map(|(l, e)| (l.minutes, e)),
            Some((360, 2)),
            "two lengths, not one"
        );
        let t = tokenize("1 hour and 90 minutes");
        assert_eq!(
            length_at(&t, 0).map(|(l, e)| (l.minutes, e)),
            Some((60, 2)),
            "more than an hour is another length"
        );
        assert_eq!(length("two (2) hours"), Some(120));
        assert_eq!(length("6 (seven) hours"), None, "brackets that say another number");
        assert_eq!(length("6"), None, "a number alone is not a length");
        let t = tokenize("every 15 minutes");
        assert_eq!(length_at(&t, 1), None, "a rate, not a length");
    }

    #[test]
    fn ages_for_the_escort() {
        let age = |s: &str| {
            let t = tokenize(s);
            age_at(&t, 0).map(|(a, _)| a)
        };
        assert_eq!(age("18 years or older"), Some(18));
        assert_eq!(age("over the age of 21"), Some(21));
        assert_eq!(age("aged 18 or over"), Some(18));
        assert_eq!(age("18+"), Some(18));
        assert_eq!(age("at least 18 hours"), None);
        assert_eq!(age("40 or older"), None);
    }
}
