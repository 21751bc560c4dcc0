### The plan: the checklist items Steady writes for a session (their titles,
### details, and the titles their reminders get at bedtime), where each
### item's care words come from, the clinic's rules described in words, and
### the words of the Course and status views.
###
### Item titles say what to do in a few words; details say why and by when.
### The item's time is shown beside it, so no message names a clock time.
### A patient reads these the day before and on the session day, sometimes
### groggy: keep them plain and short.
###
### Arguments in { $braces } that hold the clinic's or the patient's own
### words (a medicine's name, a note, a driver's name) are shown as they
### were typed: never translated, never quoted differently.
###
### Where a message chooses by $hours, $days or $minutes, each variant says
### the whole phrase ("1 hour before", "6 hours before"), so the number can
### take the form your language needs.
###
### German: titles in the infinitive ("Tasche packen"), details in the
### "Sie" form. A medicine's name ($name) has no known gender: sentences
### avoid an article before it ("{ $name } nicht einnehmen").

## The days before the session.

# The detail of a task the clinic sets before each visit (its title is the
# clinic's own words), when the clinic gave no note of its own.
plan-visit-task-detail = Ihre Klinik bittet vor jedem Besuch darum.
plan-keep-calm-title = Einen ruhigen Tag einplanen
plan-keep-calm-detail = Meiden Sie Stress und jeden Streit, der sich vermeiden lässt.
# Shown when no medicine rule is set: only the prescriber says which
# medicines to pause.
plan-check-medicines-title = Klären, welche Medikamente pausiert werden
plan-check-medicines-detail = Manche Medikamente brauchen vor einem Termin eine Pause oder andere Einnahmezeiten, und auch Nahrungsergänzungsmittel zählen. Das entscheidet nur Ihre Ärztin oder Ihr Arzt: Wurden welche genannt, tragen Sie sie bei diesem Termin mit den genannten Stunden ein.
# The title of an item whose detail is a sentence of the clinic's own,
# kept as the clinic wrote it.
plan-clinic-note-title = Von Ihrer Klinik
# SAFETY: an adult has to take the patient home.
plan-confirm-driver-title = Bestätigen, wer Sie nach Hause fährt
# SAFETY: no driver named yet.
plan-confirm-driver-detail = Eine erwachsene Person muss Sie nach dem Termin nach Hause bringen. Fragen Sie jemanden und klären Sie, dass die Person weiß, wann und wo.
# SAFETY: $name: the driver the patient named ("Sam").
plan-confirm-driver-detail-named = Klären Sie mit { $name }, dass Zeit und Ort der Abholung feststehen. Eine erwachsene Person muss Sie nach Hause bringen.
# The things to bring are listed inside the item, in the clinic's words.
plan-pack-bag-title = Tasche packen
plan-pack-bag-detail = Was Sie laut Ihrer Klinik mitbringen oder tragen sollen.
plan-sleep-title = Rechtzeitig ins Bett gehen
plan-sleep-detail = Schlafen Sie in der Nacht vor Ihrem Termin gut.

## Fasting before the session.

plan-stop-food-title = Nichts mehr essen
# When to stop eating. $moment says how the cutoff is given:
#   "hours": $hours before the session starts;
#   "clinic": in the clinic's own words, $words, quoted as they wrote them
#     ("after midnight");
#   "same-day": a clock time on the session day (shown beside the item);
#   "day-before": a clock time on an earlier day (shown beside the item).
plan-stop-food-detail = Ab dieser Zeit keine feste Nahrung mehr, { $moment ->
        [clinic] so wie Ihre Klinik es wünscht: „{ $words }“
        [same-day] am Tag Ihres Termins, ab der angezeigten Zeit
        [day-before] am Tag davor, ab der angezeigten Zeit
       *[hours] { $hours ->
            [one] { $hours } Stunde vor Ihrem Termin
           *[other] { $hours } Stunden vor Ihrem Termin
        }
    }. Maßgeblich ist die Zeit Ihrer Klinik.
