//! Medicines named by the illnesses they treat: "if you have diabetes,
//! heart disease or another illness that needs medications, contact your
//! surgeon". Clinics name the illness where the patient's medicines for
//! it differ from one patient to the next; each illness's medicines are
//! one medicine to ask the prescriber about.

use std::sync::LazyLock;

use regex::Regex;

/// The medicines for each illness the sentence lists before "that needs
/// medication(s)" ("medications for diabetes", ...), in the sheet's own
/// words; none when it lists none.
pub(super) fn for_illnesses(text: &str) -> Vec<String> {
    static LISTED: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(
            r"(?i)\b(?:have|has|with) (?P<list>[a-z' -]+(?:, [a-z' -]+)*,? or [a-z' -]+?) (?:that|which) (?:needs?|requires?) (?P<word>medications?|medicines?)\b",
        )
        .ok()
    });
    let Some(caps) = LISTED.as_ref().and_then(|re| re.captures(text)) else {
        return Vec::new();
    };
    let (Some(list), Some(word)) = (caps.name("list"), caps.name("word")) else {
        return Vec::new();
    };
    let word = word.as_str().to_lowercase();
    let word = match word.ends_with('s') {
        true => word,
        false => format!("{word}s"),
    };
    list.as_str()
        .split(", ")
        .flat_map(|item| item.split(" or "))
        .map(|item| item.trim().trim_start_matches("or ").trim())
        .filter(|item| item.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .map(|item| format!("{word} for {item}"))
        .collect()
}

/// "Medicines taken for the heart, high blood pressure or asthma may be
/// taken as usual": the medicines for each illness named are taken on the
/// day, in the sheet's words ("heart medicines"); none when the sentence
/// is not of that shape.
pub(super) fn taken_for(text: &str) -> Vec<String> {
    static TAKEN_FOR: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(
            r"(?i)^\W*(?:the )?(?:medicines?|medications?|tablets|pills|drugs) (?:taken |you take |used )?for (?P<list>[a-z' -]+(?:, [a-z' -]+)*,? (?:or|and) [a-z' -]+?) (?:may|can|should|must) (?:still )?(?:be )?(?:taken|continued)\b",
        )
        .ok()
    });
    let Some(list) = TAKEN_FOR
        .as_ref()
        .and_then(|re| re.captures(text))
        .and_then(|c| c.name("list"))
    else {
        return Vec::new();
    };
    list.as_str()
        .split(", ")
        .flat_map(|item| item.split(" or "))
        .flat_map(|item| item.split(" and "))
        .map(|item| {
            let item = item.trim().to_lowercase();
            let item = item
                .trim_start_matches("or ")
                .trim_start_matches("the ")
                .trim_start_matches("your ");
            item.trim().to_string()
        })
        .filter(|item| item.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .map(|item| format!("{item} medicines"))
        .collect()
}
