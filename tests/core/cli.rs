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
    assert_eq!(
        items.len(),
        14,
        "11 plan items, the typical no-alcohol rule and arrival, and checking which medicines to pause"
    );
    let sleep = items.iter().find(|i| i["key"] == "sleep").unwrap();
    assert_eq!(sleep["title"], "Go to bed in good time");
    assert_eq!(sleep["due_utc"], "2026-12-02T21:30:00Z");
    assert_eq!(sleep["due_local"], "2026-12-02T22:30:00+01:00", "the default bedtime");
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

/// `steady` with answers to its passphrase prompts, one per prompt.
fn steady_answering(dir: &Path, args: &[&str], answers: &[&str]) -> (i32, String, String, Vec<String>) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let mut answers = answers.iter();
    let mut prompts = Vec::new();
    let argv = std::iter::once("steady").chain(args.iter().copied());
    let code = steady_core::cli::run_with(
        dir,
        argv,
        at("2026-11-25T12:00:00Z"),
        &mut out,
        &mut err,
        &mut |prompt: &str| {
            prompts.push(prompt.to_string());
            answers
                .next()
                .map(|a| a.to_string())
                .ok_or_else(|| steady_core::Error::invalid("passphrase", "no more answers"))
        },
    );
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
        prompts,
    )
}

