### The window's screens: the top bar, the first start, Today, the session
### plan and its checklist rows, the course, check-ins and their chart,
### recovery after a session, the crisis panel and crisis numbers, the simple
### view for after a session, reminders shown in the window, and the app lock.
###
### Buttons and labels are short: people read them groggy. Words like
### "Today", "Session plan" or "Ride home" name screens and buttons; where
### one message quotes another (a button's words in a sentence), the comment
### says which, so both can be translated alike.
###
### Some arguments are "set apart" by the screen: shown bold, or, for a
### phone number, kept left to right. Keep such an argument in the sentence,
### exactly once.

## Said on several screens.

screens-loading = Wird geladen…
# A button that marks a checklist item as done.
screens-done = Erledigt
screens-cancel = Abbrechen
screens-save = Speichern
# Beside a field the patient may leave empty.
screens-optional = optional
# A tag beside a value Steady took from public patient guides, not from the
# patient's clinic.
screens-typical = typisch – Ihre Klinik kann es anders handhaben
# $source: where a care sentence comes from in Steady's care facts, e.g.
# "The session day · 002"; it stays as it is. "care facts" is the name of
# Steady's collection of sources: kept in English, as $source is.
screens-source = Quelle: care facts · { $source }
# From one time or length to another: "12:30–13:30", "1 Std.–2 Std.".
screens-range = { $from }–{ $to }
# A button that puts a reminder off. $span: "10 Min." (span-minutes) or
# "1 Stunde" (hours).
screens-snooze = { $span } später
# The big button on Today and on the simple view after a session: the
# patient is home, and the no-driving time counts from now.
screens-im-home = Ich bin zu Hause – der Termin ist vorbei
# SAFETY: the rule for after a session. $when: "heute, 18:00" or
# "morgen, 07:00" (when-today, when-tomorrow...).
screens-no-driving-until = Kein Autofahren bis { $when }

## The top bar and the window's frame (App.svelte).

# The accessible name of the row of screen buttons.
app-nav-label = Ansichten
app-nav-today = Heute
app-nav-session = Terminplan
app-nav-recovery = Erholung
# Opens the check-in screen (how the patient feels these days).
app-nav-check-in = Wie es mir geht
app-nav-course = Behandlung
app-nav-ride = Heimfahrt
app-nav-settings = Einstellungen
# Locks the app now (the app lock is on).
app-lock-now = Sperren
app-lock-now-hint = Ihre Daten verschließen, bis das Passwort wieder eingegeben wird
# Dismisses a notice that the data file was damaged and recovered.
app-recovery-notice-dismiss = Verstanden
app-load-error-title = Steady kann Ihren Plan gerade nicht anzeigen.
app-data-unreadable = Steady konnte seine Daten nicht lesen.
# $path: the folder where Steady keeps its data.
app-data-folder = Datenordner: { $path }
# Right after the first session is planned: crisis numbers are set up now.
app-crisis-eyebrow = Vor Ihrem Termin
# The crisis numbers still need the patient: they may finish later.
app-crisis-later = Später, in den Einstellungen
app-crisis-continue = Weiter
# Right after the first session is planned: the optional next step.
app-instructions-eyebrow = Optional
app-instructions-title = Hat Ihre Klinik eigene Anweisungen?
# "Session plan" and "Settings" are the screens' names (app-nav-session,
# app-nav-settings).
app-instructions-text = Kliniken sind verschieden: wann Sie nicht mehr essen dürfen, welche Medikamente Sie auslassen, wann Sie da sein sollen, was Sie mitbringen, wer Sie nach Hause bringen darf. Geben Sie das Merkblatt Ihrer Klinik jetzt ein, dann richtet sich Ihr Plan danach; oder behalten Sie die typischen Werte und holen Sie es später im Terminplan oder in den Einstellungen nach.
app-instructions-enter = Anweisungen meiner Klinik eingeben
app-instructions-not-now = Jetzt nicht

## The first start: the first session (Welcome.svelte). The language
## chooser sits above it (language-label in app.ftl).

