### O leitor da folha de instruções da clínica (src/plan/sheet/): o paciente
### cola o texto do e-mail, do site ou do PDF da clínica, e o Steady propõe
### regras a partir dele, cada uma ao lado da frase de onde veio, ou
### pergunta quando as palavras não são claras. Aqui estão as palavras das
### propostas, as perguntas, os títulos das tarefas que ele lê e os
### comentários do arquivo de protocolo parcial que `steady protocol
### from-text` grava para uma clínica.
###
### As folhas são lidas em inglês, então as palavras da própria clínica
### (uma frase, o nome de um remédio, uma coisa para levar, a tarefa que a
### folha cita) chegam como argumentos em inglês: mostre-as como estão,
### nunca traduzidas. { $sentence } é uma frase inteira da folha, citada.
###
### Horários: { $time } é uma hora do relógio ("22:00"). Onde uma mensagem
### escolhe por $when, ela diz um momento antes da sessão: "hours" ($hours
### horas antes), "minutes" ($minutes minutos antes), um horário $time no
### dia da sessão ("same_day"), na véspera ("day_before") ou $days dias
### antes ("days_before"), ou "none" (sem regra). "h" e "min" abreviam
### horas e minutos, como no resto do plano (rules-moment-* em plan.ftl).
###
### Palavras: "sheet" = folha de instruções (depois, só "folha"); "keep the
### sentence as a note" = guardar a frase como observação (como no botão
### sheet-reader-keep-as-note); "Before each visit" = "Antes de cada
### consulta" (o título da seção do formulário).

## Uma proposta: uma regra que a folha diz, em poucas palavras. O paciente
## marca as que vão para o formulário.

