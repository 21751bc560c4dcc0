//! Turning the app lock on, changing its passphrase, or turning it off: the
//! data and its backups are re-encrypted (storage), and the reminder times a
//! locked Steady fires from are written, or removed with the lock
//! (reminders). Neither layer knows of the other; this is where they meet.

use std::path::Path;

use chrono::{DateTime, Utc};

use crate::basics::error::Result;
use crate::reminders::locked_schedule::LockedSchedule;
use crate::storage::encryption;
use crate::storage::key::{DbKey, KdfParams};
use crate::storage::store::Store;

/// Turns the lock on (`current` None), changes its passphrase, or (with
/// `new` = `None`) turns it off; see [`encryption::change_passphrase`]. Then
/// a locked start finds the reminder times even if no Steady ran unlocked
/// since (the lock set from the command line).
pub fn change_passphrase(
    store: &mut Store,
    db_path: &Path,
    current: Option<&str>,
    new: Option<&str>,
    params: KdfParams,
    now: DateTime<Utc>,
) -> Result<Option<DbKey>> {
    let new_key = encryption::change_passphrase(store, db_path, current, new, params)?;
    let data_dir = db_path.parent().unwrap_or(Path::new("."));
    match new_key {
        Some(_) => {
            if let Err(e) = LockedSchedule::open(data_dir).and_then(|mut times| times.sync(store, now)) {
                eprintln!("steady: the reminder times could not be written: {e}");
            }
        }
        None => LockedSchedule::remove(data_dir),
    }
    Ok(new_key)
}
