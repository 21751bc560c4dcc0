### As palavras do Steady em português do Brasil: o nome do idioma, datas e horas.
###
### Esta pasta é um idioma: cada arquivo .ftl daqui é lido pelo núcleo em
### Rust e pela janela. Os outros idiomas têm os mesmos arquivos com os
### mesmos ids de mensagem; uma mensagem que falte aqui aparece em inglês.
###
### Convenções para todos os arquivos:
### - Palavras simples, frases curtas: quem lê pode estar grogue, ou num
###   estacionamento. Diga o que fazer, depois por quê.
### - Trate o paciente por "você", sempre. Aspas: “…”.
### - Um comentário "SAFETY" acima de uma mensagem marca palavras sobre
###   segurança (o painel de crise, sinais de alerta, quem chamar, não
###   dirigir). A tradução mantém cada número e cada { $variable } do inglês,
###   nem mais, nem menos; um teste verifica isso.
### - Horas e datas chegam prontas como argumentos ({ $time }, { $date }):
###   nunca escreva uma hora ou uma data dentro de uma mensagem.
### - As palavras de cuidado seguem o glossário abaixo; uma palavra por conceito.
###
### Glossary (each line "term: English = this language"; a test checks
### that every message using the English term uses this language's term):
### term: escort = acompanhante
### term: infusion = infusão | infusões
### term: session = sessão | sessões
### term: clinic = clínica
### term: prescriber = prescritor
### term: clear liquids = líquidos claros | líquido claro
### term: no-driving time = período sem dirigir
### term: check-in = registro
### term: crisis line = linha de apoio
###
### Notas sobre o glossário:
### - session: "sessão", plural "sessões" (por isso as duas formas).
### - infusion: "infusão", plural "infusões".
### - prescriber: sempre "médico prescritor" (ou "prescritor"): só ele
###   decide quais remédios pausar.
### - check-in (o registro diário do Steady: humor, energia, clareza,
###   ansiedade): "registro" ("registro diário", "registro da noite").
###   O check-in na recepção da clínica NÃO é "registro": é "chegada" ou
###   "recepção" (plan-arrive-detail).
### - crisis line: "linha de apoio emocional" (assim o CVV se apresenta);
###   o teste procura "linha de apoio".
### - no-driving time: "período sem dirigir".
###
### Outras palavras de cuidado escolhidas (use as mesmas):
### - fasting / the fast = jejum; break the fast = quebrar o jejum
### - solid food = comida sólida; stop eating = parar de comer
### - clear drinks = líquidos claros (nunca "bebidas transparentes")
### - pickup / pick up = buscar (verbo: "buscar o paciente"); pickup window =
###   horário para buscar
### - driver = motorista; ride home = volta para casa; ride card = cartão da
###   volta para casa
### - patient = paciente ("o paciente" quando não há nome)
### - side effect / after-effect = efeito (colateral); red flag = sinal de alerta
### - dose = dose; last dose = última dose; medicine = remédio (nunca
###   "medicação" numa frase para o paciente)
### - hold / pause a medicine = pausar um remédio; restart = voltar a tomar
### - intake = preparação; observation = observação; recovery = recuperação
### - groggy = grogue; unsteady = sem firmeza (nas pernas); dizziness = tontura
### - emergency number = número de emergência; emergency = emergência
### - primary care provider = clínico geral ("seu clínico geral")
### - reminder = lembrete; snooze = adiar; tick = marcar; item = item
### - passphrase = frase-senha; app lock = bloqueio do app
### - booster = sessão de reforço; course (of treatment) = tratamento
### - self-harm = se machucar / autolesão ("pensamentos de se machucar")
### - questionnaire = questionário; PHQ-9 fica "PHQ-9"
### - clinic's sheet = folha de instruções (da clínica); depois, só "folha"
### - note (a sentence kept) = observação; keep as a note = guardar como observação
### - rideshare = carro de aplicativo; machinery = máquinas ("operar máquinas")
### - cannabis = maconha; sedatives = sedativos; opioids = opioides;
###   benzodiazepines = benzodiazepínicos

## O idioma como se chama a si mesmo, no seletor de idioma.

language-name = Português (Brasil)

## Datas e horas. A janela, as notificações, os PDFs e os arquivos de
## calendário escrevem as datas com estas mensagens, para que coincidam.
## $day: 1 (segunda) a 7 (domingo); $month: 1 (janeiro) a 12 (dezembro).

weekday = { $day ->
    [1] segunda-feira
    [2] terça-feira
    [3] quarta-feira
    [4] quinta-feira
    [5] sexta-feira
    [6] sábado
   *[7] domingo
}
weekday-short = { $day ->
    [1] seg.
    [2] ter.
    [3] qua.
    [4] qui.
    [5] sex.
    [6] sáb.
   *[7] dom.
}
month = { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
}
month-short = { $month ->
    [1] jan.
    [2] fev.
    [3] mar.
    [4] abr.
    [5] mai.
    [6] jun.
    [7] jul.
    [8] ago.
    [9] set.
    [10] out.
    [11] nov.
   *[12] dez.
}

# A date in words: "quinta-feira, 3 de dezembro". Portuguese has one order,
# so $order ("month_day" or "day_month") is not used.
date-long = { $weekday }, { $day } de { $month }
# "qui., 3 de dez."
date-short = { $weekday }, { $day } de { $month }
# "qui., 3 de dez. de 2026"
date-short-year = { $weekday }, { $day } de { $month } de { $year }
# A date and a time: "qui., 3 de dez. às 18:00".
date-time = { $date } às { $time }
# A 12-hour clock: "6:00 PM". $hour is 1 to 12; $minute two digits.
clock-12h = { $period ->
    [am] { $hour }:{ $minute } AM
   *[pm] { $hour }:{ $minute } PM
}

## Horas nas palavras do usuário, nas listas e em Hoje. Em minúsculas:
## quase sempre aparecem no meio de uma frase ("Não dirija até hoje às 18:00").

when-today = hoje às { $time }
when-tomorrow = amanhã às { $time }
when-yesterday = ontem às { $time }
when-date = { $date } às { $time }
relative-now = agora
relative-in = daqui a { $span }
relative-ago = há { $span }
# A length of time, short: "45 min", "3 h", "3 h 10 min".
span-minutes = { $minutes } min
span-hours = { $hours } h
span-hours-minutes = { $hours } h { $minutes } min
# A length of time in words: "1 hora", "6 horas".
hours = { $hours ->
    [0] { $hours } horas
    [one] { $hours } hora
   *[other] { $hours } horas
}

## O seletor de idioma (Configurações e a primeira abertura).

language-label = Idioma
# $language: the system's language, named in itself ("Deutsch").
language-follow-system = Como no sistema: { $language }
