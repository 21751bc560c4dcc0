//! Which language a pasted sheet is written in, when it is not English.
//!
//! The reader reads English sheets. A patient in Lyon or Porto pastes the
//! sheet their clinic gave them, in French or Portuguese, and would get
//! nothing back with no reason given. So the sheet's language is guessed
//! first, and a sheet mostly in another language is told so plainly: the
//! reader still runs (a bilingual sheet's English half is read), and the
//! patient is asked to type the clinic's rules into the form.
//!
//! The guess, offline and small, in the manner of stop-word language
//! identification: each sentence is given to the language whose most
//! common short words (articles, "and", "not", "before", "hours"...) it uses
//! most, or to its script when it is not written in Latin letters; a sheet
//! is English when at least a third of the sentences that could be told
//! are. A sentence with fewer than two such words tells nothing, so a short
//! English note ("Nothing after midnight.") is never flagged. Checked on a
//! held-out set written by someone who never saw this code
//! (`tests/core/fixtures/sheet_languages/`).

use std::collections::HashSet;
use std::sync::LazyLock;

use serde::Serialize;
use ts_rs::TS;

/// A sheet that is mostly not in English: the language it seems to be in,
/// and what Steady tells the patient about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SheetLanguage {
    /// An ISO 639-1 code ("de", "pt", "zh"), or "und" when the script is
    /// known but not the language.
    pub code: String,
    /// The patient's message, in their language: the sheet seems to be in
    /// this language, and Steady reads English sheets only for now.
    pub notice: String,
}

