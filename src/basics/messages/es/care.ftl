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

effect-dizziness = Mareo o desorientación
# Feeling "dissociated": the world seems unreal or far away.
effect-dissociation = Sensación de desconexión; las cosas se ven o se oyen distintas
effect-blood-pressure = Pulso acelerado o presión arterial alta
effect-nausea = Náuseas
effect-headache-tiredness = Dolor de cabeza o cansancio
effect-grogginess = Aturdimiento, inestabilidad al ponerse de pie
effect-mood-swings = Dolor de cabeza leve o cambios de humor (poco frecuente)
# How long an effect usually lasts. The number ranges use an en dash.
effect-usually-one-to-two-hours = 1–2 horas
effect-usually-half-to-one-hour = 30–60 minutos
# Steady reads "a few hours" as up to 4 hours.
effect-usually-few-hours = unas pocas horas
# Steady reads "several hours" as up to 6 hours.
effect-usually-several-hours = varias horas
effect-usually-day-or-two = uno o dos días

## Red flags after an infusion: the typical list of when to call whom
## (from a clinic's published discharge sheet). Whom to call is said
## beside each (rules-call-* in plan.ftl).

# SAFETY: call the emergency number.
red-flag-emergency = Pensamientos de suicidio, o cualquier urgencia médica
# SAFETY: call the emergency number.
red-flag-breathing = Falta de aire, sensación de que se cierra la garganta, dificultad para tragar, dolor en el pecho, o un cambio en el estado de alerta
# SAFETY: tell the primary care provider.
red-flag-rash = Una erupción nueva en la piel, o picazón
# SAFETY: call the clinic. The usual times are listed above it on screen.
red-flag-outlasting = Un efecto que dura mucho más de lo habitual (ver arriba)
# SAFETY: call the clinic.
red-flag-mania = Señales de manía, o una psicosis que empeora

## The way home, said to the driver: what the patient may feel, and how
## the driver can help. "they" is the patient.
## Spanish: the "feel" lines are nouns, so they need no gender.

way-home-groggy-feel = Aturdimiento o confusión, durante varias horas
way-home-groggy-help = Quédese cerca, hable con calma y no complique los planes.
way-home-unsteady-feel = Inestabilidad al ponerse de pie
way-home-unsteady-help = Ofrezca su brazo desde la silla hasta el coche, y del coche hasta dentro de casa.
# Nauseous.
way-home-sick-feel = Náuseas, normalmente durante unas pocas horas
way-home-sick-help = Conduzca con suavidad y pare si se lo piden.
way-home-tired-feel = Cansancio
way-home-tired-help = En casa: descanso, beber mucho líquido y ninguna decisión importante hoy.

## Crisis lines and emergency numbers by country: the words around a
## service's name and its numbers. Every { $variable } is a service's name
## or a phone number (or the word to text, $word): keep each exactly once,
## as it is.

