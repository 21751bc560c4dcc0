//! The IPC commands: each one locks the store, calls the core with the
//! current time, and returns the core's result. Errors cross as the core's
//! `{ code, message, field }` payload. Commands that change what reminders
//! depend on wake the scheduler and refresh the tray.

use steady_core::basics::{i18n, paths, time};
use steady_core::facts::check_in::{CheckIn, EffectLog, NewCheckIn, Phq9Result};
use steady_core::facts::crisis::{all_countries, Country, CrisisNumbers};
use steady_core::facts::day::DayTimes;
use steady_core::facts::model::Contacts;
use steady_core::facts::model::{Item, Medication, NewItem, NewMedicationHold, NewSession, RideDetails, Session};
use steady_core::facts::rules::ClinicRules;
use steady_core::plan::series::NewSeries;
use steady_core::plan::sheet::{Proposed, SheetReading};
use steady_core::reminders::decide::{test_notice, Reminder, ReminderSettings};
use steady_core::storage::check_ins::TrendView;
use steady_core::storage::clinic_rules::{ImportReceipt, RulesPreview};
use steady_core::storage::language::{self, LanguageChange};
use steady_core::storage::phone_events::PhoneTitles;
use steady_core::storage::settings::CheckInSettings;
use steady_core::views::check_in_summary::summary_pdf;
use steady_core::views::course::CourseView;
use steady_core::views::driver_mail::{self, SentToDriver};
use steady_core::views::instructions::{rules_form as build_rules_form, RulesForm};
use steady_core::views::phone::{self, PhoneCalendar, PhoneStatus, SentToPhone};
use steady_core::views::recovery::RecoveryView;
use steady_core::views::ride::{self, ExportedFile, Paper, RideCard};
use steady_core::views::ride_card_pdf::card_pdf;
use steady_core::views::session::SessionView;
use steady_core::views::status::{AppInfo, FirstScreen, NotificationHealth, RemindersStatus};
use steady_core::views::today::TodayView;
use steady_core::views::{session, status, today};
use steady_core::{Error, ErrorPayload};
use tauri::{AppHandle, Emitter, State};
use tauri_plugin_autostart::ManagerExt;

use crate::app::{lock, refresh_tray, start_scheduler, AppState, Opened, StoreGuard, EVENT_CHANGED};
use tauri::Manager;
use zeroize::Zeroizing;

type CommandResult<T> = Result<T, ErrorPayload>;

fn store<'a>(state: &'a State<'_, AppState>) -> CommandResult<StoreGuard<'a>> {
    state.store()
}

fn payload(e: Error) -> ErrorPayload {
    e.payload()
}

/// After a write: reminders may have moved, so the scheduler and tray look again.
fn changed<T>(app: &AppHandle, state: &State<'_, AppState>, result: CommandResult<T>) -> CommandResult<T> {
    if result.is_ok() {
        state.wake_scheduler();
        refresh_tray(app);
        let _ = app.emit(EVENT_CHANGED, ());
    }
    result
}

fn app_info(state: State<'_, AppState>) -> AppInfo {
    let opened = lock(&state.opened);
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_string(),
        data_dir: paths::data_dir()
            .map(|dir| dir.display().to_string())
            .unwrap_or_default(),
        system_tz: time::system_time_zone(),
        startup_error: opened.as_ref().and_then(|o| o.store.as_ref().err().cloned()),
        recovery_notice: opened.as_ref().and_then(|o| o.recovery_notice.clone()),
        cannot_save: opened.as_ref().and_then(|o| o.cannot_save.clone()),
        lock_on: *lock(&state.lock_on),
        locked: opened.is_none(),
        locale: state.locale.clone(),
        language: paths::data_dir()
            .map(|dir| language::language_settings(&dir, |key| std::env::var(key).ok()))
            .unwrap_or_else(|_| language::language_settings(std::path::Path::new(""), |key| std::env::var(key).ok())),
    }
}

/// The words of the current language alone, for a window whose first
/// screen failed to come: it still says what went wrong in words.
#[tauri::command]
pub fn catalogue() -> i18n::Catalogue {
    i18n::current().catalogue()
}

/// The patient chose a language in Settings or at first start (`None`:
/// follow the system's again). Everything re-words: the window (from the
/// catalogue returned), the plan items already there and the reminders
/// queued (the store), the tray and the notifications (the resident is told).
#[tauri::command]
pub fn set_language(app: AppHandle, state: State<'_, AppState>, tag: Option<String>) -> CommandResult<LanguageChange> {
    let dir = paths::data_dir().map_err(payload)?;
    language::choose_language(&dir, tag.as_deref().map(str::trim).filter(|t| !t.is_empty())).map_err(payload)?;
    crate::app::speak_patients_language();
    if let Ok(mut store) = store(&state) {
        store.reword_plans().map_err(payload)?;
    }
    let change = LanguageChange {
        settings: language::language_settings(&dir, |key| std::env::var(key).ok()),
        catalogue: i18n::current().catalogue(),
    };
    // The resident re-reads the language on CHANGED; the tray re-words.
    changed(&app, &state, Ok(change))
}

