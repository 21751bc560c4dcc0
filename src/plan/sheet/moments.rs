//! Moments read from tokens, composed from the values of `values.rs`: a
//! length with a direction and what it is counted from ("6 hours before
//! your appointment", "until 2 hours beforehand", "for 72 hrs before and
//! following", "24 hours before each visit"), clock times ("after
//! midnight", "by 10 p.m. the night before"), days ("the morning of", "the
//! night before or on the day") and spans ("until the following morning",
//! "the rest of the day", "until the effects wear off"). The longest
//! reading at a place wins; every rule looks a few tokens ahead only.

use super::compose::Context;
use super::lexicon::DRINK_NOUNS;
use super::moment_words::{
    Lead, AFTER, ANCHOR_ADJECTIVES, ANCHOR_NOUNS, BEFORE, LEADS, LOOSE_CLOCK, PARTS_OF_DAY, SPANS,
};
use super::tokens::{Kind, Tok};
use super::values::{amount_at, longest, phrase, word, Amount, Day, Dir, Timed, When};

// ---- directions and what they count from ----

/// "your scheduled infusion", "each visit", "the start of your treatment":
/// its end, and whether it says each visit.
fn anchor_at(t: &[Tok], i: usize) -> Option<(usize, bool)> {
    let mut j = longest(
        t,
        i,
        &[
            "the start of",
            "the end of",
            "the beginning of",
            "completion of",
            "the completion of",
            "the time of",
            "you take",
            "you receive",
            "taking",
            "receiving",
            "you have",
            "having",
            "you are discharged",
            "you leave",
        ],
    )
    .unwrap_or(i);
    let mut each = false;
    if let Some(k) = longest(
        t,
        j,
        &[
            "your",
            "their",
            "the",
            "each",
            "every",
            "any",
            "this",
            "a",
            "an",
            "our",
            "all",
            "each and every",
        ],
    ) {
        each = ["each", "every", "all"].contains(&t[j].text.as_str());
        j = k;
    }
    for _ in 0..2 {
        match longest(t, j, ANCHOR_ADJECTIVES) {
            Some(k) if longest(t, k, ANCHOR_NOUNS).is_some() || longest(t, k, ANCHOR_ADJECTIVES).is_some() => j = k,
            _ => break,
        }
    }
    let mut end = longest(t, j, ANCHOR_NOUNS)?;
    if let Some(k) = longest(t, end, &["time", "itself", "start time", "date"]) {
        end = k;
    }
    Some((end, each))
}

fn direction_at(t: &[Tok], i: usize) -> Option<(Dir, usize)> {
    if let Some(k) = longest(t, i, &["either side of", "before and after", "before and following"]) {
        return Some((Dir::Both, k));
    }
    if let Some(k) = longest(t, i, BEFORE) {
        // "rest for 20 minutes before you can leave": the stay itself, not
        // a time before the visit.
        if leaving_at(t, k) {
            return None;
        }
        // "before and following", "before & after", "prior to and after".
        if let Some(m) = longest(t, k, &["and", "&", "or", "/"]) {
            if let Some(n) = longest(t, m, AFTER) {
                return Some((Dir::Both, n));
            }
        }
        return Some((Dir::Before, k));
    }
    let (k, after) = longest(t, i, AFTER).map(|k| (k, Dir::After))?;
    // "8 hours after a meal that includes meat", "2 hours after taking
    // clear fluids": counted from the last meal or drink, so that long
    // before the visit (a fasting time), not after it.
    match after_intake(t, k) {
        true => Some((Dir::Before, k)),
        false => Some((after, k)),
    }
}

/// "you (can) leave", "you go home", "you are discharged": the end of the
/// stay after the session.
fn leaving_at(t: &[Tok], k: usize) -> bool {
    let word = |j: usize| t.get(j).map_or("", |x| x.text.as_str());
    if word(k) != "you" {
        return false;
    }
    let j = match word(k + 1) {
        "can" | "may" | "will" => k + 2,
        _ => k + 1,
    };
    // "before you are sent home", "before you are released": the same end.
    matches!(word(j), "leave" | "go" | "head")
        || (word(j) == "are" && matches!(word(j + 1), "discharged" | "sent" | "released" | "allowed"))
}

