//! The plan: a session's rules turned into checklist items and times, as
//! pure functions of the session, its zone and its rules; the clinic's
//! protocol file; the dates of a series.
pub mod protocol;
pub mod series;
pub mod template;
