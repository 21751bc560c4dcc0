//! The European and many-language halves (issue 25, branch `tune-eh`):
//! halves ae and ah, read while tuning from this round. First what must
//! not become a rule, each beside a case that still must: an hour written
//! "7h" is a clock, "the whole day" is the day, water to swallow pills
//! with is no drinks cutoff, water alone allowed is no list of clear
//! drinks, a fast the patient "will likely" keep is asked, the kind of
//! examination "with or without" a sedative is no medicine, a time that
//! is the smoking's, the whole stay with the getting ready, patience to
//! bring, the patient not leaving alone, driving oneself home "on the
//! day", an antibiotic for some patients, a past stay in hospital, a
//! looser stop for a name already stopped, a kind beside its examples,
//! a shorter "be fasting" inside a longer food fast.

use steady_core::facts::rules::{Cutoff, EscortPresence, MedicineBefore, NoDriving, WhoToCall};
use steady_core::plan::sheet::{read_sheet, Proposed, Subject};

use super::sheet_look::medicines;
use super::sheet_st::rules_of as proposals;

fn asked(text: &str) -> Vec<Subject> {
    read_sheet(text).unwrap().questions.iter().map(|q| q.about).collect()
}

fn food(rules: &[Proposed]) -> Vec<Cutoff> {
    rules
        .iter()
        .filter_map(|r| match r {
            Proposed::SolidFood { cutoff } => Some(cutoff.clone()),
            _ => None,
        })
        .collect()
}

/// "After 7h in the morning", "at 6h": an hour of the clock; "6h before"
/// stays six hours.
#[test]
fn an_hour_written_with_h_and_a_time_of_day_is_a_clock() {
    let rules = proposals("Patients booked in the afternoon: eat nothing after 8h in the morning.");
    assert!(
        food(&rules).iter().any(|c| matches!(c, Cutoff::Clock { .. })),
        "{rules:?}"
    );
    let rules = proposals("Eat nothing for 6h before your scope.");
    assert_eq!(food(&rules), vec![Cutoff::HoursBefore { hours: 6 }], "a length");
}

/// "Do not drive for the whole day" after sedation is the rest of that
/// day, not 24 hours; "a whole day" is still a length.
#[test]
fn the_whole_day_is_the_rest_of_the_day() {
    let rules = proposals("After the sedative you must not drive a car for the whole day.");
    assert!(
        rules.contains(&Proposed::NoDriving {
            rule: NoDriving::RestOfDay
        }),
        "{rules:?}"
    );
    let rules = proposals("After the sedative you must not drive a car for a whole day.");
    assert!(
        !rules.contains(&Proposed::NoDriving {
            rule: NoDriving::RestOfDay
        }),
        "{rules:?}"
    );
}

/// A glass of water to swallow the tablets with says when the tablets may
/// be taken, not when drinks stop; drinks allowed until a time still do.
#[test]
fn water_to_swallow_pills_is_no_drinks_cutoff() {
    let rules = proposals("If you take tablets in the morning, you may swallow them with a glass of water up to 2 hours before the scope.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::ClearLiquids { .. })),
        "{rules:?}"
    );
    let rules = proposals("You may drink a glass of water up to 2 hours before the scope.");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::ClearLiquids { .. })),
        "{rules:?}"
    );
}

/// Plain water allowed names no list of what counts as clear; water with
/// tea and black coffee does.
#[test]
fn water_alone_allowed_is_no_list_of_clear_drinks() {
    let are = |text: &str| {
        proposals(text)
            .iter()
            .any(|r| matches!(r, Proposed::ClearLiquidsAre { .. }))
    };
    assert!(!are("Drinking plain tap water is allowed."));
    assert!(are("Water, weak tea and black coffee are allowed."));
}

