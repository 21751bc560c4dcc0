//! The shapes of a sheet that are lists or quotes rather than times, read
//! with the phrase tables of `tables.rs`: what counts as a clear liquid and
//! what breaking the fast means (kept in the clinic's words), things to
//! bring and wear. Red flags (a situation and whom to call) are in
//! `red_flags.rs`.

use std::sync::LazyLock;

use regex::Regex;

use super::bring_words::{ALLOWED, ASKED_TO, ASKING_VERBS, MODALS, NOT_NEEDED};
use super::found::{Found, Tables};
use super::list_items::{original_slice, split_list};
use super::some_patients::bring_for_some_only;
use super::{Proposed, Sentence};

/// What counts as a clear liquid, and what breaking the fast means: kept
/// in the clinic's words.
pub(super) fn quoted_food_words(t: &Tables, text: &str, fast_before: bool, sentence: &Sentence, found: &mut Found) {
    // "Water is allowed until 2 hours before" is a cutoff, not what counts as clear.
    // "Small sips of water are allowed with medication" is for taking
    // pills; "any drink you can see through" says what counts wherever it
    // stands.
    // A list may also open with a bracket or a table's column bar ("clear
    // liquids (water, apple juice) until 2 hours", "Clear liquids | Water,
    // Gatorade | until 3 hours"), or follow as "these include".
    let lists = [
        ":",
        "such as",
        "e.g.",
        "including",
        "| ",
        "these include",
        "this includes",
    ]
    .iter()
    .any(|w| text.contains(w))
        || (DRINK_IN_BRACKETS.is_match(text) && !ONE_DRINK_ONLY.is_match(text));
    let is_cutoff = (text.contains("until") || text.contains("up to")) && !lists;
    // "Drink up to 2 hours before, but nothing with milk or cream": what
    // is left out says what counts.
    let says_what_counts = text.contains("see through")
        || text.contains("see clearly through")
        || [
            "anything with milk",
            "anything containing milk",
            "anything that contains milk",
            // "Thin/clear liquids (not milk products)": what is left out,
            // in brackets after the clear drinks.
            "without milk",
            "liquids (not milk",
            "liquids (no milk",
            "liquids (not dairy",
            "fluids (not milk",
            "fluids (no milk",
        ]
        .iter()
        .any(|w| text.contains(w))
        // "Clear fluids up to 4 hours (clear fluids are water, juice or
        // tea)": a definition says what counts beside a cutoff too.
        || DEFINES_CLEAR.is_match(text);
    // "Small sips of clear fluids (including water, black tea) until 2
    // hours before": a list says what counts, sips or not.
    // "Small amounts of water are okay": how much, not what counts.
    let for_pills = ["sip", "small amount", "a little"].iter().any(|w| text.contains(w)) && !lists;
    // "Clear liquids are advised at first" after the visit, or drinking
    // clear liquids when queasy at home: advice for after, not what counts
    // before a fast.
    let advice = ["queasy", "nause", "dehydrat", "at first", "afterwards"]
        .iter()
        .any(|w| text.contains(w));
    // "Clear liquids are advised for 6 hours": a rule about clear liquids,
    // not what they are.
    let advice = advice || (!lists && CLEAR_ARE_RULE.is_match(text));
    // "Drinking still water is allowed": water alone allowed, no list of
    // what counts as clear (a list names more than water).
    let water_only = !lists && !says_what_counts && super::look_alikes::only_water(text);
    let counts = (says_what_counts || !(is_cutoff || for_pills)) && !advice && !water_only;
    // "A light meal (i.e tea and toast) is fine": the tea is an example of
    // the meal, not a drink that counts as clear.
    let text = &*MEAL_EXAMPLE.replace_all(text, "");
    if let Some((_, w)) = t.CLEAR_LIQUIDS_ARE.find(text).filter(|_| counts) {
        found.add(
            Proposed::ClearLiquidsAre {
                words: sentence.text.clone(),
            },
            w,
            None,
        );
    }
    // "Follow these instructions, or the visit is cancelled": "these" are
    // the fasting times the sentence before gave (not an explanation of
    // why to fast, nor rules further up).
    // "If you do not follow this": "this" points back too; "the
    // instructions below" point on, to what follows.
    let points_back = [
        "these instructions",
        "these guidelines",
        "these rules",
        "these times",
        "follow this",
        "follow these",
        "follow them",
        "follow it",
    ]
    .iter()
    .any(|w| text.contains(w));
    // Word by word: "treatment" has "eat" in it but says nothing of eating.
    let about_food = starts_a_word(
        text,
        &["eat", "food", "fast", "breakfast", "meal", "drink", "liquid", "fluid"],
    ) || (points_back && fast_before)
        // "If your stomach is not empty, the operation is cancelled": the
        // fast told by what it is for.
        || (text.contains("stomach") && text.contains("empty"));
    // "Do not drink alcohol, or your surgery may be cancelled": a limit on
    // alcohol, not the fast.
    let alcohol_only = ["alcohol", "smok", "cannabis", "marijuana"]
        .iter()
        .any(|w| text.contains(w))
        && !starts_a_word(text, &["eat", "food", "fast", "breakfast", "meal", "liquid", "fluid"]);
    if about_food && !alcohol_only {
        if let Some((_, w)) = t.IF_FAST_BROKEN.find(text) {
            found.add(
                Proposed::IfFastBroken {
                    words: sentence.text.clone(),
                },
                w,
                None,
            );
        }
    }
}

