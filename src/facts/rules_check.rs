//! Checking clinic rules: every problem, each naming its field as a dotted
//! path ("food.solid_food.hours"), so the form points at it and a file's
//! reader finds its line. The bounds only reject what cannot be meant: a
//! clinic's figures vary widely (chronic-pain infusions last hours).

use serde::Serialize;
use ts_rs::TS;

use crate::facts::rules::{ClinicRules, MedicineBefore, Moment, NoDriving, Until};
use crate::facts::rules_words::field_words;

/// One problem with the rules, at a dotted field path ("food.solid_food.hours").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RuleProblem {
    pub field: String,
    pub message: String,
}

struct Checker {
    problems: Vec<RuleProblem>,
}

impl Checker {
    fn problem(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.problems.push(RuleProblem {
            field: field.into(),
            message: message.into(),
        });
    }

    /// `unit`: "minutes", "hours", "days" or "years" (the message's choice).
    fn range(&mut self, field: &str, value: u32, low: u32, high: u32, unit: &str) {
        if value < low || value > high {
            self.problem(
                field,
                crate::t!("error-rule-range", low = low, high = high, unit = unit, value = value),
            );
        }
    }

    fn text(&mut self, field: &str, value: &str, max: usize) {
        let chars = value.trim().chars().count();
        if chars == 0 {
            self.problem(field, crate::t!("error-rule-empty"));
        } else if chars > max {
            self.problem(field, crate::t!("error-rule-too-long", max = max, count = chars));
        } else if value.chars().any(|c| c.is_control() && c != '\n') {
            self.problem(field, crate::t!("error-rule-control-characters"));
        }
    }

    fn optional_text(&mut self, field: &str, value: &Option<String>, max: usize) {
        if let Some(value) = value {
            self.text(field, value, max);
        }
    }

    fn count(&mut self, field: &str, len: usize, max: usize) {
        if len > max {
            self.problem(field, crate::t!("error-rule-too-many", max = max, count = len));
        }
    }

    fn moment(&mut self, field: &str, moment: &Moment, max_hours: u32, max_days: u32) {
        match moment {
            Moment::HoursBefore { hours } => self.range(&format!("{field}.hours"), *hours, 0, max_hours, "hours"),
            Moment::MinutesBefore { minutes } => self.range(
                &format!("{field}.minutes"),
                *minutes,
                0,
                max_hours.saturating_mul(60),
                "minutes",
            ),
            Moment::Clock { days_before, .. } => {
                self.range(&format!("{field}.days_before"), *days_before, 0, max_days, "days")
            }
        }
    }
}

