//! The last, careful look at what a sheet's sentences proposed: numbers a
//! careful reader would not take as they stand. (What is no thing to bring
//! is decided where things to bring are read, in `lists.rs`.) A length of stay hedged
//! with a longer "up to", two bookings' lengths in one sentence, an escort's
//! stay asked for some appointments only:
//! the reader proposes nothing from them, and the sentence stays a note
//! from the clinic.

use std::sync::LazyLock;

use regex::Regex;

use super::write::describe;
use super::{Ask, Proposal, Proposed, Question, Sentence, Subject};
use crate::facts::rules::Rideshare;

/// "• No food or drink from midnight • plain water until 2 hours before
/// you arrive": the next bullet of the same list gives water its own time
/// (proposed or asked), so the drink's clock cutoff is the food's only.
fn water_in_next_bullet(
    p: &Proposal,
    all: &[Proposal],
    questions: &[Question],
    sentences: &[Sentence],
    text: &str,
) -> bool {
    let (Some(here), Some(next)) = (sentences.get(p.sentence), sentences.get(p.sentence + 1)) else {
        return false;
    };
    let gap = text.get(here.end..next.start).unwrap_or_default();
    let one_list = gap.matches('\n').count() == 1
        && gap.chars().any(|c| matches!(c, '•' | '-' | '*' | '·' | '–' | '▪'))
        && gap
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '•' | '-' | '*' | '·' | '–' | '▪' | '.' | ';'));
    let food = ["food", "eat"].iter().any(|w| here.text.to_lowercase().contains(w));
    let water_own = all
        .iter()
        .any(|q| q.sentence == p.sentence + 1 && matches!(q.rule, Proposed::ClearLiquids { .. }))
        || questions
            .iter()
            .any(|q| q.sentence == p.sentence + 1 && q.about == Subject::ClearLiquids);
    matches!(
        p.rule,
        Proposed::ClearLiquids {
            cutoff: crate::facts::rules::Cutoff::Clock { .. }
        }
    ) && one_list
        && food
        && water_own
}

/// "A responsible adult with you for the first 24 hours": company, in hours.
static COMPANY_FOR: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:adult|person|someone|carer|friend|relative|companion) with you (?:for|during|over) (?:the first |at least |a minimum of )?(\d+) (?:hours?|hrs?)\b").ok()
});

/// "When can I start driving? Your surgeon will decide this", "your
/// doctor will tell you when you can drive again": the end of the driving
/// ban is set later by someone else, so no span the sheet names is its end.
/// So is "until the doctor has checked you", even at a check the next day.
static DRIVING_DECIDED_LATER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(concat!(
        r"\bwhen (?:can|may|should|will) (?:i|you|the patient) (?:be able to )?(?:start |resume |begin )?(?:to )?driv[^?]{0,40}\?",
        r"\s*[^.?]{0,60}?\b(?:will|would) (?:decide|tell you|let you know|advise)",
        r"|\b(?:will|would) (?:decide|tell you|let you know|advise you)\b[^.]{0,40}\bwhen (?:you|it is safe to) ",
        r"(?:can |may )?(?:start |resume |begin )?(?:to )?driv",
        // "Do not drive until the doctor has checked your vision at the
        // review": the end is the doctor's check, whenever it falls.
        r"|\bdriv[^.]{0,40}\buntil (?:the|your) (?:doctor|surgeon|consultant|specialist|dentist|nurse|team) ",
        r"(?:has|have) (?:checked|seen|examined|reviewed|cleared)",
    ))
    .ok()
});