/// Whether a word of the text starts with one of the stems ("eating" with
/// "eat"), so a stem inside a longer word ("treatment") is not read.
fn starts_a_word(text: &str, stems: &[&str]) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| stems.iter().any(|s| w.starts_with(s)))
}

/// "Clear liquids are water, ...", "clear fluids include black tea", "'Clear
/// fluids' means water" (a closing quote, branch tune-cd): the clear drinks
/// defined by naming them.
static DEFINES_CLEAR: LazyLock<Regex> = LazyLock::new(|| {
    super::pattern::compile(r#"clear (?:liquids|fluids|drinks)['’”"]? (?:are|include|means?) (?:plain |still )?(?:water|black|tea|coffee|apple|juice|broth)"#)
        .expect("clear drinks defined")
});

/// Examples in brackets after a meal: "a light meal (i.e tea and toast)".
static MEAL_EXAMPLE: LazyLock<Regex> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:meal|breakfast|snack|food)s? \((?:i\.? ?e\.?|e\.? ?g\.?|such as|like|for example)[^)]*\)",
    )
    .expect("meal example")
});

/// A drink named first in brackets: a list of what counts.
static DRINK_IN_BRACKETS: LazyLock<Regex> = LazyLock::new(|| {
    super::pattern::compile(r"\( ?(?:plain |still )?(?:water|black|tea|coffee|apple|juice|broth|gatorade|cordial|jell|sprite|soda|lemonade|ginger ale|popsicle)")
        .expect("drink in brackets")
});

/// "Clear fluids (water only!)": one drink stressed in brackets narrows
/// the drink of a cutoff; it is no list of what counts as clear. So is
/// one drink alone in brackets ("clear fluids (water) until 2 hours
/// before", branch tune-cd): the drink meant, not a list.
static ONE_DRINK_ONLY: LazyLock<Regex> =
    LazyLock::new(|| super::pattern::compile(r"\( ?(?:plain |still )?[a-z]+(?: only\b| ?\))").expect("one drink only"));

/// "Clear liquids are advised", "clear fluids are fine until": what is
/// asked of clear liquids, not what they are.
static CLEAR_ARE_RULE: LazyLock<Regex> = LazyLock::new(|| {
    super::pattern::compile(r"clear (?:liquids|fluids|drinks) (?:are|is) (?:advised|recommended|encouraged|best|preferred|fine|allowed|permitted|okay|ok)\b")
        .expect("clear liquids are a rule")
});

