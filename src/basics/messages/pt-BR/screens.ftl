### As telas da janela: a barra de cima, a primeira abertura, Hoje, o plano
### da sessão e as linhas da lista, o tratamento, os registros e o gráfico
### deles, a recuperação depois de uma sessão, o painel de crise e os números
### de crise, a tela simples para depois da sessão, lembretes mostrados na
### janela e o bloqueio do app.
###
### Botões e rótulos são curtos: as pessoas leem grogues. Palavras como
### "Hoje", "Plano da sessão" ou "Volta para casa" dão nome a telas e
### botões; quando uma mensagem cita outra (as palavras de um botão numa
### frase), o comentário diz qual, para que as duas sejam traduzidas igual.
###
### Alguns argumentos são "destacados" pela tela: em negrito, ou, no caso de
### um telefone, mantidos da esquerda para a direita. Mantenha cada um na
### frase, exatamente uma vez.

## Usadas em várias telas.

screens-loading = Carregando…
# A button that marks a checklist item as done.
screens-done = Feito
screens-cancel = Cancelar
screens-save = Salvar
# Beside a field the patient may leave empty.
screens-optional = opcional
# A tag beside a value Steady took from public patient guides, not from the
# patient's clinic.
screens-typical = típico — a sua clínica pode ser diferente
# $source: where a care sentence comes from in Steady's care facts, e.g.
# "O dia da sessão · 002"; it stays as it is.
screens-source = Fonte: informações de cuidado · { $source }
# From one time or length to another: "12:30–13:30", "1 h–2 h".
screens-range = { $from }–{ $to }
# A button that puts a reminder off. $span: "10 min" (span-minutes) or
# "1 hora" (hours).
screens-snooze = Adiar { $span }
# The big button on Today and on the simple view after a session: the
# patient is home, and the no-driving time counts from now.
screens-im-home = Cheguei em casa — a sessão terminou
# SAFETY: the rule for after a session. $when: "hoje às 18:00" or
# "amanhã às 07:00" (when-today, when-tomorrow...).
screens-no-driving-until = Não dirija até { $when }

## A barra de cima e a moldura da janela (App.svelte).

# The accessible name of the row of screen buttons.
app-nav-label = Telas
app-nav-today = Hoje
app-nav-session = Plano da sessão
app-nav-recovery = Recuperação
# Opens the check-in screen (how the patient feels these days).
app-nav-check-in = Como me sinto
app-nav-course = Tratamento
app-nav-ride = Volta para casa
app-nav-settings = Configurações
# Locks the app now (the app lock is on).
app-lock-now = Bloquear
app-lock-now-hint = Fechar os seus dados até a frase-senha ser digitada de novo
# Dismisses a notice that the data file was damaged and recovered.
app-recovery-notice-dismiss = Entendi
app-load-error-title = O Steady não consegue mostrar o seu plano agora.
app-data-unreadable = O Steady não conseguiu ler os dados.
# $path: the folder where Steady keeps its data.
app-data-folder = Pasta de dados: { $path }
# Right after the first session is planned: crisis numbers are set up now.
app-crisis-eyebrow = Antes da sua sessão
# The crisis numbers still need the patient: they may finish later.
app-crisis-later = Depois, em Configurações
app-crisis-continue = Continuar
# Right after the first session is planned: the optional next step.
app-instructions-eyebrow = Opcional
app-instructions-title = A sua clínica tem instruções próprias?
# "Session plan" and "Settings" are the screens' names (app-nav-session,
# app-nav-settings).
app-instructions-text = Cada clínica tem as suas regras: quando parar de comer, quais remédios não tomar, quando chegar, o que levar, quem pode levar você para casa. Preencha agora com a folha de instruções da sua clínica e o seu plano segue essas regras; ou fique com os valores típicos e faça isso depois, pelo Plano da sessão ou pelas Configurações.
app-instructions-enter = Preencher as instruções da minha clínica
app-instructions-not-now = Agora não

## A primeira abertura: a primeira sessão (Welcome.svelte). O seletor de
## idioma fica acima (language-label em app.ftl).

