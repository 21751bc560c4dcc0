//! Scope: which moment goes with which topics, and what is asked of them.
//!
//! A sentence's tokens become marks (a moment, a topic, a cue, a
//! separator; `marks.rs`), the longest reading at each place. Hard separators (";",
//! "|", a full stop inside a line) end a clause. Inside a clause, topics
//! with no moment between them form a run that shares one moment ("nothing
//! solid and no liquids after midnight"; "until the following morning you
//! must not drive, drink alcohol, sign legal documents or look after
//! dependents"). Moments go to the run they stand beside: after it ("no
//! food for 6 hours"), or before it when the clause starts with the moment
//! ("for 6 hours, nothing solid"); "30 minutes of recovery" binds forward.
//! So "nothing solid for 6 hours and no liquids for 2 hours before" is two
//! runs, each with its own moment, and two rules. Cues (must not, may,
//! discuss) belong to the run they stand in or before.
//!
//! More rules of scope, read on the corpus's half b (issue 25, the swap
//! run): a comma or "and" followed by a new subject and its verb (", and
//! you may not drive", "and that adult must stay") starts a new clause; a
//! sentence that starts with its reason ("Because of the recovery time,
//! ...") has the reason to the first comma, and its words are not read;
//! the food or medicine words after "except" or "apart from" are what the
//! rule leaves out, kept beside the run, not in it; and a topic in brackets
//! right after a moment names what that moment is for: "fast for 6 hours
//! (food) and 2 hours (clear liquids)".

use super::lexicon::{Cue, Entry, Topic};
use super::marks::{Mark, MarkKind};
use super::tokens::Tok;
use super::values::{Timed, When};

/// Topics that share their moments and cues.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Run {
    pub topics: Vec<(Topic, Entry, usize, usize)>,
    /// Topics the rule leaves out ("except water"), with the token range
    /// from "except" to the topic's end.
    pub except: Vec<(Topic, usize, usize)>,
    pub times: Vec<Timed>,
    pub cues: Vec<Cue>,
    /// "Fast": the run's words are themselves the "not", also for a topic
    /// in brackets that narrows it ("fast for 6 hours (food)").
    pub fasting: bool,
    /// Token range covered by its topics and moments.
    pub first: usize,
    pub end: usize,
}

impl Run {
    pub(super) fn has(&self, topic: Topic) -> bool {
        self.topics.iter().any(|(t, ..)| *t == topic)
    }

    pub(super) fn cue(&self, cue: Cue) -> bool {
        self.cues.contains(&cue)
    }
}

/// A label before a colon ("Eating and drinking: please don't eat for 8
/// hours") names the subject of what follows; when what follows names its
/// own topic, the label's topics are left out ("drinking" is not a rule
/// here). When it names none ("Driving: not until the next day"), the
/// label is the topic.
fn without_label(t: &[Tok], marks: &[Mark]) -> Vec<Mark> {
    // Not a care number: how many words a label before a colon has at most.
    const LABEL_WORDS: usize = 5;
    let colon = t
        .iter()
        .take(LABEL_WORDS + 1)
        .position(|x| x.punct() == Some(':'))
        .filter(|&c| c > 0 && t[..c].iter().all(|x| matches!(x.punct(), None | Some('&' | '/'))));
    let Some(colon) = colon else {
        return marks.to_vec();
    };
    let topic = |m: &&Mark| matches!(m.kind, MarkKind::Topic(..));
    if !marks.iter().filter(topic).any(|m| m.first > colon) {
        return marks.to_vec();
    }
    marks
        .iter()
        .filter(|m| !(matches!(m.kind, MarkKind::Topic(..)) && m.end <= colon))
        .copied()
        .collect()
}