welcome-title = Bereiten wir Ihren Termin vor
welcome-lead = Sagen Sie Steady, wann Ihre nächste Infusion ist. Steady erstellt zwei kurze Checklisten, für den Tag davor und für den Tag selbst, und zeigt Ihnen, was wann zu tun ist.
welcome-when-legend = Wann ist Ihr nächster Termin?
welcome-date = Datum
welcome-start-time = Beginn
# $zone: the computer's time zone, as the system names it: "Europe/Berlin".
welcome-time-zone = Die Uhrzeiten gelten für die Zeitzone { $zone }.
welcome-clinic = In welcher Klinik?
welcome-driver = Wer fährt Sie nach Hause?
# Beside the question who drives the patient home.
welcome-driver-hint = optional – Steady erinnert Sie am Tag davor
welcome-missing-date-time = Bitte geben Sie Datum und Uhrzeit Ihres Termins ein.
welcome-submit = Meinen Plan erstellen

## Today (Today.svelte): what to do next, and the rest of today and tomorrow.

# $count: checklist items whose time has passed without a tick.
today-missed = { $count ->
    [one] Ein früherer Punkt wurde nicht abgehakt.
   *[other] { $count } frühere Punkte wurden nicht abgehakt.
}
today-see-session-plan = Terminplan ansehen
# SAFETY: the heading of the rules for after a session.
today-no-driving-title = Kein Autofahren, keine Maschinen, keine großen Entscheidungen
# SAFETY: under that heading. $when: "morgen, 07:00" (when-tomorrow...).
today-no-driving-until = Bis { $when }
# The accessible name of the field for when the session really ended.
today-ended-at-label = Wann der Termin zu Ende war
# Opens that field: the session ended before the patient tapped "I'm home".
today-ended-earlier = Der Termin war früher zu Ende…
# SAFETY
today-no-driving-counted = Steady zählt das Fahrverbot ab dem Ende des Termins.
# Above the next checklist item: it is due now, or comes next.
today-now = Jetzt
today-next = Als Nächstes
today-all-done-title = Gerade ist nichts zu tun
today-all-done-text = Alle Punkte Ihres Plans sind abgehakt. Ruhen Sie sich gut aus.
# Items whose time has passed, not yet ticked.
today-overdue = Noch zu erledigen
today-rest-of-today = Heute noch
today-nothing-else-today = Heute steht nichts mehr an.
today-tomorrow = Morgen
today-nothing-tomorrow = Für morgen ist nichts geplant.
today-your-session = Ihr Termin
# $from, $to: clock times, "12:30" and "13:30": when the escort typically
# picks the patient up.
today-pickup-typical = Abholung meist { $from }–{ $to }
# $count: checklist items due after tomorrow.
today-later-items = { $count ->
    [one] { $count } weiterer Punkt nach morgen
   *[other] { $count } weitere Punkte nach morgen
}
# Opens the Ride home screen (app-nav-ride).
today-open-ride = Heimfahrt
today-open-session = Ganzen Plan ansehen

## A checklist item's row (ItemRow.svelte), on Today and the session plan.
## $title: the item's title ("Stop eating"), from the plan or the patient.

# The accessible names of the tick box, for a screen reader.
item-tick = Als erledigt markieren: { $title }
item-tick-undo = Erledigt: { $title }. Als nicht erledigt markieren
# The accessible name of the list of things in an item (the bag to pack).
item-parts-label = Dinge zu: { $title }
# The tooltip of screens-typical.
item-typical-hint = Ein typischer Wert aus öffentlichen Patienteninformationen. Die Anweisungen Ihrer Klinik gehen immer vor.
# A tag: the patient moved this item's time; it no longer follows the session.
item-time-set-by-you = Zeit von Ihnen geändert
# The accessible name of the choice of when the reminder comes.
item-reminder-label = Erinnerung für { $title }
# The choices of when an item's reminder comes.
item-remind-at-time = Pünktlich erinnern
# $span: "15 Min." (span-minutes) or "2 Stunden" (hours).
item-remind-before = { $span } vorher erinnern
item-change-time = Zeit ändern
# Undoes the patient's own time: the item follows the session again.
item-back-to-plan-time = Zurück zur geplanten Zeit
item-edit-note = Notiz bearbeiten
item-add-note = Notiz hinzufügen
item-remove = Entfernen
item-new-time = Neue Zeit
# $zone: the session's time zone, "Europe/Berlin".
item-new-time-zone = (Zeitzone { $zone })
item-note-label = Ihre Notiz
item-save-note = Notiz speichern

