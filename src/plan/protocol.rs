//! A clinic's instructions as a file: [`ClinicRules`] in versioned,
//! human-readable TOML, for a clinic to write once and patients to import,
//! or for a patient to share what they entered.
//!
//! The format is documented in `protocol/README.md`, with a JSON Schema
//! (`protocol/steady-protocol.schema.json`, generated from the model by
//! `make bindings`) and an example per family of rule shapes in
//! `protocol/examples/`. Reading a file never panics and never half-applies:
//! [`parse`] returns either complete, checked rules or every problem found,
//! each with its line. Version 1 files still read (`protocol_v1`).

use crate::facts::rules::ClinicRules;
use crate::facts::rules_words::field_words;
use crate::plan::problems::line_of;
pub use crate::plan::problems::Problem;

/// The protocol format version this Steady writes; it reads 1 and 2.
// Not a care number: the file format's version.
pub const FORMAT_VERSION: u32 = 2;
/// Protocol files are a few kilobytes; anything near this is not one.
// Not a care number: a size limit.
pub const MAX_FILE_BYTES: usize = 64 * 1024;

/// The JSON Schema of the protocol format (version 2), as published in the
/// repository: the model's own schema with the `version` key added.
pub fn json_schema() -> String {
    let mut schema = serde_json::to_value(schemars::schema_for!(ClinicRules)).unwrap_or_default();
    if let Some(root) = schema.as_object_mut() {
        root.insert("title".into(), "Steady clinic instructions (protocol file)".into());
        root.insert(
            "description".into(),
            "A clinic's instructions around an infusion session, for the Steady app (format version 2). Every section is optional; what a file leaves out keeps Steady's typical value.".into(),
        );
        if let Some(properties) = root.get_mut("properties").and_then(|p| p.as_object_mut()) {
            properties.insert(
                "version".into(),
                serde_json::json!({"description": "Format version: 2 (Steady also reads 1).", "type": "integer", "enum": [1, 2]}),
            );
        }
        root.insert("required".into(), serde_json::json!(["version"]));
    }
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

/// Reads a protocol file the user named, refusing one far larger than a
/// protocol (they are a few kilobytes) before reading it.
pub fn read_file(path: &std::path::Path) -> crate::basics::error::Result<Vec<u8>> {
    let size = std::fs::metadata(path)?.len();
    if size > MAX_FILE_BYTES as u64 {
        return Err(crate::basics::error::Error::invalid(
            "file",
            crate::t!(
                "error-protocol-file-too-large",
                file = path.display().to_string(),
                size = size / 1024,
                max = MAX_FILE_BYTES / 1024
            ),
        ));
    }
    Ok(std::fs::read(path)?)
}

/// The rules a protocol import by Steady before rules version 2 saved for
/// a session (its numbers, as JSON), to undo that import now.
pub fn rules_from_saved_care(care: &serde_json::Value) -> ClinicRules {
    serde_json::from_value::<crate::plan::protocol_v1::CareTimes>(care.clone())
        .map(|care| crate::plan::protocol_v1::rules_from_care(&care))
        .unwrap_or_default()
}

fn whole(message: String) -> Vec<Problem> {
    vec![Problem {
        line: 0,
        field: String::new(),
        message,
    }]
}

/// Reads a protocol file's bytes: every problem, or the checked rules.
pub fn parse(bytes: &[u8]) -> Result<ClinicRules, Vec<Problem>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(whole(crate::t!(
            "error-protocol-too-large",
            size = bytes.len() / 1024,
            max = MAX_FILE_BYTES / 1024
        )));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let line = line_of(&String::from_utf8_lossy(&bytes[..e.valid_up_to()]), e.valid_up_to());
            return Err(vec![Problem {
                line,
                field: String::new(),
                message: crate::t!("error-protocol-not-utf8"),
            }]);
        }
    };
    let mut root = match toml::de::DeTable::parse(text) {
        Ok(root) => root,
        Err(e) => {
            return Err(vec![Problem {
                line: e.span().map_or(0, |span| line_of(text, span.start)),
                field: String::new(),
                message: e.message().trim().to_string(),
            }])
        }
    };
    // The version first, so a future format gets a clear message rather
    // than a list of fields this Steady does not know.
    let version = root.get_mut().remove("version");
    let version_line = version.as_ref().map_or(0, |v| line_of(text, v.span().start));
    match version
        .as_ref()
        .map(|v| v.get_ref().as_integer().map(|i| i.as_str().parse::<i64>()))
    {
        None => {
            return Err(vec![Problem {
                line: 0,
                field: "version".into(),
                message: crate::t!("error-protocol-no-version", version = FORMAT_VERSION),
            }])
        }
        Some(Some(Ok(1))) => return crate::plan::protocol_v1::parse(text),
        Some(Some(Ok(2))) => {}
        Some(Some(Ok(v))) => {
            return Err(vec![Problem {
                line: version_line,
                field: "version".into(),
                message: crate::t!("error-protocol-newer-version", found = v, version = FORMAT_VERSION),
            }])
        }
        Some(_) => {
            return Err(vec![Problem {
                line: version_line,
                field: "version".into(),
                message: crate::t!("error-protocol-version-not-a-number", version = FORMAT_VERSION),
            }])
        }
    }
    let spans = field_spans(root.get_ref());
    let rules: ClinicRules = match serde::Deserialize::deserialize(toml::de::Deserializer::from(root)) {
        Ok(rules) => rules,
        Err(e) => {
            let e: toml::de::Error = e;
            return Err(vec![Problem {
                line: e.span().map_or(0, |span| line_of(text, span.start)),
                field: String::new(),
                message: e.message().trim().to_string(),
            }]);
        }
    };
    let problems: Vec<Problem> = rules
        .problems()
        .into_iter()
        .map(|p| {
            let line = line_for(&spans, &p.field).map_or(0, |at| line_of(text, at));
            Problem {
                line,
                message: crate::t!(
                    "error-protocol-problem",
                    problem = p.message,
                    field = field_words(&p.field)
                ),
                field: p.field,
            }
        })
        .collect();
    if problems.is_empty() {
        Ok(rules)
    } else {
        let mut problems = problems;
        problems.sort_by_key(|p| p.line);
        Err(problems)
    }
}

