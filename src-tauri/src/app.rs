//! Wires the core to the desktop: opens the store, starts the reminder
//! scheduler, builds the tray, registers plugins and commands. Decisions about
//! care and time live in the core; this file only connects them.

use std::sync::{Arc, Mutex};

use steady_core::basics::i18n;
use steady_core::basics::locale::{SystemLocale, TimeStyle};
use steady_core::basics::paths;
use steady_core::basics::time::{Clock, SystemClock};
use steady_core::reminders::notifier::{DesktopNotifier, NoticeAction, Notifier, NO_ITEM};
use steady_core::reminders::scheduler::{Scheduler, SchedulerEvent};
use steady_core::storage::encryption as lock;
use steady_core::storage::key::DbKey;
use steady_core::views::status::{reminders_status, NotificationHealth};
use steady_core::{ErrorPayload, Store};
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::{MouseButton, MouseButtonState, TrayIconBuilder, TrayIconEvent};
use tauri::{AppHandle, Emitter, Manager};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons};

/// Events the UI listens to.
pub const EVENT_CHANGED: &str = "steady://changed";
/// Payload: the screen to show, "session" or "recovery".
pub const EVENT_OPEN_SCREEN: &str = "steady://open-screen";

/// The data, once open: at start-up, or when the passphrase is entered.
pub struct Opened {
    /// `Err` when the data could not be opened; every command then answers
    /// with that error, and the UI shows it instead of an empty plan.
    pub store: Result<Store, ErrorPayload>,
    /// What start-up recovery did, if the data file was damaged.
    pub recovery_notice: Option<steady_core::storage::backup::RecoveryNotice>,
    /// Why changes cannot be saved, when the data opened read-only.
    pub cannot_save: Option<String>,
}

/// What every command reaches through `tauri::State`.
pub struct AppState {
    /// `None` while the app lock waits for the passphrase (at start, or
    /// after "Lock Steady"): then nothing of the data is in memory.
    pub opened: Mutex<Option<Opened>>,
    /// The app lock is on (`lock.json` exists).
    pub lock_on: Mutex<bool>,
    /// The lock's key once entered: the scheduler needs it when it restarts.
    pub key: Mutex<Option<DbKey>>,
    pub clock: Arc<dyn Clock>,
    pub notifier: Mutex<Option<Arc<dyn Notifier>>>,
    pub scheduler: Mutex<Option<Scheduler>>,
    pub notifications: Mutex<NotificationHealth>,
    pub tray_next: Mutex<Option<MenuItem<tauri::Wry>>>,
    pub tray_pause: Mutex<Option<MenuItem<tauri::Wry>>>,
    pub tray_lock: Mutex<Option<MenuItem<tauri::Wry>>>,
    /// Open, How I feel, Lock and Quit, and the language they are worded
    /// in: re-worded when the language changes.
    pub tray_fixed: Mutex<(Vec<MenuItem<tauri::Wry>>, &'static str)>,
    /// The screen a notification or the tray asked for while no window
    /// existed; the new window's UI takes it once it has loaded.
    pub pending_screen: Mutex<Option<&'static str>>,
    /// The system's locale, read once at start (region, time style).
    pub locale: SystemLocale,
    /// Linux: the line to the resident `steady-tray`, which reminds and
    /// shows the tray; None when this process does both itself.
    pub resident: Option<crate::window_link::ResidentLine>,
}

/// The open store, borrowed for one command: holds the lock on
/// [`AppState::opened`], and is only made when the data is open.
pub struct StoreGuard<'a>(std::sync::MutexGuard<'a, Option<Opened>>);

impl std::ops::Deref for StoreGuard<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        match self.0.as_ref().map(|o| &o.store) {
            Some(Ok(store)) => store,
            // `AppState::store` makes a guard only after this very check,
            // under the same lock.
            _ => unreachable!("a StoreGuard is made only for open data"),
        }
    }
}

