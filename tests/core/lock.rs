//! The app lock: the file is unreadable without the key, a wrong passphrase
//! changes nothing, and setting, changing and removing the passphrase
//! re-encrypt the data and its backups, surviving a crash at any step.

use std::path::{Path, PathBuf};

use steady_core::facts::check_in::NewCheckIn;
use steady_core::storage::backup::{self, open_with_recovery};
use steady_core::storage::encryption::{self as lock, key_for, looks_plaintext};
use steady_core::storage::key::KdfParams;
use steady_core::workflows::app_lock::change_passphrase;
use steady_core::{Error, ErrorCode, Store};

use crate::{at, new_session};

const CHEAP: KdfParams = KdfParams::CHEAP_FOR_TESTS;

/// Sets, changes or removes the passphrase (cheap KDF, a fixed moment).
fn change(
    store: &mut Store,
    db: &Path,
    current: Option<&str>,
    new: Option<&str>,
) -> steady_core::Result<Option<steady_core::storage::key::DbKey>> {
    change_passphrase(store, db, current, new, CHEAP, at("2026-11-25T13:00:00Z"))
}

fn seeded(dir: &Path) -> (Store, PathBuf) {
    let db = steady_core::basics::paths::database_path_in(dir);
    let mut store = crate::durability::seeded(&db);
    store
        .add_check_in(
            &NewCheckIn {
                mood: 6,
                energy: 5,
                clarity: 7,
                anxiety: 3,
                self_harm_thoughts: false,
                note: Some("private words".into()),
            },
            at("2026-11-25T19:00:00Z"),
        )
        .unwrap();
    (store, db)
}

/// What a person with the file but not the key can read of it.
fn readable_without_key(path: &Path) -> bool {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))
        .is_ok()
}

fn contains_bytes(path: &Path, needle: &[u8]) -> bool {
    let bytes = std::fs::read(path).unwrap();
    bytes.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_locked_file_and_its_backups_cannot_be_read_without_the_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, db) = seeded(dir.path());
    store
        .backup_into(&backup::backups_dir(&db), at("2026-11-24T08:00:00Z"))
        .unwrap();
    assert!(contains_bytes(&db, b"private words") || readable_without_key(&db));

    change(&mut store, &db, None, Some("correct horse battery")).unwrap();
    // The open store carries on, on the encrypted file.
    assert_eq!(store.all_sessions().unwrap().len(), 1);
    store
        .backup_into(&backup::backups_dir(&db), at("2026-11-25T08:00:00Z"))
        .unwrap();
    drop(store);

    let backups = backup::list(&backup::backups_dir(&db));
    assert_eq!(backups.len(), 2, "the old backup was re-encrypted, a new one made");
    for file in std::iter::once(&db).chain(backups.iter()) {
        assert!(
            !looks_plaintext(file).unwrap(),
            "{} has a plaintext header",
            file.display()
        );
        assert!(!readable_without_key(file), "{} opens without a key", file.display());
        assert!(
            !contains_bytes(file, b"private words"),
            "{} leaks a note",
            file.display()
        );
        assert!(
            !contains_bytes(file, b"CREATE TABLE"),
            "{} leaks the schema",
            file.display()
        );
    }
    // lock.json holds no key material beyond salt and verifier.
    let lock_text = std::fs::read_to_string(dir.path().join(lock::LOCK_FILE)).unwrap();
    assert!(lock_text.contains("argon2id"), "{lock_text}");

    // With the passphrase, everything is there, in the data and the backups.
    let key = key_for(dir.path(), Some("correct horse battery"))
        .unwrap()
        .expect("the lock is on");
    let reopened = Store::open_keyed(&db, Some(&key)).unwrap();
    assert_eq!(reopened.all_sessions().unwrap().len(), 1);
    assert_eq!(reopened.trend(at("2026-11-26T08:00:00Z")).unwrap().check_ins.len(), 1);
    for file in &backups {
        let b = Store::open_keyed(file, Some(&key)).unwrap();
        assert_eq!(b.all_sessions().unwrap().len(), 1, "{}", file.display());
    }
}

