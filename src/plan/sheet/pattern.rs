//! The one way the reader's word patterns are compiled and matched. Each
//! pattern is a `LazyLock<Option<Regex>>`: compiled once, on first use, and
//! `None` only if its text does not compile; a pattern that failed matches
//! nothing, so the reader never panics on a sheet. That a typo would switch
//! a check off without a sound is why `tests/core/sheet_patterns.rs`
//! compiles every pattern the reader writes as a literal, through
//! [`compile`] as the reader does.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

/// What `\w` means in the reader's patterns: a word character of the Latin
/// script (Basic Latin to Latin Extended-B, so "café", "Zoë" and "Łódź"
/// stay words). Why not every script's word characters, as `\w` alone
/// would be: the reader reads sheets in English, and Unicode's `\w` is
/// several hundred ranges that every one of its few hundred patterns
/// compiled again on a sheet's first read (a quarter of that read's time,
/// measured with `bench/reader.rs`). `\b` keeps its Unicode meaning; only
/// the classes that patterns repeat (`\w*`, `(?:\w+ ){0,4}`, `^\W*`) are
/// narrowed.
const LATIN_WORD: &str = r"[\w&&[\x00-\x{24F}]]";

/// What `\W` means: every character that is not a [`LATIN_WORD`], so each
/// character is one or the other (with Unicode's `\W` beside the narrowed
/// `\w`, a Greek letter was neither). It is also cheaper: Unicode's `\W`
/// is the several hundred gaps between word characters, and the thirty
/// patterns that open on `^\W*` spent a fifth of the compile time of a
/// sheet's first read on it (the first read's 234 patterns, each compiled
/// 15 times, the least time of each summed: 56 ms with Unicode's `\W`,
/// 45 ms with this).
const LATIN_NON_WORD: &str = r"[^\w&&[\x00-\x{24F}]]";

/// Compiles a reader pattern, `\w` read as [`LATIN_WORD`] and `\W` as
/// [`LATIN_NON_WORD`].
pub fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(&latin_words(pattern))
}

/// `pattern` with each `\w` written as [`LATIN_WORD`] and each `\W` as
/// [`LATIN_NON_WORD`]; an escaped backslash (`\\w`, a backslash and a
/// "w") is left as it is.
fn latin_words(pattern: &str) -> Cow<'_, str> {
    if !pattern.contains(r"\w") && !pattern.contains(r"\W") {
        return Cow::Borrowed(pattern);
    }
    let mut out = String::with_capacity(pattern.len() + 64);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('w') => out.push_str(LATIN_WORD),
            Some('W') => out.push_str(LATIN_NON_WORD),
            Some(escaped) => {
                out.push('\\');
                out.push(escaped);
            }
            None => out.push('\\'),
        }
    }
    Cow::Owned(out)
}

/// Whether `re` matches somewhere in `text`.
pub(super) fn is(re: &LazyLock<Option<Regex>>, text: &str) -> bool {
    re.as_ref().is_some_and(|re| re.is_match(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_class_is_latin_words_and_an_escaped_backslash_is_kept() {
        assert_eq!(latin_words(r"\bno\b"), r"\bno\b");
        assert_eq!(latin_words(r"recover\w*"), r"recover[\w&&[\x00-\x{24F}]]*");
        assert_eq!(latin_words(r"[\w'-]+"), r"[[\w&&[\x00-\x{24F}]]'-]+");
        assert_eq!(latin_words(r"a\\w\\W"), r"a\\w\\W");
        assert_eq!(latin_words(r"^\W*no\b"), r"^[^\w&&[\x00-\x{24F}]]*no\b");
    }

    #[test]
    fn latin_letters_are_words_and_other_scripts_are_not() {
        let word = compile(r"^\w+$").unwrap();
        for latin in ["café", "zoë", "łódź", "naïve", "x_1"] {
            assert!(word.is_match(latin), "{latin}");
        }
        for other in ["σκύλος", "собака", "犬", "a-b"] {
            assert!(!word.is_match(other), "{other}");
        }
        // \W is the rest: other scripts' letters and the marks between words.
        let not_word = compile(r"^\W+$").unwrap();
        for other in ["σκύλος", "собака", "犬", "- ", "\u{2022} "] {
            assert!(not_word.is_match(other), "{other}");
        }
        for latin in ["café", "x", "1"] {
            assert!(!not_word.is_match(latin), "{latin}");
        }
        // A class that holds \w keeps its other members.
        assert!(compile(r"^[\w'-]+$").unwrap().is_match("o'clock-ish"));
    }
}