/// What follows "after" is eating or drinking something: "a light meal",
/// "taking breast milk", "eating".
fn after_intake(t: &[Tok], k: usize) -> bool {
    const INTAKE: &[&str] = &["taking", "eating", "drinking", "having", "consuming"];
    const FOOD: &[&str] = &[
        "meal",
        "meals",
        "food",
        "foods",
        "milk",
        "formula",
        "breakfast",
        "lunch",
        "dinner",
        "snack",
        "snacks",
    ];
    let word = |j: usize| t.get(j).map_or("", |x| x.text.as_str());
    let mut j = k;
    let intake = INTAKE.contains(&word(j));
    if intake {
        j += 1;
    }
    // A few words may describe the food: "a light meal", "clear fluids",
    // "infant formula".
    (j..j + 4).any(|x| FOOD.contains(&word(x)) || DRINK_NOUNS.contains(&word(x)))
        && (intake || ["a", "your", "the", "any"].contains(&word(k)))
}

/// A length, range or vague amount with what leads it and what follows:
/// "for the six hours leading up to your infusion", "until 2 hours
/// before", "in the last 30 minutes", "for 72 hrs before and following".
fn amount_when_at(t: &[Tok], i: usize) -> Option<Timed> {
    let mut j = i;
    let (mut until, mut up_to, mut at_least) = (false, false, false);
    for _ in 0..5 {
        let found = LEADS
            .iter()
            .filter_map(|(p, lead)| phrase(t, j, p).map(|k| (k, *lead)))
            .max_by_key(|(k, _)| *k);
        match found {
            Some((k, lead)) => {
                until |= lead == Lead::Until;
                up_to |= lead == Lead::UpTo;
                at_least |= lead == Lead::AtLeast;
                j = k;
            }
            None => break,
        }
    }
    let (amount, mut end) = amount_at(t, j)?;
    let mut dir = None;
    let mut each_visit = false;
    if let Some((d, k)) = direction_at(t, end) {
        dir = Some(d);
        end = k;
        if let Some((k, each)) = anchor_at(t, end) {
            end = k;
            each_visit = each;
        }
    } else if let Some((k, each)) = word(t, end, "of").then(|| anchor_at(t, end + 1)).flatten() {
        // "within 24 hours of your infusion".
        end = k;
        each_visit = each;
    }
    let amount = match (amount, up_to, dir) {
        // "up to 2 hours before": the end of a permission.
        (a, true, Some(_)) => {
            until = true;
            a
        }
        (Amount::Exact(l), true, None) => Amount::UpTo(l),
        (a, _, _) => a,
    };
    Some(Timed {
        when: When::Amount {
            amount,
            dir,
            until,
            each_visit,
            at_least,
        },
        first: i,
        end,
    })
}

// ---- clock times and days ----

fn am_pm_at(t: &[Tok], i: usize) -> Option<(bool, usize)> {
    for (p, pm) in [
        ("am", false),
        ("pm", true),
        ("a . m .", false),
        ("p . m .", true),
        ("a . m", false),
        ("p . m", true),
        // "From 5 o'clock in the morning": the hour and the part of the day.
        ("o ' clock in the morning", false),
        ("o'clock in the morning", false),
        ("o ' clock in the afternoon", true),
        ("o'clock in the afternoon", true),
        ("o ' clock in the evening", true),
        ("o'clock in the evening", true),
        ("a", false),
        ("p", true),
    ] {
        if let Some(k) = phrase(t, i, p) {
            // A bare "a" is the article, not "a.m.".
            if p.len() == 1 && !(word(t, k, ".") || t.get(k).is_none()) {
                continue;
            }
            return Some((pm, k));
        }
    }
    None
}

