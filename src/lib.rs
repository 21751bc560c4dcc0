//! Steady's core: everything the app knows, with no window attached.
//!
//! A [`Session`](model::Session) is one infusion appointment. From its start,
//! zone and care numbers ([`care::CareTimes`]) the default plan
//! ([`template`]) derives two checklists: the day before, anchored to the
//! start, and the session day, anchored to the end. [`store::Store`] keeps
//! them in SQLite; [`views`] assembles what the screens show for a given
//! `now`; [`cli`] is the headless `steady` command on the same data.
//!
//! The Tauri shell in `src-tauri/` only wires these to the window. Time is
//! always passed in (`now`), never read deep inside, so every rule is tested
//! at any date, across DST changes and in any zone.

pub mod basics;
pub mod cli;
pub mod facts;
pub mod plan;
pub mod reminders;
pub mod storage;
pub mod views;

// The paths these modules had before the layers (issue 18); the next commit
// moves every user to the new paths and drops these.
pub use basics::{error, paths, time};
pub use facts::{care, model};
pub use plan::{protocol, template};
pub use reminders::{locked_schedule, notifier, scheduler};
pub use storage::{backup, lock, store, transfer};
pub use views::{course, pdf, recovery, ride};

pub use error::{Error, ErrorCode, ErrorPayload, Result};
pub use store::Store;
