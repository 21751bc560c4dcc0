//! Where a sentence puts a taxi: the one an escort travels in, one beside
//! a private car as the way home, or one offered in place of a ride.

use super::compose::Context;
use super::propose::TAXI_WORDS;
use regex::Regex;
use std::sync::LazyLock;

/// "Your escort takes you home by car or taxi": where the taxi the escort
/// travels in stands, when a word for the escort comes before it.
pub(super) fn escort_taxi_at(cx: &Context<'_>) -> Option<usize> {
    const ESCORTS: &[&str] = &[
        "escort",
        "driver",
        "companion",
        "carer",
        "chaperone",
        "adult",
        "friend",
        "relative",
        "someone",
        "person",
    ];
    cx.toks.iter().enumerate().position(|(k, x)| {
        ["taxi", "cab", "uber", "lyft"].contains(&x.text.to_lowercase().as_str())
            && cx.toks[k.saturating_sub(VEHICLE_WINDOW)..k]
                .iter()
                .any(|y| y.is("by") || y.is("in"))
            && cx.toks[..k]
                .iter()
                .any(|y| ESCORTS.contains(&y.text.to_lowercase().as_str()))
    })
}

/// How far before the taxi "in" or "by" may stand: "in a car or taxi",
/// "in a private car or taxi".
// Not a care number: a reading window.
pub(super) const VEHICLE_WINDOW: usize = 6;

/// "Home in a private car or taxi": a taxi named beside a private car as
/// the way home, the ride a collecting adult gives (corpus half c), so a
/// "not" or "without" in the sentence is said of other rides or of having
/// none, never of the taxi with the escort.
pub(super) fn car_or_taxi(cx: &Context<'_>) -> bool {
    let t = cx.toks;
    (2..t.len()).any(|k| {
        TAXI_WORDS.contains(&t[k].text.as_str()) && t[k - 1].is("or") && (t[k - 2].is("car") || t[k - 2].is("vehicle"))
    })
}

/// "..., or take a taxi", "or use a cab": where a taxi is offered in
/// place of the ride the sentence named before it (the token of the taxi).
pub(super) fn taxi_offered_at(cx: &Context<'_>) -> Option<usize> {
    let t = cx.toks;
    (2..t.len()).find(|&k| {
        let word = |j: usize| t[j].text.as_str();
        let verb = |j: usize| ["use", "take", "get", "call", "book"].contains(&word(j));
        let taxi = TAXI_WORDS.contains(&word(k));
        // "or take a taxi", "or use taxi".
        taxi && ((word(k - 1) == "a" && k >= 3 && verb(k - 2) && word(k - 3) == "or")
            || (verb(k - 1) && word(k - 2) == "or"))
    })
}

/// "Public transport is allowed with an adult escort", "a taxi is fine
/// with a responsible adult": the permission carries its condition, the
/// company, right after it; allowed only with someone.
pub(super) fn allowed_with_company(lower: &str) -> bool {
    static ALLOWED_WITH: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(r"\b(?:allowed|permitted|fine|ok|okay|acceptable) (?:only )?(?:with|if accompanied by) (?:an? |your )?(?:responsible |adult |accompanying )*(?:escort|adult|companion|someone|carer|caregiver)\b").ok()
    });
    ALLOWED_WITH.as_ref().is_some_and(|re| re.is_match(lower))
}
