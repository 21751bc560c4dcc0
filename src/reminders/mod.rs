//! Reminders: the decision, the scheduler thread, the notifier, the locked times.
mod decide;
pub mod locked_schedule;
pub mod notifier;
pub mod scheduler;
pub use decide::*;
