//! "Can" and "may" that describe a person, not a permission (branch
//! tune-bd, half bd): "it is a rule that you bring someone along who can
//! accompany you". "You may bring a friend" allows; "someone who can
//! accompany you" says which person is to be brought, so the bringing is
//! still the sheet's ask. Read by `ride.rs` for the escort brought.

/// Words that allow (the one-word ones `ride.rs` weighs as "may").
const ALLOWING: &[&str] = &["may", "can"];

/// Words that open a clause about a person.
const WHO: &[&str] = &["who", "that", "whom"];

/// Other words of allowing: with one of them the sentence allows, whatever
/// its "who can".
const OTHER_ALLOWING: &[&str] = &[
    "allowed",
    "permitted",
    "fine",
    "okay",
    "ok",
    "acceptable",
    "welcome",
    "free",
    "encouraged",
];

/// Whether every "can" or "may" of the sentence describes a person ("who
/// can accompany you"), and there is one.
pub(super) fn only_who_can(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| OTHER_ALLOWING.contains(w)) {
        return false;
    }
    let mut any = false;
    for (i, w) in words.iter().enumerate() {
        if ALLOWING.contains(w) {
            any = true;
            if !i.checked_sub(1).is_some_and(|j| WHO.contains(&words[j])) {
                return false;
            }
        }
    }
    any
}
