"""The IPC surface in one place, checked (run by `make lint`): the commands
the app registers (src-tauri/src/app.rs), the ones build.rs declares, the
ones the main window's capability allows, and the UI's typed command map
(ui/src/lib/api.ts) must be the same set. A command the UI does not call is
neither registered nor allowed."""

import json
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


registered = set(re.findall(r"crate::commands::([a-z0-9_]+)", read("src-tauri/src/app.rs")))
declared = set(re.findall(r'^    "([a-z0-9_]+)",$', read("src-tauri/build.rs"), re.M))
capability = json.loads(read("src-tauri/capabilities/default.json"))
allowed = {p[len("allow-"):].replace("-", "_") for p in capability["permissions"] if p.startswith("allow-")}
api = read("ui/src/lib/api.ts")
typed = set(re.findall(r"^  ([a-z0-9_]+): \{ args", api, re.M))

sets = {"registered in app.rs": registered, "declared in build.rs": declared,
        "allowed in capabilities/default.json": allowed, "typed in api.ts": typed}
union = set().union(*sets.values())
problems = [f"{name}: missing {sorted(union - found)}" for name, found in sets.items() if union - found]
if problems or not registered:
    print("The IPC surface disagrees with itself:\n  " + "\n  ".join(problems or ["no commands found"]))
    sys.exit(1)
print(f"IPC surface: {len(registered)} commands, the same in app.rs, build.rs, the capability and api.ts")
