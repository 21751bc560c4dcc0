//! The oral surgery, children's and many-language halves (issue 25,
//! branch `tune-ij`): halves ai and aj, read while tuning from this round.
//! What must not become a rule, or not that rule, each beside a case that
//! still must: a taxi driver who will not be the escort, a taxi said to be
//! fine, a bike a child must not ride, a minute past midnight, drinks that
//! "may be allowed", a drink with no solid bits, breast milk, the patient
//! leaving with the escort, public transport offered instead, medicines
//! for named illnesses, one's state of health told, a recent illness told
//! to "your doctor" before the visit, and a driving clause's own length.

use steady_core::facts::day::ClockTime;
use steady_core::facts::rules::{Cutoff, EscortPresence, MedicineBefore, NoDriving, Rideshare, WhoToCall};
use steady_core::plan::sheet::{read_sheet, Proposed, Subject};

use super::sheet_st::rules_of as proposals;

fn asked(text: &str) -> Vec<Subject> {
    read_sheet(text).unwrap().questions.iter().map(|q| q.about).collect()
}

fn rideshare(rules: &[Proposed]) -> Vec<Rideshare> {
    rules
        .iter()
        .filter_map(|r| match r {
            Proposed::Rideshare { rideshare } => Some(*rideshare),
            _ => None,
        })
        .collect()
}

fn driving(rules: &[Proposed]) -> Vec<NoDriving> {
    rules
        .iter()
        .filter_map(|r| match r {
            Proposed::NoDriving { rule } => Some(rule.clone()),
            _ => None,
        })
        .collect()
}

/// A cab driver who will not act as the escort says nothing against a
/// cab; "no taxis" still bans one.
#[test]
fn a_taxi_driver_who_is_no_escort_bans_no_taxi() {
    let rules = proposals("Please note that cab drivers are not able to serve as your escort after sedation.");
    assert!(!rideshare(&rules).contains(&Rideshare::NotAllowed), "{rules:?}");
    let rules = proposals("You may not go home in a taxi after sedation.");
    assert!(rideshare(&rules).contains(&Rideshare::NotAllowed), "{rules:?}");
}

/// "By taxi: that is fine, as you are not the one driving" allows a taxi.
#[test]
fn a_taxi_said_to_be_fine_is_no_ban() {
    let rules = proposals(
        "We do not allow driving any vehicle after sedation, bicycles included.\n\n3. Go home on foot or by public transport\n- ・By bus or by train: the best way.\n- ・Taxi: no problem, as you are not driving yourself.\n- ・A relative fetching you: also good.",
    );
    assert!(!rideshare(&rules).contains(&Rideshare::NotAllowed), "{rules:?}");
}

/// A child kept off a scooter or a bicycle is no driving ban; a car is.
#[test]
fn riding_a_bicycle_is_not_driving() {
    let rules = proposals("Do not let your child ride a bike or a skateboard for at least 24 hours.");
    assert!(driving(&rules).is_empty(), "{rules:?}");
    let rules = proposals("Do not drive a car for 24 hours after the anaesthetic.");
    assert_eq!(driving(&rules), vec![NoDriving::Hours { hours: 24 }]);
}

/// "From 12:01 am on the day" is "after midnight".
#[test]
fn a_minute_past_midnight_is_midnight() {
    let rules = proposals("Your child must have no food starting at 12:01 AM on the day of the operation.");
    assert!(
        rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::Clock {
                days_before: 0,
                time: ClockTime::hm(0, 0)
            }
        }),
        "{rules:?}"
    );
}

/// Drinks that "may be allowed" up to a time are asked; drinks "allowed"
/// are a rule.
#[test]
fn drinks_that_may_be_allowed_are_asked() {
    let text = "Small children can get thirsty, so clear drinks may be allowed until 3 hours before surgery.";
    let rules = proposals(text);
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::ClearLiquids { .. })),
        "{rules:?}"
    );
    assert!(asked(text).contains(&Subject::ClearLiquids));
    let rules = proposals("Clear drinks are allowed until 3 hours before surgery.");
    assert!(
        rules.contains(&Proposed::ClearLiquids {
            cutoff: Cutoff::HoursBefore { hours: 3 }
        }),
        "{rules:?}"
    );
}

/// A drink "with no solid bits" is a drink described, no food fast.
#[test]
fn a_drink_without_solid_bits_is_no_food_fast() {
    let rules = proposals(
        "A glass of clear fluid without pulp or solid pieces is allowed until 2 hours before the anaesthetic.",
    );
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::SolidFood { .. })),
        "{rules:?}"
    );
}

/// Breast milk is a feed, not a clear drink.
#[test]
fn breast_milk_is_not_a_clear_liquid() {
    let rules = proposals("For infants, drinking breast milk is allowed until 4 hours before the anaesthetic.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::ClearLiquids { .. })),
        "{rules:?}"
    );
}

