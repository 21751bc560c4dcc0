//! The shapes of what comes after the session, and who and when to call:
//! the escort, no driving and the rest, the timeline, red flags, tasks
//! before each visit (see `propose.rs` for the reading loop).

use std::sync::LazyLock;

use regex::Regex;

use super::propose::{number, original_slice, Found, Tables};
use super::{Proposed, Sentence};
use crate::facts::checklist::Checklist;
use crate::facts::rules::{
    EscortPresence, MedicineBefore, Moment, NoDriving, RedFlagRule, Rideshare, Until, VisitTask, WhoToCall,
};

pub(super) fn escort(t: &Tables, text: &str, found: &mut Found) {
    let about_escort = [
        "escort",
        "driver",
        "drive you",
        "adult",
        "person",
        "someone",
        "uber",
        "lyft",
        "taxi",
        "rideshare",
        "ride share",
        "companion",
        "collect you",
        "pick you up",
        "take you home",
        "friend",
        "family member",
        "relative",
    ]
    .iter()
    .any(|w| text.contains(w));
    if !about_escort {
        return;
    }
    if let Some((_, w)) = t.ESCORT_REQUIRED.find(text) {
        found.add(Proposed::EscortRequired, w);
    }
    if let Some((caps, w)) = t.ESCORT_AGE.find(text) {
        if let Some(age) = number(&caps, "n") {
            found.add(Proposed::EscortMinAge { age }, w);
        }
    }
    let presence = [
        (&t.ESCORT_STAYS, EscortPresence::StaysOnSite),
        (&t.ESCORT_COMES_TO_DOOR, EscortPresence::ComesToDoor),
        (&t.ESCORT_MAY_LEAVE, EscortPresence::MayLeaveAndReturn),
    ];
    for (table, presence) in presence {
        if let Some((_, w)) = table.find(text) {
            found.add(Proposed::EscortPresence { presence }, w);
        }
    }
    if let Some((_, w)) = t.RIDESHARE_WITH_ESCORT.find(text) {
        found.add(
            Proposed::Rideshare {
                rideshare: Rideshare::OnlyWithEscort,
            },
            w,
        );
    } else if let Some((_, w)) = t.RIDESHARE_NOT_ALLOWED.find(text) {
        found.add(
            Proposed::Rideshare {
                rideshare: Rideshare::NotAllowed,
            },
            w,
        );
    } else if let Some((_, w)) = t.RIDESHARE_ALLOWED.find(text) {
        found.add(
            Proposed::Rideshare {
                rideshare: Rideshare::Allowed,
            },
            w,
        );
    }
}

pub(super) fn after(t: &Tables, text: &str, about_medicines_before: bool, found: &mut Found) {
    if let Some((caps, w)) = t.NO_DRIVING_HOURS.find(text) {
        if let Some(hours) = number(&caps, "n") {
            found.add(
                Proposed::NoDriving {
                    rule: NoDriving::Hours { hours },
                },
                w,
            );
        }
    } else if let Some((_, w)) = t.NO_DRIVING_NEXT_MORNING.find(text) {
        found.add(
            Proposed::NoDriving {
                rule: NoDriving::NextMorning,
            },
            w,
        );
    } else if let Some((_, w)) = t.NO_DRIVING_REST_OF_DAY.find(text) {
        found.add(
            Proposed::NoDriving {
                rule: NoDriving::RestOfDay,
            },
            w,
        );
    }
    if let Some((caps, w)) = t.NO_DECISIONS_HOURS.find(text) {
        if let Some(hours) = number(&caps, "n") {
            found.add(
                Proposed::NoDecisions {
                    until: Some(Until::Hours { hours }),
                },
                w,
            );
        }
    } else if let Some((_, w)) = t.NO_DECISIONS_UNTIL_WORN_OFF.find(text) {
        found.add(Proposed::NoDecisions { until: None }, w);
    }
    let negated = ["no ", "not ", "avoid", "refrain", "abstain", "don't", "without"]
        .iter()
        .any(|w| text.contains(w));
    if negated {
        if let Some((caps, w)) = t.NO_ALCOHOL_HOURS.find(text) {
            if let Some(hours) = number(&caps, "n") {
                found.add(Proposed::NoAlcohol { hours }, w);
            }
        }
        // A medicine sentence with a rule before the session is the
        // medicine's; the same words after it alone are "no sedatives".
        let before_rule = found
            .proposals
            .iter()
            .any(|p| matches!(&p.rule, Proposed::Medicine { rule } if rule.before != MedicineBefore::None));
        if !(about_medicines_before && before_rule) {
            if let Some((caps, w)) = t.NO_SEDATIVES_HOURS.find(text) {
                if let Some(hours) = number(&caps, "n") {
                    found.add(Proposed::NoSedatives { hours }, w);
                }
            }
        }
    }
    if let Some((caps, w)) = t.SOMEONE_STAYS.find(text) {
        if let Some(hours) = number(&caps, "n") {
            found.add(Proposed::SomeoneStays { hours }, w);
        }
    }
    if t.NO_DEPENDENTS.any(text) && text.contains("next") && (text.contains("morning") || text.contains("day")) {
        if let Some((_, w)) = t.NO_DEPENDENTS.find(text) {
            found.add(Proposed::NoDependents, w);
        }
    }
}

