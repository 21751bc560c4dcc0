//! The built `steady-tray` given arguments it does not take (issue 26): the
//! CLI's, by mistake, are refused with a usage error at once instead of
//! starting a resident that runs until logout.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long a refusal may take; a resident would still be running.
const WITHIN: Duration = Duration::from_secs(10);

/// Runs the built `steady-tray` with `args` on a data folder, runtime folder
/// and (absent) session bus of its own, so it can reach nothing of anyone
/// else's. Returns its exit code, or None when it was still running after
/// [`WITHIN`] (then it is killed), and what it wrote to stderr.
fn steady_tray(args: &[&str]) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_steady-tray"))
        .args(args)
        .env("STEADY_DATA_DIR", dir.path().join("data"))
        .env("XDG_RUNTIME_DIR", dir.path())
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/steady-test-bus")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the built steady-tray starts");
    let started = Instant::now();
    let code = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status.code();
        }
        if started.elapsed() > WITHIN {
            child.kill().unwrap();
            child.wait().unwrap();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    (code, stderr)
}

#[test]
fn the_clis_arguments_are_refused_with_a_usage_error() {
    let (code, stderr) = steady_tray(&["session", "add", "--start", "2026-12-03T09:00"]);
    assert_eq!(
        code,
        Some(2),
        "a usage error at once, not a resident (None: still running after {WITHIN:?}); stderr: {stderr}"
    );
    assert!(stderr.contains("unexpected argument 'session'"), "{stderr}");
    assert!(
        stderr.contains("steady session add --start 2026-12-03T09:00"),
        "it says which program takes them: {stderr}"
    );
}

#[test]
fn an_option_it_does_not_have_is_refused() {
    let (code, stderr) = steady_tray(&["--open", "--tray"]);
    assert_eq!(code, Some(2), "stderr: {stderr}");
    assert!(stderr.contains("unexpected argument '--tray'"), "{stderr}");
}