#[test]
fn a_wrong_or_missing_passphrase_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, db) = seeded(dir.path());
    change(&mut store, &db, None, Some("correct horse battery")).unwrap();
    drop(store);
    let before = std::fs::read(&db).unwrap();

    assert!(matches!(key_for(dir.path(), None), Err(Error::Locked)));
    let wrong = key_for(dir.path(), Some("correct horse battery!")).unwrap_err();
    assert_eq!(wrong.code(), ErrorCode::WrongPassphrase);
    assert!(wrong.to_string().contains("does not match"));

    // A wrong passphrase is caught by the verifier, before recovery could
    // ever mistake the unreadable file for a damaged one.
    assert_eq!(std::fs::read(&db).unwrap(), before);
    assert!(!dir
        .path()
        .read_dir()
        .unwrap()
        .any(|e| e.unwrap().file_name().to_string_lossy().contains("damaged")));

    // The right key through recovery opens it as it is.
    let key = key_for(dir.path(), Some("correct horse battery")).unwrap();
    let (store, notice) = open_with_recovery(&db, key.as_ref(), at("2026-11-26T08:00:00Z")).unwrap();
    assert!(notice.is_none());
    assert_eq!(store.all_sessions().unwrap().len(), 1);
}

#[test]
fn changing_and_removing_the_passphrase_need_the_current_one() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, db) = seeded(dir.path());
    store
        .backup_into(&backup::backups_dir(&db), at("2026-11-24T08:00:00Z"))
        .unwrap();
    change(&mut store, &db, None, Some("first passphrase")).unwrap();

    // Too short: refused, nothing changed.
    let short = change(&mut store, &db, Some("first passphrase"), Some("short")).unwrap_err();
    assert_eq!(short.code(), ErrorCode::InvalidInput);
    // Without the current passphrase: refused.
    let err = change(&mut store, &db, Some("not it at all"), Some("second passphrase")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::WrongPassphrase);
    let err = change(&mut store, &db, None, None).unwrap_err();
    assert_eq!(err.code(), ErrorCode::WrongPassphrase);
    assert!(key_for(dir.path(), Some("first passphrase")).is_ok());

    change(&mut store, &db, Some("first passphrase"), Some("second passphrase")).unwrap();
    assert_eq!(
        key_for(dir.path(), Some("first passphrase")).unwrap_err().code(),
        ErrorCode::WrongPassphrase
    );
    let key = key_for(dir.path(), Some("second passphrase")).unwrap();
    assert!(key.is_some());
    assert_eq!(store.all_sessions().unwrap().len(), 1);
    for file in backup::list(&backup::backups_dir(&db)) {
        assert_eq!(
            Store::open_keyed(&file, key.as_ref())
                .unwrap()
                .all_sessions()
                .unwrap()
                .len(),
            1
        );
    }

    // Off again: a plain SQLite file, backups too, every row kept.
    change(&mut store, &db, Some("second passphrase"), None).unwrap();
    assert!(!dir.path().join(lock::LOCK_FILE).exists());
    assert!(key_for(dir.path(), None).unwrap().is_none());
    drop(store);
    assert!(looks_plaintext(&db).unwrap());
    let plain = Store::open(&db).unwrap();
    assert_eq!(plain.all_sessions().unwrap().len(), 1);
    assert_eq!(plain.trend(at("2026-11-26T08:00:00Z")).unwrap().check_ins.len(), 1);
    for file in backup::list(&backup::backups_dir(&db)) {
        assert!(looks_plaintext(&file).unwrap(), "{}", file.display());
    }
    // Removing a lock that is not there says so.
    let mut plain = plain;
    let err = change(&mut plain, &db, None, None).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
}

