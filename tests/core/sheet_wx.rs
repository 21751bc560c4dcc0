//! Halves w and x read while tuning (issue 25, branch `tune-wx`): the
//! mechanisms behind the proposals nobody expected there and the rules
//! missed, each in words of our own, with a near miss the fix must not
//! swallow.

use steady_core::facts::rules::{Cutoff, MedicineBefore, MedicineRule, Rideshare};
use steady_core::plan::sheet::{read_sheet, Proposed, Subject};

use super::sheet_look::things as brought;
use super::sheet_st::rules_of as proposals;

fn asked(text: &str, about: Subject) -> bool {
    read_sheet(text).unwrap().questions.iter().any(|q| q.about == about)
}

fn medicines(rules: &[Proposed]) -> Vec<&MedicineRule> {
    rules
        .iter()
        .filter_map(|r| match r {
            Proposed::Medicine { rule } => Some(rule),
            _ => None,
        })
        .collect()
}

fn asks_prescriber(rules: &[Proposed]) -> bool {
    medicines(rules)
        .iter()
        .any(|m| matches!(m.before, MedicineBefore::AskPrescriber { .. }))
}

/// "Not alone, by train or by cab": an "alone" the comma closes is one
/// way home among those listed, each banned, so the cab is banned too;
/// "not alone by cab" is still a cab only with company.
#[test]
fn alone_listed_beside_the_taxi_bans_the_taxi() {
    let rules = proposals("You must not travel home alone, by train, by taxi or on a bicycle.");
    assert!(
        rules.contains(&Proposed::Rideshare {
            rideshare: Rideshare::NotAllowed
        }),
        "{rules:?}"
    );
    let rules = proposals("You must not travel home alone by taxi.");
    assert!(
        rules.contains(&Proposed::Rideshare {
            rideshare: Rideshare::OnlyWithEscort
        }),
        "{rules:?}"
    );
}

/// "Questions about your medicines? Phone the ward": help offered, no rule
/// on any medicine; a talk the sheet asks for still is one.
#[test]
fn an_offer_to_answer_questions_is_no_medicine_rule() {
    let rules = proposals("If you have any questions about medications, contact your anaesthetist.");
    assert!(medicines(&rules).is_empty(), "{rules:?}");
    let rules = proposals("Discuss your blood thinners with your doctor before the visit.");
    assert!(asks_prescriber(&rules), "{rules:?}");
}