pub(super) fn timeline(t: &Tables, text: &str, found: &mut Found) {
    if let Some((caps, w)) = t.TIMELINE_UNCLEAR.find(text) {
        if let Some(hours) = number(&caps, "n") {
            found.ask(
                format!("Your clinic says pain infusions take up to {hours} hours. Is yours a pain infusion? Then the infusion is {hours} hours long."),
                vec![(Proposed::InfusionMinutes { minutes: hours * 60 }, w)],
            );
            return;
        }
    }
    if let Some((caps, w)) = t.INFUSION_MINUTES.find(text) {
        if let Some(minutes) = number(&caps, "n") {
            found.add(Proposed::InfusionMinutes { minutes }, w);
        }
    }
    if let Some((caps, w)) = t.OBSERVATION.find(text) {
        if caps.get(0).is_some_and(|m| m.as_str().contains("during")) {
            return; // "monitored during the infusion": not the time after it
        }
        let scale = if caps.name("u").is_some_and(|u| u.as_str() == "hours") {
            60
        } else {
            1
        };
        if let Some(low) = number(&caps, "n") {
            let high = number(&caps, "m").unwrap_or(low);
            found.add(
                Proposed::Observation {
                    min_minutes: low * scale,
                    max_minutes: high.max(low) * scale,
                },
                w,
            );
        }
    }
}

pub(super) fn red_flag(t: &Tables, text: &str, sentence: &Sentence, found: &mut Found) {
    let calls = [
        (&t.CALL_EMERGENCY, WhoToCall::Emergency),
        (&t.CALL_CLINIC, WhoToCall::Clinic),
        (&t.CALL_PRIMARY_CARE, WhoToCall::PrimaryCare),
    ];
    let Some((caps, w, call)) = calls
        .into_iter()
        .find_map(|(table, call)| table.find(text).map(|(c, w)| (c, w, call)))
    else {
        return;
    };
    // "Call us with any questions" names no situation: not a red flag.
    let matched = caps.get(0).map(|m| m.range()).unwrap_or(0..0);
    let situation = situation(&sentence.text, text, matched);
    if let Some(situation) = situation {
        found.add(
            Proposed::RedFlag {
                rule: RedFlagRule { situation, call },
            },
            w,
        );
    }
}

/// The situation a red-flag sentence names: what follows "if"/"when"/"for",
/// or what stands before the call ("Chest pain: call 911", "X | call 911").
fn situation(original: &str, text: &str, call: std::ops::Range<usize>) -> Option<String> {
    static IF: LazyLock<Option<Regex>> = LazyLock::new(|| {
        Regex::new(r"\b(?:if|when|should) (?:you )?(?:have|experience|notice|develop|feel|get|are having|see)?\s*(?P<x>[^.;]{4,200})").ok()
    });
    let clean = |s: &str| {
        let s = s
            .trim()
            .trim_matches(|c: char| matches!(c, ',' | ':' | '|' | '-' | '.' | ' ' | '*'));
        let s = s.strip_prefix("or ").unwrap_or(s);
        (s.chars().filter(|c| c.is_alphabetic()).count() >= 4).then(|| s.to_string())
    };
    let before = clean(&text[..call.start]);
    let after = &text[call.end..];
    let from_if = IF.as_ref().and_then(|re| {
        // "If X, call Y" or "Call Y if X".
        let caps = re.captures(&text[..call.start]).or_else(|| re.captures(after))?;
        let x = caps.name("x")?.as_str();
        let x = x.split(", call").next().unwrap_or(x);
        clean(x)
    });
    let lowered = from_if.or(before)?;
    // "For anything else, call us" / "with any questions": contact details, not a red flag.
    let generic = Regex::new(r"^(?:for |with |if you have )?(?:any ?(?:thing|one)?(?: other| else)?|questions?|any questions|concerns?|any concerns|more information|information|advice)\b[^a-z]*$")
        .ok()
        .is_some_and(|re| re.is_match(lowered.trim()));
    if generic || lowered.contains("question") || lowered.contains("anything else") {
        return None;
    }
    // Give it back in the sheet's own letters when they can be found.
    let shown = original_slice(original, &lowered)
        .map(str::to_string)
        .unwrap_or(lowered);
    let mut chars = shown.chars();
    Some(
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default(),
    )
}

pub(super) fn visit_task(t: &Tables, text: &str, light: &str, sentence: &Sentence, found: &mut Found) {
    let Some((caps, w)) = t.VISIT_TASK.find(light) else {
        return;
    };
    let what = caps.name("x").map(|m| m.as_str()).unwrap_or_default();
    // "the mood form 24 hours": the time is the task's, not its name.
    let what = Regex::new(r"\s+(?:\d+|[a-z]+(?:-[a-z]+)?) (?:hours?|hrs?|h)$")
        .ok()
        .map_or(what, |re| re.find(what).map_or(what, |m| &what[..m.start()]));
    let what = original_slice(&sentence.text, what).unwrap_or(what);
    let hours = Regex::new(r"(?P<n>\d+) hours? (?:before|prior)")
        .ok()
        .and_then(|re| re.captures(text))
        .and_then(|c| number(&c, "n"));
    let title = format!(
        "Fill in {}",
        what.trim_start_matches("the ").trim_start_matches("your ")
    );
    match hours {
        Some(hours) => found.add(
            Proposed::VisitTask {
                task: VisitTask {
                    title,
                    when: Moment::HoursBefore { hours },
                    note: Some(sentence.text.clone()),
                },
            },
            w,
        ),
        None => found.ask(
            format!(
                "Your clinic asks: \"{}\" The sheet says no time. Add it in the form under \"Before each visit\" with the time you choose, or keep it as a note.",
                sentence.text
            ),
            vec![(
                Proposed::Note {
                    note: crate::facts::rules::ClinicNote {
                        checklist: Checklist::DayBefore,
                        text: sentence.text.clone(),
                    },
                },
                w,
            )],
        ),
    }
}
