//! From sentences to proposals: each sentence, normalised, is tried against
//! every table in `tables.rs`; what matches becomes a proposal (or a
//! question) pointing back at the sentence.

use std::sync::LazyLock;

use regex::Regex;

use super::shapes_after;
use super::tables::{self, Phrase};
use super::write::describe;
use super::{normalise, Proposal, Proposed, Question, Sentence, SheetReading};
use crate::facts::day::ClockTime;
use crate::facts::rules::{Cutoff, MedicineBefore, MedicineRule};

/// A table, compiled once.
pub(super) struct Table {
    entries: Vec<(Regex, &'static str)>,
}

impl Table {
    fn new(phrases: &'static [Phrase]) -> Table {
        Table {
            entries: phrases
                .iter()
                .filter_map(|p| Regex::new(p.pattern).ok().map(|re| (re, p.written_for)))
                .collect(),
        }
    }

    /// The first entry that matches: its captures and what it was written for.
    pub(super) fn find<'t>(&self, text: &'t str) -> Option<(regex::Captures<'t>, &'static str)> {
        self.entries
            .iter()
            .find_map(|(re, written_for)| re.captures(text).map(|c| (c, *written_for)))
    }

    pub(super) fn any(&self, text: &str) -> bool {
        self.entries.iter().any(|(re, _)| re.is_match(text))
    }
}

macro_rules! tables {
    ($($name:ident),* $(,)?) => {
        #[allow(non_snake_case)]
        pub(super) struct Tables { $(pub(super) $name: Table),* }
        static TABLES: LazyLock<Tables> = LazyLock::new(|| Tables { $($name: Table::new(tables::$name)),* });
    };
}

tables!(
    SOLID_FOOD_HOURS,
    SOLID_FOOD_CLOCK,
    CLEAR_LIQUIDS_HOURS,
    CLEAR_LIQUIDS_CLOCK,
    CLEAR_LIQUIDS_ARE,
    IF_FAST_BROKEN,
    FOOD_UNCLEAR,
    MEDICINE_SKIP_MORNING,
    MEDICINE_NIGHT_BEFORE,
    MEDICINE_HOURS_BEFORE,
    MEDICINE_RESTART,
    MEDICINE_FEWER,
    MEDICINE_ASK,
    KEEP_TAKING_USUAL,
    ARRIVE_EARLY,
    BRING,
    ESCORT_REQUIRED,
    ESCORT_AGE,
    ESCORT_STAYS,
    ESCORT_COMES_TO_DOOR,
    ESCORT_MAY_LEAVE,
    RIDESHARE_NOT_ALLOWED,
    RIDESHARE_WITH_ESCORT,
    RIDESHARE_ALLOWED,
    NO_DRIVING_HOURS,
    NO_DRIVING_NEXT_MORNING,
    NO_DRIVING_REST_OF_DAY,
    NO_DECISIONS_HOURS,
    NO_DECISIONS_UNTIL_WORN_OFF,
    NO_ALCOHOL_HOURS,
    NO_SEDATIVES_HOURS,
    SOMEONE_STAYS,
    NO_DEPENDENTS,
    INFUSION_MINUTES,
    OBSERVATION,
    TIMELINE_UNCLEAR,
    CALL_EMERGENCY,
    CALL_CLINIC,
    CALL_PRIMARY_CARE,
    VISIT_TASK,
    BRING_HEADING,
);

/// The medicine names, each as one pattern over whole words.
static MEDICINE_NAMES: LazyLock<Vec<(Regex, &'static tables::MedicineName)>> = LazyLock::new(|| {
    tables::MEDICINES
        .iter()
        .filter_map(|m| {
            let words: Vec<String> = m.words.iter().map(|w| regex::escape(w)).collect();
            Regex::new(&format!(r"\b(?:{})\b", words.join("|")))
                .ok()
                .map(|re| (re, m))
        })
        .collect()
});

pub(super) fn number(caps: &regex::Captures<'_>, name: &str) -> Option<u32> {
    caps.name(name)?.as_str().parse().ok()
}

/// Collects what one sentence says.
pub(super) struct Found {
    sentence: usize,
    pub(super) proposals: Vec<Proposal>,
    questions: Vec<Question>,
}

