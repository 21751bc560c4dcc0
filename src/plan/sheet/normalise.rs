//! A sentence as the reader's patterns read it (`tables.rs` says what the
//! patterns may count on): lower case, one kind of quote and dash, numbers
//! as digits, units spelled one way, clock times as HH:MM. Moved out of
//! `mod.rs`, which holds the reader's types and its one entry point.

use super::tables;

/// A sentence as the patterns read it: lower case, one kind of quote and
/// dash, numbers as digits, units spelled one way, clock times as HH:MM.
pub fn normalise(sentence: &str) -> String {
    use std::sync::LazyLock;
    static UNITS: LazyLock<Vec<(regex::Regex, &'static str)>> = LazyLock::new(|| {
        [
            (r"\bhalf an? hours?\b", "30 minutes"),
            (r"\ban hour\b", "1 hours"),
            (r"(\d+)\s*(?:hrs?|h)\b\.?", "$1 hours"),
            (r"(\d+)\s*(?:mins?)\b\.?", "$1 minutes"),
            (r"(\d+)\s*hour\b", "$1 hours"),
            (r"(\d+)\s*minute\b", "$1 minutes"),
            (r"\bnoon\b", "12:00"),
        ]
        .into_iter()
        .filter_map(|(re, to)| super::pattern::compile(re).ok().map(|re| (re, to)))
        .collect()
    });
    static CLOCK: LazyLock<Option<regex::Regex>> =
        LazyLock::new(|| super::pattern::compile(r"\b(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)").ok());
    static NUMBER_WORD: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
        let words: Vec<&str> = tables::NUMBER_WORDS.iter().map(|(w, _)| *w).collect();
        let alternatives = words.join("|");
        super::pattern::compile(&format!(r"\b({alternatives})(?:[- ]({alternatives}))?\b")).ok()
    });
    let mut chars: Vec<(usize, char)> = sentence.to_lowercase().char_indices().collect();
    super::tokens::range_dashes(&mut chars);
    let mut text: String = chars
        .into_iter()
        .map(|(_, c)| match c {
            '’' | '‘' | '`' | '´' => '\'',
            '“' | '”' | '„' => '"',
            '–' | '—' | '−' => '-',
            '\u{a0}' | '\u{202f}' | '\t' => ' ',
            c => c,
        })
        .collect();
    if let Some(re) = NUMBER_WORD.as_ref() {
        let value = |w: &str| tables::NUMBER_WORDS.iter().find(|(n, _)| *n == w).map(|(_, v)| *v);
        text = re
            .replace_all(&text, |caps: &regex::Captures<'_>| {
                let first = value(&caps[1]).unwrap_or(0);
                match caps.get(2).and_then(|m| value(m.as_str())) {
                    // "twenty-four", "seventy two"; not "one two" or "six seven".
                    Some(second) if first >= 20 && first % 10 == 0 && second < 10 => (first + second).to_string(),
                    Some(second) => format!("{first} {second}"),
                    None => first.to_string(),
                }
            })
            .into_owned();
    }
    if let Some(re) = CLOCK.as_ref() {
        text = re
            .replace_all(&text, |caps: &regex::Captures<'_>| {
                let hour: u32 = caps[1].parse().unwrap_or(99);
                let minute: u32 = caps.get(2).and_then(|m| m.as_str().parse().ok()).unwrap_or(0);
                let pm = caps[3].starts_with('p');
                match (hour, minute) {
                    (1..=12, 0..=59) => format!("{:02}:{minute:02}", hour % 12 + if pm { 12 } else { 0 }),
                    _ => caps[0].to_string(),
                }
            })
            .into_owned();
    }
    for (re, to) in UNITS.iter() {
        text = re.replace_all(&text, *to).into_owned();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_units_and_clock_times_read_one_way() {
        assert_eq!(normalise("Nothing to eat for SIX hrs."), "nothing to eat for 6 hours");
        assert_eq!(normalise("for seventy-two hours"), "for 72 hours");
        assert_eq!(normalise("twenty four h"), "24 hours");
        assert_eq!(normalise("half an hour"), "30 minutes");
        assert_eq!(
            normalise("no food after 6 p.m. the evening before"),
            "no food after 18:00 the evening before"
        );
        assert_eq!(normalise("12 am"), "00:00");
        assert_eq!(normalise("one two three"), "1 2 3", "a list, not a sum");
    }
}
