//! Marks: a sentence's tokens read as moments, topics, cues and
//! separators, the longest reading at each place (`clauses.rs` groups them
//! into runs). Also what a mark needs to know of the words around it: a
//! reason ("so we can", "because") is a mark of its own, a new subject and
//! its verb after a comma end a clause, and an aside in brackets that names
//! no rule has its cues dropped.

use super::lexicon::{entry_at, Cue, Entry, Topic};
use super::moments::time_at;
use super::tokens::{Kind, Tok};
use super::values::{word, Amount, Timed, When};

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum MarkKind {
    Time(Timed),
    Topic(Topic, Entry),
    Cue(Cue),
    /// ",", "and", "but", "or": may separate, may list.
    Soft,
    Hard,
    /// "so we can", "because": a clause of its own that says why, not a
    /// rule; its words do not go with the rule before it.
    Why,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Mark {
    pub kind: MarkKind,
    /// Token range.
    pub first: usize,
    pub end: usize,
}

/// The marks of a sentence's tokens: the longest reading at each place.
pub(super) fn marks(t: &[Tok]) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        // "so we can check you in", "so that", "because": why, not what.
        let next = t.get(i + 1).map_or("", |x| x.text.as_str());
        let why = match t[i].text.as_str() {
            "because" | "since" => true,
            // "Although the procedure takes 20 minutes, ...": a concession
            // that opens the sentence says what is so, not what is asked.
            "although" | "though" => i == 0,
            "so" => matches!(next, "we" | "you" | "that" | "they" | "it" | "the" | "your"),
            // ", as they may need to be changed": after a comma only ("such as the").
            "as" => {
                i > 0
                    && t[i - 1].punct() == Some(',')
                    && matches!(next, "they" | "it" | "this" | "these" | "we" | "you")
            }
            // ", to avoid dangerously high blood pressure": what the rule
            // is for after a comma, not a "not" of its own (branch tune-cd).
            "to" => {
                i > 0
                    && t[i - 1].punct() == Some(',')
                    && matches!(next, "avoid" | "prevent" | "reduce" | "lower" | "protect" | "lessen")
            }
            _ => false,
        };
        if why {
            out.push(Mark {
                kind: MarkKind::Why,
                first: i,
                end: i + 1,
            });
            i += 1;
            continue;
        }
        let sep = match (t[i].punct(), t[i].text.as_str()) {
            (Some(';' | '.' | '!' | '?' | '|'), _) => Some(MarkKind::Hard),
            // "You go home after 2 hours, although you should not drive
            // for the rest of the day": a concession after a comma is a
            // rule of its own, with its own time.
            (None, "although" | "though") if i > 0 && t[i - 1].punct() == Some(',') => Some(MarkKind::Hard),
            (Some(','), _) | (None, "and" | "but" | "or" | "then" | "while" | "whereas" | "however" | "plus") => {
                // A new subject ends a clause that has its topic; "Over
                // about 40 minutes, the infusion is given" is one clause.
                let topic_before = out
                    .iter()
                    .rev()
                    .take_while(|m: &&Mark| m.kind != MarkKind::Hard)
                    .any(|m| matches!(m.kind, MarkKind::Topic(..)));
                Some(match topic_before && new_subject_after(t, i + 1) {
                    true => MarkKind::Hard,
                    false => MarkKind::Soft,
                })
            }
            _ => None,
        };
        let time = time_at(t, i);
        let entry = entry_at(t, i);
        let time_end = time.map_or(i, |x| x.end);
        let entry_end = entry.map_or(i, |(_, e)| e);
        if time_end > i && time_end >= entry_end {
            // "The operation takes about 30-60 minutes and the stay ...":
            // the procedure's own length, no rule's, and not the next run's.
            if let Some(timed) = time.filter(|_| !procedure_length(t, i)) {
                out.push(Mark {
                    kind: MarkKind::Time(timed),
                    first: i,
                    end: time_end,
                });
            }
            i = time_end;
        } else if let Some((entry, end)) = entry {
            let kind = match entry {
                Entry::Topic(Topic::Not, _) => None,
                // "No milk, also in other drinks", "sugar in your drinks":
                // the drinks carry the thing banned; they are not the topic.
                Entry::Topic(Topic::Liquids, _) if carried_in(t, i) => None,
                // "Drink no alcoholic drinks": the verb of the alcohol that
                // follows, not a drink of the fast.
                Entry::Topic(Topic::Liquids, _) if alcohol_after(t, end) => None,
                // "If you drink alcohol, cut down or stop drinking for a
                // week": the bare verb goes back to the alcohol named.
                Entry::Topic(Topic::Liquids, _) if drinking_of_alcohol_before(t, i, end) => None,
                // "Do not drink any alcoholic drinks", "no alcohol drinks":
                // drinks named by the alcohol word right before them are
                // the alcohol's, not the fast's (branch tune-bc).
                Entry::Topic(Topic::Liquids, _) if alcohol_ends_at(t, i) => None,
                // "Do not be left alone with young children": alone with
                // the dependants, not without company.
                Entry::Topic(Topic::SomeoneStays, _)
                    if t[i..end].iter().any(|x| x.is("alone")) && word(t, end, "with") =>
                {
                    None
                }
                Entry::Topic(topic, _) => Some(MarkKind::Topic(topic, entry)),
                Entry::Cue(cue) => Some(MarkKind::Cue(cue)),
            };
            if let Some(kind) = kind {
                out.push(Mark { kind, first: i, end });
            }
            i = end;
        } else {
            if let Some(kind) = sep {
                out.push(Mark {
                    kind,
                    first: i,
                    end: i + 1,
                });
            }
            i += 1;
        }
    }
    drop_asides(t, &mut out);
    drop_booking_times(t, &mut out);
    out
}

