### O plano: os itens da lista que o Steady escreve para uma sessão (títulos,
### detalhes e os títulos que os lembretes ganham na hora de dormir), de onde
### vêm as palavras de cuidado de cada item, as regras da clínica em
### palavras, e as palavras das telas Tratamento e de status.
###
### O título de um item diz o que fazer em poucas palavras; o detalhe diz o
### porquê e até quando. O horário do item aparece ao lado dele, por isso
### nenhuma mensagem cita uma hora. O paciente lê isto na véspera e no dia
### da sessão, às vezes grogue: frases simples e curtas.
###
### Argumentos em { $chaves } com as palavras da clínica ou do paciente (o
### nome de um remédio, uma observação, o nome do motorista) aparecem como
### foram digitados: nunca traduzidos, nunca entre aspas diferentes.
###
### Onde uma mensagem escolhe por $hours, $days ou $minutes, cada variante diz
### a frase inteira ("1 hora antes", "6 horas antes"). Em português do Brasil
### a forma "one" vale para 0 e 1.

## Os dias antes da sessão.

# The detail of a task the clinic sets before each visit (its title is the
# clinic's own words), when the clinic gave no note of its own.
plan-visit-task-detail = A sua clínica pede isto antes de cada consulta.
plan-keep-calm-title = Tenha um dia tranquilo
plan-keep-calm-detail = Evite estresse e as discussões que você puder evitar.
# Shown when no medicine rule is set: only the prescriber says which
# medicines to pause.
plan-check-medicines-title = Confira quais remédios pausar
plan-check-medicines-detail = Alguns remédios precisam de uma pausa ou de uma mudança de horário antes de uma sessão, e suplementos também contam. Só o seu médico prescritor decide: se ele indicou algum, adicione-o a esta sessão com as horas que ele deu.
# The title of an item whose detail is a sentence of the clinic's own,
# kept as the clinic wrote it.
plan-clinic-note-title = Da sua clínica
# SAFETY: an adult has to take the patient home.
plan-confirm-driver-title = Confirme quem vai levar você para casa
# SAFETY: no driver named yet.
plan-confirm-driver-detail = Um adulto precisa levar você para casa depois da sessão. Peça a alguém e confira se a pessoa sabe quando e onde.
# SAFETY: $name: the driver the patient named ("Sam").
plan-confirm-driver-detail-named = Confira se { $name } sabe quando e onde buscar você. Um adulto precisa levar você para casa.
# The things to bring are listed inside the item, in the clinic's words.
plan-pack-bag-title = Arrume a sua bolsa
plan-pack-bag-detail = O que a sua clínica pede para levar ou vestir.
plan-sleep-title = Vá dormir cedo
plan-sleep-detail = Durma bem na noite antes da sua sessão.

## O jejum antes da sessão.

plan-stop-food-title = Pare de comer
# When to stop eating. $moment says how the cutoff is given:
#   "hours": $hours before the session starts;
#   "clinic": in the clinic's own words, $words, quoted as they wrote them
#     ("after midnight");
#   "same-day": a clock time on the session day (shown beside the item);
#   "day-before": a clock time on an earlier day (shown beside the item).
plan-stop-food-detail = Nada de comida sólida a partir deste horário, { $moment ->
        [clinic] como a sua clínica pede: “{ $words }”
        [same-day] no dia da sua sessão, a partir do horário indicado
        [day-before] na véspera, a partir do horário indicado
       *[hours] { $hours ->
            [one] { $hours } hora antes da sua sessão
           *[other] { $hours } horas antes da sua sessão
        }
    }. O horário da sua clínica é o que vale.
# As plan-stop-food-detail, when the clinic said what happens if the patient
# eats anyway. $if_broken: the clinic's own words, e.g. "call us: the session
# may have to be moved".
plan-stop-food-detail-if-broken = Nada de comida sólida a partir deste horário, { $moment ->
        [clinic] como a sua clínica pede: “{ $words }”
        [same-day] no dia da sua sessão, a partir do horário indicado
        [day-before] na véspera, a partir do horário indicado
       *[hours] { $hours ->
            [one] { $hours } hora antes da sua sessão
           *[other] { $hours } horas antes da sua sessão
        }
    }. Se você comer: { $if_broken }. O horário da sua clínica é o que vale.
