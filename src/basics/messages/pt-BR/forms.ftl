### Os formulários da janela: Configurações, as instruções da sua clínica,
### o leitor da folha de instruções e a tela Volta para casa
### (ui/src/lib/Settings.svelte, ClinicInstructions.svelte, SheetReader.svelte,
### Ride.svelte).
###
### Rótulos de campos são curtos: a janela pode ser estreita. Um rótulo que
### termina em "…" é completado pela escolha embaixo dele ("Durante a
### sessão, o acompanhante…" + "fica na clínica"); traduza os dois para que
### se leiam como uma frase só.
###
### Nomes, telefones, caminhos de arquivo e as palavras da própria clínica
### chegam como argumentos e aparecem como estão.

## Usadas por vários formulários.

# $path: where a file was saved, "/home/ana/Downloads/steady-ride-card.pdf".
forms-saved-file = Arquivo salvo: { $path }
# The two checklists a clinic's note can go on: the day before the session, the day of the session.
# Said as "when" ("na véspera", "no dia da sessão"), after "Quando" or "Em qual lista".
forms-checklist-day-before = na véspera
forms-checklist-session-day = no dia da sessão

## Configurações.

settings-title = Configurações
settings-reminders-heading = Lembretes
settings-notifications-on = As notificações da área de trabalho estão ativadas. O Steady lembra você mesmo com a janela fechada, desde que continue rodando na bandeja do sistema.
settings-notifications-off = As notificações da área de trabalho estão desativadas: nenhum serviço de notificações respondeu. Os lembretes aparecem na janela do Steady.
# Opens the system's own words about why notifications are off.
settings-notifications-details = Detalhes
# $next: Steady's sentence about the next reminder, "Próximo lembrete: hoje às 18:00 · Pare de comer".
settings-reminders-next = { $next }.
settings-notifications-test-button = Enviar uma notificação de teste
settings-notifications-test-sent = Enviada. Se nenhuma notificação apareceu, confira as configurações de notificação do seu sistema.
settings-reminders-resume = Retomar os lembretes
# $duration: "1 hora", in words (the message "hours").
settings-reminders-pause = Pausar os lembretes por { $duration }
# Followed by a list of choices: settings-stale-choice.
settings-stale-label = Quando um lembrete está muito atrasado
# A choice under "When a reminder is very late". $duration: "6 horas", in
# words (the message "hours"): 3, 6, 12 or 24 hours.
settings-stale-choice = marcar como perdido depois de { $duration }, em vez de aparecer na tela
settings-stale-hint = Por exemplo, depois que o notebook ficou em repouso ou o Steady ficou fechado.
settings-clinic-heading = Instruções da sua clínica
settings-clinic-intro = Horários de jejum, remédios, quando chegar, o que levar, o acompanhante, o que não fazer depois: preencha com a folha de instruções da sua clínica, ou abra um arquivo enviado pela clínica.
settings-clinic-button = Instruções da sua clínica
settings-day-heading = O seu dia
# A small tag beside a setting the patient has not set: Steady chose the value.
settings-steadys-choice = Escolha do Steady
settings-day-intro = Nenhum lembrete aparece entre a sua hora de dormir e a hora em que você acorda: um lembrete que cai de madrugada vem na hora de dormir, com o horário dele. Estes horários são escolha do Steady até você definir os seus.
settings-day-wake = Acordo às
settings-day-morning = Lembretes da manhã
settings-day-evening = Lembretes da noite
settings-day-check-in = Registro da noite
settings-day-bedtime = Vou dormir às
settings-day-save = Salvar o meu dia
settings-day-saved = Salvo. O seu plano segue esses horários.
# SAFETY: where the crisis numbers set just above are shown.
settings-crisis-where = Aparecem quando você diz que algo parece muito errado: na tela Recuperação, no cartão da volta para casa e no resumo dos registros.
settings-after-heading = Depois de uma sessão
settings-groggy = Mostrar a tela simples, com letras grandes, nas primeiras horas depois de uma sessão
# $checkin is "set" (then $time is the evening check-in time, "20:00") or
# "none" (no time known yet).
settings-check-in-reminders = { $checkin ->
    [none] Lembrar-me do registro diário no horário do registro, e do PHQ-9, por 4 semanas depois de cada sessão
   *[set] Lembrar-me do registro diário às { $time }, e do PHQ-9, por 4 semanas depois de cada sessão
}
# Finished by one of the choices settings-phq-every-*: "Pedir o PHQ-9 a cada" + "semana".
settings-phq-every = Pedir o PHQ-9 a cada
settings-phq-every-14 = 2 semanas (o questionário pergunta sobre as últimas 2 semanas)
settings-phq-every-7 = semana
settings-phq-every-28 = 4 semanas
# SAFETY: how long the crisis numbers stay on screen after a check-in
# answered "yes" to thoughts of self-harm. Finished by one of the choices
# settings-crisis-hours-*: "... manter à vista quem chamar por" + "um dia".
settings-crisis-hours = Depois de um “sim” sobre pensamentos de se machucar, manter à vista quem chamar por
settings-crisis-hours-24 = um dia
settings-crisis-hours-48 = dois dias
settings-crisis-hours-72 = três dias
settings-crisis-hours-168 = uma semana
settings-start-heading = Inicialização
settings-start-at-login = Abrir o Steady quando eu fizer login, para os lembretes chegarem sem eu precisar abrir o app
settings-move-heading = Mudar para outro computador
settings-move-intro = Salve todos os seus dados num arquivo e depois importe esse arquivo no Steady do computador novo. Importar substitui os dados que estão lá; antes disso, o Steady faz um backup deles.
settings-move-export = Salvar todos os meus dados (.json)
settings-move-import = Importar dados de um arquivo…
# $path: the backup of the data that was replaced.
settings-move-imported = Importado. Os dados que estavam aqui têm um backup em { $path }
settings-about-heading = Sobre
# $version: "0.4.1"; $folder: the data folder's path, shown as code.
settings-about-version = Steady { $version }. Os seus dados ficam neste computador, em { $folder }.
settings-about-open-folder = Abrir a pasta de dados
settings-about-disclaimer = O Steady mostra valores típicos de guias públicos para pacientes. As instruções da sua clínica sempre vêm primeiro. O Steady não é orientação médica.

