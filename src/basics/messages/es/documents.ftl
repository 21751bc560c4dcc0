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
### Spanish: the driver's steps are infinitives ("Planificar la ruta"), as
### on any checklist, and the pickup is a noun ("Recogida de Ana…"): the
### patient's message to a partner or friend then reads neither stiff nor
### over-familiar. Where a "you" is needed, it is "usted".

## Times on the card and in the calendar.

# A length of time from … to …, each already in words ("1 h", "3 h"): "1 h–3 h".
ride-span-range = { $from }–{ $to }
# The pickup window, two clock times: "11:00–13:00".
ride-window = { $from }–{ $to }
# The session day in words, in the calendar's event. $intake, $infusion: a
# length of time ("20 min"); $recovery: a length or a range ("1 h–3 h").
ride-timeline = Preparación: aprox. { $intake }; infusión: aprox. { $infusion }; después, { $recovery } de recuperación antes de que el paciente pueda irse a casa.

## The pickup, the driving rule, and the driver's checklist (on the card,
## in the message and on the Ride screen).

# $window: the pickup window ("11:00–13:00"); $day: its day ("Thursday 3 December").
ride-pickup = Recogida { $patient ->
    [named] de { $name }
   *[none] del paciente
} en { $clinic ->
    [named] { $clinic_name }
   *[none] la clínica
}: { $day }, { $window }
# SAFETY: when the patient may drive again. $day: "Friday 4 December"; $time:
# "13:00". $rule: the clinic's rule: a number of hours after the session
# ($hours, in words: "24 hours"), the rest of the session's day, or the next morning.
ride-drive-again = { $patient ->
    [named] { $name }
   *[none] El paciente
} puede volver a conducir a partir del { $day }, { $time } ({ $rule ->
    [rest_of_day] no durante el resto del día de la sesión
    [next_morning] a la mañana siguiente, tras una noche de sueño
   *[hours] { $hours } después de la sesión
}), si tiene la mente totalmente despejada y la clínica está de acuerdo.
# The driver's checklist, in three parts: the day before, on the day, after.
ride-steps-day-before = El día anterior
ride-step-confirm = Confirmar con { $patient ->
    [named] { $name }
   *[none] el paciente
} que usted será quien conduzca.
ride-step-route = Planificar la ruta hasta { $clinic ->
    [named] { $clinic_name }
   *[none] la clínica
} y dónde estacionar.
# $date: the session's day, short ("Thu 3 Dec").
ride-steps-on-the-day = El día de la sesión ({ $date })
# $time: when the session starts ("09:00").
ride-step-phone-on = Tener el teléfono encendido desde las { $time }: la clínica puede llamar cuando { $patient ->
    [named] { $name }
   *[none] el paciente
} pueda salir.
# $window: the pickup window ("11:00–13:00").
ride-step-come-between = Ir a la clínica dentro de este horario: { $window }.
ride-step-walk = Acompañar { $patient ->
    [named] a { $name }
   *[none] al paciente
} hasta el coche: puede sentir inestabilidad al ponerse de pie.
ride-steps-after = Después
# SAFETY: the clinic's rule that someone stays with the patient. $hours: how long, in words ("24 hours").
ride-step-someone-stays = La clínica pide que alguien se quede con { $patient ->
    [named] { $name }
   *[none] el paciente
} durante { $hours } después de la sesión.
# SAFETY: no driving. $date: a short day and time ("Fri 4 Dec, 13:00").
ride-step-no-driving = { $patient ->
    [named] { $name }
   *[none] El paciente
} no debe conducir hasta el { $date }.

## The message to the driver (e-mail or text), written by the patient to
## the driver: "I" is the patient. Its parts follow one another in one
## paragraph, then the note, the checklist and the thanks, each on its own
## lines.

