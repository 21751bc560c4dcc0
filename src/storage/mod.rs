//! Storage: the SQLite file, its schema, its key, backups and transfer.
pub mod backup;
pub mod lock;
pub mod store;
pub mod transfer;
