"""What the end-to-end tests and the benchmark both need from the desktop
session: a real notification server to send to, and the processes an app
started (WebKit's helpers)."""

import glob
import os
import subprocess
import tempfile

from tauri_window import wait_until

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

    def id_of(self, summary: str, nth: int = 0) -> int:
        """The id the server gave the `nth` notification titled `summary`:
        the mock numbers every new one from 1 in the order they came."""
        calls = self.notifies()
        found = [n for n, (_, s) in enumerate(calls, 1) if s == summary]
        assert len(found) > nth, f"no notification {nth} titled {summary!r}: {calls}"
        return found[nth]

    def invoke_action(self, notification_id: int, action: str):
        """What the desktop sends when a button of the notification is
        pressed ("done", "snooze10", ...) or it is clicked ("default"): the
        server's ActionInvoked signal, through the mock's EmitSignal."""
        subprocess.run(["gdbus", "call", "--session", "--dest", "org.freedesktop.Notifications",
                        "--object-path", "/org/freedesktop/Notifications",
                        "--method", "org.freedesktop.DBus.Mock.EmitSignal",
                        "org.freedesktop.Notifications", "ActionInvoked", "us",
                        f"[<uint32 {notification_id}>, <'{action}'>]"],
                       check=True, capture_output=True, timeout=10)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


class TrayMenu:
    """A StatusNotifierItem's menu as a panel reads it: the item's `Menu`
    property names a com.canonical.dbusmenu object, whose GetLayout gives
    the entries and whose Event("clicked") activates one."""

    @staticmethod
    def of(pid: int):
        """The menu of the tray item process `pid` shows, once it is on the bus; else None."""
        import dbus  # Debian's python3-dbus, which python3-dbusmock brings
        prefix = f"org.kde.StatusNotifierItem-{pid}-"
        names = [str(n) for n in dbus.SessionBus().list_names() if str(n).startswith(prefix)]
        return TrayMenu(names[0]) if names else None

    def __init__(self, name: str):
        import dbus
        self.dbus = dbus
        self.bus = dbus.SessionBus()
        item = self.bus.get_object(name, "/StatusNotifierItem")
        path = item.Get("org.kde.StatusNotifierItem", "Menu", dbus_interface="org.freedesktop.DBus.Properties")
        self.menu = dbus.Interface(self.bus.get_object(name, path), "com.canonical.dbusmenu")

    def entries(self) -> list[dict]:
        """[{id, label, enabled, separator}] of the top level, in order."""
        _revision, (_root, _props, children) = self.menu.GetLayout(0, -1, self.dbus.Array([], signature="s"))
        found = []
        for child in children:
            child_id, props, _ = child
            found.append({"id": int(child_id), "label": str(props.get("label", "")),
                          "enabled": bool(props.get("enabled", True)),
                          "separator": str(props.get("type", "standard")) == "separator"})
        return found

    def labels(self) -> list[str]:
        return [e["label"] for e in self.entries() if not e["separator"]]

    def click(self, label: str):
        entry = next((e for e in self.entries() if e["label"] == label), None)
        assert entry, f"no {label!r} in the tray menu: {self.labels()}"
        assert entry["enabled"], f"{label!r} is greyed out"
        self.menu.Event(entry["id"], "clicked", self.dbus.Int32(0, variant_level=1), self.dbus.UInt32(0))


def comm(pid: int) -> str:
    """A process's name as the kernel keeps it (15 characters), or "?" once it is gone."""
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return "?"


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


# Debian's libfaketime, under whatever multiarch folder this machine uses.
FAKETIME_LIB = next(iter(sorted(glob.glob("/usr/lib/*/faketime/libfaketimeMT.so.1"))),
                    "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1")


class MockSystemBus:
    """A private system bus (its own dbus-daemon) with python-dbusmock's logind
    template on it: a real org.freedesktop.login1 that can send
    PrepareForSleep as a laptop waking does. `env` points a process at it."""

    def __init__(self):
        folder = tempfile.mkdtemp(prefix="steady-sysbus-")
        self.address = f"unix:path={folder}/bus"
        config = os.path.join(folder, "bus.conf")
        with open(config, "w") as f:
            f.write(f"""<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>system</type><listen>{self.address}</listen>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/>
<allow own="*"/><allow user="*"/></policy></busconfig>""")
        self.daemon = subprocess.Popen(["dbus-daemon", f"--config-file={config}", "--nofork"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until(lambda: os.path.exists(f"{folder}/bus"), timeout=10, what="the private system bus")
        self.env = {"DBUS_SYSTEM_BUS_ADDRESS": self.address}
        self.logind = subprocess.Popen(
            [DBUSMOCK_PYTHON, "-m", "dbusmock", "--system", "--template", "logind"],
            env={**os.environ, **self.env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        wait_until(self._logind_up, timeout=20, what="the mock logind on the system bus")

    def _logind_up(self):
        out = subprocess.run(["dbus-send", f"--bus={self.address}", "--print-reply", "--dest=org.freedesktop.DBus",
                              "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                              "string:org.freedesktop.login1"], capture_output=True, text=True)
        return "boolean true" in out.stdout

    def emit_prepare_for_sleep(self, sleeping: bool):
        """logind's PrepareForSleep(sleeping), through the mock's EmitSignal."""
        # EmitSignal takes its arguments as an array of variants, which
        # dbus-send cannot write; dbusmock's own Python (python3-dbus) can.
        script = ("import dbus, sys; bus = dbus.bus.BusConnection(sys.argv[1]); "
                  "o = bus.get_object('org.freedesktop.login1', '/org/freedesktop/login1'); "
                  "o.EmitSignal('org.freedesktop.login1.Manager', 'PrepareForSleep', 'b', "
                  "[dbus.Boolean(sys.argv[2] == '1')], dbus_interface='org.freedesktop.DBus.Mock')")
        out = subprocess.run([DBUSMOCK_PYTHON, "-c", script, self.address, "1" if sleeping else "0"],
                             capture_output=True, text=True)
        assert out.returncode == 0, out.stderr

    def stop(self):
        for p in (self.logind, self.daemon):
            p.terminate()
            p.wait(timeout=10)


class FakeWallClock:
    """libfaketime for one process: its wall clock can be moved while its
    monotonic clock runs on, which is what a resume looks like to a process."""

    def __init__(self):
        self.file = tempfile.mktemp(prefix="steady-faketime-")
        self.set_offset(0)
        self.env = {
            "LD_PRELOAD": FAKETIME_LIB,
            "FAKETIME_TIMESTAMP_FILE": self.file,
            "FAKETIME_NO_CACHE": "1",
            "FAKETIME_DONT_FAKE_MONOTONIC": "1",
        }

    def set_offset(self, seconds: int):
        with open(self.file + ".new", "w") as f:
            f.write(f"{seconds:+d}s\n")
        os.replace(self.file + ".new", self.file)
