"""The desktop entry the .deb installs (run by `make lint`): the template that
tauri.conf.json names, rendered as the bundler renders it, is a valid desktop
entry by desktop-file-validate (desktop-file-utils); it says Name,
GenericName, Comment and Keywords; its Comment is the bundle's short
description; and every language Steady speaks has its place for each of
those keys (translated, or a commented line waiting for the translators).

The bundler's template language is Handlebars; the template uses only
{{variable}} and {{#if variable}}...{{/if}}, which this renders."""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
TAURI = os.path.join(ROOT, "src-tauri")

# The languages of the desktop entry, as the entry writes them (issue 24).
LANGUAGES = ["es", "de", "fr", "pt_BR"]
KEYS = ["Name", "GenericName", "Comment", "Keywords"]
# tauri-bundler's freedesktop categories for the bundle's category
# (crates/tauri-bundler/src/bundle/category.rs).
CATEGORIES = {"Medical": "Science;MedicalSoftware;"}


def render(template, values):
    def block(match):
        return match.group(2) if values.get(match.group(1)) else ""

    text = re.sub(r"\{\{#if (\w+)\}\}\n?(.*?)\{\{/if\}\}\n?", block, template, flags=re.S)
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], text)


def main():
    problems = []
    with open(os.path.join(TAURI, "tauri.conf.json"), encoding="utf-8") as f:
        config = json.load(f)
    bundle = config["bundle"]
    name = bundle["linux"]["deb"].get("desktopTemplate")
    if not name:
        sys.exit("tauri.conf.json: bundle.linux.deb.desktopTemplate is not set")
    with open(os.path.join(TAURI, name), encoding="utf-8") as f:
        template = f.read()
    entry = render(template, {
        "name": config["productName"],
        "exec": config["mainBinaryName"],
        "icon": config["mainBinaryName"],
        "categories": CATEGORIES[bundle["category"]],
        "comment": bundle["shortDescription"],
        "mime_type": "",
        "long_description": bundle["longDescription"],
    })
    if "{{" in entry:
        problems.append("the template uses Handlebars this check does not render")

    lines = entry.splitlines()
    values = dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))
    for key in KEYS:
        if not values.get(key):
            problems.append(f"no {key}")
    if values.get("Name") != "Steady" or values.get("Exec") != "steady":
        problems.append(f"Name and Exec are Steady and steady (the package test runs it): {values}")
    if values.get("Comment") != bundle["shortDescription"]:
        problems.append(f"Comment {values.get('Comment')!r} is not the bundle's shortDescription")
    waiting = []
    for language in LANGUAGES:
        for key in KEYS:
            localised = f"{key}[{language}]="
            if any(line.startswith(localised) and line != localised for line in lines):
                continue
            if f"# {localised}" in lines:
                waiting.append(f"{key}[{language}]")
            else:
                problems.append(f"no place for {key}[{language}] (a line, or '# {localised}' for the translators)")

    validator = shutil.which("desktop-file-validate")
    if not validator:
        problems.append("desktop-file-validate is missing: make deps-test (desktop-file-utils)")
    else:
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, f"{config['productName']}.desktop")
            with open(path, "w", encoding="utf-8") as f:
                f.write(entry)
            result = subprocess.run([validator, path], capture_output=True, text=True)
            said = (result.stdout + result.stderr).strip()
            if result.returncode != 0 or said:
                problems.append(f"desktop-file-validate: {said or result.returncode}")

    if problems:
        print("desktop entry:\n  " + "\n  ".join(problems) + "\n\nAs rendered:\n" + entry)
        sys.exit(1)
    note = f"; waiting for translation: {', '.join(waiting)}" if waiting else ""
    print(f"desktop entry: valid, {len(KEYS)} keys for {len(LANGUAGES)} languages{note}")


if __name__ == "__main__":
    main()
