//! Halves r, u and v read while tuning (issue 25, branch `tune-uv`): the
//! mechanisms behind the numbers the reader invented or took there, each
//! in words of our own, with a near miss the fix must not swallow.

use steady_core::facts::rules::{Cutoff, NoDriving};
use steady_core::plan::sheet::{read_sheet, Proposed, Subject};

use super::sheet_st::rules_of as proposals;

fn asked(text: &str, about: Subject) -> bool {
    read_sheet(text).unwrap().questions.iter().any(|q| q.about == about)
}

/// "Three full days": the word that stresses the length does not change
/// it, and never turns it into one day.
#[test]
fn a_full_number_of_days_keeps_its_number() {
    let rules = proposals("You may not drive for two full days after your test.");
    assert!(
        rules.contains(&Proposed::NoDriving {
            rule: NoDriving::Hours { hours: 48 }
        }),
        "{rules:?}"
    );
    // "A whole day" alone is still one day.
    let rules = proposals("You may not drive for a whole day after your test.");
    assert!(
        rules.contains(&Proposed::NoDriving {
            rule: NoDriving::Hours { hours: 24 }
        }),
        "{rules:?}"
    );
}

/// The time a patient spends at the clinic for a treatment is the whole
/// visit, not the length of the treatment itself.
#[test]
fn time_at_the_clinic_is_no_infusion_length() {
    let rules = proposals("Expect to be at our office for roughly 2 hours for every infusion.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::InfusionMinutes { .. })),
        "{rules:?}"
    );
    let rules = proposals("Each infusion lasts about 50 minutes.");
    assert!(rules.contains(&Proposed::InfusionMinutes { minutes: 50 }), "{rules:?}");
}

/// "A series of eight 2-hour sessions": a count before a length describes
/// a course of bookings; the infusion's own length said elsewhere on the
/// sheet wins, and with none said the course's length stands.
#[test]
fn a_counted_course_yields_to_the_infusions_own_length() {
    let rules = proposals(
        "Most people receive a series of eight 2-hour infusions over a month.\n\nEach infusion itself lasts 50 minutes.\n",
    );
    assert!(rules.contains(&Proposed::InfusionMinutes { minutes: 50 }), "{rules:?}");
    assert!(
        !rules.contains(&Proposed::InfusionMinutes { minutes: 120 }),
        "{rules:?}"
    );
    let rules = proposals("Most people receive a series of eight 2-hour infusions over a month.");
    assert!(rules.contains(&Proposed::InfusionMinutes { minutes: 120 }), "{rules:?}");
}

/// "Drink no milk or cream for 6 hours": those drinks are never clear, so
/// the time is the food's and says nothing of clear drinks; water given
/// its own time in the next clause keeps it.
#[test]
fn milk_named_as_the_drink_is_no_clear_liquid_cutoff() {
    let rules = proposals("For 6 hours before your visit, eat nothing and drink no milk or cream.");
    assert!(
        rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::HoursBefore { hours: 6 }
        }),
        "{rules:?}"
    );
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::ClearLiquids { .. })),
        "{rules:?}"
    );
    let rules =
        proposals("Drink no milk for 6 hours before the visit; plain water is fine up to 1 hour before the visit.");
    assert!(
        rules.contains(&Proposed::ClearLiquids {
            cutoff: Cutoff::HoursBefore { hours: 1 }
        }),
        "{rules:?}"
    );
}

/// "No mints or chewing gum for 1 hour before": a time for sweets alone is
/// not the fast from food; with food named it still is.
#[test]
fn sweets_alone_set_no_food_cutoff() {
    let rules =
        proposals("Nothing to eat for 6 hours before the visit. No mints or chewing gum 1 hour before the visit.");
    assert!(
        !rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::HoursBefore { hours: 1 }
        }),
        "{rules:?}"
    );
    assert!(
        rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::HoursBefore { hours: 6 }
        }),
        "{rules:?}"
    );
    let rules = proposals("No food, sweets or gum for 5 hours before the visit.");
    assert!(
        rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::HoursBefore { hours: 5 }
        }),
        "{rules:?}"
    );
}

