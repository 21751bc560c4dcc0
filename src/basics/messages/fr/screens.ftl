### Les écrans de la fenêtre : la barre du haut, le premier démarrage,
### Aujourd'hui, le programme de la séance et ses tâches, le traitement, les
### bilans et leur graphique, la récupération après une séance, le panneau
### de crise et les numéros d'écoute, la vue simple d'après séance, les
### rappels affichés dans la fenêtre, et le verrouillage.
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

screens-loading = Chargement…
# A button that marks a checklist item as done.
screens-done = Fait
screens-cancel = Annuler
screens-save = Enregistrer
# Beside a field the patient may leave empty.
screens-optional = facultatif
# A tag beside a value Steady took from public patient guides, not from the
# patient's clinic.
screens-typical = valeur type — votre clinique peut faire autrement
# $source: where a care sentence comes from in Steady's care facts, e.g.
# "Le jour de la séance · 002"; it stays as it is.
screens-source = Source : repères de soins · { $source }
# From one time or length to another: "12:30–13:30", "1 h–2 h".
screens-range = { $from }–{ $to }
# A button that puts a reminder off. $span: "10 min" (span-minutes) or
# "1 heure" (hours).
screens-snooze = Rappeler dans { $span }
# The big button on Today and on the simple view after a session: the
# patient is home, and the no-driving time counts from now.
screens-im-home = Je suis à la maison — la séance est terminée
# SAFETY: the rule for after a session. $when: "aujourd'hui à 18:00" or
# "demain à 07:00" (when-today, when-tomorrow...).
screens-no-driving-until = Pas de conduite avant { $when }

## The top bar and the window's frame (App.svelte).

# The accessible name of the row of screen buttons.
app-nav-label = Écrans
app-nav-today = Aujourd’hui
app-nav-session = Programme de la séance
app-nav-recovery = Récupération
# Opens the check-in screen (how the patient feels these days).
app-nav-check-in = Comment je me sens
app-nav-course = Traitement
app-nav-ride = Trajet retour
app-nav-settings = Paramètres
# Locks the app now (the app lock is on).
app-lock-now = Verrouiller
app-lock-now-hint = Fermer l’accès à vos données jusqu’à ce que la phrase secrète soit de nouveau saisie
# Dismisses a notice that the data file was damaged and recovered.
app-recovery-notice-dismiss = J’ai compris
app-load-error-title = Steady ne peut pas afficher votre programme pour l’instant.
app-data-unreadable = Steady n’a pas pu lire ses données.
# $path: the folder where Steady keeps its data.
app-data-folder = Dossier de données : { $path }
# Right after the first session is planned: crisis numbers are set up now.
app-crisis-eyebrow = Avant votre séance
# The crisis numbers still need the patient: they may finish later.
app-crisis-later = Plus tard, dans Paramètres
app-crisis-continue = Continuer
# Right after the first session is planned: the optional next step.
app-instructions-eyebrow = Facultatif
app-instructions-title = Votre clinique a-t-elle ses propres consignes ?
# "Programme de la séance" and "Paramètres" are the screens' names (app-nav-session,
# app-nav-settings).
app-instructions-text = Les cliniques ne font pas toutes pareil : quand arrêter de manger, quels médicaments ne pas prendre, quand arriver, quoi apporter, qui peut vous ramener. Saisissez la fiche de votre clinique maintenant et votre programme la suivra ; ou gardez les valeurs types et faites-le plus tard depuis Programme de la séance ou Paramètres.
app-instructions-enter = Saisir les consignes de ma clinique
app-instructions-not-now = Pas maintenant

## The first start: the first session (Welcome.svelte). The language
## chooser sits above it (language-label in app.ftl).