/// The patient leaving with a friend, or public transport offered beside
/// a lift, says nothing of the escort leaving and coming back.
#[test]
fn leaving_with_someone_is_no_escort_who_leaves() {
    for text in [
        "You have to leave the clinic together with a relative or a friend.",
        "Come by bus or ask a relative to drop you off and pick you up again.",
    ] {
        let rules = proposals(text);
        assert!(
            !rules.contains(&Proposed::EscortPresence {
                presence: EscortPresence::MayLeaveAndReturn
            }),
            "{text}: {rules:?}"
        );
    }
}

/// "Medications for the heart or for asthma may be taken as usual": named
/// kinds, each taken on the day, not every usual medicine; "take your
/// usual medicines" still is.
#[test]
fn medicines_for_named_illnesses_are_not_every_usual_medicine() {
    let rules = proposals("Medicines taken for epilepsy or diabetes may be taken as usual with a little water.");
    assert!(!rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
    let taken: Vec<String> = rules
        .iter()
        .filter_map(|r| match r {
            Proposed::Medicine { rule } if rule.before == MedicineBefore::TakeOnTheDay => Some(rule.name.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(taken, ["epilepsy medicines", "diabetes medicines"], "{rules:?}");
    let rules = proposals("Take your usual medications in the morning with a sip of water.");
    assert!(rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
}

/// "Medicines may be used up to 3 hours before" is leave, no task.
#[test]
fn medicines_that_may_be_used_are_no_task() {
    let rules = proposals("Medications you take daily may be used no later than 2 hours before the procedure, swallowed with a sip of water;");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::VisitTask { .. })),
        "{rules:?}"
    );
}

/// "Let us know about your current health" names no sign to watch for.
#[test]
fn ones_state_of_health_told_is_no_red_flag() {
    let rules = proposals("Please let us know about your current state of health.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::RedFlag { .. })),
        "{rules:?}"
    );
}

/// "Tell your doctor about any recent fever" before the visit is told to
/// the practice doing it.
#[test]
fn a_recent_illness_told_before_the_visit_goes_to_the_clinic() {
    let rules = proposals("Tell your doctor about any recent fever or chest infection.");
    let calls: Vec<WhoToCall> = rules
        .iter()
        .filter_map(|r| match r {
            Proposed::RedFlag { rule } => Some(rule.call),
            _ => None,
        })
        .collect();
    assert!(!calls.contains(&WhoToCall::PrimaryCare), "{rules:?}");
}

/// "Rest for eight hours, and do not drive until 24 hours afterwards": the
/// driving clause's own length.
#[test]
fn a_driving_clause_keeps_its_own_length() {
    let rules =
        proposals("At home, rest for the first eight hours, do not drive until 24 hours afterwards, and drink plenty.");
    assert_eq!(driving(&rules), vec![NoDriving::Hours { hours: 24 }], "{rules:?}");
}

/// "For the first 12 hours after your sedation:" over a list of things not
/// to do: each line asked only for its time takes the heading's; under a
/// heading with no length they stay asked.
#[test]
fn a_heading_gives_its_length_to_the_list_under_it() {
    let list = "\n\n  • no drinking of alcohol\n  • no signing of contracts or other important decisions\n";
    let text = format!("For the first 12 hours after your sedation:{list}");
    let rules = proposals(&text);
    assert!(rules.contains(&Proposed::NoAlcohol { hours: 12 }), "{rules:?}");
    assert!(!asked(&text).contains(&Subject::NoAlcohol));
    let text = format!("What to keep in mind after your sedation:{list}");
    let rules = proposals(&text);
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::NoAlcohol { .. })),
        "{rules:?}"
    );
}

fn stopped(rules: &[Proposed]) -> Vec<(String, MedicineBefore)> {
    rules
        .iter()
        .filter_map(|r| match r {
            Proposed::Medicine { rule } => Some((rule.name.to_lowercase(), rule.before.clone())),
            _ => None,
        })
        .collect()
}

/// Ibuprofen and naproxen by their common brand names are medicines.
#[test]
fn brand_names_of_pain_relievers_are_medicines() {
    let rules = proposals("Do not give your child Motrin or Aleve for 7 days before the operation.");
    let names: Vec<String> = stopped(&rules).into_iter().map(|(n, _)| n).collect();
    assert!(
        names.contains(&"motrin".to_string()) && names.contains(&"aleve".to_string()),
        "{rules:?}"
    );
}

