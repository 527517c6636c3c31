"""Run Python in a fresh process from the source tree, timed from process start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["SOURCE_ROOT", "ProcessResult", "run_python"]

SOURCE_ROOT = Path(__file__).resolve().parents[2]
"""The checkout that holds ``inference/`` and ``desktop/``: fresh processes import from here."""


@dataclass(frozen=True)
class ProcessResult:
    wall_s: float
    stdout: str
    stderr: str

    def last_json(self) -> dict[str, Any]:
        """The last line of stdout that parses as a JSON object."""
        for line in reversed(self.stdout.splitlines()):
            line = line.strip()
            if line.startswith("{"):
                try:
                    return dict(json.loads(line))
                except ValueError:
                    continue
        raise RuntimeError(f"no JSON in the output: {(self.stdout + self.stderr)[-400:]!r}")


def run_python(args: list[str], *, timeout: float = 300, env: dict[str, str] | None = None) -> ProcessResult:
    """``python ARGS`` in the source root; raises ``RuntimeError`` with its stderr when it fails."""
    full_env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2", **(env or {})}
    full_env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(SOURCE_ROOT), full_env.get("PYTHONPATH", "")) if p
    )
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args],
        cwd=SOURCE_ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise RuntimeError(f"python {' '.join(args[:2])} exited with {done.returncode}: {' | '.join(tail)}")
    return ProcessResult(wall, done.stdout, done.stderr)
