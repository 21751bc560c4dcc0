//! The phrase tables for the shapes of a sheet that are lists or quotes
//! rather than times (what counts as clear, what breaking the fast means,
//! things to bring, whom to call), the medicine names, and the number
//! words; the rules with times are composed from `lexicon.rs` and
//! `values.rs` instead. Each entry has the real phrasing it was written
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
        r#"clear (?:liquids|fluids|drinks)['’”"]? (?:include|are|such as|means?)\b"#,
        "(other words) \"clear liquids include water, black coffee and tea\", \"clear drinks are water\"",
    ),
    p(
        r"no (?:cream|milk)\b[^.;]{0,30}?no (?:milk|juice with pulp|pulp|cream)",
        "CIT, AMG: \"no cream, no milk, no juice with pulp\"",
    ),
    p(
        r"clear (?:liquids?|fluids?|drinks?)\b[^.;]{0,60}?(?::|such as|e\.g\.|including|like|\(|\||; these include) ?(?:plain |still )?(?:water|black|tea|coffee|apple|juice|clear juice|broth|gatorade|sports drinks|cordial|jello|jelly|sprite|soda|lemonade|ginger ale|lucozade|squash)",
        "(other words) \"clear fluids until 2 hours before: black tea, black coffee, cordial\"; corpus half c: \"clear fluids (water, pulp-free juice, ...)\"; corpus half d: \"clear liquids, including jello and black coffee\", \"until 2 hours before, including Sprite and water\"; corpus half i: a table row \"clear liquids | water, ...\", \"clear fluids before the operation; these include water\"; corpus half ab: \"clear liquid (water, black coffee)\", the singular (branch tune-rest)",
    ),
    p(
        r"\bwater, [^.;]{0,30}\b(?:tea|coffee) without milk\b",
        "corpus half ae: \"you may still drink water, tea or coffee without milk until 2 hours before\" (the drinks named, and what is left out of them)",
    ),
    p(
        r"clear (?:liquids|fluids|drinks) \((?:not|no) (?:milk|dairy)",
        "corpus half ah: \"thin/clear liquids (not milk products)\" (what counts, by what is left out)",
    ),
    p(
        r"(?:drink|have|take) (?:anything|any drinks?|any liquids?|any fluids?) (?:with|containing|that contains?) (?:milk|cream)",
        "corpus half c: \"do not drink anything with milk or cream in it\"",
    ),
];

/// What happens if the fast is broken, in the clinic's words.
pub const IF_FAST_BROKEN: &[Phrase] = &[
    p(
        r"(?:procedure|treatment|infusion|appointment|session|surgery|operation|anaesthetic|anesthetic|examination|exam|test|scope|sedation)\b[^.;]{0,60}?(?:(?:will|may|might|could|can) (?:probably |likely |most likely |very likely |almost certainly |possibly |then )?(?:have to )?be|being) (?:cancelled|canceled|rescheduled|postponn?ed|delayed|put off|put back|moved)",
        "CIT: \"your procedure will be cancelled\"; corpus half i: \"may lead to the operation being delayed\"; written bank, set a: \"postponned\" (a page with typos); corpus half w: \"will probably be postponed\" (how sure, said between; branch tune-ayz: \"will most likely be canceled\"); corpus half y: \"may be put back\" (British English for postponed); corpus half ae: \"your examination will be postponed\" (the examination, as hospitals abroad call the visit)",
    ),
    p(
        r"\b(?:result|end|lead)s? (?:in|to)\b[^.;]{0,12}?\b(?:the )?(?:cancellation|postponement|rescheduling)\b[^.;]{0,12}?\b(?:procedure|treatment|appointment|surgery|operation|examination|exam|test|sedation)\b|\b(?:compel|force|oblige|require)s? (?:the|your) (?:doctor|surgeon|dentist|anaesthetist|anesthetist|clinic|team) to (?:cancel|postpone|delay|put off)\b",
        "branch tune-ayz, half ay: \"may result in the cancellation of your procedure\", \"may compel the doctor to cancel\" (the visit lost, said as a noun or as what the doctor must do)",
    ),
    p(
        r"\b(?:necessary|need|have)\b[^.;]{0,30}?\bto (?:cancel|reschedule|postpone|delay|put off)\b[^.;]{0,12}?\b(?:procedure|treatment|appointment|surgery|operation|examination|exam|test|sedation)\b",
        "corpus half ae: \"it may be necessary for your safety to postpone the examination\" (the visit put off, said of the need)",
    ),
    p(
        r"\b(?:we|they|the (?:clinic|hospital|team|unit|nurse|doctor)) (?:will|may|might|would|could) (?:have to |need to )?(?:cancel|reschedule|postpone|delay|move|rebook)\b",
        "written bank, set a: \"we will have to move your infusion to another day\" (the clinic as the one who moves it, in a sentence about eating)",
    ),
    p(
        r"\b(?:tell|inform|let) (?:us|the (?:staff|nurses?|doctors?|anaesthetist|anesthetist|anaesthesiologist|anesthesiologist|team))\b[^.;]{0,20}?\bif\b[^.;]{0,30}?\b(?:have|has|had) (?:eaten|drunk|had)\b|\bif\b[^.;]{0,30}?\b(?:have|has) (?:eaten|drunk)\b[^.;]{0,60}?\b(?:tell|inform) (?:us|the (?:staff|nurses?|doctors?|team))\b",
        "corpus half aj: \"please tell us if you/your child have eaten or drunk something against these rules\" (the patient's duty when the fast is broken, as half q's \"you MUST tell the staff\")",
    ),
    p(
        r"\b(?:procedure|examination|exam|tests?|scan|x-ray|scope|endoscopy|ultrasound)\b[^.;]{0,20}?\b(?:(?:will|may|might|could|can|would) not|cannot|can't) be (?:possible|done|taken|carried out|performed)\b",
        "branch tune-bh, half bh: \"the tests may not be possible\", \"the stomach X-ray cannot be taken\" (the visit lost, said as the test that cannot be done)",
    ),
];

