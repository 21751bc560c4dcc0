### The clinic-sheet reader (src/plan/sheet/): a patient pastes the text of
### their clinic's e-mail, web page or PDF, and Steady proposes rules from
### it, each beside the sentence it came from, or asks where the words are
### not clear. These are the proposals' plain words, the questions, the
### titles of the tasks it reads, and the comments of the partial protocol
### file `steady protocol from-text` writes for a clinic.
###
### The sheets are read in English, so the clinic's own words (a sentence,
### a medicine's name, a thing to bring, the task a sheet names) arrive as
### arguments in English: show them as they are, never translated.
### { $sentence } is a whole sentence of the sheet, quoted.
###
### Times: { $time } is a clock time ("22:00"). Where a message chooses by
### $when, it says a moment before the session: "hours" ($hours hours
### before), "minutes" ($minutes minutes before), a clock time $time on
### the session day ("same_day"), the day before ("day_before") or $days
### days before ("days_before"), or "none" (no rule set). "h" and "min"
### are short for hours and minutes, as in the rest of the plan.

## A proposal: one rule the sheet says, in a few words. The patient ticks
## the ones to put in the form.

sheet-proposal-solid-food = { $when ->
    [hours] No solid food { $hours } h before
    [minutes] No solid food { $minutes } min before
    [same_day] No solid food from { $time } on the day
    [day_before] No solid food from { $time } the day before
    [days_before] { $days ->
        [one] No solid food from { $time }, { $days } day before
       *[other] No solid food from { $time }, { $days } days before
    }
   *[none] No solid food no rule
}
# Clear liquids may be drunk until the moment; after it, nothing.
sheet-proposal-clear-liquids = { $when ->
    [hours] Clear liquids until { $hours } h before
    [minutes] Clear liquids until { $minutes } min before
    [same_day] Clear liquids until { $time } on the day
    [day_before] Clear liquids until { $time } the day before
    [days_before] { $days ->
        [one] Clear liquids until { $time }, { $days } day before
       *[other] Clear liquids until { $time }, { $days } days before
    }
   *[none] Clear liquids until no rule
}
# $words: the sheet's sentence saying which drinks count as clear.
sheet-proposal-clear-liquids-are = What counts as a clear liquid: "{ $words }"
# $words: the sheet's sentence saying what happens if the patient eats too late.
sheet-proposal-if-fast-broken = If the fast is broken: "{ $words }"
# $name: the medicine (the sheet's name, or a class from sheet-medicine-*
# below); $rule: what to do about it, from the plan's rules-medicine-*
# messages ("last dose 6 h before; restart 6 h after").
sheet-proposal-medicine = { $name }: { $rule }
sheet-proposal-keep-taking-usual = Keep taking your usual medicines, except those named
# $minutes: how long before the appointment time to arrive.
sheet-proposal-arrive-early = { $minutes ->
    [one] Arrive { $minutes } minute early
   *[other] Arrive { $minutes } minutes early
}
# $items: the things to bring, in the sheet's words, separated by commas.
sheet-proposal-bring = Bring: { $items }
# SAFETY: an adult has to take the patient home.
sheet-proposal-escort-required = An adult must take you home
# $age: the youngest age, in years, the driver home may be.
sheet-proposal-escort-min-age = The driver must be { $age } or older
# The driver is the adult who takes the patient home. $presence says what
# the driver does during the session ("unspecified": the sheet does not say).
sheet-proposal-escort-presence = { $presence ->
    [stays_on_site] The driver stays at the clinic
    [comes_to_door] The driver comes to the door
    [may_leave] The driver may leave and come back
   *[unspecified] The driver —
}
# Whether a taxi or a rideshare (Uber, Lyft) may take the patient home.
sheet-proposal-rideshare = { $rideshare ->
    [not_allowed] Taxi or rideshare: not allowed
    [only_with_escort] Taxi or rideshare: only with the escort
    [allowed] Taxi or rideshare: allowed
   *[unspecified] Taxi or rideshare: —
}
# SAFETY: no driving after the session, for $hours hours.
sheet-proposal-no-driving-hours = { $hours ->
    [one] No driving or machinery for { $hours } hour
   *[other] No driving or machinery for { $hours } hours
}
# SAFETY: no driving after the session.
sheet-proposal-no-driving-rest-of-day = No driving for the rest of the day
# SAFETY: no driving after the session.
sheet-proposal-no-driving-next-morning = No driving until the next morning, after a night's sleep
sheet-proposal-no-decisions-hours = { $hours ->
    [one] No important decisions for { $hours } hour
   *[other] No important decisions for { $hours } hours
}
sheet-proposal-no-decisions-next-morning = No important decisions until the next morning
sheet-proposal-no-decisions-worn-off = No important decisions until the effects wear off
# $hours: hours after the session.
sheet-proposal-no-alcohol = { $hours ->
    [one] No alcohol or cannabis for { $hours } hour after
   *[other] No alcohol or cannabis for { $hours } hours after
}
# $hours: hours after the session.
sheet-proposal-no-sedatives = { $hours ->
    [one] No opioids, benzodiazepines or other sedatives for { $hours } hour after
   *[other] No opioids, benzodiazepines or other sedatives for { $hours } hours after
}
# $hours: hours after the session that someone stays with the patient.
sheet-proposal-someone-stays = { $hours ->
    [one] Someone stays with you for { $hours } hour after
   *[other] Someone stays with you for { $hours } hours after
}
sheet-proposal-no-dependents = Do not look after children or others until the next morning
# SAFETY: a red flag and whom to call. $situation: the sheet's words for
# it ("Chest pain"); $call: whom to call, from the plan's rules-call-*
# messages ("call the emergency number").
sheet-proposal-red-flag = { $situation }: { $call }
# A task before each visit. $task: its title (sheet-task-* below, or the
# sheet's words); $moment: when, from the plan's rules-moment-* messages
# ("24 h before", "from 18:00 the day before").
sheet-proposal-visit-task = Before each visit: { $task } ({ $moment })
# $minutes: how long the infusion itself takes.
sheet-proposal-infusion-minutes = { $minutes ->
    [one] The infusion takes { $minutes } minute
   *[other] The infusion takes { $minutes } minutes
}
# How long the patient stays at the clinic after the infusion, watched.
sheet-proposal-observation = { $minutes ->
    [one] Observation after: { $minutes } minute
   *[other] Observation after: { $minutes } minutes
}
# The same, as a range: "30-60 minutes".
sheet-proposal-observation-range = Observation after: { $min }-{ $max } minutes
# $text: a sentence of the sheet, kept as a note on a checklist.
sheet-proposal-note = A note: "{ $text }"