/// The proposals a careful reader keeps.
pub(super) fn careful(
    proposals: Vec<Proposal>,
    sentences: &[Sentence],
    questions: &mut Vec<Question>,
    text: &str,
) -> Vec<Proposal> {
    let words = |p: &Proposal| {
        sentences
            .get(p.sentence)
            .map_or(String::new(), |s| s.text.to_lowercase())
    };
    // "At least 20 minutes after a 1-hour infusion, and about 2 hours for
    // 4-hour infusions": lengths of bookings, and a stay that depends on
    // which was booked.
    let two_bookings: Vec<usize> = proposals
        .iter()
        .filter_map(|p| match p.rule {
            Proposed::InfusionMinutes { minutes } => Some((p.sentence, minutes)),
            _ => None,
        })
        .filter(|(s, m)| {
            proposals
                .iter()
                .any(|q| q.sentence == *s && matches!(q.rule, Proposed::InfusionMinutes { minutes } if minutes != *m))
        })
        .map(|(s, _)| s)
        .collect();
    let sheet = sentences
        .iter()
        .map(|s| s.text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    let driving_later = DRIVING_DECIDED_LATER.as_ref().is_some_and(|re| re.is_match(&sheet));
    // "Have a responsible adult with you for the first 24 hours after your
    // operation": company for a length of time, the way home not said.
    let company_only = |p: &Proposal| {
        let text = words(p);
        let hours = COMPANY_FOR
            .as_ref()?
            .captures(&text)?
            .get(1)?
            .as_str()
            .parse::<u32>()
            .ok()?;
        let ride = [
            "home",
            "driv",
            "take you",
            "collect",
            "pick",
            "escort",
            "transport",
            "leav",
            "discharg",
        ];
        (!ride.iter().any(|w| text.contains(w))).then_some(hours)
    };
    let proposals: Vec<Proposal> = proposals
        .into_iter()
        .map(|mut p| {
            if let (Proposed::EscortRequired, Some(hours)) = (&p.rule, company_only(&p)) {
                p.rule = Proposed::SomeoneStays { hours };
                p.words = describe(&p.rule);
            }
            p
        })
        .collect();
    let water_next: Vec<usize> = proposals
        .iter()
        .filter(|p| water_in_next_bullet(p, &proposals, questions, sentences, text))
        .map(|p| p.sentence)
        .collect();
    // "Private transport must be arranged (e.g taxi/private car). Public
    // transport cannot be used": a taxi is offered as the way home, so the
    // ban on buses and trains says nothing of it.
    let names_taxi = |i: usize| {
        sentences.get(i).is_some_and(|s| {
            super::propose::TAXI_WORDS
                .iter()
                .any(|w| s.text.to_lowercase().contains(w))
        })
    };
    let taxi_offered = questions
        .iter()
        .any(|q| q.about == Subject::EscortRequired && names_taxi(q.sentence));
    let transit_only = |p: &Proposal| {
        taxi_offered
            && !names_taxi(p.sentence)
            && matches!(
                p.rule,
                Proposed::Rideshare {
                    rideshare: Rideshare::NotAllowed
                }
            )
    };
    proposals
        .into_iter()
        .filter(|p| !transit_only(p))
        .filter(|p| !(water_next.contains(&p.sentence) && matches!(p.rule, Proposed::ClearLiquids { .. })))
        .filter(|p| {
            let later = driving_later && matches!(p.rule, Proposed::NoDriving { .. });
            if later
                && !questions
                    .iter()
                    .any(|q| q.sentence == p.sentence && q.about == Subject::NoDriving)
            {
                let text = sentences.get(p.sentence).map_or("", |s| s.text.as_str());
                questions.push(Question::on(
                    &Ask::DrivingDecidedLater,
                    Subject::NoDriving,
                    (p.sentence, text),
                    vec![p.clone()],
                ));
            }
            !later
        })
        // "For example, with a 9:00 visit, drinks until 6:00": an example
        // shows a rule said elsewhere; its own numbers are no rule.
        .filter(|p| !EXAMPLE.iter().any(|w| words(p).trim_start().starts_with(w)))
        .filter(|p| {
            let text = words(p);
            match &p.rule {
                Proposed::InfusionMinutes { .. } | Proposed::Observation { .. }
                    if two_bookings.contains(&p.sentence) =>
                {
                    false
                }
                // "About 30 minutes in recovery; ... up to an hour": two
                // figures for one stay, so not the first alone.
                Proposed::Observation {
                    min_minutes,
                    max_minutes,
                } if min_minutes == max_minutes => !HEDGED_LONGER.iter().any(|w| text.contains(w)),
                // "For afternoon appointments, we ask your ride to stay":
                // for some appointments only.
                Proposed::EscortPresence { .. } => !SOME_APPOINTMENTS.iter().any(|w| text.trim_start().starts_with(w)),
                // "You may have a light breakfast by 6:00 am ... and fluids
                // until 4 hours before": a light meal allowed is a schedule
                // for late lists, not the fast for every patient.
                Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. } => {
                    !["light breakfast", "light meal", "light snack"]
                        .iter()
                        .any(|w| text.contains(w))
                        || !text.contains("you may have")
                }
                // "A nurse will tell you which medicines to take": a call
                // before the visit, not the prescriber deciding.
                Proposed::Medicine { .. } => !["a nurse will", "the nurse will", "our nurses will", "a nurse may"]
                    .iter()
                    .any(|w| text.contains(w)),
                _ => true,
            }
        })
        .filter(|p| {
            let text = words(p);
            match &p.rule {
                // Company overnight at home is who stays, not an escort on site.
                Proposed::EscortPresence { .. } => !text.contains("overnight"),
                // "Arrange a driver, or arrange transportation": who may give
                // the ride is not said.
                Proposed::EscortRequired => !text.contains("or arrange transport"),
                // A wish or a ban is no sign of being unwell. A ban is a
                // "no ..." with no condition in the sentence: "if you have
                // no pulse in the foot" is a sign, "No reading during
                // treatment" a rule.
                Proposed::RedFlag { rule } => {
                    let situation = rule.situation.to_lowercase();
                    let conditional = ["if ", "when ", "should "].iter().any(|w| text.contains(w));
                    !(situation.starts_with("no ") && !conditional
                        || ["would like", "you want", "you wish"]
                            .iter()
                            .any(|w| situation.contains(w))
                        || ["if you would like", "if you want", "if you wish"]
                            .iter()
                            .any(|w| text.contains(w)))
                }
                // A fast for some procedures only: not every patient's.
                Proposed::SolidFood { .. } => !["procedures for which", "for procedures where"]
                    .iter()
                    .any(|w| text.trim_start().starts_with(w)),
                // A stay that depends on the procedure, or a time asleep, is no stay to plan.
                // Nor is where the sessions take place ("held in our
                // clinic ... and last three hours"): the session's length.
                Proposed::Observation { .. } => ![
                    "depending on",
                    "depends on",
                    "asleep",
                    "take place in",
                    "takes place in",
                    "are held in",
                    "is held in",
                ]
                .iter()
                .any(|w| text.contains(w)),
                // A taxi to get to the clinic says nothing of going home.
                Proposed::Rideshare { .. } => {
                    !["to get to", "to get here", "to come to", "to travel to"]
                        .iter()
                        .any(|w| text.contains(w))
                        || text.contains("to and from")
                }
                _ => true,
            }
        })
        .filter(|p| match &p.rule {
            // A medicine named by a guess ("will probably want medicine"),
            // a class too wide to plan, or an allergy asked about.
            Proposed::Medicine { rule } => {
                let name = rule.name.to_lowercase();
                let text = words(p);
                !(name.split_whitespace().next().is_some_and(|w| MODAL_WORDS.contains(&w))
                    || ["medicines", "medicine", "medications", "medication"].contains(&name.as_str())
                        && for_a_purpose(&text)
                    || ["reacted badly", "have reacted", "had a reaction"]
                        .iter()
                        .any(|w| text.contains(w)))
            }
            _ => true,
        })
        .collect()
}

