//! Things to bring and wear, visit tasks, the escort's presence and the
//! stay (issue 25, branch `tune-visit`): how clinics write them, in words
//! of these tests' own.

use steady_core::facts::rules::EscortPresence;
use steady_core::plan::sheet::{read_sheet, Proposed, Subject};

use super::sheet_look::things_lower as brought;
use super::sheet_st::rules_of as proposals;

/// A lead sentence that asks for "the following" for some purpose heads a
/// list, and its things may stand on lines of their own with no bullet.
#[test]
fn a_lead_for_a_purpose_heads_unbulleted_things() {
    let rules = proposals(
        "Please bring these with you for your appointment:\n\nYour insurance card\n\nThe referral letter from your doctor\n",
    );
    let items = brought(&rules);
    assert!(items.iter().any(|i| i.contains("insurance card")), "{rules:?}");
    assert!(items.iter().any(|i| i.contains("referral letter")), "{rules:?}");
    // A heading after the lead's list is no thing to bring.
    let rules = proposals("Please bring the following for the ward:\n\nYour glasses\n\nAfter the operation\n");
    assert_eq!(brought(&rules), vec!["glasses".to_string()], "{rules:?}");
}

/// Without the lead, short lines with no bullet are headings, not things.
#[test]
fn unbulleted_lines_without_a_lead_bring_nothing() {
    let rules = proposals("Your appointment\n\nThe day before\n\nYour stay\n");
    assert!(brought(&rules).is_empty(), "{rules:?}");
}

/// Numbered lines under "What to take" are its things; one marked
/// optional is allowed, not asked for.
#[test]
fn numbered_things_under_what_to_take() {
    let rules = proposals(
        "What to take\n\n  1. Your walking stick\n  2. Slippers, a dressing gown\n  3. Some puzzles (optional)\n",
    );
    let items = brought(&rules);
    assert!(items.iter().any(|i| i.contains("walking stick")), "{rules:?}");
    assert!(items.iter().any(|i| i.contains("slippers")), "{rules:?}");
    assert!(!items.iter().any(|i| i.contains("puzzle")), "{rules:?}");
}

/// "Medicines and pills" is one thing said twice; "of the ..." after a
/// comma ends the thing before, it is none of its own.
#[test]
fn one_thing_said_twice_or_continued_is_one() {
    let rules =
        proposals("What to bring:\n- All medicines and pills you are on\n- The name of your GP, or of your carer\n");
    let items = brought(&rules);
    assert!(!items.iter().any(|i| i.starts_with("pills")), "{rules:?}");
    assert!(!items.iter().any(|i| i.starts_with("of ")), "{rules:?}");
    assert!(items.iter().any(|i| i.contains("medicines and pills")), "{rules:?}");
}

fn task_asked(text: &str) -> bool {
    read_sheet(text)
        .unwrap()
        .questions
        .iter()
        .any(|q| q.about == Subject::VisitTask)
}

/// A bowel preparation or laxative the patient takes at home, with its
/// times left to another sheet or to the doctor, is a task whose time is
/// asked; not needed, a remedy for later, or a trouble to report is none.
#[test]
fn a_preparation_taken_at_home_is_asked_its_time() {
    assert!(task_asked(
        "The laxative your doctor has prescribed must be taken as instructed."
    ));
    assert!(task_asked(
        "On the evening before, you will drink the bowel preparation."
    ));
    assert!(!task_asked("A gastroscopy alone does not need a bowel preparation."));
    assert!(!task_asked(
        "If the pain pills make you constipated, you may need a laxative."
    ));
    assert!(!task_asked("Tell us if you have trouble taking the bowel preparation."));
}

fn stays_on_site(rules: &[Proposed]) -> bool {
    rules.iter().any(|r| {
        matches!(
            r,
            Proposed::EscortPresence {
                presence: EscortPresence::StaysOnSite
            }
        )
    })
}

/// "They" opening the sentence after one that names the escort is that
/// escort: where they must wait is the escort's presence. With no escort
/// named just before, "they" is nobody the reader knows.
#[test]
fn they_after_the_escort_is_the_escort() {
    let rules = proposals(
        "Please come with a grown-up friend who will drive you home. They must stay in the reception area while you are treated.",
    );
    assert!(stays_on_site(&rules), "{rules:?}");
    let rules =
        proposals("Our nurses look after every patient. They must stay in the reception area while you are treated.");
    assert!(!stays_on_site(&rules), "{rules:?}");
}

