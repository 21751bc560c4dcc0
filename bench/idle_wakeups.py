"""Idle cost of a running Steady: context switches per minute of each of its
threads, with 50 pending reminders none of which is due during the run.

Run inside a display and D-Bus session, e.g.:
  xvfb-run -a dbus-run-session -- python3 bench/idle_wakeups.py [seconds]
Prints one line per thread (name, voluntary+involuntary switches per minute,
CPU seconds) and the scheduler thread's figure on its own.
"""

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
APP = os.environ.get("STEADY_APP", os.path.join(ROOT, "target", "debug", "steady"))
SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 180.0
CLK_TCK = os.sysconf("SC_CLK_TCK")


def cli(env, *args):
    return subprocess.run([APP, *args], env=env, check=True, capture_output=True, text=True).stdout


def threads(pid):
    found = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                name = f.read().strip()
            fields = {}
            with open(f"/proc/{pid}/task/{tid}/status") as f:
                for line in f:
                    key, _, value = line.partition(":")
                    fields[key] = value.strip()
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                stat = f.read().rsplit(")", 1)[1].split()
            cpu = (int(stat[11]) + int(stat[12])) / CLK_TCK
            found[tid] = (name, int(fields["voluntary_ctxt_switches"]) + int(fields["nonvoluntary_ctxt_switches"]), cpu)
        except (FileNotFoundError, ProcessLookupError):
            pass
    return found


def main():
    data_dir = tempfile.mkdtemp(prefix="steady-idle-")
    env = {**os.environ, "STEADY_DATA_DIR": data_dir, "TZ": "Europe/Berlin"}
    start = dt.datetime.now() + dt.timedelta(days=5)
    session = json.loads(cli(env, "session", "add", "--start", start.strftime("%Y-%m-%dT%H:%M"), "--tz", "Europe/Berlin", "--json"))
    for n in range(50 - 11):  # the plan brings 11 items; 39 more make 50 reminders
        due = start - dt.timedelta(days=1, minutes=n)
        cli(env, "item", "add", "--session", str(session["id"]), "--title", f"Pending {n}", "--due", due.strftime("%Y-%m-%dT%H:%M"))
    pending = [r for r in json.loads(cli(env, "reminders", "--json")) if r["state"] == "pending"]
    app = subprocess.Popen([APP], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(15)  # let start-up settle
        before = threads(app.pid)
        time.sleep(SECONDS)
        after = threads(app.pid)
    finally:
        app.terminate()
        app.wait(timeout=10)
    minutes = SECONDS / 60
    print(f"{len(pending)} pending reminders, {SECONDS:.0f} s measured")
    total_switches = total_cpu = 0.0
    for tid, (name, switches, cpu) in sorted(after.items(), key=lambda kv: kv[1][0]):
        if tid not in before:
            continue
        d_switch = switches - before[tid][1]
        d_cpu = cpu - before[tid][2]
        total_switches += d_switch
        total_cpu += d_cpu
        if d_switch:
            print(f"  {name:<20} {d_switch / minutes:8.1f} switches/min  {d_cpu:.2f} s CPU")
    sched = [after[t][1] - before[t][1] for t in after if after[t][0] == "steady-schedule" and t in before]
    print(f"scheduler thread: {sched[0] / minutes if sched else float('nan'):.2f} wakeups/min")
    print(f"whole main process: {total_switches / minutes:.1f} switches/min, CPU {100 * total_cpu / SECONDS:.3f} %")


if __name__ == "__main__":
    main()