/// The UI's first data render is done: logged with a timestamp so start-up
/// time can be measured from outside, with the page's own marks (ms since
/// navigation start: DOM loaded, each start-up step) to see where it went.
#[tauri::command]
pub fn ui_ready(marks: Option<std::collections::BTreeMap<String, f64>>) {
    let since_epoch = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let marks: Vec<String> = marks
        .unwrap_or_default()
        .into_iter()
        .take(16) // diagnostics only: a page cannot flood the log
        .filter(|(_, ms)| ms.is_finite())
        .map(|(name, ms)| format!("{}={ms:.0}ms", name.chars().take(24).collect::<String>()))
        .collect();
    eprintln!(
        "steady: ui ready at {:.3} [{}]",
        since_epoch.as_secs_f64(),
        marks.join(" ")
    );
}

/// The first screen's data in one call: the app info, the patient's country
/// picked if none is yet (from the system's region, else the time zone),
/// Today, the reminders, the session's contacts, and a screen asked for
/// while the window was closed.
#[tauri::command]
pub fn first_screen(state: State<'_, AppState>) -> CommandResult<FirstScreen> {
    let info = app_info(state.clone());
    // While locked, a screen asked for waits until the passphrase is in.
    let open_screen = match info.locked {
        true => None,
        false => lock(&state.pending_screen).take().map(str::to_string),
    };
    let Ok(mut store) = store(&state) else {
        return Ok(FirstScreen {
            info,
            today: None,
            reminders: None,
            contacts: None,
            open_screen,
            catalogue: i18n::current().catalogue(),
        });
    };
    if let Err(e) = store.pick_country(state.locale.region.as_deref(), &time::system_time_zone()) {
        // Not worth failing the first screen for: set-up asks for the country.
        eprintln!("steady: the country could not be picked: {e}");
    }
    let now = state.clock.now();
    let today = today::today_view(&store, now).map_err(payload)?;
    let reminders = status::reminders_status(&store, now, lock(&state.notifications).clone()).map_err(payload)?;
    let contacts = match &today.session {
        Some(session) => Some(store.contacts(session).map_err(payload)?),
        None => None,
    };
    Ok(FirstScreen {
        info,
        today: Some(today),
        reminders: Some(reminders),
        contacts,
        open_screen,
        catalogue: i18n::current().catalogue(),
    })
}

#[tauri::command]
pub fn today(state: State<'_, AppState>) -> CommandResult<TodayView> {
    today::today_view(&*store(&state)?, state.clock.now()).map_err(payload)
}

#[tauri::command(rename_all = "snake_case")]
pub fn session_view(state: State<'_, AppState>, session_id: i64) -> CommandResult<SessionView> {
    session::session_view(&*store(&state)?, session_id).map_err(payload)
}

