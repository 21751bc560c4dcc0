//! The message catalogue: every sentence a patient or a driver reads, by id,
//! in each language Steady speaks.
//!
//! The words are Project Fluent files, `src/basics/messages/<language>/*.ftl`,
//! compiled in by `build.rs`; the UI gets the same files' text over IPC
//! (`catalogue`), so both sides read one catalogue and a language is a
//! folder. Code passes ids and arguments (`t!("stop-food-title")`), never
//! English words glued together; dates and times come from the one
//! formatter each side has (`basics::locale`), which reads its month and
//! weekday names here too.
//!
//! Which language: the patient's choice (a file in the data folder, readable
//! while the app lock is on), else the system's (`LANGUAGE`, then `LC_ALL`,
//! `LC_MESSAGES`, `LANG`; C and POSIX mean English), else English. The
//! process has one current language ([`set_language`]); a document for
//! someone else (the driver's card) is written inside [`with_language`], so
//! everything it formats, dates included, is in the driver's language.
//!
//! Two pseudo-languages make hard-coded text and cut-off labels visible
//! (after Firefox's): `en-XA` is English accented and about 40 % longer,
//! `ar-XB` English mirrored and right to left. They are chosen by tag only
//! (`LANGUAGE=en-XA`) and not offered in Settings.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
pub use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

/// (language tag, [(file name, FTL text)]), from `build.rs`.
static CATALOGUE: &[(&str, &[(&str, &str)])] = include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// The language every message exists in; others fall back to it.
pub const ENGLISH: &str = "en";
/// English, accented and longer: hard-coded text stays plain ASCII.
pub const PSEUDO_LONG: &str = "en-XA";
/// English, mirrored and right to left.
pub const PSEUDO_MIRRORED: &str = "ar-XB";

/// Which way a language's text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TextDirection {
    Ltr,
    Rtl,
}

/// Languages written right to left, by their language subtag: a catalogue
/// folder for one of them is laid out mirrored with no code change.
const RIGHT_TO_LEFT: &[&str] = &["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb"];

/// A language Steady can be set to, for the choosers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LanguageChoice {
    /// "de", "pt-BR".
    pub tag: String,
    /// The language's name in itself: "Deutsch".
    pub name: String,
}

/// What the UI needs to speak a language: its tag and direction, its FTL
/// sources, and English's for anything missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Catalogue {
    pub tag: String,
    pub dir: TextDirection,
    /// Set for a pseudo-language: the UI transforms the English text the
    /// same way ("accented" or "mirrored").
    pub pseudo: Option<String>,
    pub sources: Vec<String>,
    /// English's sources, for a message the language lacks; empty for English.
    pub fallback: Vec<String>,
}

type Bundle = FluentBundle<FluentResource>;

/// One language's messages, ready to format. Cheap to clone.
#[derive(Clone)]
pub struct Messages {
    inner: Arc<Loaded>,
}

struct Loaded {
    tag: &'static str,
    /// The language's bundle, then English's (absent for English itself).
    bundles: Vec<Bundle>,
    pseudo: Option<Pseudo>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pseudo {
    Long,
    Mirrored,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Messages({})", self.inner.tag)
    }
}

fn files_of(tag: &str) -> &'static [(&'static str, &'static str)] {
    CATALOGUE
        .iter()
        .find(|(t, _)| *t == tag)
        .map(|(_, files)| *files)
        .unwrap_or(&[])
}

