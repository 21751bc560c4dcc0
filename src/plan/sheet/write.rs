//! What is done with proposals: said in plain words, merged into the rules
//! the form holds (only those the patient accepted), or written as a
//! partial protocol file (`steady protocol from-text`) with the sentences
//! not used as comments.
//!
//! Every sentence the reader shows a patient is written here (a proposal's
//! words, a question, a task's title), and nowhere in the grammar, so a
//! translation replaces this file's words only.

use crate::facts::rules::{ClinicRules, Cutoff, Moment, NoDriving, Until};
use crate::facts::rules_words::moment_summary;
use crate::plan::protocol::FORMAT_VERSION;

use super::{Ask, Proposed, SheetReading, Span, Subject};

/// A rule's subject in words, for a question.
fn subject_words(about: Subject) -> &'static str {
    match about {
        Subject::SolidFood => "no solid food",
        Subject::ClearLiquids => "clear liquids",
        Subject::Medicine => "this medicine",
        Subject::ArriveEarly => "arriving early",
        Subject::InfusionMinutes => "the infusion",
        Subject::Observation => "the stay after the infusion",
        Subject::NoDriving => "no driving",
        Subject::NoDecisions => "no important decisions",
        Subject::NoAlcohol => "no alcohol or cannabis",
        Subject::NoSedatives => "no sedatives",
        Subject::SomeoneStays => "someone staying with you",
        Subject::NoDependents => "not looking after others",
        Subject::VisitTask => "this task",
        Subject::EscortRequired => "who takes you home",
    }
}

/// A length in words: "30 minutes", "6 hours", "90 minutes".
fn length_words(minutes: u32) -> String {
    match (minutes % 60, minutes / 60) {
        (0, 1) => "1 hour".into(),
        (0, h) => format!("{h} hours"),
        _ => format!("{minutes} minutes"),
    }
}

fn span_words(span: Span) -> &'static str {
    match span {
        Span::NextMorning => "until the next morning",
        Span::RestOfDay => "for the rest of the day",
        Span::UntilWornOff => "until the effects wear off",
        Span::MorningOf => "on the morning of the session",
        Span::NightBefore => "from the night before",
        Span::DayOf => "on the day of the session",
        Span::NightOrDay => "the night before or on the day",
    }
}

/// A question in plain words, quoting the sentence it is about.
pub fn question(ask: &Ask, about: Subject, sentence: &str) -> String {
    let subject = subject_words(about);
    match ask {
        Ask::FoodUnclear { cutoff: Some(cutoff) } => format!(
            "Your clinic writes \"{sentence}\". Does that mean no food at all from {}? Choose it, or keep the sentence as a note and ask the clinic.",
            cutoff_words(cutoff).trim_start_matches("from ")
        ),
        Ask::FoodUnclear { cutoff: None } => format!(
            "Your clinic writes \"{sentence}\" but gives no time. Ask the clinic when to stop eating; keep the sentence as a note, and set the time in the form."
        ),
        Ask::NoTime if about == Subject::VisitTask => format!(
            "Your clinic asks: \"{sentence}\" The sheet says no time. Add it in the form under \"Before each visit\" with the time you choose, or keep it as a note."
        ),
        Ask::NoTime => format!(
            "Your clinic writes \"{sentence}\" but gives no time for {subject}. Ask the clinic; keep the sentence as a note, and set the time in the form."
        ),
        Ask::Range { low, high } => format!(
            "Your clinic gives a range for {subject}: {} to {}. Steady does not choose for you: pick the one your clinic means, or keep the sentence as a note and ask them.",
            length_words(*low),
            length_words(*high)
        ),
        Ask::UpTo { minutes } => format!(
            "Your clinic says {subject} can take up to {}. Is that so for you? Then choose it; otherwise keep the sentence as a note and ask the clinic.",
            length_words(*minutes)
        ),
        Ask::Vague => format!(
            "Your clinic writes \"{sentence}\" without a number for {subject}. Ask the clinic how long; keep the sentence as a note, and set it in the form."
        ),
        Ask::NotInHours { span } => format!(
            "Your clinic says {subject} {}. Steady can only keep this rule in another way: check the form's choice against the sheet, or keep the sentence as a note.",
            span_words(*span)
        ),
        Ask::ClockDay { time } => format!(
            "Your clinic says {subject} from {time} but not on which day. Is it the evening before the session?"
        ),
        Ask::Direction { minutes } => format!(
            "Your clinic says {} for {subject} but not whether before or after the session. Ask the clinic, or keep the sentence as a note.",
            length_words(*minutes)
        ),
        Ask::NotWholeHours { minutes } => format!(
            "Your clinic says {} for {subject}; Steady keeps this rule in whole hours. Set the hours in the form, or keep the sentence as a note.",
            length_words(*minutes)
        ),
        Ask::BeforeNotKept { minutes: Some(minutes) } => format!(
            "Your clinic says {subject} for {} before the session. Steady keeps this rule for after the session only: keep the sentence as a note so you see it.",
            length_words(*minutes)
        ),
        Ask::BeforeNotKept { minutes: None } => format!(
            "Your clinic writes \"{sentence}\" without a length of time for {subject}. Ask the clinic how long; keep the sentence as a note, and set it in the form."
        ),
        Ask::Maybe => format!(
            "Your clinic writes \"{sentence}\": a rule for some patients. Does it apply to you? Choose it only if the clinic told you so, or keep the sentence as a note."
        ),
        Ask::WhoDrives => format!(
            "Your clinic writes \"{sentence}\" but not who may take you home. Does it have to be an adult you know, or is a taxi fine? Ask the clinic; keep the sentence as a note."
        ),
    }
}

