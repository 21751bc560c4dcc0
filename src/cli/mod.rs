//! `steady` with a subcommand: the same data as the app, without a window or
//! a display, for scripting, clinics and tests.
//!
//! Output goes to `out`, messages for people to `err`; the exit code is 0 on
//! success, 1 when Steady refused or failed, 2 for a command it did not
//! understand.

use std::ffi::OsString;
use std::io::Write;
use std::path::Path;

use chrono::{DateTime, Utc};
use clap::{Parser, Subcommand};
use serde::Serialize;

use crate::error::Result;
use crate::model::{Item, NewSession, Session};
use crate::ride::{ClockStyle, Paper};
use crate::{paths, views, Store};

#[derive(Parser, Debug)]
#[command(
    name = "steady",
    version,
    about = "Steady: checklists and reminders around an infusion session.",
    long_about = "Steady: checklists and reminders around an infusion session.\n\n\
        Without a subcommand, `steady` opens the app window. With one, it works \
        headless on the same data (set STEADY_DATA_DIR to use another data folder)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Plan or move a session.
    #[command(subcommand)]
    Session(SessionCommand),
    /// List sessions, soonest first.
    Sessions {
        /// Include sessions whose plan is over.
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
    },
    /// List every item of every current or upcoming session.
    Items {
        /// Only this session's items.
        #[arg(long)]
        session: Option<i64>,
        #[arg(long)]
        json: bool,
    },
    /// Add your own item to a session.
    #[command(subcommand)]
    Item(ItemCommand),
    /// List every reminder of current and upcoming sessions, and its state.
    Reminders {
        #[arg(long)]
        json: bool,
    },
    /// Mark an item done.
    Tick { id: i64 },
    /// Mark an item not done.
    Untick { id: i64 },
    /// What is due now and next.
    Today {
        #[arg(long)]
        json: bool,
    },
    /// Print the data folder in use.
    DataDir,
    /// Write a calendar file or a ride card.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Check, import or export a clinic protocol file.
    #[command(subcommand)]
    Protocol(ProtocolCommand),
    /// Replace all data with a file written by `steady export data` (checked first; a backup is made).
    #[command(subcommand)]
    Import(ImportCommand),
    /// Record a medicine the prescriber said to hold around a session.
    #[command(subcommand)]
    Medication(MedicationCommand),
    /// Past, current and upcoming sessions, and the booster hint.
    Course {
        #[arg(long)]
        json: bool,
    },
    /// The app lock: a passphrase, and the data encrypted on disk.
    ///
    /// While the lock is on, every command asks for the passphrase: at the
    /// terminal without echo, or as a line of standard input when there is
    /// no terminal (`lock change` reads the current one, then the new one twice).
    #[command(subcommand)]
    Lock(LockCommand),
}

#[derive(Subcommand, Debug)]
pub enum LockCommand {
    /// Say whether the lock is on.
    Status,
    /// Turn the lock on: asks for a new passphrase twice, then encrypts the data and its backups.
    Set,
    /// Change the passphrase: asks for the current one, then the new one twice.
    Change,
    /// Turn the lock off: asks for the current passphrase, then decrypts the data and its backups.
    Remove,
}

#[derive(Subcommand, Debug)]
pub enum ImportCommand {
    Data { file: std::path::PathBuf },
}

#[derive(Subcommand, Debug)]
pub enum ProtocolCommand {
    /// Check a protocol file and print every problem (for clinics writing one).
    Check { file: std::path::PathBuf },
    /// Apply a protocol file to every current and upcoming session.
    Import { file: std::path::PathBuf },
    /// Write the protocol in use.
    Export {
        #[arg(short = 'o', long = "output")]
        output: std::path::PathBuf,
    },
    /// Print the JSON Schema of the protocol format.
    Schema,
}

