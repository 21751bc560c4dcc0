"""tests/care_numbers.py against numbers planted in a copy of the tree
(issue 26): each way a number could slip through without a source, or
with a source that does not say it, fails the check with its file and line.
Run by `make lint`: python3 tests/test_care_numbers.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SCRIPT = os.path.join(ROOT, "tests", "care_numbers.py")
CARE_FACTS = os.path.join(ROOT, "..", "shared", "care-facts.md")


def sources_only(_dir: str, names: list[str]) -> list[str]:
    """What copytree leaves out: every file the check does not read."""
    return [n for n in names if "." in n and not n.endswith((".rs", ".svelte", ".ts"))]


class PlantedTree(unittest.TestCase):
    """A copy of src/ and ui/src/ beside a copy of shared/care-facts.md,
    laid out as the worktrees are, for one planted change."""

    def setUp(self) -> None:
        self.tmp = tempfile.mkdtemp(prefix="care-numbers-")
        self.root = os.path.join(self.tmp, "tree")
        shutil.copytree(os.path.join(ROOT, "src"), os.path.join(self.root, "src"), ignore=sources_only)
        shutil.copytree(os.path.join(ROOT, "ui", "src"), os.path.join(self.root, "ui", "src"), ignore=sources_only)
        os.makedirs(os.path.join(self.tmp, "shared"))
        shutil.copy(CARE_FACTS, os.path.join(self.tmp, "shared", "care-facts.md"))

    def tearDown(self) -> None:
        shutil.rmtree(self.tmp)

    def run_check(self) -> tuple[int, str]:
        done = subprocess.run(
            [sys.executable, SCRIPT, "--root", self.root], capture_output=True, text=True, check=False
        )
        return done.returncode, done.stdout + done.stderr

    def plant_file(self, rel: str, text: str) -> None:
        with open(os.path.join(self.root, rel), "w", encoding="utf-8") as f:
            f.write(text)

    def replace(self, rel: str, old: str, new: str) -> int:
        """Replaces `old` (which must be there, once) with `new`; returns the
        1-based line where the change starts."""
        path = os.path.join(self.root, rel)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        self.assertEqual(text.count(old), 1, f"{rel} still has {old!r} once")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new))
        return text[: text.index(old)].count("\n") + 1

    def assert_fails_with(self, *words: str) -> None:
        code, out = self.run_check()
        self.assertEqual(code, 1, f"the check should fail:\n{out}")
        for w in words:
            self.assertIn(w, out)


class UnplantedTree(PlantedTree):
    def test_the_tree_as_it_is_passes(self) -> None:
        code, out = self.run_check()
        self.assertEqual(code, 0, out)
        self.assertIn("care numbers: ok", out)


class UnsourcedNumbers(PlantedTree):
    PLANTED = os.path.join("src", "plan", "planted.rs")

    def test_a_multi_line_const(self) -> None:
        self.plant_file(self.PLANTED, "/// Stop eating this long before.\npub const PLANTED_FAST_HOURS: u32 =\n    8;\n")
        self.assert_fails_with("src/plan/planted.rs:2: PLANTED_FAST_HOURS = 8: no source")

    def test_a_slice(self) -> None:
        self.plant_file(self.PLANTED, "/// Stop eating this long before.\npub const PLANTED_FAST_HOURS: &[u32] = &[6, 8];\n")
        self.assert_fails_with("src/plan/planted.rs:2: PLANTED_FAST_HOURS: &[6, 8];: no source")

    def test_a_static(self) -> None:
        self.plant_file(self.PLANTED, "/// Stop eating this long before.\npub static PLANTED_FAST_HOURS: u32 = 8;\n")
        self.assert_fails_with("src/plan/planted.rs:2: PLANTED_FAST_HOURS = 8: no source")

    def test_pub_super(self) -> None:
        self.plant_file(self.PLANTED, "/// Stop eating this long before.\npub(super) const PLANTED_FAST_HOURS: u32 = 8;\n")
        self.assert_fails_with("src/plan/planted.rs:2: PLANTED_FAST_HOURS = 8: no source")

    def test_an_inline_duration_in_plan_code(self) -> None:
        self.plant_file(
            self.PLANTED,
            "use chrono::{DateTime, Duration, Utc};\n\n"
            "pub fn stop_eating(start: DateTime<Utc>) -> DateTime<Utc> {\n"
            "    start - Duration::hours(8)\n"
            "}\n",
        )
        self.assert_fails_with("src/plan/planted.rs:4: Duration::hours(8): no source")

    def test_a_comment_that_only_names_a_care_facts_section(self) -> None:
        self.plant_file(
            self.PLANTED, "// The session day (timeline), 002\npub const PLANTED_INTAKE_MINUTES: u32 = 20;\n"
        )
        self.assert_fails_with("src/plan/planted.rs:2: PLANTED_INTAKE_MINUTES = 20: no source")

    def test_a_quote_care_facts_does_not_have(self) -> None:
        self.plant_file(
            self.PLANTED, '// care-facts: "intake takes about 20 min"\npub const PLANTED_INTAKE_MINUTES: u32 = 20;\n'
        )
        self.assert_fails_with("PLANTED_INTAKE_MINUTES = 20: quotes words care-facts does not have")

    def test_steadys_choice_without_a_setting(self) -> None:
        self.plant_file(self.PLANTED, "// Steady's choice.\npub const PLANTED_LEAD_MINUTES: u32 = 20;\n")
        self.assert_fails_with("PLANTED_LEAD_MINUTES = 20: says Steady's choice but names no setting")


class SourcesThatDoNotSayTheNumber(PlantedTree):
    RULES = os.path.join("src", "facts", "rules.rs")
    EFFECTS = os.path.join("src", "facts", "effects.rs")

    def test_a_sourced_value_changed_from_6_to_9(self) -> None:
        line = self.replace(
            self.RULES,
            "solid_food: Cutoff::HoursBefore { hours: 6 },",
            "solid_food: Cutoff::HoursBefore { hours: 9 },",
        )
        self.assert_fails_with(
            f"src/facts/rules.rs:{line}: solid_food: Cutoff::HoursBefore {{ hours: 9 }}: "
            "9 is not the number on the care-facts line it cites (care-facts.md:88"
        )

    def test_no_sedatives_0_citing_a_line_that_says_4(self) -> None:
        self.replace(
            self.RULES,
            "            // Steady's choice: no typical rule.",
            '            // care-facts: "no opioids or benzodiazepines 4 h".',
        )
        self.assert_fails_with("no_sedatives_hours: 0: 0 is not the number on the care-facts line it cites")

    def test_the_series_limit_of_24_as_a_care_number(self) -> None:
        self.replace(
            os.path.join("src", "plan", "series.rs"),
            "// Not a care number: a limit against typing mistakes",
            '// care-facts: "six infusions over 2-4 weeks": a limit against typing mistakes',
        )
        self.assert_fails_with("SERIES_MAX_SESSIONS = 24: 24 is not the number on the care-facts line it cites")

    def test_a_few_hours_read_as_240_minutes_without_saying_so(self) -> None:
        line = self.replace(
            self.EFFECTS,
            "        // Steady's reading of care-facts: \"nausea (often",
            "        // care-facts: \"nausea (often",
        )
        self.assert_fails_with(
            f"src/facts/effects.rs:{line + 2}: EFFECTS: usual_minutes: 240,: 240 is not the number",
            "say \"Steady's reading\"",
        )

    def test_several_hours_read_as_6_without_saying_so(self) -> None:
        self.replace(
            self.EFFECTS,
            "/// session's end. Steady's reading of care-facts: \"Grogginess or",
            "/// session's end. care-facts: \"Grogginess or",
        )
        self.assert_fails_with("GROGGY_HOURS_AFTER_END = 6: 6 is not the number on the care-facts line it cites")

    def test_a_reading_of_words_care_facts_does_not_have(self) -> None:
        self.replace(self.EFFECTS, '"rare: mild headache, mood swings |', '"rare: mild headache, mood swings, rashes |')
        self.assert_fails_with("EFFECTS: usual_minutes: 48 * 60,: quotes words care-facts does not have")


if __name__ == "__main__":
    unittest.main(verbosity=1)