sheet-proposal-solid-food = { $when ->
    [hours] Sem comida sólida a partir de { $hours } h antes
    [minutes] Sem comida sólida a partir de { $minutes } min antes
    [same_day] Sem comida sólida a partir das { $time } no dia
    [day_before] Sem comida sólida a partir das { $time } na véspera
    [days_before] { $days ->
        [one] Sem comida sólida a partir das { $time }, { $days } dia antes
       *[other] Sem comida sólida a partir das { $time }, { $days } dias antes
    }
   *[none] Sem comida sólida: sem regra
}
# Clear liquids may be drunk until the moment; after it, nothing.
sheet-proposal-clear-liquids = { $when ->
    [hours] Líquidos claros até { $hours } h antes
    [minutes] Líquidos claros até { $minutes } min antes
    [same_day] Líquidos claros até as { $time } no dia
    [day_before] Líquidos claros até as { $time } na véspera
    [days_before] { $days ->
        [one] Líquidos claros até as { $time }, { $days } dia antes
       *[other] Líquidos claros até as { $time }, { $days } dias antes
    }
   *[none] Líquidos claros até: sem regra
}
# $words: the sheet's sentence saying which drinks count as clear.
sheet-proposal-clear-liquids-are = O que conta como líquido claro: “{ $words }”
# $words: the sheet's sentence saying what happens if the patient eats too late.
sheet-proposal-if-fast-broken = Se o jejum for quebrado: “{ $words }”
# $name: the medicine (the sheet's name, or a class from sheet-medicine-*
# below); $rule: what to do about it, from the plan's rules-medicine-*
# messages ("última dose 6 h antes; voltar a tomar 6 h depois").
sheet-proposal-medicine = { $name }: { $rule }
sheet-proposal-keep-taking-usual = Continue tomando os seus remédios de sempre, menos os citados
# $minutes: how long before the appointment time to arrive.
sheet-proposal-arrive-early = { $minutes ->
    [one] Chegue { $minutes } minuto antes
   *[other] Chegue { $minutes } minutos antes
}
# $items: the things to bring, in the sheet's words, separated by commas.
sheet-proposal-bring = Leve: { $items }
# SAFETY: an adult has to take the patient home.
sheet-proposal-escort-required = Um adulto precisa levar você para casa
# $age: the youngest age, in years, the driver home may be.
sheet-proposal-escort-min-age = O motorista precisa ter { $age } anos ou mais
# The driver is the adult who takes the patient home. $presence says what
# the driver does during the session ("unspecified": the sheet does not say).
sheet-proposal-escort-presence = { $presence ->
    [stays_on_site] O motorista fica na clínica
    [comes_to_door] O motorista vem até a porta
    [may_leave] O motorista pode sair e voltar
   *[unspecified] O motorista: —
}
# Whether a taxi or a rideshare (Uber, Lyft) may take the patient home.
# Rideshare = carro de aplicativo, as in plan.ftl's rules-rideshare-*.
sheet-proposal-rideshare = { $rideshare ->
    [not_allowed] Táxi ou carro de aplicativo: não é permitido
    [only_with_escort] Táxi ou carro de aplicativo: só com o acompanhante
    [allowed] Táxi ou carro de aplicativo: permitido
   *[unspecified] Táxi ou carro de aplicativo: —
}
# SAFETY: no driving after the session, for $hours hours.
sheet-proposal-no-driving-hours = { $hours ->
    [one] Não dirigir nem operar máquinas por { $hours } hora
   *[other] Não dirigir nem operar máquinas por { $hours } horas
}
# SAFETY: no driving after the session.
sheet-proposal-no-driving-rest-of-day = Não dirigir pelo resto do dia
# SAFETY: no driving after the session.
sheet-proposal-no-driving-next-morning = Não dirigir até a manhã seguinte, depois de uma noite de sono
sheet-proposal-no-decisions-hours = { $hours ->
    [one] Nenhuma decisão importante por { $hours } hora
   *[other] Nenhuma decisão importante por { $hours } horas
}
sheet-proposal-no-decisions-next-morning = Nenhuma decisão importante até a manhã seguinte
sheet-proposal-no-decisions-worn-off = Nenhuma decisão importante até os efeitos passarem
# $hours: hours after the session.
sheet-proposal-no-alcohol = { $hours ->
    [one] Sem álcool nem maconha por { $hours } hora depois
   *[other] Sem álcool nem maconha por { $hours } horas depois
}
# $hours: hours after the session.
sheet-proposal-no-sedatives = { $hours ->
    [one] Sem opioides, benzodiazepínicos nem outros sedativos por { $hours } hora depois
   *[other] Sem opioides, benzodiazepínicos nem outros sedativos por { $hours } horas depois
}
# $hours: hours after the session that someone stays with the patient.
sheet-proposal-someone-stays = { $hours ->
    [one] Alguém fica com você por { $hours } hora depois
   *[other] Alguém fica com você por { $hours } horas depois
}
sheet-proposal-no-dependents = Não cuidar de crianças nem de outras pessoas até a manhã seguinte
# SAFETY: a red flag and whom to call. $situation: the sheet's words for
# it ("Chest pain"); $call: whom to call, from the plan's rules-call-*
# messages ("ligue para o número de emergência").
sheet-proposal-red-flag = { $situation }: { $call }
# A task before each visit. $task: its title (sheet-task-* below, or the
# sheet's words); $moment: when, from the plan's rules-moment-* messages
# ("24 h antes", "a partir das 18:00 na véspera").
sheet-proposal-visit-task = Antes de cada consulta: { $task } ({ $moment })
# $minutes: how long the infusion itself takes.
sheet-proposal-infusion-minutes = { $minutes ->
    [one] A infusão dura { $minutes } minuto
   *[other] A infusão dura { $minutes } minutos
}
# How long the patient stays at the clinic after the infusion, watched.
sheet-proposal-observation = { $minutes ->
    [one] Observação depois: { $minutes } minuto
   *[other] Observação depois: { $minutes } minutos
}
# The same, as a range: "30-60 minutos".
sheet-proposal-observation-range = Observação depois: { $min }-{ $max } minutos
# $text: a sentence of the sheet, kept as a note on a checklist.
sheet-proposal-note = Uma observação: “{ $text }”

## O que o leitor escreve no título de uma tarefa, em volta das palavras da
## própria folha.

# $what: the sheet's words for the form ("mood questionnaire", "PHQ-9").
sheet-task-fill-in = Preencher { $what }
# $medicine: the sheet's words for a medicine to take before the visit,
# in lower case ("anti-nausea medication").
sheet-task-take = Tomar { $medicine }
sheet-task-discuss = Conversar sobre { $medicine } com seu médico ou a clínica

## Classes de remédios, como o Steady as chama quando uma folha cita uma
## delas ou uma marca ("Adderall" é um dos estimulantes). No plural, com
## maiúscula: elas começam uma proposta ("Estimulantes: não tomar na manhã
## da sessão").

