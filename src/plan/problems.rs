//! A problem in a protocol file, and where it is: shared by the readers of
//! each format version.

use serde::Serialize;
use ts_rs::TS;

/// One problem in a protocol file, where it is and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Problem {
    /// 1-based line in the file; 0 when the problem is the file as a whole.
    pub line: u32,
    /// Dotted name of the field, e.g. "food.solid_food.hours".
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = match (self.line, self.field.is_empty()) {
            (0, true) => self.message.clone(),
            (0, false) => crate::t!(
                "error-problem-in-field",
                field = self.field.as_str(),
                problem = self.message.as_str()
            ),
            (line, true) => crate::t!("error-problem-at-line", line = line, problem = self.message.as_str()),
            (line, false) => crate::t!(
                "error-problem-at-line-in-field",
                line = line,
                field = self.field.as_str(),
                problem = self.message.as_str()
            ),
        };
        f.write_str(&words)
    }
}

/// 1-based line of byte `offset` in `text`.
pub(crate) fn line_of(text: &str, offset: usize) -> u32 {
    let end = offset.min(text.len());
    let line = text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() + 1;
    u32::try_from(line).unwrap_or(u32::MAX)
}
