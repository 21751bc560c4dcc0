//! Steady's core: everything the app knows, with no window attached.
//!
//! The code is in layers, each a folder, and each layer uses only those
//! below it (ARCHITECTURE.md draws them; `make lint` enforces the order):
//!
//! - [`basics`]: the error type, wall-clock time, where the data lives;
//! - [`facts`]: care facts from shared/care-facts.md and the domain types;
//! - [`plan`]: a session's rules turned into checklist items and times;
//! - [`storage`]: SQLite, its key and backups, behind one [`Store`];
//! - [`reminders`]: what fires when, the scheduler, the notifier;
//! - [`workflows`]: user actions that span the layers above;
//! - [`views`]: what the screens and exported documents show;
//! - [`cli`]: the headless `steady` command on the same data.
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
pub mod workflows;

pub use basics::error::{Error, ErrorCode, ErrorPayload, Result};
pub use storage::store::Store;
