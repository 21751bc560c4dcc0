### The plan: the checklist items Steady writes for a session (their titles,
### details, and the titles their reminders get at bedtime), where each
### item's care words come from, the clinic's rules described in words, and
### the words of the Course and status views.
###
### Item titles say what to do in a few words; details say why and by when.
### The item's time is shown beside it, so no message names a clock time.
### A patient reads these the day before and on the session day, sometimes
### groggy: keep them plain and short.
###
### Arguments in { $braces } that hold the clinic's or the patient's own
### words (a medicine's name, a note, a driver's name) are shown as they
### were typed: never translated, never quoted differently.
###
### Where a message chooses by $hours, $days or $minutes, each variant says
### the whole phrase ("1 hour before", "6 hours before"), so the number can
### take the form your language needs.
###
### Spanish: titles are "usted" commands ("Deje de comer"); "le" stands for
### the patient whatever their gender ("le recoge", "llevarle a casa").

## The days before the session.

# The detail of a task the clinic sets before each visit (its title is the
# clinic's own words), when the clinic gave no note of its own.
plan-visit-task-detail = Su clínica pide esto antes de cada visita.
plan-keep-calm-title = Procure tener un día tranquilo
plan-keep-calm-detail = Evite el estrés y cualquier discusión que pueda evitar.
# Shown when no medicine rule is set: only the prescriber says which
# medicines to pause.
plan-check-medicines-title = Compruebe qué medicamentos pausar
plan-check-medicines-detail = Algunos medicamentos necesitan una pausa o un cambio de horario antes de una sesión, y los suplementos también cuentan. Solo decide el médico que le receta: si le indicó alguno, añádalo a esta sesión con las horas que le dio.
# The title of an item whose detail is a sentence of the clinic's own,
# kept as the clinic wrote it.
plan-clinic-note-title = De su clínica
# SAFETY: an adult has to take the patient home.
plan-confirm-driver-title = Confirme quién le lleva a casa
# SAFETY: no driver named yet.
plan-confirm-driver-detail = Un adulto tiene que llevarle a casa después de la sesión. Pídaselo a alguien y compruebe que sabe cuándo y dónde.
# SAFETY: $name: the driver the patient named ("Sam").
plan-confirm-driver-detail-named = Confirme con { $name } que sabe cuándo y dónde recogerle. Un adulto tiene que llevarle a casa.
# The things to bring are listed inside the item, in the clinic's words.
plan-pack-bag-title = Prepare su bolsa
plan-pack-bag-detail = Lo que su clínica le pide que lleve o se ponga.
plan-sleep-title = Acuéstese temprano
plan-sleep-detail = Duerma bien la noche antes de su sesión.

## Fasting before the session.

plan-stop-food-title = Deje de comer
# When to stop eating. $moment says how the cutoff is given:
#   "hours": $hours before the session starts;
#   "clinic": in the clinic's own words, $words, quoted as they wrote them
#     ("after midnight");
#   "same-day": a clock time on the session day (shown beside the item);
#   "day-before": a clock time on an earlier day (shown beside the item).
plan-stop-food-detail = Nada de comida sólida desde esta hora, { $moment ->
        [clinic] como pide su clínica: “{ $words }”
        [same-day] el día de su sesión, desde la hora indicada
        [day-before] el día anterior, desde la hora indicada
       *[hours] { $hours ->
            [one] { $hours } hora antes de su sesión
           *[other] { $hours } horas antes de su sesión
        }
    }. La hora que cuenta es la de su clínica.
# As plan-stop-food-detail, when the clinic said what happens if the patient
# eats anyway. $if_broken: the clinic's own words, e.g. "call us: the session
# may have to be moved".
plan-stop-food-detail-if-broken = Nada de comida sólida desde esta hora, { $moment ->
        [clinic] como pide su clínica: “{ $words }”
        [same-day] el día de su sesión, desde la hora indicada
        [day-before] el día anterior, desde la hora indicada
       *[hours] { $hours ->
            [one] { $hours } hora antes de su sesión
           *[other] { $hours } horas antes de su sesión
        }
    }. Si come: { $if_broken }. La hora que cuenta es la de su clínica.
