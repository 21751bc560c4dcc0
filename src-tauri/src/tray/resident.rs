//! The resident: what keeps running while no window is open. It reminds
//! (the scheduler and the notifier), shows the tray, wakes on resume and
//! clock changes, and starts the window process when one is asked for. It
//! never loads WebKit or GTK: that is the window's, which ends when closed.

use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use steady_core::basics::locale::SystemLocale;
use steady_core::basics::paths;
use steady_core::basics::time::{Clock, SystemClock};
use steady_core::reminders::notifier::{DesktopNotifier, NoticeAction, Notifier, NO_ITEM};
use steady_core::reminders::scheduler::{Scheduler, SchedulerEvent, Waker};
use steady_core::storage::encryption;
use steady_core::storage::key::DbKey;
use steady_core::views::status::NotificationHealth;
use steady_core::Store;

use crate::link::{send_on, Link, ToResident, ToWindow};
use crate::sni::{self, TrayHandle};

// Not a care number: how long a started window has to say it is there
// before a new request starts another.
const WINDOW_START_GRACE: Duration = Duration::from_secs(20);
// Not a care number: how long a window has to say it heard SHOW before it
// counts as frozen and a new one is started.
const SHOW_ACK_WITHIN: Duration = Duration::from_secs(2);

struct Inner {
    lock_on: bool,
    key: Option<DbKey>,
    /// The data, open for the tray and the notifications' Done and Snooze;
    /// None while locked, or while the window re-encrypts it.
    store: Option<Store>,
    scheduler: Option<Scheduler>,
    waker: Option<Waker>,
    /// The window's line, while a window is up, and which connection it is.
    window: Option<UnixStream>,
    window_id: u64,
    /// Waits for the window to say it heard SHOW.
    show_ack: Option<std::sync::mpsc::Sender<()>>,
    /// A window was started and has not said it is there yet.
    window_starting: Option<Instant>,
    /// The screen asked for before the window was up.
    pending_screen: Option<String>,
    health: NotificationHealth,
    paused: bool,
}

pub struct Resident {
    inner: Mutex<Inner>,
    clock: Arc<dyn Clock>,
    locale: SystemLocale,
    notifier: Mutex<Option<Arc<dyn Notifier>>>,
    tray: Mutex<Option<TrayHandle>>,
    data_dir: PathBuf,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Runs the resident until "Quit"; with `open_window`, a window too.
pub fn run(open_window: bool) -> i32 {
    let Some(socket) = crate::link::socket_path() else {
        eprintln!("steady-tray: no data folder");
        return 1;
    };
    // One resident a data folder: if one answers, this start only asks it
    // for the window (when one was wanted) and ends.
    if let Ok(mut link) = Link::connect() {
        if open_window {
            let _ = link.send(&ToResident::Open(None).line());
            let _ = link.receive();
        }
        return 0;
    }
    let _ = std::fs::remove_file(&socket); // a socket no one answers is stale
    let listener = match UnixListener::bind(&socket) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("steady-tray: cannot listen at {}: {e}", socket.display());
            return 1;
        }
    };
    let _ = std::fs::set_permissions(&socket, std::os::unix::fs::PermissionsExt::from_mode(0o600));
    let Ok(data_dir) = paths::data_dir() else {
        return 1;
    };
    let locale = SystemLocale::detect();
    steady_core::basics::i18n::set_language(steady_core::storage::language::patient_language(&data_dir, |key| {
        std::env::var(key).ok()
    }));
    let resident = Arc::new(Resident {
        inner: Mutex::new(Inner {
            lock_on: false,
            key: None,
            store: None,
            scheduler: None,
            waker: None,
            window: None,
            window_id: 0,
            show_ack: None,
            window_starting: None,
            pending_screen: None,
            health: NotificationHealth {
                ok: true,
                message: None,
            },
            paused: false,
        }),
        clock: Arc::new(SystemClock),
        locale,
        notifier: Mutex::new(None),
        tray: Mutex::new(None),
        data_dir,
    });
    eprintln!(
        "steady-tray: resident for {} (pid {})",
        resident.data_dir.display(),
        std::process::id()
    );
    // The data, the reminders and the tray start beside the line to the
    // window, not before it: a window that started this resident waits for
    // its answer before GTK starts, and the answer needs none of them.
    let r = Arc::clone(&resident);
    let spawned = std::thread::Builder::new()
        .name("steady-start".into())
        .spawn(move || start_up(&r, open_window));
    if spawned.is_err() {
        start_up(&resident, open_window); // no thread to spare: before listening, as it was
    }
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let r = Arc::clone(&resident);
        let _ = std::thread::Builder::new()
            .name("steady-link".into())
            .spawn(move || r.serve(stream));
    }
    0
}

