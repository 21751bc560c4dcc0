//! Clinic rules in plain words: a field's name, a rule's summary for a
//! preview of what changes, the escort's rules for the driver.

use crate::facts::rules::{
    ClinicRules, EscortPresence, MedicineBefore, MedicineRule, Moment, NoDriving, Rideshare, Until, WhoToCall,
};

/// "food.solid_food.hours" → "Food and drink, solid food, hours": a field
/// path in words for messages.
pub fn field_words(path: &str) -> String {
    fn section(s: &str) -> &str {
        match s {
            "clinic" => "The clinic",
            "timeline" => "Timeline",
            "food" => "Food and drink",
            "medicines" => "Medicines",
            "bring" => "What to bring",
            "escort" => "The escort",
            "after" => "After",
            "red_flags" => "When to call whom",
            "before_each_visit" => "Before each visit",
            "notes" => "Notes",
            other => other,
        }
    }
    let mut parts = path.split('.');
    let first = parts.next().unwrap_or_default();
    let (head, index) = match first.split_once('[') {
        Some((head, rest)) => (head, rest.trim_end_matches(']').parse::<usize>().ok()),
        None => (first, None),
    };
    let mut words = section(head).to_string();
    if let Some(i) = index {
        words.push_str(&format!(" {}", i + 1));
    }
    for part in parts {
        words.push_str(", ");
        // "rules[0]" reads "rule 1": people count from one.
        match part.split_once('[') {
            Some((name, index)) => {
                let n = index.trim_end_matches(']').parse::<usize>().map_or(0, |i| i + 1);
                words.push_str(&format!("{} {n}", name.trim_end_matches('s').replace('_', " ")));
            }
            None => words.push_str(&part.replace('_', " ")),
        }
    }
    words
}

/// A moment in a few words, for a summary: "6 h before", "00:00 on the day",
/// "18:00 the day before".
pub fn moment_summary(moment: &Option<Moment>) -> String {
    match moment {
        None => "no rule".into(),
        Some(Moment::HoursBefore { hours }) => format!("{hours} h before"),
        Some(Moment::MinutesBefore { minutes }) => format!("{minutes} min before"),
        Some(Moment::Clock { days_before: 0, time }) => format!("from {time} on the day"),
        Some(Moment::Clock { days_before: 1, time }) => format!("from {time} the day before"),
        Some(Moment::Clock { days_before, time }) => format!("from {time}, {days_before} days before"),
    }
}

impl MedicineRule {
    /// "last dose 6 h before; restart 6 h after".
    pub fn summary(&self) -> String {
        let before = match &self.before {
            MedicineBefore::None => None,
            MedicineBefore::SkipMorningOf => Some("skip the morning of".to_string()),
            MedicineBefore::NightBefore => Some("last dose the night before".to_string()),
            MedicineBefore::HoursBefore { hours } => Some(format!("last dose {hours} h before")),
            MedicineBefore::FewerOnTheDay => Some("fewer doses on the day".to_string()),
            MedicineBefore::AskPrescriber { days_before } => {
                Some(format!("ask the prescriber {days_before} days before"))
            }
        };
        let after = self.restart_hours_after.map(|h| format!("restart {h} h after"));
        [before, after].into_iter().flatten().collect::<Vec<_>>().join("; ")
    }
}

