### Mensagens de erro: o que deu errado, em palavras simples, e o que fazer.
### Cada uma diz se algo foi alterado (em geral: nada foi).
###
### Muitas aparecem embaixo de um campo de formulário, ou são impressas pela
### linha de comando (`steady …`) depois de "steady: ". Palavras entre
### `crases` são comandos ou configurações, digitados como estão: não traduza.

error-language-unknown = O Steady ainda não tem palavras em “{ $tag }”. Escolha um dos idiomas da lista.

## Os tipos de erro que todas as partes do Steady compartilham.

# $what: which kind of thing was looked for; $id: its number.
error-not-found = { $what ->
    [session] A sessão { $id } não foi encontrada. Talvez tenha sido removida.
    [item] O item { $id } não foi encontrado. Talvez tenha sido removido.
    [medicine] O remédio { $id } não foi encontrado. Talvez tenha sido removido.
   *[rules_change] A mudança de regras { $id } não foi encontrada. Talvez tenha sido removida.
}
# $found, $known: data format versions (whole numbers).
error-newer-schema = Estes dados foram gravados por um Steady mais novo (versão de dados { $found }; este Steady conhece até a { $known }). Os dados não foram alterados.
error-storage-disk-full = O disco está cheio, por isso isto não foi salvo. Libere espaço e tente de novo. Nada do que já estava salvo se perdeu.
error-storage-read-only = A pasta de dados do Steady é somente leitura, por isso isto não foi salvo. Nada do que já estava salvo se perdeu.
# $reason: the database's own technical words (English), kept for a helper.
error-storage-io = O Steady não conseguiu gravar na pasta de dados (o disco pode estar cheio, ser somente leitura ou estar falhando), por isso isto não foi salvo. Nada do que já estava salvo se perdeu. ({ $reason })
# $reason: the database's own technical words (English).
error-storage = O Steady não conseguiu ler ou salvar os dados: { $reason }
# $reason: the system's words for what failed (often English).
error-io = O Steady não conseguiu usar a pasta de dados: { $reason }
# $reason: why, from the notification messages below (error-notify-*), or the system's words.
error-notifications = As notificações da área de trabalho estão desativadas: { $reason }. Os lembretes vão aparecer na janela do Steady.
# $reason: why, from the document messages below (error-document-*), or a library's words.
error-document = O Steady não conseguiu criar este documento: { $reason }. Nada foi gravado.
error-locked = O Steady está bloqueado. Digite a sua frase-senha para abrir.
error-wrong-passphrase = Essa frase-senha não confere. Nada foi alterado; tente de novo.

## Pastas. Estas vêm depois de "O Steady não conseguiu usar a pasta de
## dados: ", por isso começam com minúscula. $variable: o nome de uma
## variável de ambiente, como está.

error-no-data-folder = este sistema não indica nenhuma pasta de dados; defina { $variable } com uma pasta
error-no-downloads-folder = este sistema não indica nenhuma pasta de Downloads; defina { $variable } com uma pasta

## Datas, horas e fusos horários digitados.

# $name: what was typed as a time zone. The examples are time zone names: keep them as they are.
error-unknown-time-zone = “{ $name }” não é um fuso horário que o Steady conheça. Use um nome como Europe/Berlin ou America/New_York.
error-date-time-empty = Digite uma data e uma hora.
# $text: what was typed. The example is the form the field takes: keep it.
error-not-a-date-time = “{ $text }” não é uma data e hora que o Steady entenda. Use o formato 2026-12-03T09:00.
# $text: what was typed. The example is the form the field takes: keep it.
error-not-a-time-of-day = “{ $text }” não é uma hora do dia. Use o formato 07:30 (24 horas).

## O dia do paciente (Configurações: acordar, manhã, noite, hora de dormir, registro).

error-day-night-too-short = Deixe pelo menos duas horas entre a hora de dormir e a hora de acordar.
error-day-too-short = A hora de dormir precisa ser pelo menos seis horas depois da hora de acordar.
error-day-out-of-order = A manhã vem depois de acordar, a noite depois da manhã, e a hora de dormir depois da noite.
error-day-check-in-after-bedtime = O registro da noite precisa vir antes da hora de dormir, para não acordar você.

## Registros e o questionário PHQ-9.