# As plan-stop-food-detail, for a cutoff the clinic gives in minutes.
# $minutes: minutes before the session.
plan-stop-food-detail-minutes = Nada de comida sólida desde esta hora, { $minutes ->
        [one] { $minutes } minuto antes de su sesión
       *[other] { $minutes } minutos antes de su sesión
    }. La hora que cuenta es la de su clínica.
# As plan-stop-food-detail-if-broken, for a cutoff in minutes.
plan-stop-food-detail-if-broken-minutes = Nada de comida sólida desde esta hora, { $minutes ->
        [one] { $minutes } minuto antes de su sesión
       *[other] { $minutes } minutos antes de su sesión
    }. Si come: { $if_broken }. La hora que cuenta es la de su clínica.
# The reminder's title when the cutoff falls in the night and the reminder
# comes at bedtime instead.
plan-stop-food-bedtime-title = Coma algo ligero por última vez antes de acostarse
plan-stop-drinks-title = Últimas bebidas claras
# Until when clear liquids are fine. $moment: "hours" ($hours before the
# session), "same-day" or "day-before" (a clock time shown beside the item).
plan-stop-drinks-detail = Puede tomar líquidos claros, como agua, hasta esta hora, { $moment ->
        [same-day] el día de su sesión, a la hora indicada
        [day-before] el día anterior, a la hora indicada
       *[hours] { $hours ->
            [one] { $hours } hora antes de su sesión
           *[other] { $hours } horas antes de su sesión
        }
    }; después, nada, salvo que su clínica le haya dicho otra cosa.
# As plan-stop-drinks-detail, when the clinic said what counts as clear.
# $clear: the clinic's own words ("water, apple juice, black coffee").
plan-stop-drinks-detail-named = Puede tomar líquidos claros ({ $clear }) hasta esta hora, { $moment ->
        [same-day] el día de su sesión, a la hora indicada
        [day-before] el día anterior, a la hora indicada
       *[hours] { $hours ->
            [one] { $hours } hora antes de su sesión
           *[other] { $hours } horas antes de su sesión
        }
    }; después, nada, salvo que su clínica le haya dicho otra cosa.
# As plan-stop-drinks-detail, for a cutoff in minutes. $minutes: minutes
# before the session.
plan-stop-drinks-detail-minutes = Puede tomar líquidos claros, como agua, hasta esta hora, { $minutes ->
        [one] { $minutes } minuto antes de su sesión
       *[other] { $minutes } minutos antes de su sesión
    }; después, nada, salvo que su clínica le haya dicho otra cosa.
# As plan-stop-drinks-detail-named, for a cutoff in minutes.
plan-stop-drinks-detail-named-minutes = Puede tomar líquidos claros ({ $clear }) hasta esta hora, { $minutes ->
        [one] { $minutes } minuto antes de su sesión
       *[other] { $minutes } minutos antes de su sesión
    }; después, nada, salvo que su clínica le haya dicho otra cosa.
# The reminder's title when the cutoff falls in the night and the reminder
# comes at bedtime instead.
plan-stop-drinks-bedtime-title = Su última bebida antes de acostarse

## Medicines around the session. $name: a medicine or a class of medicines
## as the clinic or the prescriber wrote it ("Lamotrigine", "stimulants
## (Adderall)", "Seroquel (50 mg)").

