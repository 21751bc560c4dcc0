### Les documents que Steady écrit : la fiche trajet retour (un PDF pour le
### conducteur), le message au conducteur, le fichier d'agenda (.ics) et
### les codes QR de la fiche, la synthèse des bilans (un PDF pour les
### rendez-vous du patient) et son fichier CSV.
###
### The ride card, the driver's message and the driver's calendar are read
### by the driver, in the language the patient picked for them: write them
### for someone standing in a car park who has never used Steady. Phone
### numbers, names and addresses arrive as arguments, as typed.
###
### Choices by "named"/"none": $patient is "named" when the patient gave
### their name ($name), else "none" (say "the patient"); the same for the
### clinic ($clinic, $clinic_name) and the driver ($driver, $driver_name).
### "given"/"none" says whether a phone number or similar was filled in.
### French: the driver is "vous"; the patient is named, or "le patient".

## Times on the card and in the calendar.

# A length of time from … to …, each already in words ("1 h", "3 h"): "1 h–3 h".
ride-span-range = { $from }–{ $to }
# The pickup window, two clock times: "11:00–13:00".
ride-window = { $from }–{ $to }
# The session day in words, in the calendar's event. $intake, $infusion: a
# length of time ("20 min"); $recovery: a length or a range ("1 h–3 h").
ride-timeline = Préparation environ { $intake }, perfusion environ { $infusion }, puis { $recovery } de récupération avant que le patient puisse rentrer.

## The pickup, the driving rule, and the driver's checklist (on the card,
## in the message and on the Ride screen).

# $window: the pickup window ("11:00–13:00"); $day: its day ("jeudi 3 décembre").
ride-pickup = Venir chercher { $patient ->
    [named] { $name }
   *[none] le patient
} { $clinic ->
    [named] à { $clinic_name }
   *[none] à la clinique
} le { $day }, { $window }
# SAFETY: when the patient may drive again. $day: "vendredi 4 décembre"; $time:
# "13:00". $rule: the clinic's rule: a number of hours after the session
# ($hours, in words: "24 heures"), the rest of the session's day, or the next morning.
ride-drive-again = { $patient ->
    [named] { $name }
   *[none] Le patient
} peut reprendre le volant dès le { $day } à { $time } ({ $rule ->
    [rest_of_day] pas pendant le reste du jour de la séance
    [next_morning] le lendemain matin, après une nuit de sommeil
   *[hours] { $hours } après la séance
}), si sa vigilance est revenue et si la clinique est d’accord.
# The driver's checklist, in three parts: the day before, on the day, after.
ride-steps-day-before = La veille
ride-step-confirm = Confirmez { $patient ->
    [named] à { $name }
   *[none] au patient
} que vous conduisez.
ride-step-route = Repérez l’accès à { $clinic ->
    [named] { $clinic_name }
   *[none] la clinique
} et le parking.
# $date: the session's day, short ("jeu. 3 déc.").
ride-steps-on-the-day = Le jour même ({ $date })
# $time: when the session starts ("09:00").
ride-step-phone-on = Téléphone allumé dès { $time } : la clinique peut appeler quand { $patient ->
    [named] { $name }
   *[none] le patient
} pourra sortir.
# $window: the pickup window ("11:00–13:00").
ride-step-come-between = Venez à la clinique : { $window }.
ride-step-walk = Accompagnez { $patient ->
    [named] { $name }
   *[none] le patient
} jusqu’à la voiture : son équilibre peut être fragile au lever.
ride-steps-after = Après
# SAFETY: the clinic's rule that someone stays with the patient. $hours: how long, in words ("24 heures").
ride-step-someone-stays = La clinique demande que quelqu’un reste avec { $patient ->
    [named] { $name }
   *[none] le patient
} pendant { $hours } après la séance.
# SAFETY: no driving. $date: a short day and time ("ven. 4 déc. à 13:00").
ride-step-no-driving = { $patient ->
    [named] { $name }
   *[none] Le patient
} ne doit pas conduire avant le { $date }.

## The message to the driver (e-mail or text), written by the patient to
## the driver: "I" is the patient. Its parts follow one another in one
## paragraph, then the note, the checklist and the thanks, each on its own
## lines.

