//! The plan: the items a session gets from its rules, each with its time and
//! the words it shows.
//!
//! A plan item's time and text are derived from its session every time the
//! session changes (start, zone, rules, driver, the patient's day), so
//! moving a session or changing a clinic's rules can never leave an item
//! behind. Only a time the user set by hand is stored, and it wins.
//!
//! Texts name no clock times: the window and the notification format times
//! in the user's own style. Each item's key names its rule's shape
//! ("stop_food", "rule:2:skip"), stable across re-plans.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

use crate::basics::time::at_local_clock;
use crate::facts::care::{self, Source};
use crate::facts::day::DayTimes;
use crate::facts::model::{Checklist, Medication, Timeline};
use crate::facts::rules::{ClinicRules, MedicineBefore, MedicineRule, Moment, NoDriving, Until};
use crate::plan::night;

/// One item of a session's plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanItem {
    /// Stable key stored with the item; never reused for another meaning.
    pub key: String,
    pub checklist: Checklist,
    pub title: String,
    pub detail: String,
    pub due_at: DateTime<Utc>,
    pub source: Source,
    pub typical: bool,
    /// The reminder's title when the night moves it to bedtime ("Have your
    /// last snack before bed"); a generic one when none.
    pub bedtime_title: Option<String>,
    /// Things to tick inside the item.
    pub parts: Vec<String>,
}

/// What the plan is made from.
pub struct PlanContext<'a> {
    pub rules: &'a ClinicRules,
    pub timeline: &'a Timeline,
    pub tz: Tz,
    pub day: &'a DayTimes,
    pub driver_name: Option<&'a str>,
    /// The rules are the clinic's own (entered or imported), not typical ones.
    pub clinic_rules: bool,
    /// Medicines the patient added to this session alone, as the prescriber said.
    pub medications: &'a [Medication],
}

fn hours(h: u32) -> String {
    if h == 1 {
        "1 hour".to_string()
    } else {
        format!("{h} hours")
    }
}

fn minutes(m: u32) -> String {
    if m == 1 {
        "1 minute".to_string()
    } else {
        format!("{m} minutes")
    }
}

fn days(d: u32) -> String {
    if d == 1 {
        "1 day".to_string()
    } else {
        format!("{d} days")
    }
}

impl PlanContext<'_> {
    fn start(&self) -> DateTime<Utc> {
        self.timeline.start_at
    }

    /// `moment` before this session.
    pub fn resolve(&self, moment: &Moment) -> DateTime<Utc> {
        match moment {
            Moment::HoursBefore { hours } => self.start() - Duration::hours(i64::from(*hours)),
            Moment::MinutesBefore { minutes } => self.start() - Duration::minutes(i64::from(*minutes)),
            Moment::Clock { days_before, time } => at_local_clock(
                self.start(),
                self.tz,
                -i32::try_from(*days_before).unwrap_or(0),
                time.minute_of_day(),
            ),
        }
    }

    /// "The morning of": wake time on the session day, but never after the
    /// patient has to leave (an early session starts the day earlier).
    fn morning_of(&self) -> DateTime<Utc> {
        let wake = night::wake_on(self.day, self.start(), self.tz, 0);
        let leave = self.timeline.leave_home_at.unwrap_or(self.timeline.arrive_at);
        wake.min(leave)
    }

    fn day_before(&self, time: crate::facts::day::ClockTime) -> DateTime<Utc> {
        night::at(self.start(), self.tz, -1, time)
    }
}

/// A moment in words for an item's text: "6 hours before your session", or
/// the clinic's own words for a clock moment.
fn moment_words(moment: &Moment, clinic_words: Option<&str>) -> String {
    match (moment, clinic_words) {
        (_, Some(words)) => format!("as your clinic asks: \u{201c}{words}\u{201d}"),
        (Moment::HoursBefore { hours: h }, None) => format!("{} before your session", hours(*h)),
        (Moment::MinutesBefore { minutes: m }, None) => format!("{} before your session", minutes(*m)),
        (Moment::Clock { days_before: 0, .. }, None) => "on the day of your session, from the time shown".into(),
        (Moment::Clock { .. }, None) => "the day before, from the time shown".into(),
    }
}

struct Builder<'a> {
    ctx: &'a PlanContext<'a>,
    items: Vec<PlanItem>,
}

