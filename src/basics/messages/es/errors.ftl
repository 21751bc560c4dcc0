### Error messages: what went wrong, in plain words, and what to do.
### Each says whether anything was changed (usually: nothing was).
###
### Many are shown under a form field, or printed by the command line
### (`steady …`) after "steady: ". Words between `backticks` are commands or
### settings, typed as they are: keep them untranslated.

error-language-unknown = Steady todavía no tiene textos en “{ $tag }”. Elija uno de los idiomas de la lista.

## The error kinds every part of Steady shares.

# $what: which kind of thing was looked for; $id: its number.
error-not-found = { $what ->
    [session] No se encontró la sesión { $id }. Puede que se haya eliminado.
    [item] No se encontró la tarea { $id }. Puede que se haya eliminado.
    [medicine] No se encontró el medicamento { $id }. Puede que se haya eliminado.
   *[rules_change] No se encontró el cambio de reglas { $id }. Puede que se haya eliminado.
}
# $found, $known: data format versions (whole numbers).
error-newer-schema = Estos datos los escribió una versión más reciente de Steady (versión de datos { $found }; esta versión de Steady conoce hasta la { $known }). No se han tocado.
error-storage-disk-full = El disco está lleno, así que esto no se guardó. Libere espacio y vuelva a intentarlo. No se ha perdido nada de lo que ya estaba guardado.
error-storage-read-only = La carpeta de datos de Steady es de solo lectura, así que esto no se guardó. No se ha perdido nada de lo que ya estaba guardado.
# $reason: the database's own technical words (English), kept for a helper.
error-storage-io = Steady no pudo escribir en su carpeta de datos (puede que el disco esté lleno, sea de solo lectura o esté fallando), así que esto no se guardó. No se ha perdido nada de lo que ya estaba guardado. ({ $reason })
# $reason: the database's own technical words (English).
error-storage = Steady no pudo leer ni guardar sus datos: { $reason }
# $reason: the system's words for what failed (often English).
error-io = Steady no pudo usar su carpeta de datos: { $reason }
# $reason: why, from the notification messages below (error-notify-*), or the system's words.
error-notifications = Las notificaciones de escritorio están desactivadas: { $reason }. Los recordatorios se mostrarán en la ventana de Steady.
# $reason: why, from the document messages below (error-document-*), or a library's words.
error-document = Steady no pudo crear este documento: { $reason }. No se escribió nada.
error-locked = Steady está bloqueado. Escriba su contraseña para abrirlo.
error-wrong-passphrase = Esa contraseña no es la correcta. No se ha cambiado nada; vuelva a intentarlo.

## Folders. These follow "Steady could not use its data folder: ", so they
## start in lower case. $variable: an environment variable's name, as it is.

error-no-data-folder = este sistema no indica ninguna carpeta de datos; defina { $variable } con una
error-no-downloads-folder = este sistema no indica ninguna carpeta de Descargas; defina { $variable } con una

## Dates, times and time zones as typed.

# $name: what was typed as a time zone. The examples are time zone names: keep them as they are.
error-unknown-time-zone = “{ $name }” no es una zona horaria que Steady conozca. Use un nombre como Europe/Berlin o America/New_York.
error-date-time-empty = Escriba una fecha y una hora.
# $text: what was typed. The example is the form the field takes: keep it.
error-not-a-date-time = “{ $text }” no es una fecha y hora que Steady entienda. Use el formato 2026-12-03T09:00.
# $text: what was typed. The example is the form the field takes: keep it.
error-not-a-time-of-day = “{ $text }” no es una hora del día. Use el formato 07:30 (24 horas).

## The patient's day (Settings: wake, morning, evening, bedtime, check-in).

error-day-night-too-short = Deje al menos dos horas entre la hora de acostarse y la de despertarse.
error-day-too-short = La hora de acostarse debe ser al menos seis horas después de despertarse.
error-day-out-of-order = La mañana va después de despertarse, la noche después de la mañana, y la hora de acostarse después de la noche.
error-day-check-in-after-bedtime = El registro de la noche tiene que ser antes de acostarse, para que no le despierte.

## Check-ins and the PHQ-9 questionnaire.