welcome-title = Vamos preparar o dia da sua sessão
welcome-lead = Diga ao Steady quando é a sua próxima infusão. Ele faz duas listas curtas, uma para a véspera e outra para o próprio dia, e mostra o que fazer e quando.
welcome-when-legend = Quando é a sua próxima sessão?
welcome-date = Data
welcome-start-time = Horário de início
# $zone: the computer's time zone, as the system names it: "Europe/Berlin".
welcome-time-zone = Horários no fuso horário { $zone }.
welcome-clinic = Em qual clínica?
welcome-driver = Quem vai levar você para casa?
# Beside the question who drives the patient home.
welcome-driver-hint = opcional — o Steady lembra você na véspera
welcome-missing-date-time = Digite a data e o horário da sua sessão.
welcome-submit = Fazer o meu plano

## Hoje (Today.svelte): o que fazer agora, e o resto de hoje e amanhã.

# $count: checklist items whose time has passed without a tick.
today-missed = { $count ->
    [0] Nenhum item anterior ficou sem marcar.
    [one] { $count } item anterior não foi marcado.
   *[other] { $count } itens anteriores não foram marcados.
}
today-see-session-plan = Ver o plano da sessão
# SAFETY: the heading of the rules for after a session.
today-no-driving-title = Sem dirigir, sem operar máquinas, sem grandes decisões
# SAFETY: under that heading. $when: "amanhã às 07:00" (when-tomorrow...).
today-no-driving-until = Até { $when }
# The accessible name of the field for when the session really ended.
today-ended-at-label = Quando a sessão terminou
# Opens that field: the session ended before the patient tapped "I'm home".
today-ended-earlier = Terminou mais cedo…
# SAFETY
today-no-driving-counted = O Steady conta o período sem dirigir a partir do fim da sessão.
# Above the next checklist item: it is due now, or comes next.
today-now = Agora
today-next = A seguir
today-all-done-title = Nada para fazer agora
today-all-done-text = Todos os itens do seu plano estão marcados. Descanse bem.
# Items whose time has passed, not yet ticked.
today-overdue = Ainda por fazer
today-rest-of-today = Resto de hoje
today-nothing-else-today = Nada mais hoje.
today-tomorrow = Amanhã
today-nothing-tomorrow = Nada planejado para amanhã.
today-your-session = A sua sessão
# $from, $to: clock times, "12:30" and "13:30": when the escort typically
# picks the patient up.
today-pickup-typical = Horário para buscar você, em geral: { $from }–{ $to }
# $count: checklist items due after tomorrow.
today-later-items = { $count ->
    [one] Mais { $count } item depois de amanhã
   *[other] Mais { $count } itens depois de amanhã
}
# Opens the Ride home screen (app-nav-ride).
today-open-ride = Volta para casa
today-open-session = Ver o plano inteiro

## A linha de um item da lista (ItemRow.svelte), em Hoje e no plano da sessão.
## $title: o título do item ("Pare de comer"), do plano ou do paciente.

# The accessible names of the tick box, for a screen reader.
item-tick = Marcar como feito: { $title }
item-tick-undo = Feito: { $title }. Marcar como não feito
# The accessible name of the list of things in an item (the bag to pack).
item-parts-label = O que há em { $title }
# The tooltip of screens-typical.
item-typical-hint = Um valor típico de guias públicos para pacientes. As instruções da sua clínica sempre vêm primeiro.
# A tag: the patient moved this item's time; it no longer follows the session.
item-time-set-by-you = horário definido por você
# The accessible name of the choice of when the reminder comes.
item-reminder-label = Lembrete de { $title }
# The choices of when an item's reminder comes.
item-remind-at-time = Lembrar na hora
# $span: "15 min" (span-minutes) or "2 horas" (hours).
item-remind-before = Lembrar { $span } antes
item-change-time = Mudar o horário
# Undoes the patient's own time: the item follows the session again.
item-back-to-plan-time = Voltar ao horário do plano
item-edit-note = Editar a anotação
item-add-note = Adicionar anotação
item-remove = Remover
item-new-time = Novo horário
# $zone: the session's time zone, "Europe/Berlin".
item-new-time-zone = (no fuso horário { $zone })
item-note-label = A sua anotação
item-save-note = Salvar a anotação

