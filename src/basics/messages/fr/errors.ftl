### Messages d'erreur : ce qui n'a pas marché, en mots simples, et quoi
### faire. Chacun dit si quelque chose a été modifié (en général : rien).
###
### Many are shown under a form field, or printed by the command line
### (`steady …`) after "steady: ". Words between `backticks` are commands or
### settings, typed as they are: keep them untranslated.

error-language-unknown = Steady n’a pas encore de mots en « { $tag } ». Choisissez l’une des langues proposées.

## The error kinds every part of Steady shares.

# $what: which kind of thing was looked for; $id: its number.
error-not-found = { $what ->
    [session] La séance { $id } est introuvable. Elle a peut-être été supprimée.
    [item] La tâche { $id } est introuvable. Elle a peut-être été supprimée.
    [medicine] Le médicament { $id } est introuvable. Il a peut-être été supprimé.
   *[rules_change] La modification de règles { $id } est introuvable. Elle a peut-être été supprimée.
}
# $found, $known: data format versions (whole numbers).
error-newer-schema = Ces données ont été écrites par une version plus récente de Steady (version de données { $found } ; ce Steady connaît jusqu’à la version { $known }). Elles n’ont pas été touchées.
error-storage-disk-full = Le disque est plein : rien n’a été enregistré. Libérez de la place et réessayez. Rien de ce qui était déjà enregistré n’a été perdu.
error-storage-read-only = Le dossier de données de Steady est en lecture seule : rien n’a été enregistré. Rien de ce qui était déjà enregistré n’a été perdu.
# $reason: the database's own technical words (English), kept for a helper.
error-storage-io = Steady n’a pas pu écrire dans son dossier de données (le disque est peut-être plein, en lecture seule ou défaillant) : rien n’a été enregistré. Rien de ce qui était déjà enregistré n’a été perdu. ({ $reason })
# $reason: the database's own technical words (English).
error-storage = Steady n’a pas pu lire ou enregistrer ses données : { $reason }
# $reason: the system's words for what failed (often English).
error-io = Steady n’a pas pu utiliser son dossier de données : { $reason }
# $reason: why, from the notification messages below (error-notify-*), or the system's words.
error-notifications = Les notifications du bureau sont désactivées : { $reason }. Les rappels s’afficheront dans la fenêtre de Steady.
# $reason: why, from the document messages below (error-document-*), or a library's words.
error-document = Steady n’a pas pu créer ce document : { $reason }. Rien n’a été écrit.
error-locked = Steady est verrouillé. Saisissez votre phrase secrète pour l’ouvrir.
error-wrong-passphrase = Cette phrase secrète ne correspond pas. Rien n’a été modifié ; réessayez.

## Folders. These follow "Steady n'a pas pu utiliser son dossier de
## données : ", so they start in lower case. $variable: an environment
## variable's name, as it is.

error-no-data-folder = ce système n’indique aucun dossier de données ; définissez { $variable } avec un dossier
error-no-downloads-folder = ce système n’indique aucun dossier Téléchargements ; définissez { $variable } avec un dossier

## Dates, times and time zones as typed.

# $name: what was typed as a time zone. The examples are time zone names: keep them as they are.
error-unknown-time-zone = « { $name } » n’est pas un fuseau horaire connu de Steady. Utilisez un nom comme Europe/Paris ou America/Toronto.
error-date-time-empty = Veuillez saisir une date et une heure.
# $text: what was typed. The example is the form the field takes: keep it.
error-not-a-date-time = « { $text } » n’est pas une date et une heure que Steady comprend. Utilisez la forme 2026-12-03T09:00.
# $text: what was typed. The example is the form the field takes: keep it.
error-not-a-time-of-day = « { $text } » n’est pas une heure. Utilisez la forme 07:30 (sur 24 heures).

## The patient's day (Settings: wake, morning, evening, bedtime, check-in).

