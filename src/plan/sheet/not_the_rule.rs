//! More words that look like a rule of the sheet and are not that rule,
//! weighed once every sentence is read (from `across_sheet.rs`, after
//! `look_alikes.rs`): how clinics in many countries write around a rule.
//! A taxi driver who will not be the escort, a taxi said to be fine, a bike
//! a child must not ride, a clock one minute past midnight, drinks that "may
//! be allowed", a drink "with no solid bits", breast milk for babies, the
//! patient leaving with the escort, public transport offered instead of an
//! escort, medicines for named illnesses taken as usual, a request to tell
//! the practice one's state of health, and a driving ban whose own clause
//! gives its length.

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Ask, Proposal, Proposed, Question, Sentence, Subject};
use crate::facts::day::ClockTime;
use crate::facts::rules::{Cutoff, EscortPresence, MedicineBefore, MedicineRule, NoDriving, Rideshare, WhoToCall};

/// "Taxi drivers will not act as your escort": the driver cannot be the
/// escort, which says nothing against a taxi with one.
static DRIVER_NOT_ESCORT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:taxi|cab|uber|lyft|rideshare)\w* drivers?\b[^.;]{0,60}\b(?:not|n't|no)\b[^.;]{0,60}\bescort",
    )
    .ok()
});

/// "A taxi is no problem", "a taxi is fine": a taxi allowed.
static TAXI_FINE: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\bno problem\b|\b(?:is|are) (?:fine|ok|okay|allowed|permitted)\b").ok());

/// Things a child rides that are not a vehicle on the road.
static TOYS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:bikes?|bicycles?|skateboards?|roller-?blades?|roller ?skates?|scooters?|trampolines?)\b",
    )
    .ok()
});

/// Words of driving a vehicle.
static DRIVING: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:driv\w*|cars?|vehicles?|motor\w*)\b").ok());

/// "Some water may be allowed up to 4 hours before": the drinks depend on
/// someone's say; whether they hold for this patient is asked.
static MAY_BE_ALLOWED: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\bmay (?:be )?(?:allowed|permitted)\b").ok());

/// "A clear drink with no fat or solid bits": the drink described, no food.
static NO_SOLID_BITS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:no|without)\s+(?:\w+\s+or\s+)?solid\s+(?:bits|pieces|particles|matter|parts)\b").ok()
});

/// Words of eating, beside the drink's "solid bits".
static EATING: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:eat\w*|food|foods|meals?|snacks?)\b").ok());

/// "The patient must leave together with a family member": the patient
/// leaving with the escort, not the escort leaving the patient.
static LEAVE_WITH: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\bleaves? (?:together )?with\b|\bleave (?:the \w+ )?together\b").ok());

/// "Come by public transport or have someone drop you off": a way to come
/// offered beside the escort, so no rule for where the escort waits.
static TRANSPORT_OR: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:public transport\w*|bus|train|transit)\b[^.;]{0,20}\bor\b|\bor\b[^.;]{0,20}\b(?:public transport\w*|bus|train|transit)\b").ok()
});

/// "Medicines taken for the heart or asthma": medicines for named
/// illnesses, not every usual medicine.
static FOR_ILLNESS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"^(?:\W*)(?:the )?(?:medicines?|medications?|tablets|pills|drugs) (?:taken |you take |used )?for\b",
    )
    .ok()
});

/// "Tell us about your present state of health": a request to say how one
/// is, with no sign to watch for.
static STATE_OF_HEALTH: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\babout (?:your|the patient's|the child's) (?:present |current |general )?(?:state of )?health\b",
    )
    .ok()
});

/// "Tell your doctor about any recent cough": a recent change told before
/// the visit, for the practice that does it.
static TELL_RECENT: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"^(?:\W*)(?:please )?tell your doctor about (?:any )?recent\b").ok());

/// "Medicines ... may be used": leave to take them.
static MEDICINES_MAY: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\bmedic\w*\b[^.;]{0,40}\bmay be (?:used|taken)\b").ok());

/// A length in hours in a clause ("until 24 hours afterwards").
static HOURS: LazyLock<Option<Regex>> = LazyLock::new(|| super::pattern::compile(r"\b(\d{1,2}) hours?\b").ok());

