### The plan: the checklist items Steady writes for a session (their titles,
### details, and the titles their reminders get at bedtime), where each
### item's care words come from, the clinic's rules described in words, and
### the words of the Course and status views.
###
### Item titles say what to do in a few words; details say why and by when.
### The item's time is shown beside it, so no message names a clock time.
### A patient reads these the day before and on the session day, sometimes
### groggy: keep them plain and short.
###
### Arguments in { $braces } that hold the clinic's or the patient's own
### words (a medicine's name, a note, a driver's name) are shown as they
### were typed: never translated, never quoted differently.
###
### Where a message chooses by $hours, $days or $minutes, each variant says
### the whole phrase ("1 hour before", "6 hours before"), so the number can
### take the form your language needs.

## The days before the session.

# The detail of a task the clinic sets before each visit (its title is the
# clinic's own words), when the clinic gave no note of its own.
plan-visit-task-detail = Your clinic asks for this before each visit.
plan-keep-calm-title = Keep the day calm
plan-keep-calm-detail = Avoid stress and any confrontation you can avoid.
# Shown when no medicine rule is set: only the prescriber says which
# medicines to pause.
plan-check-medicines-title = Check which medicines to pause
plan-check-medicines-detail = Some medicines need a pause or a changed schedule before a session, and supplements count too. Only your prescriber decides: if they named any, add them to this session with the hours they gave.
# The title of an item whose detail is a sentence of the clinic's own,
# kept as the clinic wrote it.
plan-clinic-note-title = From your clinic
# SAFETY: an adult has to take the patient home.
plan-confirm-driver-title = Confirm who drives you home
# SAFETY: no driver named yet.
plan-confirm-driver-detail = An adult has to take you home after the session. Ask someone and check they know when and where.
# SAFETY: $name: the driver the patient named ("Sam").
plan-confirm-driver-detail-named = Check with { $name } that they know when and where to pick you up. An adult has to take you home.
# The things to bring are listed inside the item, in the clinic's words.
plan-pack-bag-title = Pack your bag
plan-pack-bag-detail = What your clinic asks you to bring or wear.
plan-sleep-title = Go to bed in good time
plan-sleep-detail = Sleep well the night before your session.

## Fasting before the session.

plan-stop-food-title = Stop eating
# When to stop eating. $moment says how the cutoff is given:
#   "hours": $hours before the session starts;
#   "clinic": in the clinic's own words, $words, quoted as they wrote them
#     ("after midnight");
#   "same-day": a clock time on the session day (shown beside the item);
#   "day-before": a clock time on an earlier day (shown beside the item).
plan-stop-food-detail = No solid food from this time, { $moment ->
        [clinic] as your clinic asks: “{ $words }”
        [same-day] on the day of your session, from the time shown
        [day-before] the day before, from the time shown
       *[hours] { $hours ->
            [one] { $hours } hour before your session
           *[other] { $hours } hours before your session
        }
    }. Your clinic's time is the one to follow.
# As plan-stop-food-detail, when the clinic said what happens if the patient
# eats anyway. $if_broken: the clinic's own words, e.g. "call us: the session
# may have to be moved".
plan-stop-food-detail-if-broken = No solid food from this time, { $moment ->
        [clinic] as your clinic asks: “{ $words }”
        [same-day] on the day of your session, from the time shown
        [day-before] the day before, from the time shown
       *[hours] { $hours ->
            [one] { $hours } hour before your session
           *[other] { $hours } hours before your session
        }
    }. If you eat, { $if_broken }. Your clinic's time is the one to follow.
# As plan-stop-food-detail, for a cutoff the clinic gives in minutes.
# $minutes: minutes before the session.
plan-stop-food-detail-minutes = No solid food from this time, { $minutes ->
        [one] { $minutes } minute before your session
       *[other] { $minutes } minutes before your session
    }. Your clinic's time is the one to follow.
