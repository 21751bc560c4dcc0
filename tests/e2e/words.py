"""End-to-end tests of Steady's languages (issue 24), on the real window.

The expected words are read from the catalogue itself
(src/basics/messages/<language>/*.ftl), so a test says "the German
welcome title", not a copy of it: the check is that the window, the
notification server, the PDF reader and the calendar parser each see the
catalogue's words in the language asked for.

The pseudo-language sweep (`en-XA`: every letter accented, about 40 %
longer) visits every screen and fails on any plain ASCII word that is not
user data: that word was written in code, not taken from the catalogue.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import zoneinfo

import run as e2e
from desktop import NotificationServer
from tauri_window import wait_until

MESSAGES = os.path.join(e2e.ROOT, "src", "basics", "messages")


def message(language: str, ident: str) -> str:
    """A one-line message of the catalogue, as written (no arguments)."""
    folder = os.path.join(MESSAGES, language)
    assert os.path.isdir(folder), f"no catalogue folder {folder}"
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                m = re.match(rf"^{re.escape(ident)} = (.+)$", line.rstrip("\n"))
                if m and "{" not in m.group(1):
                    return m.group(1).strip()
    raise AssertionError(f"{language}: no one-line message {ident}")


def stable_text(s) -> str:
    """The page's text once two reads 300 ms apart agree (a screen that
    fills in as its answers arrive has settled)."""
    last = [None]

    def settled():
        now = s.find("body").text
        same = now == last[0]
        last[0] = now
        return now if same else None
    return wait_until(settled, interval=0.3, what="the screen to settle")


def plan_first_session(s, day: str, clinic: str = "", driver: str = ""):
    s.find("#session-date").set_value(day)
    s.find("#session-time").set_value("09:00")
    if clinic:
        s.find("#clinic").send_keys(clinic)
    if driver:
        s.find("#driver").send_keys(driver)
    s.find("[data-testid=make-plan]").click()
    s.wait_for("[data-testid=welcome-instructions]")
    s.find("[data-testid=instructions-not-now]").click()
    s.wait_for("[data-testid=next-title]")


def test_a_german_system_speaks_german_today_the_checklist_and_a_notification():
    """LANGUAGE=de: the first start, Today and the checklist in German, from
    the catalogue; the CLI's plan words too; a notification reaches the
    notification server with German words and buttons."""
    server = NotificationServer()
    app = e2e.App(zone="Europe/Berlin", lang="de_DE.UTF-8", extra_env={"LANGUAGE": "de"})
    try:
        s = app.launch()
        heading = s.wait_for("#welcome-title", timeout=30)
        assert heading.text == message("de", "welcome-title"), heading.text
        assert s.execute_script("return document.documentElement.lang") == "de"
        plan_first_session(s, e2e.local_day(5), clinic="Klinik am Nordpark")
        items = json.loads(e2e.cli_in(app, "items", "--json"))
        stop = next(i for i in items if i["key"] == "stop_food")
        assert stop["title"] == message("de", "plan-stop-food-title"), stop
        s.find("[data-testid=nav-session]").click()
        s.wait_for("[data-testid=checklist-day_before]")
        titles = [i["title"] for i in e2e.items_on_screen(s)]
        assert message("de", "plan-stop-food-title") in titles, titles
        assert message("de", "plan-sleep-title") in titles, titles
        e2e.desktop_screenshot("words-de-session.png")

        # A notification, in German, at the notification server.
        s.find("[data-testid=nav-settings]").click()
        s.wait_for("[data-testid=send-test-notification]").click()
        want = message("de", "reminders-test-title")
        wait_until(lambda: any(summary == want for _, summary in server.notifies()),
                   what=f"the German test notification {want!r} at the server")
        with open(server.log_path, encoding="utf-8", errors="replace") as f:
            line = next(l for l in f if f'"{want}"' in l)
        assert message("de", "reminders-test-body") in line, line
    finally:
        app.close()
        server.stop()


def test_a_ride_card_and_calendar_in_spanish_for_a_german_patient():
    """The driver reads Spanish, the patient German: the card saved from the
    Ride screen reads back in Spanish with pdftotext; its calendar file
    parses (python-icalendar) with Spanish summaries; the crisis numbers are
    still Germany's (they follow the country, not the language)."""
    app = e2e.App(zone="Europe/Berlin", lang="de_DE.UTF-8", extra_env={"LANGUAGE": "de"})
    try:
        s = app.launch()
        s.wait_for("#welcome-title", timeout=30)
        day = e2e.local_day(6)
        plan_first_session(s, day, clinic="Klinik am Nordpark", driver="Lucía")
        s.find("[data-testid=nav-ride]").click()
        choice = s.wait_for("[data-testid=driver-language]")
        s.execute_script(
            "arguments[0].value = 'es'; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", choice)
        heading = message("es", "ride-card-kicker")
        s.find("[data-testid=save-card]").click()
        notice = wait_until(lambda: (lambda t: t if ".pdf" in t else None)(s.find("[data-testid=export-notice]").text),
                            what="the card to be saved")
        pdf = next(os.path.join(app.export_dir, n) for n in os.listdir(app.export_dir) if n.endswith(".pdf"))
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
        assert heading in text, f"the Spanish card's heading {heading!r} read back:\n{text}"
        assert "TelefonSeelsorge" in text, "Germany's crisis line on the Spanish card"
        assert message("de", "plan-stop-food-title") not in text, "no German on the driver's card"

        s.find("[data-testid=driver-calendar]").click()
        wait_until(lambda: any(n.endswith(".ics") for n in os.listdir(app.export_dir)), what="the driver's calendar")
        ics = next(os.path.join(app.export_dir, n) for n in os.listdir(app.export_dir) if n.endswith(".ics"))
        read = ("import icalendar, sys, json; c = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read());"
                "print(json.dumps([str(e.get('SUMMARY')) for e in c.walk('VEVENT')]))")
        summaries = json.loads(subprocess.run(["/usr/bin/python3", "-c", read, ics],
                                              capture_output=True, text=True, check=True).stdout)
        assert len(summaries) == 1, f"one pickup for Lucía: {summaries}"
        # The same pickup as the CLI writes it in Spanish and in English.
        for language in ("es", "en"):
            out = os.path.join(app.export_dir, f"course-{language}.cal")
            e2e.cli_in(app, "export", "ics", "--language", language, "-o", out)
            pickups = json.loads(subprocess.run(["/usr/bin/python3", "-c", read, out],
                                                capture_output=True, text=True, check=True).stdout)
            if language == "es":
                assert summaries[0] in pickups, f"the Spanish pickup {summaries} is among {pickups}"
            else:
                assert summaries[0] not in pickups, f"not the English one: {summaries} vs {pickups}"
        e2e.desktop_screenshot("words-ride-es.png")
    finally:
        app.close()


