//! The reminder scheduler: one thread that wakes when a reminder is due,
//! fires it, and sleeps again.
//!
//! It never trusts a sleeping timer to know the time. Each wake-up reads the
//! wall clock and asks [`reminders::decide`] what is due, so a suspended
//! laptop, a clock set forward or back, a DST change or a new time zone all
//! come out right. Sleeps are capped at [`MAX_SLEEP`]: monotonic timers stop
//! while the laptop is suspended, and the cap bounds how long after resume a
//! due reminder can wait. Between wake-ups the thread blocks on a channel,
//! so the app can nudge it after any change and it costs nothing while idle.
//!
//! A firing is first recorded in SQLite, then sent: a crash between the two
//! leaves the reminder marked shown but not delivered, and the app lists it in
//! its window; it is never sent twice.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::Arc;
use std::thread::JoinHandle;

use chrono::{DateTime, Utc};

use crate::basics::error::Result;
use crate::basics::locale::TimeStyle;
use crate::basics::time::Clock;
use crate::facts::model::ItemId;
use crate::reminders::decide::{self, Decision};
use crate::reminders::locked_schedule::LockedSchedule;
use crate::reminders::notifier::Notifier;
use crate::storage::key::DbKey;
use crate::storage::store::Store;

/// The longest the scheduler sleeps without reading the wall clock.
// Not a care number: the scheduler's safety-net wake-up.
pub const MAX_SLEEP: std::time::Duration = std::time::Duration::from_secs(60);

/// What one pass did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Pass {
    /// Fired reminders, and whether the desktop accepted each.
    pub fired: Vec<(ItemId, bool)>,
    pub missed: Vec<ItemId>,
    /// Check-in reminders sent (their titles).
    pub routines: Vec<String>,
    pub next_wake: Option<DateTime<Utc>>,
    /// Set when a notification could not be shown.
    pub notify_error: Option<String>,
}

/// Fires what is due at `now` and says when to look again.
pub fn run_due(store: &mut Store, notifier: &dyn Notifier, now: DateTime<Utc>) -> Result<Pass> {
    let all = store.reminders(now)?;
    let settings = store.reminder_settings()?;
    let plan = decide::decide(&all, &settings, now);
    let mut pass = Pass {
        next_wake: plan.next_wake,
        ..Pass::default()
    };
    for decision in &plan.decisions {
        if !store.record_reminder(decision, now)? {
            continue; // already fired by someone else
        }
        match *decision {
            Decision::Miss { item_id, .. } => pass.missed.push(item_id),
            Decision::Fire { item_id, late_by, .. } => {
                let Some(reminder) = all.iter().find(|r| r.item_id == item_id) else {
                    continue;
                };
                let text = decide::notice_text(reminder, late_by, store.time_style());
                // Once the server has failed in this pass, do not wait on it again.
                let delivered = pass.notify_error.is_none()
                    && match notifier.show(&text, Some(item_id)) {
                        Ok(()) => true,
                        Err(e) => {
                            pass.notify_error = Some(e.0);
                            false
                        }
                    };
                if delivered {
                    store.mark_reminder_delivered(item_id)?;
                }
                pass.fired.push((item_id, delivered));
            }
        }
    }
    // Check-in reminders: the same notifier, the same exactly-once rule.
    let (routines, routine_wake) = store.routine_reminders(now)?;
    if let Some(at) = routine_wake {
        pass.next_wake = Some(pass.next_wake.map_or(at, |next| next.min(at)));
    }
    let paused_until = settings.paused_until.filter(|until| *until > now);
    if let (Some(until), false) = (paused_until, routines.is_empty()) {
        // Due during a pause: look again when it ends.
        pass.next_wake = Some(pass.next_wake.map_or(until, |next| next.min(until)));
    }
    if paused_until.is_none() {
        for routine in routines {
            if !store.record_routine(&routine)? {
                continue;
            }
            let text = decide::NoticeText {
                title: routine.title.clone(),
                body: routine.body.clone(),
            };
            if pass.notify_error.is_none() {
                if let Err(e) = notifier.show(&text, None) {
                    pass.notify_error = Some(e.0);
                }
            }
            pass.routines.push(routine.title);
        }
    }
    Ok(pass)
}

