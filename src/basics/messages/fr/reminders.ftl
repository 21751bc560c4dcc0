### Rappels : les notifications du bureau (titre, texte, boutons), les
### invitations au bilan, les mots qu'affiche un Steady verrouillé, et le
### menu et l'info-bulle de la zone de notification.
###
### A notification's title says the action, its body why and by when.
### Never alarming; never the medicine's name while Steady is locked.

## A reminder's notification. The item's own title and detail come from
## the plan (plan.ftl) and arrive ready.

# A reminder the night moved to bedtime, when the item has no bedtime title of its own. $title: the item's title.
reminders-bedtime-title = Avant de dormir : { $title }
# Its body. $title: the item's title; $time: the item's own time ("03:00"); $detail: why (may be empty).
reminders-bedtime-body = { $title } à { $time }. { $detail }
# A reminder shown late (the computer slept). $late: how late ("25 min",
# "2 h 5 min"); $time: when it was due ("07:00"); $detail: why (may be empty).
reminders-body-late = En retard de { $late } : c’était prévu à { $time }. { $detail }
# A reminder shown ahead of its time, as the patient asked. $time: the item's time; $detail: why (may be empty).
reminders-body-ahead = À { $time }. { $detail }
# When a reminder comes next, in the tray: $time is a clock time ("22:00").
reminders-when-today = aujourd’hui à { $time }
reminders-when-tomorrow = demain à { $time }

## The notification's buttons (short: the desktop shows them side by side).

# Clicking the notification itself: opens Steady at the item.
reminders-action-open = Ouvrir
reminders-action-done = Fait
reminders-action-snooze-10 = Rappeler dans 10 min
reminders-action-snooze-60 = Rappeler dans 1 heure
# On a notification about no item (a check-in, a locked reminder).
reminders-action-open-steady = Ouvrir Steady

## The test notification (Settings → notifications → test).

reminders-test-title = Steady peut vous joindre
reminders-test-body = Ceci est un test. Les rappels ressembleront à ceci.

## Check-in nudges, in the evening for some weeks after a session.

reminders-check-in-title = Comment allez-vous aujourd’hui ?
reminders-check-in-body = Un bilan d’une minute vous aide, vous et votre clinique, à voir comment se passe le traitement.
reminders-phq9-title = C’est l’heure du questionnaire PHQ-9
reminders-phq9-body = Le PHQ-9 prend environ deux minutes. Il montre comment vous allez depuis deux semaines.

## While Steady is locked: neutral words, nothing of the plan (anyone near
## the screen may read them).

reminders-locked-title = Vous avez un rappel
reminders-locked-body = Ouvrez Steady et saisissez votre phrase secrète pour le voir.

## The tray icon's menu and tooltip.

tray-open = Ouvrir Steady
# Opens the Recovery screen.
tray-recovery = Comment je me sens après la séance
tray-lock = Verrouiller Steady
# $paused "yes": reminders are paused now, and the item resumes them.
tray-pause = { $paused ->
    [yes] Reprendre les rappels
   *[no] Suspendre les rappels pendant 1 heure
}
# $pending: reminders still to come today, which a closed Steady cannot show.
tray-quit = { $pending ->
    [0] Quitter Steady
    [one] Quitter Steady ({ $pending } rappel encore prévu aujourd’hui ne s’affichera pas)
   *[other] Quitter Steady ({ $pending } rappels encore prévus aujourd’hui ne s’afficheront pas)
}
# The menu's line for the next reminder, before it is known or when nothing is to come.
tray-nothing-next = Aucun rappel à venir
# $count: reminders that could not pop up and wait in the window.
tray-waiting = { $count ->
    [one] { $count } rappel en attente dans Steady
   *[other] { $count } rappels en attente dans Steady
}
# SAFETY: the end of the no-driving time, before the next reminder's line.
# $date: a short day and time ("ven. 4 déc. à 13:00"); $next: the next line.
tray-no-driving = Pas de conduite avant le { $date } · { $next }
# While locked: nothing of the plan is shown.
tray-locked = Verrouillé : ouvrez Steady pour voir vos rappels
# When the data could not be opened.
tray-check-data = Ouvrez Steady pour vérifier vos données
# $reason: what went wrong (errors.ftl).
tray-cannot-read = Steady ne peut pas lire ses données : { $reason }
# The tooltip over the icon. $next: the menu's next line.
tray-tooltip = Steady — { $next }
# Asked before quitting while reminders are still to come today.
tray-quit-title = Quitter Steady ?
# $pending: how many reminders are still to come today (1 or more).
tray-quit-question = { $pending ->
    [one] { $pending } rappel est encore prévu aujourd’hui. Tant que Steady est fermé, il ne peut pas s’afficher.
   *[other] { $pending } rappels sont encore prévus aujourd’hui. Tant que Steady est fermé, ils ne peuvent pas s’afficher.
}
tray-quit-button = Quitter
tray-keep-running-button = Laisser tourner
