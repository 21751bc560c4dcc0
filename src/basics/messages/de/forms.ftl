### The window's forms: Settings, your clinic's instructions, the sheet
### reader and the Ride home screen (ui/src/lib/Settings.svelte,
### ClinicInstructions.svelte, SheetReader.svelte, Ride.svelte).
###
### Labels of form fields are short: the window may be narrow. A label that
### ends in "…" is finished by the choice below it ("During the session, the
### escort…" + "stays at the clinic"); translate the two so they read as one
### sentence.
###
### Names, phone numbers, file paths and the clinic's own words arrive as
### arguments and are shown as they are.

## Shared by several forms.

# $path: where a file was saved, "/home/ana/Downloads/steady-ride-card.pdf".
forms-saved-file = Gespeichert: { $path }
# The two checklists a clinic's note can go on: the day before the session, the day of the session.
# German: they follow "Am" (clinic-form-on) or stand alone as choices.
forms-checklist-day-before = Tag davor
forms-checklist-session-day = Tag des Termins

## Settings.

settings-title = Einstellungen
settings-reminders-heading = Erinnerungen
settings-notifications-on = Desktop-Benachrichtigungen sind an. Steady erinnert Sie auch bei geschlossenem Fenster, solange es im Hintergrund läuft (Symbol in der Systemleiste).
settings-notifications-off = Desktop-Benachrichtigungen sind aus: Kein Benachrichtigungsdienst hat geantwortet. Erinnerungen erscheinen stattdessen im Steady-Fenster.
# Opens the system's own words about why notifications are off.
settings-notifications-details = Details
# $next: Steady's sentence about the next reminder, "Nächste Erinnerung: heute, 18:00 · Nichts mehr essen".
settings-reminders-next = { $next }.
settings-notifications-test-button = Testbenachrichtigung senden
settings-notifications-test-sent = Gesendet. Wenn keine Benachrichtigung erschienen ist, prüfen Sie die Benachrichtigungseinstellungen Ihres Systems.
settings-reminders-resume = Erinnerungen fortsetzen
# $duration: "1 Stunde", in words (the message "hours").
settings-reminders-pause = Erinnerungen für { $duration } pausieren
# Followed by a list of choices: settings-stale-choice.
settings-stale-label = Wenn eine Erinnerung sehr spät kommt
# A choice under "When a reminder is very late". $duration: "6 Stunden", in
# words (the message "hours"): 3, 6, 12 or 24 hours.
settings-stale-choice = nach { $duration } als verpasst auflisten, statt sie einzublenden
settings-stale-hint = Zum Beispiel, wenn der Laptop im Ruhezustand oder Steady geschlossen war.
settings-clinic-heading = Anweisungen Ihrer Klinik
settings-clinic-intro = Nüchternzeiten, Medikamente, wann Sie da sein sollen, was Sie mitbringen, die Begleitperson, was Sie danach nicht tun sollen: Geben Sie das Merkblatt Ihrer Klinik ein oder öffnen Sie eine Datei Ihrer Klinik.
settings-clinic-button = Anweisungen Ihrer Klinik
settings-day-heading = Ihr Tag
# A small tag beside a setting the patient has not set: Steady chose the value.
settings-steadys-choice = von Steady gewählt
settings-day-intro = Zwischen Schlafenszeit und Aufwachen erscheint keine Erinnerung: Eine Erinnerung, die in die Nacht fällt, kommt zur Schlafenszeit, mit ihrer Uhrzeit. Diese Zeiten hat Steady gewählt, bis Sie Ihre eigenen einstellen.
settings-day-wake = Ich wache auf um
settings-day-morning = Erinnerungen am Morgen
settings-day-evening = Erinnerungen am Abend
settings-day-check-in = Befinden am Abend
settings-day-bedtime = Ich gehe ins Bett um
settings-day-save = Meinen Tag speichern
settings-day-saved = Gespeichert. Ihr Plan richtet sich danach.
# SAFETY: where the crisis numbers set just above are shown.
settings-crisis-where = Wird angezeigt, wenn Sie sagen, dass etwas ernsthaft nicht stimmt: in der Ansicht „Erholung“, auf der Abholkarte und in der Übersicht zum Befinden.
settings-after-heading = Nach einem Termin
settings-groggy = In den ersten Stunden nach einem Termin die einfache, große Ansicht zeigen
# $checkin is "set" (then $time is the evening check-in time, "20:00") or
# "none" (no time known yet).
settings-check-in-reminders = { $checkin ->
    [none] Zur Zeit für „Befinden am Abend“ daran erinnern, das Befinden einzutragen, und an den PHQ-9, 4 Wochen lang nach jedem Termin
   *[set] Um { $time } daran erinnern, das Befinden einzutragen, und an den PHQ-9, 4 Wochen lang nach jedem Termin
}
# Finished by one of the choices settings-phq-every-*: "Ask for the PHQ-9 every" + "week".
# German: "PHQ-9 abfragen" + "jede Woche" / "alle 2 Wochen".
settings-phq-every = PHQ-9 abfragen
settings-phq-every-14 = alle 2 Wochen (der Fragebogen fragt nach den letzten 2 Wochen)
settings-phq-every-7 = jede Woche
settings-phq-every-28 = alle 4 Wochen
# SAFETY: how long the crisis numbers stay on screen after a check-in
# answered "yes" to thoughts of self-harm. Finished by one of the choices
# settings-crisis-hours-*: "... keep who to call in view for" + "a day".
# German: "… bleibt sichtbar, wen Sie anrufen können:" + "einen Tag lang".
settings-crisis-hours = Nach einem „Ja“ zu Gedanken, sich selbst etwas anzutun, bleibt sichtbar, wen Sie anrufen können:
settings-crisis-hours-24 = einen Tag lang
settings-crisis-hours-48 = zwei Tage lang
settings-crisis-hours-72 = drei Tage lang
settings-crisis-hours-168 = eine Woche lang
settings-start-heading = Start
settings-start-at-login = Steady bei der Anmeldung am Computer starten, damit Erinnerungen kommen, ohne dass Sie es öffnen
settings-move-heading = Auf einen anderen Computer umziehen
settings-move-intro = Speichern Sie alle Ihre Daten in einer Datei und importieren Sie sie dann in Steady auf dem neuen Computer. Der Import ersetzt die Daten dort; Steady sichert sie vorher.
settings-move-export = Alle meine Daten speichern (.json)
settings-move-import = Daten aus einer Datei importieren…
# $path: the backup of the data that was replaced.
settings-move-imported = Importiert. Die Daten, die hier waren, sind gesichert in { $path }
settings-about-heading = Über Steady
# $version: "0.4.1"; $folder: the data folder's path, shown as code.
settings-about-version = Steady { $version }. Ihre Daten bleiben auf diesem Computer, in { $folder }.
settings-about-open-folder = Datenordner öffnen
settings-about-disclaimer = Steady zeigt typische Werte aus öffentlichen Patienteninformationen. Die Anweisungen Ihrer Klinik gehen immer vor. Steady ist keine medizinische Beratung.

