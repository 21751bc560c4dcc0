//! Words that should leave the reader unsure, weighed once every sentence
//! is read (from `across_sheet.rs`, last): each check is for a family of
//! sentences, not one phrase (branch tune-mn, halves am and an). A thing
//! "there is no need to bring" or brought only "if you have to"; a bring
//! "item" that is a limit ("only your essentials") or an action set in
//! between ("bring, and show the doctor, your papers"); a medicine class
//! named by what it does ("that reduce blood clotting"), not a dose
//! reduced; "take" and "keep" in other senses ("taken into account", "keep
//! them somewhere handy"), and "which to continue and which to stop", an
//! ask; a medicine named after "except", not taken as usual; a time bound
//! to asking the doctor, the time of the asking; a sign told to "your
//! surgeon or local doctor", two places; an illness before the operation
//! told to "your doctors", the treating team; drinks that are not clear
//! (formula, milk, "with bits"), no clear-liquid time; one's usual
//! medicines taken by a time, the usual medicines kept, not a task;
//! "patients who take X", a condition, not a task to take X; a medicine
//! "named" only "the medicine"; a parent who stays until the child falls
//! asleep, not an escort waiting on site; and "nil by mouth" from the
//! time the clear drinks end, where food has its own earlier time.

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Question, Sentence};
use crate::facts::rules::{Cutoff, EscortPresence, MedicineBefore, MedicineRule, WhoToCall};

fn re(pattern: &str) -> Option<Regex> {
    super::pattern::compile(pattern).ok()
}

/// "There is no need to bring", "you do not have to bring", "if you have
/// to bring children": bringing denied or only a condition. "Do not bring
/// or wear valuables": bringing banned outright (branch tune-aop), so
/// whatever the sentence lists is left behind, not brought.
static BRING_NOT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"\b(?:no need to|not (?:need|have) to|n't (?:need|have) to|not necessary to|needn't|unnecessary to|if you (?:have|need|want) to|if you must|do not|don't|never|please do not)\s+(?:\w+\s+(?:or|and)\s+)?(?:\w+\s+)?bring\b",
    )
});

/// A bring "item" that is a limit or an action, not a thing; or (branch
/// tune-aop) an example of the thing ("such as a utility bill") or an
/// amount with no thing ("a supply for home"), which the list's own
/// items already name.
static NOT_A_THING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"^(?:only|just|nothing|no more than|as little|show|give|hand|tell|take|keep|leave|make|put|ask|such as|for example|for instance|e\.g\.|like|(?:a |some )?(?:supply|plenty|enough|more)(?:\s+(?:for|to)\b.*|\s+of (?:it|them))?$)",
    )
});

/// "Medicines that reduce blood clotting": what the class does.
static DOES: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(r"\b(?:that|which|to)\s+(?:\w+\s+)?(?:reduces?|lowers?|thins?|decreases?|slows?|prevents?|affects?|acts? on)\b")
});

/// Words of dosing less, which the class words above are not.
static FEWER: LazyLock<Option<Regex>> =
    LazyLock::new(|| re(r"\b(?:fewer|smaller|lower|half|reduce (?:the|your) dose|reduced dose)\b"));

/// "Take into account", "keep them somewhere handy": other senses of the
/// words of keeping on with one's medicines.
static OTHER_SENSE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"\btak(?:e|en|ing) into (?:account|consideration)\b|\bkeep (?:them|it|these|those) (?:somewhere|handy|safe|in|on|at|with|near|close)\b",
    )
});

/// Words of going on taking medicines, beside "keep them".
static TAKING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(r"\b(?:continue|carry on|keep (?:on )?taking|as (?:usual|normal)|tak(?:e|ing) (?:all |your |them))")
});

/// "Some medicines need to be continued and some held back": which ones
/// is not said, so no leave to keep them all.
static SOME_MEDICINES: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"^\W*some (?:of your )?(?:regular |usual |routine |long-term )?(?:medicines|medications|tablets|drugs)\b|\bsome (?:medicines|medications|tablets|drugs)\b[^.;]{0,60}\b(?:and|but|while) (?:some|others)\b",
    )
});

/// "Ask which ones to continue and which to stop": a question for the
/// doctor, not leave to keep them.
static WHICH_TO: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"\bwhich (?:ones? |medicines? |medications? |tablets? )?(?:to|you should|you can|should) (?:continue|take|keep|stop)\b",
    )
});