// ---- medicines ----

/// A class of medicines, or one named medicine, with the names it goes by.
pub struct MedicineName {
    /// The name Steady shows, as the clinics name the class: in English,
    /// for reading; the patient reads it in their language
    /// (`write::medicine_class`, `sheet.ftl`).
    pub shown: &'static str,
    /// Words that name it: the class, generics and common brand names (the
    /// brand and generic names on US drug labels, DailyMed).
    pub words: &'static [&'static str],
    /// The class's own words ("stimulants"), as against brand or generic
    /// names ("Adderall"), which a proposal shows beside the class.
    pub class_words: &'static [&'static str],
    /// Sedating: "no opioids or benzodiazepines for 4 hours after" is the
    /// rule on sedatives after the session, not a restart time.
    pub sedating: bool,
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
            "modafinil",
            "armodafinil",
            "provigil",
            "adhd medication",
            "adhd medications",
            "adhd medicine",
            "adhd medicines",
            "adhd meds",
        ],
        class_words: &[
            "stimulant",
            "stimulants",
            "adhd medication",
            "adhd medications",
            "adhd medicine",
            "adhd medicines",
            "adhd meds",
        ],
        sedating: false,
        written_for: "CIT: \"stimulants (adderall)\"; Jirah: \"stimulants\"; corpus half b: \"ADHD medication such as Adderall, Modafinil\"",
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
            "sleeping pill",
            "sleeping tablets",
            "sleeping tablet",
            "sleep aids",
            "sleep aid",
            "sleeping medicine",
            "sleeping medicines",
            "sleeping medication",
            "sleeping medications",
            "hypnotic",
            "hypnotics",
        ],
        class_words: &[
            "sedative-hypnotic",
            "sedative-hypnotics",
            "sedative hypnotics",
            "sleeping pills",
            "sleeping pill",
            "sleeping tablets",
            "sleeping tablet",
            "sleep aids",
            "sleep aid",
            "sleeping medicine",
            "sleeping medicines",
            "sleeping medication",
            "sleeping medications",
            "hypnotic",
            "hypnotics",
        ],
        sedating: true,
        written_for: "CIT: \"sedative-hypnotics (ambien)\"; Jirah (corpus half b): \"sedatives, hypnotics\"; corpus half c: \"take sleeping tablets ... for 24 hours afterwards\", \"sleep aids\"; (other words) \"sleeping medicine\"",
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
            "opiate",
            "opiates",
        ],
        class_words: &["narcotic", "narcotics", "opioid", "opioids", "opiate", "opiates"],
        sedating: true,
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
        class_words: &["benzodiazepine", "benzodiazepines", "benzos"],
        sedating: true,
        written_for: "CIT, KetWell, Nervana: \"benzodiazepines\"",
    },
    MedicineName {
        shown: "Lamotrigine (Lamictal)",
        words: &["lamotrigine", "lamictal"],
        class_words: &[],
        sedating: false,
        written_for: "KetWell: \"Lamictal (lamotrigine)\"; ketamineclinics.com: \"Lamictal\"",
    },
    MedicineName {
        shown: "Sedatives",
        words: &["sedative", "sedatives"],
        class_words: &["sedative", "sedatives"],
        sedating: true,
        written_for: "Jirah: \"sedatives\"",
    },
    MedicineName {
        shown: "Muscle relaxants",
        words: &[
            "muscle relaxant",
            "muscle relaxants",
            "cyclobenzaprine",
            "flexeril",
            "methocarbamol",
            "robaxin",
            "baclofen",
            "tizanidine",
            "zanaflex",
            "carisoprodol",
        ],
        class_words: &["muscle relaxant", "muscle relaxants"],
        sedating: true,
        written_for: "Jirah (corpus half b): \"opioids, stimulants, sedatives, hypnotics, and/or muscle relaxants\"",
    },
    MedicineName {
        shown: "MAOIs",
        words: &[
            "maoi",
            "maois",
            "mao inhibitor",
            "mao inhibitors",
            "monoamine oxidase inhibitor",
            "monoamine oxidase inhibitors",
            "phenelzine",
            "nardil",
            "tranylcypromine",
            "parnate",
            "isocarboxazid",
            "marplan",
            "selegiline",
            "emsam",
        ],
        class_words: &[
            "maoi",
            "maois",
            "mao inhibitor",
            "mao inhibitors",
            "monoamine oxidase inhibitor",
            "monoamine oxidase inhibitors",
        ],
        sedating: false,
        written_for: "corpus half b: \"MAOIs (monoamine oxidase inhibitors), benzodiazepines ... and lamotrigine\"",
    },
    MedicineName {
        shown: "Cold medicines",
        words: &[
            "cold medicine",
            "cold medicines",
            "cold medication",
            "cold medications",
            "cough and cold medicines",
            "cold and flu medicines",
            "cold and flu tablets",
        ],
        class_words: &[
            "cold medicine",
            "cold medicines",
            "cold medication",
            "cold medications",
            "cough and cold medicines",
            "cold and flu medicines",
            "cold and flu tablets",
        ],
        sedating: false,
        written_for: "corpus half b: \"no recreational drugs, cold medicine, or alcohol within those 24 hours\"",
    },
    MedicineName {
        shown: "New medicines",
        words: NEW_MEDICINES,
        class_words: NEW_MEDICINES,
        sedating: false,
        written_for: "corpus half d: \"do not take any new medicines ... for 8 hours before the procedure\"",
    },
    MedicineName {
        shown: "As-needed medicines",
        words: AS_NEEDED_MEDICINES,
        class_words: AS_NEEDED_MEDICINES,
        sedating: false,
        written_for: "corpus half d: \"or any as-needed medicines for 8 hours before the procedure\"",
    },
];