plan-medicine-skip-title = No tome { $name } esta mañana
plan-medicine-skip-detail = Su clínica le pide que no tome { $name } la mañana de su sesión.
plan-medicine-night-title = Última dosis de { $name } esta noche
plan-medicine-night-detail = Su clínica le pide que tome la última dosis de { $name } la noche anterior, y ninguna la mañana de su sesión.
plan-medicine-last-title = Última dosis de { $name }
# $hours: how long before the session the last dose comes.
plan-medicine-last-detail = Nada de { $name } durante { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } antes de la sesión, como le indicaron. Solo el médico que le receta decide qué medicamentos suspender.
# The reminder's title when the last dose falls in the night and the
# reminder comes at bedtime instead.
plan-medicine-last-bedtime-title = Antes de acostarse: última dosis de { $name }
plan-medicine-fewer-title = Hoy tome menos dosis de { $name }, si puede
plan-medicine-fewer-detail = Su clínica le pide que tome menos dosis de { $name } el día de su sesión, en la medida de lo posible.
plan-medicine-take-title = Tome { $name } esta mañana, como dijo su clínica
plan-medicine-take-detail = Su clínica le pide que tome { $name } el día de su sesión, aunque esté en ayunas. Tómelo como indica la hoja de su clínica.
plan-medicine-ask-title = Pregunte al médico que le receta sobre { $name }
# $days: how many days before the session this reminder comes.
plan-medicine-ask-detail = Su clínica pide hablar de { $name } antes de la sesión: con { $days ->
        [one] { $days } día
       *[other] { $days } días
    } de antelación, hay tiempo para cambiar el plan si hace falta.
plan-medicine-restart-title = Vuelva a tomar { $name }
# $hours: when to take it again after the session; 0 means right after it.
plan-medicine-restart-detail = { $hours ->
        [0] Justo después de la sesión, como le indicaron.
        [one] { $hours } hora después de la sesión, como le indicaron.
       *[other] { $hours } horas después de la sesión, como le indicaron.
    }
# A sentence about a medicine, then the clinic's own note about it.
# $detail: one of the plan-medicine-*-detail sentences; $note: the clinic's
# words, kept as written.
plan-medicine-with-note = { $detail } { $note }
# A medicine the patient added, with the dose the prescriber gave:
# "Seroquel (50 mg)". $name and $dose: as the patient typed them.
plan-medicine-with-dose = { $name } ({ $dose })
plan-usual-medicines-title = Tome sus medicamentos habituales
plan-usual-medicines-detail = Su clínica le pide que siga tomando sus medicamentos habituales, salvo que le hayan indicado otra cosa.
# Some medicines have their own items on this checklist.
plan-usual-medicines-detail-except-listed = Su clínica le pide que siga tomando sus medicamentos habituales, excepto los de esta lista.

## Getting there.

plan-leave-home-title = Salga de casa
plan-leave-home-detail = Su tiempo de viaje hasta la clínica, para llegar a tiempo.
plan-arrive-title = Llegue a la clínica
# $minutes: how long before the session's start the clinic wants the
# patient there. "check-in" here is the clinic's front desk, where the
# patient registers on arrival (glossary: not Steady's daily check-in).
# Spanish: "presentarse en recepción", so that "registro" stays Steady's
# daily check-in alone.
plan-arrive-detail = { $minutes ->
        [one] { $minutes } minuto antes de que empiece su sesión, para presentarse en recepción.
       *[other] { $minutes } minutos antes de que empiece su sesión, para presentarse en recepción.
    }

## The session day and after.

