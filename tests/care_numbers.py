"""Every number in the code that is about care has a source (issue 21; run
by `make lint`).

It lists every numeric constant in src/, every number in the typical
values (the `impl Default` blocks of src/facts/rules.rs and day.rs, the
usual after-effects in src/facts/effects.rs), and every duration or clock
time written into the UI's text, and puts each in one of three kinds, read
from the comment above it or beside it:

- care: the comment cites shared/care-facts.md (a guide 000-003, a section
  of it, or a named public source it lists);
- Steady's choice: the comment says "Steady's choice" and names the setting
  (`setting `key``) through which the patient sees and changes it; the key
  must be one the storage layer reads;
- not care: the comment says "Not a care number" and why (a size limit, a
  file format's version, how often a backup is taken...).

A number with none of these fails the check, with its file and line.
`python3 tests/care_numbers.py --list` prints the whole table.
"""

from __future__ import annotations

import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SRC = os.path.join(ROOT, "src")
UI = os.path.join(ROOT, "ui", "src")

CARE = re.compile(
    r"\b00[0-3]\b|care-facts|care facts|From other public sources|What real clinics ask|"
    r"AMG|KetWell|CIT\b|Jirah|Nervana|Spravato|Kroenke|The session day|The day before|After the session|"
    r"Side effects|The course of treatment"
)
CHOICE = re.compile(r"Steady's choice")
SETTING = re.compile(r"setting `([a-z_0-9]+)`|settings? ((?:`[a-z_0-9]+`(?:, | and )?)+)")
NOT_CARE = re.compile(r"Not a care number")

CONST = re.compile(r"^\s*(?:pub(?:\(crate\))? )?const ([A-Z_0-9]+): ([^=]+)= (.+);")
NUMBER = re.compile(r"\b\d+(?:\.\d+)?\b")


def setting_keys() -> set[str]:
    """Keys the storage layer reads or writes as settings."""
    keys = set()
    for dirpath, _, files in os.walk(os.path.join(SRC, "storage")):
        for name in files:
            if name.endswith(".rs"):
                keys.update(re.findall(r'"([a-z_0-9]+)"', open(os.path.join(dirpath, name), encoding="utf-8").read()))
    return keys


def comment_above(lines: list[str], index: int) -> str:
    """The contiguous comment block above line `index`, and the line's own trailing comment."""
    block = []
    i = index - 1
    while i >= 0 and lines[i].strip().startswith(("//", "#[")):
        block.append(lines[i])
        i -= 1
    own = lines[index].split("//", 1)[1] if "//" in lines[index] else ""
    return "\n".join(reversed(block)) + "\n" + own


def classify(comment: str, keys: set[str]) -> tuple[str, str]:
    if NOT_CARE.search(comment):
        return "not care", ""
    if CHOICE.search(comment):
        named = set()
        for match in SETTING.finditer(comment):
            named.update(re.findall(r"`([a-z_0-9]+)`", match.group(0)))
        named.discard("and")
        missing = sorted(k for k in named if k not in keys)
        if not named:
            return "", "says Steady's choice but names no setting the patient can change"
        if missing:
            return "", f"names settings the storage layer does not have: {missing}"
        return "Steady's choice", ", ".join(sorted(named))
    if CARE.search(comment):
        return "care", ""
    return "", "no source in care-facts, no setting, and not marked as not a care number"


def rust_numbers() -> list[tuple[str, int, str, str]]:
    """(file, line, what, comment) for each number the check covers in src/."""
    found = []
    for dirpath, _, files in os.walk(SRC):
        for name in sorted(files):
            if not name.endswith(".rs"):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, ROOT)
            lines = open(path, encoding="utf-8").read().split("\n")
            in_default = False
            depth = 0
            for i, line in enumerate(lines):
                m = CONST.match(line)
                if m and NUMBER.search(m.group(3)) and not re.search(r"&str|&\[|Source::|KdfParams \{", m.group(2) + m.group(3)):
                    found.append((rel, i + 1, f"{m.group(1)} = {m.group(3).strip()}", comment_above(lines, i)))
                # The typical values: every numeric field of a Default impl in facts/.
                if rel.startswith(os.path.join("src", "facts")) and re.match(r"\s*impl Default for", line):
                    in_default, depth = True, 0
                if in_default:
                    depth += line.count("{") - line.count("}")
                    field = re.match(r"\s*([a-z_]+): .*?\b(\d+)\b", line)
                    if field and "fn " not in line:
                        # A comment block above the field, or the one above its enclosing struct value.
                        # Its own comment, else the nearest one above it
                        # through the struct literal and `fn default`.
                        comment = comment_above(lines, i)
                        j = i
                        while not comment.strip() and j > 0:
                            j -= 1
                            if lines[j].strip().startswith("//"):
                                comment = comment_above(lines, j + 1)
                            elif not (lines[j].strip().endswith("{") or re.match(r"\s*[a-z_]+: .*,$", lines[j])):
                                break  # fields in a row share the comment above the first
                        found.append((rel, i + 1, line.strip().rstrip(","), comment))
                    if depth <= 0 and "}" in line:
                        in_default = False
                # The usual after-effects: each minutes figure with its entry's source.
                um = re.match(r"\s*usual_minutes: (.+),", line)
                if um:
                    entry = "\n".join(lines[max(0, i - 6): i + 4])
                    source = re.search(r'source: "([^"]+)"', entry)
                    found.append((rel, i + 1, f"usual_minutes: {um.group(1)}", source.group(1) if source else ""))
    return found


