### The window's forms: Settings, your clinic's instructions, the sheet
### reader and the Ride home screen (ui/src/lib/Settings.svelte,
### ClinicInstructions.svelte, SheetReader.svelte, Ride.svelte).
###
### Labels of form fields are short: the window may be narrow. A label that
### ends in "…" is finished by the choice below it ("During the session, the
### escort…" + "stays at the clinic"); translate the two so they read as one
### sentence.
###
### Names, phone numbers, file paths and the clinic's own words arrive as
### arguments and are shown as they are.

## Shared by several forms.

# $path: where a file was saved, "/home/ana/Downloads/steady-ride-card.pdf".
forms-saved-file = Saved { $path }
# The two checklists a clinic's note can go on: the day before the session, the day of the session.
forms-checklist-day-before = the day before
forms-checklist-session-day = the session day

## Settings.

settings-title = Settings
settings-reminders-heading = Reminders
settings-notifications-on = Desktop notifications are on. Steady reminds you even while its window is closed, as long as it runs in the tray.
settings-notifications-off = Desktop notifications are off: no notification service answered. Reminders show in the Steady window instead.
# Opens the system's own words about why notifications are off.
settings-notifications-details = Details
# $next: Steady's sentence about the next reminder, "Next reminder: today, 18:00 · Stop eating".
settings-reminders-next = { $next }.
settings-notifications-test-button = Send a test notification
settings-notifications-test-sent = Sent. If no notification appeared, check your system's notification settings.
settings-reminders-resume = Resume reminders
# $duration: "1 hour", in words (the message "hours").
settings-reminders-pause = Pause reminders for { $duration }
# Followed by a list of choices: settings-stale-choice.
settings-stale-label = When a reminder is very late
# A choice under "When a reminder is very late". $duration: "6 hours", in
# words (the message "hours"): 3, 6, 12 or 24 hours.
settings-stale-choice = list it as missed after { $duration }, instead of popping up
settings-stale-hint = For example after the laptop was asleep or Steady was closed.
settings-clinic-heading = Your clinic's instructions
settings-clinic-intro = Fasting times, medicines, when to arrive, what to bring, the escort, what not to do after: enter your clinic's sheet, or open a file from your clinic.
settings-clinic-button = Your clinic's instructions
settings-day-heading = Your day
# A small tag beside a setting the patient has not set: Steady chose the value.
settings-steadys-choice = Steady's choice
settings-day-intro = No reminder pops up between your bedtime and when you wake: a reminder that falls in the night comes at bedtime, with its time. These times are Steady's choice until you set your own.
settings-day-wake = I wake at
settings-day-morning = Morning reminders
settings-day-evening = Evening reminders
settings-day-check-in = Evening check-in
settings-day-bedtime = I go to bed at
settings-day-save = Save my day
settings-day-saved = Saved. Your plan follows it.
# SAFETY: where the crisis numbers set just above are shown.
settings-crisis-where = Shown when you say something feels seriously wrong, on the Recovery screen, the ride card and the check-in summary.
settings-after-heading = After a session
settings-groggy = Show the simple, large screen for the first hours after a session
# $checkin is "set" (then $time is the evening check-in time, "20:00") or
# "none" (no time known yet).
settings-check-in-reminders = { $checkin ->
    [none] Remind me at the check-in time to check in, and for the PHQ-9, for 4 weeks after each session
   *[set] Remind me at { $time } to check in, and for the PHQ-9, for 4 weeks after each session
}
# Finished by one of the choices settings-phq-every-*: "Ask for the PHQ-9 every" + "week".
settings-phq-every = Ask for the PHQ-9 every
settings-phq-every-14 = 2 weeks (the questionnaire asks about the last 2 weeks)
settings-phq-every-7 = week
settings-phq-every-28 = 4 weeks
# SAFETY: how long the crisis numbers stay on screen after a check-in
# answered "yes" to thoughts of self-harm. Finished by one of the choices
# settings-crisis-hours-*: "... keep who to call in view for" + "a day".
settings-crisis-hours = After a "yes" to thoughts of self-harm, keep who to call in view for
settings-crisis-hours-24 = a day
settings-crisis-hours-48 = two days
settings-crisis-hours-72 = three days
settings-crisis-hours-168 = a week
settings-start-heading = Start
settings-start-at-login = Start Steady when I log in, so reminders come without opening it
settings-move-heading = Move to another computer
settings-move-intro = Save all your data in one file, then import it in Steady on the new computer. Importing replaces the data there; Steady backs it up first.
settings-move-export = Save all my data (.json)
settings-move-import = Import data from a file…
# $path: the backup of the data that was replaced.
settings-move-imported = Imported. The data that was here is backed up in { $path }
settings-about-heading = About
# $version: "0.4.1"; $folder: the data folder's path, shown as code.
settings-about-version = Steady { $version }. Your data stays on this computer, in { $folder }.
settings-about-open-folder = Open the data folder
settings-about-disclaimer = Steady shows typical values from public patient guides. Your clinic's instructions always come first. Steady is not medical advice.

