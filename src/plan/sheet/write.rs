//! What is done with proposals: said in plain words, merged into the rules
//! the form holds (only those the patient accepted), or written as a
//! partial protocol file (`steady protocol from-text`) with the sentences
//! not used as comments.
//!
//! Every sentence the reader shows a patient is written here (a proposal's
//! words, a question, a task's title), and nowhere in the grammar, from the
//! message catalogue (`sheet.ftl`): a language is a file. The clinic's own
//! words (a quoted sentence, a medicine or a task as the sheet names it)
//! are arguments, as they were written.

use crate::facts::rules::{ClinicRules, Cutoff, EscortPresence, Moment, NoDriving, Rideshare, Until};
use crate::facts::rules_words::moment_summary;
use crate::plan::protocol::FORMAT_VERSION;

use super::{Ask, Proposed, SheetReading, Span, Subject};

/// A rule's subject in words, for a question.
fn subject_words(about: Subject) -> String {
    let about = match about {
        Subject::SolidFood => "solid_food",
        Subject::ClearLiquids => "clear_liquids",
        Subject::Medicine => "medicine",
        Subject::ArriveEarly => "arrive_early",
        Subject::InfusionMinutes => "infusion_minutes",
        Subject::Observation => "observation",
        Subject::NoDriving => "no_driving",
        Subject::NoDecisions => "no_decisions",
        Subject::NoAlcohol => "no_alcohol",
        Subject::NoSedatives => "no_sedatives",
        Subject::SomeoneStays => "someone_stays",
        Subject::NoDependents => "no_dependents",
        Subject::VisitTask => "visit_task",
        Subject::EscortRequired => "escort_required",
    };
    crate::t!("sheet-subject", about = about)
}

/// A length in words: "30 minutes", "6 hours", "90 minutes".
fn length_words(minutes: u32) -> String {
    match (minutes % 60, minutes / 60) {
        (0, hours) => crate::t!("hours", hours = hours),
        _ => crate::t!("sheet-minutes", minutes = minutes),
    }
}

/// The selector of `sheet-ask-not-in-hours`.
fn span_key(span: Span) -> &'static str {
    match span {
        Span::NextMorning => "next_morning",
        Span::RestOfDay => "rest_of_day",
        Span::UntilWornOff => "worn_off",
        Span::MorningOf => "morning_of",
        Span::NightBefore => "night_before",
        Span::DayOf => "day_of",
        Span::NightOrDay => "night_or_day",
    }
}

/// A cutoff as the arguments of a message that says it (`$when` and its
/// numbers; see the top of `sheet.ftl`).
struct When {
    when: &'static str,
    hours: u32,
    minutes: u32,
    days: u32,
    time: String,
}

fn when_of(cutoff: &Cutoff) -> When {
    let mut out = When {
        when: "none",
        hours: 0,
        minutes: 0,
        days: 0,
        time: String::new(),
    };
    match cutoff.moment() {
        None => {}
        Some(Moment::HoursBefore { hours }) => (out.when, out.hours) = ("hours", hours),
        Some(Moment::MinutesBefore { minutes }) => (out.when, out.minutes) = ("minutes", minutes),
        Some(Moment::Clock { days_before, time }) => {
            out.when = match days_before {
                0 => "same_day",
                1 => "day_before",
                _ => "days_before",
            };
            out.days = days_before;
            out.time = time.to_string();
        }
    }
    out
}