/// What the scheduler tells the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchedulerEvent {
    /// Something changed: reminders fired or were missed. Refresh views.
    Changed(Pass),
    /// Notifications work (at start-up, or again after a failure).
    NotificationsOk,
    /// Notifications do not work; reminders show in the window.
    NotificationsOff(String),
    /// The first pass after starting is done: everything owed at start-up
    /// has fired (or been claimed elsewhere). Tests wait for this.
    FirstPassDone,
}

/// Wakes a [`Scheduler`] from another thread; a stopped one ignores it.
#[derive(Clone)]
pub struct Waker(mpsc::Sender<Message>);

impl Waker {
    pub fn wake(&self) {
        let _ = self.0.send(Message::Wake);
    }
}

enum Message {
    Wake,
    Stop,
}

pub struct Scheduler {
    tx: mpsc::Sender<Message>,
    thread: Option<JoinHandle<()>>,
}

// Not a care number: how often backups are taken.
const BACKUP_AT_START_UNLESS: chrono::Duration = chrono::Duration::hours(1);
// Not a care number: how often backups are taken.
const BACKUP_EVERY: chrono::Duration = chrono::Duration::hours(24);

/// What one wake-up of either loop did, for the shared bookkeeping.
#[derive(Default)]
struct Step {
    next_wake: Option<DateTime<Utc>>,
    notify_error: Option<String>,
    delivered_any: bool,
    changed: Option<Pass>,
}

impl Scheduler {
    /// Starts the scheduler thread on its own connection to the database.
    /// `key` is the app lock's, when it is on: then each pass also keeps the
    /// plaintext schedule of reminder times a locked Steady fires from
    /// (`locked_schedule.rs`).
    pub fn start(
        db_path: PathBuf,
        key: Option<DbKey>,
        notifier: Arc<dyn Notifier>,
        clock: Arc<dyn Clock>,
        style: TimeStyle,
        on_event: Arc<dyn Fn(SchedulerEvent) + Send + Sync>,
    ) -> Result<Scheduler> {
        let mut store = Store::open_keyed(&db_path, key.as_ref())?;
        store.set_time_style(style);
        let data_dir = db_path.parent().map(PathBuf::from).unwrap_or_default();
        let mut locked_schedule = match key {
            Some(_) => Some(LockedSchedule::open(&data_dir)?),
            None => {
                LockedSchedule::remove(&data_dir);
                None
            }
        };
        let backups = crate::storage::backup::backups_dir(&db_path);
        let mut first_pass = true;
        let step = move |notifier: &dyn Notifier, now: DateTime<Utc>| -> Step {
            let mut step = Step::default();
            // Firings a locked Steady made are handed over first, so they are
            // not fired again with their words.
            if let Some(schedule) = locked_schedule.as_mut() {
                match schedule.hand_over(&mut store) {
                    Ok(0) => {}
                    Ok(_) => step.changed = Some(Pass::default()),
                    Err(e) => eprintln!("steady: the locked reminder times could not be read: {e}"),
                }
            }
            match run_due(&mut store, notifier, now) {
                Ok(pass) => {
                    step.next_wake = pass.next_wake;
                    step.notify_error = pass.notify_error.clone();
                    step.delivered_any = pass.fired.iter().any(|(_, delivered)| *delivered);
                    if !pass.fired.is_empty() || !pass.missed.is_empty() || !pass.routines.is_empty() {
                        step.changed = Some(pass);
                    }
                }
                Err(e) => eprintln!("steady: reminders could not be checked: {e}"),
            }
            if let Some(schedule) = locked_schedule.as_mut() {
                if let Err(e) = schedule.write_owed(&store, now) {
                    eprintln!("steady: the locked reminder times could not be written: {e}");
                }
            }
            // Backups ride on the wake-ups the scheduler makes anyway: one
            // at start-up (unless one is under an hour old: reopening
            // Steady often should not rotate out older days), then daily.
            // Here, not before the window opens: a snapshot of years of
            // data is a write of the whole file.
            let every = if first_pass {
                BACKUP_AT_START_UNLESS
            } else {
                BACKUP_EVERY
            };
            first_pass = false;
            if let Err(e) = store.backup_if_due(&backups, every, now) {
                eprintln!("steady: the backup failed: {e}");
            }
            step
        };
        Scheduler::spawn(notifier, clock, on_event, step)
    }