/// The data, the scheduler, the wake-up signals and the tray icon.
fn start_up(resident: &Arc<Resident>, open_window: bool) {
    resident.open_data();
    resident.start_scheduler();
    {
        let r = Arc::clone(resident);
        steady_core::reminders::wakeups::watch(move |why| {
            eprintln!("steady-tray: {why}: looking at the reminders again");
            r.wake();
        });
    }
    match sni::spawn(Arc::clone(resident)) {
        Ok(handle) => *lock(&resident.tray) = Some(handle),
        Err(e) => eprintln!("steady-tray: no tray icon ({e}); reminders go on"),
    }
    resident.refresh_tray();
    if open_window {
        resident.open_window(None);
    }
}

impl Resident {
    pub fn locked(&self) -> bool {
        let inner = lock(&self.inner);
        inner.lock_on && inner.key.is_none()
    }

    /// Opens the data unless the lock is on (then it waits for the key from
    /// a window). A file the window must first check or recover stays shut:
    /// the window's CHANGED opens it again.
    fn open_data(&self) {
        let mut inner = lock(&self.inner);
        inner.lock_on = matches!(encryption::read_lock(&self.data_dir), Ok(Some(_)));
        if inner.lock_on && inner.key.is_none() {
            inner.store = None;
            return;
        }
        let db = paths::database_path_in(&self.data_dir);
        match Store::open_keyed(&db, inner.key.as_ref()) {
            Ok(mut store) => {
                store.set_time_style(self.locale.style);
                inner.store = Some(store);
            }
            Err(e) => {
                eprintln!("steady-tray: the data cannot be opened here yet ({e}); Steady's window checks it");
                inner.store = None;
            }
        }
    }

    fn notifier(self: &Arc<Self>) -> Arc<dyn Notifier> {
        let mut slot = lock(&self.notifier);
        if let Some(n) = slot.as_ref() {
            return Arc::clone(n);
        }
        let me = Arc::downgrade(self);
        let on_action = Arc::new(move |item_id: i64, action: NoticeAction| {
            if let Some(me) = me.upgrade() {
                std::thread::spawn(move || me.notice_action(item_id, action));
            }
        });
        let notifier: Arc<dyn Notifier> = Arc::new(DesktopNotifier::new("Steady", "steady", on_action));
        *slot = Some(Arc::clone(&notifier));
        notifier
    }

    /// Starts the scheduler for the state the data is in; stops the one running.
    fn start_scheduler(self: &Arc<Self>) {
        let running = lock(&self.inner).scheduler.take();
        if let Some(running) = running {
            running.stop();
        }
        let (locked, key, paused) = {
            let inner = lock(&self.inner);
            (inner.lock_on && inner.key.is_none(), inner.key.clone(), inner.paused)
        };
        if paused {
            return;
        }
        let me = Arc::downgrade(self);
        let on_event = Arc::new(move |event: SchedulerEvent| {
            if let Some(me) = me.upgrade() {
                me.scheduler_event(event);
            }
        });
        let notifier = self.notifier();
        let started = if locked {
            Scheduler::start_locked(&self.data_dir, notifier, Arc::clone(&self.clock), on_event)
        } else {
            Scheduler::start(
                paths::database_path_in(&self.data_dir),
                key,
                notifier,
                Arc::clone(&self.clock),
                self.locale.style,
                on_event,
            )
        };
        let mut inner = lock(&self.inner);
        match started {
            Ok(scheduler) => {
                inner.waker = Some(scheduler.waker());
                inner.scheduler = Some(scheduler);
            }
            Err(e) => eprintln!("steady-tray: reminders could not start: {e}"),
        }
    }

    pub fn wake(&self) {
        if let Some(waker) = lock(&self.inner).waker.as_ref() {
            waker.wake();
        }
    }

    fn scheduler_event(&self, event: SchedulerEvent) {
        match event {
            SchedulerEvent::NotificationsOk => self.set_health(NotificationHealth {
                ok: true,
                message: None,
            }),
            SchedulerEvent::NotificationsOff(message) => {
                eprintln!("steady-tray: desktop notifications are off: {message}");
                self.set_health(NotificationHealth {
                    ok: false,
                    message: Some(message),
                });
            }
            SchedulerEvent::Changed(_) => {
                self.tell_window(ToWindow::Changed);
                self.refresh_tray();
            }
            SchedulerEvent::FirstPassDone => eprintln!("steady: first reminder pass done"),
        }
    }

    fn set_health(&self, health: NotificationHealth) {
        lock(&self.inner).health = health.clone();
        self.tell_window(ToWindow::Health(health.message));
        self.refresh_tray();
    }

