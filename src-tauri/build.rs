//! Tauri's build step, with Steady's own commands declared: each gets an
//! `allow-<command>` permission, and a window may call only the commands its
//! capability grants (capabilities/default.json). Without this list every
//! app command would be callable from any window.

/// Every command the UI calls. `make lint` checks this against the UI's
/// typed command map in ui/src/lib/api.ts and the capability file.
const COMMANDS: &[&str] = &[
    "add_check_in",
    "add_item",
    "add_medication_hold",
    "add_phq9",
    "apply_rules",
    "cancel_session",
    "check_in_reminders_enabled",
    "contacts",
    "course_view",
    "create_session",
    "day_times",
    "export_check_ins",
    "export_data",
    "export_ics",
    "export_protocol",
    "export_ride_card",
    "export_rules",
    "first_screen",
    "groggy_mode_enabled",
    "import_data",
    "import_protocol",
    "lock_now",
    "log_effect",
    "mark_session_ended",
    "move_session",
    "open_data_folder",
    "pause_reminders",
    "plan_series",
    "preview_protocol",
    "preview_protocol_file",
    "preview_rules",
    "print_ride_card",
    "recovery_view",
    "reminders_status",
    "remove_item",
    "remove_medication",
    "reset_item_due",
    "ride_card",
    "rules_form",
    "send_test_notification",
    "session_view",
    "set_app_lock",
    "set_check_in_reminders",
    "set_crisis_numbers",
    "set_day_times",
    "set_driver_confirmed",
    "set_groggy_mode",
    "set_item_done",
    "set_item_due",
    "set_item_note",
    "set_item_part_done",
    "set_patient_name",
    "set_remind_lead",
    "set_ride_details",
    "set_stale_after_hours",
    "set_start_at_login",
    "snooze_reminder",
    "start_at_login",
    "today",
    "trend",
    "ui_ready",
    "undo_protocol_import",
    "unlock",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("the Tauri build step failed");
}
