//! What a run's words say about its medicines besides their names: that
//! they are all inside one bracket, that "take" stands before them, that
//! the usual ones are kept before a "but", that the words only inform the
//! clinic, or that "keep" is said of something else. `medicines.rs` reads
//! the rules from these.

use std::sync::LazyLock;

use regex::Regex;

use super::clauses::Run;
use super::compose::Context;
use super::lexicon::Topic;
use super::tokens::Tok;

/// The bracket every medicine of the run is named in, as token indices of
/// its "(" and ")", when some time of the run stands outside it.
pub(super) fn bracket_of_medicines(run: &Run, cx: &Context<'_>) -> Option<(usize, usize)> {
    let toks = cx.toks;
    let enclosing = |at: usize| {
        let open = (0..at.min(toks.len()))
            .rev()
            .find(|&i| toks[i].is("(") || toks[i].is(")"))?;
        let close = (at..toks.len()).find(|&i| toks[i].is("(") || toks[i].is(")"))?;
        (toks[open].is("(") && toks[close].is(")")).then_some((open, close))
    };
    let mut medicines = run.topics.iter().filter(|(t, ..)| {
        matches!(
            t,
            Topic::Medicine(_) | Topic::Medications | Topic::OtherMedicine | Topic::UsualMedicines
        )
    });
    let first = enclosing(medicines.next()?.2)?;
    let all_inside = medicines.all(|m| enclosing(m.2) == Some(first));
    let time_outside = run.times.iter().any(|t| t.first < first.0 || t.end > first.1);
    (all_inside && time_outside).then_some(first)
}

/// "Take your medicines", "take all your tablets": "take" stands right
/// before the medicines it is said of (not "medications safe to take").
pub(super) fn take_before_medicines(run: &Run, cx: &Context<'_>) -> bool {
    run.topics.iter().any(|&(t, _, a, _)| {
        t == Topic::Medications
            && cx.toks[a.saturating_sub(TAKE_WINDOW)..a]
                .iter()
                .any(|x| x.is("take") || x.is("taken"))
    })
}

/// How far before its medicines "take" may stand: "take all of your".
// Not a care number: a reading window.
const TAKE_WINDOW: usize = 4;

/// The run takes the usual medicines first, with no "not" before them,
/// and a "but" or "except" after them before any other words of the rule.
pub(super) fn usual_before_but(run: &Run, cx: &Context<'_>) -> bool {
    but_after_usual(run, cx).is_some()
}

/// Where the "but" or "except" stands that follows the usual medicines
/// kept (see [`usual_before_but`]).
pub(super) fn but_after_usual(run: &Run, cx: &Context<'_>) -> Option<usize> {
    let &(_, _, a, b) = run.topics.iter().find(|(t, ..)| *t == Topic::UsualMedicines)?;
    let said = |from: usize, to: usize, words: &[&str]| {
        cx.toks[from.min(to)..to.min(cx.toks.len())]
            .iter()
            .any(|x| words.contains(&x.text.as_str()))
    };
    const NOT: &[&str] = &["not", "don't", "no", "stop", "avoid", "hold", "skip", "never"];
    let but = cx.toks[b.min(cx.toks.len())..]
        .iter()
        .position(|x| x.is("but") || x.is("except"))
        .map(|k| b + k);
    (said(0, a, &["take", "continue", "keep", "carry"]) && !said(0, a, NOT))
        .then_some(but?)
        .filter(|&k| !said(b, k, NOT) && run.topics.iter().any(|(_, _, x, _)| *x > k))
}

