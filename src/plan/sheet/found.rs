//! What one sentence says, collected: the proposals and questions the
//! readers of `compose.rs`, `lists.rs`, `red_flags.rs` and the rest add
//! while `propose.rs` walks the sheet, and the phrase tables of `tables.rs`
//! compiled once.

use std::sync::LazyLock;

use regex::Regex;

use super::tables::{self, Phrase};
use super::values::Length;
use super::write::question;
use super::{Ask, Proposal, Proposed, Question, Subject};

/// A table, compiled once.
pub(super) struct Table {
    pub(super) entries: Vec<(Regex, &'static str)>,
}

impl Table {
    fn new(phrases: &'static [Phrase]) -> Table {
        Table {
            entries: phrases
                .iter()
                .filter_map(|p| super::pattern::compile(p.pattern).ok().map(|re| (re, p.written_for)))
                .collect(),
        }
    }

    /// The first entry that matches: its captures and what it was written for.
    pub(super) fn find<'t>(&self, text: &'t str) -> Option<(regex::Captures<'t>, &'static str)> {
        self.entries
            .iter()
            .find_map(|(re, written_for)| re.captures(text).map(|c| (c, *written_for)))
    }
}

macro_rules! tables {
    ($($name:ident),* $(,)?) => {
        #[allow(non_snake_case)]
        pub(super) struct Tables { $(pub(super) $name: Table),* }
        pub(super) static TABLES: LazyLock<Tables> = LazyLock::new(|| Tables { $($name: Table::new(tables::$name)),* });
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
    pub(super) sentence: usize,
    /// The sentence, and where it starts in the text.
    pub(super) text: &'s str,
    pub(super) at: usize,
    pub(super) proposals: Vec<Proposal>,
    /// Per proposal: read from general words ("nothing to eat or drink")
    /// that a sheet's own words for the same rule elsewhere overrule
    /// ("clear liquids until 2 hours before").
    pub(super) general: Vec<bool>,
    pub(super) questions: Vec<Question>,
    /// Rules the sentence names in their own words ("water until 2 hours
    /// before admission") but only asks about: they still overrule general
    /// words elsewhere ("fast from midnight").
    pub(super) own_asked: Vec<Subject>,
}

impl<'s> Found<'s> {
    /// An empty collector for the same sentence.
    pub(super) fn scratch(&self) -> Found<'s> {
        Found {
            sentence: self.sentence,
            text: self.text,
            at: self.at,
            proposals: Vec::new(),
            general: Vec::new(),
            questions: Vec::new(),
            own_asked: Vec::new(),
        }
    }

    /// What `other` found, each proposal turned into a question: "we may
    /// ask you to ..." is a rule for some patients, asked, never chosen.
    /// Proposals `keep` names stay proposals (a medicine's own rule, read
    /// where medicines are read).
    pub(super) fn take_as_questions(
        &mut self,
        other: Found<'s>,
        about: impl Fn(&Proposed) -> Subject,
        keep: impl Fn(&Proposed) -> bool,
    ) {
        for (p, general) in other.proposals.into_iter().zip(other.general) {
            if keep(&p.rule) {
                self.proposals.push(p);
                self.general.push(general);
                continue;
            }
            let subject = about(&p.rule);
            self.ask(Ask::Maybe, subject, vec![p.rule], &p.written_for);
        }
        for q in other.questions {
            if !self.questions.iter().any(|x| x.ask == q.ask) {
                self.questions.push(q);
            }
        }
        self.own_asked.extend(other.own_asked);
    }

    /// Whether the sentence already proposed a rule of the kind `kind`
    /// accepts: a later reader of the same sentence that would say that
    /// rule again in other words stays quiet.
    pub(super) fn proposed(&self, kind: impl Fn(&Proposed) -> bool) -> bool {
        self.proposals.iter().any(|p| kind(&p.rule))
    }

    /// Whether the sentence already asked about one of `subjects`: the
    /// patient is asked once, not told a guess beside the question.
    pub(super) fn asked_about(&self, subjects: &[Subject]) -> bool {
        self.questions.iter().any(|q| subjects.contains(&q.about))
    }

    /// How many questions the sentence asked so far.
    pub(super) fn questions_made(&self) -> usize {
        self.questions.len()
    }

    /// A proposal from general words, which the sheet's own words for the
    /// same rule elsewhere overrule.
    pub(super) fn add_general(&mut self, rule: Proposed, written_for: &str, words: Option<(usize, usize)>) {
        let before = self.proposals.len();
        self.add(rule, written_for, words);
        if self.proposals.len() > before {
            if let Some(last) = self.general.last_mut() {
                *last = true;
            }
        }
    }

    fn proposal(&self, rule: Proposed, written_for: &str, words: Option<(usize, usize)>) -> Proposal {
        let (start, end) = words.unwrap_or((0, self.text.len()));
        Proposal::over(rule, self.sentence, (self.at + start, self.at + end), written_for)
    }

    /// A proposal from the words at `words` (byte offsets in the sentence;
    /// none: the whole sentence). The same rule twice is one proposal.
    pub(super) fn add(&mut self, rule: Proposed, written_for: &str, words: Option<(usize, usize)>) {
        if !self.proposals.iter().any(|p| p.rule == rule) {
            let proposal = self.proposal(rule, written_for, words);
            self.proposals.push(proposal);
            self.general.push(false);
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

    /// "15 to 30 minutes": the question for a range the words say, both ends
    /// kept and neither chosen, each end offered as the rule `option` makes
    /// of it (none where an end cannot be said, such as hours that are not
    /// whole). One place for every rule that asks a range.
    pub(super) fn ask_range(
        &mut self,
        (low, high): (Length, Length),
        about: Subject,
        option: impl Fn(Length) -> Option<Proposed>,
        written_for: &str,
    ) {
        let options = [low, high].into_iter().filter_map(option).collect();
        self.ask(
            Ask::Range {
                low: low.minutes,
                high: high.minutes,
            },
            about,
            options,
            written_for,
        );
    }
}
