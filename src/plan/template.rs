//! The default plan: the items every new session gets, with the rule for each
//! one's time and the words it shows.
//!
//! A plan item's time and text are derived from its session every time they
//! are read (session start, zone and care numbers), so moving a session or
//! changing a clinic's numbers can never leave an item behind. Only a time the
//! user set by hand is stored, and it wins.

use crate::facts::care::{self, CareTimes, Source};
use crate::facts::model::{Anchor, Checklist, DueRule};

/// One item of the default plan.
#[derive(Debug, Clone)]
pub struct PlanItem {
    /// Stable key stored with the item; never reused for another meaning.
    pub key: String,
    pub checklist: Checklist,
    pub title: String,
    pub detail: String,
    pub rule: DueRule,
    pub source: Source,
    pub typical: bool,
}

/// What the plan text may mention about the session.
pub struct PlanContext<'a> {
    pub care: &'a CareTimes,
    pub driver_name: Option<&'a str>,
    /// The numbers are the clinic's own (from its protocol), not typical ones.
    pub clinic_rules: bool,
    pub medications: &'a [crate::facts::model::Medication],
}

const DAY_BEFORE: Source = Source::new("The day before", "002");
const DRIVER: Source = Source::new("The day before", "003, 000");
const RIDE_HOME: Source = Source::new("After the session", "000, 003");
const WHAT_TO_EXPECT: Source = Source::new("After the session", "000, 002");
const NO_DECISIONS: Source = Source::new("After the session", "000");
const REST: Source = Source::new("After the session", "001");

fn clock(anchor: Anchor, day_offset: i32, hour: u32, minute: u32) -> DueRule {
    DueRule::LocalClock {
        anchor,
        day_offset,
        minute_of_day: hour * 60 + minute,
    }
}

fn offset(anchor: Anchor, minutes: i64) -> DueRule {
    DueRule::Offset {
        anchor,
        minutes: i32::try_from(minutes).unwrap_or(i32::MAX),
    }
}

fn hours(h: u32) -> String {
    if h == 1 {
        "1 hour".to_string()
    } else {
        format!("{h} hours")
    }
}

