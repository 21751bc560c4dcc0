//! Scope across sentences, for the reading loop (`propose.rs`): a heading
//! that is a moment gives it to the lines under it; "them" goes on with the
//! medicines the sentence before named; and on a page written for the
//! driver or escort ("Driver / Escorts Information"), "you" is the escort.
//! Within a sentence, a time after a fresh "no" is said of what that "no"
//! names.

use std::sync::LazyLock;

use regex::Regex;

use super::clauses::Run;
use super::lexicon::{Cue, Entry, Topic, TOPICS};
use super::list_items::InBullet;
use super::marks::{Mark, MarkKind};
use super::propose::is_heading;
use super::tokens::Tok;
use super::values::{Amount, Day, Dir, Timed, When};
use super::Sentence;

/// Where a line stands, for a heading's scope: whether it names a topic,
/// opens a new part of the sheet, or stands in a bullet of a list.
#[derive(Debug, Clone, Copy)]
pub(super) struct LineShape {
    pub has_topic: bool,
    pub new_part: bool,
    pub bullet: InBullet,
}

/// A heading that is a moment ("For the next 24 hours:", "For 24 hours
/// after sedation you should not:") gives its moment, and what it asks,
/// to the short lines under it that say none of their own; a new part of
/// the sheet, another heading or a long sentence of its own ends it. A
/// bullet stays an item of the list however long it is: the clinic set it
/// under the heading.
pub(super) fn heading_scope(
    heading: &mut Option<(When, Vec<Cue>)>,
    runs: &mut [Run],
    marks: &[Mark],
    text: &str,
    line: LineShape,
    before: Option<When>,
) {
    let LineShape {
        has_topic,
        new_part,
        bullet,
    } = line;
    let colon = text.trim_end().ends_with(':');
    // "Remember, for at least 24 hours after your procedure, if you had a
    // general anaesthetic:": a long line that opens a list is a heading too.
    // "You may feel sleepy for a while, and for 24 hours you must not:":
    // the clause that ends in the colon is what opens it.
    let last_clause = text.rsplit([',', ';']).next().unwrap_or(text);
    let opens_list = colon
        && (text.split_whitespace().count() <= HEADING_LINE_WORDS
            || last_clause.split_whitespace().count() <= HEADING_CLAUSE_WORDS);
    // "• Rest" under "Do:": a bullet of the list, however short, is one
    // of its items, not a heading that ends the moment above it.
    let item = bullet == InBullet::Opens && !colon && text.split_whitespace().count() <= SUBHEADING_WORDS;
    // "If you had a sedative injection, for the next 24 hours you do
    // not:": the topic is the condition's; the clause that ends in the
    // colon opens the list all the same.
    let after_condition = opens_list && text.trim_start().to_lowercase().starts_with("if ") && text.contains(',');
    if (!has_topic || after_condition) && !item && (is_heading(text) || opens_list) {
        // "So for the rest of the day, take it easy. You may not:": a
        // heading that ends in a colon and says no moment takes the one
        // the sentence right before it said of nothing.
        let moment = heading_moment(marks)
            .or(before.filter(|_| colon))
            .or_else(|| super::timeline::before_heading(marks, text));
        let asks: Vec<Cue> = marks
            .iter()
            .filter_map(|m| match m.kind {
                MarkKind::Cue(cue) if asks_something(cue) => Some(cue),
                _ => None,
            })
            .collect();
        // "Over the next 24 hours:" then "Dos" and "Don'ts": a subheading
        // that only says what is asked keeps the moment above it and
        // changes what it asks of the lines under it.
        // "Do:" before "Don't:": a subheading of what to do asks nothing
        // of its own and keeps the moment too.
        let bare = text
            .trim()
            .trim_end_matches(':')
            .to_lowercase()
            .replace(['\'', '\u{2019}'], "");
        let says_do = ["do", "dos"].contains(&bare.as_str());
        let only_asks = moment.is_none()
            && !new_part
            && (!asks.is_empty() || says_do)
            && text.split_whitespace().count() <= SUBHEADING_WORDS
            && marks.iter().all(|m| matches!(m.kind, MarkKind::Cue(_)));
        if let (true, Some((_, cues))) = (only_asks, heading.as_mut()) {
            *cues = asks;
            return;
        }
        if moment.is_some() || new_part || colon {
            let cues = match colon {
                true => asks,
                false => Vec::new(),
            };
            // "The effects may last up to 24 hours; you must not:": the
            // longest the effects last is how long each limit under it
            // lasts (as "for up to 8 hours" is read in a sentence).
            let moment = moment.map(|when| match when {
                When::Amount {
                    amount: Amount::UpTo(l),
                    dir,
                    until,
                    each_visit,
                    at_least,
                } => When::Amount {
                    amount: Amount::Exact(l),
                    dir,
                    until,
                    each_visit,
                    at_least,
                },
                other => other,
            });
            *heading = moment.map(|when| (when, cues));
        }
    } else if text.trim_end().ends_with(['.', '!'])
        && text.split_whitespace().count() > HEADING_LIST_WORDS
        && bullet != InBullet::Opens
    {
        // A sentence of its own, not an item of the heading's list.
        *heading = None;
    } else if bullet == InBullet::Continues {
        // "• Eat lightly. If you cannot keep fluids down, come back": what
        // follows a bullet's first sentence explains it; the next bullet is
        // again an item of the list.
    } else if let Some((when, cues)) = heading {
        for run in runs.iter_mut() {
            if !super::timeline::takes_heading(when, run) {
                continue;
            }
            if run.times.is_empty() {
                run.times.push(Timed {
                    when: *when,
                    first: run.first,
                    end: run.first,
                });
            }
            // "drink alcohol" under "you should not:"; not "Someone should
            // stay with you overnight", which asks its own. A verb that asks
            // nothing ("take further sedatives") leaves the heading's ask.
            let asks_own = run.cues.iter().any(|c| asks_something(*c));
            if !asks_own {
                run.cues.extend(cues.iter().copied());
            }
        }
    }
}

