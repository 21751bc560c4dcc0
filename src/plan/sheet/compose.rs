//! From a run of topics, its moments and its cues to proposals: what each
//! topic's rule is in Steady's model, given what is asked ("must not",
//! "may ... until", "discuss") and when. A number is only ever taken from
//! a moment read from the words; a moment the model cannot keep for the
//! rule (a range, "a few hours", "until the next morning" for a rule in
//! hours, a length without "before" or "after") becomes a question.

use super::asked_whole::over_the_course;
use super::clauses::Run;
use super::found::Found;
use super::lexicon::{source_of, Cue, Topic};
use super::medicines;
use super::some_patients::{for_some_patients, for_the_young};
pub(super) use super::tokens::title_case;
use super::tokens::Tok;
use super::values::{Dir, Length, Timed, Unit, When};
use super::{tasks, visit, visit_times};
use super::{Proposed, Section, Span, Subject};
use crate::facts::day::ClockTime;
use crate::facts::rules::{Cutoff, MedicineBefore, MedicineRule, Moment};

/// A reminder a week ahead to ask the prescriber, when a sheet says
/// "please discuss" and not when.
// Not a care number: a reminder's lead time (a week to reach the prescriber),
// shown with the proposal and changed per medicine in the form.
pub const ASK_DAYS_BEFORE: u32 = 7;

/// A medicine to ask the prescriber about, a week ahead: the one shape
/// every "ask first" reading proposes, kept in one place so that the
/// checks that turn a stop into a question cannot drift apart.
pub(super) fn ask_prescriber_rule(name: impl Into<String>) -> MedicineRule {
    MedicineRule {
        name: name.into(),
        before: ask_before(),
        restart_hours_after: None,
        note: None,
    }
}

/// When a medicine the sheet says to talk over is asked about: a week
/// before, as no sheet said a time for the talk.
pub(super) fn ask_before() -> MedicineBefore {
    MedicineBefore::AskPrescriber {
        days_before: ASK_DAYS_BEFORE,
    }
}

/// The same, as a proposal's rule.
pub(super) fn ask_prescriber(name: impl Into<String>) -> Proposed {
    Proposed::Medicine {
        rule: ask_prescriber_rule(name),
    }
}

