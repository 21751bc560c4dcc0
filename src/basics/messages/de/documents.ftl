### The documents Steady writes: the ride card (a PDF for the driver), the
### message to the driver, the calendar file (.ics) and the QR codes on the
### card, the check-in summary (a PDF for the patient's appointments) and
### its CSV file.
###
### The ride card, the driver's message and the driver's calendar are read
### by the driver, in the language the patient picked for them: write them
### for someone standing in a car park who has never used Steady. Phone
### numbers, names and addresses arrive as arguments, as typed.
###
### Choices by "named"/"none": $patient is "named" when the patient gave
### their name ($name), else "none" (say "the patient"); the same for the
### clinic ($clinic, $clinic_name) and the driver ($driver, $driver_name).
### "given"/"none" says whether a phone number or similar was filled in.
###
### German: the driver is „die Begleitperson“; an unnamed patient „die
### Patientin oder der Patient“. The card speaks to the driver with "Sie";
### the message is the patient's own to someone they may call "du", so it
### and the driver's checklist (shared by both) address no one: the
### checklist's steps are infinitives ("Den Weg zur Klinik planen").

## Times on the card and in the calendar.

# A length of time from … to …, each already in words ("1 Std.", "3 Std."): "1 Std.–3 Std.".
ride-span-range = { $from }–{ $to }
# The pickup window, two clock times: "11:00–13:00".
ride-window = { $from }–{ $to }
# The session day in words, in the calendar's event. $intake, $infusion: a
# length of time ("20 Min."); $recovery: a length or a range ("1 Std.–3 Std.").
ride-timeline = Vorbereitung etwa { $intake }, Infusion etwa { $infusion }, dann { $recovery } Erholung, bevor die Patientin oder der Patient nach Hause darf.

## The pickup, the driving rule, and the driver's checklist (on the card,
## in the message and on the Ride screen).

# $window: the pickup window ("11:00–13:00"); $day: its day ("Donnerstag, 3. Dezember").
# German: a noun phrase ("Abholung von Sam bei …: Donnerstag, 3. Dezember,
# 11:00–13:00"), so it addresses no one.
ride-pickup = Abholung { $patient ->
    [named] von { $name }
   *[none] der Patientin oder des Patienten
} { $clinic ->
    [named] bei { $clinic_name }
   *[none] in der Klinik
}: { $day }, { $window }
# SAFETY: when the patient may drive again. $day: "Freitag, 4. Dezember"; $time:
# "13:00". $rule: the clinic's rule: a number of hours after the session
# ($hours, in words: "24 Stunden"), the rest of the session's day, or the next morning.
ride-drive-again = { $patient ->
    [named] { $name }
   *[none] Die Patientin oder der Patient
} darf ab { $day }, { $time } wieder fahren ({ $rule ->
    [rest_of_day] nicht mehr am Tag des Termins
    [next_morning] am nächsten Morgen, nach einer Nacht Schlaf
   *[hours] { $hours } nach dem Termin
}), wenn sie oder er sich wieder ganz wach fühlt und die Klinik einverstanden ist.
# The driver's checklist, in three parts: the day before, on the day, after.
ride-steps-day-before = Am Tag davor
ride-step-confirm = Mit { $patient ->
    [named] { $name }
   *[none] der Patientin oder dem Patienten
} bestätigen, dass die Fahrt steht.
ride-step-route = Den Weg { $clinic ->
    [named] zu { $clinic_name }
   *[none] zur Klinik
} planen, und wo man parkt.
# $date: the session's day, short ("Do., 3. Dez.").
ride-steps-on-the-day = Am Tag selbst ({ $date })
# $time: when the session starts ("09:00").
ride-step-phone-on = Ab { $time } das Telefon eingeschaltet lassen: Die Klinik ruft vielleicht an, wenn { $patient ->
    [named] { $name }
   *[none] die Patientin oder der Patient
} bereit ist.
# $window: the pickup window ("11:00–13:00").
ride-step-come-between = Im Zeitraum { $window } zur Klinik kommen.
ride-step-walk = { $patient ->
    [named] { $name }
   *[none] Die Patientin oder den Patienten
} zum Auto begleiten: Beim Aufstehen kann man unsicher auf den Beinen sein.
ride-steps-after = Danach
# SAFETY: the clinic's rule that someone stays with the patient. $hours: how long, in words ("24 Stunden").
ride-step-someone-stays = Die Klinik bittet darum, dass nach dem Termin jemand { $hours } lang bei { $patient ->
    [named] { $name }
   *[none] der Patientin oder dem Patienten
} bleibt.
# SAFETY: no driving. $date: a short day and time ("Fr., 4. Dez., 13:00").
ride-step-no-driving = { $patient ->
    [named] { $name }
   *[none] Die Patientin oder der Patient
} darf bis { $date } nicht fahren.