# As plan-stop-food-detail, when the clinic said what happens if the patient
# eats anyway. $if_broken: the clinic's own words, e.g. "call us: the session
# may have to be moved". German: after a colon, so the clinic's words need
# no particular grammar.
plan-stop-food-detail-if-broken = Ab dieser Zeit keine feste Nahrung mehr, { $moment ->
        [clinic] so wie Ihre Klinik es wünscht: „{ $words }“
        [same-day] am Tag Ihres Termins, ab der angezeigten Zeit
        [day-before] am Tag davor, ab der angezeigten Zeit
       *[hours] { $hours ->
            [one] { $hours } Stunde vor Ihrem Termin
           *[other] { $hours } Stunden vor Ihrem Termin
        }
    }. Wenn Sie doch essen: { $if_broken }. Maßgeblich ist die Zeit Ihrer Klinik.
# As plan-stop-food-detail, for a cutoff the clinic gives in minutes.
# $minutes: minutes before the session.
plan-stop-food-detail-minutes = Ab dieser Zeit keine feste Nahrung mehr, { $minutes ->
        [one] { $minutes } Minute vor Ihrem Termin
       *[other] { $minutes } Minuten vor Ihrem Termin
    }. Maßgeblich ist die Zeit Ihrer Klinik.
# As plan-stop-food-detail-if-broken, for a cutoff in minutes.
plan-stop-food-detail-if-broken-minutes = Ab dieser Zeit keine feste Nahrung mehr, { $minutes ->
        [one] { $minutes } Minute vor Ihrem Termin
       *[other] { $minutes } Minuten vor Ihrem Termin
    }. Wenn Sie doch essen: { $if_broken }. Maßgeblich ist die Zeit Ihrer Klinik.
# The reminder's title when the cutoff falls in the night and the reminder
# comes at bedtime instead.
plan-stop-food-bedtime-title = Vor dem Schlafengehen zum letzten Mal essen
plan-stop-drinks-title = Zum letzten Mal klare Flüssigkeit trinken
# Until when clear liquids are fine. $moment: "hours" ($hours before the
# session), "same-day" or "day-before" (a clock time shown beside the item).
plan-stop-drinks-detail = Klare Flüssigkeiten wie Wasser sind erlaubt bis { $moment ->
        [same-day] zur angezeigten Zeit am Tag Ihres Termins
        [day-before] zur angezeigten Zeit am Tag davor
       *[hours] { $hours ->
            [one] { $hours } Stunde vor Ihrem Termin
           *[other] { $hours } Stunden vor Ihrem Termin
        }
    }; danach nichts mehr, außer Ihre Klinik hat etwas anderes gesagt.
# As plan-stop-drinks-detail, when the clinic said what counts as clear.
# $clear: the clinic's own words ("water, apple juice, black coffee").
plan-stop-drinks-detail-named = Klare Flüssigkeiten ({ $clear }) sind erlaubt bis { $moment ->
        [same-day] zur angezeigten Zeit am Tag Ihres Termins
        [day-before] zur angezeigten Zeit am Tag davor
       *[hours] { $hours ->
            [one] { $hours } Stunde vor Ihrem Termin
           *[other] { $hours } Stunden vor Ihrem Termin
        }
    }; danach nichts mehr, außer Ihre Klinik hat etwas anderes gesagt.
# As plan-stop-drinks-detail, for a cutoff in minutes. $minutes: minutes
# before the session.
plan-stop-drinks-detail-minutes = Klare Flüssigkeiten wie Wasser sind erlaubt bis { $minutes ->
        [one] { $minutes } Minute vor Ihrem Termin
       *[other] { $minutes } Minuten vor Ihrem Termin
    }; danach nichts mehr, außer Ihre Klinik hat etwas anderes gesagt.