## Your clinic's instructions: the clinic's sheet, section by section.

clinic-form-eyebrow = Anweisungen Ihrer Klinik
clinic-form-title = Aus dem Merkblatt Ihrer Klinik wird Ihr Plan
# $tag: the small "typical" tag (clinic-form-typical), shown as a tag.
# „Speichern“ quotes the Save heading (clinic-form-save-heading).
clinic-form-lead = Jedes Feld beginnt mit einem typischen Wert, markiert mit { $tag }. Ändern Sie, was Ihre Klinik sagt; die Checkliste neben dem Formular zeigt, was dabei herauskommt. Gespeichert wird erst, wenn Sie „Speichern“ wählen.
# A small tag beside a value still at Steady's typical value, not the clinic's.
clinic-form-typical = typisch
clinic-form-open-file = Datei Ihrer Klinik öffnen…
clinic-form-save-file = Diese Anweisungen als Datei speichern
clinic-form-reset = Neu mit typischen Werten beginnen
clinic-form-file-problems = Diese Datei ist nicht verwendbar; nichts wurde geändert.
# $line: a line number in the file; $problem: what is wrong there, in Steady's words.
clinic-form-file-problem-line = Zeile { $line }: { $problem }
# $name: the file's name; $size: its size in kilobytes.
clinic-form-file-too-big = { $name } ist { $size } KB groß; eine Protokolldatei hat höchstens 64 KB.
clinic-form-file-filled = Die Anweisungen aus der Datei stehen im Formular unten. Prüfen Sie sie und speichern Sie dann.
# $count: how many rules and notes from the pasted sheet were put in the form.
clinic-form-sheet-used = { $count ->
    [one] { $count } Regel aus Ihrem Merkblatt steht im Formular unten. Prüfen Sie sie in der Vorschau und speichern Sie dann.
   *[other] { $count } Regeln aus Ihrem Merkblatt stehen im Formular unten. Prüfen Sie sie in der Vorschau und speichern Sie dann.
}
# $count: how many of the patient's planned sessions got these instructions.
clinic-form-saved = { $count ->
    [one] Gespeichert für { $count } Termin und für Termine, die Sie ab jetzt planen.
   *[other] Gespeichert für { $count } Termine und für Termine, die Sie ab jetzt planen.
}
clinic-form-undone = Rückgängig gemacht. Ihre Termine haben wieder ihre vorherigen Anweisungen.
clinic-form-number-empty = Ein Zahlenfeld ist leer. Bitte füllen Sie jede Zahl aus oder entfernen Sie das Häkchen bei dem, was nicht zutrifft.
clinic-form-clinic-legend = Die Klinik
clinic-form-clinic-name = Name
clinic-form-clinic-phone = Telefon
clinic-form-clinic-address = Adresse
clinic-form-timeline-legend = Ablauf
clinic-form-arrive = So viele Minuten früher da sein
clinic-form-travel-check = Mich erinnern, wann ich losfahren muss
clinic-form-travel = Meine Fahrzeit, Minuten
clinic-form-intake = Vorbereitung, Minuten
clinic-form-infusion = Infusion, Minuten
# "min": minutes. How long the clinic watches the patient after the infusion, at least...
clinic-form-observation-min = Überwachung danach, mindestens (Min.)
# ...and at most.
clinic-form-observation-max = …und höchstens (Min.)
clinic-form-observation-alone-check = Die Klinik überwacht Patientinnen und Patienten ohne Begleitperson länger
clinic-form-observation-alone = Überwachung ohne Begleitperson, Minuten
clinic-form-food-legend = Essen und Trinken
# The two fasting rules, each followed by the choices clinic-form-cutoff-*.
clinic-form-solid-title = Keine feste Nahrung
clinic-form-liquids-title = Klare Flüssigkeiten erlaubt bis
clinic-form-cutoff-hours = Einige Stunden vor dem Termin
clinic-form-cutoff-minutes = Einige Minuten vor dem Termin
clinic-form-cutoff-clock = Zu einer Uhrzeit
clinic-form-cutoff-none = Meine Klinik hat keine solche Regel
clinic-form-hours-before = Stunden vorher
clinic-form-minutes-before = Minuten vorher
clinic-form-time = Uhrzeit
# Followed by a choice: a day (clinic-form-food-day-*) or a checklist (forms-checklist-*).
clinic-form-on = Am
clinic-form-food-day-of = Tag des Termins
clinic-form-food-day-before = Tag davor
# A button that fills in the common rule "nothing to eat after midnight"; keep the quotation marks.
clinic-form-after-midnight = „Nichts nach Mitternacht“
# Put into the field "The clinic's own words about food" by the button above.
clinic-form-after-midnight-words = nach Mitternacht nichts mehr essen
clinic-form-food-words = Die eigenen Worte der Klinik zum Essen
# A small grey word beside a field that may stay empty.
clinic-form-optional = optional
clinic-form-clear-liquids = Was als klare Flüssigkeit gilt, in den Worten der Klinik
# An example inside an empty field.
clinic-form-clear-liquids-example = Wasser, schwarzer Kaffee, klarer Saft ohne Fruchtfleisch…
clinic-form-fast-broken = Wenn Sie nicht nüchtern sind
# An example inside an empty field: what a clinic does if the patient ate.
clinic-form-fast-broken-example = der Termin wird abgesagt
clinic-form-medicines-legend = Medikamente
clinic-form-medicines-intro = Nur Ihre Ärztin oder Ihr Arzt entscheidet, welche Medikamente pausiert werden. Tragen Sie ein, was das Merkblatt Ihrer Klinik nennt.
clinic-form-keep-usual = Die üblichen Medikamente weiter einnehmen, sofern nichts anderes gesagt wurde
clinic-form-medicine = Medikament oder Art von Medikament
# An example inside an empty field; Adderall is a brand name.
clinic-form-medicine-example = Stimulanzien (Adderall)
# Followed by the choices clinic-form-before-*: what the patient does with this medicine before a session.
clinic-form-medicine-before = Vor dem Termin
clinic-form-before-skip-morning-of = Am Morgen des Termins auslassen
clinic-form-before-night-before = Letzte Einnahme am Vorabend
clinic-form-before-hours-before = Letzte Einnahme einige Stunden vorher
clinic-form-before-fewer-on-the-day = Am Tag selbst seltener
clinic-form-before-take-on-the-day = Am Tag selbst wie gewohnt einnehmen
clinic-form-before-ask-prescriber = Erst mit Ärztin oder Arzt sprechen
clinic-form-before-none = Vorher nichts; nur eine Zeit zum Wiedereinnehmen
clinic-form-medicine-last-dose-hours = Letzte Einnahme, Stunden vorher
clinic-form-medicine-ask-days = So viele Tage vorher erinnern
clinic-form-medicine-restart-check = Nach dem Termin wieder einnehmen
clinic-form-medicine-restart-hours = Stunden danach
clinic-form-note = Notiz
clinic-form-medicine-remove = Dieses Medikament entfernen
clinic-form-medicine-add = Ein Medikament hinzufügen
clinic-form-bring-legend = Mitbringen und anziehen
# „Tasche packen“ is the checklist item's title (plan-pack-bag-title).
clinic-form-bring-intro = Wird am Vorabend zum Punkt „Tasche packen“, jedes Ding einzeln abhakbar.
# For screen readers: the field of the $number-th thing to bring (1, 2, 3...).
clinic-form-bring-thing = Zum Mitbringen, Nr. { $number }
clinic-form-remove = Entfernen
# For screen readers, on the Remove button beside a thing to bring. $thing is
# "named" (then $name is what the patient typed, "reading glasses") or "none"
# (the field is still empty).
clinic-form-bring-remove = { $thing ->
    [none] Dieses Ding entfernen
   *[named] { $name } entfernen
}
clinic-form-bring-add = Etwas zum Mitbringen hinzufügen
clinic-form-escort-legend = Die Begleitperson
clinic-form-escort-required = Eine erwachsene Person muss mich nach Hause bringen
clinic-form-escort-age-check = Die Klinik legt ein Mindestalter fest
clinic-form-escort-age = Mindestalter
# Finished by one of the choices clinic-form-presence-*.
clinic-form-escort-presence = Während des Termins: Die Begleitperson …
clinic-form-presence-unspecified = (dazu sagt die Klinik nichts)
clinic-form-presence-stays = bleibt in der Klinik
clinic-form-presence-door = kommt herein und holt mich an der Tür ab
clinic-form-presence-leave-return = darf gehen und wiederkommen
# Finished by one of the choices clinic-form-rideshare-*.
clinic-form-rideshare = Taxi oder Fahrdienst nach Hause ist …
clinic-form-rideshare-unspecified = von der Klinik nicht erwähnt
clinic-form-rideshare-not-allowed = nicht erlaubt
clinic-form-rideshare-with-escort = nur in Ordnung, wenn die Begleitperson mitfährt
clinic-form-rideshare-allowed = erlaubt
clinic-form-after-legend = Nach dem Termin
# SAFETY: the no-driving rule; finished by one of the choices clinic-form-no-driving-*.
clinic-form-no-driving = Kein Autofahren, keine Maschinen
# SAFETY
clinic-form-no-driving-hours = für einige Stunden
# SAFETY
clinic-form-no-driving-rest-of-day = für den Rest des Tages
# SAFETY
clinic-form-no-driving-next-morning = bis zum nächsten Morgen, nach dem Schlafen
clinic-form-hours = Stunden
# SAFETY: "0: no rule" means typing 0 sets no such rule.
clinic-form-no-alcohol = Kein Alkohol, kein Cannabis, Stunden (0: keine Regel)
# SAFETY: "0: no rule" means typing 0 sets no such rule.
clinic-form-no-sedatives = Keine Beruhigungsmittel oder Opioide, Stunden (0: keine Regel)
# Finished by one of the choices clinic-form-no-decisions-*.
clinic-form-no-decisions = Keine rechtlichen oder wichtigen Entscheidungen
clinic-form-no-decisions-wear-off = bis die Wirkung nachgelassen hat
clinic-form-no-decisions-hours = für einige Stunden
clinic-form-no-decisions-next-morning = bis zum nächsten Morgen
clinic-form-someone-stays-check = Jemand bleibt danach bei mir
clinic-form-someone-stays-hours = So viele Stunden
clinic-form-dependents = Jemand anderes versorgt Kinder oder Angehörige bis zum nächsten Morgen
# SAFETY: the red flags: what to do when something goes wrong after a session.
clinic-form-red-flags-legend = Wann wen anrufen
# SAFETY
clinic-form-red-flags-typical = Steady zeigt diese typische Liste in der Ansicht „Erholung“ und auf der Abholkarte (aus dem veröffentlichten Entlassungsblatt einer Klinik). Wenn Ihre Klinik eine eigene Liste hat, nehmen Sie stattdessen diese.
# SAFETY: one line of the typical list. $situation: what happens ("Chest
# pain or trouble breathing"); $action: what to do (clinic-form-typical-flag-call), in bold.
clinic-form-typical-flag = { $situation }: { $action }
# SAFETY: $call is "emergency", "clinic" or "primary_care".
clinic-form-typical-flag-call = { $call ->
    [emergency] Notrufnummer anrufen
    [clinic] Klinik anrufen
   *[primary_care] Hausarztpraxis Bescheid geben
}
clinic-form-red-flags-own = Die eigene Liste meiner Klinik verwenden
# SAFETY: a red flag the patient types: "If…" (what happens) "…then" (one of the choices clinic-form-flag-call-*).
clinic-form-flag-if = Wenn …
# SAFETY
clinic-form-flag-then = … dann
# SAFETY
clinic-form-flag-call-emergency = Notrufnummer anrufen
# SAFETY
clinic-form-flag-call-clinic = Klinik anrufen
# SAFETY
clinic-form-flag-call-primary-care = meiner Hausarztpraxis Bescheid geben
clinic-form-flag-add = Weitere hinzufügen
clinic-form-visits-legend = Vor jedem Besuch
clinic-form-task = Aufgabe
# An example inside an empty field.
clinic-form-task-example = Stimmungsfragebogen ausfüllen
# Followed by the choices clinic-form-task-when-*.
clinic-form-when = Wann
clinic-form-task-when-hours = einige Stunden vorher
clinic-form-task-when-minutes = einige Minuten vorher
clinic-form-task-when-clock = zu einer Uhrzeit, Tage vorher
clinic-form-days-before = Tage vorher
clinic-form-task-remove = Diese Aufgabe entfernen
clinic-form-task-add = Aufgabe hinzufügen
clinic-form-notes-legend = Notizen der Klinik
clinic-form-notes-intro = Alles andere auf dem Merkblatt, im eigenen Wortlaut auf einer Checkliste.
clinic-form-note-add = Notiz hinzufügen
clinic-form-save-heading = Speichern
clinic-form-save-for = Diese Anweisungen verwenden für
# A checkbox: one of the patient's planned sessions. $when: its date and time, "morgen, 09:00".
clinic-form-save-session = Termin { $when }
clinic-form-save-and-future = …und jeden Termin, den Sie ab jetzt planen.
clinic-form-save-future = Sie gelten für jeden Termin, den Sie ab jetzt planen.
# Above a list of problems with the instructions, in Steady's words.
clinic-form-problems = Bitte zuerst korrigieren:
clinic-form-save-button = Für diese Termine speichern
clinic-form-undo = Rückgängig
clinic-form-preview-heading = Ihre Checkliste mit diesen Anweisungen
# $when: the session's date and time; $zone: a time zone's name, "Europe/Berlin".
clinic-form-preview-for = Für den Termin { $when }. Uhrzeiten in der Zeitzone { $zone }.
# The two checklists of the preview.
clinic-form-preview-day-before = Vor dem Termin
clinic-form-preview-session-day = Am Tag des Termins und danach
# Under a checklist item due in the night: its reminder comes at bedtime. $time: "22:30".
clinic-form-preview-reminder = Erinnerung um { $time }, nicht in der Nacht
clinic-form-changes-heading = Was sich ändert
# One change to the plan. $title: a checklist item's title, in bold. $change
# is "new" (the item is new), "gone" (it goes away) or "moved" (its time
# moves from $before to $after, both a date and time). The arrow points from
# the old time to the new one: in a right-to-left language, turn it round.
clinic-form-change = { $title }: { $change ->
    [new] neu
    [gone] fällt weg
   *[moved] { $before } → { $after }
}
clinic-form-preview-empty = Planen Sie einen Termin, um hier seine Checkliste zu sehen.

