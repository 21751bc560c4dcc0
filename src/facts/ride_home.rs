//! The way home, for the driver: what the patient may feel and how to help.
//! Each line restates shared/care-facts.md ("After the session" and "Side
//! effects and how long they usually last"; guides noted beside each).

use serde::Serialize;
use ts_rs::TS;

/// Something the patient may feel on the way home, and what the driver can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct WayHome {
    pub feel: &'static str,
    pub help: &'static str,
}

pub const ON_THE_WAY_HOME: &[WayHome] = &[
    // "Grogginess or disorientation for several hours is common" (000, 002).
    WayHome {
        feel: "Groggy or confused, for several hours",
        help: "Stay close, speak calmly and keep plans simple.",
    },
    // "you may be unsteady on your feet when you stand" (000, 002).
    WayHome {
        feel: "Unsteady on their feet when they stand",
        help: "Give them your arm from the chair to the car and into the house.",
    },
    // Nausea: "a few hours" (001; often treated with an anti-nausea drug, 002).
    WayHome {
        feel: "Sick to the stomach, usually for a few hours",
        help: "Drive gently, and stop if they ask.",
    },
    // "fatigue is typical" (000); "Rest and drink plenty of fluids" (001);
    // "No important decisions until the effects wear off" (000).
    WayHome {
        feel: "Tired",
        help: "At home: rest, plenty to drink, and no big decisions today.",
    },
];
