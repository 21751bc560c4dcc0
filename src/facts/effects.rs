//! The usual after-effects and how long each usually lasts, and when to call
//! the clinic.
//!
//! Durations come from shared/care-facts.md ("Side effects and how long they
//! usually last", guide 001 unless noted). Where the guide says "a few hours"
//! Steady reads 4 hours, and "several hours" 6 hours, so "usually eases by"
//! can show a time; both readings are marked typical on screen.

use serde::Serialize;
use ts_rs::TS;

/// A usual after-effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Effect {
    pub key: &'static str,
    pub name: &'static str,
    /// How long it usually lasts, in the guide's words.
    pub usually: &'static str,
    /// The upper end of that, in minutes after the end of the infusion.
    pub usual_minutes: u32,
    pub source: &'static str,
    /// Rare, and lasting longer (a day or two).
    pub rare: bool,
}

pub const EFFECTS: &[Effect] = &[
    Effect {
        key: "dizziness",
        name: "Dizziness or disorientation",
        usually: "1–2 hours",
        // care-facts: "dizziness, disorientation | 1-2 h after the infusion"
        usual_minutes: 120,
        source: "Side effects · 001",
        rare: false,
    },
    Effect {
        key: "dissociation",
        name: "Feeling detached, things look or sound different",
        usually: "1–2 hours",
        // care-facts: "dissociation, altered perception | 1-2 h"
        usual_minutes: 120,
        source: "Side effects · 001",
        rare: false,
    },
    Effect {
        key: "blood_pressure",
        name: "Racing heart or raised blood pressure",
        usually: "30–60 minutes",
        // care-facts: "raised blood pressure and heart rate | 30-60 min"
        usual_minutes: 60,
        source: "Side effects · 001",
        rare: false,
    },
    Effect {
        key: "nausea",
        name: "Nausea",
        usually: "a few hours",
        // Steady's reading of care-facts: "nausea (often treated with an
        // anti-nausea drug, 002) | a few hours" as 4 hours.
        usual_minutes: 240,
        source: "Side effects · 001",
        rare: false,
    },
    Effect {
        key: "headache_fatigue",
        name: "Headache or tiredness",
        usually: "a few hours",
        // Steady's reading of care-facts: "headache, fatigue (000) | a few
        // hours" as 4 hours.
        usual_minutes: 240,
        source: "Side effects · 000",
        rare: false,
    },
    Effect {
        key: "grogginess",
        name: "Groggy, unsteady when standing",
        usually: "several hours",
        // Steady's reading of care-facts: "Grogginess or disorientation for
        // several hours is common" as 6 hours.
        usual_minutes: 360,
        source: "After the session · 000, 002",
        rare: false,
    },
    Effect {
        key: "mood_swings",
        name: "Mild headache or mood swings (rare)",
        usually: "a day or two",
        // Steady's reading of care-facts: "rare: mild headache, mood swings |
        // a day or two" as 2 days.
        usual_minutes: 48 * 60,
        source: "Side effects · 001",
        rare: true,
    },
];

pub fn effect(key: &str) -> Option<&'static Effect> {
    EFFECTS.iter().find(|e| e.key == key)
}

/// Groggy mode runs from the infusion's start until this long after the
/// session's end. Steady's reading of care-facts: "Grogginess or
/// disorientation for several hours is common" (000, 002) as 6 hours.
pub const GROGGY_HOURS_AFTER_END: i64 = 6;

/// A usual after-effect and how long it typically lasts (care-facts, "Side
/// effects and how long they usually last", guide 001 unless noted).
pub const TYPICAL_EFFECTS: &[(&str, &str)] = &[
    (
        "Dizziness, feeling disoriented",
        "usually gone 1-2 hours after the infusion",
    ),
    (
        "Feeling detached or perceiving things differently",
        "usually gone within 1-2 hours",
    ),
    ("Nausea", "usually gone within a few hours"),
    (
        "Raised blood pressure and heart rate",
        "usually settle within 30-60 minutes",
    ),
    ("Headache, tiredness", "usually gone within a few hours"),
    // 000, 002 (care-facts "After the session").
    (
        "Grogginess, unsteady on the feet when standing",
        "common for several hours",
    ),
];

/// When to call (care-facts: durations table 001; "rare but serious" 002;
/// crisis line from "From other public sources").
pub const CALL_THE_CLINIC: &[&str] = &[
    "An effect lasts much longer than the usual times above.",
    "Signs of mania or worsening psychosis: rare, but serious.",
    "Anything else that worries you: follow the clinic's advice on side effects.",
];
