### Les mots de la ligne de commande (`steady …` dans un terminal) : ce
### qu'elle affiche pour une personne. La sortie JSON (--json) et `--help`
### restent telles quelles.
###
### Words in `backticks`, options such as --country, and values such as XX
### are typed as they are: keep them.

## Passphrase prompts (the cursor waits after them, so they end in a space).

cli-prompt-locked = { "Steady est verrouillé. Phrase secrète : " }
cli-prompt-new-passphrase = { "Nouvelle phrase secrète : " }
cli-prompt-passphrase-again = { "La même phrase secrète, encore une fois : " }
cli-prompt-current-passphrase = { "Phrase secrète actuelle : " }

## The app lock (`steady lock …`).

# $on "yes": the lock is on.
cli-lock-status = { $on ->
    [yes] Le verrouillage est activé : les données sont chiffrées, et Steady demande la phrase secrète au démarrage.
   *[no] Le verrouillage est désactivé.
}
cli-lock-set = Le verrouillage est activé. Steady demandera cette phrase secrète au démarrage.
cli-lock-changed = La phrase secrète a été changée.
cli-lock-removed = Le verrouillage est désactivé. Les données ne sont plus chiffrées.

## Sessions and items.

# One session on a line. $id: its number; $start: its start as stored
# ("2026-12-03T09:00:00+01:00"); $tz: its time zone ("Europe/Berlin").
cli-session = { $clinic ->
    [named] Séance { $id } : { $start } ({ $tz }), { $clinic_name }
   *[none] Séance { $id } : { $start } ({ $tz }), clinique non indiquée
}
cli-session-cancelled = La séance { $id } du { $start } est annulée ; ses rappels s’arrêtent.
cli-no-sessions = Aucune séance prévue.
# $id: the new item's number; $title: its title; $due: its time as stored.
cli-item-added = { $id } : { $title } à { $due }
# $done "yes": the item is ticked off.
cli-item-ticked = { $done ->
    [yes] { $id } : { $title } — fait
   *[no] { $id } : { $title } — pas fait
}
# The next thing to do. $due: "2026-12-02T19:00"; $title: the item's title.
cli-today-next = Prochaine tâche : { $due }  { $title }
cli-today-nothing = Rien à faire.
# A session's state in the course's list, one word.
cli-session-status = { $status ->
    [upcoming] À venir
    [current] En cours
    [past] Passée
   *[cancelled] Annulée
}
# How many of a session's items are done: "3/12 faites".
cli-done-count = { $done }/{ $count } faites
# A reminder's state in the list of reminders, one word.
cli-reminder-state = { $state ->
    [pending] prévu
    [snoozed] reporté
    [shown] affiché
    [missed] manqué
   *[done] fait
}
# $name: the medicine's name, as typed; $hours: hours before the session.
cli-medicine-recorded = Médicament { $name } enregistré : dernière prise { $hours } h avant la séance.

## Files written and read. $file: a file's path.

# $count: how many events the calendar file holds.
cli-wrote-events = { $count ->
    [one] { $count } événement écrit dans { $file }
   *[other] { $count } événements écrits dans { $file }
}
cli-wrote-ride-card = Fiche trajet retour écrite dans { $file }
cli-wrote-data = Toutes les données écrites dans { $file }
cli-wrote-protocol = Protocole écrit dans { $file }
# $backup: where the data that was replaced is kept.
cli-imported = { $file } importé. Les données qui étaient là sont dans { $backup }.
cli-protocol-no-problems = { $file } : aucun problème trouvé.
# $problem: one problem in the file (errors.ftl).
cli-protocol-problem = { $file } : { $problem }
# $count: sessions changed; $import: the change's number (to undo it).
cli-protocol-applied = { $file } appliqué à { $count ->
    [one] { $count } séance
   *[other] { $count } séances
} et aux séances prévues à partir de maintenant (import { $import }).

## Crisis numbers (`steady crisis`).

# SAFETY: the heading over the numbers. $whose: the country's name ("Germany").
cli-crisis-heading = Numéros utiles : { $whose }
# SAFETY: the crisis line ($number) and its hours ($crisis_hours, "24/7, free") when known.
cli-crisis-line = { $line ->
    [given] { $hours ->
        [given] Ligne d’écoute : { $number } ({ $crisis_hours })
       *[none] Ligne d’écoute : { $number }
    }
   *[none] Ligne d’écoute : non renseignée
}
# SAFETY: the emergency number.
cli-crisis-emergency = { $emergency ->
    [given] Urgences : { $number }
   *[none] Urgences : non renseigné
}
# $code: the country's two-letter code ("DE").
cli-crisis-confirm = (Choisi d’après le fuseau horaire : confirmez avec --country { $code })

## The patient's day (`steady day`). The times arrive ready ("07:00").

cli-day = Lever { $wake }, matin { $morning }, soir { $evening }, coucher { $bedtime }, bilan { $check_in }. Aucun rappel ne s’affiche entre le coucher et le lever.

## Problems the command line reports on its way (after "steady: ").

# $reason: what went wrong (errors.ftl).
cli-reword-failed = le programme n’a pas pu être reformulé : { $reason }
# $reason: what went wrong (errors.ftl).
cli-reminder-times-failed = les heures des rappels n’ont pas pu être mises à jour : { $reason }