/// Stop words per language: the short words every sentence of instructions
/// uses, and the few clinic words ("hours", "eat", "drink", "water") that
/// short sheets are made of. Lower case; accents as written, with the
/// unaccented forms phones type where a language often drops them.
const STOP_WORDS: &[(&str, &str)] = &[
    (
        "en",
        "the and of to you your for is are be will with before after not do don if or please on at this that \
         it by from have may can should must no any hours hour day eat drink food water drive home someone \
         until nothing take an we our us what when bring wear morning night midnight clear liquids fluids who \
         need all as up about arrive driving adult call stop avoid than there they which into was",
    ),
    (
        "de",
        "der die das und ist nicht sie ihr ihre ihren ihrem ihrer vor nach mit zu zum zur den dem des ein \
         eine einen einem stunden stunde bitte dürfen duerfen müssen muessen kein keine keinen oder auf für \
         fuer bis am im von essen trinken fahren medikamente tag hause wasser werden sich auch nüchtern \
         nuechtern sind wird wenn bei darf muss mitternacht begleitperson uhr nur dass können koennen nehmen \
         behandlung",
    ),
    (
        "fr",
        "jeun depuis demain le la les de des du et un une vous votre vos ne pas pour avec avant après apres heures heure est \
         sont en au aux à sur ou il que qui veuillez manger boire conduire médicaments medicaments jour \
         maison eau rien doit devez pouvez minuit accompagnateur lors dans être etre ce cette nous si jusqu \
         qu traitement rendez",
    ),
    (
        "es",
        "el la los las de del y en un una usted su sus no por para con antes después despues horas hora es \
         son que o al debe puede comer beber tomar conducir manejar medicamentos día dia casa agua nada favor \
         se medianoche acompañante acompanante lo le si hasta tratamiento cita ningún ningun ninguna durante \
         ayuno llegar traiga",
    ),
    (
        "pt",
        "o a os as de do da dos das e em no na um uma você voce seu sua seus suas não nao por para com antes \
         após apos depois horas hora é são sao que ou ao deve pode comer beber tomar dirigir medicamentos \
         remédios remedios dia casa água agua nada favor se jejum meia noite acompanhante até ate tratamento \
         consulta nenhum nenhuma durante chegar traga",
    ),
    (
        "it",
        "il lo la gli le di del della e è che non per con prima dopo ore ora un una si deve può puo sua suo \
         mangiare bere guidare farmaci giorno casa acqua accompagnatore alla al dei delle sono nelle nel ad \
         mezzanotte digiuno fino trattamento nessun nessuna durante arrivare porti ci da dal alle",
    ),
    (
        "nl",
        "de het een en van in is niet u uw voor na met op te uur mag moet geen of dat bij naar eten drinken \
         rijden medicijnen dag huis water wordt zijn worden mee tot nuchter middernacht begeleider als kunt \
         mogen moeten behandeling ook niets wij we er",
    ),
    (
        "pl",
        "i w z na nie się sie do przed po godzin godziny godzinę proszę prosze należy nalezy lub oraz jest \
         pan pani pana jeść jesc pić pic prowadzić prowadzic leki dnia domu że ze jeśli jesli od przez to \
         wody zabiegu północy polnocy być byc może moze osoba",
    ),
    (
        "sv",
        "och att inte är ar för med av efter före timmar timme din ditt dina du får far ska kan eller om på \
         till dig mat vatten äta dricka köra kora hem någon nagon inga ingen behandlingen midnatt dagen det \
         den en ett som vi oss mediciner läkemedel",
    ),
    (
        "da",
        "og at ikke er for med af efter før timer time din dit dine du må skal kan eller om på til dig mad \
         vand spise drikke køre hjem nogen noget ingen behandlingen midnat dagen det den en et som vi os \
         medicin bliver være hvis",
    ),
    (
        "nb",
        "og at ikke er for med av etter før timer time din ditt dine du må skal kan eller om på til deg mat \
         vann spise drikke kjøre hjem noen noe ingen behandlingen midnatt dagen det den en et som vi oss \
         medisiner blir være hvis",
    ),
    // Icelandic: its own words only (none another list holds), so that a
    // Danish or Norwegian sentence keeps its name; its letters þ and ð
    // tell it first (below).
    (
        "is",
        "að ekki fyrir eftir klukkustundir klukkustundum klukkustund klst þú þig þín þinn þitt þér sem frá \
         eða mátt máttu skalt skaltu þarft þarf verður vera hafa borða drekka vatn vatni matur matar aka \
         keyra akstur bíl heim lyf lyfin lyfja daginn dags nótt miðnætti fastandi rannsókn rannsóknina \
         rannsóknar speglun áður sólarhring einhver fylgd fylgdarmann fylgdarmaður engin ekkert ef þegar \
         hjá eru þessi því sé getur geta mega vinsamlegast með á í við fyrr má megið skulu neitt nema hér \
         mæta mæting komið komdu takið taktu",
    ),
    (
        "fi",
        "ja on ei tai tuntia tunti ennen jälkeen jalkeen kanssa sinun voit saa älä ala syödä syoda juoda aja \
         kotiin että etta kun jos mukaan päivänä toimenpidettä toimenpiteen ole olla lääkkeet vettä vetta \
         puoliyön saattaja tulee ovat myös sekä mitään ruokaa",
    ),
    (
        "tr",
        "ve bir bu için icin ile önce once sonra saat değil degil olarak gibi lütfen lutfen veya da de size \
         sizi kadar gün gun araç arac ilaç ilac ilaçlarınızı gece su yemeyin içmeyin kullanmayın yanınızda \
         refakatçi olmalı gerekir hiçbir tedavi işlemden",
    ),
    (
        "cs",
        "a je se na v ve s z do před pred po hodin hodiny nejezte nepijte neřiďte můžete muzete musíte musite \
         vás vas váš vaše prosím prosim jídlo vodu léky leky den domů domu doprovod nebo pokud až že k ke pro \
         půlnoci zákroku nesmíte mít být",
    ),
    (
        "ro",
        "și si în in de la cu nu să sa ore înainte inainte după dupa vă va dumneavoastră pe pentru sau este \
         mâncați beți conduceți medicamentele acasă acasa un o ziua miezul nopții însoțitor trebuie puteți \
         nimic apă apa procedurii care",
    ),
    // Slovak, next to Czech: its own forms ("alebo", "môžete",
    // "nesmiete", "lieky", "sprievod", "hodín") carry it; the words the two
    // share ("a", "je", "na", "pred", "hodiny", "zákroku") are left out, so
    // a Czech sentence is never pulled into a tie and a Slovak one made
    // only of them is still told, as Czech. Words Slovak shares with
    // Polish, Romanian, Spanish or Italian ("nie", "co", "sa", "si") are
    // left out too.
    (
        "sk",
        "vo so zo ku hodín alebo ako ak pre ste sme sú bude budete môžete mozete nesmiete nejedzte nepite \
         nefajčite jesť piť mať byť jedlo lieky liekov deň dňa domov sprievod sprievodom sprievodcu polnoci \
         prosíme prosime už ešte aj iba len vôbec potom počas ktorý ktorá ktoré lekár lekára ošetrenie \
         ošetrenia vyšetrenie vyšetrenia vyšetrením zákrokom zakrokom viesť",
    ),
    // Croatian and Serbian (in Latin letters) share most of their words;
    // both lists hold those, so a piece made only of them ties and the
    // sheet's other pieces decide, and each has its own forms: Croatian
    // "prije", "poslije", "lijek", "smijete", Serbian "posle", "lek",
    // "sme", "tečnost". Slovenian's own words ("ur", "posegom",
    // "zdravila", "lahko", "spremljevalca") are kept apart from both.
    // Words any other language's list holds are left out of all three
    // ("pred", "po", "pre", "domov"), so no earlier answer is pulled into
    // a tie.
    (
        "hr",
        "prije poslije lijek lijekove lijekovi lijekova liječnik liječnika lijecnik lijecnika smijete smije \
         tekućine tekucine tekućinu tjedan tjedna ujutro vrijeme mlijeko dijete djeteta zahvata zahvat \
         zahvatu pratitelja pratitelj trebate uvijek za ili kao biti sati sata hrane hranu vode jesti piti \
         voziti upravljati vozilom pratnju pratnja pratnjom morate možete ponoći ponoci kući kuci dana \
         pacijent pacijenta nakon pregleda najmanje barem treba nikako anestezije sedacije jelo uzimati \
         uzmite tablete će vam vaš molimo ni niti sve mora",
    ),
    (
        "sr",
        "posle lek lekove lekovi lekova lekar lekara tečnosti tecnosti tečnost nedelja nedelju ujutru vreme \
         mleko dete deteta intervencije intervencija pratioca pratilac uvek za ili kao biti sati sata hrane \
         hranu vode jesti piti voziti upravljati vozilom pratnju pratnja pratnjom morate možete ponoći \
         ponoci kući kuci dana pacijent pacijenta nakon pregleda najmanje barem treba nikako anestezije \
         sedacije jelo uzimati uzmite tablete će vam vaš molimo ni niti sve mora",
    ),
    (
        "sl",
        "ur uro uri ure posegom posega poseg posegu zdravila zdravil zdravilo tekočine tekocine tekočino \
         hrano spremljevalca spremljevalec spremstvo spremstvom lahko prosimo polnoči zjutraj zdravnik \
         zdravnika zdravniku bo boste tudi kot še nič nic vaša vašo naj oziroma vsaj ob dni teden tedna \
         preiskave preiskavo preiskavi sedacijo anestezijo pijte jejte vozite stroji strojev odrasla odrasle \
         oseba osebe",
    ),
    // Catalan, next to Spanish, French and Italian: its own words ("els",
    // "amb", "abans", "després", "mitjanit", "aigua", "heu") carry it; the
    // words it shares with them ("de", "la", "que") are left out, so a
    // Spanish sentence is not pulled into a tie.
    (
        "ca",
        "els dels amb abans després despres hores i heu us vostre vostra vostres seu seva fins mitjanit \
         menjar beure conduir medicaments aigua res cal podeu és són dejú deju dejuni acompanyant aquest \
         aquesta aquests tractament arribar porteu cap gens també tambe sense hi ho prendre casa següent \
         seguent intervenció intervencio perquè quan mai molt molts moltes fer haureu haurà podreu podrà \
         aquestes aquells qualsevol tots totes sigui estigui hagi metge metgessa prova proves líquids \
         begudes aliments sòlids solids setmana matí mati tarda vespre nit però doncs així aixi mentre \
         endemà endema preparació preparacio sedació sedacio colonoscòpia recomanem recomana vingueu \
         veniu preneu mengeu begueu feu dilluns dimarts dimecres dijous divendres dissabte diumenge",
    ),
    (
        "hu",
        "a az és es nem óra órával órán előtt elott után utan kérjük kerjuk ne egy vagy hogy is meg kell \
         vegye egyen igyon vezessen gyógyszereit haza napon éjfél éjféltől víz vizet kísérő kezelés \
         beavatkozás semmit ön önt be el ki",
    ),
    (
        "id",
        "dan yang di ke dari untuk dengan tidak anda sebelum sesudah setelah jam makan minum obat mengemudi \
         rumah hari air atau harus boleh ini itu akan pada jangan silakan mohon tengah malam pendamping \
         selama apa pun tindakan puasa",
    ),
];

