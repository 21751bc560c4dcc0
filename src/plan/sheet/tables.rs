//! The phrases Steady recognises in a clinic's sheet, as data: a table per
//! rule shape, each entry a pattern and the real phrasing it was written
//! for. The real phrasings are care-facts' ("What real clinics ask", "Red
//! flags", "From other public sources": CIT Clinics, AMG Ketamine, KetWell,
//! Jirah Anesthesia, Nervana Medical, ketamineclinics.com, Spravato REMS);
//! the rest are the same rules in other common words, marked "(other words)".
//!
//! Patterns are regular expressions (the `regex` crate: linear time, so no
//! text can make them hang) over a sentence as `normalise` leaves it:
//! lower case, numbers as digits ("six" → 6), "hrs"/"h" → "hours",
//! "mins" → "minutes", clock times as HH:MM. Named groups: `n` and `m` are
//! numbers, `t` a clock time, `x` free text. A number is only ever read
//! from the words; a pattern without one proposes nothing that needs one.

/// One entry: the pattern, and the phrasing it was written for.
pub struct Phrase {
    pub pattern: &'static str,
    pub written_for: &'static str,
}

const fn p(pattern: &'static str, written_for: &'static str) -> Phrase {
    Phrase { pattern, written_for }
}

// ---- food and drink ----

/// No solid food from N hours before.
pub const SOLID_FOOD_HOURS: &[Phrase] = &[
    p(
        r"nothing to eat (?:for|during the|in the)? ?(?:last )?(?P<n>\d+) hours",
        "CIT, AMG, Jirah: \"nothing to eat for 6 hours\"",
    ),
    p(
        r"no solid (?:food|foods)\b[^.;]{0,20}?(?P<n>\d+) hours? (?:before|prior)",
        "AMG: \"no solid food 6 h before\"",
    ),
    p(
        r"(?:do not|don't|please do not|you should not|you must not|avoid) (?:have anything to )?eat(?:ing)?\b[^.;]{0,40}?(?:for )?(?P<n>\d+) hours? (?:before|prior)",
        "(other words) \"do not eat anything for 8 hours before\", \"do not have anything to eat for 6 hours before\"",
    ),
    p(
        r"(?:stop|finish) eating (?:at least )?(?P<n>\d+) hours? (?:before|prior)",
        "(other words) \"stop eating 6 hours before\"",
    ),
    p(
        r"(?:no|avoid) (?:food|solids|eating)\b[^.;]{0,20}?(?:for )?(?:at least )?(?P<n>\d+) hours? (?:before|prior)",
        "(other words) \"no food for 6 hours prior\"",
    ),
    p(
        r"(?:last|final) (?:solid )?meal (?:no later than|at least) (?P<n>\d+) hours? (?:before|prior)",
        "(other words) \"your last meal no later than 6 hours before\"",
    ),
    p(
        r"fast(?:ing)? (?:for|of) (?:at least )?(?P<n>\d+) hours",
        "(other words) \"fasting for 6 hours\"",
    ),
    p(
        r"(?:avoid|no|without) (?:food|eating|solids)\b[^.;]{0,20}?(?:for )?(?:the )?(?P<n>\d+) hours (?:leading up|beforehand|before|prior)",
        "(other words) \"avoid food for the six hours leading up to your infusion\"",
    ),
];

/// No solid food after a clock time: after midnight (the session day), or
/// a time the evening before.
pub const SOLID_FOOD_CLOCK: &[Phrase] = &[
    p(
        r"(?:nothing|no (?:solid )?foods?|not eat|no eating|don't eat|do not eat)\b[^.;]{0,30}?after (?P<t>midnight)",
        "(other words) \"nothing to eat after midnight\"",
    ),
    p(
        r"(?:nothing|no (?:solid )?foods?|not eat|no eating|don't eat|do not eat)\b[^.;]{0,30}?after (?P<t>\d\d:\d\d) (?:the )?(?:night|evening|day) before",
        "(other words) \"no food after 18:00 the evening before\"",
    ),
];

