//! The escort asked for by what happens without one: "if you do not have
//! someone to take you home, your surgery will be cancelled", "a friend
//! must be able to go home with you, or you cannot have the procedure".
//! A visit lost for want of a person to take the patient home asks for
//! that person, though no "must bring" or "is required" is said.

use std::sync::LazyLock;

use regex::Regex;

use super::found::Found;
use super::{Proposed, Subject};

/// Wanting a person: "without an escort", "if you do not have someone to
/// take you home", "if you have no friend or relative to pick you up",
/// "if nobody is there to collect you".
static WITHOUT_A_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:without (?:an? |your )?|if you (?:do not|don't) have (?:an? |your )?|if you have no |if there is no |if no |if nobody is there to (?:collect|take|drive|pick)|if no one is there to (?:collect|take|drive|pick))(?:responsible )?(?:adult |grown-up )?(?:escort|driver|adult|companion|someone|somebody|friend|relative|person|ride home|one to|\b)",
    )
    .expect("without a person")
});

/// A person who "must" do something "or" the visit is lost.
static PERSON_OR_LOST: LazyLock<Regex> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:escort|driver|adult|companion|someone|somebody|friend|relative)\b[^.;]{0,80}\bmust\b[^.;]{0,80}\bor (?:you|we) (?:cannot|can't|will not)")
        .expect("a person or the visit lost")
});

/// Words that say the visit is lost.
const LOST: &[&str] = &[
    "cancelled",
    "canceled",
    "rescheduled",
    "postponed",
    "cannot have the procedure",
    "cannot have your procedure",
    "cannot have the",
    "will not go ahead",
];

/// What the person is wanted for, other than the ride home: waiting at the
/// clinic (the escort's presence), staying the night (company), a vehicle
/// with no person; and a visit lost for other reasons too.
const SOMETHING_ELSE: &[&str] = &[
    "does not wait",
    "doesn't wait",
    "overnight",
    "the night",
    "vehicle",
    "taxi",
    "arrive late",
    "with sedation",
    "if you are having",
];

const WHERE: &str = "corpus halves f and p: \"if you do not have someone to take you home, your Day Surgery will be cancelled\", \"a friend or relative must be able to go with you into your home, or you cannot have the procedure\" (the visit lost without the person asks for them)";

/// Proposes the escort a sentence asks for by the visit lost without one,
/// unless the sentence already said so or asked.
pub(super) fn escort_or_cancelled(light: &str, found: &mut Found) {
    let lost = LOST.iter().any(|w| light.contains(w));
    let wanted = (lost && WITHOUT_A_PERSON.is_match(light)) || PERSON_OR_LOST.is_match(light);
    if !wanted || SOMETHING_ELSE.iter().any(|w| light.contains(w)) {
        return;
    }
    let said = found.proposed(|rule| {
        matches!(
            rule,
            Proposed::EscortRequired | Proposed::SomeoneStays { .. } | Proposed::Rideshare { .. }
        )
    }) || found.asked_about(&[Subject::EscortRequired, Subject::SomeoneStays]);
    if !said {
        found.add(Proposed::EscortRequired, WHERE, None);
    }
}
