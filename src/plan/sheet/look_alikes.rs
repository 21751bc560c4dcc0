//! Words that look like a rule of the sheet and are not one, weighed once
//! every sentence is read (from `across_sheet.rs`): how clinics in many
//! countries write around a rule. A medicine named only as the way the
//! examination may be done ("with or without a sedative"), a time that is
//! the smoking's in a sentence that also bans food, an antibiotic some
//! patients take for the visit, a looser stop for a medicine the sheet
//! already stopped earlier under another name, a shorter "be fasting"
//! inside a longer food fast, the patient not leaving alone, and not
//! driving oneself home "on the day" (the day of the trip, not a length).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Ask, Proposal, Proposed, Question, Sentence, Subject};
use crate::facts::rules::{Cutoff, EscortPresence, MedicineBefore, NoDriving};

/// "Still water is allowed": water alone, with no other drink named, is
/// an allowance, not a list of what counts as a clear liquid. "Only water
/// is allowed" still says what counts: water and nothing else.
pub(super) fn only_water(text: &str) -> bool {
    if ["only water", "water only", "nothing but water"]
        .iter()
        .any(|w| text.contains(w))
    {
        return false;
    }
    static OTHER_DRINK: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(r"\b(?:teas?|coffees?|juices?|broths?|squash|cordials?|sodas?|lemonade|gatorade|clear|drinks|fluids|liquids)\b").ok()
    });
    text.contains("water") && !OTHER_DRINK.as_ref().is_some_and(|re| re.is_match(text))
}

/// "Do not leave the ward on your own": the patient leaving alone, not
/// the escort leaving the patient.
static LEAVE_ALONE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:not|never|don't) leave\b[^.;]{0,40}\b(?:on your own|alone|by yourself|unaccompanied)\b",
    )
    .ok()
});

/// Whoever collects the patient comes up for them ("someone comes to your
/// room to collect you").
static COMES_UP: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\bcomes? (?:up )?(?:to your (?:room|bed|ward)|to the (?:ward|unit|room))\b|\b(?:to collect you|to fetch you|to pick you up)\b").ok()
});

/// "Do not drive yourself home", "drive yourself from the hospital": the
/// trip home, not a length of time without driving.
static DRIVE_YOURSELF: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\bdrive yourself (?:home|back|from)\b").ok());

/// Words that give a driving ban its own length beside the trip home.
const LENGTH_WORDS: &[&str] = &["for ", "until", "rest of", "hours", "following"];

/// Words that name the food in a fast, as against "be fasting" alone.
const FOOD_WORDS: &[&str] = &["eat", "food", "meal", "solid"];

/// Words of a fast that name no food or drink of its own.
const FASTING_WORDS: &[&str] = &["fasting", "fasted", "nil by mouth", "empty stomach"];

/// Words of eating or drinking, which a clause of the fast names.
const FAST_WORDS: &[&str] = &["eat", "food", "drink", "fluid", "liquid", "fast", "meal"];