# $pickup: the pickup sentence above (ride-pickup), without its full stop; $start: the session's start ("09:00").
ride-message-opening = { $driver ->
    [named] Bonjour { $driver_name } !
   *[none] Bonjour !
} { $pickup }. La séance commence à { $start } ; la clinique laisse en général sortir les patients pendant ce créneau, alors merci de vous tenir disponible pour venir dès qu’elle appelle.
# $address: the clinic's address, as typed.
ride-message-address = Adresse : { $address }.
# $clinic_phone: the clinic's phone number.
ride-message-clinic-phone = Téléphone de la clinique : { $clinic_phone }.
# SAFETY: no driving. $patient "named": the patient writes it ("I"); $day
# "vendredi 4 décembre"; $time "13:00".
ride-message-no-driving = Après la perfusion, { $patient ->
    [named] je n’aurai pas toute ma vigilance et je ne devrai pas conduire
   *[none] le patient n’aura pas toute sa vigilance et ne devra pas conduire
} : pas de conduite avant le { $day } à { $time }.
# $note: the patient's own note to the driver, as typed.
ride-message-note = Note : { $note }
ride-message-checklist = Votre liste :
# A part of the checklist, as a heading: $when is "La veille", "Le jour même (jeu. 3 déc.)" or "Après".
ride-message-steps-heading = { $when } :
ride-message-thanks = Merci !

## The ride card (the PDF, and the Ride screen's preview of it).

# The PDF file's title, in its properties.
ride-card-document-title = Fiche trajet retour
# A small label in capitals above the card's title.
ride-card-kicker = FICHE TRAJET RETOUR
ride-card-title = Venir chercher { $patient ->
    [named] { $name }
   *[none] le patient
} { $clinic ->
    [named] à { $clinic_name }
   *[none] à la clinique
}
# $time: the session's start ("09:00").
ride-card-start = Séance à { $time }. Gardez votre téléphone allumé : la clinique peut appeler quand { $patient ->
    [named] { $name }
   *[none] le patient
} pourra sortir.
# A small label in capitals: who is who.
ride-card-who = QUI
ride-card-patient = { $patient ->
    [named] Patient : { $name }
   *[none] Patient : (nom non renseigné)
}
# $phone "given": the driver's phone number ($driver_phone) was filled in.
ride-card-driver = { $driver ->
    [named] { $phone ->
        [given] Conducteur : { $driver_name }, { $driver_phone }
       *[none] Conducteur : { $driver_name }
    }
   *[none] { $phone ->
        [given] Conducteur : { $driver_phone }
       *[none] Conducteur : (non renseigné)
    }
}
# $note: the patient's own note to the driver, as typed.
ride-card-note = { $patient ->
    [named] Note de { $name } : { $note }
   *[none] Note du patient : { $note }
}
# A small label in capitals: where the clinic is.
ride-card-where = OÙ
# The clinic's name on a line of its own, or these words when none was given.
ride-card-clinic = { $clinic ->
    [named] { $clinic_name }
   *[none] La clinique
}
ride-card-clinic-phone = { $phone ->
    [given] Téléphone de la clinique : { $clinic_phone }
   *[none] Téléphone de la clinique : à demander
}
# A heading over the clinic's rules for the escort.
ride-card-escort-heading = Ce que la clinique demande
ride-card-drive-again-heading = Reprise de la conduite
# SAFETY: no driving before this. $date: a short day and time ("ven. 4 déc. à 13:00").
ride-card-not-before = Pas avant le { $date }
ride-card-checklist-heading = Votre liste
ride-card-way-home-heading = En route, { $patient ->
    [named] { $name }
   *[none] le patient
} peut ressentir
# $feel: something the patient may feel ("Fatigue"); $help: what the driver can do. Both from the care texts.
ride-card-way-home-item = { $feel }. { $help }
# SAFETY: the heading over when to call whom; $from_clinic "yes": the list is the clinic's own.
ride-card-call-heading = { $from_clinic ->
    [yes] Qui appeler, et quand (liste de la clinique)
   *[no] Qui appeler, et quand
}
# SAFETY: over the situations to call the emergency number for. $number: the country's emergency number ("112").
ride-card-call-emergency = { $emergency ->
    [given] Appelez le { $number } si :
   *[none] Appelez le numéro d’urgence si :
}
# SAFETY: over the situations to call the clinic for.
ride-card-call-clinic = { $phone ->
    [given] Appelez { $clinic ->
        [named] { $clinic_name }
       *[none] la clinique
    } ({ $clinic_phone }) si :
   *[none] Appelez { $clinic ->
        [named] { $clinic_name }
       *[none] la clinique
    } si :
}
# SAFETY: over the situations to tell the patient's own doctor about.
ride-card-call-primary-care = Prévenez son médecin traitant si :
# SAFETY: the crisis numbers' heading. $whose: the country's name ("Germany").
ride-card-numbers-heading = Numéros utiles : { $whose }
# SAFETY: the crisis line ($number, its name and number as the country's table
# or the patient gave it) and its hours ($crisis_hours, "24/7, gratuit") when known.
ride-card-crisis-line = { $line ->
    [given] { $hours ->
        [given] Ligne d’écoute : { $number } ({ $crisis_hours })
       *[none] Ligne d’écoute : { $number }
    }
   *[none] Ligne d’écoute : non renseignée dans Steady. Demandez à la clinique la ligne d’écoute locale.
}
# SAFETY: the emergency number ("112").
ride-card-emergency = { $emergency ->
    [given] Urgences : { $number }
   *[none] Urgences : votre numéro d’urgence local
}
# At the foot of every page. $typical "yes": the card uses Steady's typical
# values; "no": the clinic's own, as the patient entered them.
ride-card-footer = { $typical ->
    [yes] Valeurs types tirées de guides publics pour les patients (repères de soins de Steady) : les consignes de la clinique passent en premier. Ceci n’est pas un avis médical. Fait avec Steady.
   *[no] D’après les consignes de la clinique saisies dans Steady ; c’est la clinique qui a le dernier mot. Ceci n’est pas un avis médical. Fait avec Steady.
}

