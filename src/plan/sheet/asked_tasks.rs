//! A task before the visit that Steady cannot hold as every patient's task
//! at a count, so it asks: one for some patients only ("if you are given a
//! premedication, take it 1 hour before"; "diabetic patients: check your
//! sugar"), one at a named moment the protocol cannot hold exactly ("the
//! night before", "at bedtime", "the morning of", "the day before"), or
//! one with no time ("as directed"). The patient answers with the sheet's
//! words before them. A counted task for everyone is `counted_tasks.rs`'s.
//!
//! Not asked: what the clinic does itself, a fast or a medicine rule (a
//! sentence another reader already read is left to it), a thing not to do.

use super::counted_tasks::says_any;
use super::found::Found;
use super::some_patients::some_only;
use super::{Ask, Proposed, Subject};
use crate::facts::checklist::Checklist;
use crate::facts::rules::ClinicNote;

const WHERE: &str = "issue 25, branch tune-task: \"if you are given a premedication, take it 1 hour before\", \"if you are diabetic, check your sugar\", a pill \"at bedtime the night before\", ice packs \"in the freezer the day before\", medicines \"as directed\" (corpus halves ab, ad, f, g, h, j, l, m, n, r, s, w)";

/// The verbs of a task the patient does before the visit.
const VERBS: &[&str] = &[
    "take",
    "check",
    "call",
    "phone",
    "ring",
    "put",
    "attend",
    "pump",
    "start",
    "see",
    "read",
    "make sure",
    "place",
    "insert",
    "apply",
    "need",
    "taken",
];

/// Verbs of telling the clinic, a task only with a count before the visit
/// ("tell our office at least 24 hours ahead"); without one they ask the
/// patient to say what they take or have, which is no task to keep.
const TELL: &[&str] = &["tell", "let", "talk", "inform", "notify"];

/// Words just before the verb that make it an instruction wherever it is
/// in the sentence ("if you are given one, you must take it").
const LEADS: &[&str] = &[
    "please ",
    "must ",
    "you should ",
    "should be ",
    "is to be ",
    "are to be ",
    "be sure to ",
    "be sure also to ",
    "remember to ",
    "you will ",
    "your job to ",
];

/// A group of patients the task is for.
const SOME: &[&str] = &[
    "if you are given",
    "if you were given",
    "if you have been given",
    "if you are prescribed",
    "if you were prescribed",
    "if you have been prescribed",
    "you may be given",
    "diabetic",
    "breast-feeding",
    "breastfeeding",
    "coumadin",
    "blood thinner",
    "warfarin",
    "has asked you to",
];

/// A medicine given for the visit, whose time the sentence does not say
/// ("any pre-medication we have given you", "the medications your surgeon
/// has prescribed").
const GIVEN_FOR_THE_VISIT: &[&str] = &[
    "pre-medication",
    "premedication",
    "pre-sedative",
    "your surgeon has prescribed",
    "we have prescribed",
];

/// The visit named with no count before it ("read these chapters before
/// your session").
const BEFORE_THE_VISIT: &[&str] = &[
    "before your session",
    "before your appointment",
    "before your procedure",
    "before your surgery",
    "before the procedure",
];

/// A named moment before the visit.
const NAMED_MOMENTS: &[&str] = &[
    "the night before",
    "at bedtime",
    "before bedtime",
    "the morning of",
    "the evening before",
    "the day before",
    "the afternoon before",
];

/// No time: "as directed".
const AS_DIRECTED: &[&str] = &[
    "as directed",
    "as instructed",
    "as per instruction",
    "as your doctor directs",
    "as prescribed",
    "as the doctor advises",
];

/// Words that make the sentence something else: a fast, a drink, a
/// medicine stopped or kept as usual, a thing not to do, the clinic's own
/// doing, the time after the visit.
const NOT_A_TASK: &[&str] = &[
    "do not",
    "don't",
    "not to",
    "never",
    "stop",
    "hold",
    "discontinue",
    "eat",
    "food",
    "drink",
    "fluid",
    "liquid",
    "fast from",
    "fast for",
    "to fast",
    "fasting from",
    "fasting for",
    "nothing by mouth",
    "alcohol",
    "smok",
    "usual",
    "regular",
    "daily",
    "we will",
    "we'll",
    "after your",
    "after the",
    "after treatment",
    "after surgery",
    "bath",
    "shower",
    "rest",
    "at home",
    "arriv",
    "reach our",
    "be at",
    "question",
    "cannot",
    "cancel",
    "reschedul",
    "problems",
    "take out",
    "take off",
    "take them out",
    "take it out",
    "remove",
    "contact lens",
    "nail",
    "piercing",
    "jewel",
    "dose",
    "tell us if",
    "tell us about",
    "let us know",
    "for advice",
];

/// Whether a task verb opens a clause of the sentence, or follows words
/// that make it an instruction.
fn instructs(light: &str, verbs: &[&str]) -> bool {
    let at_verb = |rest: &str| {
        verbs.iter().any(|v| {
            rest.strip_prefix(v)
                .is_some_and(|after| after.is_empty() || after.starts_with(|c: char| !c.is_alphabetic()))
        })
    };
    let opens = light
        .split(['.', ';', ':', ',', '\n', '-', '–', '•'])
        .any(|clause| at_verb(clause.trim_start_matches(|c: char| !c.is_alphabetic())));
    opens
        || LEADS
            .iter()
            .any(|l| light.match_indices(l).any(|(i, _)| at_verb(&light[i + l.len()..])))
}

/// Asks about a task before the visit for some patients, at a named
/// moment, or with no time.
pub(super) fn ask(light: &str, found: &mut Found) {
    // A question the sentence asked on another rule ("must not drive")
    // leaves its task to be asked too; a rule it set, or a question on the
    // fast, a medicine or the task, has read it already.
    let read = [
        Subject::VisitTask,
        Subject::Medicine,
        Subject::SolidFood,
        Subject::ClearLiquids,
    ];
    if found.proposed(|_| true) || found.asked_about(&read) || says_any(light, NOT_A_TASK) {
        return;
    }
    // "If the procedure makes you anxious, please tell us 24 hours ahead":
    // a condition that opens the sentence, and a time, make the task one
    // for some patients; "if you have questions, call us" has no time.
    let opens_on_if = [light, light.split_once(':').map_or("", |(_, rest)| rest)]
        .iter()
        .any(|part| part.trim_start_matches(|c: char| !c.is_alphabetic()).starts_with("if "));
    let counted = super::counted_tasks::counts(light);
    let some = says_any(light, SOME) || some_only(light) || (opens_on_if && counted);
    // "As directed" alone is how to take any medicine; it leaves a task's
    // time unsaid only for one taken for the visit, or before it.
    let before_the_visit = says_any(light, BEFORE_THE_VISIT) && !counted;
    let untimed = says_any(light, NAMED_MOMENTS)
        || says_any(light, GIVEN_FOR_THE_VISIT)
        || before_the_visit
        || (says_any(light, AS_DIRECTED)
            && (opens_on_if || (some && (light.contains("pre-") || light.contains("before")))));
    let told = counted && instructs(light, TELL);
    if !(some || untimed) || !(instructs(light, VERBS) || told) {
        return;
    }
    let note = Proposed::Note {
        note: ClinicNote {
            checklist: Checklist::DayBefore,
            text: found.text.to_string(),
        },
    };
    let asked = if some { Ask::Maybe } else { Ask::NoTime };
    found.ask(asked, Subject::VisitTask, vec![note], WHERE);
}
