//! Check-ins and PHQ-9 results to take to an appointment: a CSV file and a
//! one-page PDF summary. Written only when the user asks.

use chrono::{DateTime, Duration, TimeZone, Utc};
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::FluentValue;

use crate::basics::error::Result;
use crate::basics::locale::TimeStyle;
use crate::basics::time::to_db;
use crate::facts::check_in::CheckIn;
use crate::facts::crisis::CrisisNumbers;
use crate::storage::check_ins::TrendView;
use crate::storage::store::Store;
use crate::views::pdf::{Flow, Paper, Role, Style, ACCENT, INK, MUTED};

/// An average with one decimal ("5.0"), as a number the message formats.
fn one_decimal(value: f32) -> FluentValue<'static> {
    let rounded: f64 = format!("{value:.1}").parse().unwrap_or_default();
    FluentValue::Number(FluentNumber::new(
        rounded,
        FluentNumberOptions {
            minimum_fraction_digits: Some(1),
            ..Default::default()
        },
    ))
}

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
    let mut doc = Flow::new(&crate::t!("summary-document-title"), paper, 48.0);
    doc.add(&crate::t!("summary-title"), title, Role::Title, 0.0);
    doc.add(&crate::t!("summary-intro"), body, Role::Text, 4.0);
    doc.add(&crate::t!("summary-sessions-heading"), heading, Role::Heading, 14.0);
    let sessions: Vec<String> = trend.sessions.iter().map(|s| day(*s)).collect();
    match sessions.is_empty() {
        true => doc.add(&crate::t!("summary-sessions-none"), body, Role::Text, 2.0),
        false => doc.add(
            &sessions.join(&crate::t!("summary-list-separator")),
            body,
            Role::Text,
            2.0,
        ),
    }
    doc.add(&crate::t!("summary-phq9-heading"), heading, Role::Heading, 14.0);
    if trend.phq9.is_empty() {
        doc.add(&crate::t!("summary-phq9-none"), body, Role::Text, 2.0);
    }
    for p in trend.phq9.iter().rev().take(8).rev() {
        doc.add(
            &crate::t!(
                "summary-phq9-result",
                date = day(p.at),
                total = p.total,
                band = p.band.words(),
                item_nine = if p.item_nine_positive { "yes" } else { "no" }
            ),
            body,
            Role::Text,
            2.0,
        );
    }
    doc.add(&crate::t!("summary-check-ins-heading"), heading, Role::Heading, 14.0);
    if trend.check_ins.is_empty() {
        doc.add(&crate::t!("summary-check-ins-none"), body, Role::Text, 2.0);
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
        let tenths = |f: fn(&CheckIn) -> u8| one_decimal(avg(f));
        doc.add(
            &crate::t!(
                "summary-week",
                week = week,
                mood = tenths(|c| c.mood),
                energy = tenths(|c| c.energy),
                clarity = tenths(|c| c.clarity),
                anxiety = tenths(|c| c.anxiety),
                count = list.len(),
                self_harm = if yes > 0 { "reported" } else { "none" },
                times = yes
            ),
            body,
            Role::Text,
            2.0,
        );
    }
    let notes: Vec<&CheckIn> = trend.check_ins.iter().filter(|c| c.note.is_some()).collect();
    if !notes.is_empty() {
        doc.add(&crate::t!("summary-notes-heading"), heading, Role::Heading, 14.0);
        for c in notes.iter().rev().take(10).rev() {
            doc.add(
                &crate::t!(
                    "summary-note",
                    date = day(c.at),
                    note = c.note.as_deref().unwrap_or_default()
                ),
                body,
                Role::Text,
                2.0,
            );
        }
    }
    let given = |value: &Option<String>| if value.is_some() { "given" } else { "none" };
    doc.add(
        &crate::t!("summary-numbers-heading", whose = crisis.whose()),
        heading,
        Role::Heading,
        14.0,
    );
    doc.add(
        &crate::t!(
            "summary-crisis-line",
            line = given(&crisis.crisis_line),
            number = crisis.crisis_line.clone().unwrap_or_default(),
            hours = given(&crisis.crisis_hours),
            crisis_hours = crisis.crisis_hours.clone().unwrap_or_default()
        ),
        body,
        Role::Text,
        2.0,
    );
    doc.add(
        &crate::t!(
            "summary-emergency",
            emergency = given(&crisis.emergency_number),
            number = crisis.emergency_number.clone().unwrap_or_default()
        ),
        body,
        Role::Text,
        2.0,
    );
    doc.add(&crate::t!("summary-phq9-source"), small, Role::Text, 16.0);
    doc.finish()
}

impl Store {
    /// Check-ins and PHQ-9 results as CSV, for the user to take to an appointment.
    pub fn check_ins_csv(&self, now: DateTime<Utc>) -> Result<String> {
        let trend = self.trend(now)?;
        // A UTF-8 byte order mark first: spreadsheets (Excel in particular)
        // read the file as UTF-8 only then, so accents and any script in the
        // notes come out intact.
        let quote = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
        // A header or word with a comma or a quote in another language is quoted.
        let cell = |text: String| match text.contains([',', '"', '\n']) {
            true => quote(&text),
            false => text,
        };
        let header = [
            crate::t!("summary-csv-kind"),
            crate::t!("summary-csv-date"),
            crate::t!("summary-csv-mood"),
            crate::t!("summary-csv-energy"),
            crate::t!("summary-csv-clarity"),
            crate::t!("summary-csv-anxiety"),
            crate::t!("summary-csv-self-harm"),
            crate::t!("summary-csv-phq9-total"),
            crate::t!("summary-csv-phq9-band"),
            crate::t!("summary-csv-note"),
        ];
        let mut csv = String::from("\u{feff}");
        csv.push_str(&header.map(cell).join(","));
        csv.push_str("\r\n");
        let (check_in, phq9) = (
            cell(crate::t!("summary-csv-check-in")),
            cell(crate::t!("summary-csv-phq9")),
        );
        let (yes, no) = (cell(crate::t!("summary-csv-yes")), cell(crate::t!("summary-csv-no")));
        for c in &trend.check_ins {
            csv.push_str(&format!(
                "{check_in},{},{},{},{},{},{},,,{}\r\n",
                to_db(c.at),
                c.mood,
                c.energy,
                c.clarity,
                c.anxiety,
                if c.self_harm_thoughts { &yes } else { &no },
                c.note.as_deref().map(quote).unwrap_or_default()
            ));
        }
        for p in &trend.phq9 {
            csv.push_str(&format!(
                "{phq9},{},,,,,,{},{},\r\n",
                to_db(p.at),
                p.total,
                cell(p.band.words().to_string())
            ));
        }
        Ok(csv)
    }
}
