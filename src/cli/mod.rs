//! `steady` with a subcommand: the same data as the app, without a window or
//! a display, for scripting, clinics and tests.
//!
//! Output goes to `out`, messages for people to `err`; the exit code is 0 on
//! success, 1 when Steady refused or failed, 2 for a command it did not
//! understand.

//!
//! This file holds the entry points and the arguments; `run.rs` what each
//! command does, `lock.rs` the app lock's commands and the passphrase.

use std::ffi::OsString;
use std::io::Write;
use std::path::Path;

use chrono::{DateTime, Utc};
use clap::{Parser, Subcommand};
use serde::Serialize;

use crate::basics::locale::SystemLocale;
use crate::basics::paths;

mod files;
mod lock;
mod phone;
mod run;

pub use lock::{ask_terminal_or_stdin, AskPassphrase};

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

/// [`run`] on the data folder `data_dir`.
pub fn run_in<I, T>(data_dir: &Path, args: I, now: DateTime<Utc>, out: &mut dyn Write, err: &mut dyn Write) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    run_with(data_dir, args, now, out, err, &mut ask_terminal_or_stdin)
}

/// What the command reads from the computer it runs on, once: the locale
/// (the region, the style of times) and the time zone.
#[derive(Debug, Clone)]
pub struct System {
    pub locale: SystemLocale,
    pub time_zone: String,
}

impl System {
    pub fn detect() -> System {
        System {
            locale: SystemLocale::detect(),
            time_zone: crate::basics::time::system_time_zone(),
        }
    }
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
    run_on(&System::detect(), data_dir, args, now, out, err, ask)
}

/// [`run_with`] on a computer whose locale and zone are `system` (tests
/// pass one; the others read this computer's).
pub fn run_on<I, T>(
    system: &System,
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
    // The patient's language (their choice, else the system's) for every
    // word this command prints or writes.
    crate::basics::i18n::set_language(crate::storage::language::patient_language(data_dir, |key| {
        std::env::var(key).ok()
    }));
    match run::execute(cli.command, system, data_dir, now, out, ask) {
        Ok(()) => 0,
        Err(e) => {
            let _ = writeln!(err, "steady: {e}");
            1
        }
    }
}

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
    /// Your own checklist in your phone's calendar, kept up to date.
    #[command(subcommand)]
    Phone(PhoneCommand),
    /// Check, import or export a clinic protocol file.
    #[command(subcommand)]
    Protocol(ProtocolCommand),
    /// Replace all data with a file written by `steady export data` (checked first; a backup is made).
    #[command(subcommand)]
    Import(ImportCommand),
    /// Record a medicine the prescriber said to hold around a session.
    #[command(subcommand)]
    Medication(MedicationCommand),
    /// Your day: wake, morning, evening, bedtime and the check-in time
    /// (Steady's choice until you set them). No reminder pops up between
    /// bedtime and wake. With options, sets them and re-plans every session ahead.
    Day {
        #[arg(long)]
        wake: Option<String>,
        #[arg(long)]
        morning: Option<String>,
        #[arg(long)]
        evening: Option<String>,
        #[arg(long)]
        bedtime: Option<String>,
        #[arg(long)]
        check_in: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Who to call in a crisis: the numbers for your country (from the
    /// system's region, else the time zone), or your own. With options,
    /// chooses the country or sets your own numbers (empty text: the
    /// country's again).
    Crisis {
        /// ISO 3166 code of your country: DE, GB, AU...
        #[arg(long)]
        country: Option<String>,
        /// Your own crisis line, instead of the country's.
        #[arg(long)]
        line: Option<String>,
        /// Your own emergency number, instead of the country's.
        #[arg(long)]
        emergency: Option<String>,
        #[arg(long)]
        json: bool,
    },
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
    /// Read a clinic's sheet (a .txt or .pdf file, or - for standard input)
    /// and print the protocol it proposes: only the rules the text says,
    /// each under its sentence, then the questions and the sentences not
    /// used, as comments. Nothing is applied. With --json, the whole reading.
    FromText {
        file: std::path::PathBuf,
        #[arg(long)]
        json: bool,
    },
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
        /// The driver's language for the events' words, a tag such as es or
        /// pt-BR (default: yours).
        #[arg(long)]
        language: Option<String>,
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
        /// The driver's language for the card, a tag such as es or pt-BR
        /// (default: yours).
        #[arg(long)]
        language: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum PhoneCommand {
    /// Write a session's checklist as a calendar file for your phone. Sent
    /// again after a change, it updates the phone's copy instead of adding one.
    Export {
        /// The session (default: the next one).
        #[arg(long)]
        session: Option<i64>,
        /// full (the items' own words) or neutral ("Steady: one thing to do
        /// at 07:00"): a phone calendar may sync to a cloud account. Asked
        /// once; kept for later exports.
        #[arg(long)]
        titles: Option<String>,
        #[arg(short = 'o', long = "output")]
        output: std::path::PathBuf,
    },
    /// Whether your phone has the plan as it is now.
    Status {
        #[arg(long)]
        json: bool,
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

/// Pretty JSON of our own plain structs (`--json`).
fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    // Serialising our own plain structs cannot fail; keep a readable fallback anyway.
    serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