#[derive(Subcommand, Debug)]
pub enum MedicationCommand {
    Add {
        #[arg(long)]
        session: i64,
        #[arg(long)]
        name: String,
        #[arg(long)]
        dose: Option<String>,
        /// Last dose this many hours before the session starts.
        #[arg(long)]
        hold_hours: u32,
        /// Restart this many hours after the session ends.
        #[arg(long)]
        restart_hours: Option<u32>,
    },
}

#[derive(Subcommand, Debug)]
pub enum ExportCommand {
    /// An iCalendar (.ics) file: one session, or every session of the course.
    Ics {
        #[arg(long)]
        session: Option<i64>,
        #[arg(short = 'o', long = "output")]
        output: std::path::PathBuf,
    },
    /// All of Steady's data as one JSON file, for moving to another computer.
    Data {
        #[arg(short = 'o', long = "output")]
        output: std::path::PathBuf,
    },
    /// The one-page ride card as PDF.
    Card {
        #[arg(long)]
        session: i64,
        /// a4 or letter
        #[arg(long, default_value = "a4")]
        paper: String,
        #[arg(short = 'o', long = "output")]
        output: std::path::PathBuf,
    },
}

#[derive(Subcommand, Debug)]
pub enum SessionCommand {
    /// Plan a new session and create its checklists.
    Add {
        /// Local start on the clinic's clock, e.g. 2026-12-03T09:00.
        #[arg(long)]
        start: String,
        /// IANA time zone, e.g. Europe/Berlin (default: this computer's).
        #[arg(long)]
        tz: Option<String>,
        #[arg(long)]
        clinic: Option<String>,
        #[arg(long)]
        driver: Option<String>,
        /// Length of the infusion in minutes (default 40).
        #[arg(long)]
        infusion_minutes: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    /// Plan a series: e.g. --days mon,thu --weeks 3 --first 2026-12-07 --time 09:00.
    Repeat {
        #[arg(long)]
        first: String,
        #[arg(long)]
        time: String,
        #[arg(long, value_delimiter = ',')]
        days: Vec<String>,
        #[arg(long)]
        weeks: u32,
        #[arg(long)]
        tz: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Cancel a session: its reminders stop; it stays in the history.
    Cancel { id: i64 },
    /// Move a session to a new start; its plan items move with it.
    Move {
        id: i64,
        #[arg(long)]
        start: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum ItemCommand {
    /// Add an item to a session's checklist.
    Add {
        #[arg(long)]
        session: i64,
        #[arg(long)]
        title: String,
        /// Local time on the session's clock, e.g. 2026-12-02T19:00 (seconds allowed).
        #[arg(long)]
        due: String,
        /// day_before or session_day.
        #[arg(long, default_value = "day_before")]
        checklist: String,
        #[arg(long)]
        json: bool,
    },
}

/// One line of `steady reminders --json`.
#[derive(Serialize)]
struct ReminderLine<'a> {
    item_id: i64,
    session: i64,
    title: &'a str,
    due_utc: String,
    remind_at_utc: String,
    state: &'static str,
    fired_at: Option<String>,
    late_by_seconds: Option<i64>,
    snoozed_until: Option<String>,
    delivered: bool,
}

/// One line of `steady items --json`.
#[derive(Serialize)]
struct ItemLine<'a> {
    id: i64,
    session: i64,
    checklist: &'static str,
    kind: &'static str,
    title: &'a str,
    due_utc: String,
    due_local: &'a str,
    tz: &'a str,
    done: bool,
    done_at: Option<String>,
}

impl<'a> From<&'a Item> for ItemLine<'a> {
    fn from(item: &'a Item) -> Self {
        ItemLine {
            id: item.id,
            session: item.session_id,
            checklist: item.checklist.as_str(),
            kind: item.kind.as_str(),
            title: &item.title,
            due_utc: crate::time::to_db(item.due_at),
            due_local: &item.due_local,
            tz: &item.tz,
            done: item.is_done(),
            done_at: item.done_at.map(crate::time::to_db),
        }
    }
}

/// Runs the CLI with `args` (the first being the program name) at `now`, on
/// the data folder of [`paths::data_dir`].
pub fn run<I, T>(args: I, now: DateTime<Utc>, out: &mut dyn Write, err: &mut dyn Write) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    match paths::data_dir() {
        Ok(dir) => run_in(&dir, args, now, out, err),
        Err(e) => {
            let _ = writeln!(err, "steady: {e}");
            1
        }
    }
}

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
            "No passphrase was given: type it at a terminal, or pass it on standard input.",
        ));
    }
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

