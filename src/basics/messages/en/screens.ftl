### The window's screens: the top bar, the first start, Today, the session
### plan and its checklist rows, the course, check-ins and their chart,
### recovery after a session, the crisis panel and crisis numbers, the simple
### view for after a session, reminders shown in the window, and the app lock.
###
### Buttons and labels are short: people read them groggy. Words like
### "Today", "Session plan" or "Ride home" name screens and buttons; where
### one message quotes another (a button's words in a sentence), the comment
### says which, so both can be translated alike.
###
### Some arguments are "set apart" by the screen: shown bold, or, for a
### phone number, kept left to right. Keep such an argument in the sentence,
### exactly once.

## Said on several screens.

screens-loading = Loading…
# A button that marks a checklist item as done.
screens-done = Done
screens-cancel = Cancel
screens-save = Save
# Beside a field the patient may leave empty.
screens-optional = optional
# A tag beside a value Steady took from public patient guides, not from the
# patient's clinic.
screens-typical = typical — your clinic may differ
# $source: where a care sentence comes from in Steady's care facts, e.g.
# "The session day · 002"; it stays as it is.
screens-source = Source: care facts · { $source }
# From one time or length to another: "12:30–13:30", "1 h–2 h".
screens-range = { $from }–{ $to }
# A button that puts a reminder off. $span: "10 min" (span-minutes) or
# "1 hour" (hours).
screens-snooze = Snooze { $span }
# The big button on Today and on the simple view after a session: the
# patient is home, and the no-driving time counts from now.
screens-im-home = I'm home — the session has ended
# SAFETY: the rule for after a session. $when: "Today, 18:00" or
# "Tomorrow, 07:00" (when-today, when-tomorrow...).
screens-no-driving-until = No driving until { $when }

## The top bar and the window's frame (App.svelte).

# The accessible name of the row of screen buttons.
app-nav-label = Screens
app-nav-today = Today
app-nav-session = Session plan
app-nav-recovery = Recovery
# Opens the check-in screen (how the patient feels these days).
app-nav-check-in = How I feel
app-nav-course = Course
app-nav-ride = Ride home
app-nav-settings = Settings
# Locks the app now (the app lock is on).
app-lock-now = Lock
app-lock-now-hint = Close your data until the passphrase is entered again
# Dismisses a notice that the data file was damaged and recovered.
app-recovery-notice-dismiss = I understand
app-load-error-title = Steady can't show your plan right now.
app-data-unreadable = Steady could not read its data.
# $path: the folder where Steady keeps its data.
app-data-folder = Data folder: { $path }
# Right after the first session is planned: crisis numbers are set up now.
app-crisis-eyebrow = Before your session
# The crisis numbers still need the patient: they may finish later.
app-crisis-later = Later, in Settings
app-crisis-continue = Continue
# Right after the first session is planned: the optional next step.
app-instructions-eyebrow = Optional
app-instructions-title = Does your clinic have its own instructions?
# "Session plan" and "Settings" are the screens' names (app-nav-session,
# app-nav-settings).
app-instructions-text = Clinics differ: when to stop eating, which medicines to skip, when to arrive, what to bring, who may take you home. Enter your clinic's sheet now and your plan follows it; or keep the typical values and do it later from the Session plan or Settings.
app-instructions-enter = Enter my clinic's instructions
app-instructions-not-now = Not now

## The first start: the first session (Welcome.svelte). The language
## chooser sits above it (language-label in app.ftl).

welcome-title = Let's get your session day ready
welcome-lead = Tell Steady when your next infusion is. It makes two short checklists, for the day before and for the day itself, and shows you what to do when.
welcome-when-legend = When is your next session?
welcome-date = Date
welcome-start-time = Start time
# $zone: the computer's time zone, as the system names it: "Europe/Berlin".
welcome-time-zone = Times are on the clock of { $zone }.
welcome-clinic = At which clinic?
welcome-driver = Who drives you home?
# Beside the question who drives the patient home.
welcome-driver-hint = optional — Steady reminds you the day before
welcome-missing-date-time = Please enter the date and the time of your session.
welcome-submit = Make my plan

## Today (Today.svelte): what to do next, and the rest of today and tomorrow.