## Instruções da sua clínica: a folha de instruções da clínica, parte por parte.

clinic-form-eyebrow = Instruções da sua clínica
clinic-form-title = Transforme a folha de instruções da sua clínica no seu plano
# $tag: the small "typical" tag (clinic-form-typical), shown as a tag.
clinic-form-lead = Cada campo começa com um valor típico, marcado { $tag }. Mude o que a sua clínica diz; a lista ao lado do formulário mostra o resultado. Nada é salvo até você escolher “Salvar”.
# A small tag beside a value still at Steady's typical value, not the clinic's.
clinic-form-typical = típico
clinic-form-open-file = Abrir um arquivo da sua clínica…
clinic-form-save-file = Salvar estas instruções como arquivo
clinic-form-reset = Recomeçar com os valores típicos
clinic-form-file-problems = Esse arquivo não pode ser usado; nada foi alterado.
# $line: a line number in the file; $problem: what is wrong there, in Steady's words.
clinic-form-file-problem-line = Linha { $line }: { $problem }
# $name: the file's name; $size: its size in kilobytes.
clinic-form-file-too-big = { $name } tem { $size } KB; um arquivo de protocolo tem no máximo 64 KB.
clinic-form-file-filled = As instruções do arquivo estão no formulário abaixo. Confira e depois salve.
# $count: how many rules and notes from the pasted sheet were put in the form.
clinic-form-sheet-used = { $count ->
    [0] Nenhuma regra da sua folha foi para o formulário.
    [one] { $count } regra da sua folha está no formulário abaixo. Confira na prévia e depois salve.
   *[other] { $count } regras da sua folha estão no formulário abaixo. Confira na prévia e depois salve.
}
# $count: how many of the patient's planned sessions got these instructions.
clinic-form-saved = { $count ->
    [0] Salvo para as sessões que você planejar daqui em diante.
    [one] Salvo para { $count } sessão e para as sessões que você planejar daqui em diante.
   *[other] Salvo para { $count } sessões e para as sessões que você planejar daqui em diante.
}
clinic-form-undone = Desfeito. As suas sessões voltaram às instruções de antes.
clinic-form-number-empty = Um campo de número está vazio. Preencha todos os números, ou desmarque o que não se aplica.
clinic-form-clinic-legend = A clínica
clinic-form-clinic-name = Nome
clinic-form-clinic-phone = Telefone
clinic-form-clinic-address = Endereço
clinic-form-timeline-legend = Linha do tempo
clinic-form-arrive = Chegar quantos minutos antes
clinic-form-travel-check = Lembrar-me da hora de sair de casa
clinic-form-travel = O meu tempo de trajeto, em minutos
clinic-form-intake = Preparação, em minutos
clinic-form-infusion = Infusão, em minutos
# "min": minutes. How long the clinic watches the patient after the infusion, at least...
clinic-form-observation-min = Observação depois, no mínimo (min)
# ...and at most.
clinic-form-observation-max = …e no máximo (min)
clinic-form-observation-alone-check = A clínica mantém por mais tempo os pacientes sem acompanhante
clinic-form-observation-alone = Observação sem acompanhante, em minutos
clinic-form-food-legend = Comida e bebida
# The two fasting rules, each followed by the choices clinic-form-cutoff-*.
clinic-form-solid-title = Sem comida sólida
clinic-form-liquids-title = Líquidos claros permitidos até
clinic-form-cutoff-hours = Algumas horas antes da sessão
clinic-form-cutoff-minutes = Alguns minutos antes da sessão
clinic-form-cutoff-clock = Num horário fixo
clinic-form-cutoff-none = A minha clínica não tem essa regra
clinic-form-hours-before = Horas antes
clinic-form-minutes-before = Minutos antes
clinic-form-time = Horário
# Followed by a choice: a day (clinic-form-food-day-*) or a checklist (forms-checklist-*).
clinic-form-on = Quando
clinic-form-food-day-of = no dia da sessão
clinic-form-food-day-before = na véspera
# A button that fills in the common rule "nothing to eat after midnight"; keep the quotation marks.
clinic-form-after-midnight = “Nada depois da meia-noite”
# Put into the field "The clinic's own words about food" by the button above.
clinic-form-after-midnight-words = nada para comer depois da meia-noite
clinic-form-food-words = As palavras da clínica sobre comida
# A small grey word beside a field that may stay empty.
clinic-form-optional = opcional
clinic-form-clear-liquids = O que conta como líquido claro, nas palavras da clínica
# An example inside an empty field.
clinic-form-clear-liquids-example = água, café preto, suco claro sem polpa…
clinic-form-fast-broken = Se o jejum for quebrado
# An example inside an empty field: what a clinic does if the patient ate.
clinic-form-fast-broken-example = a sessão é cancelada
clinic-form-medicines-legend = Remédios
clinic-form-medicines-intro = Só o seu médico prescritor decide quais remédios pausar. Preencha o que a folha da sua clínica cita.
clinic-form-keep-usual = Continuar tomando os remédios de sempre, a não ser que digam o contrário
clinic-form-medicine = Remédio ou tipo de remédio
# An example inside an empty field; a brand name common in Brazil (English: Adderall).
clinic-form-medicine-example = estimulantes (Ritalina)
# Followed by the choices clinic-form-before-*: what the patient does with this medicine before a session.
clinic-form-medicine-before = Antes da sessão
clinic-form-before-skip-morning-of = Não tomar na manhã da sessão
clinic-form-before-night-before = Última dose na noite anterior
clinic-form-before-hours-before = Última dose algumas horas antes
clinic-form-before-fewer-on-the-day = Menos doses no dia
clinic-form-before-take-on-the-day = Tomar no dia, como de costume
clinic-form-before-ask-prescriber = Falar antes com o médico prescritor
clinic-form-before-none = Nada antes; só um horário para voltar a tomar
clinic-form-medicine-last-dose-hours = Última dose, horas antes
clinic-form-medicine-ask-days = Lembrar-me com quantos dias de antecedência
clinic-form-medicine-restart-check = Voltar a tomar depois da sessão
clinic-form-medicine-restart-hours = Horas depois
clinic-form-note = Observação
clinic-form-medicine-remove = Remover este remédio
clinic-form-medicine-add = Adicionar um remédio
clinic-form-bring-legend = O que levar e vestir
clinic-form-bring-intro = Vira um item “Arrume a sua bolsa” na noite anterior, com cada coisa para marcar.
# For screen readers: the field of the $number-th thing to bring (1, 2, 3...).
clinic-form-bring-thing = Coisa para levar { $number }
clinic-form-remove = Remover
# For screen readers, on the Remove button beside a thing to bring. $thing is
# "named" (then $name is what the patient typed, "reading glasses") or "none"
# (the field is still empty).
clinic-form-bring-remove = { $thing ->
    [none] Remover esta coisa
   *[named] Remover { $name }
}
clinic-form-bring-add = Adicionar uma coisa para levar
clinic-form-escort-legend = O acompanhante
clinic-form-escort-required = Um adulto precisa me levar para casa
clinic-form-escort-age-check = A clínica exige uma idade mínima
clinic-form-escort-age = Idade mínima
# Finished by one of the choices clinic-form-presence-*.
clinic-form-escort-presence = Durante a sessão, o acompanhante…
clinic-form-presence-unspecified = (a clínica não diz)
clinic-form-presence-stays = fica na clínica
clinic-form-presence-door = entra para me buscar na porta
clinic-form-presence-leave-return = pode sair e voltar
# Finished by one of the choices clinic-form-rideshare-*. Rideshare: "carro de aplicativo" (Uber, 99).
clinic-form-rideshare = Voltar para casa de táxi ou carro de aplicativo…
clinic-form-rideshare-unspecified = não é mencionado pela clínica
clinic-form-rideshare-not-allowed = não é permitido
clinic-form-rideshare-with-escort = só é permitido com o acompanhante junto
clinic-form-rideshare-allowed = é permitido
clinic-form-after-legend = Depois da sessão
# SAFETY: the no-driving rule; finished by one of the choices clinic-form-no-driving-*.
clinic-form-no-driving = Não dirigir nem operar máquinas
# SAFETY
clinic-form-no-driving-hours = por algumas horas
# SAFETY
clinic-form-no-driving-rest-of-day = pelo resto do dia
# SAFETY
clinic-form-no-driving-next-morning = até a manhã seguinte, depois de dormir
clinic-form-hours = Horas
# SAFETY: "0: no rule" means typing 0 sets no such rule.
clinic-form-no-alcohol = Sem álcool nem maconha, horas (0: sem regra)
# SAFETY: "0: no rule" means typing 0 sets no such rule.
clinic-form-no-sedatives = Sem sedativos nem opioides, horas (0: sem regra)
# Finished by one of the choices clinic-form-no-decisions-*.
clinic-form-no-decisions = Nenhuma decisão legal ou importante
clinic-form-no-decisions-wear-off = até os efeitos passarem
clinic-form-no-decisions-hours = por algumas horas
clinic-form-no-decisions-next-morning = até a manhã seguinte
clinic-form-someone-stays-check = Alguém fica comigo depois
clinic-form-someone-stays-hours = Por quantas horas
clinic-form-dependents = Outra pessoa cuida de crianças ou dependentes até a manhã seguinte
# SAFETY: the red flags: what to do when something goes wrong after a session.
clinic-form-red-flags-legend = Quem chamar, e quando
# SAFETY
clinic-form-red-flags-typical = O Steady mostra esta lista típica na tela Recuperação e no cartão da volta para casa (da folha de alta publicada por uma clínica). Se a sua clínica der uma lista própria, use a dela.
# SAFETY: one line of the typical list. $situation: what happens ("Chest
# pain or trouble breathing"); $action: what to do (clinic-form-typical-flag-call), in bold.
clinic-form-typical-flag = { $situation }: { $action }
# SAFETY: $call is "emergency", "clinic" or "primary_care".
clinic-form-typical-flag-call = { $call ->
    [emergency] ligue para o número de emergência
    [clinic] ligue para a clínica
   *[primary_care] avise o seu clínico geral
}
clinic-form-red-flags-own = Usar a lista da minha clínica
# SAFETY: a red flag the patient types: "If…" (what happens) "…then" (one of the choices clinic-form-flag-call-*).
clinic-form-flag-if = Se…
# SAFETY
clinic-form-flag-then = …então
# SAFETY
clinic-form-flag-call-emergency = ligar para o número de emergência
# SAFETY
clinic-form-flag-call-clinic = ligar para a clínica
# SAFETY
clinic-form-flag-call-primary-care = avisar o meu clínico geral
clinic-form-flag-add = Adicionar outro
clinic-form-visits-legend = Antes de cada consulta
clinic-form-task = Tarefa
# An example inside an empty field.
clinic-form-task-example = Preencher o questionário de humor
# Followed by the choices clinic-form-task-when-*.
clinic-form-when = Quando
clinic-form-task-when-hours = algumas horas antes
clinic-form-task-when-minutes = alguns minutos antes
clinic-form-task-when-clock = num horário, dias antes
clinic-form-days-before = Dias antes
clinic-form-task-remove = Remover esta tarefa
clinic-form-task-add = Adicionar uma tarefa
clinic-form-notes-legend = Observações da clínica
clinic-form-notes-intro = Qualquer outra coisa da folha, guardada com as palavras dela numa lista.
clinic-form-note-add = Adicionar uma observação
clinic-form-save-heading = Salvar
clinic-form-save-for = Usar estas instruções para
# A checkbox: one of the patient's planned sessions. $when: its date and time, "amanhã às 09:00".
clinic-form-save-session = Sessão de { $when }
clinic-form-save-and-future = …e todas as sessões que você planejar daqui em diante.
clinic-form-save-future = Elas valem para todas as sessões que você planejar daqui em diante.
# Above a list of problems with the instructions, in Steady's words.
clinic-form-problems = Corrija isto primeiro:
clinic-form-save-button = Salvar para estas sessões
clinic-form-undo = Desfazer
clinic-form-preview-heading = A sua lista com estas instruções
# $when: the session's date and time; $zone: a time zone's name, "Europe/Berlin".
clinic-form-preview-for = Para a sessão de { $when }. Horários no fuso horário { $zone }.
# The two checklists of the preview.
clinic-form-preview-day-before = Antes da sessão
clinic-form-preview-session-day = O dia da sessão e depois
# Under a checklist item due in the night: its reminder comes at bedtime. $time: "22:30".
clinic-form-preview-reminder = Lembrete às { $time }, não de madrugada
clinic-form-changes-heading = O que muda
# One change to the plan. $title: a checklist item's title, in bold. $change
# is "new" (the item is new), "gone" (it goes away) or "moved" (its time
# moves from $before to $after, both a date and time). The arrow points from
# the old time to the new one: in a right-to-left language, turn it round.
clinic-form-change = { $title }: { $change ->
    [new] novo
    [gone] sai
   *[moved] { $before } → { $after }
}
clinic-form-preview-empty = Planeje uma sessão para ver a lista dela aqui.

