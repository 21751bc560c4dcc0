//! General rules learnt from half i of the corpus (branch `tune-i`), each in
//! other words than the page that showed it: the rule, and what it must not
//! read.

use steady_core::facts::rules::{
    Cutoff, EscortPresence, MedicineBefore, MedicineRule, NoDriving, RedFlagRule, Until, WhoToCall,
};
use steady_core::plan::sheet::Proposed;

use crate::sheet::assert_read_as;

fn hours_before(hours: u32) -> Cutoff {
    Cutoff::HoursBefore { hours }
}

fn clear_are(words: &str) -> Proposed {
    Proposed::ClearLiquidsAre { words: words.into() }
}

/// Fasting: what counts as a clear liquid, however the list is opened,
/// how long to go without, and what happens if the fast is broken.
#[test]
fn half_is_fasting_rules_read_other_words() {
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        // A list of drinks in brackets says what counts, cutoff or not.
        (
            "Clear fluids (water or black tea) may be had up to 2 hours before your scan.",
            vec![
                Proposed::ClearLiquids { cutoff: hours_before(2) },
                clear_are("Clear fluids (water or black tea) may be had up to 2 hours before your scan."),
            ],
            0,
        ),
        // So does a table's column, and a list that follows as "these include".
        (
            "Clear drinks | water, black coffee | until 2 hours before",
            vec![
                clear_are("Clear drinks | water, black coffee | until 2 hours before"),
                Proposed::ClearLiquids { cutoff: hours_before(2) },
            ],
            0,
        ),
        (
            "Stop clear fluids 2 hours before the scan; these include water and black tea.",
            vec![
                clear_are("Stop clear fluids 2 hours before the scan; these include water and black tea."),
                Proposed::ClearLiquids { cutoff: hours_before(2) },
            ],
            0,
        ),
        // How much of a drink, and what is asked of clear liquids, are not
        // what counts.
        ("A little water is fine.", vec![], 0),
        ("Clear fluids are best for the rest of the evening.", vec![], 0),
        // A length for a food or a drink is how long to go without it.
        (
            "8 hours for food, 2 hours for water before the scan.",
            vec![
                Proposed::SolidFood { cutoff: hours_before(8) },
                Proposed::ClearLiquids { cutoff: hours_before(2) },
            ],
            0,
        ),
        // A length is more exact than the day it falls on.
        (
            "On the morning of the scan, eat nothing for 5 hours before it.",
            vec![Proposed::SolidFood { cutoff: hours_before(5) }],
            0,
        ),
        // An example shows a rule; its own times are none.
        ("For instance, with an 8:00 am booking, stop drinking at 6:00 am.", vec![], 0),
        // The fast broken: "being" put off, and "these instructions" right
        // after a fasting time (but not alone, with nothing to point to).
        (
            "Eating too late can lead to the anaesthetic being postponed.",
            vec![Proposed::IfFastBroken {
                words: "Eating too late can lead to the anaesthetic being postponed.".into(),
            }],
            0,
        ),
        (
            "Your child must have no food for 6 hours before the procedure. Please keep to these instructions, or the procedure will be cancelled.",
            vec![
                Proposed::SolidFood { cutoff: hours_before(6) },
                Proposed::IfFastBroken {
                    words: "Please keep to these instructions, or the procedure will be cancelled.".into(),
                },
            ],
            0,
        ),
        ("Please keep to these instructions, or the procedure will be cancelled.", vec![], 0),
        // A sip to take pills with is no drink allowed: the drinks' cutoff
        // stands; the usual medicines left out of a fast are taken.
        (
            "Nothing to eat or drink for 6 hours before, except a few sips of water.",
            vec![
                Proposed::SolidFood { cutoff: hours_before(6) },
                Proposed::ClearLiquids { cutoff: hours_before(6) },
            ],
            0,
        ),
        (
            "Nothing to eat or drink for 6 hours before, apart from your usual medicines.",
            vec![
                Proposed::SolidFood { cutoff: hours_before(6) },
                Proposed::ClearLiquids { cutoff: hours_before(6) },
                Proposed::KeepTakingUsual,
            ],
            0,
        ),
    ];
    assert_read_as(cases);
}