/// A task's title from the clinic's words for it: "the mood questionnaire"
/// → "Fill in mood questionnaire".
pub fn task_title(what: &str) -> String {
    format!("Fill in {what}")
}

/// A pre-medication task's title: "Take anti-nausea medication".
pub fn take_title(medicine: &str) -> String {
    format!("Take {}", medicine.to_lowercase())
}

fn cutoff_words(cutoff: &Cutoff) -> String {
    moment_summary(&cutoff.moment())
}

/// A proposal in plain words, for the list the patient accepts from.
pub fn describe(rule: &Proposed) -> String {
    match rule {
        Proposed::SolidFood { cutoff } => format!("No solid food {}", cutoff_words(cutoff)),
        Proposed::ClearLiquids { cutoff } => format!(
            "Clear liquids until {}",
            cutoff_words(cutoff).trim_start_matches("from ")
        ),
        Proposed::ClearLiquidsAre { words } => format!("What counts as a clear liquid: \"{words}\""),
        Proposed::IfFastBroken { words } => format!("If the fast is broken: \"{words}\""),
        Proposed::Medicine { rule } => format!("{}: {}", rule.name, rule.summary()),
        Proposed::KeepTakingUsual => "Keep taking your usual medicines, except those named".into(),
        Proposed::ArriveEarly { minutes } => format!("Arrive {minutes} minutes early"),
        Proposed::Bring { items } => format!("Bring: {}", items.join(", ")),
        Proposed::EscortRequired => "An adult must take you home".into(),
        Proposed::EscortMinAge { age } => format!("The driver must be {age} or older"),
        Proposed::EscortPresence { presence } => format!("The driver {}", presence.words()),
        Proposed::Rideshare { rideshare } => format!("Taxi or rideshare: {}", rideshare.words()),
        Proposed::NoDriving { rule } => match rule {
            NoDriving::Hours { hours } => format!("No driving or machinery for {hours} hours"),
            NoDriving::RestOfDay => "No driving for the rest of the day".into(),
            NoDriving::NextMorning => "No driving until the next morning, after a night's sleep".into(),
        },
        Proposed::NoDecisions { until } => match until {
            Some(Until::Hours { hours }) => format!("No important decisions for {hours} hours"),
            Some(Until::NextMorning) => "No important decisions until the next morning".into(),
            None => "No important decisions until the effects wear off".into(),
        },
        Proposed::NoAlcohol { hours } => format!("No alcohol or cannabis for {hours} hours after"),
        Proposed::NoSedatives { hours } => {
            format!("No opioids, benzodiazepines or other sedatives for {hours} hours after")
        }
        Proposed::SomeoneStays { hours } => format!("Someone stays with you for {hours} hours after"),
        Proposed::NoDependents => "Do not look after children or others until the next morning".into(),
        Proposed::RedFlag { rule } => format!("{}: {}", rule.situation, rule.call.words()),
        Proposed::VisitTask { task } => format!(
            "Before each visit: {} ({})",
            task.title,
            moment_summary(&Some(task.when.clone()))
        ),
        Proposed::InfusionMinutes { minutes } => format!("The infusion takes {minutes} minutes"),
        Proposed::Observation {
            min_minutes,
            max_minutes,
        } => match min_minutes == max_minutes {
            true => format!("Observation after: {min_minutes} minutes"),
            false => format!("Observation after: {min_minutes}-{max_minutes} minutes"),
        },
        Proposed::Note { note } => format!("A note: \"{}\"", note.text),
    }
}

