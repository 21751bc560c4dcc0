//! `steady phone`: the patient's checklist as a calendar for their phone
//! (views::phone), and whether the phone's copy is up to date.

use std::io::Write;

use chrono::{DateTime, Utc};

use crate::basics::error::{Error, Result};
use crate::cli::PhoneCommand;
use crate::storage::phone_events::PhoneTitles;
use crate::storage::store::Store;
use crate::t;

pub(crate) fn run(
    command: PhoneCommand,
    system: &super::System,
    open_store: &mut dyn FnMut() -> Result<Store>,
    now: DateTime<Utc>,
    out: &mut dyn Write,
) -> Result<()> {
    let mut store = open_store()?;
    store.set_time_style(system.locale.style);
    match command {
        PhoneCommand::Export {
            session,
            titles,
            output,
        } => {
            if let Some(titles) = titles {
                let titles = match titles.to_ascii_lowercase().as_str() {
                    "full" => PhoneTitles::Full,
                    "neutral" => PhoneTitles::Neutral,
                    _ => return Err(Error::invalid("titles", t!("cli-phone-titles-are"))),
                };
                store.set_phone_titles(titles)?;
            }
            let session = match session {
                Some(id) => id,
                None => store
                    .current_and_upcoming_sessions(now)?
                    .first()
                    .map(|s| s.id)
                    .ok_or_else(|| Error::invalid("session", t!("cli-phone-no-session")))?,
            };
            let calendar = store.phone_calendar(session, now)?;
            crate::views::ride::write_file(&output, calendar.ics.as_bytes())?;
            writeln!(
                out,
                "{}",
                t!(
                    "cli-phone-wrote",
                    events = calendar.events,
                    cancelled = calendar.cancelled,
                    file = output.display().to_string()
                )
            )?;
        }
        PhoneCommand::Status { json } => {
            let status = store.phone_status(now)?;
            if json {
                writeln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&status).map_err(|e| Error::Document(e.to_string()))?
                )?;
                return Ok(());
            }
            for session in &status.sessions {
                let line = match (session.sent, session.out_of_date) {
                    (false, _) => t!("cli-phone-status-not-sent", session = session.session_id),
                    (true, true) => t!("cli-phone-status-old", session = session.session_id),
                    (true, false) => t!(
                        "cli-phone-status-current",
                        session = session.session_id,
                        items = session.on_phone.len()
                    ),
                };
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(())
}