impl std::ops::DerefMut for StoreGuard<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        match self.0.as_mut().map(|o| &mut o.store) {
            Some(Ok(store)) => store,
            _ => unreachable!("a StoreGuard is made only for open data"),
        }
    }
}

impl Opened {
    /// Opens the data, checking its integrity and recovering from damage.
    /// The start-up backup is the scheduler's first pass, off this path.
    /// `now` is the app's clock's reading (it names a damaged file moved aside).
    /// `style` is the system's way of writing times, for what the store writes.
    pub fn open(key: Option<&DbKey>, now: chrono::DateTime<chrono::Utc>, style: TimeStyle) -> Opened {
        let opened =
            paths::database_path().and_then(|path| steady_core::storage::backup::open_with_recovery(&path, key, now));
        match opened {
            Ok((mut store, notice)) => {
                store.set_time_style(style);
                if let Err(e) = store.reword_plans() {
                    eprintln!("steady: the plan could not be re-worded: {e}");
                }
                let cannot_save = store.check_writable().err().map(|e| {
                    eprintln!("steady: the data cannot be written: {e}");
                    steady_core::t!(
                        "error-cannot-save",
                        folder = paths::data_dir().map(|d| d.display().to_string()).unwrap_or_default()
                    )
                });
                Opened {
                    store: Ok(store),
                    recovery_notice: notice,
                    cannot_save,
                }
            }
            Err(e) => Opened::failed(e),
        }
    }

    pub fn failed(e: steady_core::Error) -> Opened {
        Opened {
            store: Err(e.payload()),
            recovery_notice: None,
            cannot_save: None,
        }
    }
}

impl AppState {
    /// Opens the data, unless the app lock is on: then it waits for the
    /// passphrase (`commands::unlock`).
    fn open() -> AppState {
        let state = AppState::new();
        match paths::data_dir().and_then(|dir| lock::read_lock(&dir)) {
            Ok(Some(_)) => *self::lock(&state.lock_on) = true,
            Ok(None) => *self::lock(&state.opened) = Some(Opened::open(None, state.clock.now(), state.locale.style)),
            Err(e) => *self::lock(&state.opened) = Some(Opened::failed(e)),
        }
        state
    }

    fn new() -> AppState {
        AppState {
            opened: Mutex::new(None),
            lock_on: Mutex::new(false),
            key: Mutex::new(None),
            clock: Arc::new(SystemClock),
            notifier: Mutex::new(None),
            scheduler: Mutex::new(None),
            // Unknown until the scheduler's first check; assume yes so no
            // banner flashes at start-up.
            notifications: Mutex::new(NotificationHealth {
                ok: true,
                message: None,
            }),
            tray_next: Mutex::new(None),
            tray_pause: Mutex::new(None),
            tray_lock: Mutex::new(None),
            tray_fixed: Mutex::new((Vec::new(), "")),
            pending_screen: Mutex::new(None),
            resident: None,
            locale: {
                let locale = SystemLocale::detect();
                speak_patients_language();
                eprintln!(
                    "steady: locale {} (region {}, {:?})",
                    locale.name.as_deref().unwrap_or("not set"),
                    locale.region.as_deref().unwrap_or("none"),
                    locale.style
                );
                locale
            },
        }
    }

    /// The open data; "Steady is locked" until the passphrase is entered.
    pub fn store(&self) -> Result<StoreGuard<'_>, ErrorPayload> {
        let guard = lock(&self.opened);
        match guard.as_ref().map(|o| &o.store) {
            Some(Ok(_)) => Ok(StoreGuard(guard)),
            Some(Err(e)) => Err(e.clone()),
            None => Err(steady_core::Error::Locked.payload()),
        }
    }

    pub fn is_locked(&self) -> bool {
        lock(&self.opened).is_none()
    }

    /// Tells the scheduler to look again after a change (the resident's,
    /// when it reminds).
    pub fn wake_scheduler(&self) {
        if let Some(resident) = &self.resident {
            resident.send(crate::window_link::ToResident::Changed);
            return;
        }
        if let Some(scheduler) = lock(&self.scheduler).as_ref() {
            scheduler.wake();
        }
    }
}

