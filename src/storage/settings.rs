//! Settings: one row per key. The patient's name for the driver, the crisis
//! numbers, and the switches for groggy mode and check-in reminders.

use rusqlite::{params, Connection, OptionalExtension};

use crate::basics::error::{Error, Result};
use crate::facts::countries::country_of_zone;
use crate::facts::crisis::{country_name, CountryFrom, CrisisNumbers};
use crate::facts::model::{Contacts, Session};
use crate::storage::store::Store;

/// A value from the `settings` table (one row per key).
pub(crate) fn get_setting(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0))
        .optional()?)
}

pub(crate) fn put_setting(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

pub(crate) fn delete_setting(conn: &Connection, key: &str) -> Result<()> {
    conn.execute("DELETE FROM settings WHERE key = ?1", [key])?;
    Ok(())
}

impl Store {
    /// The patient's first name, as the driver knows them (optional).
    pub fn patient_name(&self) -> Result<Option<String>> {
        crate::storage::settings::get_setting(&self.conn, "patient_name")
    }

    pub fn set_patient_name(&mut self, name: Option<&str>) -> Result<Option<String>> {
        match name.map(str::trim).filter(|n| !n.is_empty()) {
            Some(name) => {
                let count = name.chars().count();
                if count > 80 || name.chars().any(char::is_control) {
                    return Err(crate::Error::invalid(
                        "patient_name",
                        crate::t!("error-patient-name-too-long", max = 80),
                    ));
                }
                crate::storage::settings::put_setting(&self.conn, "patient_name", name)?;
            }
            None => crate::storage::settings::delete_setting(&self.conn, "patient_name")?,
        }
        self.patient_name()
    }
}

impl Store {
    pub fn contacts(&self, session: &Session) -> Result<Contacts> {
        Ok(Contacts {
            clinic_name: session.clinic_name.clone(),
            clinic_phone: session.clinic_phone.clone(),
            crisis: self.crisis_numbers()?,
        })
    }

    /// The crisis line and emergency number as every screen shows them:
    /// typed by the patient, or care-facts' for their country.
    pub fn crisis_numbers(&self) -> Result<CrisisNumbers> {
        let get = |key: &str| get_setting(&self.conn, key);
        let country = get("country")?;
        Ok(CrisisNumbers::from_settings(
            country.as_deref(),
            get("country_from")?.as_deref().and_then(CountryFrom::parse),
            get("country_confirmed")?.is_some(),
            get("crisis_line")?,
            get("emergency_number")?,
        ))
    }

    /// Picks the patient's country when none is set yet (first start, or the
    /// first start after the update that brought countries): the system's
    /// region, else the time zone's country (to confirm), else none, and
    /// Steady asks. A country the patient chose or confirmed, or one a
    /// system region named, is kept; a time-zone guess nobody confirmed
    /// gives way to a region a system names later (the CLI run from a shell
    /// without a locale guessed first, the window then knows better).
    pub fn pick_country(&mut self, system_region: Option<&str>, zone: &str) -> Result<CrisisNumbers> {
        let unconfirmed_guess = get_setting(&self.conn, "country_from")?.as_deref()
            == Some(CountryFrom::TimeZone.as_str())
            && get_setting(&self.conn, "country_confirmed")?.is_none();
        let region_known = system_region.is_some_and(|code| country_name(code).is_some());
        if get_setting(&self.conn, "country")?.is_none() || (unconfirmed_guess && region_known) {
            let picked = system_region
                .filter(|code| country_name(code).is_some())
                .map(|code| (code.to_ascii_uppercase(), CountryFrom::SystemRegion))
                .or_else(|| country_of_zone(zone).map(|code| (code.to_string(), CountryFrom::TimeZone)));
            if let Some((code, from)) = picked {
                let tx = self.conn.transaction()?;
                put_setting(&tx, "country", &code)?;
                put_setting(&tx, "country_from", from.as_str())?;
                tx.commit()?;
            }
        }
        self.crisis_numbers()
    }

    /// The patient's own choice of country (it counts as confirmed).
    pub fn choose_country(&mut self, code: &str) -> Result<CrisisNumbers> {
        let code = code.trim().to_ascii_uppercase();
        if country_name(&code).is_none() {
            return Err(Error::invalid(
                "country",
                crate::t!("error-unknown-country", code = code),
            ));
        }
        let tx = self.conn.transaction()?;
        put_setting(&tx, "country", &code)?;
        put_setting(&tx, "country_from", CountryFrom::Chosen.as_str())?;
        put_setting(&tx, "country_confirmed", "1")?;
        tx.commit()?;
        self.crisis_numbers()
    }

    /// "Yes, that is my country" for a country guessed from the time zone.
    pub fn confirm_country(&mut self) -> Result<CrisisNumbers> {
        if get_setting(&self.conn, "country")?.is_none() {
            return Err(Error::invalid("country", crate::t!("error-country-first")));
        }
        put_setting(&self.conn, "country_confirmed", "1")?;
        self.crisis_numbers()
    }

    /// Sets the patient's own crisis line and emergency number; empty clears
    /// one, and the country's number shows again.
    pub fn set_crisis_numbers(
        &mut self,
        crisis_line: Option<&str>,
        emergency_number: Option<&str>,
    ) -> Result<CrisisNumbers> {
        let tx = self.conn.transaction()?;
        for (key, value) in [("crisis_line", crisis_line), ("emergency_number", emergency_number)] {
            match value.map(str::trim).filter(|v| !v.is_empty()) {
                Some(v) if v.chars().count() > 120 || v.chars().any(char::is_control) => {
                    return Err(Error::invalid(
                        if key == "crisis_line" {
                            "crisis_line"
                        } else {
                            "emergency_number"
                        },
                        crate::t!("error-crisis-number-too-long", max = 120),
                    ));
                }
                Some(v) => put_setting(&tx, key, v)?,
                None => delete_setting(&tx, key)?,
            }
        }
        tx.commit()?;
        self.crisis_numbers()
    }

    pub fn set_groggy_mode(&mut self, enabled: bool) -> Result<()> {
        set_switch(&self.conn, "groggy_mode_off", enabled)
    }

    pub fn groggy_mode_enabled(&self) -> Result<bool> {
        Ok(get_setting(&self.conn, "groggy_mode_off")?.is_none())
    }

    pub fn set_check_in_reminders(&mut self, enabled: bool) -> Result<bool> {
        set_switch(&self.conn, "check_in_reminders_off", enabled)?;
        Ok(enabled)
    }

    pub fn check_in_reminders_enabled(&self) -> Result<bool> {
        Ok(get_setting(&self.conn, "check_in_reminders_off")?.is_none())
    }
}

/// A feature that is on unless `off_key` is set: turning it on removes the key.
fn set_switch(conn: &rusqlite::Connection, off_key: &str, enabled: bool) -> Result<()> {
    if enabled {
        delete_setting(conn, off_key)
    } else {
        put_setting(conn, off_key, "1")
    }
}

/// How long a "yes" to thoughts of self-harm (or PHQ-9 item 9 above 0)
/// keeps the crisis panel in view on Recovery. No care source sets it:
/// Steady's choice (setting `crisis_panel_hours`), a day, until the next
/// daily check-in.
pub const CRISIS_PANEL_HOURS: u32 = 24;
/// How often the PHQ-9 is asked for. Steady's choice (setting `phq9_every_days`):
/// 14 days, the window the questionnaire itself asks
/// about ("over the last 2 weeks", Kroenke, Spitzer & Williams 2001,
/// care-facts "From other public sources").
pub const PHQ9_EVERY_DAYS: u32 = 14;

/// The settings about check-ins that are Steady's choice, as Settings shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CheckInSettings {
    pub crisis_panel_hours: u32,
    pub phq9_every_days: u32,
}

