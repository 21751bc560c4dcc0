### Conteúdo de cuidado: os efeitos comuns depois da infusão e quanto tempo
### duram, os sinais de alerta e quem chamar, o que o paciente pode sentir
### no caminho de casa (dito ao motorista), as palavras em volta dos números
### de crise e as faixas do PHQ-9.
###
### Estas mensagens repetem guias públicos para pacientes (os "care facts"
### do Steady). Mantenha-as tão simples e calmas quanto o inglês: nunca mais
### alarmantes, nunca mais brandas.
### Linhas de apoio e números de emergência são argumentos ou dígitos: o nome
### de um serviço e o seu número ficam exatamente como estão; só as palavras
### em volta são traduzidas.

## Os efeitos comuns depois da infusão (a tela Recuperação): o nome de cada
## efeito, e quanto tempo costuma durar, contado a partir do fim da infusão.

effect-dizziness = Tontura ou desorientação
# Feeling "dissociated": the world seems unreal or far away.
effect-dissociation = Sensação de desligamento: as coisas parecem ou soam diferentes
effect-blood-pressure = Coração acelerado ou pressão mais alta
effect-nausea = Enjoo
effect-headache-tiredness = Dor de cabeça ou cansaço
effect-grogginess = Grogue, sem firmeza ao ficar de pé
effect-mood-swings = Dor de cabeça leve ou mudanças de humor (raro)
# How long an effect usually lasts. The number ranges use an en dash.
effect-usually-one-to-two-hours = 1–2 horas
effect-usually-half-to-one-hour = 30–60 minutos
# Steady reads "a few hours" as up to 4 hours.
effect-usually-few-hours = algumas horas
# Steady reads "several hours" as up to 6 hours.
effect-usually-several-hours = várias horas
effect-usually-day-or-two = um ou dois dias

## Sinais de alerta depois de uma infusão: a lista típica de quem chamar em
## cada caso (da folha de alta publicada por uma clínica). Quem chamar
## aparece ao lado de cada um (rules-call-* em plan.ftl).

# SAFETY: call the emergency number.
red-flag-emergency = Pensamentos de suicídio, ou qualquer emergência médica
# SAFETY: call the emergency number.
red-flag-breathing = Falta de ar, sensação de a garganta estar fechando, dificuldade para engolir, dor no peito, ou mudança no seu estado de alerta
# SAFETY: tell the primary care provider.
red-flag-rash = Manchas ou vermelhidão novas na pele, ou coceira
# SAFETY: call the clinic. The usual times are listed above it on screen.
red-flag-outlasting = Um efeito que dura muito além do tempo de costume (listado acima)
# SAFETY: call the clinic.
red-flag-mania = Sinais de mania, ou psicose que piora

## O caminho de casa, dito ao motorista: o que o paciente pode sentir, e como
## o motorista pode ajudar. O sujeito é o paciente (sem pronome, para não
## marcar gênero).

way-home-groggy-feel = Grogue ou com a mente confusa, por várias horas
way-home-groggy-help = Fique por perto, fale com calma e mantenha os planos simples.
way-home-unsteady-feel = Sem firmeza nas pernas ao se levantar
way-home-unsteady-help = Ofereça o braço da cadeira até o carro, e do carro até dentro de casa.
# Nauseous.
way-home-sick-feel = Enjoo, em geral por algumas horas
way-home-sick-help = Dirija com calma, e pare se a pessoa pedir.
way-home-tired-feel = Cansaço
way-home-tired-help = Em casa: descanso, bastante líquido e nenhuma decisão importante hoje.

## Linhas de apoio e números de emergência por país: as palavras em volta do
## nome de um serviço e dos seus números. Cada { $variable } é o nome de um
## serviço ou um número de telefone (ou a palavra a enviar, $word): mantenha
## cada uma exatamente uma vez, como está.

