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

    /// One line for storage, the screens and the CLI, in the current
    /// language: "The day before · 002". Guide numbers stay as they are;
    /// section names and named sources are words from the catalogue.
    pub fn label(&self) -> String {
        crate::t!("source-label", section = self.section_words(), refs = self.refs_words())
    }

    /// The section's name in the current language; a heading the catalogue
    /// has no words for (none today: a unit test checks) as it is.
    fn section_words(&self) -> String {
        match self.section {
            "The session day (timeline)" => crate::t!("source-section-timeline"),
            "What real clinics ask" => crate::t!("source-section-real-clinics"),
            "From other public sources" => crate::t!("source-section-other-sources"),
            "The day before" => crate::t!("source-section-day-before"),
            "After the session" => crate::t!("source-section-after-session"),
            "Side effects and how long they usually last" => crate::t!("source-section-side-effects"),
            "Red flags after an infusion: when to call whom" => crate::t!("source-section-red-flags"),
            "The course of treatment" => crate::t!("source-section-course"),
            other => other.to_string(),
        }
    }

    /// The guides cited: numbers ("001, 003") as they are, named sources in
    /// words from the catalogue.
    fn refs_words(&self) -> String {
        match self.refs {
            "CIT, KetWell (arrival)" => crate::t!("source-refs-arrival"),
            "AMG Ketamine treatment-day page" => crate::t!("source-refs-amg"),
            "Spravato REMS patient guidance" => crate::t!("source-refs-spravato"),
            "a ketamine clinic's discharge sheet" => crate::t!("source-refs-discharge-sheet"),
            "the clinic's own instructions" => crate::t!("source-refs-clinic-own"),
            "Nervana Medical discharge sheet; 001, 002" => crate::t!("source-refs-nervana"),
            numbers => numbers.to_string(),
        }
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
/// "Booster sessions commonly follow every 3-6 weeks" (003).
pub const BOOSTER: Source = Source::new("The course of treatment", "003");
/// The usual after-effects and how long they last (001 unless noted).
pub const SIDE_EFFECTS: Source = Source::new("Side effects and how long they usually last", "001");
/// Headache and tiredness: "fatigue is typical" (000).
pub const SIDE_EFFECTS_000: Source = Source::new("Side effects and how long they usually last", "000");
/// Rules only a clinic sets (what to bring, the escort's age, someone
/// staying): the shapes in "What real clinics ask"; never a typical value.
pub const CLINIC_SHAPES: Source = Source::new("What real clinics ask", "the clinic's own instructions");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basics::i18n::{with_language, Messages};

    /// Every source's label is words from the catalogue: in the accented
    /// pseudo-language no plain English word is left, only guide numbers.
    #[test]
    fn every_source_label_comes_from_the_catalogue() {
        let all = [
            TIMELINE,
            ARRIVAL,
            FASTING,
            DAY_BEFORE,
            MEDICINES,
            DRIVER,
            RIDE_HOME,
            WHAT_TO_EXPECT,
            NO_DRIVING,
            NO_DRIVING_NEXT_MORNING,
            NO_DECISIONS,
            NO_ALCOHOL,
            REST,
            BOOSTER,
            SIDE_EFFECTS,
            SIDE_EFFECTS_000,
            CLINIC_SHAPES,
        ];
        with_language(&Messages::of("en-XA"), || {
            for source in all {
                let label = source.label();
                let plain = label.split(|c: char| !c.is_ascii_alphabetic()).find(|w| w.len() >= 3);
                assert_eq!(plain, None, "{label}");
            }
        });
        with_language(&Messages::english(), || {
            assert_eq!(RIDE_HOME.label(), "After the session · 000, 003");
            assert_eq!(SIDE_EFFECTS.label(), "Side effects · 001");
        });
    }
}
