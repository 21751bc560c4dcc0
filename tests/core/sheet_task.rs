//! Tasks before the visit (issue 25, branch `tune-task`): a task the sheet
//! gives with a count counted to the visit is proposed at that count; a
//! task for some patients only, at a named moment ("the night before"),
//! or with no time ("as directed") is asked about the visit task, never
//! proposed. Then what must not be read so: the clinic's own doing, a
//! fast, a medicine rule, a red flag.

use steady_core::facts::rules::Moment;
use steady_core::plan::sheet::{read_sheet, Proposed, Subject};

use super::sheet_st::rules_of as proposals;

/// The tasks a text proposes, as (title, moment).
fn tasks(text: &str) -> Vec<(String, Moment)> {
    proposals(text)
        .into_iter()
        .filter_map(|r| match r {
            Proposed::VisitTask { task } => Some((task.title, task.when)),
            _ => None,
        })
        .collect()
}

fn asks_task(text: &str) -> bool {
    read_sheet(text)
        .unwrap()
        .questions
        .iter()
        .any(|q| q.about == Subject::VisitTask)
}

/// A task with its count before the visit, in hours, days or weeks.
#[test]
fn a_counted_task_is_proposed_at_its_count() {
    for (text, hours) in [
        (
            "Please book an appointment with your GP at least 4 weeks before your operation.",
            672,
        ),
        ("Start the antibiotic eye drops three days before your procedure.", 72),
        (
            "Kindly phone at least 2 days ahead to confirm your booking with the unit.",
            48,
        ),
        (
            "Your blood results must be completed within 14 days of your operation.",
            336,
        ),
    ] {
        let got = tasks(text);
        assert!(
            got.iter().any(|(_, m)| *m == Moment::HoursBefore { hours }),
            "{text}: {got:?}"
        );
        assert!(!asks_task(text), "{text}");
    }
    let got = tasks("Lorazepam: take one tablet 45 minutes before the appointment.");
    assert!(
        got.iter()
            .any(|(t, m)| t.starts_with("Lorazepam") && *m == Moment::MinutesBefore { minutes: 45 }),
        "{got:?}"
    );
    // "2 days before the scan, see the nurse": the count may come first.
    let got = tasks("3 DAYS BEFORE the scan, see the practice nurse:");
    assert!(
        got.iter().any(|(_, m)| *m == Moment::HoursBefore { hours: 72 }),
        "{got:?}"
    );
}

/// For some patients, at a named moment, with no time: asked, not proposed.
#[test]
fn a_task_for_some_or_at_a_named_moment_is_asked() {
    for text in [
        "If you were prescribed a sedative tablet, you must take it 30 minutes before the appointment.",
        "If you are diabetic, please check your sugar reading on the morning of the operation.",
        "Please put the cold compresses in the fridge the night before your surgery.",
        "Just before bedtime, you will take the relaxing tablet we gave you.",
        "If you have been prescribed pre-operative antibiotics, take them as directed.",
        "Be sure also to take any pre-medication the dentist gave you.",
        // Figures that are no count before the visit leave it untimed.
        "Please read pages 4-9 of the booklet before your appointment.",
        "If you are anxious and would like something to calm you, please tell the front desk at least 48 hours ahead.",
    ] {
        assert!(tasks(text).is_empty(), "{text}: {:?}", tasks(text));
        assert!(asks_task(text), "{text}");
    }
}

/// The clinic's own doing, a fast, a medicine stopped, a thing not to do,
/// a cancellation, telling the clinic about a condition, a red flag:
/// neither a task proposed nor a task asked.
#[test]
fn what_is_not_a_task_before_the_visit() {
    for text in [
        "We will call you 2 days before your appointment to confirm the time.",
        "Do not eat for 6 hours before your procedure.",
        "Stop taking iron tablets 7 days before your procedure.",
        "If for any reason you need to cancel, please call us at least 48 hours before your appointment.",
        "Please tell us if you have diabetes or take blood thinners.",
        "Take all your medicines as directed.",
        "If you have any questions, please call before your appointment.",
        "Arrive at least 30 minutes before your appointment.",
        "Please take out contact lenses before your appointment.",
        "Call 911 if you have chest pain after the procedure.",
        "Our nurse will phone you 2 days before your appointment.",
        "Take your regular medicines 2 hours before your procedure with a sip of water.",
        "Have nothing to drink for 2 hours before your procedure.",
        "Take one tablet 2 hours after the procedure if you have pain.",
    ] {
        assert!(tasks(text).is_empty(), "{text}: {:?}", tasks(text));
        assert!(!asks_task(text), "{text}");
    }
}

fn asks_bring(text: &str) -> bool {
    read_sheet(text)
        .unwrap()
        .questions
        .iter()
        .any(|q| q.about == Subject::Bring)
}

fn brings(text: &str) -> bool {
    proposals(text).iter().any(|r| matches!(r, Proposed::Bring { .. }))
}

/// A thing to bring for some patients only: asked on bring, not proposed
/// as every patient's.
#[test]
fn a_thing_to_bring_for_some_is_asked() {
    for text in [
        "If your child still wears nappies, please bring a few spare ones.",
        "Patients who use a CPAP machine should bring it on the day.",
        "Epilepsy sufferers are asked to bring their rescue medicine.",
        "For general anaesthesia, wear a top with short sleeves.",
        "What to bring:\n- Scans if applicable",
    ] {
        assert!(asks_bring(text), "{text}: {:?}", proposals(text));
    }
}

/// Every patient's thing, an allowance, whom to bring: no question on
/// bring.
#[test]
fn what_is_not_a_thing_asked_to_bring() {
    for text in [
        "Please bring your health card to the appointment.",
        "You are welcome to bring a pillow if you prefer.",
        "If you are under 18, you must bring a parent or guardian.",
        "If you wear contact lenses, please wear glasses instead.",
    ] {
        assert!(!asks_bring(text), "{text}");
    }
    assert!(brings("Please bring your health card to the appointment."));
}

/// "What to bring" and, right under it, a sentence whose things follow
/// "including": those things are brought, not the sentence's head.
#[test]
fn things_included_under_the_heading_are_brought() {
    let text = "What to bring\n\nA list of what you will want for your day with us, including your glasses, a warm cardigan and a phone charger.\n";
    let items: Vec<String> = proposals(text)
        .into_iter()
        .filter_map(|r| match r {
            Proposed::Bring { items } => Some(items),
            _ => None,
        })
        .flatten()
        .collect();
    assert!(items.len() == 3, "{items:?}");
    // Not under the heading, or not right under it: nothing brought.
    for text in [
        "Our team, including nurses, doctors and porters, will look after you.",
        "What to bring\n\nYour medicines.\n\nOur team, including nurses, doctors and porters, will look after you.\n",
    ] {
        assert!(
            !brings(text)
                || !proposals(text)
                    .iter()
                    .any(|r| matches!(r, Proposed::Bring { items } if items.iter().any(|i| i.contains("porter")))),
            "{text}: {:?}",
            proposals(text)
        );
    }
}