# $count: checklist items whose time has passed without a tick.
today-missed = { $count ->
    [one] One earlier item was not ticked.
   *[other] { $count } earlier items were not ticked.
}
today-see-session-plan = See the session plan
# SAFETY: the heading of the rules for after a session.
today-no-driving-title = No driving, no machinery, no big decisions
# SAFETY: under that heading. $when: "Tomorrow, 07:00" (when-tomorrow...).
today-no-driving-until = Until { $when }
# The accessible name of the field for when the session really ended.
today-ended-at-label = When the session ended
# Opens that field: the session ended before the patient tapped "I'm home".
today-ended-earlier = It ended earlier…
# SAFETY
today-no-driving-counted = Steady counts the no-driving time from when the session ended.
# Above the next checklist item: it is due now, or comes next.
today-now = Now
today-next = Next
today-all-done-title = Nothing to do right now
today-all-done-text = Every item of your plan is ticked. Rest well.
# Items whose time has passed, not yet ticked.
today-overdue = Still to do
today-rest-of-today = Rest of today
today-nothing-else-today = Nothing else today.
today-tomorrow = Tomorrow
today-nothing-tomorrow = Nothing planned for tomorrow.
today-your-session = Your session
# $from, $to: clock times, "12:30" and "13:30": when the escort typically
# picks the patient up.
today-pickup-typical = Pickup typically { $from }–{ $to }
# $count: checklist items due after tomorrow.
today-later-items = { $count ->
    [one] { $count } more item after tomorrow
   *[other] { $count } more items after tomorrow
}
# Opens the Ride home screen (app-nav-ride).
today-open-ride = Ride home
today-open-session = See the whole plan

## A checklist item's row (ItemRow.svelte), on Today and the session plan.
## $title: the item's title ("Stop eating"), from the plan or the patient.

# The accessible names of the tick box, for a screen reader.
item-tick = Mark done: { $title }
item-tick-undo = Done: { $title }. Mark as not done
# The accessible name of the list of things in an item (the bag to pack).
item-parts-label = Things in { $title }
# The tooltip of screens-typical.
item-typical-hint = A typical value from public patient guides. Your clinic's instructions always come first.
# A tag: the patient moved this item's time; it no longer follows the session.
item-time-set-by-you = time set by you
# The accessible name of the choice of when the reminder comes.
item-reminder-label = Reminder for { $title }
# The choices of when an item's reminder comes.
item-remind-at-time = Remind me at the time
# $span: "15 min" (span-minutes) or "2 hours" (hours).
item-remind-before = Remind me { $span } before
item-change-time = Change time
# Undoes the patient's own time: the item follows the session again.
item-back-to-plan-time = Back to plan time
item-edit-note = Edit note
item-add-note = Add note
item-remove = Remove
item-new-time = New time
# $zone: the session's time zone, "Europe/Berlin".
item-new-time-zone = (on the clock of { $zone })
item-note-label = Your note
item-save-note = Save note

## The session plan (SessionPage.svelte): one session's day, its two
## checklists, and the medicines the prescriber said to hold.

session-page-eyebrow = Session plan
session-page-clinic-unnamed = Clinic not named
# After the clinic's name and a dot. $zone: the session's time zone, "Europe/Berlin".
session-page-time-zone = times on the clock of { $zone }
# $protocol: the name of the clinic's instructions the plan follows, as the
# patient or the clinic named them.
session-page-following = Following { $protocol }
session-page-typical-values = Typical values, until you enter your clinic's instructions
# Opens the screen for the clinic's instructions.
session-page-instructions = Your clinic's instructions
# A tag on a cancelled session.
session-page-cancelled = cancelled
session-page-move = Change session time
session-page-cancel = Cancel session
# Asked before cancelling a session; the next message follows it.
session-page-cancel-question = Cancel this session?
session-page-cancel-explained = Its reminders stop. Its checklist stays in your course history.
session-page-cancel-yes = Yes, cancel it
session-page-cancel-no = Keep it
session-page-move-label = New date and start time
session-page-move-explained = Plan items move with the session. Items whose time you set yourself stay where they are.
session-page-move-submit = Move session
# The accessible name of the session day's timeline.
session-page-day-label = The session day
# The session day's steps, each beside its clock time.
session-page-leave-home = Leave home
session-page-arrive = Arrive
session-page-intake = Intake
session-page-infusion = Infusion
session-page-recovery = Recovery, then pickup
session-page-pickup-window = Pickup window
# SAFETY: beside the day and time the patient may drive again.
session-page-no-driving-until = No driving until
# How long a step takes. $span: "45 min", "1 h" (span-minutes, span-hours).
session-page-about = about { $span }
# After screens-typical. "care facts · The session day · 002, 003" names
# the part of Steady's care facts these timings come from: keep it as it is.
session-page-typical-timings = Timings from public patient guides (care facts · The session day · 002, 003). Your clinic's timings come first.
# The two checklists' headings.
session-page-day-before = Before the session
session-page-session-day = Session day and after
session-page-meds-title = Medicines to hold before the session
session-page-meds-none = None added. Only your prescriber decides whether any medicine should be paused; if they named one, add it with the hours they gave.
# A medicine to hold. $medicine: its name (and dose), set apart in bold;
# $hours: how many hours before the session the last dose is taken.
session-page-med-hold = { $medicine }: last dose { $hours } h before
# As session-page-med-hold; $restart: how many hours after the session it starts again.
session-page-med-hold-restart = { $medicine }: last dose { $hours } h before, restart { $restart } h after
session-page-med-remove = Remove
session-page-med-name = Medicine
session-page-med-dose = Dose
session-page-med-hold-hours = Last dose, hours before
session-page-med-restart-hours = Restart, hours after
session-page-med-prescriber = As your prescriber said. Steady never suggests which medicines to hold.
session-page-med-add = Add medicine
session-page-med-open = Add a medicine to hold
session-page-med-hours-missing = Enter the hours before the session your prescriber gave for the last dose.
# The patient's own checklist item: what to do, and when.
session-page-item-title = What to do
session-page-item-due = When
session-page-item-add = Add item
session-page-item-open = Add your own item