/// "Patients should wear loose clothes": a page written of its patients in
/// the third person tells them what to do by "should" or "must", which is
/// no account of what some of them do ("some patients should" still is).
fn told_in_the_third_person(lead: &[&str]) -> bool {
    lead.first().is_some_and(|w| ["should", "must"].contains(w))
        && lead.get(1).is_some_and(|w| ["patients", "people"].contains(w))
        && !lead
            .get(2)
            .is_some_and(|w| ["some", "many", "most", "other"].contains(w))
}

pub(super) fn bring(t: &Tables, light: &str, sentence: &Sentence, found: &mut Found) {
    // The first match of each phrase that is an instruction: "if you wear
    // contact lenses, please wear glasses" is the glasses.
    for (re, w) in &t.BRING.entries {
        for caps in re.captures_iter(light) {
            let at = caps.get(0).map_or(0, |m| m.start());
            // "Some patients bring headphones", "we bring you into a room":
            // what others do, not what to bring. "Do not wear nail polish":
            // not a thing to bring either.
            let lead: Vec<&str> = light[..at].split_whitespace().rev().take(3).collect();
            let others = lead
                .iter()
                .any(|w| ["we", "they", "patients", "people", "others", "some", "most", "many"].contains(w))
                && !lead.contains(&"you")
                && !told_in_the_third_person(&lead);
            // "You are asked not to wear nail polish": "to" after the "not".
            let negated = lead
                .first()
                .is_some_and(|w| ["not", "no", "don't", "never", "avoid"].contains(w))
                || (lead.first() == Some(&"to") && lead.get(1).is_some_and(|w| ["not", "never"].contains(w)));
            // "to bring relief back" is a purpose, not a thing to bring; "until
            // the effects wear off" is no clothing.
            let purpose = lead.first() == Some(&"to") && !lead.get(1).is_some_and(|b| ASKED_TO.contains(b));
            // "We encourage our clients to bring headphones": the clinic asks
            // its patients, whoever the sentence names them as.
            let matched = caps.get(0).map_or("", |m| m.as_str());
            let asked_by_clinic = light[..at]
                .split_whitespace()
                .rev()
                .take(4)
                .chain(matched.split_whitespace().take(1))
                .any(|w| ASKING_VERBS.iter().any(|v| w.starts_with(v)));
            // "Higher doses bring more side effects": a plural subject says
            // what something does, not what to bring.
            let described = !asked_by_clinic
                && matched.starts_with("bring")
                && lead.first().is_some_and(|w| {
                    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !["always", "please", "thanks"].contains(w)
                });
            // "It may bring faster relief", "the trouble that a drip can
            // bring": what something may do, not what to bring; "you may
            // bring" stays an allowance.
            let may_do = matched.starts_with("bring")
                && lead.first().is_some_and(|w| MODALS.contains(w))
                && lead.get(1).is_some_and(|w| !["you", "also", "please"].contains(w));
            // "If you wear contact lenses, please wear glasses": what the
            // patient may have, not what to bring.
            let condition = lead.first() == Some(&"you") && lead.get(1) == Some(&"if");
            // "You are welcome to bring a pillow, but you do not need to",
            // "you may bring your own earphones if you prefer": allowed,
            // not asked for (the corpus's "Half c" note, now read in every
            // half).
            // Only the allowance's own clause: "comfortable clothing is
            // recommended, and you may bring pillows" asks for the clothing.
            let clause = clause_at(light, at);
            let only_allowed =
                NOT_NEEDED.iter().any(|w| light.contains(w)) || ALLOWED.iter().any(|w| clause.contains(w));
            // "Bring your medicines if you are told to", "if your child
            // needs nappies, bring a supply": for some patients only.
            let only_some = bring_for_some_only(light);
            // "... or bring their phone number": what someone else has.
            let theirs = caps
                .name("x")
                .is_some_and(|x| x.as_str().trim_start().starts_with("their "));
            let said = caps.name("x").map(|m| m.as_str()).unwrap_or_default();
            // "Wear the support garment for 2 weeks after surgery": clothing
            // for the days after, not a thing to bring to the visit.
            // "Tyne and Wear": a capital in mid-sentence right after a word
            // in lower case is a name, not the verb (a title-cased line has
            // its word before in capitals too; "comfort: Wear" starts anew).
            let in_a_name = at > 0
                && sentence
                    .text
                    .get(at..)
                    .is_some_and(|x| x.starts_with(|c: char| c.is_uppercase()))
                && sentence
                    .text
                    .get(..at)
                    .and_then(|x| x.split_whitespace().next_back())
                    .is_some_and(|w| {
                        w.starts_with(|c: char| c.is_lowercase()) && w.ends_with(|c: char| c.is_alphabetic())
                    });
            // "Bring food back slowly", "bring your usual diet back in
            // stages": "bring ... back" is taking it up again, not a thing
            // to bring; "bring the form back to us" still is one.
            let taken_up_again = matched.starts_with("bring") && taken_up_again(&light[at..]);
            // "During the test you will wear a gown from the ward": what
            // the visit holds, not what to bring.
            let will_be_worn =
                matched.starts_with("wear") && lead.first() == Some(&"will") && lead.get(1) == Some(&"you");
            let worn_for_days = (matched.starts_with("wear") || matched.contains(" worn"))
                && [&WORN_FOR_DAYS, &WORN_OVER_A_TIME]
                    .iter()
                    .any(|re| re.as_ref().is_some_and(|re| re.is_match(light)));
            if ((others || purpose) && !asked_by_clinic)
                || worn_for_days
                || taken_up_again
                || will_be_worn
                || in_a_name
                || negated
                || described
                || may_do
                || condition
                || only_allowed
                || only_some
                || theirs
                || said.starts_with("off")
                || denied_list(said)
                || not_asked_to_bring(&sentence.text.to_lowercase())
            {
                continue;
            }
            // ", so short sleeves are a good idea": the thing, not the link.
            let said = ["so ", "and ", "but ", "then "]
                .iter()
                .find_map(|w| said.trim_start().strip_prefix(w))
                .unwrap_or(said);
            // "Bring it along": what "it" is ("if there is a blanket you love").
            let mut words = said
                .split_whitespace()
                .filter(|w| !["a", "an", "your", "the", "along"].contains(w));
            // "bring your own if you prefer": one of what the clinic provides.
            let own = words.next() == Some("own") && words.next().is_none_or(|w| w == "if" || w.starts_with(','));
            let first_word = said
                .split_whitespace()
                .find(|w| !["a", "an", "your", "the", "along"].contains(w));
            let thing;
            let said = match first_word {
                Some("own") if own => match provided(light) {
                    Some(found) => {
                        thing = found;
                        thing.as_str()
                    }
                    None => continue,
                },
                Some("it" | "them" | "one" | "these" | "those") => {
                    match antecedent(light).or_else(|| medicines_taken(light.get(..at).unwrap_or_default())) {
                        Some(found) => {
                            thing = found;
                            thing.as_str()
                        }
                        None => continue,
                    }
                }
                _ => said,
            };
            let original = original_slice(&sentence.text, said).unwrap_or(said);
            // A thing said once is brought once, whichever words found it.
            let known: Vec<String> = found
                .proposals
                .iter()
                .filter_map(|p| match &p.rule {
                    Proposed::Bring { items } => Some(items.iter().map(|i| i.to_lowercase())),
                    _ => None,
                })
                .flatten()
                .collect();
            let items: Vec<String> = split_list(original)
                .into_iter()
                .filter(|i| short_thing(i) && !only_when_needed(i))
                // "Wear very little make-up": how to look, not a thing to bring.
                .filter(|i| !(worn(matched) && not_worn_thing(i)))
                .filter(|i| {
                    !known
                        .iter()
                        .any(|k| k.contains(&i.to_lowercase()) || i.to_lowercase().contains(k.as_str()))
                })
                .collect();
            if !items.is_empty() {
                found.add(Proposed::Bring { items }, w, None);
            }
            break;
        }
    }
}

