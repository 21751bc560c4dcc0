//! The message catalogue (issue 24): every language has every message, uses
//! only the English message's variables, has the plural forms its language
//! needs, formats with sample arguments, keeps the numbers of the safety
//! messages, follows its glossary; and every id the code asks for exists,
//! and every message is asked for.
//!
//! Failures list every problem at once, each with its language, file and id.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use steady_core::basics::i18n::{self, FluentArgs, FluentValue, Messages};

/// One message as the tests read it.
#[derive(Debug, Clone, Default)]
struct Msg {
    file: String,
    /// The comment above it, lines joined.
    comment: String,
    variables: BTreeSet<String>,
    /// Variables used as the selector of a select expression whose keys
    /// include plural categories, with those keys.
    plural_selects: Vec<(String, BTreeSet<String>)>,
    /// Variables compared with number keys only ("[1] Monday"): not plurals.
    number_selects: BTreeSet<String>,
    /// The text outside placeables, for numbers and glossary terms.
    text: String,
    attributes: usize,
}

const PLURAL_KEYS: &[&str] = &["zero", "one", "two", "few", "many", "other"];

fn walk_pattern(pattern: &Pattern<&str>, msg: &mut Msg) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => msg.text.push_str(value),
            PatternElement::Placeable { expression } => walk_expression(expression, msg),
        }
    }
}

fn walk_inline(expression: &InlineExpression<&str>, msg: &mut Msg) {
    match expression {
        InlineExpression::VariableReference { id } => {
            msg.variables.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, msg);
            }
            for a in &arguments.named {
                walk_inline(&a.value, msg);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, msg),
        InlineExpression::StringLiteral { value } => msg.text.push_str(value),
        InlineExpression::NumberLiteral { value } => {
            msg.text.push(' ');
            msg.text.push_str(value);
            msg.text.push(' ');
        }
        InlineExpression::MessageReference { .. } | InlineExpression::TermReference { .. } => {}
    }
}

fn walk_expression(expression: &Expression<&str>, msg: &mut Msg) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, msg),
        Expression::Select { selector, variants } => {
            walk_inline(selector, msg);
            let keys: BTreeSet<String> = variants
                .iter()
                .map(|v| match &v.key {
                    VariantKey::Identifier { name } => name.to_string(),
                    VariantKey::NumberLiteral { value } => value.to_string(),
                })
                .collect();
            if let InlineExpression::VariableReference { id } = selector {
                // A plural select names a category besides the default
                // "other" ([one], [few]...); `*[other]` alone is just a
                // default, as in a choice by country code.
                if keys.iter().any(|k| k != "other" && PLURAL_KEYS.contains(&k.as_str())) {
                    msg.plural_selects.push((id.name.to_string(), keys.clone()));
                } else if keys.iter().all(|k| k.parse::<f64>().is_ok()) {
                    msg.number_selects.insert(id.name.to_string());
                }
            }
            for variant in variants {
                walk_pattern(&variant.value, msg);
            }
        }
    }
}

/// Every message of a language, by id, and the problems reading them.
fn read_language(tag: &str, problems: &mut Vec<String>) -> BTreeMap<String, Msg> {
    let mut out = BTreeMap::new();
    for (file, text) in i18n::sources_of(tag) {
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for e in errors {
                    problems.push(format!("{tag}/{file}: syntax error {e:?}"));
                }
                resource
            }
        };
        for entry in &resource.body {
            match entry {
                Entry::Message(m) => {
                    let mut msg = Msg {
                        file: file.to_string(),
                        comment: m.comment.as_ref().map(|c| c.content.join(" ")).unwrap_or_default(),
                        attributes: m.attributes.len(),
                        ..Msg::default()
                    };
                    if let Some(value) = &m.value {
                        walk_pattern(value, &mut msg);
                    }
                    if out.insert(m.id.name.to_string(), msg).is_some() {
                        problems.push(format!("{tag}/{file}: {} is defined twice", m.id.name));
                    }
                }
                Entry::Term(t) => problems.push(format!(
                    "{tag}/{file}: -{} is a term; Steady uses messages only (one kind of id for both sides)",
                    t.id.name
                )),
                Entry::Junk { content } => problems.push(format!(
                    "{tag}/{file}: cannot read: {}",
                    content.lines().next().unwrap_or_default()
                )),
                _ => {}
            }
        }
    }
    out
}