/// "Depending on the test, you will likely have to fast from midnight":
/// a guess at the rule, asked; a plain fast is still proposed.
#[test]
fn a_fast_the_sheet_only_expects_is_asked() {
    let text = "Depending on the test, you will likely need to stop eating and drinking at midnight.";
    assert!(food(&proposals(text)).is_empty(), "{:?}", proposals(text));
    assert!(asked(text).contains(&Subject::SolidFood));
    assert!(!food(&proposals("Stop eating at midnight before the test.")).is_empty());
}

/// "Whether your test is done with or without a sedative" is the kind of
/// test; "ask your doctor about your sedative" still names a medicine.
#[test]
fn with_or_without_a_sedative_is_no_medicine() {
    let rules = proposals("Ask the nurse if you are not sure whether your test is done with or without a sedative.");
    assert!(medicines(&rules).is_empty(), "{rules:?}");
}

/// "You may not eat or drink, and from 10 hours before you may not
/// smoke": the hours are the smoking's.
#[test]
fn a_time_for_smoking_is_not_the_fasts() {
    let rules =
        proposals("This means you must not eat or drink, and that from 10 hours before the test you must not smoke.");
    assert!(food(&rules).is_empty(), "{rules:?}");
    let rules = proposals("Do not eat for 10 hours before the test, and do not smoke.");
    assert_eq!(food(&rules), vec![Cutoff::HoursBefore { hours: 10 }]);
}

/// The whole stay, getting ready and waking up included, is no stay
/// after; "you stay 3 hours after" still is.
#[test]
fn the_whole_stay_with_the_getting_ready_is_no_stay_after() {
    let observed = |text: &str| {
        proposals(text)
            .iter()
            .any(|r| matches!(r, Proposed::Observation { .. }))
    };
    assert!(!observed(
        "Plan on your whole stay lasting about three hours, getting ready and waking up included."
    ));
    assert!(observed("You will stay with us for about 3 hours after the test."));
}

/// "Bring patience": a wait to expect, nothing to carry; "bring your
/// glasses" is a thing.
#[test]
fn patience_is_nothing_to_bring() {
    let brought = |text: &str| -> Vec<String> {
        proposals(text)
            .into_iter()
            .flat_map(|r| match r {
                Proposed::Bring { items } => items,
                _ => vec![],
            })
            .collect()
    };
    assert!(brought("Please bring some patience and time.").is_empty());
    assert_eq!(brought("Please bring your glasses."), vec!["Glasses".to_string()]);
    assert_eq!(
        brought("Bring your inhaler with you so that you can use it afterwards."),
        vec!["Inhaler".to_string()],
        "the why cut off"
    );
}

/// "Do not leave the ward on your own: someone must come up to your room
/// to fetch you": the escort comes to the door, not stays.
#[test]
fn the_patient_not_leaving_alone_is_no_escort_staying() {
    let rules = proposals("Do not leave the ward on your own; make sure a friend comes to your room to fetch you.");
    assert!(
        !rules.contains(&Proposed::EscortPresence {
            presence: EscortPresence::StaysOnSite
        }),
        "{rules:?}"
    );
    let rules = proposals("Your escort must not leave the building while you are here.");
    assert!(
        rules.contains(&Proposed::EscortPresence {
            presence: EscortPresence::StaysOnSite
        }),
        "{rules:?}"
    );
}

/// Not driving oneself home "on the day" is the trip home, its length
/// asked; "do not drive for the rest of the day" is a length.
#[test]
fn driving_yourself_home_on_the_day_is_asked() {
    let text = "Please do not drive yourself from the clinic on the day of the operation.";
    assert!(
        !proposals(text).iter().any(|r| matches!(r, Proposed::NoDriving { .. })),
        "{:?}",
        proposals(text)
    );
    assert!(asked(text).contains(&Subject::NoDriving));
    assert!(
        proposals("Do not drive for the rest of the day of the operation.").contains(&Proposed::NoDriving {
            rule: NoDriving::RestOfDay
        })
    );
}