/// The runs of one sentence, clause by clause, in order.
pub(super) fn runs(t: &[Tok], marks: &[Mark]) -> Vec<Run> {
    let marks = without_label(t, marks);
    let mut out: Vec<Run> = Vec::new();
    // Each clause, and whether it says why ("so we can ...", "because ...").
    let mut clauses: Vec<(&[Mark], bool)> = Vec::new();
    let (mut start, mut why) = (0, false);
    // A sentence that starts with its reason ("Because of the recovery
    // time, the visit can take 2 hours") has it to the first comma; the
    // reason's words are not read.
    let leading = marks.iter().position(|m| m.kind == MarkKind::Why).filter(|&w| {
        matches!(
            t[marks[w].first].text.as_str(),
            "because" | "since" | "as" | "although" | "though"
        ) && marks[..w].iter().all(|m| m.kind == MarkKind::Soft)
    });
    // "Because it is important to fast for 6 hours, ...": a reason that
    // says what the patient must do is an instruction too, and is read.
    let needed = leading.is_some_and(|w| reason_says_a_need(t, marks[w].first));
    if let Some(w) = leading.filter(|_| !needed) {
        let comma = marks[w..]
            .iter()
            .position(|m| m.kind == MarkKind::Hard || (m.kind == MarkKind::Soft && t[m.first].punct() == Some(',')));
        // "Because of the sedation you will need someone to drive you":
        // a reason that is only a noun ("because of", "due to") ends where
        // the sentence's own subject starts, comma or not.
        let noun_reason = t.get(marks[w].first + 1).is_some_and(|x| x.is("of"));
        let subject = t
            .iter()
            .enumerate()
            // "because of", then at least one word of the reason.
            .skip(marks[w].first + 3)
            .find(|(_, x)| SUBJECTS.contains(&x.text.as_str()))
            .map(|(i, _)| i);
        start = match (comma, subject.filter(|_| noun_reason)) {
            (Some(c), Some(s)) if marks[w + c].first < s => w + c + 1,
            (_, Some(s)) => marks.iter().position(|m| m.first >= s).unwrap_or(marks.len()),
            (Some(c), None) => w + c + 1,
            (None, None) => marks.len(),
        };
    }
    for (k, m) in marks.iter().enumerate().skip(start) {
        if matches!(m.kind, MarkKind::Hard | MarkKind::Why) {
            clauses.push((&marks[start..k], why));
            why = m.kind == MarkKind::Why;
            start = k + 1;
        }
    }
    clauses.push((&marks[start.min(marks.len())..], why));
    for (clause, why) in clauses {
        let before = out.len();
        clause_runs(t, clause, &mut out);
        // A clause without a topic ("; resume it 6 hours after") goes on
        // with the last run of the sentence; a clause that says why does not.
        if out.len() == before && !why {
            if let Some(last) = out.last_mut() {
                for m in clause {
                    match m.kind {
                        MarkKind::Time(timed) => {
                            last.times.push(timed);
                            last.end = last.end.max(timed.end);
                        }
                        MarkKind::Cue(cue) => last.cues.push(cue),
                        _ => {}
                    }
                }
            }
        }
    }
    // "Avoid eating for two hours, and drinking liquids for 30 minutes":
    // a run that says nothing of what is asked takes the negation of the
    // run before it in the sentence.
    const ASKED: &[Cue] = &[Cue::Not, Cue::Stop, Cue::May, Cue::Keep, Cue::Must, Cue::Last];
    for k in 1..out.len() {
        if !out[k].cues.iter().any(|c| ASKED.contains(c)) {
            let inherited: Vec<Cue> = out[k - 1]
                .cues
                .iter()
                .copied()
                .filter(|c| matches!(c, Cue::Not | Cue::Stop))
                .collect();
            out[k].cues.extend(inherited);
        }
    }
    for run in &mut out {
        own_moment_after_colon(t, run);
    }
    out
}

