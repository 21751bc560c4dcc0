### Contenu de soins : les effets habituels après la séance et leur durée,
### les signes d'alerte et qui appeler, ce que le patient peut ressentir sur
### le trajet du retour (dit au conducteur), les mots autour des numéros
### d'écoute et d'urgence, et les niveaux du PHQ-9.
###
### These restate public patient guides (Steady's care facts). Keep them as
### plain and calm as the English: never more alarming, never softer.
### Crisis lines and emergency numbers are arguments or digits: a service's
### name and its number stay exactly as they are; only the words around
### them are translated.

## The usual after-effects (the Recovery screen): each effect's name, then
## how long it usually lasts, counted from the end of the infusion.

effect-dizziness = Vertiges ou désorientation
# Feeling "dissociated": the world seems unreal or far away.
effect-dissociation = Sensation de détachement ; les images ou les sons semblent différents
effect-blood-pressure = Cœur qui s’accélère ou tension artérielle plus élevée
effect-nausea = Nausées
effect-headache-tiredness = Mal de tête ou fatigue
effect-grogginess = Somnolence, manque d’équilibre en se levant
effect-mood-swings = Léger mal de tête ou sautes d’humeur (rare)
# How long an effect usually lasts. The number ranges use an en dash.
effect-usually-one-to-two-hours = 1–2 heures
effect-usually-half-to-one-hour = 30–60 minutes
# Steady reads "a few hours" as up to 4 hours.
effect-usually-few-hours = quelques heures
# Steady reads "several hours" as up to 6 hours.
effect-usually-several-hours = plusieurs heures
effect-usually-day-or-two = un jour ou deux

## Red flags after an infusion: the typical list of when to call whom
## (from a clinic's published discharge sheet). Whom to call is said
## beside each (rules-call-* in plan.ftl).

# SAFETY: call the emergency number.
red-flag-emergency = Des pensées suicidaires, ou toute urgence médicale
# SAFETY: call the emergency number.
red-flag-breathing = Essoufflement, sensation que la gorge se ferme, difficulté à avaler, douleur dans la poitrine, ou changement de l’état d’éveil
# SAFETY: tell the primary care provider.
red-flag-rash = Une nouvelle éruption sur la peau ou des démangeaisons
# SAFETY: call the clinic. The usual times are listed above it on screen.
red-flag-outlasting = Un effet qui dure bien plus longtemps que d’habitude (durées indiquées plus haut)
# SAFETY: call the clinic.
red-flag-mania = Des signes de manie, ou une psychose qui s’aggrave

## The way home, said to the driver: what the patient may feel, and how
## the driver can help. "they" is the patient.

way-home-groggy-feel = Somnolence ou confusion, pendant plusieurs heures
way-home-groggy-help = Restez à côté, parlez calmement et faites simple.
way-home-unsteady-feel = Manque d’équilibre en se levant
way-home-unsteady-help = Offrez votre bras du fauteuil à la voiture, puis jusque dans la maison.
# Nauseous.
way-home-sick-feel = Nausées, en général pendant quelques heures
way-home-sick-help = Conduisez en douceur, et arrêtez-vous si on vous le demande.
way-home-tired-feel = Fatigue
way-home-tired-help = À la maison : du repos, beaucoup à boire, et pas de grandes décisions aujourd’hui.

## Crisis lines and emergency numbers by country: the words around a
## service's name and its numbers. Every { $variable } is a service's name
## or a phone number (or the word to text, $word): keep each exactly once,
## as it is.

