//! Care facts and domain types: the typical numbers and sentences from
//! shared/care-facts.md, each with its source, and the types every layer
//! above speaks in: a session and its items, the clinic's rules, the
//! patient's day.
pub mod care;
pub mod check_in;
pub mod checklist;
pub mod countries;
pub mod crisis;
pub mod day;
pub mod effects;
pub mod model;
pub mod red_flags;
pub mod ride_home;
pub mod rules;
pub mod rules_check;
pub mod rules_words;
