//! What a sheet's words are about, as data: topics (solid food, clear
//! liquids, alcohol and drugs, each medicine or class, driving, decisions,
//! dependents, the escort and the ride, arriving, the infusion, the stay
//! after, tasks before a visit) and cues (what is asked: "must not", "may",
//! "until", "discuss", "keep taking"...), each entry with where its words
//! come from. The real phrasings are care-facts' ("What real clinics ask",
//! "From other public sources"); "issue 25" marks the plain verbs a first
//! reader missed on sheets it had not seen (come = arrive, stay with us =
//! observation, abstain = alcohol, is given over = the infusion, routine
//! medications = usual medicines, fill out before your visit = a task);
//! "(other words)" marks common synonyms.
//!
//! Phrases are written as words separated by spaces, punctuation spaced as
//! the tokenizer splits it ("sedative - hypnotics"). The longest phrase at
//! a place wins, so "drink alcohol" is alcohol and "drive you home" the
//! escort, not driving.

use std::collections::HashMap;
use std::sync::LazyLock;

pub(super) use super::cues::{Cue, CUES};
use super::tables::MEDICINES;
use super::tokens::{phrase_words, Tok};

/// What a rule is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Topic {
    SolidFood,
    /// "fast": no food, said without a "no".
    Fast,
    /// "meals": solid food, unless "heavy" or "light" makes it unclear.
    Meal,
    Liquids,
    /// "nothing by mouth": food and liquids.
    NothingByMouth,
    AlcoholDrugs,
    /// An entry of `tables::MEDICINES`.
    Medicine(usize),
    /// "Usual medications", "routine medicines": the patient's own.
    UsualMedicines,
    /// "medications" alone: usual only with "keep taking" or "continue".
    Medications,
    /// A medicine or class named by the sheet that `tables::MEDICINES` has
    /// no rule shape for; shown as the sheet says it.
    OtherMedicine,
    Driving,
    Decisions,
    Dependents,
    SomeoneStays,
    Escort,
    /// Words that say an escort is needed by themselves ("a responsible
    /// adult", "your driver").
    EscortNeeded,
    /// A ride, without who gives it ("arrange transportation").
    Ride,
    Rideshare,
    Arrive,
    Infusion,
    /// "A session lasts around 120 minutes": the infusion (or spray) and
    /// the stay after together, so asked, never chosen.
    Session,
    /// "The whole visit takes 1 1/2 hours": neither the infusion nor the
    /// stay after.
    Visit,
    StayAfter,
    Task,
    /// "You can go back to your normal activities the next morning": what
    /// is allowed again, without naming driving or the rest.
    NormalActivities,
    /// Words that look like a topic but are not ("driving licence").
    Not,
}

/// A topic and the words that name it.
pub(super) struct TopicWords {
    pub topic: Topic,
    pub phrases: &'static [&'static str],
    pub source: &'static str,
}

/// The nouns for something to drink ("fluids", "a drink"), one table for
/// the readers that look at the words beside them: a drink a word calls
/// not clear (`food.rs`), and what is eaten or drunk after (`moments.rs`).
pub(super) const DRINK_NOUNS: &[&str] = &["fluid", "fluids", "liquid", "liquids", "drink", "drinks"];

const fn tw(topic: Topic, phrases: &'static [&'static str], source: &'static str) -> TopicWords {
    TopicWords { topic, phrases, source }
}

