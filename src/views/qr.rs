//! QR codes for the driver's phone: the modules from the `qrcode` crate,
//! drawn by the PDF writer as squares and by the Ride screen as one SVG path.

use serde::Serialize;
use ts_rs::TS;

use crate::basics::error::{Error, Result};

/// A QR code's modules, row by row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl QrMatrix {
    /// Encodes `text` as UTF-8 bytes, marked as UTF-8 (ECI 26, so a reader
    /// does not guess another character set for "Łódź" or "–"), in the
    /// smallest version that holds it, with medium error correction (about
    /// 15% of a smudged or folded code can be lost and still read).
    pub fn new(text: &str) -> Result<QrMatrix> {
        QrMatrix::with_level(text, qrcode::EcLevel::M)
    }

    /// As [`QrMatrix::new`], with low error correction (about 7 %): the
    /// fewest modules for a code read off a clean screen, not paper.
    pub fn new_compact(text: &str) -> Result<QrMatrix> {
        QrMatrix::with_level(text, qrcode::EcLevel::L)
    }

    fn with_level(text: &str, level: qrcode::EcLevel) -> Result<QrMatrix> {
        let code = (1..=40)
            .find_map(|version| {
                let mut bits = qrcode::bits::Bits::new(qrcode::Version::Normal(version));
                bits.push_eci_designator(26).ok()?;
                bits.push_byte_data(text.as_bytes()).ok()?;
                bits.push_terminator(level).ok()?;
                qrcode::QrCode::with_bits(bits, level).ok()
            })
            .ok_or_else(|| Error::Document(crate::t!("error-document-qr-too-long")))?;
        Ok(QrMatrix {
            width: code.width(),
            dark: code.to_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect(),
        })
    }

    /// An SVG drawing of the code with its quiet zone, one unit a module,
    /// scaled by whoever shows it (the Ride screen).
    pub fn svg(&self, title: &str) -> String {
        let quiet = 4;
        let side = self.width + 2 * quiet;
        let mut path = String::new();
        for (i, _) in self.dark.iter().enumerate().filter(|(_, dark)| **dark) {
            let (row, col) = (i / self.width + quiet, i % self.width + quiet);
            path.push_str(&format!("M{col} {row}h1v1h-1z"));
        }
        let title = title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" role=\"img\" shape-rendering=\"crispEdges\"><title>{title}</title><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
        )
    }
}

/// A QR code as the Ride screen shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RideQr {
    /// "Scan to add the pickup to a phone's calendar": its accessible name.
    pub label: String,
    /// "Scan: add to calendar", under the code on paper.
    pub caption: String,
    /// What the code holds (a VEVENT, or the pickup in words).
    pub content: String,
    pub svg: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_script_fits_and_the_svg_has_every_dark_module() {
        let m = QrMatrix::new("Klinik am Nordpark Łódź — 请在门口等我 🙂").unwrap();
        assert_eq!(m.dark.len(), m.width * m.width);
        let svg = m.svg("a <test>");
        assert_eq!(svg.matches("h1v1h-1z").count(), m.dark.iter().filter(|d| **d).count());
        assert!(svg.contains("<title>a &lt;test&gt;</title>"));
    }

    #[test]
    fn too_much_text_is_a_clear_error() {
        let err = QrMatrix::new(&"x".repeat(5000)).unwrap_err();
        assert!(err.to_string().contains("QR code"), "{err}");
    }
}
