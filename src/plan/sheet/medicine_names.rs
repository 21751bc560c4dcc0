//! The medicines a run names: the classes of `tables::MEDICINES` with the
//! sheet's own name beside them, medicines named by the words before
//! "medicine" or from the lexicon's other medicines, and "these medicines"
//! pointing back a few lines. Their rules are read in `medicines.rs`.

use super::clauses::Run;
use super::compose::{title_case, Context};
use super::lexicon::{Cue, Topic};
use super::tables::MEDICINES;
use super::tokens::{Kind, Tok};

/// The medicines a run names, each as it is shown: "Stimulants (Adderall)".
pub(super) fn medicine_names(run: &Run, cx: &Context<'_>) -> Vec<(Option<usize>, String)> {
    let mut out: Vec<(Option<usize>, String)> = Vec::new();
    // Where the last example of a named medicine ended, to keep a list of
    // examples in one name: "a diabetes medicine, e.g. dapagliflozin,
    // empagliflozin or canagliflozin" is one medicine with three examples.
    let mut examples_end: Option<usize> = None;
    // "a nasal decongestant medicine", "any prescription medication": a
    // medicine named by the words before "medicine", kept as said.
    for (topic, _, first, end) in &run.topics {
        // "Anticoagulants", "kratom": as the sheet says them; "GLP-1
        // medications such as Ozempic" is one: "GLP-1 medications (Ozempic)".
        if *topic == Topic::OtherMedicine {
            let (a, b) = cx.bytes(*first, *end);
            if let Some(name) = cx.text.get(a..b) {
                let example = (first.saturating_sub(2)..*first).any(|k| {
                    let w = cx.toks[k].text.as_str();
                    matches!(w, "such" | "as" | "like" | "including" | "(" | "e.g" | "/")
                });
                let known = out.iter().any(|(_, n)| n.eq_ignore_ascii_case(name));
                let next_example = examples_end.is_some_and(|last| {
                    last <= *first
                        && cx.toks[last..*first]
                            .iter()
                            .all(|t| matches!(t.text.as_str(), "," | "or" | "and" | "/"))
                });
                match out.last_mut() {
                    Some((None, previous)) if example && !previous.contains('(') => {
                        *previous = format!("{previous} ({name})");
                        examples_end = Some(*end);
                    }
                    Some((None, previous)) if next_example && previous.ends_with(')') => {
                        previous.pop();
                        *previous = format!("{previous}, {name})");
                        examples_end = Some(*end);
                    }
                    _ if known => {}
                    _ => {
                        out.push((None, title_case(name)));
                        examples_end = None;
                    }
                }
            }
        }
        // "Check with your doctor whether this is ok": a "this" standing
        // for the medicines before names none of its own.
        if *topic == Topic::Medications && pronoun_for_medicines(cx.toks, *first) {
            continue;
        }
        if *topic == Topic::Medications {
            // "Any prescription medication" names one only when the sheet
            // says what to do about it ("call the office"), not when it
            // says to keep taking them.
            // "Opioid pain medicines": the class's medicines, named by it.
            let class_before = |start: usize| {
                run.topics
                    .iter()
                    .any(|(t, _, _, end)| matches!(t, Topic::Medicine(_)) && *end == start)
            };
            let named = named_medicine_start(cx.toks, *first)
                .filter(|(_, specific)| *specific || (run.cue(Cue::Ask) && !run.cue(Cue::Keep)))
                .map(|(start, _)| start)
                .filter(|start| !class_before(*start));
            if let Some(start) = named {
                let (a, b) = cx.bytes(start, *end);
                if let Some(name) = cx.text.get(a..b) {
                    out.push((None, title_case(name)));
                }
            }
        }
    }
    listed_with_known(run, cx, &mut out);
    quoted_in_the_list(cx.text, &mut out);
    for (topic, ..) in &run.topics {
        let Topic::Medicine(class) = topic else {
            continue;
        };
        if out.iter().any(|(c, _)| *c == Some(*class)) {
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
            Some(b) if !shown.contains(b.as_str()) => super::write::medicine_with_brand(medicine.shown, &title_case(b)),
            _ => super::write::medicine_class(medicine.shown),
        };
        out.push((Some(*class), name));
    }
    out
}

/// Medicines in general, not a class: "your medications", "pills".
fn is_general(t: Topic) -> bool {
    matches!(t, Topic::UsualMedicines | Topic::Medications)
}

