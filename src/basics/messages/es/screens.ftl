### The window's screens: the top bar, the first start, Today, the session
### plan and its checklist rows, the course, check-ins and their chart,
### recovery after a session, the crisis panel and crisis numbers, the simple
### view for after a session, reminders shown in the window, and the app lock.
###
### Buttons and labels are short: people read them groggy. Words like
### "Today", "Session plan" or "Ride home" name screens and buttons; where
### one message quotes another (a button's words in a sentence), the comment
### says which, so both can be translated alike.
###
### Some arguments are "set apart" by the screen: shown bold, or, for a
### phone number, kept left to right. Keep such an argument in the sentence,
### exactly once.
###
### Spanish screen names: Hoy, Plan de la sesión, Recuperación, Cómo me
### siento, Tratamiento, Regreso a casa, Configuración. The button
### "I'm home" is “Ya estoy en casa”.

## Said on several screens.

screens-loading = Cargando…
# A button that marks a checklist item as done.
screens-done = Hecho
screens-cancel = Cancelar
screens-save = Guardar
# Beside a field the patient may leave empty.
screens-optional = opcional
# A tag beside a value Steady took from public patient guides, not from the
# patient's clinic.
screens-typical = típico — su clínica puede indicar otra cosa
# $source: where a care sentence comes from in Steady's care facts, e.g.
# "The session day · 002"; it stays as it is.
screens-source = Fuente: datos de cuidados · { $source }
# From one time or length to another: "12:30–13:30", "1 h–2 h".
screens-range = { $from }–{ $to }
# A button that puts a reminder off. $span: "10 min" (span-minutes) or
# "1 hour" (hours).
screens-snooze = Posponer { $span }
# The big button on Today and on the simple view after a session: the
# patient is home, and the no-driving time counts from now.
screens-im-home = Ya estoy en casa — la sesión ha terminado
# SAFETY: the rule for after a session. $when: "Today, 18:00" or
# "Tomorrow, 07:00" (when-today, when-tomorrow...).
screens-no-driving-until = Nada de conducir hasta: { $when }

## The top bar and the window's frame (App.svelte).

# The accessible name of the row of screen buttons.
app-nav-label = Pantallas
app-nav-today = Hoy
app-nav-session = Plan de la sesión
app-nav-recovery = Recuperación
# Opens the check-in screen (how the patient feels these days).
app-nav-check-in = Cómo me siento
app-nav-course = Tratamiento
app-nav-ride = Regreso a casa
app-nav-settings = Configuración
# Locks the app now (the app lock is on).
app-lock-now = Bloquear
app-lock-now-hint = Cerrar sus datos hasta que se vuelva a escribir la contraseña
# Dismisses a notice that the data file was damaged and recovered.
app-recovery-notice-dismiss = Entendido
app-load-error-title = Steady no puede mostrar su plan ahora mismo.
app-data-unreadable = Steady no pudo leer sus datos.
# $path: the folder where Steady keeps its data.
app-data-folder = Carpeta de datos: { $path }
# Right after the first session is planned: crisis numbers are set up now.
app-crisis-eyebrow = Antes de su sesión
# The crisis numbers still need the patient: they may finish later.
app-crisis-later = Más tarde, en Configuración
app-crisis-continue = Continuar
# Right after the first session is planned: the optional next step.
app-instructions-eyebrow = Opcional
app-instructions-title = ¿Tiene su clínica sus propias instrucciones?
# "Session plan" and "Settings" are the screens' names (app-nav-session,
# app-nav-settings).
app-instructions-text = Cada clínica es distinta: cuándo dejar de comer, qué medicamentos no tomar, cuándo llegar, qué llevar, quién puede llevarle a casa. Introduzca ahora la hoja de su clínica y su plan la seguirá; o quédese con los valores típicos y hágalo más tarde desde Plan de la sesión o Configuración.
app-instructions-enter = Introducir las instrucciones de mi clínica
app-instructions-not-now = Ahora no

## The first start: the first session (Welcome.svelte). The language
## chooser sits above it (language-label in app.ftl).