/// "A special diet one day before: no solid food the day before the
/// exam": the lead's moment is the lead's; the rule after the colon, with
/// its own moment, does not take it too.
fn own_moment_after_colon(t: &[Tok], run: &mut Run) {
    let Some(first_topic) = run.topics.iter().map(|&(_, _, a, _)| a).min() else {
        return;
    };
    let Some(colon) = (run.first..first_topic.min(t.len()))
        .rev()
        .find(|&k| t[k].punct() == Some(':'))
    else {
        return;
    };
    if run.times.iter().any(|x| x.first > colon) {
        run.times.retain(|x| x.first > colon);
    }
}

fn clause_runs(t: &[Tok], clause: &[Mark], out: &mut Vec<Run>) {
    // Runs: topics with no moment between them.
    let mut runs: Vec<(Run, usize, usize)> = Vec::new(); // run, first and last mark index
                                                         // The run topics join, if one is open.
    let mut open: Option<usize> = None;
    // "except" and where it stands, until a comma ends what it leaves
    // out, and the run it interrupted ("eat no solid food and, apart from
    // blood pressure medicines, skip your pills on the morning"), which
    // goes on after that comma.
    let mut except: Option<usize> = None;
    let mut interrupted: Option<usize> = None;
    // Run index, the token of "except", and the mark that closes it.
    let mut except_runs: Vec<(usize, usize, usize)> = Vec::new();
    for (k, m) in clause.iter().enumerate() {
        // "(except water taken with your medicine) for 6 hours": the
        // bracket's end closes what "except" leaves out, as a comma does.
        let bracket_closed = except.is_some_and(|from| {
            from > 0
                && t[..from].iter().rev().find_map(Tok::punct_bracket) == Some('(')
                && t[from..m.first].iter().any(|x| x.punct() == Some(')'))
        });
        if bracket_closed {
            except = None;
            open = interrupted.take();
            // Closed before this mark, which is the rule's again.
            if let Some(last) = except_runs.last_mut() {
                last.2 = last.2.min(k.saturating_sub(1));
            }
        }
        match m.kind {
            MarkKind::Cue(Cue::Except) => {
                except = Some(m.first);
                interrupted = open.take();
            }
            MarkKind::Soft if except.is_some() && t[m.first].punct() == Some(',') => {
                except = None;
                open = interrupted.take();
                if let Some(last) = except_runs.last_mut() {
                    last.2 = last.2.min(k);
                }
            }
            MarkKind::Topic(topic, entry) => {
                let r = match open {
                    Some(r) => r,
                    None => {
                        if let Some(from) = except {
                            except_runs.push((runs.len(), from, usize::MAX));
                        }
                        runs.push((
                            Run {
                                first: m.first,
                                end: m.end,
                                ..Run::default()
                            },
                            k,
                            k,
                        ));
                        runs.len() - 1
                    }
                };
                open = Some(r);
                let (run, _, last) = &mut runs[r];
                run.topics.push((topic, entry, m.first, m.end));
                run.end = run.end.max(m.end);
                *last = k;
            }
            MarkKind::Time(_) => {
                open = None;
                interrupted = None;
            }
            _ => {}
        }
    }
    if runs.is_empty() {
        return;
    }
    let first_topic = runs[0].1;
    // "For 6 hours before your infusion, nothing solid": a clause that
    // opens with its moment. An opening that only says before what
    // ("Before every visit, avoid eating for 2 hours and ...") is a
    // direction for all, and leaves each length to the run it follows.
    let time_first = clause
        .iter()
        .position(|m| matches!(m.kind, MarkKind::Time(x) if !matches!(x.when, When::Anchor { .. })))
        .is_some_and(|p| p < first_topic);
    let soft_between = |a: usize, b: usize| clause[a.min(b)..a.max(b)].iter().any(|m| m.kind == MarkKind::Soft);
    for (k, m) in clause.iter().enumerate() {
        let MarkKind::Time(timed) = m.kind else {
            continue;
        };
        let prev = runs
            .iter()
            .enumerate()
            .filter(|(_, (_, _, last))| *last < k)
            .max_by_key(|(_, (_, _, last))| *last)
            .map(|(r, _)| r);
        let next = runs.iter().position(|(_, first, _)| *first > k);
        // "30 minutes of recovery", "a 30-minute recovery", "6 hours (food)";
        // "6 hours for food, 2 hours for clear fluids": the length is how
        // long to go without what "for" names next.
        let binds_forward = next.is_some_and(|n| {
            let first = runs[n].0.first;
            first == m.end
                || (t.get(m.end).is_some_and(|x| x.is("of")) && first <= m.end + 2)
                || (t.get(m.end).and_then(Tok::punct) == Some('(') && first == m.end + 1 && !adds_to_rule(t, first))
                || (t.get(m.end).is_some_and(|x| x.is("for")) && first == m.end + 1 + determiners(t, m.end + 1))
        });
        let target = if binds_forward {
            next
        } else if time_first && k < first_topic {
            // Only the opening moment: "On the day of surgery, eat nothing
            // for 8 hours before (ask about your medicines)" keeps its
            // length for the food, not for the medicines after it.
            next.or(prev)
        } else {
            match (prev, next) {
                (Some(p), Some(n))
                    if !runs[p].0.times.is_empty() && soft_between(runs[p].2, k) && !soft_between(k, runs[n].1) =>
                {
                    Some(n)
                }
                (Some(p), _) => Some(p),
                (None, n) => n,
            }
        };
        // A moment after the comma that closes "except heart medicines," is
        // the rule's, not what "except" leaves out.
        let closed = |r: usize| except_runs.iter().any(|&(x, _, close)| x == r && close < k);
        let target = match target {
            Some(r) if closed(r) && r > 0 => Some(r - 1),
            other => other,
        };
        if let Some(r) = target {
            let run = &mut runs[r].0;
            run.times.push(timed);
            run.first = run.first.min(timed.first);
            run.end = run.end.max(timed.end);
        }
    }
    // Cues: to the run they stand in, else the run they stand before, else
    // the last one.
    for m in clause {
        let MarkKind::Cue(cue) = m.kind else {
            continue;
        };
        let inside = runs.iter().position(|(r, _, _)| r.first <= m.first && m.first < r.end);
        let ahead = runs.iter().position(|(r, _, _)| r.first >= m.end);
        let target = inside.or(ahead).unwrap_or(runs.len() - 1);
        runs[target].0.cues.push(cue);
    }
    // What follows "except" with a moment of its own is allowed until then
    // ("nothing to eat after midnight, except clear liquids until 2 hours
    // before"); without one, it is what the rule before it leaves out
    // ("nothing to eat or drink for 8 hours, except water").
    for &(r, from, _) in except_runs.iter().rev() {
        if !runs[r].0.times.is_empty() {
            runs[r].0.cues = vec![Cue::May];
            continue;
        }
        if runs.len() < 2 {
            continue;
        }
        let (gone, ..) = runs.remove(r);
        let into = r.saturating_sub(1).min(runs.len() - 1);
        // "Except water taken with your tablets": the water is for the
        // pills, which the fast allows; drinks stay part of the fast.
        let for_pills = gone.topics.iter().any(|(t, ..)| is_medicine(*t));
        let left: Vec<(Topic, usize, usize)> = gone
            .topics
            .iter()
            .filter(|(t, ..)| !(for_pills && *t == Topic::Liquids))
            .map(|&(t, _, _, end)| (t, from, end))
            .collect();
        runs[into].0.except.extend(left);
    }
    for (run, ..) in runs.iter_mut() {
        // "6 hours for solids, 2 hours for clear fluids before the
        // operation": a length for a food or a drink is how long to go
        // without it, with no "no" said.
        // "Eight hours for all solid foods": a determiner may stand between.
        let length_for_food = run.topics.iter().any(|&(topic, _, a, _)| {
            let at_for = (0..a).rev().find(|&i| !DETERMINERS.contains(&t[i].text.as_str()));
            matches!(topic, Topic::SolidFood | Topic::Liquids | Topic::Meal)
                && at_for.is_some_and(|f| {
                    t[f].text == "for"
                        && run
                            .times
                            .iter()
                            .any(|x| x.end == f && matches!(x.when, When::Amount { .. }))
                })
        });
        run.fasting = run.has(Topic::Fast) || length_for_food;
    }
    // "Nothing to eat or drink 6 hours before (chewing gum included)": a
    // topic in brackets that says it is included adds to the run before it.
    for r in (1..runs.len()).rev() {
        let topic_at = runs[r].0.topics.first().map_or(0, |(_, _, a, _)| *a);
        if runs[r].0.times.is_empty() && adds_to_rule(t, topic_at) {
            let (added, ..) = runs.remove(r);
            let run = &mut runs[r - 1].0;
            run.topics.extend(added.topics);
            run.end = run.end.max(added.end);
        }
    }
    // A topic in brackets right after its moment narrows the run before
    // it: it asks what that run asks ("fast for 6 hours (food)").
    for r in 1..runs.len() {
        let topic_at = runs[r].0.topics.first().map_or(0, |(_, _, a, _)| *a);
        let bracketed = topic_at > 0 && t.get(topic_at - 1).and_then(Tok::punct) == Some('(');
        let after_its_moment = runs[r].0.times.iter().any(|x| x.end + 1 == topic_at);
        if bracketed && after_its_moment {
            let (cues, fasting) = (runs[r - 1].0.cues.clone(), runs[r - 1].0.fasting);
            let run = &mut runs[r].0;
            for cue in cues {
                if !run.cues.contains(&cue) {
                    run.cues.push(cue);
                }
            }
            run.fasting |= fasting;
        }
    }
    out.extend(runs.into_iter().map(|(r, _, _)| r));
}