# As plan-stop-drinks-detail-named, for a cutoff in minutes.
plan-stop-drinks-detail-named-minutes = Klare Flüssigkeiten ({ $clear }) sind erlaubt bis { $minutes ->
        [one] { $minutes } Minute vor Ihrem Termin
       *[other] { $minutes } Minuten vor Ihrem Termin
    }; danach nichts mehr, außer Ihre Klinik hat etwas anderes gesagt.
# The reminder's title when the cutoff falls in the night and the reminder
# comes at bedtime instead.
plan-stop-drinks-bedtime-title = Vor dem Schlafengehen zum letzten Mal trinken

## Medicines around the session. $name: a medicine or a class of medicines
## as the clinic or the prescriber wrote it ("Lamotrigine", "stimulants
## (Adderall)", "Seroquel (50 mg)").

plan-medicine-skip-title = { $name } heute Morgen auslassen
plan-medicine-skip-detail = Ihre Klinik bittet Sie, { $name } am Morgen Ihres Termins nicht einzunehmen.
plan-medicine-night-title = Letzte Einnahme von { $name } heute Abend
plan-medicine-night-detail = Ihre Klinik bittet um die letzte Einnahme von { $name } am Abend davor und um keine am Morgen Ihres Termins.
plan-medicine-last-title = Letzte Einnahme von { $name }
# $hours: how long before the session the last dose comes.
plan-medicine-last-detail = { $hours ->
        [one] Ab { $hours } Stunde vor dem Termin
       *[other] Ab { $hours } Stunden vor dem Termin
    } { $name } nicht mehr einnehmen, wie mit Ihnen besprochen. Nur Ihre Ärztin oder Ihr Arzt entscheidet, welche Medikamente pausiert werden.
# The reminder's title when the last dose falls in the night and the
# reminder comes at bedtime instead.
plan-medicine-last-bedtime-title = Vor dem Schlafengehen: letzte Einnahme von { $name }
plan-medicine-fewer-title = Heute { $name } möglichst seltener einnehmen
plan-medicine-fewer-detail = Ihre Klinik bittet Sie, { $name } am Tag Ihres Termins seltener einzunehmen, wo es geht.
plan-medicine-take-title = { $name } heute Morgen einnehmen, wie Ihre Klinik es sagt
plan-medicine-take-detail = Ihre Klinik bittet Sie, { $name } am Tag Ihres Termins einzunehmen, auch wenn Sie nüchtern bleiben. Nehmen Sie es so ein, wie es auf dem Blatt Ihrer Klinik steht.
plan-medicine-ask-title = Ihre Ärztin oder Ihren Arzt nach { $name } fragen
# $days: how many days before the session this reminder comes.
plan-medicine-ask-detail = Ihre Klinik möchte, dass { $name } vor dem Termin besprochen wird: { $days ->
        [one] { $days } Tag vorher
       *[other] { $days } Tage vorher
    } bleibt Zeit, den Plan bei Bedarf zu ändern.
plan-medicine-restart-title = { $name } wieder einnehmen
# $hours: when to take it again after the session; 0 means right after it.
plan-medicine-restart-detail = { $hours ->
        [0] Direkt nach dem Termin, wie mit Ihnen besprochen.
        [one] { $hours } Stunde nach dem Termin, wie mit Ihnen besprochen.
       *[other] { $hours } Stunden nach dem Termin, wie mit Ihnen besprochen.
    }
# A sentence about a medicine, then the clinic's own note about it.
# $detail: one of the plan-medicine-*-detail sentences; $note: the clinic's
# words, kept as written.
plan-medicine-with-note = { $detail } { $note }
# A medicine the patient added, with the dose the prescriber gave:
# "Seroquel (50 mg)". $name and $dose: as the patient typed them.
plan-medicine-with-dose = { $name } ({ $dose })
plan-usual-medicines-title = Die üblichen Medikamente einnehmen
plan-usual-medicines-detail = Ihre Klinik bittet Sie, Ihre üblichen Medikamente weiter einzunehmen, sofern man Ihnen nichts anderes gesagt hat.
# Some medicines have their own items on this checklist.
plan-usual-medicines-detail-except-listed = Ihre Klinik bittet Sie, Ihre üblichen Medikamente weiter einzunehmen, außer denen auf dieser Liste.