## Paste your clinic's sheet: Steady reads it and proposes rules.

sheet-reader-heading = Merkblatt Ihrer Klinik einfügen
sheet-reader-intro = Kopieren Sie die Anweisungen aus der E-Mail, der Webseite oder dem PDF Ihrer Klinik und fügen Sie sie hier ein, oder ziehen Sie eine .txt- oder .pdf-Datei auf dieses Fenster. Steady liest sie auf diesem Computer und schlägt unten Regeln vor, jeweils neben dem Satz, aus dem sie stammen. Nichts ändert sich, bevor Sie entscheiden.
# For screen readers: the box the sheet is pasted into.
sheet-reader-text-label = Merkblatt Ihrer Klinik
# An example inside the empty box.
sheet-reader-text-example = 6 Stunden vor Ihrem Termin nichts mehr essen…
sheet-reader-read = Lesen
sheet-reader-open-file = Textdatei öffnen…
sheet-reader-pdf-drop = Ziehen Sie das PDF auf dieses Fenster, um es zu lesen, oder kopieren Sie seinen Text und fügen Sie ihn hier ein.
# $rules: how many rules Steady read from the sheet; $questions: how many
# questions it has for the patient (0: it has none, and says nothing about them).
sheet-reader-found = { $questions ->
    [0] Steady hat { $rules ->
        [one] { $rules } Regel
       *[other] { $rules } Regeln
    } gefunden. Prüfen Sie jede anhand Ihres Merkblatts.
    [one] Steady hat { $rules ->
        [one] { $rules } Regel
       *[other] { $rules } Regeln
    } gefunden und hat { $questions } Frage an Sie. Prüfen Sie jede anhand Ihres Merkblatts.
   *[other] Steady hat { $rules ->
        [one] { $rules } Regel
       *[other] { $rules } Regeln
    } gefunden und hat { $questions } Fragen an Sie. Prüfen Sie jede anhand Ihres Merkblatts.
}
sheet-reader-proposals-heading = Was Steady gelesen hat
sheet-reader-questions-heading = Hier müssen Sie entscheiden
# For screen readers: the choices under one of Steady's questions.
sheet-reader-answer = Ihre Antwort
sheet-reader-keep-as-note = Den Satz als Notiz behalten
sheet-reader-leave-out = Weglassen
# $count: how many sentences of the sheet Steady could not use.
sheet-reader-unused = Sätze, die Steady nicht verwendet hat ({ $count })
# "From your clinic" is the label such notes carry on the checklist
# (plan-clinic-note-title: „Von Ihrer Klinik“).
sheet-reader-keep-unused = Als Notiz „Von Ihrer Klinik“ behalten
# For screen readers: the choice of checklist (forms-checklist-*) for a kept sentence.
sheet-reader-which-checklist = Auf welcher Checkliste
# $count: how many rules, answers and notes go into the form.
sheet-reader-use = { $count ->
    [one] { $count } ins Formular übernehmen
   *[other] { $count } ins Formular übernehmen
}
sheet-reader-cancel = Abbrechen

