//! A change in the patient's health told to the clinic before the visit:
//! "any change in your medical condition must be reported to us", "if
//! your physical condition changes, call the office". Clinics ask to hear
//! of it because an illness may put the visit off, so it is a red flag
//! to the clinic, even where the sentence also names medicines or the
//! history (which alone are only told for planning, and stay out).

use std::sync::LazyLock;

use regex::Regex;

use super::compose::title_case;
use super::list_items::original_slice;
use super::Sentence;

/// The words that name the change, from "change" to the end of its clause,
/// as the situation of a red flag; none when the sentence names no change
/// in the patient's health.
pub(super) fn health_change(text: &str) -> Option<&str> {
    static CHANGE: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(concat!(
            r"\b(?:(?:major |any |a )?changes? in (?:your |the |the child's |your child's |the patient's )?",
            r"(?:health|medical (?:condition|status)|physical condition|general health|health history)",
            r"|(?:your |the child's |your child's )(?:physical |medical )?(?:condition|health) changes)",
            r"[^.;,()]*",
        ))
        .ok()
    });
    let found = CHANGE.as_ref()?.find(text)?;
    let said = found.as_str().trim();
    // "Any change in your health history must be reported 24 hours
    // before": a number said with the change is how long before it must
    // be told, a rule the vocabulary has no key for; nothing is proposed
    // rather than a number the situation would carry as words.
    let situation = said
        .split(" must ")
        .next()
        .unwrap_or(said)
        .split(" should ")
        .next()
        .unwrap_or(said)
        .trim();
    (!situation.chars().any(|c| c.is_ascii_digit())).then_some(situation)
}

/// How many sentences back a change in health named with its examples
/// still stands for a call that follows it.
// Not a care number: a reading window, in sentences.
const CHANGE_WINDOW: usize = 2;

/// A change in health named with examples ("any change in your health,
/// especially a cold or a fever, is important") in one of the sentences
/// just before sentence `index`, in its paragraph: clinics name the change
/// first and say whom to tell in a sentence of its own ("Please call our
/// office as soon as you can"). The change and its examples, in the
/// sheet's own letters, without what the sentence says of it.
pub(super) fn change_before(sentences: &[Sentence], index: usize, text: &str) -> Option<String> {
    let mut later = sentences.get(index)?;
    for sentence in sentences[..index].iter().rev().take(CHANGE_WINDOW) {
        // A blank line between them: another paragraph, another matter.
        if text
            .get(sentence.end..later.start)
            .is_none_or(|gap| gap.matches('\n').count() >= 2)
        {
            return None;
        }
        later = sentence;
        let lowered = sentence.text.to_lowercase();
        let Some(at) = health_change(&lowered).and_then(|said| lowered.find(said)) else {
            continue;
        };
        let rest = &lowered[at..];
        let cut = [", is ", ", are ", " is ", " must ", " should ", " may "]
            .iter()
            .filter_map(|w| rest.find(w))
            .min()
            .unwrap_or(rest.len());
        let said = rest[..cut].trim_end_matches(['.', ',', ' ']);
        let examples = [
            ", especially ",
            ", such as ",
            ", including ",
            ", for example ",
            ", e.g. ",
        ]
        .iter()
        .any(|w| said.contains(w));
        if !examples {
            return None;
        }
        let shown = original_slice(&sentence.text, said).unwrap_or(said);
        return Some(title_case(shown));
    }
    None
}

/// Whether what follows a call says only when to make it ("Please call
/// our office as soon as you can."): the call names no situation of its
/// own, and one named just before it is its situation.
pub(super) fn bare_call(after: &str) -> bool {
    let after = after.trim().trim_end_matches(['.', '!', ' ']);
    [
        "",
        "as soon as you can",
        "as soon as possible",
        "straight away",
        "right away",
        "immediately",
        "at once",
    ]
    .contains(&after)
}
