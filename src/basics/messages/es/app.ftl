### Steady's words in Spanish (es): the language's name, dates and times.
###
### This folder is one language: every .ftl file here, read by the Rust
### core and by the window alike. Other languages have the same files with
### the same message ids; a message missing there is shown in English.
###
### Conventions for every file:
### - Plain words, short sentences: people read these groggy, or in a car
###   park. Say what to do, then why.
### - A comment "SAFETY" above a message marks words about safety (the
###   crisis panel, red flags, when to call whom, no driving). A translation
###   keeps every number and every { $variable } of the English, no more,
###   no fewer; a test checks it.
### - Times and dates arrive as ready-made arguments ({ $time }, { $date }):
###   never write a clock time or a date into a message.
### - Care words follow the glossary below; one word per concept.
###
### Spanish conventions (for whoever edits these files next):
### - Neutral Spanish, read in Spain and in Latin America alike: "conducir"
###   (not "manejar"), "teléfono", "correo electrónico", "Configuración".
### - "usted" everywhere, for the patient and for the driver: "Deje de
###   comer", "Llame a la clínica". Never "tú".
### - Nobody's gender is known. Say what a person feels with nouns
###   ("Aturdimiento", "Cansancio", "tener la mente despejada"), not with
###   adjectives that must agree ("aturdido/aturdida"). On the ride card
###   "el paciente" and "el conductor" are the generic words.
### - Quotation marks “…”. Dates: "jueves, 3 de diciembre", "jue 3 dic",
###   "jue 3 dic 2026"; weekday and month names in lower case.
###
### Glossary (each line "term: English = this language"; a test checks
### that every message using the English term uses this language's term):
### term: escort = acompañante
### term: infusion = infusión | infusiones
### term: session = sesión | sesiones
### term: clinic = clínica
### term: prescriber = médico que le receta
### term: clear liquids = líquidos claros
### term: no-driving time = tiempo sin conducir
### term: check-in = registro
### term: crisis line = línea de crisis
###
### Other care words, one per concept (English = Spanish):
###   fasting, the fast = ayuno; solid food = comida sólida;
###   clear drinks = bebidas claras (the item's title); pickup = recogida
###   (verb: recoger); pickup window = horario de recogida;
###   driver = conductor; ride home = regreso a casa; ride card = tarjeta
###   de regreso; crisis panel = panel de crisis; emergency number = número
###   de emergencias; side effect = efecto secundario; effect = efecto;
###   red flag = señal de alarma; dose = dosis; medicine = medicamento;
###   hold / pause a medicine = suspender / pausar; restart = volver a tomar;
###   intake = preparación; recovery = recuperación; observation =
###   observación; booster = sesión de refuerzo; course (of treatment) =
###   tratamiento; series = serie; groggy = aturdimiento (a noun);
###   dizziness = mareo; unsteady = inestabilidad; nausea = náuseas;
###   primary care provider = médico de cabecera; reminder = recordatorio;
###   snooze = posponer; checklist = lista; item = tarea; done = hecho;
###   tick = marcar; passphrase = contraseña; app lock = bloqueo;
###   data folder = carpeta de datos; tray = bandeja del sistema;
###   a clinic's sheet = hoja (de instrucciones); rule = regla;
###   keep the sentence as a note = guardar la frase como nota.

## The language as it names itself, in the language chooser.

language-name = Español

## Dates and times. The window, notifications, PDFs and calendar files all
## write dates with these, so they agree to the character.
## $day: 1 (Monday) to 7 (Sunday); $month: 1 (January) to 12 (December).

weekday = { $day ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}
weekday-short = { $day ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}
month = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
month-short = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}

# A date in words: "Thursday 3 December" or, where the system writes the
# month first, "Thursday, December 3". $order is "month_day" or "day_month".
# Spanish has one order: "jueves, 3 de diciembre".
date-long = { $order ->
    [month_day] { $weekday }, { $day } de { $month }
   *[day_month] { $weekday }, { $day } de { $month }
}
# "Thu 3 Dec" or "Thu, Dec 3". Spanish: "jue 3 dic".
date-short = { $order ->
    [month_day] { $weekday } { $day } { $month }
   *[day_month] { $weekday } { $day } { $month }
}
# "Thu 3 Dec 2026" or "Thu, Dec 3, 2026". Spanish: "jue 3 dic 2026".
date-short-year = { $order ->
    [month_day] { $weekday } { $day } { $month } { $year }
   *[day_month] { $weekday } { $day } { $month } { $year }
}
# A date and a time: "Thu 3 Dec, 18:00".
date-time = { $date }, { $time }
# A 12-hour clock: "6:00 PM". $hour is 1 to 12; $minute two digits.
# Spanish: "6:00 p. m." (no-break spaces inside).
clock-12h = { $period ->
    [am] { $hour }:{ $minute } a. m.
   *[pm] { $hour }:{ $minute } p. m.
}

## Times in the user's words, in lists and on Today.

when-today = Hoy, { $time }
when-tomorrow = Mañana, { $time }
when-yesterday = Ayer, { $time }
when-date = { $date }, { $time }
relative-now = ahora
relative-in = en { $span }
relative-ago = hace { $span }
# A length of time, short: "45 min", "3 h", "3 h 10 min".
span-minutes = { $minutes } min
span-hours = { $hours } h
span-hours-minutes = { $hours } h { $minutes } min
# A length of time in words: "1 hour", "6 hours".
hours = { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}

## The language chooser (Settings, and the first start).

language-label = Idioma
# $language: the system's language, named in itself ("Deutsch").
language-follow-system = Como el sistema: { $language }
