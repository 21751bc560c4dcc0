### Care content: the usual after-effects and how long they last, the red
### flags and whom to call, what the patient may feel on the way home (said
### to the driver), the crisis numbers' words and the PHQ-9's bands.
###
### These restate public patient guides (Steady's care facts). Keep them as
### plain and calm as the English: never more alarming, never softer.
### Crisis lines and emergency numbers are arguments or digits: a service's
### name and its number stay exactly as they are; only the words around
### them are translated.

## The usual after-effects (the Recovery screen): each effect's name, then
## how long it usually lasts, counted from the end of the infusion.

effect-dizziness = Schwindel oder Orientierungslosigkeit
# Feeling "dissociated": the world seems unreal or far away.
effect-dissociation = Sich losgelöst fühlen; Dinge sehen anders aus oder klingen anders
effect-blood-pressure = Herzrasen oder erhöhter Blutdruck
effect-nausea = Übelkeit
effect-headache-tiredness = Kopfschmerzen oder Müdigkeit
effect-grogginess = Benommen, unsicher beim Aufstehen
effect-mood-swings = Leichte Kopfschmerzen oder Stimmungsschwankungen (selten)
# How long an effect usually lasts. The number ranges use an en dash.
effect-usually-one-to-two-hours = 1–2 Stunden
effect-usually-half-to-one-hour = 30–60 Minuten
# Steady reads "a few hours" as up to 4 hours.
effect-usually-few-hours = ein paar Stunden
# Steady reads "several hours" as up to 6 hours.
effect-usually-several-hours = mehrere Stunden
effect-usually-day-or-two = ein bis zwei Tage

## Red flags after an infusion: the typical list of when to call whom
## (from a clinic's published discharge sheet). Whom to call is said
## beside each (rules-call-* in plan.ftl).

# SAFETY: call the emergency number.
red-flag-emergency = Gedanken an Suizid oder ein anderer medizinischer Notfall
# SAFETY: call the emergency number.
red-flag-breathing = Atemnot, das Gefühl, dass sich die Atemwege verschließen, Schwierigkeiten beim Schlucken, Schmerzen in der Brust oder eine Veränderung darin, wie wach man ist
# SAFETY: tell the primary care provider.
red-flag-rash = Ein neuer Hautausschlag oder Juckreiz
# SAFETY: call the clinic. The usual times are listed above it on screen.
red-flag-outlasting = Eine Wirkung hält deutlich länger an als üblich (oben aufgeführt)
# SAFETY: call the clinic.
red-flag-mania = Anzeichen einer Manie oder eine Psychose, die schlimmer wird

## The way home, said to the driver: what the patient may feel, and how
## the driver can help. "they" is the patient.

way-home-groggy-feel = Benommen oder verwirrt, mehrere Stunden lang
way-home-groggy-help = Bleiben Sie in der Nähe, sprechen Sie ruhig und halten Sie Pläne einfach.
way-home-unsteady-feel = Unsicher auf den Beinen beim Aufstehen
way-home-unsteady-help = Bieten Sie Ihren Arm an: vom Stuhl zum Auto und bis ins Haus.
# Nauseous.
way-home-sick-feel = Übelkeit, meist für ein paar Stunden
way-home-sick-help = Fahren Sie sanft und halten Sie an, wenn darum gebeten wird.
way-home-tired-feel = Müde
way-home-tired-help = Zu Hause: ausruhen, viel trinken und heute keine großen Entscheidungen.

## Crisis lines and emergency numbers by country: the words around a
## service's name and its numbers. Every { $variable } is a service's name
## or a phone number (or the word to text, $word): keep each exactly once,
## as it is.