/// The proposals that are rules of the sheet; what is asked instead goes
/// to `questions`.
pub(super) fn look_alikes(
    proposals: Vec<Proposal>,
    sentences: &[Sentence],
    questions: &mut Vec<Question>,
) -> Vec<Proposal> {
    let words = |p: &Proposal| {
        sentences
            .get(p.sentence)
            .map_or(String::new(), |s| s.text.to_lowercase())
    };
    let longest_fast = proposals.iter().filter_map(|p| food_minutes(&p.rule)).max();
    let stopped: Vec<(usize, String, u32)> = proposals
        .iter()
        .filter_map(|p| match &p.rule {
            Proposed::Medicine { rule } => match rule.before {
                MedicineBefore::HoursBefore { hours } => Some((p.sentence, rule.name.to_lowercase(), hours)),
                _ => None,
            },
            _ => None,
        })
        .collect();
    let medicines: Vec<(usize, String, MedicineBefore)> = proposals
        .iter()
        .filter_map(|p| match &p.rule {
            Proposed::Medicine { rule } => Some((p.sentence, rule.name.to_lowercase(), rule.before.clone())),
            _ => None,
        })
        .collect();
    let mut kept = Vec::new();
    for mut p in proposals {
        let text = words(&p);
        match &p.rule {
            // "Ask if you do not know whether your examination is done with
            // or without a sedative": the kind of examination, no medicine
            // the patient takes.
            Proposed::Medicine { rule } if text.contains(&format!("with or without {}", rule.name.to_lowercase())) => {
                continue;
            }
            // "If you have a heart valve defect, take an antibiotic on the
            // day": a medicine some patients take for the visit, no usual
            // one kept; a task, and when it is taken is asked. Not
            // antibiotics a patient is already taking, a course kept.
            Proposed::Medicine { rule }
                if rule.name.to_lowercase().contains("antibiotic")
                    && matches!(rule.before, MedicineBefore::TakeOnTheDay)
                    && text.contains("an antibiotic")
                    && !text.contains("taking") =>
            {
                let written = sentences.get(p.sentence).map_or("", |s| s.text.as_str());
                questions.push(Question::on(
                    &Ask::NoTime,
                    Subject::VisitTask,
                    (p.sentence, written),
                    vec![],
                ));
                continue;
            }
            // "Stop clopidogrel (= Plavix) a week before ... take no Plavix
            // for two days before": the earlier, longer stop already holds
            // for the name it gave in brackets; the shorter adds nothing.
            Proposed::Medicine { rule } => {
                // "Other blood thinners (for example clopidogrel, Xarelto)",
                // each example given its own line with the same rule: the
                // kind adds nothing beside them.
                let name = rule.name.to_lowercase();
                let examples = examples_after(&text, &name);
                let named_apart = medicines
                    .iter()
                    .filter(|(s, other, before)| {
                        *s == p.sentence
                            && other != &name
                            && *before == rule.before
                            && examples.contains(other.as_str())
                    })
                    .count();
                if !name.contains('(') && named_apart >= 2 {
                    continue;
                }
                if let MedicineBefore::HoursBefore { hours } = rule.before {
                    let name = rule.name.to_lowercase();
                    let inside = stopped.iter().any(|(s, other, h)| {
                        *s < p.sentence && *h > hours && other != &name && named_within(other, &name)
                    });
                    if inside {
                        continue;
                    }
                }
            }
            // "You may not eat or drink, and from 12 hours before you may
            // not smoke": the number is the smoking's.
            Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. } if time_is_the_smokings(&text) => continue,
            // "2 hours before: you must be fasting", beside "6 hours before:
            // no food": a shorter fast that names no food lies inside the
            // longer one and is about the drinks.
            Proposed::SolidFood { .. }
                if food_minutes(&p.rule).is_some_and(|m| longest_fast.is_some_and(|l| l > m))
                    && FASTING_WORDS.iter().any(|w| text.contains(w))
                    && !FOOD_WORDS.iter().any(|w| text.contains(w)) =>
            {
                continue;
            }
            // "Do not leave the unit on your own: someone comes to your room
            // to collect you": the patient's leaving, and the escort comes up.
            Proposed::EscortPresence {
                presence: EscortPresence::StaysOnSite,
            } if is(&LEAVE_ALONE, &text) => {
                if !is(&COMES_UP, &text) {
                    continue;
                }
                p.rule = Proposed::EscortPresence {
                    presence: EscortPresence::ComesToDoor,
                };
                p.words = super::write::describe(&p.rule);
            }
            // "Do not drive yourself from the hospital on the day": the trip
            // home; how long not to drive is not said, so asked.
            Proposed::NoDriving {
                rule: NoDriving::RestOfDay,
            } if is(&DRIVE_YOURSELF, &text) && !LENGTH_WORDS.iter().any(|w| text.contains(w)) => {
                let written = sentences.get(p.sentence).map_or("", |s| s.text.as_str());
                questions.push(Question::on(
                    &Ask::NoTime,
                    Subject::NoDriving,
                    (p.sentence, written),
                    vec![],
                ));
                continue;
            }
            _ => {}
        }
        kept.push(p);
    }
    kept
}

/// What the brackets right after `name` say ("blood thinners" (for
/// example A, B)), or nothing.
fn examples_after(text: &str, name: &str) -> String {
    let Some(at) = text.find(name) else {
        return String::new();
    };
    let rest = &text[at + name.len()..];
    let gap = rest
        .find('(')
        .filter(|k| rest[..*k].chars().all(|c| c.is_whitespace() || c == '"' || c == '\''));
    gap.and_then(|k| rest[k..].find(')').map(|e| rest[k..k + e].to_string()))
        .unwrap_or_default()
}

/// Whether `name` is one of the names `other` gives: "clopidogrel (=Plavix
/// or Iscover)" gives "Plavix".
fn named_within(other: &str, name: &str) -> bool {
    other
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| !w.is_empty() && w == name)
}

/// Whether every part of the sentence that holds a number is about
/// smoking and names no eating or drinking.
fn time_is_the_smokings(text: &str) -> bool {
    let timed: Vec<&str> = text
        .split([',', ';'])
        .filter(|c| c.chars().any(|ch| ch.is_ascii_digit()))
        .collect();
    !timed.is_empty()
        && timed
            .iter()
            .all(|c| c.contains("smok") && !FAST_WORDS.iter().any(|w| c.contains(w)))
}

/// How long before the visit a food fast counted back from it begins, in
/// minutes; None for any other rule, or a fast set at a clock time.
pub(super) fn food_minutes(rule: &Proposed) -> Option<u32> {
    match rule {
        Proposed::SolidFood {
            cutoff: Cutoff::HoursBefore { hours },
        } => Some(hours * 60),
        Proposed::SolidFood {
            cutoff: Cutoff::MinutesBefore { minutes },
        } => Some(*minutes),
        _ => None,
    }
}
