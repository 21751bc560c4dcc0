### Reminders: the desktop notifications (title, body, buttons), the
### check-in nudges, the words a locked Steady shows, and the tray's menu
### and tooltip.
###
### A notification's title says the action, its body why and by when.
### Never alarming; never the medicine's name while Steady is locked.

## A reminder's notification. The item's own title and detail come from
## the plan (plan.ftl) and arrive ready.

# A reminder the night moved to bedtime, when the item has no bedtime title of its own. $title: the item's title.
reminders-bedtime-title = Vor dem Schlafengehen: { $title }
# Its body. $title: the item's title; $time: the item's own time ("03:00"); $detail: why (may be empty).
reminders-bedtime-body = { $title } um { $time }. { $detail }
# A reminder shown late (the computer slept). $late: how late ("25 min",
# "2 h 5 min"); $time: when it was due ("07:00"); $detail: why (may be empty).
reminders-body-late = { $late } zu spät: Das war um { $time } fällig. { $detail }
# A reminder shown ahead of its time, as the patient asked. $time: the item's time; $detail: why (may be empty).
reminders-body-ahead = Um { $time }. { $detail }
# When a reminder comes next, in the tray: $time is a clock time ("22:00").
reminders-when-today = heute { $time }
reminders-when-tomorrow = morgen { $time }

## The notification's buttons (short: the desktop shows them side by side).

# Clicking the notification itself: opens Steady at the item.
reminders-action-open = Öffnen
reminders-action-done = Erledigt
reminders-action-snooze-10 = 10 Min. später
reminders-action-snooze-60 = 1 Stunde später
# On a notification about no item (a check-in, a locked reminder).
reminders-action-open-steady = Steady öffnen

## The test notification (Settings → notifications → test).

reminders-test-title = Steady kann Sie erreichen
reminders-test-body = Das ist ein Test. So sehen Erinnerungen aus.

## Check-in nudges, in the evening for some weeks after a session.

reminders-check-in-title = Wie geht es Ihnen heute?
reminders-check-in-body = Eine Minute für Ihr Befinden hilft Ihnen und Ihrer Klinik zu sehen, wie die Behandlung wirkt.
reminders-phq9-title = Zeit für den PHQ-9-Fragebogen
reminders-phq9-body = Der PHQ-9 dauert etwa zwei Minuten. Er zeigt, wie es Ihnen in den letzten zwei Wochen ging.

## While Steady is locked: neutral words, nothing of the plan (anyone near
## the screen may read them).

reminders-locked-title = Sie haben eine Erinnerung
reminders-locked-body = Öffnen Sie Steady und geben Sie Ihr Passwort ein, um sie zu sehen.

## The tray icon's menu and tooltip.

tray-open = Steady öffnen
# Opens the Recovery screen.
tray-recovery = Wie es mir nach dem Termin geht
tray-lock = Steady sperren
# $paused "yes": reminders are paused now, and the item resumes them.
tray-pause = { $paused ->
    [yes] Erinnerungen fortsetzen
   *[no] Erinnerungen für 1 Stunde pausieren
}
# $pending: reminders still to come today, which a closed Steady cannot show.
tray-quit = { $pending ->
    [0] Steady beenden
    [one] Steady beenden ({ $pending } Erinnerung heute wird dann nicht erscheinen)
   *[other] Steady beenden ({ $pending } Erinnerungen heute werden dann nicht erscheinen)
}
# The menu's line for the next reminder, before it is known or when nothing is to come.
tray-nothing-next = Keine weiteren Erinnerungen
# $count: reminders that could not pop up and wait in the window.
tray-waiting = { $count ->
    [one] { $count } Erinnerung wartet in Steady
   *[other] { $count } Erinnerungen warten in Steady
}
# SAFETY: the end of the no-driving time, before the next reminder's line.
# $date: a short day and time ("Fri 4 Dec, 13:00"); $next: the next line.
tray-no-driving = Kein Autofahren bis { $date } · { $next }
# While locked: nothing of the plan is shown.
tray-locked = Gesperrt: Öffnen Sie Steady, um Ihre Erinnerungen zu sehen
# When the data could not be opened.
tray-check-data = Öffnen Sie Steady, um Ihre Daten zu prüfen
# $reason: what went wrong (errors.ftl).
tray-cannot-read = Steady kann seine Daten nicht lesen: { $reason }
# The tooltip over the icon. $next: the menu's next line.
tray-tooltip = Steady – { $next }
# Asked before quitting while reminders are still to come today.
tray-quit-title = Steady beenden?
# $pending: how many reminders are still to come today (1 or more).
tray-quit-question = { $pending ->
    [one] Heute kommt noch { $pending } Erinnerung. Solange Steady geschlossen ist, kann sie nicht erscheinen.
   *[other] Heute kommen noch { $pending } Erinnerungen. Solange Steady geschlossen ist, können sie nicht erscheinen.
}
tray-quit-button = Beenden
tray-keep-running-button = Weiterlaufen lassen