# As plan-stop-food-detail-if-broken, for a cutoff in minutes.
plan-stop-food-detail-if-broken-minutes = No solid food from this time, { $minutes ->
        [one] { $minutes } minute before your session
       *[other] { $minutes } minutes before your session
    }. If you eat, { $if_broken }. Your clinic's time is the one to follow.
# The reminder's title when the cutoff falls in the night and the reminder
# comes at bedtime instead.
plan-stop-food-bedtime-title = Have your last snack before bed
plan-stop-drinks-title = Last clear drinks
# Until when clear liquids are fine. $moment: "hours" ($hours before the
# session), "same-day" or "day-before" (a clock time shown beside the item).
plan-stop-drinks-detail = Clear liquids such as water are fine until this time, { $moment ->
        [same-day] on the day of your session, from the time shown
        [day-before] the day before, from the time shown
       *[hours] { $hours ->
            [one] { $hours } hour before your session
           *[other] { $hours } hours before your session
        }
    }; after that, nothing unless your clinic said otherwise.
# As plan-stop-drinks-detail, when the clinic said what counts as clear.
# $clear: the clinic's own words ("water, apple juice, black coffee").
plan-stop-drinks-detail-named = Clear liquids ({ $clear }) are fine until this time, { $moment ->
        [same-day] on the day of your session, from the time shown
        [day-before] the day before, from the time shown
       *[hours] { $hours ->
            [one] { $hours } hour before your session
           *[other] { $hours } hours before your session
        }
    }; after that, nothing unless your clinic said otherwise.
# As plan-stop-drinks-detail, for a cutoff in minutes. $minutes: minutes
# before the session.
plan-stop-drinks-detail-minutes = Clear liquids such as water are fine until this time, { $minutes ->
        [one] { $minutes } minute before your session
       *[other] { $minutes } minutes before your session
    }; after that, nothing unless your clinic said otherwise.
# As plan-stop-drinks-detail-named, for a cutoff in minutes.
plan-stop-drinks-detail-named-minutes = Clear liquids ({ $clear }) are fine until this time, { $minutes ->
        [one] { $minutes } minute before your session
       *[other] { $minutes } minutes before your session
    }; after that, nothing unless your clinic said otherwise.
# The reminder's title when the cutoff falls in the night and the reminder
# comes at bedtime instead.
plan-stop-drinks-bedtime-title = Your last drink before bed

## Medicines around the session. $name: a medicine or a class of medicines
## as the clinic or the prescriber wrote it ("Lamotrigine", "stimulants
## (Adderall)", "Seroquel (50 mg)").