# The UI: a duration or clock time in the text a person reads. Each is
# listed here with its kind; anything not listed fails.
UI_TEXT = re.compile(r"\b\d+ ?(?:h|hours?|min|minutes|days?|weeks?)\b|\b\d{1,2}:\d{2}\b")
UI_KNOWN = {
    ("App.svelte", "45 min"): ("not care", "a code comment's example of relative time"),
    ("Today.svelte", "10 min"): ("not care", "a snooze length the patient picks"),
    ("Today.svelte", "1 hour"): ("not care", "a snooze length the patient picks"),
    ("ReminderBanner.svelte", "10 min"): ("not care", "a snooze length the patient picks"),
    ("ReminderBanner.svelte", "1 hour"): ("not care", "a snooze length the patient picks"),
    ("ItemRow.svelte", "15 min"): ("not care", "a reminder lead the patient picks"),
    ("ItemRow.svelte", "30 min"): ("not care", "a reminder lead the patient picks"),
    ("ItemRow.svelte", "1 hour"): ("not care", "a reminder lead the patient picks"),
    ("ItemRow.svelte", "2 hours"): ("not care", "a reminder lead the patient picks"),
    ("Settings.svelte", "1 hour"): ("not care", "pausing reminders, the patient's choice"),
    ("Settings.svelte", "4 weeks"): ("care", "check-ins for 4 weeks: one infusion's benefit lasts 1-4 weeks (003)"),
    ("Course.svelte", "4 weeks"): ("care", "check-ins for 4 weeks: one infusion's benefit lasts 1-4 weeks (003)"),
    ("Course.svelte", "09:00"): ("not care", "the series form's starting time, which the patient changes"),
    ("Settings.svelte", "2 weeks"): ("care", "the PHQ-9's own words, 'over the last 2 weeks' (Kroenke 2001)"),
    ("CheckIn.svelte", "2 weeks"): ("care", "the PHQ-9's own words, 'over the last 2 weeks' (Kroenke 2001)"),
    ("ClinicInstructions.svelte", "00:00"): ("not care", "the 'nothing after midnight' shape: midnight itself"),
    ("ClinicInstructions.svelte", "18:00"): ("not care", "a new task's starting time, which the patient changes"),
    ("SheetReader.svelte", "6 hours"): ("not care", "an example sheet sentence in the paste box's placeholder"),
    ("format.ts", "*"): ("not care", "examples in comments of how times are written"),
}


def ui_numbers() -> list[tuple[str, int, str, str, str]]:
    found = []
    for dirpath, _, files in os.walk(UI):
        if "bindings" in dirpath:
            continue
        for name in sorted(files):
            if not name.endswith((".svelte", ".ts")):
                continue
            path = os.path.join(dirpath, name)
            for n, line in enumerate(open(path, encoding="utf-8"), 1):
                for m in UI_TEXT.finditer(line):
                    known = UI_KNOWN.get((name, m.group(0))) or UI_KNOWN.get((name, "*"))
                    kind, why = known if known else ("", "a duration or time in the UI's text with no kind: give it a source, make it data from the core, or list it here")
                    found.append((os.path.relpath(path, ROOT), n, m.group(0), kind, why))
    return found


def main() -> int:
    keys = setting_keys()
    rows = []
    for rel, line, what, comment in rust_numbers():
        kind, why = classify(comment, keys)
        rows.append((rel, line, what, kind, why))
    rows.extend(ui_numbers())
    problems = [r for r in rows if not r[3]]
    if "--list" in sys.argv:
        for rel, line, what, kind, why in rows:
            print(f"{kind or 'NONE':16} {rel}:{line}  {what}  {why}")
    for rel, line, what, _, why in problems:
        print(f"{rel}:{line}: {what}: {why}")
    counts = {k: sum(1 for r in rows if r[3] == k) for k in ("care", "Steady's choice", "not care")}
    summary = ", ".join(f"{v} {k}" for k, v in counts.items())
    if problems:
        print(f"care numbers: {len(problems)} without a kind ({summary})")
        return 1
    print(f"care numbers: ok ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
