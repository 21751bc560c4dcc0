//! The care numbers a session's plan is built from, and where each comes from.
//!
//! Every default traces to a line of `shared/care-facts.md`; the
//! [`Source`] beside each says which. They are typical values: a clinic's own
//! instructions always win, and every one of them is editable per session.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A pointer into care-facts.md: the section and the guides it cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Source {
    /// The heading in care-facts.md the fact sits under.
    pub section: &'static str,
    /// The cited guides ("002") or named public source.
    pub refs: &'static str,
}

impl Source {
    pub const fn new(section: &'static str, refs: &'static str) -> Self {
        Source { section, refs }
    }

    /// One line for storage and the CLI: "The day before · 002".
    pub fn label(&self) -> String {
        format!("{} · {}", self.section, self.refs)
    }
}

pub const FASTING: Source = Source::new("From other public sources", "AMG Ketamine treatment-day page");
pub const NO_DRIVING: Source = Source::new("After the session", "001, 003");
pub const NO_ALCOHOL: Source = Source::new("From other public sources", "a ketamine clinic's discharge sheet");
pub const NO_DRIVING_NEXT_MORNING: Source = Source::new("From other public sources", "Spravato REMS patient guidance");

/// "The next morning": the hour on the day after the session from which the
/// next-morning rule counts the night as slept.
pub const NEXT_MORNING_HOUR: u32 = 8;

/// The timings and limits of one session. Defaults are typical values from
/// care-facts.md; a clinic's numbers replace them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CareTimes {
    /// Vitals, monitors, IV line: "about 20 min" (002).
    pub intake_minutes: u32,
    /// "40-60 min, most often 40" (000, 001, 002, 003).
    pub infusion_minutes: u32,
    /// Supervised recovery before release, "about 1-3 h" (003): shortest.
    pub recovery_min_minutes: u32,
    /// ...and longest. The session's end is taken at the latest release.
    pub recovery_max_minutes: u32,
    /// "No solid food 6 h before" (one clinic's rule, AMG Ketamine).
    pub fasting_food_hours: u32,
    /// "Clear liquids until 2 h before" (same clinic).
    pub fasting_liquids_hours: u32,
    /// "No driving ... usually a full 24 hours" (001, 003).
    pub no_driving_hours: u32,
    /// Instead of counting hours: no driving until the next morning, after a
    /// restful sleep (Spravato REMS patient guidance, care-facts "From other
    /// public sources"). Some clinics use this rule.
    #[serde(default)]
    pub no_driving_until_next_morning: bool,
    /// No alcohol or cannabis for this many hours after the session; 0 when
    /// the clinic sets no such rule. Typical 24 (a ketamine clinic's discharge
    /// sheet, care-facts "From other public sources").
    #[serde(default)]
    pub no_alcohol_hours: u32,
    /// No opioids or benzodiazepines for this many hours after. Only from a
    /// clinic's protocol: advice about prescribed medicines is the
    /// prescriber's (care-facts "The day before"), so the default is 0.
    #[serde(default)]
    pub no_sedatives_hours: u32,
}

impl Default for CareTimes {
    fn default() -> Self {
        CareTimes {
            intake_minutes: 20,
            infusion_minutes: 40,
            recovery_min_minutes: 60,
            recovery_max_minutes: 180,
            fasting_food_hours: 6,
            fasting_liquids_hours: 2,
            no_driving_hours: 24,
            no_driving_until_next_morning: false,
            no_alcohol_hours: 24,
            no_sedatives_hours: 0,
        }
    }
}

impl CareTimes {
    /// Checks the numbers make a possible session. A clinic's figures vary
    /// widely (chronic-pain infusions last hours), so the bounds only reject
    /// what cannot be meant.
    pub fn validate(&self) -> crate::basics::error::Result<()> {
        use crate::basics::error::Error;
        let in_range = |field: &'static str, value: u32, low: u32, high: u32, words: &str| {
            if value < low || value > high {
                Err(Error::invalid(
                    field,
                    format!("{words} must be between {low} and {high}; {value} was given."),
                ))
            } else {
                Ok(())
            }
        };
        in_range("intake_minutes", self.intake_minutes, 0, 240, "Intake minutes")?;
        in_range(
            "infusion_minutes",
            self.infusion_minutes,
            1,
            12 * 60,
            "The infusion's length in minutes (its end must come after its start)",
        )?;
        in_range(
            "recovery_min_minutes",
            self.recovery_min_minutes,
            0,
            12 * 60,
            "Shortest recovery minutes",
        )?;
        in_range(
            "recovery_max_minutes",
            self.recovery_max_minutes,
            0,
            12 * 60,
            "Longest recovery minutes",
        )?;
        if self.recovery_max_minutes < self.recovery_min_minutes {
            return Err(Error::invalid(
                "recovery_max_minutes",
                "The longest recovery cannot be shorter than the shortest.",
            ));
        }
        in_range(
            "fasting_food_hours",
            self.fasting_food_hours,
            0,
            24,
            "Hours without food",
        )?;
        in_range(
            "fasting_liquids_hours",
            self.fasting_liquids_hours,
            0,
            24,
            "Hours without drinks",
        )?;
        in_range(
            "no_driving_hours",
            self.no_driving_hours,
            1,
            96,
            "Hours without driving",
        )?;
        Ok(())
    }
}