## The course (Course.svelte): every session, and planning more.

course-page-title = Your course
# A booster session: one more infusion after the first series.
course-page-booster = Booster
# $from, $to: short dates, "Thu 3 Dec" (date-short).
course-page-booster-between = Typically between { $from } and { $to }
course-page-no-sessions = No sessions yet.
# $count: earlier sessions the list leaves out until "Show all" is pressed.
course-page-earlier-hidden = { $count ->
    [one] { $count } earlier session not shown.
   *[other] { $count } earlier sessions not shown.
}
course-page-show-all = Show all
# A session's state in the list.
course-page-upcoming = Upcoming
course-page-current = Today / recovering
course-page-past = Done
course-page-cancelled = Cancelled
# $done of $total checklist items of a session are ticked.
course-page-ticked = { $done } of { $total } ticked
course-page-open = Open plan
course-page-add-one = Add a session
course-page-add-series = Plan a series
course-page-date = Date
course-page-start-time = Start time
course-page-add-one-submit = Add session
# Planning a series: "Every" [Mon] [Thu] ..., "From" a date, "At" a time,
# "For weeks" a number of weeks.
course-page-every = Every
course-page-series-from = From
course-page-series-at = At
course-page-series-weeks = For weeks
course-page-series-typical = A first series is often about six infusions over 2–4 weeks (typical; your clinic decides).
course-page-series-submit = Plan these sessions

## The check-ins over time (Trend.svelte): a chart and the same as a table.

trend-empty = Your check-ins will show here as a chart, with your session days marked.
# The chart's accessible name, for a screen reader.
trend-chart-label = Chart of check-in scores and PHQ-9 totals over time; dotted vertical lines mark session days. The same values are in the table below.
# Under the chart: what its dotted vertical lines mean.
trend-session-lines = Dotted lines: session days.
# Opens the table under the chart.
trend-table-summary = The same as a table
# The table's first column: when the check-in was.
trend-table-when = When
# The chart's line of PHQ-9 totals, in its legend.
trend-phq9-total = PHQ-9 total (0-27)
# The chart's axes: check-in scores go from 0 to 10; PHQ-9 totals on the other side.
trend-check-in-axis = Check-in (0-10)
trend-phq9-axis = PHQ-9
# A PHQ-9 result in the table: "12 (moderate)". $band: phq9-band (care.ftl).
trend-phq9-cell = { $total } ({ $band })

## Check-ins (CheckIn.svelte): how the patient feels today, the PHQ-9
## questionnaire, and how both went over time.