/// "If you have asthma or take any other medicine, let the nurse know":
/// the clinic told what the patient takes; nothing is kept or asked. A
/// kind of medicine named on its own ("if you take heart medication, tell
/// the nurse, who will advise you") is still one to ask about.
#[test]
fn telling_the_clinic_about_any_medicine_keeps_nothing() {
    let rules =
        proposals("If you have asthma or take any regular or occasional medication, you should tell the nurse.");
    assert!(!rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
    assert!(medicines(&rules).is_empty(), "{rules:?}");
    let rules =
        proposals("If you take heart medication, you must tell the nurse, as you will be given special advice.");
    assert!(asks_prescriber(&rules), "{rules:?}");
}

/// "Take them on the morning once you have talked it through with your
/// GP", "follow your GP's advice about taking them": the taking waits on
/// the prescriber's word, so it is asked of them, not kept.
#[test]
fn taking_that_waits_on_the_prescriber_is_asked() {
    for text in [
        "If you take long-term medication, take them on the morning of the visit, after speaking with your GP.",
        "If you take repeat medicines, follow your GP's advice about taking them on the morning of the visit.",
    ] {
        let rules = proposals(text);
        assert!(!rules.contains(&Proposed::KeepTakingUsual), "{text}: {rules:?}");
        assert!(asks_prescriber(&rules), "{text}: {rules:?}");
    }
    let rules = proposals("Take your usual medicines on the morning of the visit with a sip of water.");
    assert!(rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
}

/// "If you are to take medicines that morning, use only a sip of water":
/// how to take what the clinic may have said, not the usual ones kept.
#[test]
fn how_to_take_medicines_if_told_keeps_nothing() {
    let rules = proposals(
        "If you are to take medicines on the morning of the visit, swallow them with as little water as you can.",
    );
    assert!(!rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
    let rules = proposals("Take your medicines on the morning of the visit with as little water as you can.");
    assert!(rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
}

/// "The drip keeps you from feeling pain": "keep" said of what a medicine
/// does, not of taking the usual ones.
#[test]
fn a_medicine_that_keeps_you_comfortable_is_no_keep() {
    let rules = proposals("The medicine given through the drip keeps you from feeling pain during the test.");
    assert!(!rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
    let rules = proposals("Keep taking your medicines as normal before the test.");
    assert!(rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
}

/// "From 21h30 the night before": a clock as much of the world writes it,
/// never 21 hours; a length in hours and minutes ("1h30") stays a length.
#[test]
fn an_h_between_hours_and_minutes_is_a_clock() {
    let rules = proposals("Nothing to eat from 21h30 the night before your visit.");
    assert!(
        rules.iter().any(|r| matches!(
            r,
            Proposed::SolidFood {
                cutoff: Cutoff::Clock { days_before: 1, .. }
            }
        )),
        "{rules:?}"
    );
    assert!(
        !rules.iter().any(|r| matches!(
            r,
            Proposed::SolidFood {
                cutoff: Cutoff::HoursBefore { .. }
            }
        )),
        "{rules:?}"
    );
    let rules = proposals("Nothing to eat for 1h30 before your visit.");
    assert!(
        !rules.iter().any(|r| matches!(
            r,
            Proposed::SolidFood {
                cutoff: Cutoff::Clock { .. }
            }
        )),
        "{rules:?}"
    );
}

/// "If you are listed before 11:00, eat nothing from 23:00 the night
/// before": the first time says which patients, the second is the fast's.
/// "If you are sick after the visit, take nothing for 2 hours" holds no
/// time of day and stays as it was.
#[test]
fn a_booking_time_said_with_a_verb_is_no_cutoff() {
    let rules = proposals("If you are listed for theatre before 11:00, eat nothing from 23:00 the night before.");
    assert!(
        !rules.iter().any(|r| matches!(
            r,
            Proposed::SolidFood {
                cutoff: Cutoff::Clock { days_before: 0, .. }
            }
        )),
        "{rules:?}"
    );
    assert!(
        rules.iter().any(|r| matches!(
            r,
            Proposed::SolidFood {
                cutoff: Cutoff::Clock { days_before: 1, .. }
            }
        )),
        "{rules:?}"
    );
    let rules = proposals("If you eat anything after 23:00 before your surgery, it will be postponed.");
    assert!(
        !rules.iter().any(|r| matches!(
            r,
            Proposed::SolidFood {
                cutoff: Cutoff::Clock { days_before: 0, .. }
            }
        )),
        "{rules:?}"
    );
    let rules = proposals("If you feel sick after your surgery, take nothing by mouth for at least 1 hour.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::SolidFood { .. })),
        "{rules:?}"
    );
}

/// "Bring your meals back in small steps": taking food up again, not a
/// thing to bring; "bring the signed form back to us" still is one.
#[test]
fn bring_back_slowly_is_no_thing_to_bring() {
    let rules = proposals("Once home, bring soup and toast back a little at a time.");
    assert!(brought(&rules).is_empty(), "{rules:?}");
    let rules = proposals("Please bring the signed consent form back to us on the day.");
    assert!(!brought(&rules).is_empty(), "{rules:?}");
}

/// "In the theatre you will wear a gown of ours": what the visit holds,
/// not what to bring; "please wear loose clothes" is still asked.
#[test]
fn what_you_will_wear_there_is_no_thing_to_bring() {
    let rules = proposals("For the scan you will wear a robe from the ward.");
    assert!(brought(&rules).is_empty(), "{rules:?}");
    let rules = proposals("Please wear loose clothes to the scan.");
    assert!(!brought(&rules).is_empty(), "{rules:?}");
}

/// "Infusions take about three hours" and, further down, "the drip runs
/// for about 90 minutes": two lengths for one infusion, asked. Two kinds
/// of infusion each with its own length are no question.
#[test]
fn two_lengths_for_one_infusion_are_asked() {
    let sheet = "Ketamine infusions take about three hours.\n\nA line is put in your arm. The drip runs for about 90 minutes.\n";
    let rules = proposals(sheet);
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::InfusionMinutes { .. })),
        "{rules:?}"
    );
    assert!(asked(sheet, Subject::InfusionMinutes));
    let sheet = "Depression infusions take about 45 minutes.\nMigraine infusions take about 3 hours.\n";
    assert!(!asked(sheet, Subject::InfusionMinutes), "{:?}", proposals(sheet));
}

fn calls(rules: &[Proposed]) -> Vec<steady_core::facts::rules::WhoToCall> {
    rules
        .iter()
        .filter_map(|r| match r {
            Proposed::RedFlag { rule } => Some(rule.call),
            _ => None,
        })
        .collect()
}

/// "A temperature between your last visit and the day of the procedure:
/// tell your physician": the days leading to it, so the doctor doing it;
/// after it, "your doctor" stays the family one.
#[test]
fn the_doctor_told_of_the_days_before_is_the_clinics() {
    use steady_core::facts::rules::WhoToCall;
    let rules = proposals(
        "If you have a raised temperature between your last visit and the day of the procedure, tell your physician.",
    );
    assert_eq!(calls(&rules), [WhoToCall::Clinic], "{rules:?}");
    let rules = proposals("If you have a raised temperature in the weeks after the procedure, tell your physician.");
    assert!(!calls(&rules).contains(&WhoToCall::Clinic), "{rules:?}");
}

/// "Either drink water until 3 hours before, or take nothing from
/// midnight": two cutoffs offered as alternatives, however far apart;
/// asked. "Either water or squash up to 2 hours before" is one cutoff.
#[test]
fn either_of_two_cutoffs_is_asked() {
    let sheet = "You can either drink water up to 3 hours before your visit (tea without milk is fine too) or have nothing at all after midnight.";
    let rules = proposals(sheet);
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::ClearLiquids { .. })),
        "{rules:?}"
    );
    assert!(asked(sheet, Subject::ClearLiquids));
    let rules = proposals("You may drink either water or squash up to 2 hours before your visit.");
    assert!(
        rules.contains(&Proposed::ClearLiquids {
            cutoff: Cutoff::HoursBefore { hours: 2 }
        }),
        "{rules:?}"
    );
}

