//! Wires the core to the window: opens the store, manages it as Tauri state,
//! registers the commands. No business logic lives here.

use std::sync::Mutex;

use steady_core::time::{Clock, SystemClock};
use steady_core::{paths, ErrorPayload, Store};

/// What every command reaches through `tauri::State`.
pub struct AppState {
    /// `Err` when the data could not be opened at start-up; every command then
    /// answers with that error, and the UI shows it instead of an empty plan.
    pub store: Result<Mutex<Store>, ErrorPayload>,
    pub clock: Box<dyn Clock>,
}

impl AppState {
    fn open() -> AppState {
        let store = paths::database_path()
            .and_then(|path| Store::open(&path))
            .map(Mutex::new)
            .map_err(|e| e.payload());
        AppState {
            store,
            clock: Box::new(SystemClock),
        }
    }
}

pub fn run() {
    let state = AppState::open();
    if let Err(e) = &state.store {
        eprintln!("steady: {}", e.message);
    }
    let result = tauri::Builder::default()
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            crate::commands::app_info,
            crate::commands::today,
            crate::commands::next_session,
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
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("steady: the window could not start: {e}");
        std::process::exit(1);
    }
}
