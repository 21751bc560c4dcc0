//! The escort who waits at the office through the visit: "that person
//! comes with you, waits there while the procedure is done, and drives
//! you home", "we prefer that your driver waits at the office", "parents
//! must stay at our office for the whole visit". Said of the person by
//! name or pronoun with a place at the clinic, it is the escort staying on
//! site (a preference is the rule, half d and the judge's "preferably");
//! a parent who must stay is also the child's escort (the v judge on
//! britestars). Proposed once per sheet, when nothing else said where the
//! escort waits (branch tune-auv, half au). Weighed once every sentence
//! is read (from `across_sheet.rs`). The person's duties may come as a
//! list ("an adult must come with the patient, be able to stay in the
//! office during the procedure, and drive the patient home"), so the
//! waiting may stand a clause or two after the person (branch tune-bab,
//! half ba).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};
use crate::facts::rules::EscortPresence;

/// The person who waits, and where: at the office or "there" ("they" may
/// be the patients, so it is not read as the escort).
static WAITS_AT_OFFICE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:parents?|caregivers?|carers?|guardians?|drivers?|escorts?|companions?|adults?|(?:that|this|the) person)\b[^.;]{0,70}?\b(?:stay|stays|remain|remains|wait|waits)\b (?:there|at (?:the|our) (?:office|clinic|practice|surgery|centre|center)|in (?:the|our) (?:office|clinic|practice|waiting room|waiting area))\b").ok()
});

/// Staying only allowed, or not asked; or a stay through the night,
/// which is company after the visit, not waiting through it.
static NOT_ASKED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:may|can|could|welcome|if you wish|if they wish|if you like|not|don't|no need|needn't|do not|overnight|the night)\b")
        .ok()
});

/// A parent or carer who must stay: the child's escort.
static PARENT_MUST: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:parents?|caregivers?|carers?|guardians?)\b[^.;]{0,30}\b(?:must|need to|needs to|have to|has to|are required to|is required to)\b").ok()
});

/// What the proposals were written for.
const WRITTEN_FOR: &str = "corpus half au: \"that person comes to the office with you, waits there while the procedure is done\", \"we prefer that this driver waits at the office\", \"parents and caregivers must stay at our office for the whole visit\"";

/// Adds the escort staying on site from the person who waits at the office.
pub(super) fn escort_waits_at_office(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    if proposals
        .iter()
        .any(|p| matches!(p.rule, Proposed::EscortPresence { .. }))
    {
        return;
    }
    for (index, s) in sentences.iter().enumerate() {
        let lower = s.text.to_lowercase();
        if !is(&WAITS_AT_OFFICE, &lower) || is(&NOT_ASKED, &lower) {
            continue;
        }
        let stays = Proposed::EscortPresence {
            presence: EscortPresence::StaysOnSite,
        };
        proposals.push(Proposal::over(stays, index, (s.start, s.end), WRITTEN_FOR));
        let escort = proposals.iter().any(|p| matches!(p.rule, Proposed::EscortRequired));
        if !escort && is(&PARENT_MUST, &lower) {
            proposals.push(Proposal::over(
                Proposed::EscortRequired,
                index,
                (s.start, s.end),
                WRITTEN_FOR,
            ));
        }
        return;
    }
}
