### Les formulaires de la fenêtre : Paramètres, les consignes de votre
### clinique, le lecteur de fiche et l'écran Trajet retour
### (ui/src/lib/Settings.svelte, ClinicInstructions.svelte,
### SheetReader.svelte, Ride.svelte).
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
forms-saved-file = Enregistré : { $path }
# The two checklists a clinic's note can go on: the day before the session, the day of the session.
forms-checklist-day-before = la veille
forms-checklist-session-day = le jour de la séance

## Settings.

settings-title = Paramètres
settings-reminders-heading = Rappels
settings-notifications-on = Les notifications du bureau sont activées. Steady vous envoie vos rappels même quand sa fenêtre est fermée, tant qu’il tourne dans la zone de notification.
settings-notifications-off = Les notifications du bureau sont désactivées : aucun service de notifications n’a répondu. Les rappels s’affichent plutôt dans la fenêtre de Steady.
# Opens the system's own words about why notifications are off.
settings-notifications-details = Détails
# $next: Steady's sentence about the next reminder, "Prochain rappel : aujourd'hui 18:00 · Arrêter de manger".
settings-reminders-next = { $next }.
settings-notifications-test-button = Envoyer une notification de test
settings-notifications-test-sent = Envoyée. Si aucune notification n’est apparue, vérifiez les réglages de notifications de votre système.
settings-reminders-resume = Reprendre les rappels
# $duration: "1 heure", in words (the message "hours").
settings-reminders-pause = Suspendre les rappels pendant { $duration }
# Followed by a list of choices: settings-stale-choice.
settings-stale-label = Quand un rappel est très en retard
# A choice under "When a reminder is very late". $duration: "6 heures", in
# words (the message "hours"): 3, 6, 12 or 24 hours.
settings-stale-choice = le classer comme manqué après { $duration }, au lieu de l’afficher
settings-stale-hint = Par exemple quand l’ordinateur était en veille ou que Steady était fermé.
settings-clinic-heading = Les consignes de votre clinique
settings-clinic-intro = Heures de jeûne, médicaments, heure d’arrivée, quoi apporter, l’accompagnant, ce qu’il ne faut pas faire après : saisissez la fiche de votre clinique, ou ouvrez un fichier fourni par votre clinique.
settings-clinic-button = Les consignes de votre clinique
settings-day-heading = Votre journée
# A small tag beside a setting the patient has not set: Steady chose the value.
settings-steadys-choice = choix de Steady
settings-day-intro = Aucun rappel ne s’affiche entre votre coucher et votre lever : un rappel qui tombe la nuit vient au coucher, avec son heure. Ces heures sont le choix de Steady tant que vous n’avez pas mis les vôtres.
settings-day-wake = Je me lève à
settings-day-morning = Rappels du matin
settings-day-evening = Rappels du soir
settings-day-check-in = Bilan du soir
settings-day-bedtime = Je me couche à
settings-day-save = Enregistrer ma journée
settings-day-saved = Enregistré. Votre programme la suit.
# SAFETY: where the crisis numbers set just above are shown.
settings-crisis-where = Affichés quand vous signalez que quelque chose ne va vraiment pas, sur l’écran Récupération, la fiche trajet retour et la synthèse des bilans.
settings-after-heading = Après une séance
settings-groggy = Afficher l’écran simple, en grand, pendant les premières heures après une séance
# $checkin is "set" (then $time is the evening check-in time, "20:00") or
# "none" (no time known yet).
settings-check-in-reminders = { $checkin ->
    [none] Me rappeler de faire mon bilan à l’heure du bilan, et le PHQ-9, pendant 4 semaines après chaque séance
   *[set] Me rappeler à { $time } de faire mon bilan, et le PHQ-9, pendant 4 semaines après chaque séance
}
# Finished by one of the choices settings-phq-every-*: "Proposer le PHQ-9" + "chaque semaine".
settings-phq-every = Proposer le PHQ-9
settings-phq-every-14 = toutes les 2 semaines (le questionnaire porte sur les 2 dernières semaines)
settings-phq-every-7 = chaque semaine
settings-phq-every-28 = toutes les 4 semaines
# SAFETY: how long the crisis numbers stay on screen after a check-in
# answered "yes" to thoughts of self-harm. Finished by one of the choices
# settings-crisis-hours-*: "... keep who to call in view for" + "a day".
settings-crisis-hours = Après un « oui » aux pensées de se faire du mal, garder visible qui appeler pendant
settings-crisis-hours-24 = un jour
settings-crisis-hours-48 = deux jours
settings-crisis-hours-72 = trois jours
settings-crisis-hours-168 = une semaine
settings-start-heading = Démarrage
settings-start-at-login = Lancer Steady à l’ouverture de ma session, pour que les rappels arrivent sans l’ouvrir
settings-move-heading = Passer à un autre ordinateur
settings-move-intro = Enregistrez toutes vos données dans un seul fichier, puis importez-le dans Steady sur le nouvel ordinateur. L’import remplace les données qui s’y trouvent ; Steady les sauvegarde d’abord.
settings-move-export = Enregistrer toutes mes données (.json)
settings-move-import = Importer des données depuis un fichier…
# $path: the backup of the data that was replaced.
settings-move-imported = Importé. Les données qui étaient là sont sauvegardées dans { $path }
settings-about-heading = À propos
# $version: "0.4.1"; $folder: the data folder's path, shown as code.
settings-about-version = Steady { $version }. Vos données restent sur cet ordinateur, dans { $folder }.
settings-about-open-folder = Ouvrir le dossier de données
settings-about-disclaimer = Steady affiche des valeurs types tirées de guides publics pour les patients. Les consignes de votre clinique passent toujours en premier. Steady ne donne pas d’avis médical.