/// What must be shown at the appointment is brought; showing the patient
/// something, or what may be shown in another way, is not.
#[test]
fn what_is_shown_on_arrival_is_brought() {
    let rules = proposals("Every patient must show a current library card at the appointment.");
    assert!(brought(&rules).iter().any(|i| i.contains("library card")), "{rules:?}");
    let rules = proposals("Please present your passport on arrival.");
    assert!(brought(&rules).iter().any(|i| i.contains("passport")), "{rules:?}");
    let rules = proposals("We will show you the garden on arrival.");
    assert!(brought(&rules).is_empty(), "{rules:?}");
    let rules = proposals("You can also show the letter on your phone.");
    assert!(brought(&rules).is_empty(), "{rules:?}");
}

fn stay(rules: &[Proposed]) -> Option<(u32, u32)> {
    rules.iter().find_map(|r| match r {
        Proposed::Observation {
            min_minutes,
            max_minutes,
        } => Some((*min_minutes, *max_minutes)),
        _ => None,
    })
}

/// When the patient leaves, counted from the end of the treatment, is the
/// stay after it; a length counted from the booking, or a day or more, or
/// someone staying at home, is not.
#[test]
fn leaving_some_time_after_the_treatment_is_the_stay() {
    let rules = proposals("Your partner can pick you up roughly 3 hours after the operation.");
    assert_eq!(stay(&rules), Some((180, 180)), "{rules:?}");
    let rules = proposals("Expect to be discharged 1 to 2 hours after you come back from the procedure.");
    assert_eq!(stay(&rules), Some((60, 120)), "{rules:?}");
    let rules = proposals("Your partner can pick you up 3 hours after your appointment time.");
    assert_eq!(stay(&rules), None, "{rules:?}");
    let rules = proposals("Most people go home 2 days after the operation.");
    assert_eq!(stay(&rules), None, "{rules:?}");
    let rules = proposals("A friend must take you home and stay with you for 12 hours after the procedure.");
    assert_eq!(stay(&rules), None, "{rules:?}");
}

fn arrival_asked(text: &str) -> bool {
    read_sheet(text)
        .unwrap()
        .questions
        .iter()
        .any(|q| q.about == Subject::ArriveEarly)
}

/// Arriving early with no number is asked, also with the place between
/// ("at the ward early") or said as before the booked time; a clock time
/// of arrival is no such question.
#[test]
fn arriving_early_by_no_number_is_asked() {
    assert!(arrival_asked(
        "Please come to the ward early, since getting ready takes time."
    ));
    assert!(arrival_asked("Arrive at the day unit early on the day."));
    assert!(arrival_asked("Try to arrive before the scheduled procedure time."));
    assert!(!arrival_asked("Please arrive at the clinic at 7 am."));
}

fn escort_required(rules: &[Proposed]) -> bool {
    rules.iter().any(|r| matches!(r, Proposed::EscortRequired))
}

/// A visit lost for want of a person to take the patient home asks for
/// that person; lost for want of a waiting driver, a night's company or a
/// car is something else.
#[test]
fn a_visit_lost_without_a_person_asks_for_the_escort() {
    assert!(escort_required(&proposals(
        "Your operation is cancelled if you have no grown-up relative to drive you back."
    )));
    assert!(escort_required(&proposals(
        "Someone you trust must be able to see you home, or you cannot have the treatment."
    )));
    assert!(!escort_required(&proposals(
        "If your driver does not wait in the lobby, the visit will be cancelled."
    )));
    assert!(!escort_required(&proposals(
        "Without a car of your own or a taxi waiting, the visit will be postponed."
    )));
    assert!(!escort_required(&proposals("Visits cancelled late are charged.")));
}

/// A page for a child's treatment is written to the parent: the parent
/// asked to wait at the clinic through the treatment is the escort staying
/// on site; allowed to wait, or waiting at home, is not.
#[test]
fn the_parent_waiting_through_the_childs_treatment_stays_on_site() {
    assert!(stays_on_site(&proposals(
        "Please stay in the waiting area while your child is with the dentist."
    )));
    assert!(stays_on_site(&proposals(
        "Parents must stay in the reception area throughout the treatment."
    )));
    assert!(!stays_on_site(&proposals(
        "Parents may stay in the waiting room during treatment if they wish."
    )));
    assert!(!stays_on_site(&proposals(
        "Please stay in the waiting room until you are called."
    )));
}

/// Confirming the booking is the patient's task, with its count before
/// the visit; the clinic's own call to confirm is no task of the patient's.
#[test]
fn confirming_the_booking_is_a_task() {
    let rules = proposals("Please confirm your place three days before the session.");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::VisitTask { .. })),
        "{rules:?}"
    );
    let text = "We will phone the day before to confirm your arrival time.";
    assert!(!task_asked(text));
    assert!(!proposals(text).iter().any(|r| matches!(r, Proposed::VisitTask { .. })));
}
