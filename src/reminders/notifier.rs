//! Desktop notifications behind a trait, so the scheduler is tested with a
//! recording notifier and the app uses the real one.
//!
//! The real one, [`DesktopNotifier`], talks to the desktop's notification
//! server through notify-rust (D-Bus `org.freedesktop.Notifications` on
//! Linux). A hung server must never hang Steady: every call runs on its own
//! thread and is given up after a timeout, and the reminder it carried stays
//! visible inside the app.

use std::sync::mpsc;
use std::sync::Arc;
use std::time::Duration;

use crate::facts::model::ItemId;
use crate::reminders::decide::NoticeText;

/// What the user did with a reminder's notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeAction {
    Done,
    Snooze {
        minutes: u32,
    },
    /// Clicked the notification itself: open the app at the item.
    Open,
}

impl NoticeAction {
    /// Action identifiers as sent to the notification server.
    fn from_key(key: &str) -> Option<NoticeAction> {
        match key {
            "done" => Some(NoticeAction::Done),
            "snooze10" => Some(NoticeAction::Snooze { minutes: 10 }),
            "snooze60" => Some(NoticeAction::Snooze { minutes: 60 }),
            "default" => Some(NoticeAction::Open),
            _ => None,
        }
    }
}

/// The item id an action carries when its notification was about no item
/// (a check-in nudge, a test, a reminder while locked).
// Not a care number: a marker for "no item".
pub const NO_ITEM: ItemId = 0;

/// Why a notification could not be shown, in words for the banner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotifyError(pub String);

impl std::fmt::Display for NotifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

pub trait Notifier: Send + Sync {
    /// Checks that notifications can be shown at all (a server is there).
    fn check(&self) -> Result<(), NotifyError>;
    /// Shows one notification; `item` gives it Done and Snooze actions.
    fn show(&self, text: &NoticeText, item: Option<ItemId>) -> Result<(), NotifyError>;
}

/// Receives what the user did with a notification.
pub type ActionSink = Arc<dyn Fn(ItemId, NoticeAction) + Send + Sync>;

pub struct DesktopNotifier {
    app_name: String,
    icon: String,
    timeout: Duration,
    on_action: ActionSink,
}

impl DesktopNotifier {
    /// `icon` is an icon name from the desktop's theme or a file path.
    pub fn new(app_name: &str, icon: &str, on_action: ActionSink) -> DesktopNotifier {
        DesktopNotifier {
            app_name: app_name.to_string(),
            icon: icon.to_string(),
            // Not a care number: how long a D-Bus call may take.
            timeout: Duration::from_secs(5),
            on_action,
        }
    }
}

/// Runs `job` on its own thread and waits at most `timeout` for its answer.
/// `what` names the job for a failure's words: "check" or "notification".
fn with_timeout<T: Send + 'static>(
    timeout: Duration,
    what: &str,
    job: impl FnOnce(mpsc::Sender<T>) + Send + 'static,
) -> Result<T, NotifyError> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("steady-notify".into())
        .spawn(move || job(tx))
        .map_err(|e| NotifyError(crate::t!("error-notify-no-thread", what = what, reason = e.to_string())))?;
    rx.recv_timeout(timeout)
        .map_err(|_| NotifyError(crate::t!("error-notify-timeout", seconds = timeout.as_secs())))
}

impl Notifier for DesktopNotifier {
    fn check(&self) -> Result<(), NotifyError> {
        #[cfg(all(unix, not(target_os = "macos")))]
        {
            with_timeout(self.timeout, "check", |tx| {
                let _ = tx.send(
                    notify_rust::get_server_information()
                        .map(|_| ())
                        .map_err(|e| e.to_string()),
                );
            })?
            .map_err(|e| NotifyError(crate::t!("error-notify-no-service", reason = e)))
        }
        #[cfg(not(all(unix, not(target_os = "macos"))))]
        {
            Ok(())
        }
    }

    fn show(&self, text: &NoticeText, item: Option<ItemId>) -> Result<(), NotifyError> {
        let mut notification = notify_rust::Notification::new();
        notification
            .appname(&self.app_name)
            .summary(&text.title)
            .body(&text.body)
            .icon(&self.icon);
        #[cfg(all(unix, not(target_os = "macos")))]
        {
            // The desktop entry the .deb installs (Steady.desktop), so the desktop shows our name and icon.
            notification.hint(notify_rust::Hint::DesktopEntry("Steady".into()));
            if item.is_some() {
                notification
                    .action("default", &crate::t!("reminders-action-open"))
                    .action("done", &crate::t!("reminders-action-done"))
                    .action("snooze10", &crate::t!("reminders-action-snooze-10"))
                    .action("snooze60", &crate::t!("reminders-action-snooze-60"));
            } else {
                // A click still opens Steady (a locked one asks for the
                // passphrase); there is no item to mark done or snooze.
                notification.action("default", &crate::t!("reminders-action-open-steady"));
            }
        }
        let on_action = Arc::clone(&self.on_action);
        with_timeout(self.timeout, "notification", move |tx| match notification.show() {
            Ok(handle) => {
                let _ = tx.send(Ok(()));
                // This thread then waits for the user's answer; it ends when
                // the notification is acted on or closed.
                #[cfg(all(unix, not(target_os = "macos")))]
                handle.wait_for_action(|key| match (NoticeAction::from_key(key), item) {
                    (Some(action), Some(item_id)) => on_action(item_id, action),
                    (Some(NoticeAction::Open), None) => on_action(NO_ITEM, NoticeAction::Open),
                    _ => {}
                });
                #[cfg(not(all(unix, not(target_os = "macos"))))]
                let _ = (handle, item, on_action);
            }
            Err(e) => {
                let _ = tx.send(Err(NotifyError(crate::t!(
                    "error-notify-not-shown",
                    reason = e.to_string()
                ))));
            }
        })?
    }
}

/// A notifier that keeps what it was asked to show, for tests.
#[derive(Default)]
pub struct RecordingNotifier {
    pub shown: std::sync::Mutex<Vec<(NoticeText, Option<ItemId>)>>,
    /// When set, every call fails with this message, like a missing server.
    pub failing: std::sync::Mutex<Option<String>>,
}

impl Notifier for RecordingNotifier {
    fn check(&self) -> Result<(), NotifyError> {
        match self.failing.lock().map(|f| f.clone()) {
            Ok(Some(message)) => Err(NotifyError(message)),
            _ => Ok(()),
        }
    }

    fn show(&self, text: &NoticeText, item: Option<ItemId>) -> Result<(), NotifyError> {
        self.check()?;
        if let Ok(mut shown) = self.shown.lock() {
            shown.push((text.clone(), item));
        }
        Ok(())
    }
}