/// WebKitGTK paints Steady's pages in software, without its GL compositor.
/// Steady's screens are flat documents (no video, WebGL or 3D), so nothing a
/// user sees changes, while the compositor's GL stack (Mesa, LLVM for
/// software GL, its layer buffers) held ~80 MiB PSS in the web process
/// (`bench/`: 190 MiB against 109 with the window open on a year of data);
/// it is also the usual cause of blank WebKitGTK windows on some GPUs. Set
/// before GTK starts, while this process has one thread; a value the user
/// set (`WEBKIT_DISABLE_COMPOSITING_MODE=0` turns the compositor back on)
/// is kept.
fn paint_without_compositing() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
}

/// A poisoned lock still guards consistent data here: every write to SQLite
/// is a transaction, and the other fields are plain values.
pub fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The patient's language (their choice, else the system's) for this
/// process: the window's words, notifications and documents.
pub fn speak_patients_language() {
    if let Ok(dir) = paths::data_dir() {
        let messages = steady_core::storage::language::patient_language(&dir, |key| std::env::var(key).ok());
        eprintln!("steady: language {}", messages.tag());
        steady_core::basics::i18n::set_language(messages);
    }
}

pub fn run() {
    paint_without_compositing();
    // Linux: the resident reminds and shows the tray; this process is only
    // the window, and a second start is handed to the window already up.
    let (link, asked_screen) = match crate::window_link::start() {
        crate::window_link::Start::HandedOver => std::process::exit(0),
        crate::window_link::Start::Window(link, screen) => (Some(link), screen),
        crate::window_link::Start::Alone => (None, None),
    };
    let alone = link.is_none();
    // The integrity check (and any recovery) runs while GTK, the plugins and
    // the webview start; setup waits for it before any command can run. On a
    // year of data this took ~10 ms off the critical path, more with years.
    let opening = std::thread::spawn(AppState::open);
    let context = tauri::generate_context!();
    let mut builder = tauri::Builder::default();
    if alone && !crate::instance::running_instance_is_stuck(&context.config().identifier) {
        // First, so a second launch hands over before anything else starts.
        builder = builder.plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            show_main_window(app, None)
        }));
    }
    let result = builder
        // At login only the resident starts (`steady --tray`): no window.
        .plugin(tauri_plugin_autostart::Builder::new().args(["--tray"]).build())
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            // Tauri has created the window by now; its page's first command
            // is served only after this returns, so the state is there for it.
            let state = opening.join().unwrap_or_else(|_| {
                let message = steady_core::t!("error-open-stopped");
                let state = AppState::new();
                *lock(&state.opened) = Some(Opened::failed(steady_core::Error::Io(std::io::Error::other(message))));
                state
            });
            match lock(&state.opened).as_ref() {
                None => eprintln!("steady: locked; waiting for the passphrase"),
                Some(opened) => {
                    if let Err(e) = &opened.store {
                        eprintln!("steady: {}", e.message);
                    }
                    if let Some(why) = &opened.cannot_save {
                        eprintln!("steady: {why}");
                    }
                }
            }
            let mut state = state;
            match link {
                Some(link) => {
                    state.resident = crate::window_link::ResidentLine::new(&link);
                    *lock(&state.pending_screen) = asked_screen.as_deref().and_then(static_screen);
                    app.manage(state);
                    listen_to_resident(app.handle().clone(), link);
                }
                None => {
                    app.manage(state);
                    build_tray(app.handle())?;
                    start_scheduler(app.handle(), None);
                }
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            crate::commands::today,
            crate::commands::session_view,
            crate::commands::create_session,
            crate::commands::move_session,
            crate::commands::set_item_done,
            crate::commands::add_item,
            crate::commands::add_medication_hold,
            crate::commands::set_item_due,
            crate::commands::reset_item_due,
            crate::commands::set_item_note,
            crate::commands::remove_item,
            crate::commands::reminders_status,
            crate::commands::snooze_reminder,
            crate::commands::set_remind_lead,
            crate::commands::pause_reminders,
            crate::commands::set_stale_after_hours,
            crate::commands::send_test_notification,
            crate::commands::start_at_login,
            crate::commands::set_start_at_login,
            crate::commands::ui_ready,
            crate::commands::first_screen,
            crate::commands::catalogue,
            crate::commands::phone_status,
            crate::commands::set_phone_titles,
            crate::commands::phone_calendar,
            crate::commands::save_phone_calendar,
            crate::commands::send_to_phone,
            crate::commands::set_language,
            crate::commands::ride_card,
            crate::commands::set_ride_details,
            crate::commands::set_patient_name,
            crate::commands::set_driver_confirmed,
            crate::commands::mark_session_ended,
            crate::commands::export_ics,
            crate::commands::export_ride_card,
            crate::commands::send_to_driver,
            crate::commands::export_driver_calendar,
            crate::commands::course_view,
            crate::commands::plan_series,
            crate::commands::cancel_session,
            crate::commands::remove_medication,
            crate::commands::preview_protocol,
            crate::commands::preview_protocol_file,
            crate::commands::import_protocol,
            crate::commands::read_sheet,
            crate::commands::read_sheet_file,
            crate::commands::merge_sheet,
            crate::commands::undo_protocol_import,
            crate::commands::export_protocol,
            crate::commands::rules_form,
            crate::commands::preview_rules,
            crate::commands::apply_rules,
            crate::commands::export_rules,
            crate::commands::day_times,
            crate::commands::set_day_times,
            crate::commands::set_item_part_done,
            crate::commands::recovery_view,
            crate::commands::contacts,
            crate::commands::log_effect,
            crate::commands::add_check_in,
            crate::commands::add_phq9,
            crate::commands::trend,
            crate::commands::export_check_ins,
            crate::commands::set_crisis_numbers,
            crate::commands::crisis_numbers,
            crate::commands::choose_country,
            crate::commands::confirm_country,
            crate::commands::countries,
            crate::commands::set_groggy_mode,
            crate::commands::groggy_mode_enabled,
            crate::commands::set_check_in_reminders,
            crate::commands::check_in_reminders_enabled,
            crate::commands::check_in_settings,
            crate::commands::set_check_in_settings,
            crate::commands::export_data,
            crate::commands::print_ride_card,
            crate::commands::open_data_folder,
            crate::commands::import_data,
            crate::commands::unlock,
            crate::commands::set_app_lock,
            crate::commands::lock_now,
        ])
        .build(context);
    match result {
        Ok(app) => app.run(move |app, event| match event {
            // Closing the window keeps Steady in the tray, so reminders still
            // come. The window is destroyed rather than hidden: its WebKit
            // processes (most of the memory, and wakeups while idle) end with
            // it, and "Open" builds a fresh one. Only Quit (`exit(0)`,
            // which carries a code) ends the app.
            // With a resident (Linux) the window's process ends with it:
            // WebKit and GTK go too, and the resident goes on reminding.
            tauri::RunEvent::ExitRequested { code: None, api, .. } if alone => api.prevent_exit(),
            tauri::RunEvent::Exit => {
                // Asked, not waited for: the scheduler's thread may itself be
                // waiting for this (main) thread to update the tray. Every
                // write it makes is one transaction, so an exit mid-pass loses
                // nothing.
                let scheduler = lock(&app.state::<AppState>().scheduler).take();
                if let Some(scheduler) = scheduler {
                    scheduler.ask_to_stop();
                }
            }
            _ => {}
        }),
        Err(e) => {
            eprintln!("steady: the window could not start: {e}");
            std::process::exit(1);
        }
    }
}

