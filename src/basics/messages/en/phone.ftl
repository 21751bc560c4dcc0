### The patient's own checklist on their phone (issue 27): the calendar
### file, its QR codes, the mail, and what Today and the CLI say about it.

## In the phone's calendar. With neutral titles (the patient's choice, for a
## calendar that may sync to a cloud account) no medicine, clinic or care
## word may appear: only Steady's name and a time.

# $time: a clock time on the session's clock, "07:00".
phone-neutral-title = Steady: one thing to do at { $time }
phone-neutral-session = Steady: appointment at { $time }
phone-neutral-pickup = Steady: pickup at { $time }
phone-neutral-detail = Open Steady to see what it is.
# The alarm of a cutoff that falls in the night, said at bedtime.
# $title: what to do before bed ("Have your last snack before bed");
# $body: the item with its own clock time ("Stop eating at 03:00. …").
phone-alarm-at-bedtime = { $title }: { $body }
# The calendar's name as a phone shows it. $date: "Thu 3 Dec".
phone-calendar-name = Steady: your session on { $date }
phone-calendar-name-neutral = Steady

## The QR codes, one per day of the session.

phone-qr-day-before = The day before
phone-qr-session-day = The session day
# What the alarm of an event read from a QR code says (the phone shows the
# event's title beside it); one short word.
phone-qr-alarm = Reminder
# $part of $parts: a day with too many things for one code.
phone-qr-day-before-part = The day before ({ $part } of { $parts })
phone-qr-session-day-part = The session day ({ $part } of { $parts })

## Sending the file to oneself.

phone-mail-subject = My Steady reminders
phone-mail-body = The calendar file attached holds my checklist from Steady. Open it on the phone to add it to the calendar; opening a newer one updates it.
phone-mail-opened = Your mail program opened with the calendar file attached. Send it to an address you read on your phone, then open the file there.
# $folder: where the file was saved; $file: its name.
phone-mail-opened-attach = Your mail program opened. Attach the saved file { $file } from { $folder }, send it to yourself, and open it on your phone.

## Errors.

phone-error-choose-titles = First choose how your phone's calendar should name things: the items' own words, or neutral titles.
# $program: the mail program; $status: how it ended; $folder: where the file is.
phone-error-mail-failed = the mail program could not be opened ({ $program } said { $status }); the calendar file is saved in { $folder }
# $reason: the system's words for why.
phone-error-no-mail-program = no mail program was found to open ({ $program }: { $reason }); the calendar file is saved in { $folder }

## The CLI.

cli-phone-titles-are = The titles are full or neutral.
cli-phone-no-session = There is no coming session to send. Add one first.
# $events: events on the phone after this; $cancelled: events taken off it.
cli-phone-wrote = { $events ->
    [one] Wrote 1 event
   *[other] Wrote { $events } events
}{ $cancelled ->
    [0] {""}
    [one] {" "}and 1 cancellation
   *[other] {" "}and { $cancelled } cancellations
} to { $file }. Open it on your phone.
cli-phone-status-not-sent = Session { $session }: not on your phone yet.
cli-phone-status-old = Session { $session }: your phone has the old times. Send it again.
# $items: checklist items the phone has as they are now.
cli-phone-status-current = Session { $session }: your phone is up to date ({ $items } items).

## The window: "Put my reminders on my phone", on Today and the Session plan.

phone-panel-title = Put my reminders on my phone
phone-open = Put my reminders on my phone
phone-privacy = Your phone's calendar may copy its events to an online account (Google, Apple or Microsoft), where they are kept on someone else's computer. You choose what the events say.
phone-titles-question = What should the events on your phone say?
phone-titles-full = What to do, in Steady's words (for example “Skip your tablet this morning”)
phone-titles-neutral = Only “Steady: one thing to do at 07:00”, with no medicine, clinic or care word
phone-continue = Continue
phone-close = Close
phone-using-full = The events say what to do, in Steady's words.
phone-using-neutral = The events say only “Steady: one thing to do at …”.
phone-change-titles = Change
phone-how = Choose one way. Doing it again after a change updates your phone's copy; it does not add a second one.
phone-show-codes = Show codes to scan
phone-show-codes-hint = Point your phone's camera at a code and add the events it offers. One code for each day.
phone-address = Your e-mail address
phone-optional = optional
phone-send = Send to my phone
phone-save = Save the file
phone-save-hint = Then copy it to your phone and open it there.
# $path: where the file was saved.
phone-saved = Saved as { $path }.
phone-codes-shown = The codes are below. Scan each one with your phone's camera.
# $day: "The day before", "The session day".
phone-code-label = QR code for your phone's calendar: { $day }

## Today.

phone-out-of-date = Your phone has the old times: send again.
phone-send-again = Send again
phone-suggest = Some reminders come at night or early in the morning, when a laptop is usually closed. Your phone can remind you then.
# A small tag beside an item that is also in the phone's calendar.
phone-on-phone = also on your phone
