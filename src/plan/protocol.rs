//! A clinic's protocol: every number Steady's plan uses, in one versioned,
//! human-readable TOML file a clinic writes once and patients import.
//!
//! The format is documented in `protocol/README.md`, with a JSON Schema
//! (`protocol/steady-protocol.schema.json`, generated from these types by
//! `make bindings`) and an example for a fictional clinic. Reading a file
//! never panics and never half-applies: [`Protocol::parse`] returns either a
//! complete, checked protocol or every problem found, each with its line.
//!
//! Steady's own default ([`Protocol::default`]) is built only from
//! shared/care-facts.md; each value's source is noted beside it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;
use ts_rs::TS;

use crate::facts::care::CareTimes;

/// The protocol format version this Steady reads and writes.
pub const FORMAT_VERSION: u32 = 1;
/// Protocol files are a few hundred bytes; anything near this is not one.
pub const MAX_FILE_BYTES: usize = 64 * 1024;

/// One problem in a protocol file, where it is and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Problem {
    /// 1-based line in the file; 0 when the problem is the file as a whole.
    pub line: u32,
    /// Dotted name of the field, e.g. "fasting.solid_food_hours".
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, self.field.is_empty()) {
            (0, true) => write!(f, "{}", self.message),
            (0, false) => write!(f, "{}: {}", self.field, self.message),
            (line, true) => write!(f, "line {line}: {}", self.message),
            (line, false) => write!(f, "line {line}, {}: {}", self.field, self.message),
        }
    }
}

/// A medicine the clinic asks patients to hold before a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MedicationRule {
    pub name: String,
    pub hold_hours_before: u32,
    pub restart_hours_after: Option<u32>,
    pub note: Option<String>,
}

/// A checked protocol, ready to apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Protocol {
    pub clinic_name: Option<String>,
    pub clinic_phone: Option<String>,
    pub clinic_address: Option<String>,
    pub care: CareTimes,
    pub medications: Vec<MedicationRule>,
}

impl Default for Protocol {
    /// Steady's typical protocol, from shared/care-facts.md only.
    fn default() -> Self {
        Protocol {
            clinic_name: None,
            clinic_phone: None,
            clinic_address: None,
            care: CareTimes::default(),
            // Which medicines to hold is the prescriber's decision alone
            // (care-facts "The day before", 002): the default names none.
            medications: vec![],
        }
    }
}

// ---- the file format ----

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Steady clinic protocol",
    description = "A clinic's rules around an infusion session, for the Steady app. Times are whole hours or minutes."
)]
struct ProtocolFile {
    /// Format version; this Steady reads version 1.
    #[schemars(with = "u32")]
    version: Spanned<u32>,
    #[serde(default)]
    clinic: ClinicSection,
    fasting: FastingSection,
    session: SessionSection,
    after: AfterSection,
    /// Medicines the clinic asks patients to hold. Each patient adds only
    /// those they take; Steady never suggests one.
    #[serde(default)]
    medications: Vec<MedicationSection>,
}

