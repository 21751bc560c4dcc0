### Error messages: what went wrong, in plain words, and what to do.
### Each says whether anything was changed (usually: nothing was).
###
### Many are shown under a form field, or printed by the command line
### (`steady …`) after "steady: ". Words between `backticks` are commands or
### settings, typed as they are: keep them untranslated.

error-language-unknown = Steady hat noch keine Texte in „{ $tag }“. Wählen Sie eine der aufgeführten Sprachen.

## The error kinds every part of Steady shares.

# $what: which kind of thing was looked for; $id: its number.
error-not-found = { $what ->
    [session] Termin { $id } wurde nicht gefunden. Vielleicht wurde er entfernt.
    [item] Punkt { $id } wurde nicht gefunden. Vielleicht wurde er entfernt.
    [medicine] Medikament { $id } wurde nicht gefunden. Vielleicht wurde es entfernt.
   *[rules_change] Regeländerung { $id } wurde nicht gefunden. Vielleicht wurde sie entfernt.
}
# $found, $known: data format versions (whole numbers).
error-newer-schema = Diese Daten stammen von einem neueren Steady (Datenversion { $found }, dieses Steady kennt bis { $known }). Sie wurden nicht verändert.
error-storage-disk-full = Die Festplatte ist voll, deshalb wurde das nicht gespeichert. Geben Sie etwas Speicherplatz frei und versuchen Sie es noch einmal. Bereits Gespeichertes ist nicht verloren.
error-storage-read-only = Der Datenordner von Steady ist schreibgeschützt, deshalb wurde das nicht gespeichert. Bereits Gespeichertes ist nicht verloren.
# $reason: the database's own technical words (English), kept for a helper.
error-storage-io = Steady konnte nicht in seinen Datenordner schreiben (die Festplatte ist vielleicht voll, schreibgeschützt oder defekt), deshalb wurde das nicht gespeichert. Bereits Gespeichertes ist nicht verloren. ({ $reason })
# $reason: the database's own technical words (English).
error-storage = Steady konnte seine Daten nicht lesen oder speichern: { $reason }
# $reason: the system's words for what failed (often English).
error-io = Steady konnte seinen Datenordner nicht verwenden: { $reason }
# $reason: why, from the notification messages below (error-notify-*), or the system's words.
error-notifications = Desktop-Benachrichtigungen sind aus: { $reason }. Erinnerungen erscheinen im Steady-Fenster.
# $reason: why, from the document messages below (error-document-*), or a library's words.
error-document = Steady konnte dieses Dokument nicht erstellen: { $reason }. Es wurde nichts geschrieben.
error-locked = Steady ist gesperrt. Geben Sie Ihr Passwort ein, um es zu öffnen.
error-wrong-passphrase = Dieses Passwort stimmt nicht. Nichts wurde geändert; versuchen Sie es noch einmal.

## Folders. These follow "Steady could not use its data folder: ", so they
## start in lower case. $variable: an environment variable's name, as it is.

error-no-data-folder = dieses System nennt keinen Datenordner; setzen Sie { $variable } auf einen
error-no-downloads-folder = dieses System nennt keinen Downloads-Ordner; setzen Sie { $variable } auf einen

## Dates, times and time zones as typed.

# $name: what was typed as a time zone. The examples are time zone names: keep them as they are.
error-unknown-time-zone = „{ $name }“ ist keine Zeitzone, die Steady kennt. Verwenden Sie einen Namen wie Europe/Berlin oder America/New_York.
error-date-time-empty = Bitte geben Sie ein Datum und eine Uhrzeit ein.
# $text: what was typed. The example is the form the field takes: keep it.
error-not-a-date-time = „{ $text }“ ist kein Datum mit Uhrzeit, das Steady versteht. Verwenden Sie die Form 2026-12-03T09:00.
# $text: what was typed. The example is the form the field takes: keep it.
error-not-a-time-of-day = „{ $text }“ ist keine Uhrzeit. Verwenden Sie die Form 07:30 (24-Stunden-Format).

## The patient's day (Settings: wake, morning, evening, bedtime, check-in).

