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

## Times on the card and in the calendar.

# A length of time from … to …, each already in words ("1 h", "3 h"): "1 h–3 h".
ride-span-range = { $from }–{ $to }
# The pickup window, two clock times: "11:00–13:00".
ride-window = { $from }–{ $to }
# The session day in words, in the calendar's event. $intake, $infusion: a
# length of time ("20 min"); $recovery: a length or a range ("1 h–3 h").
ride-timeline = Intake about { $intake }, infusion about { $infusion }, then { $recovery } of recovery before the patient can go home.

## The pickup, the driving rule, and the driver's checklist (on the card,
## in the message and on the Ride screen).

# $window: the pickup window ("11:00–13:00"); $day: its day ("Thursday 3 December").
ride-pickup = Pick up { $patient ->
    [named] { $name }
   *[none] the patient
} at { $clinic ->
    [named] { $clinic_name }
   *[none] the clinic
}, { $window }, { $day }
# SAFETY: when the patient may drive again. $day: "Friday 4 December"; $time:
# "13:00". $rule: the clinic's rule: a number of hours after the session
# ($hours, in words: "24 hours"), the rest of the session's day, or the next morning.
ride-drive-again = { $patient ->
    [named] { $name }
   *[none] The patient
} may drive again from { $day }, { $time } ({ $rule ->
    [rest_of_day] not for the rest of the session's day
    [next_morning] the next morning, after a night's sleep
   *[hours] { $hours } after the session
}), if they feel fully alert and the clinic agrees.
# The driver's checklist, in three parts: the day before, on the day, after.
ride-steps-day-before = The day before
ride-step-confirm = Confirm with { $patient ->
    [named] { $name }
   *[none] the patient
} that you are driving.
ride-step-route = Plan the route to { $clinic ->
    [named] { $clinic_name }
   *[none] the clinic
}, and where to park.
# $date: the session's day, short ("Thu 3 Dec").
ride-steps-on-the-day = On the day ({ $date })
# $time: when the session starts ("09:00").
ride-step-phone-on = Keep your phone on from { $time }: the clinic may call when { $patient ->
    [named] { $name }
   *[none] the patient
} is ready.
# $window: the pickup window ("11:00–13:00").
ride-step-come-between = Come to the clinic between { $window }.
ride-step-walk = Walk { $patient ->
    [named] { $name }
   *[none] the patient
} to the car: they may be unsteady when they stand.
ride-steps-after = After
# SAFETY: the clinic's rule that someone stays with the patient. $hours: how long, in words ("24 hours").
ride-step-someone-stays = The clinic asks that someone stays with { $patient ->
    [named] { $name }
   *[none] the patient
} for { $hours } after the session.
# SAFETY: no driving. $date: a short day and time ("Fri 4 Dec, 13:00").
ride-step-no-driving = { $patient ->
    [named] { $name }
   *[none] The patient
} must not drive until { $date }.

## The message to the driver (e-mail or text), written by the patient to
## the driver: "I" is the patient. Its parts follow one another in one
## paragraph, then the note, the checklist and the thanks, each on its own
## lines.

# $pickup: the pickup sentence above (ride-pickup), without its full stop; $start: the session's start ("09:00").
ride-message-opening = { $driver ->
    [named] Hi { $driver_name }!
   *[none] Hi!
} { $pickup }. The session starts at { $start }; the clinic usually lets patients go in that window, so please be ready to come in when they call.
# $address: the clinic's address, as typed.
ride-message-address = Address: { $address }.
# $clinic_phone: the clinic's phone number.
ride-message-clinic-phone = Clinic phone: { $clinic_phone }.
# SAFETY: no driving. $patient "named": the patient writes it ("I"); $day
# "Friday 4 December"; $time "13:00".
ride-message-no-driving = After the infusion { $patient ->
    [named] I
   *[none] the patient
} will be groggy and must not drive: no driving until { $day }, { $time }.
# $note: the patient's own note to the driver, as typed.
ride-message-note = Note: { $note }
ride-message-checklist = Your checklist:
# A part of the checklist, as a heading: $when is "The day before", "On the day (Thu 3 Dec)" or "After".
ride-message-steps-heading = { $when }:
ride-message-thanks = Thank you!

## The ride card (the PDF, and the Ride screen's preview of it).