/// Words that start a sentence's own subject after a reason that is only
/// a noun ("because of the sedation you ...").
const SUBJECTS: &[&str] = &["you", "we", "patients"];

fn is_medicine(topic: Topic) -> bool {
    matches!(
        topic,
        Topic::Medications | Topic::UsualMedicines | Topic::Medicine(_) | Topic::OtherMedicine
    )
}

/// Words that may stand between "for" and what a length is for ("8
/// hours for all solid foods").
const DETERMINERS: &[&str] = &["all", "any"];

/// How many determiners stand from token `from` on.
fn determiners(t: &[Tok], from: usize) -> usize {
    t.iter()
        .skip(from)
        .take_while(|x| DETERMINERS.contains(&x.text.as_str()))
        .count()
}

/// Whether the topic at token `at` stands in brackets that say it is
/// included ("(chewing gum included)", "(including gum)", "(this includes
/// water)"): it adds to the rule before, it is no rule of its own.
fn adds_to_rule(t: &[Tok], at: usize) -> bool {
    let open = (0..at).rev().find(|&i| matches!(t[i].punct(), Some('(' | ')')));
    let Some(open) = open.filter(|&i| t[i].punct() == Some('(')) else {
        return false;
    };
    t[open + 1..]
        .iter()
        .take_while(|x| x.punct() != Some(')'))
        .any(|x| ["included", "including", "includes", "include", "too", "also"].contains(&x.text.as_str()))
}

