//! Medicines to bring because a dose falls in the hours of the visit
//! (branch tune-bc): "if you take medicines during the day, bring them",
//! "if you need tablets at lunchtime, bring them with you". Only the
//! patients with such a dose bring them; "if you take medicines, bring
//! them" (every patient's own medicines, or none) stays a plain thing to
//! bring. `some_patients.rs` reads this with its other bring conditions,
//! and `bring_asked.rs` asks it.

/// Words of taking a medicine, in a condition.
const TAKING: &[&str] = &[
    "if you take",
    "if you need to take",
    "if you are due",
    "if you have to take",
];

/// Times inside the visit's hours.
const DAYTIME: &[&str] = &[
    "during the day",
    "in the daytime",
    "at lunch",
    "at midday",
    "in the afternoon",
    "while you are here",
    "while you are with us",
    "during your visit",
    "during your stay",
];

/// Whether a thing to bring (its sentence, lower case) is brought for a
/// dose due in the visit's hours.
pub(super) fn doses_due_at_visit(light: &str) -> bool {
    TAKING.iter().any(|w| light.contains(w)) && DAYTIME.iter().any(|w| light.contains(w))
}