## O plano da sessão (SessionPage.svelte): o dia de uma sessão, as duas
## listas dela, e os remédios que o médico prescritor mandou pausar.

session-page-eyebrow = Plano da sessão
session-page-clinic-unnamed = Clínica sem nome
# After the clinic's name and a dot. $zone: the session's time zone, "Europe/Berlin".
session-page-time-zone = horários no fuso horário { $zone }
# $protocol: the name of the clinic's instructions the plan follows, as the
# patient or the clinic named them.
session-page-following = Seguindo { $protocol }
session-page-typical-values = Valores típicos, até você preencher as instruções da sua clínica
# Opens the screen for the clinic's instructions.
session-page-instructions = Instruções da sua clínica
# A tag on a cancelled session.
session-page-cancelled = cancelada
session-page-move = Mudar o horário da sessão
session-page-cancel = Cancelar a sessão
# Asked before cancelling a session; the next message follows it.
session-page-cancel-question = Cancelar esta sessão?
session-page-cancel-explained = Os lembretes dela param. A lista dela continua no histórico do seu tratamento.
session-page-cancel-yes = Sim, cancelar
session-page-cancel-no = Manter
session-page-move-label = Nova data e horário de início
session-page-move-explained = Os itens do plano mudam junto com a sessão. Itens com horário definido por você ficam onde estão.
session-page-move-submit = Mudar a sessão
# The accessible name of the session day's timeline.
session-page-day-label = O dia da sessão
# The session day's steps, each beside its clock time.
session-page-leave-home = Sair de casa
session-page-arrive = Chegada
session-page-intake = Preparação
session-page-infusion = Infusão
session-page-recovery = Recuperação, até virem buscar você
session-page-pickup-window = Horário para buscar
# SAFETY: beside the day and time the patient may drive again.
session-page-no-driving-until = Sem dirigir até
# How long a step takes. $span: "45 min", "1 h" (span-minutes, span-hours).
session-page-about = cerca de { $span }
# After screens-typical. "care facts · The session day · 002, 003" names
# the part of Steady's care facts these timings come from; said here with
# the same words as screens-source and source-section-timeline.
session-page-typical-timings = Horários de guias públicos para pacientes (informações de cuidado · O dia da sessão · 002, 003). Os horários da sua clínica vêm primeiro.
# The two checklists' headings.
session-page-day-before = Antes da sessão
session-page-session-day = Dia da sessão e depois
session-page-meds-title = Remédios para pausar antes da sessão
session-page-meds-none = Nenhum adicionado. Só o seu médico prescritor decide se algum remédio deve ser pausado; se ele indicou algum, adicione aqui com as horas que ele deu.
# A medicine to hold. $medicine: its name (and dose), set apart in bold;
# $hours: how many hours before the session the last dose is taken.
session-page-med-hold = { $medicine }: última dose { $hours } h antes
# As session-page-med-hold; $restart: how many hours after the session it starts again.
session-page-med-hold-restart = { $medicine }: última dose { $hours } h antes, voltar a tomar { $restart } h depois
session-page-med-remove = Remover
session-page-med-name = Remédio
session-page-med-dose = Dose
session-page-med-hold-hours = Última dose, horas antes
session-page-med-restart-hours = Voltar a tomar, horas depois
session-page-med-prescriber = Conforme o seu médico prescritor disse. O Steady nunca sugere quais remédios pausar.
session-page-med-add = Adicionar remédio
session-page-med-open = Adicionar um remédio para pausar
session-page-med-hours-missing = Digite quantas horas antes da sessão o seu médico prescritor indicou para a última dose.
# The patient's own checklist item: what to do, and when.
session-page-item-title = O que fazer
session-page-item-due = Quando
session-page-item-add = Adicionar item
session-page-item-open = Adicionar um item seu

