//! Medicines to take on the day: a class or medicine the sheet names and
//! tells the patient to take as usual on the day of the visit, most often
//! the one exception to the fast or to "skip your medicines that morning"
//! ("take your heart pills with a sip of water", "do not stop your
//! warfarin; take it as usual"). Clinics say it with a taking verb said to
//! the patient and a mark of the day itself: the sip of water the fast
//! allows for it, the morning or day of the visit, or "as usual". A
//! medicine named inside the keep-taking sentence is kept with the usual
//! ones instead (`medicines.rs`), and one the prescriber decides about, or
//! one the patient only tells the clinic of, is no take line.

use super::clauses::Run;
use super::compose::Context;
use super::cues::Cue;
use super::found::Found;
use super::lexicon::Topic;
use super::tables::MEDICINES;
use super::tokens::title_case;
use super::tokens::Tok;
use super::values::{Day, Dir, When};
use super::{Proposed, Section};
use crate::facts::rules::{MedicineBefore, MedicineRule};

/// Words that mark the day itself: the sip the fast allows, the morning or
/// day of the visit, the patient's usual time.
const ON_THE_DAY: &[&str] = &[
    "sip of water",
    "sips of water",
    "sip of fluid",
    "sips of fluid",
    "small sip",
    "morning of",
    "on the morning",
    "in the morning",
    "day of",
    "on the day",
    "as usual",
    "as you normally",
    "as you usually",
    "as normal",
    "usual time",
    "usual schedule",
    "normal time",
];

/// The morning hours a usual dose is taken at on the day, as minutes after
/// midnight (5:00 to 9:00).
// Not a care number: the span of hours read as the patient's morning.
const MORNING_FROM: u32 = 300;
// Not a care number: the span of hours read as the patient's morning.
const MORNING_UNTIL: u32 = 540;

/// Words of a medicine the clinic gives for the visit itself: a
/// pre-medication, a task before the visit, not a usual dose kept.
const PRE_MEDICATION: &[&str] = &[
    "sedat",
    "anxiety",
    "nausea",
    "laxative",
    "prep",
    "for the procedure",
    "relax",
];

/// "Preoperative medications", "pre-medication", "premeds": given for the
/// visit itself (not "prednisone", a usual medicine).
fn pre_medication(lower_name: &str) -> bool {
    ["pre-", "pre -", "pre ", "preop", "premed", "preprocedur"]
        .iter()
        .any(|p| lower_name.starts_with(p))
        || PRE_MEDICATION.iter().any(|w| lower_name.contains(w))
}

/// Words by which the medicine is taken with a meal: a dose the fast
/// decides about, not an exception to it.
const WITH_A_MEAL: &[&str] = &["with food", "with breakfast", "with a meal", "with your meal"];

/// Words by which the taking is someone else's word later, or only told:
/// "if you have been asked to take", "tell us if you take".
const NOT_THE_SHEETS_WORD: &[&str] = &[
    "if you are asked",
    "if you have been asked",
    "if you are told",
    "if you have been told",
    "if instructed",
    "if advised",
    "tell us",
    "let us know",
    "inform us",
    "notify",
    "check with",
    "ask your",
    "discuss",
    "talk to",
    "speak to",
    "whether to",
    "whether or not",
    "will tell you",
    "will advise",
    "will let you know",
    "which of your",
];