error-day-night-too-short = Laissez au moins deux heures entre le coucher et le lever.
error-day-too-short = Le coucher doit venir au moins six heures après le lever.
error-day-out-of-order = Le matin vient après le lever, le soir après le matin, et le coucher après le soir.
error-day-check-in-after-bedtime = Le bilan du soir doit venir avant le coucher, pour ne pas vous réveiller.

## Check-ins and the PHQ-9 questionnaire.

# $count: how many answers arrived (not nine).
error-phq9-answer-count = { $count ->
    [one] Le PHQ-9 a neuf questions ; { $count } réponse a été donnée.
   *[other] Le PHQ-9 a neuf questions ; { $count } réponses ont été données.
}
# $answer: the answer given (a number above 3).
error-phq9-answer-range = Chaque réponse va de 0 à 3 ; { $answer } a été donné.

## Problems with a clinic's rules (the form "Your clinic's instructions", or
## a protocol file). Each problem follows the name of the field it is about
## and a colon ("Timeline, infusion minutes: must be between 1 and 720
## minutes; it is 0."), so most start in lower case.

# $low, $high: the bounds; $value: what was given; $unit: "minutes", "hours", "days" or "years".
error-rule-range = doit être entre { $low } et { $high } { $unit ->
    [minutes] minutes
    [hours] heures
    [days] jours
   *[years] ans
} ; la valeur est { $value }.
error-rule-empty = ne doit pas être vide.
# $max: the most characters allowed; $count: how many the text has.
error-rule-too-long = doit faire au plus { $max } caractères ; il y en a { $count }.
error-rule-control-characters = doit être du texte simple (il contient des caractères de contrôle invisibles).
# $max: the most entries allowed; $count: how many there are.
error-rule-too-many = au plus { $max } entrées ; il y en a { $count }.
# "timeline.observation_min_minutes" is the field's name in a protocol file: keep it.
error-rule-observation-max = doit être au moins égal à la surveillance la plus courte (timeline.observation_min_minutes).
error-rule-observation-without-escort = doit être au moins égal à la surveillance la plus courte.
error-rule-medicine-says-nothing = ne dit rien : indiquez une règle avant la séance ou un moment de reprise après.
# Under a form: $field is the field in words ("Nourriture et boissons, aliments solides, heures"); $problem one of the messages above.
error-rule-problem = { $field } : { $problem }

## Protocol files (a clinic's rules as a file, checked by Settings or by
## `steady protocol check`).

# $file: the file's path; $size, $max: kilobytes.
error-protocol-file-too-large = { $file } fait { $size } Ko ; un fichier de protocole fait au plus { $max } Ko.
# $size, $max: kilobytes.
error-protocol-too-large = Le fichier fait { $size } Ko ; un fichier de protocole fait au plus { $max } Ko. Est-ce le bon fichier ?
error-protocol-not-utf8 = Le fichier n’est pas du texte UTF-8. Enregistrez-le en UTF-8 et réessayez.
# $version: the format version a file should say (2). `version = 2` is typed into the file as it is.
error-protocol-no-version = Le fichier n’indique pas sa version de format : ajoutez `version = { $version }` au début.
# $found: the file's version; $version: the newest this Steady reads (2).
error-protocol-newer-version = Ce fichier est un protocole en version { $found } ; ce Steady lit les versions 1 et { $version }. Demandez à la clinique un fichier en version { $version }, ou mettez Steady à jour.
# After the field's name "version" and a colon. $version: 2.
error-protocol-version-not-a-number = doit être un nombre entier : { $version }.
# $problem: a problem above; $field: the field in words ("Nourriture et boissons, aliments solides, heures").
error-protocol-problem = { $problem } ({ $field })
# A problem in an old (version 1) file; after the field's name "version" and a colon.
error-protocol-v1-version = doit valoir 1 dans un fichier en version 1.
# "session.observation_min_minutes" is a field's name in the file: keep it.
# glossary: not: "session" here is that field's name, typed as it is.
error-protocol-v1-observation-max = doit être au moins égal à session.observation_min_minutes.
# $max: the most medicines a file may list.
error-protocol-v1-too-many-medicines = au plus { $max } médicaments.
# $max: the most characters allowed.
error-rule-plain-text-max = doit être du texte simple d’au plus { $max } caractères.
# Where a problem is: $field is a field's name in the file as it is ("food.solid_food.hours"); $line a line number.
error-problem-in-field = { $field } : { $problem }
error-problem-at-line = ligne { $line } : { $problem }
error-problem-at-line-in-field = ligne { $line }, { $field } : { $problem }

