//! The one error type that crosses from the core to the UI and the CLI.
//!
//! The UI branches on [`ErrorCode`], never on the message text; the message is
//! written for the person reading it (plain words, says what to do).

use serde::Serialize;
use ts_rs::TS;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Something the user or a file supplied is not acceptable. Nothing was changed.
    #[error("{message}")]
    Invalid {
        field: std::borrow::Cow<'static, str>,
        message: String,
    },
    #[error("{what} {id} was not found. It may have been removed.")]
    NotFound { what: &'static str, id: i64 },
    #[error("This data was written by a newer Steady (data version {found}, this Steady knows up to {known}). It was left untouched.")]
    NewerSchema { found: i64, known: i64 },
    #[error("{}", storage_words(.0))]
    Storage(#[from] rusqlite::Error),
    #[error("Steady could not use its data folder: {0}")]
    Io(#[from] std::io::Error),
    #[error("Desktop notifications are off: {0}. Reminders will show in the Steady window.")]
    Notifications(String),
    /// A document (PDF, calendar file) could not be made; nothing was written.
    #[error("Steady could not make this document: {0}. Nothing was written.")]
    Document(String),
    /// The app lock is on and no passphrase was given yet.
    #[error("Steady is locked. Enter your passphrase to open it.")]
    Locked,
    /// The passphrase given does not open the data. Nothing was changed.
    #[error("That passphrase does not match. Nothing was changed; try again.")]
    WrongPassphrase,
}

/// What a storage failure means for the person: the usual causes in plain
/// words, and that what was saved before is safe (every write is one
/// transaction, so a failed one leaves nothing half-done).
fn storage_words(e: &rusqlite::Error) -> String {
    let kept = "Nothing already saved was lost.";
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DiskFull) => {
            format!("The disk is full, so this was not saved. Free some space and try again. {kept}")
        }
        Some(rusqlite::ErrorCode::ReadOnly) => {
            format!("Steady's data folder is read-only, so this was not saved. {kept}")
        }
        Some(rusqlite::ErrorCode::SystemIoFailure) => format!(
            "Steady could not write to its data folder (the disk may be full, read-only or failing), so this was not saved. {kept} ({e})"
        ),
        _ => format!("Steady could not read or save its data: {e}"),
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
