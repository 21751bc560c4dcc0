//! The `steady` binary. With a subcommand it is the headless CLI of the core
//! (no window, no display needed); without one it opens the app.

// In release builds on Windows, do not open a console window behind the app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod app;
mod commands;
mod instance;
#[cfg(target_os = "linux")]
#[allow(dead_code)] // the resident's half of the protocol is its own
mod link;
mod window_link;

fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // `steady --tray` (the login item): only the resident, no window. On
    // Linux that is `steady-tray`; elsewhere the app starts with its window
    // hidden in the tray.
    if args.len() == 2 && args[1] == "--tray" {
        #[cfg(target_os = "linux")]
        {
            use std::os::unix::process::CommandExt;
            if let Ok(exe) = std::env::current_exe() {
                let error = std::process::Command::new(exe.with_file_name("steady-tray")).exec();
                eprintln!("steady: steady-tray could not start ({error}); opening the window instead");
            }
        }
        app::run();
        return;
    }
    if args.len() > 1 {
        // Decided before anything graphical starts, so `steady items --json`
        // works over SSH, in CI and in cron with no display.
        let code = steady_core::cli::run(args, chrono::Utc::now(), &mut std::io::stdout(), &mut std::io::stderr());
        std::process::exit(code);
    }
    app::run();
}
