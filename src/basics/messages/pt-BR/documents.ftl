### Os documentos que o Steady escreve: o cartão da volta para casa (um PDF
### para o motorista), a mensagem ao motorista, o arquivo de calendário
### (.ics) e os códigos QR do cartão, o resumo dos registros (um PDF que o
### paciente leva às consultas) e o seu arquivo CSV.
###
### O cartão, a mensagem e o calendário do motorista são lidos pelo
### motorista, no idioma que o paciente escolheu para ele: escreva para
### alguém em pé num estacionamento que nunca usou o Steady. Telefones,
### nomes e endereços chegam como argumentos, como foram digitados.
###
### Escolhas "named"/"none": $patient é "named" quando o paciente deu o seu
### nome ($name), senão "none" (diga "o paciente"); o mesmo para a clínica
### ($clinic, $clinic_name) e o motorista ($driver, $driver_name).
### "given"/"none" diz se um telefone ou algo parecido foi preenchido.
### O nome da clínica vem depois de "em" ("em Clínica Aurora"), sem artigo,
### porque não sabemos o gênero do nome; sem nome: "na clínica".
### Frases sobre o paciente evitam adjetivos com gênero ("puder sair", não
### "estiver pronto").

## Horas no cartão e no calendário.

# A length of time from … to …, each already in words ("1 h", "3 h"): "1 h–3 h".
ride-span-range = { $from }–{ $to }
# The pickup window, two clock times: "11:00–13:00".
ride-window = { $from }–{ $to }
# The session day in words, in the calendar's event. $intake, $infusion: a
# length of time ("20 min"); $recovery: a length or a range ("1 h–3 h").
ride-timeline = Preparação de cerca de { $intake }, infusão de cerca de { $infusion }, depois { $recovery } de recuperação antes que o paciente possa ir para casa.

## A hora de buscar, a regra de não dirigir e a lista do motorista (no
## cartão, na mensagem e na tela Volta para casa).

# $window: the pickup window ("11:00–13:00"); $day: its day ("quinta-feira, 3 de dezembro").
ride-pickup = Buscar { $patient ->
    [named] { $name }
   *[none] o paciente
} { $clinic ->
    [named] em { $clinic_name }
   *[none] na clínica
}, { $day }, no horário { $window }
# SAFETY: when the patient may drive again. $day: "Friday 4 December"; $time:
# "13:00". $rule: the clinic's rule: a number of hours after the session
# ($hours, in words: "24 hours"), the rest of the session's day, or the next morning.
ride-drive-again = { $patient ->
    [named] { $name }
   *[none] O paciente
} pode voltar a dirigir a partir de { $day }, às { $time } ({ $rule ->
    [rest_of_day] nada de dirigir no resto do dia da sessão
    [next_morning] na manhã seguinte, depois de uma noite de sono
   *[hours] { $hours } depois da sessão
}), se se sentir totalmente alerta e se a clínica concordar.
# The driver's checklist, in three parts: the day before, on the day, after.
ride-steps-day-before = Na véspera
ride-step-confirm = Confirme com { $patient ->
    [named] { $name }
   *[none] o paciente
} que é você quem vai dirigir.
ride-step-route = Planeje o caminho até { $clinic ->
    [named] { $clinic_name }
   *[none] a clínica
} e onde estacionar.
# $date: the session's day, short ("qui., 3 de dez.").
ride-steps-on-the-day = No dia ({ $date })
# $time: when the session starts ("09:00").
ride-step-phone-on = Deixe o celular ligado a partir das { $time }: a clínica pode ligar quando { $patient ->
    [named] { $name }
   *[none] o paciente
} puder sair.
# $window: the pickup window ("11:00–13:00").
ride-step-come-between = Chegue à clínica no horário { $window }.
ride-step-walk = Vá com { $patient ->
    [named] { $name }
   *[none] o paciente
} até o carro, dando apoio: ao se levantar, pode faltar firmeza nas pernas.
ride-steps-after = Depois
# SAFETY: the clinic's rule that someone stays with the patient. $hours: how long, in words ("24 hours").
ride-step-someone-stays = A clínica pede que alguém fique com { $patient ->
    [named] { $name }
   *[none] o paciente
} por { $hours } depois da sessão.
# SAFETY: no driving. $date: a short day and time ("Fri 4 Dec, 13:00").
ride-step-no-driving = { $patient ->
    [named] { $name }
   *[none] O paciente
} não pode dirigir até { $date }.

