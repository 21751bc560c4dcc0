//! Check-ins and PHQ-9 results to take to an appointment: a CSV file and a
//! one-page PDF summary. Written only when the user asks.

use chrono::{DateTime, Duration, TimeZone, Utc};

use crate::basics::error::Result;
use crate::basics::locale::TimeStyle;
use crate::basics::time::to_db;
use crate::facts::check_in::CheckIn;
use crate::facts::crisis::CrisisNumbers;
use crate::storage::check_ins::TrendView;
use crate::storage::store::Store;
use crate::views::pdf::{Flow, Paper, Role, Style, ACCENT, INK, MUTED};

/// A summary of check-ins and PHQ-9 results for the next appointment, with
/// whom to call; onto a second page if a long course needs it.
pub fn summary_pdf(
    trend: &TrendView,
    tz: chrono_tz::Tz,
    paper: Paper,
    style: TimeStyle,
    crisis: &CrisisNumbers,
) -> Result<Vec<u8>> {
    let day = |at: DateTime<Utc>| style.short_day_year(at, tz);
    let title = Style::new(18.0, true, INK);
    let heading = Style::new(13.0, true, ACCENT);
    let body = Style::new(10.5, false, INK);
    let small = Style::new(8.5, false, MUTED);
    let mut doc = Flow::new("Steady check-in summary", paper, 48.0);
    doc.add("How I have been: check-ins and PHQ-9", title, Role::Title, 0.0);
    doc.add(
        "Self-reports recorded in Steady. Not a diagnosis.",
        body,
        Role::Text,
        4.0,
    );
    doc.add("Sessions", heading, Role::Heading, 14.0);
    let sessions: Vec<String> = trend.sessions.iter().map(|s| day(*s)).collect();
    match sessions.is_empty() {
        true => doc.add("None recorded.", body, Role::Text, 2.0),
        false => doc.add(&sessions.join(", "), body, Role::Text, 2.0),
    }
    doc.add(
        "PHQ-9 (0-27; bands: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe)",
        heading,
        Role::Heading,
        14.0,
    );
    if trend.phq9.is_empty() {
        doc.add("No PHQ-9 recorded.", body, Role::Text, 2.0);
    }
    for p in trend.phq9.iter().rev().take(8).rev() {
        let nine = if p.item_nine_positive {
            "; item 9 answered above 0"
        } else {
            ""
        };
        doc.add(
            &format!("{}: {} ({}){nine}", day(p.at), p.total, p.band.words()),
            body,
            Role::Text,
            2.0,
        );
    }
    doc.add("Daily check-ins by week (averages, 0-10)", heading, Role::Heading, 14.0);
    if trend.check_ins.is_empty() {
        doc.add("No check-ins recorded.", body, Role::Text, 2.0);
    }
    let mut weeks: Vec<(chrono::NaiveDate, Vec<&CheckIn>)> = Vec::new();
    for c in &trend.check_ins {
        let date = c.at.with_timezone(&tz).date_naive();
        let monday = date - Duration::days(i64::from(chrono::Datelike::weekday(&date).num_days_from_monday()));
        match weeks.last_mut() {
            Some((week, list)) if *week == monday => list.push(c),
            _ => weeks.push((monday, vec![c])),
        }
    }
    for (monday, list) in weeks.iter().rev().take(12).rev() {
        let avg = |f: fn(&CheckIn) -> u8| list.iter().map(|c| f(c) as f32).sum::<f32>() / list.len() as f32;
        let yes = list.iter().filter(|c| c.self_harm_thoughts).count();
        let noon = tz
            .from_local_datetime(&monday.and_hms_opt(12, 0, 0).unwrap_or_default())
            .earliest()
            .map(|t| t.with_timezone(&Utc));
        let week = noon
            .map(|t| style.short_day(t, tz))
            .unwrap_or_else(|| monday.to_string());
        doc.add(
            &format!(
                "Week of {week}: mood {:.1}, energy {:.1}, clarity {:.1}, anxiety {:.1} ({} check-ins{})",
                avg(|c| c.mood),
                avg(|c| c.energy),
                avg(|c| c.clarity),
                avg(|c| c.anxiety),
                list.len(),
                if yes > 0 {
                    format!("; thoughts of self-harm reported {yes}x")
                } else {
                    String::new()
                }
            ),
            body,
            Role::Text,
            2.0,
        );
    }
    let notes: Vec<&CheckIn> = trend.check_ins.iter().filter(|c| c.note.is_some()).collect();
    if !notes.is_empty() {
        doc.add("Notes", heading, Role::Heading, 14.0);
        for c in notes.iter().rev().take(10).rev() {
            doc.add(
                &format!("{}: {}", day(c.at), c.note.as_deref().unwrap_or_default()),
                body,
                Role::Text,
                2.0,
            );
        }
    }
    doc.add(&format!("Numbers for {}", crisis.whose()), heading, Role::Heading, 14.0);
    let line = match (&crisis.crisis_line, &crisis.crisis_hours) {
        (Some(line), Some(hours)) => format!("Crisis line: {line} ({hours})"),
        (Some(line), None) => format!("Crisis line: {line}"),
        (None, _) => "Crisis line: not set in Steady.".to_string(),
    };
    doc.add(&line, body, Role::Text, 2.0);
    doc.add(
        &format!(
            "Emergency: {}",
            crisis.emergency_number.as_deref().unwrap_or("not set in Steady")
        ),
        body,
        Role::Text,
        2.0,
    );
    doc.add(
        "PHQ-9: Kroenke, Spitzer & Williams 2001 (public domain questionnaire).",
        small,
        Role::Text,
        16.0,
    );
    doc.finish()
}

impl Store {
    /// Check-ins and PHQ-9 results as CSV, for the user to take to an appointment.
    pub fn check_ins_csv(&self, now: DateTime<Utc>) -> Result<String> {
        let trend = self.trend(now)?;
        // A UTF-8 byte order mark first: spreadsheets (Excel in particular)
        // read the file as UTF-8 only then, so accents and any script in the
        // notes come out intact.
        let mut csv = String::from(
            "\u{feff}kind,date_utc,mood,energy,clarity,anxiety,self_harm_thoughts,phq9_total,phq9_band,note\r\n",
        );
        let quote = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
        for c in &trend.check_ins {
            csv.push_str(&format!(
                "check_in,{},{},{},{},{},{},,,{}\r\n",
                to_db(c.at),
                c.mood,
                c.energy,
                c.clarity,
                c.anxiety,
                if c.self_harm_thoughts { "yes" } else { "no" },
                c.note.as_deref().map(quote).unwrap_or_default()
            ));
        }
        for p in &trend.phq9 {
            csv.push_str(&format!(
                "phq9,{},,,,,,{},{},\r\n",
                to_db(p.at),
                p.total,
                p.band.words()
            ));
        }
        Ok(csv)
    }
}
