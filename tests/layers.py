"""The core's layers point one way (issue 18; `make lint` runs this).

The layers, top to bottom, are read from the diagram in ARCHITECTURE.md
(between its `layers:begin` and `layers:end` marks), so the picture and the
rule it enforces are one list. Each layer is a folder under src/. Checked:

1. the diagram names exactly the folders under src/;
2. a module never uses a module of a higher layer (`crate::<layer>` paths in
   code, `use` lines and inline paths alike; comments are not code);
3. inside one layer, the modules' uses of each other have no loop;
4. no file in src/ is longer than 600 lines unless its first lines say why
   ("Longer than 600 lines because ...").

Prints each problem with its file and line and exits 1; prints a one-line
summary and exits 0 when all holds. `python3 tests/layers.py --graph` prints
the module graph instead.
"""

from __future__ import annotations

import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SRC = os.path.join(ROOT, "src")
DOC = os.path.join(ROOT, "ARCHITECTURE.md")
MAX_LINES = 600


def layers_from_diagram() -> list[str]:
    """Top to bottom: the first word of each line of the diagram that names one."""
    text = open(DOC, encoding="utf-8").read()
    match = re.search(r"<!-- layers:begin -->(.*?)<!-- layers:end -->", text, re.S)
    if not match:
        sys.exit("ARCHITECTURE.md has no diagram between <!-- layers:begin --> and <!-- layers:end -->")
    names = []
    for line in match.group(1).splitlines():
        word = re.match(r"\s*(?:```)?\s*([a-z_]+)\b", line)
        if word and word.group(1) not in ("text",):
            names.append(word.group(1))
    return names


def strip_comments(code: str) -> str:
    """Code without // comments and string contents (a path in a message is not a use)."""
    out = []
    for line in code.split("\n"):
        result, i, in_str = "", 0, False
        while i < len(line):
            c = line[i]
            if not in_str and line.startswith("//", i):
                break
            if in_str and c == "\\":
                i += 2
                continue
            if c == '"':
                in_str = not in_str
                result += c
            elif not in_str:
                result += c
            i += 1
        out.append(result)
    return "\n".join(out)


def module_of(path: str) -> tuple[str, str]:
    """(layer, module) of a file: src/storage/items.rs -> (storage, items); mod.rs -> (layer, layer)."""
    rel = os.path.relpath(path, SRC).replace(os.sep, "/")
    parts = rel[:-3].split("/")
    if len(parts) == 1:
        return parts[0], parts[0]  # lib.rs
    layer = parts[0]
    module = parts[1] if len(parts) > 1 and parts[1] != "mod" else layer
    return layer, module


def uses(code: str, own_layer: str) -> list[tuple[int, str, str]]:
    """(line, layer, module) of every crate path in `code`; `super::x` is a module of the same layer."""
    found = []

    def add(pos: int, path: str):
        segs = [s for s in path.split("::") if s]
        if not segs:
            return
        line = code.count("\n", 0, pos) + 1
        found.append((line, segs[0], segs[1] if len(segs) > 1 else ""))

    for m in re.finditer(r"\bcrate::", code):
        rest = code[m.end():]
        if rest.startswith("{"):
            # crate::{a::b, c::{d, e}}: the first segment of each top-level entry.
            depth, entry, i = 0, "", 1
            while i < len(rest):
                ch = rest[i]
                if ch == "{":
                    depth += 1
                elif ch == "}":
                    if depth == 0:
                        break
                    depth -= 1
                if ch == "," and depth == 0:
                    add(m.start(), entry.strip())
                    entry = ""
                elif depth == 0:
                    entry += ch
                i += 1
            add(m.start(), entry.strip())
        else:
            path = re.match(r"[A-Za-z_][A-Za-z_0-9]*(?:::[A-Za-z_][A-Za-z_0-9]*)?", rest)
            if path:
                add(m.start(), path.group(0))
    for m in re.finditer(r"\bsuper::([A-Za-z_][A-Za-z_0-9]*)", code):
        # super::lock is a sibling module; super::LockCommand an item of the layer's mod.rs.
        name = m.group(1)
        found.append((code.count("\n", 0, m.start()) + 1, own_layer, name if name.islower() else own_layer))
    return found


def check() -> int:
    order = layers_from_diagram()
    rank = {name: len(order) - i for i, name in enumerate(order)}  # higher number: higher layer
    folders = sorted(d for d in os.listdir(SRC) if os.path.isdir(os.path.join(SRC, d)))
    problems = []
    for missing in sorted(set(folders) - set(order)):
        problems.append(f"src/{missing}/ is not in the diagram in ARCHITECTURE.md: add it where it belongs")
    for extra in sorted(set(order) - set(folders)):
        problems.append(f"ARCHITECTURE.md names a layer '{extra}' that has no folder under src/")
    if len(set(order)) != len(order):
        problems.append("ARCHITECTURE.md names a layer twice")

    edges: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for dirpath, _, files in os.walk(SRC):
        for name in sorted(files):
            if not name.endswith(".rs"):
                continue
            path = os.path.join(dirpath, name)
            layer, module = module_of(path)
            text = open(path, encoding="utf-8").read()
            rel = os.path.relpath(path, ROOT)
            lines = text.count("\n")
            if lines > MAX_LINES and "Longer than 600 lines because" not in "\n".join(text.split("\n")[:20]):
                problems.append(f"{rel}: {lines} lines; split it, or say at its top why it is longer than 600 lines")
            if path == os.path.join(SRC, "lib.rs"):
                continue  # the crate root declares the layers and re-exports for users
            code = strip_comments(text)
            for line, used_layer, used_module in uses(code, layer):
                if used_layer not in rank:
                    continue  # crate::Store and friends: the root's re-exports are for users outside
                if layer in rank and rank[used_layer] > rank[layer]:
                    problems.append(
                        f"{rel}:{line}: layer '{layer}' uses '{used_layer}::{used_module}', a higher layer "
                        f"(allowed: {', '.join(order[order.index(layer):])})"
                    )
                if used_layer == layer and used_module and used_module != module:
                    edges.setdefault((layer, module), set()).add((layer, used_module))

    # Loops inside a layer: depth-first search for a back edge.
    state: dict[tuple[str, str], int] = {}
    stack: list[tuple[str, str]] = []

    def visit(node):
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                loop = stack[stack.index(nxt):] + [nxt]
                problems.append("import loop in layer '" + node[0] + "': " + " -> ".join(m for _, m in loop))
            elif state.get(nxt) is None:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if state.get(node) is None:
            visit(node)

    if "--graph" in sys.argv:
        for (layer, module), targets in sorted(edges.items()):
            print(f"{layer}::{module} -> {', '.join(m for _, m in sorted(targets))}")
    if problems:
        print("\n".join(problems))
        print(f"layers: {len(problems)} problem(s); the order is {' > '.join(order)} (ARCHITECTURE.md)")
        return 1
    print(f"layers: ok ({' > '.join(order)})")
    return 0


if __name__ == "__main__":
    sys.exit(check())