sheet-medicine-stimulants = Estimulantes
sheet-medicine-sedative-hypnotics = Sedativos-hipnóticos
sheet-medicine-opioids = Opioides
sheet-medicine-benzodiazepines = Benzodiazepínicos
# One medicine: its generic name, then its brand name.
sheet-medicine-lamotrigine = Lamotrigina (Lamictal)
sheet-medicine-sedatives = Sedativos
sheet-medicine-muscle-relaxants = Relaxantes musculares
# Monoamine oxidase inhibitors, a class of antidepressants.
sheet-medicine-maois = IMAOs
# Medicines for colds and flu bought without a prescription.
sheet-medicine-cold-medicines = Remédios para gripe e resfriado
sheet-medicine-new-medicines = Remédios novos
sheet-medicine-as-needed-medicines = Remédios se necessário
# $class: a class above; $brand: the sheet's own word for it ("Adderall").
sheet-medicine-with-brand = { $class } ({ $brand })

## Perguntas: uma frase diz algo sobre uma regra, mas não com clareza
## bastante para escolher. O Steady pergunta, e o paciente escolhe o que a
## clínica quer dizer, guarda a frase como observação, ou a deixa de fora.
## O Steady nunca escolhe um número pelo paciente.
##
## $subject é a regra perguntada, de sheet-subject abaixo: em inglês uma
## frase curta usada como sujeito e depois de "for". Em português é um
## substantivo com artigo ("o período sem dirigir", "a infusão"), e as
## perguntas o usam só depois de "para" e "sobre", como sujeito, ou depois
## de "dura", palavras que não se contraem com o artigo (nunca "de", "em",
## "por", "a" antes de { $subject }: daria "de o", "em a"). $length é um
## tempo por extenso ("1 hora", "6 horas", "90 minutos"; da mensagem hours
## do app ou de sheet-minutes).