## Getting there.

plan-leave-home-title = Von zu Hause losfahren
plan-leave-home-detail = Ihre Fahrzeit zur Klinik, damit Sie rechtzeitig ankommen.
plan-arrive-title = In der Klinik ankommen
# $minutes: how long before the session's start the clinic wants the
# patient there. "check-in" here is the clinic's front desk, where the
# patient registers on arrival (glossary: not Steady's daily check-in).
# German: „Anmeldung“.
plan-arrive-detail = { $minutes ->
        [one] { $minutes } Minute vor Beginn Ihres Termins, zur Anmeldung.
       *[other] { $minutes } Minuten vor Beginn Ihres Termins, zur Anmeldung.
    }

## The session day and after.

# SAFETY: the patient must not drive home.
plan-ride-home-title = Jemand anderes fährt Sie nach Hause
# SAFETY: no driver named yet.
plan-ride-home-detail = Eine erwachsene Person holt Sie ab. Fahren Sie nicht selbst.
# SAFETY: $name: the driver the patient named.
plan-ride-home-detail-named = { $name } holt Sie ab. Fahren Sie nicht selbst.
plan-what-to-expect-title = Was Sie spüren können
plan-what-to-expect-detail = Mehrere Stunden benommen oder desorientiert zu sein, ist häufig, ebenso Müdigkeit. Beim Aufstehen können Sie unsicher auf den Beinen sein: Stehen Sie langsam auf.
# SAFETY: no driving and no machines after the session.
plan-no-driving-title = Kein Autofahren, keine Maschinen
# SAFETY: how long the patient must not drive. $rule: "hours" (for $hours
# hours), "rest-of-day" (until midnight), "next-morning" (until they wake
# up after a night's sleep).
plan-no-driving-detail = { $rule ->
        [rest-of-day] Für den Rest des Tages nach Ihrem Termin nicht fahren.
        [next-morning] Bis zum nächsten Morgen nach Ihrem Termin nicht fahren, erst nach einer Nacht Schlaf.
       *[hours] { $hours ->
            [one] Für { $hours } Stunde nach Ihrem Termin nicht fahren.
           *[other] Für { $hours } Stunden nach Ihrem Termin nicht fahren.
        }
    } Ihre Klinik kann andere Zeiten festlegen; dann gelten diese.
plan-no-decisions-title = Heute keine wichtigen Entscheidungen
plan-no-decisions-detail = Verschieben Sie große Entscheidungen, bis die Wirkung nachgelassen hat.
# When the clinic set a time for it (legal papers, contracts, big choices).
plan-no-legal-decisions-title = Keine rechtlichen oder wichtigen Entscheidungen
plan-no-legal-decisions-detail-hours = { $hours ->
        [one] Für { $hours } Stunde nach Ihrem Termin keine solchen Entscheidungen, wie Ihre Klinik es wünscht.
       *[other] Für { $hours } Stunden nach Ihrem Termin keine solchen Entscheidungen, wie Ihre Klinik es wünscht.
    }
plan-no-legal-decisions-detail-next-morning = Bis zum nächsten Morgen keine solchen Entscheidungen, wie Ihre Klinik es wünscht.
# SAFETY: no alcohol or cannabis after the session.
plan-no-alcohol-title = Kein Alkohol, kein Cannabis
# SAFETY: $hours: how long after the session.
plan-no-alcohol-detail = { $hours ->
        [one] Für { $hours } Stunde nach Ihrem Termin nicht.
       *[other] Für { $hours } Stunden nach Ihrem Termin nicht.
    } Ihre Klinik kann andere Zeiten festlegen; dann gelten diese.
