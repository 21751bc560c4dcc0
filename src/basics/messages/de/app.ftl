### Steady's words in German (Deutsch): the language's name, dates and times.
###
### This folder is one language: every .ftl file here, read by the Rust
### core and by the window alike. Other languages have the same files with
### the same message ids; a message missing here is shown in English.
###
### Conventions for every file (as in English, plus German ones):
### - Plain words, short sentences: people read these groggy, or in a car
###   park. Say what to do, then why.
### - "Sie" everywhere, for the patient and for the driver. Checklist
###   titles and buttons in the infinitive ("Tasche packen", "Termin
###   absagen"); sentences in the "Sie" form.
### - German quotation marks „…“; en dash – with spaces as a dash, without
###   spaces in ranges ("1–2 Stunden").
### - A comment "SAFETY" above a message marks words about safety (the
###   crisis panel, red flags, when to call whom, no driving). A translation
###   keeps every number and every { $variable } of the English, no more,
###   no fewer; a test checks it.
### - Times and dates arrive as ready-made arguments ({ $time }, { $date }):
###   never write a clock time or a date into a message. No "Uhr" after
###   { $time }: on a 12-hour system it says "6:00 PM".
### - Care words follow the glossary below; one word per concept.
###
### Glossary (each line "term: English = this language"; a test checks
### that every message using the English term uses this language's term):
### term: escort = Begleitperson
### term: infusion = Infusion
### term: session = Termin
### term: clinic = Klinik
### term: prescriber = Ärztin | Arzt
### term: clear liquids = klare Flüssigkeit
### term: no-driving time = Fahrverbot
### term: check-in = Befinden
### term: crisis line = Krisentelefon
###
### Notes on the terms:
### - escort and driver are one person here: always „Begleitperson“ (as
###   German clinics say), never „Fahrer“; "drive" stays a verb (fahren).
### - session: „Termin“ (Termin absagen, Termin verschieben, am Tag des
###   Termins; the clinic's front-desk check-in is „Anmeldung“).
### - prescriber: always both forms, „Ihre Ärztin oder Ihr Arzt“; the
###   primary care provider is „Hausarztpraxis“.
### - clear liquids: write „klare Flüssigkeiten“ or „klare Flüssigkeit“
###   (nominative or accusative, no "-n" ending), so the term stays whole.
### - check-in (the daily self-report): „Befinden“ (Befinden eintragen,
###   Befinden am Abend, Übersicht zum Befinden).
###
### Other care words chosen (keep them):
### - fasting: nüchtern bleiben; "the fast is broken": nicht nüchtern
### - solid food: feste Nahrung; a snack: eine Kleinigkeit essen
### - pickup: Abholung, abholen; pickup window: Abholzeit
### - ride home: Heimfahrt; ride card: Abholkarte
### - dose (an amount): Dosis; "last dose" (taking it): letzte Einnahme
### - medicine: Medikament; hold / pause: pausieren; restart: wieder
###   einnehmen
### - side effect: Nebenwirkung; after-effects: Nachwirkungen; "the
###   effects wear off": die Wirkung lässt nach
### - groggy: benommen; unsteady: unsicher auf den Beinen
### - red flag: Warnzeichen; emergency number: Notrufnummer
### - crisis: Krise; thoughts of self-harm: Gedanken, sich selbst etwas
###   anzutun
### - intake (vitals, monitors, IV line): Vorbereitung; observation:
###   Überwachung; recovery: Erholung
### - course (of treatment): Behandlung; booster: Auffrischung
### - reminder: Erinnerung; snooze: später erinnern; checklist item: Punkt
### - rideshare: Fahrdienst; taxi: Taxi
### - passphrase: Passwort; app lock: App-Sperre
### - the patient (said to the driver): „die Patientin oder der Patient“

## The language as it names itself, in the language chooser.

language-name = Deutsch

## Dates and times. The window, notifications, PDFs and calendar files all
## write dates with these, so they agree to the character.
## $day: 1 (Monday) to 7 (Sunday); $month: 1 (January) to 12 (December).

weekday = { $day ->
    [1] Montag
    [2] Dienstag
    [3] Mittwoch
    [4] Donnerstag
    [5] Freitag
    [6] Samstag
   *[7] Sonntag
}
# Without a full stop: the weekday buttons of a series show it alone; the
# dates below add it ("Do., 3. Dez.").
weekday-short = { $day ->
    [1] Mo
    [2] Di
    [3] Mi
    [4] Do
    [5] Fr
    [6] Sa
   *[7] So
}
month = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
# With their own full stop where shortened (as German writes them).
month-short = { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}

# A date in words: "Donnerstag, 3. Dezember". German has one order;
# $order is not needed.
date-long = { $weekday }, { $day }. { $month }
# "Do., 3. Dez."
date-short = { $weekday }., { $day }. { $month }
# "Do., 3. Dez. 2026"
date-short-year = { $weekday }., { $day }. { $month } { $year }
# A date and a time: "Do., 3. Dez., 18:00".
date-time = { $date }, { $time }
# A 12-hour clock: "6:00 PM". $hour is 1 to 12; $minute two digits.
clock-12h = { $period ->
    [am] { $hour }:{ $minute } AM
   *[pm] { $hour }:{ $minute } PM
}

## Times in the user's words, in lists and on Today. In lower case: they
## often stand inside a sentence ("Kein Autofahren bis morgen, 07:00").

when-today = heute, { $time }
when-tomorrow = morgen, { $time }
when-yesterday = gestern, { $time }
when-date = { $date }, { $time }
relative-now = jetzt
relative-in = in { $span }
relative-ago = vor { $span }
# A length of time, short: "45 Min.", "3 Std.", "3 Std. 10 Min.".
span-minutes = { $minutes } Min.
span-hours = { $hours } Std.
span-hours-minutes = { $hours } Std. { $minutes } Min.
# A length of time in words: "1 Stunde", "6 Stunden".
hours = { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}

## The language chooser (Settings, and the first start).

language-label = Sprache
# $language: the system's language, named in itself ("Deutsch").
language-follow-system = Wie das System: { $language }