## Cole a folha de instruções da sua clínica: o Steady lê e propõe regras.

sheet-reader-heading = Cole a folha de instruções da sua clínica
sheet-reader-intro = Copie as instruções do e-mail, do site ou do PDF da sua clínica e cole aqui, ou solte um arquivo .txt ou .pdf nesta janela. O Steady lê o texto neste computador e sugere as regras abaixo, cada uma ao lado da frase de onde veio. Nada muda até você escolher.
# For screen readers: the box the sheet is pasted into.
sheet-reader-text-label = A folha de instruções da sua clínica
# An example inside the empty box.
sheet-reader-text-example = Nada para comer nas 6 horas antes da sua consulta…
sheet-reader-read = Ler
sheet-reader-open-file = Abrir um arquivo de texto…
sheet-reader-pdf-drop = Solte o PDF nesta janela para ler, ou copie o texto dele e cole aqui.
# $rules: how many rules Steady read from the sheet; $questions: how many
# questions it has for the patient (0: it has none, and says nothing about them).
sheet-reader-found = { $questions ->
    [0] O Steady encontrou { $rules ->
        [0] nenhuma regra
        [one] { $rules } regra
       *[other] { $rules } regras
    }. Confira cada uma com a sua folha.
    [one] O Steady encontrou { $rules ->
        [0] nenhuma regra
        [one] { $rules } regra
       *[other] { $rules } regras
    } e tem { $questions } pergunta. Confira cada uma com a sua folha.
   *[other] O Steady encontrou { $rules ->
        [0] nenhuma regra
        [one] { $rules } regra
       *[other] { $rules } regras
    } e tem { $questions } perguntas. Confira cada uma com a sua folha.
}
sheet-reader-proposals-heading = O que o Steady leu
sheet-reader-questions-heading = O Steady precisa que você decida
# For screen readers: the choices under one of Steady's questions.
sheet-reader-answer = A sua resposta
sheet-reader-keep-as-note = Guardar a frase como observação
sheet-reader-leave-out = Deixar de fora
# $count: how many sentences of the sheet Steady could not use.
sheet-reader-unused = Frases que o Steady não usou ({ $count })
# "From your clinic" is the label such notes carry on the checklist.
sheet-reader-keep-unused = Guardar como observação “Da sua clínica”
# For screen readers: the choice of checklist (forms-checklist-*) for a kept sentence.
sheet-reader-which-checklist = Em qual lista
# $count: how many rules, answers and notes go into the form.
sheet-reader-use = { $count ->
    [one] Pôr { $count } no formulário
   *[other] Pôr { $count } no formulário
}
sheet-reader-cancel = Cancelar