## The session plan (SessionPage.svelte): one session's day, its two
## checklists, and the medicines the prescriber said to hold.

session-page-eyebrow = Terminplan
session-page-clinic-unnamed = Klinik ohne Namen
# After the clinic's name and a dot. $zone: the session's time zone, "Europe/Berlin".
session-page-time-zone = Uhrzeiten in der Zeitzone { $zone }
# $protocol: the name of the clinic's instructions the plan follows, as the
# patient or the clinic named them.
session-page-following = Richtet sich nach: { $protocol }
session-page-typical-values = Typische Werte, bis Sie die Anweisungen Ihrer Klinik eingeben
# Opens the screen for the clinic's instructions.
session-page-instructions = Anweisungen Ihrer Klinik
# A tag on a cancelled session.
session-page-cancelled = abgesagt
session-page-move = Termin verschieben
session-page-cancel = Termin absagen
# Asked before cancelling a session; the next message follows it.
session-page-cancel-question = Diesen Termin absagen?
session-page-cancel-explained = Die Erinnerungen dazu hören auf. Die Checkliste bleibt im Verlauf Ihrer Behandlung.
session-page-cancel-yes = Ja, absagen
session-page-cancel-no = Behalten
session-page-move-label = Neues Datum und neuer Beginn
session-page-move-explained = Die Punkte des Plans verschieben sich mit dem Termin. Punkte, deren Zeit Sie selbst festgelegt haben, bleiben, wo sie sind.
session-page-move-submit = Termin verschieben
# The accessible name of the session day's timeline.
session-page-day-label = Der Tag des Termins
# The session day's steps, each beside its clock time.
session-page-leave-home = Von zu Hause losfahren
session-page-arrive = Ankunft
session-page-intake = Vorbereitung
session-page-infusion = Infusion
session-page-recovery = Erholung, dann Abholung
session-page-pickup-window = Abholzeit
# SAFETY: beside the day and time the patient may drive again.
session-page-no-driving-until = Kein Autofahren bis
# How long a step takes. $span: "45 Min.", "1 Std." (span-minutes, span-hours).
session-page-about = etwa { $span }
# After screens-typical. "care facts · The session day · 002, 003" names
# the part of Steady's care facts these timings come from: keep it as it is.
session-page-typical-timings = Zeiten aus öffentlichen Patienteninformationen (care facts · The session day · 002, 003). Die Zeiten Ihrer Klinik für Ihren Termin gehen vor.
# The two checklists' headings.
session-page-day-before = Vor dem Termin
session-page-session-day = Am Tag des Termins und danach
session-page-meds-title = Medikamente, die Sie vor dem Termin pausieren
session-page-meds-none = Keine eingetragen. Nur Ihre Ärztin oder Ihr Arzt entscheidet, ob ein Medikament pausiert werden soll. Wenn ja, tragen Sie es mit den genannten Stunden ein.
# A medicine to hold. $medicine: its name (and dose), set apart in bold;
# $hours: how many hours before the session the last dose is taken.
session-page-med-hold = { $medicine }: letzte Einnahme { $hours } Std. vorher
# As session-page-med-hold; $restart: how many hours after the session it starts again.
session-page-med-hold-restart = { $medicine }: letzte Einnahme { $hours } Std. vorher, wieder einnehmen { $restart } Std. danach
session-page-med-remove = Entfernen
session-page-med-name = Medikament
session-page-med-dose = Dosis
session-page-med-hold-hours = Letzte Einnahme, Stunden vorher
session-page-med-restart-hours = Wieder einnehmen, Stunden danach
session-page-med-prescriber = So, wie Ihre Ärztin oder Ihr Arzt es gesagt hat. Steady schlägt nie vor, welche Medikamente pausiert werden.
session-page-med-add = Medikament hinzufügen
session-page-med-open = Ein Medikament zum Pausieren hinzufügen
session-page-med-hours-missing = Geben Sie ein, wie viele Stunden vor dem Termin die letzte Einnahme sein soll, so wie Ihre Ärztin oder Ihr Arzt es gesagt hat.
# The patient's own checklist item: what to do, and when.
session-page-item-title = Was zu tun ist
session-page-item-due = Wann
session-page-item-add = Punkt hinzufügen
session-page-item-open = Eigenen Punkt hinzufügen