/// The stop words as sets, made once.
static STOP_SETS: LazyLock<Vec<(&'static str, HashSet<&'static str>)>> = LazyLock::new(|| {
    STOP_WORDS
        .iter()
        .map(|(code, words)| (*code, words.split_whitespace().collect()))
        .collect()
});

/// Letters of Vietnamese's own (tone marks on vowels, ơ, ư, đ): a sentence
/// with several is Vietnamese, whatever its words.
fn vietnamese_letter(c: char) -> bool {
    matches!(c, '\u{1EA0}'..='\u{1EF9}' | 'ơ' | 'Ơ' | 'ư' | 'Ư' | 'đ' | 'Đ')
}

/// Letters only Icelandic writes among the languages known (þ, ð): a
/// sentence with several is Icelandic, whatever its words.
fn icelandic_letter(c: char) -> bool {
    matches!(c, 'þ' | 'Þ' | 'ð' | 'Ð')
}

/// The language of a letter's script, for the scripts one language (or a
/// family told apart below) writes; Latin letters are None.
fn script_of(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => "el",
        '\u{0400}'..='\u{04FF}' => "cyrillic",
        '\u{0530}'..='\u{058F}' => "hy",
        '\u{0590}'..='\u{05FF}' => "he",
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => {
            "arabic"
        }
        '\u{0900}'..='\u{097F}' => "hi",
        '\u{0980}'..='\u{09FF}' => "bn",
        '\u{0A00}'..='\u{0A7F}' => "pa",
        '\u{0A80}'..='\u{0AFF}' => "gu",
        '\u{0B80}'..='\u{0BFF}' => "ta",
        '\u{0C00}'..='\u{0C7F}' => "te",
        '\u{0C80}'..='\u{0CFF}' => "kn",
        '\u{0D00}'..='\u{0D7F}' => "ml",
        '\u{0D80}'..='\u{0DFF}' => "si",
        '\u{0E00}'..='\u{0E7F}' => "th",
        '\u{0E80}'..='\u{0EFF}' => "lo",
        '\u{1000}'..='\u{109F}' => "my",
        '\u{10A0}'..='\u{10FF}' => "ka",
        '\u{1200}'..='\u{137F}' => "am",
        '\u{1780}'..='\u{17FF}' => "km",
        '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' => "ja",
        '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' => "ko",
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' => "han",
        _ => return None,
    })
}

