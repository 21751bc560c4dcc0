//! The usual after-effects and how long each usually lasts.
//!
//! Durations come from shared/care-facts.md ("Side effects and how long they
//! usually last", guide 001 unless noted). Where the guide says "a few hours"
//! Steady reads 4 hours, and "several hours" 6 hours, so "usually eases by"
//! can show a time; both readings are marked typical on screen. The words
//! are the catalogue's (`care.ftl`).

use serde::Serialize;
use ts_rs::TS;

use crate::facts::care::{self, Source};

/// A usual after-effect, in the current language's words, as the Recovery
/// screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Effect {
    pub key: &'static str,
    pub name: String,
    /// How long it usually lasts, in the guide's words.
    pub usually: String,
    /// The upper end of that, in minutes after the end of the infusion.
    pub usual_minutes: u32,
    /// Where it comes from in care-facts: "Side effects · 001".
    pub source: String,
    /// Rare, and lasting longer (a day or two).
    pub rare: bool,
}

/// A usual after-effect as care-facts has it: its numbers and its source;
/// its words are the catalogue's ([`UsualEffect::words`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UsualEffect {
    pub key: &'static str,
    /// The upper end of how long it usually lasts, in minutes after the end
    /// of the infusion.
    pub usual_minutes: u32,
    pub source: Source,
    pub rare: bool,
}

pub const EFFECTS: &[UsualEffect] = &[
    UsualEffect {
        key: "dizziness",
        // care-facts: "dizziness, disorientation | 1-2 h after the infusion"
        usual_minutes: 120,
        source: care::SIDE_EFFECTS,
        rare: false,
    },
    UsualEffect {
        key: "dissociation",
        // care-facts: "dissociation, altered perception | 1-2 h"
        usual_minutes: 120,
        source: care::SIDE_EFFECTS,
        rare: false,
    },
    UsualEffect {
        key: "blood_pressure",
        // care-facts: "raised blood pressure and heart rate | 30-60 min"
        usual_minutes: 60,
        source: care::SIDE_EFFECTS,
        rare: false,
    },
    UsualEffect {
        key: "nausea",
        // Steady's reading of care-facts: "nausea (often treated with an
        // anti-nausea drug, 002) | a few hours" as 4 hours.
        usual_minutes: 240,
        source: care::SIDE_EFFECTS,
        rare: false,
    },
    UsualEffect {
        key: "headache_fatigue",
        // Steady's reading of care-facts: "headache, fatigue (000) | a few
        // hours" as 4 hours.
        usual_minutes: 240,
        source: care::SIDE_EFFECTS_000,
        rare: false,
    },
    UsualEffect {
        key: "grogginess",
        // Steady's reading of care-facts: "Grogginess or disorientation for
        // several hours is common" as 6 hours.
        usual_minutes: 360,
        source: care::WHAT_TO_EXPECT,
        rare: false,
    },
    UsualEffect {
        key: "mood_swings",
        // Steady's reading of care-facts: "rare: mild headache, mood swings |
        // a day or two" as 2 days.
        usual_minutes: 48 * 60,
        source: care::SIDE_EFFECTS,
        rare: true,
    },
];

impl UsualEffect {
    /// The effect in the current language's words.
    pub fn words(&self) -> Effect {
        let (name, usually) = match self.key {
            "dizziness" => (
                crate::t!("effect-dizziness"),
                crate::t!("effect-usually-one-to-two-hours"),
            ),
            "dissociation" => (
                crate::t!("effect-dissociation"),
                crate::t!("effect-usually-one-to-two-hours"),
            ),
            "blood_pressure" => (
                crate::t!("effect-blood-pressure"),
                crate::t!("effect-usually-half-to-one-hour"),
            ),
            "nausea" => (crate::t!("effect-nausea"), crate::t!("effect-usually-few-hours")),
            "headache_fatigue" => (
                crate::t!("effect-headache-tiredness"),
                crate::t!("effect-usually-few-hours"),
            ),
            "grogginess" => (
                crate::t!("effect-grogginess"),
                crate::t!("effect-usually-several-hours"),
            ),
            "mood_swings" => (crate::t!("effect-mood-swings"), crate::t!("effect-usually-day-or-two")),
            other => (other.replace('_', " "), String::new()),
        };
        Effect {
            key: self.key,
            name,
            usually,
            usual_minutes: self.usual_minutes,
            source: self.source.label(),
            rare: self.rare,
        }
    }
}

pub fn effect(key: &str) -> Option<&'static UsualEffect> {
    EFFECTS.iter().find(|e| e.key == key)
}

/// Groggy mode runs from the infusion's start until this long after the
/// session's end. Steady's reading of care-facts: "Grogginess or
/// disorientation for several hours is common" (000, 002) as 6 hours.
pub const GROGGY_HOURS_AFTER_END: i64 = 6;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basics::i18n::{with_language, Messages};

    #[test]
    fn every_effect_has_its_words() {
        with_language(&Messages::of("en-XA"), || {
            for effect in EFFECTS {
                let words = effect.words();
                for text in [&words.name, &words.usually, &words.source] {
                    assert!(
                        !text.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w.len() >= 3),
                        "{}: {text}",
                        effect.key
                    );
                }
            }
        });
        with_language(&Messages::english(), || {
            let words = EFFECTS[0].words();
            assert_eq!(
                (words.name.as_str(), words.usually.as_str(), words.source.as_str()),
                ("Dizziness or disorientation", "1–2 hours", "Side effects · 001")
            );
        });
    }
}
