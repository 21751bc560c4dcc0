"""What the end-to-end tests and the benchmark both need from the desktop
session: a real notification server to send to, and the processes an app
started (WebKit's helpers)."""

import os
import subprocess
import tempfile

from webdriver import wait_until

DBUSMOCK_PYTHON = "/usr/bin/python3"  # Debian's python3-dbusmock lives there


class NotificationServer:
    """python-dbusmock's notification-daemon template on this D-Bus session:
    a real org.freedesktop.Notifications server that logs every Notify call
    with a timestamp."""

    def __init__(self):
        self.log_path = tempfile.mktemp(prefix="steady-notify-", suffix=".log")
        self.process = subprocess.Popen(
            [DBUSMOCK_PYTHON, "-m", "dbusmock", "--template", "notification_daemon", "-l", self.log_path],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        wait_until(lambda: os.path.exists(self.log_path) and self._on_bus(), timeout=20,
                   what="the mock notification server on the bus")

    @staticmethod
    def _on_bus():
        out = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                              "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                              "string:org.freedesktop.Notifications"], capture_output=True, text=True)
        return "boolean true" in out.stdout

    def notifies(self):
        """[(timestamp, summary)] of every Notify call so far."""
        calls = []
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            for line in f:
                stamp, _, rest = line.partition(" ")
                if rest.startswith("Notify "):
                    # Notify "app" replaces_id "icon" "summary" "body" ...
                    fields = rest.split('"')
                    calls.append((float(stamp), fields[5] if len(fields) > 5 else rest))
        return calls

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def descendants(pid: int) -> list[int]:
    """Every live descendant of `pid`."""
    parent_of = {}
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if fields[0] != "Z":
                parent_of[int(entry)] = int(fields[1])
        except OSError:
            pass
    found, frontier = [], [pid]
    while frontier:
        p = frontier.pop()
        kids = [c for c, parent in parent_of.items() if parent == p]
        found += kids
        frontier += kids
    return found