## Ride home: the ride card on screen, sending it to the driver, and the ride's details.
## Most sentences name the patient, the clinic or the driver when their
## names are filled in: a selector ($patient, $clinic, $driver) is "named"
## (the name is in $patient_name, $clinic_name, $driver_name) or "none".
## German: the driver is „die Begleitperson“; an unnamed patient „die
## Patientin oder der Patient“.

ride-screen-eyebrow = Heimfahrt
ride-screen-pickup = { $patient ->
    [none] Patientin oder Patienten
   *[named] { $patient_name }
} { $clinic ->
    [none] in der Klinik
   *[named] bei { $clinic_name }
} abholen
# $start: the session's start time in words, "09:00".
ride-screen-start = Der Termin beginnt um { $start }. Halten Sie ab dann Ihr Telefon bereit: Die Klinik ruft vielleicht an, wenn { $patient ->
    [none] die Patientin oder der Patient bereit ist.
   *[named] { $patient_name } bereit ist.
}
# The patient's choice of the language the driver gets the ride card, the message and the calendar file in.
ride-screen-driver-language = Sprache der Begleitperson
ride-screen-driver-language-hint = Abholkarte, Nachricht und Kalenderdatei der Begleitperson sind in dieser Sprache.
ride-screen-who-heading = Wer und wo
ride-screen-patient = Patientin/Patient:
ride-screen-patient-missing = (Ihr Name ist nicht eingetragen)
ride-screen-driver = Begleitperson:
# Beside "Driver:". $phone (when $driver_phone is "set"): the driver's phone number.
ride-screen-driver-value = { $driver ->
    [none] { $driver_phone ->
        [none] (nicht eingetragen)
       *[set] (nicht eingetragen), { $phone }
    }
   *[named] { $driver_phone ->
        [none] { $driver_name }
       *[set] { $driver_name }, { $phone }
    }
}
ride-screen-note = Notiz:
ride-screen-clinic-missing = Klinik (nicht eingetragen)
# $clinic_phone is "set" (the number is $phone) or "none".
ride-screen-clinic-phone = { $clinic_phone ->
    [none] Telefon der Klinik: nicht eingetragen
   *[set] Telefon der Klinik: { $phone }
}
ride-screen-confirmed = { $driver ->
    [none] Meine Begleitperson hat die Fahrt zugesagt
   *[named] { $driver_name } hat die Fahrt zugesagt
}
ride-screen-confirm-hint = Bis Sie das abhaken, erinnert Steady Sie am Tag davor daran, die Fahrt mit Ihrer Begleitperson zu bestätigen.
ride-screen-escort-rules = Was die Klinik von der Begleitperson erwartet
# SAFETY
ride-screen-driving-again = Wieder Auto fahren
# SAFETY: $time: when the patient may drive again, "Di., 09:00".
ride-screen-drive-again = Nicht vor { $time }
ride-screen-driver-checklist = Checkliste der Begleitperson
ride-screen-way-home = Auf dem Heimweg kann { $patient ->
    [none] die Patientin oder der Patient
   *[named] { $patient_name }
} Folgendes spüren
# SAFETY: $source is "clinic" when the clinic gave its own list, else "typical".
ride-screen-call-whom = { $source ->
    [clinic] Wann wen anrufen (Liste der Klinik)
   *[typical] Wann wen anrufen
}
# SAFETY: above the red flags that need the emergency number. $number: the
# emergency number ("112") when $emergency is "set".
ride-screen-call-emergency = { $emergency ->
    [none] Notrufnummer anrufen, wenn:
   *[set] { $number } anrufen, wenn:
}
# SAFETY: above the red flags that need the clinic. $clinic_phone is "set"
# (the number is $phone) or "none".
ride-screen-call-clinic = { $clinic ->
    [none] { $clinic_phone ->
        [none] Klinik anrufen, wenn:
       *[set] Klinik anrufen ({ $phone }), wenn:
    }
   *[named] { $clinic_phone ->
        [none] { $clinic_name } anrufen, wenn:
       *[set] { $clinic_name } anrufen ({ $phone }), wenn:
    }
}
# SAFETY
ride-screen-call-primary-care = Der eigenen Hausarztpraxis Bescheid geben, wenn:
# SAFETY: the crisis numbers' country. $country is "named" (its name is $country_name) or "none".
ride-screen-numbers-for = { $country ->
    [none] Nummern für Ihr Land
   *[named] Nummern für Ihr Land: { $country_name }
}
# SAFETY: $line is "set" (the crisis line, name and number, is $number) or
# "none"; $hours is "set" (when it answers, "24/7", is $open) or "none".
ride-screen-crisis-line = { $line ->
    [none] { $hours ->
        [none] Krisentelefon: nicht eingerichtet (Einstellungen)
       *[set] Krisentelefon: nicht eingerichtet (Einstellungen) ({ $open })
    }
   *[set] { $hours ->
        [none] Krisentelefon: { $number }
       *[set] Krisentelefon: { $number } ({ $open })
    }
}
# SAFETY: $emergency is "set" (the number is $number) or "none".
ride-screen-emergency = { $emergency ->
    [none] Notruf: nicht eingerichtet (Einstellungen)
   *[set] Notruf: { $number }
}
ride-screen-send-heading = { $driver ->
    [none] An Ihre Begleitperson senden
   *[named] An { $driver_name } senden
}
ride-screen-send-button = { $driver ->
    [none] An die Begleitperson senden…
   *[named] An { $driver_name } senden…
}
ride-screen-copy = Nachricht kopieren
ride-screen-copied = Kopiert. Fügen Sie sie in eine SMS oder E-Mail ein.
# $email is "set" (the driver's e-mail address is $address) or "none".
ride-screen-send-hint = { $email ->
    [none] Öffnet Ihr E-Mail-Programm mit dieser Nachricht; Abholkarte und Kalenderdatei sind angehängt.
   *[set] Öffnet Ihr E-Mail-Programm mit dieser Nachricht an { $address }; Abholkarte und Kalenderdatei sind angehängt.
}
# For screen readers: the box with the message to the driver.
ride-screen-message-label = Text der Nachricht
ride-screen-files-heading = Kalender und Abholkarte
ride-screen-files-intro = Im Ordner „Downloads“ gespeichert. Eine Kalenderdatei behält ihre Alarme, auch wenn Steady nicht läuft.
ride-screen-save-ics = Im Kalender speichern (.ics)
ride-screen-save-course-ics = Ganze Behandlung (.ics)
# A calendar file with every session the driver picks the patient up from.
ride-screen-save-driver-ics = Alle Abholungen von { $driver_name } (.ics)
# Paper size, followed by the choices A4 and Letter.
ride-screen-paper = Papier
ride-screen-paper-a4 = A4
ride-screen-paper-letter = Letter
ride-screen-save-pdf = Abholkarte speichern (PDF)
ride-screen-print = Drucken…
# $path: the ride card PDF just written, opened in the system's PDF viewer.
ride-screen-printed = { $path } ist in Ihrem PDF-Programm geöffnet: Drucken Sie von dort.
ride-screen-details-heading = Details
ride-screen-patient-name = Ihr Vorname, wie die Begleitperson Sie kennt
ride-screen-driver-name = Name der Begleitperson
ride-screen-driver-phone = Telefon der Begleitperson
ride-screen-driver-email = E-Mail der Begleitperson
ride-screen-driver-relation = Wer die Person ist
# An example inside an empty field.
ride-screen-driver-relation-example = Partnerin, Freund, Tochter…
# Followed by the choices ride-screen-contact-*: how the driver gets the ride's details.
ride-screen-driver-contact = So bekommt sie die Details:
ride-screen-contact-text = SMS
ride-screen-contact-email = E-Mail
ride-screen-contact-phone = Anruf
ride-screen-contact-in-person = persönlich
ride-screen-clinic-name = Klinik
ride-screen-clinic-phone-label = Telefon der Klinik
ride-screen-clinic-address = Adresse der Klinik
ride-screen-driver-note = Eine Notiz für die Begleitperson (auf der Karte und in der Nachricht)
# An example inside an empty field: a note from the patient to the driver.
ride-screen-driver-note-example = Ich warte am Seiteneingang
ride-screen-save-details = Details speichern
ride-screen-saved = Gespeichert.
