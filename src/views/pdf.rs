//! A small writer for one-page text PDFs (the ride card, the check-in
//! summary): standard Helvetica fonts, no embedded data, no dependencies.
//!
//! One layout serves A4 and Letter: lines are wrapped to A4's width and cut
//! at Letter's height, so a card looks the same and fits on either paper.
//! Text is encoded for WinAnsi: Latin-1 passes, typographic dashes and
//! quotes are mapped, anything else becomes "?".

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// Width and height in PDF points.
    fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

// Not a care number: the page margin in points.
const MARGIN: f32 = 54.0;

/// A line of the page: text, size, bold, and space before it.
struct Line {
    text: String,
    size: f32,
    bold: bool,
    gap_before: f32,
}

/// Lines of text laid out top to bottom on one page.
pub struct OnePage {
    title: String,
    lines: Vec<Line>,
}

impl OnePage {
    pub fn new(title: &str) -> OnePage {
        OnePage {
            title: title.to_string(),
            lines: vec![],
        }
    }

    /// Adds `text`, wrapped to the page width.
    pub fn line(&mut self, text: &str, size: f32, bold: bool, gap_before: f32) {
        let (a4_width, _) = Paper::A4.size();
        for (i, part) in wrap(text, size, a4_width - 2.0 * MARGIN).into_iter().enumerate() {
            self.lines.push(Line {
                text: part,
                size,
                bold,
                gap_before: if i == 0 { gap_before } else { 0.0 },
            });
        }
    }

    pub fn finish(&self, paper: Paper) -> Vec<u8> {
        let (page_w, page_h) = paper.size();
        let (_, letter_h) = Paper::Letter.size();
        let bottom = page_h - letter_h + MARGIN;
        let mut content = String::from("BT\n");
        let mut y = page_h - MARGIN;
        for line in &self.lines {
            y -= line.gap_before + line.size * 1.3;
            if y < bottom {
                break; // one page: what does not fit is left off, never printed over
            }
            let font = if line.bold { "F2" } else { "F1" };
            content.push_str(&format!(
                "/{font} {} Tf 1 0 0 1 {MARGIN:.2} {y:.2} Tm ({}) Tj\n",
                line.size,
                pdf_string(&line.text)
            ));
        }
        content.push_str("ET\n");
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {page_w:.2} {page_h:.2}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>"
            ),
            format!("<< /Length {} >>\nstream\n{content}endstream", content.len()),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string(),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>".to_string(),
            format!("<< /Title ({}) /Producer (Steady) >>", pdf_string(&self.title)),
        ];
        let mut pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
        let mut offsets = Vec::new();
        for (i, body) in objects.iter().enumerate() {
            offsets.push(pdf.len());
            pdf.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
        }
        let xref_at = pdf.len();
        let mut xref = format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
        for offset in offsets {
            xref.push_str(&format!("{offset:010} 00000 n \n"));
        }
        pdf.extend_from_slice(xref.as_bytes());
        pdf.extend_from_slice(
            format!(
                "trailer\n<< /Size {} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref_at}\n%%EOF\n",
                objects.len() + 1
            )
            .as_bytes(),
        );
        pdf
    }
}

/// Encodes text for a PDF string in a WinAnsi font.
fn pdf_string(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let mapped = match c {
            '–' | '—' => '-',
            '‘' | '’' => '\'',
            '“' | '”' => '"',
            c if (c as u32) < 256 => c,
            _ => '?',
        };
        match mapped {
            '(' | ')' | '\\' => {
                out.push('\\');
                out.push(mapped);
            }
            c if (c as u32) < 128 => out.push(c),
            c => out.push_str(&format!("\\{:03o}", c as u32)),
        }
    }
    out
}

/// Wraps `text` to lines no wider than `width` points. Helvetica's average
/// glyph is about half its size wide; 0.55 leaves room for wide letters.
fn wrap(text: &str, size: f32, width: f32) -> Vec<String> {
    let max_chars = ((width / (size * 0.55)) as usize).max(10);
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > max_chars {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}