# SAFETY: $line: the service's name and number ("988 Suicide & Crisis
# Lifeline"). The line takes calls and text messages.
crisis-line-call-or-text = { $line } (ligação ou mensagem de texto)
# SAFETY: $line: the service's name and number. It takes calls and text
# messages, in English and French.
crisis-line-call-or-text-english-french = { $line } (ligação ou mensagem de texto, em inglês/francês)
# SAFETY: two services: $line (name and number), then $name, reached by
# text message at $number.
crisis-line-and-text-line = { $line }; { $name }: mensagem de texto para { $number }
# SAFETY: two services: $line and $second (names and numbers); the second
# is also reached by texting the word $word (keep it as it is) to $number.
crisis-line-and-text-word = { $line }; { $second } (mande { $word } por mensagem de texto para { $number })
# SAFETY: the service $name, at any of three numbers.
crisis-line-three-numbers = { $name } { $first } ou { $second } ou { $third }
# SAFETY: the service $name, at either of two numbers.
crisis-line-two-numbers = { $name }: { $first } ou { $second }
# SAFETY: two services (names and numbers): one answers in Dutch, one in
# French.
crisis-line-dutch-french = { $dutch } (em holandês); { $french } (em francês)
# SAFETY: $number: a country's national suicide prevention line.
crisis-line-national-prevention = { $number } (linha nacional de prevenção do suicídio)
# SAFETY: $number: a country's national suicide line.
crisis-line-national = { $number } (linha nacional contra o suicídio)
# SAFETY: $line: the service's name and number; it also takes text
# messages at $number.
crisis-line-text-number = { $line } (mensagem de texto: { $number })
# SAFETY: when the line answers: all day, every day.
crisis-hours-always = 24 h, 7 dias por semana
# SAFETY: all day, every day, and free of charge.
crisis-hours-always-free = 24 h, 7 dias por semana, gratuito
# SAFETY: all day, every day, in Finnish.
crisis-hours-always-finnish = 24 h, 7 dias por semana (em finlandês)
# SAFETY: $hours: from one clock time to another ("10:00-24:00"), every
# day; not around the clock.
crisis-hours-daily = { $hours } todos os dias (não é 24 h, 7 dias por semana)
# SAFETY: around the clock: 24 hours a day.
crisis-hours-around-the-clock = 24 h por dia
# SAFETY: the emergency number $number; $also works too.
crisis-emergency-also-works = { $number } ({ $also } também funciona)
# SAFETY: either emergency number works.
crisis-emergency-either = { $first } ou { $second }
# SAFETY: the emergency number $number; an ambulance directly at $ambulance.
crisis-emergency-and-ambulance = { $number } (ambulância: { $ambulance })
# SAFETY: $number: the number for medical emergencies.
crisis-emergency-medical = { $number } (emergência médica)
# SAFETY: $number: the number for an ambulance.
crisis-emergency-ambulance = { $number } (ambulância)
# SAFETY: $number: the number for an ambulance; $mobile: the emergency
# number from a mobile phone.
crisis-emergency-ambulance-and-mobile = { $number } (ambulância); { $mobile } pelo celular
# SAFETY: stands for a country's name when Steady does not know the
# patient's country: "Numbers for your country". Country names arrive in
# Portuguese for the countries of country-name below, in English for any
# other ("Germany"), so headings say "Números de ajuda: { $whose }",
# with no article to agree.
crisis-your-country = seu país

## O PHQ-9 (Patient Health Questionnaire, Kroenke, Spitzer & Williams
## 2001): as perguntas estão em screens.ftl (a tela de registro).

# Not checked against the official PHQ-9 translation.
# The band names follow the usual Brazilian naming (depressão mínima, leve,
# moderada, moderadamente grave, grave), in the feminine as they qualify
# "depressão"; a reviewer with Pfizer's Brazilian scoring card should
# confirm them. $band: the band's key.
phq9-band = { $band ->
    [minimal] mínima
    [mild] leve
    [moderate] moderada
    [moderately_severe] moderadamente grave
   *[severe] grave
}

## Países: os que têm números de ajuda no Steady (a tabela de care-facts),
## com o nome em português; qualquer outro fica com $name, o nome em
## inglês do banco de dados de fusos horários.

# $code: ISO 3166 code ("DE"); $name: the English name, for any other country.
country-name = { $code ->
    [US] Estados Unidos
    [CA] Canadá
    [GB] Reino Unido
    [IE] Irlanda
    [DE] Alemanha
    [AT] Áustria
    [CH] Suíça
    [FR] França
    [NL] Países Baixos
    [BE] Bélgica
    [ES] Espanha
    [IT] Itália
    [PT] Portugal
    [SE] Suécia
    [NO] Noruega
    [FI] Finlândia
    [PL] Polônia
    [AU] Austrália
    [NZ] Nova Zelândia
    [IN] Índia
    [JP] Japão
    [BR] Brasil
    [MX] México
    [ZA] África do Sul
   *[other] { $name }
}