    /// Starts the scheduler of a locked Steady: it reads only the plaintext
    /// reminder times in `data_dir` and fires them with neutral words.
    pub fn start_locked(
        data_dir: &Path,
        notifier: Arc<dyn Notifier>,
        clock: Arc<dyn Clock>,
        on_event: Arc<dyn Fn(SchedulerEvent) + Send + Sync>,
    ) -> Result<Scheduler> {
        let mut schedule = LockedSchedule::open(data_dir)?;
        let step = move |notifier: &dyn Notifier, now: DateTime<Utc>| -> Step {
            match schedule.run_due(notifier, now) {
                Ok(pass) => Step {
                    next_wake: pass.next_wake,
                    delivered_any: pass.fired > 0 && pass.notify_error.is_none(),
                    changed: (pass.fired + pass.missed > 0).then(Pass::default),
                    notify_error: pass.notify_error,
                },
                Err(e) => {
                    eprintln!("steady: the locked reminder times could not be read: {e}");
                    Step::default()
                }
            }
        };
        Scheduler::spawn(notifier, clock, on_event, step)
    }

    fn spawn(
        notifier: Arc<dyn Notifier>,
        clock: Arc<dyn Clock>,
        on_event: Arc<dyn Fn(SchedulerEvent) + Send + Sync>,
        mut step: impl FnMut(&dyn Notifier, DateTime<Utc>) -> Step + Send + 'static,
    ) -> Result<Scheduler> {
        let (tx, rx) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("steady-scheduler".into())
            .spawn(move || {
                let mut notifications_ok = match notifier.check() {
                    Ok(()) => {
                        on_event(SchedulerEvent::NotificationsOk);
                        true
                    }
                    Err(e) => {
                        on_event(SchedulerEvent::NotificationsOff(e.0));
                        false
                    }
                };
                let mut first = true;
                loop {
                    // One instant per pass: every decision of this pass, and
                    // the sleep after it, count from the same reading.
                    let now = clock.now();
                    let done = step(notifier.as_ref(), now);
                    match (&done.notify_error, notifications_ok) {
                        (Some(e), _) => {
                            notifications_ok = false;
                            on_event(SchedulerEvent::NotificationsOff(e.clone()));
                        }
                        (None, false) if done.delivered_any => {
                            notifications_ok = true;
                            on_event(SchedulerEvent::NotificationsOk);
                        }
                        _ => {}
                    }
                    if let Some(pass) = done.changed {
                        on_event(SchedulerEvent::Changed(pass));
                    }
                    if std::mem::take(&mut first) {
                        on_event(SchedulerEvent::FirstPassDone);
                    }
                    let wait = done
                        .next_wake
                        .map(|at| (at - now).to_std().unwrap_or_default())
                        .unwrap_or(MAX_SLEEP)
                        .min(MAX_SLEEP);
                    match rx.recv_timeout(wait) {
                        Ok(Message::Wake) | Err(RecvTimeoutError::Timeout) => {}
                        Ok(Message::Stop) | Err(RecvTimeoutError::Disconnected) => break,
                    }
                }
            })?;
        Ok(Scheduler {
            tx,
            thread: Some(thread),
        })
    }

    /// Look again now: something the reminders depend on changed.
    pub fn wake(&self) {
        let _ = self.tx.send(Message::Wake);
    }

    /// A handle another thread can wake this scheduler with (the laptop
    /// woke, the clock was set), without owning it.
    pub fn waker(&self) -> Waker {
        Waker(self.tx.clone())
    }

    /// Tells the thread to end after its current pass, without waiting.
    pub fn ask_to_stop(mut self) {
        let _ = self.tx.send(Message::Stop);
        self.thread.take();
    }

    /// Ends the thread and waits for it (its connection to the data closes).
    /// Never on the main thread: a pass may be waiting for it (the tray).
    pub fn stop(mut self) {
        let _ = self.tx.send(Message::Stop);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