/// Tells apart the languages that share a script, by the letters only one
/// of them uses; "und" when none is there.
fn within_script(script: &str, sentence: &str, kana_in_sheet: bool) -> &'static str {
    let has = |text: &str, letters: &str| {
        text.chars()
            .any(|c| letters.contains(c.to_lowercase().next().unwrap_or(c)))
    };
    match script {
        // "ў" is Belarusian's own; "і" it shares with Ukrainian.
        "cyrillic" if has(sentence, "ў") => "be",
        "cyrillic" if has(sentence, "іїєґ") => "uk",
        // "ы", "э" and "ё" are Russian's own; "ъ", rare in Russian, is in
        // almost every Bulgarian sentence ("със", "път", "България").
        "cyrillic" if has(sentence, "ыэё") => "ru",
        "cyrillic" if has(sentence, "ъ") => "bg",
        // Macedonian's own "ѓќѕ" first: it shares "јљњџ" with Serbian,
        // whose own are "ђћ".
        "cyrillic" if has(sentence, "ѓќѕ") => "mk",
        "cyrillic" if has(sentence, "ђћјљњџ") => "sr",
        "cyrillic" => cyrillic_by_words(sentence),
        "arabic" if has(sentence, "ےٹڈڑںھ") => "ur",
        "arabic" if has(sentence, "پچژگکی") => "fa",
        "arabic" => "ar",
        // Japanese writes kanji between its kana; a sheet with kana anywhere
        // is Japanese, Han alone is Chinese.
        "han" if kana_in_sheet => "ja",
        "han" => "zh",
        other => STATIC_CODES.iter().find(|c| **c == other).copied().unwrap_or("und"),
    }
}