## A mensagem ao motorista (e-mail ou SMS), escrita pelo paciente ao
## motorista: "eu" é o paciente. As partes seguem umas às outras num
## parágrafo, depois o recado, a lista e o agradecimento, cada um em suas
## próprias linhas.

# $pickup: the pickup sentence above (ride-pickup), without its full stop; $start: the session's start ("09:00").
ride-message-opening = { $driver ->
    [named] Oi, { $driver_name }!
   *[none] Oi!
} { $pickup }. A sessão começa às { $start }; a clínica costuma liberar os pacientes dentro desse horário, então fique disponível para vir quando ligarem.
# $address: the clinic's address, as typed.
ride-message-address = Endereço: { $address }.
# $clinic_phone: the clinic's phone number.
ride-message-clinic-phone = Telefone da clínica: { $clinic_phone }.
# SAFETY: no driving. $patient "named": the patient writes it ("I"); $day
# "Friday 4 December"; $time "13:00".
ride-message-no-driving = Depois da infusão, { $patient ->
    [named] vou estar grogue e não posso dirigir
   *[none] o paciente vai estar grogue e não pode dirigir
}: nada de dirigir até { $day }, às { $time }.
# $note: the patient's own note to the driver, as typed.
ride-message-note = Recado: { $note }
ride-message-checklist = Sua lista de tarefas:
# A part of the checklist, as a heading: $when is "Na véspera", "No dia (qui., 3 de dez.)" or "Depois".
ride-message-steps-heading = { $when }:
# Gender-neutral on purpose ("Obrigado/Obrigada" would need the patient's gender).
ride-message-thanks = Agradeço muito!

## O cartão da volta para casa (o PDF, e a prévia dele na tela Volta para casa).

# The PDF file's title, in its properties.
ride-card-document-title = Cartão da volta para casa
# A small label in capitals above the card's title.
ride-card-kicker = CARTÃO DA VOLTA PARA CASA
ride-card-title = Buscar { $patient ->
    [named] { $name }
   *[none] o paciente
} { $clinic ->
    [named] em { $clinic_name }
   *[none] na clínica
}
# $time: the session's start ("09:00").
ride-card-start = A sessão começa às { $time }. Deixe o celular ligado a partir desse horário: a clínica pode ligar quando { $patient ->
    [named] { $name }
   *[none] o paciente
} puder sair.
# A small label in capitals: who is who.
ride-card-who = QUEM
ride-card-patient = { $patient ->
    [named] Paciente: { $name }
   *[none] Paciente: (nome não preenchido)
}
# $phone "given": the driver's phone number ($driver_phone) was filled in.
ride-card-driver = { $driver ->
    [named] { $phone ->
        [given] Motorista: { $driver_name }, { $driver_phone }
       *[none] Motorista: { $driver_name }
    }
   *[none] { $phone ->
        [given] Motorista: { $driver_phone }
       *[none] Motorista: (não preenchido)
    }
}
# $note: the patient's own note to the driver, as typed.
ride-card-note = { $patient ->
    [named] Recado de { $name }
   *[none] Recado do paciente
}: { $note }
# A small label in capitals: where the clinic is.
ride-card-where = ONDE
# The clinic's name on a line of its own, or these words when none was given.
ride-card-clinic = { $clinic ->
    [named] { $clinic_name }
   *[none] A clínica
}
ride-card-clinic-phone = { $phone ->
    [given] Telefone da clínica: { $clinic_phone }
   *[none] Telefone da clínica: (não preenchido: pergunte à clínica)
}
# A heading over the clinic's rules for the escort.
ride-card-escort-heading = O que a clínica pede ao motorista
ride-card-drive-again-heading = Voltar a dirigir
# SAFETY: no driving before this. $date: a short day and time ("Fri 4 Dec, 13:00").
ride-card-not-before = Não antes de { $date }
ride-card-checklist-heading = Sua lista de tarefas
ride-card-way-home-heading = No caminho de casa, { $patient ->
    [named] { $name }
   *[none] o paciente
} pode sentir
# $feel: something the patient may feel ("Cansaço"); $help: what the driver can do. Both from the care texts.
ride-card-way-home-item = { $feel }. { $help }
# SAFETY: the heading over when to call whom; $from_clinic "yes": the list is the clinic's own.
ride-card-call-heading = { $from_clinic ->
    [yes] Quem chamar, e quando (lista da clínica)
   *[no] Quem chamar, e quando
}
# SAFETY: over the situations to call the emergency number for. $number: the country's emergency number ("112").
ride-card-call-emergency = { $emergency ->
    [given] Ligue para { $number } se:
   *[none] Ligue para o número de emergência se:
}
# SAFETY: over the situations to call the clinic for.
ride-card-call-clinic = { $phone ->
    [given] Ligue para { $clinic ->
        [named] { $clinic_name }
       *[none] a clínica
    } ({ $clinic_phone }) se:
   *[none] Ligue para { $clinic ->
        [named] { $clinic_name }
       *[none] a clínica
    } se:
}
# SAFETY: over the situations to tell the patient's own doctor about.
ride-card-call-primary-care = Avise o clínico geral do paciente se:
# SAFETY: the crisis numbers' heading. $whose: the country's name ("Germany").
ride-card-numbers-heading = Números de ajuda: { $whose }
# SAFETY: the crisis line ($number, its name and number as the country's table
# or the patient gave it) and its hours ($crisis_hours, "24/7, free") when known.
ride-card-crisis-line = { $line ->
    [given] { $hours ->
        [given] Linha de apoio emocional: { $number } ({ $crisis_hours })
       *[none] Linha de apoio emocional: { $number }
    }
   *[none] Linha de apoio emocional: não definida no Steady. Peça à clínica o número da linha de apoio local.
}
# SAFETY: the emergency number ("112").
ride-card-emergency = { $emergency ->
    [given] Emergência: { $number }
   *[none] Emergência: o número de emergência local
}
# At the foot of every page. $typical "yes": the card uses Steady's typical
# values; "no": the clinic's own, as the patient entered them.
ride-card-footer = { $typical ->
    [yes] Valores típicos de guias públicos para pacientes (informações de cuidado do Steady): as instruções da clínica vêm primeiro. Não é orientação médica. Feito com o Steady.
   *[no] Conforme as instruções da clínica inseridas no Steady; a palavra da clínica vem primeiro. Não é orientação médica. Feito com o Steady.
}

