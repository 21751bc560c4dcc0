//! The reading loop: each sentence is split into tokens, marks and runs
//! (`marks.rs`, `clauses.rs`) and each run composed into proposals (`compose.rs`);
//! the shapes that are lists or quotes rather than times (what counts as a
//! clear liquid, what breaking the fast means, things to bring, red flags)
//! are read with the phrase tables of `tables.rs`. What a sentence gives
//! points back at it. What the sentences' proposals say of each other is
//! weighed in `across_sheet.rs`.

use super::clauses::runs;
use super::compose::{compose, Context};
use super::found::{Found, TABLES};
use super::health_change::change_before;
use super::lexicon::{Cue, Topic};
use super::list_items::{bring_line, bulleted, escort_only, numbered, split_list};
use super::lists::{bring, not_asked_to_bring, only_when_needed, quoted_food_words, short_thing};
use super::marks::{marks, MarkKind};
use super::medicine_names::{named_medicines, qualified_general_name, refers_back};
use super::medicines::WHEN_SICK;
use super::red_flags::{call_heading, flag_line, red_flag};
use super::tokens::tokenize;
use super::values::{Dir, Timed, When};
use super::{normalise, Proposal, Proposed, Question, Section, Sentence, SheetReading, Subject};
use crate::facts::rules::{RedFlagRule, WhoToCall};