/// An item of a thing to bring: a short noun phrase, not a phrase that
/// begins with a preposition or names a person ("with calm", "you").
pub(super) fn short_thing(item: &str) -> bool {
    let lower = item.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let first = words.first().copied().unwrap_or_default();
    let last = words.last().copied().unwrap_or_default();
    !words.is_empty()
        && ![
            "with", "in", "on", "at", "for", "to", "you", "us", "him", "her", "them", "me",
        ]
        .contains(&first)
        && !["back", "up", "along"].contains(&last)
        // "Nothing tight", "no jewellery": what not to wear; "since an
        // accident can happen": why, not a thing.
        && !["nothing", "no", "not", "none", "avoid", "since", "because", "as", "so", "which", "while", "unless"]
            .contains(&first)
        // "easy to slip on and off": what the thing should be like; "off"
        // left of it is no thing either.
        && (!["easy", "simple", "quick", "able"].contains(&first) || super::clothes_described::describes_clothes(&words))
        && (words.len() > 1 || !["off", "out", "away", "up", "down"].contains(&first))
        // "Please bring your" with the things on the lines below: a
        // determiner alone is where the list breaks off, not a thing.
        && (words.len() > 1 || !["your", "my", "our", "the", "a", "an", "their", "his", "her", "any", "some", "these", "those", "this", "following"].contains(&first.trim_end_matches([':', '.'])))
        // "whether you will need to stay": a clause, no thing.
        && !["whether", "if", "how", "what"].contains(&first)
        // "the results to my appointment": where it goes, not a thing.
        && ![" to my ", " to your ", " to our "].iter().any(|w| lower.contains(w))
        && !lower.ends_with('?')
        && ![" to be ", " already ", " so that "].iter().any(|w| lower.contains(w))
}

