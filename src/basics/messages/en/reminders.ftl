### Reminders: the desktop notifications (title, body, buttons), the
### check-in nudges, the words a locked Steady shows, and the tray's menu
### and tooltip.
###
### A notification's title says the action, its body why and by when.
### Never alarming; never the medicine's name while Steady is locked.

## A reminder's notification. The item's own title and detail come from
## the plan (plan.ftl) and arrive ready.

# A reminder the night moved to bedtime, when the item has no bedtime title of its own. $title: the item's title.
reminders-bedtime-title = Before you sleep: { $title }
# Its body. $title: the item's title; $time: the item's own time ("03:00"); $detail: why (may be empty).
reminders-bedtime-body = { $title } at { $time }. { $detail }
# A reminder shown late (the computer slept). $late: how late ("25 min",
# "2 h 5 min"); $time: when it was due ("07:00"); $detail: why (may be empty).
reminders-body-late = Late by { $late }: this was due at { $time }. { $detail }
# A reminder shown ahead of its time, as the patient asked. $time: the item's time; $detail: why (may be empty).
reminders-body-ahead = At { $time }. { $detail }
# When a reminder comes next, in the tray: $time is a clock time ("22:00").
reminders-when-today = today { $time }
reminders-when-tomorrow = tomorrow { $time }

## The notification's buttons (short: the desktop shows them side by side).

# Clicking the notification itself: opens Steady at the item.
reminders-action-open = Open
reminders-action-done = Done
reminders-action-snooze-10 = Snooze 10 min
reminders-action-snooze-60 = Snooze 1 hour
# On a notification about no item (a check-in, a locked reminder).
reminders-action-open-steady = Open Steady

## The test notification (Settings → notifications → test).

reminders-test-title = Steady can reach you
reminders-test-body = This is a test. Reminders will look like this.

## Check-in nudges, in the evening for some weeks after a session.

reminders-check-in-title = How are you today?
reminders-check-in-body = A one-minute check-in helps you and your clinic see how the treatment is going.
reminders-phq9-title = Time for the PHQ-9 questionnaire
reminders-phq9-body = The PHQ-9 takes about two minutes. It shows how you have been over the last two weeks.

## While Steady is locked: neutral words, nothing of the plan (anyone near
## the screen may read them).

reminders-locked-title = You have a reminder
reminders-locked-body = Open Steady and enter your passphrase to see it.

## The tray icon's menu and tooltip.

tray-open = Open Steady
# Opens the Recovery screen.
tray-recovery = How I feel after the session
tray-lock = Lock Steady
# $paused "yes": reminders are paused now, and the item resumes them.
tray-pause = { $paused ->
    [yes] Resume reminders
   *[no] Pause reminders for 1 hour
}
# $pending: reminders still to come today, which a closed Steady cannot show.
tray-quit = { $pending ->
    [0] Quit Steady
    [one] Quit Steady ({ $pending } reminder still to come today will not pop up)
   *[other] Quit Steady ({ $pending } reminders still to come today will not pop up)
}
# The menu's line for the next reminder, before it is known or when nothing is to come.
tray-nothing-next = No reminders to come
# $count: reminders that could not pop up and wait in the window.
tray-waiting = { $count ->
    [one] { $count } reminder waiting in Steady
   *[other] { $count } reminders waiting in Steady
}
# SAFETY: the end of the no-driving time, before the next reminder's line.
# $date: a short day and time ("Fri 4 Dec, 13:00"); $next: the next line.
tray-no-driving = No driving until { $date } · { $next }
# While locked: nothing of the plan is shown.
tray-locked = Locked: open Steady to see your reminders
# When the data could not be opened.
tray-check-data = Open Steady to check your data
# $reason: what went wrong (errors.ftl).
tray-cannot-read = Steady cannot read its data: { $reason }
# The tooltip over the icon. $next: the menu's next line.
tray-tooltip = Steady — { $next }
# Asked before quitting while reminders are still to come today.
tray-quit-title = Quit Steady?
# $pending: how many reminders are still to come today (1 or more).
tray-quit-question = { $pending ->
    [one] { $pending } reminder is still to come today. While Steady is closed, they cannot pop up.
   *[other] { $pending } reminders are still to come today. While Steady is closed, they cannot pop up.
}
tray-quit-button = Quit
tray-keep-running-button = Keep running