error-day-night-too-short = Lassen Sie mindestens zwei Stunden zwischen Schlafenszeit und Aufwachen.
error-day-too-short = Die Schlafenszeit muss mindestens sechs Stunden nach dem Aufwachen liegen.
error-day-out-of-order = Der Morgen kommt nach dem Aufwachen, der Abend nach dem Morgen und die Schlafenszeit nach dem Abend.
error-day-check-in-after-bedtime = Das Befinden am Abend muss vor der Schlafenszeit liegen, damit die Erinnerung Sie nicht weckt.

## Check-ins and the PHQ-9 questionnaire.

# $count: how many answers arrived (not nine).
error-phq9-answer-count = { $count ->
    [one] Der PHQ-9 hat neun Fragen; { $count } Antwort wurde gegeben.
   *[other] Der PHQ-9 hat neun Fragen; { $count } Antworten wurden gegeben.
}
# $answer: the answer given (a number above 3).
error-phq9-answer-range = Jede Antwort liegt zwischen 0 und 3; { $answer } wurde gegeben.

## Problems with a clinic's rules (the form "Your clinic's instructions", or
## a protocol file). Each problem follows the name of the field it is about
## and a colon ("Timeline, infusion minutes: must be between 1 and 720
## minutes; it is 0."), so most start in lower case.

# $low, $high: the bounds; $value: what was given; $unit: "minutes", "hours", "days" or "years".
error-rule-range = muss zwischen { $low } und { $high } { $unit ->
    [minutes] Minuten
    [hours] Stunden
    [days] Tagen
   *[years] Jahren
} liegen; eingetragen ist { $value }.
error-rule-empty = darf nicht leer sein.
# $max: the most characters allowed; $count: how many the text has.
error-rule-too-long = darf höchstens { $max } Zeichen haben; es sind { $count }.
error-rule-control-characters = muss einfacher Text sein (er enthält unsichtbare Steuerzeichen).
# $max: the most entries allowed; $count: how many there are.
error-rule-too-many = höchstens { $max } Einträge; es sind { $count }.
# "timeline.observation_min_minutes" is the field's name in a protocol file: keep it.
error-rule-observation-max = muss mindestens so lang sein wie die kürzeste Überwachung (timeline.observation_min_minutes).
error-rule-observation-without-escort = muss mindestens so lang sein wie die kürzeste Überwachung.
error-rule-medicine-says-nothing = sagt nichts: Geben Sie eine Regel vor dem Termin an oder eine Zeit, ab der das Medikament danach wieder eingenommen wird.
# Under a form: $field is the field in words ("Food and drink, solid food, hours"); $problem one of the messages above.
error-rule-problem = { $field }: { $problem }

## Protocol files (a clinic's rules as a file, checked by Settings or by
## `steady protocol check`).

# $file: the file's path; $size, $max: kilobytes.
error-protocol-file-too-large = { $file } ist { $size } KB groß; eine Protokolldatei hat höchstens { $max } KB.
# $size, $max: kilobytes.
error-protocol-too-large = Die Datei ist { $size } KB groß; eine Protokolldatei hat höchstens { $max } KB. Ist das die richtige Datei?
error-protocol-not-utf8 = Die Datei ist kein UTF-8-Text. Speichern Sie sie als UTF-8 und versuchen Sie es noch einmal.
# $version: the format version a file should say (2). `version = 2` is typed into the file as it is.
error-protocol-no-version = Die Datei nennt ihre Formatversion nicht: Schreiben Sie `version = { $version }` an den Anfang.
# $found: the file's version; $version: the newest this Steady reads (2).
error-protocol-newer-version = Diese Datei hat die Protokollversion { $found }; dieses Steady liest die Versionen 1 und { $version }. Bitten Sie die Klinik um eine Datei in Version { $version } oder aktualisieren Sie Steady.
# After the field's name "version" and a colon. $version: 2.
error-protocol-version-not-a-number = muss eine ganze Zahl sein: { $version }.
# $problem: a problem above; $field: the field in words ("Food and drink, solid food, hours").
error-protocol-problem = { $problem } ({ $field })
# A problem in an old (version 1) file; after the field's name "version" and a colon.
error-protocol-v1-version = muss in einer Datei der Version 1 gleich 1 sein.
# "session.observation_min_minutes" is a field's name in the file: keep it.
# glossary: not: "session" here is part of a field's name in the file, kept as it is.
error-protocol-v1-observation-max = muss mindestens session.observation_min_minutes sein.
# $max: the most medicines a file may list.
error-protocol-v1-too-many-medicines = höchstens { $max } Medikamente.
# $max: the most characters allowed.
error-rule-plain-text-max = muss einfacher Text mit höchstens { $max } Zeichen sein.
# Where a problem is: $field is a field's name in the file as it is ("food.solid_food.hours"); $line a line number.
error-problem-in-field = { $field }: { $problem }
error-problem-at-line = Zeile { $line }: { $problem }
error-problem-at-line-in-field = Zeile { $line }, { $field }: { $problem }