#[cfg(test)]
mod tests {
    use super::super::marks::marks;
    use super::super::tokens::tokenize;
    use super::super::values::{Amount, When};
    use super::*;

    fn read(s: &str) -> Vec<Run> {
        let t = tokenize(s);
        runs(&t, &marks(&t))
    }

    fn hours(w: &When) -> Option<u32> {
        match w {
            When::Amount {
                amount: Amount::Exact(l),
                ..
            } => l.whole_hours(),
            _ => None,
        }
    }

    #[test]
    fn one_moment_for_a_list_of_topics() {
        let r = read("until the following morning you must not drive, drink alcohol, sign legal documents or look after dependents");
        assert_eq!(r.len(), 1);
        for topic in [Topic::Driving, Topic::AlcoholDrugs, Topic::Decisions, Topic::Dependents] {
            assert!(r[0].has(topic), "{topic:?} in {r:?}");
        }
        assert_eq!(r[0].times[0].when, When::NextMorning);
        assert!(r[0].cue(Cue::Not));
    }

    #[test]
    fn two_rules_in_a_sentence_each_get_their_moment() {
        let r = read("nothing solid for 6 hours and no liquids for 2 hours before");
        assert_eq!(r.len(), 2, "{r:?}");
        assert!(r[0].has(Topic::SolidFood) && r[1].has(Topic::Liquids));
        assert_eq!(hours(&r[0].times[0].when), Some(6));
        assert_eq!(hours(&r[1].times[0].when), Some(2));
        assert!(r[0].cue(Cue::Not) && r[1].cue(Cue::Not));
    }