/// "Tell us about every medication you are taking", "tell your doctor if
/// you have ever had an allergic reaction to a medicine" or if you have
/// had trouble with a medicine before, "talk with your
/// doctor before you start or stop any medicine": what the clinic should
/// know, or a leaflet's advice for any medicine; no medicine of the
/// patient's to ask about before the visit.
pub(super) fn only_informs(text: &str, names: &[(Option<usize>, String)]) -> bool {
    static INFORMING: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(concat!(
            // "Tell us about the medications you already take", "about all your
            // current medicines": what the patient takes, for the clinic to know.
            r"\b(?:tell|inform|let) (?:us|your \w+)(?: know)? (?:about|of) (?:(?:all|any|every|each)(?: of)? )?(?:the |your )?(?:current |usual |regular |other )?(?:medicines?|medications?|meds|drugs)\b",
            // "If you take medications on a regular basis, please tell our
            // office": that the patient takes some, for the clinic to know.
            // "If you have a condition or take any other medicine, you must
            // tell your doctor": the same, any medicine of a kind; not "if
            // you take heart medicine, tell us": that kind asked about.
            r"|\bif you (?:[a-z]+ ){0,6}?(?:take|are taking|use|are on) (?:any (?:[a-z]+ (?:or [a-z]+ )?)?)?(?:medicines?|medications?|meds|drugs)(?: on a regular basis| regularly| daily| every day| at present| currently| now)?,? (?:you (?:must|should|need to) )?(?:please )?(?:tell|inform|let)\b",
            // "If you have any questions about your medicines, call us": help
            // offered, no rule.
            r"|\bif you have (?:any )?(?:questions?|queries|concerns?|doubts?)\b",
            // "Medicines the doctor has not discussed": no talk was had.
            r"|\b(?:has|have) not (?:discussed|talked about|mentioned)\b",
            // "Ask your doctor about your diet": the talk is about food.
            r"|\b(?:ask|talk to|talk with|speak to|speak with|check with) (?:your |the )?[a-z ]{0,30}?about your (?:diet|meals?|food|eating)\b",
            r"|\b(?:start|starting) or (?:stop|stopping) (?:any|a) (?:new )?(?:medicines?|medications?|meds|drugs)\b",
            // "Tell your nurse if you have had ... on earlier visits": the patient's history.
            r"|\b(?:tell|inform|let) (?:us|your \w+)(?: know)? if you (?:have |'ve )?(?:ever )?had\b",
        ))
        .ok()
    });
    let lower = text.to_lowercase();
    let named_class = names.iter().any(|(class, _)| class.is_some());
    !named_class && (lower.contains("allerg") || INFORMING.as_ref().is_some_and(|re| re.is_match(&lower)))
}

/// "Keep all appointments ... while on this medicine", "keep a list of
/// your medicines", "medicine given to help you keep still", "the drip
/// keeps you from feeling pain": "keep" said of something else than
/// taking medicines.
pub(super) fn keeps_something_else(text: &str) -> bool {
    static KEEP_OTHER: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(r"\bkeeps? (?:all |your |up |a |an )?(?:appointments?|check-ups?|track|records?|lists?|diary|away|hydrated|warm|eye|in mind|out of|still|calm|quiet|comfortable|relaxed|(?:your |the )?(?:head|eyes?|arm|body) still|(?:you|them|him|her) (?:from|asleep|comfortable|relaxed|calm))\b").ok()
    });
    let lower = text.to_lowercase();
    KEEP_OTHER.as_ref().is_some_and(|re| re.is_match(&lower))
        && !["keep taking", "continue", "as usual", "as normal", "as prescribed"]
            .iter()
            .any(|w| lower.contains(w))
}

/// "Any medicines you are not holding can be taken with a sip of water",
/// "take them with only enough water to swallow them", "should be taken
/// as scheduled, with a sip of water": the medicines kept, with the little
/// water the fast allows. Not "do not take ... even with a sip", nor "if
/// your doctor has advised so" (the doctor decides).
pub(super) fn taken_with_a_sip(text: &str) -> bool {
    // "Taken ... with a sip": the sip goes with the taking, not "sips of
    // water are allowed with medication safe to take".
    static TAKEN_WITH_SIP: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(r"\b(?:take|taken|taking|swallow)\b[^.;!?]{0,40}\bwith\b[^.;!?]{0,25}\b(?:sips?|enough water to swallow|little water|small amount of water|mouthful of water|glass of water)\b").ok()
    });
    static REFUSED: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(r"\b(?:do not|don't|not to|never|stop|hold|skip|avoid) (?:take|taking)\b|\b(?:if|unless) (?:so )?(?:advised|told|instructed|your doctor|your physician)|\bif your doctor\b|\bwhich\b").ok()
    });
    // "Unless your physician tells you otherwise": the default is the
    // taking, so that exception refuses nothing ("if your doctor says so"
    // still waits on the doctor).
    static OTHERWISE: LazyLock<Option<Regex>> =
        LazyLock::new(|| super::pattern::compile(r"\bunless [^.;!?,]{0,40}?\botherwise\b").ok());
    let lower = text.to_lowercase();
    let lower = match OTHERWISE.as_ref() {
        Some(re) => re.replace_all(&lower, "").into_owned(),
        None => lower,
    };
    let is = |re: &LazyLock<Option<Regex>>| re.as_ref().is_some_and(|re| re.is_match(&lower));
    is(&TAKEN_WITH_SIP) && !is(&REFUSED)
}