/// Clear liquids allowed until N hours before.
pub const CLEAR_LIQUIDS_HOURS: &[Phrase] = &[
    p(
        r"clear (?:liquids|fluids)\b[^.;]{0,40}?\b(?:until|up to|up until|till|no later than) (?P<n>\d+) hours?",
        "CIT, AMG: \"clear liquids up until 2 hours\"",
    ),
    p(
        r"(?:you may|you can|feel free to) (?:drink|have) (?:only )?clear (?:liquids|fluids)\b[^.;]{0,30}?(?P<n>\d+) hours? (?:before|prior)",
        "(other words) \"you may drink clear fluids up to 2 hours before\"",
    ),
    p(
        r"(?:nothing to drink|no (?:liquids|fluids|drinks)|do not drink|don't drink|stop drinking)\b[^.;]{0,30}?(?P<n>\d+) hours? (?:before|prior)",
        "(other words) \"nothing to drink 2 hours before\"",
    ),
    p(
        r"(?:water|clear (?:liquids|fluids)|fluids|liquids|drinks?)\b[^.;]{0,20}?(?:is|are) (?:allowed|fine|okay|ok|permitted) (?:until|up to|up until|till) (?P<n>\d+) hours?",
        "(other words) \"water is allowed until two hours beforehand\"",
    ),
    p(
        r"(?:you can|you may|can|may) (?:still )?drink (?:water|clear (?:liquids|fluids)|fluids|liquids)\b[^.;]{0,20}?(?:until|up to|up until|till) (?P<n>\d+) hours?",
        "(other words) \"you can drink water until 2 hours before\"",
    ),
];

/// No liquids after a clock time.
pub const CLEAR_LIQUIDS_CLOCK: &[Phrase] = &[p(
    r"(?:nothing to drink|no (?:liquids|fluids|drinks)|do not drink|don't drink)\b[^.;]{0,30}?after (?P<t>midnight)",
    "(other words) \"nothing to drink after midnight\"",
)];

/// What counts as a clear liquid, kept in the clinic's words.
pub const CLEAR_LIQUIDS_ARE: &[Phrase] = &[
    p(
        r"(?:liquid|fluid|drink)s? you (?:are able to|can) see (?:clearly )?through",
        "CIT, AMG: \"any liquid you are able to see clearly through a glass\"",
    ),
    p(
        r"(?:black coffee|water|gatorade|apple juice|clear broth|tea)\b[^.;]{0,30}?(?:is|are) (?:okay|ok|fine|allowed)",
        "CIT, AMG: \"black coffee is okay, Gatorade is okay\"",
    ),
    p(
        r"clear (?:liquids|fluids) (?:include|are|such as|means?)\b",
        "(other words) \"clear liquids include water, black coffee and tea\"",
    ),
    p(
        r"no (?:cream|milk)\b[^.;]{0,30}?no (?:milk|juice with pulp|pulp|cream)",
        "CIT, AMG: \"no cream, no milk, no juice with pulp\"",
    ),
];

/// What happens if the fast is broken, in the clinic's words.
pub const IF_FAST_BROKEN: &[Phrase] = &[p(
    r"(?:procedure|treatment|infusion|appointment|session) (?:will|may|might|could) (?:have to )?be (?:cancelled|canceled|rescheduled|postponed|delayed)",
    "CIT: \"your procedure will be cancelled\"",
)];

/// Food words that do not say when: Steady asks rather than choose.
pub const FOOD_UNCLEAR: &[Phrase] = &[
    p(
        r"(?:heavy|large|big|fatty) meals?",
        "KetWell: \"no heavy meals 3 hours prior\"",
    ),
    p(
        r"light (?:meal|breakfast|snack)",
        "(other words) \"a light breakfast is fine\"",
    ),
    p(
        r"fast(?:ing)? as (?:instructed|directed|advised)|follow (?:the |your )?fasting instructions",
        "(other words) \"fast as instructed\"",
    ),
];

// ---- medicines ----

/// A class of medicines, or one named medicine, with the names it goes by.
pub struct MedicineName {
    /// The name Steady shows, as the clinics name the class.
    pub shown: &'static str,
    /// Words that name it: the class, generics and common brand names (the
    /// brand and generic names on US drug labels, DailyMed).
    pub words: &'static [&'static str],
    pub written_for: &'static str,
}

