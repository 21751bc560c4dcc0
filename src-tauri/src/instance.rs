//! Guards the single-instance hand-over against a stale owner.
//!
//! On Linux the single-instance plugin owns `<identifier>.SingleInstance` on
//! the session bus; a second start calls the owner to show its window and
//! exits. If the owner is frozen (a stopped process, a hung bus connection),
//! that call never returns and Steady never opens: the person sees nothing.
//! So before the plugin runs, a running owner must answer a D-Bus ping within
//! a few seconds; if it does not, this start goes on without the plugin.
//! Two Steadys at once are safe for reminders: each firing is claimed in
//! SQLite before it is sent (see `reminders::record_reminder`).

use std::time::Duration;

/// How long a running Steady has to answer. It answers from zbus's own
/// thread, so a busy window does not count as stuck.
const PING_TIMEOUT: Duration = Duration::from_secs(3);

/// True when another Steady holds the single-instance name but does not answer.
#[cfg(target_os = "linux")]
pub fn running_instance_is_stuck(identifier: &str) -> bool {
    let name = format!("{identifier}.SingleInstance");
    // The plugin serves its interface at the name as a path ("a.b.C" -> "/a/b/C").
    let path = format!("/{}", name.replace('.', "/").replace('-', "_"));
    let connection = match zbus::blocking::connection::Builder::session()
        .map(|builder| builder.method_timeout(PING_TIMEOUT))
        .and_then(|builder| builder.build())
    {
        Ok(connection) => connection,
        Err(_) => return false, // no session bus: the plugin launches normally too
    };
    let owned = zbus::blocking::fdo::DBusProxy::new(&connection)
        .and_then(|bus| Ok(bus.name_has_owner(name.as_str().try_into()?)?))
        .unwrap_or(false);
    if !owned {
        return false;
    }
    let answered = connection.call_method(
        Some(name.as_str()),
        path.as_str(),
        Some("org.freedesktop.DBus.Peer"),
        "Ping",
        &(),
    );
    match answered {
        // Any reply, even an error one, means its connection is serviced.
        Ok(_) | Err(zbus::Error::MethodError(..)) => false,
        Err(e) => {
            eprintln!("steady: another Steady holds {name} but did not answer ({e}); starting anyway");
            true
        }
    }
}

#[cfg(not(target_os = "linux"))]
pub fn running_instance_is_stuck(_identifier: &str) -> bool {
    // Windows and macOS use a named mutex / the app bundle: no call to hang on.
    false
}