# $count: how many answers arrived (not nine).
error-phq9-answer-count = { $count ->
    [one] El PHQ-9 tiene nueve preguntas; se dio { $count } respuesta.
   *[other] El PHQ-9 tiene nueve preguntas; se dieron { $count } respuestas.
}
# $answer: the answer given (a number above 3).
error-phq9-answer-range = Cada respuesta va de 0 a 3; se dio { $answer }.

## Problems with a clinic's rules (the form "Your clinic's instructions", or
## a protocol file). Each problem follows the name of the field it is about
## and a colon ("Timeline, infusion minutes: must be between 1 and 720
## minutes; it is 0."), so most start in lower case.

# $low, $high: the bounds; $value: what was given; $unit: "minutes", "hours", "days" or "years".
error-rule-range = debe estar entre { $low } y { $high } { $unit ->
    [minutes] minutos
    [hours] horas
    [days] días
   *[years] años
}; es { $value }.
error-rule-empty = no puede estar vacío.
# $max: the most characters allowed; $count: how many the text has.
error-rule-too-long = debe tener como máximo { $max } caracteres; tiene { $count }.
error-rule-control-characters = debe ser texto simple (tiene caracteres de control invisibles).
# $max: the most entries allowed; $count: how many there are.
error-rule-too-many = como máximo { $max } entradas; hay { $count }.
# "timeline.observation_min_minutes" is the field's name in a protocol file: keep it.
error-rule-observation-max = debe ser al menos la observación más corta (timeline.observation_min_minutes).
error-rule-observation-without-escort = debe ser al menos la observación más corta.
error-rule-medicine-says-nothing = no dice nada: indique una regla para antes de la sesión o una hora para volver a tomarlo después.
# Under a form: $field is the field in words ("Food and drink, solid food, hours"); $problem one of the messages above.
error-rule-problem = { $field }: { $problem }

## Protocol files (a clinic's rules as a file, checked by Settings or by
## `steady protocol check`).

# $file: the file's path; $size, $max: kilobytes.
error-protocol-file-too-large = { $file } ocupa { $size } KB; un archivo de protocolo ocupa como máximo { $max } KB.
# $size, $max: kilobytes.
error-protocol-too-large = El archivo ocupa { $size } KB; un archivo de protocolo ocupa como máximo { $max } KB. ¿Es el archivo correcto?
error-protocol-not-utf8 = El archivo no es texto UTF-8. Guárdelo como UTF-8 y vuelva a intentarlo.
# $version: the format version a file should say (2). `version = 2` is typed into the file as it is.
error-protocol-no-version = El archivo no indica su versión de formato: añada `version = { $version }` al principio.
# $found: the file's version; $version: the newest this Steady reads (2).
error-protocol-newer-version = Este archivo es de la versión { $found } del protocolo; esta versión de Steady lee las versiones 1 y { $version }. Pida a la clínica un archivo de la versión { $version }, o actualice Steady.
# After the field's name "version" and a colon. $version: 2.
error-protocol-version-not-a-number = debe ser un número entero: { $version }.
# $problem: a problem above; $field: the field in words ("Food and drink, solid food, hours").
error-protocol-problem = { $problem } ({ $field })
# A problem in an old (version 1) file; after the field's name "version" and a colon.
error-protocol-v1-version = debe ser 1 en un archivo de la versión 1.
# "session.observation_min_minutes" is a field's name in the file: keep it.
error-protocol-v1-observation-max = debe ser al menos session.observation_min_minutes (la observación más corta tras la sesión).
# $max: the most medicines a file may list.
error-protocol-v1-too-many-medicines = como máximo { $max } medicamentos.
# $max: the most characters allowed.
error-rule-plain-text-max = debe ser texto simple de { $max } caracteres como máximo.
# Where a problem is: $field is a field's name in the file as it is ("food.solid_food.hours"); $line a line number.
error-problem-in-field = { $field }: { $problem }
error-problem-at-line = línea { $line }: { $problem }
error-problem-at-line-in-field = línea { $line }, { $field }: { $problem }

## Text typed into a form: each field's sentence whole. $field is the
## field's name in the form (the key in brackets): say the sentence for that field.