/// The name of medicines in general, in the sheet's own words, with the
/// examples it gives ("including marijuana, anti-depressants") or what it
/// leaves out ("apart from blood pressure medicines") beside it.
pub(super) fn general_name(run: &Run, cx: &Context<'_>) -> Option<String> {
    let &(_, _, a, b) = run.topics.iter().find(|(t, ..)| is_general(*t))?;
    let words = |first: usize, end: usize| {
        let (x, y) = cx.bytes(first, end);
        cx.text.get(x..y).unwrap_or_default().trim().to_string()
    };
    let a = kinds_listed_before(cx, a);
    let mut name = title_case(&words(a, b).replace(" (s)", "(s)"));
    // "Your medicine for diabetes", "tablets for your heart": what they
    // are for names them; "medicines for 6 hours" is a time.
    if let Some(end) = what_for(run, cx, b).filter(|_| bare_general(run, cx)) {
        name = title_case(&words(a, end));
    }
    // The examples: from "including" or "such as" to the end of the list.
    let clause_end = (b..cx.toks.len())
        .find(|&i| matches!(cx.toks[i].punct(), Some(';' | '!' | '?')))
        .unwrap_or(cx.toks.len());
    let lead = (b..clause_end).find_map(|i| {
        super::values::longest(
            cx.toks,
            i,
            &[
                "including but not limited to",
                "including",
                "such as",
                "e . g .",
                "for example",
            ],
        )
    });
    let mut beside: Vec<String> = Vec::new();
    if let Some(from) = lead {
        let end = (from..cx.toks.len())
            .find(|&i| matches!(cx.toks[i].punct(), Some('.' | ';' | ')' | '!' | '?')) && !cx.toks[i].is("etc"))
            .unwrap_or(cx.toks.len());
        let list = words(from, end);
        let list = list
            .trim_end_matches(['.', ',', ' '])
            .trim_end_matches("etc")
            .trim_end_matches([',', ' ']);
        if !list.is_empty() {
            beside.push(list.to_string());
        }
    }
    for (_, from, end) in &run.except {
        beside.push(words(*from, *end).to_lowercase());
    }
    if !beside.is_empty() {
        name = format!("{name} ({})", beside.join("; "));
    }
    Some(name)
}

/// "Blood pressure, heart, diabetes or other medicines": the kinds listed
/// before "or other medicines" name them too. Where the list starts, or
/// `at` when there is none (a list has a comma; a verb or "your" ends it).
fn kinds_listed_before(cx: &Context<'_>, at: usize) -> usize {
    const ENDS: &[&str] = &[
        "take", "taking", "stop", "stopping", "hold", "your", "the", "any", "all", "of", "about", "to", "whether",
        "need", "continue", "skip", "and", "if",
    ];
    let t = cx.toks;
    if at < 2 || !(t[at - 1].is("or") && t[at].is("other")) {
        return at;
    }
    let mut k = at - 1;
    let mut comma = false;
    while k > 0 {
        let x = &t[k - 1];
        if x.punct() == Some(',') {
            comma = true;
        } else if !matches!(x.kind, Kind::Word) || ENDS.iter().any(|w| x.is(w)) {
            break;
        }
        k -= 1;
    }
    match comma && k < at - 1 {
        true => k,
        false => at,
    }
}

/// Whether the general medicine word is named by what the medicines are
/// for ("medicines for your heart"): some of them, not all.
pub(super) fn for_a_use(run: &Run, cx: &Context<'_>) -> bool {
    run.topics
        .iter()
        .find(|(t, ..)| is_general(*t))
        .is_some_and(|&(_, _, _, b)| what_for(run, cx, b).is_some())
}

/// Where "for" and what the medicines are for end, right after them at
/// `at` ("for diabetes", "for high blood pressure", "for your heart"): up
/// to four words, not a time ("for 6 hours", "for the first 24 hours") nor
/// the moment or rule that follows ("for diabetes on the morning of").
fn what_for(run: &Run, cx: &Context<'_>, at: usize) -> Option<usize> {
    const STOP: &[&str] = &[
        "on", "before", "after", "until", "at", "from", "in", "the", "a", "an", "with", "and", "or", "as", "during",
        "this", "that", "these", "those", "morning", "day", "night", "evening", "days", "hours", "weeks", "least",
        "up", "unless", "if", "when", "to", "you", "it", "them", "is", "are", "should", "must", "may", "within",
        "prior", "by", "till", "for", "of", "once", "each", "every",
    ];
    let t = cx.toks;
    if !t.get(at).is_some_and(|x| x.is("for")) || run.times.iter().any(|m| m.first <= at && at < m.end) {
        return None;
    }
    let mut k = at + 1;
    if t.get(k).is_some_and(|x| x.is("your")) {
        k += 1;
    }
    let start = k;
    while k < t.len() && k < start + 4 && matches!(t[k].kind, Kind::Word) && !STOP.contains(&t[k].text.as_str()) {
        k += 1;
    }
    (k > start).then_some(k)
}