# SAFETY: opioids and benzodiazepines (sleeping pills, some painkillers)
# after the session.
plan-no-sedatives-title = Keine Opioide oder Benzodiazepine
# SAFETY: $hours: how long after the session, as the clinic set it.
plan-no-sedatives-detail = { $hours ->
        [one] Für { $hours } Stunde nach Ihrem Termin nicht, so sehen es die Regeln Ihrer Klinik vor.
       *[other] Für { $hours } Stunden nach Ihrem Termin nicht, so sehen es die Regeln Ihrer Klinik vor.
    } Fragen Sie die Klinik zu jedem Medikament, das Sie nehmen.
# SAFETY: someone stays with the patient after the session.
plan-someone-stays-title = Jemand bleibt bei Ihnen
# SAFETY: $hours: how long the clinic asks someone to stay.
plan-someone-stays-detail = Ihre Klinik bittet darum, dass nach dem Termin jemand { $hours ->
        [one] { $hours } Stunde lang
       *[other] { $hours } Stunden lang
    } bei Ihnen bleibt.
# SAFETY: children or anyone the patient cares for.
plan-no-dependents-title = Jemand anderes kümmert sich um Menschen, die Sie versorgen
# SAFETY
plan-no-dependents-detail = Kinder oder andere, die Sie versorgen: Bis zum nächsten Morgen übernimmt das jemand anderes, wie Ihre Klinik es wünscht.
plan-rest-fluids-title = Ausruhen und viel trinken
plan-rest-fluids-detail = Lassen Sie es für den Rest des Tages ruhig angehen und trinken Sie viel.
# SAFETY: the item at the end of the no-driving time.
plan-drive-again-title = Das Fahrverbot endet
# SAFETY: when the patient may drive again, if they feel fully alert.
# $rule: "hours" ($hours after the session), "rest-of-day" (the next day),
# "next-morning" (after a night's sleep).
plan-drive-again-detail = { $rule ->
        [rest-of-day] Am Tag nach Ihrem Termin.
        [next-morning] Am Morgen nach Ihrem Termin, nach einer Nacht Schlaf.
       *[hours] { $hours ->
            [one] { $hours } Stunde nach Ihrem Termin.
           *[other] { $hours } Stunden nach Ihrem Termin.
        }
    } Fahren Sie erst, wenn Sie sich ganz wach fühlen, und nur, wenn Ihre Klinik einverstanden ist.

## Where an item's care words come from: a section of Steady's care facts
## (its collection of public patient guides) and the guides it cites, by
## number ("001") or by name. Numbers stay as they are.

# "After the session · 001, 003". $section: one of the source-section-*
# messages; $refs: guide numbers or one of the source-refs-* messages.
source-label = { $section } · { $refs }
source-section-timeline = Der Tag des Termins (Ablauf)
source-section-real-clinics = Was echte Kliniken verlangen
source-section-other-sources = Aus anderen öffentlichen Quellen
source-section-day-before = Der Tag davor
source-section-after-session = Nach dem Termin
source-section-side-effects = Nebenwirkungen
source-section-red-flags = Warnzeichen nach einer Infusion: wann Sie wen anrufen
source-section-course = Der Verlauf der Behandlung
# CIT and KetWell are two clinics' names; keep them.
source-refs-arrival = CIT, KetWell (Ankunft)
# AMG: a hospital group's name; keep it.
source-refs-amg = AMG Ketamine, Seite zum Behandlungstag
# Spravato REMS: the name of a drug's safety programme; keep it.
source-refs-spravato = Spravato REMS, Informationen für Patienten
source-refs-discharge-sheet = Entlassungsblatt einer Ketamin-Klinik
source-refs-clinic-own = die eigenen Anweisungen der Klinik
# Nervana Medical: a clinic's name; keep it and the guide numbers.
source-refs-nervana = Entlassungsblatt von Nervana Medical; 001, 002

## The course of treatment (the Course screen).

