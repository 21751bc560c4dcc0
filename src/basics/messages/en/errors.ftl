### Error messages: what went wrong, in plain words, and what to do.
### Each says whether anything was changed (usually: nothing was).
###
### Many are shown under a form field, or printed by the command line
### (`steady …`) after "steady: ". Words between `backticks` are commands or
### settings, typed as they are: keep them untranslated.

error-language-unknown = Steady has no words in “{ $tag }” yet. Choose one of the languages listed.

## The error kinds every part of Steady shares.

# $what: which kind of thing was looked for; $id: its number.
error-not-found = { $what ->
    [session] Session { $id } was not found. It may have been removed.
    [item] Item { $id } was not found. It may have been removed.
    [medicine] Medicine { $id } was not found. It may have been removed.
   *[rules_change] Change of rules { $id } was not found. It may have been removed.
}
# $found, $known: data format versions (whole numbers).
error-newer-schema = This data was written by a newer Steady (data version { $found }, this Steady knows up to { $known }). It was left untouched.
error-storage-disk-full = The disk is full, so this was not saved. Free some space and try again. Nothing already saved was lost.
error-storage-read-only = Steady's data folder is read-only, so this was not saved. Nothing already saved was lost.
# $reason: the database's own technical words (English), kept for a helper.
error-storage-io = Steady could not write to its data folder (the disk may be full, read-only or failing), so this was not saved. Nothing already saved was lost. ({ $reason })
# $reason: the database's own technical words (English).
error-storage = Steady could not read or save its data: { $reason }
# $reason: the system's words for what failed (often English).
error-io = Steady could not use its data folder: { $reason }
# $reason: why, from the notification messages below (error-notify-*), or the system's words.
error-notifications = Desktop notifications are off: { $reason }. Reminders will show in the Steady window.
# $reason: why, from the document messages below (error-document-*), or a library's words.
error-document = Steady could not make this document: { $reason }. Nothing was written.
error-locked = Steady is locked. Enter your passphrase to open it.
error-wrong-passphrase = That passphrase does not match. Nothing was changed; try again.

## Folders. These follow "Steady could not use its data folder: ", so they
## start in lower case. $variable: an environment variable's name, as it is.

error-no-data-folder = this system names no data folder; set { $variable } to one
error-no-downloads-folder = this system names no Downloads folder; set { $variable } to one

## Dates, times and time zones as typed.

# $name: what was typed as a time zone. The examples are time zone names: keep them as they are.
error-unknown-time-zone = "{ $name }" is not a time zone Steady knows. Use a name like Europe/Berlin or America/New_York.
error-date-time-empty = Please enter a date and a time.
# $text: what was typed. The example is the form the field takes: keep it.
error-not-a-date-time = "{ $text }" is not a date and time Steady understands. Use the form 2026-12-03T09:00.
# $text: what was typed. The example is the form the field takes: keep it.
error-not-a-time-of-day = "{ $text }" is not a time of day. Use the form 07:30 (24-hour).

## The patient's day (Settings: wake, morning, evening, bedtime, check-in).

error-day-night-too-short = Leave at least two hours between bedtime and waking up.
error-day-too-short = Bedtime must be at least six hours after waking up.
error-day-out-of-order = The morning comes after waking, the evening after the morning, and bedtime after the evening.
error-day-check-in-after-bedtime = The evening check-in has to come before bedtime, so it does not wake you.

## Check-ins and the PHQ-9 questionnaire.

# $count: how many answers arrived (not nine).
error-phq9-answer-count = { $count ->
    [one] The PHQ-9 has nine questions; { $count } answer was given.
   *[other] The PHQ-9 has nine questions; { $count } answers were given.
}
# $answer: the answer given (a number above 3).
error-phq9-answer-range = Each answer is 0 to 3; { $answer } was given.

## Problems with a clinic's rules (the form "Your clinic's instructions", or
## a protocol file). Each problem follows the name of the field it is about
## and a colon ("Timeline, infusion minutes: must be between 1 and 720
## minutes; it is 0."), so most start in lower case.