## Text typed into a form: each field's sentence whole. $field is the
## field's name in the form (the key in brackets): say the sentence for that field.

# Nothing typed into a field that needs something.
error-text-empty = { $field ->
    [title] Ein Titel darf nicht leer sein.
    [note] Eine Notiz darf nicht leer sein.
    [name] Der Name des Medikaments darf nicht leer sein.
    [dose] Die Dosis darf nicht leer sein.
    [driver_name] Der Name der Begleitperson darf nicht leer sein.
    [driver_phone] Die Telefonnummer der Begleitperson darf nicht leer sein.
    [driver_relation] Die Angabe, wer die Begleitperson ist, darf nicht leer sein.
    [driver_contact] Die Angabe, wie die Begleitperson die Details bekommt, darf nicht leer sein.
    [driver_email] Die E-Mail-Adresse der Begleitperson darf nicht leer sein.
    [driver_note] Die Notiz für die Begleitperson darf nicht leer sein.
    [clinic_name] Der Name der Klinik darf nicht leer sein.
    [clinic_phone] Die Telefonnummer der Klinik darf nicht leer sein.
   *[clinic_address] Die Adresse der Klinik darf nicht leer sein.
}
# $max: the most characters allowed; $count: how many were typed.
error-text-too-long = { $field ->
    [title] Ein Titel darf höchstens { $max } Zeichen haben; dieser hat { $count }.
    [note] Eine Notiz darf höchstens { $max } Zeichen haben; diese hat { $count }.
    [name] Der Name des Medikaments darf höchstens { $max } Zeichen haben; hier sind es { $count }.
    [dose] Die Dosis darf höchstens { $max } Zeichen haben; hier sind es { $count }.
    [driver_name] Der Name der Begleitperson darf höchstens { $max } Zeichen haben; hier sind es { $count }.
    [driver_phone] Die Telefonnummer der Begleitperson darf höchstens { $max } Zeichen haben; hier sind es { $count }.
    [driver_relation] Die Angabe, wer die Begleitperson ist, darf höchstens { $max } Zeichen haben; hier sind es { $count }.
    [driver_contact] Die Angabe, wie die Begleitperson die Details bekommt, darf höchstens { $max } Zeichen haben; hier sind es { $count }.
    [driver_email] Die E-Mail-Adresse der Begleitperson darf höchstens { $max } Zeichen haben; hier sind es { $count }.
    [driver_note] Die Notiz für die Begleitperson darf höchstens { $max } Zeichen haben; hier sind es { $count }.
    [clinic_name] Der Name der Klinik darf höchstens { $max } Zeichen haben; hier sind es { $count }.
    [clinic_phone] Die Telefonnummer der Klinik darf höchstens { $max } Zeichen haben; hier sind es { $count }.
   *[clinic_address] Die Adresse der Klinik darf höchstens { $max } Zeichen haben; hier sind es { $count }.
}
# Pasted text with invisible characters in it.
error-text-control-characters = { $field ->
    [title] Der Titel enthält unsichtbare Steuerzeichen. Bitte tippen Sie ihn neu ein.
    [note] Die Notiz enthält unsichtbare Steuerzeichen. Bitte tippen Sie sie neu ein.
    [name] Der Name des Medikaments enthält unsichtbare Steuerzeichen. Bitte tippen Sie ihn neu ein.
    [dose] Die Dosis enthält unsichtbare Steuerzeichen. Bitte tippen Sie sie neu ein.
    [driver_name] Der Name der Begleitperson enthält unsichtbare Steuerzeichen. Bitte tippen Sie ihn neu ein.
    [driver_phone] Die Telefonnummer der Begleitperson enthält unsichtbare Steuerzeichen. Bitte tippen Sie sie neu ein.
    [driver_relation] Die Angabe, wer die Begleitperson ist, enthält unsichtbare Steuerzeichen. Bitte tippen Sie sie neu ein.
    [driver_contact] Die Angabe, wie die Begleitperson die Details bekommt, enthält unsichtbare Steuerzeichen. Bitte tippen Sie sie neu ein.
    [driver_email] Die E-Mail-Adresse der Begleitperson enthält unsichtbare Steuerzeichen. Bitte tippen Sie sie neu ein.
    [driver_note] Die Notiz für die Begleitperson enthält unsichtbare Steuerzeichen. Bitte tippen Sie sie neu ein.
    [clinic_name] Der Name der Klinik enthält unsichtbare Steuerzeichen. Bitte tippen Sie ihn neu ein.
    [clinic_phone] Die Telefonnummer der Klinik enthält unsichtbare Steuerzeichen. Bitte tippen Sie sie neu ein.
   *[clinic_address] Die Adresse der Klinik enthält unsichtbare Steuerzeichen. Bitte tippen Sie sie neu ein.
}