/// "Fast for 6 hours, not even water": the water is part of the fast, not
/// named apart from it, so drinks stop then too; "fast for 6 hours, water
/// until 2 hours" still names the water apart.
#[test]
fn not_even_water_is_part_of_the_fast() {
    let rules = proposals("Fast for 6 hours before the visit, not even water.");
    assert!(
        rules.contains(&Proposed::ClearLiquids {
            cutoff: Cutoff::HoursBefore { hours: 6 }
        }),
        "{rules:?}"
    );
    let rules = proposals("Fast for 6 hours before the visit; water is fine until 2 hours before.");
    assert!(
        !rules.contains(&Proposed::ClearLiquids {
            cutoff: Cutoff::HoursBefore { hours: 6 }
        }),
        "{rules:?}"
    );
}

/// The whole fast, food and drink together, given by the hours in one
/// place and by the clock in another: two values, both asked. A second
/// whole fast for afternoon bookings is for other patients.
#[test]
fn two_times_for_the_whole_fast_are_asked() {
    let sheet = "Nothing to eat or drink for 8 hours before the test.\n\nOn the day:\n\nDo not eat or drink anything after midnight.\n";
    let rules = proposals(sheet);
    assert!(
        !rules
            .iter()
            .any(|r| matches!(r, Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. })),
        "{rules:?}"
    );
    assert!(asked(sheet, Subject::SolidFood) && asked(sheet, Subject::ClearLiquids));
    let sheet = "Nothing to eat or drink for 8 hours before the test.\n\nPatients booked in the afternoon may eat and drink until 07:00, and nothing after that time.\n";
    assert!(proposals(sheet).contains(&Proposed::SolidFood {
        cutoff: Cutoff::HoursBefore { hours: 8 }
    }));
}