## O tratamento (Course.svelte): todas as sessões, e planejar mais.

course-page-title = O seu tratamento
# A booster session: one more infusion after the first series.
course-page-booster = Reforço
# $from, $to: short dates, "qui., 3 de dez." (date-short).
course-page-booster-between = Em geral entre { $from } e { $to }
course-page-no-sessions = Nenhuma sessão ainda.
# $count: earlier sessions the list leaves out until "Show all" is pressed.
course-page-earlier-hidden = { $count ->
    [one] { $count } sessão anterior não aparece.
   *[other] { $count } sessões anteriores não aparecem.
}
course-page-show-all = Mostrar todas
# A session's state in the list (feminine: "sessão").
course-page-upcoming = Futura
course-page-current = Hoje / em recuperação
course-page-past = Feita
course-page-cancelled = Cancelada
# $done of $total checklist items of a session are ticked.
course-page-ticked = { $done } de { $total } marcados
course-page-open = Abrir o plano
course-page-add-one = Adicionar uma sessão
course-page-add-series = Planejar uma série
course-page-date = Data
course-page-start-time = Horário de início
course-page-add-one-submit = Adicionar sessão
# Planning a series: "Dias da semana" [seg.] [qui.] ..., "A partir de" a
# date, "Às" a time, "Por quantas semanas" a number of weeks.
course-page-every = Dias da semana
course-page-series-from = A partir de
course-page-series-at = Às
course-page-series-weeks = Por quantas semanas
course-page-series-typical = Uma primeira série costuma ter umas seis infusões em 2–4 semanas (típico; quem decide é a sua clínica).
course-page-series-submit = Planejar estas sessões

## Os registros ao longo do tempo (Trend.svelte): um gráfico e o mesmo em tabela.

trend-empty = Os seus registros vão aparecer aqui num gráfico, com os dias de sessão marcados.
# The chart's accessible name, for a screen reader.
trend-chart-label = Gráfico das notas dos registros e dos totais do PHQ-9 ao longo do tempo; linhas verticais pontilhadas marcam os dias de sessão. Os mesmos valores estão na tabela abaixo.
# Under the chart: what its dotted vertical lines mean.
trend-session-lines = Linhas pontilhadas: dias de sessão.
# Opens the table under the chart.
trend-table-summary = O mesmo em tabela
# The table's first column: when the check-in was.
trend-table-when = Quando
# The chart's line of PHQ-9 totals, in its legend.
trend-phq9-total = Total do PHQ-9 (0-27)
# The chart's axes: check-in scores go from 0 to 10; PHQ-9 totals on the other side.
trend-check-in-axis = Registro (0-10)
trend-phq9-axis = PHQ-9
# A PHQ-9 result in the table: "12 (moderada)". $band: phq9-band (care.ftl).
trend-phq9-cell = { $total } ({ $band })

## Registros (CheckIn.svelte): como o paciente se sente hoje, o questionário
## PHQ-9, e como os dois andaram ao longo do tempo.

