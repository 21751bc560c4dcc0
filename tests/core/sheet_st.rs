//! Halves s and t read while tuning (issue 25, branch `tune-st`): the
//! mechanisms behind the proposals nobody expected there, each in words
//! of our own, with a near miss the fix must not swallow.

use steady_core::plan::sheet::{read_sheet, Proposed};

fn things_to_bring(text: &str) -> Vec<String> {
    super::sheet_look::things_lower(&rules_of(text))
}

/// Under a heading of things to wear, a line that says something about a
/// thing ("the cuff needs room", "polish can hide") or asks the patient to
/// get ready ("wash", "think about") is no thing to bring; a line that
/// names one still is.
#[test]
fn a_sentence_under_a_wear_heading_is_no_thing() {
    let sheet = "What to wear:\n\n  • Wear a loose top.\n  • The blood pressure cuff needs room on your upper arm.\n  \
                 • Shower the night before and think about leaving off lipstick.\n  \
                 • Bright nail varnish may hide the finger probe reading.\n  • Flat shoes.\n";
    let items = things_to_bring(sheet);
    assert!(items.iter().any(|i| i.contains("loose top")), "{items:?}");
    assert!(items.iter().any(|i| i.contains("flat shoes")), "{items:?}");
    for wrong in ["cuff", "arm", "shower", "think", "varnish"] {
        assert!(!items.iter().any(|i| i.contains(wrong)), "{wrong}: {items:?}");
    }
    // A thing described by what it can do is still the thing.
    let items = things_to_bring("What to bring:\n\n  • A cardigan that can come off easily.\n");
    assert!(items.iter().any(|i| i.contains("cardigan")), "{items:?}");
}

/// A minor's parent or guardian is a person who comes along, not a thing
/// to bring, and the patient's own age is not the escort's minimum age;
/// an age said of the escort still is.
#[test]
fn a_minors_guardian_is_no_thing_and_no_escort_age() {
    let reading = read_sheet("Patients who are 16 or younger: if you are under 17, please bring a guardian.").unwrap();
    assert!(
        !reading
            .proposals
            .iter()
            .any(|p| matches!(p.rule, Proposed::Bring { .. } | Proposed::EscortMinAge { .. })),
        "{:?}",
        reading.proposals
    );
    let reading = read_sheet("Your driver home must be over the age of 19.").unwrap();
    assert!(
        reading
            .proposals
            .iter()
            .any(|p| p.rule == Proposed::EscortMinAge { age: 19 }),
        "{:?}",
        reading.proposals
    );
}

/// The rules a sheet proposes, without their sentences: the shared view of
/// the per-half test files (sheet_uv, sheet_wx, sheet_y).
pub(crate) fn rules_of(text: &str) -> Vec<Proposed> {
    read_sheet(text)
        .unwrap()
        .proposals
        .into_iter()
        .map(|p| p.rule)
        .collect()
}

/// "Drink" whose object is alcohol is the verb of an alcohol ban, not a
/// drink of the fast; a drink of the fast stays one.
#[test]
fn drinking_alcohol_is_no_drinks_cutoff() {
    let rules = rules_of("Please drink no alcohol at all for 48 hours before the operation.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::ClearLiquids { .. })),
        "{rules:?}"
    );
    let rules = rules_of("You may drink water until 2 hours before the operation.");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::ClearLiquids { .. })),
        "{rules:?}"
    );
}

/// One drink stressed in brackets ("(juice only)") narrows a drink of a
/// cutoff and lists nothing; a bracket of drinks still lists what counts.
#[test]
fn one_drink_only_in_brackets_is_no_list() {
    let is_list = |text: &str| {
        rules_of(text)
            .iter()
            .any(|r| matches!(r, Proposed::ClearLiquidsAre { .. }))
    };
    assert!(!is_list(
        "Please drink clear liquids (still water only) up to 4 hours before you arrive."
    ));
    assert!(is_list(
        "Please drink clear liquids (water, black tea) up to 4 hours before you arrive."
    ));
}

/// Medicine words that make no rule on a medicine: how long a drug lasts,
/// "sedatives" whose bracket names recreational drugs, the dose another
/// rule counts from; a rule on a medicine still stands.
#[test]
fn medicine_words_without_a_medicine_rule() {
    let medicine = |text: &str| rules_of(text).iter().any(|r| matches!(r, Proposed::Medicine { .. }));
    assert!(!medicine(
        "It may take about 12 hours for the sleeping drugs to clear from your system."
    ));
    assert!(!medicine(
        "Stop using sedatives (cannabis or alcohol) 48 hours before your visit."
    ));
    assert!(!medicine(
        "Do not operate machinery for 12 hours after taking the sedative tablets."
    ));
    assert!(medicine("Stop taking aspirin 7 days before your visit."));
}