## Volta para casa: o cartão na tela, o envio ao motorista e os detalhes da volta.
## A maioria das frases cita o paciente, a clínica ou o motorista quando os
## nomes estão preenchidos: um seletor ($patient, $clinic, $driver) é "named"
## (o nome está em $patient_name, $clinic_name, $driver_name) ou "none".

ride-screen-eyebrow = Volta para casa
ride-screen-pickup = Buscar { $patient ->
    [none] o paciente
   *[named] { $patient_name }
} { $clinic ->
    [none] na clínica
   *[named] em { $clinic_name }
}
# $start: the session's start time in words, "09:00".
ride-screen-start = A sessão começa às { $start }. Deixe o celular ligado a partir desse horário: a clínica pode ligar quando { $patient ->
    [none] o paciente puder sair.
   *[named] { $patient_name } puder sair.
}
# The patient's choice of the language the driver gets the ride card, the message and the calendar file in.
ride-screen-driver-language = Idioma do motorista
ride-screen-driver-language-hint = O cartão da volta para casa, a mensagem e o arquivo de calendário do motorista são escritos neste idioma.
ride-screen-who-heading = Quem e onde
ride-screen-patient = Paciente:
ride-screen-patient-missing = (o seu nome não está preenchido)
ride-screen-driver = Motorista:
# Beside "Motorista:". $phone (when $driver_phone is "set"): the driver's phone number.
ride-screen-driver-value = { $driver ->
    [none] { $driver_phone ->
        [none] (não preenchido)
       *[set] (não preenchido), { $phone }
    }
   *[named] { $driver_phone ->
        [none] { $driver_name }
       *[set] { $driver_name }, { $phone }
    }
}
ride-screen-note = Recado:
ride-screen-clinic-missing = Clínica (não preenchida)
# $clinic_phone is "set" (the number is $phone) or "none".
ride-screen-clinic-phone = { $clinic_phone ->
    [none] Telefone da clínica: não preenchido
   *[set] Telefone da clínica: { $phone }
}
ride-screen-confirmed = { $driver ->
    [none] O meu motorista confirmou que vai me buscar
   *[named] { $driver_name } confirmou que vai me buscar
}
ride-screen-confirm-hint = Até você marcar isto, o Steady lembra você na véspera de confirmar quem vai dirigir.
ride-screen-escort-rules = O que a clínica pede ao motorista
# SAFETY
ride-screen-driving-again = Voltar a dirigir
# SAFETY: $time: when the patient may drive again, "ter. 09:00".
ride-screen-drive-again = Não antes de { $time }
ride-screen-driver-checklist = A lista de tarefas do motorista
ride-screen-way-home = No caminho de casa, { $patient ->
    [none] o paciente
   *[named] { $patient_name }
} pode sentir
# SAFETY: $source is "clinic" when the clinic gave its own list, else "typical".
ride-screen-call-whom = { $source ->
    [clinic] Quem chamar, e quando (lista da clínica)
   *[typical] Quem chamar, e quando
}
# SAFETY: above the red flags that need the emergency number. $number: the
# emergency number ("112") when $emergency is "set".
ride-screen-call-emergency = { $emergency ->
    [none] Ligue para o número de emergência se:
   *[set] Ligue para { $number } se:
}
# SAFETY: above the red flags that need the clinic. $clinic_phone is "set"
# (the number is $phone) or "none".
ride-screen-call-clinic = { $clinic ->
    [none] { $clinic_phone ->
        [none] Ligue para a clínica se:
       *[set] Ligue para a clínica ({ $phone }) se:
    }
   *[named] { $clinic_phone ->
        [none] Ligue para { $clinic_name } se:
       *[set] Ligue para { $clinic_name } ({ $phone }) se:
    }
}
# SAFETY
ride-screen-call-primary-care = Avise o clínico geral do paciente se:
# SAFETY: the crisis numbers' country. $country is "named" (its name is $country_name) or "none".
ride-screen-numbers-for = { $country ->
    [none] Números de ajuda: seu país
   *[named] Números de ajuda: { $country_name }
}
# SAFETY: $line is "set" (the crisis line, name and number, is $number) or
# "none"; $hours is "set" (when it answers, "24/7", is $open) or "none".
ride-screen-crisis-line = { $line ->
    [none] { $hours ->
        [none] Linha de apoio emocional: não definida (Configurações)
       *[set] Linha de apoio emocional: não definida (Configurações) ({ $open })
    }
   *[set] { $hours ->
        [none] Linha de apoio emocional: { $number }
       *[set] Linha de apoio emocional: { $number } ({ $open })
    }
}
# SAFETY: $emergency is "set" (the number is $number) or "none".
ride-screen-emergency = { $emergency ->
    [none] Emergência: número não definido (Configurações)
   *[set] Emergência: { $number }
}
ride-screen-send-heading = { $driver ->
    [none] Enviar para o seu motorista
   *[named] Enviar para { $driver_name }
}
ride-screen-send-button = { $driver ->
    [none] Enviar para o motorista…
   *[named] Enviar para { $driver_name }…
}
ride-screen-copy = Copiar a mensagem
ride-screen-copied = Copiada. Cole numa mensagem de texto ou num e-mail.
# $email is "set" (the driver's e-mail address is $address) or "none".
ride-screen-send-hint = { $email ->
    [none] Abre o seu programa de e-mail com esta mensagem, com o cartão da volta para casa e o arquivo de calendário anexados.
   *[set] Abre o seu programa de e-mail com esta mensagem para { $address }, com o cartão da volta para casa e o arquivo de calendário anexados.
}
# For screen readers: the box with the message to the driver.
ride-screen-message-label = Texto da mensagem
ride-screen-files-heading = Calendário e cartão da volta para casa
ride-screen-files-intro = Salvos na sua pasta Downloads. Um arquivo de calendário mantém os alarmes mesmo quando o Steady não está rodando.
ride-screen-save-ics = Salvar no calendário (.ics)
ride-screen-save-course-ics = Todo o tratamento (.ics)
# A calendar file with every session the driver picks the patient up from.
ride-screen-save-driver-ics = Todas as vezes que { $driver_name } vai me buscar (.ics)
# Paper size, followed by the choices A4 and Letter.
ride-screen-paper = Papel
ride-screen-paper-a4 = A4
ride-screen-paper-letter = Carta (Letter)
ride-screen-save-pdf = Salvar o cartão da volta para casa (PDF)
ride-screen-print = Imprimir…
# $path: the ride card PDF just written, opened in the system's PDF viewer.
ride-screen-printed = { $path } foi aberto no seu leitor de PDF: imprima por lá.
ride-screen-details-heading = Detalhes
ride-screen-patient-name = O seu primeiro nome, como o motorista conhece você
ride-screen-driver-name = Nome do motorista
ride-screen-driver-phone = Telefone do motorista
ride-screen-driver-email = E-mail do motorista
ride-screen-driver-relation = Quem é
# An example inside an empty field.
ride-screen-driver-relation-example = companheiro, amiga, filha…
# Followed by the choices ride-screen-contact-*: how the driver gets the ride's details.
ride-screen-driver-contact = Recebe os detalhes por
ride-screen-contact-text = mensagem de texto
ride-screen-contact-email = e-mail
ride-screen-contact-phone = ligação
ride-screen-contact-in-person = pessoalmente
ride-screen-clinic-name = Clínica
ride-screen-clinic-phone-label = Telefone da clínica
ride-screen-clinic-address = Endereço da clínica
ride-screen-driver-note = Um recado para o motorista (no cartão e na mensagem)
# An example inside an empty field: a note from the patient to the driver.
ride-screen-driver-note-example = Vou esperar na porta lateral
ride-screen-save-details = Salvar os detalhes
ride-screen-saved = Salvo.
