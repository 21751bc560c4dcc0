//! The time of a drinks allowance read as food's (branch tune-awx):
//! "children can drink clear liquids such as water up to two hours
//! before, but not fizzy drinks or anything with dairy in it", "a fast of
//! 8 hours for every kind of food, except water and juice, which may be
//! taken until 4 hours before". The number belongs to the clause that
//! allows the drinks; the food words after "but not" or before "except"
//! are other clauses (what the drinks must not be, or the fast the drinks
//! are excepted from). A no-solid-food time that is only the drinks'
//! clause's number becomes that drink's time, or goes where the sentence
//! already gives it. Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::Cutoff;

/// "until 4 hours", "up to TWO HOURS": the number and where it ends.
static UNTIL_HOURS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:until|up to|up until|no later than)\s+(\d+|one|two|three|four|five|six|seven|eight)\s*(?:hours?|hrs?)\b",
    )
    .ok()
});

/// Drinks named in the allowing clause.
static DRINKS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:water|juices?|clear (?:liquids?|fluids?|drinks?)|cordial|squash|black (?:tea|coffee)|tea)\b",
    )
    .ok()
});

/// A verb that allows, not one that bans.
static ALLOWED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:can|may|are allowed to|is allowed to|are allowed|is allowed|are fine|is fine|permitted)\b",
    )
    .ok()
});

/// Food named in the allowing clause itself: then the time is food's too.
static FOOD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:eat\w*|food|meals?|solids?|snacks?|milk|breakfast|chew\w*|sweets?|not|no)\b").ok()
});

/// Where a clause before the number begins.
static CLAUSE_START: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"[.;(]|\bexcept\b|\bapart from\b|\bwith the exception of\b|\bbut\b").ok()
});

/// What the proposal was written for.
const WRITTEN_FOR: &str = "corpus half aw: \"Children can drink CLEAR LIQUIDS such as water up to TWO HOURS before surgery, but not fizzy drinks, anything with dairy in it\"; corpus half ax: \"except water and juices without pulp, which may be taken until 4 hours before\"";

/// The hours of every drinks allowance in a sentence.
fn drinks_hours(text: &str) -> Vec<u32> {
    let Some(until) = UNTIL_HOURS.as_ref() else {
        return Vec::new();
    };
    until
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let before = without_closed_brackets(&text[..whole.start()]);
            let start = CLAUSE_START
                .as_ref()
                .and_then(|re| re.find_iter(&before).last())
                .map_or(0, |m| m.end());
            let clause = &before[start..];
            let allows = is(&DRINKS, clause) && is(&ALLOWED, clause) && !is(&FOOD, clause);
            allows.then(|| hours_of(c.get(1)?.as_str())).flatten()
        })
        .collect()
}

/// The text with every bracket that closes in it taken out ("(that is,
/// anything you could read a newspaper through)"), an open one kept.
fn without_closed_brackets(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut open: Option<usize> = None;
    for c in text.chars() {
        match c {
            '(' if open.is_none() => open = Some(kept.len()),
            ')' => {
                if let Some(at) = open.take() {
                    kept.truncate(at);
                    continue;
                }
            }
            _ => {}
        }
        kept.push(c);
    }
    kept
}

fn hours_of(word: &str) -> Option<u32> {
    const WORDS: [&str; 8] = ["one", "two", "three", "four", "five", "six", "seven", "eight"];
    word.parse().ok().or_else(|| {
        WORDS
            .iter()
            .position(|w| *w == word)
            .and_then(|i| u32::try_from(i + 1).ok())
    })
}

/// Gives the drinks' time back to the drinks.
pub(super) fn drinks_allowed_until(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let mut dropped = Vec::new();
    for (k, p) in proposals.iter().enumerate() {
        let Proposed::SolidFood {
            cutoff: Cutoff::HoursBefore { hours },
        } = p.rule
        else {
            continue;
        };
        let Some(s) = sentences.get(p.sentence) else { continue };
        if drinks_hours(&s.text.to_lowercase()).contains(&hours) {
            dropped.push(k);
        }
    }
    for k in dropped.into_iter().rev() {
        let p = proposals.remove(k);
        let cutoff = Cutoff::HoursBefore {
            hours: match p.rule {
                Proposed::SolidFood {
                    cutoff: Cutoff::HoursBefore { hours },
                } => hours,
                _ => continue,
            },
        };
        let drink = Proposed::ClearLiquids { cutoff };
        let said = proposals.iter().any(|q| q.sentence == p.sentence && q.rule == drink);
        if !said {
            proposals.push(Proposal::over(drink, p.sentence, (p.start, p.end), WRITTEN_FOR));
        }
    }
}
