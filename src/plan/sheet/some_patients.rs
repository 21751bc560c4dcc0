//! "Some patients only", told in one place: the words that limit a rule,
//! or a thing to bring, to some patients or some bookings ("if you are
//! diabetic", "patients under 18", "for afternoon appointments", "if your
//! child needs nappies, bring a supply"). Such a rule is asked, never
//! proposed as every patient's (`compose.rs`), and does not overrule the
//! sheet's rule for everyone (`across_sheet.rs`); such a thing to bring is
//! not proposed (`lists.rs`).
//!
//! Two readings stay apart on purpose, and each keeps its own words. A
//! whole rule is for some patients when the sentence names a group by
//! what they are or have ("if you are diabetic", "under 18", "some
//! patients ... others"), or a booking by its time. A thing to bring is
//! for some when it is brought only if the clinic says so or a child needs
//! it ("bring your medicines if you are told to", "if your child ..."), or
//! when the sentence opens on a kind of treatment or patient ("for IV
//! sedation, wear short sleeves"). The bring list's words are read of one
//! thing to bring and drop only it; a whole rule's words turn every rule
//! of the sentence into a question. Giving either side the other's words
//! would change which sentences are caught, so they are two tables here,
//! side by side, each said once. The `Maybe` cue of `cues.rs` ("we may ask
//! you to") is a cue on the run's own words, read with the other cues.

use std::sync::LazyLock;

use regex::Regex;

use super::compose::Context;

/// Words that limit a rule to some bookings ("if your appointment is in
/// the morning", "for afternoon lists"): such a rule does not overrule the
/// sheet's rule for everyone.
const SOME_BOOKINGS: &[&str] = &[
    "if your appointment is",
    "if your procedure is",
    "if your test is",
    "if your surgery is",
    "morning list",
    "afternoon list",
    "for morning appointments",
    "for afternoon appointments",
];

/// How a sentence for some bookings only begins: the booking's time
/// ("Afternoon: ...", "if your surgery is booked for the morning").
const SOME_BOOKINGS_OPEN: &[&str] = &[
    "for afternoon",
    "for morning",
    "for evening",
    "morning:",
    "afternoon:",
    "morning list",
    "afternoon list",
    "if your appointment is in the",
    "if your procedure is in the",
    "if your surgery is in the",
    "if your appointment is booked",
    "if your procedure is booked",
    "if your surgery is booked",
    "if you are booked",
    "for patients booked",
];

/// A condition that names a group of patients ("if you are diabetic",
/// "if you may be pregnant",
/// "if you are given a premedication"): a rule for that group, not for
/// every patient. Not any "if": "if you have questions, call us" names
/// no group.
const SOME_PATIENTS: &[&str] = &[
    "if you are diabetic",
    "if you are a diabetic",
    "if you have diabetes",
    "for diabetic patients",
    "you may be pregnant",
    "you could be pregnant",
    "you might be pregnant",
    "if you are given a",
    "if you were given a",
    "if you have been given a",
    // "Some procedures need fasting, but some do not": the kind of visit
    // decides, and the sheet does not say which is the patient's.
    "but some do not",
    "but others do not",
    "but some don't",
    "but others don't",
];

/// A rule for some bookings or some patients only: asked, never proposed
/// as every patient's rule.
pub(super) fn for_some_patients(cx: &Context<'_>) -> bool {
    some_only(&cx.text.to_lowercase())
}

/// The same, of a sentence's lower-case text.
pub(super) fn some_only(lower: &str) -> bool {
    // "If you have been given a calming medicine, for the next 24 hours
    // ...": the sedation the sheet is about names no group of its
    // patients, only a premedication or another medicine does (branch
    // tune-mn, as "if your procedure involves sedation" is plain).
    let lower = &GIVEN_SEDATION
        .as_ref()
        .map_or_else(|| lower.to_string(), |re| re.replace_all(lower, "").into_owned());
    for_some_bookings(lower)
        || SOME_PATIENTS.iter().any(|w| lower.contains(w))
        || some_against_others(lower)
        || super::some_unnamed::some_unnamed(lower)
}

/// "If you have been given a sedative", "if you were given a calming
/// injection": the sheet's own sedation given.
static GIVEN_SEDATION: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\bif you (?:are|were|have been|had been) given an? (?:calming|sedative|sedating|sleep-inducing|general anaesthetic|general anesthetic|anaesthetic|anesthetic|sedation)\b").ok()
});

/// "Some patients stay an hour; for others it is longer": a sentence that
/// sets some patients against the others says neither group's rule for
/// every patient.
// The groups here are people only, word for word; the bring list's
// `for_some_kind` also names treatments and matches word starts
// ("anaesthe"), as it reads a sentence's opening, not "some ... others".
fn some_against_others(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let some = words
        .windows(2)
        .position(|w| w[0] == "some" && ["patients", "people", "children", "adults"].contains(&w[1]));
    some.is_some_and(|i| words[i + 2..].iter().any(|w| ["others", "other"].contains(w)))
}

