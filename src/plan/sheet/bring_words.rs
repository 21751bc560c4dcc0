//! The words by which `lists::bring` tells a thing the clinic asks every
//! patient to bring or wear from one it only allows, or a "bring" that is
//! no ask at all ("it may bring relief"). A thing to bring for some
//! patients only is told in `some_patients.rs`.

/// Words that say what something may do ("it may bring relief").
pub(super) const MODALS: &[&str] = &["may", "can", "could", "might", "will", "would"];

/// Words that allow a thing without asking for it: "you may bring", "feel
/// free to bring", "if you like". "You may want to bring a jumper" is
/// advice, so it is not here.
pub(super) const ALLOWED: &[&str] = &[
    "you may wear",
    "you can wear",
    "you may bring",
    "you can bring",
    "you may also bring",
    "you can also bring",
    "may like to bring",
    "might like to bring",
    "may like to wear",
    // "You may wish to bring a book": the patient's wish, not the clinic's ask.
    "may wish to bring",
    "might wish to bring",
    "may wish to wear",
    "feel free to bring",
    "feel free to wear",
    "welcome to bring",
    // "You could bring a book": a suggestion the patient is free to take.
    "you could bring",
    "you could also bring",
    "you could wear",
    // "You might bring a magazine to pass the time": the same suggestion
    // with the other modal of a possibility. Not "you might also bring",
    // which goes on from a thing asked before it ("Please bring music. You
    // might also bring a relaxation aid").
    "you might bring",
    "you might wear",
    // "You may be asked to bring slippers": only if asked, so not yet a
    // thing every patient brings.
    "may be asked to bring",
    "might be asked to bring",
    "may be asked to wear",
    "welcome to wear",
    "if you like",
    "if you wish",
    "if you prefer",
    "if you'd like",
    "if you would like",
];

/// Words that say a thing is allowed, not asked for.
pub(super) const NOT_NEEDED: &[&str] = &[
    "do not need to",
    "don't need to",
    "do not have to",
    "don't have to",
    "not necessary",
    "not required",
    "optional",
];

/// "to bring" is an instruction only after these: "remember to bring",
/// "you are welcome to bring"; otherwise a purpose ("to bring relief back").
pub(super) const ASKED_TO: &[&str] = &[
    "remember",
    "forget",
    "want",
    "welcome",
    "sure",
    "need",
    "free",
    "like",
    "wish",
    "asked",
    // "You are required to wear a T-shirt": asked, more firmly.
    "required",
    "expected",
    "encouraged",
    "have",
    "able",
    "invited",
    "please",
    "advised",
    "plan",
    "useful",
    "helpful",
    // "It is always wise to bring", "it is a good idea to bring": advice.
    "wise",
    "best",
    "idea",
    "advisable",
    // "It is important to bring your medicines": asked, by its weight.
    "important",
    "essential",
    "vital",
];

/// Verbs by which a clinic asks its patients to bring something, whatever
/// it calls them ("we encourage our clients to bring").
pub(super) const ASKING_VERBS: &[&str] = &[
    "encourage",
    "recommend",
    "advise",
    "ask",
    "invite",
    "suggest",
    "remind",
    "tip",
    "idea",
];
