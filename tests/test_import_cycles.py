"""No import cycles: a module never needs, directly or through others, a module that needs it.

The graph counts every import that can run (``tests/import_graph.py``): lazy
imports inside functions included, since they tie the two modules together
just the same. A second test checks the graph against what Python really
imports, so an import the reading missed cannot hide a cycle: it imports
every module of the package in a fresh interpreter, and for the desktop then
runs ``tepi --selftest`` (the real window offscreen, a model loaded and
samples predicted), so the imports made inside functions are recorded too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.import_graph import ROOT, a_cycle, cycles, import_graph, modules

PACKAGES = ["inference", "desktop", "web"]
"""The packages held to it; a new package joins the list."""

_RECORD = """
import builtins, contextlib, importlib, io, json, sys
known = set(json.loads(sys.argv[1]))
edges = set()
real_import = builtins.__import__

def recording(name, globals=None, locals=None, fromlist=(), level=0):
    module = real_import(name, globals, locals, fromlist, level)
    caller = (globals or {}).get("__name__", "")
    if caller in known:
        package = globals.get("__package__") or ""
        base = importlib.util.resolve_name("." * level + name, package) if level else name
        names = [f"{base}.{item}" for item in fromlist or ()]
        targets = [n if n in known else base for n in names] or [base]  # a submodule, or a name in base
        for target in targets:
            if target in known and target != caller:
                edges.add((caller, target))
    return module

builtins.__import__ = recording
for name in sorted(known):
    importlib.import_module(name)
if len(sys.argv) > 3:  # then run it, so the imports inside functions run too
    module, function, *args = json.loads(sys.argv[3])
    with contextlib.redirect_stdout(io.StringIO()):
        status = getattr(importlib.import_module(module), function)(args)
    assert status == 0, f"{module}.{function}{tuple(args)} exited with {status}"
with open(sys.argv[2], "w", encoding="utf-8") as out:
    json.dump(sorted(edges), out)
"""
RUNS = {
    "inference": (100, []),
    "desktop": (150, ["desktop.app", "main", "--selftest"]),
}
"""Each package checked against Python's imports: the fewest edges that mean anything, what to run."""


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_cycle(package: str) -> None:
    graph = import_graph(package)
    found = cycles(graph)
    shown = ["  " + " -> ".join(a_cycle(graph, group)) + f"   ({len(group)} modules)" for group in found]
    assert not found, f"import cycles in {package}:\n" + "\n".join(shown)


@pytest.mark.parametrize("package", list(RUNS))
def test_the_graph_holds_every_import_python_makes(package: str, tmp_path: Path) -> None:
    """Import every module in a fresh interpreter (and run it), recording who imports whom."""
    fewest, run = RUNS[package]
    known = [name for name in modules(package) if not name.endswith("__main__")]
    recorded = tmp_path / "edges.json"
    subprocess.run(
        [
            sys.executable,
            "-c",
            _RECORD,
            json.dumps(known),
            str(recorded),
            *([json.dumps(run)] if run else []),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=True,
        env={**os.environ, "TEPI_HOME": str(tmp_path / "home")},
    )
    graph = import_graph(package)
    made = {(caller, target) for caller, target in json.loads(recorded.read_text(encoding="utf-8"))}
    assert len(made) > fewest, f"the recording saw {len(made)} imports, too few to mean anything"
    parents = {(c, t) for c, t in made if c.startswith(t + ".")}  # a package's __init__ runs first
    missed = sorted(made - parents - {(c, t) for c in graph for t in graph[c]})
    assert not missed, f"imports the reading of the source missed: {missed}"
    assert not cycles({c: {t for m, t in made - parents if m == c} for c, _ in made}), "a cycle at run time"
