### Le lecteur de fiche de clinique : les règles que Steady propose, ses
### questions, les titres des tâches qu'il lit, et les commentaires du
### fichier de protocole partiel.
###
### The clinic-sheet reader (src/plan/sheet/): a patient pastes the text of
### their clinic's e-mail, web page or PDF, and Steady proposes rules from
### it, each beside the sentence it came from, or asks where the words are
### not clear. These are the proposals' plain words, the questions, the
### titles of the tasks it reads, and the comments of the partial protocol
### file `steady protocol from-text` writes for a clinic.
###
### The sheets are read in English, so the clinic's own words (a sentence,
### a medicine's name, a thing to bring, the task a sheet names) arrive as
### arguments in English: show them as they are, never translated.
### { $sentence } is a whole sentence of the sheet, quoted.
###
### Times: { $time } is a clock time ("22:00"). Where a message chooses by
### $when, it says a moment before the session: "hours" ($hours hours
### before), "minutes" ($minutes minutes before), a clock time $time on
### the session day ("same_day"), the day before ("day_before") or $days
### days before ("days_before"), or "none" (no rule set). "h" and "min"
### are short for hours and minutes, as in the rest of the plan.
###
### French: the clinic's words are quoted « … » (they stay in English).
### $subject (sheet-subject) is a noun phrase with its article ("la
### perfusion", "la période sans conduite"); every question puts it after
### "pour" ("Pour { $subject }, votre clinique indique …"), so it never has
### to agree with a verb. Proposals are short: infinitives or "Pas de …",
### as in the plan's titles. "Choose it" = "Choisissez cette réponse" (the
### answers are radio buttons under the question); "keep the sentence as a
### note" = "gardez la phrase comme note" (the button sheet-reader-keep-as-note).

## A proposal: one rule the sheet says, in a few words. The patient ticks
## the ones to put in the form.