# $low, $high: the bounds; $value: what was given; $unit: "minutes", "hours", "days" or "years".
error-rule-range = must be between { $low } and { $high } { $unit ->
    [minutes] minutes
    [hours] hours
    [days] days
   *[years] years
}; it is { $value }.
error-rule-empty = must not be empty.
# $max: the most characters allowed; $count: how many the text has.
error-rule-too-long = must be at most { $max } characters; it has { $count }.
error-rule-control-characters = must be plain text (it has invisible control characters).
# $max: the most entries allowed; $count: how many there are.
error-rule-too-many = at most { $max } entries; there are { $count }.
# "timeline.observation_min_minutes" is the field's name in a protocol file: keep it.
error-rule-observation-max = must be at least the shortest observation (timeline.observation_min_minutes).
error-rule-observation-without-escort = must be at least the shortest observation.
error-rule-medicine-says-nothing = says nothing: give a rule before the session or a restart time after.
# Under a form: $field is the field in words ("Food and drink, solid food, hours"); $problem one of the messages above.
error-rule-problem = { $field }: { $problem }

## Protocol files (a clinic's rules as a file, checked by Settings or by
## `steady protocol check`).

# $file: the file's path; $size, $max: kilobytes.
error-protocol-file-too-large = { $file } is { $size } KB; a protocol file is at most { $max } KB.
# $size, $max: kilobytes.
error-protocol-too-large = The file is { $size } KB; a protocol file is at most { $max } KB. Is this the right file?
error-protocol-not-utf8 = The file is not UTF-8 text. Save it as UTF-8 and try again.
# $version: the format version a file should say (2). `version = 2` is typed into the file as it is.
error-protocol-no-version = The file does not say its format version: add `version = { $version }` at the top.
# $found: the file's version; $version: the newest this Steady reads (2).
error-protocol-newer-version = This file is protocol version { $found }; this Steady reads versions 1 and { $version }. Ask the clinic for a version { $version } file, or update Steady.
# After the field's name "version" and a colon. $version: 2.
error-protocol-version-not-a-number = must be a whole number: { $version }.
# $problem: a problem above; $field: the field in words ("Food and drink, solid food, hours").
error-protocol-problem = { $problem } ({ $field })
# A problem in an old (version 1) file; after the field's name "version" and a colon.
error-protocol-v1-version = must be 1 in a version 1 file.
# "session.observation_min_minutes" is a field's name in the file: keep it.
error-protocol-v1-observation-max = must be at least session.observation_min_minutes.
# $max: the most medicines a file may list.
error-protocol-v1-too-many-medicines = at most { $max } medicines.
# $max: the most characters allowed.
error-rule-plain-text-max = must be plain text of at most { $max } characters.
# Where a problem is: $field is a field's name in the file as it is ("food.solid_food.hours"); $line a line number.
error-problem-in-field = { $field }: { $problem }
error-problem-at-line = line { $line }: { $problem }
error-problem-at-line-in-field = line { $line }, { $field }: { $problem }

## Text typed into a form: each field's sentence whole. $field is the
## field's name in the form (the key in brackets): say the sentence for that field.

# Nothing typed into a field that needs something.
error-text-empty = { $field ->
    [title] A title can't be empty.
    [note] A note can't be empty.
    [name] The medicine's name can't be empty.
    [dose] The dose can't be empty.
    [driver_name] The driver's name can't be empty.
    [driver_phone] The driver's phone number can't be empty.
    [driver_relation] Who the driver is can't be empty.
    [driver_contact] How the driver gets the details can't be empty.
    [driver_email] The driver's e-mail address can't be empty.
    [driver_note] The note for the driver can't be empty.
    [clinic_name] The clinic's name can't be empty.
    [clinic_phone] The clinic's phone number can't be empty.
   *[clinic_address] The clinic's address can't be empty.
}
# $max: the most characters allowed; $count: how many were typed.
error-text-too-long = { $field ->
    [title] A title can be at most { $max } characters; this one has { $count }.
    [note] A note can be at most { $max } characters; this one has { $count }.
    [name] The medicine's name can be at most { $max } characters; this one has { $count }.
    [dose] The dose can be at most { $max } characters; this one has { $count }.
    [driver_name] The driver's name can be at most { $max } characters; this one has { $count }.
    [driver_phone] The driver's phone number can be at most { $max } characters; this one has { $count }.
    [driver_relation] Who the driver is can be at most { $max } characters; this one has { $count }.
    [driver_contact] How the driver gets the details can be at most { $max } characters; this one has { $count }.
    [driver_email] The driver's e-mail address can be at most { $max } characters; this one has { $count }.
    [driver_note] The note for the driver can be at most { $max } characters; this one has { $count }.
    [clinic_name] The clinic's name can be at most { $max } characters; this one has { $count }.
    [clinic_phone] The clinic's phone number can be at most { $max } characters; this one has { $count }.
   *[clinic_address] The clinic's address can be at most { $max } characters; this one has { $count }.
}
# Pasted text with invisible characters in it.
error-text-control-characters = { $field ->
    [title] A title contains invisible control characters. Please retype it.
    [note] A note contains invisible control characters. Please retype it.
    [name] The medicine's name contains invisible control characters. Please retype it.
    [dose] The dose contains invisible control characters. Please retype it.
    [driver_name] The driver's name contains invisible control characters. Please retype it.
    [driver_phone] The driver's phone number contains invisible control characters. Please retype it.
    [driver_relation] Who the driver is contains invisible control characters. Please retype it.
    [driver_contact] How the driver gets the details contains invisible control characters. Please retype it.
    [driver_email] The driver's e-mail address contains invisible control characters. Please retype it.
    [driver_note] The note for the driver contains invisible control characters. Please retype it.
    [clinic_name] The clinic's name contains invisible control characters. Please retype it.
    [clinic_phone] The clinic's phone number contains invisible control characters. Please retype it.
   *[clinic_address] The clinic's address contains invisible control characters. Please retype it.
}

