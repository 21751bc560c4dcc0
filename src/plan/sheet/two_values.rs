//! One sheet, two values for one rule: a clock cutoff for food said one
//! way in one sentence and another way in the next (morning and afternoon
//! lists), or two driving bans of different lengths. Steady does not
//! choose between the sheet's own words; it asks, with both as options.

use super::{Ask, Proposal, Proposed, Question, Sentence, Subject};
use crate::facts::rules::{Cutoff, NoDriving};

/// "Nothing to eat after 02:00" for morning lists and "after 07:00" for
/// afternoon ones, or no driving "for the rest of the day" in a list and
/// "for 24 hours" in a closing line: one sheet, two different values for
/// one rule. Steady does not choose; it asks, with both as options.
pub(super) fn two_values_asked(
    proposals: Vec<Proposal>,
    sentences: &[Sentence],
    questions: &mut Vec<Question>,
) -> Vec<Proposal> {
    // Fasting times counted back in hours may differ by drink or meal;
    // two clock times for one cutoff are two lists.
    let subject = |p: &Proposed| match p {
        Proposed::SolidFood {
            cutoff: Cutoff::Clock { .. },
        } => Some(Subject::SolidFood),
        Proposed::ClearLiquids {
            cutoff: Cutoff::Clock { .. },
        } => Some(Subject::ClearLiquids),
        // "Clear drinks up to 4 hours before" and "sips of water up to 2
        // hours before" in the next line: two times for the same drinks.
        Proposed::ClearLiquids {
            cutoff: Cutoff::HoursBefore { .. } | Cutoff::MinutesBefore { .. },
        } => Some(Subject::ClearLiquids),
        Proposed::NoDriving { .. } => Some(Subject::NoDriving),
        // "Infusions last about two hours" and, further down, "the drip
        // runs for about 60 minutes": two lengths for one infusion.
        Proposed::InfusionMinutes { .. } => Some(Subject::InfusionMinutes),
        _ => None,
    };
    let mut torn = Vec::new();
    for p in &proposals {
        if let Some(about) = subject(&p.rule) {
            let differ = proposals.iter().any(|q| {
                subject(&q.rule) == Some(about)
                    && q.rule != p.rule
                    && q.sentence != p.sentence
                    && counted_back(&p.rule) == counted_back(&q.rule)
                    && (!counted_back(&p.rule) || allowed_side_by_side(p.sentence, q.sentence, sentences))
                    && !two_kinds(&p.rule, p.sentence, q.sentence, sentences)
            });
            if differ && !torn.contains(&about) {
                torn.push(about);
            }
        }
    }
    let (asked, kept): (Vec<Proposal>, Vec<Proposal>) = proposals
        .into_iter()
        .partition(|p| subject(&p.rule).is_some_and(|about| torn.contains(&about)));
    for about in torn {
        let options: Vec<Proposal> = asked
            .iter()
            .filter(|p| subject(&p.rule) == Some(about))
            .cloned()
            .collect();
        ask_two_values(about, options, sentences, questions);
    }
    kept
}

/// "Mental health infusions last 40 minutes" and "pain infusions run over
/// 4 hours": each sentence opens on its own kind of infusion, so the two
/// lengths are two kinds, not two values for one ("infusions last two
/// hours ... this drip runs for an hour" are one).
/// The question for a rule said with two values: the patient picks one of
/// the options, shown beside the first one's sentence. No options, no
/// question.
fn ask_two_values(about: Subject, options: Vec<Proposal>, sentences: &[Sentence], questions: &mut Vec<Question>) {
    let Some(first) = options.first() else {
        return;
    };
    let text = sentences.get(first.sentence).map_or("", |s| s.text.as_str());
    questions.push(Question::on(&Ask::TwoValues, about, (first.sentence, text), options));
}

fn two_kinds(rule: &Proposed, a: usize, b: usize, sentences: &[Sentence]) -> bool {
    let kind = |i: usize| {
        let lower = sentences.get(i)?.text.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let at = words.iter().position(|w| *w == "infusion" || *w == "infusions")?;
        let before = &words[..at];
        (!before.is_empty() && !before.iter().any(|w| DETERMINERS.contains(w))).then(|| before.join(" "))
    };
    matches!(rule, Proposed::InfusionMinutes { .. }) && matches!((kind(a), kind(b)), (Some(x), Some(y)) if x != y)
}

/// Words that point at an infusion already named rather than name a kind.
const DETERMINERS: &[&str] = &[
    "the", "this", "that", "your", "each", "every", "an", "a", "our", "these", "those",
];

