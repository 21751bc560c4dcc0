//! Every word pattern of the sheet reader compiles.
//!
//! The reader keeps about two hundred patterns as `LazyLock<Option<Regex>>`
//! and its phrase tables compile with `.ok()`: a pattern that does not
//! compile becomes `None` and matches nothing, so the reader never panics
//! on a sheet. The price is that a typo in a pattern switches its check off
//! without a sound, and only if a test happens to lean on that check does
//! anyone notice. So this test reads the reader's source, takes every
//! pattern written there as a literal (`pattern::compile(r"…")`, `Regex::new(r"…")`,
//! `Regex::new(concat!(r"…", r"…"))`, `re(r"…")`, and the tables' `p(r"…",
//! …)`), and compiles each one. Patterns built at run time with `format!`
//! are not literals; the checks that use them are covered by their own
//! tests.

use std::path::{Path, PathBuf};

/// A piece of Rust source, as much as this test needs to tell a call's
/// literal arguments from everything else.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    Str(String),
    Punct(char),
}

/// Splits Rust source into identifiers, string literals (their values,
/// escapes undone) and single punctuation characters, dropping comments,
/// whitespace, numbers and character literals.
fn tokens(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !ident_before(&chars, i) {
            // A raw string: r"…" or r#"…"#, with as many hashes to close.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(Token::Ident("r".into()));
                i += 1;
                continue;
            }
            j += 1;
            let start = j;
            loop {
                if j >= chars.len() {
                    break;
                }
                if chars[j] == '"' && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#')) {
                    break;
                }
                j += 1;
            }
            out.push(Token::Str(chars[start..j.min(chars.len())].iter().collect()));
            i = j + 1 + hashes;
        } else if c == '"' {
            let (value, end) = plain_string(&chars, i + 1);
            out.push(Token::Str(value));
            i = end;
        } else if c == '\'' {
            // A character literal ('x', '\'', '\n') or a lifetime ('a).
            if next == Some('\\') {
                let mut j = i + 2;
                while j < chars.len() && chars[j] != '\'' {
                    j += 1;
                }
                i = j + 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Token::Ident(chars[start..i].iter().collect()));
        } else if c.is_ascii_digit() {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '.') {
                i += 1;
            }
        } else {
            if !c.is_whitespace() {
                out.push(Token::Punct(c));
            }
            i += 1;
        }
    }
    out
}

/// Whether the character before `at` continues an identifier (so the `r`
/// at `at` is the end of a name like `for`, not a raw string's prefix).
fn ident_before(chars: &[char], at: usize) -> bool {
    at > 0 && (chars[at - 1].is_alphanumeric() || chars[at - 1] == '_')
}

/// A "…" string's value from just after its opening quote, and the index
/// just past its closing quote.
fn plain_string(chars: &[char], from: usize) -> (String, usize) {
    let mut value = String::new();
    let mut j = from;
    while j < chars.len() && chars[j] != '"' {
        if chars[j] == '\\' && j + 1 < chars.len() {
            j += 1;
            match chars[j] {
                'n' => value.push('\n'),
                't' => value.push('\t'),
                'r' => value.push('\r'),
                '0' => value.push('\0'),
                '\n' => {
                    // A line continuation: the break and the next line's
                    // leading blanks are not part of the string.
                    while j + 1 < chars.len() && chars[j + 1].is_whitespace() {
                        j += 1;
                    }
                }
                'u' => {
                    let close = (j..chars.len()).find(|&k| chars[k] == '}').unwrap_or(j);
                    let hex: String = chars[j + 2..close].iter().collect();
                    if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                        value.push(ch);
                    }
                    j = close;
                }
                'x' => {
                    let hex: String = chars[j + 1..(j + 3).min(chars.len())].iter().collect();
                    if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                        value.push(ch);
                    }
                    j += 2;
                }
                other => value.push(other),
            }
        } else {
            value.push(chars[j]);
        }
        j += 1;
    }
    (value, j + 1)
}

/// The tokens between the `(` at `open` and its matching `)`, and the index
/// of that `)`.
fn arguments(all: &[Token], open: usize) -> (&[Token], usize) {
    let mut depth = 0;
    for (k, t) in all.iter().enumerate().skip(open) {
        match t {
            Token::Punct('(') => depth += 1,
            Token::Punct(')') => {
                depth -= 1;
                if depth == 0 {
                    return (&all[open + 1..k], k);
                }
            }
            _ => {}
        }
    }
    (&all[open + 1..], all.len())
}

/// The pattern a call's arguments spell out when they are only literals: a
/// string, or `concat!` of strings (a trailing comma allowed).
fn literal_pattern(args: &[Token]) -> Option<String> {
    match args {
        [Token::Str(s)] | [Token::Str(s), Token::Punct(',')] => Some(s.clone()),
        [Token::Ident(m), Token::Punct('!'), Token::Punct('('), rest @ .., Token::Punct(')')] if m == "concat" => {
            let mut joined = String::new();
            for t in rest {
                match t {
                    Token::Str(s) => joined.push_str(s),
                    Token::Punct(',') => {}
                    _ => return None,
                }
            }
            Some(joined)
        }
        _ => None,
    }
}