welcome-title = Préparons votre jour de séance
welcome-lead = Dites à Steady quand a lieu votre prochaine perfusion. Il prépare deux courtes listes, pour la veille et pour le jour même, et vous montre quoi faire, et quand.
welcome-when-legend = Quand a lieu votre prochaine séance ?
welcome-date = Date
welcome-start-time = Heure de début
# $zone: the computer's time zone, as the system names it: "Europe/Paris".
welcome-time-zone = Heures selon le fuseau { $zone }.
welcome-clinic = Dans quelle clinique ?
welcome-driver = Qui vous ramène ?
# Beside the question who drives the patient home.
welcome-driver-hint = facultatif — Steady vous le rappellera la veille
welcome-missing-date-time = Veuillez saisir la date et l’heure de votre séance.
welcome-submit = Créer mon programme

## Today (Today.svelte): what to do next, and the rest of today and tomorrow.

# $count: checklist items whose time has passed without a tick.
today-missed = { $count ->
    [one] { $count } tâche précédente n’a pas été cochée.
   *[other] { $count } tâches précédentes n’ont pas été cochées.
}
today-see-session-plan = Voir le programme de la séance
# SAFETY: the heading of the rules for after a session.
today-no-driving-title = Pas de conduite, pas de machines, pas de grandes décisions
# SAFETY: under that heading. $when: "demain à 07:00" (when-tomorrow...).
today-no-driving-until = Jusqu’à { $when }
# The accessible name of the field for when the session really ended.
today-ended-at-label = Heure de fin de la séance
# Opens that field: the session ended before the patient tapped "I'm home".
today-ended-earlier = Elle s’est terminée plus tôt…
# SAFETY
today-no-driving-counted = Steady compte la période sans conduite à partir de la fin de la séance.
# Above the next checklist item: it is due now, or comes next.
today-now = Maintenant
today-next = Ensuite
today-all-done-title = Rien à faire pour l’instant
today-all-done-text = Toutes les tâches de votre programme sont cochées. Reposez-vous bien.
# Items whose time has passed, not yet ticked.
today-overdue = Encore à faire
today-rest-of-today = Reste de la journée
today-nothing-else-today = Rien d’autre aujourd’hui.
today-tomorrow = Demain
today-nothing-tomorrow = Rien de prévu demain.
today-your-session = Votre séance
# $from, $to: clock times, "12:30" and "13:30": when the escort typically
# picks the patient up.
today-pickup-typical = Sortie en général : { $from }–{ $to }
# $count: checklist items due after tomorrow.
today-later-items = { $count ->
    [one] { $count } tâche de plus après demain
   *[other] { $count } tâches de plus après demain
}
# Opens the Ride home screen (app-nav-ride).
today-open-ride = Trajet retour
today-open-session = Voir tout le programme

## A checklist item's row (ItemRow.svelte), on Today and the session plan.
## $title: the item's title ("Arrêter de manger"), from the plan or the patient.

# The accessible names of the tick box, for a screen reader.
item-tick = Marquer comme fait : { $title }
item-tick-undo = Fait : { $title }. Marquer comme non fait
# The accessible name of the list of things in an item (the bag to pack).
item-parts-label = Contenu de : { $title }
# The tooltip of screens-typical.
item-typical-hint = Une valeur type tirée de guides publics pour les patients. Les consignes de votre clinique passent toujours en premier.
# A tag: the patient moved this item's time; it no longer follows the session.
item-time-set-by-you = heure choisie par vous
# The accessible name of the choice of when the reminder comes.
item-reminder-label = Rappel pour : { $title }
# The choices of when an item's reminder comes.
item-remind-at-time = Me rappeler à l’heure prévue
# $span: "15 min" (span-minutes) or "2 heures" (hours).
item-remind-before = Me rappeler { $span } avant
item-change-time = Changer l’heure
# Undoes the patient's own time: the item follows the session again.
item-back-to-plan-time = Revenir à l’heure du programme
item-edit-note = Modifier la note
item-add-note = Ajouter une note
item-remove = Supprimer
item-new-time = Nouvelle heure
# $zone: the session's time zone, "Europe/Paris".
item-new-time-zone = (selon le fuseau { $zone })
item-note-label = Votre note
item-save-note = Enregistrer la note

