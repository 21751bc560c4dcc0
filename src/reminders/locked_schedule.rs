//! Reminders while Steady is locked.
//!
//! A locked Steady cannot read its encrypted data, yet the fasting and
//! medicine reminders must still come. So while the lock is on, the
//! scheduler keeps a second, plaintext file, `reminder-times.sqlite3`, that
//! holds only *when* reminders are owed: an opaque key per reminder ("item
//! 42", "check-in 2026-12-04") and a time. No titles, notes, names or
//! numbers. A locked Steady fires these with neutral words ("You have a
//! reminder"), records each firing in the same file — a claim in one SQLite
//! transaction, so each fires once even with two processes — and after the
//! passphrase is entered, [`LockedSchedule::sync`] hands those firings to the
//! encrypted data, where each shows in the window with its real words and
//! does not pop up again.
//!
//! The times themselves are the one thing this file tells a reader (that
//! something is planned at 19:00 on the 3rd); the threat model in the README
//! says so.

use std::path::Path;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use crate::basics::error::Result;
use crate::basics::time::system_zone;
use crate::basics::time::{from_db, to_db, to_db_ms};
use crate::facts::day::ClockTime;
use crate::plan::night;
use crate::reminders::decide::{Decision, NoticeText, ReminderSettings};
use crate::reminders::notifier::Notifier;
use crate::storage::store::Store;

pub const FILE: &str = "reminder-times.sqlite3";

/// How far ahead the check-in reminders are written: a locked Steady left
/// running longer than this misses later check-in nudges, never a plan item.
// Not a care number: how far ahead the locked schedule is written.
const CHECK_IN_DAYS_AHEAD: i64 = 14;

/// The words of a reminder while locked: nothing of the plan, in the
/// patient's language (its file is readable while locked).
pub fn neutral_notice() -> NoticeText {
    NoticeText {
        title: crate::t!("reminders-locked-title"),
        body: crate::t!("reminders-locked-body"),
    }
}

pub struct LockedSchedule {
    conn: Connection,
}

/// What one locked pass did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct LockedPass {
    pub fired: usize,
    pub missed: usize,
    pub next_wake: Option<DateTime<Utc>>,
    pub notify_error: Option<String>,
}

/// One owed reminder: its opaque key and when it fires.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Owed {
    pub key: String,
    pub fire_at: DateTime<Utc>,
}