welcome-title = Preparemos el día de su sesión
welcome-lead = Diga a Steady cuándo es su próxima infusión. Steady prepara dos listas cortas, una para el día anterior y otra para el mismo día, y le muestra qué hacer y cuándo.
welcome-when-legend = ¿Cuándo es su próxima sesión?
welcome-date = Fecha
welcome-start-time = Hora de inicio
# $zone: the computer's time zone, as the system names it: "Europe/Berlin".
welcome-time-zone = Las horas están en la zona horaria { $zone }.
welcome-clinic = ¿En qué clínica?
welcome-driver = ¿Quién le lleva a casa?
# Beside the question who drives the patient home.
welcome-driver-hint = opcional — Steady se lo recuerda el día anterior
welcome-missing-date-time = Escriba la fecha y la hora de su sesión.
welcome-submit = Crear mi plan

## Today (Today.svelte): what to do next, and the rest of today and tomorrow.

# $count: checklist items whose time has passed without a tick.
today-missed = { $count ->
    [one] Una tarea anterior no se marcó.
   *[other] { $count } tareas anteriores no se marcaron.
}
today-see-session-plan = Ver el plan de la sesión
# SAFETY: the heading of the rules for after a session.
today-no-driving-title = Nada de conducir, ni usar maquinaria, ni tomar decisiones importantes
# SAFETY: under that heading. $when: "Tomorrow, 07:00" (when-tomorrow...).
today-no-driving-until = Hasta: { $when }
# The accessible name of the field for when the session really ended.
today-ended-at-label = Cuándo terminó la sesión
# Opens that field: the session ended before the patient tapped "I'm home".
today-ended-earlier = Terminó antes…
# SAFETY
today-no-driving-counted = Steady cuenta el tiempo sin conducir desde que terminó la sesión.
# Above the next checklist item: it is due now, or comes next.
today-now = Ahora
today-next = Lo siguiente
today-all-done-title = Nada que hacer ahora mismo
today-all-done-text = Todas las tareas de su plan están marcadas. Descanse.
# Items whose time has passed, not yet ticked.
today-overdue = Pendiente
today-rest-of-today = El resto de hoy
today-nothing-else-today = Nada más por hoy.
today-tomorrow = Mañana
today-nothing-tomorrow = Nada previsto para mañana.
today-your-session = Su sesión
# $from, $to: clock times, "12:30" and "13:30": when the escort typically
# picks the patient up.
today-pickup-typical = Recogida, normalmente { $from }–{ $to }
# $count: checklist items due after tomorrow.
today-later-items = { $count ->
    [one] { $count } tarea más después de mañana
   *[other] { $count } tareas más después de mañana
}
# Opens the Ride home screen (app-nav-ride).
today-open-ride = Regreso a casa
today-open-session = Ver todo el plan

## A checklist item's row (ItemRow.svelte), on Today and the session plan.
## $title: the item's title ("Stop eating"), from the plan or the patient.

# The accessible names of the tick box, for a screen reader.
item-tick = Marcar como hecha: { $title }
item-tick-undo = Hecha: { $title }. Marcar como no hecha
# The accessible name of the list of things in an item (the bag to pack).
item-parts-label = Cosas de { $title }
# The tooltip of screens-typical.
item-typical-hint = Un valor típico de guías públicas para pacientes. Las instrucciones de su clínica siempre tienen prioridad.
# A tag: the patient moved this item's time; it no longer follows the session.
item-time-set-by-you = hora puesta por usted
# The accessible name of the choice of when the reminder comes.
item-reminder-label = Recordatorio de { $title }
# The choices of when an item's reminder comes.
item-remind-at-time = Avisarme a la hora
# $span: "15 min" (span-minutes) or "2 hours" (hours).
item-remind-before = Avisarme { $span } antes
item-change-time = Cambiar la hora
# Undoes the patient's own time: the item follows the session again.
item-back-to-plan-time = Volver a la hora del plan
item-edit-note = Editar la nota
item-add-note = Añadir una nota
item-remove = Quitar
item-new-time = Nueva hora
# $zone: the session's time zone, "Europe/Berlin".
item-new-time-zone = (en la zona horaria { $zone })
item-note-label = Su nota
item-save-note = Guardar la nota

## The session plan (SessionPage.svelte): one session's day, its two
## checklists, and the medicines the prescriber said to hold.

