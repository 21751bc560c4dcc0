### Le programme : les tâches que Steady écrit pour une séance (leurs titres,
### leurs détails, et les titres de leurs rappels au coucher), d'où viennent
### les mots de soins de chaque tâche, les règles de la clinique en mots, et
### les mots des vues Traitement et état.
###
### Item titles say what to do in a few words; details say why and by when.
### The item's time is shown beside it, so no message names a clock time.
### A patient reads these the day before and on the session day, sometimes
### groggy: keep them plain and short.
###
### Arguments in { $braces } that hold the clinic's or the patient's own
### words (a medicine's name, a note, a driver's name) are shown as they
### were typed: never translated, never quoted differently.
### French: titles are infinitives ("Arrêter de manger"), details speak to
### "vous". A medicine's name follows a colon or "pour" ("Dernière prise :
### { $name }"), so it needs no article and no elision (d'…).
###
### Where a message chooses by $hours, $days or $minutes, each variant says
### the whole phrase ("1 hour before", "6 hours before"), so the number can
### take the form your language needs.

## The days before the session.

# The detail of a task the clinic sets before each visit (its title is the
# clinic's own words), when the clinic gave no note of its own.
plan-visit-task-detail = Votre clinique demande ceci avant chaque visite.
plan-keep-calm-title = Passer une journée calme
plan-keep-calm-detail = Évitez le stress et les disputes que vous pouvez éviter.
# Shown when no medicine rule is set: only the prescriber says which
# medicines to pause.
plan-check-medicines-title = Vérifier quels médicaments suspendre
plan-check-medicines-detail = Certains médicaments doivent être suspendus ou pris à un autre horaire avant une séance, et les compléments alimentaires comptent aussi. Seul votre prescripteur décide : s’il en a nommé, ajoutez-les à cette séance avec les heures qu’il a indiquées.
# The title of an item whose detail is a sentence of the clinic's own,
# kept as the clinic wrote it.
plan-clinic-note-title = De votre clinique
# SAFETY: an adult has to take the patient home.
plan-confirm-driver-title = Confirmer qui vous ramène
# SAFETY: no driver named yet.
plan-confirm-driver-detail = Un adulte doit vous ramener chez vous après la séance. Demandez à quelqu’un et vérifiez que cette personne sait quand et où venir.
# SAFETY: $name: the driver the patient named ("Sam").
plan-confirm-driver-detail-named = Vérifiez avec { $name } l’heure et le lieu où venir vous chercher. Un adulte doit vous ramener chez vous.
# The things to bring are listed inside the item, in the clinic's words.
plan-pack-bag-title = Préparer votre sac
plan-pack-bag-detail = Ce que votre clinique vous demande d’apporter ou de porter.
plan-sleep-title = Aller au lit assez tôt
plan-sleep-detail = Dormez bien la nuit avant votre séance.

## Fasting before the session.

plan-stop-food-title = Arrêter de manger
# When to stop eating. $moment says how the cutoff is given:
#   "hours": $hours before the session starts;
#   "clinic": in the clinic's own words, $words, quoted as they wrote them
#     ("after midnight");
#   "same-day": a clock time on the session day (shown beside the item);
#   "day-before": a clock time on an earlier day (shown beside the item).
plan-stop-food-detail = Plus d’aliments solides à partir de cette heure, { $moment ->
        [clinic] comme le demande votre clinique : « { $words } »
        [same-day] le jour de votre séance, à partir de l’heure indiquée
        [day-before] la veille, à partir de l’heure indiquée
       *[hours] { $hours ->
            [one] { $hours } heure avant votre séance
           *[other] { $hours } heures avant votre séance
        }
    }. Suivez l’heure donnée par votre clinique.
# As plan-stop-food-detail, when the clinic said what happens if the patient
# eats anyway. $if_broken: the clinic's own words, e.g. "call us: the session
# may have to be moved".
plan-stop-food-detail-if-broken = Plus d’aliments solides à partir de cette heure, { $moment ->
        [clinic] comme le demande votre clinique : « { $words } »
        [same-day] le jour de votre séance, à partir de l’heure indiquée
        [day-before] la veille, à partir de l’heure indiquée
       *[hours] { $hours ->
            [one] { $hours } heure avant votre séance
           *[other] { $hours } heures avant votre séance
        }
    }. Si vous mangez : { $if_broken }. Suivez l’heure donnée par votre clinique.
