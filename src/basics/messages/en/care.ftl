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

effect-dizziness = Dizziness or disorientation
# Feeling "dissociated": the world seems unreal or far away.
effect-dissociation = Feeling detached, things look or sound different
effect-blood-pressure = Racing heart or raised blood pressure
effect-nausea = Nausea
effect-headache-tiredness = Headache or tiredness
effect-grogginess = Groggy, unsteady when standing
effect-mood-swings = Mild headache or mood swings (rare)
# How long an effect usually lasts. The number ranges use an en dash.
effect-usually-one-to-two-hours = 1–2 hours
effect-usually-half-to-one-hour = 30–60 minutes
# Steady reads "a few hours" as up to 4 hours.
effect-usually-few-hours = a few hours
# Steady reads "several hours" as up to 6 hours.
effect-usually-several-hours = several hours
effect-usually-day-or-two = a day or two

## Red flags after an infusion: the typical list of when to call whom
## (from a clinic's published discharge sheet). Whom to call is said
## beside each (rules-call-* in plan.ftl).

# SAFETY: call the emergency number.
red-flag-emergency = Thoughts of suicide, or any medical emergency
# SAFETY: call the emergency number.
red-flag-breathing = Shortness of breath, a feeling of the airway closing, difficulty swallowing, chest pain, or a change in how awake you are
# SAFETY: tell the primary care provider.
red-flag-rash = A new rash or itching
# SAFETY: call the clinic. The usual times are listed above it on screen.
red-flag-outlasting = An effect lasting well past its usual time (listed above)
# SAFETY: call the clinic.
red-flag-mania = Signs of mania, or psychosis getting worse

## The way home, said to the driver: what the patient may feel, and how
## the driver can help. "they" is the patient.

way-home-groggy-feel = Groggy or confused, for several hours
way-home-groggy-help = Stay close, speak calmly and keep plans simple.
way-home-unsteady-feel = Unsteady on their feet when they stand
way-home-unsteady-help = Give them your arm from the chair to the car and into the house.
# Nauseous.
way-home-sick-feel = Sick to the stomach, usually for a few hours
way-home-sick-help = Drive gently, and stop if they ask.
way-home-tired-feel = Tired
way-home-tired-help = At home: rest, plenty to drink, and no big decisions today.

## Crisis lines and emergency numbers by country: the words around a
## service's name and its numbers. Every { $variable } is a service's name
## or a phone number (or the word to text, $word): keep each exactly once,
## as it is.

# SAFETY: $line: the service's name and number ("988 Suicide & Crisis
# Lifeline"). The line takes calls and text messages.
crisis-line-call-or-text = { $line } (call or text)
# SAFETY: $line: the service's name and number. It takes calls and text
# messages, in English and French.
crisis-line-call-or-text-english-french = { $line } (call or text, English/French)
# SAFETY: two services: $line (name and number), then $name, reached by
# text message at $number.
crisis-line-and-text-line = { $line }; { $name }: text { $number }
# SAFETY: two services: $line and $second (names and numbers); the second
# is also reached by texting the word $word (keep it as it is) to $number.
crisis-line-and-text-word = { $line }; { $second } (text { $word } to { $number })
# SAFETY: the service $name, at any of three numbers.
crisis-line-three-numbers = { $name } { $first } or { $second } or { $third }
# SAFETY: the service $name, at either of two numbers.
crisis-line-two-numbers = { $name }: { $first } or { $second }
# SAFETY: two services (names and numbers): one answers in Dutch, one in
# French.
crisis-line-dutch-french = { $dutch } (Dutch); { $french } (French)
# SAFETY: $number: a country's national suicide prevention line.
crisis-line-national-prevention = { $number } (national suicide prevention line)
# SAFETY: $number: a country's national suicide line.
crisis-line-national = { $number } (national suicide line)
# SAFETY: $line: the service's name and number; it also takes text
# messages at $number.
crisis-line-text-number = { $line } (text { $number })
# SAFETY: when the line answers: all day, every day.
crisis-hours-always = 24/7
# SAFETY: all day, every day, and free of charge.
crisis-hours-always-free = 24/7, free
# SAFETY: all day, every day, in Finnish.
crisis-hours-always-finnish = 24/7 (Finnish)
# SAFETY: $hours: from one clock time to another ("10:00-24:00"), every
# day; not around the clock.
crisis-hours-daily = { $hours } daily, not 24/7
# SAFETY: around the clock: 24 hours a day.
crisis-hours-around-the-clock = 24 h
# SAFETY: the emergency number $number; $also works too.
crisis-emergency-also-works = { $number } ({ $also } works)
# SAFETY: either emergency number works.
crisis-emergency-either = { $first } or { $second }
# SAFETY: the emergency number $number; an ambulance directly at $ambulance.
crisis-emergency-and-ambulance = { $number } (ambulance { $ambulance })
# SAFETY: $number: the number for medical emergencies.
crisis-emergency-medical = { $number } (medical)
# SAFETY: $number: the number for an ambulance.
crisis-emergency-ambulance = { $number } (ambulance)
# SAFETY: $number: the number for an ambulance; $mobile: the emergency
# number from a mobile phone.
crisis-emergency-ambulance-and-mobile = { $number } (ambulance); { $mobile } from mobiles
# SAFETY: stands for a country's name when Steady does not know the
# patient's country: "Numbers for your country".
crisis-your-country = your country

## The PHQ-9 (Patient Health Questionnaire, Kroenke, Spitzer & Williams
## 2001): its questions are in screens.ftl (the check-in screen).

# The PHQ-9's severity bands, by total score (0-4, 5-9, 10-14, 15-19,
# 20-27), as the published scoring names them; in lower case, as they
# follow a score: "12 (moderate)". Use the names the PHQ-9's official
# translation in your language uses. One message for the window and the
# check-in PDF alike. $band: the band's key.
phq9-band = { $band ->
    [minimal] minimal
    [mild] mild
    [moderate] moderate
    [moderately_severe] moderately severe
   *[severe] severe
}

## Countries: the ones whose crisis numbers Steady ships (care-facts'
## table), named in this language; any other keeps $name, the time zone
## database's English name.

# $code: ISO 3166 code ("DE"); $name: the English name, for any other country.
country-name = { $code ->
    [US] United States
    [CA] Canada
    [GB] United Kingdom
    [IE] Ireland
    [DE] Germany
    [AT] Austria
    [CH] Switzerland
    [FR] France
    [NL] Netherlands
    [BE] Belgium
    [ES] Spain
    [IT] Italy
    [PT] Portugal
    [SE] Sweden
    [NO] Norway
    [FI] Finland
    [PL] Poland
    [AU] Australia
    [NZ] New Zealand
    [IN] India
    [JP] Japan
    [BR] Brazil
    [MX] Mexico
    [ZA] South Africa
   *[other] { $name }
}