impl Store {
    pub fn check_in_settings(&self) -> Result<CheckInSettings> {
        let number = |key: &str, default: u32| -> Result<u32> {
            Ok(get_setting(&self.conn, key)?
                .and_then(|v| v.parse().ok())
                .unwrap_or(default))
        };
        Ok(CheckInSettings {
            crisis_panel_hours: number("crisis_panel_hours", CRISIS_PANEL_HOURS)?,
            phq9_every_days: number("phq9_every_days", PHQ9_EVERY_DAYS)?,
        })
    }

    pub fn set_check_in_settings(&mut self, settings: &CheckInSettings) -> Result<CheckInSettings> {
        if !(1..=168).contains(&settings.crisis_panel_hours) {
            return Err(Error::invalid(
                "crisis_panel_hours",
                crate::t!("error-crisis-panel-hours-range"),
            ));
        }
        if !(7..=28).contains(&settings.phq9_every_days) {
            return Err(Error::invalid("phq9_every_days", crate::t!("error-phq9-every-range")));
        }
        let tx = self.conn.transaction()?;
        put_setting(&tx, "crisis_panel_hours", &settings.crisis_panel_hours.to_string())?;
        put_setting(&tx, "phq9_every_days", &settings.phq9_every_days.to_string())?;
        tx.commit()?;
        self.check_in_settings()
    }
}
