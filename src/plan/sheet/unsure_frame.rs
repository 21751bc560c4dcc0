//! Words that should leave the reader unsure, weighed once every sentence
//! is read (from `across_sheet.rs`, after `not_the_rule.rs`). Each check is
//! a family of shapes, not one clinic's phrase: a worked example with its
//! own clock times, a number that belongs to the "if" clause and not to
//! the rule, a report of what was already taken, a pre-visit rule said in
//! a sentence framed after the treatment, leave to take one's medicines
//! only once agreed with a clinician, medicines called "drugs", an adult
//! who watches the patient before the visit (no escort home), the length
//! of the whole hospital stay, a midnight fast that repeats a clear-liquid
//! day, a fallback "if you are unsure", "other" things in a list, a thing
//! a heading names again in full, a bare "medicine" the sentence qualified,
//! and a change in health told "your doctor" before the visit.

use std::sync::LazyLock;

use regex::Regex;

use super::compose::ask_prescriber;
use super::pattern::is;
use super::{Ask, Proposal, Proposed, Question, Sentence, Subject};
use crate::facts::day::ClockTime;
use crate::facts::rules::{Cutoff, MedicineBefore, WhoToCall};

/// "If the operation is at 2 pm, breakfast at 8 ...", "for example":
/// an example worked through, whose times are the example's, not the rule's.
static EXAMPLE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"^\W*(?:for example|for instance|e\.g\.|example:)|\bif (?:the|your) (?:operation|procedure|appointment|examination|exam|treatment|visit|session|surgery) is (?:at|booked for|scheduled for|planned for)\b",
    )
    .ok()
});

/// A clause that opens with a condition, up to its first comma.
static CONDITION: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*(?:if|unless|when|whenever|should|in case)\b([^,;:]*)[,;:](.*)$").ok()
});

/// Words that say a time or a length.
static TIME_WORDS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\d|\b(?:midnight|noon|hours?|minutes?|mins?|hrs?|night|morning|evening|day|days|week|weeks|one|two|three|four|five|six|eight|twelve)\b").ok()
});

/// "Tell us about any medicine you have taken in the last day": a report
/// of the past for the team, no rule for the patient.
static TELL: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:tell|inform|notify|let (?:us|the \w+|your \w+) know)\b").ok());
static PAST: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:you|you've|they|he|she|your child|the patient) (?:have |has |had )?(?:taken|eaten|drunk|had|used|received)\b|\bin the (?:last|past|previous)\b",
    )
    .ok()
});

/// A sentence framed after the treatment: "after waking up", "in the
/// first 24 h", "once home".
static AFTER_FRAME: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\bafter (?:waking|you wake|you have woken|you(?:'re| are) awake|the (?:procedure|operation|surgery|treatment|examination|exam|anaesthe\w*|anesthe\w*|sedation|colonoscopy|endoscopy|gastroscopy)|you get home|you go home|discharge)\b|\bin the first \d+ ?h(?:ours?|rs?)?\b|\bonce (?:you are |you're )?(?:home|awake)\b",
    )
    .ok()
});

/// Words that bring the sentence back to before the treatment.
static BEFORE_WORDS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:before|prior|beforehand|until the (?:procedure|operation|treatment))\b").ok()
});

/// "Medicines can be taken after agreeing it", "as agreed with the
/// anaesthetist": leave that waits on a clinician's word.
static AGREED_FIRST: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:after|once|when|having) (?:agreeing|agreed|discussing|discussed|consulting|checking with|approval|approved|cleared)\b|\bas agreed\b|\bif (?:your|the) (?:doctor|anaesthetist|anesthetist|dentist|surgeon|physician|prescriber|gp) (?:agrees|approves|says so|allows)\b|\bonly (?:after|with) (?:the |their |your )?(?:agreement|approval|consent)\b",
    )
    .ok()
});

/// "Before your admission", "before the appointment": the days that lead
/// to the visit, whatever the sheet calls it.
static BEFORE_THE_VISIT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\bbefore (?:your|the) (?:procedure|surgery|operation|test|admission|appointment|visit|treatment|examination|exam|anaesthe\w*|anesthe\w*|sedation|colonoscopy|endoscopy|infusion|session)\b").ok()
});