/// Brings the window up, building it again if it was closed to the tray,
/// and shows `screen` ("session", "recovery") when given.
pub fn show_main_window(app: &AppHandle, screen: Option<&'static str>) {
    if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
        let _ = window.show();
        let _ = window.unminimize();
        let _ = window.set_focus();
        if let Some(screen) = screen {
            let _ = app.emit(EVENT_OPEN_SCREEN, screen);
        }
        return;
    }
    // A new page cannot hear an event sent before it loaded: it gets this
    // with its first data (`first_screen`) instead.
    *lock(&app.state::<AppState>().pending_screen) = screen;
    // Windows are built on the main thread; notification actions and the
    // single-instance hand-over arrive on others.
    let handle = app.clone();
    let _ = app.run_on_main_thread(move || {
        if handle.get_webview_window(MAIN_WINDOW).is_some() {
            return; // two requests raced; the first built it
        }
        let built = match handle.config().app.windows.iter().find(|w| w.label == MAIN_WINDOW) {
            Some(config) => tauri::WebviewWindowBuilder::from_config(&handle, config).and_then(|b| b.build()),
            None => return eprintln!("steady: the configuration has no main window"),
        };
        if let Err(e) = built {
            eprintln!("steady: the window could not open: {e}");
        }
    });
}

const MAIN_WINDOW: &str = "main";