/// The moment a line says that a heading can give to the lines under it:
/// a length after, the next morning or the rest of the day. "Drowsy for
/// some hours, so for 24 hours do not:": a length with a number wins over
/// one without, which says how the patient feels, not the rule.
pub(super) fn heading_moment(marks: &[Mark]) -> Option<When> {
    let moments: Vec<When> = marks.iter().filter_map(moment_of).collect();
    let vague = |w: &When| {
        matches!(
            w,
            When::Amount {
                amount: Amount::Vague,
                ..
            }
        )
    };
    moments.iter().find(|w| !vague(w)).or(moments.first()).copied()
}

fn moment_of(m: &Mark) -> Option<When> {
    match m.kind {
        MarkKind::Time(timed) => match timed.when {
            When::Amount {
                dir: None | Some(Dir::After),
                ..
            }
            | When::NextMorning
            | When::RestOfDay => Some(timed.when),
            _ => None,
        },
        _ => None,
    }
}

/// How many words a line that opens a list ("..., if you had a general
/// anaesthetic:") has at most.
// Not a care number: a reading window (a heading, not a paragraph).
const HEADING_LINE_WORDS: usize = 20;

/// How many words the last clause of a longer line that opens a list has
/// at most ("..., and for at least 24 hours you must not:").
// Not a care number: a reading window (a lead-in, not a paragraph).
const HEADING_CLAUSE_WORDS: usize = 14;

/// Whether a cue asks something of the lines under a heading (must, may,
/// not, stop), as a verb that only names an act ("take") does not: what a
/// heading hands down and what a line may ask for itself.
fn asks_something(cue: Cue) -> bool {
    matches!(cue, Cue::Not | Cue::Stop | Cue::Must | Cue::May)
}

