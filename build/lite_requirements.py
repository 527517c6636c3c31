"""Print the lite bundle's build requirements, derived from pyproject.toml.

The lite bundle must be built where TensorFlow is not installed: PyInstaller
follows ``ai_edge_litert.interpreter``'s conditional ``import tensorflow`` and
would otherwise pull in about 1 GB. Deriving the list from pyproject.toml (its
runtime dependencies minus the TensorFlow-only ones, plus the PyInstaller pin
from the ``dev`` extra) keeps it in step when a dependency is added.

Usage: ``python build/lite_requirements.py > requirements-lite.txt`` (``--server``: the server
extra instead, for bundles that include ``tepi serve``)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
# Needed only to open .keras/.h5/SavedModel files, which the lite bundle leaves to the full one.
TENSORFLOW_ONLY = frozenset({"tensorflow", "tensorflow-cpu", "tf-keras", "keras", "h5py"})
BUILD_TOOLS = frozenset({"pyinstaller"})


def _name(requirement: str) -> str:
    """The normalised project name at the start of a PEP 508 requirement."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    if not match:
        raise ValueError(f"unreadable requirement: {requirement!r}")
    return re.sub(r"[-_.]+", "-", match.group(1)).lower()


def lite_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    runtime = [req for req in project["dependencies"] if _name(req) not in TENSORFLOW_ONLY]
    dev = project.get("optional-dependencies", {}).get("dev", [])
    tools = [req for req in dev if _name(req) in BUILD_TOOLS]
    if not tools:
        raise SystemExit("pyproject.toml's dev extra does not name pyinstaller")
    return runtime + tools


def server_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """The ``server`` extra: what ``tepi serve`` needs in a bundle that includes it (arm64)."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    return list(project.get("optional-dependencies", {}).get("server", []))


if __name__ == "__main__":
    wanted = server_requirements() if "--server" in sys.argv[1:] else lite_requirements()
    sys.stdout.write("".join(f"{req}\n" for req in wanted))
