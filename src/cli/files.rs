//! The subcommands that write or read files: `export` (a calendar file, the
//! ride card, all data), `import` (all data) and `protocol` (a clinic's
//! rules as a file).

use std::io::Write;
use std::path::Path;

use chrono::{DateTime, Utc};

use super::{to_json, ExportCommand, ImportCommand, ProtocolCommand};
use crate::basics::error::Result;
use crate::storage::store::Store;
use crate::views::ride::Paper;

pub(super) fn export(
    system: &super::System,
    command: ExportCommand,
    now: DateTime<Utc>,
    out: &mut dyn Write,
    open_store: &mut dyn FnMut() -> Result<Store>,
) -> Result<()> {
    match command {
        ExportCommand::Ics {
            session,
            output,
            language,
        } => {
            let store = open_store()?;
            let style = system.locale.style;
            let cards = match session {
                Some(id) => vec![store.ride_card_in(id, style, language.as_deref())?],
                None => store.all_ride_cards_in(style, language.as_deref())?,
            };
            crate::views::ride::write_file(&output, crate::views::ride::calendar_file(&cards, now).as_bytes())?;
            writeln!(
                out,
                "{}",
                crate::t!(
                    "cli-wrote-events",
                    count = cards.len() * 3,
                    file = output.display().to_string()
                )
            )?;
        }
        ExportCommand::Card {
            session,
            paper,
            output,
            language,
        } => {
            let paper = match paper.to_ascii_lowercase().as_str() {
                "a4" => Paper::A4,
                "letter" => Paper::Letter,
                _ => return Err(crate::Error::invalid("paper", crate::t!("error-cli-paper"))),
            };
            let card = open_store()?.ride_card_in(session, system.locale.style, language.as_deref())?;
            crate::views::ride::write_file(&output, &crate::views::ride_card_pdf::card_pdf(&card, paper)?)?;
            writeln!(
                out,
                "{}",
                crate::t!("cli-wrote-ride-card", file = output.display().to_string())
            )?;
        }
        ExportCommand::Data { output } => {
            crate::views::ride::write_file(&output, open_store()?.export_data(now)?.as_bytes())?;
            writeln!(
                out,
                "{}",
                crate::t!("cli-wrote-data", file = output.display().to_string())
            )?;
        }
    }
    Ok(())
}

pub(super) fn import(
    command: ImportCommand,
    db: &Path,
    now: DateTime<Utc>,
    out: &mut dyn Write,
    open_store: &mut dyn FnMut() -> Result<Store>,
) -> Result<()> {
    match command {
        ImportCommand::Data { file } => {
            let size = std::fs::metadata(&file)?.len();
            if size > crate::storage::transfer::MAX_FILE_BYTES as u64 {
                return Err(crate::Error::invalid(
                    "file",
                    crate::t!("error-cli-data-file-too-large"),
                ));
            }
            let bytes = std::fs::read(&file)?;
            let backup = open_store()?.import_data(&bytes, &crate::storage::backup::backups_dir(db), now)?;
            writeln!(
                out,
                "{}",
                crate::t!(
                    "cli-imported",
                    file = file.display().to_string(),
                    backup = backup.display().to_string()
                )
            )?;
        }
    }
    Ok(())
}

pub(super) fn protocol(
    command: ProtocolCommand,
    now: DateTime<Utc>,
    out: &mut dyn Write,
    open_store: &mut dyn FnMut() -> Result<Store>,
) -> Result<()> {
    match command {
        ProtocolCommand::Check { file } => {
            let bytes = crate::plan::protocol::read_file(&file)?;
            match crate::plan::protocol::parse(&bytes) {
                Ok(_) => writeln!(
                    out,
                    "{}",
                    crate::t!("cli-protocol-no-problems", file = file.display().to_string())
                )?,
                Err(problems) => {
                    for problem in &problems {
                        writeln!(
                            out,
                            "{}",
                            crate::t!(
                                "cli-protocol-problem",
                                file = file.display().to_string(),
                                problem = problem.to_string()
                            )
                        )?;
                    }
                    return Err(crate::Error::invalid(
                        "protocol",
                        crate::t!(
                            "error-cli-protocol-problems",
                            count = problems.len(),
                            file = file.display().to_string()
                        ),
                    ));
                }
            }
        }
        ProtocolCommand::Import { file } => {
            let bytes = crate::plan::protocol::read_file(&file)?;
            let mut store = open_store()?;
            let ids: Vec<i64> = store.current_and_upcoming_sessions(now)?.iter().map(|s| s.id).collect();
            let receipt = store.import_protocol(&bytes, &ids, now)?;
            writeln!(
                out,
                "{}",
                crate::t!(
                    "cli-protocol-applied",
                    file = file.display().to_string(),
                    count = receipt.session_ids.len(),
                    import = receipt.import_id
                )
            )?;
        }
        ProtocolCommand::Export { output } => {
            crate::views::ride::write_file(&output, open_store()?.export_protocol()?.as_bytes())?;
            writeln!(
                out,
                "{}",
                crate::t!("cli-wrote-protocol", file = output.display().to_string())
            )?;
        }
        ProtocolCommand::Schema => write!(out, "{}", crate::plan::protocol::json_schema())?,
        ProtocolCommand::FromText { file, json } => {
            // Reads no data: a clinic can run it on any sheet.
            let text = if file.as_os_str() == "-" {
                let mut bytes = Vec::new();
                std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)?;
                crate::storage::sheet_file::sheet_text_from(&bytes)?
            } else {
                crate::storage::sheet_file::sheet_text(&file)?
            };
            let reading = crate::plan::sheet::read_sheet(&text)?;
            if json {
                writeln!(out, "{}", to_json(&reading))?;
            } else {
                write!(out, "{}", crate::plan::sheet::write::to_partial_toml(&reading))?;
            }
        }
    }
    Ok(())
}
