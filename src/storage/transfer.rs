//! Moving all of Steady's data to another computer: one JSON file.
//!
//! Format (`"format": "steady-data"`, `"version": 1`): the database's schema
//! version, and every row of every table as an object of column → value.
//! It is the database itself, so nothing is lost or reinterpreted.
//!
//! The tables are read from the schema (`sqlite_master`), never from a list
//! kept by hand: a table added later moves with the rest unless
//! [`NOT_TRANSFERRED`] names it with the reason. Parents come before their
//! children (from the schema's foreign keys), so loading never trips a
//! foreign key and clearing never cascades.
//!
//! Import checks everything before changing anything: the file's format and
//! version, that every table and column is one Steady had at the file's
//! schema version, and that the rows make a consistent database (types,
//! constraints, foreign keys, `integrity_check`), by loading them into a
//! scratch database built with that version's schema and migrating it like
//! any database of that version. Only then, after a backup of the current
//! data, does one transaction replace the data. A file from an earlier
//! Steady imports the same way.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::types::{Value, ValueRef};
use rusqlite::Connection;
use serde_json::{json, Map, Value as Json};

use crate::basics::error::{Error, Result};
use crate::storage::key::DbKey;
use crate::storage::migrations::{migrate_to, SCHEMA_VERSION};
use crate::storage::rows::restore_missing_parts;
use crate::storage::store::Store;

pub const FORMAT: &str = "steady-data";
// Not a care number: the data file's format version and size limit.
pub const FORMAT_VERSION: i64 = 1;
/// Years of use are a few megabytes; far more than that is not our file.
// Not a care number: a size limit.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// The tables the transfer leaves out, each with why. Every other table of
/// the schema moves. SQLite's own tables (their names start with
/// `sqlite_`; no other table may) are made by SQLite as needed.
pub const NOT_TRANSFERRED: &[(&str, &str)] = &[
    (
        "sqlite_sequence",
        "SQLite's counters for AUTOINCREMENT ids; the ids themselves move with their rows",
    ),
    (
        "sqlite_stat1",
        "the query planner's statistics (ANALYZE), about this file, not the patient's data",
    ),
    (
        "sqlite_stat4",
        "the query planner's statistics (ANALYZE), about this file, not the patient's data",
    ),
];

/// The tables the transfer carries, read from `schema`'s database
/// (`main` or an attached one): each after the tables its foreign keys
/// point at, otherwise by name.
fn transferred_tables(conn: &Connection, schema: &str) -> Result<Vec<String>> {
    let names: Vec<String> = conn
        .prepare(&format!(
            "SELECT name FROM \"{schema}\".sqlite_master WHERE type = 'table' ORDER BY name"
        ))?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let names: Vec<String> = names
        .into_iter()
        .filter(|name| !NOT_TRANSFERRED.iter().any(|(excluded, _)| excluded == name))
        .collect();
    let mut parents = Vec::new();
    for name in &names {
        let mut stmt = conn.prepare("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?1, ?2)")?;
        let of: BTreeSet<String> = stmt
            .query_map([name.as_str(), schema], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        parents.push(of);
    }
    let mut ordered: Vec<String> = Vec::with_capacity(names.len());
    while ordered.len() < names.len() {
        let next = names.iter().zip(&parents).find(|(name, of)| {
            !ordered.contains(name)
                && of
                    .iter()
                    .all(|parent| parent == *name || ordered.contains(parent) || !names.contains(parent))
        });
        match next {
            Some((name, _)) => ordered.push(name.clone()),
            None => return Err(Error::invalid("data", crate::t!("error-data-tables-circle"))),
        }
    }
    Ok(ordered)
}

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

fn columns(conn: &Connection, schema: &str, table: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM pragma_table_info(?1, ?2) ORDER BY cid")?;
    let names = stmt
        .query_map([table, schema], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(names)
}

fn quoted(names: &[String]) -> String {
    names.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ")
}

fn bad(message: String) -> Error {
    Error::invalid("data", message)
}

impl Store {
    /// Every row of every table, as the documented JSON.
    pub fn export_data(&self, now: DateTime<Utc>) -> Result<String> {
        let mut tables = Map::new();
        for table in transferred_tables(&self.conn, "main")? {
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
            let rows = Json::Array(rows.collect::<rusqlite::Result<Vec<_>>>()?);
            tables.insert(table, rows);
        }
        let document = json!({
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "exported_at": crate::basics::time::to_db(now),
            "schema_version": self.schema_version()?,
            "tables": tables,
        });
        Ok(serde_json::to_string_pretty(&document).unwrap_or_default())
    }

    /// Replaces all data with the file's, after checking it fully and backing
    /// up the current data into `backups`. Returns the backup's path. A
    /// refused file changes nothing, and the message says what is wrong.
    pub fn import_data(&mut self, bytes: &[u8], backups: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
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
        if schema < 1 {
            return Err(bad(crate::t!("error-data-file-no-such-version", found = schema)));
        }
        let tables = document
            .get("tables")
            .and_then(Json::as_object)
            .ok_or_else(|| bad(crate::t!("error-data-file-no-tables")))?;

        std::fs::create_dir_all(backups)?;
        let scratch_path = backups.join(format!(
            "import-{}.sqlite3",
            crate::basics::time::to_db(now).replace(':', "")
        ));
        remove_with_journal(&scratch_path);
        let result = (|| -> Result<PathBuf> {
            load_checked(&scratch_path, self.key.as_ref(), schema, tables)?;
            // Checked. Back up what is here, then swap in one transaction.
            let backup = self.backup_into(backups, now)?;
            self.replace_with(&scratch_path)?;
            Ok(backup)
        })();
        remove_with_journal(&scratch_path);
        result
    }

    /// Replaces every transferred table's rows with the checked scratch
    /// database's, in one transaction: children are cleared before their
    /// parents, so no cascade takes rows the file brought, and filled after
    /// them.
    fn replace_with(&mut self, scratch: &Path) -> Result<()> {
        let path = scratch
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
            let tables = transferred_tables(&self.conn, "main")?;
            let incoming = transferred_tables(&self.conn, "incoming")?;
            if let Some(table) = tables.iter().find(|t| !incoming.contains(t)) {
                return Err(bad(crate::t!("error-data-file-cannot-fill", table = table.as_str())));
            }
            let tx = self.conn.transaction()?;
            tx.execute_batch("PRAGMA defer_foreign_keys = ON;")?;
            for table in tables.iter().rev() {
                tx.execute(&format!("DELETE FROM main.\"{table}\""), [])?;
            }
            for table in &tables {
                let names = quoted(&columns(&tx, "main", table)?);
                tx.execute(
                    &format!("INSERT INTO main.\"{table}\" ({names}) SELECT {names} FROM incoming.\"{table}\""),
                    [],
                )?;
            }
            tx.commit()?;
            Ok(())
        })();
        let detached = self.conn.execute("DETACH DATABASE incoming", []);
        swap?;
        detached?;
        Ok(())
    }
}

