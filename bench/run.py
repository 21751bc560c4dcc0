"""Steady against the floor: a bare Tauri 2 app built with the same profile
on the same machine in the same run (issue 8).

    make bench          # release builds, full run, writes bench/RESULTS.md
    make bench-smoke    # debug builds, tiny data, one iteration (in make test)

Both run this script inside xvfb-run and dbus-run-session, with python-dbusmock's
notification server on the session bus. Measured, each as Steady / baseline
where the baseline has an equivalent:

1. memory: PSS of all of the app's processes (window, WebKit web and
   network processes, and Steady's resident `steady-tray`) with the window
   open, and of what stays (the resident) 60 s after closing the window, on a
   data folder seeded with one year of use; each app paints as it chooses
   (Steady turns WebKit's GL compositor off), and the baseline is measured a
   second time painting in software too, like for like;
2. start-up: exec to "ui ready" (Steady logs it after the first data render,
   the baseline on DOMContentLoaded), median of 7 runs, each on a fresh copy of
   the data folder;
3. idle: CPU time and context switches per minute, per thread, over 3 minutes
   in the tray with 50 reminders waiting, none due;
4. reminder lateness: due → Notify call logged by the notification server,
   over 20 reminders; and waking: a reminder due while the laptop slept
   (libfaketime moves the resident's wall clock, python-dbusmock's logind
   sends PrepareForSleep(false) on a private system bus) → its Notify call;
5. IPC: p50/p99 of the `today` and `course_view` commands through the real
   webview with ten years of data, against the baseline's empty command;
6. size: the release binaries and the .deb;
7. reading a two-page clinic sheet (issue 20), against lower-casing and
   splitting the same text into words (bench-reader).

Prints a Markdown table and writes it (bench/RESULTS.md, or
artifacts/bench/RESULTS-smoke.md in smoke mode). Smoke mode checks that every
figure is produced, not the targets: debug builds and tiny data say nothing
about speed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import re
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zoneinfo

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "e2e"))
from tauri_window import TauriDriver, wait_until  # noqa: E402
from x11 import X11  # noqa: E402
from desktop import FakeWallClock, MockSystemBus, NotificationServer, comm, descendants  # noqa: E402

ZONE = "Europe/Berlin"
CLK_TCK = os.sysconf("SC_CLK_TCK")
ARTIFACTS = os.path.join(ROOT, "artifacts", "bench")


# ---------------------------------------------------------------- processes

def tree(pid: int) -> list[int]:
    return [pid, *descendants(pid)]


def residents(data_dir: str) -> list[int]:
    """Steady's resident processes (`steady-tray`) on `data_dir`: started by a
    window, they are not in its process tree (they outlive it)."""
    found = []
    needle = f"STEADY_DATA_DIR={data_dir}".encode()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if comm(int(pid)) != "steady-tray":
                continue
            with open(f"/proc/{pid}/environ", "rb") as f:
                if needle in f.read().split(b"\0"):
                    found.append(int(pid))
        except OSError:
            pass
    return found


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest rank, as bench/views.rs computes it for the core's figures."""
    rank = min(len(sorted_values), max(1, math.ceil(p / 100 * len(sorted_values))))
    return sorted_values[rank - 1]


def pss_kib(pids: list[int]) -> dict[str, int]:
    """PSS in KiB of each process, by name (WebKit's helpers have their own)."""
    by_name = {}
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        name = comm(pid)
                        by_name[name] = by_name.get(name, 0) + int(line.split()[1])
                        break
        except OSError:
            pass
    return by_name


