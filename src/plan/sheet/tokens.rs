//! A sentence as tokens: words (lower case, one kind of apostrophe),
//! numbers (digits as written, a clock time "18:00", a fraction "1/2"), and
//! punctuation, each with its byte range in the sentence, so whatever the
//! grammar builds from them can point back at the sheet's own words.
//!
//! Hyphens are tokens of their own ("twenty-four", "40-minute", "2-4"), and
//! a number and a word written together are split ("6pm", "24h"): the
//! grammar decides what they mean together. One pass, no backtracking.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Kind {
    Word,
    /// Digits, maybe with a decimal part ("1.5"), as a value.
    Number(f64),
    /// "18:00", "6:30", "22h00": hours and minutes as written (checked later).
    Clock(u32, u32),
    /// "1/2": a fraction.
    Fraction(u32, u32),
    Punct(char),
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Tok {
    /// Lower case; for punctuation, the character.
    pub text: String,
    pub kind: Kind,
    /// Byte range in the sentence.
    pub start: usize,
    pub end: usize,
}

impl Tok {
    pub(super) fn is(&self, word: &str) -> bool {
        self.text == word
    }

    pub(super) fn punct(&self) -> Option<char> {
        match self.kind {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }

    /// A bracket, opening or closing.
    pub(super) fn punct_bracket(&self) -> Option<char> {
        self.punct().filter(|c| matches!(c, '(' | ')'))
    }
}

/// One kind of each: quotes, apostrophes, dashes.
fn fold(c: char) -> char {
    match c {
        '’' | '‘' | '`' | '´' | 'ʼ' => '\'',
        '“' | '”' | '„' | '«' | '»' => '"',
        '–' | '—' | '−' | '‐' | '‑' => '-',
        c => c,
    }
}

/// The wave dash that Japanese and Korean sheets write between two
/// numbers ("2~3 days", "6〜7 in the morning") is a range, as a hyphen
/// there is; elsewhere ("~30 minutes", about) it is left alone.
pub(super) fn range_dashes(chars: &mut [(usize, char)]) {
    let digit_at = |chars: &[(usize, char)], k: Option<usize>| {
        k.and_then(|k| chars.get(k)).is_some_and(|(_, c)| c.is_ascii_digit())
    };
    for k in 0..chars.len() {
        if !matches!(chars[k].1, '~' | '\u{301c}' | '\u{ff5e}') {
            continue;
        }
        let before = (0..k).rev().find(|&j| chars[j].1 != ' ');
        let after = (k + 1..chars.len()).find(|&j| chars[j].1 != ' ');
        if digit_at(chars, before) && digit_at(chars, after) {
            chars[k].1 = '-';
        }
    }
}

/// Units written short with a point ("hrs.", "min."), whose point is
/// no punctuation after a count.
const UNIT_ABBREVIATIONS: [&str; 8] = ["hr", "hrs", "h", "min", "mins", "wk", "wks", "sec"];

/// The tokens of `text`.
pub(super) fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut chars: Vec<(usize, char)> = text.char_indices().map(|(i, c)| (i, fold(c))).collect();
    range_dashes(&mut chars);
    let end_of = |k: usize| chars.get(k).map_or(text.len(), |(i, _)| *i);
    let mut k = 0;
    while k < chars.len() {
        let (start, c) = chars[k];
        // "Plavix®": a trade mark sign is no word and no punctuation, so
        // it neither ends a list nor names anything.
        if c.is_whitespace() || c.is_control() || matches!(c, '®' | '™') {
            k += 1;
        } else if c.is_ascii_digit() {
            let mut j = k;
            while j < chars.len() && chars[j].1.is_ascii_digit() {
                j += 1;
            }
            let digits = &text[start..end_of(j)];
            // "18:00", "1.5", "1/2": a separator with digits on both sides.
            let next = chars.get(j).map(|(_, c)| *c);
            let digit_after = chars.get(j + 1).is_some_and(|(_, c)| c.is_ascii_digit());
            let mut kind = Kind::Number(digits.parse().unwrap_or(f64::MAX));
            if let (Some(sep @ (':' | '.' | '/' | 'h' | 'H')), true) = (next, digit_after) {
                let mut m = j + 1;
                while m < chars.len() && chars[m].1.is_ascii_digit() {
                    m += 1;
                }
                let second = &text[chars[j + 1].0..end_of(m)];
                let (a, b) = (digits.parse::<u32>().ok(), second.parse::<u32>().ok());
                let joined = match (sep, a, b) {
                    (':', Some(a), Some(b)) if second.len() == 2 => Some(Kind::Clock(a, b)),
                    // "From 0.00 o'clock": a clock written with a dot, as
                    // much of Europe writes it, told from a decimal by the
                    // "o'clock" after it.
                    ('.', Some(a), Some(b))
                        if second.len() == 2 && a < 24 && b < 60 && oclock_after(text, end_of(m)) =>
                    {
                        Some(Kind::Clock(a, b))
                    }
                    ('.', _, _) => format!("{digits}.{second}").parse().ok().map(Kind::Number),
                    ('/', Some(a), Some(b)) if b > 0 => Some(Kind::Fraction(a, b)),
                    // "22h00", "07h30": a clock as much of the world writes
                    // it, hours always in two digits; "1h30" or "12h30m"
                    // stay a length in hours and minutes.
                    ('h' | 'H', Some(a), Some(b))
                        if digits.len() == 2
                            && second.len() == 2
                            && a < 24
                            && b < 60
                            && !chars.get(m).is_some_and(|(_, c)| c.is_alphabetic()) =>
                    {
                        Some(Kind::Clock(a, b))
                    }
                    _ => None,
                };
                if let Some(joined) = joined {
                    kind = joined;
                    j = m;
                }
            } else if let Some(clock) = hour_clock(text, start, end_of(j), next) {
                // "After 7h in the morning", "at 16h": the hour of a clock.
                kind = clock;
                j += 1;
            }
            let end = end_of(j);
            out.push(Tok {
                text: text[start..end].to_string(),
                kind,
                start,
                end,
            });
            k = j;
        } else if c == '½' {
            out.push(Tok {
                text: "½".into(),
                kind: Kind::Number(0.5),
                start,
                end: end_of(k + 1),
            });
            k += 1;
        } else if c.is_alphabetic() {
            let mut j = k;
            // Letters, and an apostrophe between letters ("don't", "night's").
            while j < chars.len() {
                let cj = chars[j].1;
                let inner_apostrophe = cj == '\'' && chars.get(j + 1).is_some_and(|(_, n)| n.is_alphabetic());
                if cj.is_alphabetic() || (inner_apostrophe && j > k) {
                    j += 1;
                } else {
                    break;
                }
            }
            let end = end_of(j);
            let word: String = text[start..end]
                .chars()
                .map(fold)
                .flat_map(char::to_lowercase)
                .collect();
            // "8 hrs. no more food": the point of a unit shortened after a
            // count is the unit's, not a stop between the count and the
            // rule (`sentences.rs` does not end a sentence there either).
            let counted = out.last().is_some_and(|t: &Tok| matches!(t.kind, Kind::Number(_)));
            let shortened =
                counted && UNIT_ABBREVIATIONS.contains(&word.as_str()) && chars.get(j).is_some_and(|(_, c)| *c == '.');
            out.push(Tok {
                text: word,
                kind: Kind::Word,
                start,
                end,
            });
            k = if shortened { j + 1 } else { j };
        } else {
            let end = end_of(k + 1);
            out.push(Tok {
                text: c.to_string(),
                kind: Kind::Punct(c),
                start,
                end,
            });
            k += 1;
        }
    }
    out
}