session-page-eyebrow = Plan de la sesión
session-page-clinic-unnamed = Clínica sin nombre
# After the clinic's name and a dot. $zone: the session's time zone, "Europe/Berlin".
session-page-time-zone = horas en la zona horaria { $zone }
# $protocol: the name of the clinic's instructions the plan follows, as the
# patient or the clinic named them.
session-page-following = Según { $protocol }
session-page-typical-values = Valores típicos, hasta que introduzca las instrucciones de su clínica
# Opens the screen for the clinic's instructions.
session-page-instructions = Las instrucciones de su clínica
# A tag on a cancelled session.
session-page-cancelled = cancelada
session-page-move = Cambiar la hora de la sesión
session-page-cancel = Cancelar la sesión
# Asked before cancelling a session; the next message follows it.
session-page-cancel-question = ¿Cancelar esta sesión?
session-page-cancel-explained = Sus recordatorios se detienen. Su lista se queda en el historial de su tratamiento.
session-page-cancel-yes = Sí, cancelarla
session-page-cancel-no = Mantenerla
session-page-move-label = Nueva fecha y hora de inicio
session-page-move-explained = Las tareas del plan se mueven con la sesión. Las tareas cuya hora puso usted se quedan donde están.
session-page-move-submit = Mover la sesión
# The accessible name of the session day's timeline.
session-page-day-label = El día de la sesión
# The session day's steps, each beside its clock time.
session-page-leave-home = Salir de casa
session-page-arrive = Llegada
session-page-intake = Preparación
session-page-infusion = Infusión
session-page-recovery = Recuperación, y luego recogida
session-page-pickup-window = Horario de recogida
# SAFETY: beside the day and time the patient may drive again.
session-page-no-driving-until = Nada de conducir hasta
# How long a step takes. $span: "45 min", "1 h" (span-minutes, span-hours).
session-page-about = aprox. { $span }
# After screens-typical. "care facts · The session day · 002, 003" names
# the part of Steady's care facts these timings come from: keep it as it is.
session-page-typical-timings = Tiempos de guías públicas para pacientes (datos de cuidados · El día de la sesión · 002, 003). Los tiempos de su clínica tienen prioridad.
# The two checklists' headings.
session-page-day-before = Antes de la sesión
session-page-session-day = El día de la sesión y después
session-page-meds-title = Medicamentos que suspender antes de la sesión
session-page-meds-none = No hay ninguno añadido. Solo el médico que le receta decide si hay que pausar algún medicamento; si le indicó alguno, añádalo con las horas que le dio.
# A medicine to hold. $medicine: its name (and dose), set apart in bold;
# $hours: how many hours before the session the last dose is taken.
session-page-med-hold = { $medicine }: última dosis { $hours } h antes
# As session-page-med-hold; $restart: how many hours after the session it starts again.
session-page-med-hold-restart = { $medicine }: última dosis { $hours } h antes; volver a tomarlo { $restart } h después
session-page-med-remove = Quitar
session-page-med-name = Medicamento
session-page-med-dose = Dosis
session-page-med-hold-hours = Última dosis, horas antes
session-page-med-restart-hours = Volver a tomarlo, horas después
session-page-med-prescriber = Según le indicó el médico que le receta. Steady nunca sugiere qué medicamentos suspender.
session-page-med-add = Añadir el medicamento
session-page-med-open = Añadir un medicamento que suspender
session-page-med-hours-missing = Escriba cuántas horas antes de la sesión debe tomar la última dosis, según le indicó el médico que le receta.
# The patient's own checklist item: what to do, and when.
session-page-item-title = Qué hacer
session-page-item-due = Cuándo
session-page-item-add = Añadir la tarea
session-page-item-open = Añadir una tarea propia

## The course (Course.svelte): every session, and planning more.

course-page-title = Su tratamiento
# A booster session: one more infusion after the first series.
course-page-booster = Refuerzo
# $from, $to: short dates, "Thu 3 Dec" (date-short).
course-page-booster-between = Normalmente entre el { $from } y el { $to }
course-page-no-sessions = Todavía no hay sesiones.
# $count: earlier sessions the list leaves out until "Show all" is pressed.
course-page-earlier-hidden = { $count ->
    [one] { $count } sesión anterior no se muestra.
   *[other] { $count } sesiones anteriores no se muestran.
}
course-page-show-all = Mostrar todas
# A session's state in the list.
course-page-upcoming = Próxima
course-page-current = Hoy / en recuperación
course-page-past = Hecha
course-page-cancelled = Cancelada
# $done of $total checklist items of a session are ticked.
course-page-ticked = { $done } de { $total } marcadas
course-page-open = Abrir el plan
course-page-add-one = Añadir una sesión
course-page-add-series = Planificar una serie
course-page-date = Fecha
course-page-start-time = Hora de inicio
course-page-add-one-submit = Añadir la sesión
# Planning a series: "Every" [Mon] [Thu] ..., "From" a date, "At" a time,
# "For weeks" a number of weeks.
course-page-every = Cada
course-page-series-from = Desde
course-page-series-at = A las
course-page-series-weeks = Semanas
course-page-series-typical = Una primera serie suele ser de unas seis infusiones en 2–4 semanas (típico; su clínica decide).
course-page-series-submit = Planificar estas sesiones