impl Found {
    pub(super) fn add(&mut self, rule: Proposed, written_for: &str) {
        let proposal = Proposal {
            sentence: self.sentence,
            words: describe(&rule),
            written_for: written_for.to_string(),
            rule,
        };
        if !self.proposals.contains(&proposal) {
            self.proposals.push(proposal);
        }
    }

    pub(super) fn ask(&mut self, ask: String, options: Vec<(Proposed, &str)>) {
        let sentence = self.sentence;
        self.questions.push(Question {
            sentence,
            ask,
            options: options
                .into_iter()
                .map(|(rule, written_for)| Proposal {
                    sentence,
                    words: describe(&rule),
                    written_for: written_for.to_string(),
                    rule,
                })
                .collect(),
        });
    }
}

pub(super) fn read(sentences: Vec<super::Sentence>) -> SheetReading {
    let t = &*TABLES;
    let mut proposals = Vec::new();
    let mut questions = Vec::new();
    let mut unused = Vec::new();
    // Under "What to bring" (a heading or a question), the lines that say
    // nothing else are the things to bring, until the next heading or question.
    let mut bring_list: Option<&'static str> = None;
    for (index, sentence) in sentences.iter().enumerate() {
        let text = normalise(&sentence.text);
        // Free text (things to bring, a red flag's situation, a task) is
        // taken from the sentence only lower-cased, so it can be found again
        // in the sheet's own letters and keeps its words ("one", not "1").
        let light = sentence.text.to_lowercase();
        let mut found = Found {
            sentence: index,
            proposals: Vec::new(),
            questions: Vec::new(),
        };
        let medicines = medicines_in(&text);
        food(t, &text, sentence, &mut found);
        if !medicines.is_empty() {
            medicine_rules(t, &text, &medicines, &mut found);
        } else if let Some((_, w)) = t.KEEP_TAKING_USUAL.find(&text) {
            found.add(Proposed::KeepTakingUsual, w);
        }
        arrival_and_bring(t, &text, &light, sentence, &mut found);
        shapes_after::escort(t, &text, &mut found);
        shapes_after::after(t, &text, !medicines.is_empty(), &mut found);
        shapes_after::timeline(t, &text, &mut found);
        shapes_after::red_flag(t, &light, sentence, &mut found);
        shapes_after::visit_task(t, &text, &light, sentence, &mut found);
        let heading = is_heading(&sentence.text);
        if heading {
            bring_list = None;
        }
        if let Some((_, w)) = t.BRING_HEADING.find(light.trim()) {
            bring_list = Some(w);
        } else if let (Some(w), true, false) = (
            bring_list,
            found.proposals.is_empty() && found.questions.is_empty(),
            heading,
        ) {
            let items = split_list(strip_answer(&sentence.text));
            if !items.is_empty() && sentence.text.chars().count() <= 160 {
                found.add(Proposed::Bring { items }, w);
            }
        }
        if found.proposals.is_empty() && found.questions.is_empty() {
            unused.push(index);
        }
        proposals.extend(found.proposals);
        questions.extend(found.questions);
    }
    SheetReading {
        sentences,
        proposals,
        questions,
        unused,
    }
}

/// A heading ("AFTER YOUR INFUSION", "Medications:") or a question ("Q: What
/// do I need to bring?"): what opens a new part of a sheet.
fn is_heading(text: &str) -> bool {
    let t = text.trim();
    t.ends_with('?') || (t.chars().count() < 60 && (t.ends_with(':') || !t.ends_with(['.', '!'])))
}

/// An answer without its "A:" label.
fn strip_answer(text: &str) -> &str {
    let t = text.trim();
    for label in ["A:", "A.", "Answer:"] {
        if let Some(rest) = t.strip_prefix(label) {
            return rest.trim();
        }
    }
    t
}

fn clock_cutoff(t: &str, days_before: u32) -> Option<Cutoff> {
    let time = if t == "midnight" {
        ClockTime::parse("time", "00:00").ok()?
    } else {
        ClockTime::parse("time", t).ok()?
    };
    Some(Cutoff::Clock { days_before, time })
}

