//! Red flags, read with the phrase tables of `tables.rs`: a sentence that
//! names a situation and whom to call, and a line that is only a call
//! ending in a colon ("Go to A&E if you have:"), which opens a list whose
//! lines are the situations.

use std::sync::LazyLock;

use regex::Regex;

use super::compose::title_case;
use super::found::{Found, Tables};
use super::health_change::{bare_call, health_change};
use super::list_items::original_slice;
use super::{Proposed, Sentence};
use crate::facts::rules::{RedFlagRule, WhoToCall};

/// A red flag: a situation and whom to call. True when the sentence is one.
/// `said_before`: a change in health named with its examples in the
/// sentences just before, which a call naming no situation of its own, or
/// only the change, is about.
pub(super) fn red_flag(
    t: &Tables,
    text: &str,
    sentence: &Sentence,
    said_before: Option<String>,
    found: &mut Found,
) -> bool {
    let calls = [
        (&t.CALL_EMERGENCY, WhoToCall::Emergency),
        (&t.CALL_CLINIC, WhoToCall::Clinic),
        (&t.CALL_PRIMARY_CARE, WhoToCall::PrimaryCare),
    ];
    let Some((caps, w, call)) = calls
        .into_iter()
        .find_map(|(table, call)| table.find(text).map(|(c, w)| (c, w, call)))
    else {
        return false;
    };
    // "Let us know if you have any heart or lung conditions": a standing
    // condition told for planning, not something that happens and calls
    // for help.
    let standing = [" conditions", " medical condition", " health condition"]
        .iter()
        .any(|w| text.contains(w))
        && [" have any ", " has any ", " have a ", " has a "]
            .iter()
            .any(|w| text.contains(w));
    // "Tell your surgeon if you have had a stent put in during the last
    // six months": the patient's history, told for planning, not
    // something that happens and calls for help. Not an illness in the
    // last weeks, which may put the visit off.
    // So is "if you have been admitted to, or worked at, a hospital
    // abroad in the last 6 months": where the patient has been.
    let history = [
        " you have had ",
        " you've had ",
        " you have ever had ",
        " you have been admitted",
        " you have worked",
        " you have been treated",
    ]
    .iter()
    .any(|w| text.contains(w))
        && [
            " in the last ",
            " during the last ",
            " in the past ",
            " during the past ",
            " within the last ",
        ]
        .iter()
        .any(|w| text.contains(w))
        && ![
            "ill",
            "illness",
            "unwell",
            "sick",
            "symptom",
            "cold",
            "flu",
            "fever",
            "cough",
            "infection",
        ]
        .iter()
        .any(|w| {
            text.split(|c: char| !c.is_alphanumeric())
                .any(|x| x.starts_with(w) && x.len() <= w.len() + 2)
        });
    // "If you have any worries about your diabetes, contact the unit for
    // advice before you come": planning asked about ahead, not something
    // that happens and calls for help (branch tune-cd).
    let planning = ["worries about your", "questions about your", "concerns about your"]
        .iter()
        .any(|w| text.contains(w))
        && text.contains("advice");
    if standing || history || planning {
        return false;
    }
    // "Call us with any questions" names no situation: not a red flag.
    let matched = caps.get(0).map(|m| m.range()).unwrap_or(0..0);
    // "Contact your doctor or go to an emergency department": two places
    // to call, with nothing saying which when; a careful reader asks.
    // Not "call 999 or go to A&E": both emergency services, one call.
    // "Or go straight to", "or go immediately to": the same "or go to".
    let or_go = [
        " or go to ",
        " or go straight to ",
        " or go immediately to ",
        " or go directly to ",
    ]
    .iter()
    .find_map(|w| text.find(w).map(|k| k + w.len()));
    // Both emergency services only when the emergency call comes before
    // the "or go": "contact your physician, or go straight to the ER"
    // found the emergency in the going itself.
    let emergency_twice = call == WhoToCall::Emergency
        && or_go.is_some_and(|k| {
            matched.end < k
        })
        && or_go.is_some_and(|k| {
            t.CALL_EMERGENCY
                .find(&format!("go to {}", &text[k..]))
                .is_some_and(|(c, _)| c.get(0).is_some_and(|m| m.start() == 0))
                // "Or go straight to an emergency room": an article before it.
                || text[k..].split_whitespace().take(3).any(|w| {
                    ["emergency", "er", "a&e", "casualty"].contains(&w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&'))
                })
        });
    let either = !emergency_twice && (or_go.is_some() || text.contains(" or call 911") || text.contains(" or attend "));
    // "Tell your doctor before your procedure if ...", "if you cannot
    // finish the prep, call your doctor": the doctor doing the procedure.
    let call = match call {
        WhoToCall::PrimaryCare if before_the_procedure(text) || hours_after(text) => WhoToCall::Clinic,
        other => other,
    };
    // A change in the patient's health told to the clinic: its words are
    // the situation even where they also name medicines or the history.
    // Named just before with its examples, the change is said best there.
    let to_clinic = call == WhoToCall::Clinic;
    let bare = to_clinic && text.get(matched.end..).is_some_and(bare_call);
    let before = said_before.filter(|_| to_clinic && (bare || health_change(text).is_some()));
    let changed = || {
        health_change(text)
            .filter(|_| to_clinic)
            .map(|said| title_case(original_slice(&sentence.text, said).unwrap_or(said)))
    };
    let situation = before.or_else(|| situation(&sentence.text, text, matched, to_clinic).or_else(changed));
    match situation.filter(|_| !either) {
        Some(situation) => {
            found.add(
                Proposed::RedFlag {
                    rule: RedFlagRule { situation, call },
                },
                w,
                None,
            );
            true
        }
        None => false,
    }
}

/// A sentence about the time before the procedure or its preparation
/// (falling ill is), where "your doctor" is the one who does it, not the
/// family doctor.
fn before_the_procedure(text: &str) -> bool {
    [
        "before your procedure",
        "before the procedure",
        "before your surgery",
        "before surgery",
        "before the surgery",
        "before your test",
        // "Between your last check and the day of surgery", "up to the
        // day of your procedure": the days that lead to it.
        "and the day of",
        "until the day of",
        "up to the day of",
        "before the day of",
        "the prep",
        // "If you vomit any of your prep": the prep whoever names it.
        "your prep",
        "the preparation",
        "your preparation",
        "bowel prep",
        "laxative",
        // Falling ill is told before the visit, which may then be moved;
        // after it, a sheet names the signs.
        "fall ill",
        "falls ill",
        "become ill",
        "becomes ill",
    ]
    .iter()
    .any(|w| text.contains(w))
}

/// "If in the few hours after the examination you have severe pain": a
/// sign counted in hours from the procedure, which the doctor who did it
/// answers for.
fn hours_after(text: &str) -> bool {
    [
        "hours after the examination",
        "hours after the procedure",
        "hours after your examination",
        "hours after your procedure",
    ]
    .iter()
    .any(|w| text.contains(w))
}

/// A line that opens a list of red flags: a call and nothing more, ending
/// in a colon ("Tell your doctor:", "Go to the emergency department if
/// you have:"). The call, and what its words were written for.
pub(super) fn call_heading(t: &Tables, text: &str) -> Option<(WhoToCall, &'static str)> {
    let text = text.trim();
    let rest = text.strip_suffix(':')?;
    let calls = [
        (&t.CALL_EMERGENCY, WhoToCall::Emergency),
        (&t.CALL_CLINIC, WhoToCall::Clinic),
        (&t.CALL_PRIMARY_CARE, WhoToCall::PrimaryCare),
    ];
    let (caps, w, call) = calls
        .into_iter()
        .find_map(|(table, call)| table.find(rest).map(|(c, w)| (c, w, call)))?;
    // Only "if you have", "if you notice" or "about" may follow the call:
    // "Call us with any of the following questions:" is no list of flags.
    let after = rest.get(caps.get(0)?.end()..)?.trim();
    let opens = after.is_empty()
        || [
            "if you have",
            "if you notice",
            "if you experience",
            "if you develop",
            "if you get",
            "if",
            "about",
            "for",
            "straight away if",
            "immediately if",
            "right away if",
            "now if",
        ]
        .contains(&after)
        || super::urgent_call_lead::urgent_opens(after);
    let lead = rest.get(..caps.get(0)?.start())?.trim();
    let bare_lead = lead.is_empty() || ["please", "you should", "you must", "always"].contains(&lead);
    (opens && bare_lead).then_some((call, w))
}

/// A line of a list of red flags ("- If your wound is red", "- A high
/// fever"): its situation, with the call the list's heading names (set
/// by the caller). None when the line is not a situation: a call of its
/// own, a heading or a long sentence ends the list.
pub(super) fn flag_line(t: &Tables, text: &str, sentence: &Sentence) -> Option<RedFlagRule> {
    let line = text.trim();
    let calls = t.CALL_EMERGENCY.find(line).is_some()
        || t.CALL_CLINIC.find(line).is_some()
        || t.CALL_PRIMARY_CARE.find(line).is_some();
    if calls || line.ends_with([':', '?']) || line.chars().count() > FLAG_LINE_CHARS {
        return None;
    }
    let mut said = line;
    for lead in [
        "if you have ",
        "if you notice ",
        "if you get ",
        "if you develop ",
        "if there is ",
        "if ",
        "you have ",
    ] {
        if let Some(rest) = said.strip_prefix(lead) {
            said = rest;
            break;
        }
    }
    let said = said.trim_end_matches(['.', ';', ',', ' ']);
    if said.chars().filter(|c| c.is_alphabetic()).count() < 4 || !about_health(said) {
        return None;
    }
    let shown = original_slice(&sentence.text, said).unwrap_or(said);
    Some(RedFlagRule {
        situation: title_case(shown),
        call: WhoToCall::Clinic,
    })
}

/// How long a line of a list of red flags is at most, in characters.
// Not a care number: a reading window (a list's line, not a paragraph).
const FLAG_LINE_CHARS: usize = 200;

/// The situation a red-flag sentence names: what follows "if"/"when"/"for",
/// or what stands before the call ("Chest pain: call 911", "X | call 911").
/// `clinic`: the call is to the clinic, where "call us for a free
/// consult" is an errand; only "about" names a situation then.
fn situation(original: &str, text: &str, call: std::ops::Range<usize>, clinic: bool) -> Option<String> {
    static IF: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(r"\b(?:if|when|should) (?:you )?(?:have|experience|notice|develop|feel|get|are having|see)?\s*(?P<x>[^.;]{4,200})").ok()
    });
    static GENERIC: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(r"^(?:for |with |if you have |there is |there are )?(?:any ?(?:thing|one)?(?: other| else)?(?: serious| major| real| urgent)?(?: questions?| concerns?| worries)?|questions?|any questions|concerns?|any concerns|more information|information|advice)\b[^a-z]*$").ok()
    });
    let clean = |s: &str| {
        let s = s
            .trim()
            .trim_matches(|c: char| matches!(c, ',' | ':' | '|' | '-' | '.' | ' ' | '*'));
        let s = s.strip_prefix("or ").unwrap_or(s);
        (s.chars().filter(|c| c.is_alphabetic()).count() >= 4).then(|| s.to_string())
    };
    // What stands before the call is its situation only as a label: "Chest
    // pain: call 911", "X | call 911", "For X, call"; not "You must also
    // tell us".
    let head = text.get(..call.start)?;
    let labelled = head.trim_end().ends_with([':', '|', '-', ','])
        || ["for ", "with ", "in case of ", "in the event of "]
            .iter()
            .any(|w| head.trim_start().starts_with(w));
    // "Any illness before the visit should be reported to us": the passive
    // of "tell us", whose subject is the situation (without when it comes
    // on, which the words after it say).
    let passive = text.get(call.clone()).is_some_and(|c| c.contains("be reported"));
    let subject = || {
        let head = head.trim_end().trim_end_matches("should").trim_end_matches("must");
        let cut = [" that ", " which ", " before ", " in the "]
            .iter()
            .filter_map(|w| head.find(w))
            .min()
            .unwrap_or(head.len());
        clean(&head[..cut])
    };
    let before = clean(head)
        .filter(|_| labelled)
        .or_else(|| subject().filter(|_| passive));
    let after = text.get(call.end..)?;
    let from_if = IF.as_ref().and_then(|re| {
        // "If X, call Y" or "Call Y if X".
        // "Call if X": the call's own words end in the "if".
        let caps = re
            .captures(&text[..call.start])
            .or_else(|| re.captures(after))
            .or_else(|| {
                let own = text.get(call.clone())?;
                let at = [" if", " when"]
                    .iter()
                    .find_map(|w| own.ends_with(w).then(|| call.end - w.len() + 1))?;
                re.captures(text.get(at..)?)
            })?;
        let x = caps.name("x")?.as_str();
        let x = x.split(", call").next().unwrap_or(x);
        // "Coughs and colds: tell us if you have either of these": the
        // label before the colon names them.
        let x = these_labelled(head, x).unwrap_or(x);
        clean(x)
    });
    // "Tell your provider about any change in your physical condition",
    // "tell your primary care provider about a new rash", "go to the ER
    // for shortness of breath".
    static ABOUT: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(r"^\s*(?:provider|physician|doctor|practitioner|team|office|clinic|department)?\s*(?:now |immediately |straight away |right away )?(?:about|for|regarding) (?:any )?(?P<x>[^.;]{4,200})").ok()
    });
    let from_about = || {
        let caps = ABOUT.as_ref()?.captures(after)?;
        let whole = caps.get(0)?.as_str();
        if clinic && !whole.contains("about ") {
            return None;
        }
        clean(caps.name("x")?.as_str())
    };
    // "On admission, tell us about any problem": a lead before the call
    // that names no sign is when to tell, not the situation.
    let lowered = from_if.or(before.filter(|b| about_health(b))).or_else(from_about)?;
    let lowered = lowered
        .trim_end_matches([',', ' '])
        .trim_end_matches("please")
        .trim_end_matches([',', ' '])
        .to_string();
    // "For anything else, call us" / "with any questions": contact details,
    // not a red flag; nor is being late, a prescription or paperwork: a
    // red flag is how the patient feels.
    let generic = GENERIC.as_ref().is_some_and(|re| re.is_match(lowered.trim()));
    const NOT_HOW_YOU_FEEL: &[&str] = &[
        "question",
        "anything else",
        "anything",
        "appointment",
        "late",
        "cancel",
        "reschedul",
        "prescription",
        "medication",
        "medicine",
        "allerg",
        "paperwork",
        "form",
        "insurance",
        "payment",
        "instructions",
        "be sure",
        "booking",
        "medical condition",
        "health condition",
        "history",
        "supplement",
        "follow",
        "check-up",
        "checkup",
        "refill",
        "directions",
        "not possible",
        // "If you cannot come, call us": the visit missed, not a sign.
        "cannot come",
        "cannot attend",
        "cannot make it",
        "can't come",
        "can't attend",
        "can't make it",
        "reach us",
        "reach the",
        "get through",
        // "Tell us if there is any chance you are pregnant": what the
        // clinic should know before, not how the patient feels after.
        "pregnan",
        "breastfeed",
        "any chance",
        // "If your symptoms do not improve": the course of the illness the
        // treatment is for, not a danger sign after a visit.
        "do not improve",
        "does not improve",
        "don't improve",
        "doesn't improve",
        "not getting better",
    ];
    // "A cold close to the time of your appointment": the appointment
    // says when, and the cold is how the patient is.
    let when_said = [
        "before your appointment",
        // "Any problems before that appointment": the follow-up visit
        // says when, the problems are how the patient is.
        "before that appointment",
        "before the appointment",
        "before your follow-up appointment",
        "close to the time of your appointment",
        "close to your appointment",
    ]
    .iter()
    .fold(lowered.clone(), |text, w| text.replace(w, ""));
    let words: Vec<&str> = when_said.split(|c: char| !c.is_alphanumeric()).collect();
    let about_admin = NOT_HOW_YOU_FEEL.iter().any(|stem| match stem.contains([' ', '-']) {
        true => when_said.contains(stem),
        false => words.iter().any(|w| w.starts_with(stem)),
    });
    // "Tell us if you take lorazepam": what the clinic should know.
    let informing = [
        "take ",
        "taking ",
        "are taking ",
        "use ",
        "are on ",
        "have been prescribed ",
    ]
    .iter()
    .any(|w| lowered.starts_with(w));
    // "Please call us to reschedule": the call is an errand. Unless what
    // sends the patient to it is falling ill ("call us to reschedule if
    // you have a fever"): then the call is the one to make when ill, and
    // moving the visit is what the clinic does about it.
    let errand_call = [
        "to reschedule",
        "to cancel",
        "to book",
        "to rebook",
        "to arrange",
        "to change",
    ]
    .iter()
    .any(|w| after.trim_start().starts_with(w))
        && !falling_ill(&words);
    // "If we have not, call us", "tell us if it is": a pronoun that is not
    // the patient names no situation; "if you have ever misused drugs" is
    // the patient's history, not how they feel.
    let no_situation = ["we ", "it ", "it's ", "they ", "this ", "that "]
        .iter()
        .any(|w| lowered.starts_with(w))
        || words.iter().any(|w| ["ever", "misused", "misuse"].contains(w));
    if generic || about_admin || informing || errand_call || no_situation || !about_health(&lowered) {
        return None;
    }
    // Give it back in the sheet's own letters when they can be found.
    let shown = original_slice(original, &lowered)
        .map(str::to_string)
        .unwrap_or(lowered);
    Some(title_case(&shown))
}