# $from and $to: weeks after the last session of the first series.
course-booster-hint = Nach der ersten Reihe folgen Auffrischungstermine meist alle { $from } bis { $to ->
        [one] { $to } Woche
       *[other] { $to } Wochen
    }, wenn die Beschwerden zurückkommen. Das ist typisch; Ihre Klinik entscheidet.

## The next reminder, as the tray and Settings show it.

# $when: when it comes, in words ("heute 22:00", "morgen 07:00");
# $title: the reminder's title ("Rechtzeitig ins Bett gehen").
status-next-reminder = Nächste Erinnerung: { $when } · { $title }
status-no-reminders = Keine weiteren Erinnerungen

## The clinic's rules in words: the names of the form's fields, used when a
## field has a problem ("Food and drink, solid food, hours: must be between
## 0 and 24 hours"); a summary of every rule, to show what a change
## changes; the escort's rules for the driver. Steady's own plain-words
## names for the form's parts.

# A part of the rules, then a field inside it, then the field inside that:
# "Essen und Trinken, feste Nahrung, Stunden". $field: the part so far;
# $part: the next field's name.
rules-field-inside = { $field }, { $part }
# A numbered entry of a list: "Mitbringen 3", "Regel 1". $name: the
# list's or the entry's name (a rules-field-* message); $number: counted
# from 1.
rules-field-numbered = { $name } { $number }
rules-field-clinic = Die Klinik
rules-field-timeline = Ablauf
rules-field-food = Essen und Trinken
rules-field-medicines = Medikamente
rules-field-bring = Mitbringen
rules-field-escort = Die Begleitperson
# The rules for after the session.
rules-field-after = Danach
rules-field-red-flags = Wann wen anrufen
rules-field-before-each-visit = Vor jedem Besuch
rules-field-notes = Notizen
# One of the clinic's medicine rules, numbered: "Regel 1".
rules-field-rule = Regel
# The fields inside the parts, in lower case as they follow a comma. They
# name the fields of the clinic's rules ("arrive early minutes": how many
# minutes early to arrive). German nouns keep their capital letter.
rules-field-name = Name
rules-field-phone = Telefon
rules-field-address = Adresse
rules-field-arrive-early-minutes = Minuten früher da
rules-field-travel-minutes = Fahrzeit in Minuten
rules-field-intake-minutes = Vorbereitung in Minuten
rules-field-infusion-minutes = Infusion in Minuten
rules-field-observation-min-minutes = Überwachung mindestens, Minuten
rules-field-observation-max-minutes = Überwachung höchstens, Minuten
rules-field-observation-without-escort-minutes = Überwachung ohne Begleitperson, Minuten
rules-field-solid-food = feste Nahrung
# The clinic's own words for the solid-food cutoff.
rules-field-solid-food-words = feste Nahrung, Wortlaut
rules-field-clear-liquids = klare Flüssigkeiten
# What the clinic counts as clear liquids.
rules-field-clear-liquids-are = was als klare Flüssigkeit gilt
# What the clinic says happens if the patient eats anyway.
rules-field-if-broken = wenn nicht nüchtern
rules-field-keep-taking-usual = übliche weiter einnehmen
rules-field-rules = Regeln
# A medicine rule's "before the session" part.
rules-field-before = vorher
rules-field-restart-hours-after = wieder einnehmen, Stunden danach
rules-field-note = Notiz
# Whether an escort is required.
rules-field-required = erforderlich
rules-field-min-age = Mindestalter
# Whether the escort stays at the clinic during the session.
rules-field-presence = Anwesenheit
rules-field-rideshare = Fahrdienst
rules-field-no-driving = kein Autofahren
rules-field-no-alcohol-hours = kein Alkohol, Stunden
rules-field-no-sedatives-hours = keine Beruhigungsmittel, Stunden
rules-field-no-decisions = keine Entscheidungen
rules-field-someone-stays-hours = jemand bleibt, Stunden
rules-field-no-dependents-until-next-morning = keine Betreuung von Angehörigen bis zum nächsten Morgen
# A red flag's situation ("a new rash").
rules-field-situation = Situation
# Whom to call for a red flag.
rules-field-call = anrufen
rules-field-title = Titel
rules-field-when = wann
rules-field-text = Text
rules-field-checklist = Checkliste
# How a moment is given: hours before, or a clock time.
rules-field-kind = Art
rules-field-hours = Stunden
rules-field-days-before = Tage vorher
rules-field-time = Uhrzeit