impl LockedSchedule {
    pub fn open(data_dir: &Path) -> Result<LockedSchedule> {
        std::fs::create_dir_all(data_dir)?;
        let conn = Connection::open(data_dir.join(FILE))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        // Not a care number: how long a write waits for another process's.
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS owed (
                 key       TEXT PRIMARY KEY,
                 fire_at   TEXT NOT NULL,
                 -- Set when a locked Steady fired it; the row goes once handed over.
                 fired_at  TEXT,
                 outcome   TEXT CHECK (outcome IN ('shown', 'missed'))
             );
             CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);",
        )?;
        Ok(LockedSchedule { conn })
    }

    /// Removes the file: the lock is off, nothing needs it.
    pub fn remove(data_dir: &Path) {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(data_dir.join(format!("{FILE}{suffix}")));
        }
    }

    /// Brings the file and `store` into step: [`hand_over`](Self::hand_over)
    /// then [`write_owed`](Self::write_owed). Returns how many locked firings
    /// were handed over.
    pub fn sync(&mut self, store: &mut Store, now: DateTime<Utc>) -> Result<usize> {
        let handed = self.hand_over(store)?;
        self.write_owed(store, now)?;
        Ok(handed)
    }

    /// Hands what a locked Steady fired (or missed) to `store`, then drops
    /// those rows. Run when the data is open again, before any reminder
    /// pass, so none of them fires a second time with its words. Doing it
    /// twice after a crash changes nothing: each firing is claimed once.
    pub fn hand_over(&mut self, store: &mut Store) -> Result<usize> {
        let fired: Vec<(String, DateTime<Utc>, DateTime<Utc>, String)> = {
            let mut stmt = self
                .conn
                .prepare("SELECT key, fire_at, fired_at, outcome FROM owed WHERE fired_at IS NOT NULL")?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get(3)?,
                ))
            })?;
            rows.map(|row| {
                let (key, fire_at, fired_at, outcome) = row?;
                Ok((key, from_db(&fire_at)?, from_db(&fired_at)?, outcome))
            })
            .collect::<Result<_>>()?
        };
        for (key, fire_at, fired_at, outcome) in &fired {
            record_in_store(store, key, *fire_at, *fired_at, outcome == "missed")?;
            self.conn
                .execute("DELETE FROM owed WHERE key = ?1 AND fired_at IS NOT NULL", [key])?;
        }
        Ok(fired.len())
    }

    /// Writes the reminders owed from `now` on, and the settings that decide
    /// how late one may still pop up. Writes only when something changed, so
    /// an idle scheduler pass does not touch the disk.
    pub fn write_owed(&mut self, store: &Store, now: DateTime<Utc>) -> Result<()> {
        let owed = owed_from(store, now)?;
        let settings = store.reminder_settings()?;
        let settings_text = format!(
            "{}|{}|{}|{}",
            settings.stale_after_hours,
            settings.paused_until.map(to_db).unwrap_or_default(),
            settings.day.bedtime,
            settings.day.wake,
        );
        if self.settings_text()?.as_deref() == Some(&settings_text) && self.owed()? == owed {
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM owed WHERE fired_at IS NULL", [])?;
        for item in &owed {
            tx.execute(
                // A firing not yet handed over (its hand-over failed) stays.
                "INSERT INTO owed (key, fire_at) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING",
                params![item.key, to_db(item.fire_at)],
            )?;
        }
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('settings', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [&settings_text],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// "stale hours|paused until|bedtime|wake", as [`write_owed`](Self::write_owed) stored it.
    fn settings_text(&self) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'settings'", [], |r| r.get(0))
            .optional()?)
    }

    /// The reminders not yet fired, in time order.
    pub fn owed(&self) -> Result<Vec<Owed>> {
        let mut stmt = self
            .conn
            .prepare("SELECT key, fire_at FROM owed WHERE fired_at IS NULL ORDER BY fire_at, key")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        rows.map(|row| {
            let (key, at) = row?;
            Ok(Owed {
                key,
                fire_at: from_db(&at)?,
            })
        })
        .collect()
    }

    fn settings(&self) -> Result<ReminderSettings> {
        let text = self.settings_text()?;
        let mut settings = ReminderSettings::default();
        let parts: Vec<&str> = text.as_deref().unwrap_or_default().split('|').collect();
        if let Some(hours) = parts.first().and_then(|h| h.parse().ok()) {
            settings.stale_after_hours = hours;
        }
        settings.paused_until = parts.get(1).filter(|p| !p.is_empty()).and_then(|p| from_db(p).ok());
        // A file written before the night was kept keeps the default night.
        if let Some(bed) = parts.get(2).and_then(|t| ClockTime::parse("bedtime", t).ok()) {
            settings.day.bedtime = bed;
        }
        if let Some(wake) = parts.get(3).and_then(|t| ClockTime::parse("wake", t).ok()) {
            settings.day.wake = wake;
        }
        Ok(settings)
    }

    /// Run while locked: fires what is due at `now` with neutral words, by the
    /// same rules as the unlocked scheduler (too stale: missed; in the night
    /// or paused: later).
    pub fn run_due(&mut self, notifier: &dyn Notifier, now: DateTime<Utc>) -> Result<LockedPass> {
        let settings = self.settings()?;
        let stale_after = Duration::hours(i64::from(settings.stale_after_hours));
        let paused_until = settings.paused_until.filter(|until| *until > now);
        let mut pass = LockedPass::default();
        let wake = |at: DateTime<Utc>, pass: &mut LockedPass| {
            pass.next_wake = Some(pass.next_wake.map_or(at, |next| next.min(at)));
        };
        let mut to_show = 0;
        for owed in self.owed()? {
            if owed.fire_at > now {
                wake(owed.fire_at, &mut pass);
                continue;
            }
            let missed = now - owed.fire_at > stale_after;
            if !missed {
                // The owed times already avoid the night; a late one (the
                // laptop slept) waits for the morning, on this computer's clock.
                if let Some(morning) = night::quiet_until(&settings.day, owed.fire_at, now, system_zone()) {
                    wake(morning, &mut pass);
                    continue;
                }
                if let Some(until) = paused_until {
                    wake(until, &mut pass);
                    continue;
                }
            }
            // The claim: only the process whose update lands fires it.
            let claimed = self.conn.execute(
                "UPDATE owed SET fired_at = ?1, outcome = ?2 WHERE key = ?3 AND fired_at IS NULL",
                params![to_db_ms(now), if missed { "missed" } else { "shown" }, owed.key],
            )?;
            if claimed != 1 {
                continue;
            }
            if missed {
                pass.missed += 1;
            } else {
                to_show += 1;
                pass.fired += 1;
            }
        }
        // Several due at once (after a suspend) make one notification: the
        // words are the same, and a stack of identical pop-ups only alarms.
        if to_show > 0 {
            if let Err(e) = notifier.show(&neutral_notice(), None) {
                pass.notify_error = Some(e.0);
            }
        }
        Ok(pass)
    }
}

/// The reminders owed from `now` on, by opaque key.
fn owed_from(store: &Store, now: DateTime<Utc>) -> Result<Vec<Owed>> {
    let mut owed: Vec<Owed> = store
        .reminders(now)?
        .iter()
        .filter_map(|r| {
            r.fire_at().map(|fire_at| Owed {
                key: format!("item {}", r.item_id),
                fire_at,
            })
        })
        .collect();
    for (date, fire_at) in store.check_in_times(now, CHECK_IN_DAYS_AHEAD)? {
        owed.push(Owed {
            key: format!("check-in {date}"),
            fire_at,
        });
    }
    owed.sort();
    Ok(owed)
}

/// Records in the encrypted data that a locked Steady fired (or missed) the
/// reminder `key` owed at `fire_at`. It was not *delivered* with its words,
/// so the window lists it until the person has seen it.
fn record_in_store(
    store: &mut Store,
    key: &str,
    fire_at: DateTime<Utc>,
    fired_at: DateTime<Utc>,
    missed: bool,
) -> Result<()> {
    if let Some(id) = key.strip_prefix("item ").and_then(|id| id.parse().ok()) {
        let Ok(reminder) = store.reminder(id, fired_at) else {
            return Ok(()); // removed meanwhile
        };
        // Only the very firing it was owed for: a time changed since is owed anew.
        if reminder.fire_at() != Some(fire_at) {
            return Ok(());
        }
        let late_by = fired_at - fire_at;
        let decision = if missed {
            Decision::Miss {
                item_id: id,
                fire_at,
                late_by,
            }
        } else {
            Decision::Fire {
                item_id: id,
                fire_at,
                late_by,
            }
        };
        store.record_reminder(&decision, fired_at)?;
    } else if let Some(date) = key.strip_prefix("check-in ").and_then(|d| d.parse::<NaiveDate>().ok()) {
        store.record_check_in_reminder_sent(date)?;
    }
    Ok(())
}
