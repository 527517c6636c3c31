"""A short soak of the reference server: 16 clients for 12 s on loopback, no errors, no memory growth.

The full run (32 clients, 60 s) is ``python scripts/soak.py``; this one keeps
``make test`` short. It runs the same script, so the script stays working.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.conftest import ROOT


@pytest.mark.slow
def test_sixteen_clients_for_twelve_seconds(tmp_path: Path) -> None:
    report_path = tmp_path / "soak.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "soak.py"), "--clients", "16", "--seconds", "12",
         "--max-growth-mb", "48", "--json", str(report_path)],
        capture_output=True, text=True, cwd=ROOT, timeout=240,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    report = json.loads(report_path.read_text())
    assert report["errors"] == 0, report["first_errors"]
    assert report["requests"] >= 200  # a real load, not a trickle
    assert report["server_rss_mb"]["growth"] <= 48
    assert report["latency_ms"]["p50"] > 0
