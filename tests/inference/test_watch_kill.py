"""``kill -9`` of the real watcher, then a restart: every input exactly once in the output and in history.

Two kinds of kill: at each exactly-once boundary (the watcher kills itself
there, ``TEPI_WATCH_KILL_AT``: after the commit, in the middle of writing the
output, after the output before its state, after history before its state),
and at moments of the test's random choosing while files keep arriving.
"""

from __future__ import annotations

import random
import signal
import time
from pathlib import Path

import pytest

from tests.inference.watch_helpers import (
    IRIS_HEADER,
    digit_png,
    history_keys,
    iris_row,
    output_keys,
    output_rows,
    start_watch,
    stop,
    wait_for_rows,
    wait_started,
)


def _exactly_once(home: Path, out: Path, expected: int) -> None:
    rows = output_rows(out)
    keys = output_keys(rows)
    assert len(rows) == expected, f"{len(rows)} lines for {expected} inputs"
    assert all(count == 1 for count in keys.values()), [k for k, c in keys.items() if c > 1]
    assert history_keys(home) == keys


@pytest.mark.parametrize("point", ["committed", "torn", "written", "recorded"])
def test_kill_9_at_each_boundary_loses_and_repeats_nothing(
    point: str, tmp_path: Path, tepi_home: Path
) -> None:
    logs, out = tmp_path / "logger", tmp_path / ("results.csv" if point != "torn" else "results.jsonl")
    logs.mkdir()
    args = (str(logs), "-m", "iris", "-o", str(out), "--settle", "0.2")
    watcher = start_watch(tepi_home, *args, kill_at=f"{point}:2")
    wait_started(watcher)
    sensor = logs / "sensor.csv"
    sensor.write_text(IRIS_HEADER + "".join(iris_row(i) for i in range(4)))
    time.sleep(0.4)
    with sensor.open("a") as handle:
        handle.write("".join(iris_row(i) for i in range(4, 9)))
    watcher.wait(30)
    assert watcher.returncode == -signal.SIGKILL, f"the watcher did not die at {point}"
    restarted = start_watch(tepi_home, *args)
    wait_started(restarted)
    with sensor.open("a") as handle:
        handle.write(iris_row(9))
    wait_for_rows(out, 10)
    time.sleep(0.5)
    status, stderr = stop(restarted)
    assert status == 0, stderr
    _exactly_once(tepi_home, out, 10)


def test_kill_9_at_random_moments_while_files_arrive(tmp_path: Path, tepi_home: Path) -> None:
    inbox, out = tmp_path / "camera", tmp_path / "results.csv"
    inbox.mkdir()
    args = (str(inbox), "-o", str(out), "--settle", "0.1")
    rng = random.Random(17)
    written = kills = 0
    watcher = start_watch(tepi_home, *args)
    wait_started(watcher)
    for _ in range(6):
        for _ in range(6):
            partial = inbox / f".shot-{written:03d}.png.part"  # written, then renamed into place
            partial.write_bytes(digit_png(written))
            partial.rename(inbox / f"shot-{written:03d}.png")
            written += 1
            time.sleep(rng.uniform(0.0, 0.06))
        time.sleep(rng.uniform(0.0, 0.5))
        watcher.send_signal(signal.SIGKILL)
        watcher.wait(10)
        kills += 1
        watcher = start_watch(tepi_home, *args)
        wait_started(watcher)
    wait_for_rows(out, written, timeout=60)
    time.sleep(0.5)
    status, stderr = stop(watcher)
    assert status == 0, stderr
    assert kills == 6
    _exactly_once(tepi_home, out, written)
