//! `steady-tray`, the resident part of Steady on Linux: reminders, the tray
//! icon and its menu, waking on resume, without WebKit or GTK (issue 19:
//! weeks in the tray should cost a few megabytes). It starts at login
//! (`steady --tray`), or when the window (`steady`) finds none running, and
//! starts the window when the tray, a notification or a second start asks.
//!
//!   steady-tray          remind and show the tray
//!   steady-tray --open   the same, and open the window
//!
//! Anything else is refused with a usage error (exit code 2), so the
//! commands of `steady` given to it by mistake (`steady-tray session add
//! ...`) do not start a resident that runs until logout.

#[path = "../link.rs"]
#[allow(dead_code)] // the window's half of the protocol is its own
mod link;
mod resident;
mod sni;

const USAGE: &str = "Usage: steady-tray [--open]\n\n\
    The resident part of Steady: reminders and the tray icon.\n  \
    --open   also open the window\n";

/// What `steady-tray` was asked to do.
#[derive(Debug, PartialEq)]
enum Asked {
    /// Run as the resident, opening the window first when `open`.
    Run {
        open: bool,
    },
    Help,
}

/// Reads the arguments (without the program's name). Only `--open` and
/// `--help` are understood; anything else is a mistake worth saying so.
fn asked(args: &[String]) -> Result<Asked, String> {
    let mut open = false;
    for arg in args {
        match arg.as_str() {
            "--open" => open = true,
            "-h" | "--help" => return Ok(Asked::Help),
            _ => {
                let given = args.join(" ");
                let hint = if arg.starts_with('-') {
                    String::new()
                } else {
                    format!("\nThe commands are the `steady` program's: steady {given}")
                };
                return Err(format!(
                    "steady-tray: unexpected argument '{arg}': steady-tray takes only --open.{hint}\n\n{USAGE}"
                ));
            }
        }
    }
    Ok(Asked::Run { open })
}

fn main() {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    match asked(&args) {
        Ok(Asked::Run { open }) => std::process::exit(resident::run(open)),
        Ok(Asked::Help) => print!("{USAGE}"),
        Err(message) => {
            eprint!("{message}");
            std::process::exit(2);
        }
    }
}
