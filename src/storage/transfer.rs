//! Moving all of Steady's data to another computer: one JSON file.
//!
//! Format (`"format": "steady-data"`, `"version": 1`): the database's schema
//! version, and every row of every table as an object of column → value.
//! It is the database itself, so nothing is lost or reinterpreted.
//!
//! Import checks everything before changing anything: the file's format and
//! version, that every table and column is one Steady has, and that the rows
//! make a consistent database (types, constraints, foreign keys,
//! `integrity_check`), by loading them into a scratch database first. Only
//! then, after a backup of the current data, does one transaction replace
//! the data.

use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::types::{Value, ValueRef};
use rusqlite::Connection;
use serde_json::{json, Map, Value as Json};

use crate::basics::error::{Error, Result};
use crate::storage::migrations::SCHEMA_VERSION;
use crate::storage::store::Store;

pub const FORMAT: &str = "steady-data";
// Not a care number: the data file's format version and size limit.
pub const FORMAT_VERSION: i64 = 1;
/// Years of use are a few megabytes; far more than that is not our file.
// Not a care number: a size limit.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// Tables in an order where each row's parents come first.
const TABLES: &[&str] = &[
    "sessions",
    "items",
    "reminder_log",
    "medications",
    "settings",
    "protocol_imports",
    "effect_logs",
    "check_ins",
    "phq9",
];

fn to_json(value: ValueRef<'_>) -> Json {
    match value {
        ValueRef::Null => Json::Null,
        ValueRef::Integer(i) => json!(i),
        ValueRef::Real(f) => json!(f),
        ValueRef::Text(t) => json!(String::from_utf8_lossy(t)),
        ValueRef::Blob(b) => json!(b),
    }
}

fn from_json(table: &str, column: &str, value: &Json) -> Result<Value> {
    Ok(match value {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Integer(i64::from(*b)),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => Value::Real(n.as_f64().unwrap_or_default()),
        },
        Json::String(s) => Value::Text(s.clone()),
        _ => {
            return Err(Error::invalid(
                "data",
                crate::t!("error-data-file-value", table = table, column = column),
            ))
        }
    })
}

fn columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(&format!("PRAGMA table_info(\"{table}\")"))?;
    let names = stmt
        .query_map([], |r| r.get::<_, String>(1))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(names)
}

impl Store {
    /// Every row of every table, as the documented JSON.
    pub fn export_data(&self, now: DateTime<Utc>) -> Result<String> {
        let mut tables = Map::new();
        for table in TABLES {
            let mut stmt = self
                .conn
                .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY rowid"))?;
            let names: Vec<String> = stmt.column_names().map(|n| n.to_string()).collect();
            let rows = stmt.query_map([], |row| {
                let mut object = Map::new();
                for (i, name) in names.iter().enumerate() {
                    object.insert(name.clone(), to_json(row.get_ref(i)?));
                }
                Ok(Json::Object(object))
            })?;
            tables.insert(
                (*table).into(),
                Json::Array(rows.collect::<rusqlite::Result<Vec<_>>>()?),
            );
        }
        let document = json!({
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "exported_at": crate::basics::time::to_db(now),
            "schema_version": SCHEMA_VERSION,
            "tables": tables,
        });
        Ok(serde_json::to_string_pretty(&document).unwrap_or_default())
    }

