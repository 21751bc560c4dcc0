//! "Send to the driver": the ride card (PDF) and the pickup's calendar file
//! saved, then the system's mail program opened with the message filled in
//! and, where the platform allows, both files attached.
//!
//! - Linux: `xdg-email --utf8 --subject … --body … --attach card.pdf
//!   --attach pickup.ics [address]` (xdg-utils), which hands the files to
//!   the user's mail program.
//! - macOS and Windows have no portable way to attach from outside a mail
//!   program: Steady opens a `mailto:` link with the message, and says
//!   which saved files to attach.
//!
//! What goes to the driver (the subject, the message, the files) is in the
//! card's language; what Steady tells the patient is in theirs.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

use crate::basics::error::{Error, Result};
use crate::views::pdf::Paper;
use crate::views::ride::{file_name, write_file, RideCard};

/// What "Send to the driver" did.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SentToDriver {
    /// The files saved (the card and the calendar file).
    pub files: Vec<String>,
    /// The mail program got the files attached (Linux, xdg-email).
    pub attached: bool,
    /// What to tell the patient: "Your mail program opened with…".
    pub note: String,
}

/// The e-mail's subject line.
pub fn subject(card: &RideCard) -> String {
    card.words.mail_subject.clone()
}

/// The `mailto:` link with the message (no attachments: mailto cannot carry them).
pub fn mailto(card: &RideCard) -> String {
    let encode = percent_encode;
    format!(
        "mailto:{}?subject={}&body={}",
        card.driver_email.as_deref().map(encode).unwrap_or_default(),
        encode(&subject(card)),
        encode(&card.message)
    )
}

/// Text as a `mailto:` link carries it: every byte but the unreserved
/// characters percent-encoded.
pub(crate) fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Saves the card and the calendar file into `dir`, then opens the mail
/// program. `program` is `xdg-email` unless a test or packager names another.
pub fn send_to_driver(
    card: &RideCard,
    paper: Paper,
    dir: &Path,
    now: DateTime<Utc>,
    program: Option<&Path>,
) -> Result<SentToDriver> {
    let pdf = crate::views::ride_card_pdf::card_pdf(card, paper)?;
    let card_path = dir.join(file_name("ride-card", card, "pdf"));
    write_file(&card_path, &pdf)?;
    let ics_path = dir.join(file_name("pickup", card, "ics"));
    write_file(
        &ics_path,
        crate::views::ride::calendar_file(std::slice::from_ref(card), now).as_bytes(),
    )?;
    let files = vec![card_path.display().to_string(), ics_path.display().to_string()];
    let driver = if card.driver_name.is_some() { "named" } else { "none" };
    let driver_name = card.driver_name.clone().unwrap_or_default();
    if cfg!(target_os = "linux") || program.is_some() {
        let program = program.map(PathBuf::from).unwrap_or_else(|| PathBuf::from("xdg-email"));
        let mut command = Command::new(&program);
        command
            .arg("--utf8")
            .args(["--subject", &subject(card)])
            .args(["--body", &card.message])
            .args(["--attach", &files[0]])
            .args(["--attach", &files[1]]);
        if let Some(address) = &card.driver_email {
            command.arg(address);
        }
        return match run_briefly(&mut command) {
            Ok(None) => Ok(SentToDriver {
                files,
                attached: true,
                note: crate::t!("ride-mail-opened-attached", driver = driver, driver_name = driver_name),
            }),
            Ok(Some(status)) => Err(Error::Document(crate::t!(
                "error-document-mail-failed",
                program = program.display().to_string(),
                status = status.to_string(),
                folder = dir.display().to_string()
            ))),
            Err(e) => Err(Error::Document(crate::t!(
                "error-document-no-mail-program",
                program = program.display().to_string(),
                reason = e.to_string(),
                folder = dir.display().to_string()
            ))),
        };
    }
    open_mailto(&mailto(card))?;
    Ok(SentToDriver {
        note: crate::t!(
            "ride-mail-opened",
            driver = driver,
            driver_name = driver_name,
            folder = dir.display().to_string(),
            card = card_path.file_name().and_then(|n| n.to_str()).unwrap_or_default(),
            calendar = ics_path.file_name().and_then(|n| n.to_str()).unwrap_or_default()
        ),
        files,
        attached: false,
    })
}

/// Runs `command`, waiting at most a few seconds: some mail programs keep
/// xdg-email waiting until their window closes. None: it succeeded, or is
/// still running (the mail program is open); Some: the failed exit status.
pub(crate) fn run_briefly(command: &mut Command) -> std::io::Result<Option<std::process::ExitStatus>> {
    // Not a care number: how long to wait for the mail program to start.
    const WAIT: std::time::Duration = std::time::Duration::from_secs(5);
    let mut child = command
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .spawn()?;
    let started = std::time::Instant::now();
    while started.elapsed() < WAIT {
        if let Some(status) = child.try_wait()? {
            return Ok((!status.success()).then_some(status));
        }
        // Not a care number: how often the mail program's exit is polled.
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    // Still running: the mail program is open. Reap it when it exits.
    std::thread::spawn(move || child.wait());
    Ok(None)
}

#[cfg(target_os = "macos")]
pub(crate) fn open_mailto(link: &str) -> Result<()> {
    Command::new("open").arg(link).status()?;
    Ok(())
}

#[cfg(target_os = "windows")]
pub(crate) fn open_mailto(link: &str) -> Result<()> {
    Command::new("cmd").args(["/C", "start", "", link]).status()?;
    Ok(())
}

#[cfg(not(any(target_os = "macos", target_os = "windows")))]
pub(crate) fn open_mailto(link: &str) -> Result<()> {
    Command::new("xdg-open").arg(link).status()?;
    Ok(())
}