pub const MEDICINES: &[MedicineName] = &[
    MedicineName {
        shown: "Stimulants",
        words: &[
            "stimulant",
            "stimulants",
            "adderall",
            "ritalin",
            "vyvanse",
            "concerta",
            "methylphenidate",
            "amphetamine",
            "amphetamines",
            "dexedrine",
            "focalin",
        ],
        written_for: "CIT: \"stimulants (adderall)\"; Jirah: \"stimulants\"",
    },
    MedicineName {
        shown: "Sedative-hypnotics",
        words: &[
            "sedative-hypnotic",
            "sedative-hypnotics",
            "sedative hypnotics",
            "ambien",
            "zolpidem",
            "lunesta",
            "eszopiclone",
            "sonata",
            "zaleplon",
            "sleeping pills",
        ],
        written_for: "CIT: \"sedative-hypnotics (ambien)\"",
    },
    MedicineName {
        shown: "Opioids",
        words: &[
            "narcotic",
            "narcotics",
            "opioid",
            "opioids",
            "oxycodone",
            "hydrocodone",
            "percocet",
            "vicodin",
            "morphine",
            "tramadol",
            "codeine",
            "fentanyl",
            "oxycontin",
        ],
        written_for: "CIT: \"narcotics (oxycodone)\"; Jirah, Nervana: \"opioids\"",
    },
    MedicineName {
        shown: "Benzodiazepines",
        words: &[
            "benzodiazepine",
            "benzodiazepines",
            "benzos",
            "xanax",
            "alprazolam",
            "klonopin",
            "clonazepam",
            "ativan",
            "lorazepam",
            "valium",
            "diazepam",
        ],
        written_for: "CIT, KetWell, Nervana: \"benzodiazepines\"",
    },
    MedicineName {
        shown: "Lamotrigine (Lamictal)",
        words: &["lamotrigine", "lamictal"],
        written_for: "KetWell: \"Lamictal (lamotrigine)\"; ketamineclinics.com: \"Lamictal\"",
    },
    MedicineName {
        shown: "Sedatives",
        words: &["sedative", "sedatives"],
        written_for: "Jirah: \"sedatives\"",
    },
];

/// The rule a sentence about medicines sets.
pub const MEDICINE_SKIP_MORNING: &[Phrase] = &[
    p(
        r"(?:do not|don't|please do not|should not|must not|avoid|hold|skip)\b[^.;]{0,30}?(?:take|taking|dose|doses)?\b[^.;]{0,30}?(?:on )?the morning of (?:your |the )?(?:treatment|infusion|session|appointment|procedure)",
        "CIT: \"do not take on the morning of your treatment\"",
    ),
    p(
        r"(?:hold|skip|do not take) (?:your |the )?morning dose",
        "(other words) \"skip your morning dose\"",
    ),
];

pub const MEDICINE_NIGHT_BEFORE: &[Phrase] = &[p(
    r"(?:last|final) dose\b[^.;]{0,30}?(?:the )?(?:night|evening) before",
    "(other words) \"take your last dose the night before\"",
)];

pub const MEDICINE_HOURS_BEFORE: &[Phrase] = &[
    p(
        r"allow (?P<n>\d+) hours? between (?:taking|your last dose of)",
        "ketamineclinics.com: \"allow 6 hours between taking Lamictal and the start\"",
    ),
    p(
        r"(?:stop|hold|do not take|don't take|avoid)\b[^.;]{0,60}?(?:for )?(?P<n>\d+) hours? (?:before|prior)",
        "(other words) \"stop taking Adderall 24 hours before\"",
    ),
    p(
        r"for (?P<n>\d+) hours? before and (?:after|following)",
        "Jirah: \"for 72 hrs BEFORE AND FOLLOWING\"",
    ),
];

pub const MEDICINE_RESTART: &[Phrase] = &[
    p(
        r"wait (?P<n>\d+) hours? after\b[^.;]{0,40}?(?:resum|restart|tak)",
        "ketamineclinics.com: \"wait 6 hours after before resuming\"",
    ),
    p(
        r"(?:resume|restart|start again|take it again)\b[^.;]{0,40}?(?P<n>\d+) hours? (?:after|following)",
        "(other words) \"resume it 6 hours after your session\"",
    ),
    p(
        r"for (?P<n>\d+) hours? before and (?:after|following)",
        "Jirah: \"for 72 hrs BEFORE AND FOLLOWING\"",
    ),
];

pub const MEDICINE_FEWER: &[Phrase] = &[p(
    r"(?:take )?fewer\b[^.;]{0,20}?doses? on the day|(?:reduce|lower|cut down)\b[^.;]{0,30}?(?:on the day|that day)",
    "CIT: \"attempt to take fewer prn doses on the day\"",
)];

pub const MEDICINE_ASK: &[Phrase] = &[p(
    r"please discuss|discuss (?:this|it) with|(?:talk|speak) (?:to|with) (?:us|our|your|the)|let us know|check with (?:us|our|your)|consult (?:us|our|your)|call us (?:before|to discuss)",
    "KetWell: \"if you are on Lamictal (lamotrigine) ... please discuss\"",
)];