## The check-ins over time (Trend.svelte): a chart and the same as a table.

trend-empty = Sus registros aparecerán aquí en un gráfico, con los días de sesión marcados.
# The chart's accessible name, for a screen reader.
trend-chart-label = Gráfico de las puntuaciones de los registros y de los totales del PHQ-9 a lo largo del tiempo; las líneas verticales de puntos marcan los días de sesión. Los mismos valores están en la tabla de abajo.
# Under the chart: what its dotted vertical lines mean.
trend-session-lines = Líneas de puntos: días de sesión.
# Opens the table under the chart.
trend-table-summary = Lo mismo en una tabla
# The table's first column: when the check-in was.
trend-table-when = Cuándo
# The chart's line of PHQ-9 totals, in its legend.
trend-phq9-total = Total del PHQ-9 (0-27)
# The chart's axes: check-in scores go from 0 to 10; PHQ-9 totals on the other side.
trend-check-in-axis = Registro (0-10)
trend-phq9-axis = PHQ-9
# A PHQ-9 result in the table: "12 (moderate)". $band: phq9-band (care.ftl).
trend-phq9-cell = { $total } ({ $band })

## Check-ins (CheckIn.svelte): how the patient feels today, the PHQ-9
## questionnaire, and how both went over time.

# The four scales of a check-in, each from 0 to 10; also the chart's lines
# and the table's columns.
screens-mood = Ánimo
screens-energy = Energía
screens-clarity = Claridad mental
screens-anxiety = Ansiedad
check-in-page-title = ¿Cómo se encuentra hoy?
# The check-in form's heading, for a screen reader.
check-in-page-form-label = Registro diario
# Above a slider. $scale: screens-mood, screens-energy...; $score: 0 to 10,
# set apart in bold.
check-in-page-scale = { $scale }: { $score } de 10
# How a screen reader says the slider's value. $score: 0 to 10.
check-in-page-score = { $score } de 10
# Under each slider: what its two ends (0 and 10) mean.
check-in-page-mood-low = 0 muy bajo
check-in-page-mood-high = 10 muy bueno
check-in-page-energy-low = 0 nada
check-in-page-energy-high = 10 mucha
check-in-page-clarity-low = 0 niebla mental
check-in-page-clarity-high = 10 mente clara
check-in-page-anxiety-low = 0 calma
check-in-page-anxiety-high = 10 mucha ansiedad
# SAFETY: a "Yes" opens the crisis panel.
check-in-page-self-harm = ¿Ha tenido pensamientos de hacerse daño?
check-in-page-no = No
check-in-page-yes = Sí
check-in-page-note = Una nota
check-in-page-save = Guardar el registro
# SAFETY
check-in-page-self-harm-missing = Responda a la pregunta sobre pensamientos de hacerse daño.
check-in-page-saved = Guardado. Gracias por hacer su registro.
check-in-page-phq9-title = Cuestionario (PHQ-9)
check-in-page-phq9-due = Toca ahora.
check-in-page-phq9-done-recently = Hecho hace poco. Puede volver a rellenarlo cuando quiera.
check-in-page-phq9-open = Rellenar el PHQ-9
check-in-page-phq9-save = Guardar el PHQ-9
check-in-page-phq9-missing = Responda a las nueve preguntas.
# $total: 0 to 27; $band: phq9-band (care.ftl).
check-in-page-phq9-saved = PHQ-9 guardado: { $total } de 27 ({ $band }).
# The PHQ-9 (Kroenke, Spitzer & Williams 2001) is a validated questionnaire:
# use its official translation in your language (Pfizer's, free to use)
# word for word, the instruction, the nine questions and the four answers;
# do not translate it yourself.
# Spanish: the official Pfizer PHQ-9 translation, "Spanish for the USA"
# (the Spanish version used across the Americas), word for word, with its
# own punctuation and its "(a)" endings. Checked item by item against the
# text of that form (it bears Pfizer's credit line), not against
# phqscreeners.com's own file. Spain has a separate official version.
check-in-page-phq9-intro = Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?
check-in-page-phq9-1 = Poco interés o placer en hacer cosas
check-in-page-phq9-2 = Se ha sentido decaído(a), deprimido(a) o sin esperanzas
check-in-page-phq9-3 = Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado
check-in-page-phq9-4 = Se ha sentido cansado(a) o con poca energía
check-in-page-phq9-5 = Sin apetito o ha comido en exceso
check-in-page-phq9-6 = Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia
check-in-page-phq9-7 = Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión
check-in-page-phq9-8 = ¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal
# SAFETY: the PHQ-9's ninth question; any answer but the first opens the
# crisis panel. The official translation, word for word.
check-in-page-phq9-9 = Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera
# The PHQ-9's four answers (official translation), scored 0 to 3.
check-in-page-phq9-answer-0 = Ningún día
check-in-page-phq9-answer-1 = Varios días
check-in-page-phq9-answer-2 = Más de la mitad de los días
check-in-page-phq9-answer-3 = Casi todos los días
check-in-page-over-time = A lo largo del tiempo
check-in-page-export = Exportar CSV y resumen en PDF
# After exporting. $csv, $pdf: the two files' paths.
check-in-page-exported = Guardados { $csv } y { $pdf }
# Under the chart: the check-ins stay on this computer.
check-in-page-stays-here = Se queda en este equipo. Solo sale de aquí si usted lo exporta.