/// [`run`] on the data folder `data_dir`.
pub fn run_in<I, T>(data_dir: &Path, args: I, now: DateTime<Utc>, out: &mut dyn Write, err: &mut dyn Write) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    run_with(data_dir, args, now, out, err, &mut ask_terminal_or_stdin)
}

/// [`run_in`], asking for a passphrase with `ask` when the lock needs one.
pub fn run_with<I, T>(
    data_dir: &Path,
    args: I,
    now: DateTime<Utc>,
    out: &mut dyn Write,
    err: &mut dyn Write,
    ask: &mut AskPassphrase<'_>,
) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let text = e.render().to_string();
            let _ = if code == 0 {
                out.write_all(text.as_bytes())
            } else {
                err.write_all(text.as_bytes())
            };
            return code;
        }
    };
    match execute(cli.command, data_dir, now, out, ask) {
        Ok(()) => 0,
        Err(e) => {
            let _ = writeln!(err, "steady: {e}");
            1
        }
    }
}

fn execute(
    command: Command,
    data_dir: &Path,
    now: DateTime<Utc>,
    out: &mut dyn Write,
    ask: &mut AskPassphrase<'_>,
) -> Result<()> {
    let db = paths::database_path_in(data_dir);
    if let Command::Lock(command) = command {
        return lock_command(command, data_dir, &db, now, out, ask);
    }
    // The passphrase is asked for only by commands that open the data.
    let mut key_used: Option<crate::lock::DbKey> = None;
    let result = {
        let mut open_store = || -> Result<Store> {
            let key = match crate::lock::read_lock(data_dir)? {
                Some(lock) => Some(lock.unlock(&ask("Steady is locked. Passphrase: ")?)?),
                None => None,
            };
            key_used.clone_from(&key);
            Store::open_keyed(&db, key.as_ref())
        };
        execute_on(command, data_dir, now, out, &mut open_store)
    };
    // With the lock on, a change made here must reach the reminder times a
    // locked Steady fires from (it cannot read the change itself).
    if let (Ok(()), Some(key)) = (&result, &key_used) {
        let synced = Store::open_keyed(&db, Some(key))
            .and_then(|mut store| crate::locked_schedule::LockedSchedule::open(data_dir)?.sync(&mut store, now));
        if let Err(e) = synced {
            eprintln!("steady: the reminder times could not be updated: {e}");
        }
    }
    result
}

