//! From a run of topics, its moments and its cues to proposals: what each
//! topic's rule is in Steady's model, given what is asked ("must not",
//! "may ... until", "discuss") and when. A number is only ever taken from
//! a moment read from the words; a moment the model cannot keep for the
//! rule (a range, "a few hours", "until the next morning" for a rule in
//! hours, a length without "before" or "after") becomes a question.

use super::clauses::Run;
use super::lexicon::{source_of, Cue, Topic};
use super::propose::Found;
use super::tables::MEDICINES;
use super::tokens::Tok;
use super::values::{Amount, Day, Dir, Length, Timed, Unit, When};
use super::visit;
use super::{Ask, Proposed, Section, Span, Subject};
use crate::facts::day::ClockTime;
use crate::facts::rules::{Cutoff, MedicineBefore, MedicineRule, Moment};

/// A reminder a week ahead to ask the prescriber, when a sheet says
/// "please discuss" and not when.
// Not a care number: a reminder's lead time (a week to reach the prescriber),
// shown with the proposal and changed per medicine in the form.
pub const ASK_DAYS_BEFORE: u32 = 7;

/// What a run is read against: the sentence's tokens and text, and the
/// direction the sentence or its section gives a length that has none.
pub(super) struct Context<'a> {
    pub toks: &'a [Tok],
    pub text: &'a str,
    /// The one direction the sentence's moments say, if they say one.
    pub sentence_dir: Option<Dir>,
    pub section: Section,
}

impl Context<'_> {
    /// The direction of a moment: its own, else another's in the run, else
    /// the sentence's, else its section's.
    pub(super) fn dir(&self, timed: &Timed, run: &Run) -> Option<Dir> {
        own_dir(&timed.when)
            .or_else(|| run.times.iter().find_map(|t| own_dir(&t.when)))
            .or(self.sentence_dir)
            .or(match self.section {
                Section::After => Some(Dir::After),
                Section::Before => Some(Dir::Before),
                Section::Unknown => None,
            })
    }

    /// The byte range of tokens `first..end` in the sentence.
    pub(super) fn bytes(&self, first: usize, end: usize) -> (usize, usize) {
        let start = self.toks.get(first).map_or(0, |t| t.start);
        let stop = end
            .checked_sub(1)
            .and_then(|e| self.toks.get(e))
            .map_or(self.text.len(), |t| t.end);
        (start, stop.max(start))
    }
}

pub(super) fn clock(minute_of_day: u32) -> Option<ClockTime> {
    (minute_of_day < 24 * 60).then(|| ClockTime::hm(minute_of_day / 60, minute_of_day % 60))
}

/// The direction a moment says itself.
pub(super) fn own_dir(when: &When) -> Option<Dir> {
    match when {
        When::Amount { dir, .. } => *dir,
        When::Anchor { dir, .. } => Some(*dir),
        _ => None,
    }
}

pub(super) fn span_of(when: &When) -> Option<Span> {
    Some(match when {
        When::NextMorning => Span::NextMorning,
        When::RestOfDay => Span::RestOfDay,
        When::UntilWornOff => Span::UntilWornOff,
        When::MorningOf => Span::MorningOf,
        When::NightBefore | When::DayBefore => Span::NightBefore,
        When::DayOf => Span::DayOf,
        When::NightOrDay => Span::NightOrDay,
        _ => return None,
    })
}

/// A cutoff in the unit it was said in: "30 minutes" stays minutes, "1 1/2
/// hours" is 90 minutes, "6 hours" is 6 hours.
fn cutoff_of(length: Length) -> Cutoff {
    match (length.unit, length.whole_hours()) {
        (Unit::Hours | Unit::Days, Some(hours)) => Cutoff::HoursBefore { hours },
        _ => Cutoff::MinutesBefore {
            minutes: length.minutes,
        },
    }
}

pub(super) fn moment_of(length: Length) -> Moment {
    match cutoff_of(length) {
        Cutoff::HoursBefore { hours } => Moment::HoursBefore { hours },
        _ => Moment::MinutesBefore {
            minutes: length.minutes,
        },
    }
}

/// Where the proposals of a run point: its topics and one of its moments.
pub(super) struct Words {
    first: usize,
    end: usize,
}