# As plan-stop-food-detail, for a cutoff the clinic gives in minutes.
# $minutes: minutes before the session.
plan-stop-food-detail-minutes = Plus d’aliments solides à partir de cette heure, { $minutes ->
        [one] { $minutes } minute avant votre séance
       *[other] { $minutes } minutes avant votre séance
    }. Suivez l’heure donnée par votre clinique.
# As plan-stop-food-detail-if-broken, for a cutoff in minutes.
plan-stop-food-detail-if-broken-minutes = Plus d’aliments solides à partir de cette heure, { $minutes ->
        [one] { $minutes } minute avant votre séance
       *[other] { $minutes } minutes avant votre séance
    }. Si vous mangez : { $if_broken }. Suivez l’heure donnée par votre clinique.
# The reminder's title when the cutoff falls in the night and the reminder
# comes at bedtime instead.
plan-stop-food-bedtime-title = Prendre votre dernière collation avant de dormir
plan-stop-drinks-title = Derniers liquides clairs
# Until when clear liquids are fine. $moment: "hours" ($hours before the
# session), "same-day" or "day-before" (a clock time shown beside the item).
plan-stop-drinks-detail = Les liquides clairs comme l’eau sont permis jusqu’à cette heure : { $moment ->
        [same-day] le jour de votre séance, à l’heure indiquée
        [day-before] la veille, à l’heure indiquée
       *[hours] { $hours ->
            [one] { $hours } heure avant votre séance
           *[other] { $hours } heures avant votre séance
        }
    } ; ensuite, plus rien, sauf avis contraire de votre clinique.
# As plan-stop-drinks-detail, when the clinic said what counts as clear.
# $clear: the clinic's own words ("water, apple juice, black coffee").
plan-stop-drinks-detail-named = Les liquides clairs ({ $clear }) sont permis jusqu’à cette heure : { $moment ->
        [same-day] le jour de votre séance, à l’heure indiquée
        [day-before] la veille, à l’heure indiquée
       *[hours] { $hours ->
            [one] { $hours } heure avant votre séance
           *[other] { $hours } heures avant votre séance
        }
    } ; ensuite, plus rien, sauf avis contraire de votre clinique.
# As plan-stop-drinks-detail, for a cutoff in minutes. $minutes: minutes
# before the session.
plan-stop-drinks-detail-minutes = Les liquides clairs comme l’eau sont permis jusqu’à cette heure : { $minutes ->
        [one] { $minutes } minute avant votre séance
       *[other] { $minutes } minutes avant votre séance
    } ; ensuite, plus rien, sauf avis contraire de votre clinique.
# As plan-stop-drinks-detail-named, for a cutoff in minutes.
plan-stop-drinks-detail-named-minutes = Les liquides clairs ({ $clear }) sont permis jusqu’à cette heure : { $minutes ->
        [one] { $minutes } minute avant votre séance
       *[other] { $minutes } minutes avant votre séance
    } ; ensuite, plus rien, sauf avis contraire de votre clinique.
# The reminder's title when the cutoff falls in the night and the reminder
# comes at bedtime instead.
plan-stop-drinks-bedtime-title = Votre dernier liquide clair avant de dormir

## Medicines around the session. $name: a medicine or a class of medicines
## as the clinic or the prescriber wrote it ("Lamotrigine", "stimulants
## (Adderall)", "Seroquel (50 mg)").

