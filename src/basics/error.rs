//! The one error type that crosses from the core to the UI and the CLI.
//!
//! The UI branches on [`ErrorCode`], never on the message text; the message is
//! written for the person reading it (plain words, says what to do).

use serde::Serialize;
use ts_rs::TS;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug)]
pub enum Error {
    /// Something the user or a file supplied is not acceptable. Nothing was
    /// changed. The message is written (from the catalogue) when the error is made.
    Invalid {
        field: std::borrow::Cow<'static, str>,
        message: String,
    },
    /// `what` says which kind of thing: "session", "item", "medicine" or
    /// "rules_change" (a key the message chooses its words by).
    NotFound {
        what: &'static str,
        id: i64,
    },
    NewerSchema {
        found: i64,
        known: i64,
    },
    Storage(rusqlite::Error),
    Io(std::io::Error),
    /// Why notifications cannot be shown, in words (from the catalogue).
    Notifications(String),
    /// A document (PDF, calendar file) could not be made; nothing was written.
    /// The reason, in words (from the catalogue, or a library's own).
    Document(String),
    /// The app lock is on and no passphrase was given yet.
    Locked,
    /// The passphrase given does not open the data. Nothing was changed.
    WrongPassphrase,
}

/// The words, in the language current when shown: every message comes from
/// the catalogue (errors.ftl), so an error crossing IPC or printed by the
/// CLI speaks the patient's language.
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = match self {
            Error::Invalid { message, .. } => message.clone(),
            Error::NotFound { what, id } => crate::t!("error-not-found", what = *what, id = *id),
            Error::NewerSchema { found, known } => crate::t!("error-newer-schema", found = *found, known = *known),
            Error::Storage(e) => storage_words(e),
            Error::Io(e) => crate::t!("error-io", reason = e.to_string()),
            Error::Notifications(why) => crate::t!("error-notifications", reason = why.as_str()),
            Error::Document(why) => crate::t!("error-document", reason = why.as_str()),
            Error::Locked => crate::t!("error-locked"),
            Error::WrongPassphrase => crate::t!("error-wrong-passphrase"),
        };
        f.write_str(&words)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Storage(e) => Some(e),
            Error::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Storage(e)
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

/// What a storage failure means for the person: the usual causes in plain
/// words, and that what was saved before is safe (every write is one
/// transaction, so a failed one leaves nothing half-done).
fn storage_words(e: &rusqlite::Error) -> String {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DiskFull) => crate::t!("error-storage-disk-full"),
        Some(rusqlite::ErrorCode::ReadOnly) => crate::t!("error-storage-read-only"),
        Some(rusqlite::ErrorCode::SystemIoFailure) => crate::t!("error-storage-io", reason = e.to_string()),
        _ => crate::t!("error-storage", reason = e.to_string()),
    }
}

impl Error {
    /// `field` names the input at fault: a form field's name, or a dotted
    /// path into the clinic's rules ("food.solid_food.hours").
    pub fn invalid(field: impl Into<std::borrow::Cow<'static, str>>, message: impl Into<String>) -> Self {
        Error::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid { .. } => ErrorCode::InvalidInput,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::NewerSchema { .. } => ErrorCode::NewerSchema,
            Error::Storage(_) => ErrorCode::Storage,
            Error::Io(_) => ErrorCode::Io,
            Error::Notifications(_) => ErrorCode::Notifications,
            Error::Document(_) => ErrorCode::Document,
            Error::Locked => ErrorCode::Locked,
            Error::WrongPassphrase => ErrorCode::WrongPassphrase,
        }
    }

    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code(),
            message: self.to_string(),
            field: match self {
                Error::Invalid { field, .. } => Some(field.to_string()),
                _ => None,
            },
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorCode {
    InvalidInput,
    NotFound,
    NewerSchema,
    Storage,
    Io,
    Notifications,
    Document,
    Locked,
    WrongPassphrase,
}

/// What the UI receives when a command fails: `{ code, message, field }`.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message: String,
    /// The input field at fault, so the form can point at it.
    pub field: Option<String>,
}

impl Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.payload().serialize(serializer)
    }
}
