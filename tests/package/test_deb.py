"""Installs the built .deb like a user would, checks it landed where the
desktop expects, launches the installed app, removes the package, and checks
the user's data survived. Needs root (apt) and a display (xvfb-run).

Prints `N passed, N failed`; exits non-zero on failure.
"""

import glob
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ARTIFACTS = os.path.join(ROOT, "artifacts", "package")
checks = {"passed": 0, "failed": 0}


def check(name, condition, detail=""):
    key = "passed" if condition else "failed"
    checks[key] += 1
    print(f"package {'ok' if condition else 'FAILED'}: {name}{'' if condition else ' — ' + str(detail)}", flush=True)
    return condition


def run(*args, **kwargs):
    return subprocess.run(list(args), capture_output=True, text=True, **kwargs)


def main():
    debs = sorted(glob.glob(os.path.join(ROOT, "target", "release", "bundle", "deb", "*.deb")))
    if not check("a .deb was built", debs, "run `make package` first"):
        return
    deb = debs[-1]
    size = os.path.getsize(deb)
    print(f"package   {os.path.basename(deb)}: {size / 1024 / 1024:.1f} MB", flush=True)
    os.makedirs(ARTIFACTS, exist_ok=True)
    with open(os.path.join(ARTIFACTS, "sizes.txt"), "w") as f:
        f.write(f"{os.path.basename(deb)} {size}\n")

    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    installed = run("apt-get", "install", "-y", "-qq", deb, env=env)
    if not check("apt installs the .deb", installed.returncode == 0, installed.stderr[-2000:]):
        return
    try:
        check("the binary is on the PATH", os.access("/usr/bin/steady", os.X_OK))
        version = run("/usr/bin/steady", "--version").stdout.strip()
        check("steady --version", re.fullmatch(r"steady \d+\.\d+\.\d+", version), version)
        desktop = "/usr/share/applications/Steady.desktop"
        entry = open(desktop).read() if os.path.exists(desktop) else ""
        check("a desktop entry for the app menu", "Exec=steady" in entry and "Name=Steady" in entry, entry)
        check("the entry names its icon", "Icon=steady" in entry, entry)
        icons = glob.glob("/usr/share/icons/hicolor/*/apps/steady.png")
        check("the icon is in the hicolor theme", len(icons) >= 2, icons)

        # A user's home with data in the default place (no STEADY_DATA_DIR).
        home = tempfile.mkdtemp(prefix="steady-home-")
        user = {k: v for k, v in os.environ.items() if k != "STEADY_DATA_DIR"}
        user.update(HOME=home, XDG_DATA_HOME=os.path.join(home, ".local", "share"), TZ="Europe/Berlin")
        data_dir = run("/usr/bin/steady", "data-dir", env=user).stdout.strip()
        check("the data folder is the user's", data_dir == os.path.join(home, ".local", "share", "steady"), data_dir)
        start = time.strftime("%Y-%m-%dT09:00", time.localtime(time.time() + 5 * 86400))
        added = run("/usr/bin/steady", "session", "add", "--start", start, "--tz", "Europe/Berlin", env=user)
        check("the installed CLI plans a session", added.returncode == 0, added.stderr)

        # A plain POSIX locale, as on a minimal system: the app must still start.
        user.update(LANG="C", LC_ALL="C")
        log_path = os.path.join(ARTIFACTS, "installed-app.log")
        with open(log_path, "w") as log:
            app = subprocess.Popen(["/usr/bin/steady"], env=user, stdout=log, stderr=subprocess.STDOUT)
        seen = ready = False
        for _ in range(90):
            seen = seen or '"Steady"' in run("xwininfo", "-root", "-tree").stdout
            # Logged only after the first data render succeeded.
            ready = "ui ready at" in open(log_path, errors="replace").read()
            if seen and ready:
                break
            time.sleep(0.5)
        time.sleep(1)
        run("import", "-window", "root", os.path.join(ARTIFACTS, "installed-app.png"))
        check("the installed app opens its window", seen)
        check("and shows the plan (first render done)", ready, open(log_path, errors="replace").read()[-1500:])
        app.kill()
        app.wait(timeout=10)
    finally:
        removed = run("apt-get", "remove", "-y", "-qq", "steady", env=env)
        check("apt removes the package", removed.returncode == 0, removed.stderr[-2000:])
    check("the binary is gone", not os.path.exists("/usr/bin/steady"))
    check("the user's data is still there", os.path.exists(os.path.join(data_dir, "steady.sqlite3")), data_dir)


if __name__ == "__main__":
    try:
        main()
    finally:
        print(f"package: {checks['passed']} passed, {checks['failed']} failed")
    sys.exit(1 if checks["failed"] or not checks["passed"] else 0)