/// A question in plain words, quoting the sentence it is about.
pub fn question(ask: &Ask, about: Subject, sentence: &str) -> String {
    let subject = subject_words(about);
    let sentence = sentence.to_string();
    match ask {
        Ask::FoodUnclear { cutoff: Some(cutoff) } => {
            let w = when_of(cutoff);
            crate::t!(
                "sheet-ask-food-unclear",
                sentence = sentence,
                when = w.when,
                hours = w.hours,
                minutes = w.minutes,
                days = w.days,
                time = w.time
            )
        }
        Ask::FoodUnclear { cutoff: None } => crate::t!("sheet-ask-food-no-time", sentence = sentence),
        Ask::NoTime if about == Subject::VisitTask => crate::t!("sheet-ask-task-no-time", sentence = sentence),
        Ask::NoTime => crate::t!("sheet-ask-no-time", sentence = sentence, subject = subject),
        Ask::Range { low, high } => crate::t!(
            "sheet-ask-range",
            subject = subject,
            low = length_words(*low),
            high = length_words(*high)
        ),
        Ask::UpTo { minutes } => crate::t!("sheet-ask-up-to", subject = subject, length = length_words(*minutes)),
        Ask::Vague => crate::t!("sheet-ask-vague", sentence = sentence, subject = subject),
        Ask::NotInHours { span } => crate::t!("sheet-ask-not-in-hours", subject = subject, span = span_key(*span)),
        Ask::ClockDay { time } => crate::t!("sheet-ask-clock-day", subject = subject, time = time.to_string()),
        Ask::Direction { minutes } => {
            crate::t!(
                "sheet-ask-direction",
                length = length_words(*minutes),
                subject = subject
            )
        }
        Ask::NotWholeHours { minutes } => {
            crate::t!(
                "sheet-ask-not-whole-hours",
                length = length_words(*minutes),
                subject = subject
            )
        }
        Ask::BeforeNotKept { minutes: Some(minutes) } => {
            crate::t!(
                "sheet-ask-before-not-kept",
                subject = subject,
                length = length_words(*minutes)
            )
        }
        Ask::BeforeNotKept { minutes: None } => {
            crate::t!(
                "sheet-ask-before-not-kept-no-length",
                sentence = sentence,
                subject = subject
            )
        }
        Ask::Maybe => crate::t!("sheet-ask-maybe", sentence = sentence),
        Ask::WhoDrives => crate::t!("sheet-ask-who-drives", sentence = sentence),
    }
}

/// A task's title from the clinic's words for it: "the mood questionnaire"
/// → "Fill in mood questionnaire".
pub fn task_title(what: &str) -> String {
    crate::t!("sheet-task-fill-in", what = what)
}

/// A pre-medication task's title: "Take anti-nausea medication".
pub fn take_title(medicine: &str) -> String {
    crate::t!("sheet-task-take", medicine = medicine.to_lowercase())
}

/// A class of medicines as Steady names it (`tables::MEDICINES`' `shown`),
/// in the patient's language; a class the catalogue does not name yet keeps
/// the table's English name.
pub fn medicine_class(shown: &str) -> String {
    match shown {
        "Stimulants" => crate::t!("sheet-medicine-stimulants"),
        "Sedative-hypnotics" => crate::t!("sheet-medicine-sedative-hypnotics"),
        "Opioids" => crate::t!("sheet-medicine-opioids"),
        "Benzodiazepines" => crate::t!("sheet-medicine-benzodiazepines"),
        "Lamotrigine (Lamictal)" => crate::t!("sheet-medicine-lamotrigine"),
        "Sedatives" => crate::t!("sheet-medicine-sedatives"),
        other => other.to_string(),
    }
}

/// A class with the sheet's own word for it beside it: "Stimulants (Adderall)".
pub fn medicine_with_brand(shown: &str, brand: &str) -> String {
    crate::t!(
        "sheet-medicine-with-brand",
        class = medicine_class(shown),
        brand = brand
    )
}