/// An antibiotic some patients take for the visit is a task whose time
/// is asked; antibiotics already being taken are not read so.
#[test]
fn an_antibiotic_for_some_patients_is_a_task_asked() {
    let text = "If you have an artificial heart valve you must take an antibiotic on the day of the procedure.";
    assert!(medicines(&proposals(text)).is_empty(), "{:?}", proposals(text));
    assert!(asked(text).contains(&Subject::VisitTask));
}

/// A stay in a hospital abroad in the last months is history to tell,
/// not a sign; pain in the hours after the test is told to the doctor
/// who did it.
#[test]
fn history_is_no_sign_and_pain_after_the_test_goes_to_the_clinic() {
    let flags = |text: &str| -> Vec<WhoToCall> {
        proposals(text)
            .into_iter()
            .filter_map(|r| match r {
                Proposed::RedFlag { rule } => Some(rule.call),
                _ => None,
            })
            .collect()
    };
    assert!(flags("If in the last 12 months you have been admitted to a hospital abroad, please tell us.").is_empty());
    assert_eq!(
        flags("Tell your doctor if in the first hours after the procedure you have strong stomach pain."),
        vec![WhoToCall::Clinic]
    );
}

/// "Stop clopidogrel (Plavix) a week before ... no Plavix for two days":
/// the week already holds; a kind beside its examples named one by one
/// adds nothing.
#[test]
fn a_looser_stop_and_a_kind_beside_its_examples_add_nothing() {
    let rules =
        proposals("Stop clopidogrel (=Plavix) 7 days before the test.\n\nTake no Plavix for 2 days before the test.");
    let names: Vec<String> = medicines(&rules).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names.len(), 1, "{rules:?}");
    let rules = proposals(
        "If you take \"anticoagulants\" (for example Xarelto, Eliquis, Pradaxa), check with us whether they must be stopped.",
    );
    let names: Vec<String> = medicines(&rules).into_iter().map(|(n, _)| n).collect();
    assert!(!names.iter().any(|n| n.contains("anticoagulant")), "{names:?}");
    assert!(names.contains(&"xarelto".to_string()), "{names:?}");
}

/// "6 hours before: no food. 2 hours before: you must be fasting": the
/// shorter fast is about the drinks; two food times of their own stay.
#[test]
fn a_shorter_fasting_inside_a_longer_food_fast_adds_nothing() {
    let rules = proposals(
        "6 hours before your appointment: no more food.\n\n2 hours before your appointment: you must be fasting.",
    );
    assert_eq!(food(&rules), vec![Cutoff::HoursBefore { hours: 6 }], "{rules:?}");
}

fn stay(text: &str) -> Vec<(u32, u32)> {
    proposals(text)
        .into_iter()
        .filter_map(|r| match r {
            Proposed::Observation {
                min_minutes,
                max_minutes,
            } => Some((min_minutes, max_minutes)),
            _ => None,
        })
        .collect()
}

/// The stay after, as clinics in many countries put it: the nurses watch
/// the patient, the patient goes home after a time, stays on the ward.
/// Going home with no time, or company at home, is no stay.
#[test]
fn the_stay_after_in_plain_words() {
    for text in [
        "The nurses will watch you for two hours after the scope.",
        "You can go home after 2 hours.",
        "Your condition is watched for about 2 hours before you leave.",
    ] {
        assert_eq!(stay(text), vec![(120, 120)], "{text}");
    }
    assert!(stay("You can go home after the scope.").is_empty());
    assert!(stay("Someone must stay with you at home for 24 hours.").is_empty());
}

/// "For the whole of the day", "any more that day": the rest of the day;
/// "unsuitable to drive" and "unfit to drive" are bans.
#[test]
fn the_rest_of_the_day_and_unfit_to_drive() {
    for text in [
        "After the sedative you may not drive for the whole of the day.",
        "After a sedative it is unsuitable to drive a car any more that day.",
    ] {
        assert!(
            proposals(text).contains(&Proposed::NoDriving {
                rule: NoDriving::RestOfDay
            }),
            "{text}: {:?}",
            proposals(text)
        );
    }
    assert!(
        proposals("You are unfit to drive for 12 hours after the sedative.").contains(&Proposed::NoDriving {
            rule: NoDriving::Hours { hours: 12 }
        })
    );
}