/// The run's medicines are kept except some ("take your usual medicines,
/// except diabetes medicines, which you should hold"), and every word of
/// not taking stands after the first of those left out: it is said of
/// them, not of the medicines kept.
pub(super) fn negation_after_except(run: &Run, cx: &Context<'_>) -> bool {
    const NOT: &[&str] = &[
        "not", "don't", "no", "stop", "avoid", "hold", "skip", "never", "omit", "withhold",
    ];
    let Some(first_left_out) = run.except.iter().map(|&(_, a, _)| a).min() else {
        return false;
    };
    let kept_before = run
        .topics
        .iter()
        .any(|&(t, _, a, _)| a < first_left_out && matches!(t, Topic::UsualMedicines | Topic::Medications));
    let not_at = |i: usize| NOT.contains(&cx.toks[i].text.as_str());
    kept_before && !(0..first_left_out.min(cx.toks.len())).any(not_at) && (first_left_out..cx.toks.len()).any(not_at)
}

/// Whether a run's medicine words make no rule on a medicine: "it can take
/// a day for the drugs to leave your body" says how long something lasts;
/// "sedatives (alcohol or cannabis)" names by its bracket what is not a
/// medicine; "do not drive for a day after taking the sedation medicine"
/// counts another rule's time from the dose.
pub(super) fn no_medicine_rule(run: &Run, cx: &Context<'_>) -> bool {
    static HOW_LONG: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(
            r"\bit (?:can |may |might |will |could |usually |often )?takes? (?:up to |about |around |at least )?\d",
        )
        .ok()
    });
    let lower = cx.text.to_lowercase();
    if HOW_LONG.as_ref().is_some_and(|re| re.is_match(&lower)) {
        return true;
    }
    let toks = cx.toks;
    let is_medicine = |t: Topic| {
        matches!(
            t,
            Topic::Medicine(_) | Topic::Medications | Topic::OtherMedicine | Topic::UsualMedicines
        )
    };
    let medicines: Vec<(usize, usize)> = run
        .topics
        .iter()
        .filter(|(t, ..)| is_medicine(*t))
        .map(|&(_, _, a, b)| (a, b))
        .collect();
    if medicines.is_empty() {
        return false;
    }
    let named_as_drugs = medicines.iter().all(|&(_, b)| {
        toks.get(b).is_some_and(|x| x.is("("))
            && run
                .topics
                .iter()
                .any(|&(t, _, a, _)| t == Topic::AlcoholDrugs && a == b + 1)
    });
    // The dose another rule counts from: "after taking the", "after your".
    let counted_from = |a: usize| {
        let mut k = a;
        while k > 0
            && [
                "the",
                "your",
                "this",
                "any",
                "last",
                "dose",
                "of",
                "sedation",
                "sedative",
                "prescribed",
            ]
            .iter()
            .any(|w| toks[k - 1].is(w))
        {
            k -= 1;
        }
        // "Or while you are taking pain medicine": the medicine is how
        // long another rule lasts, not a rule on it.
        let near = &toks[k.saturating_sub(DURING_WINDOW)..k];
        let during = near
            .iter()
            .position(|x| x.is("while") || x.is("whilst"))
            .is_some_and(|w| near[w..].iter().any(|x| x.is("taking") || x.is("on")));
        during || (k >= 2 && toks[k - 1].is("taking") && toks[k - 2].is("after"))
    };
    named_as_drugs || medicines.iter().all(|&(a, _)| counted_from(a)) || given_at_the_visit(toks, &medicines)
}