# The four scales of a check-in, each from 0 to 10; also the chart's lines
# and the table's columns.
screens-mood = Humor
screens-energy = Energia
screens-clarity = Clareza mental
screens-anxiety = Ansiedade
check-in-page-title = Como você está hoje?
# The check-in form's heading, for a screen reader.
check-in-page-form-label = Registro diário
# Above a slider. $scale: screens-mood, screens-energy...; $score: 0 to 10,
# set apart in bold.
check-in-page-scale = { $scale }: { $score } de 10
# How a screen reader says the slider's value. $score: 0 to 10.
check-in-page-score = { $score } de 10
# Under each slider: what its two ends (0 and 10) mean.
check-in-page-mood-low = 0 muito ruim
check-in-page-mood-high = 10 muito bom
check-in-page-energy-low = 0 nenhuma
check-in-page-energy-high = 10 muita
check-in-page-clarity-low = 0 mente confusa
check-in-page-clarity-high = 10 mente clara
check-in-page-anxiety-low = 0 calma
check-in-page-anxiety-high = 10 muita ansiedade
# SAFETY: a "Yes" opens the crisis panel.
check-in-page-self-harm = Algum pensamento de se machucar?
check-in-page-no = Não
check-in-page-yes = Sim
check-in-page-note = Uma anotação
check-in-page-save = Salvar o registro
# SAFETY
check-in-page-self-harm-missing = Responda à pergunta sobre pensamentos de se machucar, por favor.
check-in-page-saved = Salvo. Obrigado por registrar como você está.
check-in-page-phq9-title = Questionário (PHQ-9)
check-in-page-phq9-due = Está na hora de responder.
check-in-page-phq9-done-recently = Respondido há pouco. Você pode preencher de novo quando quiser.
check-in-page-phq9-open = Preencher o PHQ-9
check-in-page-phq9-save = Salvar o PHQ-9
check-in-page-phq9-missing = Responda às nove perguntas, por favor.
# $total: 0 to 27; $band: phq9-band (care.ftl).
check-in-page-phq9-saved = PHQ-9 salvo: { $total } de 27 ({ $band }).
# The PHQ-9 (Kroenke, Spitzer & Williams 2001) is a validated questionnaire:
# use its official translation in your language (Pfizer's, free to use)
# word for word, the instruction, the nine questions and the four answers;
# do not translate it yourself.
#
# Not checked against the official PHQ-9 translation.
# The Brazilian Portuguese PHQ-9 wording below (instruction, nine items,
# four answers) is the one widely reproduced as Pfizer's "PHQ-9 Portuguese
# for Brazil" form (validated by Santos et al. 2013); it matches several
# independent copies, but Pfizer's PDF itself was not seen while
# translating. Only change: "frequência" in current spelling (the form
# has "freqüência"). A reviewer should compare it with the PDF.
check-in-page-phq9-intro = Durante as últimas 2 semanas, com que frequência você foi incomodado/a por qualquer um dos problemas abaixo?
# Not checked against the official PHQ-9 translation.
check-in-page-phq9-1 = Pouco interesse ou pouco prazer em fazer as coisas
# Not checked against the official PHQ-9 translation.
check-in-page-phq9-2 = Se sentir “para baixo”, deprimido/a ou sem perspectiva
# Not checked against the official PHQ-9 translation.
check-in-page-phq9-3 = Dificuldade para pegar no sono ou permanecer dormindo, ou dormir mais do que de costume
# Not checked against the official PHQ-9 translation.
check-in-page-phq9-4 = Se sentir cansado/a ou com pouca energia
# Not checked against the official PHQ-9 translation.
check-in-page-phq9-5 = Falta de apetite ou comendo demais
# Not checked against the official PHQ-9 translation.
check-in-page-phq9-6 = Se sentir mal consigo mesmo/a — ou achar que você é um fracasso ou que decepcionou sua família ou você mesmo/a
# Not checked against the official PHQ-9 translation.
check-in-page-phq9-7 = Dificuldade para se concentrar nas coisas, como ler o jornal ou ver televisão
# Not checked against the official PHQ-9 translation.
check-in-page-phq9-8 = Lentidão para se movimentar ou falar, a ponto das outras pessoas perceberem? Ou o oposto – estar tão agitado/a ou irrequieto/a que você fica andando de um lado para o outro muito mais do que de costume
# SAFETY: the PHQ-9's ninth question; any answer but the first opens the
# crisis panel. The official translation, word for word.
# Not checked against the official PHQ-9 translation.
check-in-page-phq9-9 = Pensar em se ferir de alguma maneira ou que seria melhor estar morto/a
# The PHQ-9's four answers (official translation), scored 0 to 3.
# Not checked against the official PHQ-9 translation.
check-in-page-phq9-answer-0 = Nenhuma vez
# Not checked against the official PHQ-9 translation.
check-in-page-phq9-answer-1 = Vários dias
# Not checked against the official PHQ-9 translation.
check-in-page-phq9-answer-2 = Mais da metade dos dias
# Not checked against the official PHQ-9 translation.
check-in-page-phq9-answer-3 = Quase todos os dias
check-in-page-over-time = Ao longo do tempo
check-in-page-export = Exportar CSV e resumo em PDF
# After exporting. $csv, $pdf: the two files' paths.
check-in-page-exported = Salvos: { $csv } e { $pdf }
# Under the chart: the check-ins stay on this computer.
check-in-page-stays-here = Fica neste computador. Só sai daqui quando você exporta.