# The rule a question is about, as a phrase inside the question: here a
# noun with its article (see the comment above).
sheet-subject = { $about ->
    [solid_food] o período sem comida sólida
    [clear_liquids] os líquidos claros
    [medicine] este remédio
    [arrive_early] a chegada antecipada
    [infusion_minutes] a infusão
    [observation] a observação depois da infusão
    [no_driving] o período sem dirigir
    [no_decisions] o período sem decisões importantes
    [no_alcohol] o período sem álcool nem maconha
    [no_sedatives] o período sem sedativos
    [someone_stays] o tempo em que alguém fica com você
    [no_dependents] o período sem cuidar de outras pessoas
    [visit_task] esta tarefa
    [bring] o que levar
   *[escort_required] quem leva você para casa
}
# A length of time in minutes, in words, in a question.
sheet-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
# The sheet limits meals ("no heavy meals 3 hours prior") but not all food.
# $when (see the top of this file) is the moment it names.
sheet-ask-food-unclear = { $when ->
    [hours] A sua clínica escreve “{ $sentence }”. Isso quer dizer não comer nada a partir de { $hours } h antes? Escolha essa opção, ou guarde a frase como observação e pergunte à clínica.
    [minutes] A sua clínica escreve “{ $sentence }”. Isso quer dizer não comer nada a partir de { $minutes } min antes? Escolha essa opção, ou guarde a frase como observação e pergunte à clínica.
    [same_day] A sua clínica escreve “{ $sentence }”. Isso quer dizer não comer nada a partir das { $time } no dia? Escolha essa opção, ou guarde a frase como observação e pergunte à clínica.
    [day_before] A sua clínica escreve “{ $sentence }”. Isso quer dizer não comer nada a partir das { $time } na véspera? Escolha essa opção, ou guarde a frase como observação e pergunte à clínica.
    [days_before] { $days ->
        [one] A sua clínica escreve “{ $sentence }”. Isso quer dizer não comer nada a partir das { $time }, { $days } dia antes? Escolha essa opção, ou guarde a frase como observação e pergunte à clínica.
       *[other] A sua clínica escreve “{ $sentence }”. Isso quer dizer não comer nada a partir das { $time }, { $days } dias antes? Escolha essa opção, ou guarde a frase como observação e pergunte à clínica.
    }
   *[none] A sua clínica escreve “{ $sentence }”. Isso quer dizer não comer nada (sem regra de horário)? Escolha essa opção, ou guarde a frase como observação e pergunte à clínica.
}
# The sheet speaks of limits on food but says no time.
sheet-ask-food-no-time = A sua clínica escreve “{ $sentence }”, mas não dá um horário. Pergunte à clínica quando parar de comer; guarde a frase como observação e defina o horário no formulário.
# A folha limita quanto beber sem proibir de todo.
sheet-ask-drinks-limited = A sua clínica escreve “{ $sentence }”: limita quanto você bebe, mas não diz se pode beber algo nesse tempo. Pergunte à clínica; guarde a frase como observação e defina o horário no formulário.
# A task (a questionnaire to fill in) with no time. "Before each visit" is
# the heading of a section of the form "Your clinic's instructions"
# (clinic-form-visits-legend, "Antes de cada consulta").
sheet-ask-task-no-time = A sua clínica pede: “{ $sentence }” A folha não diz um horário. Adicione no formulário, em “Antes de cada consulta”, com o horário que você escolher, ou guarde como observação.
sheet-ask-no-time = A sua clínica escreve “{ $sentence }”, mas não dá um horário para { $subject }. Pergunte à clínica; guarde a frase como observação e defina o horário no formulário.
# $low, $high: the two ends of the range, as lengths ("15 minutos", "1 hora").
sheet-ask-range = A sua clínica dá um intervalo para { $subject }: de { $low } a { $high }. O Steady não escolhe por você: escolha o que a sua clínica quer dizer, ou guarde a frase como observação e pergunte à clínica.
# $length: the longest it can take.
sheet-ask-up-to = A sua clínica diz que { $subject } pode levar até { $length }. É assim no seu caso? Então escolha essa opção; se não, guarde a frase como observação e pergunte à clínica.
# The sheet says "a few hours" or the like.
sheet-ask-vague = A sua clínica escreve “{ $sentence }” sem um número para { $subject }. Pergunte à clínica quanto tempo; guarde a frase como observação e defina no formulário.
# The sheet says how long in words Steady cannot keep for this rule.
# $span says which words.
sheet-ask-not-in-hours = { $span ->
    [next_morning] Sobre { $subject }, a sua clínica diz: até a manhã seguinte. O Steady só consegue guardar esta regra de outro jeito: confira a opção do formulário com a folha, ou guarde a frase como observação.
    [rest_of_day] Sobre { $subject }, a sua clínica diz: pelo resto do dia. O Steady só consegue guardar esta regra de outro jeito: confira a opção do formulário com a folha, ou guarde a frase como observação.
    [worn_off] Sobre { $subject }, a sua clínica diz: até os efeitos passarem. O Steady só consegue guardar esta regra de outro jeito: confira a opção do formulário com a folha, ou guarde a frase como observação.
    [morning_of] Sobre { $subject }, a sua clínica diz: na manhã da sessão. O Steady só consegue guardar esta regra de outro jeito: confira a opção do formulário com a folha, ou guarde a frase como observação.
    [night_before] Sobre { $subject }, a sua clínica diz: a partir da noite anterior. O Steady só consegue guardar esta regra de outro jeito: confira a opção do formulário com a folha, ou guarde a frase como observação.
    [day_of] Sobre { $subject }, a sua clínica diz: no dia da sessão. O Steady só consegue guardar esta regra de outro jeito: confira a opção do formulário com a folha, ou guarde a frase como observação.
   *[night_or_day] Sobre { $subject }, a sua clínica diz: na noite anterior ou no dia. O Steady só consegue guardar esta regra de outro jeito: confira a opção do formulário com a folha, ou guarde a frase como observação.
}
# A clock time without the day ("after 10 pm").
sheet-ask-clock-day = A sua clínica dá { $time } como horário para { $subject }, mas não diz de que dia. É a noite anterior à sessão?
sheet-ask-direction = A sua clínica diz { $length } para { $subject }, mas não diz se é antes ou depois da sessão. Pergunte à clínica, ou guarde a frase como observação.
sheet-ask-not-whole-hours = A sua clínica diz { $length } para { $subject }; o Steady guarda esta regra em horas inteiras. Defina as horas no formulário, ou guarde a frase como observação.
# A rule Steady keeps for after the session only (no alcohol, say), which
# the sheet also says for before it.
sheet-ask-before-not-kept = Sobre { $subject }, a sua clínica diz: { $length } antes da sessão. O Steady guarda esta regra só para depois da sessão: guarde a frase como observação para vê-la.
sheet-ask-before-not-kept-no-length = A sua clínica escreve “{ $sentence }” sem dizer quanto tempo dura { $subject }. Pergunte à clínica quanto tempo; guarde a frase como observação e defina no formulário.
sheet-ask-before-span-not-kept = { $span ->
    [morning_of] Sobre { $subject }, a sua clínica diz: também na manhã da sessão. O Steady guarda esta regra só para depois da sessão: guarde a frase como observação para vê-la.
    [night_before] Sobre { $subject }, a sua clínica diz: também a partir da noite anterior. O Steady guarda esta regra só para depois da sessão: guarde a frase como observação para vê-la.
    [day_of] Sobre { $subject }, a sua clínica diz: também no dia da sessão. O Steady guarda esta regra só para depois da sessão: guarde a frase como observação para vê-la.
    [night_or_day] Sobre { $subject }, a sua clínica diz: também na noite anterior e no dia da sessão. O Steady guarda esta regra só para depois da sessão: guarde a frase como observação para vê-la.
   *[other] Sobre { $subject }, a sua clínica diz: também antes da sessão. O Steady guarda esta regra só para depois da sessão: guarde a frase como observação para vê-la.
}
# "We may ask you to …", "if you are diabetic …": a rule for some patients
# only; $subject names the rule, so two rules in one sentence ask twice.
sheet-ask-maybe = A sua clínica escreve “{ $sentence }”: uma regra para alguns pacientes ({ $subject }). Ela vale para você? Escolha só se a clínica disse isso a você, ou guarde a frase como observação.
sheet-ask-two-values = Sobre { $subject }, a sua clínica dá duas indicações diferentes na mesma folha; “{ $sentence }” é uma delas. O Steady não escolhe por você: pergunte à clínica qual vale para você, ou guarde a frase como observação.
# A length added on to an earlier one ("monitored for another 2 hours"): not the whole.
sheet-ask-added = Sobre { $subject }, a sua clínica escreve “{ $sentence }”: { $length } a mais depois de um tempo anterior, não o total. Pergunte à clínica quanto tempo ao todo; guarde a frase como observação e coloque o tempo no formulário.
# "Adjust your insulin": a dose to change, neither which way nor how much.
sheet-ask-adjust = A sua clínica escreve “{ $sentence }”, mas não diz se a dose sobe ou desce nem quanto. Pergunte à clínica ou a quem receita o remédio; guarde a frase como observação.
sheet-ask-from-arrival = Sobre { $subject }, a sua clínica diz { $length } antes da sua chegada, não antes da sessão. O Steady conta esta regra a partir da sessão, o que seria mais tarde: pergunte à clínica a que horas começa a sessão e coloque o horário no formulário, ou guarde a frase como observação.
sheet-ask-driving-decided-later = A sua clínica escreve “{ $sentence }” e diz que vai informar mais tarde quando você poderá voltar a dirigir. O Steady não escolhe o fim por você: pergunte à clínica e guarde a frase como observação.
sheet-ask-longer-than-next-morning = A sua clínica diz { $length } para { $subject }; o Steady guarda esta regra só até a manhã seguinte. Planeje o tempo mais longo, e guarde a frase como observação.
# "Arrange a ride home": who may drive the patient is not said.
sheet-ask-who-drives = A sua clínica escreve “{ $sentence }”, mas não diz quem pode levar você para casa. Precisa ser um adulto que você conhece, ou um táxi serve? Pergunte à clínica; guarde a frase como observação.
# "A session lasts around 120 minutes": the sheet gives the length of the
# whole session, the infusion (or nasal spray) and the stay after it
# together. The question is asked about one of the two ($subject: "the
# infusion" or "the stay after the infusion"). $range is "yes" when the
# sheet gives a range ($low to $high), "up_to" when it gives a longest
# ($high), else "no" ($low alone).
sheet-ask-session = { $range ->
    [up_to] Sobre { $subject }, a sua clínica diz que uma sessão pode levar até { $high }, o tratamento e o tempo depois juntos. O Steady guarda as duas partes separadas: pergunte à clínica quanto tempo dura cada uma, ou guarde a frase como observação.
    [yes] Sobre { $subject }, a sua clínica diz que uma sessão leva de { $low } a { $high }, o tratamento e o tempo depois juntos. O Steady guarda as duas partes separadas: pergunte à clínica quanto tempo dura cada uma, ou guarde a frase como observação.
   *[no] Sobre { $subject }, a sua clínica diz que uma sessão leva { $low }, o tratamento e o tempo depois juntos. O Steady guarda as duas partes separadas: pergunte à clínica quanto tempo dura cada uma, ou guarde a frase como observação.
}
# A task the sheet sets after the visit or every day ("fill in the mood
# form the day after"); the form keeps tasks for before each visit.
sheet-ask-not-before-visit = A sua clínica pede: “{ $sentence }” Isso não é antes de uma consulta, e o Steady guarda tarefas só para antes de cada consulta. Guarde como observação, ou adicione no formulário no horário que você escolher.
# "You can go back to your normal activities the next morning": when the
# patient may drive again is not said. $span: when normal activities
# resume, as in sheet-ask-not-in-hours, or "none" (not said).
sheet-ask-activities = { $span ->
    [next_morning] A sua clínica diz que você volta às atividades normais na manhã seguinte, sem dizer quando você pode voltar a dirigir. Pergunte à clínica; guarde a frase como observação e defina o tempo sem dirigir no formulário.
    [rest_of_day] A sua clínica diz que você volta às atividades normais depois do resto do dia, sem dizer quando você pode voltar a dirigir. Pergunte à clínica; guarde a frase como observação e defina o tempo sem dirigir no formulário.
   *[other] A sua clínica escreve “{ $sentence }”, sem dizer quando você pode voltar a dirigir. Pergunte à clínica; guarde a frase como observação e defina o tempo sem dirigir no formulário.
}