plan-medicine-skip-title = Ce matin, ne pas prendre : { $name }
plan-medicine-skip-detail = Votre clinique vous demande de ne pas le prendre le matin de votre séance : { $name }.
plan-medicine-night-title = Ce soir, dernière prise : { $name }
plan-medicine-night-detail = Pour { $name }, votre clinique demande une dernière prise la veille au soir, et aucune le matin de votre séance.
plan-medicine-last-title = Dernière prise : { $name }
# $hours: how long before the session the last dose comes.
plan-medicine-last-detail = Pour { $name } : aucune prise moins de { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } avant la séance, comme on vous l’a indiqué. Seul votre prescripteur décide quels médicaments suspendre.
# The reminder's title when the last dose falls in the night and the
# reminder comes at bedtime instead.
plan-medicine-last-bedtime-title = Avant de dormir, dernière prise : { $name }
plan-medicine-fewer-title = Aujourd’hui, moins de prises si possible : { $name }
plan-medicine-fewer-detail = Pour { $name }, votre clinique vous demande de réduire le nombre de prises le jour de votre séance, quand c’est possible.
plan-medicine-take-title = Ce matin, à prendre comme l’a dit votre clinique : { $name }
plan-medicine-take-detail = Pour { $name }, votre clinique vous demande de le prendre le jour de votre séance, même si vous êtes à jeun. Prenez-le comme l’indique sa feuille.
plan-medicine-ask-title = En parler à votre prescripteur : { $name }
# $days: how many days before the session this reminder comes.
plan-medicine-ask-detail = Votre clinique souhaite que vous parliez de ce médicament avant la séance : { $name }. À { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } de la séance, il reste le temps d’adapter le programme si besoin.
plan-medicine-restart-title = Reprendre : { $name }
# $hours: when to take it again after the session; 0 means right after it.
plan-medicine-restart-detail = { $hours ->
        [0] Juste après la séance, comme on vous l’a indiqué.
        [one] { $hours } heure après la séance, comme on vous l’a indiqué.
       *[other] { $hours } heures après la séance, comme on vous l’a indiqué.
    }
# A sentence about a medicine, then the clinic's own note about it.
# $detail: one of the plan-medicine-*-detail sentences; $note: the clinic's
# words, kept as written.
plan-medicine-with-note = { $detail } { $note }
# A medicine the patient added, with the dose the prescriber gave:
# "Seroquel (50 mg)". $name and $dose: as the patient typed them.
plan-medicine-with-dose = { $name } ({ $dose })
plan-usual-medicines-title = Prendre vos médicaments habituels
plan-usual-medicines-detail = Votre clinique vous demande de continuer vos médicaments habituels, sauf avis contraire.
# Some medicines have their own items on this checklist.
plan-usual-medicines-detail-except-listed = Votre clinique vous demande de continuer vos médicaments habituels, sauf ceux de cette liste.

## Getting there.

plan-leave-home-title = Partir de chez vous
plan-leave-home-detail = Votre temps de trajet jusqu’à la clinique, pour arriver à l’heure.
plan-arrive-title = Arriver à la clinique
# $minutes: how long before the session's start the clinic wants the
# patient there. "check-in" here is the clinic's front desk, where the
# patient registers on arrival (glossary: not Steady's daily check-in).
plan-arrive-detail = { $minutes ->
        [one] { $minutes } minute avant le début de votre séance, pour l’accueil.
       *[other] { $minutes } minutes avant le début de votre séance, pour l’accueil.
    }

## The session day and after.

# SAFETY: the patient must not drive home.
plan-ride-home-title = Quelqu’un d’autre vous ramène
# SAFETY: no driver named yet.
plan-ride-home-detail = Un adulte vient vous chercher. Ne conduisez pas vous-même.
# SAFETY: $name: the driver the patient named.
plan-ride-home-detail-named = { $name } vient vous chercher. Ne conduisez pas vous-même.
plan-what-to-expect-title = Ce que vous pouvez ressentir
plan-what-to-expect-detail = Une somnolence ou une désorientation pendant plusieurs heures est fréquente, tout comme la fatigue. Votre équilibre peut être fragile quand vous vous levez : levez-vous lentement.
# SAFETY: no driving and no machines after the session.
plan-no-driving-title = Ne pas conduire ni utiliser de machines
# SAFETY: how long the patient must not drive. $rule: "hours" (for $hours
# hours), "rest-of-day" (until midnight), "next-morning" (until they wake
# up after a night's sleep).
plan-no-driving-detail = { $rule ->
        [rest-of-day] Pas pendant le reste de la journée de votre séance.
        [next-morning] Pas avant le lendemain matin de votre séance, après une nuit de sommeil.
       *[hours] { $hours ->
            [one] Pas pendant { $hours } heure après votre séance.
           *[other] Pas pendant les { $hours } heures qui suivent votre séance.
        }
    } Votre clinique peut fixer une autre durée ; c’est la sienne qu’il faut suivre.
