//! The items of a list of things to bring: a sentence's list split into
//! its things ("a photo ID and a form of payment"), with what is no thing
//! (a person, a reason, a remark in brackets) left out, and each shown in
//! the sheet's own letters. Split from `lists.rs`, which decides whether a
//! sentence asks for things at all.

use super::compose::title_case;
use super::propose::INSTRUCTION_STARTS;
use super::Proposed;

/// A rule about the escort, which a line of things to bring may also say
/// ("a photo ID, and an adult to drive you home") without ceasing to be one.
pub(super) fn escort_only(rule: &Proposed) -> bool {
    matches!(
        rule,
        Proposed::EscortRequired | Proposed::EscortMinAge { .. } | Proposed::EscortPresence { .. }
    )
}

/// Whether the line of `text` that holds byte `at` opens with a bullet
/// ("  • A small bag"): under a list's heading, such a line is one of its
/// items, however long, not a heading of its own.
pub(super) fn bulleted(text: &str, at: usize) -> bool {
    let line_start = text.get(..at).and_then(|t| t.rfind('\n')).map_or(0, |i| i + 1);
    let lead = text.get(line_start..at).unwrap_or_default().trim();
    !lead.is_empty()
        && lead
            .chars()
            .all(|c| matches!(c, '-' | '*' | '•' | '·' | '–' | '▪' | '◦'))
}

/// Whether the sentence at byte `at` of `text` opens a numbered line ("2.
/// Glasses", "3) A book"): under a list's heading, an item as a bullet is.
pub(super) fn numbered(text: &str, at: usize) -> bool {
    let line_start = text.get(..at).and_then(|t| t.rfind('\n')).map_or(0, |i| i + 1);
    let lead = text.get(line_start..at).unwrap_or_default().trim();
    let digits = lead.trim_end_matches(['.', ')']);
    digits.len() < lead.len() && !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
}

/// Where a sentence stands in a bulleted line: its first sentence, or one
/// after it in the same line ("• Eat lightly. If you are sick, call us"),
/// which explains the bullet rather than being an item of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum InBullet {
    No,
    Opens,
    Continues,
}

/// Where the sentence at byte `at` of `text` stands in a bulleted line.
pub(super) fn in_bullet(text: &str, at: usize) -> InBullet {
    if bulleted(text, at) {
        return InBullet::Opens;
    }
    let line_start = text.get(..at).and_then(|t| t.rfind('\n')).map_or(0, |i| i + 1);
    let lead = text.get(line_start..at).unwrap_or_default().trim_start();
    match lead.starts_with(['-', '*', '•', '·', '–', '▪', '◦']) {
        true => InBullet::Continues,
        false => InBullet::No,
    }
}

/// The part of `sentence` that `lowered` (a piece of its lower-cased form)
/// came from, when it can be found again letter for letter.
pub(super) fn original_slice<'a>(sentence: &'a str, lowered: &str) -> Option<&'a str> {
    let at = sentence.to_lowercase().find(lowered)?;
    sentence.get(at..at + lowered.len())
}

