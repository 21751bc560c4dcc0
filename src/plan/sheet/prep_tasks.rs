//! A preparation the patient takes at home before the visit, whose times
//! the page leaves to another sheet or to the doctor: a bowel preparation
//! or a laxative "as directed", "the night before", "prescribed by our
//! doctor". The task is real and its time is not here, so it is asked.

use super::found::Found;
use super::{Ask, Proposed, Subject};
use crate::facts::checklist::Checklist;
use crate::facts::rules::ClinicNote;

/// What a preparation taken at home is called.
const PREPARATIONS: &[&str] = &[
    "bowel prep",
    "bowel preparation",
    "bowel cleansing",
    "bowel-cleansing",
    "colon prep",
    "colon cleansing",
    "laxative",
];

/// Words that say the patient takes it, or is given or prescribed it.
const TAKEN: &[&str] = &[
    "take ",
    "be taken",
    "taking ",
    "drink ",
    "swallow",
    "ingest",
    "be given",
    "prescribed",
];

/// Words that make the preparation something else: not needed, a remedy
/// for the days after, a trouble to report, the unit's own doing.
const NOT_A_TASK: &[&str] = &[
    "not need",
    "no need",
    "without",
    "don't",
    "do not",
    "may need",
    "if needed",
    "constipat",
    "problem",
    "trouble",
    "unable",
    "cannot",
    "nurse",
    "after your procedure",
    "after the procedure",
];

const WHERE: &str = "corpus halves l, m and p: a laxative drink \"you will be given\", a bowel preparation \"you need to take\" or \"prescribed by our doctor\", and every dose \"as directed\", with no time on the page; halves p, u and v: one \"the night before\" (a day word, no time)";

/// Asks for the time of a preparation the sentence tells the patient to
/// take before the visit, unless the sentence already set or asked a task.
pub(super) fn ask_untimed(light: &str, found: &mut Found) {
    let prep = PREPARATIONS.iter().any(|p| light.contains(p));
    let taken = TAKEN.iter().any(|w| light.contains(w));
    if !prep || !taken || NOT_A_TASK.iter().any(|w| light.contains(w)) {
        return;
    }
    if found.proposed(|rule| matches!(rule, Proposed::VisitTask { .. })) || found.asked_about(&[Subject::VisitTask]) {
        return;
    }
    let note = Proposed::Note {
        note: ClinicNote {
            checklist: Checklist::DayBefore,
            text: found.text.to_string(),
        },
    };
    found.ask(Ask::NoTime, Subject::VisitTask, vec![note], WHERE);
}
