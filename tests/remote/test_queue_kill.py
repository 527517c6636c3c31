"""``kill -9`` during replay, then restart: nothing lost, nothing duplicated (real processes only).

The replayer is the real ``python -m inference queue run`` command, recording
into the real history; the server answers slowly so each kill lands while a
replay is under way: right after a result reached history (the window between
recording and acknowledging it), or at a moment of the operating system's
choosing.
"""

from __future__ import annotations

import io
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image

from inference.backends.endpoint import Endpoint
from inference.history import History
from inference.offline import OfflineQueue
from tests.remote.conftest import ROOT

ITEMS = 24


def digit_images(count: int) -> list[bytes]:
    """Distinct small grayscale images (dark strokes on light paper)."""
    rng = np.random.default_rng(11)
    images = []
    for _ in range(count):
        pixels = np.full((24, 24), 235, np.uint8)
        pixels[rng.integers(4, 20, 40), rng.integers(4, 20, 40)] = 20
        buffer = io.BytesIO()
        Image.fromarray(pixels).save(buffer, format="PNG")
        images.append(buffer.getvalue())
    return images


def history_count(home: Path) -> int:
    path = home / "data" / "history.sqlite3"
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(path, timeout=5) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM entries").fetchone()[0])
    except sqlite3.OperationalError:  # created but not yet given its schema
        return 0


def start_replayer(home: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TEPI_HOME": str(home)}
    command = [sys.executable, "-m", "inference", "queue", "run", "--batch-size", "3"]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def kill_after(process: subprocess.Popen[bytes], home: Path, before: int, *, at_random: bool) -> int:
    """Kill -9 once history grew past ``before`` (or after a random moment); returns the count then."""
    deadline = time.monotonic() + 30
    if at_random:
        time.sleep(random.Random(before).uniform(0.3, 1.2))
    else:
        while history_count(home) <= before and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    return history_count(home)


def test_kill_9_during_replay_loses_nothing_and_duplicates_nothing(fault, tepi_home) -> None:
    endpoint = Endpoint(fault.url, retries=0, cold_start_s=0.0)
    names = [f"scan-{i:02d}.png" for i in range(ITEMS)]
    with OfflineQueue() as queue:
        for name, data in zip(names, digit_images(ITEMS), strict=True):
            queue.enqueue(data, input=name, model="digits", endpoint=endpoint, reason="offline")
    fault.set("slow", delay=0.15)

    counts = [0]
    for round_ in range(4):
        process = start_replayer(tepi_home)
        counts.append(kill_after(process, tepi_home, counts[-1], at_random=round_ % 2 == 1))
        assert process.returncode == -signal.SIGKILL
    assert 0 < counts[-1] < ITEMS, f"the kills did not land during the replay: {counts}"

    final = start_replayer(tepi_home)
    _, stderr = final.communicate(timeout=120)
    assert final.returncode == 0, stderr.decode()

    with History() as history:
        entries = history.search()
    recorded = sorted(entry.input for entry in entries)
    assert recorded == names  # every item exactly once: none lost, none twice
    assert all(entry.label is not None and entry.backend.startswith("remote v2") for entry in entries)
    with OfflineQueue() as queue:
        assert queue.count() == 0
        assert list(queue.blob_dir.iterdir()) == []