# Nothing typed into a field that needs something.
error-text-empty = { $field ->
    [title] El título no puede estar vacío.
    [note] La nota no puede estar vacía.
    [name] El nombre del medicamento no puede estar vacío.
    [dose] La dosis no puede estar vacía.
    [driver_name] El nombre del conductor no puede estar vacío.
    [driver_phone] El teléfono del conductor no puede estar vacío.
    [driver_relation] Quién es el conductor no puede quedar vacío.
    [driver_contact] Cómo recibe los datos el conductor no puede quedar vacío.
    [driver_email] El correo electrónico del conductor no puede estar vacío.
    [driver_note] La nota para el conductor no puede estar vacía.
    [clinic_name] El nombre de la clínica no puede estar vacío.
    [clinic_phone] El teléfono de la clínica no puede estar vacío.
   *[clinic_address] La dirección de la clínica no puede estar vacía.
}
# $max: the most characters allowed; $count: how many were typed.
error-text-too-long = { $field ->
    [title] El título puede tener como máximo { $max } caracteres; este tiene { $count }.
    [note] La nota puede tener como máximo { $max } caracteres; esta tiene { $count }.
    [name] El nombre del medicamento puede tener como máximo { $max } caracteres; este tiene { $count }.
    [dose] La dosis puede tener como máximo { $max } caracteres; esta tiene { $count }.
    [driver_name] El nombre del conductor puede tener como máximo { $max } caracteres; este tiene { $count }.
    [driver_phone] El teléfono del conductor puede tener como máximo { $max } caracteres; este tiene { $count }.
    [driver_relation] Quién es el conductor puede tener como máximo { $max } caracteres; este texto tiene { $count }.
    [driver_contact] Cómo recibe los datos el conductor puede tener como máximo { $max } caracteres; este texto tiene { $count }.
    [driver_email] El correo electrónico del conductor puede tener como máximo { $max } caracteres; este tiene { $count }.
    [driver_note] La nota para el conductor puede tener como máximo { $max } caracteres; esta tiene { $count }.
    [clinic_name] El nombre de la clínica puede tener como máximo { $max } caracteres; este tiene { $count }.
    [clinic_phone] El teléfono de la clínica puede tener como máximo { $max } caracteres; este tiene { $count }.
   *[clinic_address] La dirección de la clínica puede tener como máximo { $max } caracteres; esta tiene { $count }.
}
# Pasted text with invisible characters in it.
error-text-control-characters = { $field ->
    [title] El título contiene caracteres de control invisibles. Vuelva a escribirlo.
    [note] La nota contiene caracteres de control invisibles. Vuelva a escribirla.
    [name] El nombre del medicamento contiene caracteres de control invisibles. Vuelva a escribirlo.
    [dose] La dosis contiene caracteres de control invisibles. Vuelva a escribirla.
    [driver_name] El nombre del conductor contiene caracteres de control invisibles. Vuelva a escribirlo.
    [driver_phone] El teléfono del conductor contiene caracteres de control invisibles. Vuelva a escribirlo.
    [driver_relation] Quién es el conductor contiene caracteres de control invisibles. Vuelva a escribirlo.
    [driver_contact] Cómo recibe los datos el conductor contiene caracteres de control invisibles. Vuelva a escribirlo.
    [driver_email] El correo electrónico del conductor contiene caracteres de control invisibles. Vuelva a escribirlo.
    [driver_note] La nota para el conductor contiene caracteres de control invisibles. Vuelva a escribirla.
    [clinic_name] El nombre de la clínica contiene caracteres de control invisibles. Vuelva a escribirlo.
    [clinic_phone] El teléfono de la clínica contiene caracteres de control invisibles. Vuelva a escribirlo.
   *[clinic_address] La dirección de la clínica contiene caracteres de control invisibles. Vuelva a escribirla.
}

## Sessions, items, reminders, medicines and settings.