    fn tell_window(&self, message: ToWindow) {
        let mut inner = lock(&self.inner);
        if let Some(window) = inner.window.as_mut() {
            if send_on(window, &message.line()).is_err() {
                inner.window = None;
            }
        }
    }

    /// Asks the window up to show `screen`; false when none is up or it did
    /// not answer (frozen): then it is forgotten.
    fn show_existing(&self, screen: Option<String>) -> bool {
        let (tx, rx) = std::sync::mpsc::channel();
        {
            let mut inner = lock(&self.inner);
            let Some(window) = inner.window.as_mut() else {
                return false;
            };
            if send_on(window, &ToWindow::Show(screen).line()).is_err() {
                inner.window = None;
                return false;
            }
            inner.show_ack = Some(tx);
        }
        if rx.recv_timeout(SHOW_ACK_WITHIN).is_ok() {
            return true;
        }
        eprintln!("steady-tray: the window did not answer; starting a new one");
        let mut inner = lock(&self.inner);
        inner.window = None;
        inner.show_ack = None;
        false
    }

    /// Brings the window up (starting one if none is up) on `screen`.
    pub fn open_window(&self, screen: Option<String>) {
        if self.show_existing(screen.clone()) {
            return;
        }
        let mut inner = lock(&self.inner);
        inner.pending_screen = screen.or(inner.pending_screen.take());
        if inner
            .window_starting
            .is_some_and(|at| at.elapsed() < WINDOW_START_GRACE)
        {
            return; // one is on its way; it gets the screen when it says it is there
        }
        let exe = std::env::current_exe().map(|e| e.with_file_name("steady"));
        let started = exe.and_then(|exe| {
            std::process::Command::new(exe)
                .stdin(std::process::Stdio::null())
                .spawn()
        });
        match started {
            Ok(mut child) => {
                inner.window_starting = Some(Instant::now());
                // Reaped when it ends, so no zombie waits for us.
                std::thread::spawn(move || child.wait());
            }
            Err(e) => eprintln!("steady-tray: the window could not start: {e}"),
        }
    }

    /// One connection: a starting `steady`, which becomes the window or is
    /// told the window came up instead.
    fn serve(self: &Arc<Self>, stream: UnixStream) {
        let Ok(mut link) = Link::new(stream) else { return };
        let Some(first) = link.receive() else { return };
        let Some(ToResident::Open(screen)) = ToResident::parse(&first) else {
            return;
        };
        if self.show_existing(screen.clone()) {
            let _ = link.send(&ToWindow::Shown.line());
            return;
        }
        let me = {
            let mut inner = lock(&self.inner);
            let screen = screen.or(inner.pending_screen.take());
            if link.send(&ToWindow::BeWindow(screen).line()).is_err() {
                return;
            }
            inner.window = link.sender().ok();
            inner.window_id += 1;
            inner.window_starting = None;
            let health = inner.health.message.clone();
            if let Some(w) = inner.window.as_mut() {
                let _ = send_on(w, &ToWindow::Health(health).line());
            }
            inner.window_id
        };
        eprintln!("steady-tray: a window is up");
        while let Some(line) = link.receive() {
            match ToResident::parse(&line) {
                Some(ToResident::Changed) => {
                    // The change may be the patient's language: the tray,
                    // and the reminders' buttons and locked words, follow it.
                    steady_core::basics::i18n::set_language(steady_core::storage::language::patient_language(
                        &self.data_dir,
                        |key| std::env::var(key).ok(),
                    ));
                    if lock(&self.inner).store.is_none() && !self.locked() {
                        self.open_data(); // the window checked or recovered it
                        self.start_scheduler();
                    }
                    self.wake();
                    self.refresh_tray();
                }
                Some(ToResident::Unlocked(hex)) => match DbKey::from_hex(&hex) {
                    Some(key) => {
                        lock(&self.inner).key = Some(key);
                        self.open_data();
                        self.start_scheduler();
                        self.refresh_tray();
                    }
                    None => eprintln!("steady-tray: an unlock without a key was ignored"),
                },
                Some(ToResident::Locked) => self.lock_data(false),
                Some(ToResident::Pause) => {
                    // The window re-encrypts the file: let go of it first.
                    let running = {
                        let mut inner = lock(&self.inner);
                        inner.paused = true;
                        inner.store = None;
                        inner.waker = None;
                        inner.scheduler.take()
                    };
                    if let Some(running) = running {
                        running.stop();
                    }
                    let _ = link.send(&ToWindow::Paused.line());
                }
                Some(ToResident::Resume(key)) => {
                    {
                        let mut inner = lock(&self.inner);
                        inner.paused = false;
                        inner.key = key.as_deref().and_then(DbKey::from_hex);
                    }
                    self.open_data();
                    self.start_scheduler();
                    self.refresh_tray();
                }
                Some(ToResident::Open(screen)) => self.open_window(screen),
                Some(ToResident::Showing) => {
                    if let Some(ack) = lock(&self.inner).show_ack.take() {
                        let _ = ack.send(());
                    }
                }
                None => {}
            }
        }
        let mut inner = lock(&self.inner);
        if inner.window_id == me {
            inner.window = None; // not a newer window that replaced a frozen one
        }
        eprintln!("steady-tray: the window closed");
    }

