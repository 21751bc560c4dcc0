//! The stay after told by when the patient leaves: "arrange for someone
//! to collect you about two hours after the test", "you can expect to be
//! discharged an hour after you come back from surgery". The length from
//! the end of the treatment to the patient going home is the stay after
//! it, though no word for staying or watching is said.

use super::found::Found;
use super::marks::{Mark, MarkKind};
use super::tokens::Tok;
use super::values::{Amount, Dir, When};
use super::Proposed;

/// Words for leaving the clinic, or being fetched from it.
const LEAVING: &[&str] = &["collect", "collected", "discharged", "discharge", "released", "fetch"];

/// Two-word ways of leaving: "pick you up", "take you home", "go home".
const LEAVING_PAIRS: &[(&str, &str)] = &[("pick", "you"), ("take", "you"), ("go", "home"), ("you", "home")];

/// What the length is counted from: the treatment's end.
const TREATMENT_WORDS: &[&str] = &[
    "test",
    "scope",
    "procedure",
    "surgery",
    "operation",
    "treatment",
    "infusion",
    "colonoscopy",
    "gastroscopy",
    "endoscopy",
];

/// How many words before the length the leaving may be said.
// Not a care number: a reading window.
const LEAVING_WINDOW: usize = 6;

/// A stay of a day or more is recovery at home, not the clinic's stay.
// Not a care number: a day's length, to tell the clinic's stay from home.
const A_DAY_MINUTES: u32 = 24 * 60;

const WHERE: &str = "corpus halves k, m and n: \"collect you about one and a half hours after the test\", \"take you home about 2 to 4 hours after the scope\", \"discharged an hour after you come back from surgery\" (when the patient leaves, counted from the treatment's end)";

/// Reads the stay after from a length counted from the treatment to the
/// patient leaving, when the sentence said no stay of its own.
pub(super) fn stay_by_leaving(toks: &[Tok], marks: &[Mark], found: &mut Found) {
    if found.proposed(|rule| matches!(rule, Proposed::Observation { .. })) {
        return;
    }
    for mark in marks {
        let MarkKind::Time(timed) = mark.kind else {
            continue;
        };
        let When::Amount {
            amount,
            dir: Some(Dir::After),
            until: false,
            ..
        } = timed.when
        else {
            continue;
        };
        let (low, high) = match amount {
            Amount::Exact(l) => (l.minutes, l.minutes),
            Amount::Range(a, b) => (a.minutes, b.minutes),
            Amount::UpTo(_) | Amount::Vague => continue,
        };
        if high >= A_DAY_MINUTES || low == 0 {
            continue;
        }
        if !leaving_before(toks, timed.first) || !from_the_treatment(toks, timed.first, timed.end) {
            continue;
        }
        let at = toks.get(timed.first).map_or(0, |t| t.start);
        let end = toks.get(timed.end.saturating_sub(1)).map_or(at, |t| t.end);
        found.add(
            Proposed::Observation {
                min_minutes: low,
                max_minutes: high,
            },
            WHERE,
            Some((at, end)),
        );
        return;
    }
}

/// Words between the leaving and the length that make the length another
/// clause's: "take you home and stay with you for 12 hours after".
const OTHER_CLAUSE: &[&str] = &["and", "for", "stay", "stays", "remain", "with", "until"];

/// A word for leaving in the few words before the length, nothing of
/// another clause between them, and no "not".
fn leaving_before(toks: &[Tok], first: usize) -> bool {
    let first = first.min(toks.len());
    let from = first.saturating_sub(LEAVING_WINDOW);
    let leaves_at = (from..first).rev().find(|&k| {
        LEAVING.contains(&toks[k].text.as_str())
            || LEAVING_PAIRS
                .iter()
                .any(|(a, b)| toks[k].is(a) && toks.get(k + 1).is_some_and(|x| x.is(b)))
    });
    let Some(at) = leaves_at else {
        return false;
    };
    !toks[at..first].iter().any(|x| OTHER_CLAUSE.contains(&x.text.as_str()))
        && !toks[..first].iter().any(|x| x.is("not") || x.is("no"))
}

/// "after the test", "after you come back from surgery": the length runs
/// from the treatment's end ("after" inside the length's words or next).
fn from_the_treatment(toks: &[Tok], first: usize, end: usize) -> bool {
    // The length's words may hold "after the test" whole, the treatment
    // read as the visit the length is counted from.
    let Some(after) = (first..=end).find(|&k| toks.get(k).is_some_and(|x| x.is("after"))) else {
        return false;
    };
    let mut k = after + 1;
    // "after you come back from", "after your return from".
    let back = [
        "you come back from",
        "you return from",
        "your return from",
        "you are back from",
    ];
    for phrase in back {
        let words: Vec<&str> = phrase.split(' ').collect();
        if words
            .iter()
            .enumerate()
            .all(|(i, w)| toks.get(k + i).is_some_and(|x| x.is(w)))
        {
            k += words.len();
            break;
        }
    }
    while toks.get(k).is_some_and(|x| x.is("the") || x.is("your")) {
        k += 1;
    }
    toks.get(k).is_some_and(|x| TREATMENT_WORDS.contains(&x.text.as_str()))
}
