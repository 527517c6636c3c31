"""Measure a built bundle against the installer budgets and print one JSON object.

    python build/bundle_report.py dist/lite/tepi --deb dist/tepi_0.1.0_amd64.deb --runs 5
    python build/bundle_report.py dist/full/tepi --runs 3

Figures: the one-dir's size (apparent bytes of its files, what `du -sb` says), the
installer sizes, and "start to self-test done": the wall time from launching
``tepi --selftest`` (offscreen, private TEPI_HOME) to its exit, the median and
worst of ``--runs`` runs after one untimed warm-up (the first run after a build
reads the files from disk; the warm-up is reported separately). The self-test's
own figures (window shown, model ready, first result) come from its last line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MB = 1_000_000
MIB = 1024 * 1024


def tree_bytes(root: Path) -> int:
    return sum(p.lstat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def timed_selftest(exe: Path) -> tuple[float, dict[str, object]]:
    """Seconds from launch to exit of one self-test, and its verdict line."""
    with tempfile.TemporaryDirectory(prefix="tepi-report-") as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "TEPI_", "QT_"))}
        env.update(QT_QPA_PLATFORM="offscreen", TEPI_HOME=home)
        started = time.perf_counter()
        result = subprocess.run([str(exe), "--selftest"], env=env, cwd=home, capture_output=True, text=True)
        elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"selftest failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    verdict = json.loads(result.stdout.strip().splitlines()[-1])
    return elapsed, verdict


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-dir folder (holding tepi and _internal)")
    parser.add_argument("--deb", type=Path, help="the .deb made from it")
    parser.add_argument("--tarball", type=Path, help="the .tar.gz made from it")
    parser.add_argument("--runs", type=int, default=5, help="timed self-test runs (default 5)")
    args = parser.parse_args(argv)

    exe = (args.bundle / ("tepi.exe" if sys.platform == "win32" else "tepi")).resolve()
    size = tree_bytes(args.bundle)
    report: dict[str, object] = {
        "bundle": str(args.bundle),
        "one_dir_mb": round(size / MB, 1),
        "one_dir_mib": round(size / MIB, 1),
    }
    for name, path in (("deb", args.deb), ("tarball", args.tarball)):
        if path:
            report[f"{name}_mb"] = round(path.stat().st_size / MB, 1)
            report[f"{name}_mib"] = round(path.stat().st_size / MIB, 1)
    warmup, _ = timed_selftest(exe)
    runs = [timed_selftest(exe) for _ in range(max(1, args.runs))]
    times = [elapsed for elapsed, _ in runs]
    report.update(
        selftest_first_run_s=round(warmup, 2),
        selftest_median_s=round(statistics.median(times), 2),
        selftest_max_s=round(max(times), 2),
        runs=len(times),
        last_verdict=runs[-1][1],
    )
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
