//! Workflows: one user action that spans layers, orchestrated here above
//! the layers it uses, so a lower one never reaches up. Changing the
//! passphrase re-encrypts the data (storage) and rewrites the reminder times
//! a locked Steady fires from (reminders).
pub mod app_lock;