## The course (Course.svelte): every session, and planning more.

course-page-title = Ihre Behandlung
# A booster session: one more infusion after the first series.
course-page-booster = Auffrischung
# $from, $to: short dates, "Do., 3. Dez." (date-short).
course-page-booster-between = Meist zwischen { $from } und { $to }
course-page-no-sessions = Noch keine Termine.
# $count: earlier sessions the list leaves out until "Show all" is pressed.
course-page-earlier-hidden = { $count ->
    [one] { $count } früherer Termin wird nicht angezeigt.
   *[other] { $count } frühere Termine werden nicht angezeigt.
}
course-page-show-all = Alle anzeigen
# A session's state in the list.
course-page-upcoming = Geplant
course-page-current = Heute / in Erholung
course-page-past = Vorbei
course-page-cancelled = Abgesagt
# $done of $total checklist items of a session are ticked.
course-page-ticked = { $done } von { $total } abgehakt
course-page-open = Plan öffnen
course-page-add-one = Termin hinzufügen
course-page-add-series = Terminreihe planen
course-page-date = Datum
course-page-start-time = Beginn
course-page-add-one-submit = Termin hinzufügen
# Planning a series: "Every" [Mon] [Thu] ..., "From" a date, "At" a time,
# "For weeks" a number of weeks. In German: "Jeden" [Mo] [Do], "Ab" a
# date, "Um" a time, "Wochen" a number.
course-page-every = Jeden
course-page-series-from = Ab
course-page-series-at = Um
course-page-series-weeks = Anzahl Wochen
course-page-series-typical = Eine erste Reihe sind oft etwa sechs Infusionen in 2–4 Wochen (typisch; Ihre Klinik entscheidet).
course-page-series-submit = Diese Termine planen

## The check-ins over time (Trend.svelte): a chart and the same as a table.

trend-empty = Was Sie zu Ihrem Befinden eintragen, erscheint hier als Diagramm, mit markierten Termintagen.
# The chart's accessible name, for a screen reader.
trend-chart-label = Diagramm der Werte zum Befinden und der PHQ-9-Summen im Verlauf; gepunktete senkrechte Linien markieren Termintage. Dieselben Werte stehen in der Tabelle darunter.
# Under the chart: what its dotted vertical lines mean.
trend-session-lines = Gepunktete Linien: Termintage.
# Opens the table under the chart.
trend-table-summary = Dasselbe als Tabelle
# The table's first column: when the check-in was.
trend-table-when = Wann
# The chart's line of PHQ-9 totals, in its legend.
trend-phq9-total = PHQ-9-Summe (0-27)
# The chart's axes: check-in scores go from 0 to 10; PHQ-9 totals on the other side.
trend-check-in-axis = Befinden (0-10)
trend-phq9-axis = PHQ-9
# A PHQ-9 result in the table: "12 (mittelgradig)". $band: phq9-band (care.ftl).
trend-phq9-cell = { $total } ({ $band })

## Check-ins (CheckIn.svelte): how the patient feels today, the PHQ-9
## questionnaire, and how both went over time.