## What the reader writes into a task's title, around the sheet's own words.

# $what: the sheet's words for the form ("mood questionnaire", "PHQ-9").
sheet-task-fill-in = Fill in { $what }
# $medicine: the sheet's words for a medicine to take before the visit,
# in lower case ("anti-nausea medication").
sheet-task-take = Take { $medicine }
# $medicine: the sheet's words for a medicine the patient takes and is
# asked to talk over before the visit ("if you take aspirin, discuss it
# with us 2 weeks before"), in lower case.
sheet-task-discuss = Discuss { $medicine } with your doctor or the clinic

## Classes of medicines, as Steady names them when a sheet names one or a
## brand of it ("Adderall" is one of the stimulants). Plural, capitalised:
## they start a proposal ("Stimulants: skip on the morning of the session").

sheet-medicine-stimulants = Stimulants
sheet-medicine-sedative-hypnotics = Sedative-hypnotics
sheet-medicine-opioids = Opioids
sheet-medicine-benzodiazepines = Benzodiazepines
# One medicine: its generic name, then its brand name.
sheet-medicine-lamotrigine = Lamotrigine (Lamictal)
sheet-medicine-sedatives = Sedatives
sheet-medicine-muscle-relaxants = Muscle relaxants
# Monoamine oxidase inhibitors, a class of antidepressants.
sheet-medicine-maois = MAOIs
# Medicines for colds and flu bought without a prescription.
sheet-medicine-cold-medicines = Cold medicines
sheet-medicine-new-medicines = New medicines
sheet-medicine-as-needed-medicines = As-needed medicines
# $class: a class above; $brand: the sheet's own word for it ("Adderall").
sheet-medicine-with-brand = { $class } ({ $brand })

## Questions: a sentence says something about a rule, but not clearly
## enough to choose. Steady asks, and the patient picks what the clinic
## means, keeps the sentence as a note, or leaves it out. Steady never
## chooses a number for the patient.
##
## $subject is the rule asked about, from sheet-subject below: a short
## phrase ("no solid food", "the infusion"), used both as the subject of a
## sentence and after "for". $length is a length of time in words ("1 hour",
## "6 hours", "90 minutes"; from the app's hours message or sheet-minutes).