## Sessions, items, reminders, medicines and settings.

error-not-an-email-address = Das sieht nicht nach einer E-Mail-Adresse aus (name@example.org). Nichts wurde gespeichert.
error-session-end-before-infusion = Ein Termin kann nicht enden, bevor seine Infusion begonnen hat.
# "I'm home" is the button's label on the Recovery screen (screens.ftl): use the same words.
# German: „Ich bin zu Hause“, as the button says (screens-im-home).
error-session-end-in-future = Diese Zeit ist noch nicht gekommen. Tippen Sie auf „Ich bin zu Hause“, wenn der Termin vorbei ist.
error-session-start-past = Diese Zeit ist schon vorbei. Geben Sie Datum und Uhrzeit Ihres nächsten Termins ein.
error-session-start-too-far = Dieses Datum liegt mehr als zwei Jahre in der Zukunft. Bitte prüfen Sie das Jahr.
# $value: the number given (above 10).
error-scale-range = Wählen Sie einen Wert von 0 bis 10; { $value } wurde angegeben.
# $effect: the name the program asked for (an internal key).
error-unknown-effect = „{ $effect }“ ist keine der aufgeführten Wirkungen.
# $max: the most characters a note may have.
error-note-too-long = Eine Notiz darf höchstens { $max } Zeichen haben.
error-reminder-session-over = Der Termin zu diesem Punkt ist vorbei; es gibt keine Erinnerung mehr.
error-snooze-range = Eine Erinnerung lässt sich um 1 Minute bis 24 Stunden verschieben.
error-snooze-done = Dieser Punkt ist schon erledigt; es gibt nichts zu verschieben.
error-lead-range = Eine Erinnerung kann höchstens 24 Stunden vorher kommen.
error-stale-after-range = Wählen Sie zwischen 1 und 72 Stunden.
# A "part" of an item: one of the things listed under it, ticked one by one.
error-item-no-such-part = Bei diesem Punkt gibt es nichts Derartiges zum Abhaken.
error-item-no-plan-time = Nur Punkte aus dem Plan haben eine geplante Zeit, zu der sie zurückkehren können.
error-item-plan-not-removable = Punkte aus dem Plan lassen sich nicht entfernen. Haken Sie sie stattdessen ab oder ändern Sie ihre Zeit.
error-medicine-hours-range = Stunden vorher oder danach: höchstens 720 (30 Tage).
# $max: the most characters a name may have.
error-patient-name-too-long = Bitte geben Sie einen kurzen Namen ein (höchstens { $max } Zeichen).
# $code: what was given as a country code ("DE", "XX").
error-unknown-country = „{ $code }“ ist kein Land, das Steady kennt.
error-country-first = Wählen Sie zuerst Ihr Land.
# $max: the most characters allowed.
error-crisis-number-too-long = Bitte geben Sie eine kurze Nummer oder einen kurzen Namen ein (höchstens { $max } Zeichen).
error-crisis-panel-hours-range = Die Anzeige kann 1 bis 168 Stunden sichtbar bleiben.
error-phq9-every-range = Der Fragebogen kann alle 7 bis 28 Tage abgefragt werden.

## The app lock (a passphrase, the data encrypted).