/// The label before a colon that "either of these" or "any of these"
/// points back to ("Coughs and colds: please tell us if you have either of
/// these"), without a list's number in front of it.
fn these_labelled<'a>(head: &'a str, said: &str) -> Option<&'a str> {
    let said = said.trim().trim_end_matches(['.', ' ']);
    let pointing = ["either of these", "any of these", "one of these", "any of the above"]
        .iter()
        .any(|w| said.starts_with(w));
    let (label, _) = head.rsplit_once(':').filter(|_| pointing)?;
    let label = label.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ')' | ' ' | '-' | '*'));
    about_health(label).then_some(label)
}

/// Whether a situation's words name an illness: a fever, a cold, the flu,
/// a cough, vomiting. Narrower than `about_health`, whose "cannot" and
/// "problem" would make "if you cannot come" a sign; and not a bare "feel
/// unwell", which beside a call to reschedule is only the reason to move
/// the visit (kept from the final round's sentences of its own).
fn falling_ill(words: &[&str]) -> bool {
    const ILL: &[&str] = &["fever", "cold", "flu", "cough", "illness", "vomiting", "temperature"];
    words.iter().any(|w| ILL.contains(w))
}

/// Whether a situation names how the patient is: a sign, a symptom, an
/// injury or a worry about their health. The list above keeps out what is
/// known not to be one; this keeps out what is not known to be one, so a
/// clause the reader misparses ("if it is", "if we have not", "their phone
/// number") is left alone rather than shown as a danger sign. The words are
/// the care-facts red flags' (suicide, breath, airway, swallowing, chest
/// pain, consciousness, rash, itching, effects that persist or worsen,
/// mania, psychosis) and the common words for signs and symptoms (other
/// words).
fn about_health(lowered: &str) -> bool {
    // The start of a word: "bleed" reads "bleeding". None is the start of
    // a common word that is no sign ("numb" would read "number", so it is
    // a whole word below).
    const STEMS: &str = concat!(
        // care-facts' red flags
        "suicid breath airway swallow chest pain conscious rash itch persist ",
        "worse worsen psychos ",
        // signs and symptoms (other words)
        "headache aching hurt tender cramp bleed blood bruis fever temperature ",
        "chill shiver sweating clammy vomit nause diarrh constipat stomach ",
        "abdom belly bowel urin swell swollen redness allergic reaction infect ",
        "ooz smell wound stitch incision faint dizz lightheaded light-headed ",
        "collapse injur drows sleepy unrespons confus seizure convuls numbness ",
        "tingl weak trembl shaking speech slur vision hearing heart palpitat ",
        "pulse pressure cough virus covid wheez throat chok tongue skin ",
        "hallucin panic anxi agitat distress mood depress thought behav feel ",
        "felt illness unwell symptom complication problem serious severe heavy ",
        "urgent unusual wrong concern worr health difficult trouble unable ",
        "cannot can't emergenc ",
    );
    // Whole words only: short ones, and those that start other words
    // ("red" would also read "reduce", "leg" "legal").
    const WORDS: &str = concat!(
        "harm mania manic effect effects ache aches sore fit fits red hot ill ",
        "sick pale blue cold flu pus hives numb arm arms leg legs calf foot ",
        "feet face eye eyes lips see seeing hear fall falls fell pass passed ",
        "passing wake waking alert pee sweat sweats sweaty shake shaky drain ",
        "dressing ",
    );
    lowered
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .any(|word| {
            WORDS.split_whitespace().any(|w| w == word) || STEMS.split_whitespace().any(|stem| word.starts_with(stem))
        })
}
