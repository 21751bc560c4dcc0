//! Running a parsed command on a data folder.

use std::io::Write;
use std::path::Path;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::lock::{lock_command, AskPassphrase};
use super::{to_json, Command, ItemCommand, MedicationCommand, SessionCommand, System};
use crate::basics::error::Result;
use crate::basics::paths;
use crate::facts::model::{Item, NewSession, Session};
use crate::storage::store::Store;

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
    /// The rule's shape: "stop_food", "rule:0:skip", "pack_bag"; none for the user's own.
    key: Option<&'a str>,
    detail: &'a str,
    parts: &'a [crate::facts::model::ItemPart],
}

impl<'a> From<&'a Item> for ItemLine<'a> {
    fn from(item: &'a Item) -> Self {
        ItemLine {
            id: item.id,
            session: item.session_id,
            checklist: item.checklist.as_str(),
            kind: item.kind.as_str(),
            title: &item.title,
            due_utc: crate::basics::time::to_db(item.due_at),
            due_local: &item.due_local,
            tz: &item.tz,
            done: item.is_done(),
            done_at: item.done_at.map(crate::basics::time::to_db),
            key: item.key.as_deref(),
            detail: &item.detail,
            parts: &item.parts,
        }
    }
}

pub(super) fn execute(
    command: Command,
    system: &System,
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
    let mut key_used: Option<crate::storage::key::DbKey> = None;
    let result = {
        let mut open_store = || -> Result<Store> {
            let key = match crate::storage::encryption::read_lock(data_dir)? {
                Some(lock) => Some(lock.unlock(&ask(&crate::t!("cli-prompt-locked"))?)?),
                None => None,
            };
            key_used.clone_from(&key);
            let mut store = Store::open_keyed(&db, key.as_ref())?;
            // The country comes from this system the way the window's first
            // screen takes it, before anything shows a crisis number (a
            // ride card written before the window ever opened). A folder
            // that cannot be written keeps none: nothing else fails for it.
            let _ = store.pick_country(system.locale.region.as_deref(), &system.time_zone);
            // Plan words in this language; on a read-only folder they stay
            // as they were, which is no reason to refuse a read.
            if let Err(e) = store.reword_plans() {
                eprintln!("steady: {}", crate::t!("cli-reword-failed", reason = e.to_string()));
            }
            Ok(store)
        };
        execute_on(command, system, data_dir, now, out, &mut open_store)
    };
    // With the lock on, a change made here must reach the reminder times a
    // locked Steady fires from (it cannot read the change itself).
    if let (Ok(()), Some(key)) = (&result, &key_used) {
        let synced = Store::open_keyed(&db, Some(key)).and_then(|mut store| {
            crate::reminders::locked_schedule::LockedSchedule::open(data_dir)?.sync(&mut store, now)
        });
        if let Err(e) = synced {
            eprintln!(
                "steady: {}",
                crate::t!("cli-reminder-times-failed", reason = e.to_string())
            );
        }
    }
    result
}