/// The plural categories a language's integers fall into (CLDR, through
/// the same rules the Fluent runtime uses).
fn plural_categories(tag: &str) -> BTreeSet<String> {
    let language: unic_langid::LanguageIdentifier = tag.parse().expect("a catalogue tag is a language tag");
    let Ok(rules) = PluralRules::create(language, PluralRuleType::CARDINAL) else {
        return BTreeSet::from(["other".to_string()]);
    };
    // The counts Steady says (hours, days, items, sessions) stay far below a
    // million, so CLDR's "many" for millions (French, Spanish, Portuguese)
    // is not asked for.
    let integers = (0..10_000u32).filter_map(|n| rules.select(n).ok());
    // Fractions too: Polish's "other" is for them alone.
    let fractions = [0.5, 1.5, 2.5, 5.5]
        .into_iter()
        .filter_map(|n: f64| rules.select(n).ok());
    integers
        .chain(fractions)
        .map(|c| {
            match c {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            }
            .to_string()
        })
        .collect()
}

/// Digit runs in a text: a safety message keeps all of them.
fn numbers_in(text: &str) -> Vec<String> {
    let mut found: Vec<String> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|d| !d.is_empty())
        .map(str::to_string)
        .collect();
    found.sort();
    found
}

/// The glossary of a language: "### term: escort = Begleitperson" lines in
/// its files' headers.
fn glossary(tag: &str) -> Vec<(String, String)> {
    let mut terms = Vec::new();
    for (_, text) in i18n::sources_of(tag) {
        for line in text.lines() {
            if let Some(rest) = line.trim().strip_prefix("### term:") {
                if let Some((english, own)) = rest.split_once('=') {
                    terms.push((english.trim().to_lowercase(), own.trim().to_lowercase()));
                }
            }
        }
    }
    terms
}

fn contains_word(text: &str, word: &str) -> bool {
    let text = text.to_lowercase();
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Sample arguments for a message: every variable a short text, except
/// those chosen by number, which get `n`.
fn sample_args(msg: &Msg, n: u32) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for variable in &msg.variables {
        let numeric = msg.plural_selects.iter().any(|(v, _)| v == variable) || msg.number_selects.contains(variable);
        if numeric {
            args.set(variable.clone(), FluentValue::from(n));
        } else {
            args.set(variable.clone(), FluentValue::from(format!("«{variable}»")));
        }
    }
    args
}

