//! The benchmark's floor: what any Tauri 2 app costs on this machine.
//! It logs when its page is ready, in the same words Steady uses, and answers
//! one trivial command so the IPC round trip itself can be measured.

/// Called by the page on DOMContentLoaded.
#[tauri::command]
fn ui_ready(dom: f64) {
    let since_epoch = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    eprintln!(
        "baseline: ui ready at {:.3} [dom={dom:.0}ms]",
        since_epoch.as_secs_f64()
    );
}

/// The smallest possible command: the IPC floor.
#[tauri::command]
fn ping() -> u32 {
    1
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ui_ready, ping])
        .run(tauri::generate_context!())
        .expect("the baseline window could not start");
}
