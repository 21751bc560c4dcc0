### Les mots de Steady en français : le nom de la langue, les dates et les heures.
###
### This folder is one language: every .ftl file here, read by the Rust
### core and by the window alike. Other languages have the same files with
### the same message ids; a message missing there is shown in English.
###
### Conventions for every file (French):
### - Plain words, short sentences: people read these groggy, or in a car
###   park. Say what to do, then why. "vous" everywhere, to the patient and
###   to the driver.
### - Gender: the patient may be a man or a woman. Avoid adjectives that
###   agree with "vous" or with a named person; say it with a noun
###   ("une somnolence", "un manque d'équilibre") or an epicene word
###   ("instable"). Roles (le patient, le conducteur, l'accompagnant, le
###   prescripteur) keep the generic masculine of French patient leaflets.
### - A comment "SAFETY" above a message marks words about safety (the
###   crisis panel, red flags, when to call whom, no driving). A translation
###   keeps every number and every { $variable } of the English, no more,
###   no fewer; a test checks it. "24/7" stays "24/7" there.
### - Times and dates arrive as ready-made arguments ({ $time }, { $date }):
###   never write a clock time or a date into a message. A date here starts
###   with the weekday ("jeudi 3 décembre"): write "le { $day }",
###   "jusqu'au { $date }". when-today and its siblings are in lower case
###   ("demain à 07:00") so they read well inside a sentence.
### - Typography: typographic apostrophe ’, « guillemets » with narrow
###   no-break spaces, a no-break space before : and a narrow one before
###   ; ! ? ; a no-break space between a number and its unit ("3 h").
### - Care words follow the glossary below; one word per concept.
###
### Glossary (each line "term: English = this language"; a test checks
### that every message using the English term uses this language's term):
### term: escort = accompagnant
### term: infusion = perfusion
### term: session = séance
### term: clinic = clinique
### term: prescriber = prescripteur
### term: clear liquids = liquides clairs | liquide clair
### term: no-driving time = période sans conduite
### term: check-in = bilan
### term: crisis line = ligne d’écoute | lignes d’écoute
###
### Other care words (keep them):
### - fasting, the fast = le jeûne; solid food = aliments solides;
###   "stop eating" = arrêter de manger; a clear drink = un liquide clair
### - pickup = venir chercher (the driver's act); pickup window = créneau
###   de sortie; the pickup (event) = la sortie
### - driver = conducteur; ride home = trajet retour; ride card = fiche
###   trajet retour
### - side effect = effet secondaire (on screen often just "effet");
###   red flag = signe d'alerte
### - dose (an amount, "50 mg") = dose; a dose taken = une prise
###   ("dernière prise", "moins de prises"); hold / pause a medicine =
###   suspendre; skip = ne pas prendre; restart = reprendre
### - intake = préparation; observation = surveillance; recovery =
###   récupération; booster = séance d'entretien; course of treatment =
###   traitement; series = série
### - primary care provider = médecin traitant; emergency number = numéro
###   d'urgence; emergency (label) = Urgences
### - checklist = liste (à cocher); checklist item = tâche; tick = cocher;
###   reminder = rappel; snooze = rappeler dans …; plan = programme
### - typical (a value from public guides) = valeur type / type;
###   care facts = repères de soins; the clinic's sheet = la fiche de la
###   clinique; your clinic's instructions = les consignes de votre clinique
### - groggy = somnolence, "dans le brouillard"; dizziness = vertiges
### - passphrase = phrase secrète; app lock = verrouillage; Settings =
###   Paramètres; text message = SMS; e-mail = e-mail
### - drive again = reprendre le volant / reprise de la conduite; a
###   country's numbers = "Numéros utiles : { $country }" (a country's
###   name after a colon needs no article; country-name in care.ftl names
###   them so: "Royaume-Uni", "États-Unis")
### - the sheet reader (sheet.ftl): sedatives = sédatifs; sedative-hypnotics
###   = somnifères; opioids = opioïdes; rideshare = VTC; a cutoff in minutes
###   = "30 min avant" / "30 minutes avant votre séance"; a question's
###   $subject is a noun phrase after "pour" ("Pour la période sans
###   conduite, votre clinique indique …")

## The language as it names itself, in the language chooser.

language-name = Français

## Dates and times. The window, notifications, PDFs and calendar files all
## write dates with these, so they agree to the character.
## $day: 1 (Monday) to 7 (Sunday); $month: 1 (January) to 12 (December).
## French writes weekdays and months in lower case.

weekday = { $day ->
    [1] lundi
    [2] mardi
    [3] mercredi
    [4] jeudi
    [5] vendredi
    [6] samedi
   *[7] dimanche
}
weekday-short = { $day ->
    [1] lun.
    [2] mar.
    [3] mer.
    [4] jeu.
    [5] ven.
    [6] sam.
   *[7] dim.
}
month = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
month-short = { $month ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
}

# A date in words: "jeudi 3 décembre". French has one order: $order is
# not needed.
# French writes the first of the month "1er"; $day arrives as text, so a
# select cannot pick it out: Steady says "lundi 1 mars".
date-long = { $weekday } { $day } { $month }
# "jeu. 3 déc."
date-short = { $weekday } { $day } { $month }
# "jeu. 3 déc. 2026"
date-short-year = { $weekday } { $day } { $month } { $year }
# A date and a time: "jeu. 3 déc. à 18:00".
date-time = { $date } à { $time }
# A 12-hour clock: "6:00 PM". $hour is 1 to 12; $minute two digits.
clock-12h = { $period ->
    [am] { $hour }:{ $minute } AM
   *[pm] { $hour }:{ $minute } PM
}

## Times in the user's words, in lists and on Today. In lower case: they
## are often inside a sentence ("Ne pas conduire avant demain à 07:00").

when-today = aujourd’hui à { $time }
when-tomorrow = demain à { $time }
when-yesterday = hier à { $time }
when-date = { $date } à { $time }
relative-now = maintenant
relative-in = dans { $span }
relative-ago = il y a { $span }
# A length of time, short: "45 min", "3 h", "3 h 10 min".
span-minutes = { $minutes } min
span-hours = { $hours } h
span-hours-minutes = { $hours } h { $minutes } min
# A length of time in words: "1 heure", "6 heures" (French "one" is 0 and 1).
hours = { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
}

## The language chooser (Settings, and the first start).

language-label = Langue
# $language: the system's language, named in itself ("Deutsch").
language-follow-system = Comme le système : { $language }