## The session plan (SessionPage.svelte): one session's day, its two
## checklists, and the medicines the prescriber said to hold.

session-page-eyebrow = Programme de la séance
session-page-clinic-unnamed = Clinique non indiquée
# After the clinic's name and a dot. $zone: the session's time zone, "Europe/Paris".
session-page-time-zone = heures selon le fuseau { $zone }
# $protocol: the name of the clinic's instructions the plan follows, as the
# patient or the clinic named them.
session-page-following = Suit : { $protocol }
session-page-typical-values = Valeurs types, jusqu’à ce que vous saisissiez les consignes de votre clinique
# Opens the screen for the clinic's instructions.
session-page-instructions = Les consignes de votre clinique
# A tag on a cancelled session.
session-page-cancelled = annulée
session-page-move = Changer l’heure de la séance
session-page-cancel = Annuler la séance
# Asked before cancelling a session; the next message follows it.
session-page-cancel-question = Annuler cette séance ?
session-page-cancel-explained = Ses rappels s’arrêtent. Sa liste reste dans l’historique de votre traitement.
session-page-cancel-yes = Oui, l’annuler
session-page-cancel-no = La garder
session-page-move-label = Nouvelle date et heure de début
session-page-move-explained = Les tâches du programme se déplacent avec la séance. Les tâches dont vous avez choisi l’heure restent où elles sont.
session-page-move-submit = Déplacer la séance
# The accessible name of the session day's timeline.
session-page-day-label = Le jour de la séance
# The session day's steps, each beside its clock time.
session-page-leave-home = Départ de chez vous
session-page-arrive = Arrivée
session-page-intake = Préparation
session-page-infusion = Perfusion
session-page-recovery = Récupération, puis sortie
session-page-pickup-window = Créneau de sortie
# SAFETY: beside the day and time the patient may drive again.
session-page-no-driving-until = Pas de conduite avant
# How long a step takes. $span: "45 min", "1 h" (span-minutes, span-hours).
session-page-about = environ { $span }
# After screens-typical. "repères de soins · Le jour de la séance · 002, 003"
# names the part of Steady's care facts these timings come from (as
# screens-source and source-section-timeline say it).
session-page-typical-timings = Durées tirées de guides publics pour les patients (repères de soins · Le jour de la séance · 002, 003). Les durées de votre clinique passent en premier.
# The two checklists' headings.
session-page-day-before = Avant la séance
session-page-session-day = Jour de la séance et après
session-page-meds-title = Médicaments à suspendre avant la séance
session-page-meds-none = Aucun ajouté. Seul votre prescripteur décide s’il faut suspendre un médicament ; s’il en a nommé un, ajoutez-le avec les heures qu’il a indiquées.
# A medicine to hold. $medicine: its name (and dose), set apart in bold;
# $hours: how many hours before the session the last dose is taken.
session-page-med-hold = { $medicine } : dernière prise { $hours } h avant
# As session-page-med-hold; $restart: how many hours after the session it starts again.
session-page-med-hold-restart = { $medicine } : dernière prise { $hours } h avant, reprise { $restart } h après
session-page-med-remove = Retirer
session-page-med-name = Médicament
session-page-med-dose = Dose
session-page-med-hold-hours = Dernière prise, heures avant
session-page-med-restart-hours = Reprise, heures après
session-page-med-prescriber = Comme l’a dit votre prescripteur. Steady ne suggère jamais quels médicaments suspendre.
session-page-med-add = Ajouter le médicament
session-page-med-open = Ajouter un médicament à suspendre
session-page-med-hours-missing = Saisissez le nombre d’heures avant la séance que votre prescripteur a donné pour la dernière prise.
# The patient's own checklist item: what to do, and when.
session-page-item-title = Quoi faire
session-page-item-due = Quand
session-page-item-add = Ajouter la tâche
session-page-item-open = Ajouter votre propre tâche

