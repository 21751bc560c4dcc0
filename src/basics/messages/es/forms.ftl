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
###
### Spanish: "computer" is "equipo" (neither "ordenador" nor
### "computadora"); a clinic's "sheet" is "hoja" (de instrucciones).

## Shared by several forms.

# $path: where a file was saved, "/home/ana/Downloads/steady-ride-card.pdf".
forms-saved-file = Guardado: { $path }
# The two checklists a clinic's note can go on: the day before the session, the day of the session.
forms-checklist-day-before = el día anterior
forms-checklist-session-day = el día de la sesión

## Settings.

settings-title = Configuración
settings-reminders-heading = Recordatorios
settings-notifications-on = Las notificaciones de escritorio están activadas. Steady le avisa aunque su ventana esté cerrada, mientras siga funcionando en la bandeja del sistema.
settings-notifications-off = Las notificaciones de escritorio están desactivadas: ningún servicio de notificaciones respondió. Los recordatorios se muestran en la ventana de Steady.
# Opens the system's own words about why notifications are off.
settings-notifications-details = Detalles
# $next: Steady's sentence about the next reminder, "Next reminder: today, 18:00 · Stop eating".
settings-reminders-next = { $next }.
settings-notifications-test-button = Enviar una notificación de prueba
settings-notifications-test-sent = Enviada. Si no apareció ninguna notificación, revise la configuración de notificaciones de su sistema.
settings-reminders-resume = Reanudar los recordatorios
# $duration: "1 hour", in words (the message "hours").
settings-reminders-pause = Pausar los recordatorios durante { $duration }
# Followed by a list of choices: settings-stale-choice.
settings-stale-label = Cuando un recordatorio llega con mucho retraso
# A choice under "When a reminder is very late". $duration: "6 hours", in
# words (the message "hours"): 3, 6, 12 or 24 hours.
settings-stale-choice = marcarlo como perdido después de { $duration }, en lugar de mostrarlo
settings-stale-hint = Por ejemplo, cuando el equipo estuvo en suspensión o Steady estuvo cerrado.
settings-clinic-heading = Las instrucciones de su clínica
settings-clinic-intro = Horas de ayuno, medicamentos, cuándo llegar, qué llevar, el acompañante, qué no hacer después: introduzca la hoja de su clínica o abra un archivo de su clínica.
settings-clinic-button = Las instrucciones de su clínica
settings-day-heading = Su día
# A small tag beside a setting the patient has not set: Steady chose the value.
settings-steadys-choice = elegido por Steady
settings-day-intro = Ningún recordatorio aparece entre la hora en que se acuesta y la hora en que se despierta: si uno cae durante la noche, llega a la hora de acostarse, con su hora. Estas horas las elige Steady hasta que usted ponga las suyas.
settings-day-wake = Me despierto a las
settings-day-morning = Recordatorios de la mañana
settings-day-evening = Recordatorios de la noche
settings-day-check-in = Registro de la noche
settings-day-bedtime = Me acuesto a las
settings-day-save = Guardar mi día
settings-day-saved = Guardado. Su plan lo sigue.
# SAFETY: where the crisis numbers set just above are shown.
settings-crisis-where = Se muestran cuando usted indica que algo va realmente mal, en la pantalla Recuperación, en la tarjeta de regreso y en el resumen de registros.
settings-after-heading = Después de una sesión
settings-groggy = Mostrar la pantalla sencilla, con letra grande, durante las primeras horas después de una sesión
# $checkin is "set" (then $time is the evening check-in time, "20:00") or
# "none" (no time known yet).
settings-check-in-reminders = { $checkin ->
    [none] Recordarme a la hora del registro que lo haga, y el PHQ-9, durante 4 semanas después de cada sesión
   *[set] Recordarme a las { $time } que haga el registro, y el PHQ-9, durante 4 semanas después de cada sesión
}
# Finished by one of the choices settings-phq-every-*: "Ask for the PHQ-9 every" + "week".
settings-phq-every = Pedir el PHQ-9 cada
settings-phq-every-14 = 2 semanas (el cuestionario pregunta por las últimas 2 semanas)
settings-phq-every-7 = semana
settings-phq-every-28 = 4 semanas
# SAFETY: how long the crisis numbers stay on screen after a check-in
# answered "yes" to thoughts of self-harm. Finished by one of the choices
# settings-crisis-hours-*: "... keep who to call in view for" + "a day".
settings-crisis-hours = Después de un “sí” a pensamientos de hacerse daño, mantener a la vista a quién llamar durante
settings-crisis-hours-24 = un día
settings-crisis-hours-48 = dos días
settings-crisis-hours-72 = tres días
settings-crisis-hours-168 = una semana
settings-start-heading = Inicio
settings-start-at-login = Abrir Steady al encender el equipo, para que los recordatorios lleguen sin tener que abrirlo
settings-move-heading = Pasar a otro equipo
settings-move-intro = Guarde todos sus datos en un archivo y luego impórtelo en Steady en el equipo nuevo. Al importar se sustituyen los datos que haya allí; Steady hace antes una copia de seguridad.
settings-move-export = Guardar todos mis datos (.json)
settings-move-import = Importar datos de un archivo…
# $path: the backup of the data that was replaced.
settings-move-imported = Importado. Los datos que había aquí están guardados en { $path }
settings-about-heading = Acerca de
# $version: "0.4.1"; $folder: the data folder's path, shown as code.
settings-about-version = Steady { $version }. Sus datos se quedan en este equipo, en { $folder }.
settings-about-open-folder = Abrir la carpeta de datos
settings-about-disclaimer = Steady muestra valores típicos de guías públicas para pacientes. Las instrucciones de su clínica siempre tienen prioridad. Steady no es consejo médico.