impl ClinicRules {
    /// Every problem, each naming its field; empty when the rules make a
    /// possible plan. A clinic's figures vary widely (chronic-pain
    /// infusions last hours), so the bounds only reject what cannot be meant.
    pub fn problems(&self) -> Vec<RuleProblem> {
        let mut c = Checker { problems: vec![] };
        c.optional_text("clinic.name", &self.clinic.name, 120);
        c.optional_text("clinic.phone", &self.clinic.phone, 40);
        c.optional_text("clinic.address", &self.clinic.address, 200);

        let t = &self.timeline;
        c.range(
            "timeline.arrive_early_minutes",
            t.arrive_early_minutes,
            0,
            240,
            "minutes",
        );
        if let Some(travel) = t.travel_minutes {
            c.range("timeline.travel_minutes", travel, 0, 600, "minutes");
        }
        c.range("timeline.intake_minutes", t.intake_minutes, 0, 240, "minutes");
        c.range("timeline.infusion_minutes", t.infusion_minutes, 1, 720, "minutes");
        c.range(
            "timeline.observation_min_minutes",
            t.observation_min_minutes,
            0,
            720,
            "minutes",
        );
        c.range(
            "timeline.observation_max_minutes",
            t.observation_max_minutes,
            0,
            720,
            "minutes",
        );
        if t.observation_max_minutes < t.observation_min_minutes {
            c.problem(
                "timeline.observation_max_minutes",
                crate::t!("error-rule-observation-max"),
            );
        }
        if let Some(without) = t.observation_without_escort_minutes {
            c.range(
                "timeline.observation_without_escort_minutes",
                without,
                0,
                1440,
                "minutes",
            );
            if without < t.observation_min_minutes {
                c.problem(
                    "timeline.observation_without_escort_minutes",
                    crate::t!("error-rule-observation-without-escort"),
                );
            }
        }

        let f = &self.food;
        if let Some(m) = f.solid_food.moment() {
            c.moment("food.solid_food", &m, 24, 1);
        }
        if let Some(m) = f.clear_liquids.moment() {
            c.moment("food.clear_liquids", &m, 24, 1);
        }
        c.optional_text("food.solid_food_words", &f.solid_food_words, 200);
        c.optional_text("food.clear_liquids_are", &f.clear_liquids_are, 300);
        c.optional_text("food.if_broken", &f.if_broken, 300);

        c.count("medicines.rules", self.medicines.rules.len(), 50);
        for (i, m) in self.medicines.rules.iter().enumerate() {
            let field = |name: &str| format!("medicines.rules[{i}].{name}");
            c.text(&field("name"), &m.name, 80);
            match &m.before {
                MedicineBefore::HoursBefore { hours } => c.range(&field("before.hours"), *hours, 0, 720, "hours"),
                MedicineBefore::AskPrescriber { days_before } => {
                    c.range(&field("before.days_before"), *days_before, 0, 60, "days")
                }
                _ => {}
            }
            if let Some(h) = m.restart_hours_after {
                c.range(&field("restart_hours_after"), h, 0, 720, "hours");
            }
            if m.before == MedicineBefore::None && m.restart_hours_after.is_none() {
                c.problem(field("before"), crate::t!("error-rule-medicine-says-nothing"));
            }
            c.optional_text(&field("note"), &m.note, 500);
        }

        c.count("bring", self.bring.len(), 30);
        for (i, thing) in self.bring.iter().enumerate() {
            c.text(&format!("bring[{i}]"), thing, 80);
        }

        if let Some(age) = self.escort.min_age {
            c.range("escort.min_age", age, 12, 99, "years");
        }

        let a = &self.after;
        if let NoDriving::Hours { hours } = a.no_driving {
            c.range("after.no_driving.hours", hours, 1, 96, "hours");
        }
        c.range("after.no_alcohol_hours", a.no_alcohol_hours, 0, 168, "hours");
        c.range("after.no_sedatives_hours", a.no_sedatives_hours, 0, 168, "hours");
        if let Some(Until::Hours { hours }) = a.no_decisions {
            c.range("after.no_decisions.hours", hours, 1, 168, "hours");
        }
        if let Some(h) = a.someone_stays_hours {
            c.range("after.someone_stays_hours", h, 1, 168, "hours");
        }

        c.count("red_flags", self.red_flags.len(), 20);
        for (i, flag) in self.red_flags.iter().enumerate() {
            c.text(&format!("red_flags[{i}].situation"), &flag.situation, 200);
        }
        c.count("before_each_visit", self.before_each_visit.len(), 20);
        for (i, task) in self.before_each_visit.iter().enumerate() {
            c.text(&format!("before_each_visit[{i}].title"), &task.title, 120);
            c.moment(&format!("before_each_visit[{i}].when"), &task.when, 720, 30);
            c.optional_text(&format!("before_each_visit[{i}].note"), &task.note, 500);
        }
        c.count("notes", self.notes.len(), 30);
        for (i, note) in self.notes.iter().enumerate() {
            c.text(&format!("notes[{i}].text"), &note.text, 500);
        }
        c.problems
    }

    /// The rules, or the first problem as an error naming its field: what a
    /// form submits, so nothing is saved half-checked.
    pub fn checked(self) -> crate::basics::error::Result<ClinicRules> {
        match self.problems().into_iter().next() {
            None => Ok(self),
            Some(p) => Err(crate::basics::error::Error::invalid(
                p.field.clone(),
                crate::t!("error-rule-problem", field = field_words(&p.field), problem = p.message),
            )),
        }
    }

    /// Trims texts and drops empty optional ones, as a form sends them.
    pub fn tidied(mut self) -> ClinicRules {
        fn tidy(text: &mut Option<String>) {
            *text = text.take().map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
        }
        tidy(&mut self.clinic.name);
        tidy(&mut self.clinic.phone);
        tidy(&mut self.clinic.address);
        tidy(&mut self.food.solid_food_words);
        tidy(&mut self.food.clear_liquids_are);
        tidy(&mut self.food.if_broken);
        for m in &mut self.medicines.rules {
            m.name = m.name.trim().to_string();
            tidy(&mut m.note);
        }
        self.bring = self
            .bring
            .into_iter()
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect();
        for task in &mut self.before_each_visit {
            task.title = task.title.trim().to_string();
            tidy(&mut task.note);
        }
        for flag in &mut self.red_flags {
            flag.situation = flag.situation.trim().to_string();
        }
        for note in &mut self.notes {
            note.text = note.text.trim().to_string();
        }
        self
    }
}