## The QR codes on the card (and on the Ride screen).

ride-qr-calendar-label = Scannez pour ajouter la sortie de la clinique à l’agenda d’un téléphone
ride-qr-calendar-title = Code QR : la sortie de la clinique, en événement d’agenda
# Under the code on paper, short.
ride-qr-calendar-caption = Scanner : ajouter à l’agenda
ride-qr-text-label = Scannez pour avoir la sortie de la clinique en texte
ride-qr-text-title = Code QR : la sortie de la clinique, en texte
# Under the code on paper, short.
ride-qr-text-caption = Scanner : la sortie en texte
# The text the second code holds, line by line. $pickup: the pickup sentence (ride-pickup).
ride-qr-text-pickup = { $pickup }.
ride-qr-text-clinic = Clinique : { $clinic_phone }
# SAFETY: no driving. $date: a short day and time ("ven. 4 déc. à 13:00").
ride-qr-text-no-driving = Le patient ne doit pas conduire avant le { $date }.
# The calendar event the first code holds: its description, kept short so the code stays readable.
ride-qr-event-clinic = Clinique { $clinic_phone }

## The calendar file's events: the session, the pickup, and the end of the
## no-driving time (each with an alarm that shows the summary).

ride-event-session-summary = Séance de perfusion { $clinic ->
    [named] à { $clinic_name }
   *[none] à la clinique
}
# $timeline: the session day in words (ride-timeline); $typical "yes": Steady's typical timings.
ride-event-session-description = { $typical ->
    [yes] Prévu avec Steady. { $timeline } Ce sont des durées types ; les consignes de votre clinique passent en premier.
   *[no] Prévu avec Steady. { $timeline }
}
# SAFETY: the pickup event's description. $clinic_phone: the clinic's number, when given.
ride-event-pickup-description = { $phone ->
    [given] Téléphone de la clinique : { $clinic_phone }. Le patient ne doit pas rentrer en conduisant.
   *[none] Le patient ne doit pas rentrer en conduisant.
}
# SAFETY: the event at the end of the no-driving time.
ride-event-drive-again-summary = { $typical ->
    [yes] Fin de la période sans conduite (valeur type)
   *[no] Fin de la période sans conduite
}

## "Send to the driver": the e-mail, and what Steady tells the patient after.

# The e-mail's subject (the driver reads it). $day: "jeudi 3 décembre"; $window: "11:00–13:00".
ride-mail-subject = Trajet retour le { $day } : { $window }
# To the patient, in the window. "Envoyer" is the mail program's button.
ride-mail-opened-attached = Votre messagerie s’est ouverte avec le message pour { $driver ->
    [named] { $driver_name }
   *[none] votre conducteur
}, la fiche trajet retour et le fichier d’agenda en pièces jointes. Vérifiez-le, puis cliquez sur Envoyer.
# To the patient. $folder: where the files are; $card, $calendar: their file names.
ride-mail-opened = Votre messagerie s’est ouverte avec le message pour { $driver ->
    [named] { $driver_name }
   *[none] votre conducteur
}. Joignez les fichiers enregistrés dans { $folder } : { $card } et { $calendar }.

