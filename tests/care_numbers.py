"""Every number in the code that is about care has a source (issue 21; run
by `make lint`, and tested by tests/test_care_numbers.py).

It lists, in src/ outside test modules:

- every number in a `const` or `static` item, whatever its visibility
  (`pub`, `pub(crate)`, `pub(super)`...), its type (slices and arrays too)
  or the number of lines it spans;
- every literal duration written inline (`Duration::hours(8)`,
  `Duration::from_secs(5)`...);
- every number in the typical values (the `impl Default` blocks of
  src/facts/), and the usual after-effects' minutes in src/facts/effects.rs;

and every duration or clock time written into the UI's text, and puts each
in one of four kinds, read from the comment on its line or the comment block
right above it (for a number inside an item or a struct literal, the nearest
comment above it there, else the item's own):

- care: the comment quotes shared/care-facts.md, `care-facts: "..."`, and
  the number is on the line it quotes (a line of a table, or one bullet or
  paragraph however it wraps), in the same unit or converted between
  hours, minutes, days and weeks. A comment that only names a guide or a
  section is not a source;
- Steady's reading: the comment says "Steady's reading" and quotes the
  care-facts words it reads as a number (`care-facts: "a few hours"`): a
  figure care-facts gives in words, turned into one by Steady;
- Steady's choice: the comment says "Steady's choice" and names the setting
  (`setting `key``) through which the patient sees and changes it; the key
  must be one the storage layer reads;
- not care: the comment says "Not a care number" and why (a size limit, a
  file format's version, how often a backup is taken...).

A number with none of these, or whose source does not say it, fails the
check, with its file and line. `python3 tests/care_numbers.py --list` prints
the whole table; `--root DIR` checks another copy of the tree (DIR/src,
DIR/ui/src, and DIR/../shared/care-facts.md as in the worktrees).
"""

from __future__ import annotations

import os
import re
import sys

QUOTE = re.compile(r'care-facts:\s*"([^"]+)"')
READING = re.compile(r"Steady's reading")
CHOICE = re.compile(r"Steady's choice")
SETTING = re.compile(r"setting `([a-z_0-9]+)`|settings? ((?:`[a-z_0-9]+`(?:, | and )?)+)")
NOT_CARE = re.compile(r"Not a care number\b[:,;]?\s*\S+")

ITEM = re.compile(r"^\s*(?:pub(?:\s*\([^)]*\))?\s+)?(const|static)\s+(?:mut\s+)?([A-Z_][A-Z_0-9]*)\s*:")
NUMBER = re.compile(r"(?<![\w.])\d[\d_]*(?:\.\d+)?(?![\w])")
DURATION = re.compile(
    r"Duration::(hours|minutes|seconds|days|weeks|milliseconds|from_secs|from_millis|from_secs_f64)\(\s*(\d[\d_]*(?:\.\d+)?)\s*\)"
)
# Guides are cited as 000-003 on care-facts' lines: ids, not figures.
GUIDE_ID = re.compile(r"\b00[0-3]\b")
# A figure on a care-facts line may be in another unit than the code's.
UNIT_FACTORS = (1, 60, 1 / 60, 24, 1 / 24, 7, 1 / 7, 24 * 60)


def strip_literals(code: str) -> str:
    """The code without string and char literals and without comments."""
    code = re.sub(r'r#*"(?:.|\n)*?"#*', '""', code)
    code = re.sub(r'b?"(?:\\.|[^"\\])*"', '""', code)
    code = re.sub(r"'(?:\\u\{[0-9a-fA-F]+\}|\\.|[^'\\])'", "''", code)
    code = re.sub(r"//[^\n]*", "", code)
    return code


def numbers_in(code: str) -> list[float]:
    return [float(n.replace("_", "")) for n in NUMBER.findall(strip_literals(code))]


class Paths:
    def __init__(self, root: str):
        self.root = os.path.abspath(root)
        self.src = os.path.join(self.root, "src")
        self.ui = os.path.join(self.root, "ui", "src")
        self.care_facts = os.path.join(self.root, "..", "shared", "care-facts.md")


