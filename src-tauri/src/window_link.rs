//! The window process's side of the resident split (Linux, issue 19): at
//! start it finds the resident `steady-tray` (starting one when none runs)
//! and either becomes the window or hands over to the window already up.
//! While it runs, it tells the resident what changed and listens for what
//! the tray and the notifications ask of it. Elsewhere, or when no resident
//! can start, the window process reminds and shows the tray itself.

#[cfg(target_os = "linux")]
use std::sync::mpsc;
#[cfg(target_os = "linux")]
use std::sync::Mutex;
use std::time::Duration;

#[cfg(target_os = "linux")]
use crate::link::send_on;
#[cfg(target_os = "linux")]
pub use crate::link::{Link, ToResident, ToWindow};

/// On macOS and Windows there is no resident and no line to it.
#[cfg(not(target_os = "linux"))]
pub struct Link;

// Not a care number: how long a starting resident has to listen, and a
// running one to answer, before this window reminds on its own.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
const ANSWER_WITHIN: Duration = Duration::from_secs(3);

/// How this start goes.
pub enum Start {
    /// Become the window; the resident reminds. With the screen asked for.
    Window(Link, Option<String>),
    /// The window already up was brought to the front: end now.
    HandedOver,
    /// No resident (not Linux, or it could not start): remind here.
    Alone,
}

#[cfg(target_os = "linux")]
pub fn start() -> Start {
    let mut link = match Link::connect() {
        Ok(link) => link,
        Err(_) => match start_resident() {
            Some(link) => link,
            None => return Start::Alone,
        },
    };
    let _ = link.stream().set_read_timeout(Some(ANSWER_WITHIN));
    if link.send(&ToResident::Open(None).line()).is_err() {
        return Start::Alone;
    }
    let answer = link.receive().and_then(|l| ToWindow::parse(&l));
    let _ = link.stream().set_read_timeout(None);
    match answer {
        Some(ToWindow::BeWindow(screen)) => Start::Window(link, screen),
        Some(ToWindow::Shown) => Start::HandedOver,
        _ => {
            eprintln!("steady: the resident Steady did not answer; this window reminds on its own");
            Start::Alone
        }
    }
}

#[cfg(not(target_os = "linux"))]
pub fn start() -> Start {
    Start::Alone
}

/// Starts `steady-tray` beside this binary, in its own session (it outlives
/// this window and the terminal it came from), and waits for it to listen.
#[cfg(target_os = "linux")]
fn start_resident() -> Option<Link> {
    use std::os::unix::process::CommandExt;
    let exe = std::env::current_exe().ok()?.with_file_name("steady-tray");
    if !exe.exists() {
        return None; // a development build without it: remind here
    }
    let mut command = std::process::Command::new(&exe);
    command.stdin(std::process::Stdio::null());
    // SAFETY: setsid is async-signal-safe, the only call between fork and exec.
    unsafe {
        command.pre_exec(|| {
            libc::setsid();
            Ok(())
        });
    }
    match command.spawn() {
        Ok(child) => {
            // Not waited for here: it outlives this process, then init reaps it.
            std::mem::forget(child);
        }
        Err(e) => {
            eprintln!("steady: the resident could not start ({e}); this window reminds on its own");
            return None;
        }
    }
    let started = std::time::Instant::now();
    while started.elapsed() < ANSWER_WITHIN {
        if let Ok(link) = Link::connect() {
            return Some(link);
        }
        // Short: the resident listens within a few ms of starting, and this
        // wait is on the window's start-up path (bounded by ANSWER_WITHIN).
        std::thread::sleep(Duration::from_millis(2));
    }
    None
}

/// The window's line to the resident, held in the app's state.
#[cfg(target_os = "linux")]
pub struct ResidentLine {
    sender: Mutex<std::os::unix::net::UnixStream>,
    /// Set while a passphrase change waits for the resident to let go.
    paused: Mutex<Option<mpsc::Sender<()>>>,
}

#[cfg(target_os = "linux")]
impl ResidentLine {
    pub fn new(link: &Link) -> Option<ResidentLine> {
        Some(ResidentLine {
            sender: Mutex::new(link.sender().ok()?),
            paused: Mutex::new(None),
        })
    }

    pub fn send(&self, message: ToResident) {
        let mut sender = crate::app::lock(&self.sender);
        if let Err(e) = send_on(&mut sender, &message.line()) {
            eprintln!("steady: the resident did not hear {message:?}: {e}");
        }
    }

    /// Asks the resident to stop reminding from the data and close it, and
    /// waits (a few seconds at most) until it has.
    pub fn pause(&self) {
        let (tx, rx) = mpsc::channel();
        *crate::app::lock(&self.paused) = Some(tx);
        self.send(ToResident::Pause);
        if rx.recv_timeout(Duration::from_secs(10)).is_err() {
            eprintln!("steady: the resident did not let go of the data in time");
        }
    }

    pub fn paused(&self) {
        if let Some(tx) = crate::app::lock(&self.paused).take() {
            let _ = tx.send(());
        }
    }
}

/// Without a resident (macOS, Windows) there is never a line to one.
#[cfg(not(target_os = "linux"))]
pub enum ResidentLine {}

#[cfg(not(target_os = "linux"))]
impl ResidentLine {
    pub fn new(_link: &Link) -> Option<ResidentLine> {
        None
    }
    pub fn send(&self, _message: ToResident) {
        match *self {}
    }
    pub fn pause(&self) {
        match *self {}
    }
    pub fn paused(&self) {
        match *self {}
    }
}

/// The lines a window sends, named on every platform (none is sent without a resident).
#[cfg(not(target_os = "linux"))]
#[allow(dead_code)]
pub enum ToResident {
    Changed,
    Unlocked(String),
    Locked,
    Resume(Option<String>),
}