# The four scales of a check-in, each from 0 to 10; also the chart's lines
# and the table's columns.
screens-mood = Mood
screens-energy = Energy
screens-clarity = Clear thinking
screens-anxiety = Anxiety
check-in-page-title = How are you today?
# The check-in form's heading, for a screen reader.
check-in-page-form-label = Daily check-in
# Above a slider. $scale: screens-mood, screens-energy...; $score: 0 to 10,
# set apart in bold.
check-in-page-scale = { $scale }: { $score } of 10
# How a screen reader says the slider's value. $score: 0 to 10.
check-in-page-score = { $score } of 10
# Under each slider: what its two ends (0 and 10) mean.
check-in-page-mood-low = 0 very low
check-in-page-mood-high = 10 very good
check-in-page-energy-low = 0 none
check-in-page-energy-high = 10 plenty
check-in-page-clarity-low = 0 foggy
check-in-page-clarity-high = 10 clear
check-in-page-anxiety-low = 0 calm
check-in-page-anxiety-high = 10 very anxious
# SAFETY: a "Yes" opens the crisis panel.
check-in-page-self-harm = Any thoughts of harming yourself?
check-in-page-no = No
check-in-page-yes = Yes
check-in-page-note = A note
check-in-page-save = Save check-in
# SAFETY
check-in-page-self-harm-missing = Please answer the question about thoughts of harming yourself.
check-in-page-saved = Saved. Thank you for checking in.
check-in-page-phq9-title = Questionnaire (PHQ-9)
check-in-page-phq9-due = Due now.
check-in-page-phq9-done-recently = Done recently. You can fill it in again any time.
check-in-page-phq9-open = Fill in the PHQ-9
check-in-page-phq9-save = Save PHQ-9
check-in-page-phq9-missing = Please answer all nine questions.
# $total: 0 to 27; $band: phq9-band (care.ftl).
check-in-page-phq9-saved = PHQ-9 saved: { $total } of 27 ({ $band }).
# The PHQ-9 (Kroenke, Spitzer & Williams 2001) is a validated questionnaire:
# use its official translation in your language (Pfizer's, free to use)
# word for word, the instruction, the nine questions and the four answers;
# do not translate it yourself.
check-in-page-phq9-intro = Over the last 2 weeks, how often have you been bothered by any of the following problems?
check-in-page-phq9-1 = Little interest or pleasure in doing things
check-in-page-phq9-2 = Feeling down, depressed, or hopeless
check-in-page-phq9-3 = Trouble falling or staying asleep, or sleeping too much
check-in-page-phq9-4 = Feeling tired or having little energy
check-in-page-phq9-5 = Poor appetite or overeating
check-in-page-phq9-6 = Feeling bad about yourself — or that you are a failure or have let yourself or your family down
check-in-page-phq9-7 = Trouble concentrating on things, such as reading the newspaper or watching television
check-in-page-phq9-8 = Moving or speaking so slowly that other people could have noticed; or the opposite — being so fidgety or restless that you have been moving around a lot more than usual
# SAFETY: the PHQ-9's ninth question; any answer but the first opens the
# crisis panel. The official translation, word for word.
check-in-page-phq9-9 = Thoughts that you would be better off dead, or of hurting yourself in some way
# The PHQ-9's four answers (official translation), scored 0 to 3.
check-in-page-phq9-answer-0 = Not at all
check-in-page-phq9-answer-1 = Several days
check-in-page-phq9-answer-2 = More than half the days
check-in-page-phq9-answer-3 = Nearly every day
check-in-page-over-time = Over time
check-in-page-export = Export CSV and summary PDF
# After exporting. $csv, $pdf: the two files' paths.
check-in-page-exported = Saved { $csv } and { $pdf }
# Under the chart: the check-ins stay on this computer.
check-in-page-stays-here = Stays on this computer. It leaves only when you export it.

## After a session (Recovery.svelte): what the patient may feel and when it
## usually eases, and whom to call when something is wrong.

