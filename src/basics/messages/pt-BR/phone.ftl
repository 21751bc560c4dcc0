### A lista do próprio paciente no celular (issue 27): o arquivo de
### calendário, os códigos QR, o e-mail, e o que Hoje e a linha de comando
### dizem sobre isso.

## No calendário do celular. Com títulos neutros (escolha do paciente, para
## um calendário que pode sincronizar com uma conta na nuvem) não pode
## aparecer nenhuma palavra de remédio, clínica ou cuidado: só o nome do
## Steady e um horário.

# $time: a clock time on the session's clock, "07:00".
phone-neutral-title = Steady: uma coisa para fazer às { $time }
phone-neutral-session = Steady: compromisso às { $time }
# "carona": a ride, a neutral everyday word (no care word).
phone-neutral-pickup = Steady: carona às { $time }
phone-neutral-detail = Abra o Steady para ver o que é.
# The alarm of a cutoff that falls in the night, said at bedtime.
# $title: what to do before bed ("Faça o último lanche antes de dormir");
# $body: the item with its own clock time ("Pare de comer às 03:00. …").
phone-alarm-at-bedtime = { $title }: { $body }
# The calendar's name as a phone shows it. $date: "qui., 3 de dez.".
phone-calendar-name = Steady: a sua sessão de { $date }
phone-calendar-name-neutral = Steady

## Os códigos QR, um para cada dia da sessão.

phone-qr-day-before = A véspera
phone-qr-session-day = O dia da sessão
phone-qr-alarm = Lembrete
# $part of $parts: a day with too many things for one code.
phone-qr-day-before-part = A véspera ({ $part } de { $parts })
phone-qr-session-day-part = O dia da sessão ({ $part } de { $parts })

## Enviar o arquivo para si mesmo.

phone-mail-subject = Os meus lembretes do Steady
phone-mail-body = O arquivo de calendário anexado tem a minha lista do Steady. Abra no celular para adicionar ao calendário; abrir um arquivo mais novo atualiza a lista.
phone-mail-opened = O seu programa de e-mail abriu com o arquivo de calendário anexado. Envie para um endereço que você lê no celular e depois abra o arquivo lá.
# $folder: where the file was saved; $file: its name.
phone-mail-opened-attach = O seu programa de e-mail abriu. Anexe o arquivo salvo { $file }, que está em { $folder }, envie para o seu próprio e-mail e abra no celular.

## Erros.

phone-error-choose-titles = Primeiro escolha como o calendário do celular deve chamar as coisas: com as palavras dos itens, ou com títulos neutros.
# $program: the mail program; $status: how it ended; $folder: where the file is.
phone-error-mail-failed = não foi possível abrir o programa de e-mail ({ $program } respondeu { $status }); o arquivo de calendário está salvo em { $folder }
# $reason: the system's words for why.
phone-error-no-mail-program = nenhum programa de e-mail foi encontrado para abrir ({ $program }: { $reason }); o arquivo de calendário está salvo em { $folder }

## A linha de comando.

# "full" and "neutral" are typed as they are.
cli-phone-titles-are = Os títulos são full (completos) ou neutral (neutros).
cli-phone-no-session = Não há nenhuma sessão por vir para enviar. Adicione uma primeiro.
# $events: events on the phone after this; $cancelled: events taken off it.
cli-phone-wrote = Arquivo { $file } gravado: { $events ->
    [0] nenhum evento
    [one] { $events } evento
   *[other] { $events } eventos
}{ $cancelled ->
    [0] {""}
    [one] {" "}e { $cancelled } cancelamento
   *[other] {" "}e { $cancelled } cancelamentos
}. Abra no seu celular.
cli-phone-status-not-sent = Sessão { $session }: ainda não está no seu celular.
cli-phone-status-old = Sessão { $session }: o seu celular tem os horários antigos. Envie de novo.
# $items: checklist items the phone has as they are now.
cli-phone-status-current = Sessão { $session }: o seu celular está em dia ({ $items ->
    [one] { $items } item
   *[other] { $items } itens
}).

## A janela: "Pôr os meus lembretes no celular", em Hoje e no Plano da sessão.

phone-panel-title = Pôr os meus lembretes no celular
phone-open = Pôr os meus lembretes no celular
phone-privacy = O calendário do seu celular pode copiar os eventos para uma conta on-line (Google, Apple ou Microsoft), onde ficam guardados nos computadores de outra empresa. Você escolhe o que os eventos dizem.
phone-titles-question = O que os eventos no seu celular devem dizer?
phone-titles-full = O que fazer, com as palavras do Steady (por exemplo “Não tome o seu comprimido hoje de manhã”)
phone-titles-neutral = Só “Steady: uma coisa para fazer às 07:00”, sem nome de remédio, de clínica nem palavra de cuidado
phone-continue = Continuar
phone-close = Fechar
phone-using-full = Os eventos dizem o que fazer, com as palavras do Steady.
phone-using-neutral = Os eventos dizem só “Steady: uma coisa para fazer às …”.
phone-change-titles = Mudar
phone-how = Escolha uma forma. Fazer de novo depois de uma mudança atualiza a cópia do seu celular; não cria uma segunda.
phone-show-codes = Mostrar códigos para escanear
phone-show-codes-hint = Aponte a câmera do celular para um código e adicione os eventos que ele oferecer. Um código para cada dia.
phone-address = O seu endereço de e-mail
phone-optional = opcional
phone-send = Enviar para o meu celular
phone-save = Salvar o arquivo
phone-save-hint = Depois copie o arquivo para o celular e abra lá.
# $path: where the file was saved.
phone-saved = Salvo como { $path }.
phone-codes-shown = Os códigos estão abaixo. Escaneie cada um com a câmera do celular.
# $day: "A véspera", "O dia da sessão".
phone-code-label = Código QR para o calendário do celular: { $day }

## Hoje.

phone-out-of-date = O seu celular tem os horários antigos: envie de novo.
phone-send-again = Enviar de novo
phone-suggest = Alguns lembretes vêm de noite ou bem cedo, quando o notebook costuma estar fechado. O seu celular pode lembrar você nessas horas.
# A small tag beside an item that is also in the phone's calendar.
phone-on-phone = também no seu celular
