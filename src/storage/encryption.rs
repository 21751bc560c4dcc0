//! The data encrypted at rest, when the app lock is on.
//!
//! With the lock on, the database (and every backup) is a SQLCipher file:
//! each page is encrypted with a 256-bit key (see [`crate::storage::key`]),
//! so the file alone reads as random bytes. The salt, the Argon2 parameters
//! and the verifier sit in a small plaintext file, `lock.json`, beside the
//! data.
//!
//! Changing or removing the passphrase writes a complete re-encrypted copy
//! (`sqlcipher_export`), checks it, and only then swaps it in. Two files
//! change (the database and `lock.json`), so the swap is a small protocol
//! that a crash at any step leaves recoverable — see [`change_passphrase`]
//! and [`finish_interrupted_change`]. Keeping the reminder times a locked
//! Steady fires from in step is the caller's (`workflows::app_lock`): this
//! layer knows nothing of reminders.
//!
//! What this protects and what it does not is in the README ("The app lock").

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::basics::error::{Error, Result};
use crate::storage::key::{DbKey, KdfParams, LockFile};
use crate::storage::store::Store;

/// The plaintext file that says the lock is on, with what derives the key.
pub const LOCK_FILE: &str = "lock.json";

/// The next `lock.json` while a change of passphrase is under way.
const LOCK_NEXT: &str = "lock.json.next";

/// Suffix of a re-encrypted copy before it is swapped in.
const REKEY_SUFFIX: &str = ".rekey";

fn lock_path(data_dir: &Path) -> PathBuf {
    data_dir.join(LOCK_FILE)
}

