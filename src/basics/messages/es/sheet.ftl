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
### Spanish: a clinic's "sheet" is "hoja", as in forms.ftl; "keep the
### sentence as a note" is "guardar la frase como nota" (the button
### sheet-reader-keep-as-note). Moments say "desde" for a start ("Nada de
### comida sólida desde 6 h antes") and "hasta" for an end, as the plan's
### rules-moment-* messages do.

## A proposal: one rule the sheet says, in a few words. The patient ticks
## the ones to put in the form.

sheet-proposal-solid-food = { $when ->
    [hours] Nada de comida sólida desde { $hours } h antes
    [minutes] Nada de comida sólida desde { $minutes } min antes
    [same_day] Nada de comida sólida desde las { $time } el mismo día
    [day_before] Nada de comida sólida desde las { $time } el día anterior
    [days_before] { $days ->
        [one] Nada de comida sólida desde las { $time }, { $days } día antes
       *[other] Nada de comida sólida desde las { $time }, { $days } días antes
    }
   *[none] Nada de comida sólida: sin regla
}
# Clear liquids may be drunk until the moment; after it, nothing.
sheet-proposal-clear-liquids = { $when ->
    [hours] Líquidos claros hasta { $hours } h antes
    [minutes] Líquidos claros hasta { $minutes } min antes
    [same_day] Líquidos claros hasta las { $time } el mismo día
    [day_before] Líquidos claros hasta las { $time } el día anterior
    [days_before] { $days ->
        [one] Líquidos claros hasta las { $time }, { $days } día antes
       *[other] Líquidos claros hasta las { $time }, { $days } días antes
    }
   *[none] Líquidos claros: sin regla
}
# $words: the sheet's sentence saying which drinks count as clear.
sheet-proposal-clear-liquids-are = Qué cuenta como líquido claro: “{ $words }”
# $words: the sheet's sentence saying what happens if the patient eats too late.
sheet-proposal-if-fast-broken = Si no se cumple el ayuno: “{ $words }”
# $name: the medicine (the sheet's name, or a class from sheet-medicine-*
# below); $rule: what to do about it, from the plan's rules-medicine-*
# messages ("last dose 6 h before; restart 6 h after").
sheet-proposal-medicine = { $name }: { $rule }
sheet-proposal-keep-taking-usual = Siga tomando sus medicamentos habituales, salvo los que se nombran
# $minutes: how long before the appointment time to arrive.
sheet-proposal-arrive-early = { $minutes ->
    [one] Llegue { $minutes } minuto antes
   *[other] Llegue { $minutes } minutos antes
}
# $items: the things to bring, in the sheet's words, separated by commas.
sheet-proposal-bring = Lleve: { $items }
# SAFETY: an adult has to take the patient home.
sheet-proposal-escort-required = Un adulto tiene que llevarle a casa
# $age: the youngest age, in years, the driver home may be.
sheet-proposal-escort-min-age = El conductor debe tener { $age } años o más
# The driver is the adult who takes the patient home. $presence says what
# the driver does during the session ("unspecified": the sheet does not say).
sheet-proposal-escort-presence = { $presence ->
    [stays_on_site] El conductor se queda en la clínica
    [comes_to_door] El conductor viene a recogerle a la puerta
    [may_leave] El conductor puede irse y volver
   *[unspecified] El conductor: —
}
# Whether a taxi or a rideshare (Uber, Lyft) may take the patient home.
sheet-proposal-rideshare = { $rideshare ->
    [not_allowed] Taxi o transporte por aplicación: no permitido
    [only_with_escort] Taxi o transporte por aplicación: solo con el acompañante
    [allowed] Taxi o transporte por aplicación: permitido
   *[unspecified] Taxi o transporte por aplicación: —
}
# SAFETY: no driving after the session, for $hours hours.
sheet-proposal-no-driving-hours = { $hours ->
    [one] Nada de conducir ni usar maquinaria durante { $hours } hora
   *[other] Nada de conducir ni usar maquinaria durante { $hours } horas
}
# SAFETY: no driving after the session.
sheet-proposal-no-driving-rest-of-day = Nada de conducir durante el resto del día
# SAFETY: no driving after the session.
sheet-proposal-no-driving-next-morning = Nada de conducir hasta la mañana siguiente, tras una noche de sueño
sheet-proposal-no-decisions-hours = { $hours ->
    [one] Nada de decisiones importantes durante { $hours } hora
   *[other] Nada de decisiones importantes durante { $hours } horas
}
sheet-proposal-no-decisions-next-morning = Nada de decisiones importantes hasta la mañana siguiente
sheet-proposal-no-decisions-worn-off = Nada de decisiones importantes hasta que pasen los efectos
# $hours: hours after the session.
sheet-proposal-no-alcohol = { $hours ->
    [one] Nada de alcohol ni cannabis durante { $hours } hora después
   *[other] Nada de alcohol ni cannabis durante { $hours } horas después
}
# $hours: hours after the session.
sheet-proposal-no-sedatives = { $hours ->
    [one] Nada de opioides, benzodiacepinas ni otros sedantes durante { $hours } hora después
   *[other] Nada de opioides, benzodiacepinas ni otros sedantes durante { $hours } horas después
}
# $hours: hours after the session that someone stays with the patient.
sheet-proposal-someone-stays = { $hours ->
    [one] Alguien se queda con usted durante { $hours } hora después
   *[other] Alguien se queda con usted durante { $hours } horas después
}
sheet-proposal-no-dependents = No cuide de niños ni de otras personas hasta la mañana siguiente
# SAFETY: a red flag and whom to call. $situation: the sheet's words for
# it ("Chest pain"); $call: whom to call, from the plan's rules-call-*
# messages ("call the emergency number").
sheet-proposal-red-flag = { $situation }: { $call }
# A task before each visit. $task: its title (sheet-task-* below, or the
# sheet's words); $moment: when, from the plan's rules-moment-* messages
# ("24 h before", "from 18:00 the day before").
sheet-proposal-visit-task = Antes de cada visita: { $task } ({ $moment })
# $minutes: how long the infusion itself takes.
sheet-proposal-infusion-minutes = { $minutes ->
    [one] La infusión dura { $minutes } minuto
   *[other] La infusión dura { $minutes } minutos
}
# How long the patient stays at the clinic after the infusion, watched.
sheet-proposal-observation = { $minutes ->
    [one] Observación después: { $minutes } minuto
   *[other] Observación después: { $minutes } minutos
}
# The same, as a range: "30-60 minutes".
sheet-proposal-observation-range = Observación después: { $min }-{ $max } minutos
# $text: a sentence of the sheet, kept as a note on a checklist.
sheet-proposal-note = Una nota: “{ $text }”

