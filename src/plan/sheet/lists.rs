//! The shapes of a sheet that are lists or quotes rather than times, read
//! with the phrase tables of `tables.rs`: what counts as a clear liquid and
//! what breaking the fast means (kept in the clinic's words), things to
//! bring and wear, and red flags (a situation and whom to call).

use std::sync::LazyLock;

use regex::Regex;

use super::compose::title_case;
use super::propose::{Found, Tables};
use super::{Proposed, Sentence};
use crate::facts::rules::{RedFlagRule, WhoToCall};

/// What counts as a clear liquid, and what breaking the fast means: kept
/// in the clinic's words.
pub(super) fn quoted_food_words(t: &Tables, text: &str, sentence: &Sentence, found: &mut Found) {
    // "Water is allowed until 2 hours before" is a cutoff, not what counts as clear.
    let lists = [":", "such as", "e.g.", "including"].iter().any(|w| text.contains(w));
    let is_cutoff = (text.contains("until") || text.contains("up to")) && !lists;
    if let Some((_, w)) = t.CLEAR_LIQUIDS_ARE.find(text).filter(|_| !is_cutoff) {
        found.add(
            Proposed::ClearLiquidsAre {
                words: sentence.text.clone(),
            },
            w,
            None,
        );
    }
    let about_food = ["eat", "food", "fast", "meal", "drink", "liquid"]
        .iter()
        .any(|w| text.contains(w));
    if about_food {
        if let Some((_, w)) = t.IF_FAST_BROKEN.find(text) {
            found.add(
                Proposed::IfFastBroken {
                    words: sentence.text.clone(),
                },
                w,
                None,
            );
        }
    }
}

pub(super) fn bring(t: &Tables, light: &str, sentence: &Sentence, found: &mut Found) {
    for (re, w) in &t.BRING.entries {
        let Some(caps) = re.captures(light) else {
            continue;
        };
        let at = caps.get(0).map_or(0, |m| m.start());
        // "Some patients bring headphones", "we bring you into a room":
        // what others do, not what to bring. "Do not wear nail polish":
        // not a thing to bring either.
        let lead: Vec<&str> = light[..at].split_whitespace().rev().take(3).collect();
        let others = lead
            .iter()
            .any(|w| ["we", "they", "patients", "people", "others", "some", "most", "many"].contains(w))
            && !lead.contains(&"you");
        let negated = lead
            .first()
            .is_some_and(|w| ["not", "no", "don't", "never", "avoid"].contains(w));
        if others || negated {
            continue;
        }
        let said = caps.name("x").map(|m| m.as_str()).unwrap_or_default();
        let original = original_slice(&sentence.text, said).unwrap_or(said);
        // A thing said once is brought once, whichever words found it.
        let known: Vec<String> = found
            .proposals
            .iter()
            .filter_map(|p| match &p.rule {
                Proposed::Bring { items } => Some(items.iter().map(|i| i.to_lowercase())),
                _ => None,
            })
            .flatten()
            .collect();
        let items: Vec<String> = split_list(original)
            .into_iter()
            .filter(|i| {
                !known
                    .iter()
                    .any(|k| k.contains(&i.to_lowercase()) || i.to_lowercase().contains(k.as_str()))
            })
            .collect();
        if !items.is_empty() {
            found.add(Proposed::Bring { items }, w, None);
        }
    }
}

/// The part of `sentence` that `lowered` (a piece of its lower-cased form)
/// came from, when it can be found again letter for letter.
fn original_slice<'a>(sentence: &'a str, lowered: &str) -> Option<&'a str> {
    let at = sentence.to_lowercase().find(lowered)?;
    sentence.get(at..at + lowered.len())
}