# As plan-stop-food-detail, for a cutoff the clinic gives in minutes.
# $minutes: minutes before the session.
plan-stop-food-detail-minutes = Nada de comida sólida a partir deste horário, { $minutes ->
        [one] { $minutes } minuto antes da sua sessão
       *[other] { $minutes } minutos antes da sua sessão
    }. O horário da sua clínica é o que vale.
# As plan-stop-food-detail-if-broken, for a cutoff in minutes.
plan-stop-food-detail-if-broken-minutes = Nada de comida sólida a partir deste horário, { $minutes ->
        [one] { $minutes } minuto antes da sua sessão
       *[other] { $minutes } minutos antes da sua sessão
    }. Se você comer: { $if_broken }. O horário da sua clínica é o que vale.
# The reminder's title when the cutoff falls in the night and the reminder
# comes at bedtime instead.
plan-stop-food-bedtime-title = Faça o último lanche antes de dormir
plan-stop-drinks-title = Hora dos últimos líquidos claros
# Until when clear liquids are fine. $moment: "hours" ($hours before the
# session), "same-day" or "day-before" (a clock time shown beside the item).
plan-stop-drinks-detail = Líquidos claros, como água, podem ser tomados até este horário, { $moment ->
        [same-day] no dia da sua sessão, a partir do horário indicado
        [day-before] na véspera, a partir do horário indicado
       *[hours] { $hours ->
            [one] { $hours } hora antes da sua sessão
           *[other] { $hours } horas antes da sua sessão
        }
    }; depois disso, nada, a não ser que a sua clínica tenha dito outra coisa.
# As plan-stop-drinks-detail, when the clinic said what counts as clear.
# $clear: the clinic's own words ("water, apple juice, black coffee").
plan-stop-drinks-detail-named = Líquidos claros ({ $clear }) podem ser tomados até este horário, { $moment ->
        [same-day] no dia da sua sessão, a partir do horário indicado
        [day-before] na véspera, a partir do horário indicado
       *[hours] { $hours ->
            [one] { $hours } hora antes da sua sessão
           *[other] { $hours } horas antes da sua sessão
        }
    }; depois disso, nada, a não ser que a sua clínica tenha dito outra coisa.
# As plan-stop-drinks-detail, for a cutoff in minutes. $minutes: minutes
# before the session.
plan-stop-drinks-detail-minutes = Líquidos claros, como água, podem ser tomados até este horário, { $minutes ->
        [one] { $minutes } minuto antes da sua sessão
       *[other] { $minutes } minutos antes da sua sessão
    }; depois disso, nada, a não ser que a sua clínica tenha dito outra coisa.
# As plan-stop-drinks-detail-named, for a cutoff in minutes.
plan-stop-drinks-detail-named-minutes = Líquidos claros ({ $clear }) podem ser tomados até este horário, { $minutes ->
        [one] { $minutes } minuto antes da sua sessão
       *[other] { $minutes } minutos antes da sua sessão
    }; depois disso, nada, a não ser que a sua clínica tenha dito outra coisa.
# The reminder's title when the cutoff falls in the night and the reminder
# comes at bedtime instead.
plan-stop-drinks-bedtime-title = Últimos líquidos antes de dormir

## Remédios em volta da sessão. $name: um remédio ou uma classe de remédios
## como a clínica ou o médico prescritor escreveu ("Lamotrigina",
## "estimulantes (Ritalina)", "Seroquel (50 mg)").

