//! "The following guidelines must be followed or your procedure will be
//! cancelled", heading the list that holds the fast: what happens if the
//! fast is broken, said once for the rules under it. A sentence read on its
//! own names no food (`lists.rs` reads those that do); the fast that
//! follows it on the page is what it speaks of.

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// How many sentences after the warning the fast may stand and still be
/// one of the rules it heads.
// Not a care number: a reading window (a list under its lead sentence).
const LIST_SENTENCES: usize = 12;

/// What was written for the proposal this adds.
const WRITTEN_FOR: &str = "corpus halves r, u and v: \"the following guidelines must be followed or your procedure will be cancelled\", heading the list that holds the fast";

/// A warning that the visit is lost if the rules are not kept, pointing on
/// to them ("the following", "below", "these", "them", "they").
static WARNING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(concat!(
        r"(?:following|below|these|them|they|if you do not|if you don't|not following|not ready)",
        r"[^.;]{0,120}?",
        // "May be moved or cancelled", "rebooked" (branch tune-aqr): the
        // date lost in other words.
        r"(?:(?:will|may|might|could|can|has to|have to) (?:have to )?(?:be )?(?:(?:moved|rebooked|rearranged) or )?(?:cancelled|canceled|rescheduled|postponed|delayed|put off|put back|moved|rebooked|rearranged)",
        // "lead to the procedure being postponed".
        r"|being (?:cancelled|canceled|rescheduled|postponed|delayed)",
        r"|will not be able to (?:put you to sleep|sedate you|go ahead|proceed)",
        // "may go ahead under local anaesthetic only, without sedation"
        // (branch tune-rest): the sedation lost, as a visit lost is.
        r"|(?:go ahead|proceed|be done|be carried out)\b[^.;]{0,40}\bwithout (?:any |the )?sedation\b)",
    ))
    .ok()
});

/// How many sentences before a warning about "anything" taken the fast
/// it speaks of may stand.
// Not a care number: a reading window (the fast and its warning in one bullet).
const AFTER_SENTENCES: usize = 2;

/// "If you have had anything", "if you have eaten or drunk anything": what
/// the fast forbids, taken all the same.
static ANYTHING_TAKEN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\bif you (?:have |do )?(?:taken|eaten|had|drunk|eat|drink)(?: or (?:drunk|eaten|drink|eat))? anything\b",
    )
    .ok()
});

/// A warning that points back to the rule just said: "if you do not",
/// "if you do not follow these fasting rules".
static BACK: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*if you (?:do not|don't|don\u{2019}t)(?:,| follow (?:these|this|the above)\b)").ok()
});

/// The visit lost: "your surgery may be cancelled".
static CANCELLED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:will|may|might|could|can) (?:have to )?be (?:cancelled|canceled|rescheduled|postponed|delayed)\b",
    )
    .ok()
});

/// Adds the broken fast's rule from a warning that heads the fast, when
/// the page has none yet.
pub(super) fn warning_before_the_fast(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    if proposals
        .iter()
        .any(|p| matches!(p.rule, Proposed::IfFastBroken { .. }))
    {
        return;
    }
    let fast_at = |i: usize| {
        proposals.iter().any(|p| {
            matches!(p.rule, Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. })
                && p.sentence > i
                && p.sentence <= i + LIST_SENTENCES
        })
    };
    let Some(re) = WARNING.as_ref() else {
        return;
    };
    // "Nothing after midnight. If you have had anything, your surgery may
    // be cancelled": "anything" is what the fast just before forbids.
    let fast_just_before = |i: usize| {
        proposals.iter().any(|p| {
            matches!(p.rule, Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. })
                && p.sentence < i
                && i - p.sentence <= AFTER_SENTENCES
        })
    };
    // "Keep to the rules about having an empty stomach. If you do not,
    // ...": the fast named just before with no time of its own (given
    // elsewhere), which the warning points back to all the same.
    let fast_named_before = |i: usize| {
        i.checked_sub(1).and_then(|k| sentences.get(k)).is_some_and(|s| {
            let lower = s.text.to_lowercase();
            ["empty stomach", "fasting", "nil by mouth"]
                .iter()
                .any(|w| lower.contains(w))
        })
    };
    let warning = sentences.iter().enumerate().find(|(i, s)| {
        let lower = s.text.to_lowercase();
        let after = ANYTHING_TAKEN.as_ref().is_some_and(|a| a.is_match(&lower)) && fast_just_before(*i);
        let lost = CANCELLED.as_ref().is_some_and(|c| c.is_match(&lower));
        // "Eat nothing for 8 hours. ... If you do not, we cannot sedate
        // you" (branch tune-rest): a warning that points back speaks of the
        // fast just before it.
        let back = BACK.as_ref().is_some_and(|b| b.is_match(&lower)) && (fast_just_before(*i) || fast_named_before(*i));
        !["alcohol", "smok", "cannabis"].iter().any(|w| lower.contains(w))
            && ((re.is_match(&lower) && (fast_at(*i) || back)) || (after && lost))
    });
    if let Some((i, s)) = warning {
        let rule = Proposed::IfFastBroken { words: s.text.clone() };
        proposals.push(Proposal::over(rule, i, (s.start, s.end), WRITTEN_FOR));
    }
}