# $count: how many answers arrived (not nine).
error-phq9-answer-count = { $count ->
    [0] O PHQ-9 tem nove perguntas; nenhuma resposta foi dada.
    [one] O PHQ-9 tem nove perguntas; foi dada { $count } resposta.
   *[other] O PHQ-9 tem nove perguntas; foram dadas { $count } respostas.
}
# $answer: the answer given (a number above 3).
error-phq9-answer-range = Cada resposta vai de 0 a 3; foi dado { $answer }.

## Problemas com as regras de uma clínica (o formulário "Instruções da sua
## clínica", ou um arquivo de protocolo). Cada problema vem depois do nome
## do campo e de dois-pontos ("Linha do tempo, minutos de infusão: precisa
## estar entre 1 e 720 minutos; o valor é 0."), por isso a maioria começa
## com minúscula.

# $low, $high: the bounds; $value: what was given; $unit: "minutes", "hours", "days" or "years".
error-rule-range = precisa estar entre { $low } e { $high } { $unit ->
    [minutes] minutos
    [hours] horas
    [days] dias
   *[years] anos
}; o valor é { $value }.
error-rule-empty = não pode ficar vazio.
# $max: the most characters allowed; $count: how many the text has.
error-rule-too-long = pode ter no máximo { $max } caracteres; tem { $count }.
error-rule-control-characters = precisa ser texto simples (tem caracteres de controle invisíveis).
# $max: the most entries allowed; $count: how many there are.
error-rule-too-many = no máximo { $max } itens; há { $count }.
# "timeline.observation_min_minutes" is the field's name in a protocol file: keep it.
error-rule-observation-max = precisa ser pelo menos a observação mais curta (timeline.observation_min_minutes).
error-rule-observation-without-escort = precisa ser pelo menos a observação mais curta.
error-rule-medicine-says-nothing = não diz nada: dê uma regra para antes da sessão ou uma hora para voltar a tomar depois.
# Under a form: $field is the field in words ("Comida e bebida, comida sólida, horas"); $problem one of the messages above.
error-rule-problem = { $field }: { $problem }

## Arquivos de protocolo (as regras de uma clínica num arquivo, conferidas
## em Configurações ou por `steady protocol check`).

# $file: the file's path; $size, $max: kilobytes.
error-protocol-file-too-large = { $file } tem { $size } KB; um arquivo de protocolo tem no máximo { $max } KB.
# $size, $max: kilobytes.
error-protocol-too-large = O arquivo tem { $size } KB; um arquivo de protocolo tem no máximo { $max } KB. É o arquivo certo?
error-protocol-not-utf8 = O arquivo não é texto UTF-8. Salve-o como UTF-8 e tente de novo.
# $version: the format version a file should say (2). `version = 2` is typed into the file as it is.
error-protocol-no-version = O arquivo não diz a versão do formato: acrescente `version = { $version }` no começo.
# $found: the file's version; $version: the newest this Steady reads (2).
error-protocol-newer-version = Este arquivo é da versão { $found } do protocolo; este Steady lê as versões 1 e { $version }. Peça à clínica um arquivo da versão { $version }, ou atualize o Steady.
# After the field's name "version" and a colon. $version: 2.
error-protocol-version-not-a-number = precisa ser um número inteiro: { $version }.
# $problem: a problem above; $field: the field in words ("Comida e bebida, comida sólida, horas").
error-protocol-problem = { $problem } ({ $field })
# A problem in an old (version 1) file; after the field's name "version" and a colon.
error-protocol-v1-version = precisa ser 1 num arquivo da versão 1.
# "session.observation_min_minutes" is a field's name in the file: keep it.
error-protocol-v1-observation-max = precisa ser pelo menos session.observation_min_minutes (a observação mais curta da sessão).
# $max: the most medicines a file may list.
error-protocol-v1-too-many-medicines = no máximo { $max } remédios.
# $max: the most characters allowed.
error-rule-plain-text-max = precisa ser texto simples de no máximo { $max } caracteres.
# Where a problem is: $field is a field's name in the file as it is ("food.solid_food.hours"); $line a line number.
error-problem-in-field = { $field }: { $problem }
error-problem-at-line = linha { $line }: { $problem }
error-problem-at-line-in-field = linha { $line }, { $field }: { $problem }

## Texto digitado num formulário: a frase inteira de cada campo. $field é o
## nome do campo no formulário (a chave entre colchetes): diga a frase para
## esse campo.