/// A text's words, lower case.
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Russian and Bulgarian without the letters that tell them ("Не ешьте
/// после полуночи" has no ы): their own common words; "und" when neither.
fn cyrillic_by_words(sentence: &str) -> &'static str {
    const RU: &str = "после перед часов часа вы вам ваш ваши это что нельзя можно нужно пить есть домой \
                      процедуры лекарства воду сопровождающий";
    const BG: &str = "след преди часа вие трябва може да процедурата лекарства вода вкъщи придружител храна";
    let words = words_of(sentence);
    let hits = |list: &str| {
        words
            .iter()
            .filter(|w| list.split_whitespace().any(|x| x == w.as_str()))
            .count()
    };
    let (ru, bg) = (hits(RU), hits(BG));
    match (ru, bg) {
        (r, b) if r > b && r > 0 => "ru",
        (r, b) if b > r => "bg",
        _ => "und",
    }
}

/// The codes `script_of` gives that name a language by themselves.
const STATIC_CODES: &[&str] = &[
    "el", "he", "hy", "hi", "bn", "pa", "gu", "ta", "te", "kn", "ml", "si", "th", "lo", "my", "ka", "am", "km", "ja",
    "ko",
];

/// A sentence must use this many of a language's stop words to be told.
// Not a care number: evidence a guess needs; one word ("de", "a", "no")
// is shared by too many languages to tell anything.
const MIN_STOP_WORDS: usize = 2;