/// Alcohol by name.
static ALCOHOL: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:alcohol\w*|beer|wine|spirits|liquor|booze)\b").ok());

/// Medicines that calm or make drowsy, called "drugs" by some sheets.
static CALMING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:sedatives?|sleeping (?:pills|tablets)|sleep aids?|tranquil\w*|nervous system|drowsy|drowsiness|painkillers|opioids?|narcotics?)\b").ok()
});

/// "An adult must watch your child at all times": watching before.
static WATCHES: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:watch(?:es)?|supervises?|keeps? an eye on)\b").ok());

/// Words of the way home after the treatment.
static WAY_HOME: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:home|come|recover\w*|driv\w*|collect\w*|pick\w* (?:you |them |him |her )?up|take (?:you|them)|accompan\w*|escort\w*|discharg\w*|leav\w*|after)\b").ok()
});

/// "Your stay in the hospital will be 3-4 hours", "expect to stay for 2
/// to 4 hours" (branch tune-aop): the whole visit.
static WHOLE_STAY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\byour (?:stay|visit|time) (?:in|at|with) (?:the |our )?(?:hospital|clinic|centre|center|unit|facility|practice|office|department)\b|\bexpect to (?:stay|be here|be with us|spend)\b").ok()
});

/// Words of the watched rest after the treatment.
static RECOVERY: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:recover\w*|observ\w*|monitor\w*|after)\b").ok());

/// A clear-liquid day before the treatment.
static CLEAR_DAY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\bclear (?:liquid|fluid)s? diet\b|\bonly clear (?:liquid|fluid)s? all day\b|\bclear (?:liquid|fluid)s? (?:only )?all day\b",
    )
    .ok()
});

/// "Nothing to eat or drink": food and drink stopped together.
static EAT_OR_DRINK: LazyLock<Option<Regex>> = LazyLock::new(|| super::pattern::compile(r"\beat or drink\b").ok());

/// "If you are unsure, ...": a fallback for doubt, not the rule.
static IN_DOUBT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*if (?:you are |you're |you feel )?(?:unsure|uncertain|in doubt|not sure)\b").ok()
});

/// Whether the proposal's words carry a number.
fn has_number(p: &Proposal) -> bool {
    p.words.chars().any(|c| c.is_ascii_digit())
}

/// Kinds a sheet sets for before the treatment.
fn before_kind(rule: &Proposed) -> bool {
    match rule {
        Proposed::SolidFood { .. }
        | Proposed::ClearLiquids { .. }
        | Proposed::ClearLiquidsAre { .. }
        | Proposed::KeepTakingUsual
        | Proposed::ArriveEarly { .. }
        | Proposed::VisitTask { .. } => true,
        // Asking the prescriber holds whenever it is said.
        Proposed::Medicine { rule } => {
            rule.restart_hours_after.is_none()
                && !matches!(rule.before, MedicineBefore::None | MedicineBefore::AskPrescriber { .. })
        }
        _ => false,
    }
}

/// Whether the only times of the sentence stand in its opening condition
/// ("If a tablet must be taken within 2 hours of it, use a sip of water").
fn number_in_condition(text: &str) -> bool {
    let Some(caps) = CONDITION.as_ref().and_then(|re| re.captures(text)) else {
        return false;
    };
    let (condition, rest) = (
        caps.get(1).map_or("", |m| m.as_str()),
        caps.get(2).map_or("", |m| m.as_str()),
    );
    is(&TIME_WORDS, condition) && !is(&TIME_WORDS, rest)
}

