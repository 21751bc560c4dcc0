### The clinic-sheet reader (src/plan/sheet/): a patient pastes the text of
### their clinic's e-mail, web page or PDF, and Steady proposes rules from
### it, each beside the sentence it came from, or asks where the words are
### not clear. These are the proposals' plain words, the questions, the
### titles of the tasks it reads, and the comments of the partial protocol
### file `steady protocol from-text` writes for a clinic.
###
### The sheets are read in English, so the clinic's own words (a sentence,
### a medicine's name, a thing to bring, the task a sheet names) arrive as
### arguments in English: show them as they are, never translated.
### { $sentence } is a whole sentence of the sheet, quoted.
###
### Times: { $time } is a clock time ("22:00"). Where a message chooses by
### $when, it says a moment before the session: "hours" ($hours hours
### before), "minutes" ($minutes minutes before), a clock time $time on
### the session day ("same_day"), the day before ("day_before") or $days
### days before ("days_before"), or "none" (no rule set). "h" and "min"
### are short for hours and minutes, as in the rest of the plan.
###
### German: „Std.“ and „Min.“ as in plan.ftl; a moment said as in plan.ftl's
### rules-moment-* („6 Std. vorher“, „ab 18:00 am Vortag“). The sheet's
### words in German quotation marks „…“. Proposals are short lines, like the
### summary of the rules („Keine feste Nahrung ab 6 Std. vorher“).

## A proposal: one rule the sheet says, in a few words. The patient ticks
## the ones to put in the form.

