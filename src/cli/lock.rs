//! `steady lock`: the app lock from the command line, and how the CLI asks
//! for a passphrase.

use std::io::Write;
use std::path::Path;

use chrono::{DateTime, Utc};

use super::LockCommand;
use crate::basics::error::Result;
use crate::storage::store::Store;

/// Asks for a passphrase with the given prompt.
pub type AskPassphrase<'a> = dyn FnMut(&str) -> Result<String> + 'a;

/// At a terminal: a prompt with echo off. Otherwise: the next line of
/// standard input, so scripts can pipe it in (never an argument, which
/// other users can read in the process list).
pub fn ask_terminal_or_stdin(prompt: &str) -> Result<String> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        return Ok(rpassword::prompt_password(prompt)?);
    }
    let mut line = String::new();
    if std::io::stdin().read_line(&mut line)? == 0 {
        return Err(crate::Error::invalid(
            "passphrase",
            crate::t!("error-cli-no-passphrase"),
        ));
    }
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

pub(super) fn lock_command(
    command: LockCommand,
    data_dir: &Path,
    db: &Path,
    now: DateTime<Utc>,
    out: &mut dyn Write,
    ask: &mut AskPassphrase<'_>,
) -> Result<()> {
    use crate::storage::encryption::read_lock;
    use crate::storage::key::KdfParams;
    use crate::workflows::app_lock::change_passphrase;
    let lock = read_lock(data_dir)?;
    let ask_new = |ask: &mut AskPassphrase<'_>| -> Result<String> {
        let first = ask(&crate::t!("cli-prompt-new-passphrase"))?;
        let again = ask(&crate::t!("cli-prompt-passphrase-again"))?;
        if first != again {
            return Err(crate::Error::invalid(
                "passphrase",
                crate::t!("error-cli-passphrases-differ"),
            ));
        }
        Ok(first)
    };
    match (command, lock.is_some()) {
        (LockCommand::Status, on) => writeln!(
            out,
            "{}",
            crate::t!("cli-lock-status", on = if on { "yes" } else { "no" })
        )?,
        (LockCommand::Set, true) => {
            return Err(crate::Error::invalid(
                "passphrase",
                crate::t!("error-cli-lock-already-on"),
            ))
        }
        (LockCommand::Change | LockCommand::Remove, false) => {
            return Err(crate::Error::invalid("passphrase", crate::t!("error-cli-lock-off")))
        }
        (LockCommand::Set, false) => {
            let new = ask_new(ask)?;
            let mut store = Store::open(db)?;
            change_passphrase(&mut store, db, None, Some(&new), KdfParams::DEFAULT, now)?;
            writeln!(out, "{}", crate::t!("cli-lock-set"))?;
        }
        (LockCommand::Change, true) => {
            let current = ask(&crate::t!("cli-prompt-current-passphrase"))?;
            let key = crate::storage::encryption::key_for(data_dir, Some(&current))?;
            let new = ask_new(ask)?;
            let mut store = Store::open_keyed(db, key.as_ref())?;
            change_passphrase(&mut store, db, Some(&current), Some(&new), KdfParams::DEFAULT, now)?;
            writeln!(out, "{}", crate::t!("cli-lock-changed"))?;
        }
        (LockCommand::Remove, true) => {
            let current = ask(&crate::t!("cli-prompt-current-passphrase"))?;
            let key = crate::storage::encryption::key_for(data_dir, Some(&current))?;
            let mut store = Store::open_keyed(db, key.as_ref())?;
            change_passphrase(&mut store, db, Some(&current), None, KdfParams::DEFAULT, now)?;
            writeln!(out, "{}", crate::t!("cli-lock-removed"))?;
        }
    }
    Ok(())
}