/// "Payment where needed", "a walking aid if required": a thing for the
/// patients who need it, not one every patient brings.
pub(super) fn only_when_needed(item: &str) -> bool {
    let lower = item.to_lowercase();
    let lower = lower.trim_end_matches(['.', ',', ' ', ')']);
    // "Any medicines you need": those the patient needs, if any.
    ["where", "when", "if", "as"]
        .iter()
        .flat_map(|w| ["needed", "required", "necessary", "applicable", "relevant"].map(move |n| format!(" {w} {n}")))
        .any(|tail| lower.ends_with(&tail))
        || (lower.starts_with("any ") && lower.ends_with(" you need"))
        // "A book to read (optional)": allowed, not asked for, as a list
        // headed "(optional)" is.
        || lower.ends_with("(optional")
}

/// "Wear no contact lenses, make-up or high heels": a "no" that opens the
/// list denies every thing in it, not only the first (each item alone
/// would not say "no" any more once the list is split).
fn denied_list(said: &str) -> bool {
    said.split_whitespace()
        .next()
        .is_some_and(|w| ["no", "nothing", "none", "neither"].contains(&w))
}

/// Whether the phrase that found a thing is one of wearing it.
fn worn(matched: &str) -> bool {
    ["wear", "please wear", "dress", "please dress"]
        .iter()
        .any(|w| matched.starts_with(w))
}

/// What a clinic asks patients to leave off or keep light, never a thing
/// to bring: make-up, nail polish, jewellery, scents, contact lenses.
pub(super) fn not_worn_thing(item: &str) -> bool {
    const NOT_WORN: &[&str] = &[
        "make-up",
        "makeup",
        "make up",
        "nail",
        "polish",
        "varnish",
        "lipstick",
        "jewel",
        "perfume",
        "scent",
        "cologne",
        "lotion",
        "cream",
        "contact lens",
        "piercing",
        "acrylic",
        "deodorant",
    ];
    let lower = item.to_lowercase();
    NOT_WORN.iter().any(|w| lower.contains(w))
}

/// A sentence with a thing to bring that does not ask every patient to
/// bring it: a question, a condition on the patient, the patient being
/// brought, an allowance of one's own, or a thing the clinic has too.
pub(super) fn not_asked_to_bring(text: &str) -> bool {
    let text = text.trim();
    text.ends_with('?')
        || text.contains("bring you ")
        || [
            "if you have any questions",
            "if you have questions",
            "if you have arranged",
            "we also have",
            // "Eye mask (optional)": a line of the list that only allows it.
            "(optional)",
        ]
        .iter()
        .any(|w| text.contains(w))
}

