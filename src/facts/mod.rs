//! Care facts and domain types.
pub mod care;
pub mod model;
