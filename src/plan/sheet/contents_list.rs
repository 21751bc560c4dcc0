//! A list of what products contain (branch tune-awx): "please avoid any
//! preparation that contains the following for 10 days before surgery:
//! Fish Oil, Garlic, Ginger ...", "supplements containing these". The
//! lines name ingredients, not medicines the patient takes by those
//! names; the rule is for the products that contain them. The stops read
//! from the lines become one stop for the products, named with what they
//! contain. Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::MedicineRule;

/// "any preparation that contains the following", "products containing
/// these": the products, and a lead to what they contain.
static CONTAINS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b((?:\w+ )?(?:preparations?|products?|supplements?|remedies|remedy|formulas?|creams?))\s+(?:that|which)?\s*contains?(?:ing)?\s+(?:any of )?(?:the following|these|this|any of these)\b|\b((?:\w+ )?(?:preparations?|products?|supplements?|remedies|remedy|formulas?|creams?))\s+containing\s+(?:any of )?(?:the following|these)\b").ok()
});

// Not a care number: the most words a list line of one content has.
const SHORT_LINE: usize = 5;

/// What the proposal was written for.
const WRITTEN_FOR: &str = "corpus half aw: \"Please avoid any preparation that contains the following for 10 days before surgery: Fish Oil, Garlic ...\"";

/// Gathers the stops of the contents into one stop for the products.
pub(super) fn contents_list(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    for (lead, s) in sentences.iter().enumerate() {
        let lower = s.text.to_lowercase();
        let Some(products) = CONTAINS
            .as_ref()
            .and_then(|re| re.captures(&lower))
            .and_then(|c| c.get(1).or_else(|| c.get(2)))
            .map(|m| {
                m.as_str()
                    .trim_start_matches("any ")
                    .trim_start_matches("all ")
                    .to_string()
            })
        else {
            continue;
        };
        // The lines under the lead, each a stop, while they last.
        let mut lines = Vec::new();
        for (line, under) in sentences.iter().enumerate().skip(lead + 1) {
            let stops: Vec<&MedicineRule> = proposals
                .iter()
                .filter(|p| p.sentence == line)
                .filter_map(|p| match &p.rule {
                    Proposed::Medicine { rule } => Some(rule),
                    _ => None,
                })
                .collect();
            let short = under.text.split_whitespace().count() <= SHORT_LINE;
            match stops.as_slice() {
                [one] => lines.push((line, (*one).clone())),
                // A content the reader knows no name for: the list goes on.
                [] if short && !proposals.iter().any(|p| p.sentence == line) => {}
                _ => break,
            }
        }
        let Some((_, first)) = lines.first().cloned() else {
            continue;
        };
        if lines.iter().any(|(_, r)| r.before != first.before) {
            continue;
        }
        let taken: Vec<usize> = lines.iter().map(|(line, _)| *line).collect();
        // The lead already names the products with the same stop: the
        // lines only say what is in them.
        let named = proposals.iter().any(|p| {
            p.sentence == lead && matches!(&p.rule, Proposed::Medicine { rule } if rule.before == first.before)
        });
        if named {
            proposals.retain(|p| !(taken.contains(&p.sentence) && matches!(p.rule, Proposed::Medicine { .. })));
            continue;
        }
        if lines.len() < 2 {
            continue;
        }
        let names: Vec<String> = lines.iter().map(|(_, r)| r.name.clone()).collect();
        proposals.retain(|p| !(taken.contains(&p.sentence) && matches!(p.rule, Proposed::Medicine { .. })));
        let mut name = products.clone();
        if let Some(c) = name.get_mut(..1) {
            c.make_ascii_uppercase();
        }
        let rule = Proposed::Medicine {
            rule: MedicineRule {
                name: format!("{name} containing {}", names.join(", ")),
                ..first
            },
        };
        proposals.push(Proposal::over(rule, lead, (s.start, s.end), WRITTEN_FOR));
    }
}
