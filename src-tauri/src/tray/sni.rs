//! The tray icon, as a StatusNotifierItem on the session bus (ksni): the
//! protocol GNOME (with the AppIndicator extension), KDE, XFCE and most
//! panels read, with no GTK in this process. Its menu is the one the window
//! process had: Open, How I feel, the next reminder, Pause, Lock, Quit.

use std::sync::Arc;

use ksni::blocking::TrayMethods;
use ksni::menu::{MenuItem, StandardItem};

use crate::resident::Resident;

/// What the menu says, worked out by the resident.
#[derive(Debug, Clone, Default)]
pub struct Words {
    pub next: String,
    /// None while locked or without data: no pause item to offer.
    pub pause: Option<String>,
    pub lock_offered: bool,
    pub quit: String,
}

pub struct SteadyTray {
    resident: Arc<Resident>,
    pub words: Words,
    icons: Vec<ksni::Icon>,
}

pub type TrayHandle = ksni::blocking::Handle<SteadyTray>;

/// The app icon as the SNI wants it: ARGB32, network byte order.
fn icon(png_bytes: &[u8]) -> Option<ksni::Icon> {
    let decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    let mut reader = decoder.read_info().ok()?;
    let mut buffer = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buffer).ok()?;
    if info.color_type != png::ColorType::Rgba || info.bit_depth != png::BitDepth::Eight {
        return None;
    }
    let mut data = Vec::with_capacity(buffer.len());
    for pixel in buffer[..info.buffer_size()].chunks_exact(4) {
        data.extend_from_slice(&[pixel[3], pixel[0], pixel[1], pixel[2]]);
    }
    Some(ksni::Icon {
        width: i32::try_from(info.width).ok()?,
        height: i32::try_from(info.height).ok()?,
        data,
    })
}

/// Runs an action off the tray's own thread: it may update the tray, which
/// waits for that thread.
fn later(tray: &SteadyTray, action: impl FnOnce(Arc<Resident>) + Send + 'static) {
    let resident = Arc::clone(&tray.resident);
    std::thread::spawn(move || action(resident));
}

impl ksni::Tray for SteadyTray {
    fn id(&self) -> String {
        "steady".into()
    }

    fn title(&self) -> String {
        "Steady".into()
    }

    fn icon_pixmap(&self) -> Vec<ksni::Icon> {
        self.icons.clone()
    }

    fn tool_tip(&self) -> ksni::ToolTip {
        ksni::ToolTip {
            title: "Steady".into(),
            description: self.words.next.clone(),
            ..Default::default()
        }
    }

    /// A left click opens the window, as it did.
    fn activate(&mut self, _x: i32, _y: i32) {
        later(self, |r| r.open_window(None));
    }

    fn menu(&self) -> Vec<MenuItem<Self>> {
        let mut items: Vec<MenuItem<Self>> = vec![
            StandardItem {
                label: steady_core::views::tray::open_words(),
                activate: Box::new(|t: &mut Self| later(t, |r| r.open_window(None))),
                ..Default::default()
            }
            .into(),
            StandardItem {
                label: steady_core::views::tray::recovery_words(),
                activate: Box::new(|t: &mut Self| later(t, |r| r.open_window(Some("recovery".into())))),
                ..Default::default()
            }
            .into(),
            StandardItem {
                label: self.words.next.clone(),
                enabled: false,
                ..Default::default()
            }
            .into(),
        ];
        if let Some(pause) = &self.words.pause {
            items.push(
                StandardItem {
                    label: pause.clone(),
                    activate: Box::new(|t: &mut Self| later(t, |r| r.toggle_pause())),
                    ..Default::default()
                }
                .into(),
            );
        }
        items.push(MenuItem::Separator);
        items.push(
            StandardItem {
                label: steady_core::views::tray::lock_words(),
                enabled: self.words.lock_offered,
                activate: Box::new(|t: &mut Self| later(t, |r| r.lock_data(true))),
                ..Default::default()
            }
            .into(),
        );
        items.push(
            StandardItem {
                label: self.words.quit.clone(),
                activate: Box::new(|t: &mut Self| later(t, |r| r.quit())),
                ..Default::default()
            }
            .into(),
        );
        items
    }
}

pub fn spawn(resident: Arc<Resident>) -> Result<TrayHandle, ksni::Error> {
    let icons = [
        &include_bytes!("../../../icons/32x32.png")[..],
        &include_bytes!("../../../icons/128x128.png")[..],
    ]
    .into_iter()
    .filter_map(icon)
    .collect();
    SteadyTray {
        resident,
        words: Words::default(),
        icons,
    }
    // No panel yet at login, or none at all (a bare X session, the tests):
    // reminders go on, and the icon appears when a panel starts.
    .assume_sni_available(true)
    .spawn()
}