/// "Patients are asked to have a companion", "come with an adult
/// companion": an escort asked for; a companion allowed is not.
#[test]
fn a_companion_asked_for_is_the_escort() {
    for text in [
        "Patients having sedation are asked to have a companion.",
        "Come with an adult companion on the day.",
    ] {
        assert!(
            proposals(text).contains(&Proposed::EscortRequired),
            "{text}: {:?}",
            proposals(text)
        );
    }
    assert!(!proposals("A companion may wait with you if you like.").contains(&Proposed::EscortRequired));
}

/// "You must stop them before the procedure" and a list whose lines give
/// each its time: every medicine of a line stopped for that line's time.
/// A lead that stops nothing, or a line after the list, is not read so.
#[test]
fn a_stop_with_its_times_on_the_lines_under_it() {
    let text = "If you take anticoagulants, you must stop them before your procedure.\n\n\
                \u{2022} Warfarin 5 days before\n\
                \u{2022} Rivaroxaban, Apixaban and Dabigatran 2 days before\n";
    let got = medicines(&proposals(text));
    for (name, hours) in [
        ("warfarin", 120),
        ("rivaroxaban", 48),
        ("apixaban", 48),
        ("dabigatran", 48),
    ] {
        assert!(
            got.contains(&(name.to_string(), MedicineBefore::HoursBefore { hours })),
            "{name}: {got:?}"
        );
    }
    let text = "If you take anticoagulants, tell us when you book.\n\n\u{2022} Warfarin 5 days before\n";
    assert!(
        !medicines(&proposals(text))
            .iter()
            .any(|(_, b)| matches!(b, MedicineBefore::HoursBefore { .. })),
        "{:?}",
        proposals(text)
    );
}

fn fast_broken(text: &str) -> bool {
    proposals(text)
        .iter()
        .any(|r| matches!(r, Proposed::IfFastBroken { .. }))
}

/// The examination put off, or the need to put it off, is what breaking
/// the fast costs; so is a warning that points back to an empty stomach
/// whose times are given elsewhere. A warning about something else is not.
#[test]
fn the_examination_put_off_is_the_broken_fasts_cost() {
    for text in [
        "Eat nothing for 6 hours before the scope. If you do not follow these rules, your examination will be postponed.",
        "Eat nothing for 6 hours before the scope. If you do not follow these rules, we may find it necessary to postpone the examination.",
        "You will be told when to stop eating. Follow the rules on an empty stomach closely.\n\nIf you do not, it is dangerous and can lead to the test being postponed.",
    ] {
        assert!(fast_broken(text), "{text}: {:?}", proposals(text));
    }
    assert!(!fast_broken(
        "Bring your referral letter. If you do not, your examination will be postponed."
    ));
}

/// "Report to the hospital two hours before": arriving early; "report
/// any bleeding" is no arrival.
#[test]
fn reporting_to_the_hospital_is_arriving() {
    assert!(
        proposals("Please report to the day unit one hour before your operation.")
            .contains(&Proposed::ArriveEarly { minutes: 60 })
    );
    assert!(!proposals("Report any bleeding to the nurse within 2 hours.")
        .iter()
        .any(|r| matches!(r, Proposed::ArriveEarly { .. })));
}

/// Medicines taken "only after the examination" wait that morning; taken
/// after it with no "only", nothing is said of the morning.
#[test]
fn medicines_only_after_the_examination_skip_the_morning() {
    let got = medicines(&proposals("Take your heart tablets only after the procedure."));
    assert_eq!(got, vec![("heart tablets".to_string(), MedicineBefore::SkipMorningOf)]);
    assert!(!medicines(&proposals("Take your heart tablets after the procedure."))
        .iter()
        .any(|(_, b)| *b == MedicineBefore::SkipMorningOf));
}