error-not-an-email-address = Eso no parece una dirección de correo electrónico (nombre@ejemplo.org). No se guardó nada.
error-session-end-before-infusion = Una sesión no puede terminar antes de que haya empezado su infusión.
# "I'm home" is the button's label on the Recovery screen (screens.ftl): use the same words.
error-session-end-in-future = Esa hora todavía no ha llegado. Pulse “Ya estoy en casa” cuando la sesión haya terminado.
error-session-start-past = Esa hora ya ha pasado. Escriba la fecha y la hora de su próxima sesión.
error-session-start-too-far = Esa fecha está a más de dos años. Compruebe el año.
# $value: the number given (above 10).
error-scale-range = Elija de 0 a 10; se dio { $value }.
# $effect: the name the program asked for (an internal key).
error-unknown-effect = “{ $effect }” no es uno de los efectos de la lista.
# $max: the most characters a note may have.
error-note-too-long = Una nota puede tener como máximo { $max } caracteres.
error-reminder-session-over = La sesión de esa tarea ya ha terminado; ya no tiene recordatorio.
error-snooze-range = Se puede posponer entre 1 minuto y 24 horas.
error-snooze-done = Esta tarea ya está hecha; no hay nada que posponer.
error-lead-range = Un recordatorio puede adelantarse como máximo 24 horas.
error-stale-after-range = Elija entre 1 y 72 horas.
# A "part" of an item: one of the things listed under it, ticked one by one.
error-item-no-such-part = Esa tarea no tiene ese elemento para marcar.
error-item-no-plan-time = Solo las tareas del plan tienen una hora del plan a la que volver.
error-item-plan-not-removable = Las tareas del plan no se pueden eliminar. Márquelas como hechas, o cambie su hora.
error-medicine-hours-range = Las horas antes o después pueden ser como máximo 720 (30 días).
# $max: the most characters a name may have.
error-patient-name-too-long = Escriba un nombre corto (como máximo { $max } caracteres).
# $code: what was given as a country code ("DE", "XX").
error-unknown-country = “{ $code }” no es un país que Steady conozca.
error-country-first = Elija primero su país.
# $max: the most characters allowed.
error-crisis-number-too-long = Escriba un número o un nombre corto (como máximo { $max } caracteres).
error-crisis-panel-hours-range = Mantenga el panel a la vista entre 1 y 168 horas.
error-phq9-every-range = Pida el cuestionario cada 7 a 28 días.

## The app lock (a passphrase, the data encrypted).

# $min: the fewest characters a passphrase may have.
error-passphrase-too-short = Use al menos { $min } caracteres. Una frase corta es fácil de recordar y difícil de adivinar.
# $max: the most characters a passphrase may have.
error-passphrase-too-long = Esa contraseña es demasiado larga (como máximo { $max } caracteres).
# $reason: technical words (English).
error-lock-settings-unusable = Los ajustes del archivo de bloqueo no se pueden usar ({ $reason }).
# $reason: technical words (English).
error-key-not-derived = No se pudo obtener la clave ({ $reason }).
# $file: the lock file's name or path.
error-lock-file-damaged = El archivo de bloqueo de Steady ({ $file }) está dañado.
error-lock-newer = Este bloqueo lo creó una versión más reciente de Steady.
# $file: the path of the record kept while the passphrase changes.
error-passphrase-change-record-damaged = Un cambio de contraseña se interrumpió y su archivo de seguimiento ({ $file }) está dañado.
error-no-passphrase-to-remove = No hay ninguna contraseña que quitar.
error-reencrypted-copy-differs = La copia cifrada de nuevo no coincidía con los datos, así que no se cambió nada.
error-data-in-use = Otro Steady está usando los datos en este momento, así que no se cambió nada. Ciérrelo y vuelva a intentarlo.
error-data-folder-path = La ruta de la carpeta de datos no es un texto válido.
# $reason: the database's own words (English), after its integrity check.
error-integrity-check = comprobación de integridad: { $reason }

## A Steady data file (Settings → import data, `steady import data`).