# The four scales of a check-in, each from 0 to 10; also the chart's lines
# and the table's columns.
screens-mood = Stimmung
screens-energy = Energie
screens-clarity = Klares Denken
screens-anxiety = Angst
check-in-page-title = Wie geht es Ihnen heute?
# The check-in form's heading, for a screen reader.
check-in-page-form-label = Tägliches Befinden
# Above a slider. $scale: screens-mood, screens-energy...; $score: 0 to 10,
# set apart in bold.
check-in-page-scale = { $scale }: { $score } von 10
# How a screen reader says the slider's value. $score: 0 to 10.
check-in-page-score = { $score } von 10
# Under each slider: what its two ends (0 and 10) mean.
check-in-page-mood-low = 0 sehr schlecht
check-in-page-mood-high = 10 sehr gut
check-in-page-energy-low = 0 keine
check-in-page-energy-high = 10 viel
check-in-page-clarity-low = 0 wie im Nebel
check-in-page-clarity-high = 10 klar
check-in-page-anxiety-low = 0 ruhig
check-in-page-anxiety-high = 10 sehr ängstlich
# SAFETY: a "Yes" opens the crisis panel.
check-in-page-self-harm = Haben Sie Gedanken, sich selbst etwas anzutun?
check-in-page-no = Nein
check-in-page-yes = Ja
check-in-page-note = Eine Notiz
check-in-page-save = Befinden speichern
# SAFETY
check-in-page-self-harm-missing = Bitte beantworten Sie die Frage nach Gedanken, sich selbst etwas anzutun.
check-in-page-saved = Gespeichert. Danke, dass Sie Ihr Befinden eingetragen haben.
check-in-page-phq9-title = Fragebogen (PHQ-9)
check-in-page-phq9-due = Jetzt fällig.
check-in-page-phq9-done-recently = Vor Kurzem ausgefüllt. Sie können ihn jederzeit wieder ausfüllen.
check-in-page-phq9-open = PHQ-9 ausfüllen
check-in-page-phq9-save = PHQ-9 speichern
check-in-page-phq9-missing = Bitte beantworten Sie alle neun Fragen.
# $total: 0 to 27; $band: phq9-band (care.ftl).
check-in-page-phq9-saved = PHQ-9 gespeichert: { $total } von 27 ({ $band }).
# The PHQ-9 (Kroenke, Spitzer & Williams 2001) is a validated questionnaire:
# use its official translation in your language (Pfizer's, free to use)
# word for word, the instruction, the nine questions and the four answers;
# do not translate it yourself.
# German: the wording of the official German version (PHQ-D, Löwe,
# Spitzer, Zipfel & Herzog 2002; Pfizer), the instruction, the nine
# questions and the four answers, as reproduced word for word by the
# Medizininformatik-Initiative's PHQ-9 questionnaire (mii-qst-pro-phq-9)
# and by clinical sites; compared with those copies, not with Pfizer's PDF.
check-in-page-phq9-intro = Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die folgenden Beschwerden beeinträchtigt?
check-in-page-phq9-1 = Wenig Interesse oder Freude an Ihren Tätigkeiten
check-in-page-phq9-2 = Niedergeschlagenheit, Schwermut oder Hoffnungslosigkeit
check-in-page-phq9-3 = Schwierigkeiten ein- oder durchzuschlafen oder vermehrter Schlaf
check-in-page-phq9-4 = Müdigkeit oder Gefühl, keine Energie zu haben
check-in-page-phq9-5 = Verminderter Appetit oder übermäßiges Bedürfnis zu essen
check-in-page-phq9-6 = Schlechte Meinung von sich selbst; Gefühl, ein Versager zu sein oder die Familie enttäuscht zu haben
check-in-page-phq9-7 = Schwierigkeiten, sich auf etwas zu konzentrieren, z. B. beim Zeitunglesen oder Fernsehen
check-in-page-phq9-8 = Waren Ihre Bewegungen oder Ihre Sprache so verlangsamt, dass es auch anderen auffallen würde? Oder waren Sie im Gegenteil „zappelig“ oder ruhelos und hatten dadurch einen stärkeren Bewegungsdrang als sonst?
# SAFETY: the PHQ-9's ninth question; any answer but the first opens the
# crisis panel. The official translation, word for word.
check-in-page-phq9-9 = Gedanken, dass Sie lieber tot wären oder sich Leid zufügen möchten
# The PHQ-9's four answers (official translation), scored 0 to 3.
check-in-page-phq9-answer-0 = Überhaupt nicht
check-in-page-phq9-answer-1 = An einzelnen Tagen
check-in-page-phq9-answer-2 = An mehr als der Hälfte der Tage
check-in-page-phq9-answer-3 = Beinahe jeden Tag
check-in-page-over-time = Im Verlauf
check-in-page-export = CSV und PDF-Übersicht exportieren
# After exporting. $csv, $pdf: the two files' paths.
check-in-page-exported = Gespeichert: { $csv } und { $pdf }
# Under the chart: the check-ins stay on this computer.
check-in-page-stays-here = Bleibt auf diesem Computer. Nur wenn Sie es exportieren, verlässt es ihn.

