//! The partial protocol file (`steady protocol from-text`): the proposals
//! as a version 2 protocol file holding only what the sheet says, each rule
//! under the sentence it came from, then the questions and the sentences
//! not used, as comments. Its comments come from the message catalogue
//! (`sheet.ftl`), as every word the reader writes (`write.rs`).

use crate::facts::rules::{Cutoff, Moment, NoDriving, Until};
use crate::plan::protocol::FORMAT_VERSION;

use super::{Proposed, SheetReading};

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

/// A comment beside a key of the file, "# key: words", as lines without the
/// last line break.
fn key_comment(key: &str, words: &str) -> String {
    comment(&format!("{key}: {words}")).trim_end_matches('\n').to_string()
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
                    key_comment("no_decisions", &crate::t!("sheet-toml-no-decisions-worn-off")),
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
                    crate::facts::rules::MedicineBefore::SkipMorningOf => {
                        r#"before = { kind = "skip_morning_of" }"#.to_string()
                    }
                    crate::facts::rules::MedicineBefore::NightBefore => {
                        r#"before = { kind = "night_before" }"#.to_string()
                    }
                    crate::facts::rules::MedicineBefore::HoursBefore { hours } => {
                        format!(r#"before = {{ kind = "hours_before", hours = {hours} }}"#)
                    }
                    crate::facts::rules::MedicineBefore::FewerOnTheDay => {
                        r#"before = { kind = "fewer_on_the_day" }"#.to_string()
                    }
                    crate::facts::rules::MedicineBefore::TakeOnTheDay => {
                        r#"before = { kind = "take_on_the_day" }"#.to_string()
                    }
                    crate::facts::rules::MedicineBefore::AskPrescriber { days_before } => format!(
                        "{}\nbefore = {{ kind = \"ask_prescriber\", days_before = {days_before} }}",
                        key_comment("days_before", &crate::t!("sheet-toml-ask-days-before"))
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
    let mut out = comment(&crate::t!("sheet-toml-header"));
    // A sheet in another language: said first, so an empty file is
    // explained. Not the window's notice, which points at the form: here the
    // patient writes the rules into this file.
    if let Some(language) = &reading.language {
        let notice = match super::language::endonym(&language.code) {
            Some(name) => crate::t!("sheet-other-language-file", language = name),
            None => crate::t!("sheet-other-language-file-unnamed"),
        };
        out.push_str(&comment(&notice));
    }
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
        out.push('\n');
        out.push_str(&comment(&crate::t!("sheet-toml-questions")));
        for q in &reading.questions {
            out.push_str(&comment(&q.ask));
        }
    }
    out.push('\n');
    out.push_str(&comment(&crate::t!("sheet-toml-not-used")));
    for &i in &reading.unused {
        out.push_str(&comment(&reading.sentences[i].text));
    }
    out
}
