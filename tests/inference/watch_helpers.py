"""Running ``python -m inference watch`` as a real process, writing like real writers, counting results."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
IRIS_HEADER = "sample_id,sepal_length,sepal_width,petal_length,petal_width\n"


def digit_png(seed: int, side: int = 24) -> bytes:
    """A distinct small grayscale image: dark strokes on light paper."""
    rng = np.random.default_rng(seed)
    pixels = np.full((side, side), 235, np.uint8)
    pixels[rng.integers(4, side - 4, 40), rng.integers(4, side - 4, 40)] = 20
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    return buffer.getvalue()


def iris_row(index: int) -> str:
    rng = np.random.default_rng(index)
    values = rng.uniform([4.3, 2.0, 1.0, 0.1], [7.9, 4.4, 6.9, 2.5])
    return f"id{index}," + ",".join(f"{v:.1f}" for v in values) + "\n"


def start_watch(home: Path, *args: str, kill_at: str | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "TEPI_HOME": str(home)}
    env.pop("TEPI_WATCH_KILL_AT", None)
    if kill_at:
        env["TEPI_WATCH_KILL_AT"] = kill_at
    command = [sys.executable, "-m", "inference", "watch", *args]
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def wait_started(process: subprocess.Popen[str], timeout: float = 30.0) -> str:
    """Wait for the 'watching ...' note on stderr; returns what stderr said so far."""
    assert process.stderr is not None
    deadline = time.monotonic() + timeout
    seen = ""
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        seen += line
        if "watching" in line:
            os.set_blocking(process.stderr.fileno(), False)
            return seen
    raise AssertionError(f"the watcher did not start: {seen}")


def stop(process: subprocess.Popen[str], timeout: float = 30.0) -> tuple[int, str]:
    """SIGTERM, then the exit status and the rest of stderr."""
    process.send_signal(signal.SIGTERM)
    process.wait(timeout)
    assert process.stderr is not None
    os.set_blocking(process.stderr.fileno(), True)
    return process.returncode, process.stderr.read()


def output_rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    whole = path.read_bytes().decode("utf-8", "replace").split("\n")[:-1]  # a torn last line is not a row
    if path.suffix == ".csv":
        return list(csv.DictReader(io.StringIO("\n".join(whole) + "\n")))
    return [json.loads(line) for line in whole]


def wait_for_rows(path: Path, count: int, timeout: float = 30.0) -> list[dict[str, str]]:
    deadline = time.monotonic() + timeout
    rows = output_rows(path)
    while len(rows) < count and time.monotonic() < deadline:
        time.sleep(0.05)
        rows = output_rows(path)
    return rows


def history_keys(home: Path) -> Counter[tuple[str, int | None]]:
    """(input, row) of every history entry."""
    path = home / "data" / "history.sqlite3"
    if not path.exists():
        return Counter()
    with sqlite3.connect(path, timeout=10) as conn:
        return Counter((name, row) for name, row in conn.execute("SELECT input, row FROM entries"))


def output_keys(rows: list[dict[str, str]]) -> Counter[tuple[str, int | None]]:
    return Counter((r["input"], int(r["row"]) if r.get("row") not in (None, "") else None) for r in rows)


def write_slowly(path: Path, data: bytes, seconds: float = 1.0, pieces: int = 4) -> None:
    """A writer that takes ``seconds`` per file: the bytes arrive in pieces, the file open throughout."""
    step = max(1, len(data) // pieces)
    with path.open("wb") as handle:
        for start in range(0, len(data), step):
            handle.write(data[start : start + step])
            handle.flush()
            time.sleep(seconds / pieces)