def care_facts_lines(path: str) -> list[tuple[int, str]]:
    """care-facts.md as logical lines: a table row, or a bullet or paragraph
    joined across its wrapped lines; each with the number of its first line."""
    lines: list[tuple[int, str]] = []
    for n, raw in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
        text = raw.strip()
        if not text:
            lines.append((n, ""))
            continue
        starts_new = text.startswith(("|", "-", "#", "*")) or not lines or not lines[-1][1] or lines[-1][1].startswith(("|", "#"))
        if starts_new:
            lines.append((n, text))
        else:
            first, before = lines[-1]
            lines[-1] = (first, before + " " + text)
    return [(n, t) for n, t in lines if t]


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("–", "-").replace("—", "-")).strip().lower()


def setting_keys(paths: Paths) -> set[str]:
    """Keys the storage layer reads or writes as settings."""
    keys = set()
    for dirpath, _, files in os.walk(os.path.join(paths.src, "storage")):
        for name in files:
            if name.endswith(".rs"):
                keys.update(re.findall(r'"([a-z_0-9]+)"', open(os.path.join(dirpath, name), encoding="utf-8").read()))
    return keys


def comment_block_above(lines: list[str], index: int) -> str:
    """The contiguous comment block right above line `index` (attributes between are skipped)."""
    block = []
    i = index - 1
    while i >= 0 and lines[i].strip().startswith(("//", "#[")):
        if lines[i].strip().startswith("//"):
            block.append(lines[i].strip())
        i -= 1
    return "\n".join(reversed(block))


def own_comment(line: str) -> str:
    stripped = strip_literals_keep_comments(line)
    return stripped.split("//", 1)[1] if "//" in stripped else ""


def strip_literals_keep_comments(line: str) -> str:
    return re.sub(r'"(?:\\.|[^"\\])*"', '""', line)