plan-no-decisions-title = Pas de décisions importantes aujourd’hui
plan-no-decisions-detail = Attendez que les effets soient passés pour les grandes décisions.
# When the clinic set a time for it (legal papers, contracts, big choices).
plan-no-legal-decisions-title = Pas de décisions juridiques ou importantes
plan-no-legal-decisions-detail-hours = { $hours ->
        [one] Pas pendant { $hours } heure après votre séance, comme le demande votre clinique.
       *[other] Pas pendant les { $hours } heures qui suivent votre séance, comme le demande votre clinique.
    }
plan-no-legal-decisions-detail-next-morning = Pas avant le lendemain matin, comme le demande votre clinique.
# SAFETY: no alcohol or cannabis after the session.
plan-no-alcohol-title = Pas d’alcool ni de cannabis
# SAFETY: $hours: how long after the session.
plan-no-alcohol-detail = { $hours ->
        [one] Pas pendant { $hours } heure après votre séance.
       *[other] Pas pendant les { $hours } heures qui suivent votre séance.
    } Votre clinique peut fixer une autre durée ; c’est la sienne qu’il faut suivre.
# SAFETY: opioids and benzodiazepines (sleeping pills, some painkillers)
# after the session.
plan-no-sedatives-title = Pas d’opioïdes ni de benzodiazépines
# SAFETY: $hours: how long after the session, as the clinic set it.
plan-no-sedatives-detail = { $hours ->
        [one] Pas pendant { $hours } heure après votre séance, selon les règles de votre clinique.
       *[other] Pas pendant les { $hours } heures qui suivent votre séance, selon les règles de votre clinique.
    } Demandez conseil à la clinique pour tout médicament que vous prenez.
# SAFETY: someone stays with the patient after the session.
plan-someone-stays-title = Quelqu’un reste avec vous
# SAFETY: $hours: how long the clinic asks someone to stay.
plan-someone-stays-detail = Votre clinique demande que quelqu’un reste avec vous pendant { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } après la séance.
# SAFETY: children or anyone the patient cares for.
plan-no-dependents-title = Quelqu’un d’autre s’occupe des personnes qui dépendent de vous
# SAFETY
plan-no-dependents-detail = Enfants, ou toute personne dont vous vous occupez : ne vous en chargez pas avant le lendemain matin, comme le demande votre clinique.
plan-rest-fluids-title = Se reposer et boire
plan-rest-fluids-detail = Ménagez-vous le reste de la journée et buvez beaucoup.
# SAFETY: the item at the end of the no-driving time.
plan-drive-again-title = Fin de la période sans conduite
# SAFETY: when the patient may drive again, if they feel fully alert.
# $rule: "hours" ($hours after the session), "rest-of-day" (the next day),
# "next-morning" (after a night's sleep).
plan-drive-again-detail = { $rule ->
        [rest-of-day] Le lendemain de votre séance.
        [next-morning] Le lendemain matin de votre séance, après une nuit de sommeil.
       *[hours] { $hours ->
            [one] { $hours } heure après votre séance.
           *[other] { $hours } heures après votre séance.
        }
    } Ne conduisez que lorsque vous avez retrouvé toute votre vigilance, et seulement si votre clinique est d’accord.

## Where an item's care words come from: a section of Steady's care facts
## (its collection of public patient guides) and the guides it cites, by
## number ("001") or by name. Numbers stay as they are.

