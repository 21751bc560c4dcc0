//! Times the core's side of the two heaviest screens, without the webview:
//!
//!   cargo run --release --example bench-views -- DIR [N]
//!
//! Prints one JSON object: for `today` and `course_view` (as the Course
//! screen first asks for it: recent sessions), the p50 and p99 in
//! milliseconds over N calls (default 300) and the JSON size the UI receives.
//! The benchmark puts these beside the IPC figures, so a slow screen can be
//! told apart into the core's work and the trip through the webview.

use std::time::Instant;

use chrono::Utc;
use steady_core::basics::paths;
use steady_core::views::today::today_view;
use steady_core::Store;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = ((p / 100.0 * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn time<T: serde::Serialize>(n: usize, mut f: impl FnMut() -> steady_core::Result<T>) -> serde_json::Value {
    let mut took = Vec::with_capacity(n);
    let mut bytes = 0;
    for _ in 0..n {
        let start = Instant::now();
        let value = f().expect("the view to load");
        // Serialising is part of what a command does before the IPC trip.
        bytes = serde_json::to_vec(&value).expect("the view to serialise").len();
        took.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    took.sort_by(f64::total_cmp);
    serde_json::json!({ "p50_ms": percentile(&took, 50.0), "p99_ms": percentile(&took, 99.0), "json_bytes": bytes })
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: bench-views DIR [N]");
        std::process::exit(2);
    };
    let n = args.next().and_then(|v| v.parse().ok()).unwrap_or(300);
    let store = Store::open(&paths::database_path_in(dir.as_ref())).expect("the seeded data to open");
    let now = Utc::now();
    let today = time(n, || today_view(&store, now));
    let course = time(n, || store.course_view(now, false));
    println!("{}", serde_json::json!({ "today": today, "course_view": course }));
}
