//! The plan: the clinic's rules turned into items, as pure functions of time.
pub mod protocol;
pub mod template;
