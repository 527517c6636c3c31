"""Watch latency: from a file's arrival in a watched folder to its result line in the output file.

Starts the real ``python -m inference watch`` (bundled digits and iris packs), then one at a time:
an image written elsewhere and renamed into the folder (as cameras and ``rsync`` do), an image
written in place and closed, and a CSV row appended to a growing file. Each latency is the time
from the rename, the close or the append to the moment its line is complete in the output file,
read by polling the file every millisecond. Prints p50 / p95 / max per case.

    .venv/bin/python scripts/bench_watch.py [--runs 30] [--settle 0.5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.inference.watch_helpers import IRIS_HEADER, digit_png, iris_row  # noqa: E402


def _lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def _wait_line(path: Path, count: int, timeout: float = 30.0) -> float:
    deadline = time.monotonic() + timeout
    while _lines(path) < count:
        if time.monotonic() > deadline:
            raise SystemExit(f"no result line within {timeout} s")
        time.sleep(0.001)
    return time.monotonic()


def _start(home: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "TEPI_HOME": str(home)}
    process = subprocess.Popen([sys.executable, "-m", "inference", "watch", *args], cwd=ROOT, env=env,
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)  # fmt: skip
    assert process.stderr is not None
    while "watching" not in (line := process.stderr.readline()):
        if not line:
            raise SystemExit("the watcher did not start")
    return process


def _measure(case: str, work: Path, runs: int, settle: float, poll: float | None) -> list[float]:
    inbox, out, home = work / case / "in", work / case / "out.jsonl", work / case / "home"
    inbox.mkdir(parents=True)
    model = "iris" if case == "csv row appended" else "digits"
    extra = ["--poll", str(poll)] if poll else []
    process = _start(home, str(inbox), "-m", model, "-o", str(out), "--settle", str(settle), *extra)
    times: list[float] = []
    try:
        time.sleep(0.5)
        sensor = inbox / "sensor.csv"
        if model == "iris":
            sensor.write_text(IRIS_HEADER + iris_row(0))
            _wait_line(out, 1)
        for index in range(runs):
            done = _lines(out)
            if model == "iris":
                with sensor.open("a") as handle:
                    handle.write(iris_row(index + 1))
                start = time.monotonic()
            elif case.startswith("image renamed"):
                staging = work / case / f"shot-{index}.png"
                staging.write_bytes(digit_png(index))
                start = time.monotonic()
                staging.rename(inbox / staging.name)
            else:
                (inbox / f"shot-{index}.png").write_bytes(digit_png(index))
                start = time.monotonic()
            times.append(_wait_line(out, done + 1) - start)
            time.sleep(0.05)
    finally:
        process.terminate()
        process.wait(30)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--settle", type=float, default=0.5)
    args = parser.parse_args()
    cases = [
        ("image renamed into the folder", None),
        ("image written in place", None),
        ("csv row appended", None),
        ("image renamed, --poll 1", 1.0),
    ]
    print(f"settle {args.settle} s, {args.runs} runs each; milliseconds from arrival to result line")
    with tempfile.TemporaryDirectory(prefix="tepi-bench-watch-") as folder:
        for case, poll in cases:
            times = sorted(t * 1000 for t in _measure(case, Path(folder), args.runs, args.settle, poll))
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            print(f"{case:<32} p50 {statistics.median(times):7.1f}  p95 {p95:7.1f}  max {times[-1]:7.1f}")


if __name__ == "__main__":
    main()