# SAFETY: the patient must not drive home.
plan-ride-home-title = Otra persona le lleva a casa
# SAFETY: no driver named yet.
plan-ride-home-detail = Un adulto le recoge. No conduzca usted.
# SAFETY: $name: the driver the patient named.
plan-ride-home-detail-named = { $name } le recoge. No conduzca usted.
plan-what-to-expect-title = Lo que puede notar
plan-what-to-expect-detail = Es frecuente sentir aturdimiento o desorientación durante varias horas, y también cansancio. Al ponerse de pie puede notar inestabilidad: levántese despacio.
# SAFETY: no driving and no machines after the session.
plan-no-driving-title = Nada de conducir ni usar maquinaria
# SAFETY: how long the patient must not drive. $rule: "hours" (for $hours
# hours), "rest-of-day" (until midnight), "next-morning" (until they wake
# up after a night's sleep).
plan-no-driving-detail = { $rule ->
        [rest-of-day] No conduzca ni use maquinaria durante el resto del día de su sesión.
        [next-morning] No conduzca ni use maquinaria hasta la mañana siguiente a su sesión, tras una noche de sueño.
       *[hours] { $hours ->
            [one] No conduzca ni use maquinaria durante { $hours } hora después de su sesión.
           *[other] No conduzca ni use maquinaria durante { $hours } horas después de su sesión.
        }
    } Su clínica puede fijar otras horas; si lo hace, siga las de su clínica.
plan-no-decisions-title = Nada de decisiones importantes hoy
plan-no-decisions-detail = Deje las decisiones importantes para cuando hayan pasado los efectos.
# When the clinic set a time for it (legal papers, contracts, big choices).
plan-no-legal-decisions-title = Nada de decisiones legales ni importantes
plan-no-legal-decisions-detail-hours = Ninguna durante { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } después de su sesión, como pide su clínica.
plan-no-legal-decisions-detail-next-morning = Ninguna hasta la mañana siguiente, como pide su clínica.
# SAFETY: no alcohol or cannabis after the session.
plan-no-alcohol-title = Nada de alcohol ni cannabis
# SAFETY: $hours: how long after the session.
plan-no-alcohol-detail = Nada durante { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } después de su sesión. Su clínica puede fijar otras horas; si lo hace, siga las de su clínica.
# SAFETY: opioids and benzodiazepines (sleeping pills, some painkillers)
# after the session.
plan-no-sedatives-title = Nada de opioides ni benzodiacepinas
# SAFETY: $hours: how long after the session, as the clinic set it.
plan-no-sedatives-detail = Nada durante { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } después de su sesión, según las reglas de su clínica. Pregunte en la clínica por cualquier medicamento que tome.
# SAFETY: someone stays with the patient after the session.
plan-someone-stays-title = Alguien se queda con usted
# SAFETY: $hours: how long the clinic asks someone to stay.
plan-someone-stays-detail = Su clínica pide que alguien se quede con usted durante { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } después de la sesión.
# SAFETY: children or anyone the patient cares for.
plan-no-dependents-title = Otra persona cuida de quienes dependen de usted
# SAFETY
plan-no-dependents-detail = Niños o cualquier persona a su cargo: que no los cuide usted hasta la mañana siguiente, como pide su clínica.
plan-rest-fluids-title = Descanse y beba líquidos
plan-rest-fluids-detail = Tómese con calma el resto del día y beba mucho líquido.
# SAFETY: the item at the end of the no-driving time.
plan-drive-again-title = Termina el tiempo sin conducir
# SAFETY: when the patient may drive again, if they feel fully alert.
# $rule: "hours" ($hours after the session), "rest-of-day" (the next day),
# "next-morning" (after a night's sleep).
plan-drive-again-detail = { $rule ->
        [rest-of-day] El día siguiente a su sesión.
        [next-morning] La mañana siguiente a su sesión, tras una noche de sueño.
       *[hours] { $hours ->
            [one] { $hours } hora después de su sesión.
           *[other] { $hours } horas después de su sesión.
        }
    } Conduzca solo cuando tenga la mente totalmente despejada, y solo si su clínica está de acuerdo.

## Where an item's care words come from: a section of Steady's care facts
## (its collection of public patient guides) and the guides it cites, by
## number ("001") or by name. Numbers stay as they are.