# SAFETY: $line: the service's name and number ("988 Suicide & Crisis
# Lifeline"). The line takes calls and text messages.
crisis-line-call-or-text = { $line } (appel ou SMS)
# SAFETY: $line: the service's name and number. It takes calls and text
# messages, in English and French.
crisis-line-call-or-text-english-french = { $line } (appel ou SMS, en anglais ou en français)
# SAFETY: two services: $line (name and number), then $name, reached by
# text message at $number.
crisis-line-and-text-line = { $line } ; { $name } : SMS au { $number }
# SAFETY: two services: $line and $second (names and numbers); the second
# is also reached by texting the word $word (keep it as it is) to $number.
crisis-line-and-text-word = { $line } ; { $second } (envoyez { $word } par SMS au { $number })
# SAFETY: the service $name, at any of three numbers.
crisis-line-three-numbers = { $name } { $first } ou { $second } ou { $third }
# SAFETY: the service $name, at either of two numbers.
crisis-line-two-numbers = { $name } : { $first } ou { $second }
# SAFETY: two services (names and numbers): one answers in Dutch, one in
# French.
crisis-line-dutch-french = { $dutch } (en néerlandais) ; { $french } (en français)
# SAFETY: $number: a country's national suicide prevention line.
crisis-line-national-prevention = { $number } (numéro national de prévention du suicide)
# SAFETY: $number: a country's national suicide line.
crisis-line-national = { $number } (ligne nationale de prévention du suicide)
# SAFETY: $line: the service's name and number; it also takes text
# messages at $number.
crisis-line-text-number = { $line } (SMS : { $number })
# SAFETY: when the line answers: all day, every day.
crisis-hours-always = 24/7
# SAFETY: all day, every day, and free of charge.
crisis-hours-always-free = 24/7, gratuit
# SAFETY: all day, every day, in Finnish.
crisis-hours-always-finnish = 24/7 (en finnois)
# SAFETY: $hours: from one clock time to another ("10:00-24:00"), every
# day; not around the clock.
crisis-hours-daily = { $hours } tous les jours, pas 24/7
# SAFETY: around the clock: 24 hours a day.
crisis-hours-around-the-clock = 24 h, jour et nuit
# SAFETY: the emergency number $number; $also works too.
crisis-emergency-also-works = { $number } (le { $also } fonctionne aussi)
# SAFETY: either emergency number works.
crisis-emergency-either = { $first } ou { $second }
# SAFETY: the emergency number $number; an ambulance directly at $ambulance.
crisis-emergency-and-ambulance = { $number } (ambulance : { $ambulance })
# SAFETY: $number: the number for medical emergencies.
crisis-emergency-medical = { $number } (urgences médicales)
# SAFETY: $number: the number for an ambulance.
crisis-emergency-ambulance = { $number } (ambulance)
# SAFETY: $number: the number for an ambulance; $mobile: the emergency
# number from a mobile phone.
crisis-emergency-ambulance-and-mobile = { $number } (ambulance) ; { $mobile } depuis un portable
# SAFETY: stands for a country's name when Steady does not know the
# patient's country: "Numbers for your country".
crisis-your-country = votre pays

## The PHQ-9 (Patient Health Questionnaire, Kroenke, Spitzer & Williams
## 2001): its questions are in screens.ftl (the check-in screen).

# The PHQ-9's severity bands, by total score (0-4, 5-9, 10-14, 15-19,
# 20-27), as the published scoring names them; in lower case, as they
# follow a score: "12 (modérée)". Feminine: they qualify "dépression".
# Not checked against the official PHQ-9 translation.
phq9-band = { $band ->
    [minimal] minimale
    [mild] légère
    [moderate] modérée
    [moderately_severe] modérément sévère
   *[severe] sévère
}

## Countries: the ones whose crisis numbers Steady ships (care-facts'
## table), named in this language; any other keeps $name, the time zone
## database's English name.
## French: without an article ("Royaume-Uni", not "le Royaume-Uni"): the
## name follows a colon ("Numéros utiles : { $whose }") or stands alone in
## the country chooser.

# $code: ISO 3166 code ("DE"); $name: the English name, for any other country.
country-name = { $code ->
    [US] États-Unis
    [CA] Canada
    [GB] Royaume-Uni
    [IE] Irlande
    [DE] Allemagne
    [AT] Autriche
    [CH] Suisse
    [FR] France
    [NL] Pays-Bas
    [BE] Belgique
    [ES] Espagne
    [IT] Italie
    [PT] Portugal
    [SE] Suède
    [NO] Norvège
    [FI] Finlande
    [PL] Pologne
    [AU] Australie
    [NZ] Nouvelle-Zélande
    [IN] Inde
    [JP] Japon
    [BR] Brésil
    [MX] Mexique
    [ZA] Afrique du Sud
   *[other] { $name }
}