fn execute_on(
    command: Command,
    data_dir: &Path,
    now: DateTime<Utc>,
    out: &mut dyn Write,
    open_store: &mut dyn FnMut() -> Result<Store>,
) -> Result<()> {
    let db = paths::database_path_in(data_dir);
    match command {
        Command::Lock(_) => unreachable!("handled in execute"),
        Command::DataDir => writeln!(out, "{}", data_dir.display())?,
        Command::Session(SessionCommand::Add {
            start,
            tz,
            clinic,
            driver,
            infusion_minutes,
            json,
        }) => {
            let mut care = crate::care::CareTimes::default();
            if let Some(minutes) = infusion_minutes {
                care.infusion_minutes = minutes;
            }
            let input = NewSession {
                start_local: start,
                tz,
                clinic_name: clinic,
                driver_name: driver,
                care: Some(care),
            };
            let session = open_store()?.create_session(&input, now)?;
            print_session(out, &session, json)?;
        }
        Command::Session(SessionCommand::Repeat {
            first,
            time,
            days,
            weeks,
            tz,
            json,
        }) => {
            let input = crate::course::NewSeries {
                first_date: first,
                time,
                weekdays: days,
                weeks,
                tz,
                clinic_name: None,
                driver_name: None,
            };
            let sessions = open_store()?.plan_series(&input, now)?;
            if json {
                writeln!(out, "{}", to_json(&sessions))?;
            } else {
                for session in &sessions {
                    print_session(out, session, false)?;
                }
            }
        }
        Command::Session(SessionCommand::Cancel { id }) => {
            let session = open_store()?.cancel_session(id, now)?;
            writeln!(
                out,
                "Session {} on {} is cancelled; its reminders stop.",
                session.id, session.start_local
            )?;
        }
        Command::Session(SessionCommand::Move { id, start, json }) => {
            let session = open_store()?.move_session(id, &start, now)?;
            print_session(out, &session, json)?;
        }
        Command::Sessions { all, json } => {
            let store = open_store()?;
            let sessions = if all {
                store.all_sessions()?
            } else {
                store.current_and_upcoming_sessions(now)?
            };
            if json {
                writeln!(out, "{}", to_json(&sessions))?;
            } else if sessions.is_empty() {
                writeln!(out, "No sessions planned.")?;
            } else {
                for session in &sessions {
                    print_session(out, session, false)?;
                }
            }
        }
        Command::Items { session, json } => {
            let store = open_store()?;
            let items = match session {
                Some(id) => store.items_of_session(id)?,
                None => store.items_of_current_sessions(now)?,
            };
            if json {
                let lines: Vec<ItemLine<'_>> = items.iter().map(ItemLine::from).collect();
                writeln!(out, "{}", to_json(&lines))?;
            } else {
                for item in &items {
                    let mark = if item.is_done() { "x" } else { " " };
                    writeln!(
                        out,
                        "[{mark}] {:>5}  {}  {}",
                        item.id,
                        &item.due_local[..16],
                        item.title
                    )?;
                }
            }
        }
        Command::Item(ItemCommand::Add {
            session,
            title,
            due,
            checklist,
            json,
        }) => {
            let checklist = crate::model::Checklist::parse(&checklist)
                .ok_or_else(|| crate::Error::invalid("checklist", "The checklist is day_before or session_day."))?;
            let input = crate::model::NewItem {
                session_id: session,
                checklist,
                title,
                due_local: due,
                note: None,
            };
            let item = open_store()?.add_custom_item(&input, now)?;
            if json {
                writeln!(out, "{}", to_json(&ItemLine::from(&item)))?;
            } else {
                writeln!(out, "{}: {} at {}", item.id, item.title, item.due_local)?;
            }
        }
        Command::Export(ExportCommand::Ics { session, output }) => {
            let store = open_store()?;
            let cards = match session {
                Some(id) => vec![store.ride_card(id, ClockStyle::H24)?],
                None => store.all_ride_cards(ClockStyle::H24)?,
            };
            crate::ride::write_file(&output, crate::ride::ics(&cards, now).as_bytes())?;
            writeln!(out, "Wrote {} events to {}", cards.len() * 3, output.display())?;
        }
        Command::Export(ExportCommand::Card { session, paper, output }) => {
            let paper = match paper.to_ascii_lowercase().as_str() {
                "a4" => Paper::A4,
                "letter" => Paper::Letter,
                _ => return Err(crate::Error::invalid("paper", "The paper is a4 or letter.")),
            };
            let card = open_store()?.ride_card(session, ClockStyle::H24)?;
            crate::ride::write_file(&output, &crate::ride::card_pdf(&card, paper, ClockStyle::H24)?)?;
            writeln!(out, "Wrote the ride card to {}", output.display())?;
        }
        Command::Export(ExportCommand::Data { output }) => {
            crate::ride::write_file(&output, open_store()?.export_data(now)?.as_bytes())?;
            writeln!(out, "Wrote all data to {}", output.display())?;
        }
        Command::Import(ImportCommand::Data { file }) => {
            let size = std::fs::metadata(&file)?.len();
            if size > crate::transfer::MAX_FILE_BYTES as u64 {
                return Err(crate::Error::invalid(
                    "file",
                    "That file is far larger than a Steady data file.",
                ));
            }
            let bytes = std::fs::read(&file)?;
            let backup = open_store()?.import_data(&bytes, &crate::backup::backups_dir(&db), now)?;
            writeln!(
                out,
                "Imported {}. The data that was here is in {}.",
                file.display(),
                backup.display()
            )?;
        }
        Command::Protocol(ProtocolCommand::Check { file }) => {
            let bytes = crate::protocol::read_file(&file)?;
            match crate::protocol::Protocol::parse(&bytes) {
                Ok(_) => writeln!(out, "{}: no problems found.", file.display())?,
                Err(problems) => {
                    for problem in &problems {
                        writeln!(out, "{}: {problem}", file.display())?;
                    }
                    return Err(crate::Error::invalid(
                        "protocol",
                        format!("{} problem(s) in {}", problems.len(), file.display()),
                    ));
                }
            }
        }
        Command::Protocol(ProtocolCommand::Import { file }) => {
            let bytes = crate::protocol::read_file(&file)?;
            let mut store = open_store()?;
            let ids: Vec<i64> = store.current_and_upcoming_sessions(now)?.iter().map(|s| s.id).collect();
            let receipt = store.import_protocol(&bytes, &ids, now)?;
            writeln!(
                out,
                "Applied {} to {} session(s) and to sessions planned from now on (import {}).",
                file.display(),
                receipt.session_ids.len(),
                receipt.import_id
            )?;
        }
        Command::Protocol(ProtocolCommand::Export { output }) => {
            crate::ride::write_file(&output, open_store()?.export_protocol()?.as_bytes())?;
            writeln!(out, "Wrote the protocol to {}", output.display())?;
        }
        Command::Protocol(ProtocolCommand::Schema) => write!(out, "{}", crate::protocol::json_schema())?,
        Command::Medication(MedicationCommand::Add {
            session,
            name,
            dose,
            hold_hours,
            restart_hours,
        }) => {
            let input = crate::model::NewMedicationHold {
                session_id: session,
                name,
                dose,
                hold_hours_before: hold_hours,
                restart_hours_after: restart_hours,
            };
            let med = open_store()?.add_medication_hold(&input, now)?;
            writeln!(
                out,
                "Medicine {} recorded: last dose {} h before the session.",
                med.name, med.hold_hours_before
            )?;
        }
        Command::Course { json } => {
            let view = open_store()?.course_view(now, true)?;
            if json {
                writeln!(out, "{}", to_json(&view))?;
            } else {
                for entry in &view.sessions {
                    writeln!(
                        out,
                        "{:>4}  {}  {:<9?}  {}/{} done",
                        entry.session_id, entry.start_local, entry.status, entry.done_count, entry.item_count
                    )?;
                }
                if let Some(hint) = &view.booster_hint {
                    writeln!(out, "{}", hint.text)?;
                }
            }
        }
        Command::Reminders { json } => {
            let reminders = open_store()?.reminders(now)?;
            let lines: Vec<ReminderLine<'_>> = reminders
                .iter()
                .map(|r| ReminderLine {
                    item_id: r.item_id,
                    session: r.session_id,
                    title: &r.title,
                    due_utc: crate::time::to_db(r.due_at),
                    remind_at_utc: crate::time::to_db(r.remind_at),
                    state: r.state.as_str(),
                    fired_at: r.fired_at.map(crate::time::to_db),
                    late_by_seconds: r.late_by_seconds,
                    snoozed_until: r.snoozed_until.map(crate::time::to_db),
                    delivered: r.delivered,
                })
                .collect();
            if json {
                writeln!(out, "{}", to_json(&lines))?;
            } else {
                for line in &lines {
                    writeln!(
                        out,
                        "{:>5}  {}  {:<8} {}",
                        line.item_id, line.remind_at_utc, line.state, line.title
                    )?;
                }
            }
        }
        Command::Tick { id } | Command::Untick { id } => {
            let done = matches!(command, Command::Tick { .. });
            let item = open_store()?.set_item_done(id, done, now)?;
            let state = if item.is_done() { "done" } else { "not done" };
            writeln!(out, "{}: {} is {state}", item.id, item.title)?;
        }
        Command::Today { json } => {
            let view = views::today_view(&open_store()?, now)?;
            if json {
                writeln!(out, "{}", to_json(&view))?;
            } else {
                match &view.next {
                    Some(next) => writeln!(out, "Next: {}  {}", &next.item.due_local[..16], next.item.title)?,
                    None => writeln!(out, "Nothing to do.")?,
                }
                for entry in view.overdue.iter().chain(&view.today).chain(&view.tomorrow) {
                    let mark = if entry.item.is_done() { "x" } else { " " };
                    writeln!(out, "[{mark}] {}  {}", &entry.item.due_local[..16], entry.item.title)?;
                }
            }
        }
    }
    Ok(())
}