# "After the session · 001, 003". $section: one of the source-section-*
# messages; $refs: guide numbers or one of the source-refs-* messages.
source-label = { $section } · { $refs }
source-section-timeline = El día de la sesión (horario)
source-section-real-clinics = Lo que piden las clínicas reales
source-section-other-sources = De otras fuentes públicas
source-section-day-before = El día anterior
source-section-after-session = Después de la sesión
source-section-side-effects = Efectos secundarios
source-section-red-flags = Señales de alarma después de una infusión: cuándo llamar y a quién
source-section-course = El tratamiento
# CIT and KetWell are two clinics' names; keep them.
source-refs-arrival = CIT, KetWell (llegada)
# AMG: a hospital group's name; keep it.
source-refs-amg = página del día del tratamiento de AMG Ketamine
# Spravato REMS: the name of a drug's safety programme; keep it.
source-refs-spravato = guía para pacientes de Spravato REMS
source-refs-discharge-sheet = la hoja de alta de una clínica de ketamina
source-refs-clinic-own = las propias instrucciones de la clínica
# Nervana Medical: a clinic's name; keep it and the guide numbers.
source-refs-nervana = hoja de alta de Nervana Medical; 001, 002

## The course of treatment (the Course screen).

# $from and $to: weeks after the last session of the first series.
course-booster-hint = Después de la primera serie, suelen seguir sesiones de refuerzo cada { $from } a { $to ->
        [one] { $to } semana
       *[other] { $to } semanas
    }, cuando vuelven los síntomas. Es lo típico; su clínica decide.

## The next reminder, as the tray and Settings show it.

# $when: when it comes, in words ("today 22:00", "tomorrow 07:00");
# $title: the reminder's title ("Go to bed in good time").
status-next-reminder = Próximo recordatorio: { $when } · { $title }
status-no-reminders = No hay próximos recordatorios

## The clinic's rules in words: the names of the form's fields, used when a
## field has a problem ("Food and drink, solid food, hours: must be between
## 0 and 24 hours"); a summary of every rule, to show what a change
## changes; the escort's rules for the driver. Steady's own plain-words
## names for the form's parts.

# A part of the rules, then a field inside it, then the field inside that:
# "Food and drink, solid food, hours". $field: the part so far; $part: the
# next field's name.
rules-field-inside = { $field }, { $part }
# A numbered entry of a list: "What to bring 3", "rule 1". $name: the
# list's or the entry's name (a rules-field-* message); $number: counted
# from 1.
rules-field-numbered = { $name } { $number }
rules-field-clinic = La clínica
rules-field-timeline = Horario
rules-field-food = Comida y bebida
rules-field-medicines = Medicamentos
rules-field-bring = Qué llevar
rules-field-escort = El acompañante
# The rules for after the session.
rules-field-after = Después
rules-field-red-flags = Cuándo llamar y a quién
rules-field-before-each-visit = Antes de cada visita
rules-field-notes = Notas
# One of the clinic's medicine rules, numbered: "rule 1".
rules-field-rule = regla
# The fields inside the parts, in lower case as they follow a comma. They
# name the fields of the clinic's rules ("arrive early minutes": how many
# minutes early to arrive).
rules-field-name = nombre
rules-field-phone = teléfono
rules-field-address = dirección
rules-field-arrive-early-minutes = minutos de antelación al llegar
rules-field-travel-minutes = minutos de viaje
rules-field-intake-minutes = minutos de preparación
rules-field-infusion-minutes = minutos de infusión
rules-field-observation-min-minutes = minutos mínimos de observación
rules-field-observation-max-minutes = minutos máximos de observación
rules-field-observation-without-escort-minutes = minutos de observación sin acompañante
rules-field-solid-food = comida sólida
# The clinic's own words for the solid-food cutoff.
rules-field-solid-food-words = palabras sobre la comida sólida
rules-field-clear-liquids = líquidos claros
# What the clinic counts as clear liquids.
rules-field-clear-liquids-are = qué son líquidos claros
# What the clinic says happens if the patient eats anyway.
rules-field-if-broken = si no se cumple
rules-field-keep-taking-usual = seguir con los habituales
rules-field-rules = reglas
# A medicine rule's "before the session" part.
rules-field-before = antes
rules-field-restart-hours-after = horas para volver a tomarlo
rules-field-note = nota
# Whether an escort is required.
rules-field-required = obligatorio
rules-field-min-age = edad mínima
# Whether the escort stays at the clinic during the session.
rules-field-presence = presencia
rules-field-rideshare = taxi o transporte por aplicación
rules-field-no-driving = no conducir
rules-field-no-alcohol-hours = horas sin alcohol
rules-field-no-sedatives-hours = horas sin sedantes
rules-field-no-decisions = sin decisiones
rules-field-someone-stays-hours = horas con compañía
rules-field-no-dependents-until-next-morning = sin cuidar a nadie hasta la mañana siguiente
# A red flag's situation ("a new rash").
rules-field-situation = situación
# Whom to call for a red flag.
rules-field-call = a quién llamar
rules-field-title = título
rules-field-when = cuándo
rules-field-text = texto
rules-field-checklist = lista
# How a moment is given: hours before, or a clock time.
rules-field-kind = tipo
rules-field-hours = horas
rules-field-days-before = días antes
rules-field-time = hora