// ---- what to bring ----

/// A heading or question that opens a list of things to bring: the list's
/// lines, unless they say something else, are the things.
pub const BRING_HEADING: &[Phrase] = &[p(
    r"^(?:[^>\n]{1,60}> ?)?(?:q: ?)?(?:what (?:to|(?:do|should|must|will) (?:i|you|we)(?: need to| have to)?|you should|you need to) (?:bring|pack|take with (?:me|you)|wear)\b|(?:things|items|documents|papers) to bring|(?:(?:on|for) (?:the|your) (?:day|morning)(?: of (?:your |the )?[a-z]+)?,? )?(?:please )?bring(?: (?:these|the following)(?: things| items)?)?(?: with you)?(?: (?:to|for) (?:(?:the|your) )?[a-z ]{1,30})?(?::| your$)|what to take:?$|your (?:bag|checklist):?$|[a-z]+ checklist:?$)",
    "AMG, Jirah: lists under \"What to bring\"; corpus half m: a list under \"Bring to the day surgery:\"; corpus half n: \"On the day of admission please bring:\"; (other words) \"What will you wear?\", \"Bring the following with you:\", \"Your stay > What to bring\" (a page's trail of headings before its own); corpus half t: a list under \"Preparation Checklist\"; corpus half aa: a lead that ends \"please bring your\" with the things on the lines below; (other words) \"Please bring these for the visit:\" (what the list is for), \"What to take\" alone on its line",
)];

