//! The drugs the team gives at the visit are not the patient's medicines
//! (branch tune-bab, half ba): "alcohol can interfere with the anaesthesia
//! medicines we use; stop using them for 72 hours". The anaesthetic is
//! the clinic's, given in the room; a stop read for it is a stop of
//! something else the sentence names (here alcohol), so no medicine rule
//! is read for the anaesthetic when the sentence says the team uses or
//! gives it (silent; the other rule is read as usual). A patient's own
//! medicines that "interact with the anaesthesia medication" are another
//! matter, and keep their line.
//! The sedation the team gives is the same family (branch tune-bd, half
//! bd): "sometimes we agree that you will get one (a kind of sleeping
//! medicine). We then discuss this with you", "you get a sedative with the
//! sleeping medicine Midazolam": the sedative is given at the visit, not a
//! medicine of the patient's to ask the prescriber about.
//! And a medicine named only by what it does to the patient in the room
//! ("a look inside the lungs with a medicine that helps you go through the
//! examination as relaxed as possible"): the team's, given there (branch
//! tune-bf, half bf).
//! Weighed once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// The anaesthetic or sedation the team gives.
static CLINIC_DRUG: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*(?:the )?(?:an(?:a)?esthe\w*|an(?:a)?esthetic|sedation|iv sedation|general an(?:a)?esthe\w*)(?: (?:medicines?|medications?|drugs?|agents?))?\W*$").ok()
});

/// The sedatives named as the sedation given at the visit.
static SEDATIVE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*(?:the |a )?(?:sedatives?|sedative-hypnotics?|sleeping medic\w*|sleep medic\w*)\b")
        .ok()
});

/// A medicine named by what it does to the patient: "a medicine that
/// helps you relax", "medication which makes you sleepy".
static DOES_TO_YOU: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"^\W*(?:a |the )?(?:medicines?|medications?|drugs?) (?:that|which) (?:will )?(?:helps?|makes?|lets?) you\b",
    )
    .ok()
});

/// The team's own use said: "the medicines we use", "the drugs we give".
static WE_USE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\bwe (?:will )?(?:use|give|administer|provide)\b|\bgiven (?:by us|to you during)\b|\bused during (?:the|your)\b|\byou (?:will )?(?:get|receive|be given|are given)\b").ok()
});

/// Drops the medicine rules read for the team's own drugs.
pub(super) fn clinic_drugs(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    proposals.retain(|p| {
        let Proposed::Medicine { rule } = &p.rule else {
            return true;
        };
        let name = rule.name.to_lowercase();
        if is(&DOES_TO_YOU, &name) {
            return false;
        }
        if !is(&CLINIC_DRUG, &name) && !is(&SEDATIVE, &name) {
            return true;
        }
        // "... the anaesthesia medicines we use. Stop using them ...": the
        // pronoun's sentence reads the name from the one before.
        let said = |i: usize| sentences.get(i).is_some_and(|s| is(&WE_USE, &s.text.to_lowercase()));
        !(said(p.sentence) || (p.sentence > 0 && said(p.sentence - 1)))
    });
}