## After a session (Recovery.svelte): what the patient may feel and when it
## usually eases, and whom to call when something is wrong.

recovery-page-title = Nach Ihrem Termin
# $when: when the session ended, "heute, 18:00" (when-today...).
recovery-page-lead-ended = Was Sie spüren können und wann es meist nachlässt. Gezählt ab dem Ende Ihres Termins, { $when }.
# As recovery-page-lead-ended, before the patient has said the session ended.
# “I'm home” quotes the button on Today (screens-im-home): „Ich bin zu Hause“.
recovery-page-lead-planned = Was Sie spüren können und wann es meist nachlässt. Gezählt ab dem Ende Ihres Termins, { $when } (geplant; tippen Sie unter Heute auf „Ich bin zu Hause“, sobald Sie zu Hause sind).
# SAFETY: an effect lasts longer than it usually does. $effect: the effect's
# name ("Schwindel"); $time: a clock time, "18:00". Followed by
# recovery-page-call-your-clinic.
recovery-page-outlasting = { $effect } lässt meist bis { $time } nach; Sie spüren es noch.
# SAFETY
recovery-page-call-your-clinic = Rufen Sie Ihre Klinik an.
# Under an effect's name. $time: a clock time, "18:00", set apart in bold.
recovery-page-eases-by = Lässt meist bis { $time } nach
# As recovery-page-eases-by, for an effect that lasts into another day;
# $when: the day and time again, "morgen, 07:00".
recovery-page-eases-by-day = Lässt meist bis { $time } nach ({ $when })
# $strength: 0 to 10, as the patient rated the effect; $time: a clock time.
recovery-page-noted = Sie haben um { $time } { $strength }/10 eingetragen.
# The accessible name of the slider: how strong the effect is.
recovery-page-strength-label = Wie stark, 0 bis 10
recovery-page-feel-this = Spüre ich
recovery-page-gone = Ist vorbei
# SAFETY: the heading of the list of symptoms and whom to call about each.
recovery-page-call-whom = Wann Sie wen anrufen
recovery-page-call-whom-clinic = Die eigene Liste Ihrer Klinik.
recovery-page-call-whom-typical = Eine typische Liste aus dem veröffentlichten Entlassungsblatt einer Klinik; die Anweisungen Ihrer Klinik gehen vor.
# SAFETY: beside a symptom. $number: the emergency number, "112" or "911",
# set apart (kept left to right).
recovery-page-call-emergency = { $number } anrufen
# SAFETY: as recovery-page-call-emergency, when Steady knows no number.
recovery-page-call-emergency-number = Notrufnummer anrufen
# SAFETY: beside a symptom. $clinic is "named" when the patient gave the
# clinic's name ($name), else "none".
recovery-page-call-clinic = { $clinic ->
    [none] Klinik anrufen
   *[named] { $name } anrufen
}
# SAFETY: as recovery-page-call-clinic, with the clinic's phone number
# ($phone, set apart: kept left to right).
recovery-page-call-clinic-phone = { $clinic ->
    [none] Klinik anrufen ({ $phone })
   *[named] { $name } anrufen ({ $phone })
}
# SAFETY
recovery-page-call-primary-care = Ihrer Hausarztpraxis Bescheid geben
# SAFETY
recovery-page-other-title = Stimmt etwas anderes ernsthaft nicht?
# SAFETY
recovery-page-other-text = Zum Beispiel Anzeichen einer Manie oder einer Psychose, die schlimmer wird (selten, aber ernst), oder alles, was Ihnen Sorgen macht.
# SAFETY: opens the crisis panel.
recovery-page-other-show = Zeigen, wen ich anrufen kann

## The crisis panel (CrisisPanel.svelte): shown after a check-in says
## thoughts of self-harm, or when something feels seriously wrong after a
## session. Short, warm, direct. Every message here is about safety.

