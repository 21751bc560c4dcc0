### The patient's own checklist on their phone (issue 27): the calendar
### file, its QR codes, the mail, and what Today and the CLI say about it.

## In the phone's calendar. With neutral titles (the patient's choice, for a
## calendar that may sync to a cloud account) no medicine, clinic or care
## word may appear: only Steady's name and a time.

# $time: a clock time on the session's clock, "07:00".
phone-neutral-title = Steady: etwas zu tun um { $time }
phone-neutral-session = Steady: Termin um { $time }
phone-neutral-pickup = Steady: Abholung um { $time }
phone-neutral-detail = Öffnen Sie Steady, um zu sehen, worum es geht.
# The alarm of a cutoff that falls in the night, said at bedtime.
# $title: what to do before bed ("Have your last snack before bed");
# $body: the item with its own clock time ("Stop eating at 03:00. …").
phone-alarm-at-bedtime = { $title }: { $body }
# The calendar's name as a phone shows it. $date: "Thu 3 Dec".
phone-calendar-name = Steady: Ihr Termin am { $date }
phone-calendar-name-neutral = Steady

## The QR codes, one per day of the session.

phone-qr-day-before = Der Tag davor
phone-qr-session-day = Der Tag des Termins
phone-qr-alarm = Erinnerung
# $part of $parts: a day with too many things for one code.
phone-qr-day-before-part = Der Tag davor ({ $part } von { $parts })
phone-qr-session-day-part = Der Tag des Termins ({ $part } von { $parts })

## Sending the file to oneself.

phone-mail-subject = Meine Steady-Erinnerungen
phone-mail-body = Die angehängte Kalenderdatei enthält meine Checkliste aus Steady. Auf dem Handy öffnen, um sie in den Kalender zu übernehmen; eine neuere Datei aktualisiert sie.
phone-mail-opened = Ihr E-Mail-Programm hat sich mit der angehängten Kalenderdatei geöffnet. Senden Sie sie an eine Adresse, die Sie auf dem Handy lesen, und öffnen Sie die Datei dort.
# $folder: where the file was saved; $file: its name.
phone-mail-opened-attach = Ihr E-Mail-Programm hat sich geöffnet. Hängen Sie die gespeicherte Datei { $file } aus { $folder } an, senden Sie sie an sich selbst und öffnen Sie sie auf Ihrem Handy.

## Errors.

phone-error-choose-titles = Wählen Sie zuerst, wie der Kalender auf Ihrem Handy die Einträge benennen soll: mit den Worten der Punkte selbst oder mit neutralen Titeln.
# $program: the mail program; $status: how it ended; $folder: where the file is.
phone-error-mail-failed = das E-Mail-Programm konnte nicht geöffnet werden ({ $program } meldete { $status }); die Kalenderdatei ist in { $folder } gespeichert
# $reason: the system's words for why.
phone-error-no-mail-program = es wurde kein E-Mail-Programm zum Öffnen gefunden ({ $program }: { $reason }); die Kalenderdatei ist in { $folder } gespeichert

## The CLI.

# German: full and neutral are the option's values, typed as they are.
cli-phone-titles-are = Die Titel sind full oder neutral.
cli-phone-no-session = Es gibt keinen kommenden Termin zum Senden. Fügen Sie zuerst einen hinzu.
# $events: events on the phone after this; $cancelled: events taken off it.
cli-phone-wrote = { $events ->
    [one] 1 Eintrag
   *[other] { $events } Einträge
}{ $cancelled ->
    [0] {""}
    [one] {" "}und 1 Absage
   *[other] {" "}und { $cancelled } Absagen
} in { $file } geschrieben. Öffnen Sie die Datei auf Ihrem Handy.
cli-phone-status-not-sent = Termin { $session }: noch nicht auf Ihrem Handy.
cli-phone-status-old = Termin { $session }: Ihr Handy hat die alten Zeiten. Senden Sie erneut.
# $items: checklist items the phone has as they are now.
cli-phone-status-current = Termin { $session }: Ihr Handy ist auf dem neuesten Stand ({ $items ->
    [one] { $items } Punkt
   *[other] { $items } Punkte
}).

## The window: "Put my reminders on my phone", on Today and the Session plan.

phone-panel-title = Meine Erinnerungen aufs Handy holen
phone-open = Meine Erinnerungen aufs Handy holen
phone-privacy = Der Kalender Ihres Handys kopiert seine Einträge vielleicht in ein Online-Konto (Google, Apple oder Microsoft); dort liegen sie auf fremden Computern. Sie entscheiden, was in den Einträgen steht.
phone-titles-question = Was soll in den Einträgen auf Ihrem Handy stehen?
# German: the example is a title in Steady's words (plan-medicine-skip-title).
phone-titles-full = Was zu tun ist, in Steadys Worten (zum Beispiel „Tablette heute Morgen auslassen“)
# German: quotes phone-neutral-title with 07:00.
phone-titles-neutral = Nur „Steady: etwas zu tun um 07:00“, ohne Wörter zu Medikamenten, Klinik oder Behandlung
phone-continue = Weiter
phone-close = Schließen
phone-using-full = Die Einträge sagen, was zu tun ist, in Steadys Worten.
phone-using-neutral = Die Einträge sagen nur „Steady: etwas zu tun um …“.
phone-change-titles = Ändern
phone-how = Wählen Sie einen Weg. Wenn Sie es nach einer Änderung wiederholen, wird die Kopie auf Ihrem Handy aktualisiert; eine zweite kommt nicht hinzu.
phone-show-codes = Codes zum Scannen zeigen
phone-show-codes-hint = Richten Sie die Kamera Ihres Handys auf einen Code und übernehmen Sie die angebotenen Einträge. Ein Code für jeden Tag.
phone-address = Ihre E-Mail-Adresse
phone-optional = optional
phone-send = An mein Handy senden
phone-save = Datei speichern
phone-save-hint = Kopieren Sie sie dann auf Ihr Handy und öffnen Sie sie dort.
# $path: where the file was saved.
phone-saved = Gespeichert als { $path }.
phone-codes-shown = Die Codes stehen unten. Scannen Sie jeden mit der Kamera Ihres Handys.
# $day: "The day before", "The session day".
phone-code-label = QR-Code für den Kalender Ihres Handys: { $day }

## Today.

phone-out-of-date = Ihr Handy hat die alten Zeiten: erneut senden.
phone-send-again = Erneut senden
phone-suggest = Manche Erinnerungen kommen nachts oder früh am Morgen, wenn ein Laptop meist zugeklappt ist. Ihr Handy kann Sie dann erinnern.
# A small tag beside an item that is also in the phone's calendar.
phone-on-phone = auch auf Ihrem Handy
