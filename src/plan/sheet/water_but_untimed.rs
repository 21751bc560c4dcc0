//! "Do not eat or drink any fluids (apart from water) for 8 hours":
//! other drinks stop with the food while water goes on with no end, a
//! pair the drinks line cannot hold (the key has one time for all clear
//! drinks; ag/myharrisregional, aq/chomp read it so: no clear_liquids
//! line). A drinks cutoff read from a sentence that bans food and drink
//! but water, and gives water no time of its own ("water up to 2 hours
//! before", "sips of water" for tablets keep theirs), is dropped; the
//! reader stays silent on drinks (branch tune-be, half be). Weighed once
//! every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// Water alone left: "apart from water", "other than plain water",
/// "nothing but water", "except water", "only water is allowed".
static BUT_WATER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:apart from|other than|except(?: for)?|but|besides|only)\s+(?:plain |still |tap )?water\b",
    )
    .ok()
});

/// Eating banned in the same sentence, or a fast ("the second 12 hours
/// are a fast – only water is allowed").
static EAT: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:eat|eating|food|foods|solids?|meals?|fast|fasting)\b").ok());

/// Water with a time or a use of its own, or other drinks allowed.
static WATER_OWN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:up to|until|till|up until|sips?|medic\w*|tablets?|pills?|midnight|clear (?:liquids?|fluids?|drinks?)|juice|coffee|tea)\b").ok()
});

/// Drops the drinks cutoff of a fast that leaves water untimed, and the
/// list of clear drinks read from it: water alone is no list of clear
/// liquids (ah/gastro-praxis-herne, aj/dentalsleep).
pub(super) fn water_but_untimed(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    super::keep_where::keep_where_sentence(
        proposals,
        sentences,
        |rule| matches!(rule, Proposed::ClearLiquids { .. } | Proposed::ClearLiquidsAre { .. }),
        |lower| !(is(&BUT_WATER, lower) && is(&EAT, lower) && !is(&WATER_OWN, lower)),
    );
}