/// Every pattern written as a literal in one file: (line-ish place, pattern).
/// `pattern::compile(…)`, `Regex::new(…)` and `re(…)` anywhere; `p(pattern, written_for)` in the
/// phrase tables, whose first argument is the pattern.
fn literal_patterns(source: &str, is_table: bool) -> (Vec<String>, usize) {
    let all = tokens(source);
    let mut found = Vec::new();
    let mut built_at_run_time = 0;
    let mut k = 0;
    while k < all.len() {
        let call_open = match &all[k..] {
            [Token::Ident(a), Token::Punct(':'), Token::Punct(':'), Token::Ident(b), Token::Punct('('), ..]
                if (a == "Regex" && b == "new") || (a == "pattern" && b == "compile") =>
            {
                Some(k + 4)
            }
            [Token::Ident(a), Token::Punct('('), ..]
                if a == "re" && (k == 0 || all[k - 1] != Token::Ident("fn".into())) =>
            {
                Some(k + 1)
            }
            _ => None,
        };
        if let Some(open) = call_open {
            let (args, close) = arguments(&all, open);
            match literal_pattern(args) {
                Some(p) => found.push(p),
                None => built_at_run_time += 1,
            }
            k = close;
            continue;
        }
        if is_table {
            if let [Token::Ident(a), Token::Punct('('), Token::Str(pattern), Token::Punct(','), ..] = &all[k..] {
                if a == "p" {
                    found.push(pattern.clone());
                }
            }
        }
        k += 1;
    }
    (found, built_at_run_time)
}

fn reader_sources() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/plan/sheet");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the reader's folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_pattern_written_in_the_reader_compiles() {
    let mut count = 0;
    let mut failures = Vec::new();
    for file in reader_sources() {
        let source = std::fs::read_to_string(&file).expect("a source file");
        let is_table = file.file_name().is_some_and(|n| n == "tables.rs");
        let (patterns, _) = literal_patterns(&source, is_table);
        for pattern in patterns {
            count += 1;
            // Compiled as the reader compiles it (`\w` read as a Latin word
            // character), so a pattern that only that rewriting breaks fails too.
            if let Err(e) = steady_core::plan::sheet::compile_pattern(&pattern) {
                failures.push(format!("{}: {e}", file.display()));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "patterns that do not compile:\n{}",
        failures.join("\n")
    );
    // The reader holds about 240 (stop 39); finding far fewer means this scan has
    // stopped seeing them, not that they are gone.
    assert!(count > 200, "only {count} patterns found: the scan has lost them");
}

#[test]
fn the_scan_sees_each_way_a_pattern_is_written() {
    let source = r####"
        // Regex::new(r"(in a comment") is not code.
        static A: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\bfast(?:ing)?\b").ok());
        static B: LazyLock<Option<Regex>> = LazyLock::new(|| {
            Regex::new(concat!(
                // a comment between the pieces
                r#"\b"clear" "#,
                "liquids\\b",
            ))
            .ok()
        });
        fn re(pattern: &str) -> Option<Regex> { Regex::new(pattern).ok() }
        static C: LazyLock<Option<Regex>> = LazyLock::new(|| re(r"\bno (?:food|drink)\b"));
        static E: LazyLock<Option<Regex>> = LazyLock::new(|| super::pattern::compile(r"\bsips?\b").ok());
        static D: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(&format!(r"\b{X}\b")).ok());
        fn f<'a>(x: &'a str) -> char { '"' }
        const T: &[Phrase] = &[p(r"arrive (?P<n>\d+) minutes early", "written for")];
    "####;
    let (patterns, dynamic) = literal_patterns(source, true);
    assert_eq!(
        patterns,
        vec![
            r"\bfast(?:ing)?\b".to_string(),
            r#"\b"clear" liquids\b"#.to_string(),
            r"\bno (?:food|drink)\b".to_string(),
            r"\bsips?\b".to_string(),
            r"arrive (?P<n>\d+) minutes early".to_string(),
        ]
    );
    // `Regex::new(pattern)` inside `fn re` and the `format!` one.
    assert_eq!(dynamic, 2);
    // A broken pattern is caught: an unclosed group does not compile.
    let (broken, _) = literal_patterns(r#"static E: X = Regex::new(r"(?:no food").ok();"#, false);
    assert!(steady_core::plan::sheet::compile_pattern(&broken[0]).is_err());
}

/// The patterns read `\w` as a Latin word character (`pattern.rs` says
/// why). An English sheet that names people and things in other scripts
/// still gives the rules around those names: the escort who stays, the
/// thing to bring as written, the stop of a medicine named beside one.
#[test]
fn names_in_other_scripts_leave_the_rules_around_them() {
    use steady_core::facts::rules::EscortPresence;
    use steady_core::plan::sheet::{read_sheet, Proposed};
    let rules: Vec<Proposed> = read_sheet(
        "Please stop Eliquis and Ξαρέλτο 48 hours before.\n\
         Your driver, Σοφία Παπαδοπούλου, must stay in the building during the treatment.\n\
         Bring your Медицинская карта and a list of your medicines.\n",
    )
    .unwrap()
    .proposals
    .into_iter()
    .map(|p| p.rule)
    .collect();
    let said = format!("{rules:?}");
    assert!(said.contains("\"Eliquis\""), "{said}");
    assert!(
        rules.iter().any(|r| matches!(
            r,
            Proposed::EscortPresence {
                presence: EscortPresence::StaysOnSite
            }
        )),
        "{said}"
    );
    assert!(said.contains("Медицинская карта"), "{said}");
}