impl Words {
    pub(super) fn of(run: &Run, topic: impl Fn(Topic) -> bool, timed: Option<&Timed>) -> Words {
        let mut first = usize::MAX;
        let mut end = 0;
        for (t, _, a, b) in &run.topics {
            if topic(*t) {
                first = first.min(*a);
                end = end.max(*b);
            }
        }
        if let Some(timed) = timed {
            first = first.min(timed.first);
            end = end.max(timed.end);
        }
        if first == usize::MAX {
            (first, end) = (run.first, run.end);
        }
        Words { first, end }
    }
}

/// The first entry of a topic in a run, for where its words come from.
pub(super) fn source(run: &Run, topic: impl Fn(Topic) -> bool) -> &'static str {
    run.topics
        .iter()
        .find(|(t, ..)| topic(*t))
        .map_or("", |(_, entry, ..)| source_of(*entry))
}

/// Everything a run says.
pub(super) fn compose(run: &Run, cx: &Context<'_>, found: &mut Found) {
    food(run, cx, found);
    medicines(run, cx, found);
    visit::escort(run, cx, found);
    visit::after(run, cx, found);
    visit::timeline(run, cx, found);
    visit::task(run, cx, found);
}

pub(super) fn negated(run: &Run) -> bool {
    run.cue(Cue::Not) || run.cue(Cue::Stop)
}

pub(super) fn add(found: &mut Found, cx: &Context<'_>, words: Words, rule: Proposed, written_for: &str) {
    found.add(rule, written_for, Some(cx.bytes(words.first, words.end)));
}

// ---- food and drink ----

fn food(run: &Run, cx: &Context<'_>, found: &mut Found) {
    let npo = run
        .topics
        .iter()
        .any(|(t, _, a, _)| *t == Topic::NothingByMouth && cx.toks.get(*a).is_some_and(|x| x.is("npo")));
    let unclear_meal = (run.has(Topic::Meal) || run.has(Topic::SolidFood)) && run.cue(Cue::Unclear);
    let solid = !unclear_meal && (run.has(Topic::SolidFood) || run.has(Topic::Meal) || run.has(Topic::NothingByMouth));
    let liquid = run.has(Topic::Liquids) || run.has(Topic::NothingByMouth);
    if !(solid || liquid || unclear_meal) {
        return;
    }
    let is_food = |t: Topic| matches!(t, Topic::SolidFood | Topic::Meal | Topic::NothingByMouth);
    let is_liquid = |t: Topic| matches!(t, Topic::Liquids | Topic::NothingByMouth);
    let neg = negated(run) || run.cue(Cue::Last) || npo;
    let may = run.cue(Cue::May);
    let written_for = source(run, |t| is_food(t) || is_liquid(t));
    if unclear_meal {
        // "No heavy meals 3 hours prior": a time, but not for all food.
        let before = run.times.iter().find_map(|t| match t.when {
            When::Amount {
                amount: Amount::Exact(l),
                ..
            } if cx.dir(t, run) != Some(Dir::After) => Some((l, t)),
            _ => None,
        });
        let cutoff = before.map(|(l, _)| cutoff_of(l));
        let options = cutoff
            .clone()
            .map(|cutoff| Proposed::SolidFood { cutoff })
            .into_iter()
            .collect();
        found.ask(Ask::FoodUnclear { cutoff }, Subject::SolidFood, options, written_for);
    }
    for (wanted, subject, topic) in [
        (solid, Subject::SolidFood, &is_food as &dyn Fn(Topic) -> bool),
        (liquid, Subject::ClearLiquids, &is_liquid),
    ] {
        if !wanted {
            continue;
        }
        let make = |cutoff: Cutoff| match subject {
            Subject::SolidFood => Proposed::SolidFood { cutoff },
            _ => Proposed::ClearLiquids { cutoff },
        };
        let mut done = false;
        for timed in &run.times {
            match timed.when {
                When::Amount { amount, until, .. } => {
                    let dir = cx.dir(timed, run).unwrap_or(Dir::Before);
                    // "Drink plenty of fluids afterwards"; "eat a snack 2
                    // hours before": no cutoff.
                    if dir == Dir::After || !(neg || until) {
                        continue;
                    }
                    match amount {
                        Amount::Exact(l) => add(
                            found,
                            cx,
                            Words::of(run, topic, Some(timed)),
                            make(cutoff_of(l)),
                            written_for,
                        ),
                        Amount::Range(a, b) => found.ask(
                            Ask::Range {
                                low: a.minutes,
                                high: b.minutes,
                            },
                            subject,
                            vec![make(cutoff_of(a)), make(cutoff_of(b))],
                            written_for,
                        ),
                        Amount::Vague | Amount::UpTo(_) => found.ask(Ask::Vague, subject, vec![], written_for),
                    }
                    done = true;
                }
                When::Clock { minute_of_day, day } if neg || may => {
                    let Some(time) = clock(minute_of_day) else {
                        continue;
                    };
                    // "After midnight" is the session day's 00:00, even
                    // "midnight the night before"; a morning time without a
                    // day is the session day's; an evening one is asked.
                    let days_before = match (day, minute_of_day) {
                        (_, 0) | (Day::Session, _) => Some(0),
                        (Day::Previous, _) => Some(1),
                        (Day::Unsaid, m) if m < 12 * 60 => Some(0),
                        (Day::Unsaid, _) => None,
                    };
                    match days_before {
                        Some(days_before) => add(
                            found,
                            cx,
                            Words::of(run, topic, Some(timed)),
                            make(Cutoff::Clock { days_before, time }),
                            written_for,
                        ),
                        None => found.ask(
                            Ask::ClockDay { time },
                            subject,
                            vec![make(Cutoff::Clock { days_before: 1, time })],
                            written_for,
                        ),
                    }
                    done = true;
                }
                When::MorningOf | When::DayOf | When::NightBefore | When::DayBefore | When::NightOrDay if neg => {
                    if let Some(span) = span_of(&timed.when) {
                        found.ask(Ask::NotInHours { span }, subject, vec![], written_for);
                        done = true;
                    }
                }
                _ => continue,
            }
            if done {
                break;
            }
        }
        // "Do not eat before your infusion": the rule without its time.
        let before_anchor = run
            .times
            .iter()
            .any(|t| matches!(t.when, When::Anchor { dir: Dir::Before, .. }));
        if !done && neg && before_anchor && !unclear_meal {
            found.ask(Ask::NoTime, subject, vec![], written_for);
        }
    }
}