## A moment before the session, short, in the summary of the rules.

rules-moment-none = sin regla
# $hours: hours before the session; "h" is short for hours.
rules-moment-hours-before = { $hours } h antes
# $minutes: minutes before the session; "min" is short for minutes.
rules-moment-minutes-before = { $minutes } min antes
# $time: a clock time, "00:00", on the session day.
rules-moment-same-day = desde las { $time } el mismo día
# $time: a clock time, "18:00", the day before the session.
rules-moment-day-before = desde las { $time } el día anterior
# $time: a clock time, "09:00", $days days before the session (2 or more).
rules-moment-days-before = { $days ->
        [one] desde las { $time }, { $days } día antes
       *[other] desde las { $time }, { $days } días antes
    }

## A medicine rule, short: "last dose 6 h before; restart 6 h after".

rules-medicine-skip-morning = ninguna dosis la mañana de la sesión
rules-medicine-night-before = última dosis la noche anterior
rules-medicine-hours-before = última dosis { $hours } h antes
rules-medicine-fewer = menos dosis ese día
rules-medicine-take = tomarlo ese día
rules-medicine-ask = { $days ->
        [one] preguntar al médico que le receta { $days } día antes
       *[other] preguntar al médico que le receta { $days } días antes
    }
rules-medicine-restart = volver a tomar { $hours } h después
# $before: one of rules-medicine-* before the session; $restart:
# rules-medicine-restart.
rules-medicine-before-and-restart = { $before }; { $restart }

## The summary of the rules: each rule's name, then its value. A value
## nobody set shows as "—".

