//! Seeds a Steady data folder with realistic use, for the benchmark (issue 8).
//!
//!   cargo run --example bench-seed -- DIR --years N [--pending P] [--days-ahead D]
//!
//! Everything goes through the core's own API with the clock passed in, so
//! the rows are exactly what years of real use would leave. Per year:
//! 60 sessions, each with its 11 plan items, 3 medicines held (6 items) and 16
//! items of the user's own: 33 reminders per session, ≈2,000 fired and
//! delivered a year, almost all ticked; 2 effects logged per session; one
//! check-in a day (365) and a PHQ-9 a week. Then one session `--days-ahead`
//! days from now (default 5) with items of the user's own until `--pending`
//! reminders (default 50) wait, none due for days.
//!
//! Each call is its own fsync'd transaction, so seed into a tmpfs folder
//! (the bench uses /dev/shm) and copy the file; on disk, ten years take minutes.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{DateTime, Duration, TimeZone, Utc};
use steady_core::basics::paths;
use steady_core::facts::check_in::NewCheckIn;
use steady_core::facts::model::{Checklist, NewItem, NewMedicationHold, NewSession};
use steady_core::reminders::decide::Decision;
use steady_core::Store;

const ZONE: chrono_tz::Tz = chrono_tz::Europe::Berlin;
const SESSIONS_PER_YEAR: i64 = 60;
const OWN_ITEMS_PER_SESSION: usize = 16;
const MEDICINES_PER_SESSION: usize = 3;

struct Args {
    dir: PathBuf,
    years: i64,
    pending: usize,
    days_ahead: i64,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let mut dir = None;
    let (mut years, mut pending, mut days_ahead) = (1, 50, 5);
    while let Some(arg) = args.next() {
        let mut number = |name: &str| -> Result<i64, String> {
            args.next()
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| format!("{name} needs a whole number"))
        };
        match arg.as_str() {
            "--years" => years = number("--years")?,
            "--pending" => pending = number("--pending")? as usize,
            "--days-ahead" => days_ahead = number("--days-ahead")?,
            _ if !arg.starts_with('-') && dir.is_none() => dir = Some(PathBuf::from(arg)),
            _ => return Err(format!("unknown argument {arg}")),
        }
    }
    let dir = dir.ok_or("usage: bench-seed DIR --years N [--pending P] [--days-ahead D]")?;
    Ok(Args {
        dir,
        years,
        pending,
        days_ahead,
    })
}

fn local(at: DateTime<Utc>) -> String {
    at.with_timezone(&ZONE).format("%Y-%m-%dT%H:%M").to_string()
}

/// 09:00 or 10:30 local on the day of `at`, alternating, as clinics book.
fn session_start(day: DateTime<Utc>, n: i64) -> DateTime<Utc> {
    let date = day.with_timezone(&ZONE).date_naive();
    let (hour, minute) = if n % 2 == 0 { (9, 0) } else { (10, 30) };
    let naive = date.and_hms_opt(hour, minute, 0).expect("a valid wall time");
    ZONE.from_local_datetime(&naive)
        .earliest()
        .expect("09:00 and 10:30 exist every day in Berlin")
        .with_timezone(&Utc)
}