/// The proposals that are rules of the sheet; what is asked instead goes
/// to `questions`.
pub(super) fn not_the_rule(
    proposals: Vec<Proposal>,
    sentences: &[Sentence],
    questions: &mut Vec<Question>,
) -> Vec<Proposal> {
    let mut kept = Vec::new();
    for mut p in proposals {
        let written = sentences.get(p.sentence).map_or("", |s| s.text.as_str());
        let text = written.to_lowercase();
        match &p.rule {
            Proposed::Rideshare {
                rideshare: Rideshare::NotAllowed,
            } if is(&DRIVER_NOT_ESCORT, &text) || is(&TAXI_FINE, &text) => continue,
            Proposed::NoDriving { .. } if is(&TOYS, &text) && !is(&DRIVING, &text) => continue,
            // "Do not drive until 24 hours afterwards", beside "rest for the
            // first twelve hours" in the same sentence: the driving clause's
            // own length.
            Proposed::NoDriving {
                rule: NoDriving::Hours { hours },
            } => {
                if let Some(own) = driving_clause_hours(&text).filter(|own| own != hours) {
                    p.rule = Proposed::NoDriving {
                        rule: NoDriving::Hours { hours: own },
                    };
                    p.words = super::write::describe(&p.rule);
                }
            }
            // "Nothing to eat or drink from 12:01 AM on the day": a minute
            // past midnight is "after midnight", written so the day is plain.
            Proposed::SolidFood {
                cutoff: Cutoff::Clock { days_before: 0, time },
            } if *time == ClockTime::hm(0, 1) => {
                p.rule = Proposed::SolidFood {
                    cutoff: Cutoff::Clock {
                        days_before: 0,
                        time: ClockTime::hm(0, 0),
                    },
                };
                p.words = super::write::describe(&p.rule);
            }
            Proposed::ClearLiquids { .. } if is(&MAY_BE_ALLOWED, &text) => {
                questions.push(Question::on(
                    &Ask::Maybe,
                    Subject::ClearLiquids,
                    (p.sentence, written),
                    vec![],
                ));
                continue;
            }
            // Breast milk is a feed, not a clear liquid.
            Proposed::ClearLiquids { .. }
                if (text.contains("breast milk") || text.contains("breastfe")) && !text.contains("clear") =>
            {
                continue;
            }
            Proposed::SolidFood { .. } if is(&NO_SOLID_BITS, &text) && !is(&EATING, &text) => continue,
            Proposed::EscortPresence {
                presence: EscortPresence::MayLeaveAndReturn,
            } if is(&LEAVE_WITH, &text) || is(&TRANSPORT_OR, &text) => continue,
            // "Medicines you take long-term may be used up to 3 hours
            // before": leave to take one's medicines, no task set.
            Proposed::VisitTask { .. } if is(&MEDICINES_MAY, &text) => continue,
            // The medicines for each illness named are taken on the day.
            Proposed::KeepTakingUsual if is(&FOR_ILLNESS, &text) => {
                for name in super::illness_medicines::taken_for(written) {
                    let rule = Proposed::Medicine {
                        rule: MedicineRule {
                            name,
                            before: MedicineBefore::TakeOnTheDay,
                            restart_hours_after: None,
                            note: None,
                        },
                    };
                    kept.push(Proposal {
                        words: super::write::describe(&rule),
                        rule,
                        ..p.clone()
                    });
                }
                continue;
            }
            Proposed::RedFlag { .. } if is(&STATE_OF_HEALTH, &text) && !text.contains("change") => continue,
            Proposed::RedFlag { rule } if rule.call == WhoToCall::PrimaryCare && is(&TELL_RECENT, &text) => {
                let mut rule = rule.clone();
                rule.call = WhoToCall::Clinic;
                p.rule = Proposed::RedFlag { rule };
                p.words = super::write::describe(&p.rule);
            }
            _ => {}
        }
        kept.push(p);
    }
    kept
}

/// The length in hours of the clause that names driving, if it gives one.
fn driving_clause_hours(text: &str) -> Option<u32> {
    let clause = text
        .split([',', ';'])
        .find(|c| c.contains("drive") || c.contains("driving"))?;
    let re = HOURS.as_ref()?;
    re.captures(clause)?.get(1)?.as_str().parse().ok()
}