/// A crash can stop a change between any two of its steps; each state on
/// disk must open as either the old lock or the new one, with all the data.
#[test]
fn a_change_interrupted_at_any_step_leaves_one_consistent_state() {
    for step in ["copy written", "next lock written", "database swapped"] {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, db) = seeded(dir.path());
        change(&mut store, &db, None, Some("old passphrase")).unwrap();
        drop(store);
        // Make the full "after" state in a twin folder, then assemble the
        // half-way state from the two.
        let twin = tempfile::tempdir().unwrap();
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_file() {
                std::fs::copy(entry.path(), twin.path().join(entry.file_name())).unwrap();
            }
        }
        let twin_db = steady_core::basics::paths::database_path_in(twin.path());
        let key = key_for(twin.path(), Some("old passphrase")).unwrap();
        let mut twin_store = Store::open_keyed(&twin_db, key.as_ref()).unwrap();
        change(
            &mut twin_store,
            &twin_db,
            Some("old passphrase"),
            Some("new passphrase"),
        )
        .unwrap();
        drop(twin_store);
        let new_db = std::fs::read(&twin_db).unwrap();
        let new_lock = std::fs::read_to_string(twin.path().join(lock::LOCK_FILE)).unwrap();
        let next = format!("{{\"lock\": {new_lock}}}");

        let rekey = PathBuf::from(format!("{}.rekey", db.display()));
        let next_path = dir.path().join("lock.json.next");
        match step {
            "copy written" => std::fs::write(&rekey, &new_db).unwrap(),
            "next lock written" => {
                std::fs::write(&rekey, &new_db).unwrap();
                std::fs::write(&next_path, &next).unwrap();
            }
            _ => {
                std::fs::write(&db, &new_db).unwrap();
                std::fs::write(&next_path, &next).unwrap();
            }
        }
        let expect_new = step == "database swapped";
        let (right, wrong) = if expect_new {
            ("new passphrase", "old passphrase")
        } else {
            ("old passphrase", "new passphrase")
        };
        let key = key_for(dir.path(), Some(right)).unwrap_or_else(|e| panic!("{step}: {e}"));
        assert_eq!(
            key_for(dir.path(), Some(wrong)).unwrap_err().code(),
            ErrorCode::WrongPassphrase,
            "{step}"
        );
        let (store, notice) = open_with_recovery(&db, key.as_ref(), at("2026-11-26T08:00:00Z")).unwrap();
        assert!(notice.is_none(), "{step}: nothing was damaged");
        assert_eq!(store.all_sessions().unwrap().len(), 1, "{step}");
        assert!(!rekey.exists() && !next_path.exists(), "{step}: leftovers cleared");
    }
}

#[test]
fn a_damaged_locked_file_is_restored_from_its_encrypted_backup() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, db) = seeded(dir.path());
    change(&mut store, &db, None, Some("correct horse battery")).unwrap();
    store
        .backup_into(&backup::backups_dir(&db), at("2026-11-25T08:00:00Z"))
        .unwrap();
    drop(store);
    // Overwrite the middle of the file.
    let mut bytes = std::fs::read(&db).unwrap();
    let len = bytes.len();
    for b in &mut bytes[len / 4..len / 2] {
        *b = 0x5a;
    }
    std::fs::write(&db, bytes).unwrap();
    let key = key_for(dir.path(), Some("correct horse battery")).unwrap();
    let (store, notice) = open_with_recovery(&db, key.as_ref(), at("2026-11-26T08:00:00Z")).unwrap();
    let notice = notice.expect("recovery told the user");
    assert!(notice.restored_from.is_some(), "{notice:?}");
    assert_eq!(store.all_sessions().unwrap().len(), 1);
    drop(store);
    assert!(!looks_plaintext(&db).unwrap(), "the restored file is still encrypted");
}

// ---- reminders while locked ----

use steady_core::reminders::decide::ReminderState;
use steady_core::reminders::locked_schedule::{self, LockedSchedule};
use steady_core::reminders::notifier::RecordingNotifier;
use steady_core::reminders::scheduler::run_due;