# $min: the fewest characters a passphrase may have.
error-passphrase-too-short = Bitte verwenden Sie mindestens { $min } Zeichen. Ein kurzer Satz ist leicht zu merken und schwer zu erraten.
# $max: the most characters a passphrase may have.
error-passphrase-too-long = Dieses Passwort ist zu lang (höchstens { $max } Zeichen).
# $reason: technical words (English).
error-lock-settings-unusable = Die Einstellungen der Sperrdatei sind nicht verwendbar ({ $reason }).
# $reason: technical words (English).
error-key-not-derived = Der Schlüssel konnte nicht abgeleitet werden ({ $reason }).
# $file: the lock file's name or path.
error-lock-file-damaged = Die Sperrdatei von Steady ({ $file }) ist beschädigt.
error-lock-newer = Diese Sperre wurde von einem neueren Steady angelegt.
# $file: the path of the record kept while the passphrase changes.
error-passphrase-change-record-damaged = Eine Passwortänderung wurde unterbrochen, und ihre Aufzeichnung ({ $file }) ist beschädigt.
error-no-passphrase-to-remove = Es gibt kein Passwort, das entfernt werden könnte.
error-reencrypted-copy-differs = Die neu verschlüsselte Kopie stimmte nicht mit den Daten überein, deshalb wurde nichts geändert.
error-data-in-use = Ein anderes Steady verwendet die Daten gerade, deshalb wurde nichts geändert. Schließen Sie es und versuchen Sie es noch einmal.
error-data-folder-path = Der Pfad des Datenordners ist kein gültiger Text.
# $reason: the database's own words (English), after its integrity check.
error-integrity-check = Integritätsprüfung: { $reason }

## A Steady data file (Settings → import data, `steady import data`).

# $table, $column: names inside the file, as they are.
error-data-file-value = { $table }.{ $column }: Ein Wert muss Text, eine Zahl oder null sein.
# $size: megabytes.
error-data-file-too-large = Die Datei ist { $size } MB groß; eine Steady-Datendatei ist viel kleiner. Ist das die richtige Datei?
# $line, $column: where in the file; $reason: the reader's technical words (English).
error-data-file-not-json = Das ist keine Steady-Datendatei (Zeile { $line }, Spalte { $column }: { $reason }).
# "format" and "steady-data" are written in the file as they are: keep them.
error-data-file-format = Das ist keine Steady-Datendatei (ihr "format" ist nicht "steady-data").
# $version: the data file format this Steady reads (a number).
error-data-file-version = Diese Datendatei hat eine Formatversion, die dieses Steady nicht liest (es liest { $version }).
error-data-file-no-schema = Die Datei nennt ihre Schemaversion nicht.
# $found: the data version the file names (a number no Steady writes).
error-data-file-no-such-version = Die Datei nennt die Datenversion { $found }; kein Steady schreibt diese Version. Ist das die richtige Datei?
# $found: the file's data version; $reason: the database's own words (English).
error-data-file-not-migrated = Die Daten der Version { $found } konnten nicht auf den aktuellen Stand gebracht werden: { $reason }
# $table: a table of Steady's own data the file has no rows for at all.
error-data-file-cannot-fill = Die Daten dieses Steady haben eine Tabelle, die der Import nicht füllen kann („{ $table }“); nichts wurde geändert.
error-data-tables-circle = Die Fremdschlüssel der Tabellen bilden einen Kreis; das Schema von Steady hat keinen.
# "tables" is written in the file as it is: keep it.
error-data-file-no-tables = Die Datei hat keine "tables".
# $table: a name inside the file.
error-data-file-unknown-table = Die Datei hat eine Tabelle, die Steady nicht kennt: „{ $table }“.
error-data-file-rows = „{ $table }“ muss eine Liste von Zeilen sein.
# $row: the row's number, counted from 1.
error-data-file-row = { $table } Zeile { $row }: muss ein Objekt sein.
error-data-file-column = { $table } Zeile { $row }: unbekannte Spalte „{ $column }“.
# $reason: the database's own words (English).
error-data-file-row-refused = { $table } Zeile { $row }: { $reason }
error-data-file-dangling = Zeilen von „{ $table }“ verweisen auf Zeilen, die es in der Datei nicht gibt.
error-data-file-inconsistent = Die Daten ergeben keine stimmige Datenbank: { $reason }

