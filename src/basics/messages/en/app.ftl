### Steady's words in English: the language's name, dates and times.
###
### This folder is one language: every .ftl file here, read by the Rust
### core and by the window alike. Other languages have the same files with
### the same message ids; a message missing there is shown in English.
###
### Conventions for every file:
### - Plain words, short sentences: people read these groggy, or in a car
###   park. Say what to do, then why.
### - A comment "SAFETY" above a message marks words about safety (the
###   crisis panel, red flags, when to call whom, no driving). A translation
###   keeps every number and every { $variable } of the English, no more,
###   no fewer; a test checks it.
### - Times and dates arrive as ready-made arguments ({ $time }, { $date }):
###   never write a clock time or a date into a message.
### - Care words follow the glossary below; one word per concept.
###
### Glossary (each line "term: English = this language"; a test checks
### that every message using the English term uses this language's term):
### term: escort = escort
### term: infusion = infusion
### term: session = session
### term: clinic = clinic
### term: prescriber = prescriber
### term: clear liquids = clear liquids
### term: no-driving time = no-driving time
### term: check-in = check-in
### term: crisis line = crisis line

## The language as it names itself, in the language chooser.

language-name = English

## Dates and times. The window, notifications, PDFs and calendar files all
## write dates with these, so they agree to the character.
## $day: 1 (Monday) to 7 (Sunday); $month: 1 (January) to 12 (December).

weekday = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
weekday-short = { $day ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}

# A date in words: "Thursday 3 December" or, where the system writes the
# month first, "Thursday, December 3". $order is "month_day" or "day_month".
date-long = { $order ->
    [month_day] { $weekday }, { $month } { $day }
   *[day_month] { $weekday } { $day } { $month }
}
# "Thu 3 Dec" or "Thu, Dec 3".
date-short = { $order ->
    [month_day] { $weekday }, { $month } { $day }
   *[day_month] { $weekday } { $day } { $month }
}
# "Thu 3 Dec 2026" or "Thu, Dec 3, 2026".
date-short-year = { $order ->
    [month_day] { $weekday }, { $month } { $day }, { $year }
   *[day_month] { $weekday } { $day } { $month } { $year }
}
# A date and a time: "Thu 3 Dec, 18:00".
date-time = { $date }, { $time }
# A 12-hour clock: "6:00 PM". $hour is 1 to 12; $minute two digits.
clock-12h = { $period ->
    [am] { $hour }:{ $minute } AM
   *[pm] { $hour }:{ $minute } PM
}

## Times in the user's words, in lists and on Today.

when-today = Today, { $time }
when-tomorrow = Tomorrow, { $time }
when-yesterday = Yesterday, { $time }
when-date = { $date }, { $time }
relative-now = now
relative-in = in { $span }
relative-ago = { $span } ago
# A length of time, short: "45 min", "3 h", "3 h 10 min".
span-minutes = { $minutes } min
span-hours = { $hours } h
span-hours-minutes = { $hours } h { $minutes } min
# A length of time in words: "1 hour", "6 hours".
hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}

## The language chooser (Settings, and the first start).

language-label = Language
# $language: the system's language, named in itself ("Deutsch").
language-follow-system = As the system: { $language }