## Your clinic's instructions: the clinic's sheet, section by section.

clinic-form-eyebrow = Las instrucciones de su clínica
clinic-form-title = Convierta la hoja de su clínica en su plan
# $tag: the small "typical" tag (clinic-form-typical), shown as a tag.
clinic-form-lead = Cada campo empieza con un valor típico, marcado { $tag }. Cambie lo que diga su clínica; la lista junto al formulario muestra el resultado. No se guarda nada hasta que elija “Guardar”.
# A small tag beside a value still at Steady's typical value, not the clinic's.
clinic-form-typical = típico
clinic-form-open-file = Abrir un archivo de su clínica…
clinic-form-save-file = Guardar estas instrucciones como archivo
clinic-form-reset = Volver a empezar con los valores típicos
clinic-form-file-problems = Ese archivo no se puede usar; no se cambió nada.
# $line: a line number in the file; $problem: what is wrong there, in Steady's words.
clinic-form-file-problem-line = Línea { $line }: { $problem }
# $name: the file's name; $size: its size in kilobytes.
clinic-form-file-too-big = { $name } ocupa { $size } KB; un archivo de protocolo ocupa como máximo 64 KB.
clinic-form-file-filled = Las instrucciones del archivo están en el formulario de abajo. Revíselas y luego guarde.
# $count: how many rules and notes from the pasted sheet were put in the form.
clinic-form-sheet-used = { $count ->
    [one] { $count } regla de su hoja está en el formulario de abajo. Revísela en la vista previa y luego guarde.
   *[other] { $count } reglas de su hoja están en el formulario de abajo. Revíselas en la vista previa y luego guarde.
}
# $count: how many of the patient's planned sessions got these instructions.
clinic-form-saved = { $count ->
    [one] Guardado para { $count } sesión y para las sesiones que planifique a partir de ahora.
   *[other] Guardado para { $count } sesiones y para las sesiones que planifique a partir de ahora.
}
clinic-form-undone = Deshecho. Sus sesiones vuelven a tener las instrucciones de antes.
clinic-form-number-empty = Hay un campo numérico vacío. Rellene todos los números, o desmarque lo que no corresponda.
clinic-form-clinic-legend = La clínica
clinic-form-clinic-name = Nombre
clinic-form-clinic-phone = Teléfono
clinic-form-clinic-address = Dirección
clinic-form-timeline-legend = Horario
clinic-form-arrive = Llegar con estos minutos de antelación
clinic-form-travel-check = Recordarme cuándo salir de casa
clinic-form-travel = Mi tiempo de viaje, en minutos
clinic-form-intake = Preparación, en minutos
clinic-form-infusion = Infusión, en minutos
# "min": minutes. How long the clinic watches the patient after the infusion, at least...
clinic-form-observation-min = Observación después, mínima (min)
# ...and at most.
clinic-form-observation-max = …y máxima (min)
clinic-form-observation-alone-check = La clínica deja más tiempo en observación a quien viene sin acompañante
clinic-form-observation-alone = Observación sin acompañante, en minutos
clinic-form-food-legend = Comida y bebida
# The two fasting rules, each followed by the choices clinic-form-cutoff-*.
clinic-form-solid-title = Nada de comida sólida
clinic-form-liquids-title = Líquidos claros permitidos hasta
clinic-form-cutoff-hours = Unas horas antes de la sesión
clinic-form-cutoff-minutes = Unos minutos antes de la sesión
clinic-form-cutoff-clock = A una hora concreta
clinic-form-cutoff-none = Mi clínica no pone esta regla
clinic-form-hours-before = Horas antes
clinic-form-minutes-before = Minutos antes
clinic-form-time = Hora
# Followed by a choice: a day (clinic-form-food-day-*) or a checklist (forms-checklist-*).
clinic-form-on = Cuándo
clinic-form-food-day-of = el día de la sesión
clinic-form-food-day-before = el día anterior
# A button that fills in the common rule "nothing to eat after midnight"; keep the quotation marks.
clinic-form-after-midnight = “Nada después de medianoche”
# Put into the field "The clinic's own words about food" by the button above.
clinic-form-after-midnight-words = nada de comer después de medianoche
clinic-form-food-words = Lo que dice la clínica sobre la comida, con sus palabras
# A small grey word beside a field that may stay empty.
clinic-form-optional = opcional
clinic-form-clear-liquids = Qué cuenta como líquido claro, según la clínica
# An example inside an empty field.
clinic-form-clear-liquids-example = agua, café sin leche, zumo o jugo claro sin pulpa…
clinic-form-fast-broken = Si no se cumple el ayuno
# An example inside an empty field: what a clinic does if the patient ate.
clinic-form-fast-broken-example = la sesión se cancela
clinic-form-medicines-legend = Medicamentos
clinic-form-medicines-intro = Solo el médico que le receta decide qué medicamentos suspender. Escriba los que nombra la hoja de su clínica.
clinic-form-keep-usual = Siga tomando sus medicamentos habituales salvo que le indiquen otra cosa
clinic-form-medicine = Medicamento o tipo de medicamento
# An example inside an empty field; Adderall is a brand name.
clinic-form-medicine-example = estimulantes (Adderall)
# Followed by the choices clinic-form-before-*: what the patient does with this medicine before a session.
clinic-form-medicine-before = Antes de la sesión
clinic-form-before-skip-morning-of = No tomarlo la mañana de la sesión
clinic-form-before-night-before = Última dosis la noche anterior
clinic-form-before-hours-before = Última dosis unas horas antes
clinic-form-before-fewer-on-the-day = Menos dosis ese día
clinic-form-before-take-on-the-day = Tomarlo ese día como siempre
clinic-form-before-ask-prescriber = Hablar antes con el médico que le receta
clinic-form-before-none = Nada antes; solo cuándo volver a tomarlo
clinic-form-medicine-last-dose-hours = Última dosis, horas antes
clinic-form-medicine-ask-days = Recordármelo con estos días de antelación
clinic-form-medicine-restart-check = Volver a tomarlo después de la sesión
clinic-form-medicine-restart-hours = Horas después
clinic-form-note = Nota
clinic-form-medicine-remove = Quitar este medicamento
clinic-form-medicine-add = Añadir un medicamento
clinic-form-bring-legend = Qué llevar y qué ponerse
clinic-form-bring-intro = Se convierte en la tarea “Prepare su bolsa” la noche anterior, con cada cosa para marcar.
# For screen readers: the field of the $number-th thing to bring (1, 2, 3...).
clinic-form-bring-thing = Cosa que llevar { $number }
clinic-form-remove = Quitar
# For screen readers, on the Remove button beside a thing to bring. $thing is
# "named" (then $name is what the patient typed, "reading glasses") or "none"
# (the field is still empty).
clinic-form-bring-remove = { $thing ->
    [none] Quitar esta cosa
   *[named] Quitar { $name }
}
clinic-form-bring-add = Añadir una cosa que llevar
clinic-form-escort-legend = El acompañante
clinic-form-escort-required = Un adulto tiene que llevarme a casa
clinic-form-escort-age-check = La clínica pone una edad mínima
clinic-form-escort-age = Edad mínima
# Finished by one of the choices clinic-form-presence-*.
clinic-form-escort-presence = Durante la sesión, el acompañante…
clinic-form-presence-unspecified = la clínica no lo dice
clinic-form-presence-stays = se queda en la clínica
clinic-form-presence-door = entra a recogerme en la puerta
clinic-form-presence-leave-return = puede irse y volver
# Finished by one of the choices clinic-form-rideshare-*.
clinic-form-rideshare = Volver a casa en taxi o en transporte por aplicación…
clinic-form-rideshare-unspecified = la clínica no lo menciona
clinic-form-rideshare-not-allowed = no está permitido
clinic-form-rideshare-with-escort = solo si el acompañante va también
clinic-form-rideshare-allowed = está permitido
clinic-form-after-legend = Después de la sesión
# SAFETY: the no-driving rule; finished by one of the choices clinic-form-no-driving-*.
clinic-form-no-driving = Nada de conducir ni usar maquinaria
# SAFETY
clinic-form-no-driving-hours = durante unas horas
# SAFETY
clinic-form-no-driving-rest-of-day = durante el resto del día
# SAFETY
clinic-form-no-driving-next-morning = hasta la mañana siguiente, después de dormir
clinic-form-hours = Horas
# SAFETY: "0: no rule" means typing 0 sets no such rule.
clinic-form-no-alcohol = Nada de alcohol ni cannabis, horas (0: sin regla)
# SAFETY: "0: no rule" means typing 0 sets no such rule.
clinic-form-no-sedatives = Nada de sedantes ni opioides, horas (0: sin regla)
# Finished by one of the choices clinic-form-no-decisions-*.
clinic-form-no-decisions = Nada de decisiones legales o importantes
clinic-form-no-decisions-wear-off = hasta que pasen los efectos
clinic-form-no-decisions-hours = durante unas horas
clinic-form-no-decisions-next-morning = hasta la mañana siguiente
clinic-form-someone-stays-check = Alguien se queda conmigo después
clinic-form-someone-stays-hours = Durante estas horas
clinic-form-dependents = Otra persona cuida de los niños o de quien dependa de mí hasta la mañana siguiente
# SAFETY: the red flags: what to do when something goes wrong after a session.
clinic-form-red-flags-legend = Cuándo llamar y a quién
# SAFETY
clinic-form-red-flags-typical = Steady muestra esta lista típica en la pantalla Recuperación y en la tarjeta de regreso (de la hoja de alta publicada por una clínica). Si su clínica le da la suya, use esa.
# SAFETY: one line of the typical list. $situation: what happens ("Chest
# pain or trouble breathing"); $action: what to do (clinic-form-typical-flag-call), in bold.
clinic-form-typical-flag = { $situation }: { $action }
# SAFETY: $call is "emergency", "clinic" or "primary_care".
clinic-form-typical-flag-call = { $call ->
    [emergency] llame al número de emergencias
    [clinic] llame a la clínica
   *[primary_care] avise a su médico de cabecera
}
clinic-form-red-flags-own = Usar la lista propia de mi clínica
# SAFETY: a red flag the patient types: "If…" (what happens) "…then" (one of the choices clinic-form-flag-call-*).
clinic-form-flag-if = Si…
# SAFETY
clinic-form-flag-then = …entonces
# SAFETY
clinic-form-flag-call-emergency = llamar al número de emergencias
# SAFETY
clinic-form-flag-call-clinic = llamar a la clínica
# SAFETY
clinic-form-flag-call-primary-care = avisar a mi médico de cabecera
clinic-form-flag-add = Añadir otra
clinic-form-visits-legend = Antes de cada visita
clinic-form-task = Tarea
# An example inside an empty field.
clinic-form-task-example = Rellenar el cuestionario sobre el ánimo
# Followed by the choices clinic-form-task-when-*.
clinic-form-when = Cuándo
clinic-form-task-when-hours = unas horas antes
clinic-form-task-when-minutes = unos minutos antes
clinic-form-task-when-clock = a una hora concreta, días antes
clinic-form-days-before = Días antes
clinic-form-task-remove = Quitar esta tarea
clinic-form-task-add = Añadir una tarea
clinic-form-notes-legend = Notas de la clínica
clinic-form-notes-intro = Todo lo demás que dice la hoja, con sus propias palabras, en una lista.
clinic-form-note-add = Añadir una nota
clinic-form-save-heading = Guardar
clinic-form-save-for = Usar estas instrucciones para
# A checkbox: one of the patient's planned sessions. $when: its date and time, "Tomorrow, 09:00".
clinic-form-save-session = Sesión: { $when }
clinic-form-save-and-future = …y todas las sesiones que planifique a partir de ahora.
clinic-form-save-future = Se aplican a todas las sesiones que planifique a partir de ahora.
# Above a list of problems with the instructions, in Steady's words.
clinic-form-problems = Corrija esto primero:
clinic-form-save-button = Guardar para estas sesiones
clinic-form-undo = Deshacer
clinic-form-preview-heading = Su lista con estas instrucciones
# $when: the session's date and time; $zone: a time zone's name, "Europe/Berlin".
clinic-form-preview-for = Para la sesión: { $when }. Horas en la zona horaria { $zone }.
# The two checklists of the preview.
clinic-form-preview-day-before = Antes de la sesión
clinic-form-preview-session-day = El día de la sesión y después
# Under a checklist item due in the night: its reminder comes at bedtime. $time: "22:30".
clinic-form-preview-reminder = Recordatorio a las { $time }, no durante la noche
clinic-form-changes-heading = Qué cambia
# One change to the plan. $title: a checklist item's title, in bold. $change
# is "new" (the item is new), "gone" (it goes away) or "moved" (its time
# moves from $before to $after, both a date and time). The arrow points from
# the old time to the new one: in a right-to-left language, turn it round.
clinic-form-change = { $title }: { $change ->
    [new] nueva
    [gone] se quita
   *[moved] { $before } → { $after }
}
clinic-form-preview-empty = Planifique una sesión para ver aquí su lista.