/// How many words a subheading that only says what is asked ("Don'ts",
/// "Do not", "You must not:") has at most.
// Not a care number: a reading window (a subheading, not a sentence).
const SUBHEADING_WORDS: usize = 3;

/// How many words an item of a list under a heading has at most.
// Not a care number: a reading window (a list's line, not a paragraph).
const HEADING_LIST_WORDS: usize = 12;

/// "We advise not taking them the night before": a sentence that names no
/// topic but says "them" goes on with the medicines the sentence before
/// named (`Context::carried`), standing where "them" stands. "Check with
/// your doctor whether this is safe": a "this" or "it" said after whom to
/// ask is what to ask about, the rule before, so its medicines too. Not a
/// "this" before the ask ("if this has not helped, call us"): that is what
/// the sentence's condition is about.
pub(super) fn them_run(toks: &[Tok], marks: &[Mark]) -> Option<Run> {
    let asked_from = marks
        .iter()
        .filter(|m| matches!(m.kind, MarkKind::Cue(Cue::Ask)))
        .map(|m| m.first)
        .min();
    let at = toks.iter().enumerate().position(|(i, t)| {
        ["them", "these", "those"].contains(&t.text.as_str())
            || (asked_from.is_some_and(|ask| ask < i) && ["this", "it"].contains(&t.text.as_str()))
    })?;
    let says = marks
        .iter()
        .any(|m| matches!(m.kind, MarkKind::Time(_) | MarkKind::Cue(_)));
    let entry = TOPICS.iter().position(|w| w.topic == Topic::Medications)?;
    let mut run = Run {
        topics: vec![(Topic::Medications, Entry::Topic(Topic::Medications, entry), at, at + 1)],
        first: at,
        end: at + 1,
        ..Run::default()
    };
    for m in marks {
        match m.kind {
            MarkKind::Time(timed) => {
                run.times.push(timed);
                run.first = run.first.min(timed.first);
                run.end = run.end.max(timed.end);
            }
            MarkKind::Cue(cue) => run.cues.push(cue),
            _ => {}
        }
    }
    says.then_some(run)
}

/// A page written for the driver or escort: a title among its first lines
/// names them as its reader ("Driver / Escorts Information", "Information
/// for your escort"). Its index, if so.
pub(super) fn for_the_escort(sentences: &[Sentence]) -> Option<usize> {
    static TITLE: LazyLock<Option<Regex>> = LazyLock::new(|| {
        let who = r"(?:drivers?|escorts?|companions?|carers?|caregivers?|chaperones?)";
        super::pattern::compile(&format!(
            r"^(?:(?:information|instructions|guidance|advice|a note|notes) for )?(?:your |the )?{who}(?: ?(?:/|and|&) ?{who})?(?: information| instructions| guidance)?:?$"
        ))
        .ok()
    });
    let title = TITLE.as_ref()?;
    sentences
        .iter()
        .take(TITLE_LINES)
        .position(|s| is_heading(&s.text) && title.is_match(&s.text.trim().to_lowercase()))
}

/// How many of a page's first lines can be its title.
// Not a care number: a reading window (a title and a subtitle).
const TITLE_LINES: usize = 2;