## Sessions, items, reminders, medicines and settings.

error-not-an-email-address = That does not look like an e-mail address (name@example.org). Nothing was saved.
error-session-end-before-infusion = A session cannot end before its infusion has started.
# "I'm home" is the button's label on the Recovery screen (screens.ftl): use the same words.
error-session-end-in-future = That time has not come yet. Tap "I'm home" when the session has ended.
error-session-start-past = That time has already passed. Enter the date and time of your next session.
error-session-start-too-far = That date is more than two years away. Please check the year.
# $value: the number given (above 10).
error-scale-range = Choose from 0 to 10; { $value } was given.
# $effect: the name the program asked for (an internal key).
error-unknown-effect = "{ $effect }" is not one of the listed effects.
# $max: the most characters a note may have.
error-note-too-long = A note can be at most { $max } characters.
error-reminder-session-over = That item's session is over; it has no reminder any more.
error-snooze-range = A snooze lasts from 1 minute to 24 hours.
error-snooze-done = This item is already done; there is nothing to snooze.
error-lead-range = A reminder can come at most 24 hours early.
error-stale-after-range = Choose between 1 and 72 hours.
# A "part" of an item: one of the things listed under it, ticked one by one.
error-item-no-such-part = That item has no such thing to tick.
error-item-no-plan-time = Only items from the plan have a plan time to go back to.
error-item-plan-not-removable = Items from the plan can't be removed. Tick them off instead, or change their time.
error-medicine-hours-range = Hours before or after can be at most 720 (30 days).
# $max: the most characters a name may have.
error-patient-name-too-long = Please enter a short name (at most { $max } characters).
# $code: what was given as a country code ("DE", "XX").
error-unknown-country = "{ $code }" is not a country Steady knows.
error-country-first = Choose your country first.
# $max: the most characters allowed.
error-crisis-number-too-long = Please enter a short number or name (at most { $max } characters).
error-crisis-panel-hours-range = Keep the panel in view for 1 to 168 hours.
error-phq9-every-range = Ask for the questionnaire every 7 to 28 days.

## The app lock (a passphrase, the data encrypted).

# $min: the fewest characters a passphrase may have.
error-passphrase-too-short = Please use at least { $min } characters. A short sentence is easy to remember and hard to guess.
# $max: the most characters a passphrase may have.
error-passphrase-too-long = That passphrase is too long (at most { $max } characters).
# $reason: technical words (English).
error-lock-settings-unusable = The lock file's settings are not usable ({ $reason }).
# $reason: technical words (English).
error-key-not-derived = The key could not be derived ({ $reason }).
# $file: the lock file's name or path.
error-lock-file-damaged = Steady's lock file ({ $file }) is damaged.
error-lock-newer = This lock was made by a newer Steady.
# $file: the path of the record kept while the passphrase changes.
error-passphrase-change-record-damaged = A change of passphrase was interrupted and its record ({ $file }) is damaged.
error-no-passphrase-to-remove = There is no passphrase to remove.
error-reencrypted-copy-differs = The re-encrypted copy did not match the data, so nothing was changed.
error-data-in-use = Another Steady is using the data right now, so nothing was changed. Close it and try again.
error-data-folder-path = The data folder's path is not valid text.
# $reason: the database's own words (English), after its integrity check.
error-integrity-check = integrity check: { $reason }

