//! "What to bring" and, right under it, one sentence that names the things
//! after "including": "A list of the essentials you will need, including
//! your medicines, ID and personal belongings." The sentence is too long
//! to be a line of the list, and its own head ("a list of the essentials")
//! is no thing to bring; the things are the ones it includes.

use super::found::Found;
use super::list_items::split_list;
use super::lists::{only_when_needed, short_thing};
use super::Proposed;

/// The things a sentence right under the heading includes, each a short
/// thing the patient brings for themselves.
pub(super) fn including(text: &str, optional: bool, written_for: &str, found: &mut Found) {
    if optional || found.proposed(|_| true) || found.questions_made() > 0 {
        return;
    }
    let lower = text.to_lowercase();
    let Some(at) = lower.find(", including ").map(|i| i + ", including ".len()) else {
        return;
    };
    let Some(rest) = text.get(at..) else {
        return;
    };
    // One list, to the end of the sentence: no second clause after it.
    if rest.contains([';', ':']) || rest.to_lowercase().contains(" if ") {
        return;
    }
    let items: Vec<String> = split_list(rest)
        .into_iter()
        .filter(|i| short_thing(i) && !only_when_needed(i))
        .collect();
    if items.len() >= 2 {
        found.add(Proposed::Bring { items }, written_for, None);
    }
}
