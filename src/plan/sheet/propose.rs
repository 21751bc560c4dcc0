//! The reading loop: each sentence is split into tokens, marks and runs
//! (`clauses.rs`) and each run composed into proposals (`compose.rs`);
//! the shapes that are lists or quotes rather than times (what counts as a
//! clear liquid, what breaking the fast means, things to bring, red flags)
//! are read with the phrase tables of `tables.rs`. What a sentence gives
//! points back at it.

use std::sync::LazyLock;

use regex::Regex;

use super::clauses::{marks, runs, MarkKind};
use super::compose::{compose, title_case, Context};
use super::tables::{self, Phrase};
use super::tokens::tokenize;
use super::values::Dir;
use super::write::{describe, question};
use super::{normalise, Ask, Proposal, Proposed, Question, Section, Sentence, SheetReading, Subject};
use crate::facts::rules::{RedFlagRule, WhoToCall};

/// A table, compiled once.
pub(super) struct Table {
    entries: Vec<(Regex, &'static str)>,
}

impl Table {
    fn new(phrases: &'static [Phrase]) -> Table {
        Table {
            entries: phrases
                .iter()
                .filter_map(|p| Regex::new(p.pattern).ok().map(|re| (re, p.written_for)))
                .collect(),
        }
    }

    /// The first entry that matches: its captures and what it was written for.
    fn find<'t>(&self, text: &'t str) -> Option<(regex::Captures<'t>, &'static str)> {
        self.entries
            .iter()
            .find_map(|(re, written_for)| re.captures(text).map(|c| (c, *written_for)))
    }
}

macro_rules! tables {
    ($($name:ident),* $(,)?) => {
        #[allow(non_snake_case)]
        struct Tables { $($name: Table),* }
        static TABLES: LazyLock<Tables> = LazyLock::new(|| Tables { $($name: Table::new(tables::$name)),* });
    };
}

tables!(
    CLEAR_LIQUIDS_ARE,
    IF_FAST_BROKEN,
    BRING,
    BRING_HEADING,
    CALL_EMERGENCY,
    CALL_CLINIC,
    CALL_PRIMARY_CARE,
);

/// Collects what one sentence says.
pub(super) struct Found<'s> {
    sentence: usize,
    /// The sentence, and where it starts in the text.
    text: &'s str,
    at: usize,
    proposals: Vec<Proposal>,
    questions: Vec<Question>,
}

impl Found<'_> {
    fn proposal(&self, rule: Proposed, written_for: &str, words: Option<(usize, usize)>) -> Proposal {
        let (start, end) = words.unwrap_or((0, self.text.len()));
        Proposal {
            sentence: self.sentence,
            start: self.at + start,
            end: self.at + end,
            words: describe(&rule),
            written_for: written_for.to_string(),
            rule,
        }
    }

    /// A proposal from the words at `words` (byte offsets in the sentence;
    /// none: the whole sentence). The same rule twice is one proposal.
    pub(super) fn add(&mut self, rule: Proposed, written_for: &str, words: Option<(usize, usize)>) {
        if !self.proposals.iter().any(|p| p.rule == rule) {
            let proposal = self.proposal(rule, written_for, words);
            self.proposals.push(proposal);
        }
    }

    /// A question: what it asks, about which rule, and what the words could mean.
    pub(super) fn ask(&mut self, ask: Ask, about: Subject, options: Vec<Proposed>, written_for: &str) {
        let words = question(&ask, about, self.text);
        if self.questions.iter().any(|q| q.ask == words) {
            return;
        }
        let options = options
            .into_iter()
            .map(|rule| self.proposal(rule, written_for, None))
            .collect();
        self.questions.push(Question {
            sentence: self.sentence,
            about,
            ask: words,
            options,
        });
    }
}