sheet-proposal-solid-food = { $when ->
    [hours] Keine feste Nahrung ab { $hours } Std. vorher
    [minutes] Keine feste Nahrung ab { $minutes } Min. vorher
    [same_day] Keine feste Nahrung ab { $time } am Tag selbst
    [day_before] Keine feste Nahrung ab { $time } am Vortag
    [days_before] { $days ->
        [one] Keine feste Nahrung ab { $time }, { $days } Tag vorher
       *[other] Keine feste Nahrung ab { $time }, { $days } Tage vorher
    }
   *[none] Keine feste Nahrung: keine Regel
}
# Clear liquids may be drunk until the moment; after it, nothing.
sheet-proposal-clear-liquids = { $when ->
    [hours] Klare Flüssigkeiten bis { $hours } Std. vorher
    [minutes] Klare Flüssigkeiten bis { $minutes } Min. vorher
    [same_day] Klare Flüssigkeiten bis { $time } am Tag selbst
    [day_before] Klare Flüssigkeiten bis { $time } am Vortag
    [days_before] { $days ->
        [one] Klare Flüssigkeiten bis { $time }, { $days } Tag vorher
       *[other] Klare Flüssigkeiten bis { $time }, { $days } Tage vorher
    }
   *[none] Klare Flüssigkeiten: keine Regel
}
# $words: the sheet's sentence saying which drinks count as clear.
sheet-proposal-clear-liquids-are = Was als klare Flüssigkeit gilt: „{ $words }“
# $words: the sheet's sentence saying what happens if the patient eats too late.
# German: „nicht nüchtern“ as in forms.ftl (clinic-form-fast-broken).
sheet-proposal-if-fast-broken = Wenn Sie nicht nüchtern sind: „{ $words }“
# $name: the medicine (the sheet's name, or a class from sheet-medicine-*
# below); $rule: what to do about it, from the plan's rules-medicine-*
# messages ("letzte Einnahme 6 Std. vorher; wieder einnehmen 6 Std. danach").
sheet-proposal-medicine = { $name }: { $rule }
sheet-proposal-keep-taking-usual = Die üblichen Medikamente weiter einnehmen, außer den genannten
# $minutes: how long before the appointment time to arrive.
sheet-proposal-arrive-early = { $minutes ->
    [one] { $minutes } Minute früher da sein
   *[other] { $minutes } Minuten früher da sein
}
# $items: the things to bring, in the sheet's words, separated by commas.
sheet-proposal-bring = Mitbringen: { $items }
# SAFETY: an adult has to take the patient home.
sheet-proposal-escort-required = Eine erwachsene Person muss Sie nach Hause bringen
# $age: the youngest age, in years, the driver home may be.
# German: the driver is „die Begleitperson“ (see app.ftl's glossary).
sheet-proposal-escort-min-age = Die Begleitperson muss mindestens { $age } Jahre alt sein
# The driver is the adult who takes the patient home. $presence says what
# the driver does during the session ("unspecified": the sheet does not say).
sheet-proposal-escort-presence = { $presence ->
    [stays_on_site] Die Begleitperson bleibt in der Klinik
    [comes_to_door] Die Begleitperson kommt bis zur Tür
    [may_leave] Die Begleitperson darf gehen und wiederkommen
   *[unspecified] Die Begleitperson: —
}
# Whether a taxi or a rideshare (Uber, Lyft) may take the patient home.
sheet-proposal-rideshare = { $rideshare ->
    [not_allowed] Taxi oder Fahrdienst: nicht erlaubt
    [only_with_escort] Taxi oder Fahrdienst: nur mit der Begleitperson
    [allowed] Taxi oder Fahrdienst: erlaubt
   *[unspecified] Taxi oder Fahrdienst: —
}
# SAFETY: no driving after the session, for $hours hours.
sheet-proposal-no-driving-hours = { $hours ->
    [one] Kein Autofahren, keine Maschinen für { $hours } Stunde
   *[other] Kein Autofahren, keine Maschinen für { $hours } Stunden
}
# SAFETY: no driving after the session.
sheet-proposal-no-driving-rest-of-day = Kein Autofahren für den Rest des Tages
# SAFETY: no driving after the session.
sheet-proposal-no-driving-next-morning = Kein Autofahren bis zum nächsten Morgen, nach einer Nacht Schlaf
sheet-proposal-no-decisions-hours = { $hours ->
    [one] Keine wichtigen Entscheidungen für { $hours } Stunde
   *[other] Keine wichtigen Entscheidungen für { $hours } Stunden
}
sheet-proposal-no-decisions-next-morning = Keine wichtigen Entscheidungen bis zum nächsten Morgen
sheet-proposal-no-decisions-worn-off = Keine wichtigen Entscheidungen, bis die Wirkung nachgelassen hat
# $hours: hours after the session.
sheet-proposal-no-alcohol = { $hours ->
    [one] Kein Alkohol, kein Cannabis für { $hours } Stunde danach
   *[other] Kein Alkohol, kein Cannabis für { $hours } Stunden danach
}
# $hours: hours after the session.
sheet-proposal-no-sedatives = { $hours ->
    [one] Keine Opioide, Benzodiazepine oder anderen Beruhigungsmittel für { $hours } Stunde danach
   *[other] Keine Opioide, Benzodiazepine oder anderen Beruhigungsmittel für { $hours } Stunden danach
}
# $hours: hours after the session that someone stays with the patient.
sheet-proposal-someone-stays = { $hours ->
    [one] Jemand bleibt danach { $hours } Stunde lang bei Ihnen
   *[other] Jemand bleibt danach { $hours } Stunden lang bei Ihnen
}
sheet-proposal-no-dependents = Bis zum nächsten Morgen keine Kinder oder anderen Menschen versorgen
# SAFETY: a red flag and whom to call. $situation: the sheet's words for
# it ("Chest pain"); $call: whom to call, from the plan's rules-call-*
# messages ("Notrufnummer anrufen").
sheet-proposal-red-flag = { $situation }: { $call }
# A task before each visit. $task: its title (sheet-task-* below, or the
# sheet's words); $moment: when, from the plan's rules-moment-* messages
# ("24 Std. vorher", "ab 18:00 am Vortag").
sheet-proposal-visit-task = Vor jedem Besuch: { $task } ({ $moment })
# $minutes: how long the infusion itself takes.
sheet-proposal-infusion-minutes = { $minutes ->
    [one] Die Infusion dauert { $minutes } Minute
   *[other] Die Infusion dauert { $minutes } Minuten
}
# How long the patient stays at the clinic after the infusion, watched.
sheet-proposal-observation = { $minutes ->
    [one] Überwachung danach: { $minutes } Minute
   *[other] Überwachung danach: { $minutes } Minuten
}
# The same, as a range: "30–60 Minuten".
sheet-proposal-observation-range = Überwachung danach: { $min }–{ $max } Minuten
# $text: a sentence of the sheet, kept as a note on a checklist.
sheet-proposal-note = Notiz: „{ $text }“