/// `base` with the accepted proposals put in. A later proposal for the same
/// field wins; lists (things to bring, red flags, notes, tasks) grow; a
/// medicine named again gets the parts it did not have yet. The clinic's own
/// red flags replace the typical table (an empty list) from the first one.
pub fn merge(base: &ClinicRules, accepted: &[Proposed]) -> ClinicRules {
    let mut rules = base.clone();
    for rule in accepted {
        match rule.clone() {
            Proposed::SolidFood { cutoff } => rules.food.solid_food = cutoff,
            Proposed::ClearLiquids { cutoff } => rules.food.clear_liquids = cutoff,
            Proposed::ClearLiquidsAre { words } => rules.food.clear_liquids_are = Some(words),
            Proposed::IfFastBroken { words } => rules.food.if_broken = Some(words),
            Proposed::Medicine { rule } => {
                match rules
                    .medicines
                    .rules
                    .iter_mut()
                    .find(|m| m.name.eq_ignore_ascii_case(&rule.name))
                {
                    Some(known) => {
                        if rule.before != crate::facts::rules::MedicineBefore::None {
                            known.before = rule.before;
                        }
                        if rule.restart_hours_after.is_some() {
                            known.restart_hours_after = rule.restart_hours_after;
                        }
                    }
                    None => rules.medicines.rules.push(rule),
                }
            }
            Proposed::KeepTakingUsual => rules.medicines.keep_taking_usual = true,
            Proposed::ArriveEarly { minutes } => rules.timeline.arrive_early_minutes = minutes,
            Proposed::Bring { items } => {
                for item in items {
                    if !rules.bring.iter().any(|b| b.eq_ignore_ascii_case(&item)) {
                        rules.bring.push(item);
                    }
                }
            }
            Proposed::EscortRequired => rules.escort.required = true,
            Proposed::EscortMinAge { age } => rules.escort.min_age = Some(age),
            Proposed::EscortPresence { presence } => rules.escort.presence = presence,
            Proposed::Rideshare { rideshare } => rules.escort.rideshare = rideshare,
            Proposed::NoDriving { rule } => rules.after.no_driving = rule,
            Proposed::NoDecisions { until } => rules.after.no_decisions = until,
            Proposed::NoAlcohol { hours } => rules.after.no_alcohol_hours = hours,
            Proposed::NoSedatives { hours } => rules.after.no_sedatives_hours = hours,
            Proposed::SomeoneStays { hours } => rules.after.someone_stays_hours = Some(hours),
            Proposed::NoDependents => rules.after.no_dependents_until_next_morning = true,
            Proposed::RedFlag { rule } => {
                if !rules.red_flags.contains(&rule) {
                    rules.red_flags.push(rule);
                }
            }
            Proposed::VisitTask { task } => rules.before_each_visit.push(task),
            Proposed::InfusionMinutes { minutes } => rules.timeline.infusion_minutes = minutes,
            Proposed::Observation {
                min_minutes,
                max_minutes,
            } => {
                rules.timeline.observation_min_minutes = min_minutes;
                rules.timeline.observation_max_minutes = max_minutes;
            }
            Proposed::Note { note } => {
                if !rules.notes.contains(&note) {
                    rules.notes.push(note);
                }
            }
        }
    }
    rules
}

fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