#[derive(Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct ClinicSection {
    #[schemars(with = "Option<String>")]
    name: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    phone: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    address: Option<Spanned<String>>,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct FastingSection {
    /// No solid food for this many hours before the session starts (0-24).
    #[schemars(with = "u32", range(max = 24))]
    solid_food_hours: Spanned<i64>,
    /// Clear liquids allowed until this many hours before (0-24).
    #[schemars(with = "u32", range(max = 24))]
    clear_liquids_hours: Spanned<i64>,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct SessionSection {
    /// Vitals, monitors and IV line before the infusion (0-240).
    #[schemars(with = "u32", range(max = 240))]
    intake_minutes: Spanned<i64>,
    /// Length of the infusion (1-720).
    #[schemars(with = "u32", range(min = 1, max = 720))]
    infusion_minutes: Spanned<i64>,
    /// Shortest observation after the infusion before release (0-720).
    #[schemars(with = "u32", range(max = 720))]
    observation_min_minutes: Spanned<i64>,
    /// Longest observation after the infusion (0-720, at least the shortest).
    #[schemars(with = "u32", range(max = 720))]
    observation_max_minutes: Spanned<i64>,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct AfterSection {
    /// No driving or machinery for this many hours after the session (1-96).
    #[schemars(with = "u32", range(min = 1, max = 96))]
    no_driving_hours: Spanned<i64>,
    /// Instead: no driving until the next morning, after a night's sleep.
    #[serde(default)]
    no_driving_until_next_morning: bool,
    /// No alcohol or cannabis for this many hours after (0-96).
    #[schemars(with = "Option<u32>", range(max = 96))]
    no_alcohol_hours: Option<Spanned<i64>>,
    /// No opioids or benzodiazepines for this many hours after (0-96), as the clinic says.
    #[schemars(with = "Option<u32>", range(max = 96))]
    no_sedatives_hours: Option<Spanned<i64>>,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct MedicationSection {
    #[schemars(with = "String")]
    name: Spanned<String>,
    /// Last dose this many hours before the session (0-720).
    #[schemars(with = "u32", range(max = 720))]
    hold_hours_before: Spanned<i64>,
    /// Restart this many hours after the session (0-720).
    #[schemars(with = "Option<u32>", range(max = 720))]
    restart_hours_after: Option<Spanned<i64>>,
    #[schemars(with = "Option<String>")]
    note: Option<Spanned<String>>,
}

/// The JSON Schema of the protocol format, as published in the repository.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(ProtocolFile);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

/// Reads a protocol file the user named, refusing one far larger than a
/// protocol (they are a few hundred bytes) before reading it.
pub fn read_file(path: &std::path::Path) -> crate::basics::error::Result<Vec<u8>> {
    let size = std::fs::metadata(path)?.len();
    if size > MAX_FILE_BYTES as u64 {
        return Err(crate::Error::invalid(
            "file",
            format!(
                "{} is {} KB; a protocol file is at most {} KB.",
                path.display(),
                size / 1024,
                MAX_FILE_BYTES / 1024
            ),
        ));
    }
    Ok(std::fs::read(path)?)
}

/// 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> u32 {
    let end = offset.min(text.len());
    let line = text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() + 1;
    u32::try_from(line).unwrap_or(u32::MAX)
}

struct Checker<'a> {
    text: &'a str,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn problem(&mut self, span: std::ops::Range<usize>, field: &str, message: String) {
        self.problems.push(Problem {
            line: line_of(self.text, span.start),
            field: field.into(),
            message,
        });
    }

    fn number(&mut self, value: &Spanned<i64>, field: &str, low: i64, high: i64, unit: &str) -> u32 {
        let v = *value.get_ref();
        if v < low || v > high {
            self.problem(
                value.span(),
                field,
                format!("must be between {low} and {high} {unit}; it is {v}."),
            );
            return 0;
        }
        u32::try_from(v).unwrap_or(0)
    }

    fn text(&mut self, value: &Option<Spanned<String>>, field: &str, max: usize) -> Option<String> {
        let spanned = value.as_ref()?;
        let text = spanned.get_ref().trim();
        if text.is_empty() {
            return None;
        }
        if text.chars().count() > max || text.chars().any(char::is_control) {
            self.problem(
                spanned.span(),
                field,
                format!("must be plain text of at most {max} characters."),
            );
            return None;
        }
        Some(text.to_string())
    }
}