def thread_counters(pids: list[int]) -> dict[tuple[int, str], tuple[str, int, float]]:
    """{(pid, tid): (process/thread name, context switches, CPU seconds)}."""
    found = {}
    for pid in pids:
        # The app's own process is "app", whatever its binary is called, and
        # its first thread "main", so Steady and the baseline line up.
        pname = "app" if pid == pids[0] else comm(pid)
        try:
            tids = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tids:
            try:
                with open(f"/proc/{pid}/task/{tid}/comm") as f:
                    name = f.read().strip()
                switches = 0
                with open(f"/proc/{pid}/task/{tid}/status") as f:
                    for line in f:
                        if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                            switches += int(line.split(":")[1])
                with open(f"/proc/{pid}/task/{tid}/stat") as f:
                    stat = f.read().rsplit(")", 1)[1].split()
                cpu = (int(stat[11]) + int(stat[12])) / CLK_TCK
                # Threads that carry the binary's own name (tao's, GTK's)
                # are "(exe)" in both apps.
                if tid == str(pid):
                    name = "main"
                elif name == comm(pid):
                    name = "(exe)"
                found[(pid, tid)] = (f"{pname}/{name}", switches, cpu)
            except (OSError, IndexError):
                pass
    return found


class Launched:
    """An app started as a user starts it, its stderr read for "ui ready"."""

    def __init__(self, exe: str, env: dict[str, str], log_path: str):
        self.data_dir = env["STEADY_DATA_DIR"]
        self.log = open(log_path, "ab")
        self.started = time.time()
        self.process = subprocess.Popen([exe], env=env, stdout=self.log, stderr=subprocess.PIPE)
        self.ready_at = None
        self.marks = ""  # the page's own start-up steps, as it logged them

    def wait_ready(self, timeout=60.0) -> float:
        """Seconds from exec to the app's "ui ready at <epoch>" line."""
        deadline = time.monotonic() + timeout
        buffer = b""
        while time.monotonic() < deadline:
            readable, _, _ = select.select([self.process.stderr], [], [], 0.5)
            if not readable:
                if self.process.poll() is not None:
                    raise RuntimeError(f"the app exited with {self.process.returncode} before it was ready")
                continue
            chunk = os.read(self.process.stderr.fileno(), 65536)
            self.log.write(chunk)
            buffer += chunk
            found = re.search(rb"ui ready at ([0-9.]+) \[([^\]\n]*)\]\n", buffer)
            if found:
                self.ready_at = float(found.group(1))
                self.marks = found.group(2).decode()
                self._drain()
                return self.ready_at - self.started
        raise TimeoutError(f"{os.path.basename(self.process.args[0])} never said it was ready")

    def _drain(self):
        """Keeps stderr flowing into the log so the app never blocks on it."""
        import threading

        def pump():
            for chunk in iter(lambda: os.read(self.process.stderr.fileno(), 65536), b""):
                self.log.write(chunk)
        threading.Thread(target=pump, daemon=True).start()

    def stop(self):
        for pid in list(reversed(tree(self.process.pid))) + residents(self.data_dir):
            try:
                os.kill(pid, 15)
            except ProcessLookupError:
                pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        # Let WebKit's helpers and the single-instance bus name go too.
        time.sleep(0.5)


# ---------------------------------------------------------------- the run