# SAFETY
crisis-panel-title = Bitte wenden Sie sich jetzt an jemanden
# SAFETY
crisis-panel-text = Damit müssen Sie nicht allein sein. Jetzt mit jemandem zu sprechen, hilft.
# SAFETY: $country: the country the crisis numbers are for, "United Kingdom".
# Also the crisis set-up's heading line.
# German: the country's name after a colon, as it may need an article in
# a sentence (die Schweiz, die USA; see care.ftl's country-name).
crisis-numbers-for = Nummern für Ihr Land: { $country }
# SAFETY: as crisis-numbers-for, before the patient's country is known.
crisis-numbers-for-your-country = Nummern für Ihr Land
# SAFETY: beside the crisis line's name and number (the panel and the set-up).
crisis-line = Krisentelefon
# SAFETY: beside the emergency number ("112", "911").
crisis-emergency = Notruf
# SAFETY: in place of a crisis line when none is set.
crisis-panel-no-crisis-line = Nicht eingerichtet – sprechen Sie mit jemandem, dem Sie vertrauen, oder rufen Sie die Notrufnummer an
# SAFETY: in place of the emergency number when Steady knows none.
crisis-panel-no-emergency-number = Ihre örtliche Notrufnummer
# SAFETY: in place of the clinic's name when the patient gave none.
crisis-panel-your-clinic = Ihre Klinik
# SAFETY: in place of the clinic's phone when none is set. "Ride home" is
# the screen's name (app-nav-ride).
crisis-panel-no-clinic-phone = Tragen Sie die Telefonnummer der Klinik unter „Heimfahrt“ ein
crisis-panel-close = Schließen

## Crisis numbers' set-up (CrisisSetup.svelte): which country, and its
## numbers or the patient's own; on Today, after the first session is
## planned, and in Settings. $country: a country's name, "United Kingdom".

# SAFETY
crisis-setup-title = Wen Sie in einer Krise anrufen können
# A small button beside crisis-numbers-for: choose another country.
crisis-setup-change-country = ändern
# SAFETY
crisis-setup-no-country = Steady konnte nicht erkennen, in welchem Land Sie sind. Bitte wählen Sie es aus, damit die richtigen Nummern bereitstehen.
# The accessible name of the question below.
crisis-setup-confirm-label = Ihr Land bestätigen
# SAFETY: Steady guessed the country from the time zone.
crisis-setup-confirm-question = Steady hat Ihr Land anhand der Zeitzone Ihres Computers gewählt: { $country }. Sind Sie dort?
crisis-setup-confirm-yes = Ja, { $country }
crisis-setup-confirm-no = Nein, anderes Land wählen
crisis-setup-country = Land
# The country list's first line, before one is chosen.
crisis-setup-choose = Auswählen…
# A country in the list for which Steady has no crisis numbers.
crisis-setup-country-without-numbers = { $country } (noch keine Nummern in Steady)
crisis-setup-use-country = Dieses Land verwenden
# SAFETY
crisis-setup-no-numbers = Steady hat noch keine Krisennummern für { $country }. Bitte tragen Sie jetzt Ihr örtliches Krisentelefon und Ihre Notrufnummer ein, damit sie hier sind, falls Sie sie einmal brauchen.
# In place of a number that is not set.
crisis-setup-not-set = Nicht eingerichtet
# A tag beside a number the patient typed.
crisis-setup-yours = eigene
# SAFETY: under the numbers from Steady's own table.
crisis-setup-from-care-facts = Aus öffentlichen Quellen, gesammelt 2026 (Steadys care facts). Nummern ändern sich: Wenn Sie eine bessere kennen, nehmen Sie Ihre eigene.
crisis-setup-own-numbers = Eigene Nummern verwenden
crisis-setup-own-crisis-line = Ihr Krisentelefon
# The empty field's hint: what to type.
crisis-setup-own-crisis-line-hint = Name und Nummer
crisis-setup-own-emergency = Ihre Notrufnummer
# The empty field's hint: an emergency number as an example (112 works
# across Europe; use your region's if it is better known).
crisis-setup-own-emergency-hint = Zum Beispiel 112
# $country's own numbers are used for a box left empty.
crisis-setup-own-empty-box = Lassen Sie ein Feld leer, um die Nummer für Ihr Land zu verwenden ({ $country }).
crisis-setup-own-change-later = Sie können sie jederzeit in den Einstellungen ändern.
crisis-setup-own-save = Nummern speichern
crisis-setup-saved = Gespeichert.

## The simple view for after a session (Groggy.svelte): one thing at a
## time, large, for someone still groggy.