#[test]
fn a_locked_steady_fires_neutral_reminders_once_and_hands_them_over() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, db) = seeded(dir.path());
    change(&mut store, &db, None, Some("correct horse battery")).unwrap();
    let session = store.all_sessions().unwrap().remove(0);
    let sleep = crate::item(&crate::session_items(&store, &session), "Go to bed in good time").id;
    let due = at("2026-12-02T21:30:00Z"); // bedtime, 22:30 Berlin

    // While unlocked, the scheduler keeps the reminder times.
    let mut schedule = LockedSchedule::open(dir.path()).unwrap();
    let evening = at("2026-12-02T18:00:00Z");
    let notifier = RecordingNotifier::default();
    run_due(&mut store, &notifier, evening).unwrap();
    schedule.sync(&mut store, evening).unwrap();
    let owed = schedule.owed().unwrap();
    assert!(
        owed.iter()
            .any(|o| o.key == format!("item {sleep}") && o.fire_at == due),
        "{owed:?}"
    );
    assert!(
        owed.iter().any(|o| o.key.starts_with("check-in ")),
        "check-ins too: {owed:?}"
    );
    drop(schedule);
    drop(store);

    // Nothing but times and opaque keys sits in plaintext.
    let file = dir.path().join(locked_schedule::FILE);
    for word in [&b"Go to bed"[..], b"Berlin", b"private", b"Clinic"] {
        assert!(!contains_bytes(&file, word), "{}", String::from_utf8_lossy(word));
    }

    // Locked: Steady restarts and cannot read the data; the reminder comes, neutral.
    let notifier = RecordingNotifier::default();
    let mut locked = LockedSchedule::open(dir.path()).unwrap();
    let early = locked.run_due(&notifier, due - chrono::Duration::seconds(1)).unwrap();
    assert_eq!(early.fired, 0);
    assert_eq!(early.next_wake, Some(due));
    let pass = locked.run_due(&notifier, due).unwrap();
    assert_eq!(pass.fired, 2, "bedtime: going to bed, and the night's fasting cutoff");
    let shown = notifier.shown.lock().unwrap().clone();
    assert_eq!(shown.len(), 1, "in one neutral notification");
    assert_eq!(shown[0].0.title, "You have a reminder");
    assert!(!shown[0].0.body.contains("bed"), "{:?}", shown[0].0);
    assert_eq!(
        shown[0].1, None,
        "no Done/Snooze: they would act on data it cannot read"
    );
    // Exactly once: a later pass, and a second process, find it claimed.
    assert_eq!(
        locked
            .run_due(&notifier, due + chrono::Duration::minutes(1))
            .unwrap()
            .fired,
        0
    );
    let mut other = LockedSchedule::open(dir.path()).unwrap();
    assert_eq!(
        other
            .run_due(&notifier, due + chrono::Duration::minutes(1))
            .unwrap()
            .fired,
        0
    );
    assert_eq!(notifier.shown.lock().unwrap().len(), 1);
    drop((locked, other));

    // Unlocked again: the firing is handed to the data and waits in the
    // window with its words; it does not pop up a second time.
    let key = key_for(dir.path(), Some("correct horse battery")).unwrap();
    let mut store = Store::open_keyed(&db, key.as_ref()).unwrap();
    let mut schedule = LockedSchedule::open(dir.path()).unwrap();
    let later = due + chrono::Duration::minutes(5);
    assert_eq!(schedule.sync(&mut store, later).unwrap(), 2);
    let reminder = store.reminder(sleep, later).unwrap();
    assert_eq!(reminder.state, ReminderState::Shown);
    assert!(!reminder.delivered, "listed in the window until seen");
    assert_eq!(reminder.fired_at, Some(due));
    let notifier = RecordingNotifier::default();
    let pass = run_due(&mut store, &notifier, later).unwrap();
    assert!(pass.fired.iter().all(|(id, _)| *id != sleep), "{pass:?}");
    assert!(!schedule
        .owed()
        .unwrap()
        .iter()
        .any(|o| o.key == format!("item {sleep}")));
}