# "Après la séance · 001, 003". $section: one of the source-section-*
# messages; $refs: guide numbers or one of the source-refs-* messages.
source-label = { $section } · { $refs }
source-section-timeline = Le jour de la séance (déroulement)
source-section-real-clinics = Ce que demandent de vraies cliniques
source-section-other-sources = D’autres sources publiques
source-section-day-before = La veille
source-section-after-session = Après la séance
source-section-side-effects = Effets secondaires
source-section-red-flags = Signes d’alerte après une perfusion : qui appeler, et quand
source-section-course = Le déroulement du traitement
# CIT and KetWell are two clinics' names; keep them.
source-refs-arrival = CIT, KetWell (arrivée)
# AMG: a hospital group's name; keep it.
source-refs-amg = page « jour du traitement » d’AMG Ketamine
# Spravato REMS: the name of a drug's safety programme; keep it.
source-refs-spravato = consignes aux patients Spravato REMS
source-refs-discharge-sheet = la fiche de sortie d’une clinique de kétamine
source-refs-clinic-own = les consignes de la clinique elle-même
# Nervana Medical: a clinic's name; keep it and the guide numbers.
source-refs-nervana = fiche de sortie de Nervana Medical ; 001, 002

## The course of treatment (the Course screen).

# $from and $to: weeks after the last session of the first series.
course-booster-hint = Après la première série, des séances d’entretien suivent souvent toutes les { $from } à { $to ->
        [one] { $to } semaine
       *[other] { $to } semaines
    }, quand les symptômes reviennent. C’est une valeur type ; votre clinique décide.

## The next reminder, as the tray and Settings show it.

# $when: when it comes, in words ("aujourd'hui 22:00", "demain 07:00");
# $title: the reminder's title ("Aller au lit assez tôt").
status-next-reminder = Prochain rappel : { $when } · { $title }
status-no-reminders = Aucun rappel à venir

## The clinic's rules in words: the names of the form's fields, used when a
## field has a problem ("Nourriture et boissons, aliments solides, heures :
## doit être entre 0 et 24 heures"); a summary of every rule, to show what a
## change changes; the escort's rules for the driver. Steady's own
## plain-words names for the form's parts.

# A part of the rules, then a field inside it, then the field inside that:
# "Nourriture et boissons, aliments solides, heures". $field: the part so
# far; $part: the next field's name.
rules-field-inside = { $field }, { $part }
# A numbered entry of a list: "Quoi apporter 3", "règle 1". $name: the
# list's or the entry's name (a rules-field-* message); $number: counted
# from 1.
rules-field-numbered = { $name } { $number }
rules-field-clinic = La clinique
rules-field-timeline = Déroulement
rules-field-food = Nourriture et boissons
rules-field-medicines = Médicaments
rules-field-bring = Quoi apporter
rules-field-escort = L’accompagnant
# The rules for after the session.
rules-field-after = Après
rules-field-red-flags = Qui appeler, et quand
rules-field-before-each-visit = Avant chaque visite
rules-field-notes = Notes
# One of the clinic's medicine rules, numbered: "règle 1".
rules-field-rule = règle
# The fields inside the parts, in lower case as they follow a comma. They
# name the fields of the clinic's rules ("arrive early minutes": how many
# minutes early to arrive).
rules-field-name = nom
rules-field-phone = téléphone
rules-field-address = adresse
rules-field-arrive-early-minutes = minutes d’avance
rules-field-travel-minutes = minutes de trajet
rules-field-intake-minutes = minutes de préparation
rules-field-infusion-minutes = minutes de perfusion
rules-field-observation-min-minutes = minutes de surveillance, au plus court
rules-field-observation-max-minutes = minutes de surveillance, au plus long
rules-field-observation-without-escort-minutes = minutes de surveillance sans accompagnant
rules-field-solid-food = aliments solides
# The clinic's own words for the solid-food cutoff.
rules-field-solid-food-words = mots de la clinique sur les aliments solides
rules-field-clear-liquids = liquides clairs
# What the clinic counts as clear liquids.
rules-field-clear-liquids-are = liquides clairs acceptés
# What the clinic says happens if the patient eats anyway.
rules-field-if-broken = si le jeûne n’est pas respecté
rules-field-keep-taking-usual = continuer les médicaments habituels
rules-field-rules = règles
# A medicine rule's "before the session" part.
rules-field-before = avant
rules-field-restart-hours-after = reprise, heures après
rules-field-note = note
# Whether an escort is required.
rules-field-required = obligatoire
rules-field-min-age = âge minimum
# Whether the escort stays at the clinic during the session.
rules-field-presence = présence
rules-field-rideshare = taxi ou VTC
rules-field-no-driving = pas de conduite
rules-field-no-alcohol-hours = heures sans alcool
rules-field-no-sedatives-hours = heures sans sédatifs
rules-field-no-decisions = pas de décisions
rules-field-someone-stays-hours = heures avec quelqu’un
rules-field-no-dependents-until-next-morning = pas de personnes à charge jusqu’au lendemain matin
# A red flag's situation ("a new rash").
rules-field-situation = situation
# Whom to call for a red flag.
rules-field-call = qui appeler
rules-field-title = titre
rules-field-when = quand
rules-field-text = texte
rules-field-checklist = liste
# How a moment is given: hours before, or a clock time.
rules-field-kind = type
rules-field-hours = heures
rules-field-days-before = jours avant
rules-field-time = heure