// ---- medicines ----

/// The medicines a run names, each as it is shown: "Stimulants (Adderall)".
fn medicine_names(run: &Run, cx: &Context<'_>) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for (topic, ..) in &run.topics {
        let Topic::Medicine(class) = topic else {
            continue;
        };
        if out.iter().any(|(c, _)| c == class) {
            continue;
        }
        let Some(medicine) = MEDICINES.get(*class) else {
            continue;
        };
        let said: Vec<String> = run
            .topics
            .iter()
            .filter(|(t, ..)| t == topic)
            .map(|(_, _, a, b)| {
                cx.toks[*a..*b]
                    .iter()
                    .map(|t| t.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
                    .replace(" - ", "-")
            })
            .collect();
        // The class as Steady names it, with the sheet's own word beside it
        // when that is another: a brand ("Stimulants (Adderall)") or
        // another name for the class ("Opioids (Narcotics)").
        let brand = said.iter().find(|w| !medicine.class_words.contains(&w.as_str()));
        let shown = medicine.shown.to_lowercase();
        let other_name = said.iter().find(|w| {
            let stem: String = w.chars().take(5).collect();
            !shown.contains(stem.as_str())
        });
        let name = match brand.or(other_name) {
            Some(b) if !shown.contains(b.as_str()) => format!("{} ({})", medicine.shown, title_case(b)),
            _ => medicine.shown.to_string(),
        };
        out.push((*class, name));
    }
    out
}

