"""``kill -9`` of the real programs while they write, then restart: nothing lost, nothing twice, no damage.

tests/inference/test_history.py kills a bare History writer and
tests/remote/test_queue_kill.py kills ``queue run`` during replay. These kill
what people run: the desktop app (``python -m desktop FOLDER``, offscreen) in
the middle of a batch that writes history, three times over; and ``predict
--remote`` while it copies a folder into the offline queue, followed by a
replay into history against a real server on 127.0.0.1.
"""

from __future__ import annotations

import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from inference.history import DB_NAME, History
from inference.offline import OfflineQueue
from tests.hostile.conftest import ROOT
from tests.server.conftest import MODELS, start_server

pytestmark = pytest.mark.slow
BATCH = 1500


def write_scans(folder: Path, count: int, seed: int) -> list[str]:
    """Distinct dark-on-light scribbles, 96 × 96, as PNG files; returns their paths."""
    folder.mkdir(parents=True)
    rng = np.random.default_rng(seed)
    paths = []
    for i in range(count):
        pixels = np.full((96, 96), 235, np.uint8)
        pixels[rng.integers(10, 86, 200), rng.integers(10, 86, 200)] = 20
        path = folder / f"scan-{i:04d}.png"
        Image.fromarray(pixels).save(path)
        paths.append(str(path))
    return paths


def _rows(db: Path, sql: str) -> list[tuple]:
    if not db.exists():
        return []
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:  # created, schema not written yet
        return []


def _entries(home: Path) -> list[tuple]:
    return _rows(home / "data" / DB_NAME, "SELECT id, input, label, error FROM entries ORDER BY id")


def _count_in(home: Path, folder: Path) -> int:
    return sum(1 for _, name, _, _ in _entries(home) if name.startswith(str(folder)))


def _desktop(home: Path, folder: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TEPI_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", str(folder)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip


def _check_history(home: Path) -> None:
    with History(home / "data" / DB_NAME) as store:
        assert store.recovered_from is None, "the database was damaged and moved aside"
        assert store.integrity_check() == "ok"
    orphans = _rows(
        home / "data" / DB_NAME,
        "SELECT COUNT(*) FROM thumbnails WHERE entry_id NOT IN (SELECT id FROM entries)",
    )
    assert orphans == [(0,)]


def test_desktop_killed_during_batches_keeps_every_recorded_answer(tmp_path: Path, tepi_home: Path) -> None:
    rng = random.Random(3)
    before: list[tuple] = []
    kills = 0
    for round_ in range(4):
        folder = tmp_path / f"run-{round_}"
        inputs = write_scans(folder, BATCH, seed=round_)
        app = _desktop(tepi_home, folder)
        last_round = round_ == 3
        target = BATCH if last_round else rng.randint(BATCH // 10, BATCH * 6 // 10)
        deadline = time.monotonic() + 180
        seen = 0
        while seen < target and app.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
            seen = _count_in(tepi_home, folder)
        assert app.poll() is None, app.stderr.read().decode()[-2000:] if app.stderr else ""
        if last_round:
            app.send_signal(signal.SIGTERM)  # a clean close after the kills: the app still works
            _, stderr = app.communicate(timeout=60)
            assert app.returncode == 0, stderr.decode()[-3000:]
        else:
            app.send_signal(signal.SIGKILL)
            assert app.wait(30) == -signal.SIGKILL
            kills += 1
        entries = _entries(tepi_home)
        assert entries[: len(before)] == before, "an answer recorded before the kill changed or vanished"
        mine = [name for _, name, _, _ in entries if name.startswith(str(folder))]
        assert len(mine) == len(set(mine)), "an input was recorded twice"
        assert set(mine) <= set(inputs)
        assert seen <= len(mine) <= BATCH and (last_round or len(mine) < BATCH), (seen, len(mine))
        assert all(label is not None or error for _, _, label, error in entries)
        _check_history(tepi_home)
        before = entries
    assert kills == 3


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_predict_killed_while_queueing_then_replayed_exactly_once(tmp_path: Path, tepi_home: Path) -> None:
    """``predict --remote`` to a server that is down queues a folder; kill -9 halfway, replay later."""
    port = _free_port()  # nothing listens here yet: every input is queued
    folder = tmp_path / "offline"
    inputs = write_scans(folder, 600, seed=9)
    env = {**os.environ, "TEPI_HOME": str(tepi_home)}
    remote = ["--remote", f"http://127.0.0.1:{port}", "--policy", "remote-only", "--connect-timeout", "1"]
    command = [sys.executable, "-m", "inference", "predict", str(folder), "-m", "digits", "--json", *remote]
    writer = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert writer.stdout is not None
    confirmed = 0
    while confirmed < 150:
        line = writer.stdout.readline()
        assert line, "predict stopped before queueing 150 inputs"
        confirmed += b'"queued": true' in line
    writer.send_signal(signal.SIGKILL)
    assert writer.wait(30) == -signal.SIGKILL

    with OfflineQueue() as queue:
        items = queue.items()
        names = [item.input for item in items]
        assert confirmed <= len(items) < len(inputs), (confirmed, len(items))
        assert len(names) == len(set(names)) and set(names) <= set(inputs)
        for item in items:  # every queued row has its copy of the input, whole
            assert item.blob.is_file() and Image.open(item.blob).size == (96, 96)
        integrity = _rows(queue.path, "PRAGMA integrity_check")
    assert integrity == [("ok",)]

    server = start_server(MODELS / "digits", tmp_path / "server", "--port", str(port))
    try:
        replay = subprocess.run(
            [sys.executable, "-m", "inference", "queue", "run"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    finally:
        server.stop()
    assert replay.returncode == 0, replay.stderr[-2000:]
    recorded = [name for _, name, _, _ in _entries(tepi_home)]
    assert sorted(recorded) == sorted(names)  # each queued input answered once, none lost
    _check_history(tepi_home)
    with OfflineQueue() as queue:
        assert queue.count() == 0 and not any(queue.blob_dir.iterdir())