/// A drinks cutoff counted back from the visit: such times may differ by
/// drink ("clear liquids 2 hours, milk 6 hours") or sit in a rule for some
/// patients, so they are torn only when allowed side by side.
fn counted_back(rule: &Proposed) -> bool {
    matches!(
        rule,
        Proposed::ClearLiquids {
            cutoff: Cutoff::HoursBefore { .. } | Cutoff::MinutesBefore { .. },
        }
    )
}

/// "You may have clear drinks up to 4 hours before" and, in the next line,
/// "you may have sips of water up to 2 hours before": two allowances one
/// after the other, each up to its own time, for the same patients.
fn allowed_side_by_side(a: usize, b: usize, sentences: &[Sentence]) -> bool {
    let allows = |i: usize| {
        sentences.get(i).is_some_and(|s| {
            let lower = s.text.to_lowercase();
            lower.contains("may") && (lower.contains("up to") || lower.contains("until"))
        })
    };
    a.abs_diff(b) == 1 && allows(a) && allows(b)
}

/// A clock cutoff that another sentence gives another clock time for
/// ("from midnight for morning lists", "from 6:30 for afternoon ones"):
/// one of two values, asked, and no single rule of the sheet's own.
pub(super) fn torn_clock(p: &Proposal, all: &[&Proposal]) -> bool {
    let clock_of = |rule: &Proposed| match rule {
        Proposed::SolidFood {
            cutoff: cutoff @ Cutoff::Clock { .. },
        } => Some((1, cutoff.clone())),
        Proposed::ClearLiquids {
            cutoff: cutoff @ Cutoff::Clock { .. },
        } => Some((2, cutoff.clone())),
        _ => None,
    };
    clock_of(&p.rule).is_some_and(|(field, mine)| {
        all.iter()
            .any(|q| q.sentence != p.sentence && clock_of(&q.rule).is_some_and(|(f, c)| f == field && c != mine))
    })
}

/// "From midnight or at least 8 hours before": two cutoffs for one rule
/// joined by "or", with nothing to say which patients each is for; asked,
/// never one of them chosen.
pub(super) fn two_cutoffs_or(run: &super::clauses::Run, cx: &super::compose::Context<'_>) -> bool {
    use super::values::When;
    let cutoffs: Vec<_> = run
        .times
        .iter()
        .filter(|t| matches!(t.when, When::Amount { .. } | When::Clock { .. }))
        .collect();
    cutoffs.windows(2).any(|pair| {
        let between = cx.toks.get(pair[0].end..pair[1].first).unwrap_or_default();
        between.len() <= 2 && between.iter().any(|x| x.is("or"))
    })
}

/// "You may either drink clear fluids up to 3 hours before or have nothing
/// from midnight": two cutoffs the sentence offers as alternatives, its
/// "either" before the first and its "or" between them, however far
/// apart; asked, as the patient is to follow the one they are given.
pub(super) fn either_cutoff(cx: &super::compose::Context<'_>) -> bool {
    use super::tokens::Kind;
    let t = cx.toks;
    let timed = |x: &super::tokens::Tok| {
        matches!(x.kind, Kind::Number(_) | Kind::Clock(..)) || x.is("midnight") || x.is("noon")
    };
    let Some(either) = t.iter().position(|x| x.is("either")) else {
        return false;
    };
    t.iter()
        .enumerate()
        .skip(either + 1)
        .any(|(o, x)| x.is("or") && t[either..o].iter().any(timed) && t[o + 1..].iter().any(timed))
}

/// "No driving for 24 hours" and, elsewhere or in the same sentence, "not
/// for the rest of the day" or "only after a night's sleep": the longer
/// ban holds, and holds the shorter one in it. The sentences of the
/// longer bans, and whether a rest-of-day ban in another sentence lies
/// inside one too.
/// In another sentence, two lengths are two values (asked), unless the
/// sheet gives its driving ban as a least ("for at least 24 hours"), or
/// says when driving is fine again ("fit to drive after a night's sleep"):
/// the rest of the day lies inside it.
pub(super) fn rest_of_day_inside(proposals: &[&Proposal], sentences: &[Sentence]) -> (Vec<usize>, bool) {
    let words = |i: usize| sentences.get(i).map_or(String::new(), |s| s.text.to_lowercase());
    let next_morning = |p: &Proposal| {
        matches!(
            p.rule,
            Proposed::NoDriving {
                rule: NoDriving::NextMorning
            }
        )
    };
    let longer_ban: Vec<usize> = proposals
        .iter()
        .filter(|p| {
            next_morning(p)
                || matches!(p.rule, Proposed::NoDriving { rule: NoDriving::Hours { hours } } if hours >= HOURS_PAST_THE_DAY)
        })
        .map(|p| p.sentence)
        .collect();
    let least = !longer_ban.is_empty()
        && sentences.iter().any(|s| {
            let words = s.text.to_lowercase();
            words.contains("driv") && (words.contains("at least") || words.contains("a minimum of"))
        });
    let fine_again = proposals.iter().any(|p| {
        let w = words(p.sentence);
        next_morning(p) && ["fit to", "safe to"].iter().any(|x| w.contains(x))
    });
    (longer_ban, least || fine_again)
}

