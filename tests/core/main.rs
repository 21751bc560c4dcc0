//! Integration tests of the core, one binary; modules mirror `src/`.

mod cli;
mod course;
mod durability;
mod lock;
mod plan;
mod protocol;
mod recovery;
mod reminders;
mod ride;
mod rules;
mod store;
mod today;
mod transfer;

use chrono::{DateTime, Utc};
use steady_core::facts::model::{Item, NewSession, Session};
use steady_core::facts::rules::ClinicRules;
use steady_core::Store;

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
