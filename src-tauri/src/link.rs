//! How the window process (`steady`) and the resident (`steady-tray`) talk
//! on Linux: one line at a time over a Unix socket in the user's runtime
//! folder (mode 0600, per data folder), never the session bus, since after
//! an unlock the key crosses it.
//!
//! A `steady` that starts connects and says `OPEN [screen]`. The resident
//! answers `BE-WINDOW [screen]` when no window is up (this process becomes
//! it and keeps the connection as its line to the resident) or `SHOWN` when
//! the window it has was brought up instead (this process ends). After
//! that, each side sends what the other needs to know.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;

/// Lines from a window (or a starting `steady`) to the resident.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ToResident {
    /// A start, asking for the window (and a screen on it).
    Open(Option<String>),
    /// The window's data changed: look at the reminders again.
    Changed,
    /// The window unlocked the data: the key, as hex.
    Unlocked(String),
    /// The window locked (its "Lock" button).
    Locked,
    /// The window is about to re-encrypt the data (the passphrase changes):
    /// stop reminding from it and close it; answer `PAUSED`.
    Pause,
    /// Done: remind again, with this key (hex) or none (the lock is off).
    Resume(Option<String>),
    /// The window heard SHOW (a frozen window does not say it).
    Showing,
}

/// Lines from the resident to a window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ToWindow {
    BeWindow(Option<String>),
    Shown,
    /// Come to the front, on this screen.
    Show(Option<String>),
    /// "Lock Steady" in the tray: forget the key, ask for the passphrase.
    Lock,
    /// Notifications work (None), or why not.
    Health(Option<String>),
    /// A reminder fired or was acted on: read the data again.
    Changed,
    Paused,
    /// "Quit Steady" in the tray.
    Quit,
}

fn screen(word: Option<&str>) -> Option<String> {
    word.filter(|w| *w != "-" && !w.is_empty()).map(str::to_string)
}

impl ToResident {
    pub fn line(&self) -> String {
        match self {
            ToResident::Open(s) => format!("OPEN {}", s.as_deref().unwrap_or("-")),
            ToResident::Changed => "CHANGED".into(),
            ToResident::Unlocked(key) => format!("UNLOCKED {key}"),
            ToResident::Locked => "LOCKED".into(),
            ToResident::Pause => "PAUSE".into(),
            ToResident::Resume(key) => format!("RESUME {}", key.as_deref().unwrap_or("-")),
            ToResident::Showing => "SHOWING".into(),
        }
    }

    pub fn parse(line: &str) -> Option<ToResident> {
        let (word, rest) = line.trim().split_once(' ').unwrap_or((line.trim(), ""));
        Some(match word {
            "OPEN" => ToResident::Open(screen(Some(rest))),
            "CHANGED" => ToResident::Changed,
            "UNLOCKED" => ToResident::Unlocked(rest.to_string()),
            "LOCKED" => ToResident::Locked,
            "PAUSE" => ToResident::Pause,
            "RESUME" => ToResident::Resume(screen(Some(rest))),
            "SHOWING" => ToResident::Showing,
            _ => return None,
        })
    }
}

impl ToWindow {
    pub fn line(&self) -> String {
        match self {
            ToWindow::BeWindow(s) => format!("BE-WINDOW {}", s.as_deref().unwrap_or("-")),
            ToWindow::Shown => "SHOWN".into(),
            ToWindow::Show(s) => format!("SHOW {}", s.as_deref().unwrap_or("-")),
            ToWindow::Lock => "LOCK".into(),
            ToWindow::Health(None) => "HEALTH ok".into(),
            ToWindow::Health(Some(why)) => format!("HEALTH off {}", why.replace('\n', " ")),
            ToWindow::Changed => "CHANGED".into(),
            ToWindow::Paused => "PAUSED".into(),
            ToWindow::Quit => "QUIT".into(),
        }
    }