## The course (Course.svelte): every session, and planning more.

course-page-title = Votre traitement
# A booster session: one more infusion after the first series.
course-page-booster = Séance d’entretien
# $from, $to: short dates, "jeu. 3 déc." (date-short).
course-page-booster-between = En général entre le { $from } et le { $to }
course-page-no-sessions = Pas encore de séance.
# $count: earlier sessions the list leaves out until "Show all" is pressed.
course-page-earlier-hidden = { $count ->
    [one] { $count } séance précédente non affichée.
   *[other] { $count } séances précédentes non affichées.
}
course-page-show-all = Tout afficher
# A session's state in the list.
course-page-upcoming = À venir
course-page-current = Aujourd’hui / récupération
course-page-past = Terminée
course-page-cancelled = Annulée
# $done of $total checklist items of a session are ticked.
course-page-ticked = { $done } sur { $total } cochées
course-page-open = Ouvrir le programme
course-page-add-one = Ajouter une séance
course-page-add-series = Prévoir une série
course-page-date = Date
course-page-start-time = Heure de début
course-page-add-one-submit = Ajouter la séance
# Planning a series: "Tous les" [lun.] [jeu.] ..., "À partir du" a date,
# "À" a time, "Pendant (semaines)" a number of weeks.
course-page-every = Tous les
course-page-series-from = À partir du
course-page-series-at = À
course-page-series-weeks = Pendant (semaines)
course-page-series-typical = Une première série compte souvent environ six perfusions sur 2–4 semaines (valeur type ; votre clinique décide).
course-page-series-submit = Prévoir ces séances

## The check-ins over time (Trend.svelte): a chart and the same as a table.

trend-empty = Vos bilans s’afficheront ici sous forme de graphique, avec vos jours de séance marqués.
# The chart's accessible name, for a screen reader.
trend-chart-label = Graphique des scores de bilan et des totaux PHQ-9 dans le temps ; des lignes verticales en pointillés marquent les jours de séance. Les mêmes valeurs sont dans le tableau ci-dessous.
# Under the chart: what its dotted vertical lines mean.
trend-session-lines = Lignes en pointillés : jours de séance.
# Opens the table under the chart.
trend-table-summary = Les mêmes données en tableau
# The table's first column: when the check-in was.
trend-table-when = Quand
# The chart's line of PHQ-9 totals, in its legend.
trend-phq9-total = Total PHQ-9 (0-27)
# The chart's axes: check-in scores go from 0 to 10; PHQ-9 totals on the other side.
trend-check-in-axis = Bilan (0-10)
trend-phq9-axis = PHQ-9
# A PHQ-9 result in the table: "12 (modérée)". $band: phq9-band (care.ftl).
trend-phq9-cell = { $total } ({ $band })

## Check-ins (CheckIn.svelte): how the patient feels today, the PHQ-9
## questionnaire, and how both went over time.

