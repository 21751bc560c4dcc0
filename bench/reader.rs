//! Times reading a clinic's sheet (issue 20: "under 100 ms for a two-page
//! sheet"), against a baseline measured in the same run: the same text only
//! lower-cased and split into words, the least any reading of it costs.
//!
//!   cargo run --release --example bench-reader -- [N]
//!
//! Prints one JSON object: the sheet's size, the first read (the phrase
//! tables compiled then), the p50 and p99 of N more reads (default 200), the
//! baseline's p50, and the ratio of the two p50s.

use std::time::Instant;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = ((p / 100.0 * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(200);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/core/fixtures/sheets");
    // A two-page sheet: the test sheets one after another (about 4.3 KB,
    // some 760 words: two printed pages).
    let mut sheet = String::new();
    for name in [
        "harbour-view-email.txt",
        "northside-web-page.txt",
        "calm-waters-letter.txt",
        "riverbend-faq.txt",
        "blind-eastgate-leaflet.txt",
    ] {
        sheet.push_str(&std::fs::read_to_string(format!("{dir}/{name}")).expect("the test sheets"));
        sheet.push('\n');
    }
    let start = Instant::now();
    let first = steady_core::plan::sheet::read_sheet(&sheet).expect("the sheet reads");
    let cold_ms = start.elapsed().as_secs_f64() * 1000.0;
    let mut warm = Vec::with_capacity(n);
    let mut base = Vec::with_capacity(n);
    let mut words = 0;
    for _ in 0..n {
        let t = Instant::now();
        let reading = steady_core::plan::sheet::read_sheet(&sheet).expect("the sheet reads");
        warm.push(t.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(reading.proposals.len(), first.proposals.len());
        let t = Instant::now();
        let lower = sheet.to_lowercase();
        words = std::hint::black_box(lower.split_whitespace().count());
        base.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    warm.sort_by(f64::total_cmp);
    base.sort_by(f64::total_cmp);
    let (p50, p99, b50) = (
        percentile(&warm, 50.0),
        percentile(&warm, 99.0),
        percentile(&base, 50.0),
    );
    println!(
        "{}",
        serde_json::json!({
            "sheet_bytes": sheet.len(),
            "words": words,
            "proposals": first.proposals.len(),
            "first_read_ms": cold_ms,
            "p50_ms": p50,
            "p99_ms": p99,
            "baseline_p50_ms": b50,
            "ratio_to_baseline": p50 / b50,
            "under_100_ms": cold_ms < 100.0 && p99 < 100.0,
        })
    );
}