class Checker:
    def __init__(self, paths: Paths):
        self.paths = paths
        self.keys = setting_keys(paths)
        self.facts = care_facts_lines(paths.care_facts)

    def cited_lines(self, quote: str) -> list[tuple[int, str]]:
        q = normal(quote)
        return [(n, t) for n, t in self.facts if q in normal(t)]

    def classify(self, comment: str, values: list[float]) -> tuple[str, str]:
        """(kind, why) for numbers `values` under `comment`; kind "" fails with why."""
        # One text, whatever lines the comment wraps over.
        comment = re.sub(r"\s+", " ", re.sub(r"(^|\n)\s*//[/!]?", " ", comment))
        if NOT_CARE.search(comment):
            return "not care", ""
        quotes = QUOTE.findall(comment)
        if READING.search(comment):
            if not quotes:
                return "", "says Steady's reading but quotes no care-facts words (care-facts: \"...\")"
            missing = [q for q in quotes if not self.cited_lines(q)]
            if missing:
                return "", f"quotes words care-facts does not have: {missing}"
            return "Steady's reading", "; ".join(f"line {self.cited_lines(q)[0][0]}" for q in quotes)
        if CHOICE.search(comment):
            named = set()
            for match in SETTING.finditer(comment):
                named.update(re.findall(r"`([a-z_0-9]+)`", match.group(0)))
            named.discard("and")
            missing = sorted(k for k in named if k not in self.keys)
            if not named:
                return "", "says Steady's choice but names no setting the patient can change"
            if missing:
                return "", f"names settings the storage layer does not have: {missing}"
            return "Steady's choice", ", ".join(sorted(named))
        if quotes:
            cited = [line for q in quotes for line in self.cited_lines(q)]
            missing = [q for q in quotes if not self.cited_lines(q)]
            if missing:
                return "", f"quotes words care-facts does not have: {missing}"
            figures = [f for _, text in cited for f in numbers_on_line(text)]
            where = ", ".join(f"care-facts.md:{n}" for n, _ in cited)
            for value in values:
                if not any(abs(value - f * k) < 1e-9 for f in figures for k in UNIT_FACTORS):
                    shown = int(value) if value == int(value) else value
                    said = ", ".join(fmt(f) for f in figures) or "no figure"
                    return "", (
                        f"{shown} is not the number on the care-facts line it cites ({where} says {said}); "
                        "if Steady turns words into this number, say \"Steady's reading\""
                    )
            return "care", where
        return "", (
            "no source: quote the care-facts line (care-facts: \"...\"), or say Steady's reading, "
            "Steady's choice (with its setting) or Not a care number (and why)"
        )

    def rust_numbers(self) -> list[tuple[str, int, str, str, list[float]]]:
        """(file, line, what, comment, values) for each number the check covers in src/."""
        found = []
        for dirpath, _, files in os.walk(self.paths.src):
            for name in sorted(files):
                if name.endswith(".rs"):
                    found.extend(self.rust_file(os.path.join(dirpath, name)))
        return found

    def rust_file(self, path: str) -> list[tuple[str, int, str, str, list[float]]]:
        rel = os.path.relpath(path, self.paths.root)
        lines = open(path, encoding="utf-8").read().split("\n")
        skip = test_module_lines(lines)
        found = []
        in_item_until = -1
        in_default, depth = False, 0
        for i, line in enumerate(lines):
            if i in skip:
                continue
            code = strip_literals(line)
            m = ITEM.match(line)
            if m and i > in_item_until:
                end = i
                while end < len(lines) and ";" not in strip_literals(lines[end]):
                    end += 1
                in_item_until = end
                text = "\n".join(lines[i : end + 1])
                value = text.split("=", 1)[1] if "=" in strip_literals(text) else ""
                item_comment = comment_block_above(lines, i) + "\n" + own_comment(line)
                found.extend(self.item_numbers(rel, lines, i, end, m.group(2), value, item_comment))
                continue
            if i <= in_item_until:
                continue
            # Literal durations written inline.
            for d in DURATION.finditer(code):
                comment = own_comment(line) + "\n" + comment_block_above(lines, i)
                found.append((rel, i + 1, d.group(0), comment, [float(d.group(2))]))
            # The typical values: every numeric field of a Default impl in facts/.
            if rel.startswith(os.path.join("src", "facts")) and re.match(r"\s*impl Default for", line):
                in_default, depth = True, 0
            if in_default:
                depth += code.count("{") - code.count("}")
                field = re.match(r"\s*([a-z_]+): (.*?),?\s*$", code)
                if field and "fn " not in line and numbers_in(field.group(2)) and not DURATION.search(code):
                    comment = nearest_comment(lines, i)
                    found.append((rel, i + 1, line.strip().rstrip(","), comment, evaluate(field.group(2))))
                if depth <= 0 and "}" in code:
                    in_default = False
        return found

    def item_numbers(self, rel, lines, start, end, name, value, item_comment):
        """The numbers of one const or static. A scalar is one number under
        the item's comment; in a table (a slice or an array) each line's
        numbers go under that line's comment, else the nearest comment above
        it inside the table, else the item's."""
        if not numbers_in(value):
            return []
        if not strip_literals(value).lstrip().startswith(("&[", "[")):
            shown = " ".join(strip_literals(value).split()).rstrip(";")
            return [(rel, start + 1, f"{name} = {shown}", item_comment, evaluate(value))]
        found = []
        for k in range(start, end + 1):
            part = lines[k] if k > start else lines[k].split("=", 1)[-1]
            if not numbers_in(part):
                continue
            comment = own_comment(lines[k])
            j = k
            while not comment.strip() and j > start:
                comment = comment_block_above(lines, j)
                j -= 1
            comment = comment if comment.strip() else item_comment
            found.append((rel, k + 1, f"{name}: {' '.join(strip_literals(part).split())}", comment, evaluate(part)))
        return found

    def ui_numbers(self) -> list[tuple[str, int, str, str, str]]:
        found = []
        for dirpath, _, files in os.walk(self.paths.ui):
            if "bindings" in dirpath:
                continue
            for name in sorted(files):
                if not name.endswith((".svelte", ".ts")):
                    continue
                path = os.path.join(dirpath, name)
                for n, line in enumerate(open(path, encoding="utf-8"), 1):
                    for m in UI_TEXT.finditer(line):
                        known = UI_KNOWN.get((name, m.group(0))) or UI_KNOWN.get((name, "*"))
                        if not known:
                            kind, why = "", "a duration or time in the UI's text with no kind: give it a source, make it data from the core, or list it here"
                        elif known[0] == "care":
                            kind, why = self.classify(known[1], evaluate(m.group(0)))
                            why = why if not kind else known[1]
                        else:
                            kind, why = known
                        found.append((os.path.relpath(path, self.paths.root), n, m.group(0), kind, why))
        return found


def fmt(f: float) -> str:
    return str(int(f)) if f == int(f) else str(f)


