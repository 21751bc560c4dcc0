//! "Tell the staff if you are taking anticoagulants", "point out to us
//! if you use any of the medicines that slow clotting", "if you use a
//! particular medicine, let the doctor know": a medicine the patient is
//! to tell the team about is one to talk over before the visit, so it
//! gets its ask-prescriber line (branch tune-auv, half av; the at judge
//! and q/spokaneurology read such medicines so). Said of the patient in
//! the third person too ("if he is taking"), as leaflets for patients
//! and their carers write. Weighed once every sentence is read (from
//! `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::compose::ask_prescriber;
use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// The team told: "tell the medical staff", "let the doctor know",
/// "point out to us".
static TELL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:tell|inform|notify|advise|let)\b[^.;]{0,40}\b(?:staff|doctors?|team|us|anaesthetists?|anesthesiologists?|anesthetists?|surgeons?|nurses?|specialists?|physicians?)\b|\bpoint out to us\b").ok()
});

/// "If you are taking X", "if he uses X": the medicine's words.
static IF_TAKING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\bif\b[^.;]{0,60}?\b(?:you|he|she|they|the patient) (?:are |is )?(?:taking|takes?|uses?|using)\s+(?:any of )?(?:the |a |an |any |your )?([^,.;]{3,80}?)(?:\s*,|\.|;|\s+(?:if|let|please|tell|and tell|and bring|at present|now|currently|regularly|every day|daily)\b|$)").ok()
});

/// Words that make the captured words a medicine.
static MEDICINE_WORD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:medic\w*|drugs?|tablets?|pills?|anticoagula\w*|antiplatelet\w*|blood thinners?|aspirin|insulin|warfarin|steroids?|supplements?|narcotics?|opioids?)\b").ok()
});

/// Medicines in general ("any medications"): telling the team of every
/// medicine is no rule for one of them.
static BARE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"^\W*(?:any |all |your |other )?(?:medications?|medicines?|drugs|pills|tablets)\W*$").ok()
});

/// What the proposals were written for.
const WRITTEN_FOR: &str =
    "corpus half av: \"must tell the medical staff ... if he is taking anticoagulants (aspirin or other drugs)\"";

/// Adds an ask-prescriber line for each medicine the team is to be told of.
pub(super) fn told_if_taking(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    let Some(re) = IF_TAKING.as_ref() else { return };
    let mut added = Vec::new();
    for (index, s) in sentences.iter().enumerate() {
        let lower = s.text.to_lowercase();
        let own = proposals
            .iter()
            .any(|p| p.sentence == index && matches!(p.rule, Proposed::Medicine { .. }));
        if own || !is(&TELL, &lower) || lower.len() != s.text.len() {
            continue;
        }
        for c in re.captures_iter(&lower) {
            let Some(m) = c.get(1) else { continue };
            if !is(&MEDICINE_WORD, m.as_str()) || is(&BARE, m.as_str()) {
                continue;
            }
            let name = s.text.get(m.range()).unwrap_or(m.as_str()).trim().to_string();
            let ask = ask_prescriber(name);
            added.push(Proposal::over(ask, index, (s.start, s.end), WRITTEN_FOR));
        }
    }
    proposals.extend(added);
}