/// Starts the reminder scheduler for the state Steady is in: locked (the
/// plaintext reminder times, neutral words) or open (the data itself, with
/// `key` when the lock is on). Stops the one running first.
pub fn start_scheduler(app: &AppHandle, key: Option<DbKey>) {
    let state = app.state::<AppState>();
    if let Some(resident) = &state.resident {
        // The resident reminds: it needs the key this window unlocked with.
        if let Some(key) = key {
            resident.send(crate::window_link::ToResident::Unlocked(key.to_hex().to_string()));
        }
        return;
    }
    let running = lock(&state.scheduler).take();
    if let Some(running) = running {
        running.stop();
    }
    let (Ok(db_path), Ok(data_dir)) = (paths::database_path(), paths::data_dir()) else {
        return;
    };
    let locked = state.is_locked();
    if !locked && state.store().is_err() {
        return; // the window explains; nothing to remind from
    }
    let notifier = {
        let mut slot = lock(&state.notifier);
        match slot.as_ref() {
            Some(notifier) => Arc::clone(notifier),
            None => {
                let on_action = {
                    let app = app.clone();
                    Arc::new(move |item_id: i64, action: NoticeAction| notice_action(&app, item_id, action))
                };
                let notifier: Arc<dyn Notifier> = Arc::new(DesktopNotifier::new("Steady", "steady", on_action));
                *slot = Some(Arc::clone(&notifier));
                notifier
            }
        }
    };
    let on_event = {
        let app = app.clone();
        Arc::new(move |event: SchedulerEvent| scheduler_event(&app, event))
    };
    let started = if locked {
        Scheduler::start_locked(&data_dir, notifier, Arc::clone(&state.clock), on_event)
    } else {
        Scheduler::start(
            db_path,
            key,
            notifier,
            Arc::clone(&state.clock),
            state.locale.style,
            on_event,
        )
    };
    match started {
        Ok(scheduler) => *lock(&state.scheduler) = Some(scheduler),
        Err(e) => eprintln!("steady: reminders could not start: {e}"),
    }
}

fn scheduler_event(app: &AppHandle, event: SchedulerEvent) {
    let state = app.state::<AppState>();
    match event {
        SchedulerEvent::NotificationsOk => {
            *lock(&state.notifications) = NotificationHealth {
                ok: true,
                message: None,
            }
        }
        SchedulerEvent::NotificationsOff(message) => {
            eprintln!("steady: desktop notifications are off: {message}");
            *lock(&state.notifications) = NotificationHealth {
                ok: false,
                message: Some(message),
            };
        }
        SchedulerEvent::Changed(_) => {}
        SchedulerEvent::FirstPassDone => {
            // The end-to-end tests wait for this line instead of sleeping.
            eprintln!("steady: first reminder pass done");
            return;
        }
    }
    refresh_tray(app);
    let _ = app.emit(EVENT_CHANGED, ());
}