fn print_session(out: &mut dyn Write, session: &Session, json: bool) -> Result<()> {
    if json {
        writeln!(out, "{}", to_json(session))?;
    } else {
        let clinic = session.clinic_name.as_deref().unwrap_or("clinic not named");
        writeln!(
            out,
            "Session {}: {} ({}), {}",
            session.id, session.start_local, session.tz, clinic
        )?;
    }
    Ok(())
}

fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    // Serialising our own plain structs cannot fail; keep a readable fallback anyway.
    serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

fn lock_command(
    command: LockCommand,
    data_dir: &Path,
    db: &Path,
    now: DateTime<Utc>,
    out: &mut dyn Write,
    ask: &mut AskPassphrase<'_>,
) -> Result<()> {
    use crate::lock::{change_passphrase, read_lock, KdfParams};
    let lock = read_lock(data_dir)?;
    let ask_new = |ask: &mut AskPassphrase<'_>| -> Result<String> {
        let first = ask("New passphrase: ")?;
        let again = ask("The same passphrase again: ")?;
        if first != again {
            return Err(crate::Error::invalid(
                "passphrase",
                "The two passphrases were not the same. Nothing was changed.",
            ));
        }
        Ok(first)
    };
    match (command, lock.is_some()) {
        (LockCommand::Status, on) => writeln!(
            out,
            "{}",
            if on {
                "The app lock is on: the data is encrypted, and Steady asks for the passphrase when it starts."
            } else {
                "The app lock is off."
            }
        )?,
        (LockCommand::Set, true) => {
            return Err(crate::Error::invalid(
                "passphrase",
                "The app lock is already on. Use `steady lock change` to change the passphrase.",
            ))
        }
        (LockCommand::Change | LockCommand::Remove, false) => {
            return Err(crate::Error::invalid(
                "passphrase",
                "The app lock is off; there is no passphrase to change.",
            ))
        }
        (LockCommand::Set, false) => {
            let new = ask_new(ask)?;
            let mut store = Store::open(db)?;
            change_passphrase(&mut store, db, None, Some(&new), KdfParams::DEFAULT, now)?;
            writeln!(
                out,
                "The app lock is on. Steady will ask for this passphrase when it starts."
            )?;
        }
        (LockCommand::Change, true) => {
            let current = ask("Current passphrase: ")?;
            let key = crate::lock::key_for(data_dir, Some(&current))?;
            let new = ask_new(ask)?;
            let mut store = Store::open_keyed(db, key.as_ref())?;
            change_passphrase(&mut store, db, Some(&current), Some(&new), KdfParams::DEFAULT, now)?;
            writeln!(out, "The passphrase is changed.")?;
        }
        (LockCommand::Remove, true) => {
            let current = ask("Current passphrase: ")?;
            let key = crate::lock::key_for(data_dir, Some(&current))?;
            let mut store = Store::open_keyed(db, key.as_ref())?;
            change_passphrase(&mut store, db, Some(&current), None, KdfParams::DEFAULT, now)?;
            writeln!(out, "The app lock is off. The data is no longer encrypted.")?;
        }
    }
    Ok(())
}