/// "You will be given medicine to relax you": what the clinic gives at
/// the visit, no rule on the patient's own medicines ("to reduce
/// discomfort" is what it is for, not fewer doses). Not when the patient
/// is asked to take, stop or bring it (branch tune-cd).
fn given_at_the_visit(toks: &[Tok], medicines: &[(usize, usize)]) -> bool {
    const DETERMINERS: &[&str] = &["a", "an", "some", "the", "any"];
    const PATIENT_DOES: &[&str] = &["take", "taking", "stop", "hold", "bring", "skip", "continue"];
    let given = |a: usize| {
        let mut k = a;
        while k > 0 && DETERMINERS.iter().any(|w| toks[k - 1].is(w)) {
            k -= 1;
        }
        (k >= 2 && toks[k - 1].is("given") && toks[k - 2].is("be")) || (k >= 1 && toks[k - 1].is("receive"))
    };
    !toks.iter().any(|x| PATIENT_DOES.iter().any(|w| x.is(w))) && medicines.iter().all(|&(a, _)| given(a))
}

/// How many words before a medicine "while you are taking" may start
/// ("while you are taking pain medication").
// Not a care number: a reading window.
const DURING_WINDOW: usize = 6;

/// "Take it on the day, after discussing this with your doctor", "follow
/// your doctor's instructions about taking them", "ask whether you may
/// take it", "you will be told whether to stop them": the taking waits on
/// a word from the prescriber, so it is the
/// prescriber to ask, not the usual medicines kept.
pub(super) fn asks_first(text: &str) -> bool {
    static FIRST: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(concat!(
            r"\bafter (?:first )?(?:discussing|talking|speaking|checking|consulting)\b",
            r"|\bafter you have (?:discussed|talked|spoken|checked|consulted)\b",
            r"|\bfollow (?:your|the) [a-z' ]{0,30}?(?:instructions|advice|directions) (?:about|on|for) (?:taking|using|your med|the med|them|it)\b",
            r"|\bask (?:us |your \w+ )?(?:whether|if) (?:you )?(?:may|can|should) (?:take|continue|keep)\b",
            // "You will be told whether you should stop any of them": the
            // prescriber's word to wait for.
            r"|\b(?:you will|you'll) (?:also )?be (?:told|advised|informed) (?:whether|if|which|when)\b",
            // "Which you may take if your surgeon and anaesthetist agree":
            // a permission that waits on the doctors' word, asked first.
            r"|\bif (?:your|the) (?:doctor|consultant|anaesthetist|anesthetist|surgeon|prescriber|gp|specialist)s?(?: and (?:your |the )?(?:doctor|consultant|anaesthetist|anesthetist|surgeon|prescriber|gp|specialist))? (?:agree|agrees|approve|approves|allow|allows|says so|say so)\b",
        ))
        .ok()
    });
    FIRST.as_ref().is_some_and(|re| re.is_match(&text.to_lowercase()))
}

/// "Take all your usual medicines unless you are told not to", "unless
/// your doctor tells you not to": the only
/// "not" stands in the exception, which is the clinic's word later, so the
/// medicines are kept, not stopped.
pub(super) fn not_only_unless_told(text: &str) -> bool {
    static UNLESS: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(
            r"\bunless (?:(?:you are |you're |you have been |you've been )?(?:told|instructed|advised|asked)|(?:your|the) \w+ (?:tells|instructs|advises|asks) you) not to\b",
        )
        .ok()
    });
    static NOT_BEFORE: LazyLock<Option<Regex>> =
        LazyLock::new(|| super::pattern::compile(r"\b(?:not|don't|no|never|stop|hold|skip|avoid|omit)\b").ok());
    let lower = text.to_lowercase();
    let Some(m) = UNLESS.as_ref().and_then(|re| re.find(&lower)) else {
        return false;
    };
    !NOT_BEFORE.as_ref().is_some_and(|re| re.is_match(&lower[..m.start()]))
}