# The rule a question is about, as a phrase inside the question.
sheet-subject = { $about ->
    [solid_food] no solid food
    [clear_liquids] clear liquids
    [medicine] this medicine
    [arrive_early] arriving early
    [infusion_minutes] the infusion
    [observation] the stay after the infusion
    [no_driving] no driving
    [no_decisions] no important decisions
    [no_alcohol] no alcohol or cannabis
    [no_sedatives] no sedatives
    [someone_stays] someone staying with you
    [no_dependents] not looking after others
    [visit_task] this task
    [bring] this thing to bring
   *[escort_required] who takes you home
}
# A length of time in minutes, in words, in a question.
sheet-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
# The sheet limits meals ("no heavy meals 3 hours prior") but not all food.
# $when (see the top of this file) is the moment it names.
sheet-ask-food-unclear = { $when ->
    [hours] Your clinic writes "{ $sentence }". Does that mean no food at all from { $hours } h before? Choose it, or keep the sentence as a note and ask the clinic.
    [minutes] Your clinic writes "{ $sentence }". Does that mean no food at all from { $minutes } min before? Choose it, or keep the sentence as a note and ask the clinic.
    [same_day] Your clinic writes "{ $sentence }". Does that mean no food at all from { $time } on the day? Choose it, or keep the sentence as a note and ask the clinic.
    [day_before] Your clinic writes "{ $sentence }". Does that mean no food at all from { $time } the day before? Choose it, or keep the sentence as a note and ask the clinic.
    [days_before] { $days ->
        [one] Your clinic writes "{ $sentence }". Does that mean no food at all from { $time }, { $days } day before? Choose it, or keep the sentence as a note and ask the clinic.
       *[other] Your clinic writes "{ $sentence }". Does that mean no food at all from { $time }, { $days } days before? Choose it, or keep the sentence as a note and ask the clinic.
    }
   *[none] Your clinic writes "{ $sentence }". Does that mean no food at all from no rule? Choose it, or keep the sentence as a note and ask the clinic.
}
# The sheet speaks of limits on food but says no time.
sheet-ask-food-no-time = Your clinic writes "{ $sentence }" but gives no time. Ask the clinic when to stop eating; keep the sentence as a note, and set the time in the form.
# The sheet limits how much to drink ("limit how much you drink for 30 minutes") without saying none.
sheet-ask-drinks-limited = Your clinic writes "{ $sentence }": it limits how much you drink, but does not say whether you may drink at all then. Ask the clinic; keep the sentence as a note, and set the time in the form.
# A task (a questionnaire to fill in) with no time. "Before each visit" is
# the heading of a section of the form "Your clinic's instructions".
sheet-ask-task-no-time = Your clinic asks: "{ $sentence }" The sheet says no time. Add it in the form under "Before each visit" with the time you choose, or keep it as a note.
sheet-ask-no-time = Your clinic writes "{ $sentence }" but gives no time for { $subject }. Ask the clinic; keep the sentence as a note, and set the time in the form.
# $low, $high: the two ends of the range, as lengths ("15 minutes", "1 hour").
sheet-ask-range = Your clinic gives a range for { $subject }: { $low } to { $high }. Steady does not choose for you: pick the one your clinic means, or keep the sentence as a note and ask them.
# $length: the longest it can take.
sheet-ask-up-to = Your clinic says { $subject } can take up to { $length }. Is that so for you? Then choose it; otherwise keep the sentence as a note and ask the clinic.
# The sheet says "a few hours" or the like.
sheet-ask-vague = Your clinic writes "{ $sentence }" without a number for { $subject }. Ask the clinic how long; keep the sentence as a note, and set it in the form.
# The sheet says how long in words Steady cannot keep for this rule.
# $span says which words.
sheet-ask-not-in-hours = { $span ->
    [next_morning] Your clinic says { $subject } until the next morning. Steady can only keep this rule in another way: check the form's choice against the sheet, or keep the sentence as a note.
    [rest_of_day] Your clinic says { $subject } for the rest of the day. Steady can only keep this rule in another way: check the form's choice against the sheet, or keep the sentence as a note.
    [worn_off] Your clinic says { $subject } until the effects wear off. Steady can only keep this rule in another way: check the form's choice against the sheet, or keep the sentence as a note.
    [morning_of] Your clinic says { $subject } on the morning of the session. Steady can only keep this rule in another way: check the form's choice against the sheet, or keep the sentence as a note.
    [night_before] Your clinic says { $subject } from the night before. Steady can only keep this rule in another way: check the form's choice against the sheet, or keep the sentence as a note.
    [day_of] Your clinic says { $subject } on the day of the session. Steady can only keep this rule in another way: check the form's choice against the sheet, or keep the sentence as a note.
   *[night_or_day] Your clinic says { $subject } the night before or on the day. Steady can only keep this rule in another way: check the form's choice against the sheet, or keep the sentence as a note.
}
# A clock time without the day ("after 10 pm").
sheet-ask-clock-day = Your clinic says { $subject } from { $time } but not on which day. Is it the evening before the session?
sheet-ask-direction = Your clinic says { $length } for { $subject } but not whether before or after the session. Ask the clinic, or keep the sentence as a note.
sheet-ask-not-whole-hours = Your clinic says { $length } for { $subject }; Steady keeps this rule in whole hours. Set the hours in the form, or keep the sentence as a note.
# A rule Steady keeps for after the session only (no alcohol, say), which
# the sheet also says for before it.
sheet-ask-before-not-kept = Your clinic says { $subject } for { $length } before the session. Steady keeps this rule for after the session only: keep the sentence as a note so you see it.
sheet-ask-before-not-kept-no-length = Your clinic writes "{ $sentence }" without a length of time for { $subject }. Ask the clinic how long; keep the sentence as a note, and set it in the form.
# The same, said for a day around the session ("no alcohol the night
# before or on the day of your treatment"). $span says which words.
sheet-ask-before-span-not-kept = { $span ->
    [morning_of] Your clinic says { $subject } on the morning of the session. Steady keeps this rule for after the session only: keep the sentence as a note so you see it.
    [night_before] Your clinic says { $subject } from the night before. Steady keeps this rule for after the session only: keep the sentence as a note so you see it.
    [day_of] Your clinic says { $subject } on the day of the session. Steady keeps this rule for after the session only: keep the sentence as a note so you see it.
    [night_or_day] Your clinic says { $subject } the night before and on the day. Steady keeps this rule for after the session only: keep the sentence as a note so you see it.
   *[other] Your clinic says { $subject } before the session. Steady keeps this rule for after the session only: keep the sentence as a note so you see it.
}
# "We may ask you to …", "if you are diabetic …": a rule for some patients
# only; $subject names the rule, so two rules in one sentence ask twice.
sheet-ask-maybe = Your clinic writes "{ $sentence }": a rule for some patients ({ $subject }). Does it apply to you? Choose it only if the clinic told you so, or keep the sentence as a note.
sheet-ask-two-values = Your clinic gives two different answers for { $subject } on the same sheet; "{ $sentence }" is one of them. Steady does not choose: ask the clinic which one applies to you, or keep the sentence as a note.
# A length added on to an earlier one ("monitored for another 2 hours"): not the whole.
sheet-ask-added = Your clinic writes "{ $sentence }": { $length } more on top of an earlier time, not the whole of { $subject }. Ask the clinic how long in all; keep the sentence as a note, and set it in the form.
# "Adjust your insulin": a dose to change, neither which way nor how much.
sheet-ask-adjust = Your clinic writes "{ $sentence }" but not which way or by how much to change the dose. Ask the clinic or whoever prescribes it; keep the sentence as a note.
# A fast counted back from arriving ("4 hours before your arrival time"), where Steady counts from the session.
sheet-ask-from-arrival = Your clinic says { $subject } { $length } before you arrive, not before the session. Steady counts this rule back from the session, which would be later: ask the clinic when the session starts and set the time in the form, or keep the sentence as a note.
# "Your surgeon will tell you when you can drive again": the end of the ban is set later.
sheet-ask-driving-decided-later = Your clinic writes "{ $sentence }", and says it will tell you later when you may drive again. Steady does not choose an end for you: ask the clinic, and keep the sentence as a note.
# "No care of children for 48 hours": longer than the rule, which ends the next morning.
sheet-ask-longer-than-next-morning = Your clinic says { $length } for { $subject }; Steady keeps this rule until the next morning only. Plan for the longer time, and keep the sentence as a note.
# "Arrange a ride home": who may drive the patient is not said.
sheet-ask-who-drives = Your clinic writes "{ $sentence }" but not who may take you home. Does it have to be an adult you know, or is a taxi fine? Ask the clinic; keep the sentence as a note.
# "A session lasts around 120 minutes": the sheet gives the length of the
# whole session, the infusion (or nasal spray) and the stay after it
# together. The question is asked about one of the two ($subject: "the
# infusion" or "the stay after the infusion"). $range is "yes" when the
# sheet gives a range ($low to $high), "up_to" when it gives a longest
# ($high), else "no" ($low alone).
sheet-ask-session = { $range ->
    [up_to] Your clinic says a session can take up to { $high }, the treatment and the time after it together. Steady keeps them apart: ask the clinic how long { $subject } is, or keep the sentence as a note.
    [yes] Your clinic says a session takes { $low } to { $high }, the treatment and the time after it together. Steady keeps them apart: ask the clinic how long { $subject } is, or keep the sentence as a note.
   *[no] Your clinic says a session takes { $low }, the treatment and the time after it together. Steady keeps them apart: ask the clinic how long { $subject } is, or keep the sentence as a note.
}
# A task the sheet sets after the visit or every day ("fill in the mood
# form the day after"); the form keeps tasks for before each visit.
sheet-ask-not-before-visit = Your clinic asks: "{ $sentence }" That is not before a visit, and Steady keeps tasks for before each visit. Keep it as a note, or add it in the form at a time you choose.
# "You can go back to your normal activities the next morning": when the
# patient may drive again is not said. $span: when normal activities
# resume, as in sheet-ask-not-in-hours, or "none" (not said).
sheet-ask-activities = { $span ->
    [next_morning] Your clinic says your normal activities resume the next morning, without saying when you may drive. Ask the clinic; keep the sentence as a note, and set no driving in the form.
    [rest_of_day] Your clinic says your normal activities resume after the rest of the day, without saying when you may drive. Ask the clinic; keep the sentence as a note, and set no driving in the form.
   *[other] Your clinic writes "{ $sentence }" without saying when you may drive. Ask the clinic; keep the sentence as a note, and set no driving in the form.
}