pub(super) const TOPICS: &[TopicWords] = &[
    tw(
        Topic::SolidFood,
        &["eat", "eating", "eaten", "food", "foods", "solid food", "solid foods", "solids", "solid", "anything solid"],
        "CIT, AMG, Jirah: \"nothing to eat for 6 hours\"; AMG: \"no solid food 6 h before\"",
    ),
    tw(
        Topic::SolidFood,
        &["chew gum", "chewing gum", "gum", "mints", "candy", "sweets", "lollies"],
        "(other words) \"no gum or mints\"",
    ),
    tw(
        Topic::Fast,
        &["fast", "fasting", "fasted", "go without food", "without food", "keep your stomach empty", "keep your stomach completely empty"],
        "(other words) \"fast for 6 hours\"; corpus half a: \"you must fast for 8 hours\", \"go without food\"; branch tune-cd: \"keep your stomach empty after 10 pm\" (nothing eaten or drunk, said by what it is for)",
    ),
    tw(
        Topic::Meal,
        &["meal", "meals", "breakfast", "lunch", "dinner", "snack", "snacks"],
        // Not "last meal": its "last" is the cue that makes "have your last
        // meal 8 hours before" a cutoff.
        "KetWell: \"no heavy meals 3 hours prior\"",
    ),
    tw(
        Topic::Liquids,
        &["clear liquids", "clear liquid", "clear fluids", "clear fluid", "liquids", "liquid", "fluids", "drink", "drinks", "drinking", "water", "beverages", "clear drinks", "sips of water", "sip of water", "caffeine", "caffeinated drinks", "caffeinated beverages"],
        "CIT, AMG: \"clear liquids up until 2 hours\"; corpus half be: a timed ban on caffeine, a clear-liquid line for that kind of drink (ak/pembertonvalleydental, r/miamidentalsedation)",
    ),
    tw(
        Topic::NothingByMouth,
        &["npo", "by mouth", "eat or drink", "eat and drink", "eating or drinking", "eating and drinking", "food or drink", "food and drink", "food or liquids", "food or fluids", "food or water", "food and fluids", "food and liquids", "food and drinks", "food or drinks", "food and water"],
        "(other words) \"nothing to eat or drink after midnight\"; corpus half c: \"stop all food and fluids 6 hours before\"",
    ),
    tw(
        Topic::AlcoholDrugs,
        &["alcohol", "alcoholic", "alcoholic beverages", "alcoholic drinks", "drink alcohol", "drinking alcohol", "drink any alcohol", "drinking any alcohol", "drink any alcoholic", "drinking any alcoholic", "beer", "wine", "liquor", "cannabis", "marijuana", "weed", "thc", "recreational drugs", "recreational drug", "recreational substances", "illicit drugs", "illegal drugs", "street drugs", "drugs", "cbd", "narcotic drug", "narcotic drugs", "any kind of narcotic drug", "any kind of drug", "any kind of drugs"],
        "KetWell: \"no recreational drugs or alcohol 24 hours\"; Nervana: \"no alcohol or cannabis 24 h\"; issue 25, branch tune-cd: \"narcotic drugs\" beside alcohol are the street kind (a drug, not a medication), as \"drugs\" alone",
    ),
    tw(
        Topic::UsualMedicines,
        &["usual medications", "usual medication", "usual medicines", "usual medicine", "usual meds", "chronic medicines", "chronic medication", "chronic medications", "chronic meds", "everything you normally take", "everything you usually take", "usual morning medicines", "regular medications", "regular medication", "regular medicines", "regular meds", "routine medications", "routine medication", "routine medicines", "normal medications", "normal medication", "normal medicines", "normal medicine", "daily medications", "daily medicines", "prescribed medications", "prescribed medicines", "usual prescriptions", "regular prescriptions", "daily meds", "morning medications", "morning medicines", "usual morning medications", "morning meds", "normal morning medications", "regular morning medications", "prescription medications", "prescription medicines", "prescription meds", "medications you normally take", "medication ( s ) you normally take", "medicines you normally take", "medications you usually take", "medicines you usually take", "regularly scheduled medications", "regularly scheduled medicines", "scheduled medications", "scheduled medicines", "medicines you use regularly", "medications you use regularly", "medicines you take regularly", "medications you take regularly", "medicines as you normally do", "medications as you normally do", "medicines as you usually do", "medications as you usually do", "medicines as usual", "medications as usual", "medicines as normal", "medications as normal", "morning medication", "essential medications", "essential medicines", "essential medication", "essential morning medications", "essential morning medication"],
        "CIT: medicines \"keep taking, except named ones\"; issue 25: \"routine medications\"; corpus half b: \"stay on their prescription medications\", \"the medication(s) you normally take every day\"; corpus half c: \"regularly scheduled medications\", \"medicines you use regularly\"; corpus half d: \"take your medicines as you normally do\"; written bank, set a: \"chronic medication\" (South African English), \"everything you normally take\"; issue 25, branch tune-cd: \"any essential morning medication\" (the ones a patient cannot miss are the usual ones, not one named)",
    ),
    tw(
        Topic::Medications,
        &["medications", "medication", "medicines", "medicine", "meds", "tablets", "pills", "injections", "thinners", "inhibitors", "blockers", "supplements", "prescriptions", "current medications", "other medications", "other medicines", "all medications", "all other medications", "all your medications", "all medicines", "all other medicines", "all your medicines", "all meds", "medication ( s )"],
        "CIT: medicines \"keep taking, except named ones\"; corpus half b: \"skip your pills\", \"the medication(s)\"",
    ),
    tw(
        Topic::OtherMedicine,
        &["anticoagulants", "anticoagulant", "blood thinners", "blood - thinning medicines", "antidepressants", "antidepressant", "ssris", "snris", "antihistamines", "diuretics", "insulin", "glp - 1", "glp - 1 medications", "semaglutide", "ozempic", "wegovy", "tirzepatide", "mounjaro", "naltrexone", "buprenorphine", "suboxone", "methadone", "kratom", "antipsychotics", "lithium", "gabapentin", "anti - nausea medication", "anti - nausea medicine", "anti - nausea tablet", "anti - nausea tablets", "anti - nausea pill", "anti - nausea pills", "antibiotic", "antibiotics", "ondansetron", "zofran", "blood pressure medication", "blood pressure medications", "blood pressure medicine", "diabetes medication", "diabetes medications", "diabetic medications", "nasal decongestant", "nasal corticosteroid", "decongestants", "corticosteroids", "aspirin", "ibuprofen", "nsaids", "warfarin", "coumadin", "clopidogrel", "plavix", "rivaroxaban", "xarelto", "apixaban", "eliquis", "dabigatran", "pradaxa", "edoxaban", "enoxaparin", "lovenox", "heparin", "ticagrelor", "brilinta", "prasugrel", "aggrenox", "blood thinner", "blood - thinning medication", "blood - thinning medications", "blood thinning medication", "blood thinning medications", "blood - thinning medicine", "blood thinning medicines", "diabetes medicine", "diabetes medicines", "diabetes tablets", "diabetes tablet", "diabetic tablets", "diabetes pills", "tablets for diabetes", "medicines for diabetes", "medication for diabetes", "diabetic medicine", "diabetic medicines", "diabetic medication", "hypoglycemic agents", "hypoglycaemic agents", "hypoglycemic drugs", "hypoglycaemic drugs", "oral hypoglycemics", "oral hypoglycaemics", "metformin", "empagliflozin", "jardiance", "dapagliflozin", "farxiga", "canagliflozin", "invokana", "sglt2 inhibitors", "sglt - 2 inhibitors", "heart medication", "heart medications", "heart medicine", "heart medicines", "blood pressure medicines", "blood pressure tablets", "water tablets", "asthma medicine", "asthma medicines", "asthma medication", "inhaler", "inhalers", "thyroid medication", "thyroid medicine", "levothyroxine", "steroids", "prednisone", "prednisolone", "methotrexate", "hrt", "hormone replacement therapy", "contraceptive pill", "oral contraceptive pill", "herbal supplements", "herbal medicines", "supplements", "fish oil", "vitamin e", "diet pills", "phentermine", "mao inhibitors", "hypoglycemics", "hypoglycaemics", "blood sugar medication", "blood sugar medications", "anti - inflammatories", "anti - inflammatory", "anti - inflammatory medicines", "anti - inflammatory medications", "anti - inflammatory drugs", "anti - inflammatory tablets", "antiinflammatories", "anti inflammatories", "motrin", "aleve", "naproxen", "nurofen", "non - steroidal anti - inflammatory drugs", "non - steroidal anti - inflammatory drug", "nonsteroidal anti - inflammatory drugs", "advil", "oestrogen", "estrogen", "vitamins", "multivitamins", "minoxidil", "probiotic", "probiotics", "prebiotic", "prebiotics", "laxative", "laxatives", "antifungal", "antifungals", "proton pump inhibitors", "proton pump inhibitor", "ppis", "ppi", "theophylline", "bronchodilator", "bronchodilators", "digestive enzymes", "bulking agents", "thyroid medicines", "thyroid medications", "anti - thyroid medicines", "anti - thyroid hormones", "methimazole", "ventolin", "salbutamol", "albuterol", "atrovent", "ipratropium", "bricanyl", "terbutaline", "serevent", "salmeterol", "advair", "seretide", "symbicort", "spiriva", "tiotropium"],
        "(other words) medicines and classes clinics name, as the US drug labels call them (DailyMed), with the blood thinners, diabetes, heart, asthma, thyroid and hormone medicines and supplements that sedation sheets name most; shown as the sheet says them; corpus half i: \"hypoglycemic agents\"; corpus half ai: \"Motrin, Aleve\" (ibuprofen and naproxen by their US brand names), \"every non-steroidal anti-inflammatory drug\"; corpus half p: \"other anti-inflammatories for one to two days before\"; branch tune-bg: the medicines that breath tests, stomach and thyroid scans and breathing tests stop (probiotics, laxatives, antifungals, proton pump inhibitors, theophylline, bronchodilators and the common inhalers by name)",
    ),
    tw(
        Topic::Driving,
        &["drive", "driving", "drive a car", "drive a vehicle", "operate machinery", "operate heavy machinery", "operating machinery", "operating heavy machinery", "machinery", "heavy machinery", "operate", "operating", "cycle", "cycling", "ride a bike", "ride a bicycle", "motor vehicle", "get behind the wheel", "behind the wheel", "part in road traffic", "part in traffic"],
        "KetWell: \"no driving, machinery or legal decision for 24 hours\"; corpus half ae: \"taking an active part in road traffic ... is forbidden\" (driving, in the words of German law); branch tune-bd, half bd: \"you may not take part in traffic on your own\" (Dutch \"deelnemen aan het verkeer\")",
    ),
    tw(
        Topic::Decisions,
        &["decisions", "decision", "legal decisions", "legal decision", "important decisions", "big decisions", "major decisions", "financial decisions", "life decisions", "legal documents", "legal document", "sign legal documents", "sign documents", "sign any documents", "signing documents", "signing legal documents", "sign contracts", "contracts", "contract", "legal contract", "legal contracts", "sign anything important", "sign anything", "legal papers", "important papers", "sign important papers", "important documents", "financial transactions", "legally binding documents", "legally binding", "binding documents", "business matters", "important business", "business decisions", "financial matters"],
        "KetWell: \"no ... legal decision for 24 hours\"; issue 25: \"sign legal documents\"; corpus half b: \"legally binding documents\"; corpus half i: \"any legal contract\"",
    ),
    tw(
        Topic::Dependents,
        &["children", "kids", "dependents", "dependants", "babysit", "babysitting", "childcare", "young children", "small children", "vulnerable adults", "anyone who depends on you", "others who depend on you", "dependent adults", "dependent adult", "dependent children"],
        "issue 25: \"look after dependents\" (the verbs alone are not enough: \"look after yourself\"); corpus half b: \"dependent adults\"",
    ),
    tw(
        Topic::SomeoneStays,
        &["stay with you", "support person with you", "supervise you", "supervise the patient", "supervise them", "stays with you", "stay with them", "stays with them", "stay with the patient", "stays with the patient", "staying with you", "remain with you", "be with you", "with you at home", "someone at home", "left alone", "left on your own", "left on their own", "be alone", "stay alone", "be on your own", "someone with you", "be watched", "watched at home", "watch you at home", "watches you at home", "watch the patient at home", "be supervised", "supervised at home", "watch over you", "watch over your recovery", "watch over their recovery", "look after your recovery", "keep an eye on you", "at home with you", "stay close by", "stay nearby", "remain nearby", "stay close", "stay with the patient", "stay with the sedated patient", "remain with the patient", "stay with the responsible adult", "stay with a responsible adult", "stay with an adult", "stay with the adult", "stay with your escort", "stay with your driver", "stay with your companion", "stay with a responsible person", "look after you", "looks after you", "looking after you", "caring for you", "adult at home", "responsible adult at home", "someone at home", "you to be looked after", "you are looked after", "you will be looked after", "care for you", "stay at home with you", "be with the patient", "with the patient at home", "stay the night", "be looked after", "adult at home", "adult supervision", "is supervised", "are supervised", "care for the patient", "stay with me", "stays with me", "be with me"],
        "KetWell (older page): \"someone to stay with you throughout the next 24 hours\"; branch tune-cd: an adult to \"watch over your recovery\" for a day or two (company at home, not the clinic's stay); corpus half b: \"someone should be at home with you\", \"stay close by for 8-12 hours\", \"stay with the sedated patient\", \"the patient must stay with the responsible adult for 12 hours\"; corpus half c: \"to look after you at home overnight\"; corpus half s: \"an adult is looking after you for 24 hours\"; corpus half t: \"a responsible adult at home who can help you\"; corpus half d: \"someone to stay at home with you\", \"an adult should be with the patient\"; (other words) \"stay with them\" (the patient named in the third person); (other words) \"an adult must supervise you\"; (other words) \"a support person with you overnight\"; corpus halves c, g, n: \"adult supervision overnight\", \"the patient is supervised\", \"care for the patient\"; written set a: \"an adult stays with me\" (a consent form's first person)",
    ),
    tw(
        Topic::Escort,
        &["escort", "escorts", "driver", "adult", "companion", "chaperone", "attendant", "carer", "friend", "family member", "relative", "friend or family member", "drive you", "drive you home", "drive you to and from", "take you to and from", "takes you to and from", "take you home", "drives you", "drives you home", "takes you home", "collect you", "fetch you", "fetch the patient", "drive the patient", "drive the patient home", "take the patient home", "collect the patient", "collected", "pick you up", "picked up", "pick - up", "accompany you", "accompanied", "escort you", "escorted", "someone to drive", "person to drive", "come with you", "comes with you", "go with you", "goes with you", "ride with you", "rides with you", "support person", "adult support person", "go home with you", "goes home with you", "travel home with you", "this person", "that person", "parent or legal guardian", "parent or guardian", "legal guardian", "give you a ride", "give you a ride home", "give them a ride", "give them a ride home", "give the patient a ride", "give the patient a ride home", "give you a lift", "give you a lift home", "whoever comes with", "whoever accompanies"],
        "CIT: \"a responsible adult to escort you out\"; Jirah: \"a trusted person ... to drive you to and from\"; corpus half b: \"someone to come with you\", \"an adult support person\"; corpus half c: \"someone must drive the patient home\"; corpus half d: \"someone must go home with you\", \"this person must stay in the waiting room\"; corpus half i: someone \"to give them a ride home\" (who gives the ride is named); written bank, set a: someone \"must fetch you\" (South African English); corpus half g: \"we ask that someone drives you home\" (the verb's other forms); corpus half v: \"whoever comes with the patient should plan to stay\"",
    ),
    tw(
        Topic::EscortNeeded,
        &["responsible adult", "responsible person", "trusted person", "trusted adult", "designated driver", "designated adult", "sober adult", "sober driver", "no escort", "your driver", "your escort", "your companion", "your escort / driver", "your driver / escort", "another adult", "responsible driver"],
        "CIT: \"a responsible adult to escort you out\", \"no escort means no treatment\"; Jirah: \"a trusted person\"; corpus half a: \"your escort/driver may not leave\", \"another adult must drive you home\"",
    ),
    tw(
        Topic::Ride,
        &["ride", "rides", "ride home", "rides to and from", "transportation", "transport", "transport home", "way home", "a lift", "lift home", "you will travel", "you will get home"],
        "corpus README: \"arrange transportation\" or \"a ride\" without saying who may give it is a question; corpus half ah: \"plan how you will travel\" (the way home, who gives it not said)",
    ),
    tw(
        Topic::Rideshare,
        &["uber", "lyft", "taxi", "taxis", "cab", "car service", "rideshare", "ride share", "ride - share", "ride - sharing", "ridesharing", "public transport", "public transportation", "bus", "train", "taxicab", "taxicabs", "transit", "public transit", "minicab", "minicabs", "e - hailing", "e - hailing car", "e - hailing cars", "minibus taxi", "minibus taxis", "auto rickshaw", "auto - rickshaw", "autorickshaw", "rickshaw", "mrt", "metro", "subway"],
        "United Digestive (escort rules): \"no rideshare alone\"; corpus half b: \"public transport\", (other words) \"taxicab\", \"transit\"; corpus half c: \"Uber or a car service\"; written bank, set a (other varieties of English): \"an e-hailing car or a minibus taxi\" (South Africa), \"the MRT\" (Singapore), \"an auto\" rickshaw (India)",
    ),
    tw(
        Topic::Arrive,
        &["arrive", "arrival", "arriving", "come in", "come", "check in", "check - in", "be here", "be there", "get here", "be at the clinic", "show up", "register at", "be at our office", "be at the office", "be at our clinic", "be at the hospital", "brought to our office", "brought to the office", "brought to the clinic", "be admitted", "report to", "report at"],
        "CIT: \"arrive 10 minutes prior\"; KetWell: \"arrive 15 minutes before\"; corpus half bf: \"try to be there 15 minutes before the examination starts\"; issue 25: \"come\"; corpus half m: \"register at our clinic 15 mins before\"; halves u and v: \"be at our office one hour before\", a child \"brought to our office\", \"admitted to the unit at least 1 hour before\"; corpus half ae: \"report to the hospital at least two hours before\" (arriving, in hospital English)",
    ),
    tw(
        Topic::Infusion,
        &["infusion", "infusions", "infusion itself", "the drip", "drip", "is given over", "given over", "administered over", "infused over", "delivered over", "treatment itself", "infuses", "infused", "per infusion", "iv runs", "drip runs", "iv will run", "drip will run"],
        "Jirah: \"about 40 minutes\" infusion; issue 25: \"is given over\", \"takes about\"; corpus half b: \"infuses ... over 40 minutes\"; corpus half x: \"this IV runs for approximately 60 minutes\" (the line running into the vein is the infusion)",
    ),
    tw(
        Topic::Session,
        &["session lasts", "session may last", "session will last", "session can last", "sessions last", "session takes", "session will take", "session can take", "per treatment", "per session", "treatment lasts", "treatment takes", "treatment will take"],
        "corpus half b: \"90-120 minutes per treatment\", \"your session may last up to 4 hours\"; corpus half a: \"a SPRAVATO session lasts around 120 minutes\" (the infusion or spray and the stay after together: asked)",
    ),
    tw(
        Topic::Visit,
        &["whole visit", "entire visit", "in total", "total time", "whole appointment", "entire appointment", "visit takes", "visit lasts", "visit will take", "appointment takes", "appointment lasts", "appointment can take", "appointment will take", "time at the clinic", "time in the clinic", "ready to stay", "prepared to stay", "expect to be at", "expect to be here"],
        "corpus half a: \"the whole visit ... usually takes 1 1/2 hours\", \"in total you will spend about 120-140 minutes\"; corpus half b: \"the appointment can take up to ... two hours\" (a whole visit is neither the infusion nor the stay after); corpus half m: \"be ready to stay at the hospital for about 4 hours\" (the time to plan for, arrival to leaving)",
    ),
    tw(
        Topic::StayAfter,
        &["recovery", "you will be watched", "you will be observed", "recover", "observation", "observe", "observed", "monitor", "monitored", "monitoring", "stay with us", "remain with us", "rest with us", "stay in the clinic", "remain in the clinic", "stay at the clinic", "remain at the clinic", "stay in the office", "remain in the office", "stay on site", "remain on site", "stay onsite", "remain onsite", "stay in the waiting room", "wait in the waiting room", "remain in the waiting room", "stay in the reception", "wait in the reception", "remain in the reception", "be in the office with you", "be in the building with you", "be at the clinic with you", "stay in the building", "remain in the building", "wait at the clinic", "stay for the entire", "remain for the entire", "professional must watch you", "professional will watch you", "provider must watch you", "provider will watch you", "staff will watch you", "nurse will watch you", "we will watch you", "you will rest", "stay for the whole", "recovery room", "recovery area", "rest in the recovery", "shortest stay", "minimum stay", "your stay", "length of stay", "in our clinic", "at our clinic", "in our office", "at our office", "relaxing in our clinic", "resting in our clinic", "stay", "stays", "staying", "monitors", "will be resting", "be resting", "watched on site", "observed on site", "monitored on site", "watched in the clinic", "watched at the clinic", "go home within", "discharged within", "do not let anyone leave", "don't let anyone leave", "do not let you leave", "will not let you leave", "won't let you leave", "do not let patients leave", "under observation", "nurses will watch you", "nurses watch you", "condition is watched", "can go home after", "may go home after", "be sent home", "stay on the ward", "you rest", "have rested", "you are admitted to"],
        "KetWell: recovery \"approximately 20 minutes\"; 003: supervised recovery; issue 25: \"stay with us\"; corpus half b: \"monitors the patient for at least two hours\", \"you will be resting for about 2 hours\"; corpus half c: \"a healthcare professional must watch you for at least 2 hours\", \"you will rest for about 20 - 30 minutes\"; corpus half d: \"patients are watched on site for at least two hours\"; corpus half g: \"ready to go home within 30 - 45 minutes\"; corpus half m: \"most patients can go home within two hours\" (the stay after, told by how soon the patient leaves); (other words) \"you will be watched for 30 minutes\" (by the clinic's staff, there); written bank, set a: \"we do not let anyone leave until at least 90 minutes after\" (the clinic keeping the patient is the stay); corpus half x: \"this person must be in the office with you\" (the companion there through the visit); corpus half ae: \"nurses will watch you for one hour after the procedure\", \"after about 2-3 hours you will be sent home\"; corpus half ah: \"can go home after 1 hour\", \"your condition is watched for about an hour\", \"you stay on the ward for 1 hour afterwards\" (the stay after, in the words of many countries); branch tune-bd, half bd: \"you rest in bed for about 30 minutes\", \"after you have rested for about 1 hour\", \"after the examination you are admitted to the day-treatment ward for about 1 hour\"",
    ),
    tw(
        Topic::Task,
        &["complete", "fill out", "fill in", "submit", "pre-book", "pre-register", "preregister", "fill it out", "fill them out", "fill it in", "filling in", "filling out", "confirm your"],
        "(other words) \"please complete the mood questionnaire before each visit\"; issue 25: \"fill out before your visit\"; corpus half w: \"pre-book at Admissions at least 24 hours before\" (booking in ahead, a task with its time); branch tune-visit: \"confirm your booking five days before\" (the patient's call to keep the booking)",
    ),
    tw(
        Topic::NormalActivities,
        &["normal activities", "normal activity", "usual activities", "regular activities", "daily activities", "normal routine", "usual routine"],
        "corpus half b: \"you can go back to your normal activities the next morning\"",
    ),
    tw(
        Topic::Not,
        &["driving licence", "driving license", "driver's license", "drivers license", "driver's licence", "driver license", "eye drops", "water bottle", "bottle of water", "follow - up", "drinking water bottle", "take care of yourself", "look after yourself", "self - care", "infusion center", "infusion centre", "infusion clinic", "infusion room", "infusion suite", "infusion chair", "infusion day", "infusion nurse", "infusion team", "infusion therapy", "infusion doctor", "infusion consent", "stay hydrated", "stay home", "stay at home", "stay in bed", "stay awake", "stay calm", "stay grounded", "stay warm", "stay comfortable", "stay still", "stay off", "stays off", "staying off", "keep off", "stays in place", "stay in place", "remains in place", "list of your medications", "list of your current medications", "list of medications", "list of all medications", "list of all your medications", "medication list", "list of your medicines", "list of current medications", "recovery nurse", "recovery nurses", "recovery staff", "recovery team"],
        "(other words) words that look like a topic: \"your driving licence\"; corpus half a: \"the infusion center\"; corpus half b: \"a list of your medications\" (a thing to bring); corpus half f: \"the recovery nurse\" (staff, not the stay after); (other words) \"the tube stays in place\" (a thing, not the patient, stays); branch tune-flags: \"how long to stay off them\" (medicines not taken, not a stay)",
    ),
];