## O arquivo de protocolo parcial (`steady protocol from-text`):
## comentários para a clínica ou o paciente que lê e confere o arquivo antes
## de importar. Cada linha é escrita depois de "# ". Palavras entre
## `crases` ou com sublinhado (no_decisions, days_before) são as chaves do
## próprio arquivo: mantenha-as.

# The file's first lines. Keep the line breaks short (about 70 characters).
sheet-toml-header =
    Proposto pelo Steady a partir da folha de uma clínica: só o que a
    folha diz. Confira cada regra com a folha antes de importar; o que
    este arquivo deixa de fora fica com o valor típico do Steady.
# After "# no_decisions: ": the sheet says no important decisions until
# the effects wear off, which the file says by leaving the key out.
sheet-toml-no-decisions-worn-off = até os efeitos passarem (a chave fica de fora)
# After "# days_before: ": the sheet says to talk to the prescriber about
# a medicine, not when; Steady chose how many days before to remind.
sheet-toml-ask-days-before = Escolha do Steady (a folha diz para conversar, não quando)
# Above the questions, each written as a comment.
sheet-toml-questions = Perguntas (nada foi escolhido para estas):
# Above the sentences of the sheet Steady did not use.
sheet-toml-not-used = Não usadas

# A pasted sheet mostly in another language. { $language } is the
# language's own name ("Deutsch", "日本語").
sheet-other-language = Esta folha parece estar escrita em um idioma diferente do inglês ({ $language }). Por enquanto o Steady só sabe ler folhas escritas em inglês, então talvez encontre pouco ou nada aqui. Digite as orientações da sua clínica no formulário abaixo ou peça à clínica uma cópia em inglês.
sheet-other-language-unnamed = Esta folha não parece estar escrita em inglês. Por enquanto o Steady só sabe ler folhas escritas em inglês, então talvez encontre pouco ou nada aqui. Digite as orientações da sua clínica no formulário abaixo ou peça à clínica uma cópia em inglês.

sheet-other-language-file = Esta folha parece estar escrita em um idioma diferente do inglês ({ $language }). Por enquanto o Steady só sabe ler folhas escritas em inglês, então este arquivo talvez traga pouco ou nada dela. Escreva você mesmo as orientações da sua clínica neste arquivo ou peça à clínica uma cópia em inglês.
sheet-other-language-file-unnamed = Esta folha não parece estar escrita em inglês. Por enquanto o Steady só sabe ler folhas escritas em inglês, então este arquivo talvez traga pouco ou nada dela. Escreva você mesmo as orientações da sua clínica neste arquivo ou peça à clínica uma cópia em inglês.
