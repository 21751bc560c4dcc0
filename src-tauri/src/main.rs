//! The `steady` binary. With a subcommand it is the headless CLI of the core
//! (no window, no display needed); without one it opens the app.

// In release builds on Windows, do not open a console window behind the app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod app;
mod commands;
mod instance;

fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.len() > 1 {
        // Decided before anything graphical starts, so `steady items --json`
        // works over SSH, in CI and in cron with no display.
        let code = steady_core::cli::run(args, chrono::Utc::now(), &mut std::io::stdout(), &mut std::io::stderr());
        std::process::exit(code);
    }
    app::run();
}