## After a session (Recovery.svelte): what the patient may feel and when it
## usually eases, and whom to call when something is wrong.

recovery-page-title = Después de su sesión
# $when: when the session ended, "Today, 18:00" (when-today...).
recovery-page-lead-ended = Lo que puede notar y cuándo suele pasar. Contado desde el final de su sesión: { $when }.
# As recovery-page-lead-ended, before the patient has said the session ended.
# “I'm home” quotes the button on Today (screens-im-home).
recovery-page-lead-planned = Lo que puede notar y cuándo suele pasar. Contado desde el final de su sesión: { $when } (previsto; pulse “Ya estoy en casa” en Hoy cuando llegue).
# SAFETY: an effect lasts longer than it usually does. $effect: the effect's
# name ("Dizziness"); $time: a clock time, "18:00". Followed by
# recovery-page-call-your-clinic.
recovery-page-outlasting = { $effect }: suele pasar hacia las { $time }, y usted todavía lo nota.
# SAFETY
recovery-page-call-your-clinic = Llame a su clínica.
# Under an effect's name. $time: a clock time, "18:00", set apart in bold.
recovery-page-eases-by = Suele pasar hacia las { $time }
# As recovery-page-eases-by, for an effect that lasts into another day;
# $when: the day and time again, "Tomorrow, 07:00".
recovery-page-eases-by-day = Suele pasar hacia las { $time } ({ $when })
# $strength: 0 to 10, as the patient rated the effect; $time: a clock time.
recovery-page-noted = Anotó { $strength }/10 a las { $time }.
# The accessible name of the slider: how strong the effect is.
recovery-page-strength-label = Intensidad, de 0 a 10
recovery-page-feel-this = Lo noto
recovery-page-gone = Ya se me pasó
# SAFETY: the heading of the list of symptoms and whom to call about each.
recovery-page-call-whom = Cuándo llamar y a quién
recovery-page-call-whom-clinic = La lista propia de su clínica.
recovery-page-call-whom-typical = Una lista típica, de la hoja de alta publicada por una clínica; las instrucciones de su clínica tienen prioridad.
# SAFETY: beside a symptom. $number: the emergency number, "112" or "911",
# set apart (kept left to right).
recovery-page-call-emergency = Llame al { $number }
# SAFETY: as recovery-page-call-emergency, when Steady knows no number.
recovery-page-call-emergency-number = Llame al número de emergencias
# SAFETY: beside a symptom. $clinic is "named" when the patient gave the
# clinic's name ($name), else "none".
recovery-page-call-clinic = { $clinic ->
    [none] Llame a la clínica
   *[named] Llame a { $name }
}
# SAFETY: as recovery-page-call-clinic, with the clinic's phone number
# ($phone, set apart: kept left to right).
recovery-page-call-clinic-phone = { $clinic ->
    [none] Llame a la clínica ({ $phone })
   *[named] Llame a { $name } ({ $phone })
}
# SAFETY
recovery-page-call-primary-care = Avise a su médico de cabecera
# SAFETY
recovery-page-other-title = ¿Nota que algo más va realmente mal?
# SAFETY
recovery-page-other-text = Por ejemplo, señales de manía o una psicosis que empeora (poco frecuentes, pero graves), o cualquier cosa que le preocupe.
# SAFETY: opens the crisis panel.
recovery-page-other-show = Mostrar a quién llamar