plan-medicine-skip-title = Não tome { $name } hoje de manhã
plan-medicine-skip-detail = A sua clínica pede que você não tome { $name } na manhã da sua sessão.
plan-medicine-night-title = Última dose de { $name } hoje à noite
plan-medicine-night-detail = A sua clínica pede a última dose de { $name } na noite anterior, e nenhuma na manhã da sua sessão.
plan-medicine-last-title = Última dose de { $name }
# $hours: how long before the session the last dose comes.
plan-medicine-last-detail = Nada de { $name } { $hours ->
        [one] na { $hours } hora
       *[other] nas { $hours } horas
    } antes da sessão, conforme a orientação que você recebeu. Só o seu médico prescritor decide quais remédios pausar.
# The reminder's title when the last dose falls in the night and the
# reminder comes at bedtime instead.
plan-medicine-last-bedtime-title = Antes de dormir: última dose de { $name }
plan-medicine-fewer-title = Tome menos doses de { $name } hoje, se puder
plan-medicine-fewer-detail = A sua clínica pede que você tome menos doses de { $name } no dia da sua sessão, quando der.
plan-medicine-take-title = Tome { $name } hoje de manhã, como a clínica pediu
plan-medicine-take-detail = A sua clínica pede que você tome { $name } no dia da sua sessão, mesmo em jejum. Tome do jeito que a folha da clínica diz.
plan-medicine-ask-title = Pergunte ao seu médico prescritor sobre { $name }
# $days: how many days before the session this reminder comes.
plan-medicine-ask-detail = A sua clínica pede para conversar sobre { $name } antes da sessão: com { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } de antecedência, dá tempo de mudar o plano se for preciso.
plan-medicine-restart-title = Volte a tomar { $name }
# $hours: when to take it again after the session; 0 means right after it.
plan-medicine-restart-detail = { $hours ->
        [0] Logo depois da sessão, conforme a orientação que você recebeu.
        [one] { $hours } hora depois da sessão, conforme a orientação que você recebeu.
       *[other] { $hours } horas depois da sessão, conforme a orientação que você recebeu.
    }
# A sentence about a medicine, then the clinic's own note about it.
# $detail: one of the plan-medicine-*-detail sentences; $note: the clinic's
# words, kept as written.
plan-medicine-with-note = { $detail } { $note }
# A medicine the patient added, with the dose the prescriber gave:
# "Seroquel (50 mg)". $name and $dose: as the patient typed them.
plan-medicine-with-dose = { $name } ({ $dose })
plan-usual-medicines-title = Tome os seus remédios de sempre
plan-usual-medicines-detail = A sua clínica pede que você continue tomando os seus remédios de sempre, a não ser que tenha recebido outra orientação.
# Some medicines have their own items on this checklist.
plan-usual-medicines-detail-except-listed = A sua clínica pede que você continue tomando os seus remédios de sempre, menos os que estão nesta lista.

## Chegar lá.

plan-leave-home-title = Saia de casa
plan-leave-home-detail = O seu tempo de trajeto até a clínica, para chegar a tempo.
plan-arrive-title = Chegue à clínica
# $minutes: how long before the session's start the clinic wants the
# patient there. "check-in" here is the clinic's front desk, where the
# patient registers on arrival (glossary: not Steady's daily check-in).
# In Portuguese: "recepção", never "registro" (the glossary's word for
# Steady's own check-in).
plan-arrive-detail = { $minutes ->
        [one] { $minutes } minuto antes de a sua sessão começar, para passar na recepção.
       *[other] { $minutes } minutos antes de a sua sessão começar, para passar na recepção.
    }

## O dia da sessão e depois.