## What the reader writes into a task's title, around the sheet's own words.
## German: in the infinitive, as the checklist's titles („… ausfüllen“).

# $what: the sheet's words for the form ("mood questionnaire", "PHQ-9").
sheet-task-fill-in = { $what } ausfüllen
# $medicine: the sheet's words for a medicine to take before the visit,
# in lower case ("anti-nausea medication").
sheet-task-take = { $medicine } einnehmen
sheet-task-discuss = { $medicine } mit Ihrer Ärztin, Ihrem Arzt oder der Klinik besprechen

## Classes of medicines, as Steady names them when a sheet names one or a
## brand of it ("Adderall" is one of the stimulants). Plural, capitalised:
## they start a proposal ("Stimulanzien: am Morgen des Termins auslassen").

sheet-medicine-stimulants = Stimulanzien
sheet-medicine-sedative-hypnotics = Schlaf- und Beruhigungsmittel
sheet-medicine-opioids = Opioide
sheet-medicine-benzodiazepines = Benzodiazepine
# One medicine: its generic name, then its brand name.
sheet-medicine-lamotrigine = Lamotrigin (Lamictal)
sheet-medicine-sedatives = Beruhigungsmittel
sheet-medicine-muscle-relaxants = Muskelrelaxanzien
# Monoamine oxidase inhibitors, a class of antidepressants.
sheet-medicine-maois = MAO-Hemmer
# Medicines for colds and flu bought without a prescription.
sheet-medicine-cold-medicines = Erkältungsmittel
sheet-medicine-new-medicines = Neue Medikamente
sheet-medicine-as-needed-medicines = Bedarfsmedikamente
# $class: a class above; $brand: the sheet's own word for it ("Adderall").
sheet-medicine-with-brand = { $class } ({ $brand })

## Questions: a sentence says something about a rule, but not clearly
## enough to choose. Steady asks, and the patient picks what the clinic
## means, keeps the sentence as a note, or leaves it out. Steady never
## chooses a number for the patient.
##
## $subject is the rule asked about, from sheet-subject below: a short
## phrase ("no solid food", "the infusion"), used both as the subject of a
## sentence and after "for". $length is a length of time in words ("1 hour",
## "6 hours", "90 minutes"; from the app's hours message or sheet-minutes).
##
## German: a phrase inside a sentence would need a different case and
## article for each rule, so every question starts with $subject as a
## label, capitalised, then a colon: „Kein Autofahren: Laut Ihrer Klinik
## gilt das bis zum nächsten Morgen. …“ The labels match the names of the
## rules in the form and in the summary of the rules (plan.ftl).

