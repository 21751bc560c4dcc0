### The command line's words (`steady …` in a terminal): what it prints for
### a person. JSON output (--json) and `--help` stay as they are.
###
### Words in `backticks`, options such as --country, and values such as XX
### are typed as they are: keep them.

## Passphrase prompts (the cursor waits after them, so they end in a space).

cli-prompt-locked = { "Steady ist gesperrt. Passwort: " }
cli-prompt-new-passphrase = { "Neues Passwort: " }
cli-prompt-passphrase-again = { "Dasselbe Passwort noch einmal: " }
cli-prompt-current-passphrase = { "Aktuelles Passwort: " }

## The app lock (`steady lock …`).

# $on "yes": the lock is on.
cli-lock-status = { $on ->
    [yes] Die App-Sperre ist an: Die Daten sind verschlüsselt, und Steady fragt beim Start nach dem Passwort.
   *[no] Die App-Sperre ist aus.
}
cli-lock-set = Die App-Sperre ist an. Steady fragt beim Start nach diesem Passwort.
cli-lock-changed = Das Passwort wurde geändert.
cli-lock-removed = Die App-Sperre ist aus. Die Daten sind nicht mehr verschlüsselt.

## Sessions and items.

# One session on a line. $id: its number; $start: its start as stored
# ("2026-12-03T09:00:00+01:00"); $tz: its time zone ("Europe/Berlin").
cli-session = { $clinic ->
    [named] Termin { $id }: { $start } ({ $tz }), { $clinic_name }
   *[none] Termin { $id }: { $start } ({ $tz }), Klinik ohne Namen
}
cli-session-cancelled = Termin { $id } am { $start } ist abgesagt; seine Erinnerungen hören auf.
cli-no-sessions = Keine Termine geplant.
# $id: the new item's number; $title: its title; $due: its time as stored.
cli-item-added = { $id }: { $title } um { $due }
# $done "yes": the item is ticked off.
cli-item-ticked = { $done ->
    [yes] { $id }: { $title } ist erledigt
   *[no] { $id }: { $title } ist nicht erledigt
}
# The next thing to do. $due: "2026-12-02T19:00"; $title: the item's title.
cli-today-next = Als Nächstes: { $due }  { $title }
cli-today-nothing = Nichts zu tun.
# A session's state in the course's list, one word.
cli-session-status = { $status ->
    [upcoming] Geplant
    [current] Aktuell
    [past] Vorbei
   *[cancelled] Abgesagt
}
# How many of a session's items are done: "3/12 done".
cli-done-count = { $done }/{ $count } erledigt
# A reminder's state in the list of reminders, one word.
cli-reminder-state = { $state ->
    [pending] ausstehend
    [snoozed] verschoben
    [shown] angezeigt
    [missed] verpasst
   *[done] erledigt
}
# $name: the medicine's name, as typed; $hours: hours before the session.
cli-medicine-recorded = Medikament { $name } eingetragen: letzte Einnahme { $hours } Std. vor dem Termin.

## Files written and read. $file: a file's path.

# $count: how many events the calendar file holds.
cli-wrote-events = { $count ->
    [one] { $count } Kalendereintrag in { $file } geschrieben
   *[other] { $count } Kalendereinträge in { $file } geschrieben
}
cli-wrote-ride-card = Abholkarte in { $file } geschrieben
cli-wrote-data = Alle Daten in { $file } geschrieben
cli-wrote-protocol = Protokoll in { $file } geschrieben
# $backup: where the data that was replaced is kept.
cli-imported = { $file } importiert. Die Daten, die hier waren, liegen in { $backup }.
cli-protocol-no-problems = { $file }: keine Probleme gefunden.
# $problem: one problem in the file (errors.ftl).
cli-protocol-problem = { $file }: { $problem }
# $count: sessions changed; $import: the change's number (to undo it).
cli-protocol-applied = { $file } auf { $count } Termin(e) angewendet und auf Termine, die ab jetzt geplant werden (Import { $import }).

## Crisis numbers (`steady crisis`).

# SAFETY: the heading over the numbers. $whose: the country's name ("Germany").
cli-crisis-heading = Nummern für Ihr Land: { $whose }
# SAFETY: the crisis line ($number) and its hours ($crisis_hours, "24/7, free") when known.
cli-crisis-line = { $line ->
    [given] { $hours ->
        [given] Krisentelefon: { $number } ({ $crisis_hours })
       *[none] Krisentelefon: { $number }
    }
   *[none] Krisentelefon: nicht eingerichtet
}
# SAFETY: the emergency number.
cli-crisis-emergency = { $emergency ->
    [given] Notruf: { $number }
   *[none] Notruf: nicht eingerichtet
}
# $code: the country's two-letter code ("DE").
cli-crisis-confirm = (Anhand der Zeitzone gewählt: mit --country { $code } bestätigen)

## The patient's day (`steady day`). The times arrive ready ("07:00").

cli-day = Aufwachen { $wake }, Morgen { $morning }, Abend { $evening }, Schlafenszeit { $bedtime }, Befinden { $check_in }. Zwischen Schlafenszeit und Aufwachen erscheint keine Erinnerung.

## Problems the command line reports on its way (after "steady: ").

# $reason: what went wrong (errors.ftl).
cli-reword-failed = der Plan konnte nicht neu formuliert werden: { $reason }
# $reason: what went wrong (errors.ftl).
cli-reminder-times-failed = die Erinnerungszeiten konnten nicht aktualisiert werden: { $reason }
