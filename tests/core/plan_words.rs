//! The plan's words come from the catalogue (issue 24): planned in the
//! accented pseudo-language, no item says a plain English word except the
//! clinic's and the patient's own; planned in English, the items say
//! exactly what they said before the words moved into the catalogue.

use steady_core::basics::i18n::{with_language, Messages};
use steady_core::facts::day::{ClockTime, DayTimes};
use steady_core::facts::model::{Checklist, Medication, Timeline};
use steady_core::facts::rules::{
    ClinicNote, ClinicRules, Cutoff, MedicineBefore, MedicineRule, Moment, NoDriving, Until, VisitTask,
};
use steady_core::plan::template::{plan, PlanContext, PlanItem};

use crate::{at, in_memory_store, new_session, rules, session_items};

/// The clinic's and the patient's own words in the rules below: arguments,
/// never translated.
const USER_DATA: &[&str] = &[
    "Sam",
    "after midnight",
    "call us",
    "water, black coffee",
    "Lamotrigine",
    "Really.",
    "Xanax",
    "Adderall",
    "Bupropion",
    "Their note.",
    "Ibuprofen",
    "Metoprolol",
    "Sertraline",
    "Melatonin",
    "Seroquel",
    "50 mg",
    "Zoloft",
    "Fill in the mood form",
    "Bring the consent form",
    "Sign it first.",
    "Note for the day before",
    "Note for the session day",
    "photo ID",
    "warm socks",
];

/// Every branch of the template: each kind of cutoff and moment, each
/// medicine rule, each no-driving and decisions rule, with and without a
/// driver.
fn rule_sets() -> Vec<(ClinicRules, Option<&'static str>, Vec<Medication>)> {
    let rich = rules(|r| {
        r.food.solid_food = Cutoff::Clock {
            days_before: 0,
            time: ClockTime::hm(0, 0),
        };
        r.food.solid_food_words = Some("after midnight".into());
        r.food.if_broken = Some("call us".into());
        r.food.clear_liquids = Cutoff::Clock {
            days_before: 1,
            time: ClockTime::hm(22, 0),
        };
        r.food.clear_liquids_are = Some("water, black coffee".into());
        r.medicines.keep_taking_usual = true;
        r.medicines.rules = vec![
            medicine("Lamotrigine", MedicineBefore::SkipMorningOf, Some(0), Some("Really.")),
            medicine("Xanax", MedicineBefore::NightBefore, Some(1), None),
            medicine("Adderall", MedicineBefore::HoursBefore { hours: 1 }, Some(6), None),
            medicine(
                "Bupropion",
                MedicineBefore::HoursBefore { hours: 12 },
                None,
                Some("Their note."),
            ),
            medicine("Ibuprofen", MedicineBefore::FewerOnTheDay, None, None),
            medicine(
                "Sertraline",
                MedicineBefore::AskPrescriber { days_before: 1 },
                None,
                None,
            ),
            medicine(
                "Melatonin",
                MedicineBefore::AskPrescriber { days_before: 7 },
                None,
                None,
            ),
            medicine("Metoprolol", MedicineBefore::TakeOnTheDay, None, None),
        ];
        r.bring = vec!["photo ID".into(), "warm socks".into()];
        r.timeline.travel_minutes = Some(30);
        r.timeline.arrive_early_minutes = 1;
        r.before_each_visit = vec![
            VisitTask {
                title: "Fill in the mood form".into(),
                when: Moment::HoursBefore { hours: 24 },
                note: None,
            },
            VisitTask {
                title: "Bring the consent form".into(),
                when: Moment::Clock {
                    days_before: 2,
                    time: ClockTime::hm(9, 0),
                },
                note: Some("Sign it first.".into()),
            },
        ];
        r.notes = vec![
            ClinicNote {
                checklist: Checklist::DayBefore,
                text: "Note for the day before".into(),
            },
            ClinicNote {
                checklist: Checklist::SessionDay,
                text: "Note for the session day".into(),
            },
        ];
        r.after.no_driving = NoDriving::RestOfDay;
        r.after.no_alcohol_hours = 1;
        r.after.no_sedatives_hours = 4;
        r.after.no_decisions = Some(Until::Hours { hours: 1 });
        r.after.someone_stays_hours = Some(1);
        r.after.no_dependents_until_next_morning = true;
    });
    let mut next_morning = rich.clone();
    next_morning.after.no_driving = NoDriving::NextMorning;
    next_morning.after.no_decisions = Some(Until::NextMorning);
    next_morning.after.someone_stays_hours = Some(8);
    next_morning.food.solid_food = Cutoff::Clock {
        days_before: 1,
        time: ClockTime::hm(23, 0),
    };
    next_morning.food.solid_food_words = None;
    next_morning.food.if_broken = None;
    next_morning.food.clear_liquids = Cutoff::Clock {
        days_before: 0,
        time: ClockTime::hm(6, 0),
    };
    next_morning.food.clear_liquids_are = None;
    next_morning.medicines.rules.truncate(1);
    let mut hour = next_morning.clone();
    hour.after.no_driving = NoDriving::Hours { hours: 1 };
    hour.food.solid_food = Cutoff::HoursBefore { hours: 1 };
    hour.food.clear_liquids = Cutoff::HoursBefore { hours: 1 };
    let medications = vec![
        Medication {
            id: 3,
            session_id: 1,
            name: "Seroquel".into(),
            dose: Some("50 mg".into()),
            hold_hours_before: 24,
            restart_hours_after: Some(12),
        },
        Medication {
            id: 4,
            session_id: 1,
            name: "Zoloft".into(),
            dose: None,
            hold_hours_before: 1,
            restart_hours_after: None,
        },
    ];
    vec![
        (ClinicRules::default(), None, vec![]),
        (ClinicRules::default(), Some("Sam"), vec![]),
        (rich, Some("Sam"), medications),
        (next_morning, None, vec![]),
        (hour, Some("Sam"), vec![]),
    ]
}

