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

pub use super::write_toml::to_partial_toml;
use super::{Ask, Proposal, Proposed, Question, Span, Subject};

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
        Subject::Bring => "bring",
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
        Ask::DrinksLimited => crate::t!("sheet-ask-drinks-limited", sentence = sentence),
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
        Ask::BeforeSpanNotKept { span } => crate::t!(
            "sheet-ask-before-span-not-kept",
            subject = subject,
            span = span_key(*span)
        ),
        Ask::Maybe => crate::t!("sheet-ask-maybe", sentence = sentence, subject = subject),
        Ask::TwoValues => crate::t!("sheet-ask-two-values", sentence = sentence, subject = subject),
        Ask::Added { minutes } => crate::t!(
            "sheet-ask-added",
            sentence = sentence,
            subject = subject,
            length = length_words(*minutes)
        ),
        Ask::Adjust => crate::t!("sheet-ask-adjust", sentence = sentence),
        Ask::DrivingDecidedLater => crate::t!("sheet-ask-driving-decided-later", sentence = sentence),
        Ask::LongerThanNextMorning { minutes } => crate::t!(
            "sheet-ask-longer-than-next-morning",
            subject = subject,
            length = length_words(*minutes)
        ),
        Ask::FromArrival { minutes } => crate::t!(
            "sheet-ask-from-arrival",
            subject = subject,
            length = length_words(*minutes)
        ),
        Ask::WhoDrives => crate::t!("sheet-ask-who-drives", sentence = sentence),
        Ask::Session { low, high } => crate::t!(
            "sheet-ask-session",
            subject = subject,
            low = length_words(*low),
            high = length_words(*high),
            range = match (low, high) {
                (0, _) => "up_to",
                (l, h) if l == h => "no",
                _ => "yes",
            }
        ),
        Ask::NotBeforeVisit => crate::t!("sheet-ask-not-before-visit", sentence = sentence),
        Ask::Activities { span } => crate::t!(
            "sheet-ask-activities",
            sentence = sentence,
            span = span.map_or("none", span_key)
        ),
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

/// The title of a talk about a medicine the patient takes, asked for
/// before the visit: "Discuss aspirin with your doctor or the clinic".
pub fn discuss_title(medicine: &str) -> String {
    crate::t!("sheet-task-discuss", medicine = medicine.to_lowercase())
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
        "Muscle relaxants" => crate::t!("sheet-medicine-muscle-relaxants"),
        "MAOIs" => crate::t!("sheet-medicine-maois"),
        "Cold medicines" => crate::t!("sheet-medicine-cold-medicines"),
        "New medicines" => crate::t!("sheet-medicine-new-medicines"),
        "As-needed medicines" => crate::t!("sheet-medicine-as-needed-medicines"),
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

impl Question {
    /// A question asked of the words of sentence `sentence` (`text`), with
    /// the answers it offers: the one way every reader that works across
    /// the sheet asks one.
    pub(super) fn on(ask: &Ask, about: Subject, (sentence, text): (usize, &str), options: Vec<Proposal>) -> Question {
        Question {
            sentence,
            about,
            ask: question(ask, about, text),
            options,
        }
    }
}

impl Proposal {
    /// A proposal read from the words between `start` and `end` (byte
    /// offsets in the text as given) of sentence `sentence`, described in
    /// plain words: the one way every reader that works across the sheet
    /// makes one.
    pub(super) fn over(rule: Proposed, sentence: usize, (start, end): (usize, usize), written_for: &str) -> Proposal {
        Proposal {
            sentence,
            start,
            end,
            words: describe(&rule),
            written_for: written_for.to_string(),
            rule,
        }
    }
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