impl Builder<'_> {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        key: impl Into<String>,
        checklist: Checklist,
        title: impl Into<String>,
        detail: impl Into<String>,
        due_at: DateTime<Utc>,
        source: Source,
        typical: bool,
    ) -> &mut PlanItem {
        self.items.push(PlanItem {
            key: key.into(),
            checklist,
            title: title.into(),
            detail: detail.into(),
            due_at,
            source,
            // The clinic's own rules are not "typical" any more.
            typical: typical && !self.ctx.clinic_rules,
            bedtime_title: None,
            parts: vec![],
        });
        let last = self.items.len() - 1;
        &mut self.items[last]
    }

    fn medicine(&mut self, key: &str, rule: &MedicineRule, source: Source) {
        let ctx = self.ctx;
        let name = rule.name.as_str();
        let note = rule.note.as_deref().map(|n| format!(" {n}")).unwrap_or_default();
        let only_they = "Only your prescriber decides which medicines to hold.";
        match &rule.before {
            MedicineBefore::None => {}
            MedicineBefore::SkipMorningOf => {
                self.push(
                    format!("{key}:skip"),
                    Checklist::DayBefore,
                    format!("Skip {name} this morning"),
                    format!("Your clinic asks you not to take {name} on the morning of your session.{note}"),
                    ctx.morning_of(),
                    source,
                    false,
                );
            }
            MedicineBefore::NightBefore => {
                self.push(
                    format!("{key}:night"),
                    Checklist::DayBefore,
                    format!("Last dose of {name} tonight"),
                    format!("Your clinic asks for the last dose of {name} the night before, and none on the morning of your session.{note}"),
                    ctx.day_before(ctx.day.bedtime),
                    source,
                    false,
                );
            }
            MedicineBefore::HoursBefore { hours: h } => {
                self.push(
                    format!("{key}:last"),
                    Checklist::DayBefore,
                    format!("Last dose of {name}"),
                    format!(
                        "No {name} for {} before the session, as you were told. {only_they}{note}",
                        hours(*h)
                    ),
                    ctx.start() - Duration::hours(i64::from(*h)),
                    source,
                    false,
                )
                .bedtime_title = Some(format!("Before bed: last dose of {name}"));
            }
            MedicineBefore::FewerOnTheDay => {
                self.push(
                    format!("{key}:fewer"),
                    Checklist::DayBefore,
                    format!("Take fewer doses of {name} today, if you can"),
                    format!("Your clinic asks you to take fewer doses of {name} on the day of your session, where you can.{note}"),
                    ctx.morning_of(),
                    source,
                    false,
                );
            }
            MedicineBefore::AskPrescriber { days_before } => {
                self.push(
                    format!("{key}:ask"),
                    Checklist::DayBefore,
                    format!("Ask your prescriber about {name}"),
                    format!(
                        "Your clinic asks to discuss {name} before the session: {} ahead, there is time to change the plan if needed.{note}",
                        days(*days_before)
                    ),
                    night::at(ctx.start(), ctx.tz, -i32::try_from(*days_before).unwrap_or(0), ctx.day.morning),
                    source,
                    false,
                );
            }
        }
        if let Some(restart) = rule.restart_hours_after {
            self.push(
                format!("{key}:restart"),
                Checklist::SessionDay,
                format!("Restart {name}"),
                format!(
                    "{} after the session, as you were told.",
                    if restart == 0 {
                        "Right".to_string()
                    } else {
                        hours(restart)
                    }
                ),
                ctx.timeline.end_at + Duration::hours(i64::from(restart)),
                source,
                false,
            );
        }
    }
}

