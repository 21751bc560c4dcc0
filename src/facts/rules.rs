//! A clinic's rules: everything a clinic's instruction sheet says that
//! Steady turns into times and items, in one model. The "Your clinic's
//! instructions" screen edits it, the protocol file (version 2) is it in
//! TOML, each session stores the rules it was planned with, the template
//! makes items from it, and the ride card reads the escort's rules from it.
//! There is no second copy of a rule.
//!
//! The shapes follow what real clinics ask (shared/care-facts.md, "What real
//! clinics ask"): fasting in two cutoffs, each as hours before or a clock
//! moment ("nothing after midnight"); medicines kept, except named ones with
//! a rule each (skip the morning of, last dose the night before, hours
//! before, restart hours after, or "talk to us"); arrival and what to bring;
//! the escort's age and whether they stay; what not to do after, for how
//! long; red flags; tasks before each visit.
//!
//! [`ClinicRules::default`] is Steady's typical set, each value traced to
//! care-facts beside it; a clinic's own rules replace it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::facts::checklist::Checklist;
use crate::facts::day::ClockTime;

/// A moment before the session, as clinics say it: "6 hours before", "30
/// minutes before", or a clock time ("after midnight" is 00:00 on the
/// session day; "the evening before at 18:00" is 18:00, one day before).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Moment {
    HoursBefore {
        hours: u32,
    },
    /// Where a clinic counts in minutes ("no liquids in the last 30
    /// minutes"): kept in minutes, as said, not rounded to hours.
    MinutesBefore {
        minutes: u32,
    },
    Clock {
        /// 0: the session day; 1: the day before.
        days_before: u32,
        time: ClockTime,
    },
}

/// A fasting cutoff: a [`Moment`], or no such rule. "No rule" is a value
/// of its own (`{ kind = "none" }`): a file that leaves the key out keeps
/// the typical cutoff instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Cutoff {
    None,
    HoursBefore {
        hours: u32,
    },
    /// "Clear liquids until 30 minutes before": minutes, as the clinic says.
    MinutesBefore {
        minutes: u32,
    },
    Clock {
        /// 0: the session day; 1: the day before.
        days_before: u32,
        time: ClockTime,
    },
}

impl Cutoff {
    pub fn moment(&self) -> Option<Moment> {
        match self {
            Cutoff::None => None,
            Cutoff::HoursBefore { hours } => Some(Moment::HoursBefore { hours: *hours }),
            Cutoff::MinutesBefore { minutes } => Some(Moment::MinutesBefore { minutes: *minutes }),
            Cutoff::Clock { days_before, time } => Some(Moment::Clock {
                days_before: *days_before,
                time: *time,
            }),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct ClinicContact {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
}

/// The session day's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct TimelineRules {
    /// Arrive this many minutes before the session's start time; 0: no arrival item.
    pub arrive_early_minutes: u32,
    /// The patient's own travel time to the clinic: a "leave home by" item.
    pub travel_minutes: Option<u32>,
    /// Vitals, monitors, IV line.
    pub intake_minutes: u32,
    pub infusion_minutes: u32,
    /// Supervised recovery before release, shortest and longest: the pickup window.
    pub observation_min_minutes: u32,
    pub observation_max_minutes: u32,
    /// A longer observation the clinic sets when no escort is named.
    pub observation_without_escort_minutes: Option<u32>,
}

/// Food and drink before the session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct FoodRules {
    /// No solid food from this moment.
    pub solid_food: Cutoff,
    /// The clinic's own words for it, shown on the item ("after midnight").
    pub solid_food_words: Option<String>,
    /// Clear liquids allowed until this moment.
    pub clear_liquids: Cutoff,
    /// What counts as clear, in the clinic's words.
    pub clear_liquids_are: Option<String>,
    /// What happens if the fast is broken, in the clinic's words.
    pub if_broken: Option<String>,
}

/// When the clinic wants a medicine's last dose before the session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum MedicineBefore {
    /// Nothing before; only a restart time after.
    None,
    /// "Do not take on the morning of your treatment."
    SkipMorningOf,
    /// The last dose the night before.
    NightBefore,
    /// "Allow 6 hours between taking it and the start."
    HoursBefore { hours: u32 },
    /// "Attempt to take fewer doses on the day."
    FewerOnTheDay,
    /// "Take your blood pressure medicine on the morning, with a sip of
    /// water": a medicine the clinic wants taken on the day as usual, the
    /// one exception to a fast or to "skip your medicines that morning".
    TakeOnTheDay,
    /// "Please discuss": a reminder this many days ahead to ask the prescriber.
    AskPrescriber { days_before: u32 },
}

/// A named medicine, or a class of them, and the clinic's rule for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct MedicineRule {
    /// "Lamotrigine", "stimulants (Adderall)".
    pub name: String,
    pub before: MedicineBefore,
    /// Restart this many hours after the session ends.
    #[serde(default)]
    pub restart_hours_after: Option<u32>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct MedicineRules {
    /// "Keep taking your usual medicines unless told otherwise."
    pub keep_taking_usual: bool,
    pub rules: Vec<MedicineRule>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum EscortPresence {
    /// The clinic does not say.
    #[default]
    Unspecified,
    StaysOnSite,
    /// Comes to the door to collect the patient.
    ComesToDoor,
    MayLeaveAndReturn,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Rideshare {
    #[default]
    Unspecified,
    NotAllowed,
    /// A taxi or rideshare only with the escort in it.
    OnlyWithEscort,
    Allowed,
}

/// Who takes the patient home.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct EscortRules {
    /// An adult must take the patient home.
    pub required: bool,
    pub min_age: Option<u32>,
    pub presence: EscortPresence,
    pub rideshare: Rideshare,
}

/// "For N hours" or "until the next morning, after a night's sleep".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Until {
    Hours { hours: u32 },
    NextMorning,
}