pub const BRING: &[Phrase] = &[
    p(
        r"^\W*(?:please )?take (?P<x>(?:all |any |your )[^.;:]+?) with you\b",
        "branch tune-bc: \"take all of your insurance cards and a photo ID with you\" (taking one's own things with you to the visit is bringing them; \"take your tablets with water\" is not, nor \"take the instructions with you\", the sheet itself, half x)",
    ),
    p(
        r"^\W*(?:please )?take along (?P<x>[^.;:]+)",
        "branch tune-bc: \"take along any crutches that your doctor told you to bring\" (taken along to the visit, brought)",
    ),
    p(
        r"\b(?:arrive|arriving)\b[^.;:]{0,40}? with your (?P<x>(?:completed|signed|filled)[^.;:]{3,200})",
        "corpus half aa: \"arrive on time ... with your completed paperwork, photo ID and insurance card\" (what the patient arrives with is brought; a filled-in form leads the list, so no person)",
    ),
    p(
        r"(?:recommend|suggest|advise|encourage|think about|consider)(?:s|d|ed)? (?:that you )?(?:also )?bringing (?:along )?(?P<x>[^.;:]{3,200})",
        "corpus half c: \"we strongly recommend bringing headphones and a soothing playlist\", \"I would also suggest bringing any comfort items\"; corpus half d: \"think about bringing a blanket\"",
    ),
    p(
        r"\b(?:tips?|ideas?|suggestions?|recommendations?) (?:include|includes|are|is) bringing (?:along )?(?P<x>[^.;:]{3,200})",
        "corpus half e: \"some useful tips include bringing a book\"; (other words) \"good ideas are bringing a scarf\"",
    ),
    p(
        r"(?:recommend|suggest|advise|encourage)(?:s|d|ed)? (?:that you )?(?:also )?wearing (?P<x>[^.;:]{3,120}?)(?:, but | but | so | because | if |$|[.;:])",
        "corpus half d: \"we suggest wearing loose-fitting trousers and comfortable shoes\"",
    ),
    p(
        r"^(?P<x>[^.;:]{3,120}?) (?:can|could|may|might) (?:also )?be (?:useful|helpful|good|nice) (?:things|items) to bring",
        "corpus half c: \"books, knitting, or a journal can also be useful things to bring\"",
    ),
    p(
        r"(?P<x>[^.;:,]{0,60}?\b(?:shirt|shirts|t-shirt|tee-shirt|shoes|top|sleeves|socks|sweater|jumper|jacket|layers|clothes|clothing|footwear|trousers)\b[^.;:,]{0,40}?) (?:is|are|should be|must be) (?:requested|recommended|advised|preferred|best|a good idea|a good choice|ideal|worn)\b",
        "corpus half c: \"a short-sleeved shirt and flat shoes are requested\"; corpus half d: \"so short sleeves are a good idea\"; corpus half n: \"sensible clothing is advised\", \"short sleeves should be worn\"; corpus halves s and t: \"a T-shirt is a good choice\", \"a tee-shirt is ideal\"",
    ),
    p(
        r"\bdress (?:comfortably|casually|warmly|sensibly),? and (?:choose|pick|opt for|wear) (?P<x>[^.;:]{3,120}?)(?:, but | but | so | because | if |$|[.;:])",
        "corpus half o: \"dress comfortably and choose a t-shirt or tank top\"",
    ),
    p(
        r"\b(?:show|present) (?P<x>(?:your|a|an|the|valid|proof)[^.;:]{2,120}?) (?:at|on) (?:(?:your|their|the) )?(?:appointment|arrival|admission|visit|check-in)\b",
        "(other words) \"patients must show a valid insurance card at their appointment\", \"please present your photo ID on arrival\" (what must be shown is brought)",
    ),
    p(
        r"\b(?:remember|don't forget|do not forget) (?P<x>your (?:[a-z-]+ )?(?:card|id|passport|referral|referral letter|letter)|(?:your|a) (?:face )?mask|your (?:reading )?glasses|your hearing aids?)\b",
        "branch tune-bd, half bd: \"remember your discount card; it has to be shown at reception\" (a paper or card to remember is brought; the words kept to such things, as \"remember your appointment\" is none); branch tune-bh, half bh: \"remember a face mask!\" (a thing worn or carried, remembered)",
    ),
    p(
        r"\bhand in (?P<x>(?:your|the) (?:[a-z-]+ )?(?:card|id|form|forms|letter|referral)(?: and (?:your|the) (?:[a-z-]+ )?(?:card|id|form|forms|letter|referral)(?: for the (?:examination|procedure|test))?)?) at (?:the )?(?:reception|desk|registration|check-in)\b",
        "branch tune-bd, half bd: \"hand in your patient card and the consent form for the examination at reception\" (what is handed in at the desk is brought)",
    ),
    p(
        r"(?:please )?have (?P<x>(?:your|a|an|the|some) [^.;:,]{2,120}?) (?:with you|on you)\b",
        "corpus half g: \"please have your Medicare card and health fund details with you at admission\"",
    ),
    p(r"(?:please |you may (?:want to )?|you might (?:want to )?|feel free to |remember to |don't forget to |do not forget to |perhaps |maybe |you could )?bring (?:along )?(?:with you )?(?P<x>[^.;:]{3,200})", "CIT: \"photo ID and a form of payment\"; AMG: \"a blanket or pillow, a CPAP machine\"; Jirah: \"headphones, eye mask, journal\"; corpus half ax: \"perhaps bring something to read\" (a suggested item, branch tune-awx)"),
    p(
        r"\b(?:please )?dress in (?P<x>[^.;:]{3,200}?)(?:, but | but |, please | so | because | if |$|[.;:])",
        "corpus half a: \"please dress in layers\" (what to wear, said with another verb)",
    ),
    p(
        r"\bcome (?:in|wearing) (?P<x>(?:\w+ )?(?:clothes|clothing))\b",
        "corpus half bf: \"please come in simple clothes\", \"come in clothes that are easy to take off\" (what to wear, said with the coming; branch tune-bf)",
    ),
    p(r"\b(?:please )?wear (?P<x>[^.;:]{3,200}?)(?:, but | but |, please | so | because | if | \(|$|[.;:])", "AMG: \"comfortable clothing\"; corpus half a: \"wear a short-sleeved shirt and flat shoes\"; corpus half m: \"wear flat heeled shoes and loose clothing (for example, ...) that does not ...\" (the things end where a bracket starts)"),
    p(
        r"(?P<x>(?:ordinary |loose |warm |soft )?(?:comfortable|comfy|loose|loose-fitting|cosy|cozy|warm)(?: street| loose| warm| casual)? (?:clothes|clothing))",
        "AMG: \"comfortable clothing\"; corpus half a: \"comfortable street clothes are fine\"",
    ),
];