fn seed(args: &Args, now: DateTime<Utc>) -> steady_core::Result<(usize, usize, usize)> {
    std::fs::create_dir_all(&args.dir)?;
    let mut store = Store::open(&paths::database_path_in(&args.dir))?;
    // Set on the first start of any real install (US numbers here).
    store.pick_country(Some("US"), "America/New_York")?;
    let sessions = SESSIONS_PER_YEAR * args.years;
    let first = now - Duration::days(365 * args.years);
    let spacing = Duration::seconds((now - Duration::days(7) - first).num_seconds() / sessions.max(1));
    let (mut fired, mut check_ins) = (0, 0);
    for n in 0..sessions {
        let start = session_start(first + spacing * n as i32, n);
        let planned_at = start - Duration::days(7);
        let session = store.create_session(
            &NewSession {
                start_local: local(start),
                tz: Some(ZONE.name().to_string()),
                clinic_name: Some("Lakeside Clinic".into()),
                driver_name: Some(if n % 3 == 0 { "Sam" } else { "Alex" }.into()),
                rules: None,
            },
            planned_at,
        )?;
        for m in 0..MEDICINES_PER_SESSION {
            store.add_medication_hold(
                &NewMedicationHold {
                    session_id: session.id,
                    name: ["Lamotrigine", "Lorazepam", "Naltrexone"][m].into(),
                    dose: Some("as prescribed".into()),
                    hold_hours_before: [12, 24, 72][m],
                    restart_hours_after: Some(24),
                },
                planned_at,
            )?;
        }
        for k in 0..OWN_ITEMS_PER_SESSION {
            let due = start - Duration::hours(36) + Duration::hours(4 * k as i64);
            store.add_custom_item(
                &NewItem {
                    session_id: session.id,
                    checklist: if due < start {
                        Checklist::DayBefore
                    } else {
                        Checklist::SessionDay
                    },
                    title: format!("My own reminder {k}: water, headphones, eye mask"),
                    due_local: local(due),
                    note: (k % 4 == 0).then(|| "Asked the nurse; fine to bring.".to_string()),
                },
                planned_at,
            )?;
        }
        for item in store.items_of_session(session.id)? {
            let remind_at = item.due_at - Duration::minutes(i64::from(item.remind_lead_minutes));
            let decision = Decision::Fire {
                item_id: item.id,
                fire_at: remind_at,
                late_by: Duration::zero(),
            };
            if store.record_reminder(&decision, remind_at)? {
                store.mark_reminder_delivered(item.id)?;
                fired += 1;
            }
            // Most things get ticked; a few are forgotten, as in life.
            if item.id % 17 != 0 {
                store.set_item_done(item.id, true, item.due_at + Duration::minutes(5))?;
            }
        }
        let end = start + Duration::hours(3);
        store.set_session_ended(session.id, None, end)?;
        store.log_effect(session.id, "dissociation", 2, start + Duration::minutes(50))?;
        store.log_effect(session.id, "headache_fatigue", 1, end + Duration::hours(2))?;
    }
    for day in 0..365 * args.years {
        let at = first + Duration::days(day) + Duration::hours(19);
        let wave = (day % 7) as u8;
        store.add_check_in(
            &NewCheckIn {
                mood: 3 + wave % 5,
                energy: 4 + (wave * 2) % 5,
                clarity: 5 + wave % 4,
                anxiety: 6 - wave % 4,
                self_harm_thoughts: false,
                note: (day % 10 == 0).then(|| "Slept well; a walk in the afternoon.".to_string()),
            },
            at,
        )?;
        check_ins += 1;
        if day % 7 == 0 {
            store.add_phq9(&[1, 1, 0, 2, 1, 0, 1, 0, 0], at)?;
        }
    }
    // The week ahead: one session with reminders waiting, none due soon.
    let start = session_start(now + Duration::days(args.days_ahead), 0);
    let upcoming = store.create_session(
        &NewSession {
            start_local: local(start),
            tz: Some(ZONE.name().to_string()),
            clinic_name: Some("Lakeside Clinic".into()),
            driver_name: Some("Sam".into()),
            rules: None,
        },
        now,
    )?;
    let mut pending = store.items_of_session(upcoming.id)?.len();
    let mut k = 0;
    while pending < args.pending {
        store.add_custom_item(
            &NewItem {
                session_id: upcoming.id,
                checklist: Checklist::DayBefore,
                title: format!("Pending {k}"),
                due_local: local(start - Duration::days(1) - Duration::minutes(k)),
                note: None,
            },
            now,
        )?;
        k += 1;
        pending += 1;
    }
    Ok((store.all_sessions()?.len(), fired, check_ins))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("bench-seed: {message}");
            return ExitCode::from(2);
        }
    };
    match seed(&args, Utc::now()) {
        Ok((sessions, fired, check_ins)) => {
            println!("{sessions} sessions, {fired} fired reminders, {check_ins} check-ins");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("bench-seed: {e}");
            ExitCode::FAILURE
        }
    }
}