sheet-proposal-solid-food = { $when ->
    [hours] Pas d’aliments solides à partir de { $hours } h avant
    [minutes] Pas d’aliments solides à partir de { $minutes } min avant
    [same_day] Pas d’aliments solides à partir de { $time } le jour même
    [day_before] Pas d’aliments solides à partir de { $time } la veille
    [days_before] { $days ->
        [one] Pas d’aliments solides à partir de { $time }, { $days } jour avant
       *[other] Pas d’aliments solides à partir de { $time }, { $days } jours avant
    }
   *[none] Aliments solides : pas de règle
}
# Clear liquids may be drunk until the moment; after it, nothing.
sheet-proposal-clear-liquids = { $when ->
    [hours] Liquides clairs jusqu’à { $hours } h avant
    [minutes] Liquides clairs jusqu’à { $minutes } min avant
    [same_day] Liquides clairs jusqu’à { $time } le jour même
    [day_before] Liquides clairs jusqu’à { $time } la veille
    [days_before] { $days ->
        [one] Liquides clairs jusqu’à { $time }, { $days } jour avant
       *[other] Liquides clairs jusqu’à { $time }, { $days } jours avant
    }
   *[none] Liquides clairs : pas de règle
}
# $words: the sheet's sentence saying which drinks count as clear.
sheet-proposal-clear-liquids-are = Ce qui compte comme liquide clair : « { $words } »
# $words: the sheet's sentence saying what happens if the patient eats too late.
sheet-proposal-if-fast-broken = Si le jeûne n’est pas respecté : « { $words } »
# $name: the medicine (the sheet's name, or a class from sheet-medicine-*
# below); $rule: what to do about it, from the plan's rules-medicine-*
# messages ("dernière prise 6 h avant ; reprise 6 h après").
sheet-proposal-medicine = { $name } : { $rule }
sheet-proposal-keep-taking-usual = Continuer vos médicaments habituels, sauf ceux qui sont nommés
# $minutes: how long before the appointment time to arrive.
sheet-proposal-arrive-early = { $minutes ->
    [one] Arriver { $minutes } minute en avance
   *[other] Arriver { $minutes } minutes en avance
}
# $items: the things to bring, in the sheet's words, separated by commas.
sheet-proposal-bring = À apporter : { $items }
# SAFETY: an adult has to take the patient home.
sheet-proposal-escort-required = Un adulte doit vous ramener chez vous
# $age: the youngest age, in years, the driver home may be.
sheet-proposal-escort-min-age = Le conducteur doit avoir { $age } ans ou plus
# The driver is the adult who takes the patient home. $presence says what
# the driver does during the session ("unspecified": the sheet does not say).
sheet-proposal-escort-presence = { $presence ->
    [stays_on_site] Le conducteur reste à la clinique
    [comes_to_door] Le conducteur vient vous chercher à la porte
    [may_leave] Le conducteur peut partir et revenir
   *[unspecified] Le conducteur : —
}
# Whether a taxi or a rideshare (Uber, Lyft) may take the patient home.
# French: "VTC", as in the rest of the catalogue.
sheet-proposal-rideshare = { $rideshare ->
    [not_allowed] Taxi ou VTC : interdit
    [only_with_escort] Taxi ou VTC : seulement avec l’accompagnant
    [allowed] Taxi ou VTC : autorisé
   *[unspecified] Taxi ou VTC : —
}
# SAFETY: no driving after the session, for $hours hours.
sheet-proposal-no-driving-hours = { $hours ->
    [one] Ne pas conduire ni utiliser de machines pendant { $hours } heure
   *[other] Ne pas conduire ni utiliser de machines pendant { $hours } heures
}
# SAFETY: no driving after the session.
sheet-proposal-no-driving-rest-of-day = Ne pas conduire pendant le reste de la journée
# SAFETY: no driving after the session.
sheet-proposal-no-driving-next-morning = Ne pas conduire avant le lendemain matin, après une nuit de sommeil
sheet-proposal-no-decisions-hours = { $hours ->
    [one] Pas de décisions importantes pendant { $hours } heure
   *[other] Pas de décisions importantes pendant { $hours } heures
}
sheet-proposal-no-decisions-next-morning = Pas de décisions importantes avant le lendemain matin
sheet-proposal-no-decisions-worn-off = Pas de décisions importantes avant la fin des effets
# $hours: hours after the session.
sheet-proposal-no-alcohol = { $hours ->
    [one] Pas d’alcool ni de cannabis pendant { $hours } heure après la séance
   *[other] Pas d’alcool ni de cannabis pendant { $hours } heures après la séance
}
# $hours: hours after the session.
sheet-proposal-no-sedatives = { $hours ->
    [one] Pas d’opioïdes, de benzodiazépines ni d’autres sédatifs pendant { $hours } heure après la séance
   *[other] Pas d’opioïdes, de benzodiazépines ni d’autres sédatifs pendant { $hours } heures après la séance
}
# $hours: hours after the session that someone stays with the patient.
sheet-proposal-someone-stays = { $hours ->
    [one] Quelqu’un reste avec vous pendant { $hours } heure après la séance
   *[other] Quelqu’un reste avec vous pendant { $hours } heures après la séance
}
sheet-proposal-no-dependents = Ne pas s’occuper d’enfants ni d’autres personnes avant le lendemain matin
# SAFETY: a red flag and whom to call. $situation: the sheet's words for
# it ("Chest pain"); $call: whom to call, from the plan's rules-call-*
# messages ("appeler le numéro d'urgence").
sheet-proposal-red-flag = { $situation } : { $call }
# A task before each visit. $task: its title (sheet-task-* below, or the
# sheet's words); $moment: when, from the plan's rules-moment-* messages
# ("24 h avant", "à partir de 18:00 la veille").
sheet-proposal-visit-task = Avant chaque visite : { $task } ({ $moment })
# $minutes: how long the infusion itself takes.
sheet-proposal-infusion-minutes = { $minutes ->
    [one] La perfusion dure { $minutes } minute
   *[other] La perfusion dure { $minutes } minutes
}
# How long the patient stays at the clinic after the infusion, watched.
sheet-proposal-observation = { $minutes ->
    [one] Surveillance après la perfusion : { $minutes } minute
   *[other] Surveillance après la perfusion : { $minutes } minutes
}
# The same, as a range: "de 30 à 60 minutes".
sheet-proposal-observation-range = Surveillance après la perfusion : de { $min } à { $max } minutes
# $text: a sentence of the sheet, kept as a note on a checklist.
sheet-proposal-note = Une note : « { $text } »