// ---- red flags: whom to call ----

pub const CALL_EMERGENCY: &[Phrase] = &[p(
    r"(?:call|dial|ring|phone|text|call or text) (?:911|999|112|000|111|119|988|995|10177|10111|an ambulance|emergency services|the emergency number|the crisis line|a crisis line|the suicide)\b|(?:go|come back|return) (?:straight |directly |immediately )?to (?:the |your )?(?:nearest )?(?:emergency room|emergency department|emergency unit|er\b|a&e|accident (?:and|&) emergency(?: department| unit)?|hospital)|(?:seek|get) emergency (?:care|help)",
    "Nervana (red flags): \"call the emergency number\", \"go to the emergency room\"; corpus half d: \"go to the Accident and Emergency department\"; written bank, set a: \"dial 111\" (New Zealand), \"ring 112 or 999\" (Ireland), \"call 995\" (Singapore), \"call 10177 or go to the nearest emergency unit\" (South Africa); branch tune-flags: \"go straight to the emergency room\", \"come back to the emergency department\" (the same going, said with its haste or as a return)",
)];

pub const CALL_CLINIC: &[Phrase] = &[
    p(
        r"(?:call|contact|phone|ring|notify|tell) (?:us|this (?:office|clinic|practice)|dr\.? [a-z]+|the clinic|the hospital|the practice|our (?:[a-z]+ )?(?:office|clinic|team|hospital|nurses|nurse|practice|physicians|doctors|surgeons|staff)|the (?:[a-z]+ )?(?:office|specialist|sedationist|unit)|the [a-z]+ (?:clinic|doctor)|your (?:ketamine )?(?:clinic|provider|care team|surgeon|anaesthetist|anesthetist|sedationist|dentist|specialist|consultant|treating doctor|treating physician)|your (?:doctor|physician|surgeon)(?:'|’)?s office)",
        "Nervana (red flags): \"call the clinic\"; branch tune-cd: \"call your doctor's office\" (the practice that treats, not the family doctor), \"contact our physicians\", \"phone the unit\" (the clinic's own doctors and its day unit); corpus half d: \"please contact your surgeon for advice\" (the one who treats); corpus half i: \"call the dental office\" (an office named by its kind); (other words) \"contact the hospital\", \"your specialist\" (the one who treats); corpus half l: \"call our nurses\" (the clinic's own staff); written bank, set a: \"tell the practice\" (a dental practice); corpus half x: \"contact your sedationist\" (the one who sedates); corpus half w: \"contact the IVF specialist\" (the one who treats, named by kind); branch tune-flags: \"ring the dental clinic\", \"call the ordering doctor\" (the clinic or doctor named by kind is the one the visit is with); \"tell this office\" (the sheet's own), \"tell Dr. Lee\" (a doctor named on the clinic's sheet is its own)",
    ),
    p(
        r"(?:your|the) (?:treating (?:doctor|physician)|surgeon|anaesthetist|anesthetist|sedationist|dentist|clinic) (?:must|should|needs to) be (?:told|informed|notified)",
        "corpus half w: \"your treating doctor must be told\" (the passive of \"tell your treating doctor\": the one who treats)",
    ),
    p(
        r"(?:should|must) be reported (?:to (?:us|the (?:clinic|office|doctor|dentist|surgeon)|your (?:dentist|surgeon))|straight away|immediately|at once|right away|before|prior to)",
        "(other words) \"a fever should be reported to us\": the passive of \"tell us\"; corpus half j: \"should be reported straight away\"; branch tune-flags: \"must be reported before the day\" (to the sheet's own clinic)",
    ),
    p(
        r"(?:please|,|but|then) call(?: us)? (?:if|when|so (?:that )?we can)\b",
        "corpus half e: \"call if any redness, pain or swelling develops\" (a bare call on the clinic's sheet is to the clinic; the words after it say why); corpus half v: \"please call so we can talk about the problem\"",
    ),
    p(
        r"let (?:us|the (?:clinic|office|practice|surgery|doctor)|our (?:office|clinic|team|practice|surgery)|your (?:surgeon|dentist|care team)) know",
        "(other words) \"let us know\", as \"tell us\"; corpus half i: \"please let our office know\"; corpus half n: \"let the surgery know\" (a British dental surgery is the practice; the operation is never told); branch tune-flags: \"let the doctor know\" (the one the sheet's visit is with)",
    ),
    p(
        r"(?:call|contact|phone|ring) the [a-z&' ]{2,60}?(?:where|in which) you were (?:treated|seen)",
        "corpus half b: \"phone the Emergency Department at the hospital where you were treated\"",
    ),
];

pub const CALL_PRIMARY_CARE: &[Phrase] = &[p(
    r"(?:call|contact|tell|see|notify) your (?:primary care|pcp|gp|family doctor|regular doctor|doctor|physician)",
    "Nervana (red flags): \"tell your primary care provider\"; corpus half u: \"tell your physician\" (the procedure's, when said of the time before it)",
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

/// New medicines: each word names the class as well.
const NEW_MEDICINES: &[&str] = &[
    "new medicines",
    "new medications",
    "new medicine",
    "new medication",
    "new meds",
];

/// As-needed medicines: each word names the class as well.
const AS_NEEDED_MEDICINES: &[&str] = &[
    "as - needed medicines",
    "as - needed medications",
    "as - needed medicine",
    "as - needed medication",
    "as needed medicines",
    "as needed medications",
    "prn medicines",
    "prn medications",
];