class Bench:
    def __init__(self, args):
        self.args = args
        self.smoke = args.smoke
        self.steady = os.path.abspath(args.steady)
        self.baseline = os.path.abspath(args.baseline)
        self.work = tempfile.mkdtemp(prefix="steady-bench-")
        self.rows = []  # (measure, steady, baseline, ratio, target, verdict)
        self.notes = []
        os.makedirs(ARTIFACTS, exist_ok=True)
        self.log_path = os.path.join(ARTIFACTS, "apps.log")

    def env(self, data_dir: str, software_paint: bool = False) -> dict[str, str]:
        env = {**os.environ, "STEADY_DATA_DIR": data_dir, "TZ": ZONE, "LANG": "en_GB.UTF-8",
               "STEADY_EXPORT_DIR": os.path.join(self.work, "exports")}
        # Each app paints as it chooses (Steady turns WebKit's compositor off
        # itself), unless a like-for-like run asks the baseline to do the same.
        env.pop("WEBKIT_DISABLE_COMPOSITING_MODE", None)
        if software_paint:
            env["WEBKIT_DISABLE_COMPOSITING_MODE"] = "1"
        return env

    def seed(self, name: str, years: int) -> str:
        """A seeded data folder, built once on tmpfs and copied from there."""
        shm = tempfile.mkdtemp(prefix=f"steady-seed-{name}-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
        out = subprocess.run([self.args.seeder, shm, "--years", str(years), "--pending", "50"],
                             check=True, capture_output=True, text=True).stdout.strip()
        self.notes.append(f"seed `{name}`: {out}")
        return shm

    def fresh_copy(self, seeded: str) -> str:
        data = tempfile.mkdtemp(prefix="data-", dir=self.work)
        shutil.copy(os.path.join(seeded, "steady.sqlite3"), data)
        return data

    def row(self, measure, steady, baseline, unit, target=None, ratio_target=None, lower_is_better=True):
        """One line of the table. `target` is absolute on Steady's figure,
        `ratio_target` on Steady / baseline."""
        ratio = steady / baseline if baseline else None
        verdict = ""
        if ratio_target is not None and ratio is not None:
            verdict = "met" if ratio <= ratio_target else "missed"
        if target is not None:
            ok = steady <= target if lower_is_better else steady >= target
            verdict = "met" if ok and verdict != "missed" else "missed"
        fmt = (lambda v: "—" if v is None else f"{v:,.3f}".rstrip("0").rstrip(".") if isinstance(v, float) else f"{v:,}")
        goal = []
        if ratio_target is not None:
            goal.append(f"≤ {ratio_target:.2f}×")
        if target is not None:
            goal.append(f"≤ {fmt(target)} {unit}")
        self.rows.append((measure, f"{fmt(steady)} {unit}", "—" if baseline is None else f"{fmt(baseline)} {unit}",
                          "—" if ratio is None else f"{ratio:.2f}×", " and ".join(goal) or "—",
                          verdict if not self.smoke else "(smoke)"))
        print(f"bench {measure}: Steady {fmt(steady)} {unit}, baseline {fmt(baseline)} {unit}"
              + (f", ratio {ratio:.2f}" if ratio else ""), flush=True)

    # ---- 1 and 2: memory and start-up

    def close_window(self, app: Launched, title: str):
        x = X11()
        windows = x.windows_named(title)
        if not windows:
            raise RuntimeError(f"no window titled {title!r}")
        for w in windows:
            x.close(w)

    def memory(self, seeded: str):
        settle = 2 if self.smoke else 10
        after_close = 3 if self.smoke else 60
        results = {}
        for label, exe in (("steady", self.steady), ("baseline", self.baseline),
                           ("baseline-software", self.baseline)):
            app = Launched(exe, self.env(self.fresh_copy(seeded), software_paint=label == "baseline-software"),
                           self.log_path)
            try:
                app.wait_ready()
                time.sleep(settle)
                open_pss = pss_kib(tree(app.process.pid) + residents(app.data_dir))
                results[label] = {"open": open_pss}
                if label == "steady":
                    self.close_window(app, "Steady")
                    # The window's process ends with the window; the resident stays.
                    app.process.wait(timeout=30)
                    time.sleep(after_close)
                    left = residents(app.data_dir) + [p for p in tree(app.process.pid) if os.path.exists(f"/proc/{p}")]
                    assert residents(app.data_dir), "Steady's resident quit with the window; it must stay"
                    results[label]["tray"] = pss_kib(sorted(set(left) - {app.process.pid}))
            finally:
                app.stop()
        steady_open = sum(results["steady"]["open"].values()) / 1024
        base_open = sum(results["baseline"]["open"].values()) / 1024
        steady_tray = sum(results["steady"]["tray"].values()) / 1024
        self.row("Memory, window open (PSS, all processes)", round(steady_open, 1), round(base_open, 1), "MiB",
                 ratio_target=1.10)
        # Like for like: the baseline painting without WebKit's compositor too,
        # so Steady's own cost is not hidden by that choice.
        soft_open = sum(results["baseline-software"]["open"].values()) / 1024
        self.row("Memory, window open, against the baseline also painting in software", round(steady_open, 1),
                 round(soft_open, 1), "MiB")
        self.row(f"Memory in the tray, {after_close} s after closing the window (PSS, all processes)",
                 round(steady_tray, 1), None, "MiB", target=30)
        for label in ("steady", "baseline", "baseline-software"):
            for state, by_name in results[label].items():
                parts = ", ".join(f"{name} {kib / 1024:.1f}" for name, kib in sorted(by_name.items()))
                self.notes.append(f"PSS {label} ({state}), MiB: {parts}")

    def startup(self, seeded: str):
        runs = 1 if self.smoke else 7
        times = {"steady": [], "baseline": []}
        marks = {"steady": [], "baseline": []}
        for _ in range(runs):
            # Alternate, so drift in the machine's state hits both alike.
            for label, exe in (("steady", self.steady), ("baseline", self.baseline)):
                app = Launched(exe, self.env(self.fresh_copy(seeded)), self.log_path)
                try:
                    times[label].append(app.wait_ready())
                    marks[label].append(app.marks)
                finally:
                    app.stop()
        s, b = statistics.median(times["steady"]), statistics.median(times["baseline"])
        self.row(f"Start-up to interactive (median of {runs})", round(s * 1000), round(b * 1000), "ms",
                 ratio_target=1.25)
        self.notes.append("start-up runs, ms: Steady " + ", ".join(f"{t * 1000:.0f}" for t in times["steady"])
                          + "; baseline " + ", ".join(f"{t * 1000:.0f}" for t in times["baseline"]))
        self.notes.append(f"start-up steps in the page, ms since navigation start (last run): Steady "
                          f"`{marks['steady'][-1]}`; baseline `{marks['baseline'][-1]}`")

    # ---- 3: idle

    def idle(self, seeded: str):
        seconds = 10 if self.smoke else 180
        steady = Launched(self.steady, self.env(self.fresh_copy(seeded)), self.log_path)
        baseline = Launched(self.baseline, self.env(self.fresh_copy(seeded)), self.log_path)
        try:
            steady.wait_ready()
            baseline.wait_ready()
            self.close_window(steady, "Steady")
            steady.process.wait(timeout=30)
            pending = [r for r in json.loads(self.cli(steady.data_dir, "reminders", "--json"))
                       if r["state"] == "pending"]
            time.sleep(3 if self.smoke else 15)  # let start-up and the close settle
            # In the tray only the resident runs: it is "app" here.
            procs = {"s": lambda: residents(steady.data_dir), "b": lambda: tree(baseline.process.pid)}
            before = {k: thread_counters(p()) for k, p in procs.items()}
            time.sleep(seconds)
            after = {k: thread_counters(p()) for k, p in procs.items()}
        finally:
            steady.stop()
            baseline.stop()
        minutes = seconds / 60

        def deltas(key):
            out = {}
            for tid, (name, switches, cpu) in after[key].items():
                if tid in before[key]:
                    d = out.setdefault(name, [0, 0.0])
                    d[0] += switches - before[key][tid][1]
                    d[1] += cpu - before[key][tid][2]
            return out

        s, b = deltas("s"), deltas("b")
        # Attributable to Steady: every wakeup of the resident, the only
        # process left once the window is closed (WebKit, GTK and the window
        # process are gone; nothing of the bare app's is subtracted).
        own = {n: v for n, v in s.items() if n.startswith("app/")}
        s_sw, b_sw = sum(v[0] for v in s.values()) / minutes, sum(v[0] for v in b.values()) / minutes
        s_cpu, b_cpu = 100 * sum(v[1] for v in s.values()) / seconds, 100 * sum(v[1] for v in b.values()) / seconds
        own_wakeups = sum(v[0] for v in own.values()) / minutes
        self.row(f"Idle in the tray, wakeups attributable to Steady ({len(pending)} reminders waiting)",
                 round(own_wakeups, 2), None, "/min", target=2)
        self.row("Idle, CPU of all processes (Steady in the tray, baseline window open)", round(s_cpu, 3),
                 round(b_cpu, 3), "%", target=0.1)
        self.row("Idle, context switches of all processes", round(s_sw, 1), round(b_sw, 1), "/min")
        for label, d in (("Steady", s), ("baseline", b)):
            busy = sorted(d.items(), key=lambda kv: -kv[1][0])[:8]
            self.notes.append(f"idle {label}, switches/min by thread: "
                              + ", ".join(f"{n} {v[0] / minutes:.1f}" for n, v in busy if v[0]))

    # ---- 4: lateness

    def lateness(self, server: NotificationServer):
        count = 3 if self.smoke else 20
        data = tempfile.mkdtemp(prefix="data-", dir=self.work)
        # The patient's night twelve hours away, so reminders due in seconds
        # pop up at any hour the benchmark runs (none are moved to bedtime).
        local = dt.datetime.now(zoneinfo.ZoneInfo(ZONE))
        hour = lambda h: f"{(local + dt.timedelta(hours=h)):%H}:00"
        self.cli(data, "day", "--wake", hour(14), "--morning", hour(15), "--evening", hour(22),
                 "--check-in", hour(23), "--bedtime", hour(12))
        start = dt.datetime.now(zoneinfo.ZoneInfo(ZONE)) + dt.timedelta(days=3)
        session = json.loads(self.cli(data, "session", "add", "--start", start.strftime("%Y-%m-%dT%H:%M"),
                                      "--tz", ZONE, "--json"))
        now = dt.datetime.now(zoneinfo.ZoneInfo(ZONE)).replace(microsecond=0)
        due = {}
        for n in range(count):
            at = now + dt.timedelta(seconds=15 + 2 * n)
            title = f"Bench reminder {n:02d}"
            self.cli(data, "item", "add", "--session", str(session["id"]), "--title", title,
                     "--due", at.strftime("%Y-%m-%dT%H:%M:%S"))
            due[title] = at.timestamp()
        app = Launched(self.steady, self.env(data), self.log_path)
        try:
            app.wait_ready()
            wait_until(lambda: len([c for c in server.notifies() if c[1] in due]) >= count,
                       timeout=max(due.values()) - time.time() + 30, interval=0.2, what="every bench reminder")
        finally:
            app.stop()
        late = sorted(stamp - due[summary] for stamp, summary in server.notifies() if summary in due)
        self.row(f"Reminder lateness p50 ({len(late)} reminders)", round(percentile(late, 50) * 1000, 1), None, "ms")
        self.row("Reminder lateness p99", round(percentile(late, 99) * 1000, 1), None, "ms", target=1000)
        assert len(late) == count, f"each reminder once: {len(late)} of {count}"

    def wake(self, server: NotificationServer):
        runs = 1 if self.smoke else 5
        bus = MockSystemBus()
        late = []
        try:
            for run in range(runs):
                clock = FakeWallClock()
                data = tempfile.mkdtemp(prefix="data-", dir=self.work)
                local = dt.datetime.now(zoneinfo.ZoneInfo(ZONE))
                hour = lambda h: f"{(local + dt.timedelta(hours=h)):%H}:00"
                self.cli(data, "day", "--wake", hour(14), "--morning", hour(15), "--evening", hour(22),
                         "--check-in", hour(23), "--bedtime", hour(12))
                start = local + dt.timedelta(days=3)
                session = json.loads(self.cli(data, "session", "add", "--start", start.strftime("%Y-%m-%dT%H:%M"),
                                              "--tz", ZONE, "--json"))
                title = f"Bench wake {run}"
                due = local.replace(microsecond=0) + dt.timedelta(minutes=10)
                self.cli(data, "item", "add", "--session", str(session["id"]), "--title", title,
                         "--due", due.strftime("%Y-%m-%dT%H:%M:%S"))
                env = {**self.env(data), **bus.env, **clock.env}
                resident = subprocess.Popen([os.path.join(os.path.dirname(self.steady), "steady-tray")], env=env,
                                            stdout=open(self.log_path, "ab"), stderr=subprocess.STDOUT)
                try:
                    time.sleep(3)  # its first pass, and its connection to the system bus
                    clock.set_offset(11 * 60)
                    woke = time.time()
                    bus.emit_prepare_for_sleep(False)
                    stamp = wait_until(lambda: next((t for t, s in server.notifies() if s == title), None),
                                       timeout=90, interval=0.1, what="the reminder after waking")
                    late.append(stamp - woke)
                finally:
                    resident.kill()
                    resident.wait(timeout=10)
        finally:
            bus.stop()
        late.sort()
        self.row(f"Waking: reminder due during sleep, lateness after resume (worst of {runs})",
                 round(late[-1] * 1000), None, "ms", target=2000)
        self.notes.append("wake to notification, ms: " + ", ".join(f"{x * 1000:.0f}" for x in late))

    # ---- 5: IPC

    def ipc(self, seeded: str):
        calls = 20 if self.smoke else 300
        script = """
            const [command, args, n] = arguments;
            return (async () => {
              const invoke = window.__TAURI_INTERNALS__.invoke;
              for (let i = 0; i < 10; i++) await invoke(command, args);  // warm up
              const took = [];
              for (let i = 0; i < n; i++) {
                const t0 = performance.now();
                await invoke(command, args);
                took.push(performance.now() - t0);
              }
              return took;
            })();
        """
        results = {}
        for label, exe, commands in (("steady", self.steady, ("today", "course_view")),
                                     ("baseline", self.baseline, ("ping",))):
            data = self.fresh_copy(seeded)
            driver = TauriDriver(self.args.tauri_driver, self.env(data), os.path.join(ARTIFACTS, "driver.log"))
            session = None
            try:
                session = driver.launch(exe)
                wait_until(lambda: session.execute_script("return !!window.__TAURI_INTERNALS__"), timeout=30,
                           what="the webview's IPC")
                for command in commands:
                    took = sorted(session.execute_script(script, command, {}, calls))
                    results[command] = took
            finally:
                if session:
                    try:
                        session.quit()
                    except Exception:  # the app may already be gone; the driver ends it anyway
                        pass
                driver.stop()
                subprocess.run(["pkill", "-f", exe], check=False)

        core = json.loads(subprocess.run([self.args.views, seeded, str(calls)], check=True, capture_output=True,
                                         text=True).stdout)
        floor = results["ping"]
        for command in ("today", "course_view"):
            took = results[command]
            for p, target in ((50, None), (99, 5)):
                self.row(f"IPC `{command}` p{p}, ten years of data", round(percentile(took, p), 2),
                         round(percentile(floor, p), 2), "ms", target=target)
            c = core[command]
            self.notes.append(f"`{command}` in the core alone (query + JSON, no webview): p50 {c['p50_ms']:.2f} ms, "
                              f"p99 {c['p99_ms']:.2f} ms, {c['json_bytes']:,} bytes of JSON")

    # ---- 6: size

    def size(self):
        s, b = os.path.getsize(self.steady), os.path.getsize(self.baseline)
        self.row("Binary size", round(s / 2**20, 2), round(b / 2**20, 2), "MiB", ratio_target=1.3)
        tray = os.path.join(os.path.dirname(self.steady), "steady-tray")
        if os.path.exists(tray):
            self.row("Resident binary size (`steady-tray`)", round(os.path.getsize(tray) / 2**20, 2), None, "MiB")
        debs = sorted(f for f in os.listdir(os.path.join(ROOT, "target", "release", "bundle", "deb"))
                      if f.endswith(".deb")) if os.path.isdir(os.path.join(ROOT, "target", "release", "bundle", "deb")) else []
        if debs and not self.smoke:
            deb = os.path.join(ROOT, "target", "release", "bundle", "deb", debs[-1])
            self.row(f"Bundle `{debs[-1]}`", round(os.path.getsize(deb) / 2**20, 2), None, "MiB")

    def reader(self):
        if not self.args.reader:
            return
        out = json.loads(subprocess.run([self.args.reader, "20" if self.smoke else "200"], check=True,
                                        capture_output=True, text=True).stdout)
        self.row(f"Reading a two-page clinic sheet ({out['words']} words), first read", round(out["first_read_ms"], 1),
                 None, "ms", target=100)
        self.row("Reading it again, p99 (against lower-casing and splitting it)", round(out["p99_ms"], 2),
                 round(out["baseline_p50_ms"], 3), "ms", target=100)
        self.notes.append(f"sheet reading: {out['proposals']} proposals from {out['sheet_bytes']:,} bytes; p50 "
                          f"{out['p50_ms']:.2f} ms, {out['ratio_to_baseline']:.0f}× the baseline's p50")

    def cli(self, data_dir: str, *args: str) -> str:
        return subprocess.run([self.steady, *args], env=self.env(data_dir), check=True, capture_output=True,
                              text=True, timeout=60).stdout

    # ---- report

    def report(self) -> str:
        lines = [
            f"# Steady against a bare Tauri 2 app{' (smoke run)' if self.smoke else ''}",
            "",
            f"Run {dt.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')} on {machine()}, "
            f"{'debug' if self.smoke else 'release'} builds, with `{' '.join(sys.argv[1:]) or 'defaults'}`.",
            "",
            "| Measure | Steady | Baseline | Ratio | Target | |",
            "|---|---:|---:|---:|---|---|",
        ]
        lines += [f"| {' | '.join(r)} |" for r in self.rows]
        lines += ["", "Details:", ""] + [f"- {n}" for n in self.notes] + [""]
        return "\n".join(lines)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) / 2**20
    return f"{platform.node()} ({cpu}, {os.cpu_count()} cores, {mem:.0f} GiB, Linux {platform.release()})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="tiny data, one iteration, debug builds")
    parser.add_argument("--steady", required=True)
    parser.add_argument("--baseline", required=True)
    parser.add_argument("--seeder", required=True)
    parser.add_argument("--views", required=True, help="the bench-views example: the core's side of IPC")
    parser.add_argument("--tauri-driver", required=True)
    parser.add_argument("--reader", help="the bench-reader example: reading a clinic's sheet")
    parser.add_argument("--out", help="where to write the Markdown table")
    parser.add_argument("--only", help="comma-separated measures to run (size, startup, memory, idle, "
                        "lateness, wake, ipc, reader), for trying a change; a full run writes RESULTS.md")
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None

    def wanted(name):
        return only is None or name in only
    bench = Bench(args)
    server = NotificationServer()
    try:
        one_year = bench.seed("one-year", 0 if args.smoke else 1) \
            if wanted("startup") or wanted("memory") or wanted("idle") else None
        ten_years = bench.seed("ten-years", 0 if args.smoke else 10) if wanted("ipc") else None
        if wanted("size"):
            bench.size()
        if wanted("startup"):
            bench.startup(one_year)
        if wanted("memory"):
            bench.memory(one_year)
        if wanted("idle"):
            bench.idle(one_year)
        if wanted("lateness"):
            bench.lateness(server)
        if wanted("wake"):
            bench.wake(server)
        if wanted("ipc"):
            bench.ipc(ten_years)
        if wanted("reader") and args.reader:
            bench.reader()
    finally:
        server.stop()
    table = bench.report()
    print(table)
    out = args.out or os.path.join(ARTIFACTS, "RESULTS-smoke.md" if args.smoke else "RESULTS.md")
    if only is not None and args.out:
        out = os.path.join(ARTIFACTS, "RESULTS-partial.md")  # a partial run never replaces the record
    with open(out, "w") as f:
        f.write(table)
    print(f"bench: written to {os.path.relpath(out, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