# SAFETY: the patient must not drive home.
plan-ride-home-title = Outra pessoa leva você para casa
# SAFETY: no driver named yet.
plan-ride-home-detail = Um adulto vem buscar você. Não volte dirigindo.
# SAFETY: $name: the driver the patient named.
plan-ride-home-detail-named = { $name } vem buscar você. Não volte dirigindo.
plan-what-to-expect-title = O que você pode sentir
plan-what-to-expect-detail = É comum ficar grogue ou com desorientação por várias horas, e também sentir cansaço. Você pode ficar sem firmeza ao ficar de pé: levante-se devagar.
# SAFETY: no driving and no machines after the session.
plan-no-driving-title = Não dirija nem opere máquinas
# SAFETY: how long the patient must not drive. $rule: "hours" (for $hours
# hours), "rest-of-day" (until midnight), "next-morning" (until they wake
# up after a night's sleep).
plan-no-driving-detail = { $rule ->
        [rest-of-day] Nada de dirigir pelo resto do dia da sua sessão.
        [next-morning] Nada de dirigir até a manhã seguinte à sua sessão, depois de uma noite de sono.
       *[hours] { $hours ->
            [one] Nada de dirigir por { $hours } hora depois da sua sessão.
           *[other] Nada de dirigir por { $hours } horas depois da sua sessão.
        }
    } A sua clínica pode definir outro prazo; o dela é o que vale.
plan-no-decisions-title = Nenhuma decisão importante hoje
plan-no-decisions-detail = Deixe as grandes decisões para quando os efeitos tiverem passado.
# When the clinic set a time for it (legal papers, contracts, big choices).
plan-no-legal-decisions-title = Nenhuma decisão legal ou importante
plan-no-legal-decisions-detail-hours = Durante { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } depois da sua sessão, como a sua clínica pede.
plan-no-legal-decisions-detail-next-morning = Até a manhã seguinte, como a sua clínica pede.
# SAFETY: no alcohol or cannabis after the session.
plan-no-alcohol-title = Sem álcool nem maconha
# SAFETY: $hours: how long after the session.
plan-no-alcohol-detail = Durante { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } depois da sua sessão. A sua clínica pode definir outro prazo; o dela é o que vale.
# SAFETY: opioids and benzodiazepines (sleeping pills, some painkillers)
# after the session.
plan-no-sedatives-title = Sem opioides nem benzodiazepínicos
# SAFETY: $hours: how long after the session, as the clinic set it.
plan-no-sedatives-detail = Durante { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } depois da sua sessão, conforme as regras da sua clínica. Pergunte à clínica sobre qualquer remédio que você tome.
# SAFETY: someone stays with the patient after the session.
plan-someone-stays-title = Alguém fica com você
# SAFETY: $hours: how long the clinic asks someone to stay.
plan-someone-stays-detail = A sua clínica pede que alguém fique com você por { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } depois da sessão.
# SAFETY: children or anyone the patient cares for.
plan-no-dependents-title = Outra pessoa cuida de quem depende de você
# SAFETY
plan-no-dependents-detail = Crianças, ou qualquer pessoa sob os seus cuidados: outra pessoa cuida delas até a manhã seguinte, como a sua clínica pede.
plan-rest-fluids-title = Descanse e beba líquidos
plan-rest-fluids-detail = Pegue leve pelo resto do dia e beba bastante líquido.
# SAFETY: the item at the end of the no-driving time.
plan-drive-again-title = Fim do período sem dirigir
# SAFETY: when the patient may drive again, if they feel fully alert.
# $rule: "hours" ($hours after the session), "rest-of-day" (the next day),
# "next-morning" (after a night's sleep).
plan-drive-again-detail = { $rule ->
        [rest-of-day] No dia seguinte à sua sessão.
        [next-morning] Na manhã seguinte à sua sessão, depois de uma noite de sono.
       *[hours] { $hours ->
            [one] { $hours } hora depois da sua sessão.
           *[other] { $hours } horas depois da sua sessão.
        }
    } Só dirija quando se sentir totalmente alerta, e só se a sua clínica concordar.

## De onde vêm as palavras de cuidado de um item: uma seção das informações
## de cuidado do Steady (a sua coleção de guias públicos para pacientes) e
## os guias que ela cita, por número ("001") ou por nome. Os números ficam
## como estão.

