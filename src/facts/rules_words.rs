//! Clinic rules in plain words: a field's name, a rule's summary for a
//! preview of what changes, the escort's rules for the driver. The words
//! are the catalogue's (`plan.ftl`), in the current language; the clinic's
//! own words (names, notes, situations) are arguments, kept as written.

use crate::facts::rules::{
    ClinicRules, EscortPresence, MedicineBefore, MedicineRule, Moment, NoDriving, Rideshare, Until, WhoToCall,
};

/// "food.solid_food.hours" → "Food and drink, solid food, hours": a field
/// path in words for messages, in the current language. A name the
/// catalogue has no words for (a key a file made up) is shown as it is,
/// with spaces for underscores.
pub fn field_words(path: &str) -> String {
    let mut parts = path.split('.');
    let first = parts.next().unwrap_or_default();
    let (head, index) = match first.split_once('[') {
        Some((head, rest)) => (head, rest.trim_end_matches(']').parse::<usize>().ok()),
        None => (first, None),
    };
    let mut words = section_words(head);
    if let Some(i) = index {
        words = crate::t!("rules-field-numbered", name = words, number = i + 1);
    }
    for part in parts {
        // "rules[0]" reads "rule 1": people count from one.
        let part = match part.split_once('[') {
            Some((name, index)) => {
                let n = index.trim_end_matches(']').parse::<usize>().map_or(0, |i| i + 1);
                crate::t!("rules-field-numbered", name = list_entry_words(name), number = n)
            }
            None => part_words(part),
        };
        words = crate::t!("rules-field-inside", field = words, part = part);
    }
    words
}

/// The first part of a field path: a part of the rules, as the form heads it.
fn section_words(section: &str) -> String {
    match section {
        "clinic" => crate::t!("rules-field-clinic"),
        "timeline" => crate::t!("rules-field-timeline"),
        "food" => crate::t!("rules-field-food"),
        "medicines" => crate::t!("rules-field-medicines"),
        "bring" => crate::t!("rules-field-bring"),
        "escort" => crate::t!("rules-field-escort"),
        "after" => crate::t!("rules-field-after"),
        "red_flags" => crate::t!("rules-field-red-flags"),
        "before_each_visit" => crate::t!("rules-field-before-each-visit"),
        "notes" => crate::t!("rules-field-notes"),
        other => other.to_string(),
    }
}

/// One entry of a list inside the rules: "rules" → "rule".
fn list_entry_words(list: &str) -> String {
    match list {
        "rules" => crate::t!("rules-field-rule"),
        other => other.trim_end_matches('s').replace('_', " "),
    }
}

/// A field inside a part of the rules, by its name in the model.
fn part_words(name: &str) -> String {
    match name {
        "name" => crate::t!("rules-field-name"),
        "phone" => crate::t!("rules-field-phone"),
        "address" => crate::t!("rules-field-address"),
        "arrive_early_minutes" => crate::t!("rules-field-arrive-early-minutes"),
        "travel_minutes" => crate::t!("rules-field-travel-minutes"),
        "intake_minutes" => crate::t!("rules-field-intake-minutes"),
        "infusion_minutes" => crate::t!("rules-field-infusion-minutes"),
        "observation_min_minutes" => crate::t!("rules-field-observation-min-minutes"),
        "observation_max_minutes" => crate::t!("rules-field-observation-max-minutes"),
        "observation_without_escort_minutes" => crate::t!("rules-field-observation-without-escort-minutes"),
        "solid_food" => crate::t!("rules-field-solid-food"),
        "solid_food_words" => crate::t!("rules-field-solid-food-words"),
        "clear_liquids" => crate::t!("rules-field-clear-liquids"),
        "clear_liquids_are" => crate::t!("rules-field-clear-liquids-are"),
        "if_broken" => crate::t!("rules-field-if-broken"),
        "keep_taking_usual" => crate::t!("rules-field-keep-taking-usual"),
        "rules" => crate::t!("rules-field-rules"),
        "before" => crate::t!("rules-field-before"),
        "restart_hours_after" => crate::t!("rules-field-restart-hours-after"),
        "note" => crate::t!("rules-field-note"),
        "required" => crate::t!("rules-field-required"),
        "min_age" => crate::t!("rules-field-min-age"),
        "presence" => crate::t!("rules-field-presence"),
        "rideshare" => crate::t!("rules-field-rideshare"),
        "no_driving" => crate::t!("rules-field-no-driving"),
        "no_alcohol_hours" => crate::t!("rules-field-no-alcohol-hours"),
        "no_sedatives_hours" => crate::t!("rules-field-no-sedatives-hours"),
        "no_decisions" => crate::t!("rules-field-no-decisions"),
        "someone_stays_hours" => crate::t!("rules-field-someone-stays-hours"),
        "no_dependents_until_next_morning" => crate::t!("rules-field-no-dependents-until-next-morning"),
        "situation" => crate::t!("rules-field-situation"),
        "call" => crate::t!("rules-field-call"),
        "title" => crate::t!("rules-field-title"),
        "when" => crate::t!("rules-field-when"),
        "text" => crate::t!("rules-field-text"),
        "checklist" => crate::t!("rules-field-checklist"),
        "kind" => crate::t!("rules-field-kind"),
        "hours" => crate::t!("rules-field-hours"),
        "days_before" => crate::t!("rules-field-days-before"),
        "time" => crate::t!("rules-field-time"),
        other => other.replace('_', " "),
    }
}