## What the reader writes into a task's title, around the sheet's own words.
## Spanish: infinitives, as a clinic's task is written in the form
## (clinic-form-task-example, "Rellenar el cuestionario sobre el ánimo").

# $what: the sheet's words for the form ("mood questionnaire", "PHQ-9").
sheet-task-fill-in = Rellenar { $what }
# $medicine: the sheet's words for a medicine to take before the visit,
# in lower case ("anti-nausea medication").
sheet-task-take = Tomar { $medicine }
sheet-task-discuss = Hablar de { $medicine } con su médico o la clínica

## Classes of medicines, as Steady names them when a sheet names one or a
## brand of it ("Adderall" is one of the stimulants). Plural, capitalised:
## they start a proposal ("Stimulants: skip on the morning of the session").

sheet-medicine-stimulants = Estimulantes
sheet-medicine-sedative-hypnotics = Sedantes hipnóticos
sheet-medicine-opioids = Opioides
sheet-medicine-benzodiazepines = Benzodiacepinas
# One medicine: its generic name, then its brand name.
sheet-medicine-lamotrigine = Lamotrigina (Lamictal)
sheet-medicine-sedatives = Sedantes
sheet-medicine-muscle-relaxants = Relajantes musculares
# Monoamine oxidase inhibitors, a class of antidepressants.
sheet-medicine-maois = IMAO
# Medicines for colds and flu bought without a prescription.
sheet-medicine-cold-medicines = Medicamentos para el resfriado
sheet-medicine-new-medicines = Medicamentos nuevos
sheet-medicine-as-needed-medicines = Medicamentos a demanda
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
##
## Spanish: $subject is a label that opens the question, capitalised and
## followed by a colon ("Nada de conducir: según su clínica, hasta la
## mañana siguiente."), so that one phrase fits every question whatever
## its grammar (a noun, "Nada de…", "Quién le lleva a casa").