## A clinic's sheet opened as a file (Your clinic's instructions → open a sheet).

# $file: the file's path; $size: megabytes.
error-sheet-file-too-large = { $file } ist { $size } MB groß; das Merkblatt einer Klinik hat ein paar Seiten. Öffnen Sie das Merkblatt selbst oder fügen Sie seinen Text ein.
error-sheet-file-not-text = Diese Datei ist weder Text noch PDF. Öffnen Sie das Merkblatt der Klinik als .txt- oder .pdf-Datei oder fügen Sie seinen Text ein.
# $reason: the PDF reader's technical words (English).
error-sheet-pdf-unreadable = Steady konnte dieses PDF nicht lesen ({ $reason }). Kopieren Sie stattdessen den Text des Merkblatts und fügen Sie ihn ein.
error-sheet-pdf-damaged = Steady konnte dieses PDF nicht lesen (es scheint beschädigt zu sein). Kopieren Sie stattdessen den Text des Merkblatts und fügen Sie ihn ein.
error-sheet-pdf-no-text = Dieses PDF enthält keinen Text: Es sieht aus wie ein eingescanntes Bild des Merkblatts. Steady liest Text, keine Bilder. Kopieren Sie den Text aus der E-Mail oder von der Webseite Ihrer Klinik, oder tragen Sie die Regeln im Formular ein.

## A clinic's sheet given to the reader (pasted, or the text of a file).
## Nothing was read.

# $size: how many kilobytes (KB) of text were given; $max: the most Steady reads.
error-sheet-too-large = Das sind { $size } KB Text; das Merkblatt einer Klinik hat ein paar Seiten (Steady liest bis zu { $max } KB). Fügen Sie nur die Anweisungen ein.
# Control characters: invisible codes that are not letters (the text of a program file, say).
error-sheet-control-characters = Das sieht nicht nach Text aus (es enthält viele Steuerzeichen). Kopieren Sie stattdessen den Wortlaut des Merkblatts.
error-sheet-empty = Hier ist kein Text zum Lesen. Fügen Sie die Anweisungen Ihrer Klinik ein.

## Damaged data, and the clinic's rules applied or undone.

# $id: the session's number; $reason: technical words (English).
error-stored-session-rules = Der gespeicherte Termin { $id } hat Regeln, die Steady nicht lesen kann: { $reason }
# $id: the item's number; $what: which of its values is unknown.
error-stored-item-unknown = { $what ->
    [checklist] Der gespeicherte Punkt { $id } hat eine unbekannte Checkliste.
   *[kind] Der gespeicherte Punkt { $id } hat eine unbekannte Art.
}
# $problems: the problems, one a line (each from the messages above).
error-protocol-has-problems = Die Protokolldatei hat Probleme; nichts wurde geändert.
    { $problems }
# $id: the session's number.
error-rules-session-over = Termin { $id } ist vorbei oder abgesagt; die Regeln einer Klinik gelten für Termine, die noch kommen.
error-rules-change-undone = Diese Änderung wurde schon rückgängig gemacht.
# $reason: technical words (English).
error-rules-saved-state = Der gespeicherte Zustand ist nicht lesbar: { $reason }

## Documents (the ride card, the check-in summary, calendar files). These
## follow "Steady could not make this document: ", so they start in lower case.

error-document-paper-size = die Papiergröße ist nicht gültig
error-document-qr-too-long = der QR-Code konnte diesen Text nicht aufnehmen (er ist zu lang)

## The command line (`steady …`). Words in `backticks` and the values
## day_before, session_day, a4 and letter are typed as they are: keep them.

# glossary: not: day_before and session_day are values typed as they are.
error-cli-checklist = Die Checkliste ist day_before oder session_day.
error-cli-paper = Das Papier ist a4 oder letter.
error-cli-data-file-too-large = Diese Datei ist viel größer als eine Steady-Datendatei.
# $count: how many problems; $file: the file's path.
error-cli-protocol-problems = { $count } Problem(e) in { $file }
error-cli-no-passphrase = Es wurde kein Passwort angegeben: Tippen Sie es in einem Terminal ein oder übergeben Sie es über die Standardeingabe.
error-cli-passphrases-differ = Die beiden Passwörter waren nicht gleich. Nichts wurde geändert.
error-cli-lock-already-on = Die App-Sperre ist schon an. Mit `steady lock change` ändern Sie das Passwort.
error-cli-lock-off = Die App-Sperre ist aus; es gibt kein Passwort zu ändern.