/// Done, Snooze or a click on a notification: act on it as the app would.
fn notice_action(app: &AppHandle, item_id: i64, action: NoticeAction) {
    let state = app.state::<AppState>();
    let now = state.clock.now();
    // The store's lock is held only for the write: opening the window waits
    // for the main thread, which may be waiting for that lock.
    let wrote = match action {
        NoticeAction::Open => None,
        NoticeAction::Done => state
            .store()
            .ok()
            .map(|mut store| store.set_item_done(item_id, true, now).map(|_| ())),
        NoticeAction::Snooze { minutes } => state
            .store()
            .ok()
            .map(|mut store| store.snooze_reminder(item_id, minutes, now).map(|_| ())),
    };
    let result = match (action, wrote) {
        (_, Some(result)) => result,
        // An item's notification opens its session's plan; one about no
        // item (a check-in, a reminder while locked) opens Today.
        (NoticeAction::Open, None) => {
            show_main_window(app, (item_id != NO_ITEM).then_some("session"));
            Ok(())
        }
        // Locked since the notification came (its Done and Snooze would act
        // on data Steady cannot read now): open the window, which asks for
        // the passphrase.
        (_, None) => {
            show_main_window(app, None);
            Ok(())
        }
    };
    if let Err(e) = result {
        eprintln!("steady: could not act on the notification: {e}");
    }
    state.wake_scheduler();
    refresh_tray(app);
    let _ = app.emit(EVENT_CHANGED, ());
}

const TRAY_OPEN: &str = "open";
const TRAY_RECOVERY: &str = "recovery";
const TRAY_NEXT: &str = "next";
const TRAY_PAUSE: &str = "pause";
const TRAY_LOCK: &str = "lock";
const TRAY_QUIT: &str = "quit";

fn build_tray(app: &AppHandle) -> tauri::Result<()> {
    use steady_core::views::tray as words;
    let open = MenuItem::with_id(app, TRAY_OPEN, words::open_words(), true, None::<&str>)?;
    let recovery = MenuItem::with_id(app, TRAY_RECOVERY, words::recovery_words(), true, None::<&str>)?;
    let next = MenuItem::with_id(app, TRAY_NEXT, words::nothing_next_words(), false, None::<&str>)?;
    let pause = MenuItem::with_id(app, TRAY_PAUSE, words::pause_words(false), true, None::<&str>)?;
    let lock_item = MenuItem::with_id(app, TRAY_LOCK, words::lock_words(), false, None::<&str>)?;
    let quit = MenuItem::with_id(app, TRAY_QUIT, words::quit_words(0), true, None::<&str>)?;
    let separator = PredefinedMenuItem::separator(app)?;
    let menu = Menu::with_items(app, &[&open, &recovery, &next, &pause, &separator, &lock_item, &quit])?;
    let mut tray = TrayIconBuilder::with_id("steady")
        .tooltip("Steady")
        .menu(&menu)
        .show_menu_on_left_click(false)
        .on_menu_event(|app, event| match event.id().as_ref() {
            TRAY_OPEN => show_main_window(app, None),
            TRAY_RECOVERY => show_main_window(app, Some("recovery")),
            TRAY_PAUSE => toggle_pause(app),
            TRAY_LOCK => {
                // Off the main thread: stopping the scheduler waits for its
                // thread, which may be updating the tray through this one.
                let app = app.clone();
                std::thread::spawn(move || lock_now(&app));
            }
            TRAY_QUIT => confirm_quit(app),
            _ => {}
        })
        .on_tray_icon_event(|tray, event| {
            if let TrayIconEvent::Click {
                button: MouseButton::Left,
                button_state: MouseButtonState::Up,
                ..
            } = event
            {
                show_main_window(tray.app_handle(), None);
            }
        });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    let state = app.state::<AppState>();
    *lock(&state.tray_next) = Some(next);
    *lock(&state.tray_pause) = Some(pause);
    *lock(&state.tray_lock) = Some(lock_item.clone());
    *lock(&state.tray_fixed) = (vec![open, recovery, lock_item.clone(), quit], i18n::current().tag());
    refresh_tray(app);
    Ok(())
}

