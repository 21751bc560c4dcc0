//! The one way the reader's word patterns are matched. Each pattern is a
//! `LazyLock<Option<Regex>>`: compiled once, on first use, and `None` only
//! if its text does not compile, which the tests of the check it serves
//! would show; a pattern that failed matches nothing, so the reader never
//! panics on a sheet.

use std::sync::LazyLock;

use regex::Regex;

/// Whether `re` matches somewhere in `text`.
pub(super) fn is(re: &LazyLock<Option<Regex>>, text: &str) -> bool {
    re.as_ref().is_some_and(|re| re.is_match(text))
}