## Text typed into a form: each field's sentence whole. $field is the
## field's name in the form (the key in brackets): say the sentence for that field.

# Nothing typed into a field that needs something.
error-text-empty = { $field ->
    [title] Le titre ne peut pas être vide.
    [note] La note ne peut pas être vide.
    [name] Le nom du médicament ne peut pas être vide.
    [dose] La dose ne peut pas être vide.
    [driver_name] Le nom du conducteur ne peut pas être vide.
    [driver_phone] Le numéro de téléphone du conducteur ne peut pas être vide.
    [driver_relation] Le champ « qui est le conducteur » ne peut pas être vide.
    [driver_contact] La façon dont le conducteur reçoit les détails ne peut pas être vide.
    [driver_email] L’adresse e-mail du conducteur ne peut pas être vide.
    [driver_note] La note pour le conducteur ne peut pas être vide.
    [clinic_name] Le nom de la clinique ne peut pas être vide.
    [clinic_phone] Le numéro de téléphone de la clinique ne peut pas être vide.
   *[clinic_address] L’adresse de la clinique ne peut pas être vide.
}
# $max: the most characters allowed; $count: how many were typed.
error-text-too-long = { $field ->
    [title] Un titre peut faire au plus { $max } caractères ; celui-ci en a { $count }.
    [note] Une note peut faire au plus { $max } caractères ; celle-ci en a { $count }.
    [name] Le nom du médicament peut faire au plus { $max } caractères ; celui-ci en a { $count }.
    [dose] La dose peut faire au plus { $max } caractères ; celle-ci en a { $count }.
    [driver_name] Le nom du conducteur peut faire au plus { $max } caractères ; celui-ci en a { $count }.
    [driver_phone] Le numéro de téléphone du conducteur peut faire au plus { $max } caractères ; celui-ci en a { $count }.
    [driver_relation] Le champ « qui est le conducteur » peut faire au plus { $max } caractères ; celui-ci en a { $count }.
    [driver_contact] La façon dont le conducteur reçoit les détails peut faire au plus { $max } caractères ; ce texte en a { $count }.
    [driver_email] L’adresse e-mail du conducteur peut faire au plus { $max } caractères ; celle-ci en a { $count }.
    [driver_note] La note pour le conducteur peut faire au plus { $max } caractères ; celle-ci en a { $count }.
    [clinic_name] Le nom de la clinique peut faire au plus { $max } caractères ; celui-ci en a { $count }.
    [clinic_phone] Le numéro de téléphone de la clinique peut faire au plus { $max } caractères ; celui-ci en a { $count }.
   *[clinic_address] L’adresse de la clinique peut faire au plus { $max } caractères ; celle-ci en a { $count }.
}
# Pasted text with invisible characters in it.
error-text-control-characters = { $field ->
    [title] Le titre contient des caractères de contrôle invisibles. Veuillez le retaper.
    [note] La note contient des caractères de contrôle invisibles. Veuillez la retaper.
    [name] Le nom du médicament contient des caractères de contrôle invisibles. Veuillez le retaper.
    [dose] La dose contient des caractères de contrôle invisibles. Veuillez la retaper.
    [driver_name] Le nom du conducteur contient des caractères de contrôle invisibles. Veuillez le retaper.
    [driver_phone] Le numéro de téléphone du conducteur contient des caractères de contrôle invisibles. Veuillez le retaper.
    [driver_relation] Le champ « qui est le conducteur » contient des caractères de contrôle invisibles. Veuillez le retaper.
    [driver_contact] La façon dont le conducteur reçoit les détails contient des caractères de contrôle invisibles. Veuillez la retaper.
    [driver_email] L’adresse e-mail du conducteur contient des caractères de contrôle invisibles. Veuillez la retaper.
    [driver_note] La note pour le conducteur contient des caractères de contrôle invisibles. Veuillez la retaper.
    [clinic_name] Le nom de la clinique contient des caractères de contrôle invisibles. Veuillez le retaper.
    [clinic_phone] Le numéro de téléphone de la clinique contient des caractères de contrôle invisibles. Veuillez le retaper.
   *[clinic_address] L’adresse de la clinique contient des caractères de contrôle invisibles. Veuillez la retaper.
}

