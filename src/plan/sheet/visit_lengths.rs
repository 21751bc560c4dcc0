//! Lengths a sheet writes near a treatment that are not the treatment's
//! own or the stay's whole: time spent at a place, a counted course's
//! bookings, a length added on to another, the drug's wearing off.

use super::clauses::Run;
use super::lexicon::Topic;
use super::tokens::Tok;
use super::values::Timed;

/// "About 1.5 hours at the clinic": the time spent at a place is the
/// whole visit there, not the treatment's part of it.
pub(super) fn spent_at_a_place(toks: &[Tok], timed: &Timed) -> bool {
    let mut k = timed.end;
    if !toks.get(k).is_some_and(|x| x.is("at") || x.is("in")) {
        return false;
    }
    k += 1;
    while toks
        .get(k)
        .is_some_and(|x| ["the", "our", "your", "this"].iter().any(|w| x.is(w)))
    {
        k += 1;
    }
    toks.get(k).is_some_and(|x| PLACES.iter().any(|w| x.is(w)))
}

/// Places a patient spends the visit in.
const PLACES: &[&str] = &[
    "clinic", "office", "centre", "center", "hospital", "practice", "facility", "suite", "unit",
];

/// "A course of six 1-hour treatments": a count before a length makes it
/// the length of each of a course's bookings as the course describes
/// them; the infusion's own length said elsewhere on the sheet ("the
/// infusion runs for 45 minutes") overrules it.
pub(super) fn counted_sessions(toks: &[Tok], timed: &Timed) -> bool {
    timed
        .first
        .checked_sub(1)
        .and_then(|k| super::values::number_at(toks, k))
        .is_some_and(|(_, end)| end == timed.first)
}

/// "Monitored for another 2 hours", "a further hour": a length added on
/// to an earlier one, so not the whole of what it is said of; a careful
/// reader would have to add the two up.
pub(super) fn added_on(toks: &[Tok], timed: &Timed) -> bool {
    let mut k = timed.first;
    while k > 0 && toks[k - 1].is("for") {
        k -= 1;
    }
    let at = |j: usize| toks.get(j).is_some_and(|x| ADDED.iter().any(|w| x.is(w)));
    (k > 0 && at(k - 1)) || (timed.first..timed.end).any(at) || (k > 1 && at(k - 2) && toks[k - 1].is("an"))
}

/// Words that add a length on to another.
const ADDED: &[&str] = &["another", "further", "additional", "extra"];

/// "It takes about an hour to recover from the sedation": how long the
/// drug takes to wear off, said to explain why a ride is needed, not how
/// long the clinic keeps the patient.
pub(super) fn recovery_from_the_drug(run: &Run, toks: &[Tok]) -> bool {
    run.topics.iter().any(|&(t, _, _, b)| {
        let mut k = b;
        if !(t == Topic::StayAfter && toks.get(k).is_some_and(|x| x.is("from"))) {
            return false;
        }
        k += 1;
        while toks.get(k).is_some_and(|x| x.is("the") || x.is("your")) {
            k += 1;
        }
        toks.get(k).is_some_and(|x| DRUGS.iter().any(|w| x.is(w)))
    })
}

/// What a patient recovers from when it wears off.
const DRUGS: &[&str] = &[
    "sedation",
    "sedative",
    "anaesthetic",
    "anesthetic",
    "anaesthesia",
    "anesthesia",
];

/// "In all you will be here about 3 hours, which covers getting ready and
/// recovering", "2 hours in total": a length of the whole stay, the time
/// before the treatment with the time after it, not the watching after.
pub(super) fn whole_stay(text: &str) -> bool {
    let lower = text.to_lowercase();
    // "Your whole stay at the clinic": every part of the visit, arrival to leaving.
    let sum = [
        "in all ",
        "in total",
        "altogether",
        "all told",
        "all up",
        "whole stay",
        "entire stay",
    ]
    .iter()
    .any(|w| lower.starts_with(w) || lower.contains(&format!(" {w}")) || lower.contains(&format!(",{w}")));
    let both = ["covers", "includes", "including", "included"]
        .iter()
        .any(|w| lower.contains(w))
        && [
            "preparation",
            "prep ",
            "getting ready",
            "admission",
            "check-in",
            "checking in",
        ]
        .iter()
        .any(|w| lower.contains(w));
    sum || both
}