/// The lock, when it is on. Finishes a change of passphrase a crash
/// interrupted first, so what is read is always one consistent state.
pub fn read_lock(data_dir: &Path) -> Result<Option<LockFile>> {
    finish_interrupted_change(data_dir)?;
    let path = lock_path(data_dir);
    match std::fs::read_to_string(&path) {
        Ok(text) => serde_json::from_str(&text).map(Some).map_err(|_| {
            Error::invalid(
                "lock",
                crate::t!("error-lock-file-damaged", file = path.display().to_string()),
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The key for the data in `data_dir`: `None` when the lock is off, an error
/// when it is on and `passphrase` is missing or wrong.
pub fn key_for(data_dir: &Path, passphrase: Option<&str>) -> Result<Option<DbKey>> {
    match (read_lock(data_dir)?, passphrase) {
        (None, _) => Ok(None),
        (Some(_), None) => Err(Error::Locked),
        (Some(lock), Some(passphrase)) => lock.unlock(passphrase).map(Some),
    }
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", path.display()))
}

fn sync_dir(dir: &Path) {
    // Makes renames durable on Unix; Windows has no directory handles to sync.
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    Ok(())
}

fn lock_json(lock: &LockFile) -> Result<Vec<u8>> {
    serde_json::to_vec_pretty(lock).map_err(|e| Error::Io(std::io::Error::other(e.to_string())))
}

/// What `lock.json.next` holds: the lock after the change (`None`: removed).
#[derive(Serialize, Deserialize)]
struct NextLock {
    lock: Option<LockFile>,
}

/// Completes or undoes a change of passphrase that a crash interrupted.
///
/// The change goes: (1) write `steady.sqlite3.rekey`, synced; (2) write
/// `lock.json.next`, synced; (3) rename the copy over the database; (4) put
/// `lock.json.next` in place of `lock.json` (or remove both when the lock
/// comes off). Each rename is atomic, so what is on disk says how far it got:
/// a `.rekey` file still there means (3) did not happen, and the old state is
/// whole — the copy and the next lock are dropped; no `.rekey` but a
/// `lock.json.next` means the new database is in place — (4) is finished.
pub fn finish_interrupted_change(data_dir: &Path) -> Result<()> {
    let db = crate::basics::paths::database_path_in(data_dir);
    let copy = sidecar(&db, REKEY_SUFFIX);
    let next = data_dir.join(LOCK_NEXT);
    if copy.exists() {
        std::fs::remove_file(&copy)?;
        if next.exists() {
            std::fs::remove_file(&next)?;
        }
        sync_dir(data_dir);
        return Ok(());
    }
    if next.exists() {
        let text = std::fs::read_to_string(&next)?;
        match serde_json::from_str::<NextLock>(&text) {
            Ok(NextLock { lock: Some(lock) }) => {
                // Written whole beside it, then renamed over: `lock.json` is
                // always either the old lock or the new one. Done again after
                // a crash here, since the record stays until the end.
                let staged = data_dir.join("lock.json.tmp");
                write_synced(&staged, &lock_json(&lock)?)?;
                std::fs::rename(&staged, lock_path(data_dir))?;
                sync_dir(data_dir);
                std::fs::remove_file(&next)?;
            }
            Ok(NextLock { lock: None }) => {
                if lock_path(data_dir).exists() {
                    std::fs::remove_file(lock_path(data_dir))?;
                }
                std::fs::remove_file(&next)?;
            }
            // Written and synced before the database moved, so it cannot be
            // partial; if it is anyway, leave everything for a person to see.
            Err(_) => {
                return Err(Error::invalid(
                    "lock",
                    crate::t!(
                        "error-passphrase-change-record-damaged",
                        file = next.display().to_string()
                    ),
                ))
            }
        }
        sync_dir(data_dir);
    }
    Ok(())
}

/// Writes a complete copy of the database `conn` has open to `target`, keyed
/// with `key` (plaintext when `None`), with the same schema version.
fn export_copy(conn: &Connection, target: &Path, key: Option<&DbKey>) -> Result<()> {
    if target.exists() {
        std::fs::remove_file(target)?;
    }
    let target_text = target
        .to_str()
        .ok_or_else(|| Error::invalid("lock", crate::t!("error-data-folder-path")))?;
    let key_sql = key
        .map(|k| k.sql_literal())
        .unwrap_or_else(|| Zeroizing::new("''".into()));
    conn.execute_batch(&format!(
        "ATTACH DATABASE '{}' AS rekeyed KEY {};",
        target_text.replace('\'', "''"),
        key_sql.as_str()
    ))?;
    let exported = (|| -> Result<()> {
        conn.query_row("SELECT sqlcipher_export('rekeyed')", [], |_| Ok(()))?;
        // sqlcipher_export copies tables, indexes and rows, not the header's
        // user_version, which is Steady's schema version.
        let version: i64 = conn.pragma_query_value(Some("main"), "user_version", |r| r.get(0))?;
        conn.pragma_update(Some("rekeyed"), "user_version", version)?;
        Ok(())
    })();
    conn.execute_batch("DETACH DATABASE rekeyed;")?;
    exported?;
    File::open(target)?.sync_all()?;
    Ok(())
}

/// Opens `path` with `key` and checks it is whole; returns its row counts.
fn verified_counts(path: &Path, key: Option<&DbKey>) -> Result<Vec<(String, i64)>> {
    let conn = Connection::open(path)?;
    if let Some(key) = key {
        key.apply(&conn)?;
    }
    let verdict: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if verdict != "ok" {
        return Err(Error::invalid(
            "database",
            crate::t!("error-integrity-check", reason = verdict),
        ));
    }
    row_counts(&conn)
}

fn row_counts(conn: &Connection) -> Result<Vec<(String, i64)>> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    tables
        .into_iter()
        .map(|t| {
            let n: i64 = conn.query_row(&format!("SELECT count(*) FROM main.\"{t}\""), [], |r| r.get(0))?;
            Ok((t, n))
        })
        .collect()
}

/// Turns the lock on, changes its passphrase, or (with `new` = `None`) turns
/// it off, re-encrypting the data and its backups. `store` is the open
/// database at `db_path`; it is reopened with the new key, which is returned
/// (`None`: the lock is off). The caller stops every other connection to
/// the file first (the scheduler's), and keeps the reminder times in step
/// (`workflows::app_lock`).
///
/// When the lock is on, `current` must be its passphrase: a person who finds
/// Steady open cannot change or remove the lock.
pub fn change_passphrase(
    store: &mut Store,
    db_path: &Path,
    current: Option<&str>,
    new: Option<&str>,
    params: KdfParams,
) -> Result<Option<DbKey>> {
    let data_dir = db_path.parent().unwrap_or(Path::new("."));
    let old_lock = read_lock(data_dir)?;
    let old_key = match (&old_lock, current) {
        (Some(lock), Some(current)) => Some(lock.unlock(current)?),
        (Some(_), None) => return Err(Error::WrongPassphrase),
        (None, _) => None,
    };
    if old_lock.is_none() && new.is_none() {
        return Err(Error::invalid("passphrase", crate::t!("error-no-passphrase-to-remove")));
    }
    let (new_lock, new_key) = match new {
        Some(passphrase) => {
            let (lock, key) = LockFile::create(passphrase, params)?;
            (Some(lock), Some(key))
        }
        None => (None, None),
    };

    // (1) The re-encrypted copy, complete and checked before anything moves.
    let copy = sidecar(db_path, REKEY_SUFFIX);
    let next = data_dir.join(LOCK_NEXT);
    let prepared = (|| -> Result<()> {
        export_copy(&store.conn, &copy, new_key.as_ref())?;
        if verified_counts(&copy, new_key.as_ref())? != row_counts(&store.conn)? {
            return Err(Error::invalid(
                "passphrase",
                crate::t!("error-reencrypted-copy-differs"),
            ));
        }
        // (2) The next lock.
        let text = serde_json::to_vec_pretty(&NextLock { lock: new_lock.clone() })
            .map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
        write_synced(&next, &text)?;
        sync_dir(data_dir);
        Ok(())
    })();
    if let Err(e) = prepared {
        let _ = std::fs::remove_file(&copy);
        let _ = std::fs::remove_file(&next);
        return Err(e);
    }

    // Close the old connection so its WAL is checkpointed into the file and
    // removed: a WAL left beside the new file would be replayed into it.
    let checkpoint: rusqlite::Result<(i64, i64, i64)> =
        store.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        });
    let busy = !matches!(checkpoint, Ok((0, _, _)));
    let old = std::mem::replace(store, Store::open_in_memory()?);
    drop(old);
    // The last connection to close removes the WAL and shared-memory files;
    // either one still there means another process (the app, or a `steady`
    // command) has the file open, and swapping it now would lose its writes.
    // A command that opens the file between this check and the rename below
    // (milliseconds) would still work on the old file: a known, accepted gap.
    let in_use = busy || sidecar(db_path, "-wal").exists() || sidecar(db_path, "-shm").exists();
    if in_use {
        let _ = std::fs::remove_file(&copy);
        let _ = std::fs::remove_file(&next);
        *store = Store::open_keyed(db_path, old_key.as_ref())?;
        return Err(Error::invalid("passphrase", crate::t!("error-data-in-use")));
    }
    // (3) and (4).
    std::fs::rename(&copy, db_path)?;
    sync_dir(data_dir);
    finish_interrupted_change(data_dir)?;
    *store = Store::open_keyed(db_path, new_key.as_ref())?;

    // The backups follow, one at a time (each a copy, then a rename). One
    // that fails keeps its old key; recovery skips what it cannot open.
    for backup in crate::storage::backup::list(&crate::storage::backup::backups_dir(db_path)) {
        if let Err(e) = rekey_file(&backup, old_key.as_ref(), new_key.as_ref()) {
            eprintln!("steady: the backup {} could not be re-encrypted: {e}", backup.display());
        }
    }
    Ok(new_key)
}

/// Re-encrypts one closed database file (a backup) from `old` to `new`.
fn rekey_file(path: &Path, old: Option<&DbKey>, new: Option<&DbKey>) -> Result<()> {
    let conn = Connection::open(path)?;
    if let Some(key) = old {
        key.apply(&conn)?;
    }
    let copy = sidecar(path, REKEY_SUFFIX);
    export_copy(&conn, &copy, new)?;
    drop(conn);
    std::fs::rename(&copy, path)?;
    Ok(())
}

/// Whether `path` starts like a plaintext SQLite file. An encrypted one
/// starts with its random salt instead.
pub fn looks_plaintext(path: &Path) -> Result<bool> {
    let mut header = [0u8; 16];
    let mut file = File::open(path)?;
    let n = std::io::Read::read(&mut file, &mut header)?;
    Ok(n == 16 && &header == b"SQLite format 3\0")
}