#[tauri::command]
pub fn create_session(app: AppHandle, state: State<'_, AppState>, input: NewSession) -> CommandResult<Session> {
    let result = store(&state)?
        .create_session(&input, state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command(rename_all = "snake_case")]
pub fn move_session(
    app: AppHandle,
    state: State<'_, AppState>,
    session_id: i64,
    start_local: String,
) -> CommandResult<Session> {
    let result = store(&state)?
        .move_session(session_id, &start_local, state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_item_done(app: AppHandle, state: State<'_, AppState>, item_id: i64, done: bool) -> CommandResult<Item> {
    let result = store(&state)?
        .set_item_done(item_id, done, state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command]
pub fn add_item(app: AppHandle, state: State<'_, AppState>, input: NewItem) -> CommandResult<Item> {
    let result = store(&state)?
        .add_custom_item(&input, state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command]
pub fn add_medication_hold(
    app: AppHandle,
    state: State<'_, AppState>,
    input: NewMedicationHold,
) -> CommandResult<Medication> {
    let result = store(&state)?
        .add_medication_hold(&input, state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_item_due(
    app: AppHandle,
    state: State<'_, AppState>,
    item_id: i64,
    due_local: String,
) -> CommandResult<Item> {
    let result = store(&state)?
        .set_item_due(item_id, &due_local, state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command(rename_all = "snake_case")]
pub fn reset_item_due(app: AppHandle, state: State<'_, AppState>, item_id: i64) -> CommandResult<Item> {
    let result = store(&state)?
        .reset_item_due(item_id, state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_item_note(state: State<'_, AppState>, item_id: i64, note: Option<String>) -> CommandResult<Item> {
    store(&state)?.set_item_note(item_id, note.as_deref()).map_err(payload)
}

#[tauri::command(rename_all = "snake_case")]
pub fn remove_item(app: AppHandle, state: State<'_, AppState>, item_id: i64) -> CommandResult<()> {
    let result = store(&state)?.remove_item(item_id).map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command]
pub fn reminders_status(state: State<'_, AppState>) -> CommandResult<RemindersStatus> {
    let health = lock(&state.notifications).clone();
    status::reminders_status(&*store(&state)?, state.clock.now(), health).map_err(payload)
}

#[tauri::command(rename_all = "snake_case")]
pub fn snooze_reminder(
    app: AppHandle,
    state: State<'_, AppState>,
    item_id: i64,
    minutes: u32,
) -> CommandResult<Reminder> {
    let result = store(&state)?
        .snooze_reminder(item_id, minutes, state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_remind_lead(
    app: AppHandle,
    state: State<'_, AppState>,
    item_id: i64,
    minutes: u32,
) -> CommandResult<Reminder> {
    let result = store(&state)?
        .set_remind_lead(item_id, minutes, state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

/// Pauses pop-ups for `minutes`, or resumes them when `minutes` is null.
#[tauri::command(rename_all = "snake_case")]
pub fn pause_reminders(
    app: AppHandle,
    state: State<'_, AppState>,
    minutes: Option<u32>,
) -> CommandResult<ReminderSettings> {
    let now = state.clock.now();
    let until = match minutes {
        Some(m) if (1..=24 * 60).contains(&m) => Some(now + chrono::Duration::minutes(i64::from(m))),
        Some(_) => return Err(Error::invalid("minutes", steady_core::t!("error-pause-range")).payload()),
        None => None,
    };
    let result = store(&state)?.pause_reminders(until).map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_stale_after_hours(
    app: AppHandle,
    state: State<'_, AppState>,
    hours: u32,
) -> CommandResult<ReminderSettings> {
    let result = store(&state)?.set_stale_after_hours(hours).map_err(payload);
    changed(&app, &state, result)
}

/// Async so a hung notification server (up to the notifier's timeout) never
/// freezes the window: async commands run off the main thread.
#[tauri::command]
pub async fn send_test_notification(app: AppHandle, state: State<'_, AppState>) -> CommandResult<()> {
    let notifier = lock(&state.notifier).clone();
    let notifier = match notifier {
        Some(notifier) => notifier,
        // With a resident (Linux) this window has no notifier of its own:
        // the test is shown from here, to the same notification server.
        None if state.resident.is_some() => {
            let notifier: std::sync::Arc<dyn steady_core::reminders::notifier::Notifier> =
                std::sync::Arc::new(steady_core::reminders::notifier::DesktopNotifier::new(
                    "Steady",
                    "steady",
                    std::sync::Arc::new(|_, _| {}),
                ));
            *lock(&state.notifier) = Some(std::sync::Arc::clone(&notifier));
            notifier
        }
        None => return Err(Error::Notifications(steady_core::t!("error-notify-not-started")).payload()),
    };
    let result = notifier.show(&test_notice(), None);
    *lock(&state.notifications) = match &result {
        Ok(()) => NotificationHealth {
            ok: true,
            message: None,
        },
        Err(e) => NotificationHealth {
            ok: false,
            message: Some(e.0.clone()),
        },
    };
    let _ = app.emit(EVENT_CHANGED, ());
    result.map_err(|e| Error::Notifications(e.0).payload())
}

#[tauri::command]
pub fn start_at_login(app: AppHandle) -> bool {
    app.autolaunch().is_enabled().unwrap_or(false)
}

#[tauri::command]
pub fn set_start_at_login(app: AppHandle, enabled: bool) -> CommandResult<bool> {
    let manager = app.autolaunch();
    let result = if enabled { manager.enable() } else { manager.disable() };
    result.map_err(|e| {
        Error::invalid(
            "enabled",
            steady_core::t!("error-start-at-login", reason = e.to_string()),
        )
        .payload()
    })?;
    Ok(manager.is_enabled().unwrap_or(enabled))
}

// ---- the ride home ----

/// The ride card, in `language` when given (a catalogue tag: the driver's,
/// picked on the Ride screen), else in the patient's.
#[tauri::command(rename_all = "snake_case")]
pub fn ride_card(state: State<'_, AppState>, session_id: i64, language: Option<String>) -> CommandResult<RideCard> {
    store(&state)?
        .ride_card_in(session_id, state.locale.style, language.as_deref())
        .map_err(payload)
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_ride_details(
    app: AppHandle,
    state: State<'_, AppState>,
    session_id: i64,
    ride: RideDetails,
) -> CommandResult<Session> {
    let result = store(&state)?
        .set_ride_details(session_id, &ride, state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_patient_name(state: State<'_, AppState>, name: Option<String>) -> CommandResult<Option<String>> {
    store(&state)?.set_patient_name(name.as_deref()).map_err(payload)
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_driver_confirmed(
    app: AppHandle,
    state: State<'_, AppState>,
    session_id: i64,
    confirmed: bool,
) -> CommandResult<RideCard> {
    let result = store(&state)?
        .set_driver_confirmed(session_id, confirmed, state.clock.now(), state.locale.style)
        .map_err(payload);
    changed(&app, &state, result)
}

/// "I'm home": the session ended now, or at `ended_local`.
#[tauri::command(rename_all = "snake_case")]
pub fn mark_session_ended(
    app: AppHandle,
    state: State<'_, AppState>,
    session_id: i64,
    ended_local: Option<String>,
) -> CommandResult<Session> {
    let result = store(&state)?
        .set_session_ended(session_id, ended_local.as_deref(), state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

/// Saves a calendar file to the Downloads folder: one session, or the whole
/// course when `session_id` is null.
#[tauri::command(rename_all = "snake_case")]
pub fn export_ics(state: State<'_, AppState>, session_id: Option<i64>) -> CommandResult<ExportedFile> {
    let style = state.locale.style;
    let (cards, name) = {
        let store = store(&state)?;
        match session_id {
            Some(id) => {
                let card = store.ride_card(id, style).map_err(payload)?;
                let name = ride::file_name("session", &card, "ics");
                (vec![card], name)
            }
            None => (
                store.all_ride_cards(style).map_err(payload)?,
                "steady-course.ics".to_string(),
            ),
        }
    };
    let path = paths::export_dir().map_err(payload)?.join(name);
    ride::write_file(&path, ride::calendar_file(&cards, state.clock.now()).as_bytes()).map_err(payload)?;
    Ok(ExportedFile {
        path: path.display().to_string(),
    })
}

/// One calendar file with every pickup `driver` makes over the course, in
/// `language` when given (the driver's), else in the patient's.
#[tauri::command(rename_all = "snake_case")]
pub fn export_driver_calendar(
    state: State<'_, AppState>,
    driver: String,
    language: Option<String>,
) -> CommandResult<ExportedFile> {
    let cards = store(&state)?
        .all_ride_cards_in(state.locale.style, language.as_deref())
        .map_err(payload)?;
    let text = ride::driver_calendar(&cards, &driver, state.clock.now()).ok_or_else(|| {
        Error::invalid(
            "driver",
            steady_core::t!("error-no-session-with-driver", driver = driver.as_str()),
        )
        .payload()
    })?;
    let safe: String = driver
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let path = paths::export_dir()
        .map_err(payload)?
        .join(format!("steady-pickups-{}.ics", safe.trim_matches('-')));
    ride::write_file(&path, text.as_bytes()).map_err(payload)?;
    Ok(ExportedFile {
        path: path.display().to_string(),
    })
}

/// Saves the ride card (PDF) to the Downloads folder, in `language` when
/// given (the driver's), else in the patient's.
#[tauri::command(rename_all = "snake_case")]
pub fn export_ride_card(
    state: State<'_, AppState>,
    session_id: i64,
    paper: Paper,
    language: Option<String>,
) -> CommandResult<ExportedFile> {
    let card = store(&state)?
        .ride_card_in(session_id, state.locale.style, language.as_deref())
        .map_err(payload)?;
    let pdf = card_pdf(&card, paper).map_err(payload)?;
    let path = paths::export_dir()
        .map_err(payload)?
        .join(ride::file_name("ride-card", &card, "pdf"));
    ride::write_file(&path, &pdf).map_err(payload)?;
    Ok(ExportedFile {
        path: path.display().to_string(),
    })
}

/// "Send to the driver": saves the card and the pickup's calendar file, then
/// opens the mail program with them attached (Linux) or the message alone.
/// The card, the message and the calendar file are in `language` when given
/// (the driver's), else in the patient's; what Steady says back is the patient's.
#[tauri::command(rename_all = "snake_case")]
pub async fn send_to_driver(
    state: State<'_, AppState>,
    session_id: i64,
    paper: Paper,
    language: Option<String>,
) -> CommandResult<SentToDriver> {
    let card = store(&state)?
        .ride_card_in(session_id, state.locale.style, language.as_deref())
        .map_err(payload)?;
    let dir = paths::export_dir().map_err(payload)?;
    let now = state.clock.now();
    off_main_thread(move || driver_mail::send_to_driver(&card, paper, &dir, now, None)).await
}

// ---- the course and the clinic protocol ----

#[tauri::command]
pub fn course_view(state: State<'_, AppState>, all: Option<bool>) -> CommandResult<CourseView> {
    store(&state)?
        .course_view(state.clock.now(), all.unwrap_or(false))
        .map_err(payload)
}

#[tauri::command]
pub fn plan_series(app: AppHandle, state: State<'_, AppState>, input: NewSeries) -> CommandResult<Vec<Session>> {
    let result = store(&state)?.plan_series(&input, state.clock.now()).map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command(rename_all = "snake_case")]
pub fn cancel_session(app: AppHandle, state: State<'_, AppState>, session_id: i64) -> CommandResult<Session> {
    let result = store(&state)?
        .cancel_session(session_id, state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command(rename_all = "snake_case")]
pub fn remove_medication(app: AppHandle, state: State<'_, AppState>, medication_id: i64) -> CommandResult<()> {
    let result = store(&state)?
        .remove_medication(medication_id, state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

/// A protocol file's text, as the file picker read it.
#[tauri::command]
pub fn preview_protocol(state: State<'_, AppState>, text: String) -> CommandResult<RulesPreview> {
    store(&state)?
        .preview_protocol(text.as_bytes(), state.clock.now())
        .map_err(payload)
}

/// A protocol file dropped on the window, by path.
#[tauri::command]
pub fn preview_protocol_file(state: State<'_, AppState>, path: String) -> CommandResult<(String, RulesPreview)> {
    let bytes = steady_core::plan::protocol::read_file(std::path::Path::new(&path)).map_err(payload)?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let preview = store(&state)?
        .preview_protocol(&bytes, state.clock.now())
        .map_err(payload)?;
    Ok((text, preview))
}

/// Reads a clinic's sheet pasted as text: proposed rules, each with its
/// sentence; questions; the sentences not used. Nothing is applied.
#[tauri::command]
pub async fn read_sheet(text: String) -> CommandResult<SheetReading> {
    off_main_thread(move || steady_core::plan::sheet::read_sheet(&text)).await
}

/// The same for a sheet dropped or opened as a .txt or .pdf file.
#[tauri::command]
pub async fn read_sheet_file(path: String) -> CommandResult<(String, SheetReading)> {
    off_main_thread(move || {
        let text = steady_core::storage::sheet_file::sheet_text(std::path::Path::new(&path))?;
        let reading = steady_core::plan::sheet::read_sheet(&text)?;
        Ok((text, reading))
    })
    .await
}

/// The form's rules with the proposals the patient accepted put in.
#[tauri::command]
pub fn merge_sheet(rules: ClinicRules, accepted: Vec<Proposed>) -> ClinicRules {
    steady_core::plan::sheet::write::merge(&rules, &accepted)
}

#[tauri::command(rename_all = "snake_case")]
pub fn import_protocol(
    app: AppHandle,
    state: State<'_, AppState>,
    text: String,
    session_ids: Vec<i64>,
) -> CommandResult<ImportReceipt> {
    let result = store(&state)?
        .import_protocol(text.as_bytes(), &session_ids, state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

// ---- your clinic's instructions ----

/// The instructions screen's data: the rules in use, the typical ones, the
/// sessions a change can apply to, the patient's day.
#[tauri::command]
pub fn rules_form(state: State<'_, AppState>) -> CommandResult<RulesForm> {
    build_rules_form(&*store(&state)?, state.clock.now()).map_err(payload)
}

/// What the form's rules would change, and the checklist they make for the
/// first of `session_ids`; nothing is saved.
#[tauri::command(rename_all = "snake_case")]
pub fn preview_rules(
    state: State<'_, AppState>,
    rules: ClinicRules,
    session_ids: Vec<i64>,
) -> CommandResult<RulesPreview> {
    store(&state)?
        .preview_rules(&rules, &session_ids, state.clock.now())
        .map_err(payload)
}

/// Saves the form's rules for the chosen sessions and those planned later.
#[tauri::command(rename_all = "snake_case")]
pub fn apply_rules(
    app: AppHandle,
    state: State<'_, AppState>,
    rules: ClinicRules,
    session_ids: Vec<i64>,
) -> CommandResult<ImportReceipt> {
    let result = store(&state)?
        .apply_rules(&rules, &session_ids, state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

/// The form's rules as a protocol file in Downloads, to share with the
/// clinic or other patients. Checked first: a file that would not import
/// is not written.
#[tauri::command]
pub fn export_rules(rules: ClinicRules) -> CommandResult<ExportedFile> {
    let rules = rules.tidied().checked().map_err(payload)?;
    let path = paths::export_dir()
        .map_err(payload)?
        .join("steady-clinic-instructions.toml");
    ride::write_file(&path, steady_core::plan::protocol::to_toml(&rules).as_bytes()).map_err(payload)?;
    Ok(ExportedFile {
        path: path.display().to_string(),
    })
}

#[tauri::command]
pub fn day_times(state: State<'_, AppState>) -> CommandResult<DayTimes> {
    store(&state)?.day_times().map_err(payload)
}

/// Sets the patient's day; every session ahead is re-planned with it.
#[tauri::command]
pub fn set_day_times(app: AppHandle, state: State<'_, AppState>, day: DayTimes) -> CommandResult<DayTimes> {
    let result = store(&state)?.set_day_times(&day, state.clock.now()).map_err(payload);
    changed(&app, &state, result)
}

/// Ticks one thing inside an item (the bag to pack).
#[tauri::command(rename_all = "snake_case")]
pub fn set_item_part_done(
    app: AppHandle,
    state: State<'_, AppState>,
    item_id: i64,
    position: u32,
    done: bool,
) -> CommandResult<Item> {
    let result = store(&state)?
        .set_item_part_done(item_id, position, done, state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command(rename_all = "snake_case")]
pub fn undo_protocol_import(app: AppHandle, state: State<'_, AppState>, import_id: i64) -> CommandResult<()> {
    let result = store(&state)?
        .undo_protocol_import(import_id, state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command]
pub fn export_protocol(state: State<'_, AppState>) -> CommandResult<ExportedFile> {
    let text = store(&state)?.export_protocol().map_err(payload)?;
    let path = paths::export_dir().map_err(payload)?.join("steady-protocol.toml");
    ride::write_file(&path, text.as_bytes()).map_err(payload)?;
    Ok(ExportedFile {
        path: path.display().to_string(),
    })
}

// ---- after the infusion ----

#[tauri::command(rename_all = "snake_case")]
pub fn recovery_view(state: State<'_, AppState>, session_id: i64) -> CommandResult<RecoveryView> {
    store(&state)?
        .recovery_view(session_id, state.clock.now())
        .map_err(payload)
}

#[tauri::command(rename_all = "snake_case")]
pub fn log_effect(
    app: AppHandle,
    state: State<'_, AppState>,
    session_id: i64,
    effect: String,
    strength: u8,
) -> CommandResult<EffectLog> {
    let result = store(&state)?
        .log_effect(session_id, &effect, strength, state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command]
pub fn add_check_in(app: AppHandle, state: State<'_, AppState>, input: NewCheckIn) -> CommandResult<CheckIn> {
    let result = store(&state)?.add_check_in(&input, state.clock.now()).map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command]
pub fn add_phq9(app: AppHandle, state: State<'_, AppState>, answers: Vec<u8>) -> CommandResult<Phq9Result> {
    let result = store(&state)?.add_phq9(&answers, state.clock.now()).map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command]
pub fn trend(state: State<'_, AppState>) -> CommandResult<TrendView> {
    store(&state)?.trend(state.clock.now()).map_err(payload)
}

/// Check-ins leave the computer only through this explicit export.
#[tauri::command]
pub fn export_check_ins(state: State<'_, AppState>, paper: Paper) -> CommandResult<Vec<ExportedFile>> {
    let store = store(&state)?;
    let now = state.clock.now();
    let dir = paths::export_dir().map_err(payload)?;
    let csv_path = dir.join("steady-check-ins.csv");
    ride::write_file(&csv_path, store.check_ins_csv(now).map_err(payload)?.as_bytes()).map_err(payload)?;
    let tz = time::parse_zone(&time::system_time_zone()).map_err(payload)?;
    let crisis = store.crisis_numbers().map_err(payload)?;
    let pdf = summary_pdf(
        &store.trend(now).map_err(payload)?,
        tz,
        paper,
        state.locale.style,
        &crisis,
    )
    .map_err(payload)?;
    let pdf_path = dir.join("steady-check-in-summary.pdf");
    ride::write_file(&pdf_path, &pdf).map_err(payload)?;
    Ok(vec![
        ExportedFile {
            path: csv_path.display().to_string(),
        },
        ExportedFile {
            path: pdf_path.display().to_string(),
        },
    ])
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_crisis_numbers(
    state: State<'_, AppState>,
    crisis_line: Option<String>,
    emergency_number: Option<String>,
) -> CommandResult<CrisisNumbers> {
    store(&state)?
        .set_crisis_numbers(crisis_line.as_deref(), emergency_number.as_deref())
        .map_err(payload)
}

/// The crisis numbers every screen shows (the patient's own, or their country's).
#[tauri::command]
pub fn crisis_numbers(state: State<'_, AppState>) -> CommandResult<CrisisNumbers> {
    store(&state)?.crisis_numbers().map_err(payload)
}

/// The patient chose their country ("Numbers for Germany — change").
#[tauri::command]
pub fn choose_country(state: State<'_, AppState>, code: String) -> CommandResult<CrisisNumbers> {
    store(&state)?.choose_country(&code).map_err(payload)
}

/// "Yes, that is my country", for one guessed from the time zone.
#[tauri::command]
pub fn confirm_country(state: State<'_, AppState>) -> CommandResult<CrisisNumbers> {
    store(&state)?.confirm_country().map_err(payload)
}

/// Every country, for the chooser; those Steady has numbers for marked.
#[tauri::command]
pub fn countries() -> Vec<Country> {
    all_countries()
}

#[tauri::command]
pub fn set_groggy_mode(app: AppHandle, state: State<'_, AppState>, enabled: bool) -> CommandResult<bool> {
    let result = store(&state)?
        .set_groggy_mode(enabled)
        .map(|()| enabled)
        .map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command]
pub fn groggy_mode_enabled(state: State<'_, AppState>) -> CommandResult<bool> {
    store(&state)?.groggy_mode_enabled().map_err(payload)
}

#[tauri::command]
pub fn set_check_in_reminders(app: AppHandle, state: State<'_, AppState>, enabled: bool) -> CommandResult<bool> {
    let result = store(&state)?.set_check_in_reminders(enabled).map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command]
pub fn check_in_settings(state: State<'_, AppState>) -> CommandResult<CheckInSettings> {
    store(&state)?.check_in_settings().map_err(payload)
}

#[tauri::command]
pub fn set_check_in_settings(
    app: AppHandle,
    state: State<'_, AppState>,
    settings: CheckInSettings,
) -> CommandResult<CheckInSettings> {
    let result = store(&state)?.set_check_in_settings(&settings).map_err(payload);
    changed(&app, &state, result)
}

#[tauri::command]
pub fn check_in_reminders_enabled(state: State<'_, AppState>) -> CommandResult<bool> {
    store(&state)?.check_in_reminders_enabled().map_err(payload)
}

// ---- moving to another computer ----

#[tauri::command]
pub fn export_data(state: State<'_, AppState>) -> CommandResult<ExportedFile> {
    let text = store(&state)?.export_data(state.clock.now()).map_err(payload)?;
    let path = paths::export_dir().map_err(payload)?.join("steady-data.json");
    ride::write_file(&path, text.as_bytes()).map_err(payload)?;
    Ok(ExportedFile {
        path: path.display().to_string(),
    })
}

/// Replaces all data with an exported file's, after checking it and backing
/// up what is here. Returns the backup's path.
#[tauri::command]
pub fn import_data(app: AppHandle, state: State<'_, AppState>, text: String) -> CommandResult<ExportedFile> {
    let backups = paths::database_path()
        .map(|db| steady_core::storage::backup::backups_dir(&db))
        .map_err(payload)?;
    let result = store(&state)?
        .import_data(text.as_bytes(), &backups, state.clock.now())
        .map(|path| ExportedFile {
            path: path.display().to_string(),
        })
        .map_err(payload);
    changed(&app, &state, result)
}

/// "Print": saves the ride card and opens it in the system's PDF viewer,
/// whose print dialog works everywhere. (The webview's own `window.print()`
/// did nothing under WebKitGTK here, so Steady does not rely on it.)
#[tauri::command(rename_all = "snake_case")]
pub fn print_ride_card(state: State<'_, AppState>, session_id: i64, paper: Paper) -> CommandResult<ExportedFile> {
    let file = export_ride_card(state, session_id, paper, None)?;
    open_with_system(&file.path).map_err(|e| payload(e.into()))?;
    Ok(file)
}

fn open_with_system(path: &str) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    let mut command = std::process::Command::new("xdg-open");
    #[cfg(target_os = "macos")]
    let mut command = std::process::Command::new("open");
    #[cfg(target_os = "windows")]
    let mut command = {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    };
    command
        .arg(path)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(|_| ())
}

/// About → "Open the data folder" in the system's file manager.
#[tauri::command]
pub fn open_data_folder() -> CommandResult<()> {
    let dir = paths::data_dir().map_err(payload)?;
    open_with_system(&dir.display().to_string()).map_err(|e| payload(e.into()))
}

/// Whom to call, without computing the whole recovery view.
#[tauri::command(rename_all = "snake_case")]
pub fn contacts(state: State<'_, AppState>, session_id: i64) -> CommandResult<Contacts> {
    let store = store(&state)?;
    let session = store.session(session_id).map_err(payload)?;
    store.contacts(&session).map_err(payload)
}

// ---- the app lock ----

/// Runs `work` off the main thread: Argon2id takes a few hundred
/// milliseconds on purpose, and the window must stay responsive meanwhile.
async fn off_main_thread<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, Error> + Send + 'static,
) -> CommandResult<T> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| Error::Io(std::io::Error::other(e.to_string())).payload())?
        .map_err(payload)
}

/// Opens locked data with `passphrase`, then returns the first screen. A wrong
/// passphrase changes nothing and says so (`wrong_passphrase`).
#[tauri::command]
pub async fn unlock(app: AppHandle, state: State<'_, AppState>, passphrase: String) -> CommandResult<FirstScreen> {
    if state.is_locked() {
        let passphrase = Zeroizing::new(passphrase);
        let now = state.clock.now();
        let style = state.locale.style;
        let (key, opened) = off_main_thread(move || {
            let key = steady_core::storage::encryption::key_for(&paths::data_dir()?, Some(passphrase.as_str()))?;
            let opened = Opened::open(key.as_ref(), now, style);
            Ok((key, opened))
        })
        .await?;
        if let Err(e) = &opened.store {
            eprintln!("steady: {}", e.message);
        }
        let first = {
            let mut slot = lock(&state.opened);
            let first = slot.is_none(); // two unlocks may race; the first wins
            if first {
                *slot = Some(opened);
            }
            first
        };
        if first {
            *lock(&state.key) = key.clone();
            eprintln!("steady: unlocked");
            start_scheduler(&app, key);
            refresh_tray(&app);
            let _ = app.emit(EVENT_CHANGED, ());
        }
    }
    first_screen(state)
}

/// Turns the app lock on (`current` None), changes its passphrase, or turns
/// it off (`new` None). The scheduler holds the data file open, so it stops
/// for the change and starts again with the new key, whatever the outcome.
/// Returns whether the lock is now on.
#[tauri::command]
pub async fn set_app_lock(
    app: AppHandle,
    state: State<'_, AppState>,
    current: Option<String>,
    new: Option<String>,
) -> CommandResult<bool> {
    state.store()?; // refuse while locked or when the data did not open
                    // The resident holds the data open too (Linux): it lets go first.
    if state.resident.is_some() {
        let worker = app.clone();
        off_main_thread(move || {
            if let Some(resident) = &worker.state::<AppState>().resident {
                resident.pause();
            }
            Ok(())
        })
        .await?;
    }
    let running = lock(&state.scheduler).take();
    if let Some(running) = running {
        off_main_thread(move || {
            running.stop();
            Ok(())
        })
        .await?;
    }
    let (current, new) = (current.map(Zeroizing::new), new.map(Zeroizing::new));
    let worker = app.clone();
    let result = off_main_thread(move || {
        let state = worker.state::<AppState>();
        let mut store = state.store().map_err(|e| Error::invalid("passphrase", e.message))?;
        let db = paths::database_path()?;
        steady_core::workflows::app_lock::change_passphrase(
            &mut store,
            &db,
            current.as_ref().map(|c| c.as_str()),
            new.as_ref().map(|n| n.as_str()),
            steady_core::storage::key::KdfParams::DEFAULT,
            state.clock.now(),
        )
    })
    .await;
    if let Ok(new_key) = &result {
        *lock(&state.lock_on) = new_key.is_some();
        *lock(&state.key) = new_key.clone();
    }
    let key = lock(&state.key).clone();
    if let Some(resident) = &state.resident {
        let hex = key.as_ref().map(|k| k.to_hex().to_string());
        resident.send(crate::window_link::ToResident::Resume(hex));
    } else {
        start_scheduler(&app, key);
    }
    result.map(|key| key.is_some())
}

/// "Lock Steady": closes the data until the passphrase is entered again.
/// Does nothing when the lock is off.
#[tauri::command]
pub async fn lock_now(app: AppHandle) -> CommandResult<()> {
    off_main_thread(move || {
        crate::app::lock_now(&app);
        Ok(())
    })
    .await
}

// ---- the patient's own checklist on their phone (issue 27) ----

/// Where the phone's copy stands, for Today and the Session plan.
#[tauri::command]
pub fn phone_status(state: State<'_, AppState>) -> CommandResult<PhoneStatus> {
    store(&state)?.phone_status(state.clock.now()).map_err(payload)
}

/// The patient's choice of words for the phone's calendar (asked once,
/// after Steady said a phone calendar may sync to a cloud account).
#[tauri::command]
pub fn set_phone_titles(app: AppHandle, state: State<'_, AppState>, titles: PhoneTitles) -> CommandResult<PhoneStatus> {
    let result = {
        let mut store = store(&state)?;
        store
            .set_phone_titles(titles)
            .and_then(|_| store.phone_status(state.clock.now()))
            .map_err(payload)
    };
    changed(&app, &state, result)
}

/// The session's calendar for the phone, with its QR codes; remembered as
/// sent (the QR codes are on screen to scan).
#[tauri::command(rename_all = "snake_case")]
pub fn phone_calendar(app: AppHandle, state: State<'_, AppState>, session_id: i64) -> CommandResult<PhoneCalendar> {
    let result = store(&state)?
        .phone_calendar(session_id, state.clock.now())
        .map_err(payload);
    changed(&app, &state, result)
}

/// Saves the session's calendar for the phone in Downloads.
#[tauri::command(rename_all = "snake_case")]
pub fn save_phone_calendar(app: AppHandle, state: State<'_, AppState>, session_id: i64) -> CommandResult<ExportedFile> {
    let result = (|| {
        let calendar = store(&state)?
            .phone_calendar(session_id, state.clock.now())
            .map_err(payload)?;
        let dir = paths::export_dir().map_err(payload)?;
        let path = phone::save_phone_calendar(&calendar, &dir).map_err(payload)?;
        Ok(ExportedFile {
            path: path.display().to_string(),
        })
    })();
    changed(&app, &state, result)
}

/// "Send to my phone": the mail program with the calendar attached.
#[tauri::command(rename_all = "snake_case")]
pub async fn send_to_phone(
    app: AppHandle,
    state: State<'_, AppState>,
    session_id: i64,
    to: Option<String>,
) -> CommandResult<SentToPhone> {
    let calendar = store(&state)?
        .phone_calendar(session_id, state.clock.now())
        .map_err(payload)?;
    let dir = paths::export_dir().map_err(payload)?;
    let sent = off_main_thread(move || phone::send_to_phone(&calendar, &dir, to.as_deref(), None)).await;
    changed(&app, &state, sent)
}