/// "Except opioids", "apart from insulin": names left out of the rule.
static EXCEPT: LazyLock<Option<Regex>> =
    LazyLock::new(|| re(r"\b(?:except(?: for)?|apart from|other than|with the exception of|but not)\s+([^,.;]{2,60})"));

/// "Stopped at least 2 hours before": the hours of an excepted medicine.
static STOPPED_HOURS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(r"\b(?:stop\w*|held|hold|withheld|not (?:be )?taken)\b[^.;]{0,25}?(\d{1,2}) hours? (?:before|prior)")
});

/// "Ask your doctor about them at least one week before": the time is the
/// asking's.
static ASK_DOCTOR: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"\b(?:ask|discuss|talk|speak|check with|consult)\b[^.;]{0,30}\b(?:doctor|surgeon|gp|prescriber|physician|specialist)",
    )
});

/// Words of stopping, beside the asking.
static STOP_WORDS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(r"\b(?:stop\w*|hold|withh\w+|avoid|discontinu\w*|do not take|don't take|take no|no more|put \w+ aside)\b")
});

/// "Your surgeon or local doctor": two places to tell, neither chosen;
/// "your dentist or surgeon" is one treating team.
static TWO_PLACES: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"\b(?:surgeon|doctor|clinic|practice|dentist|team|nurse)\s+or\s+(?:your\s+)?(?:local doctor|family doctor|own doctor|gp|hospital|emergency)\b|\b(?:local doctor|family doctor|own doctor|gp)\s+or\s+(?:your\s+|the\s+)?(?:surgeon|doctor|clinic|practice|dentist|team|nurse|hospital)\b",
    )
});

/// An illness before the operation, told to "your doctor(s)".
static BEFORE_OPERATION: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"\bbefore (?:your |the )?(?:planned |scheduled )?(?:operation|surgery|procedure|treatment|anaesthe\w*|anesthe\w*)\b",
    )
});

/// Doctors who are the patient's own, not the treating team.
static OWN_DOCTOR: LazyLock<Option<Regex>> =
    LazyLock::new(|| re(r"\b(?:gp|family doctor|local doctor|own doctor|primary care|general practitioner)\b"));

/// Drinks that are not clear: milk, formula, drinks with bits in them.
static NOT_CLEAR: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"\b(?:formula|milk|thick drinks?|smoothies?|that have bits|with bits|with (?:fruit )?(?:pulp|flesh)|with (?:solid )?pieces)\b",
    )
});

/// Drinks that are clear, which keep a clear-liquid time.
static CLEAR: LazyLock<Option<Regex>> =
    LazyLock::new(|| re(r"\b(?:clear|water|squash|cordial|black (?:tea|coffee))\b"));

/// Words that make what follows an exception to an allowance.
static EXCEPTION_WORDS: LazyLock<Option<Regex>> =
    LazyLock::new(|| re(r"\b(?:but|except|without|apart from|other than)\b"));

/// One's usual medicines, by any of their names.
static USUAL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"\b(?:usual|regular|routine|daily|long-term|long term|chronic|normal|everyday)\b[^.;]{0,30}\bmedic|\bmedic\w*\b[^.;]{0,30}\b(?:long-term|long term|regularly|every day|daily) basis\b|\bmedic\w* you (?:normally|usually|regularly) take\b",
    )
});

/// "Patients who take", "if you take": the taking is who the rule is for.
static WHO_TAKE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"\b(?:patients|people|those|anyone|children|persons)\s+(?:who|that)\s+(?:take|use|are (?:on|taking))\b|\bif (?:you|your child) (?:take|use|are (?:on|taking))\b",
    )
});

/// "Until the child falls asleep": a parent beside the child at the start.
static UNTIL_ASLEEP: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"\buntil (?:the |your |he |she |they )?(?:child |baby )?(?:falls?|is|are) asleep\b|\b(?:operating (?:room|theatre)|induction)\b",
    )
});

/// "Nil by mouth", "cannot eat or drink anything": a whole fast.
static WHOLE_FAST: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"\bnil by mouth\b|\b(?:cannot|can't|must not|may not|do not|don't) eat or drink\b|\bnothing (?:at all )?(?:to eat or drink|by mouth)\b",
    )
});

