### La liste du patient sur son téléphone (issue 27) : le fichier d'agenda,
### ses codes QR, l'e-mail, et ce qu'en disent Aujourd'hui et la ligne de
### commande.

## In the phone's calendar. With neutral titles (the patient's choice, for a
## calendar that may sync to a cloud account) no medicine, clinic or care
## word may appear: only Steady's name and a time.

# $time: a clock time on the session's clock, "07:00".
phone-neutral-title = Steady : une chose à faire à { $time }
phone-neutral-session = Steady : rendez-vous à { $time }
phone-neutral-pickup = Steady : on vient me chercher à { $time }
phone-neutral-detail = Ouvrez Steady pour voir de quoi il s’agit.
# The alarm of a cutoff that falls in the night, said at bedtime.
# $title: what to do before bed ("Prendre votre dernière collation avant de dormir");
# $body: the item with its own clock time ("Arrêter de manger à 03:00. …").
phone-alarm-at-bedtime = { $title } : { $body }
# The calendar's name as a phone shows it. $date: "jeu. 3 déc.".
phone-calendar-name = Steady : votre séance du { $date }
phone-calendar-name-neutral = Steady

## The QR codes, one per day of the session.

phone-qr-day-before = La veille
phone-qr-session-day = Le jour de la séance
phone-qr-alarm = Rappel
# $part of $parts: a day with too many things for one code.
phone-qr-day-before-part = La veille ({ $part } sur { $parts })
phone-qr-session-day-part = Le jour de la séance ({ $part } sur { $parts })

## Sending the file to oneself.

phone-mail-subject = Mes rappels Steady
phone-mail-body = Le fichier d’agenda joint contient ma liste Steady. À ouvrir sur le téléphone pour l’ajouter à l’agenda ; ouvrir un fichier plus récent le met à jour.
phone-mail-opened = Votre messagerie s’est ouverte avec le fichier d’agenda en pièce jointe. Envoyez-le à une adresse que vous lisez sur votre téléphone, puis ouvrez-y le fichier.
# $folder: where the file was saved; $file: its name.
phone-mail-opened-attach = Votre messagerie s’est ouverte. Joignez le fichier enregistré { $file } depuis { $folder }, envoyez-le-vous, et ouvrez-le sur votre téléphone.

## Errors.

phone-error-choose-titles = Choisissez d’abord comment l’agenda de votre téléphone doit nommer les choses : avec les mots des tâches, ou avec des titres neutres.
# $program: the mail program; $status: how it ended; $folder: where the file is.
phone-error-mail-failed = la messagerie n’a pas pu s’ouvrir ({ $program } a répondu { $status }) ; le fichier d’agenda est enregistré dans { $folder }
# $reason: the system's words for why.
phone-error-no-mail-program = aucune messagerie n’a été trouvée pour l’ouverture ({ $program } : { $reason }) ; le fichier d’agenda est enregistré dans { $folder }

## The CLI.

cli-phone-titles-are = Les titres sont full (complets) ou neutral (neutres).
cli-phone-no-session = Il n’y a aucune séance à venir à envoyer. Ajoutez-en une d’abord.
# $events: events on the phone after this; $cancelled: events taken off it.
cli-phone-wrote = { $events ->
    [one] { $events } événement écrit
   *[other] { $events } événements écrits
}{ $cancelled ->
    [0] {""}
    [one] {" "}et { $cancelled } annulation
   *[other] {" "}et { $cancelled } annulations
} dans { $file }. Ouvrez-le sur votre téléphone.
cli-phone-status-not-sent = Séance { $session } : pas encore sur votre téléphone.
cli-phone-status-old = Séance { $session } : votre téléphone a les anciennes heures. Envoyez-la de nouveau.
# $items: checklist items the phone has as they are now.
cli-phone-status-current = Séance { $session } : votre téléphone est à jour ({ $items ->
    [one] { $items } tâche
   *[other] { $items } tâches
}).

## The window: "Put my reminders on my phone", on Today and the Session plan.

phone-panel-title = Mettre mes rappels sur mon téléphone
phone-open = Mettre mes rappels sur mon téléphone
phone-privacy = L’agenda de votre téléphone peut copier ses événements vers un compte en ligne (Google, Apple ou Microsoft), où ils sont gardés sur l’ordinateur de quelqu’un d’autre. C’est vous qui choisissez ce que disent les événements.
phone-titles-question = Que doivent dire les événements sur votre téléphone ?
phone-titles-full = Quoi faire, avec les mots de Steady (par exemple « Arrêter de manger »)
phone-titles-neutral = Seulement « Steady : une chose à faire à 07:00 », sans mot sur un médicament, la clinique ou les soins
phone-continue = Continuer
phone-close = Fermer
phone-using-full = Les événements disent quoi faire, avec les mots de Steady.
phone-using-neutral = Les événements disent seulement « Steady : une chose à faire à … ».
phone-change-titles = Changer
phone-how = Choisissez une façon de faire. Recommencer après une modification met à jour la copie de votre téléphone ; cela n’en ajoute pas une deuxième.
phone-show-codes = Afficher les codes à scanner
phone-show-codes-hint = Pointez l’appareil photo de votre téléphone vers un code et ajoutez les événements qu’il propose. Un code par jour.
phone-address = Votre adresse e-mail
phone-optional = facultatif
phone-send = Envoyer sur mon téléphone
phone-save = Enregistrer le fichier
phone-save-hint = Copiez-le ensuite sur votre téléphone et ouvrez-le là-bas.
# $path: where the file was saved.
phone-saved = Enregistré sous { $path }.
phone-codes-shown = Les codes sont ci-dessous. Scannez chacun avec l’appareil photo de votre téléphone.
# $day: "La veille", "Le jour de la séance".
phone-code-label = Code QR pour l’agenda de votre téléphone : { $day }

## Today.

phone-out-of-date = Votre téléphone a les anciennes heures : envoyez de nouveau.
phone-send-again = Envoyer de nouveau
phone-suggest = Certains rappels tombent la nuit ou tôt le matin, quand l’ordinateur portable est souvent fermé. Votre téléphone peut vous les rappeler à ce moment-là.
# A small tag beside an item that is also in the phone's calendar.
phone-on-phone = aussi sur votre téléphone
