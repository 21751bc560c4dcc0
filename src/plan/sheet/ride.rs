//! The escort and the ride home, read from a run (see `compose.rs`): an
//! adult needed or not, their age, whether they stay, come to the door or
//! may leave and come back, and whether a taxi or rideshare may take the
//! patient home.

use super::clauses::Run;
use super::compose::{add, source, Context, Words};
use super::found::Found;
use super::lexicon::{Cue, Topic};
use super::propose::TAXI_WORDS;
use super::taxi::{allowed_with_company, car_or_taxi, escort_taxi_at, taxi_offered_at, VEHICLE_WINDOW};
use super::values::{age_at, When};
use super::{Ask, Proposed, Subject};
use crate::facts::rules::{EscortPresence, Rideshare};

// ---- the escort and the ride ----

/// The first token of a topic in a run.
fn first_of(run: &Run, topic: impl Fn(Topic) -> bool) -> Option<usize> {
    run.topics
        .iter()
        .filter(|(t, ..)| topic(*t))
        .map(|(_, _, a, _)| *a)
        .min()
}

/// The escort or the ride is the subject, before the other topic: "your
/// driver must stay in the waiting room", "your ride must arrive 30
/// minutes before the end"; not "monitoring ... before you go home with
/// your companion".
pub(super) fn escort_before(run: &Run, cx: &Context<'_>, other: Topic) -> bool {
    let escort = first_of(run, |t| matches!(t, Topic::Escort | Topic::EscortNeeded | Topic::Ride));
    let other = first_of(run, |t| t == other);
    // "Please have you and your driver arrive": the patient too.
    let with_you = |e: usize| {
        let word = |k: Option<usize>| k.and_then(|k| cx.toks.get(k)).map_or("", |x| x.text.as_str());
        (word(e.checked_sub(2)) == "you" && word(e.checked_sub(1)) == "and")
            || (word(Some(e + 2)) == "you" && word(Some(e + 1)) == "and")
    };
    // (An escort the page's reader is stands where the other topic starts.)
    matches!((escort, other), (Some(e), Some(o)) if e <= o && !with_you(e))
}

/// "Wait in the lobby during the operation", "stay in the building for
/// the whole visit", "be present during your appointment": the escort
/// stays while the treatment lasts (not "stay with you throughout the
/// night", company at home).
fn waits_through(cx: &Context<'_>) -> bool {
    cx.toks.iter().enumerate().any(|(k, x)| {
        // "An adult who can wait and take you home": waits through the visit.
        let who_waits = x.is("wait") && k > 1 && cx.toks[k - 2].is("who") && cx.toks[k - 1].is("can");
        who_waits
            || ["stay", "stays", "wait", "waits", "remain", "remains", "present"].contains(&x.text.to_lowercase().as_str())
            && cx.toks[k + 1..(k + 1 + THROUGH_WINDOW).min(cx.toks.len())]
                .iter()
                .any(|y| ["during", "throughout", "whole", "entire", "through", "discharge"].iter().any(|w| y.is(w)))
            // "Stay with you throughout the next day": company at home.
            && !cx.toks[k + 1..(k + 1 + THROUGH_WINDOW).min(cx.toks.len())]
                .iter()
                .any(|y| ["home", "next", "night", "day", "hours"].iter().any(|w| y.is(w)))
    })
}