    #[test]
    fn the_number_before_the_topic() {
        let r = read("For 6 hours before your infusion, nothing solid.");
        assert_eq!(r.len(), 1);
        assert!(r[0].has(Topic::SolidFood));
        assert_eq!(hours(&r[0].times[0].when), Some(6));
        let r = read("Your infusion takes about 45 minutes, followed by 30 minutes of recovery.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert!(r[0].has(Topic::Infusion) && r[1].has(Topic::StayAfter));
        assert_eq!(r[0].times.len(), 1);
        assert_eq!(r[1].times.len(), 1);
    }
}

/// `STEADY_SHEET_DEBUG="a sentence" cargo test --lib plan::sheet::clauses::debug -- --ignored --nocapture`
/// prints what the grammar makes of a sentence.
#[cfg(test)]
#[test]
#[ignore]
fn debug() {
    let text = std::env::var("STEADY_SHEET_DEBUG").unwrap_or_default();
    let t = super::tokens::tokenize(&text);
    for m in super::marks::marks(&t) {
        let words: Vec<&str> = t[m.first..m.end].iter().map(|x| x.text.as_str()).collect();
        println!("{:?}  <- {:?}", m.kind, words.join(" "));
    }
    for r in runs(&t, &super::marks::marks(&t)) {
        println!("{r:?}");
    }
    println!("{:#?}", super::read_sheet(&text).map(|r| (r.proposals, r.questions)));
}

/// `STEADY_SHEET_DEBUG="a sheet" cargo test --lib plan::sheet::clauses::debug_sheet -- --ignored --nocapture`
/// prints each sentence with what was read from it.
#[cfg(test)]
#[test]
#[ignore]
fn debug_sheet() {
    let text = std::env::var("STEADY_SHEET_DEBUG").unwrap_or_default();
    let Ok(r) = super::read_sheet(&text) else {
        return;
    };
    for (i, s) in r.sentences.iter().enumerate() {
        println!("{}", s.text);
        for p in r.proposals.iter().filter(|p| p.sentence == i) {
            println!("    => {}", p.words);
        }
        for q in r.questions.iter().filter(|q| q.sentence == i) {
            println!("    ?? {:?}: {}", q.about, q.ask);
        }
    }
}

/// "Because it is important to fast", "since you must not drink": the
/// reason after `at` says what the patient must do.
fn reason_says_a_need(t: &[Tok], at: usize) -> bool {
    let words: Vec<&str> = t.iter().skip(at + 1).take(5).map(|x| x.text.as_str()).collect();
    let need = ["important", "essential", "necessary", "vital"];
    match words.as_slice() {
        ["it", "is", adj, "to", ..] | ["it", "is", adj, "that", "you", ..] => need.contains(adj),
        ["you", "must", ..] | ["you", "need", "to", ..] | ["you", "have", "to", ..] => true,
        _ => false,
    }
}
