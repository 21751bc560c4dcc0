//! A call that opens a list of red flags with its urgency before the
//! condition (branch tune-bc): "Call the office right away if you have:",
//! "ring us straight away if you notice:", "contact the unit at once if
//! you develop:". `red_flags.rs` takes "right away if" and "if you have"
//! each alone; said together, the urgency is how soon to call and the
//! condition still opens the list.

/// How soon to call, said before the condition.
const URGENCY: &[&str] = &[
    "right away",
    "straight away",
    "immediately",
    "at once",
    "urgently",
    "now",
    "promptly",
];

/// The conditions that open a list of situations.
const CONDITIONS: &[&str] = &[
    "if you have",
    "if you notice",
    "if you experience",
    "if you develop",
    "if you get",
    "if you have any of the following",
    "if you notice any of the following",
    "if you experience any of the following",
];

/// Whether the words after the call are an urgency and a condition.
pub(super) fn urgent_opens(after: &str) -> bool {
    URGENCY.iter().any(|u| {
        after
            .strip_prefix(u)
            .map(str::trim)
            .is_some_and(|rest| CONDITIONS.contains(&rest))
    })
}