fn bundle(tag: &str, files: &'static [(&'static str, &'static str)], pseudo: Option<Pseudo>) -> Bundle {
    let id: LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Unicode isolation marks around each argument would reach PDFs, the
    // calendar file and the terminal as stray characters; right-to-left text
    // is laid out by the UI (`dir`) and the PDF writer's bidi instead.
    bundle.set_use_isolating(false);
    match pseudo {
        Some(Pseudo::Long) => bundle.set_transform(Some(pseudo_long)),
        Some(Pseudo::Mirrored) => bundle.set_transform(Some(pseudo_mirrored)),
        None => {}
    }
    for (name, text) in files {
        let resource = match FluentResource::try_new((*text).to_string()) {
            Ok(resource) => resource,
            // A syntax error drops that entry only; the catalogue test
            // fails on any, so none ships.
            Err((resource, errors)) => {
                eprintln!("steady: {tag}/{name} has {} syntax error(s)", errors.len());
                resource
            }
        };
        // A duplicate id keeps the first; the catalogue test fails on it.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

static LOADED: LazyLock<Mutex<HashMap<&'static str, Messages>>> = LazyLock::new(|| Mutex::new(HashMap::new()));

impl Messages {
    /// The messages of the language best matching `tag` ("pt_BR.UTF-8",
    /// "de-AT", "en-XA"); English when none matches.
    pub fn of(tag: &str) -> Messages {
        let tag = best_match(tag).unwrap_or(ENGLISH);
        let mut loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(messages) = loaded.get(tag) {
            return messages.clone();
        }
        let pseudo = match tag {
            PSEUDO_LONG => Some(Pseudo::Long),
            PSEUDO_MIRRORED => Some(Pseudo::Mirrored),
            _ => None,
        };
        let mut bundles = Vec::new();
        if pseudo.is_some() {
            bundles.push(bundle(tag, files_of(ENGLISH), pseudo));
        } else {
            bundles.push(bundle(tag, files_of(tag), None));
            if tag != ENGLISH {
                bundles.push(bundle(ENGLISH, files_of(ENGLISH), None));
            }
        }
        let messages = Messages {
            inner: Arc::new(Loaded { tag, bundles, pseudo }),
        };
        loaded.insert(tag, messages.clone());
        messages
    }

    pub fn english() -> Messages {
        Messages::of(ENGLISH)
    }

    /// The catalogue's tag for this language: "de", "pt-BR".
    pub fn tag(&self) -> &'static str {
        self.inner.tag
    }

    pub fn dir(&self) -> TextDirection {
        direction_of(self.inner.tag)
    }

    /// The message `id` with `args`, in this language, else in English;
    /// an id no file has comes back as itself between brackets, which the
    /// catalogue test and the pseudo-language checks catch.
    pub fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for bundle in &self.inner.bundles {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = vec![];
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if errors.is_empty() || !cfg!(debug_assertions) {
                return text.into_owned();
            }
            eprintln!("steady: message {id} in {}: {errors:?}", self.inner.tag);
            return text.into_owned();
        }
        eprintln!("steady: no message {id}");
        format!("[{id}]")
    }

    /// Whether `id` exists in this language or English.
    pub fn has(&self, id: &str) -> bool {
        self.inner.bundles.iter().any(|b| b.has_message(id))
    }

    /// What the UI loads to speak this language.
    pub fn catalogue(&self) -> Catalogue {
        let tag = self.inner.tag;
        let own = if self.inner.pseudo.is_some() { ENGLISH } else { tag };
        let texts = |tag| files_of(tag).iter().map(|(_, text)| (*text).to_string()).collect();
        let sources: Vec<String> = texts(own);
        let fallback = if own == ENGLISH { vec![] } else { texts(ENGLISH) };
        Catalogue {
            tag: tag.to_string(),
            dir: self.dir(),
            pseudo: self.inner.pseudo.map(|p| match p {
                Pseudo::Long => "accented".to_string(),
                Pseudo::Mirrored => "mirrored".to_string(),
            }),
            sources,
            fallback,
        }
    }
}

/// The languages with a catalogue folder, English first, each named in
/// itself (its `language-name` message).
pub fn languages() -> Vec<LanguageChoice> {
    let mut tags: Vec<&str> = CATALOGUE.iter().map(|(tag, _)| *tag).collect();
    tags.sort_by_key(|tag| (*tag != ENGLISH, *tag));
    tags.into_iter()
        .map(|tag| LanguageChoice {
            tag: tag.to_string(),
            name: Messages::of(tag).format("language-name", None),
        })
        .collect()
}

fn direction_of(tag: &str) -> TextDirection {
    let language = tag.split(['-', '_']).next().unwrap_or("");
    if tag == PSEUDO_MIRRORED || RIGHT_TO_LEFT.contains(&language) {
        TextDirection::Rtl
    } else {
        TextDirection::Ltr
    }
}

/// The catalogue's tag for a locale name or language tag: `pt_BR.UTF-8` →
/// `pt-BR`, `de-AT` → `de`, `pt` → `pt-BR` (the only Portuguese), `C` →
/// `en`; None for a language Steady has no words in.
pub fn best_match(requested: &str) -> Option<&'static str> {
    let base = requested
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .trim()
        .replace('_', "-");
    if base.is_empty() {
        return None;
    }
    if base.eq_ignore_ascii_case("C") || base.eq_ignore_ascii_case("POSIX") {
        return Some(ENGLISH);
    }
    for pseudo in [PSEUDO_LONG, PSEUDO_MIRRORED] {
        if base.eq_ignore_ascii_case(pseudo) {
            return Some(pseudo);
        }
    }
    let tags = CATALOGUE.iter().map(|(tag, _)| *tag);
    if let Some(exact) = tags.clone().find(|tag| tag.eq_ignore_ascii_case(&base)) {
        return Some(exact);
    }
    let language = base.split('-').next().unwrap_or("").to_ascii_lowercase();
    // Same language, another region: the bare language first ("es" for
    // "es-MX"), else the one regional variant there is ("pt-BR" for "pt-PT").
    tags.clone().find(|tag| *tag == language).or_else(|| {
        tags.clone()
            .find(|tag| tag.split('-').next() == Some(language.as_str()))
    })
}