## A moment before the session, short, in the summary of the rules.

rules-moment-none = keine Regel
# $hours: hours before the session; "Std." is short for Stunden.
rules-moment-hours-before = { $hours } Std. vorher
# $minutes: minutes before the session; "Min." is short for Minuten.
rules-moment-minutes-before = { $minutes } Min. vorher
# $time: a clock time, "00:00", on the session day.
rules-moment-same-day = ab { $time } am Tag selbst
# $time: a clock time, "18:00", the day before the session.
rules-moment-day-before = ab { $time } am Vortag
# $time: a clock time, "09:00", $days days before the session (2 or more).
rules-moment-days-before = { $days ->
        [one] ab { $time }, { $days } Tag vorher
       *[other] ab { $time }, { $days } Tage vorher
    }

## A medicine rule, short: "letzte Einnahme 6 Std. vorher; wieder
## einnehmen 6 Std. danach".

rules-medicine-skip-morning = am Morgen des Termins auslassen
rules-medicine-night-before = letzte Einnahme am Vorabend
rules-medicine-hours-before = letzte Einnahme { $hours } Std. vorher
rules-medicine-fewer = am Tag selbst seltener
rules-medicine-take = am Tag selbst einnehmen
rules-medicine-ask = { $days ->
        [one] { $days } Tag vorher Ärztin oder Arzt fragen
       *[other] { $days } Tage vorher Ärztin oder Arzt fragen
    }
rules-medicine-restart = wieder einnehmen { $hours } Std. danach
# $before: one of rules-medicine-* before the session; $restart:
# rules-medicine-restart.
rules-medicine-before-and-restart = { $before }; { $restart }

## The summary of the rules: each rule's name, then its value. A value
## nobody set shows as "—".

rules-summary-clinic = Klinik
rules-summary-clinic-phone = Telefon der Klinik
rules-summary-clinic-address = Adresse der Klinik
rules-summary-arrive-early = Früher da sein
rules-summary-travel-time = Fahrzeit
# Vitals, monitors, IV line before the infusion.
rules-summary-intake = Vorbereitung
rules-summary-infusion = Infusion
# Supervised recovery at the clinic before the patient may leave.
rules-summary-observation = Überwachung
rules-summary-observation-without-escort = Überwachung ohne Begleitperson
# The observation's shortest and longest time: "60-180 Min.".
rules-summary-minutes-range = { $from }-{ $to } Min.
rules-summary-no-solid-food = Keine feste Nahrung
# The clinic's own words for the solid-food cutoff.
rules-summary-solid-food-words = In den Worten der Klinik
rules-summary-clear-liquids-until = Klare Flüssigkeiten bis
rules-summary-clear-liquids-are = Was als klar gilt
rules-summary-if-broken = Wenn nicht nüchtern
rules-summary-usual-medicines = Übliche Medikamente
rules-summary-keep-taking-them = weiter einnehmen
# $name: a medicine as the clinic wrote it.
rules-summary-medicine = Medikament: { $name }
rules-summary-bring = Mitbringen
rules-summary-escort = Begleitperson
rules-summary-escort-required = eine erwachsene Person bringt Sie nach Hause
rules-summary-escort-not-required = nicht erforderlich
rules-summary-escort-min-age = Mindestalter der Begleitperson
rules-summary-escort-presence = Begleitperson während des Termins
rules-summary-rideshare = Taxi oder Fahrdienst
# SAFETY
rules-summary-no-driving = Kein Autofahren
rules-summary-rest-of-day = den Rest des Tages
rules-summary-until-next-morning = bis zum nächsten Morgen
rules-summary-no-alcohol = Kein Alkohol, kein Cannabis
rules-summary-no-sedatives = Keine Opioide oder Benzodiazepine
rules-summary-no-decisions = Keine wichtigen Entscheidungen
rules-summary-until-effects-wear-off = bis die Wirkung nachgelassen hat
rules-summary-someone-stays = Jemand bleibt bei Ihnen
rules-summary-no-dependents = Keine Betreuung von Angehörigen
# SAFETY: $situation: a red flag in the clinic's words ("a new rash").
rules-summary-red-flag = Warnzeichen: { $situation }
# $title: a task the clinic sets before each visit, in its words.
rules-summary-visit-task = Vor jedem Besuch: { $title }
rules-summary-clinic-note = Notiz der Klinik