rules-summary-clinic = Clínica
rules-summary-clinic-phone = Teléfono de la clínica
rules-summary-clinic-address = Dirección de la clínica
rules-summary-arrive-early = Llegar antes
rules-summary-travel-time = Tiempo de viaje
# Vitals, monitors, IV line before the infusion.
rules-summary-intake = Preparación
rules-summary-infusion = Infusión
# Supervised recovery at the clinic before the patient may leave.
rules-summary-observation = Observación
rules-summary-observation-without-escort = Observación sin acompañante
# The observation's shortest and longest time: "60-180 min".
rules-summary-minutes-range = { $from }-{ $to } min
rules-summary-no-solid-food = Nada de comida sólida
# The clinic's own words for the solid-food cutoff.
rules-summary-solid-food-words = Con las palabras de la clínica
rules-summary-clear-liquids-until = Líquidos claros hasta
rules-summary-clear-liquids-are = Qué cuenta como claro
rules-summary-if-broken = Si no se cumple el ayuno
rules-summary-usual-medicines = Medicamentos habituales
rules-summary-keep-taking-them = seguir tomándolos
# $name: a medicine as the clinic wrote it.
rules-summary-medicine = Medicamento: { $name }
rules-summary-bring = Qué llevar
rules-summary-escort = Acompañante
rules-summary-escort-required = un adulto le lleva a casa
rules-summary-escort-not-required = no es obligatorio
rules-summary-escort-min-age = Edad mínima del acompañante
rules-summary-escort-presence = Acompañante durante la sesión
rules-summary-rideshare = Taxi o transporte por aplicación
# SAFETY
rules-summary-no-driving = Nada de conducir
rules-summary-rest-of-day = el resto del día
rules-summary-until-next-morning = hasta la mañana siguiente
rules-summary-no-alcohol = Nada de alcohol ni cannabis
rules-summary-no-sedatives = Nada de opioides ni benzodiacepinas
rules-summary-no-decisions = Nada de decisiones importantes
rules-summary-until-effects-wear-off = hasta que pasen los efectos
rules-summary-someone-stays = Alguien se queda con usted
rules-summary-no-dependents = Sin cuidar a personas a su cargo
# SAFETY: $situation: a red flag in the clinic's words ("a new rash").
rules-summary-red-flag = Señal de alarma: { $situation }
# $title: a task the clinic sets before each visit, in its words.
rules-summary-visit-task = Antes de cada visita: { $title }
rules-summary-clinic-note = Nota de la clínica

## The escort's rules, said to the driver (the ride card, the driver's
## message): one sentence each. "the patient" is the person the driver
## takes home.

# SAFETY: $age: the clinic's minimum age for the driver, in years.
rules-escort-min-age = El conductor debe tener { $age } años o más.
# SAFETY
rules-escort-adult = El conductor debe ser una persona adulta.
rules-escort-stays-on-site = La clínica pide al conductor que se quede en la clínica durante la sesión.
rules-escort-comes-to-door = El conductor entra en la clínica a buscar al paciente; el personal se lo entrega en la puerta.
# The pickup window: the time span in which the clinic releases the patient.
rules-escort-may-leave = El conductor puede irse durante la sesión y volver dentro del horario de recogida.
# SAFETY
rules-escort-no-rideshare = Nada de taxi ni transporte por aplicación: el paciente vuelve a casa en el coche del conductor.
# SAFETY
rules-escort-rideshare-with-driver = Un taxi o transporte por aplicación solo vale si el conductor va también.
rules-escort-rideshare-allowed = Se permite volver en taxi o en transporte por aplicación.
# SAFETY: $hours: how long someone stays with the patient.
rules-escort-someone-stays = { $hours ->
        [one] Alguien se queda con el paciente durante { $hours } hora después de la sesión.
       *[other] Alguien se queda con el paciente durante { $hours } horas después de la sesión.
    }

## Short values in the summary of the rules: the escort during the session,
## a taxi or rideshare, whom to call.

rules-presence-stays-on-site = se queda en la clínica
rules-presence-comes-to-door = viene a la puerta
rules-presence-may-leave = puede irse y volver
rules-rideshare-not-allowed = no permitido
rules-rideshare-only-with-escort = solo con el acompañante
rules-rideshare-allowed = permitido
# SAFETY: whom to call for a red flag.
rules-call-emergency = llame al número de emergencias
# SAFETY: whom to call for a red flag.
rules-call-clinic = llame a la clínica
# SAFETY: whom to call for a red flag: the patient's own doctor.
rules-call-primary-care = avise a su médico de cabecera

## The clinic's rules as a whole.

# The name of the rules a session follows when the clinic's rules give no
# clinic name: on the session's page, "Following Your clinic's instructions".
# Spanish: lower case, as it follows "Según" (session-page-following).
rules-name-your-clinic = las instrucciones de su clínica
# The first line of a clinic's instructions file Steady writes (Settings, or
# `steady protocol export`), written after "# " in the file. The path
# protocol/README.md names a file: keep it as it is.
rules-file-header = Instrucciones de una clínica para Steady. Formato: protocol/README.md en el repositorio de Steady.