/// On a page for the escort, "you" is the escort: each run takes the
/// escort as its subject ("please stay at the facility"), and a line with
/// no topic that says what the escort does ("We would rather you did not
/// leave, but if you must, ...") becomes a run of its own.
pub(super) fn the_escort_is_you(runs: &mut Vec<Run>, toks: &[Tok], marks: &[Mark]) {
    let Some(entry) = TOPICS.iter().position(|w| w.topic == Topic::Escort) else {
        return;
    };
    let escort = |at: usize| (Topic::Escort, Entry::Topic(Topic::Escort, entry), at, at + 1);
    let you = toks.iter().position(|t| t.is("you"));
    for run in runs.iter_mut() {
        if !run
            .topics
            .iter()
            .any(|(t, ..)| matches!(t, Topic::Escort | Topic::EscortNeeded))
        {
            let at = you.filter(|&y| y < run.first).unwrap_or(run.first);
            run.topics.insert(0, escort(at));
            run.first = run.first.min(at);
        }
    }
    // Said in more than a word: "may leave", "come in to"; "leave a phone
    // number" and "ready to leave" are not.
    let does = marks
        .iter()
        .any(|m| matches!(m.kind, MarkKind::Cue(Cue::Leave | Cue::ComeIn)) && m.end > m.first + 1);
    if runs.is_empty() && does {
        let at = you.unwrap_or(0);
        let mut run = Run {
            topics: vec![escort(at)],
            first: at,
            end: at + 1,
            ..Run::default()
        };
        for m in marks {
            match m.kind {
                MarkKind::Time(timed) => run.times.push(timed),
                MarkKind::Cue(cue) => run.cues.push(cue),
                _ => {}
            }
        }
        runs.push(run);
    }
}

/// "No alcohol or coffee for 24 hours before and no coffee for a week
/// after": a time after the topic's own time and a fresh "no" is said of
/// what that "no" names, not of the topic before it.
pub(super) fn anothers_time(run: &Run, toks: &[Tok], topic: Topic, timed: &Timed) -> bool {
    let Some(at) = run
        .topics
        .iter()
        .filter(|(t, ..)| *t == topic)
        .map(|(_, _, a, _)| *a)
        .min()
    else {
        return false;
    };
    let named_again = run
        .topics
        .iter()
        .any(|(t, _, a, _)| *t == topic && *a > at && *a < timed.first);
    !named_again
        && run.times.iter().any(|own| {
            // "Driving afterwards is not allowed for the rest of the day":
            // a direction with no length of its own (branch tune-bd) is
            // no time of the topic's that the later one would be another's
            // beside.
            own.first > at
                && !matches!(own.when, When::Anchor { .. })
                && own.end <= timed.first
                && toks[own.end..timed.first.min(toks.len())]
                    .iter()
                    .any(|x| x.is("no") || x.is("not") || x.is("never"))
        })
}

/// The day a line names ("The night before", "Morning of:"), and where it
/// stands: a heading's or a label's day, for the clock times under or
/// after it.
pub(super) fn day_named(marks: &[Mark]) -> Option<(Day, usize)> {
    marks.iter().find_map(|m| match m.kind {
        MarkKind::Time(timed) => match timed.when {
            When::NightBefore | When::DayBefore => Some((Day::Previous, m.first)),
            When::MorningOf | When::DayOf => Some((Day::Session, m.first)),
            _ => None,
        },
        _ => None,
    })
}

/// Whether the marks name both the day before and the session day (a
/// table's header row, "| The day before | The day of |"): a heading that
/// gives no one day to the lines under it (branch tune-bh).
pub(super) fn two_days_named(marks: &[Mark]) -> bool {
    let days = marks.iter().filter_map(|m| match m.kind {
        MarkKind::Time(timed) => match timed.when {
            When::NightBefore | When::DayBefore => Some(Day::Previous),
            When::MorningOf | When::DayOf => Some(Day::Session),
            _ => None,
        },
        _ => None,
    });
    let (mut before, mut of) = (false, false);
    for day in days {
        before |= day == Day::Previous;
        of |= day == Day::Session;
    }
    before && of
}

/// "The night before: finish eating by 10 pm": a clock time said without
/// its day, after the day a heading or label names, is on that day.
pub(super) fn give_day(runs: &mut [Run], day: Day, from: usize) {
    for timed in runs.iter_mut().flat_map(|r| r.times.iter_mut()) {
        if let When::Clock {
            day: said @ Day::Unsaid,
            ..
        } = &mut timed.when
        {
            if timed.first >= from {
                *said = day;
            }
        }
    }
}