/// Words of eating with a number of hours: food's own time.
static FOOD_HOURS: LazyLock<Option<Regex>> =
    LazyLock::new(|| re(r"\b(?:meals?|food|eat\w*|snacks?)\b[^.]{0,80}?\b(\d{1,2}) hours?\b"));

/// "If you have been given a sedative": the sedation given, as a
/// condition.
static GIVEN: LazyLock<Option<Regex>> =
    LazyLock::new(|| re(r"\bif you (?:are|were|have been|had been) given an? (?:sedative|sedation|calming)\w*"));

/// Words of sedatives, kept once the sedative given is taken out.
static SEDATIVES: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"\b(?:sedativ\w*|sleeping (?:pills?|tablets?)|opioids?|opiates?|benzodiazepines?|tranquil\w*|narcotics?|painkillers?|pain killers?)\b",
    )
});

/// Weighs every proposal against the families above.
pub(super) fn unsure(proposals: &mut Vec<Proposal>, sentences: &[Sentence], _questions: &mut [Question]) {
    let lower = |i: usize| sentences.get(i).map_or(String::new(), |s| s.text.to_lowercase());
    let drink_times: Vec<(usize, Cutoff)> = proposals
        .iter()
        .filter_map(|p| match &p.rule {
            Proposed::ClearLiquids { cutoff } => Some((p.sentence, cutoff.clone())),
            _ => None,
        })
        .collect();
    let mut kept = Vec::new();
    for mut p in std::mem::take(proposals) {
        let text = lower(p.sentence);
        let keep = match &mut p.rule {
            Proposed::Bring { items } => {
                items.retain(|item| !is(&NOT_A_THING, &item.to_lowercase()));
                !items.is_empty() && !is(&BRING_NOT, &text)
            }
            Proposed::Medicine { rule } => medicine(rule, &text),
            Proposed::KeepTakingUsual => {
                if is(&WHICH_TO, &text) {
                    p.rule = ask_about("regular medicines");
                    true
                } else {
                    (is(&TAKING, &text) || !is(&OTHER_SENSE, &text)) && !is(&SOME_MEDICINES, &text)
                }
            }
            Proposed::RedFlag { rule } => {
                if is(&TWO_PLACES, &text) {
                    false
                } else {
                    if rule.call == WhoToCall::PrimaryCare
                        && is(&BEFORE_OPERATION, &text)
                        && !is(&OWN_DOCTOR, &text)
                        && text.contains("doctors")
                    {
                        rule.call = WhoToCall::Clinic;
                    }
                    true
                }
            }
            Proposed::ClearLiquids { .. } => !not_clear_drinks(&text),
            Proposed::VisitTask { task } => {
                let title = task.title.to_lowercase();
                if taking_is_who(&title, &text) {
                    false
                } else if title.starts_with("take") && title.contains("medic") && is(&USUAL, &text) {
                    p.rule = Proposed::KeepTakingUsual;
                    true
                } else {
                    true
                }
            }
            Proposed::EscortPresence {
                presence: EscortPresence::StaysOnSite,
            } => !is(&UNTIL_ASLEEP, &text),
            // "If you have been given a sedative you stay 1 hour": the
            // sedative given, no sedative banned.
            Proposed::NoSedatives { .. } => !sedative_only_given(&text),
            Proposed::SolidFood {
                cutoff: cutoff @ Cutoff::HoursBefore { .. },
            } => !nil_by_mouth_after_drinks(cutoff, p.sentence, &text, &drink_times, sentences),
            _ => true,
        };
        if keep {
            p.words = super::write::describe(&p.rule);
            kept.push(p);
        }
    }
    *proposals = kept;
}

/// A medicine line, checked against the families of medicine words: false
/// to leave it out.
fn medicine(rule: &mut MedicineRule, text: &str) -> bool {
    let name = rule.name.to_lowercase();
    // "The medicine", "medication": a name that names nothing.
    let bare = name.trim_start_matches("the ").trim_start_matches("your ");
    // An ask about "your medication" is whole without a name; a stop or
    // a time for "the medicine" needs the name it stands for.
    let asks = matches!(rule.before, MedicineBefore::AskPrescriber { .. });
    if !asks && ["medicine", "medication", "drug", "it", "them"].contains(&bare) {
        return false;
    }
    match rule.before {
        MedicineBefore::FewerOnTheDay if is(&DOES, text) && !is(&FEWER, text) => false,
        MedicineBefore::TakeOnTheDay if excepted(&name, text) => {
            match STOPPED_HOURS
                .as_ref()
                .and_then(|re| re.captures(text))
                .and_then(|c| c.get(1)?.as_str().parse().ok())
            {
                Some(hours) => {
                    rule.before = MedicineBefore::HoursBefore { hours };
                    true
                }
                None => false,
            }
        }
        MedicineBefore::HoursBefore { hours } if time_of_asking(text) => {
            rule.before = MedicineBefore::AskPrescriber {
                days_before: (hours / 24).max(1),
            };
            true
        }
        _ => true,
    }
}

