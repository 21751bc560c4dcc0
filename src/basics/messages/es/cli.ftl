### The command line's words (`steady …` in a terminal): what it prints for
### a person. JSON output (--json) and `--help` stay as they are.
###
### Words in `backticks`, options such as --country, and values such as XX
### are typed as they are: keep them.

## Passphrase prompts (the cursor waits after them, so they end in a space).

cli-prompt-locked = { "Steady está bloqueado. Contraseña: " }
cli-prompt-new-passphrase = { "Contraseña nueva: " }
cli-prompt-passphrase-again = { "La misma contraseña otra vez: " }
cli-prompt-current-passphrase = { "Contraseña actual: " }

## The app lock (`steady lock …`).

# $on "yes": the lock is on.
cli-lock-status = { $on ->
    [yes] El bloqueo de la aplicación está activado: los datos están cifrados y Steady pide la contraseña al iniciarse.
   *[no] El bloqueo de la aplicación está desactivado.
}
cli-lock-set = El bloqueo de la aplicación está activado. Steady pedirá esta contraseña al iniciarse.
cli-lock-changed = La contraseña se ha cambiado.
cli-lock-removed = El bloqueo de la aplicación está desactivado. Los datos ya no están cifrados.

## Sessions and items.

# One session on a line. $id: its number; $start: its start as stored
# ("2026-12-03T09:00:00+01:00"); $tz: its time zone ("Europe/Berlin").
cli-session = { $clinic ->
    [named] Sesión { $id }: { $start } ({ $tz }), { $clinic_name }
   *[none] Sesión { $id }: { $start } ({ $tz }), clínica sin nombre
}
cli-session-cancelled = La sesión { $id } del { $start } queda cancelada; sus recordatorios se detienen.
cli-no-sessions = No hay sesiones planificadas.
# $id: the new item's number; $title: its title; $due: its time as stored.
cli-item-added = { $id }: { $title }, para { $due }
# $done "yes": the item is ticked off.
cli-item-ticked = { $done ->
    [yes] { $id }: { $title } (hecho)
   *[no] { $id }: { $title } (sin hacer)
}
# The next thing to do. $due: "2026-12-02T19:00"; $title: the item's title.
cli-today-next = Siguiente: { $due }  { $title }
cli-today-nothing = Nada que hacer.
# A session's state in the course's list, one word.
cli-session-status = { $status ->
    [upcoming] Próxima
    [current] Actual
    [past] Pasada
   *[cancelled] Cancelada
}
# How many of a session's items are done: "3/12 done".
cli-done-count = { $done }/{ $count } hechas
# A reminder's state in the list of reminders, one word.
cli-reminder-state = { $state ->
    [pending] pendiente
    [snoozed] pospuesto
    [shown] mostrado
    [missed] perdido
   *[done] hecho
}
# $name: the medicine's name, as typed; $hours: hours before the session.
cli-medicine-recorded = Medicamento { $name } guardado: última dosis { $hours } h antes de la sesión.

## Files written and read. $file: a file's path.

# $count: how many events the calendar file holds.
cli-wrote-events = { $count ->
    [one] Se escribió { $count } evento en { $file }
   *[other] Se escribieron { $count } eventos en { $file }
}
cli-wrote-ride-card = Tarjeta de regreso guardada en { $file }
cli-wrote-data = Todos los datos, guardados en { $file }
cli-wrote-protocol = Protocolo guardado en { $file }
# $backup: where the data that was replaced is kept.
cli-imported = { $file } importado. Los datos que había aquí están en { $backup }.
cli-protocol-no-problems = { $file }: no se encontraron problemas.
# $problem: one problem in the file (errors.ftl).
cli-protocol-problem = { $file }: { $problem }
# $count: sessions changed; $import: the change's number (to undo it).
cli-protocol-applied = { $count ->
    [one] { $file } aplicado a { $count } sesión y a las sesiones que se planifiquen a partir de ahora (importación { $import }).
   *[other] { $file } aplicado a { $count } sesiones y a las sesiones que se planifiquen a partir de ahora (importación { $import }).
}

## Crisis numbers (`steady crisis`).

# SAFETY: the heading over the numbers. $whose: the country's name ("Germany").
cli-crisis-heading = Números para { $whose }
# SAFETY: the crisis line ($number) and its hours ($crisis_hours, "24/7, free") when known.
cli-crisis-line = { $line ->
    [given] { $hours ->
        [given] Línea de crisis: { $number } ({ $crisis_hours })
       *[none] Línea de crisis: { $number }
    }
   *[none] Línea de crisis: sin configurar
}
# SAFETY: the emergency number.
cli-crisis-emergency = { $emergency ->
    [given] Emergencias: { $number }
   *[none] Emergencias: sin configurar
}
# $code: the country's two-letter code ("DE").
cli-crisis-confirm = (Elegido según la zona horaria: confírmelo con --country { $code })

## The patient's day (`steady day`). The times arrive ready ("07:00").

cli-day = Despertar { $wake }, mañana { $morning }, noche { $evening }, acostarse { $bedtime }, registro { $check_in }. Ningún recordatorio aparece entre la hora de acostarse y la de despertar.

## Problems the command line reports on its way (after "steady: ").

# $reason: what went wrong (errors.ftl).
cli-reword-failed = no se pudo volver a redactar el plan: { $reason }
# $reason: what went wrong (errors.ftl).
cli-reminder-times-failed = no se pudieron actualizar las horas de los recordatorios: { $reason }
