//! Check-ins and PHQ-9 results to take to an appointment: a CSV file and a
//! one-page PDF summary. Written only when the user asks.

use chrono::{DateTime, Duration, Utc};

use crate::basics::error::Result;
use crate::basics::time::to_db;
use crate::facts::check_in::CheckIn;
use crate::storage::check_ins::TrendView;
use crate::storage::store::Store;

/// A one-page summary of check-ins and PHQ-9 results for the next appointment.
pub fn summary_pdf(trend: &TrendView, tz: chrono_tz::Tz, paper: crate::views::pdf::Paper) -> Vec<u8> {
    let day = |at: DateTime<Utc>| at.with_timezone(&tz).format("%a %-d %b %Y").to_string();
    let mut doc = crate::views::pdf::OnePage::new("Steady check-in summary");
    doc.line("How I have been: check-ins and PHQ-9", 18.0, true, 0.0);
    doc.line("Self-reports recorded in Steady. Not a diagnosis.", 10.0, false, 4.0);
    doc.line("Sessions", 14.0, true, 14.0);
    let sessions: Vec<String> = trend.sessions.iter().map(|s| day(*s)).collect();
    doc.line(
        if sessions.is_empty() { "None recorded." } else { "" },
        11.0,
        false,
        2.0,
    );
    if !sessions.is_empty() {
        doc.line(&sessions.join(", "), 11.0, false, 2.0);
    }
    doc.line(
        "PHQ-9 (0-27; bands: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe)",
        14.0,
        true,
        14.0,
    );
    if trend.phq9.is_empty() {
        doc.line("No PHQ-9 recorded.", 11.0, false, 2.0);
    }
    for p in trend.phq9.iter().rev().take(8).rev() {
        let nine = if p.item_nine_positive {
            "; item 9 answered above 0"
        } else {
            ""
        };
        doc.line(
            &format!("{}: {} ({}){nine}", day(p.at), p.total, p.band.words()),
            11.0,
            false,
            2.0,
        );
    }
    doc.line("Daily check-ins by week (averages, 0-10)", 14.0, true, 14.0);
    if trend.check_ins.is_empty() {
        doc.line("No check-ins recorded.", 11.0, false, 2.0);
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
        doc.line(
            &format!(
                "Week of {}: mood {:.1}, energy {:.1}, clarity {:.1}, anxiety {:.1} ({} check-ins{})",
                monday.format("%-d %b"),
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
            11.0,
            false,
            2.0,
        );
    }
    doc.line(
        "PHQ-9: Kroenke, Spitzer & Williams 2001 (public domain questionnaire).",
        9.0,
        false,
        16.0,
    );
    doc.finish(paper)
}

impl Store {
    /// Check-ins and PHQ-9 results as CSV, for the user to take to an appointment.
    pub fn check_ins_csv(&self, now: DateTime<Utc>) -> Result<String> {
        let trend = self.trend(now)?;
        let mut csv =
            String::from("kind,date_utc,mood,energy,clarity,anxiety,self_harm_thoughts,phq9_total,phq9_band,note\r\n");
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
