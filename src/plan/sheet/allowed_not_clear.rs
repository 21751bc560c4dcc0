//! Drinks allowed that are not all clear (branch tune-bd, half bd): "jelly
//! drinks, tea, water and sports drinks are fine up to 2 hours before".
//! The list says what may be drunk, but a jelly drink, a milky drink or a
//! smoothie is no clear liquid, and the sheet never calls the list clear:
//! it is the sheet's own list of allowed drinks, not the clear liquids
//! Steady names. No clear-liquids list is read from it (silent; a list the
//! sheet calls clear is read as before). Weighed once every sentence is
//! read (from `across_sheet.rs`).

use super::{Proposal, Proposed, Sentence};

/// Drinks that are never clear, thick or a meal in a cup. Not milk or
/// cream alone: clear lists name those as what to leave out ("tea without
/// milk").
const NOT_CLEAR: &[&str] = &[
    "jelly drink",
    "protein shake",
    "protein drink",
    "nutrition drink",
    "smoothie",
    "milkshake",
    "yoghurt drink",
    "yogurt drink",
];

/// Words that leave a drink out, just before it.
const LEFT_OUT: &[&str] = &["no", "not", "without", "nor", "avoid", "except", "nothing"];

/// Whether the sentence allows a drink that is never clear: named, and
/// not among the words that leave drinks out ("no smoothies").
fn allows_unclear(lower: &str) -> bool {
    NOT_CLEAR.iter().any(|d| {
        lower.match_indices(d).any(|(at, _)| {
            // Only the drink's own clause: "go without lunch, but jelly
            // drinks are fine" leaves out the lunch, not the drinks.
            let clause = lower[..at].rsplit([',', ';', ':', '(']).next().unwrap_or("");
            let clause = clause.rsplit(" but ").next().unwrap_or(clause);
            let before: Vec<&str> = clause.split_whitespace().rev().take(3).collect();
            !before
                .iter()
                .any(|w| LEFT_OUT.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
        })
    })
}

/// Drinks allowed up to bedtime ("tea and the like are fine until you go
/// to bed"): the evening's allowance before a fast, whose drinks the
/// sheet never calls clear (branch tune-bh, half bh).
fn until_bedtime(lower: &str) -> bool {
    [
        "until you go to bed",
        "until bedtime",
        "until you sleep",
        "until going to bed",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Drops a clear-liquids list read from a sentence that names a drink that
/// is never clear, or allows drinks up to bedtime, and never says "clear".
pub(super) fn allowed_not_clear(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    super::keep_where::keep_where_sentence(
        proposals,
        sentences,
        |rule| matches!(rule, Proposed::ClearLiquidsAre { .. }),
        |lower| lower.contains("clear") || !(allows_unclear(lower) || until_bedtime(lower)),
    );
}
