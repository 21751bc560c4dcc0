//! Medicines said in general (see `medicines.rs`): "keep taking your usual
//! medicines", "take your medications with a sip of water", and when
//! those words keep the usual ones, when someone else decides, and when
//! medicines in general take a rule as a class does.

use super::clauses::Run;
use super::compose::{add, ask_prescriber_rule, source, title_case, Context, Words};
use super::found::Found;
use super::lexicon::{source_of, Cue, Topic};
use super::medicine_names::{for_a_use, general_name_here, refers_back};
use super::medicine_words::{
    keeps_something_else, only_informs, stopping_any, take_before_medicines, taken_with_a_sip,
};
use super::values::{Amount, Dir, Timed, When};
use super::Proposed;
use crate::facts::rules::{MedicineBefore, MedicineRule};
use regex::Regex;
use std::sync::LazyLock;

/// Medicines in general, no medicine named (`names` is empty): the usual
/// ones kept, or a general name pushed onto `names` to read as a class's
/// rule. True when nothing more is to be read of the run.
pub(super) fn in_general(
    run: &Run,
    cx: &Context<'_>,
    found: &mut Found,
    lower: &str,
    neg: bool,
    asked_first: bool,
    names: &mut Vec<(Option<usize>, String)>,
) -> bool {
    // "Keep taking your usual medicines"; "take your routine medications";
    // not "discuss whether to take the medicines you normally take".
    // "Take your medicines at the usual times": the usual ones kept.
    let usual = run.has(Topic::UsualMedicines)
        || (run.has(Topic::Medications)
            && [
                "at the usual time",
                "at your usual time",
                "at the normal time",
                "at your normal time",
                // "Take all your medications at their regular times"
                // (branch tune-cd): the patient's own times, kept.
                "at their regular time",
                "at your regular time",
                "at the regular time",
                "at their usual time",
                "at their normal time",
            ]
            .iter()
            .any(|w| lower.contains(w)))
        || (run.has(Topic::Medications) && own_regimen(lower));
    // "Take medicines exactly as prescribed" on an after-care sheet:
    // how to take what is given, not the usual ones kept ("take your
    // medications as prescribed" is).
    let only_as_prescribed = !usual
        && !lower.contains("your med")
        && (lower.contains("as prescribed") || lower.contains("as directed"))
        && ![
            "continue",
            "keep taking",
            "as usual",
            "as normal",
            "carry on",
            "carried on",
        ]
        .iter()
        .any(|w| lower.contains(w));
    // "If you keep taking medicines that should have been stopped":
    // what happens then, not an instruction to keep them.
    let only_if = ["if you keep", "if you continue", "if you carry on", "if you still take"]
        .iter()
        .any(|w| lower.contains(w));
    // "The nurse will say which medicines to stop or continue": a
    // choice someone else makes, not the usual ones kept.
    let which = run.topics.iter().any(|&(t, _, a, _)| {
        matches!(t, Topic::UsualMedicines | Topic::Medications)
            && cx.toks[a.saturating_sub(WHICH_WINDOW)..a.min(cx.toks.len())]
                .iter()
                .any(|x| x.is("which") || x.is("whether"))
    });
    let keep = !which
        && (run.cue(Cue::Keep)
        && !only_if
        && !keeps_something_else(cx.text)
        && (usual || run.has(Topic::Medications))
        && !only_as_prescribed)
        || (usual && run.cue(Cue::Take) && !neg && !run.cue(Cue::Ask) && !which)
        // "Go back to your usual medicines after the visit": they are
        // kept, with the visit between; "you may go back to them" on an
        // after-care sheet only allows it.
        || (usual && run.cue(Cue::Resume) && !neg && !run.cue(Cue::Ask) && !run.cue(Cue::May))
        // "Take your medicines with a sip of water on the day": taken
        // as always, with the water the fast allows.
        || (run.has(Topic::Medications)
            && run.cue(Cue::Take)
            && !neg
            && !run.cue(Cue::Ask)
            && ["sip", "enough water", "little water"].iter().any(|w| lower.contains(w))
            && take_before_medicines(run, cx))
        // "Any medicines you are not holding can be taken with a sip of
        // water": the words of the sip overrule a "not" said of others.
        || ((usual || run.has(Topic::Medications)) && !run.cue(Cue::Ask) && taken_with_a_sip(cx.text));
    // "Medicines for your heart that you need to take": some medicines,
    // named by what they are for, not every usual one.
    // "If you are asked to take your usual medicines", "staff will
    // give instructions on any medicine to be taken": whether they are
    // taken is someone else's word later, not the sheet's.
    let someone_decides = [
        "if you are asked to",
        "if you have been asked to",
        "if you are told to",
        "if you are instructed to",
        "if instructed to",
        "will give instructions",
        "will give you instructions",
        // "If you are to take medicines on the day": if the clinic has
        // said so, which the sheet leaves to it.
        "if you are to take",
        "if you are meant to take",
        "if you are supposed to take",
    ]
    .iter()
    .any(|w| lower.contains(w));
    // "If you take any other medicine, tell your doctor": the clinic
    // told, nothing kept; "take it after discussing this with your
    // doctor": the prescriber asked first (below).
    let informs = only_informs(cx.text, names);
    // "These medicines are often taken on the morning": the ones named
    // before, not every usual one. "Take any medicines as your doctor has
    // directed": whichever the doctor says, which the sheet leaves to him.
    let others = refers_back(run, cx) || super::medicine_words::any_as_directed(lower);
    let steps_below = super::kept_list::announces_steps(cx.text);
    if keep && !for_a_use(run, cx) && !someone_decides && !asked_first && !informs && !others && !steps_below {
        let is_own = |t: Topic| matches!(t, Topic::UsualMedicines | Topic::Medications);
        keep_taking(run, cx, found, is_own);
        // "Do not stop them without checking with your doctor": kept,
        // and stopping asked of the prescriber first (not "do not
        // change the dose without ...", advice for every day).
        let own = run.topics.iter().find(|(t, ..)| is_own(*t));
        let ask_first = run.cue(Cue::Ask) && lower.contains("stop") && lower.contains("without");
        if let (true, Some((_, entry, a, b))) = (ask_first, own) {
            let (x, y) = cx.bytes(*a, *b);
            let rule = ask_prescriber_rule(title_case(cx.text.get(x..y).unwrap_or_default()));
            add(
                found,
                cx,
                Words::of(run, is_own, None),
                Proposed::Medicine { rule },
                source_of(*entry),
            );
        }
        // "You can take your regular medications up to 2 hours before":
        // and their last dose then. Not "up to 2 hours before coming to
        // hospital": counted from arriving, which Steady does not keep
        // for a medicine.
        // "May be taken with a sip less than 2 hours before": allowed
        // inside the window too, so no last dose.
        let inside = |t: &Timed| {
            let w = |k: Option<usize>| k.and_then(|k| cx.toks.get(k)).map_or("", |x| x.text.as_str());
            [w(Some(t.first)), w(t.first.checked_sub(1)), w(t.first.checked_sub(2))]
                .iter()
                .any(|x| ["less", "within", "under"].contains(x))
        };
        let until = run
            .times
            .iter()
            .filter(|t| !super::moments::from_arrival(cx, t) && !inside(t))
            .find_map(|t| match t.when {
                When::Amount {
                    amount: Amount::Exact(l),
                    dir: Some(Dir::Before),
                    until: true,
                    ..
                } => l.whole_hours().map(|h| (h, t)),
                _ => None,
            });
        let said = run.topics.iter().find(|(t, ..)| *t == Topic::UsualMedicines);
        if let (Some((hours, timed)), Some((_, entry, a, b)), true) = (until, said, usual && run.cue(Cue::May)) {
            let (x, y) = cx.bytes(*a, *b);
            let name = title_case(cx.text.get(x..y).unwrap_or_default());
            add(
                found,
                cx,
                Words::of(run, |t| t == Topic::UsualMedicines, Some(timed)),
                Proposed::Medicine {
                    rule: MedicineRule {
                        name,
                        before: MedicineBefore::HoursBefore { hours },
                        restart_hours_after: None,
                        note: None,
                    },
                },
                source_of(*entry),
            );
        }
        return true;
    }
    // Otherwise medicines in general take a rule as a class does, in the
    // sheet's words ("our team will tell you which of your medications
    // to take", "skip your pills, apart from blood pressure medicines,
    // on the morning"), when the words are about taking them: "let us
    // know if your medications change" is none.
    let taking = [
        Cue::Take,
        Cue::Keep,
        Cue::Stop,
        Cue::Not,
        Cue::Last,
        Cue::Resume,
        Cue::Fewer,
    ]
    .iter()
    .any(|c| run.cue(*c))
        // "Their doctor will advise them about taking medicine", "not
        // sure whether to take it": the clinic's word on taking them, to
        // ask for. Not "tell us about medicines": the clinic informed.
        || (run.cue(Cue::Ask) && ASKED_ABOUT.iter().any(|w| lower.contains(w)))
        || asked_first;
    // "The following medicines", "these medicines": named elsewhere.
    // "Before you stop any medicine, check with your doctor that it is
    // safe": a caution for every medicine the patient might stop, the
    // rule behind the named stops; no medicine of its own.
    match general_name_here(run, cx).filter(|_| taking && !refers_back(run, cx) && !stopping_any(lower)) {
        Some(name) => {
            names.push((None, name));
            false
        }
        None => true,
    }
}