# The rule a question is about, as a phrase inside the question.
# Spanish: a capitalised label at the start of the question (see above);
# the names follow the plan's rules-summary-* messages.
sheet-subject = { $about ->
    [solid_food] Nada de comida sólida
    [clear_liquids] Líquidos claros
    [medicine] Este medicamento
    [arrive_early] Llegar antes
    [infusion_minutes] La infusión
    [observation] La observación después de la infusión
    [no_driving] Nada de conducir
    [no_decisions] Nada de decisiones importantes
    [no_alcohol] Nada de alcohol ni cannabis
    [no_sedatives] Nada de sedantes
    [someone_stays] Alguien se queda con usted
    [no_dependents] Sin cuidar a personas a su cargo
    [visit_task] Esta tarea
    [bring] Lo que hay que traer
   *[escort_required] Quién le lleva a casa
}
# A length of time in minutes, in words, in a question.
sheet-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
# The sheet limits meals ("no heavy meals 3 hours prior") but not all food.
# $when (see the top of this file) is the moment it names.
sheet-ask-food-unclear = { $when ->
    [hours] Su clínica escribe “{ $sentence }”. ¿Significa eso no comer nada desde { $hours } h antes? Elíjalo, o guarde la frase como nota y pregunte a la clínica.
    [minutes] Su clínica escribe “{ $sentence }”. ¿Significa eso no comer nada desde { $minutes } min antes? Elíjalo, o guarde la frase como nota y pregunte a la clínica.
    [same_day] Su clínica escribe “{ $sentence }”. ¿Significa eso no comer nada desde las { $time } el mismo día? Elíjalo, o guarde la frase como nota y pregunte a la clínica.
    [day_before] Su clínica escribe “{ $sentence }”. ¿Significa eso no comer nada desde las { $time } el día anterior? Elíjalo, o guarde la frase como nota y pregunte a la clínica.
    [days_before] { $days ->
        [one] Su clínica escribe “{ $sentence }”. ¿Significa eso no comer nada desde las { $time }, { $days } día antes? Elíjalo, o guarde la frase como nota y pregunte a la clínica.
       *[other] Su clínica escribe “{ $sentence }”. ¿Significa eso no comer nada desde las { $time }, { $days } días antes? Elíjalo, o guarde la frase como nota y pregunte a la clínica.
    }
   *[none] Su clínica escribe “{ $sentence }”. ¿Significa eso no comer nada, sin una hora fijada? Elíjalo, o guarde la frase como nota y pregunte a la clínica.
}
# The sheet speaks of limits on food but says no time.
sheet-ask-food-no-time = Su clínica escribe “{ $sentence }”, pero no da ninguna hora. Pregunte a la clínica cuándo dejar de comer; guarde la frase como nota y ponga la hora en el formulario.
# La hoja limita cuánto beber sin decir que nada.
sheet-ask-drinks-limited = Su clínica escribe “{ $sentence }”: limita cuánto bebe, pero no dice si puede beber algo en ese tiempo. Pregunte a la clínica; guarde la frase como nota y ponga la hora en el formulario.
# A task (a questionnaire to fill in) with no time. "Before each visit" is
# the heading of a section of the form "Your clinic's instructions".
sheet-ask-task-no-time = Su clínica pide: “{ $sentence }” La hoja no da ninguna hora. Añádalo en el formulario, en “Antes de cada visita”, con la hora que usted elija, o guárdelo como nota.
sheet-ask-no-time = { $subject }: su clínica escribe “{ $sentence }”, pero no da ninguna hora. Pregunte a la clínica; guarde la frase como nota y ponga la hora en el formulario.
# $low, $high: the two ends of the range, as lengths ("15 minutes", "1 hour").
sheet-ask-range = { $subject }: su clínica da un intervalo, de { $low } a { $high }. Steady no elige por usted: elija el valor que indica su clínica, o guarde la frase como nota y pregunte a la clínica.
# $length: the longest it can take.
sheet-ask-up-to = { $subject }: según su clínica, puede durar hasta { $length }. ¿Es así en su caso? Entonces elíjalo; si no, guarde la frase como nota y pregunte a la clínica.
# The sheet says "a few hours" or the like.
sheet-ask-vague = { $subject }: su clínica escribe “{ $sentence }”, sin dar un número. Pregunte a la clínica cuánto tiempo; guarde la frase como nota y póngalo en el formulario.
# The sheet says how long in words Steady cannot keep for this rule.
# $span says which words.
sheet-ask-not-in-hours = { $span ->
    [next_morning] { $subject }: según su clínica, hasta la mañana siguiente. Steady solo puede guardar esta regla de otra forma: compare la opción del formulario con la hoja, o guarde la frase como nota.
    [rest_of_day] { $subject }: según su clínica, durante el resto del día. Steady solo puede guardar esta regla de otra forma: compare la opción del formulario con la hoja, o guarde la frase como nota.
    [worn_off] { $subject }: según su clínica, hasta que pasen los efectos. Steady solo puede guardar esta regla de otra forma: compare la opción del formulario con la hoja, o guarde la frase como nota.
    [morning_of] { $subject }: según su clínica, la mañana de la sesión. Steady solo puede guardar esta regla de otra forma: compare la opción del formulario con la hoja, o guarde la frase como nota.
    [night_before] { $subject }: según su clínica, desde la noche anterior. Steady solo puede guardar esta regla de otra forma: compare la opción del formulario con la hoja, o guarde la frase como nota.
    [day_of] { $subject }: según su clínica, el día de la sesión. Steady solo puede guardar esta regla de otra forma: compare la opción del formulario con la hoja, o guarde la frase como nota.
   *[night_or_day] { $subject }: según su clínica, la noche anterior o el mismo día. Steady solo puede guardar esta regla de otra forma: compare la opción del formulario con la hoja, o guarde la frase como nota.
}
# A clock time without the day ("after 10 pm").
sheet-ask-clock-day = { $subject }: su clínica dice desde las { $time }, pero no qué día. ¿Es la tarde o la noche antes de la sesión?
sheet-ask-direction = { $subject }: su clínica dice { $length }, pero no si es antes o después de la sesión. Pregunte a la clínica, o guarde la frase como nota.
sheet-ask-not-whole-hours = { $subject }: su clínica dice { $length }; Steady guarda esta regla en horas enteras. Ponga las horas en el formulario, o guarde la frase como nota.
# A rule Steady keeps for after the session only (no alcohol, say), which
# the sheet also says for before it.
sheet-ask-before-not-kept = { $subject }: según su clínica, también durante { $length } antes de la sesión. Steady guarda esta regla solo para después de la sesión: guarde la frase como nota para tenerla a la vista.
sheet-ask-before-not-kept-no-length = { $subject }: su clínica escribe “{ $sentence }” sin decir durante cuánto tiempo. Pregunte a la clínica cuánto tiempo; guarde la frase como nota y póngalo en el formulario.
sheet-ask-before-span-not-kept = { $span ->
    [morning_of] { $subject }: según su clínica, también la mañana de la sesión. Steady guarda esta regla solo para después de la sesión: guarde la frase como nota para tenerla a la vista.
    [night_before] { $subject }: según su clínica, también desde la noche anterior. Steady guarda esta regla solo para después de la sesión: guarde la frase como nota para tenerla a la vista.
    [day_of] { $subject }: según su clínica, también el día de la sesión. Steady guarda esta regla solo para después de la sesión: guarde la frase como nota para tenerla a la vista.
    [night_or_day] { $subject }: según su clínica, también la noche anterior y el día de la sesión. Steady guarda esta regla solo para después de la sesión: guarde la frase como nota para tenerla a la vista.
   *[other] { $subject }: según su clínica, también antes de la sesión. Steady guarda esta regla solo para después de la sesión: guarde la frase como nota para tenerla a la vista.
}
# "We may ask you to …", "if you are diabetic …": a rule for some patients
# only; $subject names the rule, so two rules in one sentence ask twice.
sheet-ask-maybe = Su clínica escribe “{ $sentence }”: es una regla para algunos pacientes ({ $subject }). ¿Es su caso? Elíjala solo si la clínica se lo dijo, o guarde la frase como nota.
sheet-ask-two-values = { $subject }: su clínica da dos respuestas distintas en la misma hoja; “{ $sentence }” es una de ellas. Steady no elige por usted: pregunte a la clínica cuál se aplica a su caso, o guarde la frase como nota.
# A length added on to an earlier one ("monitored for another 2 hours"): not the whole.
sheet-ask-added = { $subject }: su clínica escribe “{ $sentence }”: { $length } más sobre un tiempo anterior, no el total. Pregunte a la clínica cuánto tiempo en total; guarde la frase como nota y ponga el tiempo en el formulario.
# "Adjust your insulin": a dose to change, neither which way nor how much.
sheet-ask-adjust = Su clínica escribe “{ $sentence }”, pero no dice si la dosis sube o baja ni cuánto. Pregunte a la clínica o a quien se lo receta; guarde la frase como nota.
sheet-ask-from-arrival = { $subject }: según su clínica, { $length } antes de su llegada, no antes de la sesión. Steady cuenta esta regla desde la sesión, que sería más tarde: pregunte a la clínica a qué hora empieza la sesión y ponga la hora en el formulario, o guarde la frase como nota.
sheet-ask-driving-decided-later = Su clínica escribe “{ $sentence }” y dice que le indicará más adelante cuándo podrá volver a conducir. Steady no elige el final por usted: pregunte a la clínica y guarde la frase como nota.
sheet-ask-longer-than-next-morning = { $subject }: su clínica dice { $length }; Steady guarda esta regla solo hasta la mañana siguiente. Planifique el tiempo más largo, y guarde la frase como nota.
# "Arrange a ride home": who may drive the patient is not said.
sheet-ask-who-drives = Su clínica escribe “{ $sentence }”, pero no dice quién puede llevarle a casa. ¿Tiene que ser un adulto que usted conozca, o sirve un taxi? Pregunte a la clínica; guarde la frase como nota.
# "A session lasts around 120 minutes": the sheet gives the length of the
# whole session, the infusion (or nasal spray) and the stay after it
# together. The question is asked about one of the two ($subject: "the
# infusion" or "the stay after the infusion"). $range is "yes" when the
# sheet gives a range ($low to $high), "up_to" when it gives a longest
# ($high), else "no" ($low alone).
sheet-ask-session = { $range ->
    [up_to] { $subject }: según su clínica, una sesión puede durar hasta { $high }, el tratamiento y el tiempo después juntos. Steady los guarda por separado: pregunte a la clínica cuánto dura cada parte, o guarde la frase como nota.
    [yes] { $subject }: según su clínica, una sesión dura de { $low } a { $high }, el tratamiento y el tiempo después juntos. Steady los guarda por separado: pregunte a la clínica cuánto dura cada parte, o guarde la frase como nota.
   *[no] { $subject }: según su clínica, una sesión dura { $low }, el tratamiento y el tiempo después juntos. Steady los guarda por separado: pregunte a la clínica cuánto dura cada parte, o guarde la frase como nota.
}
# A task the sheet sets after the visit or every day ("fill in the mood
# form the day after"); the form keeps tasks for before each visit.
sheet-ask-not-before-visit = Su clínica pide: “{ $sentence }” Eso no es antes de una visita, y Steady guarda las tareas solo para antes de cada visita. Guárdelo como nota, o añádalo en el formulario a la hora que usted elija.
# "You can go back to your normal activities the next morning": when the
# patient may drive again is not said. $span: when normal activities
# resume, as in sheet-ask-not-in-hours, or "none" (not said).
sheet-ask-activities = { $span ->
    [next_morning] Según su clínica, puede volver a sus actividades normales la mañana siguiente, pero no dice cuándo puede volver a conducir. Pregunte a la clínica; guarde la frase como nota y ponga el tiempo sin conducir en el formulario.
    [rest_of_day] Según su clínica, puede volver a sus actividades normales después del resto del día, pero no dice cuándo puede volver a conducir. Pregunte a la clínica; guarde la frase como nota y ponga el tiempo sin conducir en el formulario.
   *[other] Su clínica escribe “{ $sentence }”, pero no dice cuándo puede volver a conducir. Pregunte a la clínica; guarde la frase como nota y ponga el tiempo sin conducir en el formulario.
}

