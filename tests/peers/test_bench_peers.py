"""``bench --peers``: a short real run against MLServer prints the side-by-side table and verdicts.

Figures are not asserted (they belong to the benchmark's own report); what is
checked is that both servers answered every block, that ratios, quantiles and
CPU time come from those answers, and that a bad setting is one sentence.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.peers.servers import peer_python

ROOT = Path(__file__).resolve().parents[2]


def bench(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TEPI_HOME": str(home)}
    command = [sys.executable, "-m", "inference", "bench", "--peers", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)


def test_a_short_peer_run_measures_both_servers(tmp_path: Path) -> None:
    peer_python("mlserver")
    out = tmp_path / "peers.json"
    settings = ["--models", "digits", "--clients", "2", "--processes", "1", "--seconds", "0.5"]
    done = bench(*settings, "--blocks", "2", "--skip", "cli", "--json", str(out), home=tmp_path / "home")
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(out.read_text())
    [cell] = report["cells"]
    for side in ("Tepi", "MLServer"):
        result = cell["results"][side]
        assert result["count"] > 0 and len(result["rates"]) == 2
        assert 0 < result["p50_ms"] <= result["p99_ms"] and result["cpu_ms"] > 0
    assert abs(cell["ratio"] - cell["results"]["Tepi"]["rate"] / cell["results"]["MLServer"]["rate"]) < 1e-9
    assert "| digits | 1 | 2 |" in done.stdout
    assert "| Tepi's p99 no worse than MLServer's, every cell |" in done.stdout


def test_bad_peer_settings_are_one_sentence(tmp_path: Path) -> None:
    done = bench("--clients", "8,zero", home=tmp_path)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "'8,zero' is not a list of whole numbers of 1 or more" in done.stderr