/// A drop-off is the ride there; leaving and coming back needs a pick-up
/// or a return in the words.
#[test]
fn a_drop_off_is_not_leaving_and_returning() {
    let presence = |text: &str| {
        rules_of(text)
            .iter()
            .any(|r| matches!(r, Proposed::EscortPresence { .. }))
    };
    assert!(!presence("An adult you trust must drop you off at the clinic."));
    assert!(presence(
        "Your escort may drop you off and come back to pick you up later."
    ));
}

/// Someone "looking after you" is company at home, not the ride.
#[test]
fn looking_after_you_is_company() {
    let rules = rules_of("Please make sure an adult is looking after you for 12 hours.");
    assert!(rules.contains(&Proposed::SomeoneStays { hours: 12 }), "{rules:?}");
    assert!(!rules.contains(&Proposed::EscortRequired), "{rules:?}");
}

/// A time inside "if your appointment is ..." is the booking's; the rule
/// keeps the time after the comma, or the booking's when it has no other.
#[test]
fn a_booking_time_is_no_cutoff() {
    let reading = read_sheet("If your appointment is before 10am, you may drink clear fluids until 6am.").unwrap();
    let rules: Vec<&Proposed> = reading.proposals.iter().map(|p| &p.rule).collect();
    let asked: Vec<_> = reading
        .questions
        .iter()
        .flat_map(|q| q.options.iter().map(|o| &o.rule))
        .collect();
    let all = format!("{rules:?} {asked:?}");
    assert!(!all.contains("ClockTime(600)"), "{all}");
    assert!(all.contains("ClockTime(360)"), "{all}");
}

fn asked_about(text: &str) -> Vec<steady_core::plan::sheet::Subject> {
    read_sheet(text).unwrap().questions.iter().map(|q| q.about).collect()
}

/// A ban on medicines with an exception ("unless your doctor approves")
/// is no talk with the prescriber; asking first still is.
#[test]
fn a_ban_with_an_exception_is_no_ask_prescriber() {
    let asks_prescriber = |text: &str| {
        rules_of(text).iter().any(|r| {
            matches!(r, Proposed::Medicine { rule } if matches!(rule.before, steady_core::facts::rules::MedicineBefore::AskPrescriber { .. }))
        })
    };
    assert!(!asks_prescriber(
        "Take no further medicines for the rest of the day unless your nurse has agreed to them."
    ));
    assert!(asks_prescriber(
        "Do not take any medicine unless you have discussed it with your nurse before the visit."
    ));
    assert!(asks_prescriber(
        "Please ask your doctor about your blood thinners before the visit."
    ));
}

/// Being alone with dependants is about them, not about company for the
/// patient; not being left alone still asks for company.
#[test]
fn alone_with_children_is_no_company() {
    let stays = |text: &str| {
        rules_of(text)
            .iter()
            .any(|r| matches!(r, Proposed::SomeoneStays { .. }))
    };
    assert!(!stays(
        "You must not be left alone with babies for 12 hours after the treatment."
    ));
    assert!(stays("You must not be left alone for 12 hours after the treatment."));
}

/// Two cutoffs joined by "or" for one rule are asked, not one chosen; a
/// cutoff with a second time that is no alternative is proposed.
#[test]
fn two_cutoffs_joined_by_or_are_asked() {
    let text = "Do not eat from 10pm or for at least 9 hours before your scan.";
    assert!(!rules_of(text).iter().any(|r| matches!(r, Proposed::SolidFood { .. })));
    assert!(asked_about(text).contains(&steady_core::plan::sheet::Subject::SolidFood));
    assert!(rules_of("Do not eat for 9 hours before your scan.")
        .iter()
        .any(|r| matches!(r, Proposed::SolidFood { .. })));
}

/// A fast some kinds of visit need "but some do not" is asked: the sheet
/// does not say which the patient's is.
#[test]
fn a_fast_for_some_visits_only_is_asked() {
    let text = "Some scans need fasting for 6 hours before the scan, but others do not.";
    assert!(!rules_of(text).iter().any(|r| matches!(r, Proposed::SolidFood { .. })));
    assert!(rules_of("All scans need fasting for 6 hours before the scan.")
        .iter()
        .any(|r| matches!(r, Proposed::SolidFood { .. })));
}