    /// Forgets the key and reminds in neutral words; `tell` says so to the
    /// window (when the tray asked, not the window itself).
    pub fn lock_data(self: &Arc<Self>, tell: bool) {
        {
            let inner = lock(&self.inner);
            if !inner.lock_on || inner.key.is_none() {
                return;
            }
        }
        // Stopped first: its last pass writes the reminder times as they are now.
        let running = lock(&self.inner).scheduler.take();
        if let Some(running) = running {
            running.stop();
        }
        {
            let mut inner = lock(&self.inner);
            inner.store = None;
            inner.key = None;
        }
        eprintln!("steady-tray: locked");
        if tell {
            self.tell_window(ToWindow::Lock);
        }
        self.start_scheduler();
        self.refresh_tray();
    }

    pub fn toggle_pause(&self) {
        let now = self.clock.now();
        let result = match lock(&self.inner).store.as_mut() {
            Some(store) => steady_core::views::tray::toggle_pause(store, now),
            None => return,
        };
        if let Err(e) = result {
            eprintln!("steady-tray: could not change the pause: {e}");
        }
        self.wake();
        self.tell_window(ToWindow::Changed);
        self.refresh_tray();
    }

    /// Done, Snooze or a click on a notification.
    fn notice_action(self: &Arc<Self>, item_id: i64, action: NoticeAction) {
        let now = self.clock.now();
        let wrote = {
            let mut inner = lock(&self.inner);
            match (action, inner.store.as_mut()) {
                (NoticeAction::Done, Some(store)) => Some(store.set_item_done(item_id, true, now).map(|_| ())),
                (NoticeAction::Snooze { minutes }, Some(store)) => {
                    Some(store.snooze_reminder(item_id, minutes, now).map(|_| ()))
                }
                _ => None,
            }
        };
        match (action, wrote) {
            (_, Some(Err(e))) => eprintln!("steady-tray: could not act on the notification: {e}"),
            (_, Some(Ok(()))) => {}
            // An item's notification opens its session's plan; one about no
            // item (a check-in, a reminder while locked) opens Today.
            (NoticeAction::Open, None) => self.open_window((item_id != NO_ITEM).then(|| "session".to_string())),
            // Locked since it came: the window asks for the passphrase.
            (_, None) => self.open_window(None),
        }
        self.wake();
        self.tell_window(ToWindow::Changed);
        self.refresh_tray();
    }

    /// The tray's words, worked out now.
    pub fn tray_words(&self) -> sni::Words {
        let inner = lock(&self.inner);
        let lock_offered = inner.lock_on && inner.key.is_some();
        if inner.lock_on && inner.key.is_none() {
            let pending = steady_core::views::tray::pending_today_locked(&self.data_dir, self.clock.now());
            return sni::Words {
                next: steady_core::views::tray::locked_words(),
                pause: None,
                lock_offered,
                quit: steady_core::views::tray::quit_words(pending),
            };
        }
        let Some(store) = inner.store.as_ref() else {
            return sni::Words {
                next: steady_core::t!("tray-check-data"),
                pause: None,
                lock_offered,
                quit: steady_core::views::tray::quit_words(0),
            };
        };
        match steady_core::views::tray::tray_words(store, self.clock.now(), inner.health.clone()) {
            Ok(words) => sni::Words {
                next: words.next,
                pause: Some(words.pause),
                lock_offered,
                quit: steady_core::views::tray::quit_words(words.pending_today),
            },
            Err(e) => sni::Words {
                next: steady_core::t!("tray-cannot-read", reason = e.to_string()),
                pause: None,
                lock_offered,
                quit: steady_core::views::tray::quit_words(0),
            },
        }
    }

    pub fn refresh_tray(&self) {
        let words = self.tray_words();
        if let Some(tray) = lock(&self.tray).as_ref() {
            tray.update(|t| t.words = words);
        }
    }

    /// "Quit Steady": the window goes too.
    pub fn quit(&self) -> ! {
        self.tell_window(ToWindow::Quit);
        let running = lock(&self.inner).scheduler.take();
        if let Some(running) = running {
            running.ask_to_stop();
        }
        if let Some(socket) = crate::link::socket_path() {
            let _ = std::fs::remove_file(socket);
        }
        eprintln!("steady-tray: quit");
        std::process::exit(0)
    }
}
