//! A class and its members after a dash or a colon, on one line (branch
//! tune-awx): "Blood thinners - Warfarin, Clopidogrel, Apixaban",
//! "Anti-inflammatories: ibuprofen, naproxen". The line's rule is the
//! class's; the names after the dash say which medicines belong to it,
//! as "including" does, and are no rule each (a bracket of members is
//! `class_with_examples.rs`'s, read as the sheets it was written for
//! read it). The members' lines from such a line are dropped, the
//! class's kept. Weighed once every sentence is read (from
//! `across_sheet.rs`).

use super::{Proposal, Proposed, Sentence};

/// Drops the members' rules where the class before the dash has the same rule.
pub(super) fn class_dash_members(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let mut members = Vec::new();
    for (k, s) in sentences.iter().enumerate() {
        let text = s.text.trim_start_matches(|c: char| !c.is_alphanumeric());
        let Some(at) = [" - ", " – ", " — ", ": "].iter().filter_map(|d| text.find(d)).min() else {
            continue;
        };
        let head = text[..at].trim().to_lowercase();
        let tail = text[at..].to_lowercase();
        let class = proposals.iter().find_map(|p| match &p.rule {
            Proposed::Medicine { rule } if p.sentence == k && rule.name.to_lowercase() == head => {
                Some(rule.before.clone())
            }
            _ => None,
        });
        let Some(before) = class else { continue };
        for (i, p) in proposals.iter().enumerate() {
            let Proposed::Medicine { rule } = &p.rule else { continue };
            let name = rule.name.to_lowercase();
            if p.sentence == k && rule.before == before && name != head && tail.contains(&name) {
                members.push(i);
            }
        }
    }
    let mut i = 0;
    proposals.retain(|_| {
        i += 1;
        !members.contains(&(i - 1))
    });
}