/// The language one sentence (or line) is in, if it tells.
fn sentence_language(sentence: &str, kana_in_sheet: bool) -> Option<&'static str> {
    // Scripts first: letters, not words, tell them.
    let mut latin = 0usize;
    let mut vietnamese = 0usize;
    let mut icelandic = 0usize;
    let mut scripts: Vec<(&'static str, usize)> = Vec::new();
    for c in sentence.chars().filter(|c| c.is_alphabetic()) {
        match script_of(c) {
            Some(s) => match scripts.iter_mut().find(|(k, _)| *k == s) {
                Some((_, n)) => *n += 1,
                None => scripts.push((s, 1)),
            },
            None => {
                latin += 1;
                vietnamese += usize::from(vietnamese_letter(c));
                icelandic += usize::from(icelandic_letter(c));
            }
        }
    }
    let (script, count) = scripts.iter().max_by_key(|(_, n)| *n).copied().unwrap_or(("", 0));
    // Chinese and Japanese say a sentence in few characters.
    let enough = if matches!(script, "han" | "ja" | "ko") { 2 } else { 4 };
    if count >= enough && count >= latin {
        return Some(within_script(script, sentence, kana_in_sheet));
    }
    if vietnamese >= 3 {
        return Some("vi");
    }
    if icelandic >= 2 {
        return Some("is");
    }
    let words = words_of(sentence);
    let scores: Vec<(&'static str, usize)> = STOP_SETS
        .iter()
        .map(|(code, stops)| (*code, words.iter().filter(|w| stops.contains(w.as_str())).count()))
        .collect();
    let top = scores.iter().map(|(_, n)| *n).max().unwrap_or(0);
    if top < MIN_STOP_WORDS {
        return None;
    }
    let tied: Vec<&'static str> = scores.iter().filter(|(_, n)| *n == top).map(|(c, _)| *c).collect();
    Some(match tied.as_slice() {
        [one] => one,
        // English among equals: the reader can read the piece.
        many if many.contains(&"en") => "en",
        // Relatives that share their words (Danish and Norwegian, Spanish
        // and Portuguese): the sheet's other pieces name the language.
        _ => TIE,
    })
}

/// A piece whose words fit two related languages equally.
const TIE: &str = "tie";

/// Splits a sheet into the pieces told one by one: sentences, and lines,
/// so a bullet list is many pieces and a bilingual sheet's halves count.
fn pieces(text: &str) -> impl Iterator<Item = &str> {
    text.split(['\n', '.', '!', '?', '。', '！', '？', '؟', '।'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

/// The language a sheet is mostly in, when that is not English: None for
/// English, for a sheet at least a third English, and for text too short
/// to tell.
pub fn guess_language(text: &str) -> Option<&'static str> {
    // Looked for once: every piece of Han script needs it.
    let kana = text.chars().any(|c| script_of(c) == Some("ja"));
    let mut told: Vec<&'static str> = pieces(text).filter_map(|p| sentence_language(p, kana)).collect();
    // A text message of short pieces ("RDV demain 10h15. A jeun depuis
    // minuit."): none tells alone, the whole may.
    if told.is_empty() {
        told.extend(sentence_language(text, kana));
    }
    if told.is_empty() {
        return None;
    }
    let english = told.iter().filter(|c| **c == "en").count();
    if english * 3 >= told.len() {
        return None;
    }
    // The language most pieces are in; a piece that tied between related
    // languages counts for none of them.
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for code in told.iter().filter(|c| **c != "en" && **c != TIE) {
        match counts.iter_mut().find(|(k, _)| k == code) {
            Some((_, n)) => *n += 1,
            None => counts.push((code, 1)),
        }
    }
    // A piece whose script names no language ("und") yields to one that
    // does: the sheet's other sentences say which Cyrillic language it is.
    let named = counts.iter().filter(|(code, _)| *code != "und").max_by_key(|(_, n)| *n);
    if let Some((code, _)) = named.or(counts.first()) {
        return Some(code);
    }
    // Only ties. One (a clinic's address, "Calle de la Paz") says nothing:
    // words shared by relatives name no language. Several, and no piece in
    // English, are a sheet written in one of those relatives (a Norwegian
    // page whose every sentence Danish shares): the patient is told it is
    // not in English, without a language named.
    let ties = told.iter().filter(|c| **c == TIE).count();
    (ties >= MIN_TIED_PIECES).then_some("und")
}

/// Pieces that tie between related languages, with none in English, that
/// make a sheet not English.
// Not a care number: evidence a guess needs; one tied piece is as often a
// name or an address in an English sheet.
const MIN_TIED_PIECES: usize = 2;

/// Languages by their own name, so a patient who reads one knows it at a
/// glance whatever language Steady's window is in.
const ENDONYMS: &[(&str, &str)] = &[
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ca", "Català"),
    ("pt", "Português"),
    ("it", "Italiano"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("sv", "Svenska"),
    ("da", "Dansk"),
    ("nb", "Norsk"),
    ("is", "Íslenska"),
    ("fi", "Suomi"),
    ("tr", "Türkçe"),
    ("cs", "Čeština"),
    ("sk", "Slovenčina"),
    ("hr", "Hrvatski"),
    ("sr", "Srpski"),
    ("sl", "Slovenščina"),
    ("mk", "Македонски"),
    ("ro", "Română"),
    ("hu", "Magyar"),
    ("id", "Bahasa Indonesia"),
    ("vi", "Tiếng Việt"),
    ("el", "Ελληνικά"),
    ("ru", "Русский"),
    ("uk", "Українська"),
    ("be", "Беларуская"),
    ("bg", "Български"),
    ("he", "עברית"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("ur", "اردو"),
    ("hi", "हिन्दी"),
    ("bn", "বাংলা"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("gu", "ગુજરાતી"),
    ("ta", "தமிழ்"),
    ("te", "తెలుగు"),
    ("kn", "ಕನ್ನಡ"),
    ("ml", "മലയാളം"),
    ("si", "සිංහල"),
    ("th", "ไทย"),
    ("lo", "ລາວ"),
    ("my", "မြန်မာ"),
    ("ka", "ქართული"),
    ("hy", "Հայերեն"),
    ("am", "አማርኛ"),
    ("km", "ខ្មែរ"),
    ("zh", "中文"),
    ("ja", "日本語"),
    ("ko", "한국어"),
];

/// The language's own name, when Steady knows it.
pub fn endonym(code: &str) -> Option<&'static str> {
    ENDONYMS.iter().find(|(c, _)| *c == code).map(|(_, name)| *name)
}

/// What Steady tells the patient about a sheet mostly in another language,
/// or None for an English sheet.
pub fn sheet_language(text: &str) -> Option<SheetLanguage> {
    let code = guess_language(text)?;
    let notice = match endonym(code) {
        Some(name) => crate::t!("sheet-other-language", language = name),
        None => crate::t!("sheet-other-language-unnamed"),
    };
    Some(SheetLanguage {
        code: code.to_string(),
        notice,
    })
}