## What the reader writes into a task's title, around the sheet's own words.
## French: the sheet's words follow a colon, so they need no article.

# $what: the sheet's words for the form ("mood questionnaire", "PHQ-9").
sheet-task-fill-in = Remplir : { $what }
# $medicine: the sheet's words for a medicine to take before the visit,
# in lower case ("anti-nausea medication").
sheet-task-take = Prendre : { $medicine }
sheet-task-discuss = Parler de { $medicine } avec votre médecin ou la clinique

## Classes of medicines, as Steady names them when a sheet names one or a
## brand of it ("Adderall" is one of the stimulants). Plural, capitalised:
## they start a proposal ("Stimulants : ne pas prendre le matin même").

sheet-medicine-stimulants = Stimulants
# Sedative-hypnotics (zolpidem, Ambien…): "somnifères", the everyday word.
sheet-medicine-sedative-hypnotics = Somnifères
sheet-medicine-opioids = Opioïdes
sheet-medicine-benzodiazepines = Benzodiazépines
# One medicine: its generic name, then its brand name.
sheet-medicine-lamotrigine = Lamotrigine (Lamictal)
sheet-medicine-sedatives = Sédatifs
sheet-medicine-muscle-relaxants = Myorelaxants
# Monoamine oxidase inhibitors, a class of antidepressants.
sheet-medicine-maois = IMAO
# Medicines for colds and flu bought without a prescription.
sheet-medicine-cold-medicines = Médicaments contre le rhume
sheet-medicine-new-medicines = Nouveaux médicaments
sheet-medicine-as-needed-medicines = Médicaments à prendre au besoin
# $class: a class above; $brand: the sheet's own word for it ("Adderall").
sheet-medicine-with-brand = { $class } ({ $brand })

## Questions: a sentence says something about a rule, but not clearly
## enough to choose. Steady asks, and the patient picks what the clinic
## means, keeps the sentence as a note, or leaves it out. Steady never
## chooses a number for the patient.
##
## $subject is the rule asked about, from sheet-subject below: a short
## phrase ("no solid food", "the infusion"), used both as the subject of a
## sentence and after "for". $length is a length of time in words ("1 hour",
## "6 hours", "90 minutes"; from the app's hours message or sheet-minutes).
## French: $subject always follows "pour" (see the top of this file).