# Nothing typed into a field that needs something.
error-text-empty = { $field ->
    [title] O título não pode ficar vazio.
    [note] A anotação não pode ficar vazia.
    [name] O nome do remédio não pode ficar vazio.
    [dose] A dose não pode ficar vazia.
    [driver_name] O nome do motorista não pode ficar vazio.
    [driver_phone] O telefone do motorista não pode ficar vazio.
    [driver_relation] O campo “quem é o motorista” não pode ficar vazio.
    [driver_contact] O campo “como o motorista recebe os detalhes” não pode ficar vazio.
    [driver_email] O e-mail do motorista não pode ficar vazio.
    [driver_note] O recado para o motorista não pode ficar vazio.
    [clinic_name] O nome da clínica não pode ficar vazio.
    [clinic_phone] O telefone da clínica não pode ficar vazio.
   *[clinic_address] O endereço da clínica não pode ficar vazio.
}
# $max: the most characters allowed; $count: how many were typed.
error-text-too-long = { $field ->
    [title] O título pode ter no máximo { $max } caracteres; agora tem { $count }.
    [note] A anotação pode ter no máximo { $max } caracteres; agora tem { $count }.
    [name] O nome do remédio pode ter no máximo { $max } caracteres; agora tem { $count }.
    [dose] A dose pode ter no máximo { $max } caracteres; agora tem { $count }.
    [driver_name] O nome do motorista pode ter no máximo { $max } caracteres; agora tem { $count }.
    [driver_phone] O telefone do motorista pode ter no máximo { $max } caracteres; agora tem { $count }.
    [driver_relation] O campo “quem é o motorista” pode ter no máximo { $max } caracteres; agora tem { $count }.
    [driver_contact] O campo “como o motorista recebe os detalhes” pode ter no máximo { $max } caracteres; agora tem { $count }.
    [driver_email] O e-mail do motorista pode ter no máximo { $max } caracteres; agora tem { $count }.
    [driver_note] O recado para o motorista pode ter no máximo { $max } caracteres; agora tem { $count }.
    [clinic_name] O nome da clínica pode ter no máximo { $max } caracteres; agora tem { $count }.
    [clinic_phone] O telefone da clínica pode ter no máximo { $max } caracteres; agora tem { $count }.
   *[clinic_address] O endereço da clínica pode ter no máximo { $max } caracteres; agora tem { $count }.
}
# Pasted text with invisible characters in it.
error-text-control-characters = { $field ->
    [title] O título contém caracteres de controle invisíveis. Digite de novo, por favor.
    [note] A anotação contém caracteres de controle invisíveis. Digite de novo, por favor.
    [name] O nome do remédio contém caracteres de controle invisíveis. Digite de novo, por favor.
    [dose] A dose contém caracteres de controle invisíveis. Digite de novo, por favor.
    [driver_name] O nome do motorista contém caracteres de controle invisíveis. Digite de novo, por favor.
    [driver_phone] O telefone do motorista contém caracteres de controle invisíveis. Digite de novo, por favor.
    [driver_relation] O campo “quem é o motorista” contém caracteres de controle invisíveis. Digite de novo, por favor.
    [driver_contact] O campo “como o motorista recebe os detalhes” contém caracteres de controle invisíveis. Digite de novo, por favor.
    [driver_email] O e-mail do motorista contém caracteres de controle invisíveis. Digite de novo, por favor.
    [driver_note] O recado para o motorista contém caracteres de controle invisíveis. Digite de novo, por favor.
    [clinic_name] O nome da clínica contém caracteres de controle invisíveis. Digite de novo, por favor.
    [clinic_phone] O telefone da clínica contém caracteres de controle invisíveis. Digite de novo, por favor.
   *[clinic_address] O endereço da clínica contém caracteres de controle invisíveis. Digite de novo, por favor.
}

## Sessões, itens, lembretes, remédios e configurações.