/// "a photo ID and a form of payment" → ["Photo ID", "A form of payment"].
/// "comfort items such as headphones" is the headphones; "anything else
/// that helps" is not a thing; a person is not a thing to bring ("bring a
/// responsible adult").
pub(super) fn split_list(text: &str) -> Vec<String> {
    let text = text.trim().trim_end_matches(['.', '!']);
    // What a parenthesis adds ("flat shoes (no sandals)") is not a thing.
    let mut plain = String::new();
    let mut depth = 0u32;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    // "in the original packaging" after a dash is a remark, like a bracket.
    let plain = plain.split(['–', '—']).next().unwrap_or_default();
    let mut items = Vec::new();
    // "All your medicines, inhalers and sprays included": the part after
    // the first that says "included" names members of a thing already
    // named, each of them, not more things.
    let included = |p: &String| p.split_whitespace().any(|w| w.eq_ignore_ascii_case("included"));
    for part in describing_cut(&joined_describing_words(plain))
        .iter()
        .enumerate()
        .take_while(|(k, p)| *k == 0 || !included(p))
        .flat_map(|(_, p)| split_and(p))
        .flat_map(split_or)
    {
        let mut item = part.trim();
        // A list of things ends where a clause starts: "headphones and
        // listen to music you choose", ", ideally something that soothes".
        let first = item.split_whitespace().next().unwrap_or_default().to_lowercase();
        if NOT_A_THING.contains(&first.as_str()) || CARE_VERBS.contains(&first.as_str()) {
            break;
        }
        // "Dark polish can get in the way", "monitoring needs access to
        // your arms": a part with a verb of its own is a sentence about a
        // thing, not the thing; "a top that can be rolled up" describes one.
        if says_something(item) {
            break;
        }
        // "All your medicines, your insulin included": one of the things
        // already named, not another.
        if !items.is_empty() && item.split_whitespace().any(|w| w.eq_ignore_ascii_case("included")) {
            break;
        }
        // "someone (a driver) who is an adult and who cares": a person, and
        // what is said of them, is no thing to bring.
        if items.is_empty() && names_a_person(part) {
            break;
        }
        // "a short-sleeved shirt so that we can place the IV": the thing,
        // not why.
        for reason in [
            " so ",
            " because ",
            " which ",
            " since ",
            " for ",
            " as the ",
            " as it ",
            " as they ",
            " as you ",
            " as we ",
            " with you to ",
            " to stay ",
            " to keep ",
            " on the day",
            // "... on the morning of surgery": when, not the thing.
            " on the morning of",
            " to surgery",
            " to your ",
            " to the ",
            // "... when you come into hospital": when, not the thing.
            " when you ",
        ] {
            if let Some(at) = item.to_lowercase().find(reason) {
                // "medicine for asthma": what a bare medicine is for says
                // which one; cut, it would name none.
                let bare = item[..at].trim().trim_start_matches("your ").to_lowercase();
                let generic = MEDICINE_NOUNS.contains(&bare.as_str()) || bare == "spray";
                if reason == " for " && generic {
                    continue;
                }
                item = item[..at].trim();
            }
        }
        let lower = item.to_lowercase();
        for marker in [" such as ", " like ", " e.g. ", " including "] {
            if let Some(at) = lower.find(marker) {
                item = item[at + marker.len()..].trim();
                break;
            }
        }
        for lead in [
            "and ",
            "or ",
            "a ",
            "an ",
            "your ",
            "the ",
            "some ",
            "with you ",
            "own ",
            "your own ",
        ] {
            if item.len() > lead.len() && item.to_lowercase().starts_with(lead) {
                item = item[lead.len()..].trim();
            }
        }
        for tail in [
            " if you prefer",
            " if you like",
            " if you wish",
            " if you want",
            " from home",
            // "Bring the medicines with you so that you can take them":
            // a clause of why cut off short, then where.
            " so",
            " so that",
            " with you",
            // "Bring your medicines along as well": how they come, not
            // what (branch tune-ayz, half ay).
            " as well",
            " along",
        ] {
            if item.to_lowercase().ends_with(tail) {
                item = item[..item.len() - tail.len()].trim();
            }
        }
        let lower = item.to_lowercase();
        let not_a_thing = [
            "anything else",
            "something else",
            // "A sandwich or something similar": the thing is named before.
            "something similar",
            "something like",
            "anything similar",
            "anything like",
            "anything that",
            "whatever",
            "if ",
            "you ",
            "but ",
        ]
        .iter()
        .any(|w| lower.starts_with(w))
            || ["them", "it", "one", "these", "those", "this"].contains(&lower.as_str())
            // "Wear something that keeps the cuff free": the thing is told
            // by what follows, never by the pronoun (branch tune-ayz).
            || ["something", "anything", "etc", "etc."].contains(&lower.as_str())
            // "Bring patience and time": what to be ready for (a wait), no
            // thing one carries.
            || ["patience", "time", "plenty of time", "enough time", "some time"].contains(&lower.as_str())
            || names_a_person(&lower);
        if !not_a_thing && item.chars().filter(|c| c.is_alphabetic()).count() >= 2 && item.chars().count() <= 60 {
            items.push(title_case(item));
        }
    }
    items
}

/// The comma-separated parts of a list with a describing word alone joined
/// to what it describes: "comfortable, loose, short-sleeved clothing" is one
/// thing, not three.
fn joined_describing_words(text: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut waiting = String::new();
    for part in text.split([',', ';']) {
        let word = part.trim();
        let lone = !word.is_empty() && !word.contains(' ') && describing_word(word);
        if lone {
            waiting.push_str(word);
            waiting.push_str(", ");
        } else {
            // The part keeps its leading space, so " and tell the nurse"
            // still splits at its "and" and ends the list there.
            let part = if waiting.is_empty() { part } else { part.trim_start() };
            parts.push(format!("{waiting}{part}"));
            waiting.clear();
        }
    }
    if !waiting.is_empty() {
        parts.push(waiting.trim_end_matches([',', ' ']).to_string());
    }
    parts
}

