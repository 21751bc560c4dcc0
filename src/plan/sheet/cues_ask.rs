//! The words that send the patient to someone else about a rule (the
//! `Cue::Ask` of `cues.rs`): "discuss", "talk to", "tell your doctor",
//! "contact your surgeon", "will advise you"... Kept apart from the other
//! cues because the list grows with every half (how clinics say "ask").

/// The phrases of `Cue::Ask`.
pub(super) const ASK: &[&str] = &[
    "discuss",
    "please discuss",
    "talk to",
    "talk with",
    "speak to",
    "speak with",
    "let us know",
    "tell us",
    "inform us",
    "inform your",
    "check with",
    "consult",
    "ask your",
    "ask us",
    "call us before",
    "notify us",
    "contact your prescriber",
    "contact your prescribing",
    "with your prescriber",
    "your prescribing",
    "talking to",
    "for instructions",
    "call the office for instructions",
    "discussed",
    "talk it over",
    "talk over",
    "talk them over",
    "talk these over",
    "checking with",
    "tell you which",
    "will tell you which",
    "tell your doctor",
    "told your doctor",
    "tell the doctor",
    // "Please tell Dr. Okafor": the doctor by name is the one to tell.
    "tell dr",
    // "Your doctor will advise you about your blood thinners": the
    // clinic decides; the patient asks.
    "advise you about",
    "advise you whether",
    "advise you on",
    "advise you if",
    "tell the nurse",
    "tell the surgeon",
    "tell the anaesthetist",
    "tell the anesthetist",
    "tell your prescriber",
    "to talk about",
    "to discuss",
    "change when you take",
    // "If you take blood thinners, phone us if you have not been
    // given special instructions": the instructions are the
    // clinic's to give, so the patient asks for them.
    "not been given instructions",
    "not been given special instructions",
    "not been given specific instructions",
    "not received instructions",
    "not received special instructions",
    // "If you take blood thinners, contact your physician", "get
    // specific advice from your GP", "your doctor will tell you
    // whether to stop": whom to ask about a medicine, in other words.
    "contact your physician",
    "contact your doctor",
    "contact your gp",
    "contact your anaesthetist",
    "contact your anesthetist",
    "contact your surgeon",
    "tell the physician",
    "tell your physician",
    "tell our office",
    "specific advice",
    "get advice",
    "seek advice",
    "will tell you whether",
    "will tell you if",
    "will advise you",
    // "Your doctor will give you information about your insulin",
    // "you will be told how to take it", "not sure whether to take
    // it, contact your admitting doctor": the clinic decides. Not
    // "will give you instructions": "instructions" is the cue that
    // the rule is given elsewhere, asked as such.
    "will give you information about",
    "will advise them",
    "will be told how to take",
    "will be told whether",
    // "Are not sure whether to take it": no "not" of a rule (longer
    // than "are not", which would read one).
    "not sure whether to take",
    "are not sure whether to take",
    "aren't sure whether to take",
    "unsure whether to take",
    "contact your admitting doctor",
    // "Contact the doctor who prescribes it right away for directions":
    // the prescriber, named by what they do; directions are the
    // instructions to ask for (branch tune-cd).
    "doctor who prescribes",
    "doctor who prescribed",
    "for directions",
    // "Be sure your physician knows if you take Coumadin": the prescriber
    // told, and so asked about it (branch tune-cd). Not "knows which
    // medicines you take": the whole list told, no medicine asked about.
    "your physician knows if you take",
    "your doctor knows if you take",
    "your surgeon knows if you take",
];

/// Where the phrases of [`ASK`] come from.
pub(super) const ASK_SOURCE: &str = "KetWell: \"if you are on Lamictal (lamotrigine) ... please discuss\", \"please talk it over with the MD\"; corpus half b: \"our team will tell you which of your medications to take\", \"you have told your doctor about every medication\"; corpus half d: \"contact your anaesthetist to talk about your insulin plan\", \"we may ask you to change when you take your doses\" (the clinic sets the doses: talk to them); corpus half i: \"talk them over with your anaesthetist\", \"without checking with your doctor\"; corpus halves g, h, j, m: \"please contact your physician\", \"tell our office for specific instructions\", \"get specific advice from your GP\"; written set a: \"your doctor will tell you whether you need to stop\"; corpus halves g, h, k: \"your doctor will give you information about your medicines\", \"their doctor or nurse will advise them about taking medicine\", \"not sure whether to take it ... contact your admitting doctor\"";
