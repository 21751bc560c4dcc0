### Reminders: the desktop notifications (title, body, buttons), the
### check-in nudges, the words a locked Steady shows, and the tray's menu
### and tooltip.
###
### A notification's title says the action, its body why and by when.
### Never alarming; never the medicine's name while Steady is locked.

## A reminder's notification. The item's own title and detail come from
## the plan (plan.ftl) and arrive ready.

# A reminder the night moved to bedtime, when the item has no bedtime title of its own. $title: the item's title.
reminders-bedtime-title = Antes de dormir: { $title }
# Its body. $title: the item's title; $time: the item's own time ("03:00"); $detail: why (may be empty).
reminders-bedtime-body = { $title } a las { $time }. { $detail }
# A reminder shown late (the computer slept). $late: how late ("25 min",
# "2 h 5 min"); $time: when it was due ("07:00"); $detail: why (may be empty).
reminders-body-late = Con { $late } de retraso: era para las { $time }. { $detail }
# A reminder shown ahead of its time, as the patient asked. $time: the item's time; $detail: why (may be empty).
reminders-body-ahead = A las { $time }. { $detail }
# When a reminder comes next, in the tray: $time is a clock time ("22:00").
reminders-when-today = hoy { $time }
reminders-when-tomorrow = mañana { $time }

## The notification's buttons (short: the desktop shows them side by side).

# Clicking the notification itself: opens Steady at the item.
reminders-action-open = Abrir
reminders-action-done = Hecho
reminders-action-snooze-10 = Posponer 10 min
reminders-action-snooze-60 = Posponer 1 hora
# On a notification about no item (a check-in, a locked reminder).
reminders-action-open-steady = Abrir Steady

## The test notification (Settings → notifications → test).

reminders-test-title = Steady puede avisarle
reminders-test-body = Esto es una prueba. Los recordatorios se verán así.

## Check-in nudges, in the evening for some weeks after a session.

reminders-check-in-title = ¿Cómo se encuentra hoy?
reminders-check-in-body = Un registro de un minuto les ayuda a usted y a su clínica a ver cómo va el tratamiento.
reminders-phq9-title = Es hora del cuestionario PHQ-9
reminders-phq9-body = El PHQ-9 lleva unos dos minutos. Muestra cómo ha estado durante las últimas dos semanas.

## While Steady is locked: neutral words, nothing of the plan (anyone near
## the screen may read them).

reminders-locked-title = Tiene un recordatorio
reminders-locked-body = Abra Steady y escriba su contraseña para verlo.

## The tray icon's menu and tooltip.

tray-open = Abrir Steady
# Opens the Recovery screen.
tray-recovery = Cómo me siento después de la sesión
tray-lock = Bloquear Steady
# $paused "yes": reminders are paused now, and the item resumes them.
tray-pause = { $paused ->
    [yes] Reanudar los recordatorios
   *[no] Pausar los recordatorios durante 1 hora
}
# $pending: reminders still to come today, which a closed Steady cannot show.
tray-quit = { $pending ->
    [0] Salir de Steady
    [one] Salir de Steady ({ $pending } recordatorio pendiente para hoy no aparecerá)
   *[other] Salir de Steady ({ $pending } recordatorios pendientes para hoy no aparecerán)
}
# The menu's line for the next reminder, before it is known or when nothing is to come.
tray-nothing-next = No hay próximos recordatorios
# $count: reminders that could not pop up and wait in the window.
tray-waiting = { $count ->
    [one] { $count } recordatorio esperando en Steady
   *[other] { $count } recordatorios esperando en Steady
}
# SAFETY: the end of the no-driving time, before the next reminder's line.
# $date: a short day and time ("Fri 4 Dec, 13:00"); $next: the next line.
tray-no-driving = Nada de conducir hasta el { $date } · { $next }
# While locked: nothing of the plan is shown.
tray-locked = Bloqueado: abra Steady para ver sus recordatorios
# When the data could not be opened.
tray-check-data = Abra Steady para revisar sus datos
# $reason: what went wrong (errors.ftl).
tray-cannot-read = Steady no puede leer sus datos: { $reason }
# The tooltip over the icon. $next: the menu's next line.
tray-tooltip = Steady — { $next }
# Asked before quitting while reminders are still to come today.
tray-quit-title = ¿Salir de Steady?
# $pending: how many reminders are still to come today (1 or more).
tray-quit-question = { $pending ->
    [one] Queda { $pending } recordatorio pendiente para hoy. Mientras Steady esté cerrado, no podrá aparecer.
   *[other] Quedan { $pending } recordatorios pendientes para hoy. Mientras Steady esté cerrado, no podrán aparecer.
}
tray-quit-button = Salir
tray-keep-running-button = Seguir abierto