pub(super) fn read(sentences: Vec<Sentence>, sections: &[Section], text: &str) -> SheetReading {
    let t = &*TABLES;
    // Under "Tell your doctor:" or "Go to the emergency department if you
    // have:", the lines of the list that follows (up to a blank line) are
    // the situations: red flags with that call.
    let mut flag_list: Option<(WhoToCall, &'static str)> = None;
    let mut flag_heading_before = false;
    // The moment the sentence before said of no topic ("for the rest of
    // the day, take it easy"), for a heading right after it ("You may not:").
    let mut moment_before: Option<When> = None;
    let mut last_end = 0;
    let mut proposals = Vec::new();
    let mut questions = Vec::new();
    let mut own_asked: Vec<Subject> = Vec::new();
    // Under "What to bring" (a heading or a question), the lines that say
    // nothing else are the things to bring, until the next heading or question.
    let mut bring_list: Option<&'static str> = None;
    // "What to bring (optional)": the list's things are allowed, not asked
    // for, so none is proposed (the corpus's "Half c" note).
    let mut bring_list_optional = false;
    let mut bring_heading_at = 0;
    // "Please bring the following:" as a sentence: its things may stand on
    // lines of their own with no bullet, each a noun ("Your card").
    let mut bring_list_lead = false;
    // Medicines named with no rule, and a rule waiting for its list
    // ("Stop the following medicines 7 days before:"), until the next heading.
    let mut carried: Vec<(Option<usize>, String, usize)> = Vec::new();
    let mut pending: Option<(Vec<Cue>, Vec<When>)> = None;
    // The ban the sentence before said of the medicines it named, with
    // that sentence's index, for a sentence of examples after it.
    let mut rule_before: Option<(usize, super::examples_list::Said)> = None;
    // Under a heading that is a moment ("For the next 24 hours"), the lines
    // that say no moment of their own take it, and what it asks of them
    // ("For 24 hours after sedation you should not:").
    let mut heading: Option<(When, Vec<Cue>)> = None;
    // Under a heading that is a day ("The night before"), a clock time
    // said without its day is on that day, until the next heading.
    let mut heading_day = None;
    // The medicines the sentence before named, for "them" in this one.
    let mut named_before: Vec<(Option<usize>, String)> = Vec::new();
    // The sheet's qualified name for medicines in general in the sentence
    // before ("some usual medicines"), for a bare "medicines" in this one.
    let mut general_before: Option<String> = None;
    // A page written for the driver: "you" is the escort, and the page
    // itself says an escort takes the patient home.
    let escort_page = super::scope::for_the_escort(&sentences);
    // Whether the sentence just read named the escort.
    let mut escort_said_next = false;
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
            general: Vec::new(),
            questions: Vec::new(),
            own_asked: Vec::new(),
        };
        if escort_page == Some(index) {
            found.add(Proposed::EscortRequired, ESCORT_PAGE, None);
        }
        let gap = text.get(last_end..sentence.start).unwrap_or_default();
        last_end = sentence.end;
        // A blank line ends a list of red flags, but not between its
        // heading and its first line ("Call us right away if you have:",
        // a blank line, then the lines; branch tune-bc).
        if gap.matches('\n').count() >= 2 && !flag_heading_before {
            flag_list = None;
        }
        let heading_call = call_heading(t, &light);
        flag_heading_before = heading_call.is_some();
        let said_before = change_before(&sentences, index, text);
        let mut red_flag = heading_call.is_none() && red_flag(t, &light, sentence, said_before, &mut found);
        if heading_call.is_some() {
            flag_list = heading_call;
        } else if let Some((call, w)) = flag_list.filter(|_| !red_flag) {
            match flag_line(t, &light, sentence) {
                Some(rule) => {
                    found.add(
                        Proposed::RedFlag {
                            rule: RedFlagRule { call, ..rule },
                        },
                        w,
                        None,
                    );
                    red_flag = true;
                }
                None => flag_list = None,
            }
        }
        let before_names = std::mem::take(&mut named_before);
        let escort_said_before = std::mem::take(&mut escort_said_next);
        let general_prev = general_before.take();
        // A question in an FAQ ("Can I eat before my infusion?") asks; its
        // answer is the rule. A red flag's situation is not a rule.
        let asks = sentence.text.trim_end().ends_with('?');
        if !red_flag && !asks {
            let mut toks = tokenize(&sentence.text);
            // "You need an adult to come with you. They must stay in the
            // waiting room": the "they" that opens the next sentence is
            // that adult.
            if escort_said_before && gap.matches('\n').count() < 2 {
                super::escort_pronoun::name_the_escort(&mut toks);
            }
            let marks = marks(&toks);
            escort_said_next = marks
                .iter()
                .any(|m| matches!(m.kind, MarkKind::Topic(Topic::Escort, _)));
            let dirs: Vec<Dir> = marks
                .iter()
                .filter_map(|m| match m.kind {
                    MarkKind::Time(timed) => match timed.when {
                        When::Amount { dir, .. } => dir,
                        When::Anchor { dir, .. } => Some(dir),
                        _ => None,
                    },
                    _ => None,
                })
                .collect();
            let sentence_dir = dirs.first().copied().filter(|d| dirs.iter().all(|x| x == d));
            let section = sections.get(index).copied().unwrap_or(Section::Unknown);
            let cx = Context {
                toks: &toks,
                text: &sentence.text,
                sentence_dir,
                section,
                carried: &[],
                // "Fast from midnight - this includes water", "fast, not
                // even water": drinks the fast includes are not named apart
                // from it.
                liquids_named: marks.iter().any(|m| {
                    matches!(m.kind, MarkKind::Topic(Topic::Liquids, _))
                        && !toks[m.first.saturating_sub(INCLUDES_WINDOW)..m.first]
                            .iter()
                            .any(|x| x.is("includes") || x.is("including") || x.is("include") || x.is("even"))
                }),
                general_before: general_prev.as_deref().filter(|_| gap.matches('\n').count() < 2),
            };
            let mut sentence_runs = runs(&toks, &marks);
            let has_topic = marks.iter().any(|m| matches!(m.kind, MarkKind::Topic(..)));
            let new_part = index > 0 && sections.get(index - 1).copied() != Some(section);
            // "The effects of the sedative may last up to 24 hours; you
            // must not:": the medicine given opens the list, and is no
            // topic of a rule.
            let effects_only = light.contains("effect")
                && marks.iter().all(|m| match m.kind {
                    MarkKind::Topic(t, _) => matches!(t, Topic::Medications | Topic::Medicine(_)),
                    _ => true,
                });
            let day_here = super::scope::day_named(&marks);
            if is_heading(&sentence.text) && !has_topic {
                heading_day = day_here
                    .map(|(day, _)| day)
                    .filter(|_| !super::scope::two_days_named(&marks));
            }
            if let Some((day, from)) = day_here.or(heading_day.map(|day| (day, 0))) {
                super::scope::give_day(&mut sentence_runs, day, from);
            }
            super::scope::heading_scope(
                &mut heading,
                &mut sentence_runs,
                &marks,
                &sentence.text,
                super::scope::LineShape {
                    has_topic: has_topic && !effects_only,
                    new_part,
                    bullet: super::list_items::in_bullet(text, sentence.start),
                },
                moment_before.filter(|_| gap.matches('\n').count() < 2),
            );
            // A moment said of no topic, for a heading right after it.
            moment_before = match has_topic {
                true => None,
                false => super::scope::heading_moment(&marks),
            };
            if escort_page.is_some() {
                super::scope::the_escort_is_you(&mut sentence_runs, &toks, &marks);
            }
            // "We advise not taking them the night before": the medicines
            // the sentence before named.
            let them = match has_topic {
                false => super::scope::them_run(&toks, &marks),
                true => None,
            };
            // A heading starts another part, unless it is a line of a list
            // of medicines ("- Insulin injections" looks like a heading).
            let names_in_line = sentence_runs.iter().any(|r| !named_medicines(r, &cx).is_empty());
            if is_heading(&sentence.text) && !sentence.text.trim_end().ends_with(':') && !names_in_line {
                pending = None;
            }
            // "These medicines" points a few lines back, not across the sheet.
            carried.retain(|(_, _, at)| index - at <= CARRIED_LINES);
            let carried_names: Vec<(Option<usize>, String)> = carried.iter().map(|(c, n, _)| (*c, n.clone())).collect();
            let cx = Context {
                carried: &carried_names,
                ..cx
            };
            if let Some(run) = them.filter(|_| !before_names.is_empty()) {
                let cx = Context {
                    carried: &before_names,
                    ..cx
                };
                compose(&run, &cx, &mut found);
            }
            let mut names_here = Vec::new();
            let mut rule_ahead = None;
            let general_here = sentence_runs.iter().find_map(|run| qualified_general_name(run, &cx));
            // "Among them: Aleve, Advil ...": examples of the medicines the
            // sentence before banned, with its rule; the lead's own words
            // ("and not only these") ask nothing.
            let examples = rule_before
                .take()
                .filter(|(at, _)| *at + 1 == index && super::examples_list::examples_lead(&sentence.text))
                .map(|(_, rule)| rule);
            for run in sentence_runs {
                let names = named_medicines(&run, &cx);
                named_before.extend(names.iter().cloned());
                if let Some(rule) = super::examples_list::rule_of(&run, !names.is_empty()) {
                    rule_before = Some((index, rule));
                }
                let says_nothing = run.cues.is_empty() && run.times.is_empty();
                let listed = examples.is_some() && run.times.is_empty();
                if !names.is_empty() && (says_nothing || listed) {
                    // "- Aspirin": a line of a list whose rule came before
                    // ("Stop the following medicines 7 days before:").
                    if let Some((cues, whens)) = examples.as_ref().filter(|_| listed).or(pending.as_ref()) {
                        let mut with_rule = run.clone();
                        if listed {
                            with_rule.cues.clear();
                        }
                        with_rule.cues.extend(cues.iter().copied());
                        with_rule.times.extend(whens.iter().map(|when| Timed {
                            when: *when,
                            first: run.first,
                            end: run.end,
                        }));
                        compose(&with_rule, &cx, &mut found);
                    } else {
                        names_here.extend(names);
                    }
                    continue;
                }
                if names.is_empty()
                    && refers_back(&run, &cx)
                    && sentence.text.trim_end().ends_with(':')
                    && !(run.cues.is_empty() && run.times.is_empty())
                {
                    rule_ahead = Some((run.cues.clone(), run.times.iter().map(|t| t.when).collect()));
                }
                compose(&run, &cx, &mut found);
            }
            // The examples the words did not name as medicines ("Aleve",
            // "cold remedies") take the ban of the sentence before too.
            if examples.is_some() {
                let before = proposals
                    .iter()
                    .rev()
                    .find_map(|(p, _): &(Proposal, bool)| match &p.rule {
                        Proposed::Medicine { rule } if p.sentence + 1 == index => Some(rule.clone()),
                        _ => None,
                    });
                if let Some(rule) = before {
                    super::examples_list::name_the_rest(&sentence.text, &rule, &mut found);
                }
            }
            if rule_ahead.is_some() {
                pending = rule_ahead;
            } else if names_here.is_empty() && !found.proposed(|rule| matches!(rule, Proposed::Medicine { .. })) {
                pending = None;
            }
            for (class, name) in names_here {
                if !carried.iter().any(|(_, n, _)| *n == name) {
                    carried.push((class, name, index));
                }
            }
            general_before = general_here;
            // "Someone will collect you two hours after the test": the stay
            // after, told by when the patient leaves.
            super::stay_by_leaving::stay_by_leaving(&toks, &marks, &mut found);
        }
        // A fasting time in the sentence before, for "these instructions",
        // proposed or asked about ("6 hours before your arrival time"), or
        // two sentences before in the same line or bullet ("No food for 8
        // hours. This keeps you safe. If you do not follow it, ...").
        let points_back = |s: usize| {
            s + 1 == index
                || (s + 2 == index
                    && sentences
                        .get(s)
                        .and_then(|before| text.get(before.end..sentence.start))
                        .is_some_and(|gap| !gap.contains('\n')))
        };
        let fast_before = proposals.iter().any(|(p, _): &(Proposal, bool)| {
            points_back(p.sentence) && matches!(p.rule, Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. })
        }) || questions.iter().any(|q: &Question| {
            points_back(q.sentence) && matches!(q.about, Subject::SolidFood | Subject::ClearLiquids)
        });
        quoted_food_words(t, &normal, fast_before, sentence, &mut found);
        let bring_heading = t.BRING_HEADING.find(light.trim());
        if bring_heading.is_none() && !red_flag {
            bring(t, &light, sentence, &mut found);
        }
        // Two blank lines after the list's things end it: a heading lost
        // from the copy, and what follows is no longer under it.
        let gap = index
            .checked_sub(1)
            .and_then(|k| text.get(sentences[k].end..sentence.start));
        if index > bring_heading_at + 1 && gap.is_some_and(|g| g.replace([' ', '\t', '\r'], "").contains("\n\n\n")) {
            bring_list = None;
        }
        // "• Blanket" or "• Wear loose clothes" under "What to bring": a
        // thing of the list, though it looks like a heading.
        let list_item = bring_list.is_some()
            && (bring_line(&sentence.text)
                || bulleted(text, sentence.start)
                || numbered(text, sentence.start)
                || (bring_list_lead && thing_named(&light))
                || found.proposed(|rule| matches!(rule, Proposed::Bring { .. })));
        let is_heading = is_heading(&sentence.text) && !list_item;
        if is_heading {
            bring_list = None;
        }
        if let Some((_, w)) = bring_heading {
            // "What to bring (optional)": a heading, not a thing.
            bring_list = Some(w);
            bring_list_optional = light.contains("optional");
            bring_list_lead = light.trim_end().ends_with(':') && light.contains("bring");
            bring_heading_at = index;
        } else {
            // An instruction ("Please bring someone ...", "Contact your
            // doctor ...") is not a thing of the list, and ends it.
            let first_word = strip_answer(&light).split_whitespace().next().unwrap_or_default();
            // "What to Bring" / "It matters that you feel comfortable": the
            // line right under the heading that says why is neither a thing
            // nor the end of the list.
            let introduction =
                bring_list.is_some() && index == bring_heading_at + 1 && INTRODUCTION_STARTS.contains(&first_word);
            if INSTRUCTION_STARTS.contains(&first_word) && !introduction {
                bring_list = None;
            }
            // Before the line as a list: its things are the included ones.
            if let Some(w) = bring_list.filter(|_| index == bring_heading_at + 1 && !is_heading) {
                super::bring_including::including(&sentence.text, bring_list_optional, w, &mut found);
            }
            if let (Some(w), true, false, false) = (
                bring_list,
                // "A photo ID, and an adult to drive you home": the escort
                // read there leaves the things of the line to bring.
                found.proposals.iter().all(|p| escort_only(&p.rule)) && found.questions.is_empty(),
                is_heading,
                introduction,
            ) {
                let items: Vec<String> = split_list(strip_answer(&sentence.text))
                    .into_iter()
                    .filter(|i| short_thing(i) && !only_when_needed(i))
                    .collect();
                if !items.is_empty()
                    && !bring_list_optional
                    && sentence.text.chars().count() <= 160
                    && !not_asked_to_bring(&sentence.text.to_lowercase())
                {
                    found.add(Proposed::Bring { items }, w, None);
                }
            }
        }
        if !red_flag && !asks {
            super::prep_tasks::ask_untimed(&light, &mut found);
            super::counted_tasks::counted(&light, &mut found);
            super::asked_tasks::ask(&light, &mut found);
            super::bring_asked::ask(&light, list_item && !is_heading, &mut found);
            super::escort_or_cancelled::escort_or_cancelled(&light, &mut found);
            super::parent_stays::parent_stays(&light, &mut found);
        }
        // "If you vomit, take nothing by mouth for an hour, including the
        // prescribed medicine": what to do when sick, not when to take it.
        if WHEN_SICK.iter().any(|w| light.contains(w)) {
            let keep: Vec<bool> = found
                .proposals
                .iter()
                .map(|p| !matches!(p.rule, Proposed::Medicine { .. }))
                .collect();
            let mut keep_it = keep.iter();
            found.general.retain(|_| keep_it.next().copied().unwrap_or(true));
            let mut keep_it = keep.iter();
            found.proposals.retain(|_| keep_it.next().copied().unwrap_or(true));
            found.questions.retain(|q| q.about != Subject::Medicine);
        }
        let mut found_here: Vec<(Proposal, bool)> = found.proposals.into_iter().zip(found.general).collect();
        found_here.sort_by_key(|(p, _)| p.start);
        proposals.extend(found_here);
        questions.extend(found.questions);
        own_asked.extend(found.own_asked);
    }
    let proposals = super::across_sheet::settle(proposals, &own_asked, &sentences, &mut questions, text);
    let unused = (0..sentences.len())
        .filter(|i| {
            !proposals.iter().any(|p| p.sentence == *i) && !questions.iter().any(|q: &Question| q.sentence == *i)
        })
        .collect();
    SheetReading {
        sentences,
        proposals,
        questions,
        unused,
        language: None,
    }
}