/// The whole default plan for a session with these numbers.
pub fn default_plan(ctx: &PlanContext<'_>) -> Vec<PlanItem> {
    let care = ctx.care;
    // The clinic's no-driving rule, in words and with its source.
    let (no_driving_span, no_driving_source) = if care.no_driving_until_next_morning {
        (
            "until the next morning, after a night's sleep,".to_string(),
            care::NO_DRIVING_NEXT_MORNING,
        )
    } else {
        (format!("for {}", hours(care.no_driving_hours)), care::NO_DRIVING)
    };
    let driver = ctx.driver_name.map(str::trim).filter(|name| !name.is_empty());
    let mut plan = vec![
        PlanItem {
            key: "keep_calm".into(),
            checklist: Checklist::DayBefore,
            title: "Keep the day calm".into(),
            detail: "Avoid stress and any confrontation you can avoid.".into(),
            rule: clock(Anchor::SessionStart, -1, 10, 0),
            source: DAY_BEFORE,
            typical: false,
        },
        PlanItem {
            key: "confirm_driver".into(),
            checklist: Checklist::DayBefore,
            title: "Confirm who drives you home".into(),
            detail: match driver {
                Some(name) => format!(
                    "Check with {name} that they know when and where to pick you up. An adult has to take you home."
                ),
                None => {
                    "An adult has to take you home after the session. Ask someone and check they know when and where."
                        .into()
                }
            },
            rule: clock(Anchor::SessionStart, -1, 18, 0),
            source: DRIVER,
            typical: false,
        },
        PlanItem {
            key: "sleep".into(),
            checklist: Checklist::DayBefore,
            title: "Go to bed in good time".into(),
            detail: "Sleep well the night before your session.".into(),
            rule: clock(Anchor::SessionStart, -1, 22, 0),
            source: DAY_BEFORE,
            typical: false,
        },
    ];
    if care.fasting_food_hours > 0 {
        plan.push(PlanItem {
            key: "stop_food".into(),
            checklist: Checklist::DayBefore,
            title: "Stop eating".into(),
            detail: format!(
                "No solid food for {} before the session starts. Your clinic may ask for a different time; theirs is the one to follow.",
                hours(care.fasting_food_hours)
            ),
            rule: offset(Anchor::SessionStart, -60 * i64::from(care.fasting_food_hours)),
            source: care::FASTING,
            typical: true,
        });
    }
    if care.fasting_liquids_hours > 0 {
        plan.push(PlanItem {
            key: "stop_drinks".into(),
            checklist: Checklist::DayBefore,
            title: "Last clear drinks".into(),
            detail: format!(
                "Clear liquids such as water are fine until {} before the session; after that, nothing unless your clinic said otherwise.",
                hours(care.fasting_liquids_hours)
            ),
            rule: offset(Anchor::SessionStart, -60 * i64::from(care.fasting_liquids_hours)),
            source: care::FASTING,
            typical: true,
        });
    }
    plan.extend([
        PlanItem {
            key: "ride_home".into(),
            checklist: Checklist::SessionDay,
            title: "Someone else drives you home".into(),
            detail: match driver {
                Some(name) => format!("{name} picks you up. Do not drive yourself."),
                None => "An adult picks you up. Do not drive yourself.".into(),
            },
            rule: offset(Anchor::ReleaseEarliest, 0),
            source: RIDE_HOME,
            typical: false,
        },
        PlanItem {
            key: "what_to_expect".into(),
            checklist: Checklist::SessionDay,
            title: "What you may feel".into(),
            detail: "Feeling groggy or disoriented for several hours is common, and so is tiredness. You may be unsteady when you stand: get up slowly.".into(),
            rule: offset(Anchor::ReleaseEarliest, 0),
            source: WHAT_TO_EXPECT,
            typical: true,
        },
        PlanItem {
            key: "no_driving".into(),
            checklist: Checklist::SessionDay,
            title: "No driving or machinery".into(),
            detail: format!(
                "Not {no_driving_span} after your session. Your clinic may set other hours; theirs are the ones to follow."
            ),
            rule: offset(Anchor::SessionEnd, 0),
            source: no_driving_source,
            typical: true,
        },
        PlanItem {
            key: "no_decisions".into(),
            checklist: Checklist::SessionDay,
            title: "No important decisions today".into(),
            detail: "Leave big decisions until the effects have worn off.".into(),
            rule: offset(Anchor::SessionEnd, 0),
            source: NO_DECISIONS,
            typical: false,
        },
    ]);
    if care.no_alcohol_hours > 0 {
        plan.push(PlanItem {
            key: "no_alcohol".into(),
            checklist: Checklist::SessionDay,
            title: "No alcohol or cannabis".into(),
            detail: format!(
                "Not for {} after your session. Your clinic may set other hours; theirs are the ones to follow.",
                hours(care.no_alcohol_hours)
            ),
            rule: offset(Anchor::SessionEnd, 0),
            source: care::NO_ALCOHOL,
            typical: true,
        });
    }
    if care.no_sedatives_hours > 0 {
        plan.push(PlanItem {
            key: "no_sedatives".into(),
            checklist: Checklist::SessionDay,
            title: "No opioids or benzodiazepines".into(),
            detail: format!(
                "Not for {} after your session, as your clinic's rules say. Ask the clinic about any medicine you take.",
                hours(care.no_sedatives_hours)
            ),
            rule: offset(Anchor::SessionEnd, 0),
            source: care::NO_ALCOHOL,
            typical: false,
        });
    }
    plan.extend([
        PlanItem {
            key: "rest_fluids".into(),
            checklist: Checklist::SessionDay,
            title: "Rest and drink fluids".into(),
            detail: "Take it easy for the rest of the day and drink plenty of fluids.".into(),
            rule: offset(Anchor::SessionEnd, 30),
            source: REST,
            typical: false,
        },
        PlanItem {
            key: "drive_again".into(),
            checklist: Checklist::SessionDay,
            title: "The no-driving time ends".into(),
            detail: if care.no_driving_until_next_morning {
                "The next morning after your session, after a night's sleep. Drive only once you feel fully alert, and only if your clinic agrees.".into()
            } else {
                format!(
                    "{} after your session. Drive only once you feel fully alert, and only if your clinic agrees.",
                    hours(care.no_driving_hours)
                )
            },
            // The timeline's own end of the no-driving time, whichever rule the clinic uses.
            rule: offset(Anchor::DriveAgain, 0),
            source: no_driving_source,
            typical: true,
        },
    ]);
    for med in ctx.medications {
        let dose = med.dose.as_deref().map(|d| format!(" ({d})")).unwrap_or_default();
        plan.push(PlanItem {
            key: format!("med:{}:last", med.id),
            checklist: Checklist::DayBefore,
            title: format!("Last dose of {}{dose}", med.name),
            detail: format!(
                "Your prescriber asked you to take no {} for {} before the session. Only they decide which medicines to hold.",
                med.name,
                hours(med.hold_hours_before)
            ),
            rule: offset(Anchor::SessionStart, -60 * i64::from(med.hold_hours_before)),
            source: MEDICATION_SOURCE,
            typical: false,
        });
        if let Some(restart) = med.restart_hours_after {
            plan.push(PlanItem {
                key: format!("med:{}:restart", med.id),
                checklist: Checklist::SessionDay,
                title: format!("Restart {}{dose}", med.name),
                detail: format!(
                    "{} after the session, as your prescriber said.",
                    if restart == 0 {
                        "Right".to_string()
                    } else {
                        hours(restart)
                    }
                ),
                rule: offset(Anchor::SessionEnd, 60 * i64::from(restart)),
                source: MEDICATION_SOURCE,
                typical: false,
            });
        }
    }
    if ctx.clinic_rules {
        // The clinic's own numbers are not "typical" any more.
        for item in &mut plan {
            item.typical = false;
        }
    }
    plan
}

pub const MEDICATION_SOURCE: Source = DAY_BEFORE;