/// Builds the scratch database at `path`: the schema of version `schema`,
/// the file's rows, then the migrations since, and every check. Any problem
/// is an error naming its table and row.
fn load_checked(path: &Path, key: Option<&DbKey>, schema: i64, tables: &Map<String, Json>) -> Result<()> {
    // Encrypted like the data when the lock is on: nothing lands on disk in
    // plaintext, and the ATTACH of the swap uses the same key.
    let mut scratch = Connection::open(path)?;
    if let Some(key) = key {
        key.apply(&scratch)?;
    }
    scratch.pragma_update(None, "foreign_keys", "ON")?;
    migrate_to(&mut scratch, schema)?;
    let known = transferred_tables(&scratch, "main")?;
    if let Some(unknown) = tables.keys().find(|t| !known.contains(t)) {
        return Err(bad(crate::t!(
            "error-data-file-unknown-table",
            table = unknown.as_str()
        )));
    }
    let tx = scratch.transaction()?;
    for table in &known {
        let Some(rows) = tables.get(table) else { continue };
        let table_columns = columns(&tx, "main", table)?;
        let rows = rows
            .as_array()
            .ok_or_else(|| bad(crate::t!("error-data-file-rows", table = table.as_str())))?;
        for (n, row) in rows.iter().enumerate() {
            let row = row
                .as_object()
                .ok_or_else(|| bad(crate::t!("error-data-file-row", table = table.as_str(), row = n + 1)))?;
            if let Some(col) = row.keys().find(|c| !table_columns.contains(c)) {
                return Err(bad(crate::t!(
                    "error-data-file-column",
                    table = table.as_str(),
                    row = n + 1,
                    column = col.as_str()
                )));
            }
            let cols: Vec<String> = row.keys().cloned().collect();
            let sql = format!(
                "INSERT INTO \"{table}\" ({}) VALUES ({})",
                quoted(&cols),
                (1..=cols.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
            );
            let values = cols
                .iter()
                .map(|c| from_json(table, c, &row[c.as_str()]))
                .collect::<Result<Vec<_>>>()?;
            tx.execute(&sql, rusqlite::params_from_iter(values)).map_err(|e| {
                bad(crate::t!(
                    "error-data-file-row-refused",
                    table = table.as_str(),
                    row = n + 1,
                    reason = e.to_string()
                ))
            })?;
        }
    }
    tx.commit()?;
    // The file's version of the data becomes today's, as a database of that
    // version would on opening.
    migrate_to(&mut scratch, SCHEMA_VERSION).map_err(|e| {
        bad(crate::t!(
            "error-data-file-not-migrated",
            found = schema,
            reason = e.to_string()
        ))
    })?;
    if !tables.contains_key("item_parts") {
        let tx = scratch.transaction()?;
        restore_missing_parts(&tx)?;
        tx.commit()?;
    }
    let broken: Option<String> = scratch
        .query_row("SELECT \"table\" FROM pragma_foreign_key_check LIMIT 1", [], |r| {
            r.get(0)
        })
        .ok();
    if let Some(table) = broken {
        return Err(bad(crate::t!("error-data-file-dangling", table = table)));
    }
    let verdict: String = scratch.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if verdict != "ok" {
        return Err(bad(crate::t!("error-data-file-inconsistent", reason = verdict)));
    }
    Ok(())
}

fn remove_with_journal(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}
