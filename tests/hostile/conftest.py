"""The hostile-input corpus, generated once per test session by scripts/make_bad_inputs.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEVEN = ROOT / "resources" / "samples" / "digit-7.png"


@dataclass(frozen=True)
class Corpus:
    root: Path
    cases: list[dict[str, Any]]

    def of_kind(self, kind: str) -> list[dict[str, Any]]:
        return [c for c in self.cases if c["kind"] == kind]

    def path(self, case: dict[str, Any]) -> Path:
        return self.root / case["path"]


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """Every case, the 48-megapixel JPEG included, in a temporary folder (never in git)."""
    out = tmp_path_factory.mktemp("hostile-corpus")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_bad_inputs.py"), str(out), "--large"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, "TEPI_HOME": str(tmp_path_factory.mktemp("corpus-home"))},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return Corpus(out, manifest["cases"])


def tepi(*args: str, home: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the real command line, as a person would, with a private TEPI_HOME."""
    return subprocess.run(
        [sys.executable, "-m", "inference", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "TEPI_HOME": str(home)},
        cwd=ROOT,
        timeout=timeout,
    )
