//! The one way the reader's word patterns are matched. Each pattern is a
//! `LazyLock<Option<Regex>>`: compiled once, on first use, and `None` only
//! if its text does not compile; a pattern that failed matches nothing, so
//! the reader never panics on a sheet. That a typo would switch a check off
//! without a sound is why `tests/core/sheet_patterns.rs` compiles every
//! pattern the reader writes as a literal.

use std::sync::LazyLock;

use regex::Regex;

/// Whether `re` matches somewhere in `text`.
pub(super) fn is(re: &LazyLock<Option<Regex>>, text: &str) -> bool {
    re.as_ref().is_some_and(|re| re.is_match(text))
}