## A Steady data file (Settings → import data, `steady import data`).

# $table, $column: names inside the file, as they are.
error-data-file-value = { $table }.{ $column }: a value must be text, a number or null.
# $size: megabytes.
error-data-file-too-large = The file is { $size } MB; a Steady data file is far smaller. Is this the right file?
# $line, $column: where in the file; $reason: the reader's technical words (English).
error-data-file-not-json = This is not a Steady data file (line { $line }, column { $column }: { $reason }).
# "format" and "steady-data" are written in the file as they are: keep them.
error-data-file-format = This is not a Steady data file (its "format" is not "steady-data").
# $version: the data file format this Steady reads (a number).
error-data-file-version = This data file has a format version this Steady does not read (it reads { $version }).
error-data-file-no-schema = The file does not say its schema version.
# $found: the file's data version (a number).
# $found: the data version the file names (a number no Steady writes).
error-data-file-no-such-version = The file says data version { $found }; no Steady writes that. Is this the right file?
# $found: the file's data version; $reason: the database's own words (English).
error-data-file-not-migrated = The data of version { $found } could not be brought up to date: { $reason }
# $table: a table of Steady's own data the file has no rows for at all.
error-data-file-cannot-fill = This Steady's data has a table the import cannot fill ("{ $table }"); nothing was changed.
error-data-tables-circle = The tables' foreign keys go round in a circle; Steady's schema has none.
# "tables" is written in the file as it is: keep it.
error-data-file-no-tables = The file has no "tables".
# $table: a name inside the file.
error-data-file-unknown-table = The file has a table Steady does not know: "{ $table }".
error-data-file-rows = "{ $table }" must be a list of rows.
# $row: the row's number, counted from 1.
error-data-file-row = { $table } row { $row }: must be an object.
error-data-file-column = { $table } row { $row }: unknown column "{ $column }".
# $reason: the database's own words (English).
error-data-file-row-refused = { $table } row { $row }: { $reason }
error-data-file-dangling = Rows of "{ $table }" point at rows the file does not have.
error-data-file-inconsistent = The data does not make a consistent database: { $reason }

## A clinic's sheet opened as a file (Your clinic's instructions → open a sheet).

# $file: the file's path; $size: megabytes.
error-sheet-file-too-large = { $file } is { $size } MB; a clinic's sheet is a few pages. Open the sheet itself, or paste its text.
error-sheet-file-not-text = That file is not text or a PDF. Open the clinic's sheet as a .txt or .pdf file, or paste its text.
# $reason: the PDF reader's technical words (English).
error-sheet-pdf-unreadable = Steady could not read that PDF ({ $reason }). Copy the sheet's text and paste it instead.
error-sheet-pdf-damaged = Steady could not read that PDF (it looks damaged). Copy the sheet's text and paste it instead.
error-sheet-pdf-no-text = That PDF has no text in it: it looks like a scanned picture of the sheet. Steady reads text, not pictures. Copy the text from your clinic's e-mail or web page, or enter the rules in the form.

## A clinic's sheet given to the reader (pasted, or the text of a file).
## Nothing was read.

# $size: how many kilobytes (KB) of text were given; $max: the most Steady reads.
error-sheet-too-large = That is { $size } KB of text; a clinic's sheet is a few pages (Steady reads up to { $max } KB). Paste only the instructions.
# Control characters: invisible codes that are not letters (the text of a program file, say).
error-sheet-control-characters = That does not look like text (it is full of control characters). Copy the sheet's words instead.
error-sheet-empty = There is no text to read. Paste your clinic's instructions.

## Damaged data, and the clinic's rules applied or undone.

# $id: the session's number; $reason: technical words (English).
error-stored-session-rules = Stored session { $id } has rules Steady cannot read: { $reason }
# $id: the item's number; $what: which of its values is unknown.
error-stored-item-unknown = { $what ->
    [checklist] Stored item { $id } has an unknown checklist.
   *[kind] Stored item { $id } has an unknown kind.
}
# $problems: the problems, one a line (each from the messages above).
error-protocol-has-problems = The protocol file has problems; nothing was changed.
    { $problems }
