### Lembretes: as notificações da área de trabalho (título, texto, botões),
### os avisos de registro, as palavras que um Steady bloqueado mostra, e o
### menu e a dica do ícone na bandeja.
###
### O título de uma notificação diz a ação; o texto, o porquê e até quando.
### Nunca alarmante; nunca o nome do remédio enquanto o Steady está bloqueado.

## A notificação de um lembrete. O título e o detalhe do item vêm do plano
## (plan.ftl) e chegam prontos.

# A reminder the night moved to bedtime, when the item has no bedtime title of its own. $title: the item's title.
reminders-bedtime-title = Antes de dormir: { $title }
# Its body. $title: the item's title; $time: the item's own time ("03:00"); $detail: why (may be empty).
reminders-bedtime-body = { $title } às { $time }. { $detail }
# A reminder shown late (the computer slept). $late: how late ("25 min",
# "2 h 5 min"); $time: when it was due ("07:00"); $detail: why (may be empty).
reminders-body-late = Com { $late } de atraso: era para as { $time }. { $detail }
# A reminder shown ahead of its time, as the patient asked. $time: the item's time; $detail: why (may be empty).
reminders-body-ahead = Às { $time }. { $detail }
# When a reminder comes next, in the tray: $time is a clock time ("22:00").
reminders-when-today = hoje às { $time }
reminders-when-tomorrow = amanhã às { $time }

## Os botões da notificação (curtos: a área de trabalho mostra um ao lado do outro).

# Clicking the notification itself: opens Steady at the item.
reminders-action-open = Abrir
reminders-action-done = Feito
reminders-action-snooze-10 = Adiar 10 min
reminders-action-snooze-60 = Adiar 1 hora
# On a notification about no item (a check-in, a locked reminder).
reminders-action-open-steady = Abrir o Steady

## A notificação de teste (Configurações → notificações → teste).

reminders-test-title = O Steady consegue avisar você
reminders-test-body = Isto é um teste. Os lembretes vão aparecer assim.

## Avisos de registro, à noite, por algumas semanas depois de uma sessão.

reminders-check-in-title = Como você está hoje?
reminders-check-in-body = Um registro de um minuto ajuda você e a sua clínica a ver como vai o tratamento.
reminders-phq9-title = Hora do questionário PHQ-9
reminders-phq9-body = O PHQ-9 leva uns dois minutos. Ele mostra como você tem estado nas últimas duas semanas.

## Enquanto o Steady está bloqueado: palavras neutras, nada do plano
## (qualquer pessoa perto da tela pode ler).

reminders-locked-title = Você tem um lembrete
reminders-locked-body = Abra o Steady e digite a sua frase-senha para ver.

## O menu e a dica do ícone na bandeja.

tray-open = Abrir o Steady
# Opens the Recovery screen.
tray-recovery = Como me sinto depois da sessão
tray-lock = Bloquear o Steady
# $paused "yes": reminders are paused now, and the item resumes them.
tray-pause = { $paused ->
    [yes] Retomar os lembretes
   *[no] Pausar os lembretes por 1 hora
}
# $pending: reminders still to come today, which a closed Steady cannot show.
tray-quit = { $pending ->
    [0] Sair do Steady
    [one] Sair do Steady ({ $pending } lembrete que ainda vem hoje não vai aparecer)
   *[other] Sair do Steady ({ $pending } lembretes que ainda vêm hoje não vão aparecer)
}
# The menu's line for the next reminder, before it is known or when nothing is to come.
tray-nothing-next = Nenhum lembrete por vir
# $count: reminders that could not pop up and wait in the window.
tray-waiting = { $count ->
    [0] Nenhum lembrete esperando no Steady
    [one] { $count } lembrete esperando no Steady
   *[other] { $count } lembretes esperando no Steady
}
# SAFETY: the end of the no-driving time, before the next reminder's line.
# $date: a short day and time ("sex., 4 de dez. às 13:00"); $next: the next line.
tray-no-driving = Não dirija até { $date } · { $next }
# While locked: nothing of the plan is shown.
tray-locked = Bloqueado: abra o Steady para ver os seus lembretes
# When the data could not be opened.
tray-check-data = Abra o Steady para conferir os seus dados
# $reason: what went wrong (errors.ftl).
tray-cannot-read = O Steady não consegue ler os dados: { $reason }
# The tooltip over the icon. $next: the menu's next line.
tray-tooltip = Steady — { $next }
# Asked before quitting while reminders are still to come today.
tray-quit-title = Sair do Steady?
# $pending: how many reminders are still to come today (1 or more).
tray-quit-question = { $pending ->
    [one] { $pending } lembrete ainda vem hoje. Com o Steady fechado, ele não pode aparecer.
   *[other] { $pending } lembretes ainda vêm hoje. Com o Steady fechado, eles não podem aparecer.
}
tray-quit-button = Sair
tray-keep-running-button = Continuar rodando