## The crisis panel (CrisisPanel.svelte): shown after a check-in says
## thoughts of self-harm, or when something feels seriously wrong after a
## session. Short, warm, direct. Every message here is about safety.

# SAFETY
crisis-panel-title = Por favor, pida ayuda ahora
# SAFETY
crisis-panel-text = No tiene que pasar por esto a solas. Hablar ahora con alguien ayuda.
# SAFETY: $country: the country the crisis numbers are for, "United Kingdom".
# Also the crisis set-up's heading line.
crisis-numbers-for = Números para { $country }
# SAFETY: as crisis-numbers-for, before the patient's country is known.
crisis-numbers-for-your-country = Números para su país
# SAFETY: beside the crisis line's name and number (the panel and the set-up).
crisis-line = Línea de crisis
# SAFETY: beside the emergency number ("112", "911").
crisis-emergency = Emergencias
# SAFETY: in place of a crisis line when none is set.
crisis-panel-no-crisis-line = Sin configurar — hable con alguien de confianza, o llame al número de emergencias
# SAFETY: in place of the emergency number when Steady knows none.
crisis-panel-no-emergency-number = El número de emergencias de su zona
# SAFETY: in place of the clinic's name when the patient gave none.
crisis-panel-your-clinic = Su clínica
# SAFETY: in place of the clinic's phone when none is set. "Ride home" is
# the screen's name (app-nav-ride).
crisis-panel-no-clinic-phone = Añada el teléfono de la clínica en la pantalla Regreso a casa
crisis-panel-close = Cerrar

## Crisis numbers' set-up (CrisisSetup.svelte): which country, and its
## numbers or the patient's own; on Today, after the first session is
## planned, and in Settings. $country: a country's name, "United Kingdom".

# SAFETY
crisis-setup-title = A quién llamar en una crisis
# A small button beside crisis-numbers-for: choose another country.
crisis-setup-change-country = cambiar
# SAFETY
crisis-setup-no-country = Steady no pudo saber en qué país está usted. Elíjalo, para que los números correctos estén listos.
# The accessible name of the question below.
crisis-setup-confirm-label = Confirme su país
# SAFETY: Steady guessed the country from the time zone.
crisis-setup-confirm-question = Steady eligió { $country } por la zona horaria de su equipo. ¿Está usted allí?
crisis-setup-confirm-yes = Sí, { $country }
crisis-setup-confirm-no = No, elegir otro
crisis-setup-country = País
# The country list's first line, before one is chosen.
crisis-setup-choose = Elegir…
# A country in the list for which Steady has no crisis numbers.
crisis-setup-country-without-numbers = { $country } (todavía sin números en Steady)
crisis-setup-use-country = Usar este país
# SAFETY
crisis-setup-no-numbers = Steady todavía no tiene números de crisis para { $country }. Escriba ahora la línea de crisis y el número de emergencias de su zona, para tenerlos aquí si alguna vez los necesita.
# In place of a number that is not set.
crisis-setup-not-set = Sin configurar
# A tag beside a number the patient typed.
crisis-setup-yours = suyo
# SAFETY: under the numbers from Steady's own table.
crisis-setup-from-care-facts = De fuentes públicas reunidas en 2026 (datos de cuidados de Steady). Los números cambian: si conoce uno mejor, use el suyo.
crisis-setup-own-numbers = Usar mis propios números
crisis-setup-own-crisis-line = Su línea de crisis
# The empty field's hint: what to type.
crisis-setup-own-crisis-line-hint = Nombre y número
crisis-setup-own-emergency = Su número de emergencias
# The empty field's hint: an emergency number as an example (112 works
# across Europe; use your region's if it is better known).
crisis-setup-own-emergency-hint = Por ejemplo, 112
# $country's own numbers are used for a box left empty.
crisis-setup-own-empty-box = Deje una casilla vacía para usar el número de { $country }.
crisis-setup-own-change-later = Puede cambiarlos cuando quiera en Configuración.
crisis-setup-own-save = Guardar los números
crisis-setup-saved = Guardado.

