//! Caffeine read as a drink (branch tune-be, half be): a timed ban on
//! caffeine alone is a clear-liquid line for that kind of drink
//! (`lexicon.rs`; ak/pembertonvalleydental, r/miamidentalsedation). Not
//! where caffeine is named as a stimulant ("stop stimulants (coffee or
//! caffeine)": the medicine reading, l/willowdental, s/dentalelements),
//! nor where the sentence's ban is on eating and adds caffeine to it ("do
//! not eat or have any caffeine for 6 hours", f/joplinendo): there the
//! time is the food fast's, and no drinks cutoff follows. In both the
//! drinks line is dropped; the reader stays silent on drinks. Weighed
//! once every sentence is read (from `across_sheet.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::is;
use super::{Proposal, Proposed, Sentence};

/// Drink words other than caffeine.
static OTHER_DRINK: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:drink\w*|liquids?|fluids?|water|beverages?|juices?|milk|alcohol\w*|sodas?|tea|coffee)\b",
    )
    .ok()
});

/// A stimulant named, or eating banned beside it.
static NOT_A_DRINK_BAN: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::pattern::compile(r"\b(?:stimulants?|eat|eating|food|foods|solids?)\b").ok());

/// Drops the drinks cutoff read from caffeine as a stimulant or beside a
/// food fast.
pub(super) fn caffeine_only(proposals: &mut Vec<Proposal>, sentences: &[Sentence]) {
    super::keep_where::keep_where_sentence(
        proposals,
        sentences,
        |rule| matches!(rule, Proposed::ClearLiquids { .. }),
        |lower| {
            if !lower.contains("caffein") {
                return true;
            }
            let without = lower.replace("coffee or caffeine", "caffeine");
            let caffeine_alone = !is(&OTHER_DRINK, &without) || lower.contains("stimulant");
            !(caffeine_alone && is(&NOT_A_DRINK_BAN, lower))
        },
    );
}