/// "An adult to take you home (not by bus)", "someone to drive you home;
/// you should not drive a car": every "not" or "no" in the sentence is
/// of a ride alone or of the patient's own driving, none of the escort.
/// Any other word of denial ("never", "without", "don't") is not known to
/// be elsewhere, so the escort stays denied.
fn negation_elsewhere(cx: &Context<'_>) -> bool {
    // The tokenizer's pieces of "don't" and "stay away from", beside the
    // words of "not" that the cues list.
    const PIECES: &[&str] = &["away", "don", "t", "n't"];
    let other_denial =
        |w: &str| PIECES.contains(&w) || (w != "no" && w != "not" && super::cues::one_word_denials().any(|d| d == w));
    const RIDE_ALONE: &[&str] = &[
        "taxi",
        "taxis",
        "cab",
        "cabs",
        "uber",
        "lyft",
        "bus",
        "public",
        "rideshare",
        "transport",
        "transit",
    ];
    let words: Vec<String> = cx.toks.iter().map(|x| x.text.to_lowercase()).collect();
    if words.iter().any(|w| other_denial(w)) {
        return false;
    }
    let word = |k: usize| words.get(k).map_or("", String::as_str);
    // "Or use a taxi (not a bus)": a ride alone that no "not" covers is
    // allowed, so no adult is required.
    let uncovered_ride = (0..words.len())
        .any(|k| RIDE_ALONE.contains(&word(k)) && !(k.saturating_sub(3)..k).any(|j| ["not", "no"].contains(&word(j))));
    if uncovered_ride {
        return false;
    }
    let mut denials = (0..words.len())
        .filter(|&k| ["not", "no"].contains(&word(k)))
        .peekable();
    denials.peek().is_some()
        && denials.all(|k| {
            let ride_alone = (1..=3).any(|d| RIDE_ALONE.contains(&word(k + d)));
            // "Not drive a car", "not drive yourself"; not "not drive you".
            let own_driving = ["drive", "driving"].contains(&word(k + 1))
                && !["you", "the", "them", "him", "her", "home"].contains(&word(k + 2));
            ride_alone || own_driving
        })
}

/// "An adult who can stay during the visit": each "can" or "may" in the
/// sentence says what the escort is able to do (after "who"), none what
/// the patient or the escort is allowed.
fn who_can(cx: &Context<'_>) -> bool {
    let allowing = |k: usize| {
        let x = &cx.toks[k];
        let modal = x.is("can") || x.is("may");
        let after_who = k.checked_sub(1).is_some_and(|j| cx.toks[j].is("who"));
        (modal && !after_who) || ["allowed", "permitted", "welcome"].iter().any(|w| x.is(w))
    };
    let said = cx
        .toks
        .iter()
        .enumerate()
        .any(|(k, x)| (x.is("can") || x.is("may")) && k > 0 && cx.toks[k - 1].is("who"));
    said && !(0..cx.toks.len()).any(allowing)
}

/// "Your partner may come in with you, but will then wait outside": a
/// "but" after what the escort may do takes the permission back in part,
/// so it is no place the escort is asked to be.
fn taken_back(cx: &Context<'_>) -> bool {
    let Some(may) = cx.toks.iter().position(|x| x.is("can") || x.is("may")) else {
        return false;
    };
    cx.toks[may..].iter().any(|x| x.is("but"))
}

/// How far after "wait" or "stay" the "during" may stand ("wait for you
/// in the office for the whole procedure").
// Not a care number: a reading window.
const THROUGH_WINDOW: usize = 8;

