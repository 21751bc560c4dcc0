//! Reminders: the pure decision of what fires when, the scheduler thread
//! that performs it, the desktop notifier, the check-in nudges, and the
//! plaintext reminder times a locked Steady fires from.
pub mod check_ins;
pub mod decide;
pub mod locked_schedule;
pub mod notifier;
pub mod scheduler;
pub mod wakeups;