## The message to the driver (e-mail or text), written by the patient to
## the driver: "I" is the patient. Its parts follow one another in one
## paragraph, then the note, the checklist and the thanks, each on its own
## lines.

# $pickup: the pickup sentence above (ride-pickup), without its full stop; $start: the session's start ("09:00").
ride-message-opening = { $driver ->
    [named] Hallo { $driver_name }!
   *[none] Hallo!
} { $pickup }. Der Termin beginnt um { $start }; die Klinik entlässt Patientinnen und Patienten meist in diesem Zeitraum, also bitte bereit sein, wenn sie anruft.
# $address: the clinic's address, as typed.
ride-message-address = Adresse: { $address }.
# $clinic_phone: the clinic's phone number.
ride-message-clinic-phone = Telefon der Klinik: { $clinic_phone }.
# SAFETY: no driving. $patient "named": the patient writes it ("I"); $day
# "Freitag, 4. Dezember"; $time "13:00".
ride-message-no-driving = Nach der Infusion { $patient ->
    [named] bin ich
   *[none] ist die Patientin oder der Patient
} benommen und darf nicht fahren: kein Autofahren bis { $day }, { $time }.
# $note: the patient's own note to the driver, as typed.
ride-message-note = Notiz: { $note }
ride-message-checklist = Checkliste für die Fahrt:
# A part of the checklist, as a heading: $when is "Am Tag davor", "Am Tag selbst (Do., 3. Dez.)" or "Danach".
ride-message-steps-heading = { $when }:
ride-message-thanks = Danke!

## The ride card (the PDF, and the Ride screen's preview of it).

# The PDF file's title, in its properties.
ride-card-document-title = Abholkarte
# A small label in capitals above the card's title.
ride-card-kicker = ABHOLKARTE
ride-card-title = { $patient ->
    [named] { $name }
   *[none] Patientin oder Patienten
} { $clinic ->
    [named] bei { $clinic_name }
   *[none] in der Klinik
} abholen
# $time: the session's start ("09:00").
ride-card-start = Der Termin beginnt um { $time }. Halten Sie ab dann Ihr Telefon bereit: Die Klinik ruft vielleicht an, wenn { $patient ->
    [named] { $name }
   *[none] die Patientin oder der Patient
} bereit ist.
# A small label in capitals: who is who.
ride-card-who = WER
ride-card-patient = { $patient ->
    [named] Patientin/Patient: { $name }
   *[none] Patientin/Patient: (Name nicht eingetragen)
}
# $phone "given": the driver's phone number ($driver_phone) was filled in.
ride-card-driver = { $driver ->
    [named] { $phone ->
        [given] Begleitperson: { $driver_name }, { $driver_phone }
       *[none] Begleitperson: { $driver_name }
    }
   *[none] { $phone ->
        [given] Begleitperson: { $driver_phone }
       *[none] Begleitperson: (nicht eingetragen)
    }
}
# $note: the patient's own note to the driver, as typed.
ride-card-note = Notiz von { $patient ->
    [named] { $name }
   *[none] der Patientin oder dem Patienten
}: { $note }
# A small label in capitals: where the clinic is.
ride-card-where = WO
# The clinic's name on a line of its own, or these words when none was given.
ride-card-clinic = { $clinic ->
    [named] { $clinic_name }
   *[none] Die Klinik
}
ride-card-clinic-phone = { $phone ->
    [given] Telefon der Klinik: { $clinic_phone }
   *[none] Telefon der Klinik: (nicht eingetragen: bitte bei der Klinik erfragen)
}
# A heading over the clinic's rules for the escort.
ride-card-escort-heading = Was die Klinik von der Begleitperson erwartet
ride-card-drive-again-heading = Wieder Auto fahren
# SAFETY: no driving before this. $date: a short day and time ("Fr., 4. Dez., 13:00").
ride-card-not-before = Nicht vor { $date }
ride-card-checklist-heading = Ihre Checkliste
ride-card-way-home-heading = Auf dem Heimweg kann { $patient ->
    [named] { $name }
   *[none] die Patientin oder der Patient
} Folgendes spüren
# $feel: something the patient may feel ("Müde"); $help: what the driver can do. Both from the care texts.
ride-card-way-home-item = { $feel }. { $help }
# SAFETY: the heading over when to call whom; $from_clinic "yes": the list is the clinic's own.
ride-card-call-heading = { $from_clinic ->
    [yes] Wann wen anrufen (Liste der Klinik)
   *[no] Wann wen anrufen
}
# SAFETY: over the situations to call the emergency number for. $number: the country's emergency number ("112").
ride-card-call-emergency = { $emergency ->
    [given] { $number } anrufen, wenn:
   *[none] Notrufnummer anrufen, wenn:
}
# SAFETY: over the situations to call the clinic for.
ride-card-call-clinic = { $phone ->
    [given] { $clinic ->
        [named] { $clinic_name }
       *[none] Klinik
    } anrufen ({ $clinic_phone }), wenn:
   *[none] { $clinic ->
        [named] { $clinic_name }
       *[none] Klinik
    } anrufen, wenn:
}
# SAFETY: over the situations to tell the patient's own doctor about.
ride-card-call-primary-care = Der eigenen Hausarztpraxis Bescheid geben, wenn:
# SAFETY: the crisis numbers' heading. $whose: the country's name ("Germany").
ride-card-numbers-heading = Nummern für Ihr Land: { $whose }
# SAFETY: the crisis line ($number, its name and number as the country's table
# or the patient gave it) and its hours ($crisis_hours, "24/7, kostenlos") when known.
ride-card-crisis-line = { $line ->
    [given] { $hours ->
        [given] Krisentelefon: { $number } ({ $crisis_hours })
       *[none] Krisentelefon: { $number }
    }
   *[none] Krisentelefon: in Steady nicht eingerichtet. Fragen Sie die Klinik nach dem örtlichen Krisentelefon.
}
# SAFETY: the emergency number ("112").
ride-card-emergency = { $emergency ->
    [given] Notruf: { $number }
   *[none] Notruf: Ihre örtliche Notrufnummer
}
# At the foot of every page. $typical "yes": the card uses Steady's typical
# values; "no": the clinic's own, as the patient entered them.
ride-card-footer = { $typical ->
    [yes] Typische Werte aus öffentlichen Patienteninformationen (Steadys care facts): Die Anweisungen der Klinik gehen vor. Keine medizinische Beratung. Erstellt mit Steady.
   *[no] Nach den Anweisungen der Klinik, wie in Steady eingetragen; es gilt das Wort der Klinik. Keine medizinische Beratung. Erstellt mit Steady.
}