pub const KEEP_TAKING_USUAL: &[Phrase] = &[p(
    r"(?:continue|keep) (?:to take |taking )?(?:with )?(?:all )?(?:your )?(?:usual|regular|normal|other|prescribed|daily) (?:medications|medicines|meds|prescriptions|tablets|pills)",
    "CIT: medicines \"keep taking, except named ones\"",
)];

// ---- arrival and what to bring ----

pub const ARRIVE_EARLY: &[Phrase] = &[
    p(
        r"arrive (?:at least |about |approximately )?(?P<n>\d+) minutes (?:prior|before|early|ahead)",
        "CIT: \"arrive 10 minutes prior\"; KetWell: \"arrive 15 minutes before\"",
    ),
    p(
        r"(?:be here|check in|come in) (?:at least |about )?(?P<n>\d+) minutes (?:prior|before|early|ahead)",
        "(other words) \"please check in 15 minutes early\"",
    ),
];

/// A heading or question that opens a list of things to bring: the list's
/// lines, unless they say something else, are the things.
pub const BRING_HEADING: &[Phrase] = &[p(
    r"^(?:q: ?)?(?:what (?:to|do i (?:need to|have to)|should i|you should|you need to) (?:bring|pack|take with me)|things to bring|(?:please )?bring(?: with you)?:|what to (?:bring|wear)|your (?:bag|checklist):?$)",
    "AMG, Jirah: lists under \"What to bring\"",
)];

pub const BRING: &[Phrase] = &[
    p(r"(?:please |you may (?:want to )?|you might (?:want to )?|feel free to |remember to |don't forget to |do not forget to )?bring (?:along )?(?:with you )?(?P<x>[^.;:]{3,200})", "CIT: \"photo ID and a form of payment\"; AMG: \"a blanket or pillow, a CPAP machine\"; Jirah: \"headphones, eye mask, journal\""),
    p(r"(?:please )?wear (?P<x>(?:comfortable|loose|warm|layered)[^.;:]{0,60})", "AMG: \"comfortable clothing\""),
];

// ---- the escort ----

pub const ESCORT_REQUIRED: &[Phrase] = &[
    p(
        r"(?:responsible|trusted|designated|sober) (?:adult|person|driver)",
        "CIT: \"a responsible adult to escort you out\"; Jirah: \"a trusted person\"",
    ),
    p(
        r"(?:must|need to|needs to|will need to|have to|has to|required to)\b[^.;]{0,30}?(?:drive|take|escort|accompany) you (?:home|out)",
        "(other words) \"someone must drive you home\"",
    ),
    p(
        r"no escort\b[^.;]{0,20}?no (?:treatment|infusion|procedure)",
        "CIT: \"no escort means no treatment\"",
    ),
    p(
        r"your (?:escort|driver) (?:must|should|needs to|will need to|has to)\b",
        "(other words) \"your escort must be at least 18\"",
    ),
    p(
        r"(?:must|need to|needs to|will need to|has to|have to)\b[^.;]{0,20}?(?:collect|pick) you(?: up)?\b",
        "(other words) \"a friend or family member must collect you\"",
    ),
];

pub const ESCORT_AGE: &[Phrase] = &[
    p(
        r"(?P<n>1[6-9]|2[0-5]) (?:years|yrs)(?: of age)? or older",
        "Jirah: \"a trusted person (18 years or older)\"",
    ),
    p(
        r"(?:over|at least) (?:the age of )?(?P<n>1[6-9]|2[0-5])\b(?: years)?",
        "(other words) \"over the age of 18\"",
    ),
    p(
        r"(?:aged |age )?(?P<n>1[6-9]|2[0-5])(?: years)? or (?:over|older|above)\b",
        "(other words) \"aged 18 or over\"",
    ),
    p(r"\b(?P<n>1[6-9]|2[0-5])\+", "(other words) \"an adult (18+)\""),
];

pub const ESCORT_STAYS: &[Phrase] = &[p(
    r"(?:driver|escort|companion|they|who)\b[^.;]{0,40}?(?:must|should|needs? to|will need to|has to) (?:remain|stay|wait) (?:on site|onsite|in the (?:clinic|office|building|waiting room)|at the (?:clinic|office)|for the (?:whole|entire))",
    "United Digestive (escort rules): \"may have to stay on site\"",
)];