/// Two allowances side by side, each up to its own time ("drinks up to 3
/// hours", "sips of water up to 1 hour"), for the same patients: Steady
/// does not choose, it asks. One time and a separate "nothing in the last
/// hour" that agrees is no question.
#[test]
fn two_drink_times_side_by_side_are_asked() {
    let sheet = "Before your visit:\n\nYou may have clear drinks up to 3 hours before your visit.\n\
                 You may have small sips of water up to 1 hour before your visit.\n";
    assert!(asked(sheet, Subject::ClearLiquids));
    assert!(!proposals(sheet)
        .iter()
        .any(|r| matches!(r, Proposed::ClearLiquids { .. })));
    let sheet = "You may have clear drinks up to 3 hours before your visit.\nBring your glasses.\n";
    assert!(proposals(sheet).contains(&Proposed::ClearLiquids {
        cutoff: Cutoff::HoursBefore { hours: 3 }
    }));
}

/// "Rest well in the 12 hours before you arrive": the arrival is what the
/// length counts back from, not how early to come; "arrive 20 minutes
/// before your visit" still is.
#[test]
fn a_length_before_you_arrive_is_no_arrival_time() {
    let rules = proposals("Please sleep well in the 12 hours before you arrive.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::ArriveEarly { .. })),
        "{rules:?}"
    );
    let rules = proposals("Please arrive 20 minutes before your visit.");
    assert!(rules.contains(&Proposed::ArriveEarly { minutes: 20 }), "{rules:?}");
}

/// "Start a soft diet two days before: no solid food the day before the
/// visit": the lead's moment is the lead's; the rule after the colon has
/// its own and takes no length from the lead.
#[test]
fn the_leads_moment_stays_before_the_colon() {
    let rules = proposals(
        "Keep to a soft diet two days before the visit: you may not eat solid food the day before the visit.",
    );
    assert!(
        !rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::HoursBefore { hours: 48 }
        }),
        "{rules:?}"
    );
    // A lead with a time and no moment after the colon still gives it.
    let rules = proposals("6 hours before your visit: no food.");
    assert!(
        rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::HoursBefore { hours: 6 }
        }),
        "{rules:?}"
    );
}

/// "No alcohol for 24 hours or while you are on sleeping tablets": the
/// medicine says how long the alcohol rule lasts, it is no rule on it.
#[test]
fn a_medicine_after_while_is_no_medicine_rule() {
    let rules = proposals("Avoid alcohol for 24 hours, or while you are taking sleeping tablets.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::Medicine { .. })),
        "{rules:?}"
    );
    assert!(rules.contains(&Proposed::NoAlcohol { hours: 24 }), "{rules:?}");
}

/// "Home by private car or taxi, never by bus": the taxi beside a private
/// car is the collecting adult's ride home, so the "never" is said of the
/// bus, and a taxi stays allowed with the escort.
#[test]
fn a_car_or_taxi_home_is_a_taxi_with_the_escort() {
    use steady_core::facts::rules::Rideshare;
    let rules = proposals("Go home by private car or taxi, never by bus or train.");
    assert!(
        rules.contains(&Proposed::Rideshare {
            rideshare: Rideshare::OnlyWithEscort
        }),
        "{rules:?}"
    );
    let rules = proposals("Do not take a taxi or the bus home.");
    assert!(
        rules.contains(&Proposed::Rideshare {
            rideshare: Rideshare::NotAllowed
        }),
        "{rules:?}"
    );
}

/// A sheet written to the escort: "stay with the patient for the rest of
/// the evening" is company at home, not the patient's stay at the clinic.
#[test]
fn staying_with_the_patient_is_no_stay_at_the_clinic() {
    let rules = proposals("Please stay with the patient for the rest of the evening (about 6 hours).");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::Observation { .. })),
        "{rules:?}"
    );
}