impl Protocol {
    /// Reads a protocol file's bytes: every problem, or the checked protocol.
    pub fn parse(bytes: &[u8]) -> Result<Protocol, Vec<Problem>> {
        let whole = |message: String| {
            vec![Problem {
                line: 0,
                field: String::new(),
                message,
            }]
        };
        if bytes.len() > MAX_FILE_BYTES {
            return Err(whole(format!(
                "The file is {} KB; a protocol file is at most {} KB. Is this the right file?",
                bytes.len() / 1024,
                MAX_FILE_BYTES / 1024
            )));
        }
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                let line = line_of(&String::from_utf8_lossy(&bytes[..e.valid_up_to()]), e.valid_up_to());
                return Err(vec![Problem {
                    line,
                    field: String::new(),
                    message: "The file is not UTF-8 text. Save it as UTF-8 and try again.".into(),
                }]);
            }
        };
        // Check the version first, so a future format gets a clear message
        // rather than a list of fields this Steady does not know.
        if let Ok(table) = text.parse::<toml::Table>() {
            match table.get("version").and_then(toml::Value::as_integer) {
                Some(v) if v == i64::from(FORMAT_VERSION) => {}
                Some(v) => {
                    let line = text.find("version").map_or(0, |at| line_of(text, at));
                    return Err(vec![Problem {
                        line,
                        field: "version".into(),
                        message: format!("This file is protocol version {v}; this Steady reads version {FORMAT_VERSION}. Ask the clinic for a version {FORMAT_VERSION} file, or update Steady."),
                    }]);
                }
                None => {}
            }
        }
        let file: ProtocolFile = match toml::from_str(text) {
            Ok(file) => file,
            Err(e) => {
                let line = e.span().map_or(0, |span| line_of(text, span.start));
                return Err(vec![Problem {
                    line,
                    field: String::new(),
                    message: e.message().trim().to_string(),
                }]);
            }
        };
        let mut c = Checker { text, problems: vec![] };
        if *file.version.get_ref() != FORMAT_VERSION {
            c.problem(
                file.version.span(),
                "version",
                format!("this Steady reads version {FORMAT_VERSION}."),
            );
        }
        let care = CareTimes {
            fasting_food_hours: c.number(
                &file.fasting.solid_food_hours,
                "fasting.solid_food_hours",
                0,
                24,
                "hours",
            ),
            fasting_liquids_hours: c.number(
                &file.fasting.clear_liquids_hours,
                "fasting.clear_liquids_hours",
                0,
                24,
                "hours",
            ),
            intake_minutes: c.number(
                &file.session.intake_minutes,
                "session.intake_minutes",
                0,
                240,
                "minutes",
            ),
            infusion_minutes: c.number(
                &file.session.infusion_minutes,
                "session.infusion_minutes",
                1,
                720,
                "minutes",
            ),
            recovery_min_minutes: c.number(
                &file.session.observation_min_minutes,
                "session.observation_min_minutes",
                0,
                720,
                "minutes",
            ),
            recovery_max_minutes: c.number(
                &file.session.observation_max_minutes,
                "session.observation_max_minutes",
                0,
                720,
                "minutes",
            ),
            no_driving_hours: c.number(&file.after.no_driving_hours, "after.no_driving_hours", 1, 96, "hours"),
            no_driving_until_next_morning: file.after.no_driving_until_next_morning,
            no_alcohol_hours: file
                .after
                .no_alcohol_hours
                .as_ref()
                .map_or(0, |v| c.number(v, "after.no_alcohol_hours", 0, 96, "hours")),
            no_sedatives_hours: file
                .after
                .no_sedatives_hours
                .as_ref()
                .map_or(0, |v| c.number(v, "after.no_sedatives_hours", 0, 96, "hours")),
        };
        if file.session.observation_max_minutes.get_ref() < file.session.observation_min_minutes.get_ref() {
            c.problem(
                file.session.observation_max_minutes.span(),
                "session.observation_max_minutes",
                "must be at least session.observation_min_minutes.".into(),
            );
        }
        let clinic_name = c.text(&file.clinic.name, "clinic.name", 120);
        let clinic_phone = c.text(&file.clinic.phone, "clinic.phone", 40);
        let clinic_address = c.text(&file.clinic.address, "clinic.address", 200);
        let mut medications = Vec::new();
        if file.medications.len() > 50 {
            c.problems.push(Problem {
                line: 0,
                field: "medications".into(),
                message: "at most 50 medicines.".into(),
            });
        }
        for (i, med) in file.medications.iter().enumerate().take(50) {
            let field = |name: &str| format!("medications[{i}].{name}");
            let name = c.text(&Some(med.name.clone()), &field("name"), 80);
            if name.is_none() && med.name.get_ref().trim().is_empty() {
                c.problem(med.name.span(), &field("name"), "must not be empty.".into());
            }
            let hold = c.number(&med.hold_hours_before, &field("hold_hours_before"), 0, 720, "hours");
            let restart = med
                .restart_hours_after
                .as_ref()
                .map(|r| c.number(r, &field("restart_hours_after"), 0, 720, "hours"));
            let note = c.text(&med.note, &field("note"), 500);
            if let Some(name) = name {
                medications.push(MedicationRule {
                    name,
                    hold_hours_before: hold,
                    restart_hours_after: restart,
                    note,
                });
            }
        }
        if !c.problems.is_empty() {
            c.problems.sort_by_key(|p| p.line);
            return Err(c.problems);
        }
        Ok(Protocol {
            clinic_name,
            clinic_phone,
            clinic_address,
            care,
            medications,
        })
    }

    /// The protocol as a file, in the documented format.
    pub fn to_toml(&self) -> String {
        let care = &self.care;
        let mut out = format!(
            "# Steady clinic protocol. Format: protocol/README.md in Steady's repository.\nversion = {FORMAT_VERSION}\n\n[clinic]\n"
        );
        let quote = |s: &str| toml::Value::String(s.to_string()).to_string();
        for (key, value) in [
            ("name", &self.clinic_name),
            ("phone", &self.clinic_phone),
            ("address", &self.clinic_address),
        ] {
            if let Some(value) = value {
                out.push_str(&format!("{key} = {}\n", quote(value)));
            }
        }
        out.push_str(&format!(
            "\n[fasting]\nsolid_food_hours = {}\nclear_liquids_hours = {}\n\n[session]\nintake_minutes = {}\ninfusion_minutes = {}\nobservation_min_minutes = {}\nobservation_max_minutes = {}\n\n[after]\nno_driving_hours = {}\nno_driving_until_next_morning = {}\nno_alcohol_hours = {}\nno_sedatives_hours = {}\n",
            care.fasting_food_hours,
            care.fasting_liquids_hours,
            care.intake_minutes,
            care.infusion_minutes,
            care.recovery_min_minutes,
            care.recovery_max_minutes,
            care.no_driving_hours,
            care.no_driving_until_next_morning,
            care.no_alcohol_hours,
            care.no_sedatives_hours,
        ));
        for med in &self.medications {
            out.push_str(&format!(
                "\n[[medications]]\nname = {}\nhold_hours_before = {}\n",
                quote(&med.name),
                med.hold_hours_before
            ));
            if let Some(restart) = med.restart_hours_after {
                out.push_str(&format!("restart_hours_after = {restart}\n"));
            }
            if let Some(note) = &med.note {
                out.push_str(&format!("note = {}\n", quote(note)));
            }
        }
        out
    }
}