pub(super) fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn medicines(run: &Run, cx: &Context<'_>, found: &mut Found) {
    let names = medicine_names(run, cx);
    let neg = negated(run);
    if names.is_empty() {
        // "Keep taking your usual medicines"; "take your routine medications".
        let usual = run.has(Topic::UsualMedicines);
        let keep =
            (run.cue(Cue::Keep) && (usual || run.has(Topic::Medications))) || (usual && run.cue(Cue::Take) && !neg);
        if keep {
            let is = |t: Topic| matches!(t, Topic::UsualMedicines | Topic::Medications);
            add(
                found,
                cx,
                Words::of(run, is, None),
                Proposed::KeepTakingUsual,
                source(run, is),
            );
        }
        return;
    }
    let is_medicine = |t: Topic| matches!(t, Topic::Medicine(_));
    let written_for = source(run, is_medicine);
    let mut before: Option<(MedicineBefore, Option<&Timed>)> = None;
    let mut after: Option<(u32, &Timed)> = None;
    for timed in &run.times {
        match timed.when {
            When::Amount { amount, .. } => {
                let dir = cx.dir(timed, run);
                let length = match amount {
                    Amount::Exact(l) => l,
                    Amount::Range(a, b) if neg => {
                        found.ask(
                            Ask::Range {
                                low: a.minutes,
                                high: b.minutes,
                            },
                            Subject::Medicine,
                            vec![],
                            written_for,
                        );
                        continue;
                    }
                    _ => continue,
                };
                if !(neg || run.cue(Cue::Last) || run.cue(Cue::Resume)) {
                    continue;
                }
                let Some(hours) = length.whole_hours() else {
                    found.ask(
                        Ask::NotWholeHours {
                            minutes: length.minutes,
                        },
                        Subject::Medicine,
                        vec![],
                        written_for,
                    );
                    continue;
                };
                match dir {
                    Some(Dir::Before) if before.is_none() => {
                        before = Some((MedicineBefore::HoursBefore { hours }, Some(timed)))
                    }
                    Some(Dir::After) if after.is_none() => after = Some((hours, timed)),
                    Some(Dir::Both) => {
                        before.get_or_insert((MedicineBefore::HoursBefore { hours }, Some(timed)));
                        after.get_or_insert((hours, timed));
                    }
                    None if neg => found.ask(
                        Ask::Direction {
                            minutes: length.minutes,
                        },
                        Subject::Medicine,
                        vec![],
                        written_for,
                    ),
                    _ => {}
                }
            }
            When::MorningOf if neg && before.is_none() => before = Some((MedicineBefore::SkipMorningOf, Some(timed))),
            When::NightBefore if run.cue(Cue::Last) && before.is_none() => {
                before = Some((MedicineBefore::NightBefore, Some(timed)))
            }
            When::DayOf if run.cue(Cue::Fewer) && before.is_none() => {
                before = Some((MedicineBefore::FewerOnTheDay, Some(timed)))
            }
            When::NightBefore | When::DayOf | When::NightOrDay | When::NextMorning | When::RestOfDay if neg => {
                if let Some(span) = span_of(&timed.when) {
                    found.ask(Ask::NotInHours { span }, Subject::Medicine, vec![], written_for);
                }
            }
            _ => {}
        }
    }
    if before.is_none() && run.cue(Cue::Fewer) {
        before = Some((MedicineBefore::FewerOnTheDay, None));
    }
    if before.is_none() && run.cue(Cue::Ask) {
        before = Some((
            MedicineBefore::AskPrescriber {
                days_before: ASK_DAYS_BEFORE,
            },
            None,
        ));
    }
    // "No opioids or benzodiazepines for 4 hours after": the rule on
    // sedatives after the session, when nothing is asked before it.
    let sedating_only_after = before.is_none() && after.is_some() && !run.cue(Cue::Resume);
    if sedating_only_after {
        if let Some((hours, timed)) = after {
            let sedating = |t: Topic| matches!(t, Topic::Medicine(c) if MEDICINES.get(c).is_some_and(|m| m.sedating));
            if run.topics.iter().any(|(t, ..)| sedating(*t)) {
                let w = source(run, sedating);
                add(
                    found,
                    cx,
                    Words::of(run, sedating, Some(timed)),
                    Proposed::NoSedatives { hours },
                    w,
                );
            }
        }
    }
    for (class, name) in names {
        let sedating = MEDICINES.get(class).is_some_and(|m| m.sedating);
        if sedating_only_after && sedating {
            continue;
        }
        let (rule_before, timed) = before.clone().unwrap_or((MedicineBefore::None, None));
        let restart = after.map(|(h, _)| h);
        if rule_before == MedicineBefore::None && restart.is_none() {
            continue;
        }
        let words = Words::of(run, |t| t == Topic::Medicine(class), timed.or(after.map(|(_, t)| t)));
        let w = MEDICINES.get(class).map_or(written_for, |m| m.written_for);
        add(
            found,
            cx,
            words,
            Proposed::Medicine {
                rule: MedicineRule {
                    name,
                    before: rule_before,
                    restart_hours_after: restart,
                    note: None,
                },
            },
            w,
        );
    }
}