/// "Monitored for a further 3 hours" after another length that is not the
/// treatment's: added on, so the whole stay is asked, never one figure;
/// added on to the infusion's own length it is the stay after.
#[test]
fn a_length_added_on_is_asked() {
    let sheet = "You may sit up after 3 hours, and you will then be monitored for a further 3 hours.";
    assert!(asked(sheet, Subject::Observation));
    assert!(!proposals(sheet)
        .iter()
        .any(|r| matches!(r, Proposed::Observation { .. })));
    let rules = proposals("The infusion lasts 40 minutes and you will be monitored for a further 30 minutes.");
    assert!(
        rules.contains(&Proposed::Observation {
            min_minutes: 30,
            max_minutes: 30
        }),
        "{rules:?}"
    );
}

fn medicine_rules(text: &str) -> Vec<steady_core::facts::rules::MedicineRule> {
    proposals(text)
        .into_iter()
        .filter_map(|r| match r {
            Proposed::Medicine { rule } => Some(rule),
            _ => None,
        })
        .collect()
}

/// "Speak with your heart doctor about stopping warfarin 5 days before":
/// the stop is the prescriber's to decide, so the reader asks them, with
/// the days as when to talk, and sets no stop of its own.
#[test]
fn a_stop_talked_over_is_the_prescribers() {
    use steady_core::facts::rules::MedicineBefore;
    let rules = medicine_rules("Speak with your heart doctor about stopping warfarin 5 days before the visit.");
    assert!(
        rules
            .iter()
            .any(|r| matches!(r.before, MedicineBefore::AskPrescriber { days_before: 5 })),
        "{rules:?}"
    );
    assert!(
        !rules
            .iter()
            .any(|r| matches!(r.before, MedicineBefore::HoursBefore { .. })),
        "{rules:?}"
    );
    // Stopped outright, it is the sheet's own stop.
    let rules = medicine_rules("Stop warfarin 5 days before the visit.");
    assert!(
        rules
            .iter()
            .any(|r| r.before == MedicineBefore::HoursBefore { hours: 120 }),
        "{rules:?}"
    );
}

/// Words that send no medicine to the prescriber: "if you take any
/// medicine at present, tell us" (the clinic wants to know), "medicines
/// your doctor has not discussed" (no talk was had), "ask your doctor
/// about your diet" (the talk is about food).
#[test]
fn talks_that_name_no_medicine_rule() {
    for sheet in [
        "If you are on any medication currently, please tell us at the desk.",
        "Bring along any medicines the dentist has not discussed with you that you feel you need.",
        "If you have diabetes and use insulin, talk to your family doctor about your meals before the scan.",
    ] {
        let rules = medicine_rules(sheet);
        assert!(rules.is_empty(), "{sheet}: {rules:?}");
    }
    // A named medicine to tell the doctor about still is one.
    let rules = medicine_rules("Talk to your doctor about your insulin before the scan.");
    assert!(!rules.is_empty());
}

/// "You can take your regular medicines up to 3 hours before getting to the
/// ward": counted from arriving, so no last dose before the visit is
/// taken from it; counted from the visit it still is.
#[test]
fn usual_medicines_until_arriving_set_no_last_dose() {
    use steady_core::facts::rules::MedicineBefore;
    let rules = medicine_rules("You may take your regular medicines up to 3 hours before coming to the ward.");
    assert!(
        !rules
            .iter()
            .any(|r| matches!(r.before, MedicineBefore::HoursBefore { .. })),
        "{rules:?}"
    );
    let rules = medicine_rules("You may take your regular medicines up to 3 hours before your procedure.");
    assert!(
        rules
            .iter()
            .any(|r| r.before == MedicineBefore::HoursBefore { hours: 3 }),
        "{rules:?}"
    );
}

/// "No drinks for 4 hours, except a sip of water, or clear drinks": the
/// ban leaves clear drinks out and gives them no time, so it is asked; a
/// sip of water alone left out keeps the cutoff.
#[test]
fn clear_drinks_left_out_of_a_ban_are_asked() {
    let sheet = "Drinking is not allowed for 4 hours before, except for a sip of water, or clear drinks.";
    assert!(asked(sheet, Subject::ClearLiquids));
    assert!(!proposals(sheet)
        .iter()
        .any(|r| matches!(r, Proposed::ClearLiquids { .. })));
    let rules = proposals("Drinking is not allowed for 4 hours before, except for a sip of water.");
    assert!(
        rules.contains(&Proposed::ClearLiquids {
            cutoff: Cutoff::HoursBefore { hours: 4 }
        }),
        "{rules:?}"
    );
}

