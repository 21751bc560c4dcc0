//! Care facts and domain types: the typical numbers and sentences from
//! shared/care-facts.md, each with its source, and the types every layer
//! above speaks in.
pub mod care;
pub mod check_in;
pub mod crisis;
pub mod effects;
pub mod model;