# The rule a question is about, as a label before a colon.
sheet-subject = { $about ->
    [solid_food] Keine feste Nahrung
    [clear_liquids] Klare Flüssigkeiten
    [medicine] Dieses Medikament
    [arrive_early] Früher da sein
    [infusion_minutes] Infusion
    [observation] Überwachung nach der Infusion
    [no_driving] Kein Autofahren
    [no_decisions] Keine wichtigen Entscheidungen
    [no_alcohol] Kein Alkohol, kein Cannabis
    [no_sedatives] Keine Beruhigungsmittel
    [someone_stays] Jemand bleibt bei Ihnen
    [no_dependents] Keine Betreuung von Angehörigen
    [visit_task] Diese Aufgabe
    [bring] Das Mitzubringende
   *[escort_required] Wer Sie nach Hause bringt
}
# A length of time in minutes, in words, in a question.
sheet-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
# The sheet limits meals ("no heavy meals 3 hours prior") but not all food.
# $when (see the top of this file) is the moment it names.
sheet-ask-food-unclear = { $when ->
    [hours] Ihre Klinik schreibt „{ $sentence }“. Heißt das: ab { $hours } Std. vorher gar nichts mehr essen? Wählen Sie das, oder behalten Sie den Satz als Notiz und fragen Sie in der Klinik nach.
    [minutes] Ihre Klinik schreibt „{ $sentence }“. Heißt das: ab { $minutes } Min. vorher gar nichts mehr essen? Wählen Sie das, oder behalten Sie den Satz als Notiz und fragen Sie in der Klinik nach.
    [same_day] Ihre Klinik schreibt „{ $sentence }“. Heißt das: ab { $time } am Tag selbst gar nichts mehr essen? Wählen Sie das, oder behalten Sie den Satz als Notiz und fragen Sie in der Klinik nach.
    [day_before] Ihre Klinik schreibt „{ $sentence }“. Heißt das: ab { $time } am Vortag gar nichts mehr essen? Wählen Sie das, oder behalten Sie den Satz als Notiz und fragen Sie in der Klinik nach.
    [days_before] { $days ->
        [one] Ihre Klinik schreibt „{ $sentence }“. Heißt das: ab { $time }, { $days } Tag vorher, gar nichts mehr essen? Wählen Sie das, oder behalten Sie den Satz als Notiz und fragen Sie in der Klinik nach.
       *[other] Ihre Klinik schreibt „{ $sentence }“. Heißt das: ab { $time }, { $days } Tage vorher, gar nichts mehr essen? Wählen Sie das, oder behalten Sie den Satz als Notiz und fragen Sie in der Klinik nach.
    }
   *[none] Ihre Klinik schreibt „{ $sentence }“. Heißt das: gar nichts mehr essen (ohne genannte Zeit)? Wählen Sie das, oder behalten Sie den Satz als Notiz und fragen Sie in der Klinik nach.
}
# The sheet speaks of limits on food but says no time.
sheet-ask-food-no-time = Ihre Klinik schreibt „{ $sentence }“, nennt aber keine Zeit. Fragen Sie in der Klinik, ab wann Sie nichts mehr essen sollen; behalten Sie den Satz als Notiz und tragen Sie die Zeit im Formular ein.
# Das Blatt begrenzt, wie viel man trinkt, ohne es ganz zu verbieten.
sheet-ask-drinks-limited = Ihre Klinik schreibt „{ $sentence }“: Sie begrenzt, wie viel Sie trinken, sagt aber nicht, ob Sie in dieser Zeit überhaupt trinken dürfen. Fragen Sie in der Klinik nach; behalten Sie den Satz als Notiz und tragen Sie die Zeit im Formular ein.
# A task (a questionnaire to fill in) with no time. "Before each visit" is
# the heading of a section of the form "Your clinic's instructions"
# (forms.ftl: „Vor jedem Besuch“).
sheet-ask-task-no-time = Ihre Klinik bittet: „{ $sentence }“ Das Merkblatt nennt keine Zeit. Tragen Sie die Aufgabe im Formular unter „Vor jedem Besuch“ mit einer Zeit Ihrer Wahl ein, oder behalten Sie sie als Notiz.
sheet-ask-no-time = { $subject }: Ihre Klinik schreibt „{ $sentence }“, nennt aber keine Zeit. Fragen Sie in der Klinik nach; behalten Sie den Satz als Notiz und tragen Sie die Zeit im Formular ein.
# $low, $high: the two ends of the range, as lengths ("15 Minuten", "1 Stunde").
sheet-ask-range = { $subject }: Ihre Klinik nennt eine Spanne von { $low } bis { $high }. Steady wählt nicht für Sie: Nehmen Sie den Wert, den Ihre Klinik meint, oder behalten Sie den Satz als Notiz und fragen Sie dort nach.
# $length: the longest it can take.
sheet-ask-up-to = { $subject }: Laut Ihrer Klinik kann das bis zu { $length } dauern. Ist das bei Ihnen so? Dann wählen Sie es; sonst behalten Sie den Satz als Notiz und fragen Sie in der Klinik nach.
# The sheet says "a few hours" or the like.
sheet-ask-vague = { $subject }: Ihre Klinik schreibt „{ $sentence }“, ohne eine Zahl zu nennen. Fragen Sie in der Klinik, wie lange; behalten Sie den Satz als Notiz und tragen Sie die Dauer im Formular ein.
# The sheet says how long in words Steady cannot keep for this rule.
# $span says which words.
sheet-ask-not-in-hours = { $span ->
    [next_morning] { $subject }: Laut Ihrer Klinik gilt das bis zum nächsten Morgen. Steady kann diese Regel nur auf andere Weise speichern: Prüfen Sie die Auswahl im Formular anhand des Merkblatts, oder behalten Sie den Satz als Notiz.
    [rest_of_day] { $subject }: Laut Ihrer Klinik gilt das für den Rest des Tages. Steady kann diese Regel nur auf andere Weise speichern: Prüfen Sie die Auswahl im Formular anhand des Merkblatts, oder behalten Sie den Satz als Notiz.
    [worn_off] { $subject }: Laut Ihrer Klinik gilt das, bis die Wirkung nachgelassen hat. Steady kann diese Regel nur auf andere Weise speichern: Prüfen Sie die Auswahl im Formular anhand des Merkblatts, oder behalten Sie den Satz als Notiz.
    [morning_of] { $subject }: Laut Ihrer Klinik gilt das am Morgen des Termins. Steady kann diese Regel nur auf andere Weise speichern: Prüfen Sie die Auswahl im Formular anhand des Merkblatts, oder behalten Sie den Satz als Notiz.
    [night_before] { $subject }: Laut Ihrer Klinik gilt das ab dem Vorabend. Steady kann diese Regel nur auf andere Weise speichern: Prüfen Sie die Auswahl im Formular anhand des Merkblatts, oder behalten Sie den Satz als Notiz.
    [day_of] { $subject }: Laut Ihrer Klinik gilt das am Tag des Termins. Steady kann diese Regel nur auf andere Weise speichern: Prüfen Sie die Auswahl im Formular anhand des Merkblatts, oder behalten Sie den Satz als Notiz.
   *[night_or_day] { $subject }: Laut Ihrer Klinik gilt das am Vorabend oder am Tag des Termins. Steady kann diese Regel nur auf andere Weise speichern: Prüfen Sie die Auswahl im Formular anhand des Merkblatts, oder behalten Sie den Satz als Notiz.
}
# A clock time without the day ("after 10 pm").
sheet-ask-clock-day = { $subject }: Laut Ihrer Klinik gilt das ab { $time }, aber es steht nicht da, an welchem Tag. Ist es der Abend vor dem Termin?
sheet-ask-direction = { $subject }: Ihre Klinik nennt { $length }, aber nicht, ob vor oder nach dem Termin. Fragen Sie in der Klinik nach, oder behalten Sie den Satz als Notiz.
sheet-ask-not-whole-hours = { $subject }: Ihre Klinik nennt { $length }; Steady speichert diese Regel in ganzen Stunden. Tragen Sie die Stunden im Formular ein, oder behalten Sie den Satz als Notiz.
# A rule Steady keeps for after the session only (no alcohol, say), which
# the sheet also says for before it.
sheet-ask-before-not-kept = { $subject }: Laut Ihrer Klinik gilt das auch { $length } vor dem Termin. Steady speichert diese Regel nur für die Zeit nach dem Termin: Behalten Sie den Satz als Notiz, damit Sie ihn sehen.
sheet-ask-before-not-kept-no-length = { $subject }: Ihre Klinik schreibt „{ $sentence }“, ohne zu sagen, wie lange. Fragen Sie in der Klinik nach; behalten Sie den Satz als Notiz und tragen Sie die Dauer im Formular ein.
sheet-ask-before-span-not-kept = { $span ->
    [morning_of] { $subject }: Laut Ihrer Klinik gilt das auch am Morgen des Termins. Steady speichert diese Regel nur für die Zeit nach dem Termin: Behalten Sie den Satz als Notiz, damit Sie ihn sehen.
    [night_before] { $subject }: Laut Ihrer Klinik gilt das auch ab dem Vorabend. Steady speichert diese Regel nur für die Zeit nach dem Termin: Behalten Sie den Satz als Notiz, damit Sie ihn sehen.
    [day_of] { $subject }: Laut Ihrer Klinik gilt das auch am Tag des Termins. Steady speichert diese Regel nur für die Zeit nach dem Termin: Behalten Sie den Satz als Notiz, damit Sie ihn sehen.
    [night_or_day] { $subject }: Laut Ihrer Klinik gilt das auch am Vorabend und am Tag des Termins. Steady speichert diese Regel nur für die Zeit nach dem Termin: Behalten Sie den Satz als Notiz, damit Sie ihn sehen.
   *[other] { $subject }: Laut Ihrer Klinik gilt das auch vor dem Termin. Steady speichert diese Regel nur für die Zeit nach dem Termin: Behalten Sie den Satz als Notiz, damit Sie ihn sehen.
}
# "We may ask you to …", "if you are diabetic …": a rule for some patients
# only; $subject names the rule, so two rules in one sentence ask twice.
sheet-ask-maybe = Ihre Klinik schreibt „{ $sentence }“: eine Regel für manche Patientinnen und Patienten ({ $subject }). Gilt sie für Sie? Wählen Sie sie nur, wenn die Klinik es Ihnen gesagt hat, oder behalten Sie den Satz als Notiz.
sheet-ask-two-values = { $subject }: Ihre Klinik nennt auf demselben Blatt zwei verschiedene Angaben; „{ $sentence }“ ist eine davon. Steady wählt nicht für Sie: Fragen Sie in der Klinik, welche für Sie gilt, oder behalten Sie den Satz als Notiz.
# A length added on to an earlier one ("monitored for another 2 hours"): not the whole.
sheet-ask-added = { $subject }: Ihre Klinik schreibt „{ $sentence }“ – { $length } zusätzlich zu einer früheren Zeit, nicht die ganze Dauer. Fragen Sie in der Klinik, wie lange insgesamt; behalten Sie den Satz als Notiz und tragen Sie die Zeit im Formular ein.
# "Adjust your insulin": a dose to change, neither which way nor how much.
sheet-ask-adjust = Ihre Klinik schreibt „{ $sentence }“, sagt aber nicht, in welche Richtung oder um wie viel die Dosis geändert wird. Fragen Sie in der Klinik oder bei der verschreibenden Person nach; behalten Sie den Satz als Notiz.
sheet-ask-from-arrival = { $subject }: Laut Ihrer Klinik { $length } vor Ihrer Ankunft, nicht vor dem Termin. Steady zählt diese Regel vom Termin aus zurück, also später: Fragen Sie in der Klinik, wann der Termin beginnt, und tragen Sie die Zeit im Formular ein, oder behalten Sie den Satz als Notiz.
sheet-ask-driving-decided-later = Ihre Klinik schreibt „{ $sentence }“ und sagt, dass sie Ihnen später sagt, wann Sie wieder Auto fahren dürfen. Steady wählt kein Ende für Sie: Fragen Sie in der Klinik nach und behalten Sie den Satz als Notiz.
sheet-ask-longer-than-next-morning = { $subject }: Ihre Klinik nennt { $length }; Steady hält diese Regel nur bis zum nächsten Morgen. Planen Sie die längere Zeit ein, und behalten Sie den Satz als Notiz.
# "Arrange a ride home": who may drive the patient is not said.
sheet-ask-who-drives = Ihre Klinik schreibt „{ $sentence }“, aber nicht, wer Sie nach Hause bringen darf. Muss es eine erwachsene Person sein, die Sie kennen, oder ist ein Taxi in Ordnung? Fragen Sie in der Klinik nach; behalten Sie den Satz als Notiz.
# "A session lasts around 120 minutes": the sheet gives the length of the
# whole session, the infusion (or nasal spray) and the stay after it
# together. The question is asked about one of the two ($subject: "the
# infusion" or "the stay after the infusion"). $range is "yes" when the
# sheet gives a range ($low to $high), "up_to" when it gives a longest
# ($high), else "no" ($low alone).
sheet-ask-session = { $range ->
    [up_to] { $subject }: Laut Ihrer Klinik kann ein Termin bis zu { $high } dauern, Behandlung und Zeit danach zusammen. Steady hält beides getrennt: Fragen Sie in der Klinik, wie lange es jeweils dauert, oder behalten Sie den Satz als Notiz.
    [yes] { $subject }: Laut Ihrer Klinik dauert ein Termin { $low } bis { $high }, Behandlung und Zeit danach zusammen. Steady hält beides getrennt: Fragen Sie in der Klinik, wie lange es jeweils dauert, oder behalten Sie den Satz als Notiz.
   *[no] { $subject }: Laut Ihrer Klinik dauert ein Termin { $low }, Behandlung und Zeit danach zusammen. Steady hält beides getrennt: Fragen Sie in der Klinik, wie lange es jeweils dauert, oder behalten Sie den Satz als Notiz.
}
# A task the sheet sets after the visit or every day ("fill in the mood
# form the day after"); the form keeps tasks for before each visit.
sheet-ask-not-before-visit = Ihre Klinik bittet: „{ $sentence }“ Das ist nicht vor einem Besuch, und Steady speichert Aufgaben nur für die Zeit vor jedem Besuch. Behalten Sie es als Notiz, oder tragen Sie es im Formular zu einer Zeit Ihrer Wahl ein.
# "You can go back to your normal activities the next morning": when the
# patient may drive again is not said. $span: when normal activities
# resume, as in sheet-ask-not-in-hours, or "none" (not said).
sheet-ask-activities = { $span ->
    [next_morning] Laut Ihrer Klinik können Sie am nächsten Morgen wieder Ihren gewohnten Tätigkeiten nachgehen, aber es steht nicht da, wann Sie wieder Auto fahren dürfen. Fragen Sie in der Klinik nach; behalten Sie den Satz als Notiz und tragen Sie das Fahrverbot im Formular ein.
    [rest_of_day] Laut Ihrer Klinik können Sie nach dem Rest des Tages wieder Ihren gewohnten Tätigkeiten nachgehen, aber es steht nicht da, wann Sie wieder Auto fahren dürfen. Fragen Sie in der Klinik nach; behalten Sie den Satz als Notiz und tragen Sie das Fahrverbot im Formular ein.
   *[other] Ihre Klinik schreibt „{ $sentence }“, aber nicht, wann Sie wieder Auto fahren dürfen. Fragen Sie in der Klinik nach; behalten Sie den Satz als Notiz und tragen Sie das Fahrverbot im Formular ein.
}