pub(super) fn read(sentences: Vec<Sentence>, sections: &[Section]) -> SheetReading {
    let t = &*TABLES;
    let mut proposals = Vec::new();
    let mut questions = Vec::new();
    let mut unused = Vec::new();
    // Under "What to bring" (a heading or a question), the lines that say
    // nothing else are the things to bring, until the next heading or question.
    let mut bring_list: Option<&'static str> = None;
    for (index, sentence) in sentences.iter().enumerate() {
        let normal = normalise(&sentence.text);
        // Free text (things to bring, a red flag's situation) is taken from
        // the sentence only lower-cased, so it can be found again in the
        // sheet's own letters and keeps its words ("one", not "1").
        let light = sentence.text.to_lowercase();
        let mut found = Found {
            sentence: index,
            text: &sentence.text,
            at: sentence.start,
            proposals: Vec::new(),
            questions: Vec::new(),
        };
        let red_flag = red_flag(t, &light, sentence, &mut found);
        // A question in an FAQ ("Can I eat before my infusion?") asks; its
        // answer is the rule. A red flag's situation is not a rule.
        let asks = sentence.text.trim_end().ends_with('?');
        if !red_flag && !asks {
            let toks = tokenize(&sentence.text);
            let marks = marks(&toks);
            let dirs: Vec<Dir> = marks
                .iter()
                .filter_map(|m| match m.kind {
                    MarkKind::Time(timed) => match timed.when {
                        super::values::When::Amount { dir, .. } => dir,
                        super::values::When::Anchor { dir, .. } => Some(dir),
                        _ => None,
                    },
                    _ => None,
                })
                .collect();
            let sentence_dir = dirs.first().copied().filter(|d| dirs.iter().all(|x| x == d));
            let cx = Context {
                toks: &toks,
                text: &sentence.text,
                sentence_dir,
                section: sections.get(index).copied().unwrap_or(Section::Unknown),
            };
            for run in runs(&toks, &marks) {
                compose(&run, &cx, &mut found);
            }
        }
        quoted_food_words(t, &normal, sentence, &mut found);
        bring(t, &light, sentence, &mut found);
        let heading = is_heading(&sentence.text);
        if heading {
            bring_list = None;
        }
        if let Some((_, w)) = t.BRING_HEADING.find(light.trim()) {
            bring_list = Some(w);
        } else if let (Some(w), true, false) = (
            bring_list,
            found.proposals.is_empty() && found.questions.is_empty(),
            heading,
        ) {
            let items = split_list(strip_answer(&sentence.text));
            if !items.is_empty() && sentence.text.chars().count() <= 160 {
                found.add(Proposed::Bring { items }, w, None);
            }
        }
        if found.proposals.is_empty() && found.questions.is_empty() {
            unused.push(index);
        }
        found.proposals.sort_by_key(|p| p.start);
        proposals.extend(found.proposals);
        questions.extend(found.questions);
    }
    SheetReading {
        sentences,
        proposals,
        questions,
        unused,
    }
}

/// A heading ("AFTER YOUR INFUSION", "Medications:") or a question ("Q: What
/// do I need to bring?"): what opens a new part of a sheet.
fn is_heading(text: &str) -> bool {
    let t = text.trim();
    t.ends_with('?') || (t.chars().count() < 60 && (t.ends_with(':') || !t.ends_with(['.', '!'])))
}

/// An answer without its "A:" label.
fn strip_answer(text: &str) -> &str {
    let t = text.trim();
    for label in ["A:", "A.", "Answer:"] {
        if let Some(rest) = t.strip_prefix(label) {
            return rest.trim();
        }
    }
    t
}

/// What counts as a clear liquid, and what breaking the fast means: kept
/// in the clinic's words.
fn quoted_food_words(t: &Tables, text: &str, sentence: &Sentence, found: &mut Found) {
    // "Water is allowed until 2 hours before" is a cutoff, not what counts as clear.
    let is_cutoff = text.contains("until") || text.contains("up to");
    if let Some((_, w)) = t.CLEAR_LIQUIDS_ARE.find(text).filter(|_| !is_cutoff) {
        found.add(
            Proposed::ClearLiquidsAre {
                words: sentence.text.clone(),
            },
            w,
            None,
        );
    }
    let about_food = ["eat", "food", "fast", "meal", "drink", "liquid"]
        .iter()
        .any(|w| text.contains(w));
    if about_food {
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

fn bring(t: &Tables, light: &str, sentence: &Sentence, found: &mut Found) {
    for (re, w) in &t.BRING.entries {
        let Some(caps) = re.captures(light) else {
            continue;
        };
        let said = caps.name("x").map(|m| m.as_str()).unwrap_or_default();
        let original = original_slice(&sentence.text, said).unwrap_or(said);
        let items = split_list(original);
        let known = found
            .proposals
            .iter()
            .any(|p| matches!(&p.rule, Proposed::Bring { items: i } if *i == items));
        if !items.is_empty() && !known {
            found.add(Proposed::Bring { items }, w, None);
        }
    }
}

/// The part of `sentence` that `lowered` (a piece of its lower-cased form)
/// came from, when it can be found again letter for letter.
fn original_slice<'a>(sentence: &'a str, lowered: &str) -> Option<&'a str> {
    let at = sentence.to_lowercase().find(lowered)?;
    sentence.get(at..at + lowered.len())
}

