//! A list of examples in the sentence after a rule on medicines (branch
//! tune-cd): "Do not take products that contain aspirin for 7 days
//! before. Among them: Aleve, Advil, ibuprofen ...". The names are the
//! rule's medicines too, each with the rule's time, as a list under a
//! lead that ends in a colon takes the lead's rule (`propose.rs`).

use super::clauses::Run;
use super::found::Found;
use super::lexicon::Cue;
use super::values::When;
use super::Proposed;
use crate::facts::rules::MedicineRule;

/// What a sentence asks of medicines, and when: its cues and moments.
pub(super) type Said = (Vec<Cue>, Vec<When>);

/// Words that open a sentence of examples of what the sentence before
/// named.
const LEADS: &[&str] = &[
    "among them",
    "among these",
    "these include",
    "they include",
    "this includes",
    "these are",
    "examples include",
    "examples are",
    "for example",
    "for instance",
    "such as",
    "e.g.",
];

/// Whether the sentence opens with a lead to examples.
pub(super) fn examples_lead(text: &str) -> bool {
    let lower = text.trim_start_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    LEADS.iter().any(|w| lower.starts_with(w))
}

/// The rule a run says of the medicines it names, to hand to examples in
/// the next sentence: a ban ("do not", "stop") with its time.
pub(super) fn rule_of(run: &Run, names_some: bool) -> Option<Said> {
    let ban = run.cue(Cue::Not) || run.cue(Cue::Stop);
    (names_some && ban && !run.times.is_empty() && !run.cue(Cue::Ask) && !run.cue(Cue::May))
        .then(|| (run.cues.clone(), run.times.iter().map(|t| t.when).collect()))
}

/// What the examples were written for.
const EXAMPLES: &str = "branch tune-cd: a ban on medicines \"for 7 days before\", then \"Among them: ...\" naming them (the examples take the ban)";

/// The items of a sentence of examples, after its lead (and its colon,
/// when there is one), in the sheet's words: split at commas and the last
/// "or" or "and", each without what its brackets say ("herbal supplements
/// (green tea, garlic)" is one item, the kind).
pub(super) fn items(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let start = match lower.find(':') {
        Some(c) => c + 1,
        None => LEADS
            .iter()
            .find_map(|w| {
                lower
                    .trim_start()
                    .starts_with(w)
                    .then(|| lower.len() - lower.trim_start().len() + w.len())
            })
            .unwrap_or(0),
    };
    let body = text.get(start..).unwrap_or_default();
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut current = String::new();
    for c in body.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' | ';' if depth == 0 => out.push(std::mem::take(&mut current)),
            _ if depth == 0 => current.push(c),
            _ => {}
        }
    }
    out.push(current);
    out.iter()
        .flat_map(|item| {
            let item = item.trim().trim_end_matches('.').trim();
            let item = ["or ", "and "]
                .iter()
                .find_map(|w| item.strip_prefix(w))
                .unwrap_or(item);
            // "Motrin and Anaprox" at the end of the list: two items.
            match item.split_once(" and ").or_else(|| item.split_once(" or ")) {
                Some((a, b)) if a.split_whitespace().count() == 1 && b.split_whitespace().count() == 1 => {
                    vec![a.trim().to_string(), b.trim().to_string()]
                }
                _ => vec![item.to_string()],
            }
        })
        .filter(|item| !item.is_empty() && item.split_whitespace().count() <= MOST_WORDS)
        .collect()
}

/// The most words an item of a list of examples has ("other medications
/// that can raise your risk of bleeding"); longer is a sentence.
// Not a care number: a reading window.
const MOST_WORDS: usize = 10;

/// Each item of the examples not already proposed from the sentence gets
/// the rule the sentence before said of its medicines.
pub(super) fn name_the_rest(text: &str, rule: &MedicineRule, found: &mut Found) {
    let said: Vec<String> = found
        .proposals
        .iter()
        .filter_map(|p| match &p.rule {
            Proposed::Medicine { rule } => Some(rule.name.to_lowercase()),
            _ => None,
        })
        .collect();
    for item in items(text) {
        let lower = item.to_lowercase();
        if said
            .iter()
            .any(|s| lower.contains(s.as_str()) || s.contains(lower.as_str()))
        {
            continue;
        }
        let name = super::compose::title_case(&item);
        found.add(
            Proposed::Medicine {
                rule: MedicineRule { name, ..rule.clone() },
            },
            EXAMPLES,
            None,
        );
    }
}