fn medicine(name: &str, before: MedicineBefore, restart: Option<u32>, note: Option<&str>) -> MedicineRule {
    MedicineRule {
        name: name.into(),
        before,
        restart_hours_after: restart,
        note: note.map(str::to_string),
    }
}

/// The plan of a session at 09:00 in Berlin on 3 December 2026 with
/// `rules`, written in the current language.
fn plan_of(rules: &ClinicRules, driver: Option<&str>, medications: &[Medication]) -> Vec<PlanItem> {
    let tz: chrono_tz::Tz = "Europe/Berlin".parse().unwrap();
    let day = DayTimes::default();
    let timeline = Timeline::new(at("2026-12-03T08:00:00Z"), rules, tz, None, driver.is_some(), &day);
    plan(&PlanContext {
        rules,
        timeline: &timeline,
        tz,
        day: &day,
        driver_name: driver,
        clinic_rules: rules != &ClinicRules::default(),
        medications,
    })
}

/// Runs of three or more plain ASCII letters in `text` once the user's own
/// words are taken out: English the catalogue did not write.
fn plain_words(text: &str) -> Vec<String> {
    let mut rest = text.to_string();
    for data in USER_DATA {
        rest = rest.replace(data, " ");
    }
    rest.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(str::to_string)
        .collect()
}

#[test]
fn planned_in_the_pseudo_language_no_item_says_a_hard_coded_english_word() {
    let pseudo = Messages::of("en-XA");
    let mut found = Vec::new();
    with_language(&pseudo, || {
        for (rules, driver, medications) in rule_sets() {
            for item in plan_of(&rules, driver, &medications) {
                let texts = [
                    ("title", Some(item.title.clone())),
                    ("detail", Some(item.detail.clone())),
                    ("bedtime title", item.bedtime_title.clone()),
                    ("source", Some(item.source.label())),
                ];
                for (what, text) in texts {
                    let Some(text) = text else { continue };
                    let words = plain_words(&text);
                    if !words.is_empty() {
                        found.push(format!("{} {what}: {text:?} says {words:?}", item.key));
                    }
                }
            }
        }
    });
    assert!(
        found.is_empty(),
        "hard-coded English in the plan:\n{}",
        found.join("\n")
    );
}