recovery-page-title = After your session
# $when: when the session ended, "Today, 18:00" (when-today...).
recovery-page-lead-ended = What you may feel, and when it usually eases. Counted from the end of your session, { $when }.
# As recovery-page-lead-ended, before the patient has said the session ended.
# “I'm home” quotes the button on Today (screens-im-home).
recovery-page-lead-planned = What you may feel, and when it usually eases. Counted from the end of your session, { $when } (planned; tap “I'm home” on Today when you are).
# SAFETY: an effect lasts longer than it usually does. $effect: the effect's
# name ("Dizziness"); $time: a clock time, "18:00". Followed by
# recovery-page-call-your-clinic.
recovery-page-outlasting = { $effect } usually eases by { $time }; you still feel it.
# SAFETY
recovery-page-call-your-clinic = Call your clinic.
# Under an effect's name. $time: a clock time, "18:00", set apart in bold.
recovery-page-eases-by = Usually eases by { $time }
# As recovery-page-eases-by, for an effect that lasts into another day;
# $when: the day and time again, "Tomorrow, 07:00".
recovery-page-eases-by-day = Usually eases by { $time } ({ $when })
# $strength: 0 to 10, as the patient rated the effect; $time: a clock time.
recovery-page-noted = You noted { $strength }/10 at { $time }.
# The accessible name of the slider: how strong the effect is.
recovery-page-strength-label = How strong, 0 to 10
recovery-page-feel-this = I feel this
recovery-page-gone = It's gone
# SAFETY: the heading of the list of symptoms and whom to call about each.
recovery-page-call-whom = When to call whom
recovery-page-call-whom-clinic = Your clinic's own list.
recovery-page-call-whom-typical = A typical list from a clinic's published discharge sheet; your clinic's instructions come first.
# SAFETY: beside a symptom. $number: the emergency number, "112" or "911",
# set apart (kept left to right).
recovery-page-call-emergency = Call { $number }
# SAFETY: as recovery-page-call-emergency, when Steady knows no number.
recovery-page-call-emergency-number = Call the emergency number
# SAFETY: beside a symptom. $clinic is "named" when the patient gave the
# clinic's name ($name), else "none".
recovery-page-call-clinic = { $clinic ->
    [none] Call the clinic
   *[named] Call { $name }
}
# SAFETY: as recovery-page-call-clinic, with the clinic's phone number
# ($phone, set apart: kept left to right).
recovery-page-call-clinic-phone = { $clinic ->
    [none] Call the clinic ({ $phone })
   *[named] Call { $name } ({ $phone })
}
# SAFETY
recovery-page-call-primary-care = Tell your primary care provider
# SAFETY
recovery-page-other-title = Something else feels seriously wrong?
# SAFETY
recovery-page-other-text = For example signs of mania or worsening psychosis (rare, but serious), or anything that worries you.
# SAFETY: opens the crisis panel.
recovery-page-other-show = Show who to call

## The crisis panel (CrisisPanel.svelte): shown after a check-in says
## thoughts of self-harm, or when something feels seriously wrong after a
## session. Short, warm, direct. Every message here is about safety.

# SAFETY
crisis-panel-title = Please reach out now
# SAFETY
crisis-panel-text = You don't have to deal with this alone. Talking to someone now helps.
# SAFETY: $country: the country the crisis numbers are for, "United Kingdom".
# Also the crisis set-up's heading line.
crisis-numbers-for = Numbers for { $country }
# SAFETY: as crisis-numbers-for, before the patient's country is known.
crisis-numbers-for-your-country = Numbers for your country
# SAFETY: beside the crisis line's name and number (the panel and the set-up).
crisis-line = Crisis line
# SAFETY: beside the emergency number ("112", "911").
crisis-emergency = Emergency
# SAFETY: in place of a crisis line when none is set.
crisis-panel-no-crisis-line = Not set — talk to someone you trust, or call the emergency number
# SAFETY: in place of the emergency number when Steady knows none.
crisis-panel-no-emergency-number = Your local emergency number
# SAFETY: in place of the clinic's name when the patient gave none.
crisis-panel-your-clinic = Your clinic
# SAFETY: in place of the clinic's phone when none is set. "Ride home" is
# the screen's name (app-nav-ride).
crisis-panel-no-clinic-phone = Add the clinic's phone on the Ride home screen
crisis-panel-close = Close

## Crisis numbers' set-up (CrisisSetup.svelte): which country, and its
## numbers or the patient's own; on Today, after the first session is
## planned, and in Settings. $country: a country's name, "United Kingdom".

# SAFETY
crisis-setup-title = Who to call in a crisis
# A small button beside crisis-numbers-for: choose another country.
crisis-setup-change-country = change
# SAFETY
crisis-setup-no-country = Steady could not tell which country you are in. Choose it, so the right numbers are ready.
# The accessible name of the question below.
crisis-setup-confirm-label = Confirm your country
# SAFETY: Steady guessed the country from the time zone.
crisis-setup-confirm-question = Steady chose { $country } from your computer's time zone. Is that where you are?
crisis-setup-confirm-yes = Yes, { $country }
crisis-setup-confirm-no = No, choose another
crisis-setup-country = Country
# The country list's first line, before one is chosen.
crisis-setup-choose = Choose…
# A country in the list for which Steady has no crisis numbers.
crisis-setup-country-without-numbers = { $country } (no numbers in Steady yet)
crisis-setup-use-country = Use this country
# SAFETY
crisis-setup-no-numbers = Steady has no crisis numbers for { $country } yet. Please type your local crisis line and emergency number now, so they are here if you ever need them.
# In place of a number that is not set.
crisis-setup-not-set = Not set
# A tag beside a number the patient typed.
crisis-setup-yours = yours
# SAFETY: under the numbers from Steady's own table.
crisis-setup-from-care-facts = From public sources gathered in 2026 (Steady's care facts). Numbers change: if you know a better one, use your own.
crisis-setup-own-numbers = Use my own numbers
crisis-setup-own-crisis-line = Your crisis line
# The empty field's hint: what to type.
crisis-setup-own-crisis-line-hint = Name and number
crisis-setup-own-emergency = Your emergency number
# The empty field's hint: an emergency number as an example (112 works
# across Europe; use your region's if it is better known).
crisis-setup-own-emergency-hint = For example 112
# $country's own numbers are used for a box left empty.
crisis-setup-own-empty-box = Leave a box empty to use { $country }'s number.
crisis-setup-own-change-later = You can change these any time in Settings.
crisis-setup-own-save = Save numbers
crisis-setup-saved = Saved.

## The simple view for after a session (Groggy.svelte): one thing at a
## time, large, for someone still groggy.

# The view's accessible name.
groggy-label = Simple view for after your session
# Shows the next item in the queue instead.
groggy-next-thing = Next thing
groggy-rest-title = Rest now
groggy-rest-text = Nothing to do. Drink some water and take it easy.
# Opens the Recovery screen: what the patient may feel after the session.
groggy-how-i-feel = How I feel
# Leaves the simple view for the full Today screen.
groggy-full-view = Full view

## Reminders shown in the window (ReminderBanner.svelte), when desktop
## notifications are off or a reminder came while the window was open.

reminder-banner-notifications-off = Desktop notifications are off — reminders will show here.
# Opens the technical reason notifications are off.
reminder-banner-details = Details
# $time: a clock time, "18:00".
reminder-banner-paused = Reminders are paused until { $time }.
reminder-banner-resume = Resume now
reminder-banner-title = Reminders
# After the reminder's time: it arrived late (the computer was asleep).
# $span: how late, "12 min" (span-minutes).
reminder-banner-late = came { $span } late

## The app lock: the first screen while Steady is locked (Unlock.svelte)
## and its part of Settings (AppLock.svelte).

unlock-title = Steady is locked
unlock-text = Enter your passphrase to see your plan. Reminders keep coming while Steady is locked.
unlock-passphrase = Passphrase
unlock-open = Open Steady
unlock-opening = Opening…
unlock-forgot = Forgot the passphrase?
# $path: the data folder's path, set apart (shown as code).
unlock-forgot-text = Without it, no one can open this data, not even Steady: that is what the lock is for. To start again with an empty plan, quit Steady and move the data folder away: { $path }.
app-lock-title = App lock
app-lock-state-on = The lock is on: your data is encrypted on this computer, and Steady asks for the passphrase each time it starts.
# “You have a reminder” quotes what a notification says while Steady is
# locked (in reminders.ftl): use the same words.
app-lock-state-off = Lock Steady with a passphrase if others use this computer. Your data is then encrypted, and Steady asks for the passphrase each time it starts. Reminders still come while it is locked, saying only “You have a reminder”.
app-lock-groggy-hint = You will need it after a session too, when you may feel groggy: choose words you can type easily. If you forget the passphrase, no one can open the data, not even Steady.
app-lock-current = Current passphrase
app-lock-new = New passphrase
app-lock-passphrase = Passphrase
# Beside the new passphrase's field.
app-lock-passphrase-hint = (at least 8 characters; a short sentence works well)
# The field where the new passphrase is typed a second time.
app-lock-again = The same again
app-lock-working = Working…
app-lock-change = Change passphrase
app-lock-turn-on = Turn on the lock
app-lock-turn-off = Turn off the lock
app-lock-not-the-same = The two new passphrases are not the same.
app-lock-done-on = The lock is on. Steady will ask for this passphrase each time it starts.
app-lock-done-changed = The passphrase is changed.
app-lock-done-off = The lock is off. Your data is no longer encrypted.

## A request the core never saw (api.ts).

# Tauri refused a request's arguments before Steady's core read them: a
# fault in Steady, not the patient's. $detail: the technical reason, in English.
api-request-not-understood = Steady could not understand that request ({ $detail }).