## Paste your clinic's sheet: Steady reads it and proposes rules.

sheet-reader-heading = Pegue la hoja de su clínica
sheet-reader-intro = Copie las instrucciones del correo electrónico, la página web o el PDF de su clínica y péguelas aquí, o suelte un archivo .txt o .pdf en esta ventana. Steady las lee en este equipo y propone las reglas de abajo, cada una junto a la frase de la que sale. No cambia nada hasta que usted elija.
# For screen readers: the box the sheet is pasted into.
sheet-reader-text-label = La hoja de su clínica
# An example inside the empty box.
sheet-reader-text-example = Nada de comer durante las 6 horas anteriores a su cita…
sheet-reader-read = Leer
sheet-reader-open-file = Abrir un archivo de texto…
sheet-reader-pdf-drop = Suelte el PDF en esta ventana para leerlo, o copie su texto y péguelo aquí.
# $rules: how many rules Steady read from the sheet; $questions: how many
# questions it has for the patient (0: it has none, and says nothing about them).
sheet-reader-found = { $questions ->
    [0] Steady encontró { $rules ->
        [one] { $rules } regla
       *[other] { $rules } reglas
    }. Compruebe cada una con su hoja.
    [one] Steady encontró { $rules ->
        [one] { $rules } regla
       *[other] { $rules } reglas
    } y tiene { $questions } pregunta. Compruebe cada una con su hoja.
   *[other] Steady encontró { $rules ->
        [one] { $rules } regla
       *[other] { $rules } reglas
    } y tiene { $questions } preguntas. Compruebe cada una con su hoja.
}
sheet-reader-proposals-heading = Lo que leyó Steady
sheet-reader-questions-heading = Steady necesita que usted decida
# For screen readers: the choices under one of Steady's questions.
sheet-reader-answer = Su respuesta
sheet-reader-keep-as-note = Guardar la frase como nota
sheet-reader-leave-out = Dejarla fuera
# $count: how many sentences of the sheet Steady could not use.
sheet-reader-unused = Frases que Steady no usó ({ $count })
# "From your clinic" is the label such notes carry on the checklist.
sheet-reader-keep-unused = Guardarla como nota “De su clínica”
# For screen readers: the choice of checklist (forms-checklist-*) for a kept sentence.
sheet-reader-which-checklist = En qué lista
# $count: how many rules, answers and notes go into the form.
sheet-reader-use = { $count ->
    [one] Poner { $count } en el formulario
   *[other] Poner { $count } en el formulario
}
sheet-reader-cancel = Cancelar