## Depois de uma sessão (Recovery.svelte): o que o paciente pode sentir e
## quando costuma passar, e quem chamar quando algo está errado.

recovery-page-title = Depois da sua sessão
# $when: when the session ended, "hoje às 18:00" (when-today...).
recovery-page-lead-ended = O que você pode sentir, e quando costuma passar. Contado a partir do fim da sua sessão, { $when }.
# As recovery-page-lead-ended, before the patient has said the session ended.
# “Cheguei em casa” quotes the button on Today (screens-im-home).
recovery-page-lead-planned = O que você pode sentir, e quando costuma passar. Contado a partir do fim da sua sessão, { $when } (previsto; toque em “Cheguei em casa” em Hoje quando chegar).
# SAFETY: an effect lasts longer than it usually does. $effect: the effect's
# name ("Tontura"); $time: a clock time, "18:00". Followed by
# recovery-page-call-your-clinic.
recovery-page-outlasting = { $effect } costuma passar até as { $time }; você ainda sente.
# SAFETY
recovery-page-call-your-clinic = Ligue para a sua clínica.
# Under an effect's name. $time: a clock time, "18:00", set apart in bold.
recovery-page-eases-by = Costuma passar até as { $time }
# As recovery-page-eases-by, for an effect that lasts into another day;
# $when: the day and time again, "amanhã às 07:00".
recovery-page-eases-by-day = Costuma passar até as { $time } ({ $when })
# $strength: 0 to 10, as the patient rated the effect; $time: a clock time.
recovery-page-noted = Você anotou { $strength }/10 às { $time }.
# The accessible name of the slider: how strong the effect is.
recovery-page-strength-label = Intensidade, de 0 a 10
recovery-page-feel-this = Estou sentindo isto
recovery-page-gone = Já passou
# SAFETY: the heading of the list of symptoms and whom to call about each.
recovery-page-call-whom = Quem chamar, e quando
recovery-page-call-whom-clinic = A lista da sua clínica.
recovery-page-call-whom-typical = Uma lista típica, da folha de alta publicada por uma clínica; as instruções da sua clínica vêm primeiro.
# SAFETY: beside a symptom. $number: the emergency number, "112" or "911",
# set apart (kept left to right).
recovery-page-call-emergency = Ligue para { $number }
# SAFETY: as recovery-page-call-emergency, when Steady knows no number.
recovery-page-call-emergency-number = Ligue para o número de emergência
# SAFETY: beside a symptom. $clinic is "named" when the patient gave the
# clinic's name ($name), else "none".
recovery-page-call-clinic = { $clinic ->
    [none] Ligue para a clínica
   *[named] Ligue para { $name }
}
# SAFETY: as recovery-page-call-clinic, with the clinic's phone number
# ($phone, set apart: kept left to right).
recovery-page-call-clinic-phone = { $clinic ->
    [none] Ligue para a clínica ({ $phone })
   *[named] Ligue para { $name } ({ $phone })
}
# SAFETY
recovery-page-call-primary-care = Avise o seu clínico geral
# SAFETY
recovery-page-other-title = Algo mais parece muito errado?
# SAFETY
recovery-page-other-text = Por exemplo, sinais de mania ou de psicose que piora (raros, mas graves), ou qualquer coisa que preocupe você.
# SAFETY: opens the crisis panel.
recovery-page-other-show = Mostrar quem chamar

## O painel de crise (CrisisPanel.svelte): aparece depois de um registro com
## pensamentos de se machucar, ou quando algo parece muito errado depois de
## uma sessão. Curto, acolhedor, direto. Toda mensagem aqui é de segurança.