## Sessions, items, reminders, medicines and settings.

error-not-an-email-address = Cela ne ressemble pas à une adresse e-mail (nom@exemple.org). Rien n’a été enregistré.
error-session-end-before-infusion = Une séance ne peut pas se terminer avant le début de sa perfusion.
# "I'm home" is the button's label on the Recovery screen (screens.ftl): use the same words.
error-session-end-in-future = Ce moment n’est pas encore arrivé. Touchez « Je suis à la maison » quand la séance est terminée.
error-session-start-past = Ce moment est déjà passé. Saisissez la date et l’heure de votre prochaine séance.
error-session-start-too-far = Cette date est dans plus de deux ans. Veuillez vérifier l’année.
# $value: the number given (above 10).
error-scale-range = Choisissez de 0 à 10 ; { $value } a été donné.
# $effect: the name the program asked for (an internal key).
error-unknown-effect = « { $effect } » ne fait pas partie des effets de la liste.
# $max: the most characters a note may have.
error-note-too-long = Une note peut faire au plus { $max } caractères.
error-reminder-session-over = La séance de cette tâche est terminée ; elle n’a plus de rappel.
error-snooze-range = Un report de rappel dure de 1 minute à 24 heures.
error-snooze-done = Cette tâche est déjà faite ; il n’y a rien à reporter.
error-lead-range = Un rappel peut venir au plus 24 heures en avance.
error-stale-after-range = Choisissez entre 1 et 72 heures.
# A "part" of an item: one of the things listed under it, ticked one by one.
error-item-no-such-part = Cette tâche n’a pas cet élément à cocher.
error-item-no-plan-time = Seules les tâches du programme ont une heure prévue à laquelle revenir.
error-item-plan-not-removable = Les tâches du programme ne peuvent pas être supprimées. Cochez-les plutôt, ou changez leur heure.
error-medicine-hours-range = Les heures avant ou après ne peuvent pas dépasser 720 (30 jours).
# $max: the most characters a name may have.
error-patient-name-too-long = Veuillez saisir un nom court (au plus { $max } caractères).
# $code: what was given as a country code ("DE", "XX").
error-unknown-country = « { $code } » n’est pas un pays connu de Steady.
error-country-first = Choisissez d’abord votre pays.
# $max: the most characters allowed.
error-crisis-number-too-long = Veuillez saisir un numéro ou un nom court (au plus { $max } caractères).
error-crisis-panel-hours-range = Gardez le panneau visible de 1 à 168 heures.
error-phq9-every-range = Proposez le questionnaire tous les 7 à 28 jours.

## The app lock (a passphrase, the data encrypted).