/// A moment in a few words, for a summary: "6 h before", "from 00:00 on
/// the day", "from 18:00 the day before".
pub fn moment_summary(moment: &Option<Moment>) -> String {
    match moment {
        None => crate::t!("rules-moment-none"),
        Some(Moment::HoursBefore { hours }) => crate::t!("rules-moment-hours-before", hours = *hours),
        Some(Moment::MinutesBefore { minutes }) => crate::t!("rules-moment-minutes-before", minutes = *minutes),
        Some(Moment::Clock { days_before: 0, time }) => crate::t!("rules-moment-same-day", time = time.to_string()),
        Some(Moment::Clock { days_before: 1, time }) => {
            crate::t!("rules-moment-day-before", time = time.to_string())
        }
        Some(Moment::Clock { days_before, time }) => {
            crate::t!("rules-moment-days-before", time = time.to_string(), days = *days_before)
        }
    }
}

impl MedicineRule {
    /// "last dose 6 h before; restart 6 h after".
    pub fn summary(&self) -> String {
        let before = match &self.before {
            MedicineBefore::None => None,
            MedicineBefore::SkipMorningOf => Some(crate::t!("rules-medicine-skip-morning")),
            MedicineBefore::NightBefore => Some(crate::t!("rules-medicine-night-before")),
            MedicineBefore::HoursBefore { hours } => Some(crate::t!("rules-medicine-hours-before", hours = *hours)),
            MedicineBefore::FewerOnTheDay => Some(crate::t!("rules-medicine-fewer")),
            MedicineBefore::TakeOnTheDay => Some(crate::t!("rules-medicine-take")),
            MedicineBefore::AskPrescriber { days_before } => Some(crate::t!("rules-medicine-ask", days = *days_before)),
        };
        let after = self
            .restart_hours_after
            .map(|h| crate::t!("rules-medicine-restart", hours = h));
        match (before, after) {
            (Some(before), Some(after)) => {
                crate::t!("rules-medicine-before-and-restart", before = before, restart = after)
            }
            (Some(one), None) | (None, Some(one)) => one,
            (None, None) => String::new(),
        }
    }
}