#[test]
fn a_session_planned_in_the_pseudo_language_stores_the_catalogues_words() {
    let mut store = in_memory_store();
    let session = with_language(&Messages::of("en-XA"), || {
        let mut input = new_session("2026-12-03T09:00", "Europe/Berlin");
        input.driver_name = Some("Sam".into());
        store.create_session(&input, at("2026-11-25T12:00:00Z")).unwrap()
    });
    let items = session_items(&store, &session);
    assert!(items.len() > 10, "a whole plan");
    for item in &items {
        for text in [&item.title, &item.detail, item.source.as_ref().unwrap()] {
            assert_eq!(plain_words(text), Vec::<String>::new(), "{:?}: {text}", item.key);
        }
    }
}

/// (key, title, detail, bedtime title, source) of every item.
type Words = (String, String, String, Option<String>, String);

fn words_of(items: &[PlanItem]) -> Vec<Words> {
    items
        .iter()
        .map(|i| {
            (
                i.key.clone(),
                i.title.clone(),
                i.detail.clone(),
                i.bedtime_title.clone(),
                i.source.label(),
            )
        })
        .collect()
}

fn expected(rows: &[(&str, &str, &str, Option<&str>, &str)]) -> Vec<Words> {
    rows.iter()
        .map(|(key, title, detail, bedtime, source)| {
            (
                key.to_string(),
                title.to_string(),
                detail.to_string(),
                bedtime.map(str::to_string),
                source.to_string(),
            )
        })
        .collect()
}

#[test]
fn in_english_a_typical_session_says_what_it_always_said() {
    let items = with_language(&Messages::english(), || {
        plan_of(&ClinicRules::default(), Some("Sam"), &[])
    });
    let before = "The day before · 002";
    let fasting = "From other public sources · AMG Ketamine treatment-day page";
    let follow = "Your clinic may set other hours; theirs are the ones to follow.";
    let drive = "Drive only once you feel fully alert, and only if your clinic agrees.";
    assert_eq!(
        words_of(&items),
        expected(&[
            ("keep_calm", "Keep the day calm", "Avoid stress and any confrontation you can avoid.", None, before),
            (
                "check_medicines",
                "Check which medicines to pause",
                "Some medicines need a pause or a changed schedule before a session, and supplements count too. Only your prescriber decides: if they named any, add them to this session with the hours they gave.",
                None,
                before,
            ),
            (
                "confirm_driver",
                "Confirm who drives you home",
                "Check with Sam that they know when and where to pick you up. An adult has to take you home.",
                None,
                "The day before · 003, 000",
            ),
            ("sleep", "Go to bed in good time", "Sleep well the night before your session.", None, before),
            (
                "stop_food",
                "Stop eating",
                "No solid food from this time, 6 hours before your session. Your clinic's time is the one to follow.",
                Some("Have your last snack before bed"),
                fasting,
            ),
            (
                "stop_drinks",
                "Last clear drinks",
                "Clear liquids such as water are fine until this time, 2 hours before your session; after that, nothing unless your clinic said otherwise.",
                Some("Your last drink before bed"),
                fasting,
            ),
            (
                "arrive",
                "Arrive at the clinic",
                "15 minutes before your session starts, for check-in.",
                None,
                "What real clinics ask · CIT, KetWell (arrival)",
            ),
            (
                "ride_home",
                "Someone else drives you home",
                "Sam picks you up. Do not drive yourself.",
                None,
                "After the session · 000, 003",
            ),
            (
                "what_to_expect",
                "What you may feel",
                "Feeling groggy or disoriented for several hours is common, and so is tiredness. You may be unsteady when you stand: get up slowly.",
                None,
                "After the session · 000, 002",
            ),
            (
                "no_driving",
                "No driving or machinery",
                &format!("Not for 24 hours after your session. {follow}"),
                None,
                "After the session · 001, 003",
            ),
            (
                "no_decisions",
                "No important decisions today",
                "Leave big decisions until the effects have worn off.",
                None,
                "After the session · 000",
            ),
            (
                "no_alcohol",
                "No alcohol or cannabis",
                &format!("Not for 24 hours after your session. {follow}"),
                None,
                "From other public sources · a ketamine clinic's discharge sheet",
            ),
            (
                "rest_fluids",
                "Rest and drink fluids",
                "Take it easy for the rest of the day and drink plenty of fluids.",
                None,
                "After the session · 001",
            ),
            (
                "drive_again",
                "The no-driving time ends",
                &format!("24 hours after your session. {drive}"),
                None,
                "After the session · 001, 003",
            ),
        ])
    );
    // No driver named yet.
    let items = with_language(&Messages::english(), || plan_of(&ClinicRules::default(), None, &[]));
    let detail = |key: &str| items.iter().find(|i| i.key == key).unwrap().detail.clone();
    assert_eq!(
        detail("confirm_driver"),
        "An adult has to take you home after the session. Ask someone and check they know when and where."
    );
    assert_eq!(detail("ride_home"), "An adult picks you up. Do not drive yourself.");
}