/// The whole plan for a session.
pub fn plan(ctx: &PlanContext<'_>) -> Vec<PlanItem> {
    let rules = ctx.rules;
    let t = ctx.timeline;
    let driver = ctx.driver_name.map(str::trim).filter(|name| !name.is_empty());
    let mut b = Builder { ctx, items: vec![] };

    // ---- the days before ----
    for (i, task) in rules.before_each_visit.iter().enumerate() {
        b.push(
            format!("task:{i}"),
            Checklist::DayBefore,
            task.title.clone(),
            task.note
                .clone()
                .unwrap_or_else(|| "Your clinic asks for this before each visit.".into()),
            ctx.resolve(&task.when),
            care::CLINIC_SHAPES,
            false,
        );
    }
    b.push(
        "keep_calm",
        Checklist::DayBefore,
        "Keep the day calm",
        "Avoid stress and any confrontation you can avoid.",
        ctx.day_before(ctx.day.morning),
        care::DAY_BEFORE,
        false,
    );
    let any_medicine_rule = !rules.medicines.rules.is_empty() || !ctx.medications.is_empty();
    if !any_medicine_rule {
        b.push(
            "check_medicines",
            Checklist::DayBefore,
            "Check which medicines to pause",
            "Some medicines need a pause or a changed schedule before a session, and supplements count too. Only your prescriber decides: if they named any, add them to this session with the hours they gave.",
            ctx.day_before(ctx.day.morning),
            care::MEDICINES,
            false,
        );
    }
    for (i, note) in rules.notes.iter().enumerate() {
        let due = match note.checklist {
            Checklist::DayBefore => ctx.day_before(ctx.day.morning),
            Checklist::SessionDay => t.end_at,
        };
        b.push(
            format!("note:{i}"),
            note.checklist,
            "From your clinic",
            note.text.clone(),
            due,
            care::CLINIC_SHAPES,
            false,
        );
    }
    if rules.escort.required {
        b.push(
            "confirm_driver",
            Checklist::DayBefore,
            "Confirm who drives you home",
            match driver {
                Some(name) => format!(
                    "Check with {name} that they know when and where to pick you up. An adult has to take you home."
                ),
                None => {
                    "An adult has to take you home after the session. Ask someone and check they know when and where."
                        .into()
                }
            },
            ctx.day_before(ctx.day.evening),
            care::DRIVER,
            false,
        );
    }
    if !rules.bring.is_empty() {
        b.push(
            "pack_bag",
            Checklist::DayBefore,
            "Pack your bag",
            "What your clinic asks you to bring or wear.",
            ctx.day_before(ctx.day.evening),
            care::CLINIC_SHAPES,
            false,
        )
        .parts = rules.bring.clone();
    }
    b.push(
        "sleep",
        Checklist::DayBefore,
        "Go to bed in good time",
        "Sleep well the night before your session.",
        ctx.day_before(ctx.day.bedtime),
        care::DAY_BEFORE,
        false,
    );
    let f = &rules.food;
    if let Some(moment) = &f.solid_food.moment() {
        let broken = f
            .if_broken
            .as_deref()
            .map(|w| format!(" If you eat, {w}."))
            .unwrap_or_default();
        b.push(
            "stop_food",
            Checklist::DayBefore,
            "Stop eating",
            format!(
                "No solid food from this time, {}.{broken} Your clinic's time is the one to follow.",
                moment_words(moment, f.solid_food_words.as_deref())
            ),
            ctx.resolve(moment),
            care::FASTING,
            true,
        )
        .bedtime_title = Some("Have your last snack before bed".into());
    }
    if let Some(moment) = &f.clear_liquids.moment() {
        let clear = match &f.clear_liquids_are {
            Some(words) => format!("Clear liquids ({words})"),
            None => "Clear liquids such as water".into(),
        };
        b.push(
            "stop_drinks",
            Checklist::DayBefore,
            "Last clear drinks",
            format!(
                "{clear} are fine until this time, {}; after that, nothing unless your clinic said otherwise.",
                moment_words(moment, None)
            ),
            ctx.resolve(moment),
            care::FASTING,
            true,
        )
        .bedtime_title = Some("Your last drink before bed".into());
    }
    for (i, rule) in rules.medicines.rules.iter().enumerate() {
        b.medicine(&format!("rule:{i}"), rule, care::CLINIC_SHAPES);
    }
    for med in ctx.medications {
        let dose = med.dose.as_deref().map(|d| format!(" ({d})")).unwrap_or_default();
        let rule = MedicineRule {
            name: format!("{}{dose}", med.name),
            before: MedicineBefore::HoursBefore {
                hours: med.hold_hours_before,
            },
            restart_hours_after: med.restart_hours_after,
            note: None,
        };
        b.medicine(&format!("med:{}", med.id), &rule, care::MEDICINES);
    }
    if rules.medicines.keep_taking_usual {
        b.push(
            "usual_medicines",
            Checklist::DayBefore,
            "Take your usual medicines",
            if rules.medicines.rules.is_empty() {
                "Your clinic asks you to keep taking your usual medicines unless you were told otherwise.".to_string()
            } else {
                "Your clinic asks you to keep taking your usual medicines, except those on this list.".to_string()
            },
            ctx.morning_of(),
            care::CLINIC_SHAPES,
            false,
        );
    }
    if let Some(leave) = t.leave_home_at {
        b.push(
            "leave_home",
            Checklist::DayBefore,
            "Leave home",
            "Your travel time to the clinic, so you arrive in time.",
            leave,
            care::CLINIC_SHAPES,
            false,
        );
    }
    if rules.timeline.arrive_early_minutes > 0 {
        b.push(
            "arrive",
            Checklist::DayBefore,
            "Arrive at the clinic",
            format!(
                "{} minutes before your session starts, for check-in.",
                rules.timeline.arrive_early_minutes
            ),
            t.arrive_at,
            care::ARRIVAL,
            true,
        );
    }

    // ---- the session day and after ----
    b.push(
        "ride_home",
        Checklist::SessionDay,
        "Someone else drives you home",
        match driver {
            Some(name) => format!("{name} picks you up. Do not drive yourself."),
            None => "An adult picks you up. Do not drive yourself.".into(),
        },
        t.release_earliest_at,
        care::RIDE_HOME,
        false,
    );
    b.push(
        "what_to_expect",
        Checklist::SessionDay,
        "What you may feel",
        "Feeling groggy or disoriented for several hours is common, and so is tiredness. You may be unsteady when you stand: get up slowly.",
        t.release_earliest_at,
        care::WHAT_TO_EXPECT,
        true,
    );
    let (no_driving_span, no_driving_source) = match rules.after.no_driving {
        NoDriving::Hours { hours: h } => (format!("for {}", hours(h)), care::NO_DRIVING),
        NoDriving::RestOfDay => ("for the rest of the day".into(), care::NO_DRIVING),
        NoDriving::NextMorning => (
            "until the next morning, after a night's sleep,".into(),
            care::NO_DRIVING_NEXT_MORNING,
        ),
    };
    b.push(
        "no_driving",
        Checklist::SessionDay,
        "No driving or machinery",
        format!(
            "Not {no_driving_span} after your session. Your clinic may set other hours; theirs are the ones to follow."
        ),
        t.end_at,
        no_driving_source,
        true,
    );
    let a = &rules.after;
    let (decisions_title, decisions_detail) = match &a.no_decisions {
        None => (
            "No important decisions today",
            "Leave big decisions until the effects have worn off.".to_string(),
        ),
        Some(Until::Hours { hours: h }) => (
            "No legal or important decisions",
            format!("Not for {} after your session, as your clinic asks.", hours(*h)),
        ),
        Some(Until::NextMorning) => (
            "No legal or important decisions",
            "Not until the next morning, as your clinic asks.".to_string(),
        ),
    };
    b.push(
        "no_decisions",
        Checklist::SessionDay,
        decisions_title,
        decisions_detail,
        t.end_at,
        if a.no_decisions.is_none() {
            care::NO_DECISIONS
        } else {
            care::CLINIC_SHAPES
        },
        false,
    );
    if a.no_alcohol_hours > 0 {
        b.push(
            "no_alcohol",
            Checklist::SessionDay,
            "No alcohol or cannabis",
            format!(
                "Not for {} after your session. Your clinic may set other hours; theirs are the ones to follow.",
                hours(a.no_alcohol_hours)
            ),
            t.end_at,
            care::NO_ALCOHOL,
            true,
        );
    }
    if a.no_sedatives_hours > 0 {
        b.push(
            "no_sedatives",
            Checklist::SessionDay,
            "No opioids or benzodiazepines",
            format!(
                "Not for {} after your session, as your clinic's rules say. Ask the clinic about any medicine you take.",
                hours(a.no_sedatives_hours)
            ),
            t.end_at,
            care::NO_ALCOHOL,
            false,
        );
    }
    if let Some(h) = a.someone_stays_hours {
        b.push(
            "someone_stays",
            Checklist::SessionDay,
            "Someone stays with you",
            format!(
                "Your clinic asks that someone stays with you for {} after the session.",
                hours(h)
            ),
            t.end_at,
            care::CLINIC_SHAPES,
            false,
        );
    }
    if a.no_dependents_until_next_morning {
        b.push(
            "no_dependents",
            Checklist::SessionDay,
            "Someone else looks after those who depend on you",
            "Children, or anyone in your care: not you until the next morning, as your clinic asks.",
            t.end_at,
            care::CLINIC_SHAPES,
            false,
        );
    }
    b.push(
        "rest_fluids",
        Checklist::SessionDay,
        "Rest and drink fluids",
        "Take it easy for the rest of the day and drink plenty of fluids.",
        t.end_at,
        care::REST,
        false,
    );
    b.push(
        "drive_again",
        Checklist::SessionDay,
        "The no-driving time ends",
        match rules.after.no_driving {
            NoDriving::Hours { hours: h } => format!(
                "{} after your session. Drive only once you feel fully alert, and only if your clinic agrees.",
                hours(h)
            ),
            NoDriving::RestOfDay => "The day after your session. Drive only once you feel fully alert, and only if your clinic agrees.".into(),
            NoDriving::NextMorning => "The next morning after your session, after a night's sleep. Drive only once you feel fully alert, and only if your clinic agrees.".into(),
        },
        t.drive_again_at,
        no_driving_source,
        true,
    );
    b.items
}