def test_changing_the_language_in_settings_rewords_what_is_planned():
    """English first; French chosen in Settings: the window, and the items
    already planned (as the CLI reads them from the data), are French."""
    app = e2e.App()
    try:
        s = app.launch()
        s.wait_for("#welcome-title", timeout=30)
        plan_first_session(s, e2e.local_day(4))
        before = {i["key"]: i["title"] for i in json.loads(e2e.cli_in(app, "items", "--json"))}
        assert before["stop_food"] == "Stop eating", before
        s.find("[data-testid=nav-settings]").click()
        choice = s.wait_for("[data-testid=language-choice]")
        s.execute_script(
            "arguments[0].value = 'fr'; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", choice)
        wait_until(lambda: s.execute_script("return document.documentElement.lang") == "fr",
                   what="the window to speak French")
        s.find("[data-testid=nav-session]").click()
        s.wait_for("[data-testid=checklist-day_before]")
        french = message("fr", "plan-stop-food-title")
        wait_until(lambda: french in [i["title"] for i in e2e.items_on_screen(s)],
                   what=f"the planned item re-worded as {french!r}")
        after = {i["key"]: i["title"] for i in json.loads(e2e.cli_in(app, "items", "--json"))}
        assert after["stop_food"] == french, after
        assert after["sleep"] == message("fr", "plan-sleep-title"), after
        e2e.desktop_screenshot("words-fr-after-change.png")
    finally:
        app.close()