#[test]
fn in_english_the_clinics_own_rules_say_what_they_always_said() {
    let sets = rule_sets();
    let words = |set: usize| {
        let (rules, driver, medications) = &sets[set];
        with_language(&Messages::english(), || plan_of(rules, *driver, medications))
            .into_iter()
            .map(|i| (i.key.clone(), (i.title, i.detail, i.bedtime_title)))
            .collect::<std::collections::BTreeMap<_, _>>()
    };
    let says = |set: usize, key: &str, title: &str, detail: &str| {
        let all = words(set);
        let (t, d, _) = all.get(key).unwrap_or_else(|| panic!("no {key} in set {set}"));
        assert_eq!((t.as_str(), d.as_str()), (title, detail), "{key} in set {set}");
    };
    let follow = "Your clinic may set other hours; theirs are the ones to follow.";
    let drive = "Drive only once you feel fully alert, and only if your clinic agrees.";
    says(
        2,
        "task:0",
        "Fill in the mood form",
        "Your clinic asks for this before each visit.",
    );
    says(2, "task:1", "Bring the consent form", "Sign it first.");
    says(2, "note:0", "From your clinic", "Note for the day before");
    says(
        2,
        "pack_bag",
        "Pack your bag",
        "What your clinic asks you to bring or wear.",
    );
    says(
        2,
        "stop_food",
        "Stop eating",
        "No solid food from this time, as your clinic asks: \u{201c}after midnight\u{201d}. If you eat, call us. Your clinic's time is the one to follow.",
    );
    says(
        2,
        "stop_drinks",
        "Last clear drinks",
        "Clear liquids (water, black coffee) are fine until this time, the day before, from the time shown; after that, nothing unless your clinic said otherwise.",
    );
    says(
        2,
        "rule:0:skip",
        "Skip Lamotrigine this morning",
        "Your clinic asks you not to take Lamotrigine on the morning of your session. Really.",
    );
    says(
        2,
        "rule:0:restart",
        "Restart Lamotrigine",
        "Right after the session, as you were told.",
    );
    says(
        2,
        "rule:1:night",
        "Last dose of Xanax tonight",
        "Your clinic asks for the last dose of Xanax the night before, and none on the morning of your session.",
    );
    says(
        2,
        "rule:1:restart",
        "Restart Xanax",
        "1 hour after the session, as you were told.",
    );
    says(
        2,
        "rule:2:last",
        "Last dose of Adderall",
        "No Adderall for 1 hour before the session, as you were told. Only your prescriber decides which medicines to hold.",
    );
    says(
        2,
        "rule:2:restart",
        "Restart Adderall",
        "6 hours after the session, as you were told.",
    );
    says(
        2,
        "rule:3:last",
        "Last dose of Bupropion",
        "No Bupropion for 12 hours before the session, as you were told. Only your prescriber decides which medicines to hold. Their note.",
    );
    says(
        2,
        "rule:4:fewer",
        "Take fewer doses of Ibuprofen today, if you can",
        "Your clinic asks you to take fewer doses of Ibuprofen on the day of your session, where you can.",
    );
    says(
        2,
        "rule:5:ask",
        "Ask your prescriber about Sertraline",
        "Your clinic asks to discuss Sertraline before the session: 1 day ahead, there is time to change the plan if needed.",
    );
    says(
        2,
        "rule:6:ask",
        "Ask your prescriber about Melatonin",
        "Your clinic asks to discuss Melatonin before the session: 7 days ahead, there is time to change the plan if needed.",
    );
    says(
        2,
        "rule:7:take",
        "Take Metoprolol this morning, as your clinic said",
        "Your clinic asks you to take Metoprolol on the day of your session, even if you are fasting. Take it the way their sheet says.",
    );
    says(
        2,
        "med:3:last",
        "Last dose of Seroquel (50 mg)",
        "No Seroquel (50 mg) for 24 hours before the session, as you were told. Only your prescriber decides which medicines to hold.",
    );
    assert_eq!(
        words(2)["med:3:last"].2.as_deref(),
        Some("Before bed: last dose of Seroquel (50 mg)")
    );
    says(
        2,
        "usual_medicines",
        "Take your usual medicines",
        "Your clinic asks you to keep taking your usual medicines, except those on this list.",
    );
    says(
        2,
        "leave_home",
        "Leave home",
        "Your travel time to the clinic, so you arrive in time.",
    );
    // One minute: the plural the catalogue chooses ("1 minutes" before).
    says(
        2,
        "arrive",
        "Arrive at the clinic",
        "1 minute before your session starts, for check-in.",
    );
    says(
        2,
        "no_driving",
        "No driving or machinery",
        &format!("Not for the rest of the day after your session. {follow}"),
    );
    says(
        2,
        "no_decisions",
        "No legal or important decisions",
        "Not for 1 hour after your session, as your clinic asks.",
    );
    says(
        2,
        "no_alcohol",
        "No alcohol or cannabis",
        &format!("Not for 1 hour after your session. {follow}"),
    );
    says(
        2,
        "no_sedatives",
        "No opioids or benzodiazepines",
        "Not for 4 hours after your session, as your clinic's rules say. Ask the clinic about any medicine you take.",
    );
    says(
        2,
        "someone_stays",
        "Someone stays with you",
        "Your clinic asks that someone stays with you for 1 hour after the session.",
    );
    says(
        2,
        "no_dependents",
        "Someone else looks after those who depend on you",
        "Children, or anyone in your care: not you until the next morning, as your clinic asks.",
    );
    says(
        2,
        "drive_again",
        "The no-driving time ends",
        &format!("The day after your session. {drive}"),
    );
    says(
        3,
        "stop_food",
        "Stop eating",
        "No solid food from this time, the day before, from the time shown. Your clinic's time is the one to follow.",
    );
    says(
        3,
        "stop_drinks",
        "Last clear drinks",
        "Clear liquids such as water are fine until this time, on the day of your session, from the time shown; after that, nothing unless your clinic said otherwise.",
    );
    says(
        3,
        "no_driving",
        "No driving or machinery",
        &format!("Not until the next morning, after a night's sleep, after your session. {follow}"),
    );
    says(
        3,
        "no_decisions",
        "No legal or important decisions",
        "Not until the next morning, as your clinic asks.",
    );
    says(
        3,
        "drive_again",
        "The no-driving time ends",
        &format!("The next morning after your session, after a night's sleep. {drive}"),
    );
    says(
        4,
        "stop_food",
        "Stop eating",
        "No solid food from this time, 1 hour before your session. Your clinic's time is the one to follow.",
    );
    says(
        4,
        "no_driving",
        "No driving or machinery",
        &format!("Not for 1 hour after your session. {follow}"),
    );
    says(
        4,
        "drive_again",
        "The no-driving time ends",
        &format!("1 hour after your session. {drive}"),
    );
}