## The partial protocol file (`steady protocol from-text`): comments for
## the clinic or patient who reads and checks it before importing. Each
## line is written after "# ". Words in `backticks` or with an underscore
## (no_decisions, days_before) are the file's own keys: keep them.

# The file's first lines. Keep the line breaks short (about 70 characters).
sheet-toml-header =
    Proposed by Steady from a clinic's sheet: only what the sheet says.
    Check every rule against the sheet before importing; what this file
    leaves out keeps Steady's typical value.
# After "# no_decisions: ": the sheet says no important decisions until
# the effects wear off, which the file says by leaving the key out.
sheet-toml-no-decisions-worn-off = until the effects wear off (the key left out)
# After "# days_before: ": the sheet says to talk to the prescriber about
# a medicine, not when; Steady chose how many days before to remind.
sheet-toml-ask-days-before = Steady's choice (the sheet says to discuss, not when)
# Above the questions, each written as a comment.
sheet-toml-questions = Questions (nothing was chosen for these):
# Above the sentences of the sheet Steady did not use.
sheet-toml-not-used = Not used

# A pasted sheet mostly in another language. { $language } is the
# language's own name ("Deutsch", "日本語").
sheet-other-language = This sheet seems to be written in a language other than English ({ $language }). Steady can only read sheets written in English so far, so it may find little or nothing here. Please type your clinic's rules into the form below, or ask the clinic for an English copy.
sheet-other-language-unnamed = This sheet does not seem to be written in English. Steady can only read sheets written in English so far, so it may find little or nothing here. Please type your clinic's rules into the form below, or ask the clinic for an English copy.

# The same notice at the top of a protocol file written from the sheet
# (`steady protocol from-text`), where there is no form: the patient
# writes the rules into the file.
sheet-other-language-file = This sheet seems to be written in a language other than English ({ $language }). Steady can only read sheets written in English so far, so this file may hold little or nothing from it. Please write your clinic's rules into this file yourself, or ask the clinic for an English copy.
sheet-other-language-file-unnamed = This sheet does not seem to be written in English. Steady can only read sheets written in English so far, so this file may hold little or nothing from it. Please write your clinic's rules into this file yourself, or ask the clinic for an English copy.