fn food(t: &Tables, text: &str, sentence: &Sentence, found: &mut Found) {
    let mut said_when = false;
    if let Some((caps, w)) = t.SOLID_FOOD_HOURS.find(text) {
        if let Some(hours) = number(&caps, "n") {
            found.add(
                Proposed::SolidFood {
                    cutoff: Cutoff::HoursBefore { hours },
                },
                w,
            );
            said_when = true;
        }
    } else if let Some((caps, w)) = t.SOLID_FOOD_CLOCK.find(text) {
        let days_before = u32::from(caps["t"] != *"midnight");
        if let Some(cutoff) = clock_cutoff(&caps["t"], days_before) {
            found.add(Proposed::SolidFood { cutoff }, w);
            said_when = true;
        }
    }
    if let Some((caps, w)) = t.CLEAR_LIQUIDS_HOURS.find(text) {
        if let Some(hours) = number(&caps, "n") {
            found.add(
                Proposed::ClearLiquids {
                    cutoff: Cutoff::HoursBefore { hours },
                },
                w,
            );
            said_when = true;
        }
    } else if let Some((caps, w)) = t.CLEAR_LIQUIDS_CLOCK.find(text) {
        if let Some(cutoff) = clock_cutoff(&caps["t"], 0) {
            found.add(Proposed::ClearLiquids { cutoff }, w);
            said_when = true;
        }
    }
    // "Water is allowed until 2 hours before" is a cutoff, not what counts as clear.
    let is_cutoff = text.contains("until") || text.contains("up to");
    if let Some((_, w)) = t.CLEAR_LIQUIDS_ARE.find(text).filter(|_| !is_cutoff) {
        found.add(
            Proposed::ClearLiquidsAre {
                words: sentence.text.clone(),
            },
            w,
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
            );
        }
    }
    if !said_when {
        if let Some((_, w)) = t.FOOD_UNCLEAR.find(text) {
            let hours = Regex::new(r"(?P<n>\d+) hours? (?:before|prior)")
                .ok()
                .and_then(|re| re.captures(text))
                .and_then(|c| number(&c, "n"));
            let options = match hours {
                Some(hours) => vec![(
                    Proposed::SolidFood {
                        cutoff: Cutoff::HoursBefore { hours },
                    },
                    w,
                )],
                None => vec![],
            };
            let ask = match hours {
                Some(hours) => format!(
                    "Your clinic writes \"{}\". Does that mean no food at all from {hours} hours before? Choose it, or keep the sentence as a note and ask the clinic.",
                    sentence.text
                ),
                None => format!(
                    "Your clinic writes \"{}\" but gives no time. Ask the clinic when to stop eating; keep the sentence as a note, and set the time in the form.",
                    sentence.text
                ),
            };
            found.ask(ask, options);
        }
    }
}

/// The medicines a sentence names, in the order Steady lists them, each with
/// the name as the sentence gives it ("stimulants (adderall)").
fn medicines_in(text: &str) -> Vec<String> {
    // Every name found, with where it stands; a name inside a longer one of
    // another class ("sedative" in "sedative-hypnotics") is not a mention.
    let mut found: Vec<(std::ops::Range<usize>, usize)> = Vec::new();
    for (class, (re, _)) in MEDICINE_NAMES.iter().enumerate() {
        found.extend(re.find_iter(text).map(|m| (m.range(), class)));
    }
    let kept: Vec<&(std::ops::Range<usize>, usize)> = found
        .iter()
        .filter(|(range, class)| {
            !found.iter().any(|(other, other_class)| {
                other_class != class
                    && other.start <= range.start
                    && range.end <= other.end
                    && other.len() > range.len()
            })
        })
        .collect();
    const CLASS_WORDS: &[&str] = &[
        "stimulant",
        "stimulants",
        "narcotic",
        "narcotics",
        "opioid",
        "opioids",
        "benzodiazepine",
        "benzodiazepines",
        "benzos",
        "sedative",
        "sedatives",
        "sedative-hypnotic",
        "sedative-hypnotics",
        "sedative hypnotics",
        "sleeping pills",
    ];
    MEDICINE_NAMES
        .iter()
        .enumerate()
        .filter_map(|(class, (_, medicine))| {
            let said: Vec<&str> = kept
                .iter()
                .filter(|(_, c)| *c == class)
                .map(|(r, _)| &text[r.clone()])
                .collect();
            said.first()?;
            let brand = said.iter().find(|w| !CLASS_WORDS.contains(w));
            Some(match brand {
                Some(b) if !medicine.shown.to_lowercase().contains(*b) => {
                    format!("{} ({})", medicine.shown, title_case(b))
                }
                _ => medicine.shown.to_string(),
            })
        })
        .collect()
}

fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn medicine_rules(t: &Tables, text: &str, medicines: &[String], found: &mut Found) {
    let restart = t
        .MEDICINE_RESTART
        .find(text)
        .and_then(|(c, w)| number(&c, "n").map(|n| (n, w)));
    let before = if let Some((caps, w)) = t.MEDICINE_HOURS_BEFORE.find(text) {
        number(&caps, "n").map(|hours| (MedicineBefore::HoursBefore { hours }, w))
    } else if let Some((_, w)) = t.MEDICINE_SKIP_MORNING.find(text) {
        Some((MedicineBefore::SkipMorningOf, w))
    } else if let Some((_, w)) = t.MEDICINE_NIGHT_BEFORE.find(text) {
        Some((MedicineBefore::NightBefore, w))
    } else if let Some((_, w)) = t.MEDICINE_FEWER.find(text) {
        Some((MedicineBefore::FewerOnTheDay, w))
    } else if let Some((_, w)) = t.MEDICINE_ASK.find(text) {
        // How far ahead to remind is Steady's choice (a week: time to reach
        // the prescriber); the sheet only says "discuss".
        Some((
            MedicineBefore::AskPrescriber {
                days_before: ASK_DAYS_BEFORE,
            },
            w,
        ))
    } else {
        None
    };
    let (before, written_for) = match (before, restart) {
        (Some((b, w)), _) => (b, w),
        (None, Some((_, w))) => (MedicineBefore::None, w),
        (None, None) => return,
    };
    for name in medicines {
        found.add(
            Proposed::Medicine {
                rule: MedicineRule {
                    name: name.clone(),
                    before: before.clone(),
                    restart_hours_after: restart.map(|(n, _)| n),
                    note: None,
                },
            },
            written_for,
        );
    }
}

/// A reminder a week ahead to ask the prescriber, when a sheet says
/// "please discuss" and not when.
// Not a care number: a reminder's lead time (a week to reach the prescriber),
// shown with the proposal and changed per medicine in the form.
pub const ASK_DAYS_BEFORE: u32 = 7;

fn arrival_and_bring(t: &Tables, text: &str, light: &str, sentence: &Sentence, found: &mut Found) {
    if let Some((caps, w)) = t.ARRIVE_EARLY.find(text) {
        if let Some(minutes) = number(&caps, "n") {
            found.add(Proposed::ArriveEarly { minutes }, w);
        }
    }
    for (re, w) in &t.BRING.entries {
        let Some(caps) = re.captures(light) else {
            continue;
        };
        let said = caps.name("x").map(|m| m.as_str()).unwrap_or_default();
        let original = original_slice(&sentence.text, said).unwrap_or(said);
        let items = split_list(original);
        let known = found
            .proposals
            .iter()
            .any(|p| matches!(&p.rule, Proposed::Bring { items: i } if *i == items));
        if !items.is_empty() && !known {
            found.add(Proposed::Bring { items }, w);
        }
    }
}

/// The part of `sentence` that `lowered` (a piece of its normalised form)
/// came from, when it can be found again letter for letter.
pub(super) fn original_slice<'a>(sentence: &'a str, lowered: &str) -> Option<&'a str> {
    let at = sentence.to_lowercase().find(lowered)?;
    sentence.get(at..at + lowered.len())
}

/// "a photo ID and a form of payment" → ["Photo ID", "A form of payment"].
fn split_list(text: &str) -> Vec<String> {
    let text = text.trim().trim_end_matches(['.', '!']);
    let mut items = Vec::new();
    for part in text
        .split([',', ';'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" or "))
    {
        let mut item = part.trim();
        for lead in ["and ", "or ", "a ", "an ", "your ", "the ", "some ", "with you "] {
            if item.len() > lead.len() && item.to_lowercase().starts_with(lead) {
                item = item[lead.len()..].trim();
            }
        }
        if item.chars().filter(|c| c.is_alphabetic()).count() >= 2 && item.chars().count() <= 60 {
            items.push(title_case(item));
        }
    }
    items
}