/// Words that say "medicines" and nothing about which: "your medicines",
/// "which medications", "any pills".
fn bare_general(run: &Run, cx: &Context<'_>) -> bool {
    const BARE: &[&str] = &[
        "medicine",
        "medicines",
        "medication",
        "medications",
        "pills",
        "tablets",
        "drugs",
        "your",
        "the",
        "which",
        "any",
        "all",
        "of",
    ];
    run.topics
        .iter()
        .find(|(t, ..)| is_general(*t))
        .is_some_and(|&(_, _, a, b)| {
            cx.toks[a..b.min(cx.toks.len())]
                .iter()
                .all(|t| BARE.contains(&t.text.as_str()))
        })
}

/// The sheet's name for medicines in general when it says which ("some
/// usual medicines", "your blood pressure pills"), for a bare "medicines"
/// in the next sentence.
pub(super) fn qualified_general_name(run: &Run, cx: &Context<'_>) -> Option<String> {
    general_name(run, cx).filter(|_| !bare_general(run, cx))
}

/// The name for medicines in general a rule is given: its own words, or,
/// when they are bare and give no examples ("a nurse will tell you which
/// medicines to stop"), the sentence before's ("Some usual medicines need
/// to be paused"). "Any medication, including marijuana" says which.
pub(super) fn general_name_here(run: &Run, cx: &Context<'_>) -> Option<String> {
    let own = general_name(run, cx)?;
    match cx.general_before {
        Some(before) if bare_general(run, cx) && !own.contains('(') => Some(before.to_string()),
        _ => Some(own),
    }
}

/// "These medicines", "the following medications", "any of the above":
/// medicines named elsewhere.
pub(super) fn refers_back(run: &Run, cx: &Context<'_>) -> bool {
    run.topics.iter().any(|(t, _, first, _)| {
        *t == Topic::Medications
            && (pronoun_for_medicines(cx.toks, *first)
                || (first.saturating_sub(2)..=*first).any(|k| {
                    matches!(
                        cx.toks[k].text.as_str(),
                        "these" | "those" | "them" | "following" | "above" | "below" | "such" | "listed"
                    )
                }))
    })
}

/// Whether the medicines' topic stands on a pronoun (a run made by
/// `scope::them_run` for "check with your doctor whether this is safe" or
/// "ask whether these must be stopped"): it points back to the medicines
/// named before, and the words in front of it ("whether") name none.
fn pronoun_for_medicines(toks: &[Tok], at: usize) -> bool {
    toks.get(at)
        .is_some_and(|t| matches!(t.text.as_str(), "this" | "it" | "these" | "those" | "them"))
}

/// The medicines a run names, for lines that name them with no rule.
pub(super) fn named_medicines(run: &Run, cx: &Context<'_>) -> Vec<(Option<usize>, String)> {
    medicine_names(run, cx)
}

/// Where the words naming a medicine start, before "medicine" at `head`:
/// up to three words that are not small words or the lexicon's ("nasal
/// decongestant medicine"); none when no word names it ("your medicines").
fn named_medicine_start(t: &[Tok], head: usize) -> Option<(usize, bool)> {
    // Words that qualify any medicine rather than name one.
    const GENERAL: &[&str] = &[
        "prescription",
        "prescribed",
        "regular",
        "daily",
        "routine",
        "oral",
        "home",
        "normal",
    ];
    const SMALL: &[&str] = &[
        "a",
        "an",
        "the",
        "your",
        "my",
        "our",
        "any",
        "all",
        "other",
        "these",
        "those",
        "this",
        "that",
        "of",
        "or",
        "and",
        "on",
        "for",
        "with",
        "some",
        "which",
        "what",
        "if",
        "you",
        "are",
        "is",
        "about",
        "current",
        "new",
        "usual",
        "own",
        "such",
        "as",
        "no",
        "every",
        "each",
        "their",
        "his",
        "her",
        "certain",
        "most",
        "following",
        "above",
        "below",
        "listed",
        // "If you use medicines": the verb before them, no name.
        "use",
        "uses",
        "using",
        // "You may be given medications": what happens to them, no name
        // (branch tune-cd).
        "be",
        "been",
        "being",
        "given",
        "get",
        "receive",
        "received",
    ];
    let mut start = head;
    while start > 0 && head - start < 3 {
        let word = &t[start - 1];
        let free = word.kind == Kind::Word
            && !SMALL.contains(&word.text.as_str())
            && super::lexicon::entry_at(t, start - 1).is_none();
        if !free {
            break;
        }
        start -= 1;
    }
    let specific = t[start..head].iter().any(|w| !GENERAL.contains(&w.text.as_str()));
    (start < head).then_some((start, specific))
}