## Os códigos QR do cartão (e da tela Volta para casa).

ride-qr-calendar-label = Escaneie para pôr o horário de buscar no calendário do celular
ride-qr-calendar-title = Código QR: o horário de buscar como evento de calendário
# Under the code on paper, short.
ride-qr-calendar-caption = Escaneie: pôr no calendário
ride-qr-text-label = Escaneie para receber o horário de buscar como texto
ride-qr-text-title = Código QR: o horário de buscar como texto
# Under the code on paper, short.
ride-qr-text-caption = Escaneie: horário de buscar em texto
# The text the second code holds, line by line. $pickup: the pickup sentence (ride-pickup).
ride-qr-text-pickup = { $pickup }.
ride-qr-text-clinic = Clínica: { $clinic_phone }
# SAFETY: no driving. $date: a short day and time ("Fri 4 Dec, 13:00").
ride-qr-text-no-driving = O paciente não pode dirigir até { $date }.
# The calendar event the first code holds: its description, kept short so the code stays readable.
ride-qr-event-clinic = Clínica { $clinic_phone }

## Os eventos do arquivo de calendário: a sessão, a hora de buscar e o fim
## do período sem dirigir (cada um com um alarme que mostra o resumo).

ride-event-session-summary = Sessão de infusão { $clinic ->
    [named] em { $clinic_name }
   *[none] na clínica
}
# $timeline: the session day in words (ride-timeline); $typical "yes": Steady's typical timings.
ride-event-session-description = { $typical ->
    [yes] Planejado com o Steady. { $timeline } Estes horários são típicos; as instruções da sua clínica vêm primeiro.
   *[no] Planejado com o Steady. { $timeline }
}
# SAFETY: the pickup event's description. $clinic_phone: the clinic's number, when given.
ride-event-pickup-description = { $phone ->
    [given] Telefone da clínica: { $clinic_phone }. O paciente não pode voltar para casa dirigindo.
   *[none] O paciente não pode voltar para casa dirigindo.
}
# SAFETY: the event at the end of the no-driving time.
ride-event-drive-again-summary = { $typical ->
    [yes] Fim do período sem dirigir (típico)
   *[no] Fim do período sem dirigir
}

## "Enviar ao motorista": o e-mail, e o que o Steady diz ao paciente depois.