error-not-an-email-address = Isso não parece um endereço de e-mail (nome@example.org). Nada foi salvo.
error-session-end-before-infusion = Uma sessão não pode terminar antes de a infusão começar.
# "I'm home" is the button's label on the Recovery screen (screens.ftl): use the same words.
error-session-end-in-future = Esse horário ainda não chegou. Toque em “Cheguei em casa” quando a sessão tiver terminado.
error-session-start-past = Esse horário já passou. Digite a data e a hora da sua próxima sessão.
error-session-start-too-far = Essa data fica a mais de dois anos daqui. Confira o ano, por favor.
# $value: the number given (above 10).
error-scale-range = Escolha de 0 a 10; foi dado { $value }.
# $effect: the name the program asked for (an internal key).
error-unknown-effect = “{ $effect }” não é um dos efeitos da lista.
# $max: the most characters a note may have.
error-note-too-long = Uma anotação pode ter no máximo { $max } caracteres.
error-reminder-session-over = A sessão desse item já terminou; ele não tem mais lembrete.
error-snooze-range = Um adiamento vai de 1 minuto a 24 horas.
error-snooze-done = Este item já está feito; não há nada para adiar.
error-lead-range = Um lembrete pode vir no máximo 24 horas antes.
error-stale-after-range = Escolha entre 1 e 72 horas.
# A "part" of an item: one of the things listed under it, ticked one by one.
error-item-no-such-part = Esse item não tem essa parte para marcar.
error-item-no-plan-time = Só os itens do plano têm um horário do plano para onde voltar.
error-item-plan-not-removable = Itens do plano não podem ser removidos. Em vez disso, marque-os como feitos, ou mude o horário deles.
error-medicine-hours-range = As horas antes ou depois podem ser no máximo 720 (30 dias).
# $max: the most characters a name may have.
error-patient-name-too-long = Digite um nome curto (no máximo { $max } caracteres).
# $code: what was given as a country code ("DE", "XX").
error-unknown-country = “{ $code }” não é um país que o Steady conheça.
error-country-first = Escolha o seu país primeiro.
# $max: the most characters allowed.
error-crisis-number-too-long = Digite um número ou nome curto (no máximo { $max } caracteres).
error-crisis-panel-hours-range = Mantenha o painel à vista de 1 a 168 horas.
error-phq9-every-range = Peça o questionário a cada 7 a 28 dias.

## O bloqueio do app (uma frase-senha, os dados criptografados).

# $min: the fewest characters a passphrase may have.
error-passphrase-too-short = Use pelo menos { $min } caracteres. Uma frase curta é fácil de lembrar e difícil de adivinhar.
# $max: the most characters a passphrase may have.
error-passphrase-too-long = Essa frase-senha é longa demais (no máximo { $max } caracteres).
# $reason: technical words (English).
error-lock-settings-unusable = As configurações do arquivo de bloqueio não podem ser usadas ({ $reason }).
# $reason: technical words (English).
error-key-not-derived = Não foi possível derivar a chave ({ $reason }).
# $file: the lock file's name or path.
error-lock-file-damaged = O arquivo de bloqueio do Steady ({ $file }) está danificado.
error-lock-newer = Este bloqueio foi criado por um Steady mais novo.
# $file: the path of the record kept while the passphrase changes.
error-passphrase-change-record-damaged = Uma troca de frase-senha foi interrompida, e o arquivo de controle da troca ({ $file }) está danificado.
error-no-passphrase-to-remove = Não há frase-senha para remover.
error-reencrypted-copy-differs = A cópia criptografada de novo não bateu com os dados, então nada foi alterado.
error-data-in-use = Outro Steady está usando os dados agora, então nada foi alterado. Feche-o e tente de novo.
error-data-folder-path = O caminho da pasta de dados não é um texto válido.
# $reason: the database's own words (English), after its integrity check.
error-integrity-check = verificação de integridade: { $reason }

## Um arquivo de dados do Steady (Configurações → importar dados, `steady import data`).

