//! Backups and recovery of the data file.
//!
//! Backups are consistent snapshots made by SQLite itself (`VACUUM INTO`),
//! never a copy of the live file, at start-up and then daily; the newest
//! [`KEEP`] are kept in `backups/` beside the database.
//!
//! At start-up the database is checked (`PRAGMA integrity_check`). A damaged
//! file (truncated, overwritten, not SQLite at all) is moved aside, never
//! deleted or overwritten, and the newest backup that passes the same check
//! is restored; without one Steady starts empty. Either way the user is told
//! plainly what happened and what was kept. A database written by a newer
//! Steady is not damaged: it is refused and left exactly as it is.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use ts_rs::TS;

use crate::basics::error::{Error, Result};
use crate::storage::key::DbKey;
use crate::storage::store::Store;

// Not a care number: how many backups are kept.
pub const KEEP: usize = 7;
const PREFIX: &str = "steady-backup-";

pub fn backups_dir(db_path: &Path) -> PathBuf {
    db_path.parent().unwrap_or(Path::new(".")).join("backups")
}

/// Backups in `dir`, newest first.
pub fn list(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(".sqlite3"))
                })
                .collect()
        })
        .unwrap_or_default();
    // The names carry a sortable UTC time stamp.
    found.sort();
    found.reverse();
    found
}

fn stamp(now: DateTime<Utc>) -> String {
    now.format("%Y%m%dT%H%M%SZ").to_string()
}

fn stamp_of(path: &Path) -> Option<DateTime<Utc>> {
    let name = path.file_name()?.to_str()?;
    let text = name.strip_prefix(PREFIX)?.strip_suffix(".sqlite3")?;
    chrono::NaiveDateTime::parse_from_str(text, "%Y%m%dT%H%M%SZ")
        .ok()
        .map(|t| t.and_utc())
}

impl Store {
    /// Writes a consistent snapshot into `dir` and keeps only the newest [`KEEP`].
    pub fn backup_into(&self, dir: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
        std::fs::create_dir_all(dir)?;
        let path = dir.join(format!("{PREFIX}{}.sqlite3", stamp(now)));
        if path.exists() {
            return Ok(path); // one a second is plenty
        }
        let target = path
            .to_str()
            .ok_or_else(|| Error::invalid("backup", crate::t!("error-data-folder-path")))?;
        self.conn.execute("VACUUM INTO ?1", [target])?;
        for old in list(dir).into_iter().skip(KEEP) {
            let _ = std::fs::remove_file(old);
        }
        Ok(path)
    }

    /// Backs up when the newest backup is older than `every` (or there is none).
    pub fn backup_if_due(&self, dir: &Path, every: Duration, now: DateTime<Utc>) -> Result<Option<PathBuf>> {
        let newest = list(dir).first().and_then(|p| stamp_of(p));
        match newest {
            Some(at) if now - at < every => Ok(None),
            _ => self.backup_into(dir, now).map(Some),
        }
    }
}

/// What start-up found and did, for the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RecoveryNotice {
    pub message: String,
    /// Where the damaged file was moved.
    pub damaged_copy: String,
    /// The backup restored, if any.
    pub restored_from: Option<String>,
}

fn healthy(path: &Path, key: Option<&DbKey>) -> Result<Store> {
    let store = Store::open_keyed(path, key)?;
    let verdict: String = store.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if verdict != "ok" {
        return Err(Error::invalid(
            "database",
            crate::t!("error-integrity-check", reason = verdict),
        ));
    }
    Ok(store)
}

/// Only what says the file's contents are bad: SQLite's corrupt / not a
/// database, or a failed integrity check.
fn is_damage(e: &Error) -> bool {
    match e {
        Error::Invalid { field, .. } => *field == "database",
        Error::Storage(rusqlite::Error::SqliteFailure(failure, _)) => matches!(
            failure.code,
            rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase
        ),
        _ => false,
    }
}

/// Opens the database at `path`, recovering from damage as described above.
/// `key` is the app lock's (`None` when it is off); the caller has already
/// checked the passphrase against the lock's verifier, so a file the key
/// cannot read is damaged, not a typo.
pub fn open_with_recovery(
    path: &Path,
    key: Option<&DbKey>,
    now: DateTime<Utc>,
) -> Result<(Store, Option<RecoveryNotice>)> {
    if !path.exists() {
        return Ok((Store::open_keyed(path, key)?, None));
    }
    match healthy(path, key) {
        Ok(store) => return Ok((store, None)),
        Err(e) if is_damage(&e) => {}
        // A newer schema, a full disk, a read-only or unreadable folder: the
        // file is not damaged. Say so and touch nothing (moving a healthy
        // file aside because the disk was full would lose the user's data).
        Err(e) => return Err(e),
    }
    // Move the damaged file (and its WAL and shared-memory files) aside.
    let aside = path.with_extension(format!("damaged-{}.sqlite3", stamp(now)));
    std::fs::rename(path, &aside)?;
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", path.display()));
        if side.exists() {
            let _ = std::fs::rename(&side, PathBuf::from(format!("{}{suffix}", aside.display())));
        }
    }
    for backup in list(&backups_dir(path)) {
        // A backup the key cannot open (one a crash kept from re-encryption
        // after a change of passphrase) is skipped like a damaged one.
        if healthy(&backup, key).is_err() {
            continue;
        }
        std::fs::copy(&backup, path)?;
        let store = healthy(path, key)?;
        let when = stamp_of(&backup)
            .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default();
        let message = crate::t!("error-data-restored", when = when, file = aside.display().to_string());
        return Ok((
            store,
            Some(RecoveryNotice {
                message,
                damaged_copy: aside.display().to_string(),
                restored_from: Some(backup.display().to_string()),
            }),
        ));
    }
    let store = Store::open_keyed(path, key)?;
    let message = crate::t!("error-data-lost", file = aside.display().to_string());
    Ok((
        store,
        Some(RecoveryNotice {
            message,
            damaged_copy: aside.display().to_string(),
            restored_from: None,
        }),
    ))
}
