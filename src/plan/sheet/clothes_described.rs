//! Clothes named with a word of what they are like before them (branch
//! tune-bf, half bf): "wear easy clothing that does not pinch", "come in
//! simple clothes". "Easy" or "simple" first in a thing to bring is
//! usually what the thing should be like, with no thing ("easy to slip on
//! and off": `lists.rs` drops it); right before a word for clothes it
//! names the clothes, which are the thing to wear.

/// Words for clothes, which a describing word may name.
const CLOTHES: &[&str] = &["clothes", "clothing", "garments", "outfit", "shoes", "footwear"];

/// Whether a thing's words are a describing word right before clothes.
pub(super) fn describes_clothes(words: &[&str]) -> bool {
    words
        .get(1)
        .is_some_and(|w| CLOTHES.contains(&w.trim_end_matches([',', '.', ';'])))
}