/// A word that describes clothing or a thing rather than naming one:
/// "loose", "comfortable", "short-sleeved", "loose-fitting".
fn describing_word(word: &str) -> bool {
    const DESCRIBING: &[&str] = &[
        "loose",
        "warm",
        "soft",
        "light",
        "flat",
        "casual",
        "baggy",
        "comfy",
        "cosy",
        "cozy",
        "sensible",
        "clean",
        "old",
        "dark",
        "short",
        "long",
        "thin",
        "thick",
        "lightweight",
        "practical",
        "simple",
        "roomy",
        "stretchy",
        "wide",
    ];
    const ENDINGS: &[&str] = &[
        "able", "ible", "fitting", "sleeved", "heeled", "soled", "opening", "fronted",
    ];
    let lower = word.to_lowercase();
    DESCRIBING.contains(&lower.as_str()) || ENDINGS.iter().any(|e| lower.ends_with(e) && lower.len() > e.len() + 1)
}

/// Each part cut where a long clause starts that says what the thing
/// does or why ("clothes with sleeves that can be rolled up past the
/// elbow"): the thing is before it. A short one names the thing ("a shirt
/// that buttons up the front") and stays.
fn describing_cut(parts: &[String]) -> Vec<String> {
    // Not a care number: how many words after "that" still name the thing.
    const NAMING_WORDS: usize = 4;
    parts
        .iter()
        .map(|part| {
            let lower = part.to_lowercase();
            match lower.find(" that ").or_else(|| lower.find(" which ")) {
                Some(at) if part[at..].split_whitespace().count() > NAMING_WORDS + 1 => part[..at].to_string(),
                _ => part.clone(),
            }
        })
        .collect()
}

/// Words for a person, who is not a thing to bring ("bring a responsible adult").
const PEOPLE: &[&str] = &[
    "adult",
    "driver",
    "escort",
    "person",
    "someone",
    "friend",
    "family member",
    "companion",
    // "If you are under 18, bring a parent or legal guardian": the minor's
    // escort, a person too.
    "parent",
    "guardian",
    "carer",
    "caregiver",
];

/// Whether a part of a list names a person. "Your driver's licence" or "a
/// driver license" is the driver's thing, not the driver: a possessive, or
/// a licence after the word.
fn names_a_person(part: &str) -> bool {
    let lower = part.to_lowercase().replace('\u{2019}', "'");
    PEOPLE.iter().any(|w| {
        lower.match_indices(w).any(|(at, _)| {
            let after = &lower[at + w.len()..];
            !(after.starts_with("'s") || after.starts_with("s'") || after.trim_start().starts_with("licen"))
        })
    })
}

/// "a pillow or eye mask" is two things; "over-the-counter or prescription
/// medicine" is one, its kinds joined: a compound word alone before "or"
/// names a kind of what follows.
fn split_or(part: &str) -> Vec<&str> {
    // "A list of your medicines, or the medicines themselves": after a
    // comma, the same thing in another form, not a second thing.
    if part.trim_start().starts_with("or ") && [" themselves", " itself"].iter().any(|w| part.contains(w)) {
        return vec![];
    }
    // "A list of allergies to food or medicines": the "or" joins what the
    // list is of, within the one thing.
    let mut ors = part.split(" or ");
    let first = ors.next().unwrap_or_default();
    let vague_next = ors
        .next()
        .is_some_and(|n| ["something", "anything"].iter().any(|w| n.trim_start().starts_with(w)));
    if [" of ", " to "].iter().any(|w| first.contains(w)) && !vague_next {
        return vec![part];
    }
    // "Any medicines or inhalers you use": a bare word for medicines
    // before "or" names one class with what follows, not a thing alone.
    let bare = first
        .trim()
        .trim_start_matches("any ")
        .trim_start_matches("your ")
        .to_lowercase();
    if MEDICINE_NOUNS.contains(&bare.as_str()) || bare == "drugs" {
        return vec![part];
    }
    let pieces: Vec<&str> = part.split(" or ").collect();
    let kind_of_next = |k: usize| {
        let words: Vec<&str> = pieces[k].split_whitespace().collect();
        words.len() == 1
            && words[0].contains('-')
            && pieces.get(k + 1).is_some_and(|n| n.split_whitespace().count() >= 2)
    };
    match (0..pieces.len()).any(kind_of_next) {
        true => vec![part],
        false => pieces,
    }
}