# $table, $column: names inside the file, as they are.
error-data-file-value = { $table }.{ $column }: un valor debe ser texto, un número o null.
# $size: megabytes.
error-data-file-too-large = El archivo ocupa { $size } MB; un archivo de datos de Steady es mucho más pequeño. ¿Es el archivo correcto?
# $line, $column: where in the file; $reason: the reader's technical words (English).
error-data-file-not-json = Esto no es un archivo de datos de Steady (línea { $line }, columna { $column }: { $reason }).
# "format" and "steady-data" are written in the file as they are: keep them.
error-data-file-format = Esto no es un archivo de datos de Steady (su “format” no es “steady-data”).
# $version: the data file format this Steady reads (a number).
error-data-file-version = Este archivo de datos tiene una versión de formato que esta versión de Steady no lee (lee la { $version }).
error-data-file-no-schema = El archivo no indica su versión de esquema.
# $found: the data version the file names (a number no Steady writes).
error-data-file-no-such-version = El archivo indica la versión de datos { $found }, que ninguna versión de Steady escribe. ¿Es el archivo correcto?
# $found: the file's data version; $reason: the database's own words (English).
error-data-file-not-migrated = Los datos de la versión { $found } no se pudieron actualizar: { $reason }
# $table: a table of Steady's own data the file has no rows for at all.
error-data-file-cannot-fill = Los datos de esta versión de Steady tienen una tabla que la importación no puede rellenar (“{ $table }”); no se cambió nada.
error-data-tables-circle = Las claves foráneas de las tablas forman un ciclo; el esquema de Steady no tiene ninguno.
# "tables" is written in the file as it is: keep it.
error-data-file-no-tables = El archivo no tiene “tables”.
# $table: a name inside the file.
error-data-file-unknown-table = El archivo tiene una tabla que Steady no conoce: “{ $table }”.
error-data-file-rows = “{ $table }” debe ser una lista de filas.
# $row: the row's number, counted from 1.
error-data-file-row = { $table }, fila { $row }: debe ser un objeto.
error-data-file-column = { $table }, fila { $row }: columna desconocida “{ $column }”.
# $reason: the database's own words (English).
error-data-file-row-refused = { $table }, fila { $row }: { $reason }
error-data-file-dangling = Hay filas de “{ $table }” que apuntan a filas que el archivo no tiene.
error-data-file-inconsistent = Los datos no forman una base de datos coherente: { $reason }

## A clinic's sheet opened as a file (Your clinic's instructions → open a sheet).

# $file: the file's path; $size: megabytes.
error-sheet-file-too-large = { $file } ocupa { $size } MB; las instrucciones de una clínica son unas pocas páginas. Abra el documento de instrucciones en sí, o pegue su texto.
error-sheet-file-not-text = Ese archivo no es texto ni PDF. Abra las instrucciones de la clínica como archivo .txt o .pdf, o pegue su texto.
# $reason: the PDF reader's technical words (English).
error-sheet-pdf-unreadable = Steady no pudo leer ese PDF ({ $reason }). Copie el texto de las instrucciones y péguelo.
error-sheet-pdf-damaged = Steady no pudo leer ese PDF (parece dañado). Copie el texto de las instrucciones y péguelo.
error-sheet-pdf-no-text = Ese PDF no tiene texto: parece una imagen escaneada de las instrucciones. Steady lee texto, no imágenes. Copie el texto del correo electrónico o de la página web de su clínica, o introduzca las reglas en el formulario.

## A clinic's sheet given to the reader (pasted, or the text of a file).
## Nothing was read.

# $size: how many kilobytes (KB) of text were given; $max: the most Steady reads.
error-sheet-too-large = Son { $size } KB de texto; la hoja de una clínica ocupa unas pocas páginas (Steady lee hasta { $max } KB). Pegue solo las instrucciones.
# Control characters: invisible codes that are not letters (the text of a program file, say).
error-sheet-control-characters = Eso no parece texto (está lleno de caracteres de control). Copie en su lugar el texto de la hoja.
error-sheet-empty = No hay texto que leer. Pegue las instrucciones de su clínica.

## Damaged data, and the clinic's rules applied or undone.

# $id: the session's number; $reason: technical words (English).
error-stored-session-rules = La sesión guardada { $id } tiene reglas que Steady no puede leer: { $reason }
# $id: the item's number; $what: which of its values is unknown.
error-stored-item-unknown = { $what ->
    [checklist] La tarea guardada { $id } tiene una lista desconocida.
   *[kind] La tarea guardada { $id } es de un tipo desconocido.
}
# $problems: the problems, one a line (each from the messages above).
error-protocol-has-problems = El archivo de protocolo tiene problemas; no se cambió nada.
    { $problems }
# $id: the session's number.
error-rules-session-over = La sesión { $id } ya pasó o está cancelada; las reglas de una clínica se aplican a las sesiones que aún no han llegado.
error-rules-change-undone = Este cambio ya se deshizo.
# $reason: technical words (English).
error-rules-saved-state = El estado guardado no se puede leer: { $reason }

## Documents (the ride card, the check-in summary, calendar files). These
## follow "Steady could not make this document: ", so they start in lower case.

error-document-paper-size = el tamaño de papel no es válido
error-document-qr-too-long = el código QR no pudo contener este texto (es demasiado largo)

## The command line (`steady …`). Words in `backticks` and the values
## day_before, session_day, a4 and letter are typed as they are: keep them.

