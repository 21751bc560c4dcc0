//! The ground floor: the one error type, wall-clock time, and where the data lives.
pub mod error;
pub mod i18n;
pub mod locale;
pub mod paths;
pub mod time;