/// Words that put the medicines themselves in what is asked about.
const ASKED_ABOUT: &[&str] = &["about taking", "how to take", "whether to take"];

/// How far before the medicines "which" or "whether" may stand ("which
/// of your medicines").
// Not a care number: a reading window.
const WHICH_WINDOW: usize = 3;

/// Keep taking the usual medicines, said by the words of the topics `is`
/// picks.
pub(super) fn keep_taking(run: &Run, cx: &Context<'_>, found: &mut Found, is: impl Fn(Topic) -> bool + Copy) {
    add(
        found,
        cx,
        Words::of(run, is, None),
        Proposed::KeepTakingUsual,
        source(run, is),
    );
}

/// "Take your prescribed medicines as your physician has told you",
/// "any medicines your doctor has ordered": the medicines a prescriber
/// outside the clinic set the patient on, that is the usual ones (branch
/// tune-rest). Not the surgeon or dentist, whose prescription is for the
/// visit, and not "any medicines as your doctor has directed", which
/// leaves whichever to the doctor (`any_as_directed`).
fn own_regimen(lower: &str) -> bool {
    static OWN: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(concat!(
            r"\byour prescribed (?:medicines?|medications?|medicine\(s\)|meds)\b",
            r"|\b(?:medicines?|medications?|medicine\(s\)|meds) (?:that )?(?:as )?your (?:referring |family |own )?",
            r"(?:physician|doctor|provider|gp)s? (?:has |have )?(?:prescribed|ordered)\b",
        ))
        .ok()
    });
    OWN.as_ref().is_some_and(|re| re.is_match(lower))
}
