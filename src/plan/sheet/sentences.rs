//! Splitting a sheet into sentences: at line ends (lists, tables,
//! headings) and at sentence ends, leaving bullets and numbering out, each
//! with the part of the sheet (before or after the visit) it stands in.

use super::{Section, Sentence};
use crate::facts::checklist::Checklist;

// Not a care number: a length limit on one sentence.
const MAX_SENTENCE_CHARS: usize = 600;

#[cfg(test)]
pub(super) fn split_sentences(text: &str) -> Vec<Sentence> {
    split(text).0
}

/// Splits text into sentences: at line ends (lists, tables, headings), and
/// after ".", "!" or "?" followed by a space and a capital or a number,
/// except after common abbreviations. Bullets and numbering are left out.
/// With each sentence, the part of the sheet it stands in.
pub(super) fn split(text: &str) -> (Vec<Sentence>, Vec<Section>) {
    const ABBREVIATIONS: &[&str] = &[
        "e.g.", "i.e.", "approx.", "dr.", "mr.", "mrs.", "ms.", "st.", "no.", "vs.", "etc.", "min.", "mins.", "hr.",
        "hrs.", "a.m.", "p.m.", "incl.", "tel.", "ph.",
    ];
    let mut out: Vec<Sentence> = Vec::new();
    let mut sections: Vec<Section> = Vec::new();
    let mut section = Section::Unknown;
    let mut line_start = 0;
    let joined = join_broken_lines(text);
    for line in joined.split_inclusive('\n') {
        let line_end = line_start + line.len();
        let trimmed = line.trim_end_matches(['\n', '\r']);
        // Leave out a bullet or number at the start of the line.
        let body_offset = trimmed.len() - trimmed.trim_start().len();
        let mut body = &trimmed[body_offset..];
        let mut offset = line_start + body_offset;
        let bullet = body
            .char_indices()
            .take_while(|(_, c)| matches!(c, '-' | '*' | '•' | '·' | '–' | '▪' | '◦' | '>' | '#') || c.is_ascii_digit())
            .last()
            .map(|(i, c)| i + c.len_utf8());
        // "6 hours after a light meal", "4 weeks before your test" start
        // with a number, not a bullet.
        let starts_with_length = |rest: &str| {
            let word: String = rest
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .chars()
                .filter(|c| c.is_alphabetic())
                .collect::<String>()
                .to_lowercase();
            [
                "hour", "hours", "hr", "hrs", "h", "minute", "minutes", "min", "mins", "day", "days", "week", "weeks",
            ]
            .contains(&word.as_str())
        };
        if let Some(cut) = bullet {
            let rest = &body[cut..];
            let numbered = rest.starts_with(['.', ')']);
            let rest = rest.strip_prefix(['.', ')']).unwrap_or(rest);
            if rest.starts_with(char::is_whitespace) && (numbered || !starts_with_length(rest)) {
                offset += body.len() - rest.trim_start().len();
                body = rest.trim_start();
            }
        }
        let heading = body.len() < 60 && !body.ends_with(['.', '!', '?']) && !body.is_empty();
        if heading {
            let lower = body.to_lowercase();
            if [
                "after",
                "following",
                "discharge",
                "post-",
                "post ",
                "recovery",
                "when you get home",
                "rest of the day",
                "getting home",
                "going home",
                "at home",
                "aftercare",
                "after care",
            ]
            .iter()
            .any(|w| lower.contains(w))
            {
                section = Section::After;
            } else if [
                "before",
                "prepar",
                "day of",
                "morning of",
                "fasting",
                "medication",
                "what to bring",
            ]
            .iter()
            .any(|w| lower.contains(w))
            {
                section = Section::Before;
            }
        }
        let after = section == Section::After;
        // Sentence ends inside the line. The start of the current word is
        // kept as the scan goes, so a long line costs one pass.
        let bytes = body.as_bytes();
        let mut start = 0;
        let mut word_start = 0;
        for (i, c) in body.char_indices() {
            if c.is_whitespace() {
                word_start = i + c.len_utf8();
                continue;
            }
            // "An adult must take you home – you may not leave alone": a
            // spaced dash before a new subject ends a sentence too.
            if matches!(c, '–' | '—') && i > start && body[..i].ends_with(' ') {
                // Only as far as the longest subject, so a line of many
                // dashes is not lower-cased again at each one.
                let rest: String = body[i + c.len_utf8()..]
                    .chars()
                    .take(NEW_SUBJECT_MAX_CHARS)
                    .flat_map(char::to_lowercase)
                    .collect();
                if NEW_SUBJECT_AFTER_DASH.iter().any(|w| rest.starts_with(w)) {
                    push_sentence(&mut out, &body[start..i], offset + start, after);
                    sections.resize(out.len(), section);
                    start = i + c.len_utf8();
                }
                continue;
            }
            if matches!(bytes[i], b'.' | b'!' | b'?') {
                let rest = &body[i + 1..];
                let next = rest.chars().next();
                let after_next = rest.trim_start().chars().next();
                let boundary = next.is_some_and(char::is_whitespace)
                    && after_next
                        .is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '('));
                if boundary {
                    // "(i.e. TED stockings": an abbreviation that opens a
                    // bracket is still one.
                    let word = body[word_start..=i].to_lowercase();
                    let word = word.trim_start_matches(['(', '[', '"', '“']);
                    if !ABBREVIATIONS.contains(&word) {
                        push_sentence(&mut out, &body[start..=i], offset + start, after);
                        sections.resize(out.len(), section);
                        start = i + 1;
                    }
                }
            }
        }
        push_sentence(&mut out, &body[start..], offset + start, after);
        sections.resize(out.len(), section);
        line_start = line_end;
    }
    before_under_after(&out, &mut sections);
    (out, sections)
}