/// A clock time at `i`, as minutes after midnight.
fn clock_at(t: &[Tok], i: usize) -> Option<(u32, usize)> {
    // "By around 9 p.m.": the sheet's one number all the same (tune-bh).
    if LOOSE_CLOCK.iter().any(|w| word(t, i, w)) && !LOOSE_CLOCK.iter().any(|w| word(t, i + 1, w)) {
        return clock_at(t, i + 1);
    }
    if let Some(k) = longest(t, i, &["midnight", "12 midnight"]) {
        return Some((0, k));
    }
    if let Some(k) = longest(t, i, &["noon", "midday", "12 noon"]) {
        return Some((720, k));
    }
    // "12:00 midnight", "12:00 noon": the word says which twelve.
    if matches!(t.get(i).map(|x| x.kind), Some(Kind::Clock(12, 0))) {
        if word(t, i + 1, "midnight") {
            return Some((0, i + 2));
        }
        if word(t, i + 1, "noon") || word(t, i + 1, "midday") {
            return Some((720, i + 2));
        }
    }
    let tok = t.get(i)?;
    // "0700am", "0730 hrs", "from 0700": a clock written in four digits,
    // told from an amount by its leading zero or its mark.
    if tok.text.len() == 4 && tok.text.bytes().all(|b| b.is_ascii_digit()) {
        let digits: u32 = tok.text.parse().ok()?;
        let (hour, minute) = (digits / 100, digits % 100);
        if hour > 23 || minute > 59 {
            return None;
        }
        if let Some((pm, k)) = am_pm_at(t, i + 1).filter(|_| (1..=12).contains(&hour)) {
            return Some(((hour % 12 + if pm { 12 } else { 0 }) * 60 + minute, k));
        }
        if let Some(k) = longest(t, i + 1, &["hrs", "hours", "h"]) {
            return Some((hour * 60 + minute, k));
        }
        return tok.text.starts_with('0').then_some((hour * 60 + minute, i + 1));
    }
    // "4.30am", "1.30 pm": the British, Irish and Singaporean clock, with
    // a dot, told from a decimal ("1.50 hours") by its am or pm.
    let dotted = tok
        .text
        .split_once('.')
        .filter(|(h, m)| h.len() <= 2 && m.len() == 2 && am_pm_at(t, i + 1).is_some())
        .and_then(|(h, m)| Some((h.parse::<u32>().ok()?, m.parse::<u32>().ok()?)));
    let (hour, minute) = match tok.kind {
        _ if dotted.is_some() => dotted?,
        Kind::Clock(h, m) => (h, m),
        Kind::Number(h) if h.fract() == 0.0 && h <= 12.0 => (h as u32, 0),
        _ => return None,
    };
    if minute > 59 {
        return None;
    }
    // "By 7 in the evening": the part of the day as the mark, for a clinic's
    // hours (5 to 11; "take 2 in the morning" is a dose; branch tune-bh).
    let part = PARTS_OF_DAY
        .iter()
        .find_map(|(p, pm)| Some((*pm, phrase(t, i + 1, p).filter(|k| !word(t, *k, "of"))?)));
    if let Some((pm, k)) = part.filter(|_| (5..=11).contains(&hour)) {
        return Some(((hour + if pm { 12 } else { 0 }) * 60 + minute, k));
    }
    match am_pm_at(t, i + 1) {
        Some((pm, k)) if (1..=12).contains(&hour) => Some(((hour % 12 + if pm { 12 } else { 0 }) * 60 + minute, k)),
        Some(_) => None,
        // "18:00": a 24-hour time needs its minutes written.
        None => matches!(tok.kind, Kind::Clock(..))
            .then_some(())
            .filter(|_| hour <= 23)
            .map(|_| (hour * 60 + minute, i + 1)),
    }
}