/// The proposals that hold; what is asked instead goes to `questions`.
pub(super) fn unsure(proposals: Vec<Proposal>, sentences: &[Sentence], questions: &mut Vec<Question>) -> Vec<Proposal> {
    let clear_day = sentences.iter().any(|s| is(&CLEAR_DAY, &s.text.to_lowercase()));
    let midnight = Cutoff::Clock {
        days_before: 0,
        time: ClockTime::hm(0, 0),
    };
    // The sheet stops drinks at midnight too: the food stopped with them
    // is the clear-liquid day's, already over.
    let drinks_at_midnight = proposals
        .iter()
        .any(|p| matches!(&p.rule, Proposed::ClearLiquids { cutoff } if *cutoff == midnight));
    let brought = things_brought(&proposals, sentences);
    let mut kept = Vec::new();
    for mut p in proposals {
        let written = sentences.get(p.sentence).map_or("", |s| s.text.as_str());
        let text = written.to_lowercase();
        let numbered = has_number(&p);
        if numbered && !matches!(p.rule, Proposed::RedFlag { .. }) && is(&EXAMPLE, &text) {
            continue;
        }
        if numbered && before_kind(&p.rule) && number_in_condition(&text) {
            continue;
        }
        let reported = is(&TELL, &text) && is(&PAST, &text);
        let asked_prescriber = matches!(&p.rule, Proposed::Medicine { rule } if matches!(rule.before, MedicineBefore::AskPrescriber { .. }));
        if reported && before_kind(&p.rule) && !asked_prescriber {
            continue;
        }
        // "Hold them until after the procedure": a stop that lasts until
        // after, said before it.
        let after_frame = is(&AFTER_FRAME, &text.replace("until after", ""));
        // Going back to one's usual medicines once home is keeping them.
        let resumed = p.rule == Proposed::KeepTakingUsual;
        if before_kind(&p.rule) && !resumed && after_frame && !is(&BEFORE_WORDS, &text) {
            continue;
        }
        if is(&AGREED_FIRST, &text) {
            let name = match &p.rule {
                Proposed::KeepTakingUsual => Some("Medicines".to_string()),
                Proposed::Medicine { rule } if rule.before == MedicineBefore::TakeOnTheDay => Some(rule.name.clone()),
                _ => None,
            };
            if let Some(name) = name {
                p.rule = ask_prescriber(name);
                p.words = super::write::describe(&p.rule);
            }
        }
        if let Proposed::Medicine { rule } = &p.rule {
            let mut rule = rule.clone();
            // "In the first 24 h take only the medicines agreed": a limit
            // on other medicines after, the nearest key.
            if let Some(hours) = first_hours(&text).filter(|_| after_frame && text.contains("only")) {
                p.rule = Proposed::NoSedatives { hours };
                p.words = super::write::describe(&p.rule);
            } else if let Some(name) =
                qualified_name(&text).filter(|_| GENERIC.contains(&rule.name.to_lowercase().as_str()))
            {
                rule.name = name;
                p.rule = Proposed::Medicine { rule };
                p.words = super::write::describe(&p.rule);
            }
        }
        match &p.rule {
            Proposed::NoAlcohol { hours } if !is(&ALCOHOL, &text) && is(&CALMING, &text) => {
                p.rule = Proposed::NoSedatives { hours: *hours };
                p.words = super::write::describe(&p.rule);
            }
            // "If you feel unwell before your admission, tell your doctor":
            // the doctor who does the treatment, told before it.
            Proposed::RedFlag { rule } if rule.call == WhoToCall::PrimaryCare && is(&BEFORE_THE_VISIT, &text) => {
                let mut rule = rule.clone();
                rule.call = WhoToCall::Clinic;
                p.rule = Proposed::RedFlag { rule };
                p.words = super::write::describe(&p.rule);
            }
            Proposed::EscortRequired if is(&WATCHES, &text) && !is(&WAY_HOME, &text) => continue,
            Proposed::Observation {
                min_minutes,
                max_minutes,
            } if is(&WHOLE_STAY, &text) && !is(&RECOVERY, &text) => {
                let ask = Ask::Session {
                    low: *min_minutes,
                    high: *max_minutes,
                };
                questions.push(Question::on(&ask, Subject::Observation, (p.sentence, written), vec![]));
                continue;
            }
            Proposed::SolidFood { cutoff }
                if clear_day && *cutoff == midnight && is(&EAT_OR_DRINK, &text) && drinks_at_midnight =>
            {
                continue
            }
            Proposed::Bring { .. } | Proposed::Medicine { .. } if is(&IN_DOUBT, &text) && !asked_prescriber => continue,
            Proposed::Bring { items } => {
                let items: Vec<String> = items
                    .iter()
                    .filter(|i| !other_things(i) && !said_again(i, p.sentence, &brought))
                    .cloned()
                    .collect();
                if items.is_empty() {
                    continue;
                }
                p.rule = Proposed::Bring { items };
                p.words = super::write::describe(&p.rule);
            }
            _ => {}
        }
        kept.push(p);
    }
    kept
}