/// The clause of `light` that holds the byte `at`: between the nearest
/// "; ", ", and " or ", but " on either side.
fn clause_at(light: &str, at: usize) -> &str {
    const BETWEEN: [&str; 3] = ["; ", ", and ", ", but "];
    let before = light.get(..at).unwrap_or_default();
    let start = BETWEEN
        .iter()
        .filter_map(|b| before.rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    let after = light.get(at..).unwrap_or_default();
    let end = BETWEEN
        .iter()
        .filter_map(|b| after.find(b).map(|i| at + i))
        .min()
        .unwrap_or(light.len());
    light.get(start..end).unwrap_or(light)
}

/// "for 2 weeks", "for one to two days", "for 1-2 weeks": a length in days
/// or weeks, longer than any visit.
static WORN_FOR_DAYS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\bfor (?:at least |up to |about )?(?:\d+|one|two|three|four|six|a few|several|a)(?: ?(?:-|to) ?(?:\d+|two|three|four|six))? (?:days?|weeks?)\b").ok()
});

/// "Wear a pad during this time and change it often": worn through a time
/// the sentence before gave (the days of spotting after), not brought to
/// the visit (branch tune-cd).
static WORN_OVER_A_TIME: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(
        r"\b(?:during (?:this|that|that same) (?:time|period)|change (?:it|them) (?:often|regularly|frequently))\b",
    )
    .ok()
});

/// "bring it along": what "it" is, from the sentence's "if there is a
/// blanket or pillow you love" or "if you sleep with a CPAP machine".
fn antecedent(light: &str) -> Option<String> {
    static IF_THING: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(r"\bif (?:there is|there are|there's|you (?:use|have|sleep with|own|need|wear|take|like)) (?P<x>[^,;.]+?)(?: you | that | which | at home|,|$)").ok()
    });
    let caps = IF_THING.as_ref()?.captures(light)?;
    Some(caps.name("x")?.as_str().to_string())
}

/// "Take your usual medicines in the morning and bring them with you":
/// "them" are the medicines the sentence has just said to take.
fn medicines_taken(before: &str) -> Option<String> {
    static TAKEN: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(r"\b(?:take|use|continue|keep taking)(?: only)? (?P<x>[^,;.()]+?)(?: on | at | as | in the | before | every |,| and |$)").ok()
    });
    let caps = TAKEN.as_ref()?.captures(before)?;
    let taken = caps.name("x")?.as_str();
    ["medic", "tablet", "pill", "inhaler", "drug", "spray", "insulin"]
        .iter()
        .any(|w| taken.contains(w))
        .then(|| taken.to_string())
}

/// "We provide eyeshades ..., but you may bring your own": what the
/// clinic provides.
fn provided(light: &str) -> Option<String> {
    static PROVIDE: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(
            r"\bwe (?:provide|offer|supply|have|lend|give you) (?P<x>[^,;.]+?)(?: and | but | for |,|$)",
        )
        .ok()
    });
    let caps = PROVIDE.as_ref()?.captures(light)?;
    Some(caps.name("x")?.as_str().to_string())
}

/// "bring food and drink back slowly": a "back" within a few words after
/// "bring" and not followed by where or with whom the thing goes ("back to
/// the clinic", "back with you").
fn taken_up_again(from_bring: &str) -> bool {
    let words: Vec<&str> = from_bring
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(BACK_WINDOW)
        .collect();
    words.iter().position(|w| *w == "back").is_some_and(|k| {
        !words
            .get(k + 1)
            .is_some_and(|w| ["to", "with", "on", "in", "at", "for", "when", "into"].contains(w))
    })
}

/// How far after "bring" its "back" may stand, in words ("bring food and
/// drink back").
// Not a care number: a reading window.
const BACK_WINDOW: usize = 7;
