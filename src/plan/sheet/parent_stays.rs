//! The parent who waits at the clinic: pages for a child's treatment are
//! written to the parent, who brings the child and takes them home, so
//! "please stay in the waiting room while we treat your child" is the
//! escort staying on site, though the sentence names no escort.

use super::found::Found;
use super::Proposed;
use crate::facts::rules::EscortPresence;

/// Staying in a waiting place at the clinic.
const STAY_AT_THE_CLINIC: &[&str] = &[
    "stay in the waiting room",
    "remain in the waiting room",
    "wait in the waiting room",
    "stay in the waiting area",
    "remain in the waiting area",
    "stay in the reception",
    "remain in the reception",
    "wait in the reception",
];

/// Who stays: the parent, or "you" while the child is treated.
const THE_PARENT: &[&str] = &["parents stay", "parent stays", "parent must stay", "parents must stay"];
const WHILE_THE_CHILD: &[&str] = &[
    "while we treat your child",
    "while your child is",
    "during your child's",
];

/// Words that make the staying something other than asked for the whole
/// treatment: allowed, or not asked.
const NOT_ASKED: &[&str] = &[
    "may stay",
    "can stay",
    "not",
    "don't",
    "welcome to",
    "if you wish",
    "if you like",
];

/// During the treatment: the staying is for the treatment, not after it.
const DURING: &[&str] = &["during", "while", "throughout"];

const WHERE: &str = "corpus half v: \"please stay in the waiting room while we treat your child\", \"parents stay in the reception room during treatment\" (a page for a child's treatment is written to the parent, who is the escort)";

/// Proposes that the escort stays on site when the parent is asked to wait
/// at the clinic through the child's treatment.
pub(super) fn parent_stays(light: &str, found: &mut Found) {
    let stays = STAY_AT_THE_CLINIC.iter().any(|w| light.contains(w));
    let parent = THE_PARENT.iter().any(|w| light.contains(w))
        || (WHILE_THE_CHILD.iter().any(|w| light.contains(w)) && light.trim_start().starts_with("please stay"));
    let during = DURING.iter().any(|w| light.contains(w));
    if !stays || !parent || !during || NOT_ASKED.iter().any(|w| light.contains(w)) {
        return;
    }
    if !found.proposed(|rule| matches!(rule, Proposed::EscortPresence { .. })) {
        found.add(
            Proposed::EscortPresence {
                presence: EscortPresence::StaysOnSite,
            },
            WHERE,
            None,
        );
    }
}