## Your clinic's instructions: the clinic's sheet, section by section.

clinic-form-eyebrow = Your clinic's instructions
clinic-form-title = Turn your clinic's sheet into your plan
# $tag: the small "typical" tag (clinic-form-typical), shown as a tag.
clinic-form-lead = Each field starts at a typical value, marked { $tag }. Change what your clinic says; the checklist beside the form shows what you get. Nothing is saved until you choose "Save".
# A small tag beside a value still at Steady's typical value, not the clinic's.
clinic-form-typical = typical
clinic-form-open-file = Open a file from your clinic…
clinic-form-save-file = Save these instructions as a file
clinic-form-reset = Start again from typical values
clinic-form-file-problems = That file can't be used; nothing was changed.
# $line: a line number in the file; $problem: what is wrong there, in Steady's words.
clinic-form-file-problem-line = Line { $line }: { $problem }
# $name: the file's name; $size: its size in kilobytes.
clinic-form-file-too-big = { $name } is { $size } KB; a protocol file is at most 64 KB.
clinic-form-file-filled = The file's instructions are in the form below. Check them, then save.
# $count: how many rules and notes from the pasted sheet were put in the form.
clinic-form-sheet-used = { $count ->
    [one] { $count } rule from your sheet is in the form below. Check them in the preview, then save.
   *[other] { $count } rules from your sheet are in the form below. Check them in the preview, then save.
}
# $count: how many of the patient's planned sessions got these instructions.
clinic-form-saved = { $count ->
    [one] Saved for { $count } session and for sessions you plan from now on.
   *[other] Saved for { $count } sessions and for sessions you plan from now on.
}
clinic-form-undone = Undone. Your sessions have their earlier instructions again.
clinic-form-number-empty = A number field is empty. Please fill in every number, or untick what does not apply.
clinic-form-clinic-legend = The clinic
clinic-form-clinic-name = Name
clinic-form-clinic-phone = Phone
clinic-form-clinic-address = Address
clinic-form-timeline-legend = Timeline
clinic-form-arrive = Arrive this many minutes early
clinic-form-travel-check = Remind me when to leave home
clinic-form-travel = My travel time, minutes
clinic-form-intake = Intake, minutes
clinic-form-infusion = Infusion, minutes
# "min": minutes. How long the clinic watches the patient after the infusion, at least...
clinic-form-observation-min = Observation after, shortest (min)
# ...and at most.
clinic-form-observation-max = …and longest (min)
clinic-form-observation-alone-check = The clinic keeps patients without an escort longer
clinic-form-observation-alone = Observation without an escort, minutes
clinic-form-food-legend = Food and drink
# The two fasting rules, each followed by the choices clinic-form-cutoff-*.
clinic-form-solid-title = No solid food
clinic-form-liquids-title = Clear liquids allowed until
clinic-form-cutoff-hours = Some hours before the session
clinic-form-cutoff-minutes = Some minutes before the session
clinic-form-cutoff-clock = At a clock time
clinic-form-cutoff-none = My clinic sets no such rule
clinic-form-hours-before = Hours before
clinic-form-minutes-before = Minutes before
clinic-form-time = Time
# Followed by a choice: a day (clinic-form-food-day-*) or a checklist (forms-checklist-*).
clinic-form-on = On
clinic-form-food-day-of = the day of the session
clinic-form-food-day-before = the day before
# A button that fills in the common rule "nothing to eat after midnight"; keep the quotation marks.
clinic-form-after-midnight = "Nothing after midnight"
# Put into the field "The clinic's own words about food" by the button above.
clinic-form-after-midnight-words = nothing to eat after midnight
clinic-form-food-words = The clinic's own words about food
# A small grey word beside a field that may stay empty.
clinic-form-optional = optional
clinic-form-clear-liquids = What counts as a clear liquid, in the clinic's words
# An example inside an empty field.
clinic-form-clear-liquids-example = water, black coffee, clear juice without pulp…
clinic-form-fast-broken = If the fast is broken
# An example inside an empty field: what a clinic does if the patient ate.
clinic-form-fast-broken-example = the session is cancelled
clinic-form-medicines-legend = Medicines
clinic-form-medicines-intro = Only your prescriber decides which medicines to hold. Enter what your clinic's sheet names.
clinic-form-keep-usual = Keep taking your usual medicines unless told otherwise
clinic-form-medicine = Medicine or kind of medicine
# An example inside an empty field; Adderall is a brand name.
clinic-form-medicine-example = stimulants (Adderall)
# Followed by the choices clinic-form-before-*: what the patient does with this medicine before a session.
clinic-form-medicine-before = Before the session
clinic-form-before-skip-morning-of = Skip it the morning of the session
clinic-form-before-night-before = Last dose the night before
clinic-form-before-hours-before = Last dose some hours before
clinic-form-before-fewer-on-the-day = Fewer doses on the day
clinic-form-before-take-on-the-day = Take it on the day as usual
clinic-form-before-ask-prescriber = Talk to the prescriber first
clinic-form-before-none = Nothing before; only a restart time
clinic-form-medicine-last-dose-hours = Last dose, hours before
clinic-form-medicine-ask-days = Remind me this many days ahead
clinic-form-medicine-restart-check = Restart after the session
clinic-form-medicine-restart-hours = Hours after
clinic-form-note = Note
clinic-form-medicine-remove = Remove this medicine
clinic-form-medicine-add = Add a medicine
clinic-form-bring-legend = What to bring and wear
clinic-form-bring-intro = Becomes a "Pack your bag" item the evening before, each thing tickable.
# For screen readers: the field of the $number-th thing to bring (1, 2, 3...).
clinic-form-bring-thing = Thing to bring { $number }
clinic-form-remove = Remove
# For screen readers, on the Remove button beside a thing to bring. $thing is
# "named" (then $name is what the patient typed, "reading glasses") or "none"
# (the field is still empty).
clinic-form-bring-remove = { $thing ->
    [none] Remove this thing
   *[named] Remove { $name }
}
clinic-form-bring-add = Add a thing to bring
clinic-form-escort-legend = The escort
clinic-form-escort-required = An adult must take me home
clinic-form-escort-age-check = The clinic sets a minimum age
clinic-form-escort-age = Minimum age
# Finished by one of the choices clinic-form-presence-*.
clinic-form-escort-presence = During the session, the escort…
clinic-form-presence-unspecified = the clinic does not say
clinic-form-presence-stays = stays at the clinic
clinic-form-presence-door = comes in to collect me at the door
clinic-form-presence-leave-return = may leave and come back
# Finished by one of the choices clinic-form-rideshare-*.
clinic-form-rideshare = A taxi or rideshare home is…
clinic-form-rideshare-unspecified = not mentioned by the clinic
clinic-form-rideshare-not-allowed = not allowed
clinic-form-rideshare-with-escort = fine only with the escort riding along
clinic-form-rideshare-allowed = allowed
clinic-form-after-legend = After the session
# SAFETY: the no-driving rule; finished by one of the choices clinic-form-no-driving-*.
clinic-form-no-driving = No driving or machinery
# SAFETY
clinic-form-no-driving-hours = for some hours
# SAFETY
clinic-form-no-driving-rest-of-day = for the rest of the day
# SAFETY
clinic-form-no-driving-next-morning = until the next morning, after sleep
clinic-form-hours = Hours
# SAFETY: "0: no rule" means typing 0 sets no such rule.
clinic-form-no-alcohol = No alcohol or cannabis, hours (0: no rule)
# SAFETY: "0: no rule" means typing 0 sets no such rule.
clinic-form-no-sedatives = No sedatives or opioids, hours (0: no rule)
# Finished by one of the choices clinic-form-no-decisions-*.
clinic-form-no-decisions = No legal or important decisions
clinic-form-no-decisions-wear-off = until the effects wear off
clinic-form-no-decisions-hours = for some hours
clinic-form-no-decisions-next-morning = until the next morning
clinic-form-someone-stays-check = Someone stays with me afterwards
clinic-form-someone-stays-hours = For this many hours
clinic-form-dependents = Someone else looks after children or dependents until the next morning
# SAFETY: the red flags: what to do when something goes wrong after a session.
clinic-form-red-flags-legend = When to call whom
# SAFETY
clinic-form-red-flags-typical = Steady shows this typical list on the Recovery screen and the ride card (from a clinic's published discharge sheet). If your clinic gives its own, use that instead.
# SAFETY: one line of the typical list. $situation: what happens ("Chest
# pain or trouble breathing"); $action: what to do (clinic-form-typical-flag-call), in bold.
clinic-form-typical-flag = { $situation }: { $action }
# SAFETY: $call is "emergency", "clinic" or "primary_care".
clinic-form-typical-flag-call = { $call ->
    [emergency] call the emergency number
    [clinic] call the clinic
   *[primary_care] tell your primary care provider
}
clinic-form-red-flags-own = Use my clinic's own list
# SAFETY: a red flag the patient types: "If…" (what happens) "…then" (one of the choices clinic-form-flag-call-*).
clinic-form-flag-if = If…
# SAFETY
clinic-form-flag-then = …then
# SAFETY
clinic-form-flag-call-emergency = call the emergency number
# SAFETY
clinic-form-flag-call-clinic = call the clinic
# SAFETY
clinic-form-flag-call-primary-care = tell my primary care provider
clinic-form-flag-add = Add another
clinic-form-visits-legend = Before each visit
clinic-form-task = Task
# An example inside an empty field.
clinic-form-task-example = Fill in the mood questionnaire
# Followed by the choices clinic-form-task-when-*.
clinic-form-when = When
clinic-form-task-when-hours = some hours before
clinic-form-task-when-minutes = some minutes before
clinic-form-task-when-clock = at a time, days before
clinic-form-days-before = Days before
clinic-form-task-remove = Remove this task
clinic-form-task-add = Add a task
clinic-form-notes-legend = Notes from the clinic
clinic-form-notes-intro = Anything else on the sheet, kept in its own words on a checklist.
clinic-form-note-add = Add a note
clinic-form-save-heading = Save
clinic-form-save-for = Use these instructions for
# A checkbox: one of the patient's planned sessions. $when: its date and time, "Tomorrow, 09:00".
clinic-form-save-session = Session { $when }
clinic-form-save-and-future = …and every session you plan from now on.
clinic-form-save-future = They apply to every session you plan from now on.
# Above a list of problems with the instructions, in Steady's words.
clinic-form-problems = Please fix this first:
clinic-form-save-button = Save for these sessions
clinic-form-undo = Undo
clinic-form-preview-heading = Your checklist with these instructions
# $when: the session's date and time; $zone: a time zone's name, "Europe/Berlin".
clinic-form-preview-for = For the session { $when }. Times on the clock of { $zone }.
# The two checklists of the preview.
clinic-form-preview-day-before = Before the session
clinic-form-preview-session-day = The session day and after
# Under a checklist item due in the night: its reminder comes at bedtime. $time: "22:30".
clinic-form-preview-reminder = Reminder at { $time }, not in the night
clinic-form-changes-heading = What changes
# One change to the plan. $title: a checklist item's title, in bold. $change
# is "new" (the item is new), "gone" (it goes away) or "moved" (its time
# moves from $before to $after, both a date and time). The arrow points from
# the old time to the new one: in a right-to-left language, turn it round.
clinic-form-change = { $title }: { $change ->
    [new] new
    [gone] goes
   *[moved] { $before } → { $after }
}
clinic-form-preview-empty = Plan a session to see its checklist here.

## Paste your clinic's sheet: Steady reads it and proposes rules.

sheet-reader-heading = Paste your clinic's sheet
sheet-reader-intro = Copy the instructions from your clinic's e-mail, web page or PDF and paste them here, or drop a .txt or .pdf file on this window. Steady reads them on this computer and suggests the rules below, each beside the sentence it came from. Nothing changes until you choose.
# For screen readers: the box the sheet is pasted into.
sheet-reader-text-label = Your clinic's sheet
# An example inside the empty box.
sheet-reader-text-example = Nothing to eat for 6 hours before your appointment…
sheet-reader-read = Read it
sheet-reader-open-file = Open a text file…
sheet-reader-pdf-drop = Drop the PDF onto this window to read it, or copy its text and paste it here.
# $rules: how many rules Steady read from the sheet; $questions: how many
# questions it has for the patient (0: it has none, and says nothing about them).
sheet-reader-found = { $questions ->
    [0] Steady found { $rules ->
        [one] { $rules } rule
       *[other] { $rules } rules
    }. Check each one against your sheet.
    [one] Steady found { $rules ->
        [one] { $rules } rule
       *[other] { $rules } rules
    }, and has { $questions } question. Check each one against your sheet.
   *[other] Steady found { $rules ->
        [one] { $rules } rule
       *[other] { $rules } rules
    }, and has { $questions } questions. Check each one against your sheet.
}
sheet-reader-proposals-heading = What Steady read
sheet-reader-questions-heading = Steady needs you to decide
# For screen readers: the choices under one of Steady's questions.
sheet-reader-answer = Your answer
sheet-reader-keep-as-note = Keep the sentence as a note
sheet-reader-leave-out = Leave it out
# $count: how many sentences of the sheet Steady could not use.
sheet-reader-unused = Sentences Steady did not use ({ $count })
# "From your clinic" is the label such notes carry on the checklist.
sheet-reader-keep-unused = Keep it as a "From your clinic" note
# For screen readers: the choice of checklist (forms-checklist-*) for a kept sentence.
sheet-reader-which-checklist = On which checklist
# $count: how many rules, answers and notes go into the form.
sheet-reader-use = { $count ->
    [one] Put { $count } in the form
   *[other] Put { $count } in the form
}
sheet-reader-cancel = Cancel

## Ride home: the ride card on screen, sending it to the driver, and the ride's details.
## Most sentences name the patient, the clinic or the driver when their
## names are filled in: a selector ($patient, $clinic, $driver) is "named"
## (the name is in $patient_name, $clinic_name, $driver_name) or "none".

ride-screen-eyebrow = Ride home
ride-screen-pickup = Pick up { $patient ->
    [none] the patient
   *[named] { $patient_name }
} at { $clinic ->
    [none] the clinic
   *[named] { $clinic_name }
}
# $start: the session's start time in words, "09:00".
ride-screen-start = The session starts at { $start }. Keep your phone on from then: the clinic may call when { $patient ->
    [none] the patient is ready.
   *[named] { $patient_name } is ready.
}
# The patient's choice of the language the driver gets the ride card, the message and the calendar file in.
ride-screen-driver-language = Driver's language
ride-screen-driver-language-hint = The ride card, the message and the driver's calendar file are written in this language.
ride-screen-who-heading = Who and where
ride-screen-patient = Patient:
ride-screen-patient-missing = (your name is not filled in)
ride-screen-driver = Driver:
# Beside "Driver:". $phone (when $driver_phone is "set"): the driver's phone number.
ride-screen-driver-value = { $driver ->
    [none] { $driver_phone ->
        [none] (not filled in)
       *[set] (not filled in), { $phone }
    }
   *[named] { $driver_phone ->
        [none] { $driver_name }
       *[set] { $driver_name }, { $phone }
    }
}
ride-screen-note = Note:
ride-screen-clinic-missing = Clinic (not filled in)
# $clinic_phone is "set" (the number is $phone) or "none".
ride-screen-clinic-phone = { $clinic_phone ->
    [none] Clinic phone: not filled in
   *[set] Clinic phone: { $phone }
}
ride-screen-confirmed = { $driver ->
    [none] My driver has confirmed the ride
   *[named] { $driver_name } has confirmed the ride
}
ride-screen-confirm-hint = Until you tick this, Steady reminds you the day before to confirm your driver.
ride-screen-escort-rules = The clinic asks the driver
# SAFETY
ride-screen-driving-again = Driving again
# SAFETY: $time: when the patient may drive again, "Tue 09:00".
ride-screen-drive-again = Not before { $time }
ride-screen-driver-checklist = The driver's checklist
ride-screen-way-home = On the way home { $patient ->
    [none] the patient
   *[named] { $patient_name }
} may feel
# SAFETY: $source is "clinic" when the clinic gave its own list, else "typical".
ride-screen-call-whom = { $source ->
    [clinic] When to call whom (the clinic's list)
   *[typical] When to call whom
}
# SAFETY: above the red flags that need the emergency number. $number: the
# emergency number ("112") when $emergency is "set".
ride-screen-call-emergency = { $emergency ->
    [none] Call the emergency number if:
   *[set] Call { $number } if:
}
# SAFETY: above the red flags that need the clinic. $clinic_phone is "set"
# (the number is $phone) or "none".
ride-screen-call-clinic = { $clinic ->
    [none] { $clinic_phone ->
        [none] Call the clinic if:
       *[set] Call the clinic ({ $phone }) if:
    }
   *[named] { $clinic_phone ->
        [none] Call { $clinic_name } if:
       *[set] Call { $clinic_name } ({ $phone }) if:
    }
}
# SAFETY
ride-screen-call-primary-care = Tell their primary care provider if:
# SAFETY: the crisis numbers' country. $country is "named" (its name is $country_name) or "none".
ride-screen-numbers-for = { $country ->
    [none] Numbers for your country
   *[named] Numbers for { $country_name }
}
# SAFETY: $line is "set" (the crisis line, name and number, is $number) or
# "none"; $hours is "set" (when it answers, "24/7", is $open) or "none".
ride-screen-crisis-line = { $line ->
    [none] { $hours ->
        [none] Crisis line: not set (Settings)
       *[set] Crisis line: not set (Settings) ({ $open })
    }
   *[set] { $hours ->
        [none] Crisis line: { $number }
       *[set] Crisis line: { $number } ({ $open })
    }
}
# SAFETY: $emergency is "set" (the number is $number) or "none".
ride-screen-emergency = { $emergency ->
    [none] Emergency: not set (Settings)
   *[set] Emergency: { $number }
}
ride-screen-send-heading = { $driver ->
    [none] Send it to your driver
   *[named] Send it to { $driver_name }
}
ride-screen-send-button = { $driver ->
    [none] Send to the driver…
   *[named] Send to { $driver_name }…
}
ride-screen-copy = Copy message
ride-screen-copied = Copied. Paste it into a text or an e-mail.
# $email is "set" (the driver's e-mail address is $address) or "none".
ride-screen-send-hint = { $email ->
    [none] Opens your mail program with this message, the ride card and the calendar file attached.
   *[set] Opens your mail program with this message to { $address }, the ride card and the calendar file attached.
}
# For screen readers: the box with the message to the driver.
ride-screen-message-label = Message text
ride-screen-files-heading = Calendar and ride card
ride-screen-files-intro = Saved to your Downloads folder. A calendar file keeps its alarms even when Steady is not running.
ride-screen-save-ics = Save to calendar (.ics)
ride-screen-save-course-ics = Whole course (.ics)
# A calendar file with every session the driver picks the patient up from.
ride-screen-save-driver-ics = All of { $driver_name }'s pickups (.ics)
# Paper size, followed by the choices A4 and Letter.
ride-screen-paper = Paper
ride-screen-paper-a4 = A4
ride-screen-paper-letter = Letter
ride-screen-save-pdf = Save ride card (PDF)
ride-screen-print = Print…
# $path: the ride card PDF just written, opened in the system's PDF viewer.
ride-screen-printed = Opened { $path } in your PDF viewer: print it from there.
ride-screen-details-heading = Details
ride-screen-patient-name = Your first name, as the driver knows you
ride-screen-driver-name = Driver's name
ride-screen-driver-phone = Driver's phone
ride-screen-driver-email = Driver's e-mail
ride-screen-driver-relation = Who they are
# An example inside an empty field.
ride-screen-driver-relation-example = partner, friend, daughter…
# Followed by the choices ride-screen-contact-*: how the driver gets the ride's details.
ride-screen-driver-contact = They get the details by
ride-screen-contact-text = text message
ride-screen-contact-email = e-mail
ride-screen-contact-phone = phone call
ride-screen-contact-in-person = in person
ride-screen-clinic-name = Clinic
ride-screen-clinic-phone-label = Clinic's phone
ride-screen-clinic-address = Clinic's address
ride-screen-driver-note = A note for the driver (on the card and in the message)
# An example inside an empty field: a note from the patient to the driver.
ride-screen-driver-note-example = I'll wait at the side door
ride-screen-save-details = Save details
ride-screen-saved = Saved.
