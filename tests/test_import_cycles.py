"""No import cycles: a module never needs, directly or through others, a module that needs it.

The graph counts every import that can run (``tests/import_graph.py``): lazy
imports inside functions included, since they tie the two modules together
just the same. A second test checks the graph against what Python really
imports, so an import the reading missed cannot hide a cycle.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.import_graph import ROOT, a_cycle, cycles, import_graph, modules

PACKAGES = ["inference", "desktop", "web"]
"""The packages held to it; a new package joins the list."""

_RECORD = """
import builtins, importlib, json, sys
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
print(json.dumps(sorted(edges)))
"""


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_cycle(package: str) -> None:
    graph = import_graph(package)
    found = cycles(graph)
    shown = ["  " + " -> ".join(a_cycle(graph, group)) + f"   ({len(group)} modules)" for group in found]
    assert not found, f"import cycles in {package}:\n" + "\n".join(shown)


def test_the_graph_holds_every_import_python_makes() -> None:
    """Import every core module in a fresh interpreter, recording who imports whom."""
    known = [name for name in modules("inference") if not name.endswith("__main__")]
    result = subprocess.run(
        [sys.executable, "-c", _RECORD, json.dumps(known)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=True,
    )
    graph = import_graph("inference")
    made = {(caller, target) for caller, target in json.loads(result.stdout.splitlines()[-1])}
    assert len(made) > 100, "the recording saw too few imports to mean anything"
    parents = {(c, t) for c, t in made if c.startswith(t + ".")}  # a package's __init__ runs first
    missed = sorted(made - parents - {(c, t) for c in graph for t in graph[c]})
    assert not missed, f"imports the reading of the source missed: {missed}"
