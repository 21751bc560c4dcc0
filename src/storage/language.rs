//! The patient's language: their choice, kept as a one-line file in the data
//! folder (`language`), else the system's. A file and not a row, so that it
//! can be read while the app lock is on: the locked reminder speaks it too.
//! It says nothing about the patient's health.
//!
//! Plan items keep their words in the database (the scheduler and the CLI
//! read them there); [`Store::reword_plans`] writes them again in the current
//! language when it differs from the one they were written in, so changing
//! the language re-words what is already planned and the reminders queued.

use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use crate::basics::error::{Error, Result};
use crate::basics::i18n::{self, LanguageChoice, Messages};
use crate::storage::rows;
use crate::storage::settings::{get_setting, put_setting};
use crate::storage::store::Store;

const FILE: &str = "language";

fn file_in(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE)
}

/// The language the patient chose, if they chose one this Steady speaks.
pub fn chosen_language(data_dir: &Path) -> Option<&'static str> {
    let text = std::fs::read_to_string(file_in(data_dir)).ok()?;
    i18n::best_match(text.trim())
}

/// Sets the patient's choice (`None`: follow the system again). The file is
/// written whole and renamed into place, so it is never half-written.
pub fn choose_language(data_dir: &Path, tag: Option<&str>) -> Result<()> {
    let path = file_in(data_dir);
    match tag {
        None => match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
            _ => Ok(()),
        },
        Some(tag) => {
            let tag = i18n::best_match(tag).ok_or_else(|| {
                Error::invalid("language", crate::t!("error-language-unknown", tag = tag.to_string()))
            })?;
            std::fs::create_dir_all(data_dir)?;
            let scratch = data_dir.join(".language.new");
            std::fs::write(&scratch, format!("{tag}\n"))?;
            std::fs::rename(&scratch, &path)?;
            Ok(())
        }
    }
}

/// The patient's language: their choice in `data_dir`, else the system's
/// (`env` reads an environment variable).
pub fn patient_language(data_dir: &Path, env: impl Fn(&str) -> Option<String>) -> Messages {
    Messages::of(chosen_language(data_dir).unwrap_or_else(|| i18n::system_language(env)))
}

/// Settings → Language, and the first start's chooser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LanguageSettings {
    /// The language Steady speaks now: "de".
    pub current: String,
    /// The patient's choice; None: the system's language is followed.
    pub chosen: Option<String>,
    /// The system's language, as Steady reads it.
    pub system: String,
    pub choices: Vec<LanguageChoice>,
}

/// The language settings for `data_dir`, with the system's from `env`.
pub fn language_settings(data_dir: &Path, env: impl Fn(&str) -> Option<String>) -> LanguageSettings {
    LanguageSettings {
        current: i18n::current().tag().to_string(),
        chosen: chosen_language(data_dir).map(str::to_string),
        system: i18n::system_language(env).to_string(),
        choices: i18n::languages(),
    }
}

/// What the window gets back when the language changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LanguageChange {
    pub settings: LanguageSettings,
    pub catalogue: i18n::Catalogue,
}

impl Store {
    /// Writes every plan item's words again in the current language
    /// (`basics::i18n::current`) if they were written in another one; true
    /// when it did. Times are unchanged.
    pub fn reword_plans(&mut self) -> Result<bool> {
        let language = i18n::current().tag();
        if get_setting(&self.conn, "words_language")?.as_deref() == Some(language) {
            return Ok(false);
        }
        let tx = self.conn.transaction()?;
        let ids: Vec<i64> = tx
            .prepare("SELECT id FROM sessions ORDER BY id")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for id in ids {
            rows::reword_plan_items(&tx, id)?;
        }
        put_setting(&tx, "words_language", language)?;
        tx.commit()?;
        Ok(true)
    }
}