# The four scales of a check-in, each from 0 to 10; also the chart's lines
# and the table's columns.
screens-mood = Humeur
screens-energy = Énergie
screens-clarity = Esprit clair
screens-anxiety = Anxiété
check-in-page-title = Comment allez-vous aujourd’hui ?
# The check-in form's heading, for a screen reader.
check-in-page-form-label = Bilan du jour
# Above a slider. $scale: screens-mood, screens-energy...; $score: 0 to 10,
# set apart in bold.
check-in-page-scale = { $scale } : { $score } sur 10
# How a screen reader says the slider's value. $score: 0 to 10.
check-in-page-score = { $score } sur 10
# Under each slider: what its two ends (0 and 10) mean. French: each end
# agrees with its scale's noun (humeur, énergie, anxiété are feminine).
check-in-page-mood-low = 0 très basse
check-in-page-mood-high = 10 très bonne
check-in-page-energy-low = 0 aucune
check-in-page-energy-high = 10 beaucoup
check-in-page-clarity-low = 0 brouillard
check-in-page-clarity-high = 10 clair
check-in-page-anxiety-low = 0 calme
check-in-page-anxiety-high = 10 très forte
# SAFETY: a "Yes" opens the crisis panel.
check-in-page-self-harm = Avez-vous des pensées de vous faire du mal ?
check-in-page-no = Non
check-in-page-yes = Oui
check-in-page-note = Une note
check-in-page-save = Enregistrer le bilan
# SAFETY
check-in-page-self-harm-missing = Veuillez répondre à la question sur les pensées de vous faire du mal.
check-in-page-saved = Enregistré. Merci d’avoir fait votre bilan.
check-in-page-phq9-title = Questionnaire (PHQ-9)
check-in-page-phq9-due = À remplir maintenant.
check-in-page-phq9-done-recently = Rempli récemment. Vous pouvez le remplir de nouveau quand vous voulez.
check-in-page-phq9-open = Remplir le PHQ-9
check-in-page-phq9-save = Enregistrer le PHQ-9
check-in-page-phq9-missing = Veuillez répondre aux neuf questions.
# $total: 0 to 27; $band: phq9-band (care.ftl).
check-in-page-phq9-saved = PHQ-9 enregistré : { $total } sur 27 ({ $band }).
# The PHQ-9 (Kroenke, Spitzer & Williams 2001) is a validated questionnaire:
# use its official translation in your language (Pfizer's, free to use)
# word for word, the instruction, the nine questions and the four answers;
# do not translate it yourself.
# French: the official PHQ-9 French (France) version (Pfizer / PHQ
# Screeners), as the translator knows it; it agrees word for word with
# several published copies. Only the apostrophes are typographic (’).
check-in-page-phq9-intro = Au cours des 2 dernières semaines, selon quelle fréquence avez-vous été gêné(e) par les problèmes suivants ?
check-in-page-phq9-1 = Peu d’intérêt ou de plaisir à faire les choses
check-in-page-phq9-2 = Être triste, déprimé(e) ou désespéré(e)
check-in-page-phq9-3 = Difficultés à s’endormir ou à rester endormi(e), ou dormir trop
check-in-page-phq9-4 = Se sentir fatigué(e) ou manquer d’énergie
check-in-page-phq9-5 = Avoir peu d’appétit ou manger trop
check-in-page-phq9-6 = Avoir une mauvaise opinion de soi-même, ou avoir le sentiment d’être nul(le), ou d’avoir déçu sa famille ou s’être déçu(e) soi-même
check-in-page-phq9-7 = Avoir du mal à se concentrer, par exemple, pour lire le journal ou regarder la télévision
check-in-page-phq9-8 = Bouger ou parler si lentement que les autres auraient pu le remarquer. Ou au contraire, être si agité(e) que vous avez eu du mal à tenir en place par rapport à d’habitude
# SAFETY: the PHQ-9's ninth question; any answer but the first opens the
# crisis panel. The official translation, word for word (French, France).
check-in-page-phq9-9 = Penser qu’il vaudrait mieux mourir ou envisager de vous faire du mal d’une manière ou d’une autre
# The PHQ-9's four answers (official translation, French, France), scored 0
# to 3. The official French says "du temps" where English says "the days".
check-in-page-phq9-answer-0 = Jamais
check-in-page-phq9-answer-1 = Plusieurs jours
check-in-page-phq9-answer-2 = Plus de la moitié du temps
check-in-page-phq9-answer-3 = Presque tous les jours
check-in-page-over-time = Au fil du temps
check-in-page-export = Exporter en CSV et en PDF de synthèse
# After exporting. $csv, $pdf: the two files' paths.
check-in-page-exported = Enregistrés : { $csv } et { $pdf }
# Under the chart: the check-ins stay on this computer.
check-in-page-stays-here = Vos bilans restent sur cet ordinateur. Ils n’en sortent que si vous les exportez.

## After a session (Recovery.svelte): what the patient may feel and when it
## usually eases, and whom to call when something is wrong.

