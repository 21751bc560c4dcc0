//! Integration tests of the core, one binary; modules mirror `src/`.

mod catalogue;
mod cli;
mod corpus;
mod course;
mod crisis;
mod durability;
mod lock;
mod phone;
mod plan;
mod plan_words;
mod protocol;
mod recovery;
mod releases;
mod reminders;
mod ride;
mod rules;
mod scripts;
mod sheet;
mod sheet_ab;
mod sheet_aop;
mod sheet_aqr;
mod sheet_ask;
mod sheet_ast;
mod sheet_auv;
mod sheet_awx;
mod sheet_ayz;
mod sheet_bab;
mod sheet_bc;
mod sheet_bd;
mod sheet_be;
mod sheet_bf;
mod sheet_bg;
mod sheet_bh;
mod sheet_bring;
mod sheet_cd;
mod sheet_core_rules;
mod sheet_eh;
mod sheet_flags;
mod sheet_g;
mod sheet_h;
mod sheet_i;
mod sheet_ij;
mod sheet_j;
mod sheet_k;
mod sheet_kl;
mod sheet_l;
mod sheet_language;
mod sheet_look;
mod sheet_m;
mod sheet_mech;
mod sheet_med;
mod sheet_mn;
mod sheet_n;
mod sheet_o;
mod sheet_patterns;
mod sheet_rest;
mod sheet_st;
mod sheet_take;
mod sheet_task;
mod sheet_uv;
mod sheet_visit;
mod sheet_w;
mod sheet_wx;
mod sheet_y;
mod store;
mod today;
mod transfer;

use chrono::{DateTime, Utc};
use steady_core::basics::locale::{ClockStyle, DateOrder, TimeStyle};
use steady_core::facts::model::{Item, NewSession, Session};
use steady_core::facts::rules::ClinicRules;
use steady_core::Store;

/// Times as most of the world writes them: "18:00", "Thursday 3 December".
pub const H24: TimeStyle = TimeStyle {
    clock: ClockStyle::H24,
    dates: DateOrder::DayMonth,
};
/// As the US writes them: "6:00 PM", "Thursday, December 3".
pub const US: TimeStyle = TimeStyle {
    clock: ClockStyle::H12,
    dates: DateOrder::MonthDay,
};

/// The text of a PDF as poppler's `pdftotext` reads it (an independent
/// reader: Debian's poppler-utils), pages joined.
pub fn pdf_text(pdf: &[u8]) -> String {
    use std::io::Write;
    let mut child = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("pdftotext (poppler-utils) is installed: make deps-test");
    child.stdin.take().unwrap().write_all(pdf).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "pdftotext read the file");
    String::from_utf8(out.stdout).expect("UTF-8 text")
}

/// Keeps a copy of a document for looking at when STEADY_KEEP_DOCS names a
/// folder (`STEADY_KEEP_DOCS=/tmp/docs cargo test ...`, then pdftoppm).
pub fn keep(name: &str, bytes: &[u8]) {
    if let Ok(dir) = std::env::var("STEADY_KEEP_DOCS") {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(std::path::Path::new(&dir).join(name), bytes).unwrap();
    }
}

/// How many pages poppler's `pdfinfo` counts, and the page size it reports.
pub fn pdf_pages(pdf: &[u8]) -> (usize, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdfinfo")
        .arg(&path)
        .output()
        .expect("pdfinfo (poppler-utils)");
    let info = String::from_utf8_lossy(&out.stdout).to_string();
    let field = |name: &str| {
        info.lines()
            .find(|l| l.starts_with(name))
            .map(|l| l[name.len()..].trim().to_string())
            .unwrap_or_default()
    };
    (field("Pages:").parse().unwrap_or(0), field("Page size:"))
}

pub fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("test instant")
        .with_timezone(&Utc)
}

pub fn in_memory_store() -> Store {
    Store::open_in_memory().expect("an in-memory store opens and migrates")
}

pub fn new_session(start_local: &str, tz: &str) -> NewSession {
    NewSession {
        start_local: start_local.into(),
        tz: Some(tz.into()),
        ..Default::default()
    }
}

pub fn item<'a>(items: &'a [Item], title: &str) -> &'a Item {
    items
        .iter()
        .find(|i| i.title == title)
        .unwrap_or_else(|| panic!("no item titled {title:?}"))
}

pub fn session_items(store: &Store, session: &Session) -> Vec<Item> {
    store.items_of_session(session.id).expect("items load")
}

/// Steady's typical rules, changed by `change`.
pub fn rules(change: impl FnOnce(&mut ClinicRules)) -> ClinicRules {
    let mut rules = ClinicRules::default();
    change(&mut rules);
    rules
}