/// "Ask your doctor about them at least a week before": a time said after
/// the asking and no stop in the sentence, so the time is the asking's.
fn time_of_asking(text: &str) -> bool {
    let Some(ask) = ASK_DOCTOR.as_ref().and_then(|re| re.find(text)) else {
        return false;
    };
    let after = &text[ask.end()..];
    !is(&STOP_WORDS, text) && (after.contains("before") || after.contains("prior"))
}

/// A drink time for drinks that are not clear ("no formula in the last
/// four hours"), where no clear drink is named and the drink is not the
/// exception to an allowance ("you can drink, but nothing with milk").
fn not_clear_drinks(text: &str) -> bool {
    let Some(found) = NOT_CLEAR.as_ref().and_then(|re| re.find(text)) else {
        return false;
    };
    let before = &text[..found.start()];
    !is(&CLEAR, text) && !is(&EXCEPTION_WORDS, before)
}

/// "Patients who take GLP-1 medicines have to ...": a task "take GLP-1"
/// read from the words that say whom the rule is for.
fn taking_is_who(title: &str, text: &str) -> bool {
    let Some(taken) = title.strip_prefix("take ") else {
        return false;
    };
    let first = taken.split([' ', '(']).next().unwrap_or(taken);
    WHO_TAKE.as_ref().is_some_and(|re| {
        re.find_iter(text).any(|m| {
            text[m.end()..]
                .split([',', ';', '.'])
                .next()
                .is_some_and(|taken| taken.contains(first))
        })
    })
}

/// "If you have been given a sedative you stay 1 hour": the only sedative
/// the sentence names is the one given.
fn sedative_only_given(text: &str) -> bool {
    let Some(given) = GIVEN.as_ref().filter(|re| re.is_match(text)) else {
        return false;
    };
    !is(&SEDATIVES, &given.replace_all(text, ""))
}

/// Whether the medicine's name is among the words after "except", where
/// the words before it keep the medicines ("take your medicines, except
/// opioids"); the exception to a skip ("skip your pills apart from blood
/// pressure tablets") is the one taken.
fn excepted(name: &str, text: &str) -> bool {
    let Some(re) = EXCEPT.as_ref() else { return false };
    let first = name.split_whitespace().next().unwrap_or(name);
    re.captures_iter(text).any(|c| {
        let (Some(whole), Some(names)) = (c.get(0), c.get(1)) else {
            return false;
        };
        let before = &text[..whole.start()];
        names.as_str().contains(first.trim_end_matches('s'))
            && is(&TAKING, before)
            && !is(&STOP_WORDS, before)
            && !before.contains("skip")
            && !before.contains("omit")
    })
}

/// A whole fast from the very time the clear drinks end, where an earlier
/// sentence gave food a longer time of its own: the fast closes the
/// drinks and says nothing new of food.
fn nil_by_mouth_after_drinks(
    cutoff: &Cutoff,
    at: usize,
    text: &str,
    drink_times: &[(usize, Cutoff)],
    sentences: &[Sentence],
) -> bool {
    let Cutoff::HoursBefore { hours } = cutoff else {
        return false;
    };
    if !is(&WHOLE_FAST, text) || !drink_times.iter().any(|(i, c)| *i != at && c == cutoff) {
        return false;
    }
    sentences.iter().take(at).any(|s| {
        FOOD_HOURS.as_ref().is_some_and(|re| {
            re.captures_iter(&s.text.to_lowercase())
                .filter_map(|c| c.get(1)?.as_str().parse::<u32>().ok())
                .any(|h| h > *hours)
        })
    })
}

/// A medicine line asking the prescriber, a week ahead as the reader's
/// other asks are.
fn ask_about(name: &str) -> Proposed {
    super::compose::ask_prescriber(name)
}