fn day_at(t: &[Tok], i: usize) -> Option<(Day, usize)> {
    let j = longest(t, i, &[",", "on"]).unwrap_or(i);
    let j = longest(t, j, &["on"]).unwrap_or(j);
    if let Some(k) = longest(
        t,
        j,
        &[
            "the night before",
            "the evening before",
            "the day before",
            "the night prior",
            "the evening prior",
            "the day prior",
            "the previous night",
            "the previous evening",
            "the previous day",
            "the prior evening",
            "the prior night",
            "the night before your",
        ],
    ) {
        let k = anchor_at(t, k).map_or(k, |(e, _)| e);
        return Some((Day::Previous, k));
    }
    if let Some(k) = longest(
        t,
        j,
        &[
            "the morning of",
            "the day of",
            "the day",
            "that morning",
            "that day",
            "the same day",
        ],
    ) {
        let k = anchor_at(t, k).map_or(k, |(e, _)| e);
        return Some((Day::Session, k));
    }
    None
}

/// "after midnight", "by 10 p.m. the night before", "from 6:00".
fn clock_when_at(t: &[Tok], i: usize) -> Option<Timed> {
    let j = longest(
        t,
        i,
        &[
            "after",
            "from",
            "past",
            "beyond",
            "later than",
            "following",
            "by",
            "until",
            "till",
            "up to",
            "up until",
            "before",
            "no later than",
            "not later than",
            "prior to",
            "at",
            "starting at",
            "beginning at",
        ],
    )?;
    let (minute_of_day, mut end) = clock_at(t, j)?;
    let mut day = Day::Unsaid;
    if let Some((d, k)) = day_at(t, end) {
        day = d;
        end = k;
    }
    Some(Timed {
        when: When::Clock { minute_of_day, day },
        first: i,
        end,
    })
}

/// "until the next morning", "(not) until the next day, after a restful
/// sleep", "after a good night's sleep".
fn next_morning_at(t: &[Tok], i: usize) -> Option<usize> {
    let sleep = |k: usize| -> Option<usize> {
        let k = longest(t, k, &["after", "following", "until after", "until you have had"])?;
        let k = longest(t, k, &["a", "one"]).unwrap_or(k);
        let k = longest(t, k, &["good", "full", "restful", "proper", "normal", "whole"]).unwrap_or(k);
        longest(
            t,
            k,
            &[
                "night's sleep",
                "night of sleep",
                "nights sleep",
                "sleep",
                "night's rest",
                "night",
            ],
        )
    };
    let end = if let Some(k) = longest(t, i, &["until", "till", "up until"]) {
        match longest(
            t,
            k,
            &[
                "the next morning",
                "the following morning",
                "the next day",
                "the following day",
                "tomorrow",
                "tomorrow morning",
                "the morning",
                "the morning after",
                "the day after",
                "next morning",
                "next day",
                "you have slept",
                "you have had a good night's sleep",
                "you have had a full night's sleep",
            ],
        ) {
            Some(m) => m,
            None => sleep(k)?,
        }
    } else {
        sleep(i)?
    };
    // "... the next day, after a restful sleep".
    let end = anchor_at(t, end).map_or(end, |(e, _)| e);
    let after_comma = longest(t, end, &[","]).unwrap_or(end);
    Some(sleep(after_comma).unwrap_or(end))
}

/// "until the effects have worn off", "until you feel normal again".
fn worn_off_at(t: &[Tok], i: usize) -> Option<usize> {
    let k = longest(t, i, &["until", "till", "before"])?;
    const ENDS: &[&str] = &[
        "off",
        "normal",
        "recovered",
        "passed",
        "subsided",
        "gone",
        "resolved",
        "alert",
        // "until you are fully awake": the sedation worn off.
        "awake",
        "yourself",
        "worn",
    ];
    const ABOUT: &[&str] = &[
        "effects",
        "effect",
        "feel",
        "it",
        "ketamine",
        "medication",
        "medicine",
        "sedation",
        "fully",
        "completely",
    ];
    let mut about = false;
    for j in k..(k + 8).min(t.len()) {
        let w = t[j].text.as_str();
        about |= ABOUT.contains(&w);
        if ENDS.contains(&w) && about {
            let end = longest(t, j + 1, &["off", "again"]).unwrap_or(j + 1);
            return Some(end);
        }
        if t[j].punct().is_some() {
            return None;
        }
    }
    None
}