/// Puts the next reminder and the pause state into the tray menu.
pub fn refresh_tray(app: &AppHandle) {
    let state = app.state::<AppState>();
    if state.resident.is_some() {
        return; // the resident's tray, refreshed by the resident
    }
    // Menu items change on the main thread: called from another thread, each
    // change waits for it. So the words are worked out first, and no lock of
    // ours is held while they are set: a command on the main thread waiting
    // for that lock would otherwise wait forever.
    let (label, pause_text) = tray_words(&state);
    let locked = state.is_locked();
    let lock_on = *lock(&state.lock_on);
    let next_item = lock(&state.tray_next).clone();
    let pause_item = lock(&state.tray_pause).clone();
    let lock_item = lock(&state.tray_lock).clone();
    // The items whose words change only with the language (Settings).
    let language = i18n::current().tag();
    let reword = {
        let mut fixed = lock(&state.tray_fixed);
        let items = (fixed.1 != language).then(|| fixed.0.clone());
        fixed.1 = language;
        items
    };
    if let Some(items) = reword {
        use steady_core::views::tray as words;
        let texts = [
            words::open_words(),
            words::recovery_words(),
            words::lock_words(),
            words::quit_words(0),
        ];
        for (item, text) in items.iter().zip(texts) {
            let _ = item.set_text(text);
        }
    }
    if let Some(item) = lock_item {
        // Offered while the lock is on and Steady is open.
        let _ = item.set_enabled(lock_on && !locked);
    }
    let Some(label) = label else { return };
    if let Some(item) = next_item {
        let _ = item.set_text(&label);
    }
    if let (Some(item), Some(text)) = (pause_item, pause_text) {
        let _ = item.set_text(text);
    }
    if let Some(tray) = app.tray_by_id("steady") {
        let _ = tray.set_tooltip(Some(steady_core::views::tray::tooltip_words(&label)));
    }
}

/// The tray's next-reminder line and its pause item's words, read from the
/// data (the store's lock is let go on return).
fn tray_words(state: &AppState) -> (Option<String>, Option<String>) {
    if state.is_locked() {
        return (Some(steady_core::views::tray::locked_words()), None);
    }
    let Ok(store) = state.store() else {
        return (None, None);
    };
    let health = lock(&state.notifications).clone();
    match steady_core::views::tray::tray_words(&store, state.clock.now(), health) {
        Ok(words) => (Some(words.next), Some(words.pause)),
        Err(_) => (None, None),
    }
}

fn toggle_pause(app: &AppHandle) {
    let state = app.state::<AppState>();
    let now = state.clock.now();
    // The store's guard ends with this statement: refresh_tray takes it again.
    let result = match state.store() {
        Ok(mut store) => steady_core::views::tray::toggle_pause(&mut store, now),
        Err(_) => return,
    };
    if let Err(e) = result {
        eprintln!("steady: could not change the pause: {e}");
    }
    state.wake_scheduler();
    refresh_tray(app);
    let _ = app.emit(EVENT_CHANGED, ());
}

/// "Lock Steady" (tray or window; never on the main thread, see the tray
/// handler): closes the data, forgets the key, and
/// goes on reminding from the reminder times, as a locked start does. The
/// window's page hears `steady://changed`, finds the data locked, and asks
/// for the passphrase.
pub fn lock_now(app: &AppHandle) {
    let state = app.state::<AppState>();
    if !*lock(&state.lock_on) || state.is_locked() {
        return;
    }
    if let Some(resident) = &state.resident {
        resident.send(crate::window_link::ToResident::Locked);
        forget_key(app);
        return;
    }
    // Stopped first: its last pass writes the reminder times as they are
    // now (a Wake queued before the Stop is served first).
    let running = lock(&state.scheduler).take();
    if let Some(running) = running {
        running.stop();
    }
    *lock(&state.opened) = None; // closes the connection
    *lock(&state.key) = None;
    eprintln!("steady: locked");
    start_scheduler(app, None);
    refresh_tray(app);
    let _ = app.emit(EVENT_CHANGED, ());
}