    /// Replaces all data with the file's, after checking it fully and backing
    /// up the current data into `backups`. Returns the backup's path.
    pub fn import_data(&mut self, bytes: &[u8], backups: &Path, now: DateTime<Utc>) -> Result<std::path::PathBuf> {
        let bad = |message: String| Error::invalid("data", message);
        if bytes.len() > MAX_FILE_BYTES {
            return Err(bad(crate::t!(
                "error-data-file-too-large",
                size = bytes.len() / (1024 * 1024)
            )));
        }
        let document: Json = serde_json::from_slice(bytes).map_err(|e| {
            bad(crate::t!(
                "error-data-file-not-json",
                line = e.line(),
                column = e.column(),
                reason = e.to_string()
            ))
        })?;
        if document.get("format").and_then(Json::as_str) != Some(FORMAT) {
            return Err(bad(crate::t!("error-data-file-format")));
        }
        if document.get("version").and_then(Json::as_i64) != Some(FORMAT_VERSION) {
            return Err(bad(crate::t!("error-data-file-version", version = FORMAT_VERSION)));
        }
        let schema = document
            .get("schema_version")
            .and_then(Json::as_i64)
            .ok_or_else(|| bad(crate::t!("error-data-file-no-schema")))?;
        if schema > SCHEMA_VERSION {
            return Err(Error::NewerSchema {
                found: schema,
                known: SCHEMA_VERSION,
            });
        }
        if schema != SCHEMA_VERSION {
            return Err(bad(crate::t!("error-data-file-older", found = schema)));
        }
        let tables = document
            .get("tables")
            .and_then(Json::as_object)
            .ok_or_else(|| bad(crate::t!("error-data-file-no-tables")))?;
        if let Some(unknown) = tables.keys().find(|t| !TABLES.contains(&t.as_str())) {
            return Err(bad(crate::t!(
                "error-data-file-unknown-table",
                table = unknown.as_str()
            )));
        }

        // Load everything into a scratch database with the same schema; any
        // type, constraint or foreign-key problem shows up there.
        let scratch_dir = tempfile_dir(backups)?;
        let scratch_path = scratch_dir.join(format!(
            "import-{}.sqlite3",
            crate::basics::time::to_db(now).replace(':', "")
        ));
        let _ = std::fs::remove_file(&scratch_path);
        let result = (|| -> Result<std::path::PathBuf> {
            {
                // Encrypted like the data when the lock is on: nothing lands
                // on disk in plaintext, and ATTACH below uses the same key.
                let mut scratch = Store::open_keyed(&scratch_path, self.key.as_ref())?;
                let tx = scratch.conn.transaction()?;
                for table in TABLES {
                    let known = columns(&tx, table)?;
                    let Some(rows) = tables.get(*table) else { continue };
                    let rows = rows
                        .as_array()
                        .ok_or_else(|| bad(crate::t!("error-data-file-rows", table = *table)))?;
                    for (n, row) in rows.iter().enumerate() {
                        let row = row
                            .as_object()
                            .ok_or_else(|| bad(crate::t!("error-data-file-row", table = *table, row = n + 1)))?;
                        if let Some(col) = row.keys().find(|c| !known.contains(c)) {
                            return Err(bad(crate::t!(
                                "error-data-file-column",
                                table = *table,
                                row = n + 1,
                                column = col.as_str()
                            )));
                        }
                        let cols: Vec<&String> = row.keys().collect();
                        let sql = format!(
                            "INSERT INTO \"{table}\" ({}) VALUES ({})",
                            cols.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", "),
                            (1..=cols.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
                        );
                        let values = cols
                            .iter()
                            .map(|c| from_json(table, c, &row[c.as_str()]))
                            .collect::<Result<Vec<_>>>()?;
                        tx.execute(&sql, rusqlite::params_from_iter(values)).map_err(|e| {
                            bad(crate::t!(
                                "error-data-file-row-refused",
                                table = *table,
                                row = n + 1,
                                reason = e.to_string()
                            ))
                        })?;
                    }
                }
                let broken: Option<String> = tx
                    .query_row("SELECT \"table\" FROM pragma_foreign_key_check LIMIT 1", [], |r| {
                        r.get(0)
                    })
                    .ok();
                if let Some(table) = broken {
                    return Err(bad(crate::t!("error-data-file-dangling", table = table)));
                }
                tx.commit()?;
                let verdict: String = scratch.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
                if verdict != "ok" {
                    return Err(bad(crate::t!("error-data-file-inconsistent", reason = verdict)));
                }
            }
            // Checked. Back up what is here, then swap in one transaction.
            let backup = self.backup_into(backups, now)?;
            let path = scratch_path
                .to_str()
                .ok_or_else(|| bad(crate::t!("error-data-folder-path")))?;
            match &self.key {
                // SQLCipher does not reuse a raw key for ATTACH by itself.
                Some(key) => self.conn.execute(
                    "ATTACH DATABASE ?1 AS incoming KEY ?2",
                    [path, key.attach_text().as_str()],
                )?,
                None => self.conn.execute("ATTACH DATABASE ?1 AS incoming", [path])?,
            };
            let swap = (|| -> Result<()> {
                let tx = self.conn.transaction()?;
                tx.execute_batch("PRAGMA defer_foreign_keys = ON;")?;
                for table in TABLES.iter().rev() {
                    tx.execute(&format!("DELETE FROM main.\"{table}\""), [])?;
                }
                for table in TABLES {
                    tx.execute(
                        &format!("INSERT INTO main.\"{table}\" SELECT * FROM incoming.\"{table}\""),
                        [],
                    )?;
                }
                tx.commit()?;
                Ok(())
            })();
            self.conn.execute("DETACH DATABASE incoming", [])?;
            swap?;
            Ok(backup)
        })();
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", scratch_path.display()));
        }
        result
    }
}

fn tempfile_dir(backups: &Path) -> Result<std::path::PathBuf> {
    std::fs::create_dir_all(backups)?;
    Ok(backups.to_path_buf())
}