fn span_at(t: &[Tok], i: usize) -> Option<Timed> {
    let mut best: Option<Timed> = None;
    let mut offer = |when: When, end: usize| {
        if best.is_none_or(|b| end > b.end) {
            best = Some(Timed { when, first: i, end });
        }
    };
    for (p, when) in SPANS {
        if let Some(k) = phrase(t, i, p).filter(|&k| !day_names_a_service(t, k)) {
            let k = anchor_at(t, k).map_or(k, |(e, _)| e);
            offer(*when, k);
        }
    }
    if let Some(k) = next_morning_at(t, i) {
        offer(When::NextMorning, k);
    }
    if let Some(k) = worn_off_at(t, i) {
        offer(When::UntilWornOff, k);
    }
    // "before your appointment", "after each infusion".
    if let Some((dir, k)) = direction_at(t, i) {
        if let Some((end, each_visit)) = anchor_at(t, k) {
            offer(When::Anchor { dir, each_visit }, end);
        }
    }
    let mut best = best?;
    // "the night before or on the day", "the night before or the morning of".
    if best.when == When::NightBefore {
        if let Some(k) = longest(t, best.end, &["or", "and"]) {
            if let Some(next) = span_at(t, k) {
                if matches!(next.when, When::DayOf | When::MorningOf) {
                    best = Timed {
                        when: When::NightOrDay,
                        first: i,
                        end: next.end,
                    };
                }
            }
        }
    }
    Some(best)
}

/// The moment that starts at token `i`, the longest reading.
pub(super) fn time_at(t: &[Tok], i: usize) -> Option<Timed> {
    [amount_when_at(t, i), clock_when_at(t, i), span_at(t, i)]
        .into_iter()
        .flatten()
        .max_by_key(|timed| timed.end)
}

/// "Suggest that day procedure patients ...", "the day surgery unit": a
/// "day" that names the kind of care or its place, not a moment.
fn day_names_a_service(t: &[Tok], end: usize) -> bool {
    const SERVICE: &[&str] = &[
        "procedure",
        "procedures",
        "surgery",
        "case",
        "cases",
        "unit",
        "ward",
        "patient",
        "patients",
        "centre",
        "center",
        "stay",
    ];
    end >= 1
        && t.get(end - 1).is_some_and(|x| x.is("day"))
        && t.get(end).is_some_and(|x| SERVICE.iter().any(|w| x.is(w)))
}

#[cfg(test)]
#[path = "moments_tests.rs"]
mod tests;

/// A length counted back from arriving or being admitted ("before your
/// arrival time", "prior to admission", "before you arrive").
pub(super) fn from_arrival(cx: &Context<'_>, timed: &Timed) -> bool {
    let arriving = |k: usize| {
        cx.toks.get(k).is_some_and(|x| {
            ["arrival", "arrive", "arriving", "admission", "admitted"]
                .iter()
                .any(|w| x.is(w))
        })
    };
    let t = cx.toks;
    // "Before coming to hospital", "before getting in": arriving, in a verb.
    let coming = |k: usize| {
        t.get(k).is_some_and(|x| x.is("coming") || x.is("getting"))
            && t.get(k + 1).is_some_and(|x| x.is("to") || x.is("in") || x.is("into"))
    };
    (timed.first..timed.end.min(t.len())).any(arriving)
        || arriving(timed.end)
        || coming(timed.end)
        || (t.get(timed.end).is_some_and(|x| x.is("you") || x.is("your")) && arriving(timed.end + 1))
}

/// A clock time said as a start ("after midnight", "from 6 am"), not an
/// end ("until", "by", "before").
pub(super) fn from_then(cx: &Context<'_>, timed: &Timed) -> bool {
    cx.toks.get(timed.first).is_some_and(|w| {
        matches!(
            w.text.as_str(),
            "after" | "from" | "past" | "beyond" | "following" | "starting" | "beginning" | "later"
        )
    })
}