#[test]
fn the_rules_in_words_come_from_the_catalogue() {
    use steady_core::facts::rules::{EscortPresence, RedFlagRule, Rideshare, WhoToCall};
    use steady_core::facts::rules_words::field_words;
    let mut rules = rule_sets().swap_remove(2).0;
    rules.escort.min_age = Some(21);
    rules.escort.presence = EscortPresence::ComesToDoor;
    rules.escort.rideshare = Rideshare::OnlyWithEscort;
    rules.red_flags = vec![RedFlagRule {
        situation: "Sam".into(),
        call: WhoToCall::PrimaryCare,
    }];
    // Every field a problem can name, as `ClinicRules::problems` writes them.
    let paths = [
        "clinic.name",
        "clinic.phone",
        "clinic.address",
        "timeline.arrive_early_minutes",
        "timeline.travel_minutes",
        "timeline.intake_minutes",
        "timeline.infusion_minutes",
        "timeline.observation_min_minutes",
        "timeline.observation_max_minutes",
        "timeline.observation_without_escort_minutes",
        "food.solid_food.hours",
        "food.clear_liquids.days_before",
        "food.solid_food_words",
        "food.clear_liquids_are",
        "food.if_broken",
        "medicines.rules",
        "medicines.rules[0].name",
        "medicines.rules[0].before.hours",
        "medicines.rules[0].before.days_before",
        "medicines.rules[0].restart_hours_after",
        "medicines.rules[0].before",
        "medicines.rules[0].note",
        "bring",
        "bring[2]",
        "escort.min_age",
        "after.no_driving.hours",
        "after.no_alcohol_hours",
        "after.no_sedatives_hours",
        "after.no_decisions.hours",
        "after.someone_stays_hours",
        "red_flags",
        "red_flags[0].situation",
        "before_each_visit",
        "before_each_visit[0].title",
        "before_each_visit[0].when.hours",
        "before_each_visit[0].note",
        "notes",
        "notes[0].text",
    ];
    let mut found = Vec::new();
    with_language(&Messages::of("en-XA"), || {
        let mut texts: Vec<String> = paths.iter().map(|p| field_words(p)).collect();
        for (label, value) in rules.summary() {
            texts.push(label);
            texts.push(value);
        }
        texts.extend(rules.escort_words());
        for text in texts {
            let words = plain_words(&text);
            if !words.is_empty() {
                found.push(format!("{text:?} says {words:?}"));
            }
        }
    });
    assert!(found.is_empty(), "hard-coded English:\n{}", found.join("\n"));
    // English: as before.
    with_language(&Messages::english(), || {
        assert_eq!(
            field_words("medicines.rules[0].before.hours"),
            "Medicines, rule 1, before, hours"
        );
        assert_eq!(field_words("bring[2]"), "What to bring 3");
        let summary = rules.summary();
        let value = |label: &str| summary.iter().find(|(l, _)| l == label).unwrap().1.clone();
        assert_eq!(value("Observation"), "60-180 min");
        assert_eq!(value("No solid food"), "from 00:00 on the day");
        assert_eq!(value("Medicine: Adderall"), "last dose 1 h before; restart 6 h after");
        assert_eq!(value("Medicine: Melatonin"), "ask the prescriber 7 days before");
        assert_eq!(value("Red flag: Sam"), "tell your primary care provider");
        assert_eq!(
            rules.escort_words(),
            [
                "The driver must be 21 or older.",
                "The driver comes into the clinic to collect the patient; staff hand the patient over at the door.",
                "A taxi or rideshare is fine only with the driver riding along.",
                "Someone stays with the patient for 1 hour after the session.",
            ]
        );
    });
}