# The e-mail's subject (the driver reads it). $day: "quinta-feira, 3 de dezembro"; $window: "11:00–13:00".
ride-mail-subject = Volta para casa: { $day }, { $window }
# To the patient, in the window. "Enviar" is the mail program's button.
ride-mail-opened-attached = Seu programa de e-mail abriu com a mensagem para { $driver ->
    [named] { $driver_name }
   *[none] o seu motorista
}, com o cartão da volta para casa e o arquivo de calendário anexados. Confira e clique em Enviar.
# To the patient. $folder: where the files are; $card, $calendar: their file names.
ride-mail-opened = Seu programa de e-mail abriu com a mensagem para { $driver ->
    [named] { $driver_name }
   *[none] o seu motorista
}. Anexe os arquivos salvos em { $folder }: { $card } e { $calendar }.

## O resumo dos registros: um PDF que o paciente leva a uma consulta, sobre
## si mesmo ("eu"), para um profissional de saúde ler.

# The PDF file's title, in its properties.
summary-document-title = Resumo dos registros do Steady
summary-title = Como tenho estado: registros diários e PHQ-9
summary-intro = Autoavaliações anotadas no Steady. Não é um diagnóstico.
summary-sessions-heading = Sessões
summary-sessions-none = Nenhuma anotada.
# Between the dates of a list of sessions ("qui., 3 de dez. de 2026, seg., 7 de dez. de 2026"), spaces included.
# A semicolon, as the dates already hold commas.
summary-list-separator = { "; " }
# The PHQ-9's score bands: keep the numbers.
summary-phq9-heading = PHQ-9 (0-27; faixas: 0-4 mínima, 5-9 leve, 10-14 moderada, 15-19 moderadamente grave, 20-27 grave)
summary-phq9-none = Nenhum PHQ-9 anotado.
# One PHQ-9 result. $date: "qui., 3 de dez. de 2026"; $total: the score (0 to 27);
# $band: its band in words ("leve"); $item_nine "yes": question 9
# (thoughts of self-harm) was answered above 0.
summary-phq9-result = { $item_nine ->
    [yes] { $date }: { $total } ({ $band }); item 9 respondido acima de 0
   *[no] { $date }: { $total } ({ $band })
}
summary-check-ins-heading = Registros diários por semana (médias, 0-10)
summary-check-ins-none = Nenhum registro diário anotado.
# One week's averages. $week: the week's Monday ("seg., 30 de nov."); $mood …
# $anxiety: averages 0 to 10 with one decimal; $count: check-ins that week;
# $self_harm "reported": thoughts of self-harm were reported $times times.
summary-week = Semana de { $week }: humor { $mood }, energia { $energy }, clareza { $clarity }, ansiedade { $anxiety } ({ $count ->
    [one] { $count } registro
   *[other] { $count } registros
}{ $self_harm ->
    [reported] ; pensamentos de se machucar relatados { $times ->
        [one] { $times } vez
       *[other] { $times } vezes
    }
   *[none] {""}
})
summary-notes-heading = Anotações
# $date: "qui., 3 de dez. de 2026"; $note: the patient's note, as typed.
summary-note = { $date }: { $note }
# SAFETY: the crisis numbers' heading. $whose: the country's name ("Germany").
summary-numbers-heading = Números de ajuda: { $whose }
# SAFETY: the crisis line ($number) and its hours ($crisis_hours) when known.
summary-crisis-line = { $line ->
    [given] { $hours ->
        [given] Linha de apoio emocional: { $number } ({ $crisis_hours })
       *[none] Linha de apoio emocional: { $number }
    }
   *[none] Linha de apoio emocional: não definida no Steady.
}
# SAFETY: the emergency number.
summary-emergency = { $emergency ->
    [given] Emergência: { $number }
   *[none] Emergência: número não definido no Steady
}
# The questionnaire's source: the authors' names and the year stay as they are.
summary-phq9-source = PHQ-9: Kroenke, Spitzer & Williams 2001 (questionário de domínio público).

## Os registros como arquivo CSV (para uma planilha): os nomes das colunas,
## nesta ordem, depois as palavras nas células. Curtos, sem acentos nos
## nomes de coluna (mais seguros em planilhas).

summary-csv-kind = tipo
summary-csv-date = data_utc
summary-csv-mood = humor
summary-csv-energy = energia
summary-csv-clarity = clareza
summary-csv-anxiety = ansiedade
summary-csv-self-harm = pensamentos_de_se_machucar
summary-csv-phq9-total = phq9_total
summary-csv-phq9-band = phq9_faixa
summary-csv-note = observacao
# The "kind" of a row: a daily check-in.
summary-csv-check-in = registro_diario
# The "kind" of a row: a PHQ-9 questionnaire.
summary-csv-phq9 = phq9
# Whether thoughts of self-harm were reported.
summary-csv-yes = sim
summary-csv-no = não