# "Depois da sessão · 001, 003". $section: one of the source-section-*
# messages; $refs: guide numbers or one of the source-refs-* messages.
source-label = { $section } · { $refs }
source-section-timeline = O dia da sessão (linha do tempo)
source-section-real-clinics = O que clínicas reais pedem
source-section-other-sources = De outras fontes públicas
source-section-day-before = A véspera
source-section-after-session = Depois da sessão
source-section-side-effects = Efeitos colaterais
source-section-red-flags = Sinais de alerta depois de uma infusão: quem chamar
source-section-course = O andamento do tratamento
# CIT and KetWell are two clinics' names; keep them.
source-refs-arrival = CIT, KetWell (chegada)
# AMG: a hospital group's name; keep it.
source-refs-amg = página do dia do tratamento da AMG Ketamine
# Spravato REMS: the name of a drug's safety programme; keep it.
source-refs-spravato = orientações ao paciente do Spravato REMS
source-refs-discharge-sheet = a folha de alta de uma clínica de cetamina
source-refs-clinic-own = as instruções da própria clínica
# Nervana Medical: a clinic's name; keep it and the guide numbers.
source-refs-nervana = folha de alta da Nervana Medical; 001, 002

## O andamento do tratamento (a tela Tratamento).

# $from and $to: weeks after the last session of the first series.
course-booster-hint = Depois da primeira série, é comum fazer sessões de reforço a cada { $from } a { $to ->
        [one] { $to } semana
       *[other] { $to } semanas
    }, quando os sintomas voltam. Isto é típico; quem decide é a sua clínica.

## O próximo lembrete, como a bandeja e as Configurações mostram.

# $when: when it comes, in words ("hoje às 22:00", "amanhã às 07:00");
# $title: the reminder's title ("Vá dormir cedo").
status-next-reminder = Próximo lembrete: { $when } · { $title }
status-no-reminders = Nenhum lembrete por vir

## As regras da clínica em palavras: os nomes dos campos do formulário,
## usados quando um campo tem um problema ("Comida e bebida, comida sólida,
## horas: precisa estar entre 0 e 24 horas"); um resumo de cada regra, para
## mostrar o que uma mudança muda; as regras do acompanhante para o
## motorista. Os nomes simples do próprio Steady para as partes do formulário.

# A part of the rules, then a field inside it, then the field inside that:
# "Comida e bebida, comida sólida, horas". $field: the part so far; $part: the
# next field's name.
rules-field-inside = { $field }, { $part }
# A numbered entry of a list: "O que levar 3", "regra 1". $name: the
# list's or the entry's name (a rules-field-* message); $number: counted
# from 1.
rules-field-numbered = { $name } { $number }
rules-field-clinic = A clínica
rules-field-timeline = Linha do tempo
rules-field-food = Comida e bebida
rules-field-medicines = Remédios
rules-field-bring = O que levar
rules-field-escort = O acompanhante
# The rules for after the session.
rules-field-after = Depois
rules-field-red-flags = Quem chamar, e quando
rules-field-before-each-visit = Antes de cada consulta
rules-field-notes = Observações
# One of the clinic's medicine rules, numbered: "regra 1".
rules-field-rule = regra
# The fields inside the parts, in lower case as they follow a comma. They
# name the fields of the clinic's rules ("arrive early minutes": how many
# minutes early to arrive).
rules-field-name = nome
rules-field-phone = telefone
rules-field-address = endereço
rules-field-arrive-early-minutes = minutos de antecedência na chegada
rules-field-travel-minutes = minutos de trajeto
rules-field-intake-minutes = minutos de preparação
rules-field-infusion-minutes = minutos de infusão
rules-field-observation-min-minutes = minutos mínimos de observação
rules-field-observation-max-minutes = minutos máximos de observação
rules-field-observation-without-escort-minutes = minutos de observação sem acompanhante
rules-field-solid-food = comida sólida
# The clinic's own words for the solid-food cutoff.
rules-field-solid-food-words = palavras sobre comida sólida
rules-field-clear-liquids = líquidos claros
# What the clinic counts as clear liquids.
rules-field-clear-liquids-are = o que são líquidos claros
# What the clinic says happens if the patient eats anyway.
rules-field-if-broken = se o jejum for quebrado
rules-field-keep-taking-usual = continuar os remédios de sempre
rules-field-rules = regras
# A medicine rule's "before the session" part.
rules-field-before = antes
rules-field-restart-hours-after = horas para voltar a tomar depois
rules-field-note = observação
# Whether an escort is required.
rules-field-required = obrigatório
rules-field-min-age = idade mínima
# Whether the escort stays at the clinic during the session.
rules-field-presence = presença
rules-field-rideshare = táxi ou carro de aplicativo
rules-field-no-driving = sem dirigir
rules-field-no-alcohol-hours = horas sem álcool
rules-field-no-sedatives-hours = horas sem sedativos
rules-field-no-decisions = sem decisões
rules-field-someone-stays-hours = horas com alguém junto
rules-field-no-dependents-until-next-morning = sem cuidar de dependentes até a manhã seguinte
# A red flag's situation ("manchas novas na pele").
rules-field-situation = situação
# Whom to call for a red flag.
rules-field-call = quem chamar
rules-field-title = título
rules-field-when = quando
rules-field-text = texto
rules-field-checklist = lista
# How a moment is given: hours before, or a clock time.
rules-field-kind = tipo
rules-field-hours = horas
rules-field-days-before = dias antes
rules-field-time = horário