## Your clinic's instructions: the clinic's sheet, section by section.

clinic-form-eyebrow = Les consignes de votre clinique
clinic-form-title = Faites de la fiche de votre clinique votre programme
# $tag: the small "typical" tag (clinic-form-typical), shown as a tag.
clinic-form-lead = Chaque champ commence à une valeur type, marquée { $tag }. Modifiez-le selon ce que dit votre clinique ; la liste à côté du formulaire montre le résultat. Rien n’est enregistré tant que vous n’avez pas choisi « Enregistrer ».
# A small tag beside a value still at Steady's typical value, not the clinic's.
clinic-form-typical = valeur type
clinic-form-open-file = Ouvrir un fichier de votre clinique…
clinic-form-save-file = Enregistrer ces consignes dans un fichier
clinic-form-reset = Repartir des valeurs types
clinic-form-file-problems = Ce fichier est inutilisable ; rien n’a été modifié.
# $line: a line number in the file; $problem: what is wrong there, in Steady's words.
clinic-form-file-problem-line = Ligne { $line } : { $problem }
# $name: the file's name; $size: its size in kilobytes.
clinic-form-file-too-big = { $name } fait { $size } Ko ; un fichier de protocole fait au plus 64 Ko.
clinic-form-file-filled = Les consignes du fichier sont dans le formulaire ci-dessous. Vérifiez-les, puis enregistrez.
# $count: how many rules and notes from the pasted sheet were put in the form.
clinic-form-sheet-used = { $count ->
    [one] { $count } règle de votre fiche est dans le formulaire ci-dessous. Vérifiez-la dans l’aperçu, puis enregistrez.
   *[other] { $count } règles de votre fiche sont dans le formulaire ci-dessous. Vérifiez-les dans l’aperçu, puis enregistrez.
}
# $count: how many of the patient's planned sessions got these instructions.
clinic-form-saved = { $count ->
    [one] Enregistré pour { $count } séance et pour les séances que vous prévoirez à partir de maintenant.
   *[other] Enregistré pour { $count } séances et pour les séances que vous prévoirez à partir de maintenant.
}
clinic-form-undone = Annulé. Vos séances ont retrouvé leurs consignes précédentes.
clinic-form-number-empty = Un champ numérique est vide. Remplissez chaque nombre, ou décochez ce qui ne s’applique pas.
clinic-form-clinic-legend = La clinique
clinic-form-clinic-name = Nom
clinic-form-clinic-phone = Téléphone
clinic-form-clinic-address = Adresse
clinic-form-timeline-legend = Déroulement
clinic-form-arrive = Arriver ce nombre de minutes en avance
clinic-form-travel-check = Me rappeler quand partir de chez moi
clinic-form-travel = Mon temps de trajet, en minutes
clinic-form-intake = Préparation, en minutes
clinic-form-infusion = Perfusion, en minutes
# "min": minutes. How long the clinic watches the patient after the infusion, at least...
clinic-form-observation-min = Surveillance après, au plus court (min)
# ...and at most.
clinic-form-observation-max = …et au plus long (min)
clinic-form-observation-alone-check = La clinique garde plus longtemps les patients sans accompagnant
clinic-form-observation-alone = Surveillance sans accompagnant, en minutes
clinic-form-food-legend = Nourriture et boissons
# The two fasting rules, each followed by the choices clinic-form-cutoff-*.
clinic-form-solid-title = Pas d’aliments solides
clinic-form-liquids-title = Liquides clairs autorisés jusqu’à
clinic-form-cutoff-hours = Quelques heures avant la séance
clinic-form-cutoff-minutes = Quelques minutes avant la séance
clinic-form-cutoff-clock = Une heure précise
clinic-form-cutoff-none = Ma clinique ne fixe pas cette règle
clinic-form-hours-before = Heures avant
clinic-form-minutes-before = Minutes avant
clinic-form-time = Heure
# Followed by a choice: a day (clinic-form-food-day-*) or a checklist (forms-checklist-*).
clinic-form-on = Quand
clinic-form-food-day-of = le jour de la séance
clinic-form-food-day-before = la veille
# A button that fills in the common rule "nothing to eat after midnight"; keep the quotation marks.
clinic-form-after-midnight = « Rien après minuit »
# Put into the field "The clinic's own words about food" by the button above.
clinic-form-after-midnight-words = rien à manger après minuit
clinic-form-food-words = Les mots de la clinique sur la nourriture
# A small grey word beside a field that may stay empty.
clinic-form-optional = facultatif
clinic-form-clear-liquids = Ce qui compte comme liquide clair, dans les mots de la clinique
# An example inside an empty field.
clinic-form-clear-liquids-example = eau, café noir, jus clair sans pulpe…
clinic-form-fast-broken = Si le jeûne n’est pas respecté
# An example inside an empty field: what a clinic does if the patient ate.
clinic-form-fast-broken-example = la séance est annulée
clinic-form-medicines-legend = Médicaments
clinic-form-medicines-intro = Seul votre prescripteur décide quels médicaments suspendre. Saisissez ceux que nomme la fiche de votre clinique.
clinic-form-keep-usual = Continuer vos médicaments habituels, sauf indication contraire
clinic-form-medicine = Médicament ou type de médicament
# An example inside an empty field; Adderall is a brand name.
clinic-form-medicine-example = stimulants (Adderall)
# Followed by the choices clinic-form-before-*: what the patient does with this medicine before a session.
clinic-form-medicine-before = Avant la séance
clinic-form-before-skip-morning-of = Ne pas le prendre le matin de la séance
clinic-form-before-night-before = Dernière prise la veille au soir
clinic-form-before-hours-before = Dernière prise quelques heures avant
clinic-form-before-fewer-on-the-day = Moins de prises le jour même
clinic-form-before-take-on-the-day = Le prendre le jour même, comme d’habitude
clinic-form-before-ask-prescriber = En parler d’abord au prescripteur
clinic-form-before-none = Rien avant ; seulement un moment de reprise
clinic-form-medicine-last-dose-hours = Dernière prise, heures avant
clinic-form-medicine-ask-days = Me le rappeler ce nombre de jours avant
clinic-form-medicine-restart-check = Reprendre après la séance
clinic-form-medicine-restart-hours = Heures après
clinic-form-note = Note
clinic-form-medicine-remove = Retirer ce médicament
clinic-form-medicine-add = Ajouter un médicament
clinic-form-bring-legend = Quoi apporter et porter
clinic-form-bring-intro = Devient une tâche « Préparer votre sac » la veille au soir, chaque élément à cocher.
# For screen readers: the field of the $number-th thing to bring (1, 2, 3...).
clinic-form-bring-thing = Élément à apporter { $number }
clinic-form-remove = Retirer
# For screen readers, on the Remove button beside a thing to bring. $thing is
# "named" (then $name is what the patient typed, "reading glasses") or "none"
# (the field is still empty).
clinic-form-bring-remove = { $thing ->
    [none] Retirer cet élément
   *[named] Retirer { $name }
}
clinic-form-bring-add = Ajouter un élément à apporter
clinic-form-escort-legend = L’accompagnant
clinic-form-escort-required = Un adulte doit me raccompagner chez moi
clinic-form-escort-age-check = La clinique fixe un âge minimum
clinic-form-escort-age = Âge minimum
# Finished by one of the choices clinic-form-presence-*.
clinic-form-escort-presence = Pendant la séance, l’accompagnant…
clinic-form-presence-unspecified = la clinique ne le précise pas
clinic-form-presence-stays = reste à la clinique
clinic-form-presence-door = vient me chercher à la porte
clinic-form-presence-leave-return = peut partir et revenir
# Finished by one of the choices clinic-form-rideshare-*.
clinic-form-rideshare = Un taxi ou un VTC pour rentrer est…
clinic-form-rideshare-unspecified = non mentionné par la clinique
clinic-form-rideshare-not-allowed = interdit
clinic-form-rideshare-with-escort = possible seulement si l’accompagnant monte aussi
clinic-form-rideshare-allowed = autorisé
clinic-form-after-legend = Après la séance
# SAFETY: the no-driving rule; finished by one of the choices clinic-form-no-driving-*.
clinic-form-no-driving = Pas de conduite ni de machines
# SAFETY
clinic-form-no-driving-hours = pendant quelques heures
# SAFETY
clinic-form-no-driving-rest-of-day = pour le reste de la journée
# SAFETY
clinic-form-no-driving-next-morning = jusqu’au lendemain matin, après une nuit de sommeil
clinic-form-hours = Heures
# SAFETY: "0: no rule" means typing 0 sets no such rule.
clinic-form-no-alcohol = Pas d’alcool ni de cannabis, heures (0 : pas de règle)
# SAFETY: "0: no rule" means typing 0 sets no such rule.
clinic-form-no-sedatives = Pas de sédatifs ni d’opioïdes, heures (0 : pas de règle)
# Finished by one of the choices clinic-form-no-decisions-*.
clinic-form-no-decisions = Pas de décisions juridiques ou importantes
clinic-form-no-decisions-wear-off = jusqu’à la fin des effets
clinic-form-no-decisions-hours = pendant quelques heures
clinic-form-no-decisions-next-morning = jusqu’au lendemain matin
clinic-form-someone-stays-check = Quelqu’un reste avec moi après
clinic-form-someone-stays-hours = Pendant ce nombre d’heures
clinic-form-dependents = Quelqu’un d’autre s’occupe des enfants ou des personnes à charge jusqu’au lendemain matin
# SAFETY: the red flags: what to do when something goes wrong after a session.
clinic-form-red-flags-legend = Qui appeler, et quand
# SAFETY
clinic-form-red-flags-typical = Steady affiche cette liste type sur l’écran Récupération et la fiche trajet retour (tirée de la fiche de sortie publiée par une clinique). Si votre clinique donne la sienne, utilisez-la à la place.
# SAFETY: one line of the typical list. $situation: what happens ("Chest
# pain or trouble breathing"); $action: what to do (clinic-form-typical-flag-call), in bold.
clinic-form-typical-flag = { $situation } : { $action }
# SAFETY: $call is "emergency", "clinic" or "primary_care".
clinic-form-typical-flag-call = { $call ->
    [emergency] appeler le numéro d’urgence
    [clinic] appeler la clinique
   *[primary_care] prévenir votre médecin traitant
}
clinic-form-red-flags-own = Utiliser la liste de ma clinique
# SAFETY: a red flag the patient types: "If…" (what happens) "…then" (one of the choices clinic-form-flag-call-*).
clinic-form-flag-if = Si…
# SAFETY
clinic-form-flag-then = …alors
# SAFETY
clinic-form-flag-call-emergency = appeler le numéro d’urgence
# SAFETY
clinic-form-flag-call-clinic = appeler la clinique
# SAFETY
clinic-form-flag-call-primary-care = prévenir mon médecin traitant
clinic-form-flag-add = En ajouter un autre
clinic-form-visits-legend = Avant chaque visite
clinic-form-task = Tâche
# An example inside an empty field.
clinic-form-task-example = Remplir le questionnaire sur l’humeur
# Followed by the choices clinic-form-task-when-*.
clinic-form-when = Quand
clinic-form-task-when-hours = quelques heures avant
clinic-form-task-when-minutes = quelques minutes avant
clinic-form-task-when-clock = à une heure précise, quelques jours avant
clinic-form-days-before = Jours avant
clinic-form-task-remove = Retirer cette tâche
clinic-form-task-add = Ajouter une tâche
clinic-form-notes-legend = Notes de la clinique
clinic-form-notes-intro = Tout le reste de la fiche, gardé mot pour mot sur une liste.
clinic-form-note-add = Ajouter une note
clinic-form-save-heading = Enregistrer
clinic-form-save-for = Utiliser ces consignes pour
# A checkbox: one of the patient's planned sessions. $when: its date and time, "demain à 09:00".
clinic-form-save-session = Séance : { $when }
clinic-form-save-and-future = …et chaque séance que vous prévoirez à partir de maintenant.
clinic-form-save-future = Elles s’appliquent à chaque séance que vous prévoirez à partir de maintenant.
# Above a list of problems with the instructions, in Steady's words.
clinic-form-problems = Veuillez d’abord corriger ceci :
clinic-form-save-button = Enregistrer pour ces séances
clinic-form-undo = Annuler
clinic-form-preview-heading = Votre liste avec ces consignes
# $when: the session's date and time; $zone: a time zone's name, "Europe/Berlin".
clinic-form-preview-for = Pour la séance prévue { $when }. Heures selon le fuseau { $zone }.
# The two checklists of the preview.
clinic-form-preview-day-before = Avant la séance
clinic-form-preview-session-day = Le jour de la séance et après
# Under a checklist item due in the night: its reminder comes at bedtime. $time: "22:30".
clinic-form-preview-reminder = Rappel à { $time }, pas pendant la nuit
clinic-form-changes-heading = Ce qui change
# One change to the plan. $title: a checklist item's title, in bold. $change
# is "new" (the item is new), "gone" (it goes away) or "moved" (its time
# moves from $before to $after, both a date and time). The arrow points from
# the old time to the new one: in a right-to-left language, turn it round.
clinic-form-change = { $title } : { $change ->
    [new] nouvelle tâche
    [gone] disparaît
   *[moved] { $before } → { $after }
}
clinic-form-preview-empty = Prévoyez une séance pour voir sa liste ici.

