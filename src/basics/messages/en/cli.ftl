### The command line's words (`steady …` in a terminal): what it prints for
### a person. JSON output (--json) and `--help` stay as they are.
###
### Words in `backticks`, options such as --country, and values such as XX
### are typed as they are: keep them.

## Passphrase prompts (the cursor waits after them, so they end in a space).

cli-prompt-locked = { "Steady is locked. Passphrase: " }
cli-prompt-new-passphrase = { "New passphrase: " }
cli-prompt-passphrase-again = { "The same passphrase again: " }
cli-prompt-current-passphrase = { "Current passphrase: " }

## The app lock (`steady lock …`).

# $on "yes": the lock is on.
cli-lock-status = { $on ->
    [yes] The app lock is on: the data is encrypted, and Steady asks for the passphrase when it starts.
   *[no] The app lock is off.
}
cli-lock-set = The app lock is on. Steady will ask for this passphrase when it starts.
cli-lock-changed = The passphrase is changed.
cli-lock-removed = The app lock is off. The data is no longer encrypted.

## Sessions and items.

# One session on a line. $id: its number; $start: its start as stored
# ("2026-12-03T09:00:00+01:00"); $tz: its time zone ("Europe/Berlin").
cli-session = { $clinic ->
    [named] Session { $id }: { $start } ({ $tz }), { $clinic_name }
   *[none] Session { $id }: { $start } ({ $tz }), clinic not named
}
cli-session-cancelled = Session { $id } on { $start } is cancelled; its reminders stop.
cli-no-sessions = No sessions planned.
# $id: the new item's number; $title: its title; $due: its time as stored.
cli-item-added = { $id }: { $title } at { $due }
# $done "yes": the item is ticked off.
cli-item-ticked = { $done ->
    [yes] { $id }: { $title } is done
   *[no] { $id }: { $title } is not done
}
# The next thing to do. $due: "2026-12-02T19:00"; $title: the item's title.
cli-today-next = Next: { $due }  { $title }
cli-today-nothing = Nothing to do.
# A session's state in the course's list, one word.
cli-session-status = { $status ->
    [upcoming] Upcoming
    [current] Current
    [past] Past
   *[cancelled] Cancelled
}
# How many of a session's items are done: "3/12 done".
cli-done-count = { $done }/{ $count } done
# A reminder's state in the list of reminders, one word.
cli-reminder-state = { $state ->
    [pending] pending
    [snoozed] snoozed
    [shown] shown
    [missed] missed
   *[done] done
}
# $name: the medicine's name, as typed; $hours: hours before the session.
cli-medicine-recorded = Medicine { $name } recorded: last dose { $hours } h before the session.

## Files written and read. $file: a file's path.

# $count: how many events the calendar file holds.
cli-wrote-events = Wrote { $count } events to { $file }
cli-wrote-ride-card = Wrote the ride card to { $file }
cli-wrote-data = Wrote all data to { $file }
cli-wrote-protocol = Wrote the protocol to { $file }
# $backup: where the data that was replaced is kept.
cli-imported = Imported { $file }. The data that was here is in { $backup }.
cli-protocol-no-problems = { $file }: no problems found.
# $problem: one problem in the file (errors.ftl).
cli-protocol-problem = { $file }: { $problem }
# $count: sessions changed; $import: the change's number (to undo it).
cli-protocol-applied = Applied { $file } to { $count } session(s) and to sessions planned from now on (import { $import }).

## Crisis numbers (`steady crisis`).

# SAFETY: the heading over the numbers. $whose: the country's name ("Germany").
cli-crisis-heading = Numbers for { $whose }
# SAFETY: the crisis line ($number) and its hours ($crisis_hours, "24/7, free") when known.
cli-crisis-line = { $line ->
    [given] { $hours ->
        [given] Crisis line: { $number } ({ $crisis_hours })
       *[none] Crisis line: { $number }
    }
   *[none] Crisis line: not set
}
# SAFETY: the emergency number.
cli-crisis-emergency = { $emergency ->
    [given] Emergency: { $number }
   *[none] Emergency: not set
}
# $code: the country's two-letter code ("DE").
cli-crisis-confirm = (Chosen from the time zone: confirm with --country { $code })

## The patient's day (`steady day`). The times arrive ready ("07:00").

cli-day = Wake { $wake }, morning { $morning }, evening { $evening }, bedtime { $bedtime }, check-in { $check_in }. No reminder pops up between bedtime and wake.

## Problems the command line reports on its way (after "steady: ").

# $reason: what went wrong (errors.ftl).
cli-reword-failed = the plan could not be re-worded: { $reason }
# $reason: what went wrong (errors.ftl).
cli-reminder-times-failed = the reminder times could not be updated: { $reason }