# SAFETY
crisis-panel-title = Por favor, fale com alguém agora
# SAFETY: "sem apoio" keeps it free of gender ("sozinho/sozinha").
crisis-panel-text = Você não precisa passar por isso sem apoio. Falar com alguém agora ajuda.
# SAFETY: $country: the country the crisis numbers are for, "United Kingdom".
# Also the crisis set-up's heading line. Country names arrive in English, so
# no article: "Números de ajuda: Brazil".
crisis-numbers-for = Números de ajuda: { $country }
# SAFETY: as crisis-numbers-for, before the patient's country is known.
crisis-numbers-for-your-country = Números de ajuda: seu país
# SAFETY: beside the crisis line's name and number (the panel and the set-up).
crisis-line = Linha de apoio emocional
# SAFETY: beside the emergency number ("112", "911").
crisis-emergency = Emergência
# SAFETY: in place of a crisis line when none is set.
crisis-panel-no-crisis-line = Não definida — fale com alguém de confiança, ou ligue para o número de emergência
# SAFETY: in place of the emergency number when Steady knows none.
crisis-panel-no-emergency-number = O seu número de emergência local
# SAFETY: in place of the clinic's name when the patient gave none.
crisis-panel-your-clinic = A sua clínica
# SAFETY: in place of the clinic's phone when none is set. "Volta para casa"
# is the screen's name (app-nav-ride).
crisis-panel-no-clinic-phone = Adicione o telefone da clínica na tela Volta para casa
crisis-panel-close = Fechar

## A configuração dos números de crise (CrisisSetup.svelte): qual país, e os
## números dele ou os do paciente; em Hoje, depois que a primeira sessão é
## planejada, e em Configurações. $country: o nome de um país, "United Kingdom".

# SAFETY
crisis-setup-title = Quem chamar numa crise
# A small button beside crisis-numbers-for: choose another country.
crisis-setup-change-country = mudar
# SAFETY
crisis-setup-no-country = O Steady não conseguiu saber em que país você está. Escolha o país, para os números certos ficarem prontos.
# The accessible name of the question below.
crisis-setup-confirm-label = Confirme o seu país
# SAFETY: Steady guessed the country from the time zone.
crisis-setup-confirm-question = O Steady escolheu { $country } pelo fuso horário do seu computador. É onde você está?
crisis-setup-confirm-yes = Sim, { $country }
crisis-setup-confirm-no = Não, escolher outro
crisis-setup-country = País
# The country list's first line, before one is chosen.
crisis-setup-choose = Escolha…
# A country in the list for which Steady has no crisis numbers.
crisis-setup-country-without-numbers = { $country } (ainda sem números no Steady)
crisis-setup-use-country = Usar este país
# SAFETY
crisis-setup-no-numbers = O Steady ainda não tem números de crise para { $country }. Digite agora a sua linha de apoio local e o número de emergência, para que estejam aqui se você um dia precisar.
# In place of a number that is not set.
crisis-setup-not-set = Não definido
# A tag beside a number the patient typed.
crisis-setup-yours = seu
# SAFETY: under the numbers from Steady's own table.
crisis-setup-from-care-facts = De fontes públicas reunidas em 2026 (informações de cuidado do Steady). Os números mudam: se você conhece um melhor, use o seu.
crisis-setup-own-numbers = Usar os meus próprios números
crisis-setup-own-crisis-line = A sua linha de apoio emocional
# The empty field's hint: what to type.
crisis-setup-own-crisis-line-hint = Nome e número
crisis-setup-own-emergency = O seu número de emergência
# The empty field's hint: an emergency number as an example (112 works
# across Europe; use your region's if it is better known). Brazil: SAMU 192.
crisis-setup-own-emergency-hint = Por exemplo 192
# $country's own numbers are used for a box left empty.
crisis-setup-own-empty-box = Deixe um campo vazio para usar o número de { $country }.
crisis-setup-own-change-later = Você pode mudar isso quando quiser, nas Configurações.
crisis-setup-own-save = Salvar os números
crisis-setup-saved = Salvo.