/// "You cannot eat at all on the day before" (asked: Steady keeps no
/// whole day) and later "nothing to eat from midnight": the later cutoff
/// lies inside the day without food, no rule of its own. Without the
/// whole day, midnight is the rule.
#[test]
fn a_cutoff_inside_a_day_without_food_is_no_rule() {
    let sheet = "Your gut must be empty. You will not eat anything on the day before, only clear drinks.\n\n- Nothing to eat from midnight.\n";
    let rules = proposals(sheet);
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::SolidFood { .. })),
        "{rules:?}"
    );
    assert!(asked(sheet, Subject::SolidFood));
    let rules = proposals("Eat a light lunch on the day before.\n\n- Nothing to eat from midnight.\n");
    assert!(
        rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::Clock {
                days_before: 0,
                time: steady_core::facts::day::ClockTime::hm(0, 0)
            }
        }),
        "{rules:?}"
    );
}

/// "After 12:00 midnight": the word says which twelve; "12:00 noon" is
/// midday; a bare "12:00" stays a question of which day.
#[test]
fn twelve_o_clock_named_midnight_is_midnight() {
    use steady_core::facts::day::ClockTime;
    let rules = proposals("Take nothing to eat after 12:00 midnight before your visit.");
    assert!(
        rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::Clock {
                days_before: 0,
                time: ClockTime::hm(0, 0)
            }
        }),
        "{rules:?}"
    );
    let rules = proposals("Take nothing to eat after 12:00 before your visit.");
    assert!(
        !rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::Clock {
                days_before: 0,
                time: ClockTime::hm(0, 0)
            }
        }),
        "{rules:?}"
    );
}

/// "It is essential to bring your inhaler": asked by its weight, and
/// "bring your inhaler on the morning of the test" is the inhaler, not
/// the morning; "it is important to rest" brings nothing.
#[test]
fn a_thing_it_is_important_to_bring_is_brought() {
    let rules = proposals("It is essential to bring your inhaler with you.");
    assert_eq!(brought(&rules), ["Inhaler"], "{rules:?}");
    let rules = proposals("Bring your inhaler on the morning of the test.");
    assert_eq!(brought(&rules), ["Inhaler"], "{rules:?}");
    let rules = proposals("It is important to rest after the test.");
    assert!(brought(&rules).is_empty(), "{rules:?}");
}