/// Words that start a clause, not a thing: a list of things ends there.
const NOT_A_THING: &[&str] = &[
    "listen", "play", "use", "relax", "enjoy", "watch", "read", "keep", "make", "wear", "stay", "take", "go", "get",
    "put", "ideally", "so", "because", "which", "that", "as", "then", "we", "bring", "tell", "let", "call", "ask",
    "check", "leave", "remove", "arrive", "come", "plan", "remember", "have", "eat", "drink", "avoid", "please", "do",
    "don't", "for", "to",
    // "The number of the member, or of the guarantor": the rest of the
    // thing before, not another.
    "of",
];

/// A part split at its "and"s, except between two nouns for medicines
/// ("medicines and tablets you take"): one thing said twice, not two.
fn split_and(part: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut from = 0;
    for (at, _) in part.match_indices(" and ") {
        let last = part[from..at]
            .split_whitespace()
            .last()
            .unwrap_or_default()
            .to_lowercase();
        let next = part[at + 5..]
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_lowercase();
        if !(MEDICINE_NOUNS.contains(&last.as_str()) && MEDICINE_NOUNS.contains(&next.as_str())) {
            pieces.push(&part[from..at]);
            from = at + 5;
        }
    }
    pieces.push(&part[from..]);
    pieces
}

/// The bare nouns for medicines in a thing to bring ("your tablets"),
/// which name no medicine by themselves.
const MEDICINE_NOUNS: &[&str] = &["medicine", "medicines", "medication", "medications", "tablets", "pills"];

/// What a patient does to get ready ("wash your face", "think about
/// leaving make-up off"): no thing to bring.
const CARE_VERBS: &[&str] = &["wash", "shower", "bathe", "brush", "shave", "think", "consider", "try"];

/// Whether a part of a list is a clause with a verb of its own, said of
/// its subject, rather than a thing: a modal or "needs" after the first
/// word, before any "that", "which", "so" or "to" and not after "who" or
/// "you". "The forms your doctor may have given you": what was done with
/// the thing describes it.
fn says_something(part: &str) -> bool {
    const VERBS: &[&str] = &["can", "may", "must", "will", "should", "needs", "might", "could"];
    let lower = part.to_lowercase();
    // "Your medicines so they can be reviewed": a verb after the reason
    // is the reason's.
    let words: Vec<&str> = lower
        .split_whitespace()
        .take_while(|w| !["so", "because", "since", "as", "which", "that", "to", "for"].contains(w))
        .collect();
    words.iter().enumerate().skip(1).any(|(k, w)| {
        VERBS.contains(w)
            && !["who", "you", "i", "we"].contains(&words[k - 1])
            && words.get(k + 1).is_none_or(|next| !["have", "already"].contains(next))
    })
}

/// A line of one or two words that names a thing, not a part of the sheet
/// ("Blanket", "Eye mask"; not "Arrival" or "Aftercare").
pub(super) fn bring_line(text: &str) -> bool {
    const PART_WORDS: &[&str] = &[
        "when",
        "what",
        "how",
        "why",
        "during",
        "after",
        "before",
        "arrival",
        "arriving",
        "treatment",
        "infusion",
        "session",
        "appointment",
        "visit",
        "day",
        "faq",
        "faqs",
        "contact",
        "aftercare",
        "recovery",
        "discharge",
        "fasting",
        "medications",
        "medicines",
        "payment",
        "location",
        "directions",
        "questions",
        // "Post Surgery", "Before your procedure": a part of a day surgery's sheet.
        "surgery",
        "procedure",
        "operation",
        "admission",
        "post",
        "pre",
    ];
    let t = text.trim();
    // "Layers (people run hot or cold)": a remark in brackets is not the thing.
    let bare = t.split('(').next().unwrap_or(t);
    let words: Vec<String> = bare
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    let part = |w: &String| PART_WORDS.contains(&w.as_str()) || INSTRUCTION_STARTS.contains(&w.as_str());
    // "Proof of address", "form of payment": a thing named by what it is
    // of, though the last word can head a part; not "time of arrival".
    let of_thing = words.len() == 3
        && words[1] == "of"
        && !part(&words[0])
        && !["time", "date", "day", "place", "end", "start"].contains(&words[0].as_str());
    !t.ends_with([':', '?']) && (of_thing || (1..=2).contains(&words.len()) && !words.iter().any(part))
}