/// Words for a taxi or rideshare, as against buses and trains.
pub(super) const TAXI_WORDS: &[&str] = &[
    "taxi",
    "cab",
    "uber",
    "lyft",
    "rideshare",
    "ride share",
    "ride-share",
    "car service",
];

/// Where the reading of a page for the driver comes from.
const ESCORT_PAGE: &str =
    "corpus half a: a page headed \"Driver / Escorts Information\" (the driver who takes the patient home)";

/// Words that start an instruction, not a thing in a list of things to bring.
pub(super) const INSTRUCTION_STARTS: &[&str] = &[
    "please", "do", "don't", "you", "we", "if", "call", "contact", "it", "this", "there", "avoid", "when", "after",
    "before", "our", "make", "arrange",
];

/// Words that start a line saying why a list of things matters ("It
/// matters that you feel comfortable"), not an instruction.
const INTRODUCTION_STARTS: &[&str] = &["it", "this", "there"];

/// How far before a drink "includes" may stand ("this includes plain water").
// Not a care number: a reading window.
const INCLUDES_WINDOW: usize = 3;

/// How many lines back "these medicines" can point.
// Not a care number: a reading window (a short list and its rule).
const CARRIED_LINES: usize = 6;

/// A heading ("AFTER YOUR INFUSION", "Medications:") or a question ("Q: What
/// do I need to bring?"): what opens a new part of a sheet.
pub(super) fn is_heading(text: &str) -> bool {
    let t = text.trim();
    t.ends_with('?') || (t.chars().count() < 60 && (t.ends_with(':') || !t.ends_with(['.', '!'])))
}

/// A line that names a thing ("Your card", "The number you were given"),
/// not a heading ("Your stay:", "The day before?").
fn thing_named(light: &str) -> bool {
    let t = light.trim();
    let first = t.split_whitespace().next().unwrap_or_default();
    ["your", "the", "a", "an", "any", "all"].contains(&first) && !t.ends_with([':', '?'])
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