/// "May not drive and must be fetched by a friend or a taxi": the "not"
/// is said of driving, and the taxi is one of the rides allowed; a "not"
/// said of the taxi still bans it.
#[test]
fn a_not_of_driving_does_not_ban_the_taxi() {
    let rules = rules_of("Afterwards you may not drive and must be fetched by a relative, a friend or a taxi.");
    assert!(
        rules.contains(&Proposed::Rideshare {
            rideshare: steady_core::facts::rules::Rideshare::Allowed
        }),
        "{rules:?}"
    );
    assert!(!rules.contains(&Proposed::EscortRequired), "{rules:?}");
    let rules = rules_of("You may not go home in a taxi.");
    assert!(
        !rules.contains(&Proposed::Rideshare {
            rideshare: steady_core::facts::rules::Rideshare::Allowed
        }),
        "{rules:?}"
    );
}

/// Medicines named by what they are for ("tablets for your lungs") are
/// some medicines, not every usual one; the usual ones taken with a sip
/// are still kept.
#[test]
fn medicines_for_a_use_are_not_all_usual_ones() {
    let rules =
        rules_of("If you have tablets for your lungs that you must take, you can take them with a sip of water.");
    assert!(!rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
    let rules = rules_of("Take your usual medicines with a sip of water on the morning of the test.");
    assert!(rules.contains(&Proposed::KeepTakingUsual), "{rules:?}");
}

/// "Call your doctor if you bring up your prep": the doctor doing the
/// procedure, the clinic; after the visit "your doctor" stays the family
/// doctor.
#[test]
fn your_doctor_about_the_prep_is_the_clinic() {
    let call = |text: &str| {
        rules_of(text).into_iter().find_map(|r| match r {
            Proposed::RedFlag { rule } => Some(rule.call),
            _ => None,
        })
    };
    assert_eq!(
        call("Please call your doctor if you vomit some of your prep."),
        Some(steady_core::facts::rules::WhoToCall::Clinic)
    );
    assert_eq!(
        call("Please call your doctor if you have a fever in the week after."),
        Some(steady_core::facts::rules::WhoToCall::PrimaryCare)
    );
}

/// An adult "with you" for a time after, with no word of a ride or the
/// visit, is company; an adult to come with you to the visit is the
/// escort.
#[test]
fn an_adult_with_you_afterwards_is_company() {
    let rules = rules_of("For 12 hours after this, you should:\nKeep a sensible adult with you.\n");
    assert!(!rules.contains(&Proposed::EscortRequired), "{rules:?}");
    let rules = rules_of("You must have a responsible adult to come with you to the clinic.");
    assert!(rules.contains(&Proposed::EscortRequired), "{rules:?}");
}

/// The kinds listed before "or other medicines" name them; "your other
/// medicines" alone names no kinds.
#[test]
fn kinds_listed_before_other_medicines_name_them() {
    let name = |text: &str| {
        rules_of(text).into_iter().find_map(|r| match r {
            Proposed::Medicine { rule } => Some(rule.name.to_lowercase()),
            _ => None,
        })
    };
    assert_eq!(
        name("Ask your doctor whether to take thyroid, asthma or other medicines on the morning of the test.")
            .as_deref(),
        Some("thyroid, asthma or other medicines")
    );
    assert_eq!(
        name("Ask your doctor whether to take your other medicines on the morning of the test.").as_deref(),
        Some("other medicines")
    );
}

/// "2 cups a day" is a rate, never a day's length a list under it borrows;
/// "for a day" still is one.
#[test]
fn a_count_a_day_is_a_rate() {
    let sheet = "If you drink coffee:\n  • Over 3 cups a day\n\n  • Do not drive a car\n";
    assert!(!rules_of(sheet).iter().any(|r| matches!(r, Proposed::NoDriving { .. })));
    let rules = rules_of("Do not drive a car for a day after the visit.");
    assert!(
        rules.iter().any(|r| matches!(r, Proposed::NoDriving { .. })),
        "{rules:?}"
    );
}

/// Under a heading that gives a length, a "Do:" subheading and a one-word
/// bullet ("• Sleep") are parts of its list: the "Don't:" items after them
/// still borrow the length. Another subheading with a colon still ends it.
#[test]
fn do_and_dont_lists_keep_the_headings_length() {
    let sheet = "For the 12-hour period after your visit:\n\nDo:\n\n  • Sleep\n\nDon't:\n\n  • Drive a car\n";
    assert!(rules_of(sheet).contains(&Proposed::NoDriving {
        rule: steady_core::facts::rules::NoDriving::Hours { hours: 12 }
    }));
    let sheet = "For the 12-hour period after your visit:\n\n  • Sleep\n\nNotes:\n\nDon't:\n\n  • Drive a car\n";
    assert!(!rules_of(sheet).iter().any(|r| matches!(
        r,
        Proposed::NoDriving {
            rule: steady_core::facts::rules::NoDriving::Hours { .. }
        }
    )));
}

/// A garment said to be "a good choice" or "ideal" is one to wear; a
/// garment said to be a poor choice is not.
#[test]
fn a_garment_that_is_a_good_choice_is_worn() {
    let items = things_to_bring("The nurse needs your forearm, so a loose jumper is a good choice.");
    assert!(items.iter().any(|i| i.contains("jumper")), "{items:?}");
    let items = things_to_bring("A sleeveless top is ideal.");
    assert!(items.iter().any(|i| i.contains("top")), "{items:?}");
    let items = things_to_bring("A tight jumper is a poor choice.");
    assert!(items.is_empty(), "{items:?}");
}

/// A figure alone in brackets ("for (8) hours") is the number; a figure
/// in brackets that is no length ("step (2)") gives no fast.
#[test]
fn a_figure_alone_in_brackets_is_the_number() {
    let rules = rules_of("Please do not eat for (8) hours before the operation.");
    assert!(
        rules.contains(&Proposed::SolidFood {
            cutoff: steady_core::facts::rules::Cutoff::HoursBefore { hours: 8 }
        }),
        "{rules:?}"
    );
    let rules = rules_of("Please see step (2) about eating before the operation.");
    assert!(
        !rules.iter().any(|r| matches!(r, Proposed::SolidFood { .. })),
        "{rules:?}"
    );
}

/// "Must not ... look after children" bans looking after them, kept with
/// no time; children named otherwise ("do not bring children") are not.
#[test]
fn not_looking_after_children_is_kept_without_a_time() {
    let rules = rules_of("Afterwards you must not cook, swim, or care for young children.");
    assert!(rules.contains(&Proposed::NoDependents), "{rules:?}");
    let rules = rules_of("Please do not bring young children to the clinic.");
    assert!(!rules.contains(&Proposed::NoDependents), "{rules:?}");
}

/// "You are required to wear" asks for the garment; "in order to wear"
/// is a purpose, no ask.
#[test]
fn required_to_wear_is_asked() {
    let items = things_to_bring("You are required to wear a loose jumper to the visit.");
    assert!(items.iter().any(|i| i.contains("jumper")), "{items:?}");
    let items = things_to_bring("The room is warm enough for you to wear a loose jumper.");
    assert!(!items.iter().any(|i| i.contains("jumper")), "{items:?}");
}

/// "An adult at home who can help you for 12 hours" is company; "treated
/// only if" an adult takes you home ("not ... unless") requires the
/// escort; "no taxi unless an adult is with you" is the taxi's condition.
#[test]
fn company_at_home_and_an_escort_required_by_unless() {
    let rules = rules_of("Please have a responsible adult at home who can help you for the first 12 hours.");
    assert!(rules.contains(&Proposed::SomeoneStays { hours: 12 }), "{rules:?}");
    assert!(!rules.contains(&Proposed::EscortRequired), "{rules:?}");
    let rules = rules_of("We cannot sedate you unless an adult is coming to take you home.");
    assert!(rules.contains(&Proposed::EscortRequired), "{rules:?}");
    let rules = rules_of("You cannot take a taxi unless an adult is with you.");
    assert!(!rules.contains(&Proposed::EscortRequired), "{rules:?}");
    let rules = rules_of("An adult does not need to take you home after this scan.");
    assert!(!rules.contains(&Proposed::EscortRequired), "{rules:?}");
}

/// The bullets under a "... checklist" heading are things to bring; an
/// instruction among them still ends the list.
#[test]
fn a_checklist_heading_opens_things_to_bring() {
    let items =
        things_to_bring("Admission Checklist\n\n  • Photo ID, referral letters\n  • Please call us with questions\n");
    assert!(items.iter().any(|i| i.contains("photo id")), "{items:?}");
    assert!(items.iter().any(|i| i.contains("referral letters")), "{items:?}");
    assert!(!items.iter().any(|i| i.contains("call")), "{items:?}");
}

/// An escort "who can wait" stays through the visit; one "who can take
/// you home" says nothing of waiting.
#[test]
fn an_escort_who_can_wait_stays() {
    let stays = Proposed::EscortPresence {
        presence: steady_core::facts::rules::EscortPresence::StaysOnSite,
    };
    assert!(rules_of("Bring an adult with you who can wait and drive you home.").contains(&stays));
    assert!(!rules_of("Bring an adult with you who can drive you home.").contains(&stays));
}