## The QR codes on the card (and on the Ride screen).

ride-qr-calendar-label = Scannen, um die Abholung in den Kalender eines Handys einzutragen
ride-qr-calendar-title = QR-Code: die Abholung als Kalendereintrag
# Under the code on paper, short.
ride-qr-calendar-caption = Scannen: in den Kalender
ride-qr-text-label = Scannen für die Abholung als Text
ride-qr-text-title = QR-Code: die Abholung als Text
# Under the code on paper, short.
ride-qr-text-caption = Scannen: Abholung als Text
# The text the second code holds, line by line. $pickup: the pickup sentence (ride-pickup).
ride-qr-text-pickup = { $pickup }.
ride-qr-text-clinic = Klinik: { $clinic_phone }
# SAFETY: no driving. $date: a short day and time ("Fr., 4. Dez., 13:00").
ride-qr-text-no-driving = Kein Autofahren für die Patientin oder den Patienten bis { $date }.
# The calendar event the first code holds: its description, kept short so the code stays readable.
ride-qr-event-clinic = Klinik { $clinic_phone }

## The calendar file's events: the session, the pickup, and the end of the
## no-driving time (each with an alarm that shows the summary).

ride-event-session-summary = Infusionstermin { $clinic ->
    [named] bei { $clinic_name }
   *[none] in der Klinik
}
# $timeline: the session day in words (ride-timeline); $typical "yes": Steady's typical timings.
ride-event-session-description = { $typical ->
    [yes] Geplant mit Steady. { $timeline } Das sind typische Zeiten; die Anweisungen Ihrer Klinik gehen vor.
   *[no] Geplant mit Steady. { $timeline }
}
# SAFETY: the pickup event's description. $clinic_phone: the clinic's number, when given.
ride-event-pickup-description = { $phone ->
    [given] Telefon der Klinik: { $clinic_phone }. Die Patientin oder der Patient darf nicht selbst nach Hause fahren.
   *[none] Die Patientin oder der Patient darf nicht selbst nach Hause fahren.
}
# SAFETY: the event at the end of the no-driving time.
ride-event-drive-again-summary = { $typical ->
    [yes] Fahrverbot endet (typisch)
   *[no] Fahrverbot endet
}

## "Send to the driver": the e-mail, and what Steady tells the patient after.

# The e-mail's subject (the driver reads it). $day: "Donnerstag, 3. Dezember"; $window: "11:00–13:00".
ride-mail-subject = Heimfahrt am { $day }: { $window }
# To the patient, in the window. "Send" is the mail program's button.
ride-mail-opened-attached = Ihr E-Mail-Programm hat sich mit der Nachricht an { $driver ->
    [named] { $driver_name }
   *[none] Ihre Begleitperson
} geöffnet; Abholkarte und Kalenderdatei sind angehängt. Prüfen Sie alles und klicken Sie auf „Senden“.
# To the patient. $folder: where the files are; $card, $calendar: their file names.
ride-mail-opened = Ihr E-Mail-Programm hat sich mit der Nachricht an { $driver ->
    [named] { $driver_name }
   *[none] Ihre Begleitperson
} geöffnet. Hängen Sie die gespeicherten Dateien aus { $folder } an: { $card } und { $calendar }.