/// How long no driving lasts after the session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum NoDriving {
    Hours {
        hours: u32,
    },
    /// For the rest of the session's day (until midnight).
    RestOfDay,
    /// Until the next morning, after a night's sleep (the patient's wake time).
    NextMorning,
}

/// What not to do after the session, and for how long.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct AfterRules {
    pub no_driving: NoDriving,
    /// No alcohol or cannabis for this many hours; 0: no such rule.
    pub no_alcohol_hours: u32,
    /// No opioids or benzodiazepines for this many hours; 0: no such rule.
    pub no_sedatives_hours: u32,
    /// No legal or important decisions; none: "until the effects have worn off".
    pub no_decisions: Option<Until>,
    /// Someone stays with the patient this many hours.
    pub someone_stays_hours: Option<u32>,
    /// Not looking after children or others who depend on them until the next morning.
    pub no_dependents_until_next_morning: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum WhoToCall {
    /// The emergency number, or the emergency room.
    Emergency,
    Clinic,
    PrimaryCare,
}

/// One red flag: a situation, and whom to call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct RedFlagRule {
    pub situation: String,
    pub call: WhoToCall,
}

/// A task the clinic sets before each visit ("fill in the mood form").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct VisitTask {
    pub title: String,
    pub when: Moment,
    #[serde(default)]
    pub note: Option<String>,
}

/// A sentence of the clinic's kept as it is, on one of the checklists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ClinicNote {
    pub checklist: Checklist,
    pub text: String,
}

/// Everything a clinic's instructions say, as Steady uses it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct ClinicRules {
    pub clinic: ClinicContact,
    pub timeline: TimelineRules,
    pub food: FoodRules,
    pub medicines: MedicineRules,
    /// Things to bring and wear: a "pack your bag" item the evening before.
    pub bring: Vec<String>,
    pub escort: EscortRules,
    pub after: AfterRules,
    /// The clinic's red flags; empty: the typical table (care-facts "Red flags").
    pub red_flags: Vec<RedFlagRule>,
    pub before_each_visit: Vec<VisitTask>,
    /// Sentences kept as "From your clinic" notes.
    pub notes: Vec<ClinicNote>,
}

// ---- Steady's typical rules, each traced to shared/care-facts.md ----

impl Default for TimelineRules {
    fn default() -> Self {
        TimelineRules {
            // KetWell's, care-facts: "arrive 15 minutes before" (CIT says
            // 10: the earlier one is typical here).
            arrive_early_minutes: 15,
            travel_minutes: None,
            // care-facts: "intake: vitals, monitors, IV line" (about 20 min, 002).
            intake_minutes: 20,
            // care-facts: "40-60 min, most often 40" (000, 001, 002, 003).
            infusion_minutes: 40,
            // care-facts: "supervised recovery before release" (about 1-3 h, 003).
            observation_min_minutes: 60,
            observation_max_minutes: 180,
            observation_without_escort_minutes: None,
        }
    }
}

impl Default for FoodRules {
    fn default() -> Self {
        FoodRules {
            // AMG Ketamine's, care-facts: "no solid food 6 h before; clear
            // liquids until 2 h before".
            solid_food: Cutoff::HoursBefore { hours: 6 },
            solid_food_words: None,
            clear_liquids: Cutoff::HoursBefore { hours: 2 },
            clear_liquids_are: None,
            if_broken: None,
        }
    }
}

impl Default for EscortRules {
    fn default() -> Self {
        EscortRules {
            // "Arrange a designated adult to drive you home" (003, 000).
            required: true,
            min_age: None,
            presence: EscortPresence::Unspecified,
            rideshare: Rideshare::Unspecified,
        }
    }
}

impl Default for AfterRules {
    fn default() -> Self {
        AfterRules {
            // care-facts: "No driving or operating machinery for the rest of
            // the day, usually a full 24 hours" (001, 003).
            no_driving: NoDriving::Hours { hours: 24 },
            // Nervana's discharge sheet, care-facts: "no alcohol or cannabis 24 h".
            no_alcohol_hours: 24,
            // Steady's choice: no typical rule. Advice on prescribed medicines
            // is the prescriber's (002), so only a clinic sets one (Nervana's
            // sheet says 4 h); the patient sets it in Your clinic's
            // instructions, setting `clinic_rules`.
            no_sedatives_hours: 0,
            // "No important decisions until the effects wear off" (000).
            no_decisions: None,
            someone_stays_hours: None,
            no_dependents_until_next_morning: false,
        }
    }
}

impl Default for ClinicRules {
    /// Steady's typical rules. Medicines: which to hold is the prescriber's
    /// decision alone (care-facts "The day before", 002), so none is named.
    fn default() -> Self {
        ClinicRules {
            clinic: ClinicContact::default(),
            timeline: TimelineRules::default(),
            food: FoodRules::default(),
            medicines: MedicineRules::default(),
            bring: vec![],
            escort: EscortRules::default(),
            after: AfterRules::default(),
            red_flags: vec![],
            before_each_visit: vec![],
            notes: vec![],
        }
    }
}
