//! A class of medicines named with its members in brackets: "if you take
//! any medications regularly (aspirin, blood thinners, insulin, etc.),
//! ask ...". The bracket says which medicines the rule is for; the class
//! word ("regular medicines") is only their heading, so the rule is
//! proposed once per medicine named (branch tune-aqr; one line per named
//! medicine, as ban lists are read). Weighed once every sentence is read
//! (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};

/// A class word alone, with no medicine named in it.
static CLASS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*(?:your |any |all |the )?(?:regular |usual |daily |routine |current |other )?(?:medications?|medicines?|pills|tablets|drugs)\W*$").ok()
});

/// A class named by its kind: "blood-thinning medicines" (branch tune-bd,
/// half bd). Its members are only taken one by one when the bracket says
/// they are examples ("for example ASS, phenprocoumon, apixaban"), as the
/// precedents split a class of medicines (`named_class_examples.rs`).
static KIND_CLASS: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"^\W*[a-z-]+ (?:medications?|medicines?|drugs)\W*$").ok());

/// A bracket of examples, at least two.
static EXAMPLES: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\((?:for example|for instance|e\.g\.|such as)[,:]? ([^()]{3,120},[^()]{2,120})\)").ok()
});

/// A bracket of at least two names.
static BRACKET: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\((?:e\.g\.,? |such as |like |including )?([^()]{3,120},[^()]{2,120})\)").ok()
});

/// What the proposals were written for.
const WRITTEN_FOR: &str =
    "corpus half aq: \"If you take any medications regularly (aspirin, blood thinners, insulin, etc.), ask ...\"";

/// Replaces a class's rule by one rule per medicine its bracket names.
pub(super) fn class_with_examples(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let mut out = Vec::with_capacity(proposals.len());
    for p in proposals.drain(..) {
        let Proposed::Medicine { rule } = &p.rule else {
            out.push(p);
            continue;
        };
        let name = rule.name.to_lowercase();
        let plain = CLASS.as_ref().is_some_and(|re| re.is_match(&name));
        let kind = !plain && KIND_CLASS.as_ref().is_some_and(|re| re.is_match(&name));
        let class = plain || kind;
        let bracket = if kind { &EXAMPLES } else { &BRACKET };
        // A kind's examples are the bracket right after its name, not
        // another class's further on ("arthritis medication, herbal
        // supplements (for example ...)").
        let from = |text: &str| -> usize {
            if !kind {
                return 0;
            }
            text.to_lowercase().find(&name).map_or(text.len(), |at| at + name.len())
        };
        let names = sentences
            .get(p.sentence)
            .and_then(|s| {
                let at = from(&s.text);
                let rest = s.text.get(at..).unwrap_or("");
                if kind && !rest.trim_start().starts_with('(') {
                    return None;
                }
                bracket.as_ref().and_then(|re| re.captures(rest))
            })
            .map(|c| {
                c[1].split([',', ';'])
                    .map(|n| n.trim().trim_start_matches("and ").trim_start_matches("or ").trim())
                    .filter(|n| !n.is_empty() && !n.to_lowercase().starts_with("etc"))
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        if !class || names.len() < 2 {
            out.push(p);
            continue;
        }
        for name in names {
            let mut each = rule.clone();
            each.name = name;
            out.push(Proposal::over(
                Proposed::Medicine { rule: each },
                p.sentence,
                (p.start, p.end),
                WRITTEN_FOR,
            ));
        }
    }
    // "Blood-thinning medicines (for example ... apixaban)": a member the
    // sentence's own words named already is not written twice.
    let mut seen: Vec<(usize, String, String)> = Vec::new();
    out.retain(|p| {
        let Proposed::Medicine { rule } = &p.rule else {
            return true;
        };
        let key = (p.sentence, rule.name.to_lowercase(), format!("{:?}", rule.before));
        if seen.contains(&key) {
            return false;
        }
        seen.push(key);
        true
    });
    *proposals = out;
}