/// "If your appointment is before 11am, drink clear fluids until
/// midnight": a time inside a condition on the booking says which
/// patients the rule is for; the rule's own time is the one after the
/// comma, when there is one.
fn drop_booking_times(t: &[Tok], out: &mut Vec<Mark>) {
    let booking = |i: usize| {
        t[i].is("if")
            && t.get(i + 1).is_some_and(|x| x.is("your"))
            && t.get(i + 2).is_some_and(|x| {
                ["appointment", "procedure", "surgery", "test", "booking", "visit"]
                    .iter()
                    .any(|w| x.is(w))
            })
            && t.get(i + 3).is_some_and(|x| x.is("is"))
    };
    // "If you go to theatre before 13:00", "if you are booked after noon":
    // the booking said with a verb and a time of day, before any word of
    // eating or drinking ("if you eat after midnight before your surgery"
    // is the fast's; "if you vomit after surgery" holds no time of day).
    let booked = |i: usize| {
        let clause = t[i + 1..].iter().take_while(|x| x.punct() != Some(','));
        t[i].is("if")
            && clause
                .clone()
                .any(|x| matches!(x.kind, Kind::Clock(..) | Kind::Number(_)) || x.is("noon") || x.is("midday"))
            && t[i + 1..]
                .iter()
                .take_while(|x| x.punct() != Some(',') && !matches!(x.kind, Kind::Clock(..)))
                .try_fold(false, |seen, x| {
                    (!FAST_VERBS.iter().any(|w| x.is(w))).then(|| seen || BOOKED.iter().any(|w| x.is(w)))
                })
                == Some(true)
    };
    let booking = |i: usize| booking(i) || booked(i);
    for open in (0..t.len()).filter(|&i| booking(i)) {
        let Some(close) = (open..t.len()).find(|&k| t[k].punct() == Some(',')) else {
            continue;
        };
        let time = |m: &Mark| matches!(m.kind, MarkKind::Time(_));
        if out.iter().any(|m| time(m) && m.first > close) {
            out.retain(|m| !(time(m) && m.first > open && m.end <= close));
        }
    }
}

/// Words that say when the patient is booked in an "if" clause.
const BOOKED: &[&str] = &[
    "theatre",
    "booked",
    "scheduled",
    "listed",
    "surgery",
    "procedure",
    "operation",
];
/// Words of the fast itself: an "if" clause with them is about eating or
/// drinking, not the booking.
const FAST_VERBS: &[&str] = &[
    "eat", "drink", "eaten", "drunk", "ate", "drank", "food", "fluids", "liquids",
];

/// Whether alcohol (or another drug) is named right after `at`, at most
/// one determiner between ("no", "any").
fn alcohol_after(t: &[Tok], at: usize) -> bool {
    let at = if t.get(at).is_some_and(|x| x.is("no") || x.is("any")) {
        at + 1
    } else {
        at
    };
    matches!(entry_at(t, at), Some((Entry::Topic(Topic::AlcoholDrugs, _), _)))
}

/// Whether an alcohol entry ends right at `i` ("alcoholic" before
/// "drinks").
fn alcohol_ends_at(t: &[Tok], i: usize) -> bool {
    (i.saturating_sub(4)..i)
        .any(|k| matches!(entry_at(t, k), Some((Entry::Topic(Topic::AlcoholDrugs, _), e)) if e == i))
}

/// Whether the bare verb "drink" or "drinking" at `i..end`, with no
/// drink after it, goes back to alcohol named earlier in the sentence:
/// nothing to eat is said beside it (then it is the fast's drinking).
fn drinking_of_alcohol_before(t: &[Tok], i: usize, end: usize) -> bool {
    const FOOD: &[&str] = &["eat", "eating", "food", "meal", "meals", "fast", "fasting"];
    let bare = end == i + 1 && (t[i].is("drinking") || t[i].is("drink"));
    let object = t.get(end).is_some_and(|x| {
        super::lexicon::DRINK_NOUNS.iter().any(|d| x.is(d)) || x.is("water") || x.is("anything") || x.is("clear")
    });
    let alcohol_before =
        (0..i).any(|k| matches!(entry_at(t, k), Some((Entry::Topic(Topic::AlcoholDrugs, _), e)) if e <= i));
    bare && !object && alcohol_before && !t.iter().any(|x| FOOD.iter().any(|f| x.is(f)))
}