plan-medicine-skip-title = Skip { $name } this morning
plan-medicine-skip-detail = Your clinic asks you not to take { $name } on the morning of your session.
plan-medicine-night-title = Last dose of { $name } tonight
plan-medicine-night-detail = Your clinic asks for the last dose of { $name } the night before, and none on the morning of your session.
plan-medicine-last-title = Last dose of { $name }
# $hours: how long before the session the last dose comes.
plan-medicine-last-detail = No { $name } for { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } before the session, as you were told. Only your prescriber decides which medicines to hold.
# The reminder's title when the last dose falls in the night and the
# reminder comes at bedtime instead.
plan-medicine-last-bedtime-title = Before bed: last dose of { $name }
plan-medicine-fewer-title = Take fewer doses of { $name } today, if you can
plan-medicine-fewer-detail = Your clinic asks you to take fewer doses of { $name } on the day of your session, where you can.
plan-medicine-take-title = Take { $name } this morning, as your clinic said
plan-medicine-take-detail = Your clinic asks you to take { $name } on the day of your session, even if you are fasting. Take it the way their sheet says.
plan-medicine-ask-title = Ask your prescriber about { $name }
# $days: how many days before the session this reminder comes.
plan-medicine-ask-detail = Your clinic asks to discuss { $name } before the session: { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ahead, there is time to change the plan if needed.
plan-medicine-restart-title = Restart { $name }
# $hours: when to take it again after the session; 0 means right after it.
plan-medicine-restart-detail = { $hours ->
        [0] Right after the session, as you were told.
        [one] { $hours } hour after the session, as you were told.
       *[other] { $hours } hours after the session, as you were told.
    }
# A sentence about a medicine, then the clinic's own note about it.
# $detail: one of the plan-medicine-*-detail sentences; $note: the clinic's
# words, kept as written.
plan-medicine-with-note = { $detail } { $note }
# A medicine the patient added, with the dose the prescriber gave:
# "Seroquel (50 mg)". $name and $dose: as the patient typed them.
plan-medicine-with-dose = { $name } ({ $dose })
plan-usual-medicines-title = Take your usual medicines
plan-usual-medicines-detail = Your clinic asks you to keep taking your usual medicines unless you were told otherwise.
# Some medicines have their own items on this checklist.
plan-usual-medicines-detail-except-listed = Your clinic asks you to keep taking your usual medicines, except those on this list.

## Getting there.

plan-leave-home-title = Leave home
plan-leave-home-detail = Your travel time to the clinic, so you arrive in time.
plan-arrive-title = Arrive at the clinic
# $minutes: how long before the session's start the clinic wants the
# patient there. "check-in" here is the clinic's front desk, where the
# patient registers on arrival (glossary: not Steady's daily check-in).
plan-arrive-detail = { $minutes ->
        [one] { $minutes } minute before your session starts, for check-in.
       *[other] { $minutes } minutes before your session starts, for check-in.
    }

## The session day and after.

# SAFETY: the patient must not drive home.
plan-ride-home-title = Someone else drives you home
# SAFETY: no driver named yet.
plan-ride-home-detail = An adult picks you up. Do not drive yourself.
# SAFETY: $name: the driver the patient named.
plan-ride-home-detail-named = { $name } picks you up. Do not drive yourself.
plan-what-to-expect-title = What you may feel
plan-what-to-expect-detail = Feeling groggy or disoriented for several hours is common, and so is tiredness. You may be unsteady when you stand: get up slowly.
# SAFETY: no driving and no machines after the session.
plan-no-driving-title = No driving or machinery
# SAFETY: how long the patient must not drive. $rule: "hours" (for $hours
# hours), "rest-of-day" (until midnight), "next-morning" (until they wake
# up after a night's sleep).
plan-no-driving-detail = Not { $rule ->
        [rest-of-day] for the rest of the day
        [next-morning] until the next morning, after a night's sleep,
       *[hours] { $hours ->
            [one] for { $hours } hour
           *[other] for { $hours } hours
        }
    } after your session. Your clinic may set other hours; theirs are the ones to follow.
plan-no-decisions-title = No important decisions today
plan-no-decisions-detail = Leave big decisions until the effects have worn off.
# When the clinic set a time for it (legal papers, contracts, big choices).
plan-no-legal-decisions-title = No legal or important decisions
plan-no-legal-decisions-detail-hours = Not for { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } after your session, as your clinic asks.
plan-no-legal-decisions-detail-next-morning = Not until the next morning, as your clinic asks.
# SAFETY: no alcohol or cannabis after the session.
plan-no-alcohol-title = No alcohol or cannabis
# SAFETY: $hours: how long after the session.
plan-no-alcohol-detail = Not for { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } after your session. Your clinic may set other hours; theirs are the ones to follow.
# SAFETY: opioids and benzodiazepines (sleeping pills, some painkillers)
# after the session.
plan-no-sedatives-title = No opioids or benzodiazepines
# SAFETY: $hours: how long after the session, as the clinic set it.
plan-no-sedatives-detail = Not for { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } after your session, as your clinic's rules say. Ask the clinic about any medicine you take.
# SAFETY: someone stays with the patient after the session.
plan-someone-stays-title = Someone stays with you
# SAFETY: $hours: how long the clinic asks someone to stay.
plan-someone-stays-detail = Your clinic asks that someone stays with you for { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } after the session.
# SAFETY: children or anyone the patient cares for.
plan-no-dependents-title = Someone else looks after those who depend on you
# SAFETY
plan-no-dependents-detail = Children, or anyone in your care: not you until the next morning, as your clinic asks.
plan-rest-fluids-title = Rest and drink fluids
plan-rest-fluids-detail = Take it easy for the rest of the day and drink plenty of fluids.
# SAFETY: the item at the end of the no-driving time.
plan-drive-again-title = The no-driving time ends
# SAFETY: when the patient may drive again, if they feel fully alert.
# $rule: "hours" ($hours after the session), "rest-of-day" (the next day),
# "next-morning" (after a night's sleep).
plan-drive-again-detail = { $rule ->
        [rest-of-day] The day after your session.
        [next-morning] The next morning after your session, after a night's sleep.
       *[hours] { $hours ->
            [one] { $hours } hour after your session.
           *[other] { $hours } hours after your session.
        }
    } Drive only once you feel fully alert, and only if your clinic agrees.

## Where an item's care words come from: a section of Steady's care facts
## (its collection of public patient guides) and the guides it cites, by
## number ("001") or by name. Numbers stay as they are.

# "After the session · 001, 003". $section: one of the source-section-*
# messages; $refs: guide numbers or one of the source-refs-* messages.
source-label = { $section } · { $refs }
source-section-timeline = The session day (timeline)
source-section-real-clinics = What real clinics ask
source-section-other-sources = From other public sources
source-section-day-before = The day before
source-section-after-session = After the session
source-section-side-effects = Side effects
source-section-red-flags = Red flags after an infusion: when to call whom
source-section-course = The course of treatment
# CIT and KetWell are two clinics' names; keep them.
source-refs-arrival = CIT, KetWell (arrival)
# AMG: a hospital group's name; keep it.
source-refs-amg = AMG Ketamine treatment-day page
# Spravato REMS: the name of a drug's safety programme; keep it.
source-refs-spravato = Spravato REMS patient guidance
source-refs-discharge-sheet = a ketamine clinic's discharge sheet
source-refs-clinic-own = the clinic's own instructions
# Nervana Medical: a clinic's name; keep it and the guide numbers.
source-refs-nervana = Nervana Medical discharge sheet; 001, 002

## The course of treatment (the Course screen).

# $from and $to: weeks after the last session of the first series.
course-booster-hint = After the first series, booster sessions commonly follow every { $from } to { $to ->
        [one] { $to } week
       *[other] { $to } weeks
    }, when symptoms return. This is typical; your clinic decides.

## The next reminder, as the tray and Settings show it.

# $when: when it comes, in words ("today 22:00", "tomorrow 07:00");
# $title: the reminder's title ("Go to bed in good time").
status-next-reminder = Next reminder: { $when } · { $title }
status-no-reminders = No reminders to come

## The clinic's rules in words: the names of the form's fields, used when a
## field has a problem ("Food and drink, solid food, hours: must be between
## 0 and 24 hours"); a summary of every rule, to show what a change
## changes; the escort's rules for the driver. Steady's own plain-words
## names for the form's parts.

# A part of the rules, then a field inside it, then the field inside that:
# "Food and drink, solid food, hours". $field: the part so far; $part: the
# next field's name.
rules-field-inside = { $field }, { $part }
# A numbered entry of a list: "What to bring 3", "rule 1". $name: the
# list's or the entry's name (a rules-field-* message); $number: counted
# from 1.
rules-field-numbered = { $name } { $number }
rules-field-clinic = The clinic
rules-field-timeline = Timeline
rules-field-food = Food and drink
rules-field-medicines = Medicines
rules-field-bring = What to bring
rules-field-escort = The escort
# The rules for after the session.
rules-field-after = After
rules-field-red-flags = When to call whom
rules-field-before-each-visit = Before each visit
rules-field-notes = Notes
# One of the clinic's medicine rules, numbered: "rule 1".
rules-field-rule = rule
# The fields inside the parts, in lower case as they follow a comma. They
# name the fields of the clinic's rules ("arrive early minutes": how many
# minutes early to arrive).
rules-field-name = name
rules-field-phone = phone
rules-field-address = address
rules-field-arrive-early-minutes = arrive early minutes
rules-field-travel-minutes = travel minutes
rules-field-intake-minutes = intake minutes
rules-field-infusion-minutes = infusion minutes
rules-field-observation-min-minutes = observation min minutes
rules-field-observation-max-minutes = observation max minutes
rules-field-observation-without-escort-minutes = observation without escort minutes
rules-field-solid-food = solid food
# The clinic's own words for the solid-food cutoff.
rules-field-solid-food-words = solid food words
rules-field-clear-liquids = clear liquids
# What the clinic counts as clear liquids.
rules-field-clear-liquids-are = clear liquids are
# What the clinic says happens if the patient eats anyway.
rules-field-if-broken = if broken
rules-field-keep-taking-usual = keep taking usual
rules-field-rules = rules
# A medicine rule's "before the session" part.
rules-field-before = before
rules-field-restart-hours-after = restart hours after
rules-field-note = note
# Whether an escort is required.
rules-field-required = required
rules-field-min-age = min age
# Whether the escort stays at the clinic during the session.
rules-field-presence = presence
rules-field-rideshare = rideshare
rules-field-no-driving = no driving
rules-field-no-alcohol-hours = no alcohol hours
rules-field-no-sedatives-hours = no sedatives hours
rules-field-no-decisions = no decisions
rules-field-someone-stays-hours = someone stays hours
rules-field-no-dependents-until-next-morning = no dependents until next morning
# A red flag's situation ("a new rash").
rules-field-situation = situation
# Whom to call for a red flag.
rules-field-call = call
rules-field-title = title
rules-field-when = when
rules-field-text = text
rules-field-checklist = checklist
# How a moment is given: hours before, or a clock time.
rules-field-kind = kind
rules-field-hours = hours
rules-field-days-before = days before
rules-field-time = time

## A moment before the session, short, in the summary of the rules.

rules-moment-none = no rule
# $hours: hours before the session; "h" is short for hours.
rules-moment-hours-before = { $hours } h before
# $minutes: minutes before the session; "min" is short for minutes.
rules-moment-minutes-before = { $minutes } min before
# $time: a clock time, "00:00", on the session day.
rules-moment-same-day = from { $time } on the day
# $time: a clock time, "18:00", the day before the session.
rules-moment-day-before = from { $time } the day before
# $time: a clock time, "09:00", $days days before the session (2 or more).
rules-moment-days-before = { $days ->
        [one] from { $time }, { $days } day before
       *[other] from { $time }, { $days } days before
    }

## A medicine rule, short: "last dose 6 h before; restart 6 h after".

rules-medicine-skip-morning = skip the morning of
rules-medicine-night-before = last dose the night before
rules-medicine-hours-before = last dose { $hours } h before
rules-medicine-fewer = fewer doses on the day
rules-medicine-take = take it on the day
rules-medicine-ask = { $days ->
        [one] ask the prescriber { $days } day before
       *[other] ask the prescriber { $days } days before
    }
rules-medicine-restart = restart { $hours } h after
# $before: one of rules-medicine-* before the session; $restart:
# rules-medicine-restart.
rules-medicine-before-and-restart = { $before }; { $restart }

## The summary of the rules: each rule's name, then its value. A value
## nobody set shows as "—".

rules-summary-clinic = Clinic
rules-summary-clinic-phone = Clinic phone
rules-summary-clinic-address = Clinic address
rules-summary-arrive-early = Arrive early
rules-summary-travel-time = Travel time
# Vitals, monitors, IV line before the infusion.
rules-summary-intake = Intake
rules-summary-infusion = Infusion
# Supervised recovery at the clinic before the patient may leave.
rules-summary-observation = Observation
rules-summary-observation-without-escort = Observation without an escort
# The observation's shortest and longest time: "60-180 min".
rules-summary-minutes-range = { $from }-{ $to } min
rules-summary-no-solid-food = No solid food
# The clinic's own words for the solid-food cutoff.
rules-summary-solid-food-words = In the clinic's words
rules-summary-clear-liquids-until = Clear liquids until
rules-summary-clear-liquids-are = What counts as clear
rules-summary-if-broken = If the fast is broken
rules-summary-usual-medicines = Usual medicines
rules-summary-keep-taking-them = keep taking them
# $name: a medicine as the clinic wrote it.
rules-summary-medicine = Medicine: { $name }
rules-summary-bring = What to bring
rules-summary-escort = Escort
rules-summary-escort-required = an adult takes you home
rules-summary-escort-not-required = not required
rules-summary-escort-min-age = Escort's minimum age
rules-summary-escort-presence = Escort during the session
rules-summary-rideshare = Taxi or rideshare
# SAFETY
rules-summary-no-driving = No driving
rules-summary-rest-of-day = the rest of the day
rules-summary-until-next-morning = until the next morning
rules-summary-no-alcohol = No alcohol or cannabis
rules-summary-no-sedatives = No opioids or benzodiazepines
rules-summary-no-decisions = No important decisions
rules-summary-until-effects-wear-off = until the effects wear off
rules-summary-someone-stays = Someone stays with you
rules-summary-no-dependents = Not looking after dependents
# SAFETY: $situation: a red flag in the clinic's words ("a new rash").
rules-summary-red-flag = Red flag: { $situation }
# $title: a task the clinic sets before each visit, in its words.
rules-summary-visit-task = Before each visit: { $title }
rules-summary-clinic-note = Note from the clinic

## The escort's rules, said to the driver (the ride card, the driver's
## message): one sentence each. "the patient" is the person the driver
## takes home.

# SAFETY: $age: the clinic's minimum age for the driver, in years.
rules-escort-min-age = The driver must be { $age } or older.
# SAFETY
rules-escort-adult = The driver must be an adult.
rules-escort-stays-on-site = The clinic asks the driver to stay at the clinic during the session.
rules-escort-comes-to-door = The driver comes into the clinic to collect the patient; staff hand the patient over at the door.
# The pickup window: the time span in which the clinic releases the patient.
rules-escort-may-leave = The driver may leave during the session and come back for the pickup window.
# SAFETY
rules-escort-no-rideshare = No taxi or rideshare: the patient goes home in the driver's car.
# SAFETY
rules-escort-rideshare-with-driver = A taxi or rideshare is fine only with the driver riding along.
rules-escort-rideshare-allowed = A taxi or rideshare is allowed.
# SAFETY: $hours: how long someone stays with the patient.
rules-escort-someone-stays = { $hours ->
        [one] Someone stays with the patient for { $hours } hour after the session.
       *[other] Someone stays with the patient for { $hours } hours after the session.
    }

## Short values in the summary of the rules: the escort during the session,
## a taxi or rideshare, whom to call.

rules-presence-stays-on-site = stays at the clinic
rules-presence-comes-to-door = comes to the door
rules-presence-may-leave = may leave and come back
rules-rideshare-not-allowed = not allowed
rules-rideshare-only-with-escort = only with the escort
rules-rideshare-allowed = allowed
# SAFETY: whom to call for a red flag.
rules-call-emergency = call the emergency number
# SAFETY: whom to call for a red flag.
rules-call-clinic = call the clinic
# SAFETY: whom to call for a red flag: the patient's own doctor.
rules-call-primary-care = tell your primary care provider

## The clinic's rules as a whole.

# The name of the rules a session follows when the clinic's rules give no
# clinic name: on the session's page, "Following Your clinic's instructions".
rules-name-your-clinic = Your clinic's instructions
# The first line of a clinic's instructions file Steady writes (Settings, or
# `steady protocol export`), written after "# " in the file. The path
# protocol/README.md names a file: keep it as it is.
rules-file-header = Steady clinic instructions. Format: protocol/README.md in Steady's repository.