# Words that are not the catalogue's and may stay plain: the app's name, the
# test's own data, zones and units written as data.
ALLOWED = {"Steady", "Lakeside", "Clinic", "Sam", "Alex", "Europe", "Berlin", "Zone",
           # Crisis services' own names (arguments, as care-facts writes them).
           "Samaritans", "Shout"}


# Each language's name in itself, as the language choosers list them.
ALLOWED |= {word for folder in os.listdir(MESSAGES) if os.path.isdir(os.path.join(MESSAGES, folder))
            for word in re.findall(r"[A-Za-z]+", message(folder, "language-name"))}


def plain_words(text: str) -> list[str]:
    """ASCII words of three letters or more: in en-XA, text the catalogue
    wrote has none (every letter is accented)."""
    return sorted({w for w in re.findall(r"(?<![\w/.@-])[A-Za-z]{3,}(?![\w/.@-])", text) if w not in ALLOWED})


def test_every_screen_in_the_long_pseudo_language_is_from_the_catalogue():
    """LANGUAGE=en-XA: each screen, once filled with a session, shows no plain
    English word (a word written in code, not in the catalogue), and is
    screenshotted to be looked at for cut-off labels."""
    # A notification server, as on a desktop: without one the window says
    # why, in the system's own (English) words.
    server = NotificationServer()
    app = e2e.App(extra_env={"LANGUAGE": "en-XA"})
    try:
        s = app.launch()
        s.wait_for("#welcome-title", timeout=30)
        found = {}
        found["welcome"] = plain_words(s.find("body").text)
        e2e.desktop_screenshot("pseudo-welcome.png")
        plan_first_session(s, e2e.local_day(3), clinic="Lakeside Clinic", driver="Sam")
        found["today"] = plain_words(s.find("body").text)
        e2e.desktop_screenshot("pseudo-today.png")
        for screen in ["session", "ride", "course", "checkin", "settings"]:
            s.find(f"[data-testid=nav-{screen}]").click()
            wait_until(lambda: s.find("main").text.strip(), what=f"the {screen} screen")
            stable_text(s)
            found[screen] = plain_words(s.find("body").text)
            e2e.desktop_screenshot(f"pseudo-{screen}.png")
        s.find("[data-testid=nav-settings]").click()
        s.wait_for("[data-testid=open-instructions]").click()
        s.wait_for("[data-testid=rules-preview]")
        found["instructions"] = plain_words(s.find("body").text)
        e2e.desktop_screenshot("pseudo-instructions.png")
        # The CLI's human output, in the same language.
        for args in (["items"], ["today"], ["sessions"], ["crisis"]):
            found["cli " + " ".join(args)] = plain_words(e2e.cli_in(app, *args))
        left = {screen: words for screen, words in found.items() if words}
        assert not left, f"plain English left (hard-coded, not from the catalogue): {left}"
    finally:
        app.close()
        server.stop()


def test_the_mirrored_pseudo_language_lays_the_window_out_right_to_left():
    """LANGUAGE=ar-XB: the page is right to left, and a phone number keeps
    its digits in order inside it."""
    app = e2e.App(extra_env={"LANGUAGE": "ar-XB"})
    try:
        s = app.launch()
        s.wait_for("#welcome-title", timeout=30)
        assert s.execute_script("return document.documentElement.dir") == "rtl"
        plan_first_session(s, e2e.local_day(3), clinic="Lakeside Clinic", driver="Sam")
        s.find("[data-testid=nav-ride]").click()
        s.wait_for("#clinic-phone").send_keys("+49 30 7654321")
        s.find("[data-testid=save-ride-details]").click()
        wait_until(lambda: "+49 30 7654321" in s.find("[data-testid=ride-card]").text,
                   what="the phone number, in order, in the right-to-left card")
        # The navigation starts at the right edge.
        nav = s.execute_script("const r = document.querySelector('nav').getBoundingClientRect();"
                               "return [r.left, r.right, window.innerWidth];")
        assert nav[1] > nav[2] * 0.6, f"the navigation sits on the right: {nav}"
        e2e.desktop_screenshot("pseudo-rtl-ride.png")
    finally:
        app.close()