/// "Other medicine", "any other things": the rest of a list, no thing of
/// its own to bring.
fn other_things(item: &str) -> bool {
    let words: Vec<String> = item
        .to_lowercase()
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect();
    let rest: Vec<&String> = words
        .iter()
        .skip_while(|w| *w == "any" || *w == "all" || *w == "your")
        .collect();
    rest.first().is_some_and(|w| *w == "other") && rest.len() <= 2
}

/// Bare words for medicines in general.
const GENERIC: &[&str] = &["medicine", "medicines", "medication", "medications", "tablets", "pills"];

/// "Medicines taken long-term", "your regular medicines": the medicines
/// the sentence qualified, for a bare "the last medicine" later in it.
static QUALIFIED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:medicines|medications|tablets) (long-term|regularly|daily|every day)\b|\b(long-term|regular|daily|usual|everyday) (?:medicines|medications|tablets)\b").ok()
});

fn qualified_name(text: &str) -> Option<String> {
    let caps = QUALIFIED.as_ref()?.captures(text)?;
    let word = caps.get(1).or(caps.get(2))?.as_str();
    let word = match word {
        "regularly" => "regular",
        "every day" => "daily",
        w => w,
    };
    Some(format!("{word} medicines"))
}

/// "In the first 24 h": the length of the after-frame, in hours.
static FIRST_HOURS: LazyLock<Option<Regex>> = LazyLock::new(|| super::pattern::compile(r"\bfirst (\d{1,2}) ?h").ok());

fn first_hours(text: &str) -> Option<u32> {
    FIRST_HOURS.as_ref()?.captures(text)?.get(1)?.as_str().parse().ok()
}

/// How many sentences apart a heading and the line that says it again stand.
// Not a care number: a reading window.
const RESTATED_WITHIN: usize = 3;

/// The longest words a sentence stands in (a heading is short).
// Not a care number: a reading window.
const HEADING_WORDS: usize = 4;

/// The things each sentence brings, with the sentence and its length in words.
fn things_brought(proposals: &[Proposal], sentences: &[Sentence]) -> Vec<(usize, Vec<String>)> {
    proposals
        .iter()
        .filter_map(|p| match &p.rule {
            Proposed::Bring { items } => Some((p.sentence, items.iter().map(|i| i.to_lowercase()).collect())),
            _ => None,
        })
        .filter(|(s, _)| sentences.get(*s).is_some())
        .collect()
}

/// "Bring medicine" as a heading, and the line under it that names the
/// same medicine in full: the heading's thing is said again.
fn said_again(item: &str, sentence: usize, brought: &[(usize, Vec<String>)]) -> bool {
    let words = content(item);
    if words.is_empty() || words.len() > HEADING_WORDS {
        return false;
    }
    brought.iter().any(|(s, items)| {
        *s != sentence
            && s.abs_diff(sentence) <= RESTATED_WITHIN
            && items.iter().any(|other| {
                let theirs = content(other);
                theirs.len() > words.len() && words.iter().all(|w| theirs.contains(w))
            })
    })
}

/// The words of a thing, plural or not.
fn content(item: &str) -> Vec<String> {
    item.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2 && !["the", "your", "and", "bring", "with", "you"].contains(w))
        .map(|w| w.strip_suffix('s').unwrap_or(w).to_string())
        .collect()
}
