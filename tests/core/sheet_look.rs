//! Views of a sheet's proposals shared by the per-round test files
//! (`sheet_ab` … `sheet_bab`): each round used to write its own copy of
//! these, and the copies had begun to drift (one lower-cased names, one
//! did not).

use steady_core::facts::rules::MedicineBefore;
use steady_core::plan::sheet::Proposed;

/// Whether any proposal passes `pick`.
pub(crate) fn has(rules: &[Proposed], pick: impl Fn(&Proposed) -> bool) -> bool {
    rules.iter().any(pick)
}

/// Every medicine proposal as (name in lower case, when it stops).
pub(crate) fn medicines(rules: &[Proposed]) -> Vec<(String, MedicineBefore)> {
    rules
        .iter()
        .filter_map(|r| match r {
            Proposed::Medicine { rule } => Some((rule.name.to_lowercase(), rule.before.clone())),
            _ => None,
        })
        .collect()
}

/// When the first medicine whose lower-cased name holds `name` stops.
pub(crate) fn medicine(rules: &[Proposed], name: &str) -> Option<MedicineBefore> {
    medicines(rules)
        .into_iter()
        .find(|(named, _)| named.contains(name))
        .map(|(_, before)| before)
}

/// Every thing to bring, as written.
pub(crate) fn things(rules: &[Proposed]) -> Vec<String> {
    rules
        .iter()
        .filter_map(|r| match r {
            Proposed::Bring { items } => Some(items.clone()),
            _ => None,
        })
        .flatten()
        .collect()
}

/// Every thing to bring, in lower case.
pub(crate) fn things_lower(rules: &[Proposed]) -> Vec<String> {
    things(rules).into_iter().map(|i| i.to_lowercase()).collect()
}

/// Whether a visit task is proposed.
pub(crate) fn task(rules: &[Proposed]) -> bool {
    has(rules, |r| matches!(r, Proposed::VisitTask { .. }))
}

/// Whether any fast (food or clear drinks) is proposed.
pub(crate) fn fast(rules: &[Proposed]) -> bool {
    has(rules, |r| {
        matches!(r, Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. })
    })
}

/// What a sheet asks about, one subject per question (branch tune-bc).
pub(crate) fn asked(text: &str) -> Vec<steady_core::plan::sheet::Subject> {
    steady_core::plan::sheet::read_sheet(text)
        .unwrap()
        .questions
        .into_iter()
        .map(|q| q.about)
        .collect()
}
