//! The [`Store`]: one connection to Steady's SQLite file, opened with the
//! settings every reader and writer relies on, and the checks user text goes
//! through before it is stored.
//!
//! The tables' reads and writes live beside this file, one module for each
//! thing stored (sessions, items, medicines, settings, check-ins, the
//! reminder log, protocol imports), all on the same `Store`. Each write runs
//! in one transaction, so a failure or a crash leaves the data as it was.

use std::path::Path;

use rusqlite::Connection;

use crate::basics::error::{Error, Result};
use crate::basics::locale::TimeStyle;
use crate::storage::key::DbKey;
use crate::storage::migrations::{migrate, SCHEMA_VERSION};

// Not a care number: the length limits of what people type.
pub(crate) const TITLE_MAX: usize = 120;

// Not a care number: a length limit.
pub(crate) const NOTE_MAX: usize = 2000;

// Not a care number: a length limit.
pub(crate) const NAME_MAX: usize = 80;

// Not a care number: a length limit.
pub(crate) const PHONE_MAX: usize = 40;

// Not a care number: a length limit.
pub(crate) const ADDRESS_MAX: usize = 200;

pub struct Store {
    pub(crate) conn: Connection,
    /// The app lock's key when the file is encrypted: scratch files made
    /// beside it (an import) are encrypted with it too.
    pub(crate) key: Option<DbKey>,
    /// How times are written in what this store's reader shows (the
    /// system's style, set by whoever opened it; not stored in the file).
    pub(crate) time_style: TimeStyle,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema
    /// up to date.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_keyed(path, None)
    }

    /// Opens the database at `path`, encrypted with `key` when the app lock is
    /// on (see `lock.rs`). A wrong key reads as "not a database".
    pub fn open_keyed(path: &Path, key: Option<&DbKey>) -> Result<Store> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let conn = Connection::open(path)?;
        if let Some(key) = key {
            key.apply(&conn)?;
        }
        Store::prepare(conn, key.cloned())
    }

    /// The system's time style, for notifications and documents written
    /// from this store (see `basics::locale`).
    pub fn set_time_style(&mut self, style: TimeStyle) {
        self.time_style = style;
    }

    pub fn time_style(&self) -> TimeStyle {
        self.time_style
    }

    pub fn open_in_memory() -> Result<Store> {
        Store::prepare(Connection::open_in_memory()?, None)
    }

    fn prepare(mut conn: Connection, key: Option<DbKey>) -> Result<Store> {
        // The window, the tray and the `steady` CLI may share the file and
        // open it at the same moment; set first, since every statement below
        // may have to wait for another's write. Not a care number: how long
        // a write waits for the other's.
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // Refuse a newer Steady's data before anything below writes to the
        // file (switching to WAL rewrites its header): it stays untouched.
        let found: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        if found > SCHEMA_VERSION {
            return Err(Error::NewerSchema {
                found,
                known: SCHEMA_VERSION,
            });
        }
        // WAL: readers never block the writer, and a crash mid-write leaves the
        // last committed state. synchronous=FULL syncs the WAL on every commit,
        // so a tick the user saw saved survives a power cut too; Steady writes
        // a few rows a day, so the cost is nothing a person notices.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        // macOS's fsync does not reach the disk platter; F_FULLFSYNC does.
        #[cfg(target_os = "macos")]
        conn.pragma_update(None, "fullfsync", "ON")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrate(&mut conn)?;
        Ok(Store {
            conn,
            key,
            time_style: TimeStyle::default(),
        })
    }

    /// Whether a write could be made now: takes the write lock and lets it
    /// go, changing nothing. Fails on a read-only folder or file.
    pub fn check_writable(&self) -> Result<()> {
        // SQLite opens a file it cannot write read-only without a word, and
        // then even takes the write lock; ask it directly first.
        if self.conn.is_readonly(rusqlite::MAIN_DB)? {
            let code = rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_READONLY);
            return Err(rusqlite::Error::SqliteFailure(code, None).into());
        }
        self.conn.execute_batch("BEGIN IMMEDIATE; ROLLBACK;")?;
        Ok(())
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
    }
}

/// Trims user text and checks its length in characters (an emoji is one).
/// Control characters other than line breaks and tabs are refused: they can't
/// be seen, and only a bad paste or a hostile file sends them.
/// The messages name the field by `field` ("title", "driver_phone"), each
/// field's sentence whole in the catalogue.
pub(crate) fn clean_required(field: &'static str, text: &str, max_chars: usize) -> Result<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::invalid(field, crate::t!("error-text-empty", field = field)));
    }
    let count = text.chars().count();
    if count > max_chars {
        return Err(Error::invalid(
            field,
            crate::t!("error-text-too-long", field = field, max = max_chars, count = count),
        ));
    }
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        return Err(Error::invalid(
            field,
            crate::t!("error-text-control-characters", field = field),
        ));
    }
    Ok(text.to_string())
}

pub(crate) fn clean_optional(field: &'static str, text: Option<&str>, max_chars: usize) -> Result<Option<String>> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(text) => clean_required(field, text, max_chars).map(Some),
    }
}