/// "Clear drinks (no milk)": what counts, by what is left out; "plan how
/// you will travel" home says no more of who drives than "a ride" does,
/// so it is asked.
#[test]
fn clear_drinks_by_what_is_left_out_and_the_way_home_planned() {
    let rules = proposals("Until 3 hours before, you may drink clear fluids (no milk).");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::ClearLiquidsAre { .. })),
        "{rules:?}"
    );
    let text = "You may not drive after the sedation. Plan how you will travel home.";
    assert!(asked(text).contains(&Subject::EscortRequired), "{:?}", asked(text));
    assert!(!proposals(text).contains(&Proposed::EscortRequired));
}

/// "Taking part in road traffic is forbidden" is a driving ban; "road
/// traffic" said of the way there is not.
#[test]
fn taking_part_in_road_traffic_is_driving() {
    assert!(
        proposals("After the sedative, taking part in road traffic is forbidden for the rest of the day.").contains(
            &Proposed::NoDriving {
                rule: NoDriving::RestOfDay
            }
        )
    );
    assert!(
        !proposals("Road traffic near the clinic is heavy on the day of your visit.")
            .iter()
            .any(|r| matches!(r, Proposed::NoDriving { .. }))
    );
}

/// An empty stomach whose times "you will be given instructions about"
/// beforehand: the food's and the drinks' times are asked. A sheet with a
/// fast of its own is not asked again.
#[test]
fn a_fast_left_to_instructions_given_elsewhere_is_asked() {
    let text =
        "For the scope your stomach must be empty.\n\nYou will receive written instructions about this before the day.";
    let got = asked(text);
    assert!(
        got.contains(&Subject::SolidFood) && got.contains(&Subject::ClearLiquids),
        "{got:?}"
    );
    let text = "Your stomach must be empty: eat nothing for 6 hours before.\n\nYou will receive written instructions about this before the day.";
    assert!(!asked(text).contains(&Subject::ClearLiquids), "{:?}", asked(text));
}

/// "You may leave after 1 to 2 hours, although you must not drive for
/// the rest of the day": two rules, each with its own time; a concession
/// that opens the sentence still says only what is so.
#[test]
fn a_concession_after_a_comma_is_a_rule_of_its_own() {
    let rules = proposals("You can go home after 1-2 hours, although you must not drive for the rest of the day.");
    assert!(
        rules.contains(&Proposed::NoDriving {
            rule: NoDriving::RestOfDay
        }),
        "{rules:?}"
    );
    assert!(
        stay("Although the scope itself takes 20 minutes, you will stay with us for 1 hour after it.")
            .contains(&(60, 60))
    );
}

/// "Until the next morning do not drive. During that time make no big
/// decisions": the decisions end with the driving ban; without "that
/// time" pointing back, nothing is chosen for them.
#[test]
fn decisions_during_that_time_end_with_the_driving_ban() {
    use steady_core::facts::rules::Until;
    let text = "Do not drive until the next morning.\n\nDuring that time, do not make any important decisions.";
    assert!(
        proposals(text).contains(&Proposed::NoDecisions {
            until: Some(Until::NextMorning)
        }),
        "{:?}",
        proposals(text)
    );
    let text = "Do not drive until the next morning.\n\nAvoid important decisions.";
    assert!(!proposals(text).contains(&Proposed::NoDecisions {
        until: Some(Until::NextMorning)
    }));
}

/// "Water, tea or coffee without milk until 2 hours before": the drinks
/// that count, named with what is left out of them; a single "coffee
/// without milk" in advice after the visit is no list.
#[test]
fn drinks_named_without_milk_say_what_counts() {
    let are = |text: &str| {
        proposals(text)
            .iter()
            .any(|r| matches!(r, Proposed::ClearLiquidsAre { .. }))
    };
    assert!(are(
        "You may drink water, weak tea or coffee without milk up to 3 hours before."
    ));
    assert!(!are("At home you may have a coffee without milk."));
}