/// Medicines: a class by its other name, talking them over, going back to
/// the usual ones.
#[test]
fn half_is_medicine_rules_read_other_words() {
    let medicine = |name: &str, before: MedicineBefore| Proposed::Medicine {
        rule: MedicineRule {
            name: name.into(),
            before,
            restart_hours_after: None,
            note: None,
        },
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Do not take oral hypoglycemics on the morning of the visit.",
            vec![medicine("Oral hypoglycemics", MedicineBefore::SkipMorningOf)],
            0,
        ),
        (
            "If you take any supplements or medications, please talk them over with your doctor.",
            vec![medicine(
                "Supplements",
                MedicineBefore::AskPrescriber { days_before: 7 },
            )],
            0,
        ),
        // Going back to the usual medicines is keeping them; "you may" on
        // an after-care sheet only allows it.
        (
            "Go back to your normal medication once home.",
            vec![Proposed::KeepTakingUsual],
            0,
        ),
        ("You may go back to your regular medications.", vec![], 0),
        // Not stopping them without asking first: kept, and the prescriber
        // asked; not so for a dose not to change, advice for every day.
        (
            "Do not stop your regular medications without talking to us first.",
            vec![
                Proposed::KeepTakingUsual,
                medicine("Regular medications", MedicineBefore::AskPrescriber { days_before: 7 }),
            ],
            0,
        ),
        (
            "Do not change the dose of your regular medications without talking to us first.",
            vec![Proposed::KeepTakingUsual],
            0,
        ),
        // The patient's own dose changed, neither which way nor how much:
        // asked; the clinic changing a dose is no rule for the patient.
        ("If you use insulin, adjust your doses to suit.", vec![], 1),
        ("Our staff may adjust the insulin drip.", vec![], 0),
    ];
    assert_read_as(cases);
}

/// The escort, the stay, decisions, red flags and things to bring.
#[test]
fn half_is_visit_rules_read_other_words() {
    let flag = |situation: &str| Proposed::RedFlag {
        rule: RedFlagRule {
            situation: situation.into(),
            call: WhoToCall::Clinic,
        },
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        // Whoever gives the ride home is the escort.
        (
            "Someone has to give you a ride home afterwards.",
            vec![Proposed::EscortRequired],
            0,
        ),
        (
            "A parent or guardian must come in with your child and wait in the clinic during the treatment.",
            // Waiting while the treatment lasts is staying on site (half j;
            // half i's page reads the same shape so).
            vec![
                Proposed::EscortRequired,
                Proposed::EscortPresence {
                    presence: EscortPresence::StaysOnSite,
                },
            ],
            0,
        ),
        // Company until the patient is awake, or the effects have worn
        // off, has no length: asked.
        ("Someone should be with you until you are completely awake.", vec![], 1),
        (
            "Someone should stay with you until the sedation has worn off.",
            vec![],
            1,
        ),
        // A stay that varies, or one counted to going home, is asked.
        ("Time in recovery varies; most people stay 45 minutes.", vec![], 1),
        (
            "You will be observed for a few hours before you are allowed home.",
            vec![],
            1,
        ),
        (
            "Do not sign a contract for 24 hours.",
            vec![Proposed::NoDecisions {
                until: Some(Until::Hours { hours: 24 }),
            }],
            0,
        ),
        // Drugs named by their medical use are the treatment's, not
        // recreational ones: no ban on them, and the driving rule stands.
        (
            "After your scan, do not drive until the next day, or until you have recovered from the anaesthetic drugs.",
            vec![Proposed::NoDriving {
                rule: NoDriving::NextMorning,
            }],
            0,
        ),
        // The clinic's call: "let us know", an office named by its kind.
        ("If you develop a fever, let the clinic know.", vec![flag("A fever")], 0),
        (
            "If you get a rash after the visit, call the dental office.",
            vec![flag("A rash after the visit")],
            0,
        ),
        // A list line under "What to bring": a thing "of" something, and a
        // thing with a remark in brackets, are things; what not to wear is not.
        (
            "What to bring\n- Proof of address\n- Slippers (the floors are cold)",
            vec![
                Proposed::Bring {
                    items: vec!["Proof of address".into()],
                },
                Proposed::Bring {
                    items: vec!["Slippers".into()],
                },
            ],
            0,
        ),
        (
            "What to wear\n- Slippers (the floors are cold)\n- No jewellery",
            vec![Proposed::Bring {
                items: vec!["Slippers".into()],
            }],
            0,
        ),
        // Advice to bring is asking; a thing "for your child" is for the
        // patient on a child's page; a reason after the things is no thing.
        (
            "It is wise to bring a pair of socks.",
            vec![Proposed::Bring {
                items: vec!["Pair of socks".into()],
            }],
            0,
        ),
        (
            "Please bring a warm hat for your child.",
            vec![Proposed::Bring {
                items: vec!["Warm hat".into()],
            }],
            0,
        ),
        (
            "Please bring slippers and a dressing gown, since the ward floors are cold.",
            vec![Proposed::Bring {
                items: vec!["Slippers".into(), "Dressing gown".into()],
            }],
            0,
        ),
        // A sentence that opens with a kind of treatment is for those
        // patients only; "for your surgery" is everyone's.
        // Not every patient's thing, so asked on bring (branch tune-task).
        ("For general anaesthesia, wear a short-sleeved shirt.", vec![], 1),
        (
            "For your surgery, wear a short-sleeved shirt.",
            vec![Proposed::Bring {
                items: vec!["Short-sleeved shirt".into()],
            }],
            0,
        ),
    ];
    assert_read_as(cases);
}