## The escort's rules, said to the driver (the ride card, the driver's
## message): one sentence each. "the patient" is the person the driver
## takes home. German: the driver is „die Begleitperson“; the patient „die
## Patientin oder der Patient“.

# SAFETY: $age: the clinic's minimum age for the driver, in years.
rules-escort-min-age = Die Begleitperson muss mindestens { $age } Jahre alt sein.
# SAFETY
rules-escort-adult = Die Begleitperson muss volljährig sein.
rules-escort-stays-on-site = Die Klinik bittet die Begleitperson, während des Termins in der Klinik zu bleiben.
rules-escort-comes-to-door = Die Begleitperson kommt in die Klinik, um die Patientin oder den Patienten abzuholen; das Personal übergibt sie oder ihn an der Tür.
# The pickup window: the time span in which the clinic releases the patient.
rules-escort-may-leave = Die Begleitperson darf während des Termins gehen und zur Abholzeit wiederkommen.
# SAFETY
rules-escort-no-rideshare = Kein Taxi, kein Fahrdienst: Die Patientin oder der Patient fährt im Auto der Begleitperson nach Hause.
# SAFETY
rules-escort-rideshare-with-driver = Ein Taxi oder Fahrdienst ist nur in Ordnung, wenn die Begleitperson mitfährt.
rules-escort-rideshare-allowed = Ein Taxi oder Fahrdienst ist erlaubt.
# SAFETY: $hours: how long someone stays with the patient.
rules-escort-someone-stays = { $hours ->
        [one] Jemand bleibt nach dem Termin { $hours } Stunde lang bei der Patientin oder dem Patienten.
       *[other] Jemand bleibt nach dem Termin { $hours } Stunden lang bei der Patientin oder dem Patienten.
    }

## Short values in the summary of the rules: the escort during the session,
## a taxi or rideshare, whom to call.

rules-presence-stays-on-site = bleibt in der Klinik
rules-presence-comes-to-door = kommt bis zur Tür
rules-presence-may-leave = darf gehen und wiederkommen
rules-rideshare-not-allowed = nicht erlaubt
rules-rideshare-only-with-escort = nur mit der Begleitperson
rules-rideshare-allowed = erlaubt
# SAFETY: whom to call for a red flag.
rules-call-emergency = Notrufnummer anrufen
# SAFETY: whom to call for a red flag.
rules-call-clinic = Klinik anrufen
# SAFETY: whom to call for a red flag: the patient's own doctor.
rules-call-primary-care = Ihrer Hausarztpraxis Bescheid geben

## The clinic's rules as a whole.

# The name of the rules a session follows when the clinic's rules give no
# clinic name: on the session's page, "Following Your clinic's instructions"
# („Richtet sich nach: Anweisungen Ihrer Klinik“).
rules-name-your-clinic = Anweisungen Ihrer Klinik
# The first line of a clinic's instructions file Steady writes (Settings, or
# `steady protocol export`), written after "# " in the file. The path
# protocol/README.md names a file: keep it as it is.
rules-file-header = Anweisungen einer Klinik für Steady. Format: protocol/README.md im Repository von Steady.