/// The visits a sentence can count "before" to.
const VISIT_WORDS: &[&str] = &[
    "scan",
    "test",
    "exam",
    "examination",
    "study",
    "procedure",
    "appointment",
    "surgery",
    "operation",
    "treatment",
    "visit",
    "infusion",
];

/// The units of a length counted to the visit that an aftercare part does
/// not use.
/// Minutes are left out: "your ride must arrive 30 minutes before the
/// appointment ends" is told after the visit too.
const UNITS: &[&str] = &["hour", "hours", "hrs", "day", "days", "week", "weeks"];

/// A part under an "after" heading that counts, in its own words, a length
/// "before the scan" ("nothing by mouth for 6 hours before the scan") is not the time after the visit: its heading is the
/// page's slip, so its untimed lengths ("stop it for 24 hours") take no
/// direction from it and are asked, not read as after.
fn before_under_after(out: &[Sentence], sections: &mut [Section]) {
    let says_before = |s: &Sentence| {
        let lower = s.text.to_lowercase();
        ["before the ", "before your "].iter().any(|lead| {
            lower.match_indices(lead).any(|(i, _)| {
                let rest = &lower[i + lead.len()..];
                // "for 6 hours before the scan": a length counted to the visit.
                let counted = lower[..i]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| UNITS.contains(&w));
                counted
                    && VISIT_WORDS.iter().any(|v| {
                        rest.strip_prefix(v)
                            .is_some_and(|r| !r.starts_with(char::is_alphabetic) || r.starts_with('s'))
                    })
            })
        })
    };
    let mut i = 0;
    while i < sections.len() {
        if sections[i] != Section::After {
            i += 1;
            continue;
        }
        let end = (i..sections.len())
            .find(|&k| sections[k] != Section::After)
            .unwrap_or(sections.len());
        if out.get(i..end).is_some_and(|run| run.iter().any(says_before)) {
            sections[i..end].fill(Section::Unknown);
        }
        i = end;
    }
}

/// A PDF pasted with hard line breaks ("you must not drive, operate\n
/// machinery or sign documents"): a line that stops mid-sentence (long, no
/// end mark) and a next line that goes on in lower case are one line. The
/// break becomes spaces, so every byte keeps its place in the sheet.
fn join_broken_lines(text: &str) -> String {
    let mut joined = String::with_capacity(text.len());
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let body = line.trim_end_matches(['\n', '\r']);
        let stops_mid_sentence =
            body.trim().chars().count() >= MIN_BROKEN_LINE_CHARS && !body.trim_end().ends_with(['.', '!', '?', ':']);
        let goes_on = lines
            .peek()
            .is_some_and(|next| next.trim_start().starts_with(char::is_lowercase));
        joined.push_str(body);
        let end = &line[body.len()..];
        if stops_mid_sentence && goes_on {
            joined.extend(std::iter::repeat_n(' ', end.len()));
        } else {
            joined.push_str(end);
        }
    }
    joined
}

/// A new subject and its verb after a spaced dash.
const NEW_SUBJECT_AFTER_DASH: &[&str] = &[
    " you may",
    " you must",
    " you should",
    " you can",
    " you will",
    " we ",
    " they ",
    " do not",
    " don't",
];

/// The longest of [`NEW_SUBJECT_AFTER_DASH`], in characters.
// Not a care number: the length of a word list's longest entry.
const NEW_SUBJECT_MAX_CHARS: usize = 12;
// Not a care number: checked when the crate builds, as a longer subject
// added to the list would otherwise never match.
const _: () = {
    let mut k = 0;
    while k < NEW_SUBJECT_AFTER_DASH.len() {
        assert!(NEW_SUBJECT_AFTER_DASH[k].len() <= NEW_SUBJECT_MAX_CHARS);
        k += 1;
    }
};

/// How long a line must be to be read as cut by a page's width, not a
/// heading or a table's cell ("Before your visit").
// Not a care number: a reading threshold.
const MIN_BROKEN_LINE_CHARS: usize = 30;

fn push_sentence(out: &mut Vec<Sentence>, text: &str, at: usize, after: bool) {
    let lead = text.len() - text.trim_start().len();
    let text = text.trim();
    if text.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
        return;
    }
    let cut: String = text.chars().take(MAX_SENTENCE_CHARS).collect();
    let lower = cut.to_lowercase();
    let about_after = after
        || [
            "after your",
            "after the",
            "following your",
            "following the",
            "when you get home",
            "for the rest of the day",
        ]
        .iter()
        .any(|w| lower.contains(w));
    out.push(Sentence {
        start: at + lead,
        end: at + lead + cut.len(),
        text: cut,
        checklist: if about_after {
            Checklist::SessionDay
        } else {
            Checklist::DayBefore
        },
    });
}