recovery-page-title = Après votre séance
# $when: when the session ended, "aujourd'hui à 18:00" (when-today...).
recovery-page-lead-ended = Ce que vous pouvez ressentir, et quand cela passe en général. Compté à partir de la fin de votre séance ({ $when }).
# As recovery-page-lead-ended, before the patient has said the session ended.
# « Je suis à la maison » quotes the button on Today (screens-im-home).
recovery-page-lead-planned = Ce que vous pouvez ressentir, et quand cela passe en général. Compté à partir de la fin de votre séance ({ $when }, prévue ; touchez « Je suis à la maison » sur Aujourd’hui une fois chez vous).
# SAFETY: an effect lasts longer than it usually does. $effect: the effect's
# name ("Vertiges ou désorientation"); $time: a clock time, "18:00". Followed by
# recovery-page-call-your-clinic.
recovery-page-outlasting = { $effect } : passe en général avant { $time } ; vous le ressentez encore.
# SAFETY
recovery-page-call-your-clinic = Appelez votre clinique.
# Under an effect's name. $time: a clock time, "18:00", set apart in bold.
recovery-page-eases-by = Passe en général avant { $time }
# As recovery-page-eases-by, for an effect that lasts into another day;
# $when: the day and time again, "demain à 07:00".
recovery-page-eases-by-day = Passe en général avant { $time } ({ $when })
# $strength: 0 to 10, as the patient rated the effect; $time: a clock time.
recovery-page-noted = Vous avez noté { $strength }/10 à { $time }.
# The accessible name of the slider: how strong the effect is.
recovery-page-strength-label = Intensité, de 0 à 10
recovery-page-feel-this = Je le ressens
recovery-page-gone = C’est passé
# SAFETY: the heading of the list of symptoms and whom to call about each.
recovery-page-call-whom = Qui appeler, et quand
recovery-page-call-whom-clinic = La liste de votre clinique.
recovery-page-call-whom-typical = Une liste type tirée de la fiche de sortie publiée par une clinique ; les consignes de votre clinique passent en premier.
# SAFETY: beside a symptom. $number: the emergency number, "112" or "911",
# set apart (kept left to right).
recovery-page-call-emergency = Appelez le { $number }
# SAFETY: as recovery-page-call-emergency, when Steady knows no number.
recovery-page-call-emergency-number = Appelez le numéro d’urgence
# SAFETY: beside a symptom. $clinic is "named" when the patient gave the
# clinic's name ($name), else "none".
recovery-page-call-clinic = { $clinic ->
    [none] Appelez la clinique
   *[named] Appelez { $name }
}
# SAFETY: as recovery-page-call-clinic, with the clinic's phone number
# ($phone, set apart: kept left to right).
recovery-page-call-clinic-phone = { $clinic ->
    [none] Appelez la clinique ({ $phone })
   *[named] Appelez { $name } ({ $phone })
}
# SAFETY
recovery-page-call-primary-care = Prévenez votre médecin traitant
# SAFETY
recovery-page-other-title = Autre chose ne va vraiment pas ?
# SAFETY
recovery-page-other-text = Par exemple des signes de manie ou une psychose qui s’aggrave (c’est rare, mais grave), ou tout ce qui vous inquiète.
# SAFETY: opens the crisis panel.
recovery-page-other-show = Voir qui appeler

## The crisis panel (CrisisPanel.svelte): shown after a check-in says
## thoughts of self-harm, or when something feels seriously wrong after a
## session. Short, warm, direct. Every message here is about safety.

