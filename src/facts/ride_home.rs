//! The way home, for the driver: what the patient may feel and how to help.
//! Each line restates shared/care-facts.md ("After the session" and "Side
//! effects and how long they usually last"; guides noted beside each). The
//! words are the catalogue's (`care.ftl`), in the current language: the
//! driver's, when their card is written.

use serde::Serialize;
use ts_rs::TS;

/// Something the patient may feel on the way home, and what the driver can do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct WayHome {
    pub feel: String,
    pub help: String,
}

/// What the patient may feel on the way home, in the current language.
pub fn on_the_way_home() -> Vec<WayHome> {
    vec![
        // "Grogginess or disorientation for several hours is common" (000, 002).
        WayHome {
            feel: crate::t!("way-home-groggy-feel"),
            help: crate::t!("way-home-groggy-help"),
        },
        // "you may be unsteady on your feet when you stand" (000, 002).
        WayHome {
            feel: crate::t!("way-home-unsteady-feel"),
            help: crate::t!("way-home-unsteady-help"),
        },
        // Nausea: "a few hours" (001; often treated with an anti-nausea drug, 002).
        WayHome {
            feel: crate::t!("way-home-sick-feel"),
            help: crate::t!("way-home-sick-help"),
        },
        // "fatigue is typical" (000); "Rest and drink plenty of fluids" (001);
        // "No important decisions until the effects wear off" (000).
        WayHome {
            feel: crate::t!("way-home-tired-feel"),
            help: crate::t!("way-home-tired-help"),
        },
    ]
}