## The partial protocol file (`steady protocol from-text`): comments for
## the clinic or patient who reads and checks it before importing. Each
## line is written after "# ". Words in `backticks` or with an underscore
## (no_decisions, days_before) are the file's own keys: keep them.

# The file's first lines. Keep the line breaks short (about 70 characters).
sheet-toml-header =
    Von Steady aus dem Merkblatt einer Klinik vorgeschlagen: nur, was das
    Merkblatt sagt. Prüfen Sie jede Regel anhand des Merkblatts, bevor Sie
    die Datei importieren; was diese Datei weglässt, behält den typischen
    Wert von Steady.
# After "# no_decisions: ": the sheet says no important decisions until
# the effects wear off, which the file says by leaving the key out.
sheet-toml-no-decisions-worn-off = bis die Wirkung nachgelassen hat (der Schlüssel fehlt dafür absichtlich)
# After "# days_before: ": the sheet says to talk to the prescriber about
# a medicine, not when; Steady chose how many days before to remind.
sheet-toml-ask-days-before = von Steady gewählt (laut Merkblatt besprechen, aber nicht, wann)
# Above the questions, each written as a comment.
sheet-toml-questions = Fragen (hierzu wurde nichts gewählt):
# Above the sentences of the sheet Steady did not use.
sheet-toml-not-used = Nicht verwendet