/// What a run is read against: the sentence's tokens and text, and the
/// direction the sentence or its section gives a length that has none.
pub(super) struct Context<'a> {
    pub toks: &'a [Tok],
    pub text: &'a str,
    /// The one direction the sentence's moments say, if they say one.
    pub sentence_dir: Option<Dir>,
    pub section: Section,
    /// Medicines named in the lines before, in the same part of the
    /// sheet, with no rule of their own: what "these medicines" means.
    pub carried: &'a [(Option<usize>, String)],
    /// The sentence names liquids of its own: "fast" is then food only.
    pub liquids_named: bool,
    /// The sheet's own name for medicines in general in the sentence
    /// before, in the same paragraph ("Some usual medicines need to be
    /// paused"): what a bare "which medicines to stop" means next.
    pub general_before: Option<&'a str>,
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
pub(super) fn cutoff_of(length: Length) -> Cutoff {
    match (length.unit, length.whole_hours()) {
        (Unit::Hours | Unit::Days | Unit::Weeks, Some(hours)) => Cutoff::HoursBefore { hours },
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
    pub(super) first: usize,
    pub(super) end: usize,
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
    // "We may ask you to skip a dose", "patients under 18 must ...": a rule
    // for some patients, asked.
    // "We may ask you to change when you take your doses": whatever the
    // clinic decides, the patient talks to them about these medicines.
    let talk_anyway = run.cue(Cue::Ask)
        && run
            .topics
            .iter()
            .any(|(t, ..)| matches!(t, Topic::Medicine(_) | Topic::OtherMedicine));
    let nothing_kept: fn(&Proposed) -> bool = |_| false;
    // "If you are diabetic, check your blood sugar that morning": a rule
    // for some patients, asked; a medicine's own rule stays where
    // medicines are read.
    let medicine_kept: fn(&Proposed) -> bool = |p| {
        matches!(
            p,
            Proposed::Medicine { .. } | Proposed::KeepTakingUsual | Proposed::Bring { .. }
        )
    };
    let asked = if (run.cue(Cue::Maybe) && !talk_anyway) || for_the_young(cx) || over_the_course(cx) {
        Some(nothing_kept)
    } else if for_some_patients(cx) {
        Some(medicine_kept)
    } else {
        None
    };
    match asked {
        Some(keep) => {
            let mut maybe = found.scratch();
            all(run, cx, &mut maybe);
            found.take_as_questions(maybe, subject_of, keep);
        }
        None => all(run, cx, found),
    }
}

/// The rule a proposal sets, for a question about it.
pub(super) fn subject_of(rule: &Proposed) -> Subject {
    match rule {
        Proposed::SolidFood { .. } | Proposed::IfFastBroken { .. } => Subject::SolidFood,
        Proposed::ClearLiquids { .. } | Proposed::ClearLiquidsAre { .. } => Subject::ClearLiquids,
        Proposed::Medicine { .. } | Proposed::KeepTakingUsual => Subject::Medicine,
        Proposed::ArriveEarly { .. } => Subject::ArriveEarly,
        Proposed::InfusionMinutes { .. } => Subject::InfusionMinutes,
        Proposed::Observation { .. } => Subject::Observation,
        Proposed::NoDriving { .. } => Subject::NoDriving,
        Proposed::NoDecisions { .. } => Subject::NoDecisions,
        Proposed::NoAlcohol { .. } => Subject::NoAlcohol,
        Proposed::NoSedatives { .. } => Subject::NoSedatives,
        Proposed::SomeoneStays { .. } => Subject::SomeoneStays,
        Proposed::NoDependents => Subject::NoDependents,
        Proposed::VisitTask { .. } | Proposed::Note { .. } | Proposed::Bring { .. } | Proposed::RedFlag { .. } => {
            Subject::VisitTask
        }
        Proposed::EscortRequired
        | Proposed::EscortMinAge { .. }
        | Proposed::EscortPresence { .. }
        | Proposed::Rideshare { .. } => Subject::EscortRequired,
    }
}

fn all(run: &Run, cx: &Context<'_>, found: &mut Found) {
    // "Be ready to stay for 2 hours after the infusion": a stay counted
    // from the end of the session is the stay after, not the whole visit.
    let stay_after;
    let after_the_session = |t: &Timed| {
        matches!(
            t.when,
            When::Amount {
                dir: Some(Dir::After),
                ..
            }
        ) && cx.toks[t.first.min(cx.toks.len())..t.end.min(cx.toks.len())]
            .iter()
            .any(|x| {
                ["infusion", "treatment", "procedure", "session", "injection", "dose"]
                    .iter()
                    .any(|w| x.is(w))
            })
    };
    let run = match run.has(Topic::Visit) && run.times.iter().any(after_the_session) {
        true => {
            stay_after = Run {
                topics: run
                    .topics
                    .iter()
                    .map(|&(t, e, a, b)| (if t == Topic::Visit { Topic::StayAfter } else { t }, e, a, b))
                    .collect(),
                ..run.clone()
            };
            &stay_after
        }
        false => run,
    };
    let company = super::company::adult_as_company(run, cx);
    let run = company.as_ref().unwrap_or(run);
    super::food::food(run, cx, found);
    super::take::excepted(run, cx, found);
    medicines::medicines(run, cx, found);
    super::ride::escort(run, cx, found);
    visit::after(run, cx, found);
    visit_times::timeline(run, cx, found);
    tasks::task(run, cx, found);
}

pub(super) fn negated(run: &Run) -> bool {
    run.cue(Cue::Not) || run.cue(Cue::Stop)
}

pub(super) fn add(found: &mut Found, cx: &Context<'_>, words: Words, rule: Proposed, written_for: &str) {
    found.add(rule, written_for, Some(cx.bytes(words.first, words.end)));
}

/// As [`add`], from words the sheet's own words elsewhere overrule.
pub(super) fn add_general(found: &mut Found, cx: &Context<'_>, words: Words, rule: Proposed, written_for: &str) {
    found.add_general(rule, written_for, Some(cx.bytes(words.first, words.end)));
}