/// "Stop these for one week before your procedure:" over lines of names:
/// each name stopped for the lead's time; a line that is a sentence ends
/// the list, and a lead with no time stops nothing by itself.
#[test]
fn a_timed_lead_stops_the_names_listed_under_it() {
    let text = "Avoid all products that thin the blood for one week before your procedure:\n\n  • Naproxen, Celebrex\n  • Garlic tablets\n  Please ask us if you are unsure.\n";
    let rules = proposals(text);
    let week = MedicineBefore::HoursBefore { hours: 7 * 24 };
    let got = stopped(&rules);
    for name in ["naproxen", "celebrex", "garlic tablets"] {
        assert!(got.contains(&(name.to_string(), week.clone())), "{name}: {rules:?}");
    }
    assert!(!got.iter().any(|(n, _)| n.contains("ask us")), "{rules:?}");
    let rules = proposals("Things to think about before your procedure:\n\n  • Celebrex\n  • Garlic tablets\n");
    assert!(stopped(&rules).is_empty(), "{rules:?}");
}

fn stays(rules: &[Proposed]) -> Vec<(u32, u32)> {
    rules
        .iter()
        .filter_map(|r| match r {
            Proposed::Observation {
                min_minutes,
                max_minutes,
            } => Some((*min_minutes, *max_minutes)),
            _ => None,
        })
        .collect()
}

/// "Lie down for twenty to forty minutes until the sedation wears off",
/// "fully awake after 40-50 minutes", "monitored for 3-4 hours": the stay
/// after; a rest of days at home is not.
#[test]
fn a_rest_until_the_sedative_wears_off_is_the_stay_after() {
    let rules = proposals("You may lie back and rest on a bed for 2-3 hours until you are awake enough to leave.");
    assert_eq!(stays(&rules), vec![(120, 180)], "{rules:?}");
    let rules =
        proposals("Afterwards you rest in a quiet room for twenty to thirty minutes while the medicine wears off.");
    assert_eq!(stays(&rules), vec![(20, 30)], "{rules:?}");
    let rules = proposals("Rest at home for 2 to 3 days after the operation.");
    assert!(stays(&rules).is_empty(), "{rules:?}");
    let rules = proposals("After about 40-50 minutes you are fully awake and can get dressed.");
    assert_eq!(stays(&rules), vec![(40, 50)], "{rules:?}");
    let rules = proposals("You then go back to the ward to be monitored for 3-4 hours.");
    assert_eq!(stays(&rules), vec![(180, 240)], "{rules:?}");
    let rules = proposals("Once you have slept it off, sleeping it off for a while (about 20-40 min) is normal.");
    assert_eq!(stays(&rules), vec![(20, 40)], "{rules:?}");
}

/// "Up to 8 hours before you may have a light meal. After that, nothing
/// more to eat": the meal's time is the food's cutoff; a light meal with
/// no fast after it stays asked.
#[test]
fn a_meal_allowed_then_no_more_eating_is_the_food_cutoff() {
    let text = "Up to 8 hours before the anaesthetic you may have a light meal. After that, nothing more to eat.";
    let rules = proposals(text);
    assert!(
        rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::HoursBefore { hours: 8 }
        }),
        "{rules:?}"
    );
    assert!(!asked(text).contains(&Subject::SolidFood));
    let text = "Up to 8 hours before the anaesthetic you may have a light meal. After that, please rest.";
    let rules = proposals(text);
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::SolidFood { .. })),
        "{rules:?}"
    );
}

/// "Let the nurse know if you have eaten anything that morning" is what
/// the patient does when the fast is broken; "tell us if you have a cold"
/// is not.
#[test]
fn telling_the_staff_you_have_eaten_is_what_to_do_if_the_fast_is_broken() {
    let broken = |text: &str| {
        proposals(text)
            .iter()
            .any(|r| matches!(r, Proposed::IfFastBroken { .. }))
    };
    assert!(broken(
        "Please inform the staff if your child has eaten or drunk anything after the cut-off time."
    ));
    assert!(!broken("Please tell us if you have a cold or a fever."));
}

/// "You need to leave with a responsible adult", "please organise somebody
/// to collect you": an escort; "you do not need to come with an adult" is
/// not.
#[test]
fn the_company_the_patient_keeps_is_the_escort() {
    for text in [
        "After the scan you need to leave with a responsible adult.",
        "Please organise somebody to collect you after the sedation.",
        "It is essential that a responsible adult takes you home afterwards.",
    ] {
        assert!(proposals(text).contains(&Proposed::EscortRequired), "{text}");
    }
    let text = "For this scan you do not need to come with an adult.";
    assert!(!proposals(text).contains(&Proposed::EscortRequired), "{text}");
}

/// "From 0.00 o'clock, eat nothing more" is midnight, a clock written with
/// a dot; "6.5 hours" stays a number.
#[test]
fn a_clock_written_with_a_dot_before_o_clock_is_a_clock() {
    let rules = proposals("From 0.00 o'clock, do not eat anything more.");
    assert!(
        rules.contains(&Proposed::SolidFood {
            cutoff: Cutoff::Clock {
                days_before: 0,
                time: ClockTime::hm(0, 0)
            }
        }),
        "{rules:?}"
    );
    let rules = proposals("Do not eat anything for 6.5 hours before the operation.");
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
