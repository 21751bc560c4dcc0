//! A rule for some cases the sheet does not name (branch tune-bc): "some
//! procedures may call for you to arrive an hour early", "some patients
//! may need to stop their tablets a week before", "in some cases you will
//! need a companion overnight". Which procedures, patients or cases is
//! not said, so the patient cannot tell whether the rule is theirs: the
//! sentence's rules are asked, as a rule for a named group is
//! (`some_patients.rs`, whose `some_only` calls this).

/// Who or what the "some" picks out: a share of the visits or patients.
const SOME_OF: &[&str] = &[
    "procedures",
    "patients",
    "people",
    "cases",
    "surgeries",
    "operations",
    "treatments",
    "visits",
    "appointments",
];

/// Words that say the share may (or must) do something: the rule is
/// theirs, not everyone's.
const MAY: &[&str] = &[
    "may", "might", "can", "could", "will", "need", "needs", "require", "requires", "call", "warrant",
];

/// Whether the sentence (lower case) gives a rule to "some procedures",
/// "some patients" or "some cases" only.
pub(super) fn some_unnamed(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(3).any(|w| {
        (w[0] == "some" && SOME_OF.contains(&w[1]) && MAY.contains(&w[2]))
            || (w[0] == "in" && w[1] == "some" && ["cases", "instances"].contains(&w[2]))
    })
}