# A pasted sheet mostly in another language. { $language } is the
# language's own name ("Deutsch", "日本語").
sheet-other-language = Dieses Blatt scheint in einer anderen Sprache als Englisch geschrieben zu sein ({ $language }). Steady kann bisher nur englische Blätter lesen und findet hier vielleicht wenig oder nichts. Bitte tragen Sie die Vorgaben Ihrer Klinik unten ins Formular ein oder fragen Sie die Klinik nach einer englischen Fassung.
sheet-other-language-unnamed = Dieses Blatt scheint nicht auf Englisch geschrieben zu sein. Steady kann bisher nur englische Blätter lesen und findet hier vielleicht wenig oder nichts. Bitte tragen Sie die Vorgaben Ihrer Klinik unten ins Formular ein oder fragen Sie die Klinik nach einer englischen Fassung.

sheet-other-language-file = Dieses Blatt scheint in einer anderen Sprache als Englisch geschrieben zu sein ({ $language }). Steady kann bisher nur englische Blätter lesen, daher enthält diese Datei vielleicht wenig oder nichts daraus. Bitte tragen Sie die Vorgaben Ihrer Klinik selbst in diese Datei ein oder fragen Sie die Klinik nach einer englischen Fassung.
sheet-other-language-file-unnamed = Dieses Blatt scheint nicht auf Englisch geschrieben zu sein. Steady kann bisher nur englische Blätter lesen, daher enthält diese Datei vielleicht wenig oder nichts daraus. Bitte tragen Sie die Vorgaben Ihrer Klinik selbst in diese Datei ein oder fragen Sie die Klinik nach einer englischen Fassung.
