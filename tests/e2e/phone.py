"""End-to-end tests of "Put my reminders on my phone" (issue 27), on the
real window: the QR codes as a phone camera sees them on the screen
(a screenshot under Xvfb, decoded by zbar), and "Send to my phone" handing
the calendar file to a stand-in mail program (`xdg-email` first on PATH).
Each calendar is read back by python-icalendar, not by Steady."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile

import run as e2e
from tauri_window import wait_until

READ = ("import icalendar, sys, json\n"
        "c = icalendar.Calendar.from_ical(sys.stdin.buffer.read())\n"
        "print(json.dumps([{'uid': str(e.get('UID')), 'summary': str(e.get('SUMMARY')),"
        " 'start': e.decoded('DTSTART').isoformat()} for e in c.walk('VEVENT')]))\n")


def events_of(ics: bytes) -> list[dict]:
    out = subprocess.run(["/usr/bin/python3", "-c", READ], input=ics, capture_output=True, check=True)
    return json.loads(out.stdout)


def open_phone_panel(s, titles: str):
    s.find("[data-testid=nav-session]").click()
    s.wait_for("[data-testid=open-phone]").click()
    s.wait_for(f"[data-testid=phone-titles-{titles}]").click()
    s.find("[data-testid=phone-titles-continue]").click()
    s.wait_for("[data-testid=phone-show-codes]")


def test_the_qr_codes_on_screen_decode_into_each_days_calendar():
    """The codes as drawn in the window at its normal size: a screenshot of
    the screen, each code cropped out and decoded by zbarimg, gives a
    calendar that parses and holds that day's events; together they hold
    every event of the file, once."""
    app = e2e.App()
    try:
        s = app.launch()
        s.wait_for("#welcome-title", timeout=30)
        e2e.fill_welcome(s, e2e.local_day(5), "09:00", clinic="Lakeside Clinic", driver="Sam")
        e2e.skip_clinic_step(s)
        s.wait_for("[data-testid=next-title]")
        open_phone_panel(s, "full")
        s.find("[data-testid=phone-show-codes]").click()
        s.wait_for("[data-testid=phone-codes] svg")
        boxes = s.execute_script(
            "return [...document.querySelectorAll('[data-testid=phone-codes] .qr')].map(q => {"
            " q.scrollIntoView({block: 'center'}); const r = q.getBoundingClientRect();"
            " return {label: q.closest('figure').querySelector('figcaption').textContent,"
            " x: r.left, y: r.top, w: r.width, h: r.height}; })")
        assert len(boxes) >= 2, f"a code for each day: {boxes}"
        found = []
        folder = tempfile.mkdtemp(prefix="steady-e2e-qr-")
        for n, box in enumerate(boxes):
            s.execute_script("document.querySelectorAll('[data-testid=phone-codes] .qr')[arguments[0]]"
                             ".scrollIntoView({block: 'center'})", n)
            box = s.execute_script(
                "const r = document.querySelectorAll('[data-testid=phone-codes] .qr')[arguments[0]]"
                ".getBoundingClientRect(); return {x: r.left, y: r.top, w: r.width, h: r.height};", n)
            assert box["w"] <= 400, f"{boxes[n]['label']} fits the window at normal size: {box}"
            shot = os.path.join(folder, f"screen-{n}.png")
            subprocess.run(["import", "-window", "root", shot], check=True, timeout=30)
            # The window sits at the screen's top left (no window manager):
            # the page's box, with the window's own offset, is on the screen.
            offset = s.execute_script("return [window.screenX + (window.outerWidth - window.innerWidth),"
                                      " window.screenY + (window.outerHeight - window.innerHeight)]")
            crop = os.path.join(folder, f"code-{n}.png")
            margin = 12
            subprocess.run(["convert", shot, "-crop",
                            f"{int(box['w']) + 2 * margin}x{int(box['h']) + 2 * margin}"
                            f"+{max(0, int(box['x'] + offset[0]) - margin)}+{max(0, int(box['y'] + offset[1]) - margin)}",
                            crop], check=True)
            decoded = subprocess.run(["zbarimg", "--raw", "-q", crop], capture_output=True).stdout
            assert b"BEGIN:VCALENDAR" in decoded, f"{boxes[n]['label']}: zbar read {decoded[:80]!r} from {crop}"
            events = events_of(decoded.rstrip(b"\n"))
            assert events, boxes[n]["label"]
            found += [e["uid"] for e in events]
        ics = subprocess.run([e2e.APP, "phone", "export", "-o", os.path.join(folder, "all.ics")],
                             env=app.env, capture_output=True, text=True)
        assert ics.returncode == 0, ics.stderr
        with open(os.path.join(folder, "all.ics"), "rb") as f:
            every = sorted(e["uid"] for e in events_of(f.read()))
        assert sorted(found) == every, f"the codes hold every event once: {sorted(found)} vs {every}"
        e2e.desktop_screenshot("phone-codes.png")
    finally:
        app.close()


def test_send_to_my_phone_hands_the_calendar_to_the_mail_program():
    """'Send to my phone' with neutral titles: the stand-in mail program gets
    the file attached; it parses, and names no medicine, clinic or driver."""
    path, mail_log = e2e.mail_stand_in()
    app = e2e.App(extra_env={"PATH": path})
    try:
        s = app.launch()
        s.wait_for("#welcome-title", timeout=30)
        e2e.fill_welcome(s, e2e.local_day(5), "09:00", clinic="Lakeside Clinic", driver="Sam")
        e2e.skip_clinic_step(s)
        s.wait_for("[data-testid=next-title]")
        open_phone_panel(s, "neutral")
        s.find("#phone-address").send_keys("me@example.org")
        s.find("[data-testid=phone-send]").click()
        wait_until(lambda: os.path.exists(mail_log), what="the mail program to be called")
        with open(mail_log) as f:
            args = json.loads(f.readline())
        assert args[-1] == "me@example.org", args
        attached = [args[i + 1] for i, a in enumerate(args) if a == "--attach"]
        assert len(attached) == 1 and attached[0].endswith(".ics"), attached
        with open(attached[0], "rb") as f:
            ics = f.read()
        events = events_of(ics)
        items = [i for i in json.loads(e2e.cli_in(app, "items", "--json")) if not i["done"]]
        assert len(events) == len(items) + 3, f"every item not ticked, and the ride's three: {len(events)}"
        text = ics.decode().lower()
        for word in ("lakeside", "sam", "eat", "infusion"):
            assert all(word not in line for line in text.splitlines() if not line.startswith("uid:")), word
        wait_until(lambda: s.exists("[data-testid=phone-done]"), what="the panel to say what happened")
        # The Session plan marks what the phone has; moving the session
        # makes the phone's copy old, and Today says so.
        s.find("[data-testid=phone-close]").click()
        s.find("[data-testid=nav-today]").click()
        s.find("[data-testid=nav-session]").click()
        marked = wait_until(lambda: len(s.find_all("[data-testid=on-phone]")), what="items marked as on the phone")
        assert marked == len(items), f"{marked} of {len(items)} items marked as on the phone"
        session = json.loads(e2e.cli_in(app, "sessions", "--json"))[0]
        e2e.cli_in(app, "session", "move", str(session["id"]),
                   "--start", e2e.local_day(5) + "T11:00")
        s.find("[data-testid=nav-today]").click()
        wait_until(lambda: s.exists("[data-testid=phone-out-of-date]"), what="Today to say the phone is out of date")
        e2e.desktop_screenshot("phone-out-of-date.png")
    finally:
        app.close()