/// "(Aspirin, Nurofen, Cartia, Warfarin)", "Vitamin E, Flavix, Coumadin":
/// a name Steady does not know, written with a capital between the
/// commas of a list whose next item is a medicine it knows and names on
/// its own, is one more medicine of that list. Not inside a class's
/// examples ("anti-inflammatories (Advil, Maproxen)"), which stay one
/// name, nor a medicine's brands in brackets after it.
fn listed_with_known(run: &Run, cx: &Context<'_>, out: &mut Vec<(Option<usize>, String)>) {
    const SEPARATORS: &[&str] = &[",", "(", ")", "or", "and", "/"];
    let toks = cx.toks;
    let medicine_at = |k: usize| {
        run.topics
            .iter()
            .find(|&&(t, _, a, b)| matches!(t, Topic::OtherMedicine | Topic::Medicine(_)) && a <= k && k < b)
    };
    let standalone = |k: usize, out: &[(Option<usize>, String)]| {
        medicine_at(k).is_some_and(|&(_, _, a, b)| {
            let (x, y) = cx.bytes(a, b);
            let said = cx.text.get(x..y).unwrap_or_default();
            out.iter().any(|(_, n)| n.eq_ignore_ascii_case(said))
        })
    };
    let sep = |k: Option<usize>| {
        k.and_then(|k| toks.get(k))
            .is_some_and(|x| SEPARATORS.contains(&x.text.as_str()))
    };
    for k in 1..toks.len() {
        let (x, y) = cx.bytes(k, k + 1);
        let word = cx.text.get(x..y).unwrap_or_default();
        let capital = word.chars().next().is_some_and(char::is_uppercase)
            && word.len() >= 4
            && word.chars().all(char::is_alphabetic)
            && word.chars().skip(1).any(char::is_lowercase);
        if !capital || medicine_at(k).is_some() || !sep(Some(k - 1)) || !sep(Some(k + 1)) {
            continue;
        }
        // "Dapagliflozin (Forxiga, Qtern)": brands in brackets after a
        // medicine are its other names, not more medicines.
        let open = toks[..k].iter().rposition(|x| x.is("(") || x.is(")"));
        if open.is_some_and(|o| toks[o].is("(") && o >= 1 && medicine_at(o - 1).is_some()) {
            continue;
        }
        let before = k.checked_sub(2).is_some_and(|j| standalone(j, out));
        let after = standalone(k + 2, out);
        if (before || after) && !out.iter().any(|(_, n)| n.eq_ignore_ascii_case(word)) {
            out.push((None, word.to_string()));
        }
    }
}

/// "Do not take aspirin, \"goody powders\", or vitamin E": a name in
/// quotes between the commas of a list of medicines Steady knows is one
/// more medicine of that list, in the sheet's words (branch tune-cd).
fn quoted_in_the_list(text: &str, out: &mut Vec<(Option<usize>, String)>) {
    // Not a care number: the most words a quoted name has.
    const MOST_WORDS: usize = 4;
    if out.is_empty() {
        return;
    }
    let quotes = |c: char| matches!(c, '"' | '\u{201c}' | '\u{201d}');
    let mut parts = text.split(quotes);
    let mut before = parts.next().unwrap_or_default();
    let parts: Vec<&str> = parts.collect();
    for pair in parts.chunks(2) {
        let [inside, after] = pair else { break };
        let opens_item = before.trim_end().ends_with([',', '(']);
        let after = after.trim_start();
        let closes_item = after.starts_with([',', ')']) || after.starts_with("or ") || after.starts_with("and ");
        let name = inside.trim();
        let words = name.split_whitespace().count();
        if opens_item
            && closes_item
            && (1..=MOST_WORDS).contains(&words)
            && !out.iter().any(|(_, n)| n.eq_ignore_ascii_case(name))
        {
            out.push((None, title_case(name)));
        }
        before = after;
    }
}
