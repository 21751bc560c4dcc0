//! A clinic's sheet as a file the patient drops or opens: its text, from a
//! plain-text file (UTF-8, or the Windows-1252 many older e-mails and
//! editors save) or a PDF (pdf-extract). A PDF with no text in it, as a
//! scanned page, is refused in plain words: Steady reads text, not pictures.

use std::path::Path;

use crate::basics::error::{Error, Result};

/// A sheet is a few pages; a PDF of one, with its fonts, a few megabytes.
// Not a care number: a size limit.
pub const MAX_SHEET_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// The text of the file at `path`.
pub fn sheet_text(path: &Path) -> Result<String> {
    let size = std::fs::metadata(path)?.len();
    if size > MAX_SHEET_FILE_BYTES {
        return Err(Error::invalid(
            "file",
            crate::t!(
                "error-sheet-file-too-large",
                file = path.display().to_string(),
                size = size / (1024 * 1024)
            ),
        ));
    }
    sheet_text_from(&std::fs::read(path)?)
}

/// The text of a sheet's bytes: a PDF's text, or the bytes as text.
pub fn sheet_text_from(bytes: &[u8]) -> Result<String> {
    if bytes.starts_with(b"%PDF-") {
        return pdf_text(bytes);
    }
    if bytes.contains(&0) {
        return Err(Error::invalid("file", crate::t!("error-sheet-file-not-text")));
    }
    Ok(match std::str::from_utf8(bytes) {
        Ok(text) => text.trim_start_matches('\u{feff}').to_string(),
        // Windows-1252: Latin-1 with typographic quotes and dashes in 0x80-0x9f.
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    })
}

fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        b => char::from(b),
    }
}

fn pdf_text(bytes: &[u8]) -> Result<String> {
    let bytes = bytes.to_vec();
    // pdf-extract can panic on a malformed file: a refusal, not a crash.
    let extracted = std::panic::catch_unwind(move || pdf_extract::extract_text_from_mem(&bytes));
    let text = match extracted {
        Ok(Ok(text)) => text,
        Ok(Err(e)) => {
            return Err(Error::invalid(
                "file",
                crate::t!("error-sheet-pdf-unreadable", reason = e.to_string()),
            ))
        }
        Err(_) => return Err(Error::invalid("file", crate::t!("error-sheet-pdf-damaged"))),
    };
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 20 {
        return Err(Error::invalid("file", crate::t!("error-sheet-pdf-no-text")));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_files_in_utf8_or_windows_1252_are_read() {
        assert_eq!(
            sheet_text_from("\u{feff}Arrive 10 min early".as_bytes()).unwrap(),
            "Arrive 10 min early"
        );
        assert_eq!(
            sheet_text_from(b"Don\x92t eat \x96 caf\xe9").unwrap(),
            "Don’t eat – café"
        );
        assert!(sheet_text_from(b"\x00\x01binary").is_err());
    }

    #[test]
    fn a_broken_pdf_is_refused_not_a_crash() {
        let err = sheet_text_from(b"%PDF-1.7\nthis is not really a pdf").unwrap_err();
        assert!(err.to_string().contains("could not read that PDF"), "{err}");
    }
}