# $table, $column: names inside the file, as they are.
error-data-file-value = { $table }.{ $column }: um valor precisa ser texto, número ou null.
# $size: megabytes.
error-data-file-too-large = O arquivo tem { $size } MB; um arquivo de dados do Steady é bem menor. É o arquivo certo?
# $line, $column: where in the file; $reason: the reader's technical words (English).
error-data-file-not-json = Este não é um arquivo de dados do Steady (linha { $line }, coluna { $column }: { $reason }).
# "format" and "steady-data" are written in the file as they are: keep them.
error-data-file-format = Este não é um arquivo de dados do Steady (o “format” dele não é “steady-data”).
# $version: the data file format this Steady reads (a number).
error-data-file-version = Este arquivo de dados tem uma versão de formato que este Steady não lê (ele lê a { $version }).
error-data-file-no-schema = O arquivo não diz a versão do esquema.
# $found: the data version the file names (a number no Steady writes).
error-data-file-no-such-version = O arquivo diz que é da versão de dados { $found }; nenhum Steady grava essa versão. É o arquivo certo?
# $found: the file's data version; $reason: the database's own words (English).
error-data-file-not-migrated = Os dados da versão { $found } não puderam ser atualizados: { $reason }
# $table: a table of Steady's own data the file has no rows for at all.
error-data-file-cannot-fill = Os dados deste Steady têm uma tabela que a importação não consegue preencher (“{ $table }”); nada foi alterado.
error-data-tables-circle = As chaves estrangeiras das tabelas formam um ciclo; o esquema do Steady não tem nenhum.
# "tables" is written in the file as it is: keep it.
error-data-file-no-tables = O arquivo não tem “tables”.
# $table: a name inside the file.
error-data-file-unknown-table = O arquivo tem uma tabela que o Steady não conhece: “{ $table }”.
error-data-file-rows = “{ $table }” precisa ser uma lista de linhas.
# $row: the row's number, counted from 1.
error-data-file-row = { $table }, linha { $row }: precisa ser um objeto.
error-data-file-column = { $table }, linha { $row }: coluna desconhecida “{ $column }”.
# $reason: the database's own words (English).
error-data-file-row-refused = { $table }, linha { $row }: { $reason }
error-data-file-dangling = Linhas de “{ $table }” apontam para linhas que o arquivo não tem.
error-data-file-inconsistent = Os dados não formam um banco de dados coerente: { $reason }

## A folha de instruções de uma clínica aberta como arquivo (Instruções da
## sua clínica → abrir uma folha).

# $file: the file's path; $size: megabytes.
error-sheet-file-too-large = { $file } tem { $size } MB; a folha de instruções de uma clínica tem poucas páginas. Abra a própria folha, ou cole o texto dela.
error-sheet-file-not-text = Esse arquivo não é texto nem PDF. Abra a folha de instruções da clínica como arquivo .txt ou .pdf, ou cole o texto dela.
# $reason: the PDF reader's technical words (English).
error-sheet-pdf-unreadable = O Steady não conseguiu ler esse PDF ({ $reason }). Copie o texto da folha e cole aqui.
error-sheet-pdf-damaged = O Steady não conseguiu ler esse PDF (parece danificado). Copie o texto da folha e cole aqui.
error-sheet-pdf-no-text = Esse PDF não tem texto: parece uma imagem escaneada da folha. O Steady lê texto, não imagens. Copie o texto do e-mail ou do site da sua clínica, ou preencha as regras no formulário.

## A folha de instruções de uma clínica dada ao leitor (colada, ou o texto
## de um arquivo). Nada foi lido.

# $size: how many kilobytes (KB) of text were given; $max: the most Steady reads.
error-sheet-too-large = São { $size } KB de texto; a folha de instruções de uma clínica tem poucas páginas (o Steady lê até { $max } KB). Cole só as instruções.
# Control characters: invisible codes that are not letters (the text of a program file, say).
error-sheet-control-characters = Isso não parece texto (está cheio de caracteres de controle). Copie as palavras da folha.
error-sheet-empty = Não há texto para ler. Cole as instruções da sua clínica.

## Dados danificados, e as regras da clínica aplicadas ou desfeitas.

# $id: the session's number; $reason: technical words (English).
error-stored-session-rules = A sessão salva { $id } tem regras que o Steady não consegue ler: { $reason }
# $id: the item's number; $what: which of its values is unknown.
error-stored-item-unknown = { $what ->
    [checklist] O item salvo { $id } tem uma lista desconhecida.
   *[kind] O item salvo { $id } tem um tipo desconhecido.
}
# $problems: the problems, one a line (each from the messages above).
error-protocol-has-problems = O arquivo de protocolo tem problemas; nada foi alterado.
    { $problems }
# $id: the session's number.
error-rules-session-over = A sessão { $id } já terminou ou foi cancelada; as regras de uma clínica valem para sessões que ainda vão acontecer.
error-rules-change-undone = Esta mudança já foi desfeita.
# $reason: technical words (English).
error-rules-saved-state = O estado salvo não pode ser lido: { $reason }

## Documentos (o cartão da volta para casa, o resumo dos registros, arquivos
## de calendário). Estes vêm depois de "O Steady não conseguiu criar este
## documento: ", por isso começam com minúscula.

error-document-paper-size = o tamanho do papel não é válido
error-document-qr-too-long = o código QR não comporta este texto (é longo demais)

## A linha de comando (`steady …`). Palavras entre `crases` e os valores
## day_before, session_day, a4 e letter são digitados como estão: mantenha-os.