/// Whether the sentence tells the patient to take the medicine `name`
/// (of `class`, or none) on the day as usual: a taking said to the patient
/// in the clause that names it, not negated ("do not stop" and "do not
/// forget to take" are takings), with a mark of the day, no time before
/// the visit (a pre-medication) and no keep-taking of the usual medicines
/// beside it.
pub(super) fn taken_on_the_day(run: &Run, cx: &Context<'_>, general: bool, class: Option<usize>, name: &str) -> bool {
    // "Medicines for your heart", "blood pressure pills": medicines in
    // general named by what they are for are a class; bare ones are the
    // usual medicines, kept by `medicines.rs`.
    if general && !names_a_kind(name) {
        return false;
    }
    // "Preoperative medications", "your premedication", "the sedative":
    // the clinic's pre-medication, a task before the visit. On an
    // after-care sheet the taking is after the visit, not the day's.
    let sedating = class.and_then(|c| MEDICINES.get(c)).is_some_and(|m| m.sedating);
    let lower_name = name.to_lowercase();
    if pre_medication(&lower_name) || sedating || cx.section == Section::After {
        return false;
    }
    let lower = cx.text.to_lowercase();
    let day = ON_THE_DAY.iter().any(|w| lower.contains(w));
    // "Starting on the day of the procedure": begun then, not kept. "Take
    // your inhaler with you": brought.
    let with_you = cx.toks.windows(2).any(|w| w[0].is("with") && w[1].is("you"));
    let elsewhere = with_you
        || NOT_THE_SHEETS_WORD.iter().any(|w| lower.contains(w))
        || WITH_A_MEAL.iter().any(|w| lower.contains(w))
        || ["starting", "start ", "begin"].iter().any(|w| lower.contains(w));
    // "Take it 1 hour before": a task before the visit; "stop it 2 days
    // before": a rule of its own.
    // "Take it at 6 in the morning": the hour said as the patient's
    // morning is how the usual dose is taken on the day, as "in the
    // morning" alone is (branch tune-bh, once such hours were read as
    // clock times); "up to 6 o'clock" is the taking's own limit.
    let morning_words = lower.contains(" in the morning") && !lower.contains("up to") && !lower.contains("until");
    let timed = run.times.iter().any(|t| {
        let morning_hour = matches!(
            t.when,
            When::Clock {
                minute_of_day: MORNING_FROM..=MORNING_UNTIL,
                day: Day::Session | Day::Unsaid,
            }
        );
        let on_the_day = matches!(
            t.when,
            When::MorningOf | When::DayOf | When::During | When::Anchor { dir: Dir::Before, .. }
        );
        !(on_the_day || (morning_words && morning_hour))
    });
    let usual_kept = run.has(Topic::UsualMedicines) || run.cue(Cue::Ask);
    if !day || elsewhere || timed || usual_kept {
        return false;
    }
    let is_it = |t: Topic| match class {
        Some(c) => t == Topic::Medicine(c),
        None => matches!(t, Topic::Medications | Topic::OtherMedicine),
    };
    let takings = takings(cx.toks);
    // "Medicines by mouth may be taken ..., and bring any inhaled
    // medication": of medicines named by their own words, the one named.
    let its_words = |a: usize, b: usize| {
        let (x, y) = cx.bytes(a, b);
        class.is_some()
            || cx
                .text
                .get(x..y)
                .is_some_and(|w| lower_name.contains(&w.to_lowercase()))
    };
    run.topics
        .iter()
        .filter(|&&(t, _, a, b)| is_it(t) && its_words(a, b))
        .any(|&(_, _, a, _)| !object_of_other(cx.toks, a) && takings.iter().any(|&k| same_clause(cx.toks, a, k)))
}

/// Words that say medicines and nothing of which: "your usual morning
/// pills", "the ones listed below".
const GENERIC: &[&str] = &[
    "medicine",
    "medicines",
    "medication",
    "medications",
    "meds",
    "pills",
    "tablets",
    "drugs",
    "your",
    "the",
    "any",
    "all",
    "of",
    "which",
    "other",
    "own",
    "regular",
    "usual",
    "normal",
    "routine",
    "prescribed",
    "prescription",
    "daily",
    "morning",
    "current",
    "ones",
    "listed",
    "following",
    "above",
    "below",
    "these",
    "those",
];

/// Whether a name of medicines says which ("tablets for your heart",
/// "blood pressure pills"), not only medicines in general ("your morning
/// medicines", "your medicines (including aspirin)": the usual ones).
fn names_a_kind(name: &str) -> bool {
    let lower = name.to_lowercase();
    !lower.contains('(')
        && lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| !w.is_empty() && !GENERIC.contains(&w))
}

/// Whether a run names which medicines: by a class or their own name, or,
/// for medicines in general, by what they are for ("medication for your
/// sugars").
pub(super) fn names_some(run: &Run, cx: &Context<'_>, general: bool) -> bool {
    !general || super::medicine_names::general_name(run, cx).is_some_and(|n| names_a_kind(&n))
}

/// "Please bring any inhaled medication", "tell us about your heart
/// pills": the medicine at `at` is what is brought or told of, not taken.
fn object_of_other(toks: &[Tok], at: usize) -> bool {
    toks[at.saturating_sub(OBJECT_WINDOW)..at.min(toks.len())]
        .iter()
        .rev()
        .take_while(|t| t.punct().is_none())
        .any(|t| ["bring", "about", "use", "tell", "show"].contains(&t.text.as_str()))
}

/// How far before a medicine the verb it is the object of may stand
/// ("bring any inhaled asthma medication").
// Not a care number: a reading window.
const OBJECT_WINDOW: usize = 4;

/// Whether tokens `a` and `b` stand in one clause: no ";" or sentence end
/// between them ("patients on insulin need special instructions;
/// otherwise they take their tablets as usual": the taking is the others').
fn same_clause(toks: &[Tok], a: usize, b: usize) -> bool {
    toks[a.min(b)..a.max(b).min(toks.len())]
        .iter()
        .all(|t| !matches!(t.punct(), Some(';' | '.' | '!' | '?')))
}