/// "Medicines for diabetes": a bare name whose words say what the
/// medicines are for, too wide to plan. Not "medicines for 12 hours" or
/// "for at least a day": a time.
fn for_a_purpose(text: &str) -> bool {
    ["medicines for ", "medications for "].iter().any(|lead| {
        text.match_indices(lead).any(|(at, _)| {
            let next = text[at + lead.len()..].split_whitespace().next().unwrap_or_default();
            !(next.starts_with(|c: char| c.is_ascii_digit()) || TIME_LEADS.contains(&next))
        })
    })
}

/// Words after "for" that start a length of time, not a purpose.
const TIME_LEADS: &[&str] = &[
    "at", "a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
    "twenty", "several", "some", "up",
];

/// How a sentence that gives an example begins.
const EXAMPLE: &[&str] = &["for example", "for instance", "e.g.", "example:", "as an example"];

/// Words that guess rather than name ("will probably want medicine").
const MODAL_WORDS: &[&str] = &["will", "would", "may", "might", "could", "probably"];

/// Words that give a longer figure after a first one.
const HEDGED_LONGER: &[&str] = &[
    "up to an hour",
    "up to 1 hour",
    "up to one hour",
    "up to two hours",
    "up to 2 hours",
    "or longer",
    "or more",
];

/// How a sentence for some appointments only begins.
const SOME_APPOINTMENTS: &[&str] = &[
    "for afternoon",
    "for morning",
    "for evening",
    "if your appointment is in the",
    "if your procedure is in the",
    "if you are booked in the",
    "for patients booked",
];