/// "Your doctor will instruct you on when to stop them", "your surgeon
/// will tell you whether to take it": the prescriber's word to wait for,
/// said by whom. Said of medicines the sheet names; of medicines in
/// general it names none to ask about.
pub(super) fn prescriber_will_say(text: &str) -> bool {
    static WILL_SAY: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(concat!(
            r"\b(?:doctor|surgeon|physician|anaesthetist|anesthetist|prescriber|gp|specialist|nurse|team|cardiologist|consultant)s? ",
            // "Your cardiologist will have told you when to stop it": the
            // word already given, by the same prescriber.
            r"(?:will|will have|should have) (?:instruct|instructed|advise|advised|tell|told) you (?:on |about )?(?:whether|if|which|when|how)\b",
        ))
        .ok()
    });
    WILL_SAY.as_ref().is_some_and(|re| re.is_match(&text.to_lowercase()))
}

/// "Before you stop any medicine", "if you stop taking any medication":
/// whichever medicine the patient might stop, said in general.
pub(super) fn stopping_any(lower: &str) -> bool {
    static STOPPING_ANY: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(r"\b(?:before|if|when) (?:you )?(?:stop|stopping|discontinue|discontinuing)(?: taking)? any (?:of your )?(?:medicines?|medications?|drugs?|tablets?|pills?)\b").ok()
    });
    STOPPING_ANY.as_ref().is_some_and(|re| re.is_match(lower))
}

/// "If you take blood thinners, ...", "when you are taking insulin":
/// every "take" in the sentence stands in a condition, which says whom the
/// rule is for; none asks the patient to take anything.
pub(super) fn take_only_in_condition(toks: &[Tok]) -> bool {
    const TAKE: &[&str] = &["take", "taking", "takes"];
    const BETWEEN: &[&str] = &[
        "are",
        "currently",
        "regularly",
        "already",
        "still",
        "normally",
        "usually",
    ];
    let mut takes = toks
        .iter()
        .enumerate()
        .filter(|(_, x)| TAKE.iter().any(|w| x.is(w)))
        .peekable();
    takes.peek().is_some()
        && takes.all(|(k, _)| {
            let mut i = k;
            while i > 0 && BETWEEN.iter().any(|w| toks[i - 1].is(w)) {
                i -= 1;
            }
            let opens = |at: usize| {
                at + 1 < toks.len()
                    && ["if", "when", "whether", "unless"].iter().any(|w| toks[at].is(w))
                    && toks[at + 1].is("you")
            };
            // "If you have high blood pressure and take medicine for it":
            // a second verb of the same condition, joined by "and".
            let joined = i >= 1 && toks[i - 1].is("and") && {
                let start = toks[..i].iter().rposition(|x| x.punct().is_some()).map_or(0, |p| p + 1);
                opens(start)
            };
            (i >= 2 && opens(i - 2)) || joined
        })
}

/// "If you take blood thinners, talk with your surgeon 2 weeks before":
/// every "take" stands in a condition, which says whom the rule is for,
/// and a verb of talking after it is what the patient is asked to do.
pub(super) fn talk_after_condition(toks: &[Tok]) -> bool {
    const TALK: &[&str] = &["discuss", "talk", "speak", "consult", "contact", "call", "phone"];
    take_only_in_condition(toks)
        && toks
            .iter()
            .position(|x| x.is("take") || x.is("taking") || x.is("takes"))
            .is_some_and(|k| toks[k..].iter().any(|x| TALK.iter().any(|w| x.is(w))))
}

/// "Take any medicines as your doctor has directed": whichever medicines
/// the doctor says, not the patient's own kept as usual ("take your
/// prescribed medicines as your physician has instructed" keeps them).
pub(super) fn any_as_directed(lower: &str) -> bool {
    static ANY_AS_DIRECTED: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::pattern::compile(r"\bany (?:of your )?(?:medicines?|medications?|meds|tablets|pills)\b[^.;!?]{0,20}\bas (?:your|the) (?:\w+ )?(?:has |have )?(?:directed|instructed|advised|told you)\b").ok()
    });
    ANY_AS_DIRECTED.as_ref().is_some_and(|re| re.is_match(lower))
}

/// "May be taken up until midnight", "can be continued until midnight": a
/// medicine allowed up to a moment, and not after it (branch tune-cd).
pub(super) fn allowed_until(lower: &str) -> bool {
    [
        "may be taken",
        "can be taken",
        "may take",
        "can take",
        "may be continued",
        "can be continued",
    ]
    .iter()
    .any(|w| lower.contains(w))
        && ["until", "up to"].iter().any(|w| lower.contains(w))
}