fn execute_on(
    command: Command,
    system: &System,
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
            // Given a length, the session gets the rules in use with that
            // infusion; without one it takes the rules in use as they are.
            let mut store = open_store()?;
            let rules = match infusion_minutes {
                Some(minutes) => {
                    let mut rules = store.current_rules()?;
                    rules.timeline.infusion_minutes = minutes;
                    Some(rules)
                }
                None => None,
            };
            let input = NewSession {
                start_local: start,
                tz,
                clinic_name: clinic,
                driver_name: driver,
                rules,
            };
            let session = store.create_session(&input, now)?;
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
            let input = crate::plan::series::NewSeries {
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
                "{}",
                crate::t!(
                    "cli-session-cancelled",
                    id = session.id,
                    start = session.start_local.as_str()
                )
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
                writeln!(out, "{}", crate::t!("cli-no-sessions"))?;
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
            let checklist = crate::facts::model::Checklist::parse(&checklist)
                .ok_or_else(|| crate::Error::invalid("checklist", crate::t!("error-cli-checklist")))?;
            let input = crate::facts::model::NewItem {
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
                writeln!(
                    out,
                    "{}",
                    crate::t!(
                        "cli-item-added",
                        id = item.id,
                        title = item.title.as_str(),
                        due = item.due_local.as_str()
                    )
                )?;
            }
        }
        Command::Phone(command) => crate::cli::phone::run(command, system, open_store, now, out)?,
        Command::Export(command) => super::files::export(system, command, now, out, open_store)?,
        Command::Import(command) => super::files::import(command, &db, now, out, open_store)?,
        Command::Protocol(command) => super::files::protocol(command, now, out, open_store)?,
        Command::Medication(MedicationCommand::Add {
            session,
            name,
            dose,
            hold_hours,
            restart_hours,
        }) => {
            let input = crate::facts::model::NewMedicationHold {
                session_id: session,
                name,
                dose,
                hold_hours_before: hold_hours,
                restart_hours_after: restart_hours,
            };
            let med = open_store()?.add_medication_hold(&input, now)?;
            writeln!(
                out,
                "{}",
                crate::t!(
                    "cli-medicine-recorded",
                    name = med.name.as_str(),
                    hours = med.hold_hours_before
                )
            )?;
        }
        Command::Crisis {
            country,
            line,
            emergency,
            json,
        } => {
            let mut store = open_store()?;
            let mut numbers = store.crisis_numbers()?;
            if let Some(code) = country {
                numbers = store.choose_country(&code)?;
            }
            if line.is_some() || emergency.is_some() {
                let keep = |typed: bool, value: &Option<String>| typed.then(|| value.clone()).flatten();
                let line = line.or_else(|| keep(numbers.crisis_line_typed, &numbers.crisis_line));
                let emergency = emergency.or_else(|| keep(numbers.emergency_typed, &numbers.emergency_number));
                numbers = store.set_crisis_numbers(line.as_deref(), emergency.as_deref())?;
            }
            if json {
                writeln!(out, "{}", to_json(&numbers))?;
            } else {
                let given = |value: &Option<String>| if value.is_some() { "given" } else { "none" };
                writeln!(out, "{}", crate::t!("cli-crisis-heading", whose = numbers.whose()))?;
                writeln!(
                    out,
                    "{}",
                    crate::t!(
                        "cli-crisis-line",
                        line = given(&numbers.crisis_line),
                        number = numbers.crisis_line.clone().unwrap_or_default(),
                        hours = given(&numbers.crisis_hours),
                        crisis_hours = numbers.crisis_hours.clone().unwrap_or_default()
                    )
                )?;
                writeln!(
                    out,
                    "{}",
                    crate::t!(
                        "cli-crisis-emergency",
                        emergency = given(&numbers.emergency_number),
                        number = numbers.emergency_number.clone().unwrap_or_default()
                    )
                )?;
                if numbers.needs_confirming {
                    writeln!(
                        out,
                        "{}",
                        crate::t!("cli-crisis-confirm", code = numbers.country.as_deref().unwrap_or("XX"))
                    )?;
                }
            }
        }
        Command::Day {
            wake,
            morning,
            evening,
            bedtime,
            check_in,
            json,
        } => {
            let mut store = open_store()?;
            let mut day = store.day_times()?;
            let given = [
                (wake, &mut day.wake, "wake"),
                (morning, &mut day.morning, "morning"),
                (evening, &mut day.evening, "evening"),
                (bedtime, &mut day.bedtime, "bedtime"),
                (check_in, &mut day.check_in, "check_in"),
            ];
            let mut changed = false;
            for (text, slot, field) in given {
                if let Some(text) = text {
                    *slot = crate::facts::day::ClockTime::parse(field, &text)?;
                    changed = true;
                }
            }
            if changed {
                day = store.set_day_times(&day, now)?;
            }
            if json {
                writeln!(out, "{}", to_json(&day))?;
            } else {
                writeln!(
                    out,
                    "{}",
                    crate::t!(
                        "cli-day",
                        wake = day.wake.to_string(),
                        morning = day.morning.to_string(),
                        evening = day.evening.to_string(),
                        bedtime = day.bedtime.to_string(),
                        check_in = day.check_in.to_string()
                    )
                )?;
            }
        }
        Command::Course { json } => {
            let view = open_store()?.course_view(now, true)?;
            if json {
                writeln!(out, "{}", to_json(&view))?;
            } else {
                for entry in &view.sessions {
                    let status = crate::t!("cli-session-status", status = status_key(entry.status));
                    writeln!(
                        out,
                        "{:>4}  {}  {status}  {}",
                        entry.session_id,
                        entry.start_local,
                        crate::t!("cli-done-count", done = entry.done_count, count = entry.item_count)
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
                    due_utc: crate::basics::time::to_db(r.due_at),
                    remind_at_utc: crate::basics::time::to_db(r.remind_at),
                    state: r.state.as_str(),
                    fired_at: r.fired_at.map(crate::basics::time::to_db_ms),
                    late_by_seconds: r.late_by_seconds,
                    snoozed_until: r.snoozed_until.map(crate::basics::time::to_db),
                    delivered: r.delivered,
                })
                .collect();
            if json {
                writeln!(out, "{}", to_json(&lines))?;
            } else {
                for line in &lines {
                    let state = crate::t!("cli-reminder-state", state = line.state);
                    writeln!(
                        out,
                        "{:>5}  {}  {state:<8} {}",
                        line.item_id, line.remind_at_utc, line.title
                    )?;
                }
            }
        }
        Command::Tick { id } | Command::Untick { id } => {
            let done = matches!(command, Command::Tick { .. });
            let item = open_store()?.set_item_done(id, done, now)?;
            writeln!(
                out,
                "{}",
                crate::t!(
                    "cli-item-ticked",
                    id = item.id,
                    title = item.title.as_str(),
                    done = if item.is_done() { "yes" } else { "no" }
                )
            )?;
        }
        Command::Today { json } => {
            let view = crate::views::today::today_view(&open_store()?, now)?;
            if json {
                writeln!(out, "{}", to_json(&view))?;
            } else {
                match &view.next {
                    Some(next) => writeln!(
                        out,
                        "{}",
                        crate::t!(
                            "cli-today-next",
                            due = &next.item.due_local[..16],
                            title = next.item.title.as_str()
                        )
                    )?,
                    None => writeln!(out, "{}", crate::t!("cli-today-nothing"))?,
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
        writeln!(
            out,
            "{}",
            crate::t!(
                "cli-session",
                id = session.id,
                start = session.start_local.as_str(),
                tz = session.tz.as_str(),
                clinic = if session.clinic_name.is_some() { "named" } else { "none" },
                clinic_name = session.clinic_name.clone().unwrap_or_default()
            )
        )?;
    }
    Ok(())
}

/// The key a session's status is said by (cli-session-status).
fn status_key(status: crate::views::course::SessionStatus) -> &'static str {
    use crate::views::course::SessionStatus;
    match status {
        SessionStatus::Upcoming => "upcoming",
        SessionStatus::Current => "current",
        SessionStatus::Past => "past",
        SessionStatus::Cancelled => "cancelled",
    }
}
