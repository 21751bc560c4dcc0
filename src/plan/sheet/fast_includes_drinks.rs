//! A fast whose words take in drinks too: "fasting for 6 hours before,
//! water included", "nothing to eat (not even water)", "you should not
//! have eaten, drunk or smoked for six hours". The food's time is the
//! drinks' time as well, so a sentence that read only the food line gets
//! the clear-liquid line with the same time (branch tune-auv, half av;
//! one line per key, How the rules were read). Not when the sentence
//! allows some drink, tells more than one time (the drinks may have their
//! own), or already asked or said something of drinks.
//! Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Question, Sentence, Subject};

/// Drinks taken into the fast: water included, or "drunk" beside "eaten".
static DRINKS_TOO: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\bwater (?:included|too|as well)\b|\b(?:including|not even|even) (?:plain )?water\b|\beaten,? (?:or |nor )?drunk\b|\bate (?:or|nor) drank\b").ok()
});

/// Some drink still allowed.
static ALLOWED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:may|can|are allowed to|is allowed to) (?:still )?(?:drink|have|sip)\b|\b(?:except|apart from|other than|but you may|clear)\b").ok()
});

/// A time: a length, or a clock moment ("midnight", "6 am", "22:00").
static TIME: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:hours?|hrs?|h|minutes?|mins?)\b|\bmidnight\b|\bnoon\b|\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b").ok()
});

/// How many times a sentence tells: the food's time is the drinks' only
/// where it is the sentence's one time ("no food for 6 hours and no
/// drinks, water included, for 2 hours" gives the drinks their own).
fn times_told(lower: &str) -> usize {
    TIME.as_ref().map_or(0, |re| re.find_iter(lower).count())
}

/// What the proposals were written for.
const WRITTEN_FOR: &str =
    "corpus half av: \"You will have to be fasting for 6 hours before the examination, water included.\"";

/// Adds the drinks' line beside a fast whose words take in drinks.
pub(super) fn fast_includes_drinks(proposals: &mut Vec<Proposal>, sentences: &[Sentence], questions: &[Question]) {
    let mut added = Vec::new();
    for p in proposals.iter() {
        let Proposed::SolidFood { cutoff } = &p.rule else {
            continue;
        };
        let Some(s) = sentences.get(p.sentence) else { continue };
        let lower = s.text.to_lowercase();
        if !is(&DRINKS_TOO, &lower) || is(&ALLOWED, &lower) || times_told(&lower) > 1 {
            continue;
        }
        let drinks_said = proposals
            .iter()
            .any(|o| o.sentence == p.sentence && matches!(o.rule, Proposed::ClearLiquids { .. }))
            || questions
                .iter()
                .any(|q| q.sentence == p.sentence && q.about == Subject::ClearLiquids);
        if drinks_said {
            continue;
        }
        let drinks = Proposed::ClearLiquids { cutoff: cutoff.clone() };
        added.push(Proposal::over(drinks, p.sentence, (p.start, p.end), WRITTEN_FOR));
    }
    proposals.extend(added);
}