# $min: the fewest characters a passphrase may have.
error-passphrase-too-short = Veuillez utiliser au moins { $min } caractères. Une courte phrase est facile à retenir et difficile à deviner.
# $max: the most characters a passphrase may have.
error-passphrase-too-long = Cette phrase secrète est trop longue (au plus { $max } caractères).
# $reason: technical words (English).
error-lock-settings-unusable = Les réglages du fichier de verrouillage sont inutilisables ({ $reason }).
# $reason: technical words (English).
error-key-not-derived = La clé n’a pas pu être dérivée ({ $reason }).
# $file: the lock file's name or path.
error-lock-file-damaged = Le fichier de verrouillage de Steady ({ $file }) est endommagé.
error-lock-newer = Ce verrouillage a été créé par une version plus récente de Steady.
# $file: the path of the record kept while the passphrase changes.
error-passphrase-change-record-damaged = Un changement de phrase secrète a été interrompu et son journal ({ $file }) est endommagé.
error-no-passphrase-to-remove = Il n’y a pas de phrase secrète à supprimer.
error-reencrypted-copy-differs = La copie chiffrée à nouveau ne correspondait pas aux données : rien n’a été modifié.
error-data-in-use = Un autre Steady utilise les données en ce moment : rien n’a été modifié. Fermez-le et réessayez.
error-data-folder-path = Le chemin du dossier de données n’est pas un texte valide.
# $reason: the database's own words (English), after its integrity check.
error-integrity-check = vérification d’intégrité : { $reason }

## A Steady data file (Settings → import data, `steady import data`).

# $table, $column: names inside the file, as they are.
error-data-file-value = { $table }.{ $column } : une valeur doit être du texte, un nombre ou null.
# $size: megabytes.
error-data-file-too-large = Le fichier fait { $size } Mo ; un fichier de données Steady est bien plus petit. Est-ce le bon fichier ?
# $line, $column: where in the file; $reason: the reader's technical words (English).
error-data-file-not-json = Ce n’est pas un fichier de données Steady (ligne { $line }, colonne { $column } : { $reason }).
# "format" and "steady-data" are written in the file as they are: keep them.
error-data-file-format = Ce n’est pas un fichier de données Steady (son "format" n’est pas "steady-data").
# $version: the data file format this Steady reads (a number).
error-data-file-version = Ce fichier de données a une version de format que ce Steady ne lit pas (il lit la version { $version }).
error-data-file-no-schema = Le fichier n’indique pas sa version de schéma.
# $found: the data version the file names (a number no Steady writes).
error-data-file-no-such-version = Le fichier indique la version de données { $found } ; aucun Steady n’écrit cette version. Est-ce le bon fichier ?
# $found: the file's data version; $reason: the database's own words (English).
error-data-file-not-migrated = Les données de la version { $found } n’ont pas pu être mises à jour : { $reason }
# $table: a table of Steady's own data the file has no rows for at all.
error-data-file-cannot-fill = Les données de ce Steady ont une table que l’importation ne peut pas remplir (« { $table } ») ; rien n’a été modifié.
error-data-tables-circle = Les clés étrangères des tables forment une boucle ; le schéma de Steady n’a aucune boucle de ce genre.
# "tables" is written in the file as it is: keep it.
error-data-file-no-tables = Le fichier n’a pas de "tables".
# $table: a name inside the file.
error-data-file-unknown-table = Le fichier contient une table que Steady ne connaît pas : « { $table } ».
error-data-file-rows = « { $table } » doit être une liste de lignes.
# $row: the row's number, counted from 1.
error-data-file-row = { $table }, ligne { $row } : doit être un objet.
error-data-file-column = { $table }, ligne { $row } : colonne inconnue « { $column } ».
# $reason: the database's own words (English).
error-data-file-row-refused = { $table }, ligne { $row } : { $reason }
error-data-file-dangling = Des lignes de « { $table } » renvoient à des lignes absentes du fichier.
error-data-file-inconsistent = Les données ne forment pas une base cohérente : { $reason }

## A clinic's sheet opened as a file (Your clinic's instructions → open a sheet).

