//! What a sheet asks, as data: the cues of the lexicon ("must not", "may",
//! "until", "discuss", "keep taking", "alone", "we may ask you to"...),
//! each entry with where its words come from. `lexicon.rs` indexes them
//! with the topics; `clauses.rs` gives each run the cues that stand in or
//! before it.

/// What is asked, who for, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Cue {
    /// "no", "do not", "avoid", "abstain", "stay away from".
    Not,
    /// "stop", "hold", "skip": a negation that also ends something.
    Stop,
    /// "last", "final": "your last meal", "the last dose".
    Last,
    /// "may", "can", "allowed", "fine".
    May,
    /// "continue", "keep taking".
    Keep,
    /// "take": positive with usual medicines.
    Take,
    /// "discuss", "talk to", "let us know".
    Ask,
    Fewer,
    /// "resume", "restart", "again".
    Resume,
    /// "must", "need", "required", "arrange".
    Must,
    /// "alone", "on your own".
    Alone,
    /// "heavy", "light": food words that do not say what.
    Unclear,
    /// "as instructed", "instructions": the rule is given elsewhere.
    Told,
    /// "we may ask you to", "you may need to": a rule for some patients.
    Maybe,
    /// "may leave and come back".
    Leave,
    /// "come in to collect you", "to the front desk".
    ComeIn,
    /// "if", "when": a condition.
    If,
    /// "except", "apart from": the topics after it are left out of the rule
    /// ("nothing to eat or drink for 8 hours, except water").
    Except,
    /// "bring": with a person, the escort is needed, unless "may bring".
    Bring,
}

pub(super) struct CueWords {
    pub cue: Cue,
    pub phrases: &'static [&'static str],
    pub source: &'static str,
}

const fn cw(cue: Cue, phrases: &'static [&'static str], source: &'static str) -> CueWords {
    CueWords { cue, phrases, source }
}

/// The one-word ways a sheet says "not" (the one-word phrases of
/// [`Cue::Not`]), for a check that looks at words rather than cues.
pub(super) fn one_word_denials() -> impl Iterator<Item = &'static str> {
    CUES.iter()
        .filter(|c| matches!(c.cue, Cue::Not))
        .flat_map(|c| c.phrases.iter().copied())
        .filter(|p| !p.contains(' '))
}

