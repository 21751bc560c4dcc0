//! Where Steady keeps its data: the OS data folder (`~/.local/share/steady`
//! on Linux, `~/Library/Application Support/steady` on macOS,
//! `%APPDATA%\steady` on Windows), or `STEADY_DATA_DIR` when set, as tests do.
//! The app and the `steady` CLI both use this, so they see the same data.

use std::path::{Path, PathBuf};

use crate::basics::error::{Error, Result};

pub const DATA_DIR_ENV: &str = "STEADY_DATA_DIR";

pub fn data_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|dir| !dir.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    dirs::data_dir().map(|base| base.join("steady")).ok_or_else(|| {
        Error::Io(std::io::Error::other(crate::t!(
            "error-no-data-folder",
            variable = DATA_DIR_ENV
        )))
    })
}

pub fn database_path() -> Result<PathBuf> {
    Ok(database_path_in(&data_dir()?))
}

pub fn database_path_in(data_dir: &Path) -> PathBuf {
    data_dir.join("steady.sqlite3")
}

pub const EXPORT_DIR_ENV: &str = "STEADY_EXPORT_DIR";

/// Where "Save" puts calendar files and ride cards without asking: the
/// user's Downloads folder (a groggy user should not have to navigate a file
/// dialog), or `STEADY_EXPORT_DIR` when set.
pub fn export_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(EXPORT_DIR_ENV).filter(|dir| !dir.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    dirs::download_dir().or_else(dirs::home_dir).ok_or_else(|| {
        Error::Io(std::io::Error::other(crate::t!(
            "error-no-downloads-folder",
            variable = EXPORT_DIR_ENV
        )))
    })
}