## The partial protocol file (`steady protocol from-text`): comments for
## the clinic or patient who reads and checks it before importing. Each
## line is written after "# ". Words in `backticks` or with an underscore
## (no_decisions, days_before) are the file's own keys: keep them.

# The file's first lines. Keep the line breaks short (about 70 characters).
sheet-toml-header =
    Propuesto por Steady a partir de la hoja de una clínica: solo lo que
    dice la hoja. Compruebe cada regla con la hoja antes de importar; lo
    que este archivo no incluye conserva el valor típico de Steady.
# After "# no_decisions: ": the sheet says no important decisions until
# the effects wear off, which the file says by leaving the key out.
sheet-toml-no-decisions-worn-off = hasta que pasen los efectos (la clave se omite)
# After "# days_before: ": the sheet says to talk to the prescriber about
# a medicine, not when; Steady chose how many days before to remind.
sheet-toml-ask-days-before = elección de Steady (la hoja pide consultarlo, sin decir cuándo)
# Above the questions, each written as a comment.
sheet-toml-questions = Preguntas (para estas no se eligió nada):
# Above the sentences of the sheet Steady did not use.
sheet-toml-not-used = Frases sin usar

# A pasted sheet mostly in another language. { $language } is the
# language's own name ("Deutsch", "日本語").
sheet-other-language = Parece que esta hoja está escrita en un idioma distinto del inglés ({ $language }). Por ahora Steady solo sabe leer hojas escritas en inglés, así que quizá encuentre poco o nada aquí. Escriba las indicaciones de su clínica en el formulario de abajo o pida a la clínica una copia en inglés.
sheet-other-language-unnamed = Parece que esta hoja no está escrita en inglés. Por ahora Steady solo sabe leer hojas escritas en inglés, así que quizá encuentre poco o nada aquí. Escriba las indicaciones de su clínica en el formulario de abajo o pida a la clínica una copia en inglés.

sheet-other-language-file = Parece que esta hoja está escrita en un idioma distinto del inglés ({ $language }). Por ahora Steady solo sabe leer hojas escritas en inglés, así que este archivo quizá contenga poco o nada de ella. Escriba usted mismo las indicaciones de su clínica en este archivo o pida a la clínica una copia en inglés.
sheet-other-language-file-unnamed = Parece que esta hoja no está escrita en inglés. Por ahora Steady solo sabe leer hojas escritas en inglés, así que este archivo quizá contenga poco o nada de ella. Escriba usted mismo las indicaciones de su clínica en este archivo o pida a la clínica una copia en inglés.