/// "a photo ID and a form of payment" → ["Photo ID", "A form of payment"].
/// "comfort items such as headphones" is the headphones; "anything else
/// that helps" is not a thing; a person is not a thing to bring ("bring a
/// responsible adult").
pub(super) fn split_list(text: &str) -> Vec<String> {
    let text = text.trim().trim_end_matches(['.', '!']);
    // What a parenthesis adds ("flat shoes (no sandals)") is not a thing.
    let mut plain = String::new();
    let mut depth = 0u32;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let mut items = Vec::new();
    for part in plain
        .split([',', ';'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" or "))
    {
        let mut item = part.trim();
        let lower = item.to_lowercase();
        for marker in [" such as ", " like ", " e.g. ", " including "] {
            if let Some(at) = lower.find(marker) {
                item = item[at + marker.len()..].trim();
                break;
            }
        }
        for lead in [
            "and ",
            "or ",
            "a ",
            "an ",
            "your ",
            "the ",
            "some ",
            "with you ",
            "own ",
            "your own ",
        ] {
            if item.len() > lead.len() && item.to_lowercase().starts_with(lead) {
                item = item[lead.len()..].trim();
            }
        }
        for tail in [
            " if you prefer",
            " if you like",
            " if you wish",
            " if you want",
            " if needed",
            " from home",
        ] {
            if item.to_lowercase().ends_with(tail) {
                item = item[..item.len() - tail.len()].trim();
            }
        }
        let lower = item.to_lowercase();
        let not_a_thing = [
            "anything else",
            "something else",
            "anything that",
            "whatever",
            "if ",
            "you ",
            "but ",
        ]
        .iter()
        .any(|w| lower.starts_with(w))
            || ["them", "it", "one", "these", "those", "this"].contains(&lower.as_str())
            || [
                "adult",
                "driver",
                "escort",
                "person",
                "someone",
                "friend",
                "family member",
                "companion",
            ]
            .iter()
            .any(|w| lower.contains(w));
        if !not_a_thing && item.chars().filter(|c| c.is_alphabetic()).count() >= 2 && item.chars().count() <= 60 {
            items.push(title_case(item));
        }
    }
    items
}

/// A red flag: a situation and whom to call. True when the sentence is one.
pub(super) fn red_flag(t: &Tables, text: &str, sentence: &Sentence, found: &mut Found) -> bool {
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
    // "Call us with any questions" names no situation: not a red flag.
    let matched = caps.get(0).map(|m| m.range()).unwrap_or(0..0);
    match situation(&sentence.text, text, matched) {
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

/// The situation a red-flag sentence names: what follows "if"/"when"/"for",
/// or what stands before the call ("Chest pain: call 911", "X | call 911").
fn situation(original: &str, text: &str, call: std::ops::Range<usize>) -> Option<String> {
    static IF: LazyLock<Option<Regex>> = LazyLock::new(|| {
        Regex::new(r"\b(?:if|when|should) (?:you )?(?:have|experience|notice|develop|feel|get|are having|see)?\s*(?P<x>[^.;]{4,200})").ok()
    });
    static GENERIC: LazyLock<Option<Regex>> = LazyLock::new(|| {
        Regex::new(r"^(?:for |with |if you have )?(?:any ?(?:thing|one)?(?: other| else)?|questions?|any questions|concerns?|any concerns|more information|information|advice)\b[^a-z]*$").ok()
    });
    let clean = |s: &str| {
        let s = s
            .trim()
            .trim_matches(|c: char| matches!(c, ',' | ':' | '|' | '-' | '.' | ' ' | '*'));
        let s = s.strip_prefix("or ").unwrap_or(s);
        (s.chars().filter(|c| c.is_alphabetic()).count() >= 4).then(|| s.to_string())
    };
    let before = clean(text.get(..call.start)?);
    let after = text.get(call.end..)?;
    let from_if = IF.as_ref().and_then(|re| {
        // "If X, call Y" or "Call Y if X".
        let caps = re.captures(&text[..call.start]).or_else(|| re.captures(after))?;
        let x = caps.name("x")?.as_str();
        let x = x.split(", call").next().unwrap_or(x);
        clean(x)
    });
    // "Tell your provider about any change in your physical condition".
    let from_about = after
        .trim_start()
        .strip_prefix("about ")
        .map(|x| x.trim_start_matches("any ").split(['.', ';']).next().unwrap_or(x))
        .and_then(clean);
    let lowered = from_if.or(before).or(from_about)?;
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
    ];
    let words: Vec<&str> = lowered.split(|c: char| !c.is_alphanumeric()).collect();
    let about_admin = NOT_HOW_YOU_FEEL.iter().any(|stem| match stem.contains(' ') {
        true => lowered.contains(stem),
        false => words.iter().any(|w| w.starts_with(stem)),
    });
    if generic || about_admin {
        return None;
    }
    // Give it back in the sheet's own letters when they can be found.
    let shown = original_slice(original, &lowered)
        .map(str::to_string)
        .unwrap_or(lowered);
    Some(title_case(&shown))
}