/// A title: a short line without a full stop whose longer words all
/// start with a capital ("Companion Information for Recovery").
fn title_line(text: &str) -> bool {
    let t = text.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    words.len() >= 2
        && !t.ends_with(['.', '!', '?'])
        && !t.chars().any(|c| c.is_ascii_digit())
        && words
            .iter()
            .filter(|w| w.chars().count() > 3)
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// How near "alone" stands to the taxi it is said of, in tokens.
// Not a care number: a reading window ("a taxi alone", "no rideshare on your own").
const ALONE_WINDOW: usize = 4;

/// The escort stands before the taxi, and the taxi is what they travel in
/// ("take you home in a car or taxi", "by taxi").
fn escort_rides_in(run: &Run, cx: &Context<'_>) -> bool {
    let escort = first_of(run, |t| matches!(t, Topic::Escort | Topic::EscortNeeded));
    run.topics.iter().any(|&(t, _, a, _)| {
        t == Topic::Rideshare
            && escort.is_some_and(|e| e < a)
            && cx.toks[a.saturating_sub(VEHICLE_WINDOW)..a]
                .iter()
                .any(|x| x.text == "in" || x.text == "by")
    })
}

/// "You may not drive and must be collected by a friend or a taxi": each
/// "not" is said of driving, and a new "must" (or "should", "will") after
/// it opens what the patient is asked instead.
fn not_of_driving_only(cx: &Context<'_>) -> bool {
    let toks = cx.toks;
    let nots: Vec<usize> = (0..toks.len())
        .filter(|&k| ["not", "never", "n't"].iter().any(|w| toks[k].is(w)))
        .collect();
    !nots.is_empty()
        && nots.iter().all(|&k| {
            toks.get(k + 1).is_some_and(|x| x.is("drive") || x.is("driving"))
                && toks[k + 1..]
                    .iter()
                    .any(|x| ["must", "should", "will", "needs", "need"].iter().any(|w| x.is(w)))
        })
}

/// "Leave" said of someone or something else than the escort: the patient
/// ("before you leave", "until the doctor lets you leave") or things left
/// with the escort ("leave your phone with your driver"). True when every
/// "leave" of the sentence is such, and nothing says coming back.
fn others_leave(cx: &Context<'_>) -> bool {
    let word = |k: Option<usize>| k.and_then(|k| cx.toks.get(k)).map_or("", |x| x.text.as_str());
    let mut leaves = cx.toks.iter().enumerate().filter(|(_, x)| x.text == "leave").peekable();
    if leaves.peek().is_none()
        || cx
            .toks
            .iter()
            .any(|x| ["back", "return", "drop"].contains(&x.text.as_str()))
    {
        return false;
    }
    leaves.all(|(k, _)| {
        let the_patient = word(k.checked_sub(1)) == "you"
            && [
                "before", "when", "until", "once", "after", "as", "lets", "let", "allows",
            ]
            .contains(&word(k.checked_sub(2)))
            // "To say when you are ready to leave": the patient's
            // readiness to go home, said to whoever collects them.
            || (word(k.checked_sub(1)) == "to"
                && ["ready", "fit", "well"].contains(&word(k.checked_sub(2)))
                && ["are", "'re", "is"].contains(&word(k.checked_sub(3))));
        let a_thing = [
            "things",
            "your",
            "valuables",
            "belongings",
            "jewellery",
            "jewelry",
            "items",
            "it",
            "them",
            "all",
            "any",
        ]
        .contains(&word(Some(k + 1)));
        // "Wait during the procedure and leave with you": the escort
        // leaves together with the patient, not before.
        let together = word(Some(k + 1)) == "with" && ["you", "the", "them"].contains(&word(Some(k + 2)));
        // "For at leave 12 hours": a slip for "at least", no one leaving.
        let a_length = word(k.checked_sub(1)) == "at"
            && cx
                .toks
                .get(k + 1)
                .is_some_and(|x| matches!(x.kind, super::tokens::Kind::Number(_)));
        // "They will have to leave the treatment room": the room, not the
        // building.
        let a_room = word(Some(k + 1)) == "the"
            && [
                "room",
                "treatment",
                "procedure",
                "operating",
                "exam",
                "examination",
                "theatre",
                "bedside",
            ]
            .contains(&word(Some(k + 2)));
        the_patient || a_thing || together || a_length || a_room
    })
}

pub(super) fn escort(run: &Run, cx: &Context<'_>, found: &mut Found) {
    let is_escort = |t: Topic| matches!(t, Topic::Escort | Topic::EscortNeeded);
    // "a support person with you": a person, who may be the ride home.
    let person_with_you = run.topics.iter().any(|&(t, _, a, b)| {
        t == Topic::SomeoneStays && cx.toks[a..b.min(cx.toks.len())].iter().any(|x| x.is("person"))
    });
    let escort = run.topics.iter().any(|(t, ..)| is_escort(*t)) || person_with_you;
    let not = run.cue(Cue::Not) && !not_of_driving_only(cx);
    // "An adult must drop you off": the ride there; leaving and coming
    // back is said only with a pick-up or a return.
    let lower_text = cx.text.to_lowercase();
    let drop_off_only = ["drop you off", "drop off", "drops you off"]
        .iter()
        .any(|w| lower_text.contains(w))
        && !["pick", "collect", "come back", "return", "back"]
            .iter()
            .any(|w| lower_text.contains(w));
    let leave = run.cue(Cue::Leave) && !others_leave(cx) && !drop_off_only;
    // "A family member, a friend, or a rideshare": a taxi is one of the
    // rides allowed, so no adult is required.
    // "A responsible adult should ... take you home in a car or taxi": the
    // taxi is how the adult takes the patient, not a ride alone.
    let escort_vehicle = escort && escort_rides_in(run, cx);
    // "Many patients use Uber or a car service": what patients do, so it
    // is allowed.
    let used = ["use", "uses", "used", "using"]
        .iter()
        .any(|w| cx.toks.iter().any(|x| x.text == *w));
    // "You may come to the clinic by Uber": the way there says nothing of
    // the way home, when the patient cannot drive.
    let lower = cx.text.to_lowercase();
    let way_there_only = ["come to", "get to", "travel to", "come in", "arrive"]
        .iter()
        .any(|w| lower.contains(w))
        && !["home", "back", "leave", "leaving", "after", "and from"]
            .iter()
            .any(|w| lower.contains(w));
    let rideshare_allowed = run.has(Topic::Rideshare)
        && !way_there_only
        && !escort_vehicle
        && !not
        && !run.cue(Cue::Stop)
        && !run.cue(Cue::Alone)
        && !run.cue(Cue::If)
        && (run.cue(Cue::May) || run.cue(Cue::Must) || (used && !escort));
    // "Your ride must come up to our office", "your ride must arrive 30
    // minutes before the end": the ride is someone, and what they do.
    let ride_does = run.has(Topic::Ride)
        && (run.cue(Cue::ComeIn)
            || run.cue(Cue::Leave)
            || escort_before(run, cx, Topic::Arrive)
            || escort_before(run, cx, Topic::StayAfter));
    // "Transport home and adult supervision overnight": the adult is who
    // stays, and who gives the ride is not said.
    let supervised_only = escort
        && !run.has(Topic::EscortNeeded)
        && ["adult supervision", "supervision by an adult", "supervised by an adult"]
            .iter()
            .any(|w| cx.text.to_lowercase().contains(w));
    // "Arrange a ride home": who may give it is not said.
    if run.has(Topic::Ride)
        && (!escort || supervised_only)
        && !ride_does
        && !run.has(Topic::Rideshare)
        && run.cue(Cue::Must)
        && !not
    {
        found.ask(
            Ask::WhoDrives,
            Subject::EscortRequired,
            vec![Proposed::EscortRequired],
            source(run, |t| t == Topic::Ride),
        );
    }
    if escort {
        let w = source(run, is_escort);
        // "Your escort may not leave": the "not" is the leaving's.
        // "You will not be treated unless an adult is taking you home": the
        // escort is the condition of the treatment, so required.
        let unless = cx.toks.iter().position(|x| x.is("unless"));
        let required_by_unless = unless.is_some_and(|u| {
            // Not "no taxi unless an adult is with you": the taxi's condition.
            run.topics.iter().any(|&(t, _, a, _)| is_escort(t) && a > u)
                && !run.topics.iter().any(|&(t, _, a, _)| t == Topic::Rideshare && a < u)
                && cx.toks[..u]
                    .iter()
                    .any(|x| ["not", "cannot", "n't"].iter().any(|w| x.is(w)))
        });
        let escort_denied = not && !leave && !negation_elsewhere(cx) && !required_by_unless;
        // "Please bring a driver"; not "you may bring a friend".
        let brought = run.cue(Cue::Bring) && (!run.cue(Cue::May) || super::who_can::only_who_can(cx.text));
        // "Have someone drive you home": an order, as "please have" is.
        let opening = cx.toks.iter().position(|x| x.punct().is_none());
        let have = opening.is_some_and(|k| cx.toks[k].is("have") && !cx.toks.get(k + 1).is_some_and(|x| x.is("you")))
            && !cx.text.trim_end().ends_with('?');
        let needed = run.has(Topic::EscortNeeded) || run.cue(Cue::Must) || brought || have || required_by_unless;
        // "A responsible adult should stay with you for the rest of the
        // day": someone staying, not the ride home.
        let ride_words = [
            "home",
            "drive",
            "driver",
            "pick",
            "collect",
            "escort",
            "ride",
            "transport",
            "transportation",
        ];
        // "... for several hours after getting home": home is where they stay.
        // "... to go with you when you leave hospital": the way home.
        let leaving = |k: usize| {
            ["leave", "leaving"].contains(&cx.toks[k].text.as_str())
                && k.checked_sub(1)
                    .is_some_and(|j| ["you", "on"].contains(&cx.toks[j].text.as_str()))
        };
        let at_home = |k: usize| {
            cx.toks[k].text == "home"
                && k.checked_sub(1).is_some_and(|j| {
                    ["at", "getting", "get", "gets", "arriving", "arrive", "reaching"]
                        .contains(&cx.toks[j].text.as_str())
                })
        };
        // "When you go home, have a support person with you overnight":
        // going home is when, and the night is how long they stay.
        // Not "someone must go home with you", who is the ride.
        let go_home = |k: usize| {
            cx.toks[k].text == "home"
                && k.checked_sub(1)
                    .is_some_and(|j| ["go", "going", "goes"].contains(&cx.toks[j].text.as_str()))
                && !cx.toks.get(k + 1).is_some_and(|x| x.is("with"))
        };
        let a_night = run
            .times
            .iter()
            .any(|t| matches!(t.when, When::NextMorning | When::Amount { .. }));
        let only_staying = run.has(Topic::SomeoneStays)
            && !cx.toks.iter().enumerate().any(|(k, x)| {
                (ride_words.contains(&x.text.as_str()) && !at_home(k) && !(a_night && go_home(k))) || leaving(k)
            });
        // "Arrange for someone else to care for your children": care for
        // the patient's dependants, not the ride.
        let lower = cx.text.to_lowercase();
        let for_dependants = ["care for them", "look after them", "someone else to"]
            .iter()
            .any(|w| lower.contains(w));
        // "Whoever comes with the patient should stay": said of a
        // companion if there is one, which asks for none.
        let if_any = cx.toks.iter().any(|x| x.is("whoever"));
        if needed
            && !escort_denied
            && !rideshare_allowed
            && !only_staying
            && !for_dependants
            && !supervised_only
            && !if_any
        {
            add(found, cx, Words::of(run, is_escort, None), Proposed::EscortRequired, w);
        }
        // "over the age of 21", "18 years or older", "who should be 18 or
        // over": an age anywhere in a sentence about the escort.
        // "If you are under age 18, bring a parent": the patient's own age,
        // which says who needs an escort, not how old the escort must be.
        // "Patients under the age of 18": an age under which, the patient's.
        let patients_age = |i: usize| {
            (i.saturating_sub(4)..i)
                .any(|k| cx.toks[k].text == "you" && cx.toks.get(k + 1).is_some_and(|x| x.is("are") || x.is("'re")))
                || (i > 0 && (cx.toks[i - 1].is("under") || cx.toks[i - 1].is("below")))
        };
        if let Some((age, i, e)) = (0..cx.toks.len())
            .filter(|&i| !patients_age(i))
            .find_map(|i| age_at(cx.toks, i).map(|(a, e)| (a, i, e)))
        {
            found.add(Proposed::EscortMinAge { age }, w, Some(cx.bytes(i, e)));
        }
    }
    if escort || ride_does {
        let is_escort = |t: Topic| matches!(t, Topic::Escort | Topic::EscortNeeded | Topic::Ride);
        let w = source(run, is_escort);
        let during = run.times.iter().any(|t| t.when == When::During);
        // "Someone who can stay in the office": what the escort must be
        // able to do is asked of them, not allowed.
        let may = run.cue(Cue::May) && !who_can(cx);
        // "Escort Information for Recovery": a title names the subject of
        // what follows and asks nothing of the escort.
        let presence = if title_line(cx.text) {
            None
        } else if leave {
            Some(match not {
                true => EscortPresence::StaysOnSite,
                false => EscortPresence::MayLeaveAndReturn,
            })
        } else if (!cx.text.to_lowercase().contains("stay at home")
            && ((escort_before(run, cx, Topic::StayAfter) && !may) || (run.has(Topic::SomeoneStays) && during && !may))
            && !not)
            || (waits_through(cx) && !not && !may && !run.has(Topic::SomeoneStays))
        {
            Some(EscortPresence::StaysOnSite)
        } else if run.cue(Cue::ComeIn) && !not && !taken_back(cx) {
            Some(EscortPresence::ComesToDoor)
        } else {
            None
        };
        if let Some(presence) = presence {
            add(
                found,
                cx,
                Words::of(run, is_escort, None),
                Proposed::EscortPresence { presence },
                w,
            );
        }
    }
    // "A taxi driver does not count as your escort": a taxi only with the
    // escort, not no taxi at all.
    let who_counts = {
        let lower = cx.text.to_lowercase();
        lower.contains("count as") || lower.contains("counts as")
    };
    if run.has(Topic::Rideshare) {
        let is_ride = |t: Topic| t == Topic::Rideshare;
        let w = source(run, is_ride);
        // "No taxi alone": "alone" said of the taxi, not "if you come on
        // your own, ... before you take public transport home". Not "do
        // not go home alone, by bus or by taxi" either: an "alone" before
        // the taxi that a comma closes is one of the ways home listed, each
        // banned, and the taxi is banned on its own ("a taxi alone, ..." is
        // still said of the taxi).
        let alone_near = run.topics.iter().any(|&(t, _, a, b)| {
            let lo = a.saturating_sub(ALONE_WINDOW);
            t == Topic::Rideshare
                && cx.toks[lo..(b + ALONE_WINDOW).min(cx.toks.len())]
                    .iter()
                    .enumerate()
                    .any(|(k, x)| {
                        let listed = lo + k < a && cx.toks.get(lo + k + 1).and_then(|y| y.punct()) == Some(',');
                        ["alone", "own", "yourself", "unaccompanied", "unescorted", "without"]
                            .contains(&x.text.as_str())
                            && !listed
                    })
        });
        // "You may take a taxi as long as someone goes with you": a taxi
        // on the condition that someone rides along.
        let lower = cx.text.to_lowercase();
        let with_someone = [
            "as long as",
            "so long as",
            "provided",
            "only if",
            "on condition",
            "unless",
        ]
        .iter()
        .any(|w| lower.contains(w))
            && ["with you", "accompan", "someone", "escort", "adult"]
                .iter()
                .any(|w| lower.contains(w))
            || allowed_with_company(&lower);
        // "Your escort takes you home by car or taxi and not by bus": the
        // "not" comes after the escort's taxi and is said of another ride.
        let not_at = cx.toks.iter().enumerate().position(|(k, x)| {
            ["not", "never", "n't"].contains(&x.text.to_lowercase().as_str())
                || (x.is("rather") && cx.toks.get(k + 1).is_some_and(|y| y.is("than")))
        });
        let not_of_another = matches!((escort_taxi_at(cx), not_at), (Some(taxi), Some(no)) if no > taxi);
        // "A friend can take you home, or take a taxi (do not use the
        // bus)": a taxi offered in place of the friend, and the "not" said
        // after it of buses only.
        let offered = taxi_offered_at(cx);
        let not_of_transit = match (offered, not_at) {
            (Some(taxi), Some(no)) => {
                let after_no = lower.get(cx.bytes(no, no + 1).0..).unwrap_or_default();
                no > taxi && !TAXI_WORDS.iter().any(|w| after_no.contains(w))
            }
            _ => false,
        };
        if offered.is_some() && (!not || not_of_transit) && !with_someone && !run.cue(Cue::Alone) {
            add(
                found,
                cx,
                Words::of(run, is_ride, None),
                Proposed::Rideshare {
                    rideshare: Rideshare::Allowed,
                },
                w,
            );
            return;
        }
        let rideshare = if who_counts
            || with_someone
            || car_or_taxi(cx)
            || (escort_vehicle && !not)
            || not_of_another
            || (run.cue(Cue::Alone) && alone_near)
            || (not && escort && run.cue(Cue::If))
        {
            Some(Rideshare::OnlyWithEscort)
        } else if not || run.cue(Cue::Stop) {
            Some(Rideshare::NotAllowed)
        } else if run.cue(Cue::Must) && run.cue(Cue::If) && (escort || run.has(Topic::SomeoneStays)) {
            // "If you take a taxi, you must still have someone with you."
            Some(Rideshare::OnlyWithEscort)
        } else if run.cue(Cue::May) && escort && run.cue(Cue::If) {
            // "A taxi is fine if your escort rides with you."
            Some(Rideshare::OnlyWithEscort)
        } else if rideshare_allowed {
            Some(Rideshare::Allowed)
        } else {
            None
        };
        if let Some(rideshare) = rideshare {
            add(
                found,
                cx,
                Words::of(run, is_ride, None),
                Proposed::Rideshare { rideshare },
                w,
            );
        }
    }
}