    pub fn parse(line: &str) -> Option<ToWindow> {
        let (word, rest) = line.trim().split_once(' ').unwrap_or((line.trim(), ""));
        Some(match word {
            "BE-WINDOW" => ToWindow::BeWindow(screen(Some(rest))),
            "SHOWN" => ToWindow::Shown,
            "SHOW" => ToWindow::Show(screen(Some(rest))),
            "LOCK" => ToWindow::Lock,
            "HEALTH" if rest == "ok" => ToWindow::Health(None),
            "HEALTH" => ToWindow::Health(Some(rest.trim_start_matches("off ").to_string())),
            "CHANGED" => ToWindow::Changed,
            "PAUSED" => ToWindow::Paused,
            "QUIT" => ToWindow::Quit,
            _ => return None,
        })
    }
}

/// The resident's socket for the data folder in use: one resident per
/// folder (the tests run many at once, each with its own folder).
pub fn socket_path() -> Option<PathBuf> {
    let data_dir = steady_core::basics::paths::data_dir().ok()?;
    // A short stable name: sun_path holds only 108 bytes.
    let mut hash: u64 = 0xcbf29ce484222325; // FNV-1a
    for byte in data_dir.as_os_str().as_encoded_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x100000001b3);
    }
    let name = format!("steady-{hash:016x}.sock");
    match std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        Some(dir) => Some(PathBuf::from(dir).join(name)),
        // No runtime folder (a bare session, some CI): a private one in the
        // temporary folder, not the data folder, which may be read-only.
        None => {
            // SAFETY: getuid cannot fail.
            let uid = unsafe { libc::getuid() };
            let dir = std::env::temp_dir().join(format!("steady-{uid}"));
            std::fs::create_dir_all(&dir).ok()?;
            std::fs::set_permissions(&dir, std::os::unix::fs::PermissionsExt::from_mode(0o700)).ok()?;
            Some(dir.join(name))
        }
    }
}

/// One connection, read line by line and written to line by line.
pub struct Link {
    reader: BufReader<UnixStream>,
    writer: UnixStream,
}

impl Link {
    pub fn new(stream: UnixStream) -> std::io::Result<Link> {
        Ok(Link {
            writer: stream.try_clone()?,
            reader: BufReader::new(stream),
        })
    }

    pub fn connect() -> std::io::Result<Link> {
        let path = socket_path().ok_or_else(|| std::io::Error::other("no data folder"))?;
        Link::new(UnixStream::connect(path)?)
    }

    /// The socket itself (for its timeouts).
    pub fn stream(&self) -> &UnixStream {
        self.reader.get_ref()
    }

    /// A clone of the sending half, for another thread.
    pub fn sender(&self) -> std::io::Result<UnixStream> {
        self.writer.try_clone()
    }

    pub fn send(&mut self, line: &str) -> std::io::Result<()> {
        send_on(&mut self.writer, line)
    }

    /// The next line; None when the other side hung up.
    pub fn receive(&mut self) -> Option<String> {
        let mut line = String::new();
        match self.reader.read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line.trim_end().to_string()),
        }
    }
}

pub fn send_on(stream: &mut UnixStream, line: &str) -> std::io::Result<()> {
    stream.write_all(format!("{line}\n").as_bytes())?;
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_reads_back() {
        for m in [
            ToResident::Open(None),
            ToResident::Open(Some("recovery".into())),
            ToResident::Changed,
            ToResident::Unlocked("ab".repeat(32)),
            ToResident::Locked,
            ToResident::Pause,
            ToResident::Resume(None),
            ToResident::Resume(Some("cd".repeat(32))),
            ToResident::Showing,
        ] {
            assert_eq!(ToResident::parse(&m.line()), Some(m));
        }
        for m in [
            ToWindow::BeWindow(Some("session".into())),
            ToWindow::Shown,
            ToWindow::Show(None),
            ToWindow::Lock,
            ToWindow::Health(None),
            ToWindow::Health(Some("no notification service".into())),
            ToWindow::Changed,
            ToWindow::Paused,
            ToWindow::Quit,
        ] {
            assert_eq!(ToWindow::parse(&m.line()), Some(m));
        }
        assert_eq!(ToResident::parse("nonsense"), None);
    }
}