/// "It takes around 2 hours to recover from the anaesthetic, so have
/// someone take you home": the drug wearing off, not the stay at the
/// clinic.
#[test]
fn recovering_from_the_drug_is_no_stay() {
    let rules = proposals("It takes around 2 hours to recover from the anaesthetic, so have someone take you home.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::Observation { .. })),
        "{rules:?}"
    );
}

/// "Do not drive on the day of the procedure" and, later, "you are fit to
/// drive after a good night's sleep": the second says when the one ban
/// ends, so it is the next morning, not two answers to choose between.
#[test]
fn fit_to_drive_again_ends_the_days_ban() {
    let rules = proposals(
        "Do not drive a car on the day of the procedure.\n\nYou will be fit to drive after a good night's sleep.\n",
    );
    assert!(
        rules.contains(&Proposed::NoDriving {
            rule: NoDriving::NextMorning
        }),
        "{rules:?}"
    );
    assert!(
        !rules.contains(&Proposed::NoDriving {
            rule: NoDriving::RestOfDay
        }),
        "{rules:?}"
    );
}

/// "Tell the surgeon if you have had a pacemaker fitted in the past year":
/// history told for planning, not a sign to call about; an illness in the
/// last weeks still is.
#[test]
fn history_in_the_last_months_is_no_red_flag() {
    let flags = |text: &str| {
        proposals(text)
            .into_iter()
            .filter(|r| matches!(r, Proposed::RedFlag { .. }))
            .count()
    };
    assert_eq!(
        flags("Please tell your surgeon if you have had a pacemaker fitted in the past year."),
        0
    );
    assert_eq!(
        flags("Call us if you have had a cold or fever in the last two weeks."),
        1
    );
}

/// "If you are told to take your usual tablets, take them with a sip of
/// water", "the nurse will give instructions on which medicine to take
/// after": whether they are taken is someone else's word, so the usual
/// medicines are not kept from it; said outright they still are.
#[test]
fn usual_medicines_someone_else_decides_are_not_kept() {
    for sheet in [
        "If you are told to take your regular medicines, take them with a sip of water.",
        "After the procedure the nurse will give instructions on any medicines to be taken at home.",
    ] {
        assert!(!proposals(sheet).contains(&Proposed::KeepTakingUsual), "{sheet}");
    }
    assert!(proposals("Take your regular medicines with a sip of water.").contains(&Proposed::KeepTakingUsual));
}

/// "Bring all your tablets in their boxes, your inhaler included": the
/// inhaler is one of the things already named, not another to bring.
#[test]
fn a_thing_included_is_no_other_thing() {
    let items: Vec<String> =
        proposals("Please bring all your tablets in their boxes, your inhaler included if you have one.")
            .into_iter()
            .filter_map(|r| match r {
                Proposed::Bring { items } => Some(items),
                _ => None,
            })
            .flatten()
            .collect();
    assert!(!items.iter().any(|i| i.to_lowercase().contains("inhaler")), "{items:?}");
    assert!(items.iter().any(|i| i.to_lowercase().contains("tablets")), "{items:?}");
}

/// "• Mind any small children without help" under "Don'ts", an item with
/// no full stop: it still says not to look after them, though it reads
/// like a heading; a heading that only names children says nothing.
#[test]
fn an_item_without_a_full_stop_still_bans_looking_after_children() {
    let sheet =
        "For 24 hours after your treatment:\n\nDON'T:\n\n  • Drive a car\n\n  • Mind any small children without help\n";
    assert!(
        proposals(sheet).contains(&Proposed::NoDependents),
        "{:?}",
        proposals(sheet)
    );
    assert!(!proposals("Paediatric Patients (Children)\n\nPlease arrive early.\n").contains(&Proposed::NoDependents));
}

