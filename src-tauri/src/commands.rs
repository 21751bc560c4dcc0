//! The IPC commands: each one locks the store, calls the core with the
//! current time, and returns the core's result. Errors cross as the core's
//! `{ code, message, field }` payload.

use std::sync::MutexGuard;

use steady_core::model::{Item, NewItem, NewMedicationHold, NewSession, Session};
use steady_core::views::{self, AppInfo, SessionView, TodayView};
use steady_core::{paths, time, ErrorPayload, Store};
use tauri::State;

use crate::app::AppState;

type CommandResult<T> = Result<T, ErrorPayload>;

fn store<'a>(state: &'a State<'_, AppState>) -> CommandResult<MutexGuard<'a, Store>> {
    match &state.store {
        // A panic elsewhere while holding the lock leaves SQLite consistent
        // (writes are transactions), so a poisoned lock is still safe to use.
        Ok(store) => Ok(store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())),
        Err(e) => Err(e.clone()),
    }
}

fn payload(e: steady_core::Error) -> ErrorPayload {
    e.payload()
}

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_string(),
        data_dir: paths::data_dir()
            .map(|dir| dir.display().to_string())
            .unwrap_or_default(),
        system_tz: time::system_time_zone(),
        startup_error: state.store.as_ref().err().cloned(),
    }
}

#[tauri::command]
pub fn today(state: State<'_, AppState>) -> CommandResult<TodayView> {
    views::today_view(&*store(&state)?, state.clock.now()).map_err(payload)
}

#[tauri::command]
pub fn next_session(state: State<'_, AppState>) -> CommandResult<Option<SessionView>> {
    views::next_session_view(&*store(&state)?, state.clock.now()).map_err(payload)
}

#[tauri::command(rename_all = "snake_case")]
pub fn session_view(state: State<'_, AppState>, session_id: i64) -> CommandResult<SessionView> {
    views::session_view(&*store(&state)?, session_id).map_err(payload)
}

#[tauri::command]
pub fn create_session(state: State<'_, AppState>, input: NewSession) -> CommandResult<Session> {
    store(&state)?
        .create_session(&input, state.clock.now())
        .map_err(payload)
}

#[tauri::command(rename_all = "snake_case")]
pub fn move_session(
    state: State<'_, AppState>,
    session_id: i64,
    start_local: String,
) -> CommandResult<Session> {
    store(&state)?
        .move_session(session_id, &start_local, state.clock.now())
        .map_err(payload)
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_item_done(state: State<'_, AppState>, item_id: i64, done: bool) -> CommandResult<Item> {
    store(&state)?
        .set_item_done(item_id, done, state.clock.now())
        .map_err(payload)
}

#[tauri::command]
pub fn add_item(state: State<'_, AppState>, input: NewItem) -> CommandResult<Item> {
    store(&state)?.add_custom_item(&input).map_err(payload)
}

#[tauri::command]
pub fn add_medication_hold(
    state: State<'_, AppState>,
    input: NewMedicationHold,
) -> CommandResult<Item> {
    store(&state)?.add_medication_hold(&input).map_err(payload)
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_item_due(
    state: State<'_, AppState>,
    item_id: i64,
    due_local: String,
) -> CommandResult<Item> {
    store(&state)?
        .set_item_due(item_id, &due_local)
        .map_err(payload)
}

#[tauri::command(rename_all = "snake_case")]
pub fn reset_item_due(state: State<'_, AppState>, item_id: i64) -> CommandResult<Item> {
    store(&state)?.reset_item_due(item_id).map_err(payload)
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_item_note(
    state: State<'_, AppState>,
    item_id: i64,
    note: Option<String>,
) -> CommandResult<Item> {
    store(&state)?
        .set_item_note(item_id, note.as_deref())
        .map_err(payload)
}

#[tauri::command(rename_all = "snake_case")]
pub fn remove_item(state: State<'_, AppState>, item_id: i64) -> CommandResult<()> {
    store(&state)?.remove_item(item_id).map_err(payload)
}