/// The system's language: the first of `LANGUAGE` (a colon-separated list,
/// each tried in order), `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and
/// that Steady has words in; `env` reads a variable.
pub fn system_language(env: impl Fn(&str) -> Option<String>) -> &'static str {
    for variable in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        let Some(value) = env(variable).filter(|v| !v.trim().is_empty()) else {
            continue;
        };
        if let Some(tag) = value.split(':').find_map(best_match) {
            return tag;
        }
    }
    ENGLISH
}

static CURRENT: RwLock<Option<Messages>> = RwLock::new(None);

thread_local! {
    static SCOPED: RefCell<Option<Messages>> = const { RefCell::new(None) };
}

/// Sets the process's language (the patient's): the app at start and when
/// Settings changes it, the CLI at start.
pub fn set_language(messages: Messages) {
    *CURRENT.write().unwrap_or_else(|e| e.into_inner()) = Some(messages);
}

/// The language messages are written in on this thread now: the one
/// [`with_language`] set, else the process's, else English.
pub fn current() -> Messages {
    if let Some(scoped) = SCOPED.with(|s| s.borrow().clone()) {
        return scoped;
    }
    CURRENT
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .clone()
        .unwrap_or_else(Messages::english)
}

/// Runs `f` with `messages` as this thread's language: a document for
/// someone who reads another language, or a test.
pub fn with_language<T>(messages: &Messages, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Messages>);
    impl Drop for Restore {
        fn drop(&mut self) {
            SCOPED.with(|s| *s.borrow_mut() = self.0.take());
        }
    }
    let _restore = Restore(SCOPED.with(|s| s.borrow_mut().replace(messages.clone())));
    f()
}

/// A message in the current language: `t!("id")`, or with arguments,
/// `t!("id", name = value, hours = 6)` (Fluent's `$name`, `$hours`).
/// Numbers stay numbers, so the language's plural rules choose the words.
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::basics::i18n::current().format($id, None)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::basics::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::basics::i18n::FluentValue::from($value)); )+
        $crate::basics::i18n::current().format($id, Some(&args))
    }};
}

// ---- pseudo-languages ----

const ACCENTED_SMALL: [char; 26] = [
    'à', 'ƀ', 'ç', 'ḓ', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'ḿ', 'ñ', 'ô', 'ƥ', 'ʠ', 'ŕ', 'š', 'ţ', 'û', 'ṽ', 'ŵ',
    'ẋ', 'ý', 'ž',
];
const ACCENTED_CAPS: [char; 26] = [
    'Å', 'Ɓ', 'Ç', 'Ḓ', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'Ḿ', 'Ñ', 'Ö', 'Ƥ', 'Ǫ', 'Ŕ', 'Š', 'Ţ', 'Û', 'Ṽ', 'Ŵ',
    'Ẋ', 'Ý', 'Ž',
];
const FLIPPED_SMALL: [char; 26] = [
    'ɐ', 'q', 'ɔ', 'p', 'ǝ', 'ɟ', 'ƃ', 'ɥ', 'ı', 'ɾ', 'ʞ', 'ʅ', 'ɯ', 'u', 'o', 'd', 'b', 'ɹ', 's', 'ʇ', 'n', 'ʌ', 'ʍ',
    'x', 'ʎ', 'z',
];
const FLIPPED_CAPS: [char; 26] = [
    '∀', 'Ԑ', 'Ↄ', 'ᗡ', 'Ǝ', 'Ⅎ', '⅁', 'H', 'I', 'ſ', 'Ӽ', '⅂', 'W', 'N', 'O', 'Ԁ', 'Ò', 'ᴚ', 'S', '⊥', '∩', 'Ʌ', 'M',
    'X', '⅄', 'Z',
];

/// Letters written twice in `en-XA`: the vowels and three common consonants,
/// about half of English letters, so English text grows by about 40 %.
const DOUBLED: &str = "aeiouynrs";