# SAFETY: $line: the service's name and number ("988 Suicide & Crisis
# Lifeline"). The line takes calls and text messages.
crisis-line-call-or-text = { $line } (Anruf oder SMS)
# SAFETY: $line: the service's name and number. It takes calls and text
# messages, in English and French.
crisis-line-call-or-text-english-french = { $line } (Anruf oder SMS, Englisch/Französisch)
# SAFETY: two services: $line (name and number), then $name, reached by
# text message at $number.
crisis-line-and-text-line = { $line }; { $name }: SMS an { $number }
# SAFETY: two services: $line and $second (names and numbers); the second
# is also reached by texting the word $word (keep it as it is) to $number.
crisis-line-and-text-word = { $line }; { $second } (SMS mit { $word } an { $number })
# SAFETY: the service $name, at any of three numbers.
crisis-line-three-numbers = { $name } { $first } oder { $second } oder { $third }
# SAFETY: the service $name, at either of two numbers.
crisis-line-two-numbers = { $name }: { $first } oder { $second }
# SAFETY: two services (names and numbers): one answers in Dutch, one in
# French.
crisis-line-dutch-french = { $dutch } (Niederländisch); { $french } (Französisch)
# SAFETY: $number: a country's national suicide prevention line.
crisis-line-national-prevention = { $number } (nationales Telefon zur Suizidprävention)
# SAFETY: $number: a country's national suicide line.
crisis-line-national = { $number } (nationales Telefon bei Suizidgedanken)
# SAFETY: $line: the service's name and number; it also takes text
# messages at $number.
crisis-line-text-number = { $line } (SMS an { $number })
# SAFETY: when the line answers: all day, every day.
crisis-hours-always = 24/7
# SAFETY: all day, every day, and free of charge.
crisis-hours-always-free = 24/7, kostenlos
# SAFETY: all day, every day, in Finnish.
crisis-hours-always-finnish = 24/7 (Finnisch)
# SAFETY: $hours: from one clock time to another ("10:00-24:00"), every
# day; not around the clock.
crisis-hours-daily = { $hours } täglich, nicht 24/7
# SAFETY: around the clock: 24 hours a day.
crisis-hours-around-the-clock = 24 Std.
# SAFETY: the emergency number $number; $also works too.
crisis-emergency-also-works = { $number } ({ $also } geht auch)
# SAFETY: either emergency number works.
crisis-emergency-either = { $first } oder { $second }
# SAFETY: the emergency number $number; an ambulance directly at $ambulance.
crisis-emergency-and-ambulance = { $number } (Rettungsdienst { $ambulance })
# SAFETY: $number: the number for medical emergencies.
crisis-emergency-medical = { $number } (medizinischer Notfall)
# SAFETY: $number: the number for an ambulance.
crisis-emergency-ambulance = { $number } (Rettungsdienst)
# SAFETY: $number: the number for an ambulance; $mobile: the emergency
# number from a mobile phone.
crisis-emergency-ambulance-and-mobile = { $number } (Rettungsdienst); { $mobile } vom Handy
# SAFETY: stands for a country's name when Steady does not know the
# patient's country: "Numbers for your country" („Nummern für Ihr Land“).
# German: the headings that use it ($whose: ride-card-numbers-heading,
# summary-numbers-heading, cli-crisis-heading) already say „Nummern für
# Ihr Land:“ and put the country's name after the colon (see country-name
# below), so this stands where the name would: „Nummern für Ihr Land: noch
# nicht gewählt“.
crisis-your-country = noch nicht gewählt

## The PHQ-9 (Patient Health Questionnaire, Kroenke, Spitzer & Williams
## 2001): its questions are in screens.ftl (the check-in screen).

# The PHQ-9's severity bands, by total score (0-4, 5-9, 10-14, 15-19,
# 20-27), as the published scoring names them; in lower case, as they
# follow a score: "12 (mittelgradig)". One message for the window and the
# check-in PDF alike. $band: the band's key.
# Not checked against the official PHQ-9 translation.
phq9-band = { $band ->
    [minimal] minimal
    [mild] leicht
    [moderate] mittelgradig
    [moderately_severe] mittelgradig bis schwer
   *[severe] schwer
}

## Countries: the ones whose crisis numbers Steady ships (care-facts'
## table), named in this language; any other keeps $name, the time zone
## database's English name.
## German: the names as a list shows them, without an article. Four need
## one inside a sentence (die Schweiz, die Niederlande, die USA, das
## Vereinigte Königreich), so the sentences that name a country put it
## after a colon: „Nummern für Ihr Land: Schweiz“.

# $code: ISO 3166 code ("DE"); $name: the English name, for any other country.
# The default variant is named [another], not [other]: the catalogue test
# takes a select with an [other] key for a plural and asks for [one] too.
country-name = { $code ->
    [US] USA
    [CA] Kanada
    [GB] Vereinigtes Königreich
    [IE] Irland
    [DE] Deutschland
    [AT] Österreich
    [CH] Schweiz
    [FR] Frankreich
    [NL] Niederlande
    [BE] Belgien
    [ES] Spanien
    [IT] Italien
    [PT] Portugal
    [SE] Schweden
    [NO] Norwegen
    [FI] Finnland
    [PL] Polen
    [AU] Australien
    [NZ] Neuseeland
    [IN] Indien
    [JP] Japan
    [BR] Brasilien
    [MX] Mexiko
    [ZA] Südafrika
   *[another] { $name }
}