# $pickup: the pickup sentence above (ride-pickup), without its full stop; $start: the session's start ("09:00").
ride-message-opening = { $driver ->
    [named] ¡Hola, { $driver_name }!
   *[none] ¡Hola!
} { $pickup }. La sesión empieza a las { $start }; la clínica suele dar el alta a los pacientes dentro de ese horario, así que hay que estar disponible para venir en cuanto llamen.
# $address: the clinic's address, as typed.
ride-message-address = Dirección: { $address }.
# $clinic_phone: the clinic's phone number.
ride-message-clinic-phone = Teléfono de la clínica: { $clinic_phone }.
# SAFETY: no driving. $patient "named": the patient writes it ("I"); $day
# "Friday 4 December"; $time "13:00".
ride-message-no-driving = { $patient ->
    [named] Después de la infusión sentiré aturdimiento y no podré conducir: no conduciré hasta el { $day }, { $time }.
   *[none] Después de la infusión, el paciente sentirá aturdimiento y no podrá conducir: no podrá hacerlo hasta el { $day }, { $time }.
}
# $note: the patient's own note to the driver, as typed.
ride-message-note = Nota: { $note }
ride-message-checklist = Lista para usted:
# A part of the checklist, as a heading: $when is "The day before", "On the day (Thu 3 Dec)" or "After".
ride-message-steps-heading = { $when }:
ride-message-thanks = ¡Gracias!

## The ride card (the PDF, and the Ride screen's preview of it).

# The PDF file's title, in its properties.
ride-card-document-title = Tarjeta de regreso a casa
# A small label in capitals above the card's title.
ride-card-kicker = TARJETA DE REGRESO A CASA
ride-card-title = Recoger { $patient ->
    [named] a { $name }
   *[none] al paciente
} en { $clinic ->
    [named] { $clinic_name }
   *[none] la clínica
}
# $time: the session's start ("09:00").
ride-card-start = La sesión empieza a las { $time }. Tenga el teléfono encendido desde esa hora: la clínica puede llamar cuando { $patient ->
    [named] { $name }
   *[none] el paciente
} pueda salir.
# A small label in capitals: who is who.
ride-card-who = QUIÉN
ride-card-patient = { $patient ->
    [named] Paciente: { $name }
   *[none] Paciente: (nombre sin rellenar)
}
# $phone "given": the driver's phone number ($driver_phone) was filled in.
ride-card-driver = { $driver ->
    [named] { $phone ->
        [given] Conductor: { $driver_name }, { $driver_phone }
       *[none] Conductor: { $driver_name }
    }
   *[none] { $phone ->
        [given] Conductor: { $driver_phone }
       *[none] Conductor: (sin rellenar)
    }
}
# $note: the patient's own note to the driver, as typed.
ride-card-note = Nota { $patient ->
    [named] de { $name }
   *[none] del paciente
}: { $note }
# A small label in capitals: where the clinic is.
ride-card-where = DÓNDE
# The clinic's name on a line of its own, or these words when none was given.
ride-card-clinic = { $clinic ->
    [named] { $clinic_name }
   *[none] La clínica
}
ride-card-clinic-phone = { $phone ->
    [given] Teléfono de la clínica: { $clinic_phone }
   *[none] Teléfono de la clínica: (sin rellenar: pregunte en la clínica)
}
# A heading over the clinic's rules for the escort.
ride-card-escort-heading = La clínica pide al conductor
ride-card-drive-again-heading = Volver a conducir
# SAFETY: no driving before this. $date: a short day and time ("Fri 4 Dec, 13:00").
ride-card-not-before = No antes del { $date }
ride-card-checklist-heading = Lista para usted
ride-card-way-home-heading = De camino a casa, { $patient ->
    [named] { $name }
   *[none] el paciente
} puede notar
# $feel: something the patient may feel ("Tired"); $help: what the driver can do. Both from the care texts.
ride-card-way-home-item = { $feel }. { $help }
# SAFETY: the heading over when to call whom; $from_clinic "yes": the list is the clinic's own.
ride-card-call-heading = { $from_clinic ->
    [yes] Cuándo llamar y a quién (lista de la clínica)
   *[no] Cuándo llamar y a quién
}
# SAFETY: over the situations to call the emergency number for. $number: the country's emergency number ("112").
ride-card-call-emergency = { $emergency ->
    [given] Llame al { $number } si:
   *[none] Llame al número de emergencias si:
}
# SAFETY: over the situations to call the clinic for.
ride-card-call-clinic = { $phone ->
    [given] Llame a { $clinic ->
        [named] { $clinic_name }
       *[none] la clínica
    } ({ $clinic_phone }) si:
   *[none] Llame a { $clinic ->
        [named] { $clinic_name }
       *[none] la clínica
    } si:
}
# SAFETY: over the situations to tell the patient's own doctor about.
ride-card-call-primary-care = Avise al médico de cabecera del paciente si:
# SAFETY: the crisis numbers' heading. $whose: the country's name ("Germany").
ride-card-numbers-heading = Números para { $whose }
# SAFETY: the crisis line ($number, its name and number as the country's table
# or the patient gave it) and its hours ($crisis_hours, "24/7, free") when known.
ride-card-crisis-line = { $line ->
    [given] { $hours ->
        [given] Línea de crisis: { $number } ({ $crisis_hours })
       *[none] Línea de crisis: { $number }
    }
   *[none] Línea de crisis: sin configurar en Steady. Pida a la clínica la línea de crisis de la zona.
}
# SAFETY: the emergency number ("112").
ride-card-emergency = { $emergency ->
    [given] Emergencias: { $number }
   *[none] Emergencias: el número de emergencias de la zona
}
# At the foot of every page. $typical "yes": the card uses Steady's typical
# values; "no": the clinic's own, as the patient entered them.
ride-card-footer = { $typical ->
    [yes] Valores típicos de guías públicas para pacientes (datos de cuidados de Steady): las instrucciones de la clínica tienen prioridad. No es consejo médico. Hecho con Steady.
   *[no] Según las instrucciones de la clínica, tal como se introdujeron en Steady; lo que diga la clínica tiene prioridad. No es consejo médico. Hecho con Steady.
}

