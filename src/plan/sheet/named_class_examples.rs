//! Examples of a named class make one line, not one each (branch
//! tune-bab, half bb): "if you are on anticoagulant therapy (for example
//! warfarin, clopidogrel, ticlopidine), contact your cardiologist", "no
//! anti-inflammatories (such as Advil, Motrin or ibuprofen)". The rule is
//! the class's; the bracket only shows what the class holds, and a line
//! per member would write rules the sheet never wrote. The precedents are
//! split for a class of medicines ("other blood thinners (for example
//! Plavix, Xarelto)" has a line per member in half ae, "anti-inflammatories
//! (such as ...)" one line in half at), so only a treatment regimen's
//! examples ("... therapy (for example ...)") are taken as one: the
//! patient is on the regimen, and its members are not each a medicine
//! the sheet rules on. The first member's line is kept for the regimen,
//! and the other members' lines with the same rule are dropped. Weighed once every sentence is read
//! (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// A bracket of examples: its contents (the head is the text before it).
static EXAMPLES: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\((?:for example|for instance|e\.g\.|eg|such as)[,:]?\s+([^()]+)\)").ok()
});

/// A head that is a treatment regimen: "anticoagulant therapy".
static REGIMEN: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:therapy|therapies|treatment|regimen)\s*$").ok());

/// Keeps one medicine line per named class's bracket of examples.
pub(super) fn named_class_examples(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let Some(re) = EXAMPLES.as_ref() else { return };
    // (sentence, bracket start, the rule's time) already given its line.
    let mut seen: Vec<(usize, usize, String)> = Vec::new();
    proposals.retain(|p| {
        let Proposed::Medicine { rule } = &p.rule else {
            return true;
        };
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let lower = s.text.to_lowercase();
        let name = rule.name.to_lowercase();
        if name.is_empty() || lower.len() != s.text.len() {
            return true;
        }
        let bracket = re.captures_iter(&lower).find_map(|c| {
            let whole = c.get(0)?;
            let inside = c.get(1)?.as_str();
            // The head: the clause before the bracket.
            let before = lower.get(..whole.start())?;
            let head = before.rsplit([';', ':', '.']).next().unwrap_or(before);
            let named = is(&REGIMEN, head) && inside.contains(name.as_str()) && inside.contains(',');
            named.then_some(whole.start())
        });
        let Some(at) = bracket else { return true };
        let key = (p.sentence, at, format!("{:?}", rule.before));
        if seen.contains(&key) {
            return false;
        }
        seen.push(key);
        true
    });
}