/// A word sequence in the lexicon, and what it is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Entry {
    Topic(Topic, usize),
    Cue(Cue),
}

/// The lexicon, tokenised once and keyed by first word.
struct Index {
    by_first: HashMap<String, Vec<(Vec<String>, Entry)>>,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut by_first: HashMap<String, Vec<(Vec<String>, Entry)>> = HashMap::new();
    let mut put = |phrase: &str, entry: Entry| {
        let words = phrase_words(phrase);
        if let Some(first) = words.first().cloned() {
            by_first.entry(first).or_default().push((words, entry));
        }
    };
    for (i, t) in TOPICS.iter().enumerate() {
        for p in t.phrases {
            put(p, Entry::Topic(t.topic, i));
        }
    }
    for (class, m) in MEDICINES.iter().enumerate() {
        for w in m.words {
            put(w, Entry::Topic(Topic::Medicine(class), usize::MAX));
        }
    }
    for c in CUES {
        for p in c.phrases {
            put(p, Entry::Cue(c.cue));
        }
    }
    Index { by_first }
});

/// The longest lexicon entry at token `i`, and the index after it. Topics
/// win a tie with cues ("drink" is a topic; "take" is a cue).
pub(super) fn entry_at(t: &[Tok], i: usize) -> Option<(Entry, usize)> {
    // "Until you have recovered from the sedation drugs": drugs named by
    // their medical use are the treatment's, not recreational ones.
    let medical = i
        .checked_sub(1)
        .is_some_and(|j| MEDICAL_USE.contains(&t[j].text.as_str()));
    if (medical || in_examples(t, i)) && matches!(t.get(i)?.text.as_str(), "drug" | "drugs") {
        return None;
    }
    let candidates = INDEX.by_first.get(t.get(i)?.text.as_str())?;
    candidates
        .iter()
        .filter(|(words, _)| words.len() <= t.len() - i && words.iter().zip(&t[i..]).all(|(w, tok)| *w == tok.text))
        .map(|(words, entry)| (*entry, i + words.len()))
        .max_by_key(|(entry, end)| (*end, matches!(entry, Entry::Topic(..))))
}