## The QR codes on the card (and on the Ride screen).

ride-qr-calendar-label = Escanee para añadir la recogida al calendario de un teléfono
ride-qr-calendar-title = Código QR: la recogida como evento de calendario
# Under the code on paper, short.
ride-qr-calendar-caption = Escanear: añadir al calendario
ride-qr-text-label = Escanee para ver la recogida como texto
ride-qr-text-title = Código QR: la recogida como texto
# Under the code on paper, short.
ride-qr-text-caption = Escanear: la recogida como texto
# The text the second code holds, line by line. $pickup: the pickup sentence (ride-pickup).
ride-qr-text-pickup = { $pickup }.
ride-qr-text-clinic = Clínica: { $clinic_phone }
# SAFETY: no driving. $date: a short day and time ("Fri 4 Dec, 13:00").
ride-qr-text-no-driving = El paciente no puede conducir hasta el { $date }.
# The calendar event the first code holds: its description, kept short so the code stays readable.
ride-qr-event-clinic = Clínica { $clinic_phone }

## The calendar file's events: the session, the pickup, and the end of the
## no-driving time (each with an alarm that shows the summary).

ride-event-session-summary = Sesión de infusión en { $clinic ->
    [named] { $clinic_name }
   *[none] la clínica
}
# $timeline: the session day in words (ride-timeline); $typical "yes": Steady's typical timings.
ride-event-session-description = { $typical ->
    [yes] Planificado con Steady. { $timeline } Son tiempos típicos; las instrucciones de su clínica tienen prioridad.
   *[no] Planificado con Steady. { $timeline }
}
# SAFETY: the pickup event's description. $clinic_phone: the clinic's number, when given.
ride-event-pickup-description = { $phone ->
    [given] Teléfono de la clínica: { $clinic_phone }. El paciente no debe conducir de vuelta a casa.
   *[none] El paciente no debe conducir de vuelta a casa.
}
# SAFETY: the event at the end of the no-driving time.
ride-event-drive-again-summary = { $typical ->
    [yes] Termina el tiempo sin conducir (valor típico)
   *[no] Termina el tiempo sin conducir
}

## "Send to the driver": the e-mail, and what Steady tells the patient after.

# The e-mail's subject (the driver reads it). $day: "Thursday 3 December"; $window: "11:00–13:00".
ride-mail-subject = Regreso a casa el { $day }: { $window }
# To the patient, in the window. "Send" is the mail program's button.
ride-mail-opened-attached = Su programa de correo se abrió con el mensaje para { $driver ->
    [named] { $driver_name }
   *[none] su conductor
}, con la tarjeta de regreso y el archivo de calendario adjuntos. Revíselo y pulse Enviar.
# To the patient. $folder: where the files are; $card, $calendar: their file names.
ride-mail-opened = Su programa de correo se abrió con el mensaje para { $driver ->
    [named] { $driver_name }
   *[none] su conductor
}. Adjunte los archivos guardados en { $folder }: { $card } y { $calendar }.