## The check-in summary: a PDF the patient takes to an appointment, about
## themselves ("I"), for a clinician to read.

# The PDF file's title, in its properties.
summary-document-title = Synthèse des bilans Steady
summary-title = Comment je vais : bilans et PHQ-9
summary-intro = Auto-évaluations enregistrées dans Steady. Ce n’est pas un diagnostic.
summary-sessions-heading = Séances
summary-sessions-none = Aucune séance enregistrée.
# Between the dates of a list of sessions ("jeu. 3 déc. 2026, lun. 7 déc. 2026"), spaces included.
summary-list-separator = { ", " }
# The PHQ-9's score bands: keep the numbers.
# Not checked against the official PHQ-9 translation.
summary-phq9-heading = PHQ-9 (0-27 ; niveaux : 0-4 minimale, 5-9 légère, 10-14 modérée, 15-19 modérément sévère, 20-27 sévère)
summary-phq9-none = Aucun PHQ-9 enregistré.
# One PHQ-9 result. $date: "jeu. 3 déc. 2026"; $total: the score (0 to 27);
# $band: its band in words ("légère"); $item_nine "yes": question 9
# (thoughts of self-harm) was answered above 0.
summary-phq9-result = { $item_nine ->
    [yes] { $date } : { $total } ({ $band }) ; réponse supérieure à 0 à la question 9
   *[no] { $date } : { $total } ({ $band })
}
summary-check-ins-heading = Bilans quotidiens par semaine (moyennes, 0-10)
summary-check-ins-none = Aucun bilan enregistré.
# One week's averages. $week: the week's Monday ("lun. 30 nov."); $mood …
# $anxiety: averages 0 to 10 with one decimal; $count: check-ins that week;
# $self_harm "reported": thoughts of self-harm were reported $times times.
summary-week = Semaine du { $week } : humeur { $mood }, énergie { $energy }, clarté d’esprit { $clarity }, anxiété { $anxiety } ({ $count ->
    [one] { $count } bilan
   *[other] { $count } bilans
}{ $self_harm ->
    [reported] {"\u202F"}; pensées de se faire du mal signalées { $times } fois
   *[none] {""}
})
summary-notes-heading = Notes
# $date: "jeu. 3 déc. 2026"; $note: the patient's note, as typed.
summary-note = { $date } : { $note }
# SAFETY: the crisis numbers' heading. $whose: the country's name ("Germany").
summary-numbers-heading = Numéros utiles : { $whose }
# SAFETY: the crisis line ($number) and its hours ($crisis_hours) when known.
summary-crisis-line = { $line ->
    [given] { $hours ->
        [given] Ligne d’écoute : { $number } ({ $crisis_hours })
       *[none] Ligne d’écoute : { $number }
    }
   *[none] Ligne d’écoute : non renseignée dans Steady.
}
# SAFETY: the emergency number.
summary-emergency = { $emergency ->
    [given] Urgences : { $number }
   *[none] Urgences : non renseigné dans Steady
}
# The questionnaire's source: the authors' names and the year stay as they are.
summary-phq9-source = PHQ-9 : Kroenke, Spitzer & Williams 2001 (questionnaire du domaine public).

## The check-ins as a CSV file (for a spreadsheet): the column names, in
## this order, then the words in its cells. Keep them short; a comma or a
## quote in one is fine (Steady quotes it).

summary-csv-kind = type
summary-csv-date = date_utc
summary-csv-mood = humeur
summary-csv-energy = énergie
summary-csv-clarity = clarté
summary-csv-anxiety = anxiété
summary-csv-self-harm = pensées_se_faire_du_mal
summary-csv-phq9-total = phq9_total
summary-csv-phq9-band = phq9_niveau
summary-csv-note = note
# The "kind" of a row: a daily check-in.
summary-csv-check-in = bilan
# The "kind" of a row: a PHQ-9 questionnaire.
summary-csv-phq9 = phq9
# Whether thoughts of self-harm were reported.
summary-csv-yes = oui
summary-csv-no = non