## Paste your clinic's sheet: Steady reads it and proposes rules.

sheet-reader-heading = Collez la fiche de votre clinique
sheet-reader-intro = Copiez les consignes depuis l’e-mail, la page web ou le PDF de votre clinique et collez-les ici, ou déposez un fichier .txt ou .pdf sur cette fenêtre. Steady les lit sur cet ordinateur et propose les règles ci-dessous, chacune à côté de la phrase d’où elle vient. Rien ne change tant que vous n’avez pas choisi.
# For screen readers: the box the sheet is pasted into.
sheet-reader-text-label = La fiche de votre clinique
# An example inside the empty box.
sheet-reader-text-example = Rien à manger pendant les 6 heures avant votre rendez-vous…
sheet-reader-read = Lire la fiche
sheet-reader-open-file = Ouvrir un fichier texte…
sheet-reader-pdf-drop = Déposez le PDF sur cette fenêtre pour le lire, ou copiez son texte et collez-le ici.
# $rules: how many rules Steady read from the sheet; $questions: how many
# questions it has for the patient (0: it has none, and says nothing about them).
sheet-reader-found = { $questions ->
    [0] Steady a trouvé { $rules ->
        [one] { $rules } règle
       *[other] { $rules } règles
    }. Vérifiez chacune par rapport à votre fiche.
    [one] Steady a trouvé { $rules ->
        [one] { $rules } règle
       *[other] { $rules } règles
    }, et a { $questions } question pour vous. Vérifiez chaque point par rapport à votre fiche.
   *[other] Steady a trouvé { $rules ->
        [one] { $rules } règle
       *[other] { $rules } règles
    }, et a { $questions } questions pour vous. Vérifiez chaque point par rapport à votre fiche.
}
sheet-reader-proposals-heading = Ce que Steady a lu
sheet-reader-questions-heading = Steady a besoin que vous décidiez
# For screen readers: the choices under one of Steady's questions.
sheet-reader-answer = Votre réponse
sheet-reader-keep-as-note = Garder la phrase comme note
sheet-reader-leave-out = La laisser de côté
# $count: how many sentences of the sheet Steady could not use.
sheet-reader-unused = Phrases que Steady n’a pas utilisées ({ $count })
# "From your clinic" is the label such notes carry on the checklist.
sheet-reader-keep-unused = La garder comme note « De votre clinique »
# For screen readers: the choice of checklist (forms-checklist-*) for a kept sentence.
sheet-reader-which-checklist = Sur quelle liste
# $count: how many rules, answers and notes go into the form.
sheet-reader-use = { $count ->
    [one] Mettre { $count } élément dans le formulaire
   *[other] Mettre { $count } éléments dans le formulaire
}
sheet-reader-cancel = Annuler