## The check-in summary: a PDF the patient takes to an appointment, about
## themselves ("I"), for a clinician to read.

# The PDF file's title, in its properties.
summary-document-title = Resumen de registros de Steady
summary-title = Cómo he estado: registros y PHQ-9
summary-intro = Autoevaluaciones anotadas en Steady. No es un diagnóstico.
summary-sessions-heading = Sesiones
summary-sessions-none = No hay ninguna anotada.
# Between the dates of a list of sessions ("Thu 3 Dec 2026, Mon 7 Dec 2026"), spaces included.
summary-list-separator = { ", " }
# The PHQ-9's score bands: keep the numbers.
# Not checked against the official PHQ-9 translation (the band names).
summary-phq9-heading = PHQ-9 (0-27; niveles: 0-4 mínima, 5-9 leve, 10-14 moderada, 15-19 moderadamente grave, 20-27 grave)
summary-phq9-none = No hay ningún PHQ-9 anotado.
# One PHQ-9 result. $date: "Thu 3 Dec 2026"; $total: the score (0 to 27);
# $band: its band in words ("mild"); $item_nine "yes": question 9
# (thoughts of self-harm) was answered above 0.
summary-phq9-result = { $item_nine ->
    [yes] { $date }: { $total } ({ $band }); pregunta 9 respondida por encima de 0
   *[no] { $date }: { $total } ({ $band })
}
summary-check-ins-heading = Registros diarios por semana (promedios, 0-10)
summary-check-ins-none = No hay registros anotados.
# One week's averages. $week: the week's Monday ("Mon 30 Nov"); $mood …
# $anxiety: averages 0 to 10 with one decimal; $count: check-ins that week;
# $self_harm "reported": thoughts of self-harm were reported $times times.
summary-week = Semana del { $week }: ánimo { $mood }, energía { $energy }, claridad { $clarity }, ansiedad { $anxiety } ({ $count ->
    [one] { $count } registro
   *[other] { $count } registros
}{ $self_harm ->
    [reported] ; pensamientos de hacerse daño indicados { $times ->
        [one] { $times } vez
       *[other] { $times } veces
    }
   *[none] {""}
})
summary-notes-heading = Notas
# $date: "Thu 3 Dec 2026"; $note: the patient's note, as typed.
summary-note = { $date }: { $note }
# SAFETY: the crisis numbers' heading. $whose: the country's name ("Germany").
summary-numbers-heading = Números para { $whose }
# SAFETY: the crisis line ($number) and its hours ($crisis_hours) when known.
summary-crisis-line = { $line ->
    [given] { $hours ->
        [given] Línea de crisis: { $number } ({ $crisis_hours })
       *[none] Línea de crisis: { $number }
    }
   *[none] Línea de crisis: sin configurar en Steady.
}
# SAFETY: the emergency number.
summary-emergency = { $emergency ->
    [given] Emergencias: { $number }
   *[none] Emergencias: sin configurar en Steady
}
# The questionnaire's source: the authors' names and the year stay as they are.
summary-phq9-source = PHQ-9: Kroenke, Spitzer & Williams 2001 (cuestionario de dominio público).

## The check-ins as a CSV file (for a spreadsheet): the column names, in
## this order, then the words in its cells. Keep them short; a comma or a
## quote in one is fine (Steady quotes it).

summary-csv-kind = tipo
summary-csv-date = fecha_utc
summary-csv-mood = ánimo
summary-csv-energy = energía
summary-csv-clarity = claridad
summary-csv-anxiety = ansiedad
summary-csv-self-harm = pensamientos_de_hacerse_daño
summary-csv-phq9-total = phq9_total
summary-csv-phq9-band = phq9_nivel
summary-csv-note = nota
# The "kind" of a row: a daily check-in.
summary-csv-check-in = registro
# The "kind" of a row: a PHQ-9 questionnaire.
summary-csv-phq9 = phq9
# Whether thoughts of self-harm were reported.
summary-csv-yes = sí
summary-csv-no = no
