//! Where each care default comes from: pointers into
//! `shared/care-facts.md`, one per fact the plan states.
//!
//! Every typical number (in [`crate::facts::rules`]) and every care sentence
//! on an item (in `plan::template`) names one of these. They are typical
//! values: a clinic's own instructions always win, and every one of them is
//! editable.

use serde::Serialize;
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

/// "intake: vitals, monitors, IV line — about 20 min; infusion 40-60 min;
/// supervised recovery before release about 1-3 h".
pub const TIMELINE: Source = Source::new("The session day (timeline)", "000, 001, 002, 003");
/// "arrive 10 minutes prior" (CIT), "arrive 15 minutes before" (KetWell).
pub const ARRIVAL: Source = Source::new("What real clinics ask", "CIT, KetWell (arrival)");
/// "no solid food 6 h before; clear liquids until 2 h before".
pub const FASTING: Source = Source::new("From other public sources", "AMG Ketamine treatment-day page");
/// "Sleep well the night before"; "avoid stress and confrontations".
pub const DAY_BEFORE: Source = Source::new("The day before", "002");
/// "Medications: some ... need a wash-out period ... Only the prescriber decides."
pub const MEDICINES: Source = Source::new("The day before", "002");
/// "Arrange a designated adult to drive you home."
pub const DRIVER: Source = Source::new("The day before", "003, 000");
/// "Someone else drives you home."
pub const RIDE_HOME: Source = Source::new("After the session", "000, 003");
/// "Grogginess or disorientation for several hours is common ... unsteady."
pub const WHAT_TO_EXPECT: Source = Source::new("After the session", "000, 002");
/// "No driving or operating machinery ... usually a full 24 hours."
pub const NO_DRIVING: Source = Source::new("After the session", "001, 003");
/// "Not until the next day, after a restful sleep."
pub const NO_DRIVING_NEXT_MORNING: Source = Source::new("From other public sources", "Spravato REMS patient guidance");
/// "No important decisions until the effects wear off."
pub const NO_DECISIONS: Source = Source::new("After the session", "000");
/// "no alcohol or cannabis 24 h; no opioids or benzodiazepines 4 h".
pub const NO_ALCOHOL: Source = Source::new("From other public sources", "a ketamine clinic's discharge sheet");
/// "Rest and drink plenty of fluids."
pub const REST: Source = Source::new("After the session", "001");
/// Rules only a clinic sets (what to bring, the escort's age, someone
/// staying): the shapes in "What real clinics ask"; never a typical value.
pub const CLINIC_SHAPES: Source = Source::new("What real clinics ask", "the clinic's own instructions");