def numbers_on_line(text: str) -> list[float]:
    return [float(n) for n in re.findall(r"\d+(?:\.\d+)?", GUIDE_ID.sub(" ", text.replace(",", "")))]


def evaluate(expr: str) -> list[float]:
    """The value of a plain product (`48 * 60`), else every number in it."""
    code = strip_literals(expr).strip().rstrip(";,").strip()
    if re.fullmatch(r"\d[\d_]*(?:\s*\*\s*\d[\d_]*)*", code):
        product = 1.0
        for n in re.findall(r"\d[\d_]*", code):
            product *= float(n.replace("_", ""))
        return [product]
    return numbers_in(code)


def nearest_comment(lines: list[str], i: int) -> str:
    """A field's own comment, else the nearest one above it in its struct
    literal (fields in a row share the comment above the first)."""
    comment = own_comment(lines[i]) + "\n" + comment_block_above(lines, i)
    j = i
    while not comment.strip() and j > 0:
        j -= 1
        if lines[j].strip().startswith("//"):
            comment = comment_block_above(lines, j + 1)
        elif not (lines[j].strip().endswith("{") or re.match(r"\s*[a-z_]+: .*,$", lines[j])):
            break
    return comment


def test_module_lines(lines: list[str]) -> set[int]:
    """Line numbers inside `#[cfg(test)]` items: tests may use any number."""
    skip: set[int] = set()
    i = 0
    while i < len(lines):
        if lines[i].strip().startswith("#[cfg(test)]"):
            depth, started, j = 0, False, i
            while j < len(lines):
                code = strip_literals(lines[j])
                depth += code.count("{") - code.count("}")
                started = started or "{" in code
                skip.add(j)
                if started and depth <= 0 or (not started and code.rstrip().endswith(";")):
                    break
                j += 1
            i = j
        i += 1
    return skip


# The UI: a duration or clock time in the text a person reads. Each is
# listed here with its kind; anything not listed fails. A care entry quotes
# care-facts like a comment in the code, and is checked the same way.
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
    ("Settings.svelte", "4 weeks"): ("care", 'check-ins for 4 weeks: one infusion\'s benefit lasts, care-facts: "often 1-4 weeks"'),
    ("Course.svelte", "4 weeks"): ("care", 'check-ins for 4 weeks: one infusion\'s benefit lasts, care-facts: "often 1-4 weeks"'),
    ("Course.svelte", "09:00"): ("not care", "the series form's starting time, which the patient changes"),
    ("Settings.svelte", "2 weeks"): ("not care", "the PHQ-9's own words, 'over the last 2 weeks' (Kroenke 2001): part of the questionnaire, not a figure Steady sets"),
    ("CheckIn.svelte", "2 weeks"): ("not care", "the PHQ-9's own words, 'over the last 2 weeks' (Kroenke 2001): part of the questionnaire, not a figure Steady sets"),
    ("ClinicInstructions.svelte", "00:00"): ("not care", "the 'nothing after midnight' shape: midnight itself"),
    ("ClinicInstructions.svelte", "18:00"): ("not care", "a new task's starting time, which the patient changes"),
    ("SheetReader.svelte", "6 hours"): ("not care", "an example sheet sentence in the paste box's placeholder"),
    ("format.ts", "*"): ("not care", "examples in comments of how times are written"),
}


def main(argv: list[str]) -> int:
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    if "--root" in argv:
        root = argv[argv.index("--root") + 1]
    checker = Checker(Paths(root))
    rows = []
    for rel, line, what, comment, values in checker.rust_numbers():
        kind, why = checker.classify(comment, values)
        rows.append((rel, line, what, kind, why))
    rows.extend(checker.ui_numbers())
    problems = [r for r in rows if not r[3]]
    if "--list" in argv:
        for rel, line, what, kind, why in rows:
            print(f"{kind or 'NONE':16} {rel}:{line}  {what}  {why}")
    for rel, line, what, _, why in problems:
        print(f"{rel}:{line}: {what}: {why}")
    counts = {k: sum(1 for r in rows if r[3] == k) for k in ("care", "Steady's reading", "Steady's choice", "not care")}
    summary = ", ".join(f"{v} {k}" for k, v in counts.items())
    if problems:
        print(f"care numbers: {len(problems)} without a kind ({summary})")
        return 1
    print(f"care numbers: ok ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