/// A patient who set their clinic's rules (no clinic name) while Steady
/// spoke German, then changed to English: the plan and the name the rules
/// go by are both re-worded, and a clinic's own name would stay as written.
#[test]
fn changing_the_language_rewords_the_plan_and_the_name_of_the_clinics_rules() {
    let mut store = in_memory_store();
    let now = at("2026-11-25T12:00:00Z");
    let german = Messages::of("de");
    let mut clinic = ClinicRules::default();
    clinic.food.solid_food = Cutoff::HoursBefore { hours: 8 };
    let session = with_language(&german, || {
        let session = store
            .create_session(&new_session("2026-12-03T09:00", "Europe/Berlin"), now)
            .unwrap();
        store.apply_rules(&clinic, &[session.id], now).unwrap();
        assert!(
            store.reword_plans().unwrap(),
            "first time: the words are written in German"
        );
        store.session(session.id).unwrap()
    });
    let german_name = with_language(&german, || steady_core::t!("rules-name-your-clinic"));
    assert_eq!(session.protocol_name.as_deref(), Some(german_name.as_str()));
    let german_titles: Vec<String> = session_items(&store, &session).into_iter().map(|i| i.title).collect();

    with_language(&Messages::english(), || {
        assert!(store.reword_plans().unwrap(), "the language changed");
        assert!(!store.reword_plans().unwrap(), "and only once");
        let session = store.session(session.id).unwrap();
        assert_eq!(session.protocol_name.as_deref(), Some("Your clinic's instructions"));
        let titles: Vec<String> = session_items(&store, &session).into_iter().map(|i| i.title).collect();
        assert_eq!(titles.len(), german_titles.len());
        assert_ne!(titles, german_titles);
        assert!(titles.iter().any(|t| t == "Stop eating"), "{titles:?}");
    });
}