## The check-in summary: a PDF the patient takes to an appointment, about
## themselves ("I"), for a clinician to read.

# The PDF file's title, in its properties.
summary-document-title = Steady: Übersicht zum Befinden
summary-title = Wie es mir ging: Befinden und PHQ-9
summary-intro = Selbstauskünfte, in Steady festgehalten. Keine Diagnose.
summary-sessions-heading = Termine
summary-sessions-none = Keine festgehalten.
# Between the dates of a list of sessions ("Do., 3. Dez. 2026, Mo., 7. Dez. 2026"), spaces included.
summary-list-separator = { ", " }
# The PHQ-9's score bands: keep the numbers. The band names as in
# phq9-band (care.ftl).
# Not checked against the official PHQ-9 translation.
summary-phq9-heading = PHQ-9 (0-27; Bereiche: 0-4 minimal, 5-9 leicht, 10-14 mittelgradig, 15-19 mittelgradig bis schwer, 20-27 schwer)
summary-phq9-none = Kein PHQ-9 festgehalten.
# One PHQ-9 result. $date: "Do., 3. Dez. 2026"; $total: the score (0 to 27);
# $band: its band in words ("leicht"); $item_nine "yes": question 9
# (thoughts of self-harm) was answered above 0.
summary-phq9-result = { $item_nine ->
    [yes] { $date }: { $total } ({ $band }); Frage 9 mit mehr als 0 beantwortet
   *[no] { $date }: { $total } ({ $band })
}
summary-check-ins-heading = Tägliches Befinden nach Wochen (Mittelwerte, 0-10)
summary-check-ins-none = Keine Einträge zum Befinden.
# One week's averages. $week: the week's Monday ("Mo., 30. Nov."); $mood …
# $anxiety: averages 0 to 10 with one decimal; $count: check-ins that week;
# $self_harm "reported": thoughts of self-harm were reported $times times.
summary-week = Woche ab { $week }: Stimmung { $mood }, Energie { $energy }, klares Denken { $clarity }, Angst { $anxiety } ({ $count ->
    [one] { $count } Eintrag zum Befinden
   *[other] { $count } Einträge zum Befinden
}{ $self_harm ->
    [reported] ; Gedanken, sich selbst etwas anzutun, { $times }-mal angegeben
   *[none] {""}
})
summary-notes-heading = Notizen
# $date: "Do., 3. Dez. 2026"; $note: the patient's note, as typed.
summary-note = { $date }: { $note }
# SAFETY: the crisis numbers' heading. $whose: the country's name ("Germany").
summary-numbers-heading = Nummern für Ihr Land: { $whose }
# SAFETY: the crisis line ($number) and its hours ($crisis_hours) when known.
summary-crisis-line = { $line ->
    [given] { $hours ->
        [given] Krisentelefon: { $number } ({ $crisis_hours })
       *[none] Krisentelefon: { $number }
    }
   *[none] Krisentelefon: in Steady nicht eingerichtet.
}
# SAFETY: the emergency number.
summary-emergency = { $emergency ->
    [given] Notruf: { $number }
   *[none] Notruf: in Steady nicht eingerichtet
}
# The questionnaire's source: the authors' names and the year stay as they are.
# German: the German version's authors added (Löwe et al., Pfizer 2002).
summary-phq9-source = PHQ-9: Kroenke, Spitzer & Williams 2001 (gemeinfreier Fragebogen); deutsche Fassung: Löwe, Spitzer, Zipfel & Herzog 2002.

## The check-ins as a CSV file (for a spreadsheet): the column names, in
## this order, then the words in its cells. Keep them short; a comma or a
## quote in one is fine (Steady quotes it).

summary-csv-kind = art
summary-csv-date = datum_utc
summary-csv-mood = stimmung
summary-csv-energy = energie
summary-csv-clarity = klarheit
summary-csv-anxiety = angst
summary-csv-self-harm = gedanken_sich_etwas_anzutun
summary-csv-phq9-total = phq9_summe
summary-csv-phq9-band = phq9_bereich
summary-csv-note = notiz
# The "kind" of a row: a daily check-in.
summary-csv-check-in = befinden
# The "kind" of a row: a PHQ-9 questionnaire.
summary-csv-phq9 = phq9
# Whether thoughts of self-harm were reported.
summary-csv-yes = ja
summary-csv-no = nein
