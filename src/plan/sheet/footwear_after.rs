//! Footwear named after the clothes, past the clothes' own clause (branch
//! tune-bab, half ba): "dress in loose clothing whose sleeves push up
//! past the elbow, with shoes that have a low heel", "choose loose
//! clothes ..., and comfortable shoes without a heel". The clothes'
//! relative clause ends the list as read, and the shoes after it are a
//! second thing to wear, which is a thing to bring (a "wear" item). When
//! a sentence already brings clothes and names shoes after ", with" or
//! ", and" with no denial, the shoes are added to its items. Weighed once
//! every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// The footwear after a comma: its words up to the clause's end.
static FOOTWEAR: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r",\s*(?:with|and)\s+((?:(?:comfortable|flat|low-heeled|sensible|sturdy|closed|soft)\s+)*(?:shoes|footwear|trainers|sneakers)\b[^.,;()]{0,40})").ok()
});

/// A denial or a choice left open: no thing to bring.
static NOT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:no|not|don't|avoid|never|without wearing)\b[^.,;]{0,20}\b(?:shoes|footwear|heels)\b")
        .ok()
});

/// Adds the footwear named after the clothes to the sentence's bring line.
pub(super) fn footwear_after(proposals: &mut [Proposal], sentences: &[Sentence]) {
    let Some(re) = FOOTWEAR.as_ref() else { return };
    for p in proposals.iter_mut() {
        let Proposed::Bring { items } = &mut p.rule else {
            continue;
        };
        let Some(s) = sentences.get(p.sentence) else { continue };
        let lower = s.text.to_lowercase();
        if lower.len() != s.text.len() || is(&NOT, &lower) {
            continue;
        }
        if items.iter().any(|i| {
            let i = i.to_lowercase();
            ["shoe", "footwear", "trainer", "sneaker"].iter().any(|w| i.contains(w))
        }) {
            continue;
        }
        let clothes = items.iter().any(|i| {
            let i = i.to_lowercase();
            ["cloth", "shirt", "sleeve", "trouser", "top", "dress"]
                .iter()
                .any(|w| i.contains(w))
        });
        if !clothes {
            continue;
        }
        if let Some(m) = re.captures(&lower).and_then(|c| c.get(1)) {
            let words = s.text.get(m.range()).unwrap_or(m.as_str()).trim().to_string();
            items.push(words);
        }
    }
}
