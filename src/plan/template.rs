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
//!
//! Words come from the catalogue (`plan.ftl`) in the current language when
//! the plan is made; the clinic's own words (a medicine's name, a note, what
//! counts as a clear liquid) are arguments, kept as they were written.

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

/// Which way a fasting message says its moment (its `$moment`): hours
/// before the session, or a clock time on the session day or before it.
/// Minutes before are said by messages of their own (`…-minutes`), since a
/// number of minutes and of hours need their own plural words.
fn moment_kind(moment: &Moment) -> (&'static str, u32) {
    match moment {
        Moment::HoursBefore { hours } => ("hours", *hours),
        Moment::MinutesBefore { minutes } => ("minutes", *minutes),
        Moment::Clock { days_before: 0, .. } => ("same-day", 0),
        Moment::Clock { .. } => ("day-before", 0),
    }
}

/// A sentence about a medicine, then the clinic's own note about it, if any.
fn with_note(detail: String, note: Option<&str>) -> String {
    match note {
        Some(note) => crate::t!("plan-medicine-with-note", detail = detail, note = note),
        None => detail,
    }
}

/// `hours` as its message's `$rule`/`$hours` for the no-driving rule.
fn no_driving_kind(rule: &NoDriving) -> (&'static str, u32) {
    match rule {
        NoDriving::Hours { hours } => ("hours", *hours),
        NoDriving::RestOfDay => ("rest-of-day", 0),
        NoDriving::NextMorning => ("next-morning", 0),
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

    /// The medicine items due the morning of the visit (skip it, take fewer,
    /// take it as usual) differ only in their key's suffix and their two
    /// messages, so one match says what differs and one push makes them.
    /// (Message ids stay written out at each `t!`: the catalogue test reads them.)
    fn morning_of_medicine(&mut self, key: &str, rule: &MedicineRule, source: Source) {
        let name = rule.name.as_str();
        let (suffix, title, detail) = match rule.before {
            MedicineBefore::SkipMorningOf => (
                "skip",
                crate::t!("plan-medicine-skip-title", name = name),
                crate::t!("plan-medicine-skip-detail", name = name),
            ),
            MedicineBefore::FewerOnTheDay => (
                "fewer",
                crate::t!("plan-medicine-fewer-title", name = name),
                crate::t!("plan-medicine-fewer-detail", name = name),
            ),
            MedicineBefore::TakeOnTheDay => (
                "take",
                crate::t!("plan-medicine-take-title", name = name),
                crate::t!("plan-medicine-take-detail", name = name),
            ),
            _ => return,
        };
        let morning = self.ctx.morning_of();
        self.push(
            format!("{key}:{suffix}"),
            Checklist::DayBefore,
            title,
            with_note(detail, rule.note.as_deref()),
            morning,
            source,
            false,
        );
    }

    fn medicine(&mut self, key: &str, rule: &MedicineRule, source: Source) {
        let ctx = self.ctx;
        let name = rule.name.as_str();
        let note = rule.note.as_deref();
        match &rule.before {
            MedicineBefore::None => {}
            MedicineBefore::SkipMorningOf | MedicineBefore::FewerOnTheDay | MedicineBefore::TakeOnTheDay => {
                self.morning_of_medicine(key, rule, source);
            }
            MedicineBefore::NightBefore => {
                self.push(
                    format!("{key}:night"),
                    Checklist::DayBefore,
                    crate::t!("plan-medicine-night-title", name = name),
                    with_note(crate::t!("plan-medicine-night-detail", name = name), note),
                    ctx.day_before(ctx.day.bedtime),
                    source,
                    false,
                );
            }
            MedicineBefore::HoursBefore { hours: h } => {
                self.push(
                    format!("{key}:last"),
                    Checklist::DayBefore,
                    crate::t!("plan-medicine-last-title", name = name),
                    with_note(crate::t!("plan-medicine-last-detail", name = name, hours = *h), note),
                    ctx.start() - Duration::hours(i64::from(*h)),
                    source,
                    false,
                )
                .bedtime_title = Some(crate::t!("plan-medicine-last-bedtime-title", name = name));
            }
            MedicineBefore::AskPrescriber { days_before } => {
                self.push(
                    format!("{key}:ask"),
                    Checklist::DayBefore,
                    crate::t!("plan-medicine-ask-title", name = name),
                    with_note(
                        crate::t!("plan-medicine-ask-detail", name = name, days = *days_before),
                        note,
                    ),
                    night::at(
                        ctx.start(),
                        ctx.tz,
                        -i32::try_from(*days_before).unwrap_or(0),
                        ctx.day.morning,
                    ),
                    source,
                    false,
                );
            }
        }
        if let Some(restart) = rule.restart_hours_after {
            self.push(
                format!("{key}:restart"),
                Checklist::SessionDay,
                crate::t!("plan-medicine-restart-title", name = name),
                crate::t!("plan-medicine-restart-detail", hours = restart),
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
            task.note.clone().unwrap_or_else(|| crate::t!("plan-visit-task-detail")),
            ctx.resolve(&task.when),
            care::CLINIC_SHAPES,
            false,
        );
    }
    b.push(
        "keep_calm",
        Checklist::DayBefore,
        crate::t!("plan-keep-calm-title"),
        crate::t!("plan-keep-calm-detail"),
        ctx.day_before(ctx.day.morning),
        care::DAY_BEFORE,
        false,
    );
    let any_medicine_rule = !rules.medicines.rules.is_empty() || !ctx.medications.is_empty();
    if !any_medicine_rule {
        b.push(
            "check_medicines",
            Checklist::DayBefore,
            crate::t!("plan-check-medicines-title"),
            crate::t!("plan-check-medicines-detail"),
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
            crate::t!("plan-clinic-note-title"),
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
            crate::t!("plan-confirm-driver-title"),
            match driver {
                Some(name) => crate::t!("plan-confirm-driver-detail-named", name = name),
                None => crate::t!("plan-confirm-driver-detail"),
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
            crate::t!("plan-pack-bag-title"),
            crate::t!("plan-pack-bag-detail"),
            ctx.day_before(ctx.day.evening),
            care::CLINIC_SHAPES,
            false,
        )
        .parts = rules.bring.clone();
    }
    b.push(
        "sleep",
        Checklist::DayBefore,
        crate::t!("plan-sleep-title"),
        crate::t!("plan-sleep-detail"),
        ctx.day_before(ctx.day.bedtime),
        care::DAY_BEFORE,
        false,
    );
    let f = &rules.food;
    if let Some(moment) = &f.solid_food.moment() {
        let (kind, hours) = match f.solid_food_words.as_deref() {
            Some(_) => ("clinic", 0),
            None => moment_kind(moment),
        };
        let words = f.solid_food_words.clone().unwrap_or_default();
        let detail = match (f.if_broken.as_deref(), kind) {
            (None, "minutes") => crate::t!("plan-stop-food-detail-minutes", minutes = hours),
            (None, _) => crate::t!("plan-stop-food-detail", moment = kind, hours = hours, words = words),
            (Some(if_broken), "minutes") => crate::t!(
                "plan-stop-food-detail-if-broken-minutes",
                minutes = hours,
                if_broken = if_broken
            ),
            (Some(if_broken), _) => crate::t!(
                "plan-stop-food-detail-if-broken",
                moment = kind,
                hours = hours,
                words = words,
                if_broken = if_broken
            ),
        };
        b.push(
            "stop_food",
            Checklist::DayBefore,
            crate::t!("plan-stop-food-title"),
            detail,
            ctx.resolve(moment),
            care::FASTING,
            true,
        )
        .bedtime_title = Some(crate::t!("plan-stop-food-bedtime-title"));
    }
    if let Some(moment) = &f.clear_liquids.moment() {
        let (kind, hours) = moment_kind(moment);
        let detail = match (f.clear_liquids_are.as_deref(), kind) {
            (Some(words), "minutes") => {
                crate::t!("plan-stop-drinks-detail-named-minutes", minutes = hours, clear = words)
            }
            (Some(words), _) => crate::t!(
                "plan-stop-drinks-detail-named",
                moment = kind,
                hours = hours,
                clear = words
            ),
            (None, "minutes") => crate::t!("plan-stop-drinks-detail-minutes", minutes = hours),
            (None, _) => crate::t!("plan-stop-drinks-detail", moment = kind, hours = hours),
        };
        b.push(
            "stop_drinks",
            Checklist::DayBefore,
            crate::t!("plan-stop-drinks-title"),
            detail,
            ctx.resolve(moment),
            care::FASTING,
            true,
        )
        .bedtime_title = Some(crate::t!("plan-stop-drinks-bedtime-title"));
    }
    for (i, rule) in rules.medicines.rules.iter().enumerate() {
        b.medicine(&format!("rule:{i}"), rule, care::CLINIC_SHAPES);
    }
    for med in ctx.medications {
        let name = match med.dose.as_deref() {
            Some(dose) => crate::t!("plan-medicine-with-dose", name = med.name.as_str(), dose = dose),
            None => med.name.clone(),
        };
        let rule = MedicineRule {
            name,
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
            crate::t!("plan-usual-medicines-title"),
            if rules.medicines.rules.is_empty() {
                crate::t!("plan-usual-medicines-detail")
            } else {
                crate::t!("plan-usual-medicines-detail-except-listed")
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
            crate::t!("plan-leave-home-title"),
            crate::t!("plan-leave-home-detail"),
            leave,
            care::CLINIC_SHAPES,
            false,
        );
    }
    if rules.timeline.arrive_early_minutes > 0 {
        b.push(
            "arrive",
            Checklist::DayBefore,
            crate::t!("plan-arrive-title"),
            crate::t!("plan-arrive-detail", minutes = rules.timeline.arrive_early_minutes),
            t.arrive_at,
            care::ARRIVAL,
            true,
        );
    }

    // ---- the session day and after ----
    b.push(
        "ride_home",
        Checklist::SessionDay,
        crate::t!("plan-ride-home-title"),
        match driver {
            Some(name) => crate::t!("plan-ride-home-detail-named", name = name),
            None => crate::t!("plan-ride-home-detail"),
        },
        t.release_earliest_at,
        care::RIDE_HOME,
        false,
    );
    b.push(
        "what_to_expect",
        Checklist::SessionDay,
        crate::t!("plan-what-to-expect-title"),
        crate::t!("plan-what-to-expect-detail"),
        t.release_earliest_at,
        care::WHAT_TO_EXPECT,
        true,
    );
    let no_driving_source = match rules.after.no_driving {
        NoDriving::Hours { .. } | NoDriving::RestOfDay => care::NO_DRIVING,
        NoDriving::NextMorning => care::NO_DRIVING_NEXT_MORNING,
    };
    let (no_driving_rule, no_driving_hours) = no_driving_kind(&rules.after.no_driving);
    b.push(
        "no_driving",
        Checklist::SessionDay,
        crate::t!("plan-no-driving-title"),
        crate::t!(
            "plan-no-driving-detail",
            rule = no_driving_rule,
            hours = no_driving_hours
        ),
        t.end_at,
        no_driving_source,
        true,
    );
    let a = &rules.after;
    let (decisions_title, decisions_detail) = match &a.no_decisions {
        None => (
            crate::t!("plan-no-decisions-title"),
            crate::t!("plan-no-decisions-detail"),
        ),
        Some(Until::Hours { hours: h }) => (
            crate::t!("plan-no-legal-decisions-title"),
            crate::t!("plan-no-legal-decisions-detail-hours", hours = *h),
        ),
        Some(Until::NextMorning) => (
            crate::t!("plan-no-legal-decisions-title"),
            crate::t!("plan-no-legal-decisions-detail-next-morning"),
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
            crate::t!("plan-no-alcohol-title"),
            crate::t!("plan-no-alcohol-detail", hours = a.no_alcohol_hours),
            t.end_at,
            care::NO_ALCOHOL,
            true,
        );
    }
    if a.no_sedatives_hours > 0 {
        b.push(
            "no_sedatives",
            Checklist::SessionDay,
            crate::t!("plan-no-sedatives-title"),
            crate::t!("plan-no-sedatives-detail", hours = a.no_sedatives_hours),
            t.end_at,
            care::NO_ALCOHOL,
            false,
        );
    }
    if let Some(h) = a.someone_stays_hours {
        b.push(
            "someone_stays",
            Checklist::SessionDay,
            crate::t!("plan-someone-stays-title"),
            crate::t!("plan-someone-stays-detail", hours = h),
            t.end_at,
            care::CLINIC_SHAPES,
            false,
        );
    }
    if a.no_dependents_until_next_morning {
        b.push(
            "no_dependents",
            Checklist::SessionDay,
            crate::t!("plan-no-dependents-title"),
            crate::t!("plan-no-dependents-detail"),
            t.end_at,
            care::CLINIC_SHAPES,
            false,
        );
    }
    b.push(
        "rest_fluids",
        Checklist::SessionDay,
        crate::t!("plan-rest-fluids-title"),
        crate::t!("plan-rest-fluids-detail"),
        t.end_at,
        care::REST,
        false,
    );
    b.push(
        "drive_again",
        Checklist::SessionDay,
        crate::t!("plan-drive-again-title"),
        crate::t!(
            "plan-drive-again-detail",
            rule = no_driving_rule,
            hours = no_driving_hours
        ),
        t.drive_again_at,
        no_driving_source,
        true,
    );
    b.items
}