/// "If you were given a sedative, for the next 12 hours you must not:":
/// the sedative is the condition's topic; the clause ending in the colon
/// still hands its moment and its "not" to the list under it.
#[test]
fn a_list_opened_after_a_condition_takes_its_moment() {
    let sheet =
        "If you were given a sedative injection, please remember that for the next 12 hours you must not:\n\n  \
                 • Drive a car\n\n  • Drink alcohol\n";
    let rules = proposals(sheet);
    assert!(
        rules.contains(&Proposed::NoDriving {
            rule: NoDriving::Hours { hours: 12 }
        }),
        "{rules:?}"
    );
    assert!(rules.contains(&Proposed::NoAlcohol { hours: 12 }), "{rules:?}");
}

/// "Please keep to the rules below, or we may have to postpone your
/// visit", heading a list that holds the fast: what follows a broken fast,
/// though the warning names no food itself; with no fast under it, it is
/// no rule.
#[test]
fn a_warning_heading_the_fast_is_what_follows_breaking_it() {
    let broken = |text: &str| {
        proposals(text)
            .iter()
            .any(|r| matches!(r, Proposed::IfFastBroken { .. }))
    };
    assert!(broken(
        "Please keep to the rules below, or your visit may have to be postponed.\n\n  • No food for 6 hours before your visit.\n  • Wear a loose top.\n"
    ));
    assert!(!broken(
        "Please keep to the rules below, or your visit may have to be postponed.\n\n  • Wear a loose top.\n  • Bring your glasses.\n"
    ));
}

/// "Please be at our office 45 minutes before your visit", "you will be
/// admitted to the ward 1 hour before": being there, or admitted, that long
/// before is how early to arrive.
#[test]
fn being_at_the_place_before_is_arriving_early() {
    assert!(proposals("Please be at our office 45 minutes before your visit.")
        .contains(&Proposed::ArriveEarly { minutes: 45 }));
    assert!(
        proposals("You will be admitted to the ward at least 1 hour before the test.")
            .contains(&Proposed::ArriveEarly { minutes: 60 })
    );
}

/// "Tell your physician if your health changes before surgery, such as a
/// fever": said of the time before the visit, the physician is the one who
/// treats, so the clinic is called.
#[test]
fn a_change_in_health_before_surgery_calls_the_clinic() {
    use steady_core::facts::rules::WhoToCall;
    let rules =
        proposals("Tell your physician if your health changes in any way before surgery, such as a fever or a cough.");
    assert!(
        rules
            .iter()
            .any(|r| matches!(r, Proposed::RedFlag { rule } if rule.call == WhoToCall::Clinic)),
        "{rules:?}"
    );
}

/// "Call your doctor, or go straight to the emergency department": two
/// places to call with nothing saying which when, asked; "call 999 or go
/// straight to the emergency department" is one emergency call.
#[test]
fn or_go_straight_to_is_or_go_to() {
    use steady_core::facts::rules::WhoToCall;
    let sheet = "If you have chest pain, contact your doctor, or go straight to the emergency department.";
    assert!(!proposals(sheet).iter().any(|r| matches!(r, Proposed::RedFlag { .. })));
    let rules = proposals("If you have chest pain, call 999 or go straight to an emergency department.");
    assert!(
        rules
            .iter()
            .any(|r| matches!(r, Proposed::RedFlag { rule } if rule.call == WhoToCall::Emergency)),
        "{rules:?}"
    );
}

/// "Whoever comes with you should plan to stay in the office through the
/// treatment": the companion stays on site, though no companion is asked
/// for; "your carer must wait with you until discharge" stays too.
#[test]
fn a_companion_who_waits_through_stays_on_site() {
    use steady_core::facts::rules::EscortPresence;
    let stays = Proposed::EscortPresence {
        presence: EscortPresence::StaysOnSite,
    };
    let rules = proposals("Whoever comes with you should plan to stay in the office through the treatment.");
    assert!(rules.contains(&stays), "{rules:?}");
    assert!(!rules.contains(&Proposed::EscortRequired), "{rules:?}");
    let rules = proposals("Your carer must wait with you until your discharge.");
    assert!(rules.contains(&stays), "{rules:?}");
}