impl ClinicRules {
    /// Every rule as (label, value) in plain words, in the form's order: what
    /// a preview compares to say what changes.
    pub fn summary(&self) -> Vec<(String, String)> {
        let some = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".into());
        let minutes = |m: Option<u32>| m.map_or("—".to_string(), |m| format!("{m} min"));
        let until = |u: &Option<Until>| match u {
            None => "until the effects wear off".to_string(),
            Some(Until::Hours { hours }) => format!("{hours} h"),
            Some(Until::NextMorning) => "until the next morning".to_string(),
        };
        let t = &self.timeline;
        let mut lines: Vec<(String, String)> = vec![
            ("Clinic".into(), some(&self.clinic.name)),
            ("Clinic phone".into(), some(&self.clinic.phone)),
            ("Clinic address".into(), some(&self.clinic.address)),
            (
                "Arrive early".into(),
                minutes(Some(t.arrive_early_minutes).filter(|m| *m > 0)),
            ),
            ("Travel time".into(), minutes(t.travel_minutes)),
            ("Intake".into(), format!("{} min", t.intake_minutes)),
            ("Infusion".into(), format!("{} min", t.infusion_minutes)),
            (
                "Observation".into(),
                format!("{}-{} min", t.observation_min_minutes, t.observation_max_minutes),
            ),
            (
                "Observation without an escort".into(),
                minutes(t.observation_without_escort_minutes),
            ),
            ("No solid food".into(), moment_summary(&self.food.solid_food.moment())),
            ("In the clinic's words".into(), some(&self.food.solid_food_words)),
            (
                "Clear liquids until".into(),
                moment_summary(&self.food.clear_liquids.moment()),
            ),
            ("What counts as clear".into(), some(&self.food.clear_liquids_are)),
            ("If the fast is broken".into(), some(&self.food.if_broken)),
            (
                "Usual medicines".into(),
                if self.medicines.keep_taking_usual {
                    "keep taking them".into()
                } else {
                    "—".into()
                },
            ),
        ];
        for rule in &self.medicines.rules {
            lines.push((format!("Medicine: {}", rule.name), rule.summary()));
        }
        lines.push((
            "What to bring".into(),
            if self.bring.is_empty() {
                "—".into()
            } else {
                self.bring.join(", ")
            },
        ));
        let e = &self.escort;
        lines.extend([
            (
                "Escort".into(),
                if e.required {
                    "an adult takes you home".into()
                } else {
                    "not required".into()
                },
            ),
            (
                "Escort's minimum age".into(),
                e.min_age.map_or("—".into(), |a| a.to_string()),
            ),
            ("Escort during the session".into(), e.presence.words().into()),
            ("Taxi or rideshare".into(), e.rideshare.words().into()),
        ]);
        let a = &self.after;
        lines.extend([
            (
                "No driving".into(),
                match a.no_driving {
                    NoDriving::Hours { hours } => format!("{hours} h"),
                    NoDriving::RestOfDay => "the rest of the day".into(),
                    NoDriving::NextMorning => "until the next morning".into(),
                },
            ),
            ("No alcohol or cannabis".into(), format!("{} h", a.no_alcohol_hours)),
            (
                "No opioids or benzodiazepines".into(),
                format!("{} h", a.no_sedatives_hours),
            ),
            ("No important decisions".into(), until(&a.no_decisions)),
            (
                "Someone stays with you".into(),
                a.someone_stays_hours.map_or("—".into(), |h| format!("{h} h")),
            ),
            (
                "Not looking after dependents".into(),
                if a.no_dependents_until_next_morning {
                    "until the next morning".into()
                } else {
                    "—".into()
                },
            ),
        ]);
        for flag in &self.red_flags {
            lines.push((format!("Red flag: {}", flag.situation), flag.call.words().into()));
        }
        for task in &self.before_each_visit {
            lines.push((
                format!("Before each visit: {}", task.title),
                moment_summary(&Some(task.when.clone())),
            ));
        }
        for note in &self.notes {
            lines.push(("Note from the clinic".into(), note.text.clone()));
        }
        lines
    }
}

impl ClinicRules {
    /// The escort's rules in the driver's words, one sentence each, for the
    /// Ride screen, the message and the card; empty when the clinic set none.
    pub fn escort_words(&self) -> Vec<String> {
        let e = &self.escort;
        let mut words = vec![];
        match e.min_age {
            Some(age) => words.push(format!("The driver must be {age} or older.")),
            None if e.required => words.push("The driver must be an adult.".into()),
            None => {}
        }
        match e.presence {
            EscortPresence::StaysOnSite => {
                words.push("The clinic asks the driver to stay at the clinic during the session.".into())
            }
            EscortPresence::ComesToDoor => words.push(
                "The driver comes into the clinic to collect the patient; staff hand the patient over at the door."
                    .into(),
            ),
            EscortPresence::MayLeaveAndReturn => {
                words.push("The driver may leave during the session and come back for the pickup window.".into())
            }
            EscortPresence::Unspecified => {}
        }
        match e.rideshare {
            Rideshare::NotAllowed => {
                words.push("No taxi or rideshare: the patient goes home in the driver's car.".into())
            }
            Rideshare::OnlyWithEscort => {
                words.push("A taxi or rideshare is fine only with the driver riding along.".into())
            }
            Rideshare::Allowed => words.push("A taxi or rideshare is allowed.".into()),
            Rideshare::Unspecified => {}
        }
        if let Some(hours) = self.after.someone_stays_hours {
            words.push(format!(
                "Someone stays with the patient for {hours} hours after the session."
            ));
        }
        words
    }
}

impl EscortPresence {
    pub fn words(self) -> &'static str {
        match self {
            EscortPresence::Unspecified => "—",
            EscortPresence::StaysOnSite => "stays at the clinic",
            EscortPresence::ComesToDoor => "comes to the door",
            EscortPresence::MayLeaveAndReturn => "may leave and come back",
        }
    }
}

impl Rideshare {
    pub fn words(self) -> &'static str {
        match self {
            Rideshare::Unspecified => "—",
            Rideshare::NotAllowed => "not allowed",
            Rideshare::OnlyWithEscort => "only with the escort",
            Rideshare::Allowed => "allowed",
        }
    }
}

impl WhoToCall {
    pub fn words(self) -> &'static str {
        match self {
            WhoToCall::Emergency => "call the emergency number",
            WhoToCall::Clinic => "call the clinic",
            WhoToCall::PrimaryCare => "tell your primary care provider",
        }
    }
}
