//! Storage: the SQLite file, its schema and migrations, every table's reads
//! and writes (behind one [`store::Store`]), the app lock's key and the
//! encrypted file, backups and recovery, and moving the data to another
//! computer. It knows nothing of reminders or the window.
pub mod backup;
pub mod check_ins;
pub mod clinic_rules;
pub mod encryption;
pub mod items;
pub mod key;
pub mod language;
pub mod medications;
pub mod migrations;
pub mod phone_events;
pub mod reminder_log;
pub mod rows;
pub mod sessions;
pub mod settings;
pub mod sheet_file;
pub mod store;
pub mod transfer;