## A tela simples para depois de uma sessão (Groggy.svelte): uma coisa de
## cada vez, em letras grandes, para quem ainda está grogue.

# The view's accessible name.
groggy-label = Tela simples para depois da sua sessão
# Shows the next item in the queue instead.
groggy-next-thing = Próxima coisa
groggy-rest-title = Descanse agora
groggy-rest-text = Nada para fazer. Beba um pouco de água e pegue leve.
# Opens the Recovery screen: what the patient may feel after the session.
groggy-how-i-feel = Como me sinto
# Leaves the simple view for the full Today screen.
groggy-full-view = Tela completa

## Lembretes mostrados na janela (ReminderBanner.svelte), quando as
## notificações da área de trabalho estão desativadas ou um lembrete chegou
## com a janela aberta.

reminder-banner-notifications-off = As notificações da área de trabalho estão desativadas — os lembretes vão aparecer aqui.
# Opens the technical reason notifications are off.
reminder-banner-details = Detalhes
# $time: a clock time, "18:00".
reminder-banner-paused = Os lembretes estão pausados até as { $time }.
reminder-banner-resume = Retomar agora
reminder-banner-title = Lembretes
# After the reminder's time: it arrived late (the computer was asleep).
# $span: how late, "12 min" (span-minutes).
reminder-banner-late = chegou com { $span } de atraso

## O bloqueio do app: a primeira tela enquanto o Steady está bloqueado
## (Unlock.svelte) e a parte dele em Configurações (AppLock.svelte).

unlock-title = O Steady está bloqueado
unlock-text = Digite a sua frase-senha para ver o seu plano. Os lembretes continuam chegando enquanto o Steady está bloqueado.
unlock-passphrase = Frase-senha
unlock-open = Abrir o Steady
unlock-opening = Abrindo…
unlock-forgot = Esqueceu a frase-senha?
# $path: the data folder's path, set apart (shown as code).
unlock-forgot-text = Sem ela, ninguém consegue abrir estes dados, nem o próprio Steady: é para isso que o bloqueio serve. Para recomeçar com um plano vazio, feche o Steady e tire a pasta de dados do lugar: { $path }.
app-lock-title = Bloqueio do app
app-lock-state-on = O bloqueio está ativado: os seus dados estão criptografados neste computador, e o Steady pede a frase-senha sempre que inicia.
# “You have a reminder” quotes what a notification says while Steady is
# locked (in reminders.ftl): use the same words.
app-lock-state-off = Bloqueie o Steady com uma frase-senha se outras pessoas usam este computador. Assim os seus dados ficam criptografados, e o Steady pede a frase-senha sempre que inicia. Os lembretes continuam chegando com o app bloqueado, dizendo só “Você tem um lembrete”.
app-lock-groggy-hint = Você vai precisar dela também depois de uma sessão, quando pode estar grogue: escolha palavras fáceis de digitar. Se você esquecer a frase-senha, ninguém consegue abrir os dados, nem o próprio Steady.
app-lock-current = Frase-senha atual
app-lock-new = Nova frase-senha
app-lock-passphrase = Frase-senha
# Beside the new passphrase's field.
app-lock-passphrase-hint = (pelo menos 8 caracteres; uma frase curta funciona bem)
# The field where the new passphrase is typed a second time.
app-lock-again = A mesma de novo
app-lock-working = Aguarde…
app-lock-change = Trocar a frase-senha
app-lock-turn-on = Ativar o bloqueio
app-lock-turn-off = Desativar o bloqueio
app-lock-not-the-same = As duas frases-senha novas não são iguais.
app-lock-done-on = O bloqueio está ativado. O Steady vai pedir esta frase-senha sempre que iniciar.
app-lock-done-changed = A frase-senha foi trocada.
app-lock-done-off = O bloqueio está desativado. Os seus dados não estão mais criptografados.

## Um pedido que o núcleo nunca viu (api.ts).

# Tauri refused a request's arguments before Steady's core read them: a
# fault in Steady, not the patient's. $detail: the technical reason, in English.
api-request-not-understood = O Steady não entendeu esse pedido ({ $detail }).
