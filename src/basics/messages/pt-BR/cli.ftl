### As palavras da linha de comando (`steady …` num terminal): o que ela
### imprime para uma pessoa. A saída JSON (--json) e o `--help` ficam como
### estão.
###
### Palavras entre `crases`, opções como --country e valores como XX são
### digitados como estão: mantenha-os.

## Pedidos da frase-senha (o cursor espera depois deles, por isso terminam
## com um espaço).

cli-prompt-locked = { "O Steady está bloqueado. Frase-senha: " }
cli-prompt-new-passphrase = { "Nova frase-senha: " }
cli-prompt-passphrase-again = { "A mesma frase-senha de novo: " }
cli-prompt-current-passphrase = { "Frase-senha atual: " }

## O bloqueio do app (`steady lock …`).

# $on "yes": the lock is on.
cli-lock-status = { $on ->
    [yes] O bloqueio do app está ativado: os dados estão criptografados, e o Steady pede a frase-senha ao iniciar.
   *[no] O bloqueio do app está desativado.
}
cli-lock-set = O bloqueio do app está ativado. O Steady vai pedir esta frase-senha ao iniciar.
cli-lock-changed = A frase-senha foi trocada.
cli-lock-removed = O bloqueio do app está desativado. Os dados não estão mais criptografados.

## Sessões e itens.

# One session on a line. $id: its number; $start: its start as stored
# ("2026-12-03T09:00:00+01:00"); $tz: its time zone ("Europe/Berlin").
cli-session = { $clinic ->
    [named] Sessão { $id }: { $start } ({ $tz }), { $clinic_name }
   *[none] Sessão { $id }: { $start } ({ $tz }), clínica sem nome
}
cli-session-cancelled = A sessão { $id } de { $start } foi cancelada; os lembretes dela param.
cli-no-sessions = Nenhuma sessão planejada.
# $id: the new item's number; $title: its title; $due: its time as stored.
cli-item-added = { $id }: { $title } em { $due }
# $done "yes": the item is ticked off.
cli-item-ticked = { $done ->
    [yes] { $id }: { $title } (feito)
   *[no] { $id }: { $title } (não feito)
}
# The next thing to do. $due: "2026-12-02T19:00"; $title: the item's title.
cli-today-next = Próximo: { $due }  { $title }
cli-today-nothing = Nada a fazer.
# A session's state in the course's list, one word (feminine: "sessão").
cli-session-status = { $status ->
    [upcoming] Futura
    [current] Atual
    [past] Passada
   *[cancelled] Cancelada
}
# How many of a session's items are done: "3/12 feitos".
cli-done-count = { $done }/{ $count } feitos
# A reminder's state in the list of reminders, one word (masculine: "lembrete").
cli-reminder-state = { $state ->
    [pending] pendente
    [snoozed] adiado
    [shown] mostrado
    [missed] perdido
   *[done] feito
}
# $name: the medicine's name, as typed; $hours: hours before the session.
cli-medicine-recorded = Remédio { $name } anotado: última dose { $hours } h antes da sessão.

## Arquivos gravados e lidos. $file: o caminho de um arquivo.

# $count: how many events the calendar file holds.
cli-wrote-events = { $count ->
    [one] { $count } evento gravado em { $file }
   *[other] { $count } eventos gravados em { $file }
}
cli-wrote-ride-card = Cartão da volta para casa gravado em { $file }
cli-wrote-data = Todos os dados gravados em { $file }
cli-wrote-protocol = Protocolo gravado em { $file }
# $backup: where the data that was replaced is kept.
cli-imported = { $file } importado. Os dados que estavam aqui estão em { $backup }.
cli-protocol-no-problems = { $file }: nenhum problema encontrado.
# $problem: one problem in the file (errors.ftl).
cli-protocol-problem = { $file }: { $problem }
# $count: sessions changed; $import: the change's number (to undo it).
cli-protocol-applied = { $count ->
    [one] { $file } aplicado a { $count } sessão e às sessões planejadas daqui em diante (importação { $import }).
   *[other] { $file } aplicado a { $count } sessões e às sessões planejadas daqui em diante (importação { $import }).
}

## Números de crise (`steady crisis`).

# SAFETY: the heading over the numbers. $whose: the country's name ("Germany").
cli-crisis-heading = Números de ajuda: { $whose }
# SAFETY: the crisis line ($number) and its hours ($crisis_hours, "24/7, free") when known.
cli-crisis-line = { $line ->
    [given] { $hours ->
        [given] Linha de apoio emocional: { $number } ({ $crisis_hours })
       *[none] Linha de apoio emocional: { $number }
    }
   *[none] Linha de apoio emocional: não definida
}
# SAFETY: the emergency number.
cli-crisis-emergency = { $emergency ->
    [given] Emergência: { $number }
   *[none] Emergência: número não definido
}
# $code: the country's two-letter code ("DE").
cli-crisis-confirm = (Escolhido pelo fuso horário: confirme com --country { $code })

## O dia do paciente (`steady day`). As horas chegam prontas ("07:00").

cli-day = Acordar { $wake }, manhã { $morning }, noite { $evening }, hora de dormir { $bedtime }, registro diário { $check_in }. Nenhum lembrete aparece entre a hora de dormir e a hora de acordar.

## Problemas que a linha de comando relata no caminho (depois de "steady: ").

# $reason: what went wrong (errors.ftl).
cli-reword-failed = não foi possível reescrever o plano: { $reason }
# $reason: what went wrong (errors.ftl).
cli-reminder-times-failed = não foi possível atualizar os horários dos lembretes: { $reason }
