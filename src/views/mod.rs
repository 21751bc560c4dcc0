//! Views: what the screens, the ride card and the exports show.
pub mod course;
pub mod pdf;
pub mod recovery;
pub mod ride;
mod screens;
pub use screens::*;