/// A sentence that opens on some bookings ("For afternoon appointments:
/// ..."); `names_some_bookings` finds them anywhere in it.
pub(super) fn for_some_bookings(lower: &str) -> bool {
    SOME_BOOKINGS_OPEN.iter().any(|w| lower.trim_start().starts_with(w))
}

/// A sentence that names some bookings anywhere in it ("if your
/// appointment is in the afternoon", "for morning lists"): its rule does
/// not overrule the rule for everyone, and two fasts for two lists are for
/// two groups.
pub(super) fn names_some_bookings(lower: &str) -> bool {
    SOME_BOOKINGS.iter().any(|w| lower.contains(w))
}

/// "Patients under 18", "if you are younger than 21": a rule for the young
/// only.
pub(super) fn for_the_young(cx: &Context<'_>) -> bool {
    // "Escorts are required for patients under 18 and for anyone having
    // sedation" (branch tune-rest): the second group holds the
    // sedation sheet's own patient, so the rule is everyone's.
    if everyone_sedated(&cx.text.to_lowercase()) {
        return false;
    }
    let t = cx.toks;
    // "A responsible adult (a parent if the patient is under 18) must come
    // with you": a bracket that says who the adult is, for the young, leaves
    // the rule for everyone.
    let mut aside = vec![false; t.len()];
    let mut open = None;
    for (i, tok) in t.iter().enumerate() {
        match tok.punct() {
            Some('(') => open = Some(i),
            Some(')') => {
                if let Some(o) = open.take() {
                    if t.get(o + 1).is_some_and(|x| x.is("a") || x.is("an")) {
                        aside[o..i].iter_mut().for_each(|a| *a = true);
                    }
                }
            }
            _ => {}
        }
    }
    (0..t.len()).filter(|&i| !aside[i]).any(|i| {
        let k = super::values::longest(
            t,
            i,
            &["under", "younger than", "below", "under the age of", "below the age of"],
        );
        // "under 18", not "under 60 minutes".
        k.is_some_and(|k| {
            matches!(t.get(k).map(|x| x.kind), Some(super::tokens::Kind::Number(_)))
                && super::values::unit_at(t, k + 1).is_none()
        })
    })
}

/// Words that limit a thing to bring to some patients. Not
/// `SOME_PATIENTS`: these drop one thing from a bring list, those ask every
/// rule of a sentence (see the module note).
const ONLY_SOME: &[&str] = &[
    "if you are told",
    "if you have been told",
    "if instructed",
    "if you are instructed",
    "if asked",
    "if you are asked",
    "if your child",
    // "Crutches that your doctor told you to bring" (branch tune-bc): as
    // "if you are told", brought only where the clinic said so.
    "told you to bring",
    "instructed you to bring",
    "asked you to bring",
];

/// A thing to bring for some patients only ("bring your medicines if you
/// are told to", "if your child needs nappies, bring a supply", "for IV
/// sedation, wear short sleeves").
pub(super) fn bring_for_some_only(light: &str) -> bool {
    ONLY_SOME.iter().any(|w| light.contains(w))
        || for_some_kind(light)
        || super::doses_due_at_visit::doses_due_at_visit(light)
}

/// "For IV sedation, wear short sleeves", "for children having general
/// anaesthesia, bring a favourite toy": a sentence that opens by naming a
/// kind of treatment or patient is for those only. Not "for your comfort"
/// or "for the procedure", which are everyone's.
fn for_some_kind(light: &str) -> bool {
    let Some(lead) = light
        .trim_start()
        .strip_prefix("for ")
        .and_then(|r| r.split(',').next())
    else {
        return false;
    };
    let words: Vec<&str> = lead.split_whitespace().collect();
    words.len() <= 6
        && !words
            .iter()
            .any(|w| ["your", "the", "this", "our", "all", "every", "everyone"].contains(w))
        && words.iter().any(|w| {
            [
                "sedation",
                "anaesthe",
                "anesthe",
                "surger",
                "procedures",
                "patients",
                "children",
                "kids",
                "infants",
                "adults",
            ]
            .iter()
            .any(|k| w.starts_with(k))
        })
}

/// "... and for anyone having sedation": a second group that holds every
/// sedated patient, which on a sedation sheet is the sheet's own patient.
fn everyone_sedated(lower: &str) -> bool {
    static EVERYONE: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(concat!(
            r"\b(?:and|or) (?:for |to )?(?:anyone|everyone|any patient|every patient|all patients) ",
            r"(?:who (?:is|are) )?(?:having|receiving|undergoing|under) ",
            r"(?:iv |oral |intravenous |general )?(?:sedation|anaesthesia|anesthesia|anaesthetic|anesthetic|a general anaesthetic|a general anesthetic)\b",
        ))
        .ok()
    });
    EVERYONE.as_ref().is_some_and(|re| re.is_match(lower))
}