# The PDF file's title, in its properties.
ride-card-document-title = Ride home card
# A small label in capitals above the card's title.
ride-card-kicker = RIDE HOME CARD
ride-card-title = Pick up { $patient ->
    [named] { $name }
   *[none] the patient
} at { $clinic ->
    [named] { $clinic_name }
   *[none] the clinic
}
# $time: the session's start ("09:00").
ride-card-start = The session starts at { $time }. Keep your phone on from then: the clinic may call when { $patient ->
    [named] { $name }
   *[none] the patient
} is ready.
# A small label in capitals: who is who.
ride-card-who = WHO
ride-card-patient = { $patient ->
    [named] Patient: { $name }
   *[none] Patient: (name not filled in)
}
# $phone "given": the driver's phone number ($driver_phone) was filled in.
ride-card-driver = { $driver ->
    [named] { $phone ->
        [given] Driver: { $driver_name }, { $driver_phone }
       *[none] Driver: { $driver_name }
    }
   *[none] { $phone ->
        [given] Driver: { $driver_phone }
       *[none] Driver: (not filled in)
    }
}
# $note: the patient's own note to the driver, as typed.
ride-card-note = Note from { $patient ->
    [named] { $name }
   *[none] the patient
}: { $note }
# A small label in capitals: where the clinic is.
ride-card-where = WHERE
# The clinic's name on a line of its own, or these words when none was given.
ride-card-clinic = { $clinic ->
    [named] { $clinic_name }
   *[none] the clinic
}
ride-card-clinic-phone = { $phone ->
    [given] Clinic phone: { $clinic_phone }
   *[none] Clinic phone: (not filled in: ask the clinic)
}
# A heading over the clinic's rules for the escort.
ride-card-escort-heading = The clinic asks the driver
ride-card-drive-again-heading = Driving again
# SAFETY: no driving before this. $date: a short day and time ("Fri 4 Dec, 13:00").
ride-card-not-before = Not before { $date }
ride-card-checklist-heading = Your checklist
ride-card-way-home-heading = On the way home { $patient ->
    [named] { $name }
   *[none] the patient
} may feel
# $feel: something the patient may feel ("Tired"); $help: what the driver can do. Both from the care texts.
ride-card-way-home-item = { $feel }. { $help }
# SAFETY: the heading over when to call whom; $from_clinic "yes": the list is the clinic's own.
ride-card-call-heading = { $from_clinic ->
    [yes] When to call whom (the clinic's list)
   *[no] When to call whom
}
# SAFETY: over the situations to call the emergency number for. $number: the country's emergency number ("112").
ride-card-call-emergency = { $emergency ->
    [given] Call { $number } if:
   *[none] Call the emergency number if:
}
# SAFETY: over the situations to call the clinic for.
ride-card-call-clinic = { $phone ->
    [given] Call { $clinic ->
        [named] { $clinic_name }
       *[none] the clinic
    } ({ $clinic_phone }) if:
   *[none] Call { $clinic ->
        [named] { $clinic_name }
       *[none] the clinic
    } if:
}
# SAFETY: over the situations to tell the patient's own doctor about.
ride-card-call-primary-care = Tell their primary care provider if:
# SAFETY: the crisis numbers' heading. $whose: the country's name ("Germany").
ride-card-numbers-heading = Numbers for { $whose }
# SAFETY: the crisis line ($number, its name and number as the country's table
# or the patient gave it) and its hours ($crisis_hours, "24/7, free") when known.
ride-card-crisis-line = { $line ->
    [given] { $hours ->
        [given] Crisis line: { $number } ({ $crisis_hours })
       *[none] Crisis line: { $number }
    }
   *[none] Crisis line: not set in Steady. Ask the clinic for the local crisis line.
}
# SAFETY: the emergency number ("112").
ride-card-emergency = { $emergency ->
    [given] Emergency: { $number }
   *[none] Emergency: your local emergency number
}
# At the foot of every page. $typical "yes": the card uses Steady's typical
# values; "no": the clinic's own, as the patient entered them.
ride-card-footer = { $typical ->
    [yes] Typical values from public patient guides (Steady's care facts): the clinic's instructions come first. Not medical advice. Made with Steady.
   *[no] From the clinic's instructions as entered in Steady; the clinic's word comes first. Not medical advice. Made with Steady.
}

## The QR codes on the card (and on the Ride screen).

ride-qr-calendar-label = Scan to add the pickup to a phone's calendar
ride-qr-calendar-title = QR code: the pickup as a calendar event
# Under the code on paper, short.
ride-qr-calendar-caption = Scan: add to calendar
ride-qr-text-label = Scan for the pickup as text
ride-qr-text-title = QR code: the pickup as text
# Under the code on paper, short.
ride-qr-text-caption = Scan: the pickup as text
# The text the second code holds, line by line. $pickup: the pickup sentence (ride-pickup).
ride-qr-text-pickup = { $pickup }.
ride-qr-text-clinic = Clinic: { $clinic_phone }
# SAFETY: no driving. $date: a short day and time ("Fri 4 Dec, 13:00").
ride-qr-text-no-driving = No driving for the patient until { $date }.
# The calendar event the first code holds: its description, kept short so the code stays readable.
ride-qr-event-clinic = Clinic { $clinic_phone }

## The calendar file's events: the session, the pickup, and the end of the
## no-driving time (each with an alarm that shows the summary).

ride-event-session-summary = Infusion session at { $clinic ->
    [named] { $clinic_name }
   *[none] the clinic
}
# $timeline: the session day in words (ride-timeline); $typical "yes": Steady's typical timings.
ride-event-session-description = { $typical ->
    [yes] Planned with Steady. { $timeline } These are typical timings; your clinic's instructions come first.
   *[no] Planned with Steady. { $timeline }
}
# SAFETY: the pickup event's description. $clinic_phone: the clinic's number, when given.
ride-event-pickup-description = { $phone ->
    [given] Clinic phone: { $clinic_phone }. The patient must not drive home.
   *[none] The patient must not drive home.
}
# SAFETY: the event at the end of the no-driving time.
ride-event-drive-again-summary = { $typical ->
    [yes] No-driving time ends (typical)
   *[no] No-driving time ends
}

## "Send to the driver": the e-mail, and what Steady tells the patient after.

# The e-mail's subject (the driver reads it). $day: "Thursday 3 December"; $window: "11:00–13:00".
ride-mail-subject = Ride home on { $day }: { $window }
# To the patient, in the window. "Send" is the mail program's button.
ride-mail-opened-attached = Your mail program opened with the message to { $driver ->
    [named] { $driver_name }
   *[none] your driver
}, the ride card and the calendar file attached. Check it and press Send.
# To the patient. $folder: where the files are; $card, $calendar: their file names.
ride-mail-opened = Your mail program opened with the message to { $driver ->
    [named] { $driver_name }
   *[none] your driver
}. Attach the saved files from { $folder }: { $card } and { $calendar }.

## The check-in summary: a PDF the patient takes to an appointment, about
## themselves ("I"), for a clinician to read.

# The PDF file's title, in its properties.
summary-document-title = Steady check-in summary
summary-title = How I have been: check-ins and PHQ-9
summary-intro = Self-reports recorded in Steady. Not a diagnosis.
summary-sessions-heading = Sessions
summary-sessions-none = None recorded.
# Between the dates of a list of sessions ("Thu 3 Dec 2026, Mon 7 Dec 2026"), spaces included.
summary-list-separator = { ", " }
# The PHQ-9's score bands: keep the numbers.
summary-phq9-heading = PHQ-9 (0-27; bands: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe)
summary-phq9-none = No PHQ-9 recorded.
# One PHQ-9 result. $date: "Thu 3 Dec 2026"; $total: the score (0 to 27);
# $band: its band in words ("mild"); $item_nine "yes": question 9
# (thoughts of self-harm) was answered above 0.
summary-phq9-result = { $item_nine ->
    [yes] { $date }: { $total } ({ $band }); item 9 answered above 0
   *[no] { $date }: { $total } ({ $band })
}
summary-check-ins-heading = Daily check-ins by week (averages, 0-10)
summary-check-ins-none = No check-ins recorded.
# One week's averages. $week: the week's Monday ("Mon 30 Nov"); $mood …
# $anxiety: averages 0 to 10 with one decimal; $count: check-ins that week;
# $self_harm "reported": thoughts of self-harm were reported $times times.
summary-week = Week of { $week }: mood { $mood }, energy { $energy }, clarity { $clarity }, anxiety { $anxiety } ({ $count ->
    [one] { $count } check-in
   *[other] { $count } check-ins
}{ $self_harm ->
    [reported] ; thoughts of self-harm reported { $times }x
   *[none] {""}
})
summary-notes-heading = Notes
# $date: "Thu 3 Dec 2026"; $note: the patient's note, as typed.
summary-note = { $date }: { $note }
# SAFETY: the crisis numbers' heading. $whose: the country's name ("Germany").
summary-numbers-heading = Numbers for { $whose }
# SAFETY: the crisis line ($number) and its hours ($crisis_hours) when known.
summary-crisis-line = { $line ->
    [given] { $hours ->
        [given] Crisis line: { $number } ({ $crisis_hours })
       *[none] Crisis line: { $number }
    }
   *[none] Crisis line: not set in Steady.
}
# SAFETY: the emergency number.
summary-emergency = { $emergency ->
    [given] Emergency: { $number }
   *[none] Emergency: not set in Steady
}
# The questionnaire's source: the authors' names and the year stay as they are.
summary-phq9-source = PHQ-9: Kroenke, Spitzer & Williams 2001 (public domain questionnaire).

## The check-ins as a CSV file (for a spreadsheet): the column names, in
## this order, then the words in its cells. Keep them short; a comma or a
## quote in one is fine (Steady quotes it).

summary-csv-kind = kind
summary-csv-date = date_utc
summary-csv-mood = mood
summary-csv-energy = energy
summary-csv-clarity = clarity
summary-csv-anxiety = anxiety
summary-csv-self-harm = self_harm_thoughts
summary-csv-phq9-total = phq9_total
summary-csv-phq9-band = phq9_band
summary-csv-note = note
# The "kind" of a row: a daily check-in.
summary-csv-check-in = check_in
# The "kind" of a row: a PHQ-9 questionnaire.
summary-csv-phq9 = phq9
# Whether thoughts of self-harm were reported.
summary-csv-yes = yes
summary-csv-no = no