/// "Take your usual medicines unless you are told not to": the "not" is
/// the exception's, so the medicines are kept; "do not take them unless
/// you are told to" keeps nothing.
#[test]
fn a_not_only_in_unless_told_keeps_the_medicines() {
    let rules = proposals("Take your usual medicines on the day unless you are told not to.");
    assert!(rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
    let rules = proposals("Do not take your usual medicines on the day unless you are told not to stop them.");
    assert!(!rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
}

/// "This person must be in the building with you", "they wait in the
/// reception area": the companion there through the visit. "Be at home
/// with you" is no stay at the clinic.
#[test]
fn a_companion_in_the_building_with_you_stays_on_site() {
    use steady_core::facts::rules::EscortPresence;
    let stays = |text: &str| {
        proposals(text).contains(&Proposed::EscortPresence {
            presence: EscortPresence::StaysOnSite,
        })
    };
    assert!(stays(
        "An adult must take you home. This person must be in the building with you."
    ));
    assert!(stays("Your escort must stay in the reception area during the visit."));
    assert!(!stays(
        "An adult must take you home. This person must be at home with you that night."
    ));
}

/// "Call your sedationist", "contact the pain specialist": the one who
/// treats, so the clinic; "call your family doctor" is not.
#[test]
fn the_sedationist_or_the_specialist_is_the_clinic() {
    use steady_core::facts::rules::WhoToCall;
    let rules = proposals("If you keep vomiting after the sedation, contact your sedationist.");
    assert_eq!(calls(&rules), [WhoToCall::Clinic], "{rules:?}");
    let rules = proposals("If you bleed heavily after the procedure, contact the pain specialist at once.");
    assert_eq!(calls(&rules), [WhoToCall::Clinic], "{rules:?}");
    let rules = proposals("If you bleed heavily after the procedure, contact your family doctor.");
    assert!(!calls(&rules).contains(&WhoToCall::Clinic), "{rules:?}");
}

/// "If your stomach is not empty, the operation is called off", "the visit
/// will probably be put off": what happens when the fast is broken, told
/// by what the fast is for or with how sure it is. "If you have an upset
/// stomach, call us" is no fast.
#[test]
fn an_emptiness_the_visit_waits_on_is_the_fast_broken() {
    let broken = |text: &str| {
        proposals(text)
            .iter()
            .any(|r| matches!(r, Proposed::IfFastBroken { .. }))
    };
    assert!(broken(
        "If your stomach is not empty, your operation will be cancelled."
    ));
    assert!(broken(
        "Food left in the gut is a risk, and your procedure will probably be put off if you eat."
    ));
    assert!(!broken("If you have an upset stomach, your operation will be moved."));
}

/// "You will also be told whether to stop any of your medicines": the
/// prescriber's word to wait for, asked; "you will be told where to park"
/// names no medicine.
#[test]
fn being_told_later_whether_to_stop_medicines_is_asked() {
    let rules = proposals("At the clinic you will also be told whether you should stop any medication for a while.");
    assert!(asks_prescriber(&rules), "{rules:?}");
    let rules = proposals("At the clinic you will be told whether you can park on site.");
    assert!(medicines(&rules).is_empty(), "{rules:?}");
}

/// "Pre-register at the front desk at least 2 days before": booking in
/// ahead is a task with its time; blankets given after the visit are
/// none.
#[test]
fn booking_in_ahead_is_a_task_before_the_visit() {
    let task = |text: &str| proposals(text).iter().any(|r| matches!(r, Proposed::VisitTask { .. }));
    assert!(task(
        "Please pre-register at the front desk at least 48 hours before the procedure."
    ));
    assert!(!task("Warm blankets are given to you 48 hours after the procedure."));
}

/// "Clear drinks until 3 hours before (clear drinks are water, black tea
/// or squash)": a definition says what counts beside a cutoff too; a
/// cutoff alone ("clear drinks until 3 hours before") says nothing of it.
#[test]
fn clear_drinks_defined_beside_a_cutoff_say_what_counts() {
    let counts = |text: &str| {
        proposals(text)
            .iter()
            .any(|r| matches!(r, Proposed::ClearLiquidsAre { .. }))
    };
    assert!(counts(
        "You may have clear drinks until 3 hours before your visit (clear drinks are water, black tea or squash)."
    ));
    assert!(!counts("You may have clear drinks until 3 hours before your visit."));
}

/// "Your surgeon must be told": the passive of telling the one who
/// treats, so the clinic.
#[test]
fn the_treating_doctor_must_be_told_is_the_clinic() {
    use steady_core::facts::rules::WhoToCall;
    let rules = proposals("If you develop a fever before the procedure, your surgeon must be told.");
    assert_eq!(calls(&rules), [WhoToCall::Clinic], "{rules:?}");
    let rules = proposals("Your surgeon must be told your height and weight.");
    assert!(calls(&rules).is_empty(), "{rules:?}");
}

/// "Nothing after midnight, apart from taking your medication
/// with a sip of water, unless your doctor says otherwise": the medicines
/// are taken inside the fast, the exception being the usual default.
/// "Apart from your medication" with no sip, or "if your doctor says
/// so", keeps nothing.
#[test]
fn medicines_taken_with_a_sip_inside_the_fast_are_kept() {
    let kept = |text: &str| proposals(text).contains(&Proposed::KeepTakingUsual);
    assert!(kept(
        "Nothing to eat or drink after midnight, apart from taking your medication with a sip of water, unless your doctor says otherwise."
    ));
    assert!(kept(
        "Take your medication with a sip of water, unless your doctor says otherwise."
    ));
    assert!(!kept(
        "Nothing to eat or drink after midnight, apart from taking your medication with a sip of water if your doctor says so."
    ));
    assert!(!kept(
        "Nothing to eat or drink after midnight, apart from your medication."
    ));
}