# The rule a question is about, as a phrase inside the question, after
# "pour": a noun phrase with its article.
sheet-subject = { $about ->
    [solid_food] l’arrêt des aliments solides
    [clear_liquids] les liquides clairs
    [medicine] ce médicament
    [arrive_early] l’arrivée en avance
    [infusion_minutes] la perfusion
    [observation] la surveillance après la perfusion
    [no_driving] la période sans conduite
    [no_decisions] la période sans décisions importantes
    [no_alcohol] la période sans alcool ni cannabis
    [no_sedatives] la période sans sédatifs
    [someone_stays] la présence de quelqu’un avec vous
    [no_dependents] la période sans garde de personnes à charge
    [visit_task] cette tâche
    [bring] ce qu’il faut apporter
   *[escort_required] votre trajet retour
}
# A length of time in minutes, in words, in a question.
sheet-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
# The sheet limits meals ("no heavy meals 3 hours prior") but not all food.
# $when (see the top of this file) is the moment it names.
sheet-ask-food-unclear = { $when ->
    [hours] Votre clinique écrit « { $sentence } ». Est-ce que cela veut dire qu’il ne faut plus rien manger du tout à partir de { $hours } h avant ? Choisissez cette réponse, ou gardez la phrase comme note et demandez à la clinique.
    [minutes] Votre clinique écrit « { $sentence } ». Est-ce que cela veut dire qu’il ne faut plus rien manger du tout à partir de { $minutes } min avant ? Choisissez cette réponse, ou gardez la phrase comme note et demandez à la clinique.
    [same_day] Votre clinique écrit « { $sentence } ». Est-ce que cela veut dire qu’il ne faut plus rien manger du tout à partir de { $time } le jour même ? Choisissez cette réponse, ou gardez la phrase comme note et demandez à la clinique.
    [day_before] Votre clinique écrit « { $sentence } ». Est-ce que cela veut dire qu’il ne faut plus rien manger du tout à partir de { $time } la veille ? Choisissez cette réponse, ou gardez la phrase comme note et demandez à la clinique.
    [days_before] { $days ->
        [one] Votre clinique écrit « { $sentence } ». Est-ce que cela veut dire qu’il ne faut plus rien manger du tout à partir de { $time }, { $days } jour avant ? Choisissez cette réponse, ou gardez la phrase comme note et demandez à la clinique.
       *[other] Votre clinique écrit « { $sentence } ». Est-ce que cela veut dire qu’il ne faut plus rien manger du tout à partir de { $time }, { $days } jours avant ? Choisissez cette réponse, ou gardez la phrase comme note et demandez à la clinique.
    }
   *[none] Votre clinique écrit « { $sentence } ». Est-ce que cela veut dire qu’il ne faut plus rien manger du tout, sans heure donnée ? Choisissez cette réponse, ou gardez la phrase comme note et demandez à la clinique.
}
# The sheet speaks of limits on food but says no time.
sheet-ask-food-no-time = Votre clinique écrit « { $sentence } » mais ne donne pas d’heure. Demandez à la clinique quand arrêter de manger ; gardez la phrase comme note, et indiquez l’heure dans le formulaire.
# La fiche limite la quantité à boire sans l’interdire.
sheet-ask-drinks-limited = Votre clinique écrit « { $sentence } » : elle limite ce que vous buvez, sans dire si vous pouvez boire quelque chose pendant ce temps. Demandez à la clinique ; gardez la phrase comme note, et indiquez l’heure dans le formulaire.
# A task (a questionnaire to fill in) with no time. "Before each visit" is
# the heading of a section of the form "Your clinic's instructions"
# (clinic-form-visits-legend: « Avant chaque visite »).
sheet-ask-task-no-time = Votre clinique demande : « { $sentence } » La fiche ne donne pas d’heure. Ajoutez cette tâche dans le formulaire, sous « Avant chaque visite », avec l’heure de votre choix, ou gardez-la comme note.
sheet-ask-no-time = Votre clinique écrit « { $sentence } » mais ne donne ni heure ni durée pour { $subject }. Demandez à la clinique ; gardez la phrase comme note, et complétez le formulaire.
# $low, $high: the two ends of the range, as lengths ("15 minutes", "1 heure").
sheet-ask-range = Pour { $subject }, votre clinique donne une fourchette : de { $low } à { $high }. Steady ne choisit pas à votre place : choisissez la durée que votre clinique vous demande de suivre, ou gardez la phrase comme note et posez-lui la question.
# $length: the longest it can take.
sheet-ask-up-to = Pour { $subject }, votre clinique indique une durée qui peut aller jusqu’à { $length }. Est-ce le cas pour vous ? Alors choisissez cette réponse ; sinon, gardez la phrase comme note et demandez à la clinique.
# The sheet says "a few hours" or the like.
sheet-ask-vague = Votre clinique écrit « { $sentence } » sans donner de chiffre pour { $subject }. Demandez à la clinique combien de temps ; gardez la phrase comme note, et indiquez la durée dans le formulaire.
# The sheet says how long in words Steady cannot keep for this rule.
# $span says which words.
sheet-ask-not-in-hours = { $span ->
    [next_morning] Pour { $subject }, votre clinique indique : jusqu’au lendemain matin. Steady ne peut garder cette règle que d’une autre façon : comparez le choix du formulaire avec la fiche, ou gardez la phrase comme note.
    [rest_of_day] Pour { $subject }, votre clinique indique : pendant le reste de la journée. Steady ne peut garder cette règle que d’une autre façon : comparez le choix du formulaire avec la fiche, ou gardez la phrase comme note.
    [worn_off] Pour { $subject }, votre clinique indique : jusqu’à la fin des effets. Steady ne peut garder cette règle que d’une autre façon : comparez le choix du formulaire avec la fiche, ou gardez la phrase comme note.
    [morning_of] Pour { $subject }, votre clinique indique : le matin de la séance. Steady ne peut garder cette règle que d’une autre façon : comparez le choix du formulaire avec la fiche, ou gardez la phrase comme note.
    [night_before] Pour { $subject }, votre clinique indique : à partir de la veille au soir. Steady ne peut garder cette règle que d’une autre façon : comparez le choix du formulaire avec la fiche, ou gardez la phrase comme note.
    [day_of] Pour { $subject }, votre clinique indique : le jour de la séance. Steady ne peut garder cette règle que d’une autre façon : comparez le choix du formulaire avec la fiche, ou gardez la phrase comme note.
   *[night_or_day] Pour { $subject }, votre clinique indique : la veille au soir ou le jour même. Steady ne peut garder cette règle que d’une autre façon : comparez le choix du formulaire avec la fiche, ou gardez la phrase comme note.
}
# A clock time without the day ("after 10 pm").
sheet-ask-clock-day = Pour { $subject }, votre clinique indique : à partir de { $time }, sans dire quel jour. Est-ce la veille au soir de la séance ?
sheet-ask-direction = Pour { $subject }, votre clinique indique { $length }, sans dire si c’est avant ou après la séance. Demandez à la clinique, ou gardez la phrase comme note.
sheet-ask-not-whole-hours = Pour { $subject }, votre clinique indique { $length } ; Steady garde cette règle en heures entières. Indiquez les heures dans le formulaire, ou gardez la phrase comme note.
# A rule Steady keeps for after the session only (no alcohol, say), which
# the sheet also says for before it.
sheet-ask-before-not-kept = Pour { $subject }, votre clinique indique : pendant { $length } avant la séance. Steady garde cette règle pour après la séance seulement : gardez la phrase comme note pour l’avoir sous les yeux.
sheet-ask-before-not-kept-no-length = Votre clinique écrit « { $sentence } » sans durée pour { $subject }. Demandez à la clinique combien de temps ; gardez la phrase comme note, et indiquez la durée dans le formulaire.
sheet-ask-before-span-not-kept = { $span ->
    [morning_of] Pour { $subject }, votre clinique indique : aussi le matin de la séance. Steady garde cette règle pour après la séance seulement : gardez la phrase comme note pour l’avoir sous les yeux.
    [night_before] Pour { $subject }, votre clinique indique : aussi à partir de la veille au soir. Steady garde cette règle pour après la séance seulement : gardez la phrase comme note pour l’avoir sous les yeux.
    [day_of] Pour { $subject }, votre clinique indique : aussi le jour de la séance. Steady garde cette règle pour après la séance seulement : gardez la phrase comme note pour l’avoir sous les yeux.
    [night_or_day] Pour { $subject }, votre clinique indique : aussi la veille au soir et le jour de la séance. Steady garde cette règle pour après la séance seulement : gardez la phrase comme note pour l’avoir sous les yeux.
   *[other] Pour { $subject }, votre clinique indique : aussi avant la séance. Steady garde cette règle pour après la séance seulement : gardez la phrase comme note pour l’avoir sous les yeux.
}
# "We may ask you to …", "if you are diabetic …": a rule for some patients
# only; $subject names the rule, so two rules in one sentence ask twice.
sheet-ask-maybe = Votre clinique écrit « { $sentence } » : une règle pour certains patients ({ $subject }). Est-ce qu’elle s’applique à vous ? Choisissez-la seulement si la clinique vous l’a dit, ou gardez la phrase comme note.
sheet-ask-two-values = Pour { $subject }, votre clinique donne deux indications différentes sur la même fiche ; « { $sentence } » en est une. Steady ne choisit pas à votre place : demandez à la clinique laquelle s’applique à vous, ou gardez la phrase comme note.
# A length added on to an earlier one ("monitored for another 2 hours"): not the whole.
sheet-ask-added = Pour { $subject }, votre clinique écrit « { $sentence } » : { $length } de plus après une durée précédente, pas la durée entière. Demandez à la clinique combien de temps au total ; gardez la phrase comme note et indiquez la durée dans le formulaire.
# "Adjust your insulin": a dose to change, neither which way nor how much.
sheet-ask-adjust = Votre clinique écrit « { $sentence } » sans dire dans quel sens ni de combien changer la dose. Demandez à la clinique ou à la personne qui vous le prescrit ; gardez la phrase comme note.
sheet-ask-from-arrival = Pour { $subject }, votre clinique indique : { $length } avant votre arrivée, pas avant la séance. Steady compte cette règle à partir de la séance, ce qui serait plus tard : demandez à la clinique l’heure du début de la séance et indiquez-la dans le formulaire, ou gardez la phrase comme note.
sheet-ask-driving-decided-later = Votre clinique écrit « { $sentence } » et dit qu’elle vous indiquera plus tard quand vous pourrez reprendre le volant. Steady ne choisit pas la fin à votre place : demandez à la clinique, et gardez la phrase comme note.
sheet-ask-longer-than-next-morning = Pour { $subject }, votre clinique indique { $length } ; Steady garde cette règle seulement jusqu’au lendemain matin. Prévoyez la durée plus longue, et gardez la phrase comme note.
# "Arrange a ride home": who may drive the patient is not said.
sheet-ask-who-drives = Votre clinique écrit « { $sentence } » mais ne dit pas qui peut vous ramener chez vous. Faut-il un adulte que vous connaissez, ou un taxi suffit-il ? Demandez à la clinique ; gardez la phrase comme note.
# "A session lasts around 120 minutes": the sheet gives the length of the
# whole session, the infusion (or nasal spray) and the stay after it
# together. The question is asked about one of the two ($subject: "the
# infusion" or "the stay after the infusion"). $range is "yes" when the
# sheet gives a range ($low to $high), "up_to" when it gives a longest
# ($high), else "no" ($low alone).
sheet-ask-session = { $range ->
    [up_to] Pour { $subject }, votre clinique indique qu’une séance peut durer jusqu’à { $high }, traitement et temps après compris. Steady les garde séparément : demandez à la clinique combien de temps dure chaque partie, ou gardez la phrase comme note.
    [yes] Pour { $subject }, votre clinique indique qu’une séance dure de { $low } à { $high }, traitement et temps après compris. Steady les garde séparément : demandez à la clinique combien de temps dure chaque partie, ou gardez la phrase comme note.
   *[no] Pour { $subject }, votre clinique indique qu’une séance dure { $low }, traitement et temps après compris. Steady les garde séparément : demandez à la clinique combien de temps dure chaque partie, ou gardez la phrase comme note.
}
# A task the sheet sets after the visit or every day ("fill in the mood
# form the day after"); the form keeps tasks for before each visit.
sheet-ask-not-before-visit = Votre clinique demande : « { $sentence } » Ce n’est pas avant une visite, et Steady garde les tâches pour avant chaque visite seulement. Gardez-la comme note, ou ajoutez-la dans le formulaire à l’heure de votre choix.
# "You can go back to your normal activities the next morning": when the
# patient may drive again is not said. $span: when normal activities
# resume, as in sheet-ask-not-in-hours, or "none" (not said).
sheet-ask-activities = { $span ->
    [next_morning] Votre clinique indique que vous reprenez vos activités habituelles le lendemain matin, sans dire quand vous pouvez reconduire. Demandez à la clinique ; gardez la phrase comme note, et indiquez l’interdiction de conduire dans le formulaire.
    [rest_of_day] Votre clinique indique que vous reprenez vos activités habituelles après le reste de la journée, sans dire quand vous pouvez reconduire. Demandez à la clinique ; gardez la phrase comme note, et indiquez l’interdiction de conduire dans le formulaire.
   *[other] Votre clinique écrit « { $sentence } » sans dire quand vous pouvez reconduire. Demandez à la clinique ; gardez la phrase comme note, et indiquez l’interdiction de conduire dans le formulaire.
}