## Ride home: the ride card on screen, sending it to the driver, and the ride's details.
## Most sentences name the patient, the clinic or the driver when their
## names are filled in: a selector ($patient, $clinic, $driver) is "named"
## (the name is in $patient_name, $clinic_name, $driver_name) or "none".

ride-screen-eyebrow = Trajet retour
ride-screen-pickup = Venir chercher { $patient ->
    [none] le patient
   *[named] { $patient_name }
} { $clinic ->
    [none] à la clinique
   *[named] à { $clinic_name }
}
# $start: the session's start time in words, "09:00".
ride-screen-start = La séance commence à { $start }. Gardez votre téléphone allumé à partir de là : la clinique peut appeler quand { $patient ->
    [none] le patient pourra sortir.
   *[named] { $patient_name } pourra sortir.
}
# The patient's choice of the language the driver gets the ride card, the message and the calendar file in.
ride-screen-driver-language = Langue du conducteur
ride-screen-driver-language-hint = La fiche trajet retour, le message et le fichier d’agenda du conducteur sont écrits dans cette langue.
ride-screen-who-heading = Qui et où
ride-screen-patient = Patient :
ride-screen-patient-missing = (votre nom n’est pas renseigné)
ride-screen-driver = Conducteur :
# Beside "Driver:". $phone (when $driver_phone is "set"): the driver's phone number.
ride-screen-driver-value = { $driver ->
    [none] { $driver_phone ->
        [none] (non renseigné)
       *[set] (non renseigné), { $phone }
    }
   *[named] { $driver_phone ->
        [none] { $driver_name }
       *[set] { $driver_name }, { $phone }
    }
}
ride-screen-note = Note :
ride-screen-clinic-missing = Clinique (non renseignée)
# $clinic_phone is "set" (the number is $phone) or "none".
ride-screen-clinic-phone = { $clinic_phone ->
    [none] Téléphone de la clinique : non renseigné
   *[set] Téléphone de la clinique : { $phone }
}
ride-screen-confirmed = { $driver ->
    [none] Mon conducteur a confirmé le trajet
   *[named] { $driver_name } a confirmé le trajet
}
ride-screen-confirm-hint = Tant que ce n’est pas coché, Steady vous rappelle la veille de confirmer votre conducteur.
ride-screen-escort-rules = Ce que la clinique demande
# SAFETY
ride-screen-driving-again = Reprise de la conduite
# SAFETY: $time: when the patient may drive again, "mar. 09:00".
ride-screen-drive-again = Pas avant { $time }
ride-screen-driver-checklist = La liste du conducteur
ride-screen-way-home = En route, { $patient ->
    [none] le patient
   *[named] { $patient_name }
} peut ressentir
# SAFETY: $source is "clinic" when the clinic gave its own list, else "typical".
ride-screen-call-whom = { $source ->
    [clinic] Qui appeler, et quand (liste de la clinique)
   *[typical] Qui appeler, et quand
}
# SAFETY: above the red flags that need the emergency number. $number: the
# emergency number ("112") when $emergency is "set".
ride-screen-call-emergency = { $emergency ->
    [none] Appelez le numéro d’urgence si :
   *[set] Appelez le { $number } si :
}
# SAFETY: above the red flags that need the clinic. $clinic_phone is "set"
# (the number is $phone) or "none".
ride-screen-call-clinic = { $clinic ->
    [none] { $clinic_phone ->
        [none] Appelez la clinique si :
       *[set] Appelez la clinique ({ $phone }) si :
    }
   *[named] { $clinic_phone ->
        [none] Appelez { $clinic_name } si :
       *[set] Appelez { $clinic_name } ({ $phone }) si :
    }
}
# SAFETY
ride-screen-call-primary-care = Prévenez son médecin traitant si :
# SAFETY: the crisis numbers' country. $country is "named" (its name is $country_name) or "none".
ride-screen-numbers-for = { $country ->
    [none] Numéros utiles pour votre pays
   *[named] Numéros utiles : { $country_name }
}
# SAFETY: $line is "set" (the crisis line, name and number, is $number) or
# "none"; $hours is "set" (when it answers, "24/7", is $open) or "none".
ride-screen-crisis-line = { $line ->
    [none] { $hours ->
        [none] Ligne d’écoute : non renseignée (Paramètres)
       *[set] Ligne d’écoute : non renseignée (Paramètres) ({ $open })
    }
   *[set] { $hours ->
        [none] Ligne d’écoute : { $number }
       *[set] Ligne d’écoute : { $number } ({ $open })
    }
}
# SAFETY: $emergency is "set" (the number is $number) or "none".
ride-screen-emergency = { $emergency ->
    [none] Urgences : non renseigné (Paramètres)
   *[set] Urgences : { $number }
}
ride-screen-send-heading = { $driver ->
    [none] L’envoyer à votre conducteur
   *[named] L’envoyer à { $driver_name }
}
ride-screen-send-button = { $driver ->
    [none] Envoyer au conducteur…
   *[named] Envoyer à { $driver_name }…
}
ride-screen-copy = Copier le message
ride-screen-copied = Copié. Collez-le dans un SMS ou un e-mail.
# $email is "set" (the driver's e-mail address is $address) or "none".
ride-screen-send-hint = { $email ->
    [none] Ouvre votre messagerie avec ce message, la fiche trajet retour et le fichier d’agenda en pièces jointes.
   *[set] Ouvre votre messagerie avec ce message pour { $address }, la fiche trajet retour et le fichier d’agenda en pièces jointes.
}
# For screen readers: the box with the message to the driver.
ride-screen-message-label = Texte du message
ride-screen-files-heading = Agenda et fiche trajet retour
ride-screen-files-intro = Enregistrés dans votre dossier Téléchargements. Un fichier d’agenda garde ses alarmes même quand Steady n’est pas lancé.
ride-screen-save-ics = Enregistrer dans l’agenda (.ics)
ride-screen-save-course-ics = Tout le traitement (.ics)
# A calendar file with every session the driver picks the patient up from.
ride-screen-save-driver-ics = Tous les trajets de { $driver_name } (.ics)
# Paper size, followed by the choices A4 and Letter.
ride-screen-paper = Papier
ride-screen-paper-a4 = A4
ride-screen-paper-letter = Lettre US
ride-screen-save-pdf = Enregistrer la fiche trajet retour (PDF)
ride-screen-print = Imprimer…
# $path: the ride card PDF just written, opened in the system's PDF viewer.
ride-screen-printed = { $path } est ouvert dans votre lecteur PDF : imprimez-le depuis ce lecteur.
ride-screen-details-heading = Détails
ride-screen-patient-name = Votre prénom, tel que le conducteur vous connaît
ride-screen-driver-name = Nom du conducteur
ride-screen-driver-phone = Téléphone du conducteur
ride-screen-driver-email = E-mail du conducteur
ride-screen-driver-relation = Lien avec vous
# An example inside an empty field.
ride-screen-driver-relation-example = conjoint, amie, fille…
# Followed by the choices ride-screen-contact-*: how the driver gets the ride's details.
ride-screen-driver-contact = Comment transmettre les détails
ride-screen-contact-text = par SMS
ride-screen-contact-email = par e-mail
ride-screen-contact-phone = par téléphone
ride-screen-contact-in-person = en personne
ride-screen-clinic-name = Clinique
ride-screen-clinic-phone-label = Téléphone de la clinique
ride-screen-clinic-address = Adresse de la clinique
ride-screen-driver-note = Une note pour le conducteur (sur la fiche et dans le message)
# An example inside an empty field: a note from the patient to the driver.
ride-screen-driver-note-example = J’attendrai à la porte latérale
ride-screen-save-details = Enregistrer les détails
ride-screen-saved = Enregistré.