error-cli-checklist = A lista é day_before (véspera) ou session_day (dia da sessão).
error-cli-paper = O papel é a4 ou letter.
error-cli-data-file-too-large = Esse arquivo é muito maior que um arquivo de dados do Steady.
# $count: how many problems; $file: the file's path.
error-cli-protocol-problems = { $count ->
    [one] { $count } problema em { $file }
   *[other] { $count } problemas em { $file }
}
error-cli-no-passphrase = Nenhuma frase-senha foi dada: digite-a num terminal, ou passe-a pela entrada padrão.
error-cli-passphrases-differ = As duas frases-senha não eram iguais. Nada foi alterado.
error-cli-lock-already-on = O bloqueio do app já está ativado. Use `steady lock change` para trocar a frase-senha.
error-cli-lock-off = O bloqueio do app está desativado; não há frase-senha para trocar.

## Notificações da área de trabalho. Estas vêm depois de "As notificações
## da área de trabalho estão desativadas: " e aparecem na faixa de aviso da
## janela, por isso começam com minúscula.

error-notify-not-started = os lembretes não foram iniciados
# $what: which job could not start; $reason: the system's words (English).
error-notify-no-thread = { $what ->
    [check] não foi possível iniciar uma thread para a verificação: { $reason }
   *[notification] não foi possível iniciar uma thread para uma notificação: { $reason }
}
# $seconds: how long Steady waited.
error-notify-timeout = o serviço de notificações não respondeu em { $seconds } s
# $reason: the system's words (English).
error-notify-no-service = nenhum serviço de notificações está rodando ({ $reason })
# $reason: the system's words (English).
error-notify-not-shown = não foi possível mostrar a notificação ({ $reason })

## As configurações do próprio app.

error-pause-range = Uma pausa vai de 1 minuto a 24 horas.
# $reason: the system's words (English).
error-start-at-login = O Steady não conseguiu mudar o início automático ao fazer login: { $reason }

## A janela, ao iniciar.

# Shown as a banner while Steady cannot write. $folder: the data folder's path.
error-cannot-save = O Steady não consegue salvar mudanças agora: a pasta de dados ({ $folder }) é somente leitura ou o disco está cheio. O seu plano continua na tela e nada do que foi salvo se perdeu; marcações e mudanças não vão ficar até que a pasta possa ser gravada de novo.
error-open-stopped = O Steady não conseguiu abrir os dados (a verificação parou de forma inesperada).
# A banner after Steady found its data file damaged at start. $when: the
# backup's time ("2026-11-26 08:00 UTC"); $file: where the damaged file was kept.
error-data-restored = O arquivo de dados do Steady estava danificado, então foi posto de lado, e os seus dados foram restaurados do backup de { $when }. O que mudou depois desse backup está faltando. O arquivo danificado foi guardado em { $file }.
# $file: where the damaged file was kept.
error-data-lost = O arquivo de dados do Steady estava danificado e não havia nenhum backup bom, então o Steady começou com dados vazios. O arquivo danificado foi guardado em { $file }.

## Uma série de sessões (Tratamento → planejar uma série).

# The example is the form the date takes: keep it.
error-series-first-date = Digite a primeira data no formato 2026-12-07.
# $day: what was given as a day of the week.
error-series-weekday = “{ $day }” não é um dia da semana.
error-series-no-weekday = Escolha pelo menos um dia da semana.
error-series-weeks-range = Uma série dura de 1 a 12 semanas.
# $count: the sessions the choice makes (more than $max).
error-series-too-many = Isso dá { $count } sessões; uma série tem no máximo { $max }.

## A volta para casa.

# "Confirm who drives you home" is a checklist item's title (plan.ftl): use the same words.
error-ride-no-confirm-item = Esta sessão não tem o item “Confirme quem vai levar você para casa”.
# After "Steady could not make this document: ". $program: the mail program's
# name; $status: how it ended (technical, English); $folder: where the files are.
error-document-mail-failed = não foi possível abrir o programa de e-mail ({ $program } respondeu { $status }); o cartão da volta para casa e o arquivo de calendário estão salvos em { $folder }
# After "Steady could not make this document: ". $reason: the system's words (English).
error-document-no-mail-program = nenhum programa de e-mail foi encontrado para abrir ({ $program }: { $reason }); o cartão da volta para casa e o arquivo de calendário estão salvos em { $folder }
# $driver: the driver's name, as typed.
error-no-session-with-driver = Nenhuma sessão tem { $driver } como motorista ainda.