impl ClinicRules {
    /// Every rule as (label, value) in plain words, in the form's order: what
    /// a preview compares to say what changes.
    pub fn summary(&self) -> Vec<(String, String)> {
        let none = || "—".to_string();
        let some = |v: &Option<String>| v.clone().unwrap_or_else(none);
        let minutes = |m: Option<u32>| m.map_or_else(none, |m| crate::t!("span-minutes", minutes = m));
        let hours = |h: u32| crate::t!("span-hours", hours = h);
        let until = |u: &Option<Until>| match u {
            None => crate::t!("rules-summary-until-effects-wear-off"),
            Some(Until::Hours { hours: h }) => hours(*h),
            Some(Until::NextMorning) => crate::t!("rules-summary-until-next-morning"),
        };
        let t = &self.timeline;
        let mut lines: Vec<(String, String)> = vec![
            (crate::t!("rules-summary-clinic"), some(&self.clinic.name)),
            (crate::t!("rules-summary-clinic-phone"), some(&self.clinic.phone)),
            (crate::t!("rules-summary-clinic-address"), some(&self.clinic.address)),
            (
                crate::t!("rules-summary-arrive-early"),
                minutes(Some(t.arrive_early_minutes).filter(|m| *m > 0)),
            ),
            (crate::t!("rules-summary-travel-time"), minutes(t.travel_minutes)),
            (crate::t!("rules-summary-intake"), minutes(Some(t.intake_minutes))),
            (crate::t!("rules-summary-infusion"), minutes(Some(t.infusion_minutes))),
            (
                crate::t!("rules-summary-observation"),
                crate::t!(
                    "rules-summary-minutes-range",
                    from = t.observation_min_minutes,
                    to = t.observation_max_minutes
                ),
            ),
            (
                crate::t!("rules-summary-observation-without-escort"),
                minutes(t.observation_without_escort_minutes),
            ),
            (
                crate::t!("rules-summary-no-solid-food"),
                moment_summary(&self.food.solid_food.moment()),
            ),
            (
                crate::t!("rules-summary-solid-food-words"),
                some(&self.food.solid_food_words),
            ),
            (
                crate::t!("rules-summary-clear-liquids-until"),
                moment_summary(&self.food.clear_liquids.moment()),
            ),
            (
                crate::t!("rules-summary-clear-liquids-are"),
                some(&self.food.clear_liquids_are),
            ),
            (crate::t!("rules-summary-if-broken"), some(&self.food.if_broken)),
            (
                crate::t!("rules-summary-usual-medicines"),
                if self.medicines.keep_taking_usual {
                    crate::t!("rules-summary-keep-taking-them")
                } else {
                    none()
                },
            ),
        ];
        for rule in &self.medicines.rules {
            lines.push((
                crate::t!("rules-summary-medicine", name = rule.name.as_str()),
                rule.summary(),
            ));
        }
        lines.push((
            crate::t!("rules-summary-bring"),
            if self.bring.is_empty() {
                none()
            } else {
                self.bring.join(", ")
            },
        ));
        let e = &self.escort;
        lines.extend([
            (
                crate::t!("rules-summary-escort"),
                if e.required {
                    crate::t!("rules-summary-escort-required")
                } else {
                    crate::t!("rules-summary-escort-not-required")
                },
            ),
            (
                crate::t!("rules-summary-escort-min-age"),
                e.min_age.map_or_else(none, |a| a.to_string()),
            ),
            (crate::t!("rules-summary-escort-presence"), e.presence.words()),
            (crate::t!("rules-summary-rideshare"), e.rideshare.words()),
        ]);
        let a = &self.after;
        lines.extend([
            (
                crate::t!("rules-summary-no-driving"),
                match a.no_driving {
                    NoDriving::Hours { hours: h } => hours(h),
                    NoDriving::RestOfDay => crate::t!("rules-summary-rest-of-day"),
                    NoDriving::NextMorning => crate::t!("rules-summary-until-next-morning"),
                },
            ),
            (crate::t!("rules-summary-no-alcohol"), hours(a.no_alcohol_hours)),
            (crate::t!("rules-summary-no-sedatives"), hours(a.no_sedatives_hours)),
            (crate::t!("rules-summary-no-decisions"), until(&a.no_decisions)),
            (
                crate::t!("rules-summary-someone-stays"),
                a.someone_stays_hours.map_or_else(none, hours),
            ),
            (
                crate::t!("rules-summary-no-dependents"),
                if a.no_dependents_until_next_morning {
                    crate::t!("rules-summary-until-next-morning")
                } else {
                    none()
                },
            ),
        ]);
        for flag in &self.red_flags {
            lines.push((
                crate::t!("rules-summary-red-flag", situation = flag.situation.as_str()),
                flag.call.words(),
            ));
        }
        for task in &self.before_each_visit {
            lines.push((
                crate::t!("rules-summary-visit-task", title = task.title.as_str()),
                moment_summary(&Some(task.when.clone())),
            ));
        }
        for note in &self.notes {
            lines.push((crate::t!("rules-summary-clinic-note"), note.text.clone()));
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
            Some(age) => words.push(crate::t!("rules-escort-min-age", age = age)),
            None if e.required => words.push(crate::t!("rules-escort-adult")),
            None => {}
        }
        match e.presence {
            EscortPresence::StaysOnSite => words.push(crate::t!("rules-escort-stays-on-site")),
            EscortPresence::ComesToDoor => words.push(crate::t!("rules-escort-comes-to-door")),
            EscortPresence::MayLeaveAndReturn => words.push(crate::t!("rules-escort-may-leave")),
            EscortPresence::Unspecified => {}
        }
        match e.rideshare {
            Rideshare::NotAllowed => words.push(crate::t!("rules-escort-no-rideshare")),
            Rideshare::OnlyWithEscort => words.push(crate::t!("rules-escort-rideshare-with-driver")),
            Rideshare::Allowed => words.push(crate::t!("rules-escort-rideshare-allowed")),
            Rideshare::Unspecified => {}
        }
        if let Some(hours) = self.after.someone_stays_hours {
            words.push(crate::t!("rules-escort-someone-stays", hours = hours));
        }
        words
    }
}

impl EscortPresence {
    pub fn words(self) -> String {
        match self {
            EscortPresence::Unspecified => "—".to_string(),
            EscortPresence::StaysOnSite => crate::t!("rules-presence-stays-on-site"),
            EscortPresence::ComesToDoor => crate::t!("rules-presence-comes-to-door"),
            EscortPresence::MayLeaveAndReturn => crate::t!("rules-presence-may-leave"),
        }
    }
}

impl Rideshare {
    pub fn words(self) -> String {
        match self {
            Rideshare::Unspecified => "—".to_string(),
            Rideshare::NotAllowed => crate::t!("rules-rideshare-not-allowed"),
            Rideshare::OnlyWithEscort => crate::t!("rules-rideshare-only-with-escort"),
            Rideshare::Allowed => crate::t!("rules-rideshare-allowed"),
        }
    }
}

impl WhoToCall {
    pub fn words(self) -> String {
        match self {
            WhoToCall::Emergency => crate::t!("rules-call-emergency"),
            WhoToCall::Clinic => crate::t!("rules-call-clinic"),
            WhoToCall::PrimaryCare => crate::t!("rules-call-primary-care"),
        }
    }
}
