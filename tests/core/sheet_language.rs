//! The sheet's language: a sheet mostly in another language is told so,
//! an English one never is. Measured on a held-out set written by someone
//! who never saw the guess (`fixtures/sheet_languages/`).

use std::path::Path;

use steady_core::plan::sheet::write::to_partial_toml;
use steady_core::plan::sheet::{guess_language, read_sheet};

/// The text of a fixture, without its `#` header lines.
fn body(text: &str) -> String {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every page of the reader's corpus is English: none is flagged.
#[test]
fn no_english_clinic_page_is_told_it_is_in_another_language() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/core/fixtures/corpus");
    let mut pages = 0;
    let mut flagged = Vec::new();
    for half in std::fs::read_dir(&corpus)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
    {
        for page in std::fs::read_dir(half.path()).unwrap().flatten() {
            if page.path().extension().is_some_and(|e| e == "txt") {
                pages += 1;
                let text = body(&std::fs::read_to_string(page.path()).unwrap());
                if let Some(code) = guess_language(&text) {
                    flagged.push(format!("{}: {code}", page.path().display()));
                }
            }
        }
    }
    assert!(pages >= 200, "the corpus is there ({pages} pages)");
    assert!(flagged.is_empty(), "{flagged:#?}");
}

/// Our own examples, written with the guess: each language's clinic words.
#[test]
fn sheets_in_other_languages_are_named() {
    let cases: &[(&str, Option<&str>)] = &[
        (
            "Bitte essen Sie 6 Stunden vor der Behandlung nichts mehr. Sie dürfen danach nicht Auto fahren.",
            Some("de"),
        ),
        (
            "Ne mangez rien 6 heures avant le traitement. Un adulte doit vous raccompagner à la maison.",
            Some("fr"),
        ),
        (
            "No coma nada 6 horas antes del tratamiento. Un adulto debe llevarle a casa.",
            Some("es"),
        ),
        // Catalan beside Spanish: its own words carry it, and the Spanish
        // sentence above stays Spanish.
        (
            "No mengeu res 6 hores abans del tractament. Cal que un adult us acompanyi a casa.",
            Some("ca"),
        ),
        (
            "Heu de venir en dejú des de mitjanit. Porteu els vostres medicaments amb vosaltres.",
            Some("ca"),
        ),
        (
            "Debe venir en ayunas desde la medianoche. Traiga sus medicamentos con usted.",
            Some("es"),
        ),
        // Slovak beside Czech: the words they share tie, each one's own
        // forms decide, and the Czech sentence stays Czech.
        (
            "Pred zákrokom nejedzte a nepite šesť hodín. Domov vás musí odviezť sprievod.",
            Some("sk"),
        ),
        (
            "Lieky môžete užiť ráno s trochou vody, alebo ich prineste so sebou.",
            Some("sk"),
        ),
        (
            "Před zákrokem nejezte a nepijte šest hodin. Domů vás musí odvézt doprovod.",
            Some("cs"),
        ),
        // Icelandic, by its letters and its own words; the Danish and
        // Norwegian sentences beside it keep their names.
        (
            "Þú mátt ekki borða eða drekka í sex klukkustundir fyrir rannsóknina.",
            Some("is"),
        ),
        (
            "Vinsamlegast takið lyfin með smá vatni og komið með fylgdarmann.",
            Some("is"),
        ),
        ("Ekki aka bíl eftir rannsókn, heim með einhver.", Some("is")),
        (
            "Du må ikke spise eller drikke i seks timer før behandlingen. Nogen skal køre dig hjem.",
            Some("da"),
        ),
        (
            "Du må ikke spise eller drikke i seks timer før behandlingen. Noen må kjøre deg hjem.",
            Some("nb"),
        ),
        // Croatian and Serbian share most words; each one's own forms
        // (prije / posle, lijek / lek) decide, and Slovenian is its own.
        (
            "Ne smijete jesti šest sati prije zahvata. Lijekove uzmite ujutro s malo vode.",
            Some("hr"),
        ),
        (
            "Posle intervencije ne smete voziti do sutra. Lekove uzmite ujutru sa malo vode.",
            Some("sr"),
        ),
        (
            "Пре интервенције не једите шест сати. Лекове узмите ујутру.",
            Some("sr"),
        ),
        (
            "Šest ur pred posegom ne jejte in ne pijte. Zdravila lahko vzamete zjutraj z malo vode.",
            Some("sl"),
        ),
        (
            "Não coma nada 6 horas antes do tratamento. Um adulto deve levar você para casa.",
            Some("pt"),
        ),
        (
            "Non mangiare nulla 6 ore prima del trattamento. Un adulto deve accompagnarla a casa.",
            Some("it"),
        ),
        (
            "U mag 6 uur voor de behandeling niet meer eten. Een volwassene moet u naar huis brengen.",
            Some("nl"),
        ),
        (
            "Proszę nie jeść 6 godzin przed zabiegiem. Osoba dorosła musi odwieźć pana do domu.",
            Some("pl"),
        ),
        (
            "Не ешьте за 6 часов до процедуры. Взрослый должен отвезти вас домой.",
            Some("ru"),
        ),
        // Belarusian has "і" and "ы" too; its "ў" is its own.
        ("Паўтары гадзіны да працэдуры нічога не ешце.", Some("be")),
        // Cyrillic without the letters that tell Russian: its words do.
        ("Не пейте кофе после полуночи. Не садитесь за руль 24 часа.", Some("ru")),
        (
            "Не яжте 6 часа преди процедурата. Трябва да имате придружител.",
            Some("bg"),
        ),
        // Bulgarian's "ъ" in nearly every sentence; Russian's own "ы" wins
        // over it.
        ("Пациентът идва със съпровод. Пътят до вкъщи е с кола.", Some("bg")),
        ("Подъезд закрыт, вы войдёте с другой стороны.", Some("ru")),
        // Catalan's own forms beside the words it shares with Spanish.
        (
            "La prova es fa al matí; no mengeu res des de la tarda anterior i no begueu líquids.",
            Some("ca"),
        ),
        ("手术前6小时请勿进食。必须有成年人陪同您回家。", Some("zh")),
        (
            "処置の6時間前から食べないでください。大人の付き添いが必要です。",
            Some("ja"),
        ),
        (
            "시술 6시간 전부터 금식하십시오. 보호자가 함께 귀가해야 합니다.",
            Some("ko"),
        ),
        ("Μην τρώτε τίποτα 6 ώρες πριν από τη θεραπεία.", Some("el")),
        ("לא לאכול 6 שעות לפני הטיפול. מבוגר חייב ללוות אותך הביתה.", Some("he")),
        // English, short or full of foreign names: never flagged.
        ("Nothing to eat after midnight.", None),
        (
            "Dr. García de la Fuente, Clínica San José, Calle de la Paz 12, Madrid.",
            None,
        ),
        (
            "Please arrive 30 minutes early at Klinik am See, Seestraße 4, München. Do not eat for 6 hours before.",
            None,
        ),
        // Bilingual, English half: the English can be read.
        (
            "Do not eat for 6 hours before your infusion.\nNo coma nada 6 horas antes de la infusión.\n\
             You must have a driver.\nDebe tener un conductor.",
            None,
        ),
        // A text message whose pieces are each too short: told as a whole.
        ("Bonjour. RDV lundi au cabinet. Venez a jeun.", Some("fr")),
        // Every sentence shared word for word by Norwegian and Danish:
        // not English, though neither is named.
        (
            "Du skal ikke spise i 6 timer før behandlingen. Har du feber, skal du ringe til klinikken.",
            Some("und"),
        ),
        // Too little to tell: no guess.
        ("OK", None),
        ("12:00", None),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(text, want)| guess_language(text) != *want)
        .map(|(text, want)| format!("{text:?}: expected {want:?}, guessed {:?}", guess_language(text)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The reading carries the notice, in the patient's language, naming the
/// language by its own name; an English reading carries none.
#[test]
fn the_reading_tells_the_patient_in_plain_words() {
    let reading = read_sheet("Bitte essen Sie 6 Stunden vor der Behandlung nichts mehr.").unwrap();
    let language = reading.language.expect("a German sheet is told");
    assert_eq!(language.code, "de");
    assert!(language.notice.contains("Deutsch"), "{}", language.notice);
    assert!(language.notice.contains("English"), "{}", language.notice);
    let reading = read_sheet("Do not eat for 6 hours before your infusion.").unwrap();
    assert_eq!(reading.language, None);
}

/// A protocol file written from a sheet in another language says so at its
/// top, and tells the patient to write the rules into the file: there is
/// no form below a file, as there is in the window.
#[test]
fn a_protocol_file_from_another_language_says_what_to_do_with_it() {
    let reading = read_sheet("Bitte essen Sie 6 Stunden vor der Behandlung nichts mehr.").unwrap();
    let file = to_partial_toml(&reading);
    let header: Vec<&str> = file.lines().take_while(|l| l.starts_with('#')).collect();
    let header = header.join(" ");
    assert!(header.contains("Deutsch"), "{file}");
    assert!(header.contains("into this file"), "{file}");
    assert!(!header.contains("form below"), "{file}");
    let english = to_partial_toml(&read_sheet("Do not eat for 6 hours before your infusion.").unwrap());
    assert!(!english.contains("English copy"), "{english}");
}

/// The held-out set: 120 texts in 28 languages, 45 of them hard English
/// ones (short, bilingual, full of foreign names), written by a helper that
/// never saw `language.rs`, and measured once when it was merged: no
/// English text told it is in another language (45/45), 74 of the 75 others
/// told and named right (98.7 %; the miss, a French text message whose
/// pieces were each too short, is read since as a whole). Twelve texts
/// added on 2026-12-07, `121` to `132`, are real clinic pages in German,
/// Japanese, French, Polish and Dutch (paraphrased in their own language
/// by the gatherer of corpus half af, who never saw the code), measured
/// once when added: 12/12 told and named right. Fifteen more, `133` to
/// `147`, in Spanish, Swedish, Hebrew, Portuguese, German, Polish, Greek,
/// Norwegian, Danish, Italian and Finnish (half ah's originals, the same
/// way): 15/15 told and named right when added. Fourteen more, `148` to
/// `161`, in German, Dutch, Chinese, Japanese, Czech and Catalan (half
/// aj's originals): 14/14 told, 13 named right when added (Catalan, which
/// the guess did not know, named Spanish); Catalan's own words were added
/// after, written without reading that text, and it is named right since
/// with every other text still named as before. Thirteen more, `162` to
/// `174`, in Norwegian, Danish, German, Czech and Italian (half al's
/// originals): 12/13 told and named right when added (one Norwegian page
/// not told: every sentence tied between Norwegian and Danish; told since,
/// unnamed, as a sheet whose pieces all tie is not English). Thirteen
/// more, `175` to `187`, in nine languages (half an's originals): 13/13
/// told and named right when added. Thirteen more, `188` to `200`, in
/// eight languages (half ap's originals): 13/13 told and named right
/// when added. Thirteen more, `201` to `213`, in German, Portuguese,
/// Czech, French and Slovak (half ar's originals): 13/13 told, 12 named
/// right when added (Slovak, which the guess did not know, named Czech);
/// Slovak's own words were added after, written without reading that
/// text, leaving out the words it shares with Czech so no Czech text is
/// pulled into a tie. That text is still named Czech (its sentences carry
/// more shared words than Slovak's own) and every other text's answer is
/// unchanged.
/// Twelve more, `214` to `225`, in French, Spanish, German, Thai,
/// Ukrainian, Croatian, Slovenian and Serbian (Latin letters; half at's
/// originals): 12/12 told, 9 named right when added (Croatian, Slovenian
/// and Serbian, which the guess did not know, named Czech); their own
/// words were added after, written without reading those texts (the
/// words other languages' lists hold left out, Croatian and Serbian
/// sharing theirs), and all three are named right since, with every other
/// text's answer unchanged.
/// Twelve more, `226` to `237`, in German, Spanish, Catalan, Polish,
/// Serbian, Bosnian, Bulgarian, Persian and Georgian (half av's
/// originals): 12/12 told, 9 named right when added (a Catalan page
/// named Spanish, the Bosnian page Croatian, the Bulgarian page Russian);
/// since, "ъ" without Russian's own "ы", "э" or "ё" tells Bulgarian and
/// more of Catalan's own words are known (written without reading those
/// texts): both pages are named right, every other answer unchanged.
/// Ten more, `238` to `247`, in German, French and Portuguese (half ax's
/// originals): 10/10 told and named right when added.
/// Thirteen more, `248` to `260`, in Portuguese (twelve) and Spanish (half
/// az's originals): 13/13 told and named right when added.
/// Twelve more, `261` to `272`, in Polish, Serbian, German, Czech, Spanish,
/// French, Italian and Turkish (half bb's originals): 12/12 told and named
/// right when added.
/// Thirteen more, `273` to `285`, in Japanese, Dutch, German and
/// Icelandic (half bd's originals): 12/13 told and named right when added;
/// the Icelandic page was not told at all (Icelandic was not known, and
/// its words matched no list), so it would have been read as English
/// with no notice. Icelandic's letters þ and ð and its own words (none
/// another list holds) were added after, written from the language
/// without reading that text: it is told and named since, every other
/// answer unchanged.
/// Fourteen more, `286` to `299`, in Japanese (five), Dutch (three), Korean
/// (two), German, French, Spanish and Portuguese (half bf's originals):
/// 14/14 told and named right when added.
/// Fifteen more, `300` to `314`, in Japanese (seven), Korean (two),
/// Italian, Spanish, Polish, French, Norwegian and Portuguese (half bh's
/// originals): 15/15 told and named right when added.
/// Fifteen more, `315` to `329`, in French (three), Italian (three),
/// Russian (two), Croatian, German, Norwegian, Spanish, Japanese, Finnish
/// and Czech (half bj's originals): 15/15 told and named right when added.
/// Prints the figures; asserts that no English sheet is told it is in another
/// language (the error that would mislead a patient) and that at least
/// 95 % of the others are named.
#[test]
fn the_language_guess_on_the_held_out_set() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/core/fixtures/sheet_languages");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("sheet languages: held-out set not in this tree; skipped");
        return;
    };
    let mut files: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let (mut english, mut english_flagged, mut other, mut other_told, mut other_named) = (0, 0, 0, 0, 0);
    let mut errors = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let want = text
            .lines()
            .find_map(|l| l.strip_prefix("# expect:"))
            .map(str::trim)
            .unwrap_or("en")
            .to_string();
        let got = guess_language(&body(&text));
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if want == "en" {
            english += 1;
            if let Some(code) = got {
                english_flagged += 1;
                errors.push(format!("{name}: English told as {code}"));
            }
        } else {
            other += 1;
            match got {
                None => errors.push(format!("{name}: {want} not told")),
                Some(code) => {
                    other_told += 1;
                    if code == want {
                        other_named += 1;
                    } else {
                        errors.push(format!("{name}: {want} named {code}"));
                    }
                }
            }
        }
    }
    println!(
        "sheet languages (held out): {} texts; English never told: {}/{english}; \
         other languages told: {other_told}/{other}, named right: {other_named}/{other}",
        files.len(),
        english - english_flagged,
    );
    if std::env::var("STEADY_LANGUAGE_DETAIL").is_ok() {
        for e in &errors {
            println!("  {e}");
        }
    }
    assert_eq!(english_flagged, 0, "{errors:#?}");
    assert!(other_named * 100 >= other * 95, "{errors:#?}");
}