#[test]
fn every_language_has_every_message_with_the_same_variables_and_its_plurals() {
    let mut problems = Vec::new();
    let english = read_language("en", &mut problems);
    assert!(english.len() > 1, "the English catalogue is read");
    let english_files: BTreeSet<String> = i18n::sources_of("en").iter().map(|(f, _)| f.to_string()).collect();
    for tag in i18n::catalogue_tags() {
        let own = read_language(tag, &mut problems);
        let files: BTreeSet<String> = i18n::sources_of(tag).iter().map(|(f, _)| f.to_string()).collect();
        if files != english_files {
            problems.push(format!("{tag}: files {files:?}, English has {english_files:?}"));
        }
        let categories = plural_categories(tag);
        for (id, en) in &english {
            let Some(msg) = own.get(id) else {
                problems.push(format!("{tag}: {id} is missing (English: {}/{id})", en.file));
                continue;
            };
            if msg.file != en.file {
                problems.push(format!("{tag}/{}: {id} belongs in {} as in English", msg.file, en.file));
            }
            let extra: Vec<_> = msg.variables.difference(&en.variables).collect();
            if !extra.is_empty() {
                problems.push(format!(
                    "{tag}/{}: {id} uses {extra:?}, which English does not pass",
                    msg.file
                ));
            }
            if msg.attributes > 0 {
                problems.push(format!(
                    "{tag}/{}: {id} has attributes; use a message per text",
                    msg.file
                ));
            }
            for (variable, keys) in &msg.plural_selects {
                let missing: Vec<_> = categories.iter().filter(|c| !keys.contains(*c)).collect();
                // "other" is the default variant every select has; the
                // rest of the language's categories must each be there.
                if !missing.iter().all(|c| c.as_str() == "other") {
                    problems.push(format!(
                        "{tag}/{}: {id} chooses by ${variable} without the plural forms {missing:?} {tag} needs",
                        msg.file
                    ));
                }
            }
            // Formats with sample arguments, for several numbers, without errors.
            let messages = Messages::of(tag);
            for n in [0, 1, 2, 3, 5, 11, 21, 24, 101] {
                let text = messages.format(id, Some(&sample_args(en, n)));
                if text.starts_with('[') && text.ends_with(']') && text.contains(id.as_str()) {
                    problems.push(format!("{tag}: {id} does not format"));
                    break;
                }
            }
        }
        for id in own.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{tag}/{}: {id} is not in English (left over?)", own[id].file));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// A message formats without resolver errors in every language, with sample
/// arguments (a variable missing from the arguments, a reference to nothing).
#[test]
fn every_message_formats_cleanly_in_every_language() {
    use fluent_bundle::{FluentBundle, FluentResource};
    let mut problems = Vec::new();
    let english = read_language("en", &mut problems);
    for tag in i18n::catalogue_tags() {
        let mut bundle = FluentBundle::new(vec![tag.parse().unwrap()]);
        bundle.set_use_isolating(false);
        for (_, text) in i18n::sources_of(tag) {
            let _ = bundle.add_resource(FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r));
        }
        for (id, en) in &english {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue; // reported by the completeness test
            };
            for n in [1, 2, 5] {
                let mut errors = vec![];
                let args = sample_args(en, n);
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                if !errors.is_empty() {
                    problems.push(format!("{tag}: {id} with {n}: {errors:?}"));
                }
                if text.trim().is_empty() {
                    problems.push(format!("{tag}: {id} is empty"));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Safety messages (a "SAFETY" comment in English) say the same numbers and
/// the same placeholders in every language: a crisis line or an hour count
/// lost in translation is the one mistake this catalogue must not make.
#[test]
fn safety_messages_keep_their_numbers_and_placeholders_in_every_language() {
    let mut problems = Vec::new();
    let english = read_language("en", &mut problems);
    let safety: Vec<(&String, &Msg)> = english.iter().filter(|(_, m)| m.comment.contains("SAFETY")).collect();
    for tag in i18n::catalogue_tags().into_iter().filter(|t| *t != "en") {
        let own = read_language(tag, &mut problems);
        for (id, en) in &safety {
            let Some(msg) = own.get(*id) else { continue };
            if numbers_in(&msg.text) != numbers_in(&en.text) {
                problems.push(format!(
                    "{tag}/{}: {id} says the numbers {:?}, English {:?}",
                    msg.file,
                    numbers_in(&msg.text),
                    numbers_in(&en.text)
                ));
            }
            if msg.variables != en.variables {
                problems.push(format!(
                    "{tag}/{}: {id} has the placeholders {:?}, English {:?}",
                    msg.file, msg.variables, en.variables
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Each language's glossary is used: a message whose English says a term
/// says that language's word for it ("escort" → "Begleitperson").
#[test]
fn care_terms_follow_each_languages_glossary() {
    let mut problems = Vec::new();
    let english = read_language("en", &mut problems);
    let english_terms: BTreeSet<String> = glossary("en").into_iter().map(|(term, _)| term).collect();
    for tag in i18n::catalogue_tags().into_iter().filter(|t| *t != "en") {
        let terms = glossary(tag);
        let own_terms: BTreeSet<String> = terms.iter().map(|(term, _)| term.clone()).collect();
        if own_terms != english_terms {
            problems.push(format!(
                "{tag}: the glossary has {own_terms:?}; English's terms are {english_terms:?}"
            ));
        }
        let own = read_language(tag, &mut problems);
        for (term, word) in &terms {
            // A translator may list alternatives ("accompagnateur | accompagnatrice").
            let words: Vec<&str> = word.split('|').map(str::trim).collect();
            for (id, en) in &english {
                if !contains_word(&en.text, term) || en.comment.contains("glossary: not") {
                    continue;
                }
                let Some(msg) = own.get(id) else { continue };
                let text = msg.text.to_lowercase();
                if !words.iter().any(|w| text.contains(w)) && !msg.comment.contains("glossary: not") {
                    problems.push(format!(
                        "{tag}/{}: {id} says \"{term}\" in English but not \"{word}\"",
                        msg.file
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Ids the code asks for: `t!("id"…` in Rust, `t("id"…` in the UI. Ids are
/// always written out whole, so this finds every use; a dynamic id would
/// hide from it, and is refused.
fn ids_used_in_code(problems: &mut Vec<String>) -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut used = BTreeMap::new();
    let mut files = Vec::new();
    for dir in ["src", "src-tauri/src", "ui/src"] {
        collect_files(&root.join(dir), &mut files);
    }
    let rust = regex::Regex::new(r#"\bt!\(\s*("([a-z0-9-]+)"|[^)\s,]*)"#).unwrap();
    let ts = regex::Regex::new(r#"(?:^|[^\w.$])t\(\s*("([a-z0-9-]+)"|'([a-z0-9-]+)'|[^)\s,]*)"#).unwrap();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let rel = file.strip_prefix(root).unwrap_or(&file).display().to_string();
        let is_rust = rel.ends_with(".rs");
        let pattern = if is_rust { &rust } else { &ts };
        // Comment lines blanked (their ids are examples), line breaks kept
        // so a call written over several lines is read whole.
        let code: String = text
            .lines()
            .map(|line| {
                let trimmed = line.trim_start();
                if trimmed.starts_with("//") || trimmed.starts_with('*') {
                    ""
                } else {
                    line
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        for caps in pattern.captures_iter(&code) {
            let whole = caps.get(0).expect("a match");
            let line = code[..whole.start()].matches('\n').count() + 1;
            let id = caps.get(2).or_else(|| caps.get(3)).map(|m| m.as_str().to_string());
            match id {
                Some(id) => {
                    used.entry(id).or_insert_with(|| format!("{rel}:{line}"));
                }
                // The macro's own definition, and `t(id)` inside i18n.ts.
                None if rel.ends_with("basics/i18n.rs") || rel.ends_with("lib/i18n.svelte.ts") => {}
                None => problems.push(format!(
                    "{rel}:{line}: a message id that is not written out: {}",
                    whole.as_str().trim()
                )),
            }
        }
    }
    used
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy().to_string();
        if path.is_dir() {
            if !["node_modules", "bindings", "dist", "target", "messages"].contains(&name.as_str()) {
                collect_files(&path, out);
            }
        } else if name.ends_with(".rs") || name.ends_with(".ts") || name.ends_with(".svelte") {
            out.push(path);
        }
    }
}

#[test]
fn every_id_the_code_asks_for_exists_and_every_message_is_used() {
    let mut problems = Vec::new();
    let english = read_language("en", &mut problems);
    let used = ids_used_in_code(&mut problems);
    for (id, at) in &used {
        if !english.contains_key(id) {
            problems.push(format!("{at}: asks for {id}, which en/*.ftl does not have"));
        }
    }
    // Messages the formatter asks for by themselves (dates), and the
    // language's own name, are used without a `t!` in code.
    let used_by_catalogue = ["language-name"];
    for (id, msg) in &english {
        if !used.contains_key(id) && !used_by_catalogue.contains(&id.as_str()) {
            problems.push(format!("en/{}: {id} is not used by any code", msg.file));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn plural_forms_follow_the_language_polish_included() {
    // Polish is not shipped, but its four forms must be sayable: the rules
    // come from CLDR, not from English's one/other.
    assert_eq!(
        plural_categories("pl"),
        ["few", "many", "one", "other"].iter().map(|s| s.to_string()).collect()
    );
    let en = Messages::english();
    let one = en.format(
        "hours",
        Some(&{
            let mut a = FluentArgs::new();
            a.set("hours", 1);
            a
        }),
    );
    let two = en.format(
        "hours",
        Some(&{
            let mut a = FluentArgs::new();
            a.set("hours", 2);
            a
        }),
    );
    assert_eq!((one.as_str(), two.as_str()), ("1 hour", "2 hours"));
}