/// A driving ban of this many hours reaches past the end of the session
/// day for any session, so it holds "the rest of the day".
// Not a care number: a day's length, to compare two of the sheet's own bans.
const HOURS_PAST_THE_DAY: u32 = 24;

/// "Fast for 8 hours before, not even water" and, in another part of the
/// sheet, "nothing to eat or drink after midnight": the whole fast, food
/// and drink together, given two different times, one counted back and
/// one by the clock. Steady does not choose; both are asked, with the
/// proposals of those sentences as options. `for_some` marks a sentence
/// for some bookings only, which is no second value for everyone.
pub(super) fn two_whole_fasts(
    proposals: Vec<(Proposal, bool)>,
    sentences: &[Sentence],
    questions: &mut Vec<Question>,
    for_some: impl Fn(usize) -> bool,
) -> Vec<(Proposal, bool)> {
    let of = |s: usize, food: bool| {
        proposals.iter().find_map(|(p, _)| match (&p.rule, food) {
            (Proposed::SolidFood { cutoff }, true) | (Proposed::ClearLiquids { cutoff }, false) if p.sentence == s => {
                Some(cutoff.clone())
            }
            _ => None,
        })
    };
    let mut whole: Vec<(usize, Cutoff)> = Vec::new();
    for (p, _) in &proposals {
        if whole.iter().any(|(s, _)| *s == p.sentence) || for_some(p.sentence) {
            continue;
        }
        if let (Some(food), Some(drink)) = (of(p.sentence, true), of(p.sentence, false)) {
            if food == drink {
                whole.push((p.sentence, food));
            }
        }
    }
    let clock = |c: &Cutoff| matches!(c, Cutoff::Clock { .. });
    let torn = whole
        .iter()
        .any(|(_, a)| whole.iter().any(|(_, b)| clock(a) && !clock(b)));
    if !torn {
        return proposals;
    }
    let fast = |p: &Proposal| {
        matches!(p.rule, Proposed::SolidFood { .. } | Proposed::ClearLiquids { .. })
            && whole.iter().any(|(s, _)| *s == p.sentence)
    };
    let (asked, kept): (Vec<_>, Vec<_>) = proposals.into_iter().partition(|(p, _)| fast(p));
    for about in [Subject::SolidFood, Subject::ClearLiquids] {
        let options: Vec<Proposal> = asked
            .iter()
            .map(|(p, _)| p)
            .filter(|p| match about {
                Subject::SolidFood => matches!(p.rule, Proposed::SolidFood { .. }),
                _ => matches!(p.rule, Proposed::ClearLiquids { .. }),
            })
            .cloned()
            .collect();
        ask_two_values(about, options, sentences, questions);
    }
    kept
}

/// "You will not be able to eat on the day before" (asked: Steady keeps no
/// whole day) and, further down, "nothing to eat from midnight": the
/// later cutoff lies inside the whole day without food and adds nothing
/// to it, so it is no rule of its own beside the question.
pub(super) fn inside_a_day_without(
    proposals: Vec<Proposal>,
    sentences: &[Sentence],
    questions: &[Question],
) -> Vec<Proposal> {
    static WHOLE_DAY: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        super::pattern::compile(
            r"\b(?:not|no|nothing|cannot|can't|won't)\b[^.;]{0,40}\b(?:eat|food|solids?)\b[^.;]{0,20}?\b(?:on |for |during )?the (?:whole |entire )?day before\b",
        )
        .ok()
    });
    let whole_day = |i: usize| {
        sentences
            .get(i)
            .is_some_and(|s| WHOLE_DAY.as_ref().is_some_and(|re| re.is_match(&s.text.to_lowercase())))
    };
    let asked: Vec<usize> = questions
        .iter()
        .filter(|q| q.about == Subject::SolidFood && whole_day(q.sentence))
        .map(|q| q.sentence)
        .collect();
    proposals
        .into_iter()
        .filter(|p| {
            !(matches!(
                p.rule,
                Proposed::SolidFood {
                    cutoff: Cutoff::Clock { days_before: 0, .. }
                }
            ) && asked.iter().any(|s| *s != p.sentence))
        })
        .collect()
}