/// Whether the time at `i` is how long the procedure itself takes ("the
/// surgery takes about 30 minutes", "the operation lasts 1 hour"): not
/// recorded (the corpus's convention), and no time for a topic beside it.
/// The treatment or infusion of a sedation clinic is a topic of its own.
fn procedure_length(t: &[Tok], i: usize) -> bool {
    const PROCEDURES: &[&str] = &["surgery", "operation", "procedure", "extraction", "removal"];
    const ABOUT: &[&str] = &[
        "about",
        "around",
        "approximately",
        "roughly",
        "usually",
        "only",
        "typically",
    ];
    let mut k = i;
    while k > 0 && ABOUT.iter().any(|w| t[k - 1].is(w)) {
        k -= 1;
    }
    k >= 2
        && ["takes", "lasts", "take", "last"].iter().any(|w| t[k - 1].is(w))
        && PROCEDURES.iter().any(|w| t[k - 2].is(w))
}

/// "in drinks", "in other drinks", "in your tea": the words before a drink
/// say it holds something else.
fn carried_in(t: &[Tok], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).and_then(|j| t.get(j));
    before(1).is_some_and(|x| x.is("in"))
        || (before(2).is_some_and(|x| x.is("in"))
            && before(1).is_some_and(|x| ["other", "your", "any", "hot", "their"].contains(&x.text.as_str())))
}

/// "(you can have the procedure without sedation, the choice is yours)":
/// a clause of its own in brackets, naming no topic and no time, is an
/// aside; its "can" or "without" say nothing of the sentence's rule. A
/// bracket that adds to the rule ("(at least 12 hours)", "(no sandals)")
/// is kept.
fn drop_asides(t: &[Tok], out: &mut Vec<Mark>) {
    let mut open = None;
    let mut asides = Vec::new();
    for (i, tok) in t.iter().enumerate() {
        match tok.punct() {
            Some('(') => open = Some(i),
            Some(')') => {
                if let Some(o) = open.take() {
                    asides.push((o, i));
                }
            }
            _ => {}
        }
    }
    for &(o, c) in &asides {
        // "overnight (at least a minimum of 12 hours)": the bracket says
        // the span in hours, for a rule kept in hours.
        let inside = |m: &Mark| m.first > o && m.end <= c;
        let hours_inside = out
            .iter()
            .any(|m| inside(m) && matches!(m.kind, MarkKind::Time(x) if matches!(x.when, When::Amount { amount: Amount::Exact(_), .. })));
        if hours_inside {
            out.retain(|m| {
                !(m.end == o
                    && matches!(m.kind, MarkKind::Time(x) if matches!(x.when, When::NextMorning | When::RestOfDay)))
            });
        }
    }
    for (o, c) in asides {
        let inside = |m: &Mark| m.first > o && m.end <= c;
        // "(so no food from 1am if you arrive at 7am)": one case worked out, not a rule.
        let opens = |w: &str| t.get(o + 1).is_some_and(|x| x.is(w));
        if (opens("so") || (opens("for") && word(t, o + 2, "example"))) && t[o..c].iter().any(|x| x.is("if")) {
            out.retain(|m| !inside(m));
            continue;
        }
        let says_rule = out
            .iter()
            .any(|m| inside(m) && matches!(m.kind, MarkKind::Topic(..) | MarkKind::Time(_)));
        if !says_rule && new_subject_after(t, o + 1) {
            out.retain(|m| !(inside(m) && matches!(m.kind, MarkKind::Cue(_))));
        }
    }
}

/// ", and you may not drive", ", and that adult must stay": a subject and
/// its verb after a separator start a clause of their own.
fn new_subject_after(t: &[Tok], i: usize) -> bool {
    // "With a responsible adult, who should watch over you for 2 days":
    // what the adult does after is a rule of its own (branch tune-cd).
    const SUBJECTS: &[&str] = &["you", "we", "they", "he", "she", "patients", "who"];
    const DETERMINERS: &[&str] = &["that", "this", "the", "your"];
    const VERBS: &[&str] = &[
        "must", "may", "should", "can", "cannot", "can't", "will", "won't", "need", "needs", "might", "could", "would",
        "are", "is", "have", "has", "do", "don't",
    ];
    let mut j = i;
    if t.get(j).is_some_and(|x| x.is("and") || x.is("but")) {
        j += 1;
    }
    let Some(first) = t.get(j) else {
        return false;
    };
    // "It is essential to have someone take you home and not to drive": a
    // second instruction in the negative, with its own verb, after "to".
    if (first.is("not") || first.is("never")) && t.get(j + 1).is_some_and(|x| x.is("to")) {
        return true;
    }
    let verb_at = if SUBJECTS.contains(&first.text.as_str()) {
        j + 1
    } else if DETERMINERS.contains(&first.text.as_str()) && t.get(j + 1).is_some_and(|x| x.punct().is_none()) {
        j + 2
    } else {
        return false;
    };
    t.get(verb_at).is_some_and(|x| VERBS.contains(&x.text.as_str()))
}