error-cli-checklist = La lista es day_before (el día anterior) o session_day (el día de la sesión).
error-cli-paper = El papel es a4 o letter.
error-cli-data-file-too-large = Ese archivo es mucho más grande que un archivo de datos de Steady.
# $count: how many problems; $file: the file's path.
error-cli-protocol-problems = { $count ->
    [one] { $count } problema en { $file }
   *[other] { $count } problemas en { $file }
}
error-cli-no-passphrase = No se dio ninguna contraseña: escríbala en una terminal, o pásela por la entrada estándar.
error-cli-passphrases-differ = Las dos contraseñas no eran iguales. No se cambió nada.
error-cli-lock-already-on = El bloqueo de la aplicación ya está activado. Use `steady lock change` para cambiar la contraseña.
error-cli-lock-off = El bloqueo de la aplicación está desactivado; no hay contraseña que cambiar.

## Desktop notifications. These follow "Desktop notifications are off: ",
## and show in the window's banner, so they start in lower case.

error-notify-not-started = los recordatorios no se iniciaron
# $what: which job could not start; $reason: the system's words (English).
error-notify-no-thread = { $what ->
    [check] no se pudo iniciar un hilo para la comprobación: { $reason }
   *[notification] no se pudo iniciar un hilo para una notificación: { $reason }
}
# $seconds: how long Steady waited.
error-notify-timeout = el servicio de notificaciones no respondió en { $seconds } s
# $reason: the system's words (English).
error-notify-no-service = no hay ningún servicio de notificaciones en marcha ({ $reason })
# $reason: the system's words (English).
error-notify-not-shown = no se pudo mostrar la notificación ({ $reason })

## The app's own settings.

error-pause-range = Una pausa dura entre 1 minuto y 24 horas.
# $reason: the system's words (English).
error-start-at-login = Steady no pudo cambiar el inicio automático al encender el equipo: { $reason }

## The window, at start.

# Shown as a banner while Steady cannot write. $folder: the data folder's path.
error-cannot-save = Steady no puede guardar cambios ahora mismo: su carpeta de datos ({ $folder }) es de solo lectura o el disco está lleno. Se muestra su plan y no se ha perdido nada guardado; las marcas y los cambios no se guardarán hasta que se pueda volver a escribir en la carpeta.
error-open-stopped = Steady no pudo abrir sus datos (la comprobación se detuvo de forma inesperada).
# A banner after Steady found its data file damaged at start. $when: the
# backup's time ("2026-11-26 08:00 UTC"); $file: where the damaged file was kept.
error-data-restored = El archivo de datos de Steady estaba dañado, así que se apartó y sus datos se recuperaron de la copia de seguridad del { $when }. Falta todo lo que se cambió después de esa copia. El archivo dañado se guardó en { $file }.
# $file: where the damaged file was kept.
error-data-lost = El archivo de datos de Steady estaba dañado y no había ninguna copia de seguridad buena, así que Steady empezó con los datos vacíos. El archivo dañado se guardó en { $file }.

## A series of sessions (Course → plan a series).

# The example is the form the date takes: keep it.
error-series-first-date = Escriba la primera fecha así: 2026-12-07.
# $day: what was given as a day of the week.
error-series-weekday = “{ $day }” no es un día de la semana.
error-series-no-weekday = Elija al menos un día de la semana.
error-series-weeks-range = Una serie dura de 1 a 12 semanas.
# $count: the sessions the choice makes (more than $max).
error-series-too-many = Eso da { $count } sesiones; una serie tiene como máximo { $max }.

## The ride home.

# "Confirm who drives you home" is a checklist item's title (plan.ftl): use the same words.
error-ride-no-confirm-item = Esta sesión no tiene la tarea “Confirme quién le lleva a casa”.
# After "Steady could not make this document: ". $program: the mail program's
# name; $status: how it ended (technical, English); $folder: where the files are.
error-document-mail-failed = no se pudo abrir el programa de correo ({ $program } respondió { $status }); la tarjeta de regreso y el archivo de calendario están guardados en { $folder }
# After "Steady could not make this document: ". $reason: the system's words (English).
error-document-no-mail-program = no se encontró ningún programa de correo que abrir ({ $program }: { $reason }); la tarjeta de regreso y el archivo de calendario están guardados en { $folder }
# $driver: the driver's name, as typed.
error-no-session-with-driver = Todavía no hay ninguna sesión con { $driver } como conductor.