## Desktop notifications. These follow "Desktop notifications are off: ",
## and show in the window's banner, so they start in lower case.

error-notify-not-started = Erinnerungen wurden nicht gestartet
# $what: which job could not start; $reason: the system's words (English).
error-notify-no-thread = { $what ->
    [check] für die Prüfung konnte kein Thread gestartet werden: { $reason }
   *[notification] für eine Benachrichtigung konnte kein Thread gestartet werden: { $reason }
}
# $seconds: how long Steady waited.
error-notify-timeout = der Benachrichtigungsdienst hat nicht innerhalb von { $seconds } s geantwortet
# $reason: the system's words (English).
error-notify-no-service = es läuft kein Benachrichtigungsdienst ({ $reason })
# $reason: the system's words (English).
error-notify-not-shown = die Benachrichtigung konnte nicht angezeigt werden ({ $reason })

## The app's own settings.

error-pause-range = Eine Pause dauert 1 Minute bis 24 Stunden.
# $reason: the system's words (English).
error-start-at-login = Steady konnte den Start bei der Anmeldung nicht ändern: { $reason }

## The window, at start.

# Shown as a banner while Steady cannot write. $folder: the data folder's path.
error-cannot-save = Steady kann Änderungen gerade nicht speichern: Sein Datenordner ({ $folder }) ist schreibgeschützt oder die Festplatte ist voll. Ihr Plan wird angezeigt, und nichts Gespeichertes ist verloren; Häkchen und Änderungen bleiben aber erst erhalten, wenn in den Ordner wieder geschrieben werden kann.
error-open-stopped = Steady konnte seine Daten nicht öffnen (die Prüfung brach unerwartet ab).
# A banner after Steady found its data file damaged at start. $when: the
# backup's time ("2026-11-26 08:00 UTC"); $file: where the damaged file was kept.
error-data-restored = Die Datendatei von Steady war beschädigt. Sie wurde beiseitegelegt, und Ihre Daten wurden aus der Sicherung vom { $when } wiederhergestellt. Was nach dieser Sicherung geändert wurde, fehlt. Die beschädigte Datei liegt unter { $file }.
# $file: where the damaged file was kept.
error-data-lost = Die Datendatei von Steady war beschädigt, und es gab keine brauchbare Sicherung, deshalb hat Steady mit leeren Daten begonnen. Die beschädigte Datei liegt unter { $file }.

## A series of sessions (Course → plan a series).

# The example is the form the date takes: keep it.
error-series-first-date = Geben Sie das erste Datum als 2026-12-07 ein.
# $day: what was given as a day of the week.
error-series-weekday = „{ $day }“ ist kein Wochentag.
error-series-no-weekday = Wählen Sie mindestens einen Wochentag.
error-series-weeks-range = Eine Reihe dauert 1 bis 12 Wochen.
# $count: the sessions the choice makes (more than $max).
error-series-too-many = Das ergibt { $count } Termine; eine Reihe hat höchstens { $max }.

## The ride home.

# "Confirm who drives you home" is a checklist item's title (plan.ftl): use the same words.
# German: „Bestätigen, wer Sie nach Hause fährt“ (plan-confirm-driver-title).
error-ride-no-confirm-item = Dieser Termin hat keinen Punkt „Bestätigen, wer Sie nach Hause fährt“.
# After "Steady could not make this document: ". $program: the mail program's
# name; $status: how it ended (technical, English); $folder: where the files are.
error-document-mail-failed = das E-Mail-Programm konnte nicht geöffnet werden ({ $program } meldete { $status }); Abholkarte und Kalenderdatei sind in { $folder } gespeichert
# After "Steady could not make this document: ". $reason: the system's words (English).
error-document-no-mail-program = es wurde kein E-Mail-Programm zum Öffnen gefunden ({ $program }: { $reason }); Abholkarte und Kalenderdatei sind in { $folder } gespeichert
# $driver: the driver's name, as typed.
error-no-session-with-driver = Noch kein Termin hat { $driver } als Begleitperson.