/// Quits at once when nothing is left to remind today; otherwise asks, since
/// a closed Steady cannot pop anything up.
fn confirm_quit(app: &AppHandle) {
    let state = app.state::<AppState>();
    let now = state.clock.now();
    let pending = match state.store() {
        Ok(store) => reminders_status(&store, now, lock(&state.notifications).clone())
            .map(|s| s.pending_today)
            .unwrap_or(0),
        Err(_) if state.is_locked() => paths::data_dir()
            .map(|dir| steady_core::views::tray::pending_today_locked(&dir, now))
            .unwrap_or(0),
        Err(_) => 0,
    };
    if pending == 0 {
        app.exit(0);
        return;
    }
    let app = app.clone();
    app.dialog()
        .message(steady_core::t!("tray-quit-question", pending = pending))
        .title(steady_core::t!("tray-quit-title"))
        .buttons(MessageDialogButtons::OkCancelCustom(
            steady_core::t!("tray-quit-button"),
            steady_core::t!("tray-keep-running-button"),
        ))
        .show(move |quit| {
            if quit {
                app.exit(0);
            }
        });
}

/// The screens a request may name, as the state keeps them.
fn static_screen(name: &str) -> Option<&'static str> {
    ["session", "recovery", "today", "ride", "checkin", "settings"]
        .into_iter()
        .find(|s| *s == name)
}

/// The data closed and the key forgotten in this window (the resident was
/// told, or told us): the page asks for the passphrase again.
fn forget_key(app: &AppHandle) {
    let state = app.state::<AppState>();
    *lock(&state.opened) = None; // closes the connection
    *lock(&state.key) = None;
    eprintln!("steady: locked");
    let _ = app.emit(EVENT_CHANGED, ());
}

/// Listens to the resident for what the tray and the notifications ask of
/// this window, until the resident's line closes.
#[cfg(target_os = "linux")]
fn listen_to_resident(app: AppHandle, mut link: crate::window_link::Link) {
    use crate::window_link::ToWindow;
    let spawned = std::thread::Builder::new()
        .name("steady-resident-line".into())
        .spawn(move || {
            while let Some(line) = link.receive() {
                let state = app.state::<AppState>();
                match ToWindow::parse(&line) {
                    Some(ToWindow::Show(screen)) => {
                        // Said at once, before the window comes up: a window that
                        // cannot say it (frozen) is replaced by a new one.
                        if let Some(resident) = &state.resident {
                            resident.send(crate::window_link::ToResident::Showing);
                        }
                        show_main_window(&app, screen.as_deref().and_then(static_screen))
                    }
                    Some(ToWindow::Lock) => {
                        if !state.is_locked() && *lock(&state.lock_on) {
                            forget_key(&app);
                        }
                    }
                    Some(ToWindow::Health(why)) => {
                        *lock(&state.notifications) = NotificationHealth {
                            ok: why.is_none(),
                            message: why,
                        };
                        let _ = app.emit(EVENT_CHANGED, ());
                    }
                    Some(ToWindow::Changed) => {
                        let _ = app.emit(EVENT_CHANGED, ());
                    }
                    Some(ToWindow::Paused) => {
                        if let Some(resident) = &state.resident {
                            resident.paused();
                        }
                    }
                    Some(ToWindow::Quit) => app.exit(0),
                    Some(ToWindow::BeWindow(_) | ToWindow::Shown) | None => {}
                }
            }
            // The resident ended (killed, or crashed): reminders stop with it, so
            // this window says so in the log and ends too, as a quit would.
            eprintln!("steady: the resident Steady ended; closing the window");
            app.exit(0);
        });
    if let Err(e) = spawned {
        eprintln!("steady: cannot listen to the resident: {e}");
    }
}

#[cfg(not(target_os = "linux"))]
fn listen_to_resident(_app: AppHandle, _link: crate::window_link::Link) {}