pub const ESCORT_COMES_TO_DOOR: &[Phrase] = &[p(
    r"(?:come|walk) (?:in|inside|into the (?:clinic|office)|to the (?:door|front desk|reception)) to (?:pick|collect|sign)",
    "(other words) \"your driver must come in to pick you up\"",
)];

pub const ESCORT_MAY_LEAVE: &[Phrase] = &[p(
    r"(?:may|can|is welcome to|are welcome to) (?:leave|go) and (?:come back|return)",
    "(other words) \"your driver may leave and come back\"",
)];

pub const RIDESHARE_NOT_ALLOWED: &[Phrase] = &[p(
    r"(?:no|not|cannot|can't|may not|must not|do not|don't)\b[^.;]{0,40}?(?:uber|lyft|taxi|taxis|rideshare|ride share|ride-share|cab|public transport)",
    "United Digestive: \"no rideshare alone\"",
)];

pub const RIDESHARE_WITH_ESCORT: &[Phrase] = &[
    p(
        r"(?:uber|lyft|taxi|rideshare|ride share|ride-share|cab)\b[^.;]{0,40}?(?:only )?(?:if|when|with) (?:your |an |the )?(?:escort|driver|adult|companion)",
        "(other words) \"a taxi only with your escort\"",
    ),
    p(
        r"(?:uber|lyft|taxi|taxis|rideshare|ride share|ride-share|cab)\b[^.;]{0,30}?\balone\b",
        "United Digestive: \"no rideshare alone\"",
    ),
    p(
        r"\balone\b[^.;]{0,20}?(?:by |in a |in an )?(?:uber|lyft|taxi|rideshare|ride share|cab)\b",
        "(other words) \"you must not travel home alone by taxi\"",
    ),
];

pub const RIDESHARE_ALLOWED: &[Phrase] = &[p(
    r"(?:uber|lyft|taxi|rideshare|ride share|ride-share|cab)\b[^.;]{0,30}?(?:is|are) (?:fine|okay|ok|allowed|acceptable)",
    "care-facts: \"some clinics allow a rideshare\"",
)];

// ---- after the session ----

pub const NO_DRIVING_HOURS: &[Phrase] = &[
    p(
        r"(?:no|not|do not|don't|avoid|refrain from|must not|should not|cannot|can't) (?:drive|driving)\b[^.;]{0,80}?(?:for )?(?:at least )?(?P<n>\d+) hours",
        "KetWell: \"no driving, machinery or legal decision for 24 hours\"; Nervana: \"no driving ... 24 h\"",
    ),
    p(
        r"(?:for|within) (?:at least )?(?P<n>\d+) hours\b[^.;]{0,40}?(?:do not|don't|no|avoid|must not|should not) (?:drive|driving)",
        "(other words) \"for 24 hours after, do not drive\"",
    ),
];

pub const NO_DRIVING_NEXT_MORNING: &[Phrase] = &[p(
    r"(?:drive|driving)\b[^.;]{0,60}?(?:until|before|till) the (?:next|following) (?:day|morning)\b[^.;]{0,40}?sleep",
    "Spravato REMS: \"not until the next day, after a restful sleep\"",
)];

pub const NO_DRIVING_REST_OF_DAY: &[Phrase] = &[p(
    r"(?:no|not|do not|don't|avoid)\b[^.;]{0,20}?(?:drive|driving)\b[^.;]{0,40}?(?:rest|remainder) of the day|(?:drive|driving)\b[^.;]{0,20}?(?:the same day|that day)",
    "care-facts \"After the session\": \"no driving ... for the rest of the day\" (001, 003)",
)];

pub const NO_DECISIONS_HOURS: &[Phrase] = &[
    p(
        r"(?:legal|important|big|major|financial|life) decisions?\b[^.;]{0,60}?(?P<n>\d+) hours",
        "KetWell: \"no ... legal decision for 24 hours\"; Nervana: \"no ... big decisions 24 h\"",
    ),
    p(
        r"(?P<n>\d+) hours\b[^.;]{0,60}?(?:legal|important|big|major|financial) decisions?",
        "(other words) \"for 24 hours, no important decisions\"",
    ),
];

pub const NO_DECISIONS_UNTIL_WORN_OFF: &[Phrase] = &[p(
    r"(?:legal|important|big|major|financial) decisions?\b[^.;]{0,40}?until\b[^.;]{0,30}?(?:wor[en] off|wear off|effects|feel)",
    "000: \"No important decisions until the effects wear off\"",
)];