## Um momento antes da sessão, curto, no resumo das regras.

rules-moment-none = sem regra
# $hours: hours before the session; "h" is short for hours.
rules-moment-hours-before = { $hours } h antes
# $minutes: minutes before the session; "min" is short for minutes.
rules-moment-minutes-before = { $minutes } min antes
# $time: a clock time, "00:00", on the session day.
rules-moment-same-day = a partir das { $time } no dia
# $time: a clock time, "18:00", the day before the session.
rules-moment-day-before = a partir das { $time } na véspera
# $time: a clock time, "09:00", $days days before the session (2 or more).
rules-moment-days-before = { $days ->
        [one] a partir das { $time }, { $days } dia antes
       *[other] a partir das { $time }, { $days } dias antes
    }

## Uma regra de remédio, curta: "última dose 6 h antes; voltar a tomar 6 h depois".

rules-medicine-skip-morning = não tomar na manhã da sessão
rules-medicine-night-before = última dose na noite anterior
rules-medicine-hours-before = última dose { $hours } h antes
rules-medicine-fewer = menos doses no dia
rules-medicine-take = tomar no dia
rules-medicine-ask = { $days ->
        [one] perguntar ao médico prescritor { $days } dia antes
       *[other] perguntar ao médico prescritor { $days } dias antes
    }
rules-medicine-restart = voltar a tomar { $hours } h depois
# $before: one of rules-medicine-* before the session; $restart:
# rules-medicine-restart.
rules-medicine-before-and-restart = { $before }; { $restart }

## O resumo das regras: o nome de cada regra, depois o valor. Um valor que
## ninguém definiu aparece como "—".

