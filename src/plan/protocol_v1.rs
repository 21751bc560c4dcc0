//! Protocol files of version 1, read so that files clinics already sent
//! still import: each becomes [`ClinicRules`] (what version 1 could not say
//! keeps Steady's typical value). Steady writes only version 2.

use serde::Deserialize;
use toml::Spanned;

use crate::facts::rules::{ClinicContact, ClinicRules, Cutoff, MedicineBefore, MedicineRule, NoDriving};
use crate::plan::problems::{line_of, Problem};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProtocolFile {
    /// Format version; this Steady reads version 1.
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

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClinicSection {
    name: Option<Spanned<String>>,
    phone: Option<Spanned<String>>,
    address: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FastingSection {
    /// No solid food for this many hours before the session starts (0-24).
    solid_food_hours: Spanned<i64>,
    /// Clear liquids allowed until this many hours before (0-24).
    clear_liquids_hours: Spanned<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionSection {
    /// Vitals, monitors and IV line before the infusion (0-240).
    intake_minutes: Spanned<i64>,
    /// Length of the infusion (1-720).
    infusion_minutes: Spanned<i64>,
    /// Shortest observation after the infusion before release (0-720).
    observation_min_minutes: Spanned<i64>,
    /// Longest observation after the infusion (0-720, at least the shortest).
    observation_max_minutes: Spanned<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AfterSection {
    /// No driving or machinery for this many hours after the session (1-96).
    no_driving_hours: Spanned<i64>,
    /// Instead: no driving until the next morning, after a night's sleep.
    #[serde(default)]
    no_driving_until_next_morning: bool,
    /// No alcohol or cannabis for this many hours after (0-96).
    no_alcohol_hours: Option<Spanned<i64>>,
    /// No opioids or benzodiazepines for this many hours after (0-96), as the clinic says.
    no_sedatives_hours: Option<Spanned<i64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MedicationSection {
    name: Spanned<String>,
    /// Last dose this many hours before the session (0-720).
    hold_hours_before: Spanned<i64>,
    /// Restart this many hours after the session (0-720).
    restart_hours_after: Option<Spanned<i64>>,
    note: Option<Spanned<String>>,
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
                crate::t!("error-rule-range", low = low, high = high, unit = unit, value = v),
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
            self.problem(spanned.span(), field, crate::t!("error-rule-plain-text-max", max = max));
            return None;
        }
        Some(text.to_string())
    }
}

/// Reads a version 1 file's text (its version already checked): the rules,
/// or every problem with its line.
pub(crate) fn parse(text: &str) -> Result<ClinicRules, Vec<Problem>> {
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
    if *file.version.get_ref() != 1 {
        c.problem(file.version.span(), "version", crate::t!("error-protocol-v1-version"));
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
            crate::t!("error-protocol-v1-observation-max"),
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
            message: crate::t!("error-protocol-v1-too-many-medicines", max = 50),
        });
    }
    for (i, med) in file.medications.iter().enumerate().take(50) {
        let field = |name: &str| format!("medications[{i}].{name}");
        let name = c.text(&Some(med.name.clone()), &field("name"), 80);
        if name.is_none() && med.name.get_ref().trim().is_empty() {
            c.problem(med.name.span(), &field("name"), crate::t!("error-rule-empty"));
        }
        let hold = c.number(&med.hold_hours_before, &field("hold_hours_before"), 0, 720, "hours");
        let restart = med
            .restart_hours_after
            .as_ref()
            .map(|r| c.number(r, &field("restart_hours_after"), 0, 720, "hours"));
        let note = c.text(&med.note, &field("note"), 500);
        if let Some(name) = name {
            medications.push(MedicineRule {
                name,
                before: MedicineBefore::HoursBefore { hours: hold },
                restart_hours_after: restart,
                note,
            });
        }
    }
    if !c.problems.is_empty() {
        c.problems.sort_by_key(|p| p.line);
        return Err(c.problems);
    }
    let mut rules = rules_from_care(&care);
    rules.clinic = ClinicContact {
        name: clinic_name,
        phone: clinic_phone,
        address: clinic_address,
    };
    rules.medicines.rules = medications;
    Ok(rules)
}

/// The rules that version 1's numbers say; what they could not say keeps
/// the typical value.
pub(crate) fn rules_from_care(care: &CareTimes) -> ClinicRules {
    let hours_before = |hours: u32| match hours {
        0 => Cutoff::None,
        hours => Cutoff::HoursBefore { hours },
    };
    let mut rules = ClinicRules::default();
    rules.food.solid_food = hours_before(care.fasting_food_hours);
    rules.food.clear_liquids = hours_before(care.fasting_liquids_hours);
    rules.timeline.intake_minutes = care.intake_minutes;
    rules.timeline.infusion_minutes = care.infusion_minutes;
    rules.timeline.observation_min_minutes = care.recovery_min_minutes;
    rules.timeline.observation_max_minutes = care.recovery_max_minutes;
    rules.after.no_driving = if care.no_driving_until_next_morning {
        NoDriving::NextMorning
    } else {
        NoDriving::Hours {
            hours: care.no_driving_hours,
        }
    };
    rules.after.no_alcohol_hours = care.no_alcohol_hours;
    rules.after.no_sedatives_hours = care.no_sedatives_hours;
    rules
}

/// The numbers a version 1 file held, under the names it used (and that
/// Steady before rules version 2 saved with a protocol import, to undo it).
#[derive(Debug, Deserialize)]
pub(crate) struct CareTimes {
    intake_minutes: u32,
    infusion_minutes: u32,
    recovery_min_minutes: u32,
    recovery_max_minutes: u32,
    fasting_food_hours: u32,
    fasting_liquids_hours: u32,
    no_driving_hours: u32,
    #[serde(default)]
    no_driving_until_next_morning: bool,
    #[serde(default)]
    no_alcohol_hours: u32,
    #[serde(default)]
    no_sedatives_hours: u32,
}