# SAFETY
crisis-panel-title = Demandez de l’aide maintenant
# SAFETY
crisis-panel-text = Vous n’avez pas à affronter cela sans aide. Parler à quelqu’un maintenant, ça aide.
# SAFETY: $country: the country the crisis numbers are for, "United Kingdom".
# Also the crisis set-up's heading line.
crisis-numbers-for = Numéros utiles : { $country }
# SAFETY: as crisis-numbers-for, before the patient's country is known.
crisis-numbers-for-your-country = Numéros utiles pour votre pays
# SAFETY: beside the crisis line's name and number (the panel and the set-up).
crisis-line = Ligne d’écoute
# SAFETY: beside the emergency number ("112", "911").
crisis-emergency = Urgences
# SAFETY: in place of a crisis line when none is set.
crisis-panel-no-crisis-line = Non renseignée — parlez à une personne de confiance, ou appelez le numéro d’urgence
# SAFETY: in place of the emergency number when Steady knows none.
crisis-panel-no-emergency-number = Votre numéro d’urgence local
# SAFETY: in place of the clinic's name when the patient gave none.
crisis-panel-your-clinic = Votre clinique
# SAFETY: in place of the clinic's phone when none is set. "Trajet retour" is
# the screen's name (app-nav-ride).
crisis-panel-no-clinic-phone = Ajoutez le téléphone de la clinique sur l’écran Trajet retour
crisis-panel-close = Fermer

## Crisis numbers' set-up (CrisisSetup.svelte): which country, and its
## numbers or the patient's own; on Today, after the first session is
## planned, and in Settings. $country: a country's name, "United Kingdom".
## French puts a country's name after a colon or alone: it needs no article.

# SAFETY
crisis-setup-title = Qui appeler en cas de crise
# A small button beside crisis-numbers-for: choose another country.
crisis-setup-change-country = changer
# SAFETY
crisis-setup-no-country = Steady n’a pas pu savoir dans quel pays vous êtes. Choisissez-le, pour que les bons numéros soient prêts.
# The accessible name of the question below.
crisis-setup-confirm-label = Confirmez votre pays
# SAFETY: Steady guessed the country from the time zone.
crisis-setup-confirm-question = D’après le fuseau horaire de votre ordinateur, Steady a choisi ce pays : { $country }. Est-ce bien là que vous êtes ?
crisis-setup-confirm-yes = Oui : { $country }
crisis-setup-confirm-no = Non, en choisir un autre
crisis-setup-country = Pays
# The country list's first line, before one is chosen.
crisis-setup-choose = Choisir…
# A country in the list for which Steady has no crisis numbers.
crisis-setup-country-without-numbers = { $country } (pas encore de numéros dans Steady)
crisis-setup-use-country = Utiliser ce pays
# SAFETY
crisis-setup-no-numbers = Steady n’a pas encore de numéros d’écoute pour ce pays : { $country }. Veuillez saisir dès maintenant votre ligne d’écoute locale et votre numéro d’urgence, pour qu’ils soient là si vous en avez besoin un jour.
# In place of a number that is not set.
crisis-setup-not-set = Non renseigné
# A tag beside a number the patient typed.
crisis-setup-yours = le vôtre
# SAFETY: under the numbers from Steady's own table.
crisis-setup-from-care-facts = Tirés de sources publiques rassemblées en 2026 (repères de soins de Steady). Les numéros changent : si vous en connaissez un meilleur, utilisez le vôtre.
crisis-setup-own-numbers = Utiliser mes propres numéros
crisis-setup-own-crisis-line = Votre ligne d’écoute
# The empty field's hint: what to type.
crisis-setup-own-crisis-line-hint = Nom et numéro
crisis-setup-own-emergency = Votre numéro d’urgence
# The empty field's hint: an emergency number as an example (112 works
# across Europe; use your region's if it is better known).
crisis-setup-own-emergency-hint = Par exemple 112
# $country's own numbers are used for a box left empty.
crisis-setup-own-empty-box = Laissez une case vide pour utiliser le numéro de ce pays : { $country }.
crisis-setup-own-change-later = Vous pouvez les changer à tout moment dans Paramètres.
crisis-setup-own-save = Enregistrer les numéros
crisis-setup-saved = Enregistré.

## The simple view for after a session (Groggy.svelte): one thing at a
## time, large, for someone still groggy.

