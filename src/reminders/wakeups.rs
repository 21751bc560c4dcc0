//! What wakes the scheduler besides its own timer: the laptop waking from
//! sleep, and the clock or time zone being set. A monotonic sleep stops
//! while the laptop is suspended, so without these a reminder due during the
//! night would wait for the once-a-minute safety check after resume.
//!
//! Linux: logind's `PrepareForSleep(false)` on the system bus (sent as the
//! system resumes), timedated's `PropertiesChanged` (a new time zone), and a
//! `timerfd` on CLOCK_REALTIME armed with `TFD_TIMER_CANCEL_ON_SET`, which
//! the kernel cancels whenever the wall clock is set (by NTP, by hand, or on
//! resume). Each blocks in its own thread: nothing polls.
//!
//! Not used on macOS (the equivalent is `NSWorkspaceDidWakeNotification`
//! and `NSSystemClockDidChangeNotification`) or Windows (`WM_POWERBROADCAST`
//! with `PBT_APMRESUMEAUTOMATIC`, and `WM_TIMECHANGE`): there the window
//! process runs the scheduler and its once-a-minute check.

/// Starts watching; `wake` is called with a word for why (for the log).
#[cfg(target_os = "linux")]
pub fn watch(wake: impl Fn(&'static str) + Send + Sync + Clone + 'static) {
    let on_resume = wake.clone();
    let spawned = std::thread::Builder::new()
        .name("steady-logind".into())
        .spawn(move || system_bus_signals(on_resume));
    if let Err(e) = spawned {
        eprintln!("steady: waking after sleep is not watched: {e}");
    }
    let spawned = std::thread::Builder::new()
        .name("steady-clock".into())
        .spawn(move || clock_set(wake));
    if let Err(e) = spawned {
        eprintln!("steady: clock changes are not watched: {e}");
    }
}

#[cfg(not(target_os = "linux"))]
pub fn watch(_wake: impl Fn(&'static str) + Send + Sync + Clone + 'static) {}

/// Blocks on the system bus for logind's resume and timedated's zone change.
#[cfg(target_os = "linux")]
fn system_bus_signals(wake: impl Fn(&'static str)) {
    use zbus::blocking::{Connection, MessageIterator};
    use zbus::MatchRule;
    let connection = match Connection::system() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("steady: no system bus, so waking from sleep is caught by the minute check only ({e})");
            return;
        }
    };
    let rules = [
        MatchRule::builder()
            .msg_type(zbus::message::Type::Signal)
            .interface("org.freedesktop.login1.Manager")
            .and_then(|b| b.member("PrepareForSleep"))
            .map(|b| b.build()),
        MatchRule::builder()
            .msg_type(zbus::message::Type::Signal)
            .sender("org.freedesktop.timedate1")
            .and_then(|b| b.interface("org.freedesktop.DBus.Properties"))
            .and_then(|b| b.member("PropertiesChanged"))
            .map(|b| b.build()),
    ];
    // Asked of the bus for this connection; one iterator then reads
    // every message that arrives on it.
    let bus = match zbus::blocking::fdo::DBusProxy::new(&connection) {
        Ok(bus) => bus,
        Err(e) => return eprintln!("steady: the system bus cannot be asked for signals: {e}"),
    };
    for rule in rules.into_iter().flatten() {
        if let Err(e) = bus.add_match_rule(rule) {
            eprintln!("steady: a system bus signal is not watched: {e}");
        }
    }
    eprintln!("steady: watching for resume and time zone changes");
    let messages = MessageIterator::from(&connection);
    for message in messages {
        let Ok(message) = message else { continue };
        let header = message.header();
        if header.message_type() != zbus::message::Type::Signal {
            continue;
        }
        match header.member().map(|m| m.as_str()) {
            Some("PrepareForSleep") => {
                // true: about to sleep; false: just woke up.
                if let Ok(false) = message.body().deserialize::<bool>() {
                    wake("resume");
                }
            }
            Some("PropertiesChanged") => wake("time zone"),
            _ => {}
        }
    }
}

/// Blocks on a timerfd the kernel cancels when the wall clock is set.
#[cfg(target_os = "linux")]
fn clock_set(wake: impl Fn(&'static str)) {
    // SAFETY: plain syscalls on a descriptor this function owns and closes.
    unsafe {
        let fd = libc::timerfd_create(libc::CLOCK_REALTIME, libc::TFD_CLOEXEC);
        if fd < 0 {
            eprintln!(
                "steady: clock changes are not watched (timerfd: {})",
                std::io::Error::last_os_error()
            );
            return;
        }
        loop {
            // Armed far ahead: it is not a timer, only a tripwire for a set clock.
            let spec = libc::itimerspec {
                it_interval: libc::timespec { tv_sec: 0, tv_nsec: 0 },
                it_value: libc::timespec {
                    tv_sec: libc::time_t::MAX / 2,
                    tv_nsec: 0,
                },
            };
            let flags = libc::TFD_TIMER_ABSTIME | libc::TFD_TIMER_CANCEL_ON_SET;
            if libc::timerfd_settime(fd, flags, &spec, std::ptr::null_mut()) != 0 {
                eprintln!(
                    "steady: clock changes are not watched (timerfd_settime: {})",
                    std::io::Error::last_os_error()
                );
                break;
            }
            let mut expirations = 0u64;
            let read = libc::read(fd, (&mut expirations as *mut u64).cast(), 8);
            let error = std::io::Error::last_os_error();
            if read < 0 && error.raw_os_error() == Some(libc::ECANCELED) {
                wake("clock set");
            } else if read < 0 && error.raw_os_error() != Some(libc::EINTR) {
                eprintln!("steady: clock changes are no longer watched ({error})");
                break;
            }
        }
        libc::close(fd);
    }
}