/// "a photo ID and a form of payment" → ["Photo ID", "A form of payment"].
fn split_list(text: &str) -> Vec<String> {
    let text = text.trim().trim_end_matches(['.', '!']);
    let mut items = Vec::new();
    for part in text
        .split([',', ';'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" or "))
    {
        let mut item = part.trim();
        for lead in ["and ", "or ", "a ", "an ", "your ", "the ", "some ", "with you "] {
            if item.len() > lead.len() && item.to_lowercase().starts_with(lead) {
                item = item[lead.len()..].trim();
            }
        }
        if item.chars().filter(|c| c.is_alphabetic()).count() >= 2 && item.chars().count() <= 60 {
            items.push(title_case(item));
        }
    }
    items
}

/// A red flag: a situation and whom to call. True when the sentence is one.
fn red_flag(t: &Tables, text: &str, sentence: &Sentence, found: &mut Found) -> bool {
    let calls = [
        (&t.CALL_EMERGENCY, WhoToCall::Emergency),
        (&t.CALL_CLINIC, WhoToCall::Clinic),
        (&t.CALL_PRIMARY_CARE, WhoToCall::PrimaryCare),
    ];
    let Some((caps, w, call)) = calls
        .into_iter()
        .find_map(|(table, call)| table.find(text).map(|(c, w)| (c, w, call)))
    else {
        return false;
    };
    // "Call us with any questions" names no situation: not a red flag.
    let matched = caps.get(0).map(|m| m.range()).unwrap_or(0..0);
    match situation(&sentence.text, text, matched) {
        Some(situation) => {
            found.add(
                Proposed::RedFlag {
                    rule: RedFlagRule { situation, call },
                },
                w,
                None,
            );
            true
        }
        None => false,
    }
}

/// The situation a red-flag sentence names: what follows "if"/"when"/"for",
/// or what stands before the call ("Chest pain: call 911", "X | call 911").
fn situation(original: &str, text: &str, call: std::ops::Range<usize>) -> Option<String> {
    static IF: LazyLock<Option<Regex>> = LazyLock::new(|| {
        Regex::new(r"\b(?:if|when|should) (?:you )?(?:have|experience|notice|develop|feel|get|are having|see)?\s*(?P<x>[^.;]{4,200})").ok()
    });
    static GENERIC: LazyLock<Option<Regex>> = LazyLock::new(|| {
        Regex::new(r"^(?:for |with |if you have )?(?:any ?(?:thing|one)?(?: other| else)?|questions?|any questions|concerns?|any concerns|more information|information|advice)\b[^a-z]*$").ok()
    });
    let clean = |s: &str| {
        let s = s
            .trim()
            .trim_matches(|c: char| matches!(c, ',' | ':' | '|' | '-' | '.' | ' ' | '*'));
        let s = s.strip_prefix("or ").unwrap_or(s);
        (s.chars().filter(|c| c.is_alphabetic()).count() >= 4).then(|| s.to_string())
    };
    let before = clean(text.get(..call.start)?);
    let after = text.get(call.end..)?;
    let from_if = IF.as_ref().and_then(|re| {
        // "If X, call Y" or "Call Y if X".
        let caps = re.captures(&text[..call.start]).or_else(|| re.captures(after))?;
        let x = caps.name("x")?.as_str();
        let x = x.split(", call").next().unwrap_or(x);
        clean(x)
    });
    let lowered = from_if.or(before)?;
    // "For anything else, call us" / "with any questions": contact details, not a red flag.
    let generic = GENERIC.as_ref().is_some_and(|re| re.is_match(lowered.trim()));
    if generic || lowered.contains("question") || lowered.contains("anything else") {
        return None;
    }
    // Give it back in the sheet's own letters when they can be found.
    let shown = original_slice(original, &lowered)
        .map(str::to_string)
        .unwrap_or(lowered);
    Some(title_case(&shown))
}
