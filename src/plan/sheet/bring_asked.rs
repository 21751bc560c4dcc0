//! A thing to bring for some patients only ("X-rays if applicable",
//! "if your child wears nappies, bring extra ones", "asthma sufferers are
//! asked to bring their inhalers", "for young children, bring a change of
//! clothes"): the bring reader (`lists.rs`) leaves it out of every
//! patient's list, and this asks the patient whether it is theirs, with
//! the sheet's words, as a rule for some patients is asked.

use super::bring_words::{ALLOWED, NOT_NEEDED};
use super::found::Found;
use super::lists::only_when_needed;
use super::some_patients::bring_for_some_only;
use super::{Ask, Proposed, Subject};
use crate::facts::checklist::Checklist;
use crate::facts::rules::ClinicNote;

const WHERE: &str = "issue 25, branch tune-task: \"X-rays if applicable\", \"if your child wears diapers, bring extra ones\", \"asthma sufferers are asked to bring their inhalers\", \"for young children, please bring a spare change of clothes\" (corpus halves h, i, n, s, t, v, y)";

/// Words that name the patients a thing is for: a group by what they
/// have or do, or a thing brought only where it applies.
const GROUPS: &[&str] = &[
    "sufferers",
    "diabetics",
    "patients who",
    "those who",
    "anyone who",
    "if you have",
    "if you are",
    "if you wear",
    "if you use",
    "if you take",
    "if you do not",
    "if your child",
    "if they",
    "if needed",
    "if necessary",
    "if required",
    "if applicable",
    "if relevant",
    "where needed",
    "where applicable",
];

/// Things a condition makes no thing to bring: what not to bring, what
/// the clinic gives, whom to bring (the escort's own rules ask that).
const NOT_ASKED: &[&str] = &[
    "do not bring",
    "don't bring",
    "no need",
    "not need",
    "we will give",
    "we will provide",
    "we provide",
    "adult",
    "driver",
    "escort",
    "someone",
    "somebody",
    "person",
    "parent",
    "guardian",
    "family member",
    "friend",
    "not sure",
    "if you can",
    "if possible",
    "encourage",
    "if you prefer",
    "we will tell you if",
];

/// Asks whether a thing the sentence asks some patients to bring is the
/// patient's. `in_list`: the sentence is a line under "What to bring".
pub(super) fn ask(light: &str, in_list: bool, found: &mut Found) {
    // A thing the sentence already gave every patient, or allowed rather
    // than asked for, or asked about: nothing more to ask.
    let allowed = ALLOWED.iter().chain(NOT_NEEDED).any(|w| light.contains(w));
    if allowed
        || found.proposed(|rule| matches!(rule, Proposed::Bring { .. }))
        || found.asked_about(&[Subject::Bring])
        || NOT_ASKED.iter().any(|w| light.contains(w))
    {
        return;
    }
    // "Bring" said, or a line of the list under "What to bring"; "wear"
    // only where the sentence opens on a kind of treatment ("for IV
    // sedation, wear a loose top"), not "if you wear lenses, wear glasses".
    let some_kind = bring_for_some_only(light);
    let bring_said = in_list || light.contains("bring") || (some_kind && light.contains("wear"));
    let for_some = some_kind || GROUPS.iter().any(|w| light.contains(w)) || (in_list && only_when_needed(light.trim()));
    if !bring_said || !for_some {
        return;
    }
    let note = Proposed::Note {
        note: ClinicNote {
            checklist: Checklist::DayBefore,
            text: found.text.to_string(),
        },
    };
    found.ask(Ask::Maybe, Subject::Bring, vec![note], WHERE);
}