## The simple view for after a session (Groggy.svelte): one thing at a
## time, large, for someone still groggy.

# The view's accessible name.
groggy-label = Vista sencilla para después de su sesión
# Shows the next item in the queue instead.
groggy-next-thing = Lo siguiente
groggy-rest-title = Descanse ahora
groggy-rest-text = Nada que hacer. Beba un poco de agua y tómeselo con calma.
# Opens the Recovery screen: what the patient may feel after the session.
groggy-how-i-feel = Cómo me siento
# Leaves the simple view for the full Today screen.
groggy-full-view = Vista completa

## Reminders shown in the window (ReminderBanner.svelte), when desktop
## notifications are off or a reminder came while the window was open.

reminder-banner-notifications-off = Las notificaciones de escritorio están desactivadas — los recordatorios se mostrarán aquí.
# Opens the technical reason notifications are off.
reminder-banner-details = Detalles
# $time: a clock time, "18:00".
reminder-banner-paused = Los recordatorios están en pausa hasta las { $time }.
reminder-banner-resume = Reanudar ahora
reminder-banner-title = Recordatorios
# After the reminder's time: it arrived late (the computer was asleep).
# $span: how late, "12 min" (span-minutes).
reminder-banner-late = llegó con { $span } de retraso

## The app lock: the first screen while Steady is locked (Unlock.svelte)
## and its part of Settings (AppLock.svelte).

unlock-title = Steady está bloqueado
unlock-text = Escriba su contraseña para ver su plan. Los recordatorios siguen llegando mientras Steady está bloqueado.
unlock-passphrase = Contraseña
unlock-open = Abrir Steady
unlock-opening = Abriendo…
unlock-forgot = ¿Ha olvidado la contraseña?
# $path: the data folder's path, set apart (shown as code).
unlock-forgot-text = Sin ella, nadie puede abrir estos datos, ni siquiera Steady: para eso sirve el bloqueo. Para empezar de nuevo con un plan vacío, salga de Steady y mueva a otro sitio la carpeta de datos: { $path }.
app-lock-title = Bloqueo de la aplicación
app-lock-state-on = El bloqueo está activado: sus datos están cifrados en este equipo, y Steady pide la contraseña cada vez que se inicia.
# “You have a reminder” quotes what a notification says while Steady is
# locked (in reminders.ftl): use the same words.
app-lock-state-off = Bloquee Steady con una contraseña si otras personas usan este equipo. Así sus datos quedan cifrados, y Steady pide la contraseña cada vez que se inicia. Los recordatorios siguen llegando mientras está bloqueado, pero solo dicen “Tiene un recordatorio”.
app-lock-groggy-hint = También la necesitará después de una sesión, cuando puede sentir aturdimiento: elija palabras que le resulte fácil escribir. Si olvida la contraseña, nadie puede abrir los datos, ni siquiera Steady.
app-lock-current = Contraseña actual
app-lock-new = Contraseña nueva
app-lock-passphrase = Contraseña
# Beside the new passphrase's field.
app-lock-passphrase-hint = (al menos 8 caracteres; una frase corta va bien)
# The field where the new passphrase is typed a second time.
app-lock-again = La misma otra vez
app-lock-working = Un momento…
app-lock-change = Cambiar la contraseña
app-lock-turn-on = Activar el bloqueo
app-lock-turn-off = Desactivar el bloqueo
app-lock-not-the-same = Las dos contraseñas nuevas no son iguales.
app-lock-done-on = El bloqueo está activado. Steady pedirá esta contraseña cada vez que se inicie.
app-lock-done-changed = La contraseña se ha cambiado.
app-lock-done-off = El bloqueo está desactivado. Sus datos ya no están cifrados.

## A request the core never saw (api.ts).

# Tauri refused a request's arguments before Steady's core read them: a
# fault in Steady, not the patient's. $detail: the technical reason, in English.
api-request-not-understood = Steady no pudo entender esa petición ({ $detail }).
