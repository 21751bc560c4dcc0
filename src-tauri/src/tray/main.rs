//! `steady-tray`, the resident part of Steady on Linux: reminders, the tray
//! icon and its menu, waking on resume, without WebKit or GTK (issue 19:
//! weeks in the tray should cost a few megabytes). It starts at login
//! (`steady --tray`), or when the window (`steady`) finds none running, and
//! starts the window when the tray, a notification or a second start asks.
//!
//!   steady-tray          remind and show the tray
//!   steady-tray --open   the same, and open the window

#[path = "../link.rs"]
#[allow(dead_code)] // the window's half of the protocol is its own
mod link;
mod resident;
mod sni;

fn main() {
    let open = std::env::args().skip(1).any(|a| a == "--open");
    std::process::exit(resident::run(open));
}