/// Where the sentence tells the patient to take something: "take",
/// "continue", "keep taking", "be taken", "do not stop", "do not forget to
/// take"; not "if you take" (who it is for) nor "do not take".
fn takings(toks: &[Tok]) -> Vec<usize> {
    let word = |k: Option<usize>| k.and_then(|k| toks.get(k)).map_or("", |t| t.text.as_str());
    (0..toks.len())
        .filter(|&k| {
            let before = [word(k.checked_sub(1)), word(k.checked_sub(2)), word(k.checked_sub(3))];
            let not = before
                .iter()
                .any(|w| matches!(*w, "not" | "don't" | "dont" | "never" | "no"));
            let forget = before.contains(&"forget");
            // "If you take", "those who are taking", "tell us whether you take".
            let who = before
                .iter()
                .any(|w| matches!(*w, "if" | "who" | "whether" | "when" | "while"));
            match toks[k].text.as_str() {
                "take" | "taken" | "continue" => !who && (!not || forget),
                "taking" => matches!(word(k.checked_sub(1)), "keep" | "continue" | "on") && !not,
                "stop" => not && !forget,
                _ => false,
            }
        })
        .collect()
}

/// Where the medicines a ban leaves out were written from.
const LEFT_OUT_OF_A_BAN: &str = "corpus half s: \"you must not take any medicines on the morning of the procedure, EXCEPT blood pressure medicines with small sips of water\"";

/// Words of a ban on taking medicines, or on everything by mouth.
const BAN_WORDS: &[&str] = &["skip", "hold", "stop", "omit", "not", "no", "nothing", "don't", "out"];

/// Words that open what a rule leaves out, with the ones that follow them.
const EXCEPT_WORDS: &[&str] = &[
    "except",
    "for",
    "apart",
    "from",
    "other",
    "than",
    "aside",
    "but",
    "excepting",
];

/// Words by which what is left out is the water taken with the medicines.
const WATER_FOR_PILLS: &[&str] = &["water", "sip", "fluid", "drink", "taking", "taken", "take ", "swallow"];

/// Words before a medicine's name that do not name it.
const NOT_THE_NAME: &[&str] = &["your", "any", "the", "all", "of", "those", "these", "our"];

/// Medicines a ban leaves out: "take no medicines that morning, except
/// your heart pills", "nothing by mouth (except blood pressure tablets
/// with a sip of water)", "skip all of them apart from your thyroid
/// tablet". The ban is on taking or on everything by mouth; the medicines
/// left out of it are taken on the day, named as the sheet says them.
/// Medicines in general left out ("apart from your morning medicines") are
/// the usual ones, kept (`compose.rs`).
pub(super) fn excepted(run: &Run, cx: &Context<'_>, found: &mut Found) {
    let lower = cx.text.to_lowercase();
    if run.cue(Cue::Ask) || NOT_THE_SHEETS_WORD.iter().any(|w| lower.contains(w)) {
        return;
    }
    let named = |t: Topic| matches!(t, Topic::Medicine(_) | Topic::OtherMedicine | Topic::Medications);
    let Some(from) = run.except.iter().find(|(t, ..)| named(*t)).map(|&(_, from, _)| from) else {
        return;
    };
    // "If you take regular pills, skip all of them except ...": the ban
    // may stand in a clause of its own, whose "them" is no topic.
    let toks = cx.toks;
    let banned = run.cue(Cue::Not)
        || run.cue(Cue::Stop)
        || run.fasting
        || toks[..from.min(toks.len())]
            .iter()
            .any(|t| BAN_WORDS.contains(&t.text.as_str()));
    // "Do not take your usual medicines, except heart tablets": a ban with
    // no day said is not known to be the visit's, nor its exception.
    let of_the_day = run.fasting || !run.times.is_empty() || ON_THE_DAY.iter().any(|w| lower.contains(w));
    // "No medicines for 24 hours after, except paracetamol": a ban after
    // the visit, whose exception is allowed then, not taken on the day.
    let after_visit = cx.section == Section::After
        || run
            .times
            .iter()
            .any(|t| matches!(t.when, When::NextMorning | When::RestOfDay) || cx.dir(t, run) == Some(Dir::After));
    if !banned || !of_the_day || after_visit {
        return;
    }
    let Some(end) = run
        .except
        .iter()
        .filter(|&&(t, f, _)| named(t) && f == from)
        .map(|&(.., e)| e)
        .max()
    else {
        return;
    };
    let first = (from..end)
        .find(|&k| !EXCEPT_WORDS.contains(&toks[k].text.as_str()) && !NOT_THE_NAME.contains(&toks[k].text.as_str()));
    let Some(first) = first else {
        return;
    };
    let (a, b) = cx.bytes(first, end);
    let Some(name) = cx.text.get(a..b).map(str::trim).filter(|n| names_a_kind(n)) else {
        return;
    };
    // "Except water taken with your tablets", "apart from sips of water to
    // swallow your medicines": the water the fast allows for the usual
    // medicines, not a medicine left out of it.
    let lower_name = name.to_lowercase();
    if pre_medication(&lower_name) || WATER_FOR_PILLS.iter().any(|w| lower_name.contains(w)) {
        return;
    }
    let rule = MedicineRule {
        name: title_case(name),
        before: MedicineBefore::TakeOnTheDay,
        restart_hours_after: None,
        note: None,
    };
    found.add(
        Proposed::Medicine { rule },
        LEFT_OUT_OF_A_BAN,
        Some(cx.bytes(from, end)),
    );
}