## A moment before the session, short, in the summary of the rules.

rules-moment-none = pas de règle
# $hours: hours before the session; "h" is short for hours.
rules-moment-hours-before = { $hours } h avant
# $minutes: minutes before the session; "min" is short for minutes.
rules-moment-minutes-before = { $minutes } min avant
# $time: a clock time, "00:00", on the session day.
rules-moment-same-day = à partir de { $time } le jour même
# $time: a clock time, "18:00", the day before the session.
rules-moment-day-before = à partir de { $time } la veille
# $time: a clock time, "09:00", $days days before the session (2 or more).
rules-moment-days-before = { $days ->
        [one] à partir de { $time }, { $days } jour avant
       *[other] à partir de { $time }, { $days } jours avant
    }

## A medicine rule, short: "dernière prise 6 h avant ; reprise 6 h après".

rules-medicine-skip-morning = ne pas prendre le matin même
rules-medicine-night-before = dernière prise la veille au soir
rules-medicine-hours-before = dernière prise { $hours } h avant
rules-medicine-fewer = moins de prises le jour même
rules-medicine-take = à prendre le jour même
rules-medicine-ask = { $days ->
        [one] en parler au prescripteur { $days } jour avant
       *[other] en parler au prescripteur { $days } jours avant
    }
rules-medicine-restart = reprise { $hours } h après
# $before: one of rules-medicine-* before the session; $restart:
# rules-medicine-restart.
rules-medicine-before-and-restart = { $before } ; { $restart }

## The summary of the rules: each rule's name, then its value. A value
## nobody set shows as "—".