/// A proposal in plain words, for the list the patient accepts from.
pub fn describe(rule: &Proposed) -> String {
    match rule {
        Proposed::SolidFood { cutoff } => {
            let w = when_of(cutoff);
            crate::t!(
                "sheet-proposal-solid-food",
                when = w.when,
                hours = w.hours,
                minutes = w.minutes,
                days = w.days,
                time = w.time
            )
        }
        Proposed::ClearLiquids { cutoff } => {
            let w = when_of(cutoff);
            crate::t!(
                "sheet-proposal-clear-liquids",
                when = w.when,
                hours = w.hours,
                minutes = w.minutes,
                days = w.days,
                time = w.time
            )
        }
        Proposed::ClearLiquidsAre { words } => crate::t!("sheet-proposal-clear-liquids-are", words = words.as_str()),
        Proposed::IfFastBroken { words } => crate::t!("sheet-proposal-if-fast-broken", words = words.as_str()),
        Proposed::Medicine { rule } => crate::t!(
            "sheet-proposal-medicine",
            name = rule.name.as_str(),
            rule = rule.summary()
        ),
        Proposed::KeepTakingUsual => crate::t!("sheet-proposal-keep-taking-usual"),
        Proposed::ArriveEarly { minutes } => crate::t!("sheet-proposal-arrive-early", minutes = *minutes),
        Proposed::Bring { items } => crate::t!("sheet-proposal-bring", items = items.join(", ")),
        Proposed::EscortRequired => crate::t!("sheet-proposal-escort-required"),
        Proposed::EscortMinAge { age } => crate::t!("sheet-proposal-escort-min-age", age = *age),
        Proposed::EscortPresence { presence } => {
            let presence = match presence {
                EscortPresence::Unspecified => "unspecified",
                EscortPresence::StaysOnSite => "stays_on_site",
                EscortPresence::ComesToDoor => "comes_to_door",
                EscortPresence::MayLeaveAndReturn => "may_leave",
            };
            crate::t!("sheet-proposal-escort-presence", presence = presence)
        }
        Proposed::Rideshare { rideshare } => {
            let rideshare = match rideshare {
                Rideshare::Unspecified => "unspecified",
                Rideshare::NotAllowed => "not_allowed",
                Rideshare::OnlyWithEscort => "only_with_escort",
                Rideshare::Allowed => "allowed",
            };
            crate::t!("sheet-proposal-rideshare", rideshare = rideshare)
        }
        Proposed::NoDriving { rule } => match rule {
            NoDriving::Hours { hours } => crate::t!("sheet-proposal-no-driving-hours", hours = *hours),
            NoDriving::RestOfDay => crate::t!("sheet-proposal-no-driving-rest-of-day"),
            NoDriving::NextMorning => crate::t!("sheet-proposal-no-driving-next-morning"),
        },
        Proposed::NoDecisions { until } => match until {
            Some(Until::Hours { hours }) => crate::t!("sheet-proposal-no-decisions-hours", hours = *hours),
            Some(Until::NextMorning) => crate::t!("sheet-proposal-no-decisions-next-morning"),
            None => crate::t!("sheet-proposal-no-decisions-worn-off"),
        },
        Proposed::NoAlcohol { hours } => crate::t!("sheet-proposal-no-alcohol", hours = *hours),
        Proposed::NoSedatives { hours } => crate::t!("sheet-proposal-no-sedatives", hours = *hours),
        Proposed::SomeoneStays { hours } => crate::t!("sheet-proposal-someone-stays", hours = *hours),
        Proposed::NoDependents => crate::t!("sheet-proposal-no-dependents"),
        Proposed::RedFlag { rule } => crate::t!(
            "sheet-proposal-red-flag",
            situation = rule.situation.as_str(),
            call = rule.call.words()
        ),
        Proposed::VisitTask { task } => crate::t!(
            "sheet-proposal-visit-task",
            task = task.title.as_str(),
            moment = moment_summary(&Some(task.when.clone()))
        ),
        Proposed::InfusionMinutes { minutes } => crate::t!("sheet-proposal-infusion-minutes", minutes = *minutes),
        Proposed::Observation {
            min_minutes,
            max_minutes,
        } => match min_minutes == max_minutes {
            true => crate::t!("sheet-proposal-observation", minutes = *min_minutes),
            false => crate::t!(
                "sheet-proposal-observation-range",
                min = *min_minutes,
                max = *max_minutes
            ),
        },
        Proposed::Note { note } => crate::t!("sheet-proposal-note", text = note.text.as_str()),
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