/// Token `i` inside a bracket of examples after a word: "stimulants (tea,
/// some drugs)" names drugs of that class, not recreational ones.
fn in_examples(t: &[Tok], i: usize) -> bool {
    let open = t[..i].iter().rposition(|k| k.text == "(" || k.text == ")");
    open.is_some_and(|o| t[o].text == "(" && o > 0 && t[o - 1].text.chars().all(char::is_alphabetic))
}

/// Words that name a drug by its medical use ("anaesthetic drugs").
const MEDICAL_USE: &[&str] = &[
    "sedation",
    "sedating",
    "sedative",
    "anaesthetic",
    "anesthetic",
    "anaesthesia",
    "anesthesia",
    "prescription",
    "prescribed",
    "pain",
];

/// Where a topic's words come from, for a proposal's "written for".
pub(super) fn source_of(entry: Entry) -> &'static str {
    match entry {
        Entry::Topic(Topic::Medicine(class), _) => MEDICINES.get(class).map_or("", |m| m.written_for),
        Entry::Topic(_, i) => TOPICS.get(i).map_or("", |t| t.source),
        Entry::Cue(cue) => CUES.iter().find(|c| c.cue == cue).map_or("", |c| c.source),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn first(s: &str) -> Option<Entry> {
        entry_at(&tokenize(s), 0).map(|(e, _)| e)
    }

    #[test]
    fn the_longest_phrase_wins() {
        assert!(matches!(
            first("drink alcohol"),
            Some(Entry::Topic(Topic::AlcoholDrugs, _))
        ));
        assert!(matches!(first("drink water"), Some(Entry::Topic(Topic::Liquids, _))));
        assert!(matches!(first("drive you home"), Some(Entry::Topic(Topic::Escort, _))));
        assert!(matches!(first("driving licence"), Some(Entry::Topic(Topic::Not, _))));
        assert!(matches!(
            first("sedative-hypnotics"),
            Some(Entry::Topic(Topic::Medicine(1), _))
        ));
        assert!(matches!(first("do not take"), Some(Entry::Cue(Cue::Stop))));
        assert!(matches!(first("stay away from"), Some(Entry::Cue(Cue::Not))));
    }

    #[test]
    fn every_entry_says_where_its_words_come_from() {
        for t in TOPICS {
            assert!(!t.source.is_empty() && !t.phrases.is_empty());
        }
        for c in CUES {
            assert!(!c.source.is_empty() && !c.phrases.is_empty());
        }
    }
}