/// Where each dotted field path starts in the file ("food.solid_food.hours",
/// "medicines.rules[2].name").
fn field_spans(table: &toml::de::DeTable<'_>) -> Vec<(String, usize)> {
    fn walk(prefix: &str, value: &toml::Spanned<toml::de::DeValue<'_>>, out: &mut Vec<(String, usize)>) {
        out.push((prefix.to_string(), value.span().start));
        match value.get_ref() {
            toml::de::DeValue::Table(table) => {
                for (key, value) in table.iter() {
                    walk(&format!("{prefix}.{}", key.get_ref()), value, out);
                }
            }
            toml::de::DeValue::Array(array) => {
                for (i, value) in array.iter().enumerate() {
                    walk(&format!("{prefix}[{i}]"), value, out);
                }
            }
            _ => {}
        }
    }
    let mut out = vec![];
    for (key, value) in table.iter() {
        walk(key.get_ref(), value, &mut out);
    }
    out
}

/// The start of `path` in the file, or of its nearest parent that is there
/// (a value the file left out is checked at its section).
fn line_for(spans: &[(String, usize)], path: &str) -> Option<usize> {
    let mut path = path.to_string();
    loop {
        if let Some((_, at)) = spans.iter().find(|(p, _)| *p == path) {
            return Some(*at);
        }
        let cut = path.rfind(['.', '['])?;
        path.truncate(cut);
    }
}

/// The rules as a version 2 file.
pub fn to_toml(rules: &ClinicRules) -> String {
    let body = toml::to_string(rules).unwrap_or_default();
    let header: String = crate::t!("rules-file-header")
        .lines()
        .map(|line| format!("# {line}\n"))
        .collect();
    format!("{header}version = {FORMAT_VERSION}\n\n{body}")
}