## The partial protocol file (`steady protocol from-text`): comments for
## the clinic or patient who reads and checks it before importing. Each
## line is written after "# ". Words in `backticks` or with an underscore
## (no_decisions, days_before) are the file's own keys: keep them.

# The file's first lines. Keep the line breaks short (about 70 characters).
sheet-toml-header =
    Proposé par Steady d’après la fiche d’une clinique : seulement ce que
    dit la fiche. Vérifiez chaque règle par rapport à la fiche avant
    d’importer ; ce que ce fichier omet garde la valeur type de Steady.
# After "# no_decisions: ": the sheet says no important decisions until
# the effects wear off, which the file says by leaving the key out.
sheet-toml-no-decisions-worn-off = jusqu’à la fin des effets (la clé est omise)
# After "# days_before: ": the sheet says to talk to the prescriber about
# a medicine, not when; Steady chose how many days before to remind.
sheet-toml-ask-days-before = choix de Steady (la fiche dit d’en parler, pas quand)
# Above the questions, each written as a comment.
sheet-toml-questions = Questions (rien n’a été choisi pour celles-ci) :
# Above the sentences of the sheet Steady did not use.
sheet-toml-not-used = Phrases non utilisées

# A pasted sheet mostly in another language. { $language } is the
# language's own name ("Deutsch", "日本語").
sheet-other-language = Cette fiche semble écrite dans une autre langue que l’anglais ({ $language }). Pour l’instant, Steady ne sait lire que les fiches écrites en anglais ; il trouvera peut-être peu de choses ici, ou rien. Saisissez les consignes de votre clinique dans le formulaire ci-dessous, ou demandez à la clinique une version en anglais.
sheet-other-language-unnamed = Cette fiche ne semble pas écrite en anglais. Pour l’instant, Steady ne sait lire que les fiches écrites en anglais ; il trouvera peut-être peu de choses ici, ou rien. Saisissez les consignes de votre clinique dans le formulaire ci-dessous, ou demandez à la clinique une version en anglais.

sheet-other-language-file = Cette fiche semble écrite dans une autre langue que l’anglais ({ $language }). Pour l’instant, Steady ne sait lire que les fiches écrites en anglais ; ce fichier en contient peut-être peu de choses, ou rien. Écrivez vous-même les consignes de votre clinique dans ce fichier, ou demandez à la clinique une version en anglais.
sheet-other-language-file-unnamed = Cette fiche ne semble pas écrite en anglais. Pour l’instant, Steady ne sait lire que les fiches écrites en anglais ; ce fichier en contient peut-être peu de choses, ou rien. Écrivez vous-même les consignes de votre clinique dans ce fichier, ou demandez à la clinique une version en anglais.