rules-summary-clinic = Clinique
rules-summary-clinic-phone = Téléphone de la clinique
rules-summary-clinic-address = Adresse de la clinique
rules-summary-arrive-early = Arriver en avance
rules-summary-travel-time = Temps de trajet
# Vitals, monitors, IV line before the infusion.
rules-summary-intake = Préparation
rules-summary-infusion = Perfusion
# Supervised recovery at the clinic before the patient may leave.
rules-summary-observation = Surveillance
rules-summary-observation-without-escort = Surveillance sans accompagnant
# The observation's shortest and longest time: "60-180 min".
rules-summary-minutes-range = { $from }-{ $to } min
rules-summary-no-solid-food = Pas d’aliments solides
# The clinic's own words for the solid-food cutoff.
rules-summary-solid-food-words = Dans les mots de la clinique
rules-summary-clear-liquids-until = Liquides clairs jusqu’à
rules-summary-clear-liquids-are = Ce qui compte comme liquide clair
rules-summary-if-broken = Si le jeûne n’est pas respecté
rules-summary-usual-medicines = Médicaments habituels
rules-summary-keep-taking-them = les continuer
# $name: a medicine as the clinic wrote it.
rules-summary-medicine = Médicament : { $name }
rules-summary-bring = Quoi apporter
rules-summary-escort = Accompagnant
rules-summary-escort-required = un adulte vous raccompagne chez vous
rules-summary-escort-not-required = pas obligatoire
rules-summary-escort-min-age = Âge minimum de l’accompagnant
rules-summary-escort-presence = Accompagnant pendant la séance
rules-summary-rideshare = Taxi ou VTC
# SAFETY
rules-summary-no-driving = Pas de conduite
rules-summary-rest-of-day = le reste de la journée
rules-summary-until-next-morning = jusqu’au lendemain matin
rules-summary-no-alcohol = Pas d’alcool ni de cannabis
rules-summary-no-sedatives = Pas d’opioïdes ni de benzodiazépines
rules-summary-no-decisions = Pas de décisions importantes
rules-summary-until-effects-wear-off = jusqu’à la fin des effets
rules-summary-someone-stays = Quelqu’un reste avec vous
rules-summary-no-dependents = Pas de garde de personnes à charge
# SAFETY: $situation: a red flag in the clinic's words ("a new rash").
rules-summary-red-flag = Signe d’alerte : { $situation }
# $title: a task the clinic sets before each visit, in its words.
rules-summary-visit-task = Avant chaque visite : { $title }
rules-summary-clinic-note = Note de la clinique

## The escort's rules, said to the driver (the ride card, the driver's
## message): one sentence each. "the patient" is the person the driver
## takes home.

# SAFETY: $age: the clinic's minimum age for the driver, in years.
rules-escort-min-age = Le conducteur doit avoir { $age } ans ou plus.
# SAFETY
rules-escort-adult = Le conducteur doit être un adulte.
rules-escort-stays-on-site = La clinique demande au conducteur de rester à la clinique pendant la séance.
rules-escort-comes-to-door = Le conducteur entre dans la clinique pour venir chercher le patient ; l’équipe le lui confie à la porte.
# The pickup window: the time span in which the clinic releases the patient.
rules-escort-may-leave = Le conducteur peut partir pendant la séance et revenir pendant le créneau de sortie.
# SAFETY
rules-escort-no-rideshare = Pas de taxi ni de VTC : le patient rentre dans la voiture du conducteur.
# SAFETY
rules-escort-rideshare-with-driver = Un taxi ou un VTC n’est possible que si le conducteur fait le trajet avec le patient.
rules-escort-rideshare-allowed = Un taxi ou un VTC est autorisé.
# SAFETY: $hours: how long someone stays with the patient.
rules-escort-someone-stays = { $hours ->
        [one] Quelqu’un reste avec le patient pendant { $hours } heure après la séance.
       *[other] Quelqu’un reste avec le patient pendant { $hours } heures après la séance.
    }

## Short values in the summary of the rules: the escort during the session,
## a taxi or rideshare, whom to call.

rules-presence-stays-on-site = reste à la clinique
rules-presence-comes-to-door = vient à la porte
rules-presence-may-leave = peut partir et revenir
rules-rideshare-not-allowed = interdit
rules-rideshare-only-with-escort = seulement avec l’accompagnant
rules-rideshare-allowed = autorisé
# SAFETY: whom to call for a red flag.
rules-call-emergency = appeler le numéro d’urgence
# SAFETY: whom to call for a red flag.
rules-call-clinic = appeler la clinique
# SAFETY: whom to call for a red flag: the patient's own doctor.
rules-call-primary-care = prévenir votre médecin traitant

## The clinic's rules as a whole.

# The name of the rules a session follows when the clinic's rules give no
# clinic name: on the session's page, "Suit : Les consignes de votre
# clinique" (the same words as the form's name, clinic-form-eyebrow).
rules-name-your-clinic = Les consignes de votre clinique
# The first line of a clinic's instructions file Steady writes (Settings, or
# `steady protocol export`), written after "# " in the file. The path
# protocol/README.md names a file: keep it as it is.
rules-file-header = Consignes de clinique pour Steady. Format : protocol/README.md dans le dépôt de Steady.