# The view's accessible name.
groggy-label = Vue simple pour après votre séance
# Shows the next item in the queue instead.
groggy-next-thing = Chose suivante
groggy-rest-title = Reposez-vous
groggy-rest-text = Rien à faire. Buvez un peu d’eau et ménagez-vous.
# Opens the Recovery screen: what the patient may feel after the session.
groggy-how-i-feel = Comment je me sens
# Leaves the simple view for the full Today screen.
groggy-full-view = Vue complète

## Reminders shown in the window (ReminderBanner.svelte), when desktop
## notifications are off or a reminder came while the window was open.

reminder-banner-notifications-off = Les notifications du bureau sont désactivées — les rappels s’afficheront ici.
# Opens the technical reason notifications are off.
reminder-banner-details = Détails
# $time: a clock time, "18:00".
reminder-banner-paused = Les rappels sont suspendus jusqu’à { $time }.
reminder-banner-resume = Reprendre maintenant
reminder-banner-title = Rappels
# After the reminder's time: it arrived late (the computer was asleep).
# $span: how late, "12 min" (span-minutes).
reminder-banner-late = arrivé avec { $span } de retard

## The app lock: the first screen while Steady is locked (Unlock.svelte)
## and its part of Settings (AppLock.svelte).

unlock-title = Steady est verrouillé
unlock-text = Saisissez votre phrase secrète pour voir votre programme. Les rappels continuent d’arriver pendant que Steady est verrouillé.
unlock-passphrase = Phrase secrète
unlock-open = Ouvrir Steady
unlock-opening = Ouverture…
unlock-forgot = Phrase secrète oubliée ?
# $path: the data folder's path, set apart (shown as code).
unlock-forgot-text = Sans elle, personne ne peut ouvrir ces données, pas même Steady : c’est le rôle du verrouillage. Pour repartir avec un programme vide, quittez Steady et déplacez ailleurs le dossier de données : { $path }.
app-lock-title = Verrouillage
app-lock-state-on = Le verrouillage est activé : vos données sont chiffrées sur cet ordinateur, et Steady demande la phrase secrète à chaque démarrage.
# « Vous avez un rappel » quotes what a notification says while Steady is
# locked (reminders-locked-title in reminders.ftl): use the same words.
app-lock-state-off = Verrouillez Steady avec une phrase secrète si d’autres personnes utilisent cet ordinateur. Vos données sont alors chiffrées, et Steady demande la phrase secrète à chaque démarrage. Les rappels continuent d’arriver quand il est verrouillé, en disant seulement « Vous avez un rappel ».
app-lock-groggy-hint = Vous en aurez besoin aussi après une séance, quand vous serez peut-être dans le brouillard : choisissez des mots faciles à taper. Si vous oubliez la phrase secrète, personne ne peut ouvrir les données, pas même Steady.
app-lock-current = Phrase secrète actuelle
app-lock-new = Nouvelle phrase secrète
app-lock-passphrase = Phrase secrète
# Beside the new passphrase's field.
app-lock-passphrase-hint = (au moins 8 caractères ; une courte phrase convient bien)
# The field where the new passphrase is typed a second time.
app-lock-again = La même, encore une fois
app-lock-working = En cours…
app-lock-change = Changer la phrase secrète
app-lock-turn-on = Activer le verrouillage
app-lock-turn-off = Désactiver le verrouillage
app-lock-not-the-same = Les deux nouvelles phrases secrètes ne sont pas identiques.
app-lock-done-on = Le verrouillage est activé. Steady demandera cette phrase secrète à chaque démarrage.
app-lock-done-changed = La phrase secrète a été changée.
app-lock-done-off = Le verrouillage est désactivé. Vos données ne sont plus chiffrées.

## A request the core never saw (api.ts).

# Tauri refused a request's arguments before Steady's core read them: a
# fault in Steady, not the patient's. $detail: the technical reason, in English.
api-request-not-understood = Steady n’a pas compris cette demande ({ $detail }).