#[test]
fn the_scheduler_keeps_reminder_times_only_while_the_lock_is_on() {
    use std::sync::Arc;
    use steady_core::basics::time::Clock;
    use steady_core::reminders::scheduler::Scheduler;
    struct Fixed(chrono::DateTime<chrono::Utc>);
    impl Clock for Fixed {
        fn now(&self) -> chrono::DateTime<chrono::Utc> {
            self.0
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let (mut store, db) = seeded(dir.path());
    let file = dir.path().join(locked_schedule::FILE);
    let start = |key: Option<steady_core::storage::key::DbKey>| {
        let (tx, rx) = std::sync::mpsc::channel();
        let tx = std::sync::Mutex::new(tx);
        let scheduler = Scheduler::start(
            db.clone(),
            key,
            Arc::new(RecordingNotifier::default()),
            Arc::new(Fixed(at("2026-12-01T08:00:00Z"))),
            Default::default(),
            Arc::new(move |_| {
                let _ = tx.lock().unwrap().send(());
            }),
        )
        .unwrap();
        rx.recv_timeout(std::time::Duration::from_secs(10)).unwrap();
        // One pass is done once the backup it ends with is on disk (the
        // reminder times are written before it).
        let backups = backup::backups_dir(&db);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while backup::list(&backups).is_empty() && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        scheduler.stop();
        for old in backup::list(&backups) {
            std::fs::remove_file(old).unwrap(); // so the next start's pass can be waited for
        }
    };
    change(&mut store, &db, None, Some("correct horse battery")).unwrap();
    drop(store);
    // The change of lock wrote the times; take them away, so only the
    // scheduler can bring them back.
    LockedSchedule::remove(dir.path());
    assert!(!file.exists());
    let key = key_for(dir.path(), Some("correct horse battery")).unwrap();
    start(key.clone());
    assert!(file.exists(), "lock on: the scheduler writes the times file");
    assert!(!LockedSchedule::open(dir.path()).unwrap().owed().unwrap().is_empty());

    let mut store = Store::open_keyed(&db, key.as_ref()).unwrap();
    change(&mut store, &db, Some("correct horse battery"), None).unwrap();
    drop(store);
    // A times file left behind (a crash after the lock came off): the
    // scheduler of an unlocked Steady must remove it.
    drop(LockedSchedule::open(dir.path()).unwrap());
    assert!(file.exists());
    start(None);
    assert!(!file.exists(), "lock off: the times file is gone");
}

#[test]
fn a_change_while_another_process_has_the_file_open_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, db) = seeded(dir.path());
    let other = Store::open(&db).unwrap(); // the app, or a `steady` command
    let err = change(&mut store, &db, None, Some("correct horse battery")).unwrap_err();
    assert!(err.to_string().contains("Another Steady is using the data"), "{err}");
    assert!(!dir.path().join(lock::LOCK_FILE).exists());
    assert_eq!(store.all_sessions().unwrap().len(), 1, "the store still works");
    assert_eq!(other.all_sessions().unwrap().len(), 1);
    drop(other);
    drop(store);
    assert!(looks_plaintext(&db).unwrap());
}

#[test]
fn export_and_import_work_on_locked_data_without_plaintext_scratch_files() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, db) = seeded(dir.path());
    change(&mut store, &db, None, Some("correct horse battery")).unwrap();
    let exported = store.export_data(at("2026-11-26T08:00:00Z")).unwrap();
    store
        .create_session(
            &new_session("2026-12-10T09:00", "Europe/Berlin"),
            at("2026-11-26T08:00:00Z"),
        )
        .unwrap();
    assert_eq!(store.all_sessions().unwrap().len(), 2);
    store
        .import_data(
            exported.as_bytes(),
            &backup::backups_dir(&db),
            at("2026-11-26T09:00:00Z"),
        )
        .unwrap();
    assert_eq!(store.all_sessions().unwrap().len(), 1, "the import replaced the data");
    for entry in walk(dir.path()) {
        if entry.extension().is_some_and(|e| e == "sqlite3") && !entry.ends_with(locked_schedule::FILE) {
            assert!(!looks_plaintext(&entry).unwrap(), "{} is plaintext", entry.display());
        }
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}