# $file: the file's path; $size: megabytes.
error-sheet-file-too-large = { $file } fait { $size } Mo ; la fiche d’une clinique fait quelques pages. Ouvrez la fiche elle-même, ou collez son texte.
error-sheet-file-not-text = Ce fichier n’est ni du texte ni un PDF. Ouvrez la fiche de la clinique en fichier .txt ou .pdf, ou collez son texte.
# $reason: the PDF reader's technical words (English).
error-sheet-pdf-unreadable = Steady n’a pas pu lire ce PDF ({ $reason }). Copiez le texte de la fiche et collez-le plutôt.
error-sheet-pdf-damaged = Steady n’a pas pu lire ce PDF (il semble endommagé). Copiez le texte de la fiche et collez-le plutôt.
error-sheet-pdf-no-text = Ce PDF ne contient pas de texte : il ressemble à une image scannée de la fiche. Steady lit du texte, pas des images. Copiez le texte depuis l’e-mail ou la page web de votre clinique, ou saisissez les règles dans le formulaire.

## A clinic's sheet given to the reader (pasted, or the text of a file).
## Nothing was read.

# $size: how many kilobytes (KB) of text were given; $max: the most Steady reads.
# French: Ko (kilo-octets), as elsewhere in the catalogue.
error-sheet-too-large = Cela fait { $size } Ko de texte ; la fiche d’une clinique fait quelques pages (Steady lit jusqu’à { $max } Ko). Collez seulement les consignes.
# Control characters: invisible codes that are not letters (the text of a program file, say).
error-sheet-control-characters = Cela ne ressemble pas à du texte (il est plein de caractères de contrôle). Copiez plutôt les mots de la fiche.
error-sheet-empty = Il n’y a aucun texte à lire. Collez les consignes de votre clinique.

## Damaged data, and the clinic's rules applied or undone.

# $id: the session's number; $reason: technical words (English).
error-stored-session-rules = La séance enregistrée { $id } a des règles que Steady ne peut pas lire : { $reason }
# $id: the item's number; $what: which of its values is unknown.
error-stored-item-unknown = { $what ->
    [checklist] La tâche enregistrée { $id } a une liste inconnue.
   *[kind] La tâche enregistrée { $id } a un type inconnu.
}
# $problems: the problems, one a line (each from the messages above).
error-protocol-has-problems = Le fichier de protocole a des problèmes ; rien n’a été modifié.
    { $problems }
# $id: the session's number.
error-rules-session-over = La séance { $id } est terminée ou annulée ; les règles d’une clinique s’appliquent aux séances à venir.
error-rules-change-undone = Cette modification a déjà été annulée.
# $reason: technical words (English).
error-rules-saved-state = L’état enregistré est illisible : { $reason }

## Documents (the ride card, the check-in summary, calendar files). These
## follow "Steady n'a pas pu créer ce document : ", so they start in lower case.

error-document-paper-size = le format de papier n’est pas valide
error-document-qr-too-long = le code QR ne peut pas contenir ce texte (il est trop long)

## The command line (`steady …`). Words in `backticks` and the values
## day_before, session_day, a4 and letter are typed as they are: keep them.

error-cli-checklist = La liste est day_before (la veille) ou session_day (le jour de la séance).
error-cli-paper = Le papier est a4 ou letter.
error-cli-data-file-too-large = Ce fichier est bien plus gros qu’un fichier de données Steady.
# $count: how many problems; $file: the file's path.
error-cli-protocol-problems = { $count ->
    [one] { $count } problème dans { $file }
   *[other] { $count } problèmes dans { $file }
}
error-cli-no-passphrase = Aucune phrase secrète n’a été donnée : tapez-la dans un terminal, ou passez-la sur l’entrée standard.
error-cli-passphrases-differ = Les deux phrases secrètes n’étaient pas identiques. Rien n’a été modifié.
error-cli-lock-already-on = Le verrouillage est déjà activé. Utilisez `steady lock change` pour changer la phrase secrète.
error-cli-lock-off = Le verrouillage est désactivé ; il n’y a pas de phrase secrète à changer.

