"""Helpers for the installer smoke tests: build through the Makefile, run a frozen Tepi.

``make dist`` rebuilds a step only when one of its inputs (sources, resources,
recipes, the build venv) is newer than its output, so a second run reuses a
bundle that already matches the tree; a stale one is rebuilt.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 1500


def pyproject_version() -> str:
    import tomllib

    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


@dataclass(frozen=True)
class Dist:
    """What `make dist` (or `make dist-full`) produced."""

    bundle: Path
    deb: Path | None
    tarball: Path

    @property
    def exe(self) -> Path:
        return self.bundle / "tepi"


def make(target: str) -> None:
    """Run a Makefile target from the repository root; fail the test with its output."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    result = subprocess.run(
        ["make", "--no-print-directory", target, f"PYTHON={os.environ.get('TEPI_BUILD_PYTHON', 'python3')}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    if result.returncode != 0:
        pytest.fail(f"make {target} failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")


def machine_names() -> tuple[str, str]:
    """(Debian architecture, uname machine) as the Makefile names its outputs."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True)
    return arch.stdout.strip(), os.uname().machine


def run_bundle(exe: Path, *args: str, home: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run a frozen Tepi offscreen, with a private TEPI_HOME and no source tree on its path."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "TEPI_", "VIRTUAL_ENV", "QT_"))
    }
    env.update(QT_QPA_PLATFORM="offscreen", TEPI_HOME=str(home))
    return subprocess.run(
        [str(exe), *args], cwd=home, env=env, capture_output=True, text=True, timeout=timeout
    )


def selftest_lines(result: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    """The self-test's JSON lines, after checking it exited cleanly."""
    assert result.returncode == 0, f"selftest failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert lines, f"selftest printed nothing:\n{result.stderr}"
    return [json.loads(line) for line in lines]


def bundled_samples() -> list[Path]:
    return sorted(path for path in (ROOT / "resources" / "samples").iterdir() if path.is_file())


def expected_digit(name: str) -> str | None:
    """'digit-7.png' -> '7': the sample images are named after the digit they show."""
    match = re.match(r"digit-(\d)", name)
    return match.group(1) if match else None