pub const NO_ALCOHOL_HOURS: &[Phrase] = &[
    p(
        r"(?:alcohol|cannabis|marijuana|recreational drugs)\b[^.;]{0,60}?(?:for )?(?P<n>\d+) hours",
        "KetWell: \"no recreational drugs or alcohol 24 hours\"; Nervana: \"no alcohol or cannabis 24 h\"",
    ),
    p(
        r"(?P<n>\d+) hours\b[^.;]{0,40}?(?:no|avoid|without) (?:alcohol|cannabis|marijuana)",
        "(other words) \"for 24 hours, no alcohol\"",
    ),
];

pub const NO_SEDATIVES_HOURS: &[Phrase] = &[p(
    r"(?:opioids|benzodiazepines|sedatives|narcotics|sleeping pills)\b[^.;]{0,60}?(?:for )?(?P<n>\d+) hours",
    "Nervana: \"no opioids or benzodiazepines 4 h\"",
)];

pub const SOMEONE_STAYS: &[Phrase] = &[p(
    r"(?:someone|an adult|a responsible adult|somebody)\b[^.;]{0,20}?(?:to )?stay with you\b[^.;]{0,40}?(?P<n>\d+) hours",
    "KetWell (older page): \"someone to stay with you throughout the next 24 hours\"",
)];

pub const NO_DEPENDENTS: &[Phrase] = &[p(
    r"(?:care for|look after|looking after|responsible for|supervise) (?:children|your children|kids|dependents|others|anyone)",
    "(other words) \"do not look after children until the next morning\"",
)];

// ---- the session day's timeline ----

pub const INFUSION_MINUTES: &[Phrase] = &[
    p(
        r"infusions?\b[^.;]{0,40}?(?:about|approximately|around|roughly|takes|lasts|last)\b ?(?:about |approximately |around )?(?P<n>\d+) minutes",
        "Jirah: \"about 40 minutes\" infusion",
    ),
    p(
        r"(?P<n>\d+)[- ]minutes? infusion",
        "(other words) \"a 40-minute infusion\"",
    ),
];

pub const OBSERVATION: &[Phrase] = &[p(
    r"(?:recovery|observation|monitor(?:ed|ing)?)\b[^.;]{0,40}?(?:about|approximately|around|roughly|for)? ?(?P<n>\d+)(?: ?(?:-|to) ?(?P<m>\d+))? (?P<u>minutes|hours)",
    "KetWell: recovery \"approximately 20 minutes\"; 003: \"about 1-3 h\"",
)];

/// Timeline words that do not say which session: Steady asks.
pub const TIMELINE_UNCLEAR: &[Phrase] = &[p(
    r"pain infusions?\b[^.;]{0,30}?up to (?P<n>\d+) hours",
    "care-facts: pain infusions \"up to 4 hours\"",
)];

// ---- red flags: whom to call ----

pub const CALL_EMERGENCY: &[Phrase] = &[p(
    r"call (?:911|999|112|000|111|119|an ambulance|emergency services|the emergency number)|go to (?:the |your )?(?:nearest )?(?:emergency room|emergency department|er\b|a&e|hospital)|(?:seek|get) emergency (?:care|help)",
    "Nervana (red flags): \"call the emergency number\", \"go to the emergency room\"",
)];

pub const CALL_CLINIC: &[Phrase] = &[p(
    r"(?:call|contact|phone|ring|notify|tell) (?:us|the clinic|our (?:office|clinic|team)|the office|your (?:ketamine )?(?:clinic|provider|care team))",
    "Nervana (red flags): \"call the clinic\"",
)];

pub const CALL_PRIMARY_CARE: &[Phrase] = &[p(
    r"(?:call|contact|tell|see|notify) your (?:primary care|pcp|gp|family doctor|regular doctor|doctor)",
    "Nervana (red flags): \"tell your primary care provider\"",
)];

// ---- tasks before each visit ----

pub const VISIT_TASK: &[Phrase] = &[p(
    r"(?:complete|fill (?:in|out)|submit) (?P<x>(?:the|your|a|our) [^.;]{3,60}?) (?:before|prior to|ahead of) (?:each|every|your) (?:visit|appointment|session|infusion|treatment)",
    "(other words) \"please complete the mood questionnaire before each visit\"",
)];

/// Words for numbers, as clinics write them.
// Not a care number: each word's value.
pub const NUMBER_WORDS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];
