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


FIXTURE = os.path.join(ROOT, "tests", "package", "fixtures", "steady-0.1.0-schema5.sqlite3")

# What a user would miss if an upgrade lost it: every row and what it says.
CONTENT = {
    "sessions": "SELECT id, start_at, clinic_name, driver_name, ended_at FROM sessions ORDER BY id",
    "items": "SELECT id, session_id, title, due_at, done_at, note FROM items ORDER BY id",
    "ticks": "SELECT count(*) FROM items WHERE done_at IS NOT NULL",
    "medications": "SELECT * FROM medications ORDER BY id",
    "effects": "SELECT * FROM effect_logs ORDER BY id",
    "check-ins": "SELECT * FROM check_ins ORDER BY id",
    "PHQ-9": "SELECT * FROM phq9 ORDER BY id",
}


def read_content(path):
    import sqlite3
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {name: db.execute(sql).fetchall() for name, sql in CONTENT.items()}, \
            db.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()


def check_upgrade_keeps_older_data(user):
    """A data folder written by Steady 0.1.0 as first released (schema 5,
    stored in fixtures/ by that release's own code) opened by the installed
    newer build: every session, tick, medicine, effect and check-in is kept."""
    home = tempfile.mkdtemp(prefix="steady-upgrade-home-")
    env = {**user, "HOME": home, "XDG_DATA_HOME": os.path.join(home, ".local", "share")}
    data_dir = os.path.join(home, ".local", "share", "steady")
    os.makedirs(data_dir)
    db_path = os.path.join(data_dir, "steady.sqlite3")
    import shutil
    shutil.copy(FIXTURE, db_path)
    before, old_version = read_content(FIXTURE)
    check("the stored 0.1.0 database is schema 5 with data", old_version == 5 and before["check-ins"] and before["ticks"][0][0],
          (old_version, before["ticks"]))
    log_path = os.path.join(ARTIFACTS, "upgraded-app.log")
    with open(log_path, "w") as log:
        app = subprocess.Popen(["/usr/bin/steady"], env=env, stdout=log, stderr=subprocess.STDOUT)
    for _ in range(60):
        if "ui ready at" in open(log_path, errors="replace").read():
            break
        time.sleep(0.5)
    app.kill()
    app.wait(timeout=10)
    check("the installed build opens the older data", "ui ready at" in open(log_path, errors="replace").read(),
          open(log_path, errors="replace").read()[-1500:])
    after, new_version = read_content(db_path)
    check("the schema was upgraded", new_version > old_version, new_version)
    for name in CONTENT:
        check(f"the upgrade kept every {name}", after[name] == before[name], (before[name], after[name]))
    items = run("/usr/bin/steady", "items", "--json", "--session", "1", env=env)
    check("the installed CLI reads the upgraded data", items.returncode == 0 and "Pack headphones" in items.stdout,
          items.stderr or items.stdout[:500])


def check_start_at_login(user, home):
    """"Start at login" in Settings writes an autostart entry that runs the
    installed binary (not a build folder or a temporary mount), and turning
    it off removes the entry. Driven through the installed app's own UI."""
    sys.path.insert(0, os.path.join(ROOT, "tests", "e2e"))
    from tauri_window import TauriDriver, wait_until

    autostart = os.path.join(home, ".config", "autostart")
    env = {**user, "XDG_CONFIG_HOME": os.path.join(home, ".config")}
    driver = TauriDriver(os.environ.get("TAURI_DRIVER", "tauri-driver"), env, os.path.join(ARTIFACTS, "driver.log"))
    session = None
    try:
        session = driver.launch("/usr/bin/steady")
        session.wait_for("[data-testid=next-title]", timeout=30)
        session.button("Settings").click()
        box = session.wait_for("[data-testid=start-at-login]")
        # Settings fills its sections in as each answer arrives (the crisis
        # numbers last), moving the box down: a click aimed before that
        # landed on the page above it. Click once the screen has settled.
        wait_until(lambda: session.execute_script("return !!document.getElementById('crisis-hours') && "
                                           "document.body.innerText.includes('Numbers for')"),
                   timeout=15, what="Settings to finish loading")
        if box.get_attribute("checked"):
            box.click()  # start from "off"
        box.click()
        entries = wait_until(lambda: glob.glob(os.path.join(autostart, "*.desktop")), timeout=10,
                             what="an autostart entry")
        entry = open(entries[0]).read()
        exec_line = next((line for line in entry.splitlines() if line.startswith("Exec=")), "")
        check("start at login writes an autostart entry for the installed binary, starting only the resident",
              "/usr/bin/steady" in exec_line and "--tray" in exec_line and "/tmp" not in exec_line
              and "target/" not in exec_line, entry)
        session.find("[data-testid=start-at-login]").click()
        # Polled, not wait_until: the check itself must be able to fail by
        # name (wait_until raises, which would skip it).
        deadline = time.monotonic() + 10
        left = glob.glob(os.path.join(autostart, "*.desktop"))
        while left and time.monotonic() < deadline:
            time.sleep(0.2)
            left = glob.glob(os.path.join(autostart, "*.desktop"))
        check("turning it off removes the entry", not left, f"still there after 10 s: {left}")
        check("the box shows it off",
              session.execute_script("return document.querySelector('[data-testid=start-at-login]').checked") is False)
    except Exception as e:  # a driver failure is a failed check, not a crash of the package test
        check("start at login through the installed app's Settings", False, repr(e))
    finally:
        if session:
            try:
                session.quit()
            except Exception:
                pass
        driver.stop()
        subprocess.run(["pkill", "-x", "steady"], check=False)


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
        # The resident (issue 19): reminders and the tray, without WebKit or GTK.
        check("the resident is installed beside it", os.access("/usr/bin/steady-tray", os.X_OK))
        tray_libraries = run("ldd", "/usr/bin/steady-tray").stdout
        check("the resident links no WebKit or GTK", tray_libraries and "webkit" not in tray_libraries
              and "gtk" not in tray_libraries and "not found" not in tray_libraries, tray_libraries)
        # SQLCipher (the app lock) takes its crypto from the system's libcrypto.
        depends = run("dpkg-deb", "-f", deb, "Depends").stdout
        check("the package depends on libcrypto's package", "libssl3" in depends, depends)
        libraries = run("ldd", "/usr/bin/steady").stdout
        check("every shared library the binary needs is installed", "not found" not in libraries
              and "libcrypto.so" in libraries, libraries)
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
        check_start_at_login(user, home)
        check_upgrade_keeps_older_data(user)
    finally:
        # Residents the launches above started (they outlive their windows).
        run("pkill", "-f", "/usr/bin/steady-tray")
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