rules-summary-clinic = Clínica
rules-summary-clinic-phone = Telefone da clínica
rules-summary-clinic-address = Endereço da clínica
rules-summary-arrive-early = Chegar antes
rules-summary-travel-time = Tempo de trajeto
# Vitals, monitors, IV line before the infusion.
rules-summary-intake = Preparação
rules-summary-infusion = Infusão
# Supervised recovery at the clinic before the patient may leave.
rules-summary-observation = Observação
rules-summary-observation-without-escort = Observação sem acompanhante
# The observation's shortest and longest time: "60-180 min".
rules-summary-minutes-range = { $from }-{ $to } min
rules-summary-no-solid-food = Sem comida sólida
# The clinic's own words for the solid-food cutoff.
rules-summary-solid-food-words = Nas palavras da clínica
rules-summary-clear-liquids-until = Líquidos claros até
rules-summary-clear-liquids-are = O que conta como líquido claro
rules-summary-if-broken = Se o jejum for quebrado
rules-summary-usual-medicines = Remédios de sempre
rules-summary-keep-taking-them = continuar tomando
# $name: a medicine as the clinic wrote it.
rules-summary-medicine = Remédio: { $name }
rules-summary-bring = O que levar
rules-summary-escort = Acompanhante
rules-summary-escort-required = um adulto leva você para casa
rules-summary-escort-not-required = não é obrigatório
rules-summary-escort-min-age = Idade mínima do acompanhante
rules-summary-escort-presence = Acompanhante durante a sessão
rules-summary-rideshare = Táxi ou carro de aplicativo
# SAFETY
rules-summary-no-driving = Sem dirigir
rules-summary-rest-of-day = o resto do dia
rules-summary-until-next-morning = até a manhã seguinte
rules-summary-no-alcohol = Sem álcool nem maconha
rules-summary-no-sedatives = Sem opioides nem benzodiazepínicos
rules-summary-no-decisions = Nenhuma decisão importante
rules-summary-until-effects-wear-off = até os efeitos passarem
rules-summary-someone-stays = Alguém fica com você
rules-summary-no-dependents = Sem cuidar de dependentes
# SAFETY: $situation: a red flag in the clinic's words ("manchas novas na pele").
rules-summary-red-flag = Sinal de alerta: { $situation }
# $title: a task the clinic sets before each visit, in its words.
rules-summary-visit-task = Antes de cada consulta: { $title }
rules-summary-clinic-note = Observação da clínica

## As regras do acompanhante, ditas ao motorista (o cartão da volta para
## casa, a mensagem ao motorista): uma frase cada. "o paciente" é a pessoa
## que o motorista leva para casa.

# SAFETY: $age: the clinic's minimum age for the driver, in years.
rules-escort-min-age = O motorista precisa ter { $age } anos ou mais.
# SAFETY
rules-escort-adult = O motorista precisa ser adulto.
rules-escort-stays-on-site = A clínica pede que o motorista fique na clínica durante a sessão.
rules-escort-comes-to-door = O motorista entra na clínica para buscar o paciente; a equipe entrega o paciente na porta.
# The pickup window: the time span in which the clinic releases the patient.
rules-escort-may-leave = O motorista pode sair durante a sessão e voltar no horário de buscar.
# SAFETY
rules-escort-no-rideshare = Nada de táxi ou carro de aplicativo: o paciente volta para casa no carro do motorista.
# SAFETY
rules-escort-rideshare-with-driver = Táxi ou carro de aplicativo só com o motorista junto.
rules-escort-rideshare-allowed = Táxi ou carro de aplicativo é permitido.
# SAFETY: $hours: how long someone stays with the patient.
rules-escort-someone-stays = { $hours ->
        [one] Alguém fica com o paciente por { $hours } hora depois da sessão.
       *[other] Alguém fica com o paciente por { $hours } horas depois da sessão.
    }

## Valores curtos no resumo das regras: o acompanhante durante a sessão,
## um táxi ou carro de aplicativo, quem chamar.

rules-presence-stays-on-site = fica na clínica
rules-presence-comes-to-door = vem até a porta
rules-presence-may-leave = pode sair e voltar
rules-rideshare-not-allowed = não é permitido
rules-rideshare-only-with-escort = só com o acompanhante
rules-rideshare-allowed = permitido
# SAFETY: whom to call for a red flag.
rules-call-emergency = ligue para o número de emergência
# SAFETY: whom to call for a red flag.
rules-call-clinic = ligue para a clínica
# SAFETY: whom to call for a red flag: the patient's own doctor.
rules-call-primary-care = avise o seu clínico geral

## As regras da clínica como um todo.

# The name of the rules a session follows when the clinic's rules give no
# clinic name: on the session's page, "Following Your clinic's instructions"
# (session-page-following, "Seguindo { $protocol }"), its only place: so
# here with the article, in lower case.
rules-name-your-clinic = as instruções da sua clínica
# The first line of a clinic's instructions file Steady writes (Settings, or
# `steady protocol export`), written after "# " in the file. The path
# protocol/README.md names a file: keep it as it is.
rules-file-header = Instruções de uma clínica para o Steady. Formato: protocol/README.md no repositório do Steady.
