//! The plan: a session's rules turned into checklist items and times, as
//! pure functions of the session, its zone, its rules and the patient's
//! day; the quiet night; the clinic's protocol file; the dates of a series.
pub mod night;
pub mod problems;
pub mod protocol;
mod protocol_v1;
pub mod series;
pub mod sheet;
pub mod template;