# SAFETY: $line: the service's name and number ("988 Suicide & Crisis
# Lifeline"). The line takes calls and text messages.
crisis-line-call-or-text = { $line } (llamada o mensaje de texto)
# SAFETY: $line: the service's name and number. It takes calls and text
# messages, in English and French.
crisis-line-call-or-text-english-french = { $line } (llamada o mensaje de texto, en inglés o francés)
# SAFETY: two services: $line (name and number), then $name, reached by
# text message at $number.
crisis-line-and-text-line = { $line }; { $name }: mensaje de texto al { $number }
# SAFETY: two services: $line and $second (names and numbers); the second
# is also reached by texting the word $word (keep it as it is) to $number.
crisis-line-and-text-word = { $line }; { $second } (envíe { $word } por mensaje de texto al { $number })
# SAFETY: the service $name, at any of three numbers.
crisis-line-three-numbers = { $name } { $first } o { $second } o { $third }
# SAFETY: the service $name, at either of two numbers.
crisis-line-two-numbers = { $name }: { $first } o { $second }
# SAFETY: two services (names and numbers): one answers in Dutch, one in
# French.
crisis-line-dutch-french = { $dutch } (en neerlandés); { $french } (en francés)
# SAFETY: $number: a country's national suicide prevention line.
crisis-line-national-prevention = { $number } (línea nacional de prevención del suicidio)
# SAFETY: $number: a country's national suicide line.
crisis-line-national = { $number } (línea nacional de atención a la conducta suicida)
# SAFETY: $line: the service's name and number; it also takes text
# messages at $number.
crisis-line-text-number = { $line } (mensajes de texto al { $number })
# SAFETY: when the line answers: all day, every day.
crisis-hours-always = 24/7
# SAFETY: all day, every day, and free of charge.
crisis-hours-always-free = 24/7, gratuita
# SAFETY: all day, every day, in Finnish.
crisis-hours-always-finnish = 24/7 (en finés)
# SAFETY: $hours: from one clock time to another ("10:00-24:00"), every
# day; not around the clock.
crisis-hours-daily = { $hours } todos los días, no 24/7
# SAFETY: around the clock: 24 hours a day.
crisis-hours-around-the-clock = 24 h
# SAFETY: the emergency number $number; $also works too.
crisis-emergency-also-works = { $number } (también funciona el { $also })
# SAFETY: either emergency number works.
crisis-emergency-either = { $first } o { $second }
# SAFETY: the emergency number $number; an ambulance directly at $ambulance.
crisis-emergency-and-ambulance = { $number } (ambulancia: { $ambulance })
# SAFETY: $number: the number for medical emergencies.
crisis-emergency-medical = { $number } (urgencias médicas)
# SAFETY: $number: the number for an ambulance.
crisis-emergency-ambulance = { $number } (ambulancia)
# SAFETY: $number: the number for an ambulance; $mobile: the emergency
# number from a mobile phone.
crisis-emergency-ambulance-and-mobile = { $number } (ambulancia); { $mobile } desde teléfonos móviles
# SAFETY: stands for a country's name when Steady does not know the
# patient's country: "Numbers for your country".
crisis-your-country = su país

## The PHQ-9 (Patient Health Questionnaire, Kroenke, Spitzer & Williams
## 2001): its questions are in screens.ftl (the check-in screen).

# The PHQ-9's severity bands, by total score (0-4, 5-9, 10-14, 15-19,
# 20-27), as the published scoring names them; in lower case, as they
# follow a score: "12 (moderate)". Use the names the PHQ-9's official
# translation in your language uses. One message for the window and the
# check-in PDF alike. $band: the band's key.
# Spanish: feminine, as they qualify "depresión" (the usual Spanish
# scoring names: mínima, leve, moderada, moderadamente grave, grave).
# Not checked against the official PHQ-9 translation.
phq9-band = { $band ->
    [minimal] mínima
    [mild] leve
    [moderate] moderada
    [moderately_severe] moderadamente grave
   *[severe] grave
}

## Countries: the ones whose crisis numbers Steady ships (care-facts'
## table), named in this language; any other keeps $name, the time zone
## database's English name.

# $code: ISO 3166 code ("DE"); $name: the English name, for any other country.
# Spanish: without an article, as they follow "para", "de" or stand alone
# and in lists (the country chooser, "Números para { $country }").
country-name = { $code ->
    [US] Estados Unidos
    [CA] Canadá
    [GB] Reino Unido
    [IE] Irlanda
    [DE] Alemania
    [AT] Austria
    [CH] Suiza
    [FR] Francia
    [NL] Países Bajos
    [BE] Bélgica
    [ES] España
    [IT] Italia
    [PT] Portugal
    [SE] Suecia
    [NO] Noruega
    [FI] Finlandia
    [PL] Polonia
    [AU] Australia
    [NZ] Nueva Zelanda
    [IN] India
    [JP] Japón
    [BR] Brasil
    [MX] México
    [ZA] Sudáfrica
   *[other] { $name }
}