# $id: the session's number.
error-rules-session-over = Session { $id } is over or cancelled; a clinic's rules apply to sessions still to come.
error-rules-change-undone = This change was already undone.
# $reason: technical words (English).
error-rules-saved-state = The saved state is unreadable: { $reason }

## Documents (the ride card, the check-in summary, calendar files). These
## follow "Steady could not make this document: ", so they start in lower case.

error-document-paper-size = the paper size is not valid
error-document-qr-too-long = the QR code could not hold this text (it is too long)

## The command line (`steady …`). Words in `backticks` and the values
## day_before, session_day, a4 and letter are typed as they are: keep them.

error-cli-checklist = The checklist is day_before or session_day.
error-cli-paper = The paper is a4 or letter.
error-cli-data-file-too-large = That file is far larger than a Steady data file.
# $count: how many problems; $file: the file's path.
error-cli-protocol-problems = { $count } problem(s) in { $file }
error-cli-no-passphrase = No passphrase was given: type it at a terminal, or pass it on standard input.
error-cli-passphrases-differ = The two passphrases were not the same. Nothing was changed.
error-cli-lock-already-on = The app lock is already on. Use `steady lock change` to change the passphrase.
error-cli-lock-off = The app lock is off; there is no passphrase to change.

## Desktop notifications. These follow "Desktop notifications are off: ",
## and show in the window's banner, so they start in lower case.

error-notify-not-started = reminders did not start
# $what: which job could not start; $reason: the system's words (English).
error-notify-no-thread = { $what ->
    [check] could not start a thread for the check: { $reason }
   *[notification] could not start a thread for a notification: { $reason }
}
# $seconds: how long Steady waited.
error-notify-timeout = the notification service did not answer within { $seconds } s
# $reason: the system's words (English).
error-notify-no-service = no notification service is running ({ $reason })
# $reason: the system's words (English).
error-notify-not-shown = the notification could not be shown ({ $reason })

## The app's own settings.

error-pause-range = A pause lasts from 1 minute to 24 hours.
# $reason: the system's words (English).
error-start-at-login = Steady could not change start at login: { $reason }

## The window, at start.

# Shown as a banner while Steady cannot write. $folder: the data folder's path.
error-cannot-save = Steady cannot save changes right now: its data folder ({ $folder }) is read-only or its disk is full. Your plan is shown and nothing saved was lost; ticks and changes will not stick until the folder can be written to again.
error-open-stopped = Steady could not open its data (the check stopped unexpectedly).
# A banner after Steady found its data file damaged at start. $when: the
# backup's time ("2026-11-26 08:00 UTC"); $file: where the damaged file was kept.
error-data-restored = Steady's data file was damaged, so it was moved aside and your data was restored from the backup of { $when }. Anything changed after that backup is missing. The damaged file was kept at { $file }.
# $file: where the damaged file was kept.
error-data-lost = Steady's data file was damaged and there was no good backup, so Steady started with empty data. The damaged file was kept at { $file }.

## A series of sessions (Course → plan a series).

# The example is the form the date takes: keep it.
error-series-first-date = Enter the first date as 2026-12-07.
# $day: what was given as a day of the week.
error-series-weekday = "{ $day }" is not a day of the week.
error-series-no-weekday = Choose at least one day of the week.
error-series-weeks-range = A series lasts from 1 to 12 weeks.
# $count: the sessions the choice makes (more than $max).
error-series-too-many = That makes { $count } sessions; a series has at most { $max }.

## The ride home.

# "Confirm who drives you home" is a checklist item's title (plan.ftl): use the same words.
error-ride-no-confirm-item = This session has no "Confirm who drives you home" item.
# After "Steady could not make this document: ". $program: the mail program's
# name; $status: how it ended (technical, English); $folder: where the files are.
error-document-mail-failed = the mail program could not be opened ({ $program } said { $status }); the ride card and calendar file are saved in { $folder }
# After "Steady could not make this document: ". $reason: the system's words (English).
error-document-no-mail-program = no mail program was found to open ({ $program }: { $reason }); the ride card and calendar file are saved in { $folder }
# $driver: the driver's name, as typed.
error-no-session-with-driver = No session has { $driver } as its driver yet.
