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

pub mod backup;
pub mod care;
pub mod cli;
pub mod course;
pub mod error;
pub mod lock;
pub mod locked_schedule;
pub mod model;
pub mod notifier;
pub mod paths;
pub mod pdf;
pub mod protocol;
pub mod recovery;
pub mod reminders;
pub mod ride;
pub mod scheduler;
pub mod store;
pub mod template;
pub mod time;
pub mod transfer;
pub mod views;

pub use error::{Error, ErrorCode, ErrorPayload, Result};
pub use store::Store;