/// The words of a phrase as the lexicon writes it, tokenised the same way.
pub(super) fn phrase_words(phrase: &str) -> Vec<String> {
    tokenize(phrase).into_iter().map(|t| t.text).collect()
}

/// A name as it starts a line: its first letter upper case.
pub(super) fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// "7h in the morning", "at 16h", "around 7h": an hour written with an
/// Whether "o'clock" follows at `at` (after spaces).
fn oclock_after(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or_default().trim_start().to_lowercase();
    rest.starts_with("o'clock") || rest.starts_with("o\u{2019}clock")
}

/// "h" as much of Europe and Latin America writes a clock, told from a
/// length ("6h before", "for 2h") by the time of day after it or the
/// "at" before it.
fn hour_clock(text: &str, start: usize, digits_end: usize, next: Option<char>) -> Option<Kind> {
    if !matches!(next, Some('h' | 'H')) {
        return None;
    }
    let after = text.get(digits_end + 1..).unwrap_or_default();
    if after.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let hour: u32 = text.get(start..digits_end)?.parse().ok()?;
    let after = after.to_lowercase();
    let before = text.get(..start).unwrap_or_default().to_lowercase();
    let later = [" in the afternoon", " in the evening"]
        .iter()
        .any(|w| after.starts_with(w));
    let morning = after.starts_with(" in the morning");
    let at = [" at ", " at around ", " at about ", " around "]
        .iter()
        .any(|w| format!(" {before}").ends_with(w));
    let hour = if later && hour < 12 { hour + 12 } else { hour };
    ((later || morning || at) && hour < 24).then_some(Kind::Clock(hour, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn words_numbers_and_punctuation_with_their_places() {
        assert_eq!(
            texts("Don’t eat for 6hrs—ever."),
            ["don't", "eat", "for", "6", "hrs", "-", "ever", "."]
        );
        let t = tokenize("after 10:30pm, 1 1/2 h or 1.5h");
        assert_eq!(t[1].kind, Kind::Clock(10, 30));
        assert_eq!(t[2].text, "pm");
        assert_eq!(t[5].kind, Kind::Fraction(1, 2));
        assert_eq!(t[8].kind, Kind::Number(1.5));
        let t = tokenize("from 22h00, not 1h30 or 12h30m");
        assert_eq!(t[1].kind, Kind::Clock(22, 0));
        assert_eq!(t[4].kind, Kind::Number(1.0));
        assert_eq!(t[8].kind, Kind::Number(12.0));
        let s = "No FOOD";
        for tok in tokenize(s) {
            assert_eq!(s[tok.start..tok.end].to_lowercase(), tok.text);
        }
    }

    #[test]
    fn odd_text_tokenises_without_a_panic() {
        for s in [
            "1.",
            "1:",
            "1/0",
            "99999999999999999999999 hours",
            "٣ ساعات",
            "½",
            "a'",
            "'a",
        ] {
            let _ = tokenize(s);
        }
    }
}