/// Each ASCII letter accented, some doubled: about 40 % longer, and a
/// plain ASCII word on screen is one the catalogue did not write. The UI's
/// `i18n.ts` does the same, letter for letter.
pub fn pseudo_long(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        match c {
            'a'..='z' => {
                let accented = ACCENTED_SMALL[(c as u8 - b'a') as usize];
                out.push(accented);
                if DOUBLED.contains(c) {
                    out.push(accented);
                }
            }
            'A'..='Z' => out.push(ACCENTED_CAPS[(c as u8 - b'A') as usize]),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Each ASCII letter turned upside down, the whole run forced right to left
/// (U+202E … U+202C), as a right-to-left language would read.
pub fn pseudo_mirrored(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2 + 6);
    out.push('\u{202e}');
    for c in text.chars() {
        match c {
            'a'..='z' => out.push(FLIPPED_SMALL[(c as u8 - b'a') as usize]),
            'A'..='Z' => out.push(FLIPPED_CAPS[(c as u8 - b'A') as usize]),
            c => out.push(c),
        }
    }
    out.push('\u{202c}');
    Cow::Owned(out)
}

/// Message `id` as every language says it (the pseudo languages
/// included). Words Steady stored once in the language it spoke then are
/// recognised by this and shown in the language spoken now.
pub fn in_every_language(id: &str) -> Vec<String> {
    catalogue_tags()
        .into_iter()
        .chain([PSEUDO_LONG, PSEUDO_MIRRORED])
        .map(Messages::of)
        .filter(|messages| messages.has(id))
        .map(|messages| messages.format(id, None))
        .collect()
}

/// The FTL files of a language, by name, for the catalogue's own tests.
pub fn sources_of(tag: &str) -> Vec<(&'static str, &'static str)> {
    files_of(tag).to_vec()
}

/// Every language folder's tag.
pub fn catalogue_tags() -> Vec<&'static str> {
    CATALOGUE.iter().map(|(tag, _)| *tag).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |key| pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| v.to_string())
    }

    #[test]
    fn the_system_language_is_language_then_lc_all_then_lc_messages_then_lang() {
        assert_eq!(system_language(env(&[])), "en");
        assert_eq!(system_language(env(&[("LANG", "C")])), "en");
        assert_eq!(system_language(env(&[("LANG", "POSIX")])), "en");
        assert_eq!(system_language(env(&[("LANG", "C.UTF-8")])), "en");
        assert_eq!(system_language(env(&[("LANG", "en_US.UTF-8")])), "en");
        assert_eq!(system_language(env(&[("LANGUAGE", "en-XA")])), PSEUDO_LONG);
        assert_eq!(
            system_language(env(&[("LANG", "en_GB.UTF-8"), ("LC_MESSAGES", "xx_YY.UTF-8")])),
            "en",
            "a language Steady has no words in is passed over"
        );
    }

    #[test]
    fn a_missing_id_says_so_and_english_fills_in() {
        let en = Messages::english();
        assert_eq!(en.format("no-such-message", None), "[no-such-message]");
        assert!(!en.format("language-name", None).is_empty());
    }

    #[test]
    fn pseudo_languages_leave_no_ascii_letter_and_grow() {
        let text = "Stop eating at 03:00";
        let long = pseudo_long(text);
        assert!(!long.chars().any(|c| c.is_ascii_alphabetic()), "{long}");
        assert!(long.contains("03:00"), "digits stay");
        let sentence =
            "Not for 24 hours after your session. Your clinic may set other hours; theirs are the ones to follow.";
        let grown = pseudo_long(sentence).chars().count() as f64 / sentence.chars().count() as f64;
        assert!((1.35..1.6).contains(&grown), "about 40 % longer: {grown:.2}");
        let mirrored = pseudo_mirrored(text);
        assert!(
            mirrored.starts_with('\u{202e}') && mirrored.ends_with('\u{202c}'),
            "{mirrored}"
        );
        assert!(mirrored.contains("ɐ") && mirrored.contains("03:00"), "{mirrored}");
        assert_eq!(direction_of(PSEUDO_MIRRORED), TextDirection::Rtl);
        assert_eq!(direction_of("he"), TextDirection::Rtl);
        assert_eq!(direction_of("de"), TextDirection::Ltr);
    }

    #[test]
    fn with_language_is_scoped_to_the_thread_and_the_call() {
        let long = Messages::of(PSEUDO_LONG);
        let inside = with_language(&long, || current().tag());
        assert_eq!(inside, PSEUDO_LONG);
        assert_ne!(current().tag(), PSEUDO_LONG, "restored after the call");
    }
}
