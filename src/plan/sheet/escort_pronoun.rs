//! The escort named by a pronoun: pages name the adult who comes with the
//! patient in one sentence and say what they must do in the next, "They
//! must stay in the waiting room during your treatment".

use super::tokens::Tok;

/// What the opening pronoun is read as: a word the lexicon knows for the
/// escort, kept on the pronoun's own bytes so the sentence's words stay.
const ESCORT_WORD: &str = "escort";

/// Reads an opening "they" (the sentence's first word) as the escort, when
/// the sentence before named one. A "they" later in the sentence may be
/// anyone (the staff, the medicines), so only the first is read.
pub(super) fn name_the_escort(toks: &mut [Tok]) {
    if let Some(first) = toks.first_mut().filter(|t| t.text == "they") {
        first.text = ESCORT_WORD.to_string();
    }
}