# The view's accessible name.
groggy-label = Einfache Ansicht für nach Ihrem Termin
# Shows the next item in the queue instead.
groggy-next-thing = Nächster Punkt
groggy-rest-title = Jetzt ausruhen
groggy-rest-text = Nichts zu tun. Trinken Sie etwas Wasser und lassen Sie es ruhig angehen.
# Opens the Recovery screen: what the patient may feel after the session.
groggy-how-i-feel = Wie es mir geht
# Leaves the simple view for the full Today screen.
groggy-full-view = Vollständige Ansicht

## Reminders shown in the window (ReminderBanner.svelte), when desktop
## notifications are off or a reminder came while the window was open.

reminder-banner-notifications-off = Desktop-Benachrichtigungen sind aus – Erinnerungen erscheinen hier.
# Opens the technical reason notifications are off.
reminder-banner-details = Details
# $time: a clock time, "18:00".
reminder-banner-paused = Erinnerungen sind bis { $time } pausiert.
reminder-banner-resume = Jetzt fortsetzen
reminder-banner-title = Erinnerungen
# After the reminder's time: it arrived late (the computer was asleep).
# $span: how late, "12 Min." (span-minutes).
reminder-banner-late = kam { $span } zu spät

## The app lock: the first screen while Steady is locked (Unlock.svelte)
## and its part of Settings (AppLock.svelte).

unlock-title = Steady ist gesperrt
unlock-text = Geben Sie Ihr Passwort ein, um Ihren Plan zu sehen. Erinnerungen kommen weiter, auch während Steady gesperrt ist.
unlock-passphrase = Passwort
unlock-open = Steady öffnen
unlock-opening = Wird geöffnet…
unlock-forgot = Passwort vergessen?
# $path: the data folder's path, set apart (shown as code).
unlock-forgot-text = Ohne das Passwort kann niemand diese Daten öffnen, auch Steady nicht: Dafür ist die Sperre da. Um mit einem leeren Plan neu anzufangen, beenden Sie Steady und verschieben Sie den Datenordner an einen anderen Ort: { $path }.
app-lock-title = App-Sperre
app-lock-state-on = Die Sperre ist an: Ihre Daten sind auf diesem Computer verschlüsselt, und Steady fragt bei jedem Start nach dem Passwort.
# “You have a reminder” quotes what a notification says while Steady is
# locked (in reminders.ftl): use the same words („Sie haben eine Erinnerung“).
app-lock-state-off = Sperren Sie Steady mit einem Passwort, wenn auch andere diesen Computer benutzen. Ihre Daten werden dann verschlüsselt, und Steady fragt bei jedem Start nach dem Passwort. Erinnerungen kommen auch, während Steady gesperrt ist, und sagen dann nur „Sie haben eine Erinnerung“.
app-lock-groggy-hint = Sie brauchen es auch nach einem Termin, wenn Sie vielleicht benommen sind: Wählen Sie Wörter, die Sie leicht tippen können. Wenn Sie das Passwort vergessen, kann niemand die Daten öffnen, auch Steady nicht.
app-lock-current = Aktuelles Passwort
app-lock-new = Neues Passwort
app-lock-passphrase = Passwort
# Beside the new passphrase's field.
app-lock-passphrase-hint = (mindestens 8 Zeichen; ein kurzer Satz eignet sich gut)
# The field where the new passphrase is typed a second time.
app-lock-again = Noch einmal dasselbe
app-lock-working = Einen Moment…
app-lock-change = Passwort ändern
app-lock-turn-on = Sperre einschalten
app-lock-turn-off = Sperre ausschalten
app-lock-not-the-same = Die beiden neuen Passwörter stimmen nicht überein.
app-lock-done-on = Die Sperre ist an. Steady fragt bei jedem Start nach diesem Passwort.
app-lock-done-changed = Das Passwort wurde geändert.
app-lock-done-off = Die Sperre ist aus. Ihre Daten sind nicht mehr verschlüsselt.

## A request the core never saw (api.ts).

# Tauri refused a request's arguments before Steady's core read them: a
# fault in Steady, not the patient's. $detail: the technical reason, in English.
api-request-not-understood = Steady konnte diese Anfrage nicht verstehen ({ $detail }).