pub(super) const CUES: &[CueWords] = &[
    cw(
        Cue::Not,
        &[
            "no",
            "not",
            "don't",
            "do not",
            "dont",
            // "Don'ts": a list's subheading of what not to do.
            "don'ts",
            "donts",
            "never",
            // "Take neither solid nor liquid food from midnight" (branch
            // tune-bd, half bd): the ban said of both things at once.
            "neither",
            "nothing",
            "none",
            "avoid",
            "avoiding",
            // "The following medicines should be avoided for 7 days":
            // the passive of the same ban (branch tune-awx).
            "avoided",
            "abstain",
            "abstain from",
            "refrain",
            "refrain from",
            // "It is unsuitable to drive a car", "you are unfit to drive":
            // a ban put as what the patient is not fit for.
            "unsuitable to",
            "unfit to",
            "stay away from",
            "keep away from",
            "without",
            "must not",
            "mustn't",
            "should not",
            "shouldn't",
            "cannot",
            "can't",
            "can not",
            "may not",
            "won't",
            "will not",
            "isn't",
            "aren't",
            "is not",
            "are not",
            "prohibited",
            "forbidden",
            "not permitted",
            "not allowed",
            "nil",
            "no one",
            "nobody",
            "unable",
        ],
        "Nervana: \"no driving ... 24 h\"; Jirah: \"avoid\"; issue 25: \"must not\", \"abstain\", \"stay away from\"",
    ),
    cw(
        Cue::Stop,
        &[
            "stop",
            "stopping",
            "cease",
            "discontinue",
            "hold",
            "withhold",
            "skip",
            "omit",
            "pause",
            "finish",
            // "Be off thyroid medicines for 6 weeks before": off them, stopped.
            "be off",
            "refrain from taking",
            "do not take",
            "don't take",
            "do not keep taking",
            "don't keep taking",
            "do not continue",
            "do not continue taking",
            "don't continue",
            "don't continue taking",
            "held",
            "holding",
            "hold off",
            "stopped",
            "discontinued",
            "withheld",
            "paused",
            "skipped",
            "omitted",
            "leave out",
            "leave it out",
            "leave them out",
            "miss the",
            "miss your",
        ],
        "CIT: \"do not take on the morning of your treatment\"; (other words) \"stop taking Adderall\"; corpus half b: \"hold ADHD medication\", \"may need to be held\"; written bank, set a: \"leave them out on the morning of surgery\", \"miss the morning dose\" (British and Canadian ways to skip a dose)",
    ),
    cw(
        Cue::Last,
        &["last", "final", "latest"],
        "(other words) \"your last meal\", \"last dose the night before\"",
    ),
    cw(
        Cue::May,
        &[
            "may",
            "can",
            "allowed",
            "permitted",
            "fine",
            "okay",
            "ok",
            "acceptable",
            "welcome",
            "free to",
            "encouraged",
            "encourage",
            "safe to",
            "is fine",
            "are fine",
            "you can still",
            "may still",
            "can still",
            "able to",
        ],
        "CIT, AMG: \"black coffee is okay\"; (other words) \"you may drink clear fluids\"; corpus half c: \"we encourage a family member or friend to be with you\" (left to the patient)",
    ),
    cw(
        Cue::Keep,
        &[
            "continue",
            "continue to take",
            "continue taking",
            "keep taking",
            "keep",
            "as usual",
            "as normal",
            "as prescribed",
            "carry on",
            "carried on",
            "as you normally would",
            "as scheduled",
            "on schedule",
            "do not stop",
            "don't stop",
            "should not stop",
            "do not skip",
            "do not change",
            "don't change",
            "no dose change",
            "no change",
            "without changing",
            "stay on their",
            "stay on your",
            "remain on their",
            "remain on your",
            "carry on taking",
            "continued",
            "be continued",
            // "Regularly scheduled medications should be given": the
            // parent gives the child's medicines (branch tune-awx).
            "should be given",
            "should still be given",
        ],
        "CIT: medicines \"keep taking, except named ones\"; corpus half b: \"people can stay on their prescription medications\", \"should be continued as usual\"",
    ),
    cw(
        Cue::Take,
        &["take", "taking", "have", "be taken"],
        "(other words) \"take your routine medications\"; corpus half c: \"should be taken with a sip of water\"",
    ),
    cw(Cue::Ask, super::cues_ask::ASK, super::cues_ask::ASK_SOURCE),
    cw(
        Cue::Fewer,
        &["fewer", "reduce", "reduced", "lower dose", "cut down", "cut back", "smaller dose", "smaller doses", "reduced dose", "half of your usual", "half your usual", "half of their usual", "half the usual", "half of your morning", "half of their morning", "half your morning", "half of your normal", "half your normal", "half dose", "half the dose", "half of the dose", "1 / 2 of your usual", "1 / 2 your usual", "1/2 of your usual", "1/2 your usual", "1/2 of their usual", "1/2 the usual"],
        "CIT: \"attempt to take fewer prn doses on the day\"; corpus half d: \"you will need a smaller dose on the morning\"; corpus halves g, h: \"1/2 of your usual insulin dose\" (\"1/2\" is one token, a fraction, so written both ways), \"only half of their morning dose\"",
    ),
    cw(
        Cue::Resume,
        &[
            "resume",
            "resuming",
            "restart",
            "restarting",
            "start again",
            "take again",
            "take it again",
            "begin again",
            "wait",
            "again",
            "back on",
            "go back to",
            "going back to",
        ],
        "ketamineclinics.com: \"wait 6 hours after before resuming\"; corpus half i: \"go back to your normal medication\"",
    ),
    cw(
        Cue::Must,
        &[
            "must",
            "need",
            "needs",
            "needed",
            "required",
            "require",
            "requires",
            "have to",
            "has to",
            "arrange",
            "arranged",
            "arrange for",
            "mandatory",
            "essential",
            "should",
            "will need",
            "ensure",
            "make sure",
            "be sure",
            "plan to have",
            "plan for",
            "plan how",
            "please have",
            "must bring",
            "strongly recommend",
            "strongly recommend that you have",
            "we suggest that",
            // "We ask that someone drives you home", "we request that you
            // have someone drive you": the clinic's requirement, politely.
            "we ask that",
            "we request that",
            "request that",
            // "Patients are asked to have a companion", "come with an adult
            // companion": the clinic's ask, as clinics abroad put it.
            "asked to have",
            "come with an adult",
            "come with a responsible",
            "come accompanied",
        ],
        "CIT: \"a responsible adult to escort you out\"; (other words) \"someone must drive you home\"; corpus half c: \"we strongly recommend that you have someone drive you\"; corpus half d: \"we suggest that a family member comes with you\" (a companion only suggested is still asked for); corpus half ah: \"are asked to have a companion\", \"come with an adult companion\"",
    ),
    cw(
        Cue::Alone,
        &[
            "alone",
            "on your own",
            "by yourself",
            "unaccompanied",
            "unescorted",
            "without your escort",
            "without an escort",
            "without a companion",
            "without your driver",
        ],
        "United Digestive: \"no rideshare alone\"",
    ),
    cw(
        Cue::Unclear,
        &[
            "heavy", "large", "big", "fatty", "greasy", "rich", "light", "small", "spicy", "little", "little or no", "minimal",
        ],
        "KetWell: \"no heavy meals 3 hours prior\"; corpus half b: \"breakfast, but little or no lunch\"",
    ),
    cw(
        Cue::Told,
        &[
            "as instructed",
            "as directed",
            "as advised",
            "fasting instructions",
            "instructions",
            "limits on",
            "given separately",
            "you will be told",
            "we will tell you",
            "have instructed",
            "has instructed",
            "as per instructions",
            "a set period",
            "a specified period",
            "explaining what you can",
        ],
        "(other words) \"fast as instructed\"; corpus half a: \"instructions about limits on food and drink\"; corpus half g: \"as our nursing staff have instructed\", \"for a set period of time\"; corpus half p: a letter \"explaining what you can eat or drink\"",
    ),
    cw(
        Cue::Maybe,
        &[
            "may ask you",
            "might ask you",
            "may be asked",
            "might be asked",
            "may need to",
            "might need to",
            "may have to",
            "in some cases",
            "may be told",
            "may be stopped",
            "might be stopped",
            "may be paused",
            "might be paused",
            "may be held",
            "may be withheld",
            "may be discontinued",
            "will likely",
            "are likely to",
        ],
        "corpus half a: \"we may ask you to skip a dose\", \"you may need to be watched\"; corpus half m: medicines that \"may be stopped up to a week before\" (only if the doctor says so); corpus half ae: a fast the patient \"will likely\" keep, depending on the examination (a guess at the rule, asked)",
    ),
    cw(
        Cue::Leave,
        &[
            "leave and come back",
            "leave and return",
            "may leave",
            "can leave",
            "drop you off",
            "come back",
            "return to pick you up",
            "return to collect you",
            "free to leave",
            "is welcome to leave",
            "are welcome to leave",
            "leave",
            "leave the office",
            "leave the clinic",
            "leave the building",
            "would rather you did not leave",
            "would rather you didn't leave",
            "would prefer you did not leave",
            "would prefer that you do not leave",
            "prefer that you do not leave",
            "prefer you not leave",
        ],
        "(other words) \"your driver may leave and come back\"; corpus half a: \"we would rather you did not leave, but if you must\" (leaving is allowed)",
    ),
    cw(
        Cue::ComeIn,
        &[
            "come in to",
            "come inside",
            "come into the clinic",
            "come into the office",
            "come up to",
            "come to the door",
            "come to the front desk",
            "to the front desk",
            "to reception",
            "sign you out",
            "walk you out",
            "come in and",
            "be there before you are discharged",
            "be there when you are discharged",
            "be there at discharge",
            "be present at discharge",
            "be present when you are discharged",
            "be present for discharge",
            "be here when you are discharged",
            "be here at discharge",
            "be available at discharge",
        ],
        "(other words) \"your driver must come in to pick you up\"",
    ),
    cw(
        Cue::If,
        &[
            "if",
            "when",
            "should you",
            "in case",
            "unless",
            "if that is not possible",
            "if this is not possible",
            "if it is not possible",
            "if that isn't possible",
            "if this isn't possible",
            "if that's not possible",
            "if not possible",
        ],
        "(other words) \"if you take Lamictal\"; corpus half b: \"if that is not possible\" (its \"not\" is the condition's)",
    ),
    cw(
        Cue::Except,
        &[
            "except",
            "except for",
            "apart from",
            "other than",
            "besides",
            "excluding",
            "with the exception of",
        ],
        "corpus half b: \"nothing to eat or drink for 8 hours ..., except water\"; (other words) \"apart from blood pressure medicines, skip your pills\"",
    ),
    cw(
        Cue::Bring,
        &["bring", "please bring"],
        "(other words) \"please bring a driver with you\" (a need, unless \"you may bring a friend\")",
    ),
];

/// Sizes that limit only a big meal ("a full meal", "a proper meal"),
/// said right before the meal: a snack stays allowed, so no fasting time
/// follows. Apart from the `Unclear` cue, whose words ("heavy", "light")
/// are unclear wherever they stand, because "full" is also "a full 8
/// hours".
const SIZES_BEFORE_A_MEAL: &[&str] = &["full", "proper", "complete", "substantial", "main"];
const MEALS: &[&str] = &["meal", "meals", "breakfast", "lunch", "dinner"];

/// "Don't have a full meal in the four hours before": only a big meal.
pub(super) fn sized_meal(toks: &[super::tokens::Tok]) -> bool {
    toks.windows(2)
        .any(|w| SIZES_BEFORE_A_MEAL.iter().any(|s| w[0].is(s)) && MEALS.iter().any(|m| w[1].is(m)))
}