fn cutoff_toml(cutoff: &Cutoff) -> String {
    match cutoff {
        Cutoff::None => r#"{ kind = "none" }"#.into(),
        Cutoff::HoursBefore { hours } => format!(r#"{{ kind = "hours_before", hours = {hours} }}"#),
        Cutoff::MinutesBefore { minutes } => format!(r#"{{ kind = "minutes_before", minutes = {minutes} }}"#),
        Cutoff::Clock { days_before, time } => {
            format!(r#"{{ kind = "clock", days_before = {days_before}, time = "{time}" }}"#)
        }
    }
}

fn moment_toml(moment: &Moment) -> String {
    match moment {
        Moment::HoursBefore { hours } => format!(r#"{{ kind = "hours_before", hours = {hours} }}"#),
        Moment::MinutesBefore { minutes } => format!(r#"{{ kind = "minutes_before", minutes = {minutes} }}"#),
        Moment::Clock { days_before, time } => {
            format!(r#"{{ kind = "clock", days_before = {days_before}, time = "{time}" }}"#)
        }
    }
}

/// A comment of one or more lines.
fn comment(text: &str) -> String {
    text.lines().map(|l| format!("# {l}\n")).collect()
}

/// The proposals as a version 2 protocol file holding only what the sheet
/// says (a partial file: what it leaves out keeps Steady's typical value
/// when imported), each rule under the sentence it came from; then the
/// questions, and under `# Not used` every sentence not used, as comments.
pub fn to_partial_toml(reading: &SheetReading) -> String {
    let mut sections: Vec<(&str, Vec<String>)> = ["timeline", "food", "medicines", "escort", "after"]
        .into_iter()
        .map(|s| (s, Vec::new()))
        .collect();
    let mut arrays: Vec<String> = Vec::new();
    let mut bring: Vec<String> = Vec::new();
    let source = |i: usize| comment(&format!("\"{}\"", reading.sentences[i].text));
    // A rule the sheet says twice is one key: the later sentence's, as in
    // `merge` (TOML refuses a key twice).
    let keys = |entry: &str| -> Vec<String> {
        entry
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim().to_string()))
            .collect()
    };
    let mut put = |section: &str, line: String, from: usize| {
        if let Some((_, lines)) = sections.iter_mut().find(|(s, _)| *s == section) {
            let new = keys(&line);
            lines.retain(|old| !keys(old).iter().any(|k| new.contains(k)));
            lines.push(format!("{}{line}\n", source(from)));
        }
    };
    for p in &reading.proposals {
        let i = p.sentence;
        match &p.rule {
            Proposed::SolidFood { cutoff } => put("food", format!("solid_food = {}", cutoff_toml(cutoff)), i),
            Proposed::ClearLiquids { cutoff } => put("food", format!("clear_liquids = {}", cutoff_toml(cutoff)), i),
            Proposed::ClearLiquidsAre { words } => {
                put("food", format!("clear_liquids_are = {}", toml_string(words)), i)
            }
            Proposed::IfFastBroken { words } => put("food", format!("if_broken = {}", toml_string(words)), i),
            Proposed::KeepTakingUsual => put("medicines", "keep_taking_usual = true".into(), i),
            Proposed::ArriveEarly { minutes } => put("timeline", format!("arrive_early_minutes = {minutes}"), i),
            Proposed::InfusionMinutes { minutes } => put("timeline", format!("infusion_minutes = {minutes}"), i),
            Proposed::Observation {
                min_minutes,
                max_minutes,
            } => put(
                "timeline",
                format!("observation_min_minutes = {min_minutes}\nobservation_max_minutes = {max_minutes}"),
                i,
            ),
            Proposed::EscortRequired => put("escort", "required = true".into(), i),
            Proposed::EscortMinAge { age } => put("escort", format!("min_age = {age}"), i),
            Proposed::EscortPresence { presence } => put(
                "escort",
                format!(
                    "presence = {}",
                    toml_string(
                        &serde_json::to_value(presence)
                            .ok()
                            .and_then(|v| v.as_str().map(String::from))
                            .unwrap_or_default()
                    )
                ),
                i,
            ),
            Proposed::Rideshare { rideshare } => put(
                "escort",
                format!(
                    "rideshare = {}",
                    toml_string(
                        &serde_json::to_value(rideshare)
                            .ok()
                            .and_then(|v| v.as_str().map(String::from))
                            .unwrap_or_default()
                    )
                ),
                i,
            ),
            Proposed::NoDriving { rule } => put(
                "after",
                match rule {
                    NoDriving::Hours { hours } => format!(r#"no_driving = {{ kind = "hours", hours = {hours} }}"#),
                    NoDriving::RestOfDay => r#"no_driving = { kind = "rest_of_day" }"#.into(),
                    NoDriving::NextMorning => r#"no_driving = { kind = "next_morning" }"#.into(),
                },
                i,
            ),
            Proposed::NoDecisions { until } => match until {
                Some(Until::Hours { hours }) => put(
                    "after",
                    format!(r#"no_decisions = {{ kind = "hours", hours = {hours} }}"#),
                    i,
                ),
                Some(Until::NextMorning) => put("after", r#"no_decisions = { kind = "next_morning" }"#.into(), i),
                // The format's own "until the effects wear off" is the key left out.
                None => put(
                    "after",
                    "# no_decisions: until the effects wear off (the key left out)".into(),
                    i,
                ),
            },
            Proposed::NoAlcohol { hours } => put("after", format!("no_alcohol_hours = {hours}"), i),
            Proposed::NoSedatives { hours } => put("after", format!("no_sedatives_hours = {hours}"), i),
            Proposed::SomeoneStays { hours } => put("after", format!("someone_stays_hours = {hours}"), i),
            Proposed::NoDependents => put("after", "no_dependents_until_next_morning = true".into(), i),
            Proposed::Bring { items } => {
                bring.push(source(i));
                bring.extend(items.iter().map(|item| format!("  {},\n", toml_string(item))));
            }
            Proposed::Medicine { rule } => {
                let mut entry = format!("{}[[medicines.rules]]\nname = {}\n", source(i), toml_string(&rule.name));
                entry.push_str(&match &rule.before {
                    crate::facts::rules::MedicineBefore::None => r#"before = { kind = "none" }"#.to_string(),
                    crate::facts::rules::MedicineBefore::SkipMorningOf => r#"before = { kind = "skip_morning_of" }"#.to_string(),
                    crate::facts::rules::MedicineBefore::NightBefore => r#"before = { kind = "night_before" }"#.to_string(),
                    crate::facts::rules::MedicineBefore::HoursBefore { hours } => format!(r#"before = {{ kind = "hours_before", hours = {hours} }}"#),
                    crate::facts::rules::MedicineBefore::FewerOnTheDay => r#"before = { kind = "fewer_on_the_day" }"#.to_string(),
                    crate::facts::rules::MedicineBefore::AskPrescriber { days_before } => format!(
                        "# days_before: Steady's choice (the sheet says to discuss, not when)\nbefore = {{ kind = \"ask_prescriber\", days_before = {days_before} }}"
                    ),
                });
                entry.push('\n');
                if let Some(hours) = rule.restart_hours_after {
                    entry.push_str(&format!("restart_hours_after = {hours}\n"));
                }
                arrays.push(entry);
            }
            Proposed::RedFlag { rule } => arrays.push(format!(
                "{}[[red_flags]]\nsituation = {}\ncall = {}\n",
                source(i),
                toml_string(&rule.situation),
                toml_string(
                    &serde_json::to_value(rule.call)
                        .ok()
                        .and_then(|v| v.as_str().map(String::from))
                        .unwrap_or_default()
                )
            )),
            Proposed::VisitTask { task } => arrays.push(format!(
                "{}[[before_each_visit]]\ntitle = {}\nwhen = {}\n",
                source(i),
                toml_string(&task.title),
                moment_toml(&task.when)
            )),
            Proposed::Note { note } => arrays.push(format!(
                "[[notes]]\nchecklist = {}\ntext = {}\n",
                toml_string(
                    &serde_json::to_value(note.checklist)
                        .ok()
                        .and_then(|v| v.as_str().map(String::from))
                        .unwrap_or_default()
                ),
                toml_string(&note.text)
            )),
        }
    }
    let mut out = String::from(
        "# Proposed by Steady from a clinic's sheet: only what the sheet says.\n# Check every rule against the sheet before importing; what this file\n# leaves out keeps Steady's typical value.\n",
    );
    out.push_str(&format!("version = {FORMAT_VERSION}\n"));
    if !bring.is_empty() {
        out.push('\n');
        out.push_str("bring = [\n");
        for line in &bring {
            out.push_str(line);
        }
        out.push_str("]\n");
    }
    for (section, lines) in &sections {
        if lines.is_empty() {
            continue;
        }
        out.push_str(&format!("\n[{section}]\n"));
        for line in lines {
            out.push_str(line);
        }
    }
    for entry in &arrays {
        out.push('\n');
        out.push_str(entry);
    }
    if !reading.questions.is_empty() {
        out.push_str("\n# Questions (nothing was chosen for these):\n");
        for q in &reading.questions {
            out.push_str(&comment(&q.ask));
        }
    }
    out.push_str("\n# Not used\n");
    for &i in &reading.unused {
        out.push_str(&comment(&reading.sentences[i].text));
    }
    out
}