## Ride home: the ride card on screen, sending it to the driver, and the ride's details.
## Most sentences name the patient, the clinic or the driver when their
## names are filled in: a selector ($patient, $clinic, $driver) is "named"
## (the name is in $patient_name, $clinic_name, $driver_name) or "none".

ride-screen-eyebrow = Regreso a casa
ride-screen-pickup = Recoger { $patient ->
    [none] al paciente
   *[named] a { $patient_name }
} en { $clinic ->
    [none] la clínica
   *[named] { $clinic_name }
}
# $start: the session's start time in words, "09:00".
ride-screen-start = La sesión empieza a las { $start }. Tenga el teléfono encendido desde esa hora: la clínica puede llamar cuando { $patient ->
    [none] el paciente pueda salir.
   *[named] { $patient_name } pueda salir.
}
# The patient's choice of the language the driver gets the ride card, the message and the calendar file in.
ride-screen-driver-language = Idioma del conductor
ride-screen-driver-language-hint = La tarjeta de regreso, el mensaje y el archivo de calendario del conductor se escriben en este idioma.
ride-screen-who-heading = Quién y dónde
ride-screen-patient = Paciente:
ride-screen-patient-missing = (su nombre está sin rellenar)
ride-screen-driver = Conductor:
# Beside "Driver:". $phone (when $driver_phone is "set"): the driver's phone number.
ride-screen-driver-value = { $driver ->
    [none] { $driver_phone ->
        [none] (sin rellenar)
       *[set] (sin rellenar), { $phone }
    }
   *[named] { $driver_phone ->
        [none] { $driver_name }
       *[set] { $driver_name }, { $phone }
    }
}
ride-screen-note = Nota:
ride-screen-clinic-missing = Clínica (sin rellenar)
# $clinic_phone is "set" (the number is $phone) or "none".
ride-screen-clinic-phone = { $clinic_phone ->
    [none] Teléfono de la clínica: sin rellenar
   *[set] Teléfono de la clínica: { $phone }
}
ride-screen-confirmed = { $driver ->
    [none] Mi conductor ha confirmado el viaje
   *[named] { $driver_name } ha confirmado el viaje
}
ride-screen-confirm-hint = Hasta que marque esta casilla, Steady le recordará el día anterior que confirme quién le lleva.
ride-screen-escort-rules = La clínica pide al conductor
# SAFETY
ride-screen-driving-again = Volver a conducir
# SAFETY: $time: when the patient may drive again, "Tue 09:00".
ride-screen-drive-again = No antes del { $time }
ride-screen-driver-checklist = La lista del conductor
ride-screen-way-home = De camino a casa, { $patient ->
    [none] el paciente
   *[named] { $patient_name }
} puede notar
# SAFETY: $source is "clinic" when the clinic gave its own list, else "typical".
ride-screen-call-whom = { $source ->
    [clinic] Cuándo llamar y a quién (lista de la clínica)
   *[typical] Cuándo llamar y a quién
}
# SAFETY: above the red flags that need the emergency number. $number: the
# emergency number ("112") when $emergency is "set".
ride-screen-call-emergency = { $emergency ->
    [none] Llame al número de emergencias si:
   *[set] Llame al { $number } si:
}
# SAFETY: above the red flags that need the clinic. $clinic_phone is "set"
# (the number is $phone) or "none".
ride-screen-call-clinic = { $clinic ->
    [none] { $clinic_phone ->
        [none] Llame a la clínica si:
       *[set] Llame a la clínica ({ $phone }) si:
    }
   *[named] { $clinic_phone ->
        [none] Llame a { $clinic_name } si:
       *[set] Llame a { $clinic_name } ({ $phone }) si:
    }
}
# SAFETY
ride-screen-call-primary-care = Avise al médico de cabecera del paciente si:
# SAFETY: the crisis numbers' country. $country is "named" (its name is $country_name) or "none".
ride-screen-numbers-for = { $country ->
    [none] Números para su país
   *[named] Números para { $country_name }
}
# SAFETY: $line is "set" (the crisis line, name and number, is $number) or
# "none"; $hours is "set" (when it answers, "24/7", is $open) or "none".
ride-screen-crisis-line = { $line ->
    [none] { $hours ->
        [none] Línea de crisis: sin configurar (Configuración)
       *[set] Línea de crisis: sin configurar (Configuración) ({ $open })
    }
   *[set] { $hours ->
        [none] Línea de crisis: { $number }
       *[set] Línea de crisis: { $number } ({ $open })
    }
}
# SAFETY: $emergency is "set" (the number is $number) or "none".
ride-screen-emergency = { $emergency ->
    [none] Emergencias: sin configurar (Configuración)
   *[set] Emergencias: { $number }
}
ride-screen-send-heading = { $driver ->
    [none] Enviarlo a su conductor
   *[named] Enviarlo a { $driver_name }
}
ride-screen-send-button = { $driver ->
    [none] Enviar al conductor…
   *[named] Enviar a { $driver_name }…
}
ride-screen-copy = Copiar el mensaje
ride-screen-copied = Copiado. Péguelo en un mensaje de texto o en un correo electrónico.
# $email is "set" (the driver's e-mail address is $address) or "none".
ride-screen-send-hint = { $email ->
    [none] Abre su programa de correo con este mensaje, y con la tarjeta de regreso y el archivo de calendario adjuntos.
   *[set] Abre su programa de correo con este mensaje para { $address }, y con la tarjeta de regreso y el archivo de calendario adjuntos.
}
# For screen readers: the box with the message to the driver.
ride-screen-message-label = Texto del mensaje
ride-screen-files-heading = Calendario y tarjeta de regreso
ride-screen-files-intro = Se guardan en su carpeta Descargas. Un archivo de calendario conserva sus alarmas aunque Steady no esté abierto.
ride-screen-save-ics = Guardar en el calendario (.ics)
ride-screen-save-course-ics = Todo el tratamiento (.ics)
# A calendar file with every session the driver picks the patient up from.
ride-screen-save-driver-ics = Todas las recogidas de { $driver_name } (.ics)
# Paper size, followed by the choices A4 and Letter.
ride-screen-paper = Papel
ride-screen-paper-a4 = A4
ride-screen-paper-letter = Carta
ride-screen-save-pdf = Guardar la tarjeta de regreso (PDF)
ride-screen-print = Imprimir…
# $path: the ride card PDF just written, opened in the system's PDF viewer.
ride-screen-printed = Se abrió { $path } en su visor de PDF: imprímalo desde allí.
ride-screen-details-heading = Datos
ride-screen-patient-name = Su nombre, tal como le conoce el conductor
ride-screen-driver-name = Nombre del conductor
ride-screen-driver-phone = Teléfono del conductor
ride-screen-driver-email = Correo electrónico del conductor
ride-screen-driver-relation = Quién es
# An example inside an empty field.
ride-screen-driver-relation-example = pareja, amigo, hija…
# Followed by the choices ride-screen-contact-*: how the driver gets the ride's details.
ride-screen-driver-contact = Cómo recibe los datos
ride-screen-contact-text = por mensaje de texto
ride-screen-contact-email = por correo electrónico
ride-screen-contact-phone = por teléfono
ride-screen-contact-in-person = en persona
ride-screen-clinic-name = Clínica
ride-screen-clinic-phone-label = Teléfono de la clínica
ride-screen-clinic-address = Dirección de la clínica
ride-screen-driver-note = Una nota para el conductor (en la tarjeta y en el mensaje)
# An example inside an empty field: a note from the patient to the driver.
ride-screen-driver-note-example = Le espero en la puerta lateral
ride-screen-save-details = Guardar los datos
ride-screen-saved = Guardado.
