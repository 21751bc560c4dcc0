//! Rules under a heading for one group of bookings, tests or patients
//! (branch tune-bf, half bf): "Morning checkups" over "from 9 p.m. you
//! must fast", "For those not having the stomach X-ray" over "do not eat
//! or drink from 4 hours before". The list lines under such a heading
//! hold for that group only, and the sheet does not say whether the
//! patient is in it, so each rule read from them is asked (`Ask::Maybe`),
//! never proposed as every patient's; a medicine's line and a thing to
//! bring stay, as for a group named inside the sentence (`compose.rs`). `some_patients.rs` reads the same
//! words inside one sentence; here they are the heading's, a line above.
//! Weighed once every sentence is read (from `across_sheet.rs`).

use super::compose::subject_of;
use super::some_patients::some_only;
use super::{Ask, Proposal, Proposed, Question, Sentence};

/// How a heading for a group of people opens: "For those having ...",
/// "Patients who ...".
const GROUP_OPEN: &[&str] = &[
    "for those ",
    "for people ",
    "for patients ",
    "for anyone ",
    "those who ",
    "people who ",
    "patients who ",
];

/// The first word of a heading for some bookings by their time.
const BOOKING_TIMES: &[&str] = &["morning", "afternoon", "evening"];

/// The second word that makes the time a group of bookings ("Morning
/// checkups"), not a moment ("Morning of the procedure").
const BOOKINGS: &[&str] = &[
    "appointment",
    "appointments",
    "checkup",
    "checkups",
    "list",
    "lists",
    "bookings",
    "procedures",
    "examinations",
    "exams",
    "tests",
    "slots",
    "patients",
];

/// Whether a line is a list item (or an item's indented continuation).
fn list_line(line: &str) -> bool {
    let t = line.trim_start();
    line.starts_with([' ', '\t']) || t.starts_with(['*', '-', '•', '·'])
}

/// The heading right above the list that holds the byte `at`, if the
/// sentence is in a list.
fn heading_above(text: &str, at: usize) -> Option<&str> {
    let at = at.min(text.len());
    let line_start = text.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
    let own = text.get(line_start..)?.lines().next()?;
    if !list_line(own) {
        return None;
    }
    // Walk up past the list's other lines; a blank line ends the list.
    let before: Vec<&str> = text.get(..line_start)?.lines().collect();
    for (i, line) in before.iter().enumerate().rev() {
        if line.trim().is_empty() {
            return None;
        }
        if !list_line(line) {
            // A sheet that opens on the group's heading ("Morning list:"
            // and its lines, nothing else) is written for that group, and
            // the patient was given it: its rules are the patient's.
            let opens_sheet = before.get(..i).is_some_and(|b| b.iter().all(|l| l.trim().is_empty()));
            return (!opens_sheet).then(|| line.trim());
        }
    }
    None
}

/// Whether a heading names a group of bookings, tests or patients.
fn names_a_group(heading: &str) -> bool {
    let lower = heading.to_lowercase();
    let lower = lower.trim_end_matches([':', '.']);
    // "If you are booked for this procedure": every patient of the sheet.
    if lower.contains("this ") {
        return false;
    }
    if GROUP_OPEN.iter().any(|w| lower.starts_with(w)) || some_only(lower) {
        return true;
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    // A short heading only: a longer line is a sentence, not a heading.
    words.len() <= 3
        && words.first().is_some_and(|w| BOOKING_TIMES.contains(w))
        && words.get(1).is_some_and(|w| BOOKINGS.contains(w))
}

/// Turns the rules read from list lines under a group's heading into
/// questions.
pub(super) fn group_heading(
    proposals: &mut Vec<Proposal>,
    sentences: &[Sentence],
    questions: &mut Vec<Question>,
    text: &str,
) {
    proposals.retain(|p| {
        // A medicine's own rule, or a thing to bring, is read where they
        // are read, as for a group named inside the sentence (`compose.rs`).
        if matches!(
            p.rule,
            Proposed::Medicine { .. } | Proposed::KeepTakingUsual | Proposed::Bring { .. }
        ) {
            return true;
        }
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        if !heading_above(text, s.start).is_some_and(names_a_group) {
            return true;
        }
        let about = subject_of(&p.rule);
        if !questions.iter().any(|q| q.sentence == p.sentence && q.about == about) {
            questions.push(Question::on(&Ask::Maybe, about, (p.sentence, &s.text), vec![]));
        }
        false
    });
}