#[test]
fn lock_set_change_remove_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = steady(
        dir.path(),
        &["session", "add", "--start", "2026-12-03T09:00", "--tz", "Europe/Berlin"],
    );
    assert_eq!(code, 0, "{err}");

    let (code, _, err, _) = steady_answering(dir.path(), &["lock", "set"], &["first passphrase", "first passphrasf"]);
    assert_eq!(code, 1);
    assert!(err.contains("not the same"), "{err}");
    let (code, out, err, _) = steady_answering(dir.path(), &["lock", "set"], &["first passphrase", "first passphrase"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("lock is on"), "{out}");
    assert!(!steady_core::storage::encryption::looks_plaintext(&dir.path().join("steady.sqlite3")).unwrap());

    // `lock set` wrote the reminder times a locked start fires from, and a
    // change made here while locked reaches them.
    let owed = |dir: &Path| {
        steady_core::reminders::locked_schedule::LockedSchedule::open(dir)
            .unwrap()
            .owed()
            .unwrap()
    };
    let before = owed(dir.path()).len();
    assert!(before > 0);
    let (code, _, err, _) = steady_answering(
        dir.path(),
        &[
            "item",
            "add",
            "--session",
            "1",
            "--title",
            "Pack a blanket",
            "--due",
            "2026-12-02T18:00",
        ],
        &["first passphrase"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        owed(dir.path()).len(),
        before + 1,
        "the new item's reminder time is there"
    );

    // Commands that read the data ask; the wrong answer is refused.
    let (code, _, err, prompts) = steady_answering(dir.path(), &["items", "--json"], &["wrong passphrase"]);
    assert_eq!(code, 1);
    assert!(err.contains("does not match"), "{err}");
    assert_eq!(prompts, ["Steady is locked. Passphrase: "]);
    let (code, out, err, _) = steady_answering(dir.path(), &["items", "--json"], &["first passphrase"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(serde_json::from_str::<Vec<serde_json::Value>>(&out).unwrap().len(), 15);
    // Ones that do not, do not ask.
    let (code, _, _, prompts) = steady_answering(dir.path(), &["data-dir"], &[]);
    assert_eq!(code, 0);
    assert!(prompts.is_empty());
    let (_, out, _, prompts) = steady_answering(dir.path(), &["lock", "status"], &[]);
    assert!(out.contains("lock is on") && prompts.is_empty(), "{out}");

    let (code, _, err, _) = steady_answering(
        dir.path(),
        &["lock", "change"],
        &["first passphrase", "second passphrase", "second passphrase"],
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, _, _) = steady_answering(dir.path(), &["items"], &["first passphrase"]);
    assert_eq!(code, 1);
    let (code, _, err, _) = steady_answering(dir.path(), &["lock", "remove"], &["second passphrase"]);
    assert_eq!(code, 0, "{err}");
    let (code, out, _) = steady(dir.path(), &["lock", "status"]);
    assert_eq!(code, 0);
    assert!(out.contains("lock is off"), "{out}");
    let (code, out, _) = steady(dir.path(), &["items", "--json"]);
    assert_eq!(code, 0);
    assert_eq!(serde_json::from_str::<Vec<serde_json::Value>>(&out).unwrap().len(), 15);
    assert!(
        !dir.path().join(steady_core::reminders::locked_schedule::FILE).exists(),
        "the times go with the lock"
    );
}

/// A German system where the window was never opened, so no country is
/// stored yet (issue 26): the ride card the CLI writes names the crisis
/// line `steady crisis` names on the same system, TelefonSeelsorge, not
/// "not set in Steady". The card is written first, as a patient would.
#[test]
fn a_ride_card_from_the_cli_names_the_crisis_line_steady_crisis_names() {
    use steady_core::basics::locale::{glibc_formats, SystemLocale};
    use steady_core::cli::{run_on, System};
    let german = System {
        locale: SystemLocale::from_env(|key| (key == "LANG").then(|| "de_DE.UTF-8".to_string()), glibc_formats),
        time_zone: "UTC".into(),
    };
    assert_eq!(german.locale.region.as_deref(), Some("DE"));
    let dir = tempfile::tempdir().unwrap();
    let steady = |args: &[&str]| {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let argv = std::iter::once("steady").chain(args.iter().copied());
        let code = run_on(
            &german,
            dir.path(),
            argv,
            at("2026-11-25T12:00:00Z"),
            &mut out,
            &mut err,
            &mut |_: &str| panic!("not locked"),
        );
        let (out, err) = (String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap());
        assert_eq!(code, 0, "steady {args:?}: {err}");
        out
    };
    steady(&["session", "add", "--start", "2026-12-03T09:00", "--tz", "Europe/Berlin"]);
    let card = dir.path().join("card.pdf");
    steady(&["export", "card", "--session", "1", "--output", card.to_str().unwrap()]);
    let text = crate::pdf_text(&std::fs::read(&card).unwrap());
    let crisis = steady(&["crisis"]);
    assert!(crisis.contains("TelefonSeelsorge 0800 111 0 111"), "{crisis}");
    assert!(
        text.contains("TelefonSeelsorge 0800 111 0 111"),
        "the card names the line `steady crisis` names:\n{text}"
    );
    assert!(!text.contains("not set in Steady"), "{text}");
}

/// Issue 24: `--language` writes the ride card and the calendar in the
/// driver's language; a language Steady has no words in is refused.
#[test]
fn export_card_and_calendar_in_the_drivers_language() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = steady(
        dir.path(),
        &["session", "add", "--start", "2026-12-03T09:00", "--tz", "Europe/Berlin"],
    );
    assert_eq!(code, 0, "{err}");
    let card = dir.path().join("card.pdf");
    let (code, out, err) = steady(
        dir.path(),
        &[
            "export",
            "card",
            "--session",
            "1",
            "--language",
            "en-XA",
            "-o",
            card.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("Wrote the ride card"),
        "the patient's words stay theirs: {out}"
    );
    let text = crate::pdf_text(&std::fs::read(&card).unwrap());
    assert!(text.contains("ŔÎḒÉ ĤÖḾÉ ÇÅŔḒ"), "{text}");
    assert!(!text.contains("RIDE HOME CARD"), "{text}");

    let calendar = dir.path().join("course.ics");
    let (code, _, err) = steady(
        dir.path(),
        &["export", "ics", "--language", "en-XA", "-o", calendar.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    let ics = std::fs::read_to_string(&calendar).unwrap();
    assert!(ics.contains("SUMMARY:Îññƒûûššîîôôññ"), "{ics}");

    let (code, _, err) = steady(
        dir.path(),
        &[
            "export",
            "card",
            "--session",
            "1",
            "--language",
            "tlh",
            "-o",
            card.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 1);
    assert!(err.contains("“tlh”"), "{err}");
}
