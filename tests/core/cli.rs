//! The headless `steady` command on a data folder.

use std::path::Path;

use crate::at;

fn steady(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let argv = std::iter::once("steady").chain(args.iter().copied());
    let code = steady_core::cli::run_in(dir, argv, at("2026-11-25T12:00:00Z"), &mut out, &mut err);
    (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
}

#[test]
fn session_add_then_items_json_then_tick() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = steady(
        dir.path(),
        &[
            "session",
            "add",
            "--start",
            "2026-12-03T09:00",
            "--tz",
            "Europe/Berlin",
            "--json",
        ],
    );
    assert_eq!(code, 0, "stderr: {err}");
    let session: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(session["tz"], "Europe/Berlin");

    let (code, out, _) = steady(dir.path(), &["items", "--json"]);
    assert_eq!(code, 0);
    let items: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(items.len(), 12, "11 plan items plus the typical no-alcohol rule");
    let sleep = items.iter().find(|i| i["title"] == "Go to bed in good time").unwrap();
    assert_eq!(sleep["due_utc"], "2026-12-02T21:00:00Z");
    assert_eq!(sleep["due_local"], "2026-12-02T22:00:00+01:00");
    assert_eq!(sleep["checklist"], "day_before");
    assert_eq!(sleep["session"], session["id"]);
    assert_eq!(sleep["done"], false);

    let id = sleep["id"].as_i64().unwrap().to_string();
    let (code, out, _) = steady(dir.path(), &["tick", &id]);
    assert_eq!(code, 0);
    assert!(out.contains("is done"), "{out}");
    let (_, out, _) = steady(dir.path(), &["items", "--json"]);
    let items: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(
        items.iter().find(|i| i["title"] == "Go to bed in good time").unwrap()["done"],
        true
    );
}

#[test]
fn refusals_go_to_stderr_with_a_nonzero_exit() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = steady(
        dir.path(),
        &["session", "add", "--start", "2020-01-01T09:00", "--tz", "UTC"],
    );
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("already passed"), "{err}");

    let (code, _, err) = steady(dir.path(), &["tick", "42"]);
    assert_eq!(code, 1);
    assert!(err.contains("not found"), "{err}");

    let (code, _, err) = steady(dir.path(), &["frobnicate"]);
    assert_eq!(code, 2, "an unknown subcommand is a usage error");
    assert!(err.contains("frobnicate"));
}

#[test]
fn help_lists_the_subcommands() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, _) = steady(dir.path(), &["--help"]);
    assert_eq!(code, 0);
    for word in ["session", "items", "tick", "today"] {
        assert!(out.contains(word), "help lacks {word}: {out}");
    }
}