## Desktop notifications. These follow "Les notifications du bureau sont
## désactivées : ", and show in the window's banner, so they start in lower case.

error-notify-not-started = les rappels n’ont pas démarré
# $what: which job could not start; $reason: the system's words (English).
error-notify-no-thread = { $what ->
    [check] impossible de lancer un fil d’exécution pour la vérification : { $reason }
   *[notification] impossible de lancer un fil d’exécution pour une notification : { $reason }
}
# $seconds: how long Steady waited.
error-notify-timeout = le service de notifications n’a pas répondu en { $seconds } s
# $reason: the system's words (English).
error-notify-no-service = aucun service de notifications n’est actif ({ $reason })
# $reason: the system's words (English).
error-notify-not-shown = la notification n’a pas pu s’afficher ({ $reason })

## The app's own settings.

error-pause-range = Une pause dure de 1 minute à 24 heures.
# $reason: the system's words (English).
error-start-at-login = Steady n’a pas pu modifier le démarrage à l’ouverture de session : { $reason }

## The window, at start.

# Shown as a banner while Steady cannot write. $folder: the data folder's path.
error-cannot-save = Steady ne peut pas enregistrer de modifications pour l’instant : son dossier de données ({ $folder }) est en lecture seule ou son disque est plein. Votre programme s’affiche et rien de ce qui était enregistré n’a été perdu ; les cases cochées et les modifications ne seront pas gardées tant que le dossier ne sera pas de nouveau accessible en écriture.
error-open-stopped = Steady n’a pas pu ouvrir ses données (la vérification s’est arrêtée de façon inattendue).
# A banner after Steady found its data file damaged at start. $when: the
# backup's time ("2026-11-26 08:00 UTC"); $file: where the damaged file was kept.
error-data-restored = Le fichier de données de Steady était endommagé : il a été mis de côté et vos données ont été restaurées depuis la sauvegarde du { $when }. Ce qui a été modifié après cette sauvegarde manque. Le fichier endommagé a été gardé ici : { $file }.
# $file: where the damaged file was kept.
error-data-lost = Le fichier de données de Steady était endommagé et il n’y avait aucune sauvegarde utilisable : Steady a démarré avec des données vides. Le fichier endommagé a été gardé ici : { $file }.

## A series of sessions (Course → plan a series).

# The example is the form the date takes: keep it.
error-series-first-date = Saisissez la première date sous la forme 2026-12-07.
# $day: what was given as a day of the week.
error-series-weekday = « { $day } » n’est pas un jour de la semaine.
error-series-no-weekday = Choisissez au moins un jour de la semaine.
error-series-weeks-range = Une série dure de 1 à 12 semaines.
# $count: the sessions the choice makes (more than $max).
error-series-too-many = Cela fait { $count } séances ; une série en compte au plus { $max }.

## The ride home.

# "Confirm who drives you home" is a checklist item's title (plan.ftl): use the same words.
error-ride-no-confirm-item = Cette séance n’a pas de tâche « Confirmer qui vous ramène ».
# After "Steady n'a pas pu créer ce document : ". $program: the mail program's
# name; $status: how it ended (technical, English); $folder: where the files are.
error-document-mail-failed = la messagerie n’a pas pu s’ouvrir ({ $program } a répondu { $status }) ; la fiche trajet retour et le fichier d’agenda sont enregistrés dans { $folder }
# After "Steady n'a pas pu créer ce document : ". $reason: the system's words (English).
error-document-no-mail-program = aucune messagerie n’a été trouvée pour l’ouverture ({ $program } : { $reason }) ; la fiche trajet retour et le fichier d’agenda sont enregistrés dans { $folder }
# $driver: the driver's name, as typed.
error-no-session-with-driver = Aucune séance n’a encore { $driver } comme conducteur.
